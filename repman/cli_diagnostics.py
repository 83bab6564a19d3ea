"""`repman diagnostics [FILE]`: the command-line side of repman/diagnostics.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from repman.cli import EXIT_OK, db_path
from repman.diagnostics import default_name, write_bundle


def cmd_diagnostics(args: argparse.Namespace) -> int:
    dest: Path = args.file or Path.cwd() / default_name()
    print(write_bundle(dest, database=db_path(args)))
    return EXIT_OK


def add_parsers(sub: Any) -> None:
    text = "write the log files and version information into a .zip for a bug report"
    p = sub.add_parser("diagnostics", help=text, description=text)
    p.add_argument(
        "file",
        nargs="?",
        type=Path,
        help="where to write it (default: repman-diagnostics-<time>.zip here)",
    )
    p.set_defaults(func=cmd_diagnostics)
