"""`repman backup` and `repman restore FILE`: the command-line side of repman/store/backup.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from repman.cli import EXIT_OK, db_path
from repman.domain import RepmanError
from repman.store import make_backup, restore_backup


def cmd_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.is_file():
        raise RepmanError(f"no database at {path} to back up")
    print(make_backup(path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    backup: Path = args.file
    if not args.yes:
        if not sys.stdin.isatty():
            raise RepmanError("restore replaces the database: confirm with --yes")
        answer = input(f"Replace {path} with {backup}? The current file is kept aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing restored.")
            return EXIT_OK
    aside = restore_backup(path, backup)
    print(f"Restored {backup} into {path}")
    if aside.exists():
        print(f"The previous file is kept as {aside}")
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "backup", help="back up the database now", description="back up the database now"
    )
    p.set_defaults(func=cmd_backup)
    text = "replace the database with a backup (the current file is kept aside)"
    p = sub.add_parser("restore", help=text, description=text)
    p.add_argument(
        "file",
        type=Path,
        help="a backup from the backups/ folder, or a copy made before an upgrade "
        "(NAME.vN-TIME.bak beside the database)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_restore)
