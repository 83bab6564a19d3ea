"""Backups (issue 8): daily copies kept seven deep and verified, `repman backup` / `restore`,
and a damaged database naming the backup to go back to."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from repman.cli import main
from repman.domain import StorageError
from repman.store import InboxFilter, Store
from repman.store import backup as backup_mod
from repman.store import database as database_mod
from repman.store.backup import (
    KEEP,
    daily_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    quick_check,
    restore_backup,
    restore_candidates,
    upgrade_copies,
)
from repman.store.database import open_database
from repman.store.schema import MIGRATION_SET, migrations
from repman.sync import sync
from tests.helpers import make_item


def _fill(db: Path, count: int, name: str = "Google") -> None:
    with Store.open(db) as store:
        source = store.ensure_source(name, "import")
        store.upsert_items(
            source.id, [make_item(f"{name}-{n}", f"review {n}") for n in range(count)]
        )


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        conn.close()


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    monkeypatch.setattr(backup_mod, "utcnow", c)
    return c


def test_backup_is_a_verified_copy_named_with_the_date(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 5)
    path = make_backup(db)
    assert path.parent == tmp_path / "backups"
    assert path.name == "inbox-2026-03-01T090000Z.db"
    assert quick_check(path) == "ok" and _count(path) == 5
    assert not Path(f"{path}-wal").exists()  # a standalone file
    assert not list(path.parent.glob(".*partial"))


def test_daily_backup_once_a_day_and_seven_kept(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 3)
    first = daily_backup(db)
    assert first is not None
    clock.now += timedelta(hours=3)
    assert daily_backup(db) is None  # today's exists: nothing done
    for _ in range(9):
        clock.now += timedelta(days=1)
        assert daily_backup(db) is not None
    kept = list_backups(db)
    assert len(kept) == 7
    assert kept[0].name == "inbox-2026-03-10T120000Z.db"  # newest first
    assert first not in kept  # the oldest went


def test_rotation_waits_for_a_good_copy(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 3)
    for _ in range(7):
        make_backup(db)
        clock.now += timedelta(days=1)
    before = list_backups(db)
    monkeypatch.setattr(backup_mod, "quick_check", lambda path: "*** page 3 is never used")
    with pytest.raises(StorageError, match="failed its check"):
        make_backup(db)
    assert daily_backup(db) is None  # logged, never raised into a sync
    assert list_backups(db) == before  # nothing rotated out for a bad copy
    assert not list((tmp_path / "backups").glob(".*partial"))


def test_backup_sees_changes_still_in_the_wal(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:  # kept open: the WAL is live, not checkpointed
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"r{n}") for n in range(40)])
        assert Path(f"{db}-wal").stat().st_size > 0
        path = make_backup(db)
    assert _count(path) == 40


def test_sync_makes_the_daily_backup(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 2)
    sync(db)
    sync(db)
    assert [p.name for p in list_backups(db)] == ["inbox-2026-03-01T090000Z.db"]


def test_restore_keeps_the_current_file_aside(
    tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 3)
    assert main(["--db", str(db), "backup"]) == 0
    saved = Path(capsys.readouterr().out.strip())
    assert saved.is_file()
    _fill(db, 10, name="Yelp")  # later work that the restore goes back from
    assert _count(db) == 13
    clock.now += timedelta(minutes=5)
    assert main(["--db", str(db), "restore", str(saved), "--yes"]) == 0
    assert _count(db) == 3
    aside = tmp_path / "inbox.db.before-restore-2026-03-01T090500Z"
    assert _count(aside) == 13  # the previous file, with its WAL, kept whole
    with Store.open(db) as store:  # the restored file is a working inbox
        assert [s.name for s in store.sources()] == ["Google"]


def test_restore_asks_unless_yes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 1)
    saved = make_backup(db)
    assert main(["--db", str(db), "restore", str(saved)]) == 1  # stdin is not a terminal
    assert "--yes" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.before-restore-*"))


@pytest.mark.parametrize("kind", ["text", "other-sqlite", "damaged"])
def test_restore_refuses_what_is_not_a_good_repman_database(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 4)
    bad = tmp_path / "bad.db"
    if kind == "text":
        bad.write_text("source,text\nx,y\n")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        good = make_backup(db)
        data = bytearray(good.read_bytes())
        data[4096 * 2 : 4096 * 3] = b"\xa5" * 4096  # page 3: a table page
        bad.write_bytes(bytes(data))
    assert quick_check(bad) != "ok"
    assert main(["--db", str(db), "restore", str(bad), "--yes"]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    assert _count(db) == 4
    assert not list(tmp_path.glob("*.before-restore-*"))
    assert not list(tmp_path.glob(".*restoring"))


def test_a_damaged_database_names_the_newest_good_backup(
    tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    _fill(db, 3)
    older = make_backup(db)
    clock.now += timedelta(days=1)
    newest = make_backup(db)
    assert newest_good_backup(db) == newest
    newest.write_bytes(newest.read_bytes()[:4096] + b"\0" * 100)  # truncated: not good
    assert newest_good_backup(db) == older
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * 3996  # the schema page: opening itself fails
    db.write_bytes(bytes(data))
    Path(f"{db}-wal").unlink(missing_ok=True)
    Path(f"{db}-shm").unlink(missing_ok=True)
    assert main(["--db", str(db), "inbox"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(older) in err and "restore" in err
    assert err.count("\n") == 1  # one line, no traceback
    assert main(["--db", str(db), "restore", str(older), "--yes"]) == 0
    assert _count(db) == 3


def test_restore_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no such file"):
        restore_backup(tmp_path / "inbox.db", tmp_path / "nope.db")


def _first_version_inbox(db: Path, count: int) -> None:
    """An inbox as the first release left it (schema 1): opening it today upgrades it and
    leaves the pre-upgrade copy `inbox.db.v1-<time>.bak` beside it."""
    first = Migrations(MIGRATION_SET)
    first._migrations.append(migrations._migrations[0])
    conn = open_database(db, steps=first).conn
    conn.execute(
        "INSERT INTO sources (id, kind, name, created_at) "
        "VALUES (1, 'import', 'Files', '2025-01-01T00:00:00Z')"
    )
    conn.executemany(
        "INSERT INTO items (source_id, external_id, kind, text, created_at, fetched_at) "
        "VALUES (1, ?, 'review', 'old', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
        [(f"e{n}",) for n in range(count)],
    )
    conn.close()


def _smash(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * 3996  # the schema page: opening itself fails
    db.write_bytes(bytes(data))
    Path(f"{db}-wal").unlink(missing_ok=True)
    Path(f"{db}-shm").unlink(missing_ok=True)


@pytest.fixture
def upgrade_clock(clock: Clock, monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The same clock for the pre-upgrade copies' names as for the daily backups'."""
    monkeypatch.setattr(database_mod, "utcnow", clock)
    return clock


