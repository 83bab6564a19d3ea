"""Help → Export diagnostics and `repman diagnostics`: one .zip a user can attach to a bug
report, holding the log files and what we need to know about the installation.

version.json names Repman, Python, the platform, SQLite, the schema, the keyring backend and
how many sources and items of each kind the inbox holds: never a review's text, an author, a
source's name, its settings or a secret. The logs go through the crash report's scrubbing
(repman/scrub.py) on the way in, so a token that reached a log line stays behind.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import zipfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from repman import __version__, secrets
from repman.domain import file_not_written, to_iso, utcnow
from repman.logs import log_path
from repman.scrub import scrub
from repman.store.inbox_facts import SQLITE_VERSION, inbox_facts
from repman.store.schema import SCHEMA_VERSION


def default_name(now: datetime | None = None) -> str:
    return f"repman-diagnostics-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.zip"


def log_files() -> list[Path]:
    """The current log and its rotated copies (repman.log.1 ... .5), oldest last."""
    current = log_path()
    found = [p for p in current.parent.glob(f"{current.name}*") if p.is_file()]
    return sorted(found, key=lambda p: (len(p.name), p.name))


def version_info(database: Path | None, extra: Mapping[str, str] | None = None) -> dict[str, Any]:
    info: dict[str, Any] = {
        "repman": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": SQLITE_VERSION,
        "schema_version": SCHEMA_VERSION,
        "keyring_backend": secrets.backend_name(),
        "keyring_available": secrets.available(),
        "created_at": to_iso(utcnow()),
    }
    if database is not None:
        info["database"] = {"path": scrub(str(database)), **inbox_facts(database)}
        if "error" in info["database"]:
            info["database"]["error"] = scrub(info["database"]["error"])
    info.update({key: scrub(value) for key, value in (extra or {}).items()})
    return info


def write_bundle(
    dest: Path, *, database: Path | None, extra: Mapping[str, str] | None = None
) -> Path:
    """Write the bundle to dest (a .zip) and return its path.

    Raises StorageError with a message for the user when the file cannot be written; no
    partial file is left behind then."""
    dest = Path(dest)
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
            text = json.dumps(version_info(database, extra), indent=2, ensure_ascii=False)
            bundle.writestr("version.json", text + "\n")
            for log in log_files():
                content = log.read_text(encoding="utf-8", errors="replace")
                bundle.writestr(f"logs/{log.name}", scrub(content))
        os.replace(partial, dest)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise file_not_written(dest, exc, "the diagnostics bundle") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest
