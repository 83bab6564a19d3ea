"""Backups of the inbox file: daily automatic copies, kept seven deep, and restoring one.

Copies are made with the SQLite backup API (a consistent snapshot even while the WAL is live;
copying the file itself would not be, tech-notes §8), written under a temporary name, checked
with PRAGMA quick_check and only then given their real name; older copies are rotated out only
after the new one passed. quick_check is seconds on a large inbox, so it runs when a copy is
made or restored, never at every open.

A damaged inbox can go back to either kind of copy: these daily ones, or the copy
repman/store/database.py leaves beside the inbox before upgrading its schema
(`<name>.v<version>-<time>.bak`). Rotation only ever touches the daily ones.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from repman.domain import StorageError, utcnow

log = logging.getLogger(__name__)

KEEP = 7
FOLDER = "backups"
_STAMP = "%Y-%m-%dT%H%M%SZ"
_UPGRADE_STAMP = "%Y%m%dT%H%M%SZ"  # repman/store/database.py's name for a pre-upgrade copy
_HEADER = b"SQLite format 3\x00"
_REPMAN_TABLES = ("_sqlite_migrations", "items", "sources")


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def list_backups(db_path: Path) -> list[Path]:
    """The backups of db_path, newest first (names sort by their UTC time)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    prefix = f"{Path(db_path).stem}-"
    found = [
        p for p in folder.glob(f"{prefix}*.db") if p.is_file() and _stamp_of(p, prefix) is not None
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def upgrade_copies(db_path: Path) -> list[Path]:
    """The copies made beside db_path before a schema upgrade, newest first."""
    db_path = Path(db_path)
    if not db_path.parent.is_dir():
        return []
    found = [
        p
        for p in db_path.parent.glob(f"{glob.escape(db_path.name)}.v*.bak")
        if p.is_file() and _upgrade_stamp_of(db_path, p) is not None
    ]
    return sorted(found, key=lambda p: _upgrade_stamp_of(db_path, p) or datetime.min, reverse=True)


def _upgrade_stamp_of(db_path: Path, path: Path) -> datetime | None:
    match = re.fullmatch(rf"{re.escape(db_path.name)}\.v\d+-(\d{{8}}T\d{{6}}Z)\.bak", path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match[1], _UPGRADE_STAMP)
    except ValueError:
        return None


def restore_candidates(db_path: Path) -> list[Path]:
    """Every copy db_path could go back to, daily and pre-upgrade, newest first."""
    db_path = Path(db_path)
    prefix = f"{db_path.stem}-"
    dated = [(_stamp_of(p, prefix) or datetime.min, p) for p in list_backups(db_path)]
    dated += [(_upgrade_stamp_of(db_path, p) or datetime.min, p) for p in upgrade_copies(db_path)]
    return [p for _, p in sorted(dated, key=lambda pair: pair[0], reverse=True)]


def _stamp_of(path: Path, prefix: str) -> datetime | None:
    try:
        return datetime.strptime(path.stem[len(prefix) :], _STAMP)
    except ValueError:
        return None


def quick_check(path: Path) -> str:
    """'ok', or what PRAGMA quick_check (or opening the file) found wrong."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != _HEADER:
                return "not an SQLite file"
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        return str(exc) or type(exc).__name__
    result = "; ".join(str(r[0]) for r in rows[:3])
    if result != "ok":
        return result
    missing = [t for t in _REPMAN_TABLES if t not in tables]
    if missing:
        return "not a Repman database (no " + ", ".join(missing) + " table)"
    return "ok"


def make_backup(db_path: Path, *, keep: int = KEEP) -> Path:
    """Copy the database now into backups/, verify the copy, then rotate out the oldest.

    Raises StorageError when the copy cannot be made or fails its check; older copies are
    then left as they were.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageError(f"no database at {db_path} to back up")
    folder = backup_dir(db_path)
    stamp = utcnow().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}.db"
    partial = folder / f".{target.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        src = sqlite3.connect(str(db_path), isolation_level=None, timeout=30)
        try:
            dest = sqlite3.connect(str(partial), isolation_level=None)
            try:
                src.backup(dest, pages=4096)
                # A standalone file: no -wal beside it, safe to copy or restore as it is.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        verdict = quick_check(partial)
        if verdict != "ok":
            raise StorageError(f"the backup of {db_path.name} failed its check ({verdict})")
        os.replace(partial, target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot back up {db_path.name}: {exc}") from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"cannot write a backup in {folder}: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    for old in list_backups(db_path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def daily_backup(db_path: Path, *, keep: int = KEEP) -> Path | None:
    """A backup unless one was made today (UTC); cheap (a folder listing) when one exists.

    Never raises: a failed backup is logged and must not stop a sync or the app.
    """
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    today = utcnow().strftime("%Y-%m-%d")
    prefix = f"{db_path.stem}-{today}"
    if any(p.name.startswith(prefix) for p in list_backups(db_path)):
        return None
    try:
        return make_backup(db_path, keep=keep)
    except StorageError as exc:
        log.warning("daily backup failed: %s", exc.message)
        return None


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest copy, daily or pre-upgrade, that passes quick_check (usually the first one
    looked at)."""
    for candidate in restore_candidates(db_path):
        if quick_check(candidate) == "ok":
            return candidate
    return None


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the database with a backup; returns where the current file was kept.

    The backup is copied and checked before anything is touched; the current file (with its
    -wal and -shm, which hold committed changes too) is renamed to
    `<name>.before-restore-<time>`, never deleted. Nothing may have the database open.
    """
    db_path = Path(db_path)
    backup = Path(backup)
    if not backup.is_file():
        raise StorageError(f"no such file: {backup}")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(backup, staged)
        verdict = quick_check(staged)
        if verdict != "ok":
            raise StorageError(
                f"{backup.name} cannot be restored: it is not a good Repman database ({verdict})"
            )
        aside = db_path.with_name(f"{db_path.name}.before-restore-{utcnow().strftime(_STAMP)}")
        if db_path.exists():
            os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{db_path}{suffix}")
            if extra.exists():
                os.replace(extra, Path(f"{aside}{suffix}"))
        os.replace(staged, db_path)
    except OSError as exc:
        raise StorageError(f"cannot restore {backup.name}: {exc.strerror or exc}") from None
    finally:
        staged.unlink(missing_ok=True)
    return aside


def damaged_hint(db_path: Path) -> str:
    """What to tell a user whose database cannot be opened: the newest good copy of it."""
    good = newest_good_backup(db_path)
    if good is None:
        return "no good backup was found"
    what = "copy (made before a Repman upgrade)" if good.suffix == ".bak" else "backup"
    return (
        f"the newest good {what} is {good}; restore it with: "
        f"repman --db '{db_path}' restore '{good}'"
    )
