"""Commands that help answer: suggest, check-tone, config (the business profile)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from repman.answering import PROFILE_KEYS, reply_limit, suggestions, tone
from repman.cli import EXIT_OK, UsageError, db_path, emit_json
from repman.cli_format import clean
from repman.domain import RepmanError
from repman.replies.promises import followup_for
from repman.replies.spelling import UNAVAILABLE_NOTE, spelling_available
from repman.store import Store


def cmd_suggest(args: argparse.Namespace) -> int:
    with Store.open(db_path(args)) as store:
        item = store.item(args.id)
        ranked = suggestions(store, args.id, limit=args.limit)
    limit = reply_limit(item.get("source_kind"))
    if args.json:
        emit_json(
            {
                "item_id": args.id,
                "language": item["language"],
                "category": item["category"],
                "is_criticism": bool(item["is_criticism"]),
                "limit": None if limit is None else {"size": limit.size, "unit": limit.unit},
                "suggestions": [s.to_json() for s in ranked],
            }
        )
        return EXIT_OK
    if not ranked:
        print("No template fits this item's language yet; write one in the app.")
    for n, s in enumerate(ranked, start=1):
        fit = "" if s.fits else f"  (too long for {item['source']}: {s.length})"
        print(f"[{n}] template {s.template.db_id} · {s.template.name} · {s.match}{fit}")
        print(clean(s.text))
        print()
    return EXIT_OK


def cmd_check_tone(args: argparse.Namespace) -> int:
    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise RepmanError(f"cannot read {args.file}: {exc}") from None
    elif args.text is not None:
        text = args.text
    else:
        raise UsageError("give the reply as TEXT or with --file F")
    language = args.lang
    store: Store | None = None
    try:
        if args.db or db_path(args).exists():
            store = Store.open(db_path(args))
        findings = tone(
            store, text, language, answering_criticism=not args.praise, source_kind=args.site
        )
    finally:
        if store is not None:
            store.close()
    from repman.domain import utcnow

    promise = followup_for(text, language, utcnow())
    limit = reply_limit(args.site)
    if args.json:
        emit_json(
            {
                "language": language,
                "answering_criticism": not args.praise,
                "length": len(text),
                "limit": None if limit is None else {"size": limit.size, "unit": limit.unit},
                "spelling_checked": spelling_available(language),
                "spelling_note": None
                if spelling_available(language)
                else UNAVAILABLE_NOTE.get(language or "", None),
                "findings": [f.to_json(text) for f in findings],
                "followup": None if promise is None else {"due_at": promise[0], "note": promise[1]},
            }
        )
        return EXIT_OK
    if not findings:
        print("No problems found.")
    for f in findings:
        print(
            f"{f.kind:>16}  {clean(text[f.start : f.end], one_line=True)[:60]!r}: {f.explanation}"
        )
    if promise:
        print(f"Follow-up when sent: due {promise[0]} — {promise[1]}")
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    with Store.open(db_path(args)) as store:
        if args.key is None:
            values: dict[str, Any] = store.settings()
            if args.json:
                emit_json(values)
            else:
                for key, meaning in PROFILE_KEYS.items():
                    print(f"{key:<14} {values.get(key, '-'):<30} {meaning}")
            return EXIT_OK
        if args.key not in PROFILE_KEYS:
            raise UsageError(f"unknown setting {args.key!r} (known: {', '.join(PROFILE_KEYS)})")
        if args.value is None:
            print(store.setting(args.key, ""))
            return EXIT_OK
        if args.key == "followup_days":
            try:
                if float(args.value) <= 0:
                    raise ValueError
            except ValueError:
                raise UsageError("followup_days must be a positive number") from None
        store.set_setting(args.key, args.value or None)
    print(f"{args.key} = {args.value}", file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("suggest", help="ranked reply suggestions, already personalised")
    p.add_argument("id", type=int)
    p.add_argument("--limit", type=int, default=5, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)
    p = sub.add_parser("check-tone", help="check a draft reply before it is sent")
    p.add_argument("text", nargs="?")
    p.add_argument("--file", metavar="F")
    p.add_argument("--lang", metavar="L", help="en, ar, ur or el (default: en)", default="en")
    p.add_argument("--praise", action="store_true", help="answering praise, not criticism")
    p.add_argument("--site", metavar="KIND", help="apply that site's reply limit, e.g. googleplay")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check_tone)
    p = sub.add_parser("config", help="show or set the business profile used in replies")
    p.add_argument("key", nargs="?", choices=list(PROFILE_KEYS))
    p.add_argument("value", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_config)
