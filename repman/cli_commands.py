"""The commands behind the command line; cli.py holds the parser and the exit-code rules."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from repman.cli import (
    EXIT_FAIL,
    EXIT_OK,
    UsageError,
    actor,
    data_dir,
    db_path,
    default_db,
    emit_json,
    period_filter,
)
from repman.cli_format import inbox_table, item_detail
from repman.domain import OPEN_STATUSES, ReplyState, RepmanError, Status, utcnow
from repman.opening import open_inbox
from repman.store import InboxFilter, Sort, Store


def open_store(args: argparse.Namespace) -> Store:
    return open_inbox(db_path(args))


def _has_own_inbox() -> bool:
    if not default_db().exists():
        return False
    with Store.open(default_db()) as store:
        return bool(store.sources())


def cmd_gui(args: argparse.Namespace) -> int:
    from repman.demo import load_demo

    path = db_path(args)
    demo = False
    if not (args.db or os.environ.get("REPMAN_DB")) and not _has_own_inbox():
        # No sources of the user's yet: show the demo from a separate file, never theirs.
        path = data_dir() / "demo.db"
        demo = True
        with Store.open(path) as store:
            if not store.sources():
                load_demo(store)
    from repman.ui.app import run

    return int(run(path, demo=demo, actor=actor(args)))


def cmd_demo(args: argparse.Namespace) -> int:
    from repman.demo import load_demo, remove_demo

    with open_store(args) as store:
        removed = remove_demo(store) if args.reset else 0
        count = load_demo(store)
    note = f" (replaced {removed})" if removed else ""
    print(f"Loaded {count} demo items{note} into {db_path(args)}")
    return EXIT_OK


def cmd_source_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = store.item_counts_by_source()
        rows = [
            {
                "name": s.name,
                "kind": s.kind,
                "enabled": s.enabled,
                "items": counts.get(s.id, 0),
                "last_sync_at": s.last_sync_at,
                "last_error": s.last_error,
                "settings": _listable(s.kind, s.settings),
            }
            for s in store.sources()
        ]
    if args.json:
        emit_json(rows)
    elif not rows:
        print("No sources yet. Import a file with `repman import FILE` or load the demo.")
    else:
        for r in rows:
            error = f"  error: {r['last_error']}" if r["last_error"] else ""
            print(f"{r['name']:<20} {r['kind']:<12} {r['items']:>7} items{error}")
    return EXIT_OK


def _listable(kind: str, settings: dict[str, Any]) -> dict[str, Any]:
    """Settings as a listing may show them: private ones (a feed address that grants
    access) cut down to their site."""
    from urllib.parse import urlsplit

    from repman.sources.registry import IMPORT_KIND, connector_class

    if kind == IMPORT_KIND:
        return settings
    try:
        private = {f.name for f in connector_class(kind).settings_fields if f.private}
    except RepmanError:
        return settings
    shown = dict(settings)
    for name in private & set(shown):
        parts = urlsplit(str(shown[name]))
        shown[name] = f"{parts.scheme}://{parts.netloc}/…" if parts.netloc else "…"
    return shown


def cmd_source_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        source = store.source(args.name)
        count = store.item_counts_by_source().get(source.id, 0)
        if not args.yes:
            if not sys.stdin.isatty():
                raise RepmanError(f"removing {args.name!r} deletes {count} items: add --yes")
            answer = input(f"Delete source {args.name!r} and its {count} items? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing removed.")
                return EXIT_OK
        store.remove_source(args.name)
    print(f"Removed {args.name!r} and {count} items.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from repman.importer import import_file

    with open_store(args) as store:
        report = import_file(store, args.file, args.source)
    for error in report.errors:
        print(f"{args.file.name}: line {error.line}: {error.message}", file=sys.stderr)
    r = report.result
    summary = {
        "new": r.inserted,
        "updated": r.updated,
        "unchanged": r.unchanged,
        "replies": r.replies_found,
        "errors": len(report.errors),
    }
    if args.json:
        emit_json(
            {
                **summary,
                "error_lines": [{"line": e.line, "message": e.message} for e in report.errors],
            }
        )
    else:
        print(
            f"Imported {args.file.name}: {r.inserted} new, {r.updated} updated, "
            f"{r.unchanged} unchanged, {len(report.errors)} rows skipped"
        )
    return EXIT_FAIL if report.errors else EXIT_OK


def _statuses(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        for part in value.split(","):
            part = part.strip().lower()
            if part == "open":
                out += sorted(s.value for s in OPEN_STATUSES)
            elif part in {s.value for s in Status}:
                out.append(part)
            else:
                raise UsageError(f"unknown status {part!r}")
    return tuple(dict.fromkeys(out))


def cmd_inbox(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with open_store(args) as store:
        f = InboxFilter(
            statuses=_statuses(args.status),
            source_ids=tuple(store.source(n).id for n in args.source or []),
            criticism=True if args.criticism else None,
            search=args.search,
            languages=tuple(args.language or []),
            assignee=args.assignee,
        )
        rows, _ = store.inbox_page(f, Sort(args.sort), limit=args.limit)
        total = store.count(f) if not args.json else len(rows)
    if args.json:
        emit_json(rows)
    else:
        print(inbox_table(rows, utcnow(), total))
    return EXIT_OK


def detail(store: Store, item_id: int) -> dict[str, Any]:
    item = store.item(item_id)
    item.update(
        replies=store.replies(item_id),
        events=store.events(item_id),
        followups=store.followups(item_id),
    )
    return item


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        item = detail(store, args.id)
    if args.json:
        emit_json(item)
    else:
        print(item_detail(item))
    return EXIT_OK


def cmd_reply(args: argparse.Namespace) -> int:
    from repman.answering import ensure_templates, record_reply
    from repman.replies.render import render_template

    with open_store(args) as store:
        item = store.item(args.id)
        body = args.text
        if args.template is not None:
            ensure_templates(store)
            profile = store.settings()
            body = render_template(store.template(args.template)["body"], item, profile)
        if not body or not body.strip():
            raise UsageError("the reply is empty")
        if args.post:
            from repman.cli_sources import post_reply

            recorded = post_reply(store, args.id, body, actor(args), args.template)
            state = ReplyState.POSTED
        else:
            state = ReplyState.DRAFT if args.draft else ReplyState.SENT
            recorded = record_reply(
                store, args.id, body, state, actor(args), template_id=args.template
            )
        status = store.item(args.id)["status"]
    print(f"Reply {recorded.reply_id} recorded as {state.value}; item {args.id} is {status}.")
    if recorded.followup_due:
        print(
            f"It promises something: follow-up {recorded.followup_id} due {recorded.followup_due}."
        )
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        changed = store.set_status(args.id, Status(args.status), actor(args), args.reason)
    print(f"Item {args.id} is {'now' if changed else 'already'} {args.status}.")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    person = None if args.person in ("-", "") else args.person
    with open_store(args) as store:
        store.assign(args.id, person, actor(args))
    print(
        f"Item {args.id} is assigned to {person}." if person else f"Item {args.id} is unassigned."
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from repman.reports.export import PdfWriter, export, format_for

    with open_store(args) as store:
        f = period_filter(store, args)
        period = {
            "since": f.since,
            "until": f.until,
            "sources": args.source or [],
            "assignee": args.assignee,
        }
        pdf: PdfWriter | None = None
        if format_for(args.output, args.format) == "pdf":
            from repman.ui.report_pdf import pdf_writer as pdf  # Qt only when a PDF is asked

        count = export(
            store,
            args.output,
            f,
            fmt=args.format,
            events=args.events,
            period=period,
            pdf_writer=pdf,
        )
    print(f"Wrote {count} items to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from repman.reports.metrics import stats

    with open_store(args) as store:
        result = stats(store, period_filter(store, args))
    if args.json:
        emit_json(result)
        return EXIT_OK
    print(f"Items:                    {result['items']} ({result['criticism']} criticism)")
    print(f"Answered:                 {result['answered']} ({_pct(result['response_rate'])})")
    print(f"Criticism answered:       {_pct(result['criticism_response_rate'])}")
    print(f"Median first response:    {_hours(result['median_first_response_hours'])}")
    print(f"Answered within target:   {_pct(result['within_target_rate'])}")
    print(f"Overdue now:              {result['overdue']}")
    print(
        f"Open follow-ups:          {result['open_followups']} "
        f"({result['overdue_followups']} overdue)"
    )
    for name, s in result["by_source"].items():
        print(f"  {name:<20} {s['items']:>6} items  {_pct(s['response_rate']):>5} answered")
    return EXIT_OK


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def _hours(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} h"