def test_the_newest_good_copy_may_be_the_one_made_before_an_upgrade(
    tmp_path: Path, upgrade_clock: Clock
) -> None:
    db = tmp_path / "inbox.db"
    _first_version_inbox(db, 4)
    daily = make_backup(db)  # 1 March
    upgrade_clock.now += timedelta(days=1)
    Store.open(db).close()  # 2 March: upgraded, the copy made first
    (bak,) = upgrade_copies(db)
    assert bak.name == "inbox.db.v1-20260302T090000Z.bak"
    assert restore_candidates(db) == [bak, daily]
    assert newest_good_backup(db) == bak
    kept = bak.read_bytes()
    bak.write_bytes(kept[:4096] + b"\0" * 100)  # truncated: not good
    assert newest_good_backup(db) == daily
    bak.write_bytes(kept)
    upgrade_clock.now += timedelta(days=1)
    later = make_backup(db)  # 3 March: a daily backup newer than the copy
    assert restore_candidates(db) == [later, bak, daily]
    assert newest_good_backup(db) == later
    for _ in range(KEEP + 2):
        upgrade_clock.now += timedelta(days=1)
        make_backup(db)
    assert bak.exists()  # rotation keeps its hands off the pre-upgrade copy


def test_a_damaged_database_names_the_copy_made_before_the_upgrade(
    tmp_path: Path, upgrade_clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    _first_version_inbox(db, 5)
    Store.open(db).close()  # upgraded: no daily backup yet, only the pre-upgrade copy
    (bak,) = upgrade_copies(db)
    _smash(db)
    assert main(["--db", str(db), "inbox"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and f"restore '{bak}'" in err and "before a Repman upgrade" in err
    assert err.count("\n") == 1
    assert main(["--db", str(db), "restore", str(bak), "--yes"]) == 0
    assert _count(db) == 5
    with Store.open(db) as store:  # upgraded again on opening: a working inbox
        assert [s.name for s in store.sources()] == ["Files"]
        assert store.count(InboxFilter()) == 5
