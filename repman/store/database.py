"""Opening the inbox file: checks, migrations with a backup first, connection settings."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from repman.domain import StorageError, utcnow
from repman.store.schema import MIGRATION_SET, migrations

_SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror}") from None
    if head and head != _SQLITE_HEADER:
        raise StorageError(f"{path} is not a Repman database (it is not an SQLite file)")


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit mode: transactions are explicit (Store.transaction()), never implicit.
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _applied_names(db: Database) -> list[str]:
    if not db["_sqlite_migrations"].exists():
        return []
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        ).fetchall()
    ]


class UpgradeFailed(StorageError):
    """Upgrading the schema of a sound inbox failed: a disk error or a fault in a step, never
    damage, so Store.open passes the message on as it is (it names the pre-upgrade copy)."""


def _backup_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    # Written under a fixed temporary name and renamed once complete: a kill mid-copy must
    # not leave a file that looks like the pre-upgrade copy but holds part of it, and the
    # next attempt clears what an earlier one left.
    partial = path.with_name(f".{path.name}.before-upgrade.partial")

    def clear() -> None:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)

    try:
        clear()
        # The backup API copies a consistent snapshot even with a live WAL; copying the
        # file itself would not.
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            # A standalone file: no -wal beside it, safe to copy or restore as it is.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            clear()  # a full disk most likely: give back what the copy took
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if _is_disk_error(exc):
            advice = f"Free some space on that disk (the copy needs about {_size(path)})"
        else:
            advice = f"Make sure Repman may write files in {path.parent}"
        raise UpgradeFailed(
            f"could not upgrade {path} to this version of Repman: the copy it keeps from "
            f"before an upgrade could not be written ({reason}). The inbox is unchanged. "
            f"{advice} and open it again."
        ) from exc
    return target


def _is_disk_error(exc: BaseException) -> bool:
    """A full or failing disk ("database or disk is full", "disk I/O error", ENOSPC)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO)
    return isinstance(exc, sqlite3.OperationalError) and "disk" in str(exc)


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "as much as the inbox"
    return f"{max(1, round(size / 1_000_000))} MB"


def _upgrade_failed(
    db: Database, steps: Migrations, path: Path, copy: Path | None, pending: int, exc: Exception
) -> UpgradeFailed:
    """The message for a migration step that raised: what failed, that nothing was lost,
    where the pre-upgrade copy is and what to do. One line: the command line prints it."""
    try:
        left = [m.name for m in steps.pending(db)]
    except sqlite3.Error:
        left = []
    text = str(exc) or type(exc).__name__
    failed = f"step {left[0]} failed ({text})" if left else f"it failed ({text})"
    if _is_disk_error(exc):
        advice = "Free some space on that disk and open it again to finish."
    else:
        advice = f"This is a fault in Repman ({type(exc).__name__}): please report it."
    if copy is None:  # a new inbox: nothing to keep
        return UpgradeFailed(f"could not set up the new inbox {path}: {failed}. {advice}")
    if len(left) == pending:
        state = "The inbox is unchanged"
    else:
        state = "Nothing in the inbox was lost: the steps before it were saved whole"
    return UpgradeFailed(
        f"could not upgrade {path} to this version of Repman: {failed}. {state}, and the "
        f"copy made before the upgrade is kept as {copy}. {advice} To go back to your "
        f"previous version of Repman, restore that copy: repman --db '{path}' restore '{copy}'"
    )


def open_database(path: Path, *, migrate: bool = True, steps: Migrations = migrations) -> Database:
    """Open (creating if needed) the Repman database at path, upgraded to this version.

    Raises StorageError with a message for the user when the file cannot be used.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_header(path)
    elif not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create folder {path.parent}: {exc.strerror}") from None
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        db = Database(conn)
        applied = _applied_names(db)
        if existed and not applied and db.table_names():
            raise StorageError(
                f"{path} is not a Repman database (it holds other tables: "
                f"{', '.join(sorted(db.table_names())[:5])})"
            )
        known = {m.name for m in steps._migrations}
        latest = len(known)
        unknown = [name for name in applied if name not in known]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if unknown or user_version > latest:
            raise StorageError(
                f"{path} was written by a newer Repman (schema "
                f"{max(user_version, len(applied))}, this version knows {latest}); "
                "update Repman to open it"
            )
        pending = steps.pending(db) if migrate else []
        if pending:
            copy = None
            if existed and applied:
                copy = _backup_before_migrating(conn, path, len(applied))
            # Each step commits together with its record (sqlite-utils runs it in a
            # transaction): a kill leaves whole steps only, and the next open goes on.
            try:
                steps.apply(db)
            except Exception as exc:  # a disk error or a fault in a step: not damage
                raise _upgrade_failed(db, steps, path, copy, len(pending), exc) from exc
        if migrate and user_version != latest:  # also after a kill just before this line
            conn.execute(f"PRAGMA user_version = {latest}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        return db
    except BaseException as exc:
        if conn is not None:
            conn.close()  # nothing keeps the file open: it can be retried or restored
        if isinstance(exc, sqlite3.DatabaseError):
            raise StorageError(f"{path} is damaged or not a Repman database ({exc})") from None
        if isinstance(exc, OSError):
            raise StorageError(f"cannot open {path}: {exc.strerror or exc}") from None
        raise
