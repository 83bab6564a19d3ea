"""Plain-text rendering of items for a terminal. Review text is untrusted: escape sequences
and bidi overrides are removed so a review cannot rewrite the user's terminal."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from repman.domain import parse_iso

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None, *, one_line: bool = False) -> str:
    value = _UNSAFE.sub("", text or "")
    if one_line:
        value = " ".join(value.split())
    return value


def stars(rating: int | None) -> str:
    return "-----" if rating is None else "★" * rating + "☆" * (5 - rating)


def age(created_at: str, now: datetime) -> str:
    hours = (now - parse_iso(created_at)).total_seconds() / 3600
    if hours < 1:
        return f"{max(int(hours * 60), 0)}m"
    if hours < 48:
        return f"{int(hours)}h"
    return f"{int(hours / 24)}d"


def excerpt(item: dict[str, Any], width: int) -> str:
    text = clean(" ".join(filter(None, (item.get("title"), item.get("text")))), one_line=True)
    return text if len(text) <= width else text[: width - 1] + "…"


def inbox_table(rows: list[dict[str, Any]], now: datetime, total: int) -> str:
    lines = [
        f"{'ID':>6}  {'STATUS':<11}  {'RATING':<5}  {'SOURCE':<12}  {'AGE':>4}  "
        f"{'AUTHOR':<18}  TEXT"
    ]
    for r in rows:
        mark = "!" if r["is_criticism"] and r["status"] in ("new", "in_progress") else " "
        lines.append(
            f"{r['id']:>6}{mark} {r['status']:<11}  {stars(r['rating'])}  "
            f"{clean(r['source'], one_line=True)[:12]:<12}  {age(r['created_at'], now):>4}  "
            f"{clean(r['author'], one_line=True)[:18]:<18}  {excerpt(r, 60)}"
        )
    lines.append(f"{len(rows)} of {total} items shown")
    return "\n".join(lines)


def item_detail(item: dict[str, Any]) -> str:
    out = [
        f"#{item['id']}  {clean(item['source'])} ({item['source_kind']}, {item['kind']})",
        f"Author:   {clean(item['author'], one_line=True) or '(unknown)'}",
        f"Rating:   {stars(item['rating'])}" + (" (criticism)" if item["is_criticism"] else ""),
        f"Created:  {item['created_at']}"
        + (f"   edited {item['updated_at']}" if item["updated_at"] else ""),
        f"Status:   {item['status']}"
        + (f", assigned to {clean(item['assignee'])}" if item["assignee"] else ""),
        f"Language: {item['language'] or '?'}   Category: {item['category'] or '-'}",
    ]
    if item["first_response_at"]:
        out.append(f"Answered: {item['first_response_at']}")
    if item["url"]:
        out.append(f"Link:     {clean(item['url'], one_line=True)}")
    if item["title"]:
        out += ["", clean(item["title"])]
    out += ["", clean(item["text"]) or "(no text)"]
    for reply in item["replies"]:
        out += [
            "",
            f"--- reply {reply['id']} ({reply['state']}) by {clean(reply['by']) or '?'}"
            f" at {reply['sent_at'] or reply['created_at']}",
            clean(reply["body"]),
        ]
    if item["followups"]:
        out += ["", "Follow-ups:"]
        for fu in item["followups"]:
            state = f"done {fu['done_at']}" if fu["done_at"] else f"due {fu['due_at']}"
            out.append(f"  [{fu['id']}] {state}: {clean(fu['note'], one_line=True)}")
    if item["events"]:
        out += ["", "History:"]
        for ev in item["events"]:
            change = f" {ev['from_status']} -> {ev['to_status']}" if ev["to_status"] else ""
            detail = f" ({clean(ev['detail'], one_line=True)})" if ev["detail"] else ""
            out.append(f"  {ev['at']}  {clean(ev['actor']) or '-'}: {ev['action']}{change}{detail}")
    return "\n".join(out)
