"""The command line (DESIGN.md §6): parses arguments, calls the layers below, prints.

Exit codes: 0 success, 1 failure (one line on stderr), 2 bad usage. With --json, stdout holds
JSON and nothing else.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from repman import APP_NAME, __version__
from repman.domain import RepmanError, Status, to_iso
from repman.store import InboxFilter, Sort, Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(RepmanError):
    """Bad usage found after parsing (exit 2)."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME.lower(), appauthor=False))


def default_db() -> Path:
    return data_dir() / "repman.db"


def db_path(args: argparse.Namespace) -> Path:
    chosen = args.db or os.environ.get("REPMAN_DB")
    return Path(chosen).expanduser() if chosen else default_db()


def actor(args: argparse.Namespace) -> str:
    if getattr(args, "by", None):
        return str(args.by)
    try:
        return os.environ.get("REPMAN_USER") or getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def parse_when(text: str, *, end: bool = False) -> str:
    """--since/--until: a date (local day; --until includes the whole day) or a date-time."""
    try:
        if len(text) == 10:
            day = datetime.strptime(text, "%Y-%m-%d").date()
            if end:
                day += timedelta(days=1)
            moment = datetime.combine(day, time()).astimezone()
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.astimezone()
    except ValueError:
        raise UsageError(f"not a date: {text!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return to_iso(moment)


def period_filter(store: Store, args: argparse.Namespace) -> InboxFilter:
    sources = tuple(store.source(name).id for name in (args.source or []))
    return InboxFilter(
        source_ids=sources,
        since=parse_when(args.since) if args.since else None,
        until=parse_when(args.until, end=True) if args.until else None,
        assignee=getattr(args, "assignee", None),
    )


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    from repman import cli_backup
    from repman import cli_commands as c

    parser = argparse.ArgumentParser(
        prog="repman", description="Every review and mention of your business in one inbox."
    )
    parser.add_argument(
        "--db", metavar="PATH", help=f"database file (default: $REPMAN_DB or {default_db()})"
    )
    parser.add_argument("--version", action="version", version=f"repman {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check the database, keyring, bundled resources and window, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    command("gui", c.cmd_gui, "open the desktop app")
    p = command("demo", c.cmd_demo, "load the bundled demo inbox into the database")
    p.add_argument("--reset", action="store_true", help="remove the demo items first")

    from repman import cli_sources

    p = command("source", None, "add, list, test or remove sources")
    source_sub = p.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    q = source_sub.add_parser("list", help="list the sources")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=c.cmd_source_list)
    q = source_sub.add_parser("remove", help="delete a source with all its items")
    q.add_argument("name")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    q.set_defaults(func=c.cmd_source_remove)
    cli_sources.add_parsers(sub, source_sub)

    p = command("import", c.cmd_import, "import reviews from a CSV, JSON or JSON lines file")
    p.add_argument("file", type=Path)
    p.add_argument("--source", metavar="NAME", help="source for rows that do not name one")
    p.add_argument("--json", action="store_true")

    p = command("inbox", c.cmd_inbox, "list items, unanswered criticism first")
    p.add_argument(
        "--status",
        action="append",
        metavar="S",
        help="new, in_progress, answered, closed, ignored or open; repeatable",
    )
    p.add_argument("--source", action="append", metavar="NAME")
    p.add_argument("--criticism", action="store_true", help="criticism only")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--language", action="append", metavar="CODE")
    p.add_argument("--assignee", metavar="PERSON")
    p.add_argument("--sort", choices=[s.value for s in Sort], default=Sort.PRIORITY.value)
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--json", action="store_true")

    from repman import cli_replies

    cli_replies.add_parsers(sub)
    from repman import cli_rules

    cli_rules.add_parsers(sub)
    cli_backup.add_parsers(sub)  # backup, restore
    from repman import cli_diagnostics

    cli_diagnostics.add_parsers(sub)

    p = command("show", c.cmd_show, "show an item with its replies, events and follow-ups")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = command("reply", c.cmd_reply, "record a reply (sent by hand unless --post)")
    p.add_argument("id", type=int)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", metavar="T")
    group.add_argument("--template", type=int, metavar="TEMPLATE_ID")
    p.add_argument("--post", action="store_true", help="send it through the site's API")
    p.add_argument("--draft", action="store_true", help="keep it as a draft, do not mark answered")
    p.add_argument("--by", metavar="NAME")

    p = command("status", c.cmd_status, "change an item's status")
    p.add_argument("id", type=int)
    p.add_argument("status", choices=[s.value for s in Status])
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--by", metavar="NAME")

    p = command("assign", c.cmd_assign, "assign an item to a person ('-' to unassign)")
    p.add_argument("id", type=int)
    p.add_argument("person")
    p.add_argument("--by", metavar="NAME")

    for name, func, text in (
        ("export", c.cmd_export, "export the response log"),
        ("stats", c.cmd_stats, "response metrics for a period"),
    ):
        p = command(name, func, text)
        p.add_argument("--since", metavar="DATE")
        p.add_argument("--until", metavar="DATE", help="inclusive when a date")
        p.add_argument("--source", action="append", metavar="NAME")
        p.add_argument("--assignee", metavar="PERSON")
        if name == "export":
            p.add_argument("--output", "-o", type=Path, required=True, metavar="FILE")
            p.add_argument("--format", choices=["csv", "json", "xlsx", "pdf"])
            p.add_argument(
                "--events",
                action="store_true",
                help="also write one row per event to FILE.events.csv",
            )
        else:
            p.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from repman.logs import setup_logging

    log_file = setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check:  # the installation itself, before any command (repman/selfcheck.py)
        from repman.selfcheck import run as self_check

        return self_check(Path(args.db).expanduser() if args.db else None)
    if args.command is None:
        args.func = __import__("repman.cli_commands", fromlist=["cmd_gui"]).cmd_gui
    try:
        return int(args.func(args) or EXIT_OK)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"repman: error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except RepmanError as exc:
        print(f"repman: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("repman: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: say so in one line, keep the traceback for the log
        if os.environ.get("REPMAN_DEBUG"):
            raise
        logging.getLogger("repman").exception("unexpected error in %s", args.command)
        where = f"details in {log_file}" if log_file else "set REPMAN_DEBUG=1 for details"
        print(
            # Only the type: the text of an unexpected error may carry a URL with a key in it.
            f"repman: internal error ({type(exc).__name__}); {where}",
            file=sys.stderr,
        )
        return EXIT_FAIL
