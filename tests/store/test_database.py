"""Opening the inbox file: what a user sees when the file is not what we expect."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

import repman.store as store_pkg
from repman.cli import main
from repman.domain import StorageError
from repman.store import InboxFilter, Store
from repman.store.database import UpgradeFailed, open_database
from repman.store.schema import MIGRATION_SET, SCHEMA_VERSION, migrations
from tests.helpers import make_item


def test_new_file_gets_the_schema_in_wal_mode(tmp_path: Path) -> None:
    with Store.open(tmp_path / "sub" / "new.db") as store:
        mode = store.db.conn.execute("PRAGMA journal_mode").fetchone()[0]
        version = store.db.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = set(store.db.table_names())
    assert mode == "wal"
    assert version == SCHEMA_VERSION
    assert {
        "sources",
        "items",
        "replies",
        "events",
        "templates",
        "followups",
        "rules",
        "items_fts",
    } <= tables


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        source = store.add_source("import", "Site")
        store.upsert_items(source.id, [make_item("a", "kept")])
    with Store.open(path) as store:
        assert store.item(1)["text"] == "kept"


def test_a_text_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    with pytest.raises(StorageError, match="not a Repman database"):
        Store.open(path)
    assert path.read_text() == "shopping list\n"  # untouched


def test_another_apps_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match=r"not a Repman database.*invoices"):
        Store.open(path)


def test_a_corrupt_file_is_refused_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        source = store.add_source("import", "Site")
        store.upsert_items(source.id, [make_item(str(n), "x" * 200) for n in range(300)])
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        Store.open(path)


def test_a_database_from_a_newer_repman_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "0099_from_the_future", "2030-01-01"],
    )
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer Repman"):
        Store.open(path)


def test_migrating_makes_a_backup_copy_first(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        source = store.add_source("import", "Site")
        store.upsert_items(source.id, [make_item("a", "before the upgrade")])
    upgraded = Migrations(MIGRATION_SET)
    for step in migrations._migrations:
        upgraded._migrations.append(step)

    @upgraded(name="0002_test_step")
    def _add_column(db: Database) -> None:
        db.execute("ALTER TABLE items ADD COLUMN extra TEXT")

    open_database(path, steps=upgraded).conn.close()
    backups = list(tmp_path.glob(f"inbox.db.v{SCHEMA_VERSION}-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT text FROM items").fetchone()[0] == "before the upgrade"
    assert "extra" not in [r[1] for r in old.execute("PRAGMA table_info(items)")]


def test_a_first_version_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    first = Migrations(MIGRATION_SET)
    first._migrations.append(migrations._migrations[0])
    db = open_database(path, steps=first)
    db.conn.execute("INSERT INTO sources (kind, name, created_at) VALUES ('import', 'Old', 'x')")
    db.conn.close()
    with Store.open(path) as store:
        assert [s.name for s in store.sources()] == ["Old"]
        columns = [r[1] for r in store.db.conn.execute("PRAGMA table_info(templates)")]
        assert "key" in columns
    assert len(list(tmp_path.glob("inbox.db.v1-*.bak"))) == 1


def test_a_kill_before_the_version_mark_is_made_good_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")  # every step committed, the mark not yet moved
    conn.close()
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def _upgrade_with(*steps: tuple[str, Callable[[Database], None]]) -> Migrations:
    """Today's migrations followed by `steps`: what a future release would run."""
    upgraded = Migrations(MIGRATION_SET)
    upgraded._migrations.extend(migrations._migrations)
    for name, fn in steps:
        upgraded(name=name)(fn)
    return upgraded


def _inbox_with_items(path: Path, count: int) -> None:
    with Store.open(path) as store:
        source = store.add_source("import", "Site")
        store.upsert_items(source.id, [make_item(f"e{n}", f"kept {n}") for n in range(count)])


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (RuntimeError("a bug in the step"), "This is a fault in Repman (RuntimeError)"),
        (sqlite3.OperationalError("disk I/O error"), "Free some space on that disk"),
        (sqlite3.OperationalError("database or disk is full"), "Free some space on that disk"),
        (sqlite3.OperationalError("no such column: extra"), "This is a fault in Repman"),
    ],
)
def test_a_failing_upgrade_step_is_not_called_damage(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    advice: str,
) -> None:
    path = tmp_path / "inbox.db"
    _inbox_with_items(path, 3)

    def step(db: Database) -> None:
        db.execute("ALTER TABLE items ADD COLUMN extra TEXT")
        raise error

    upgraded = _upgrade_with(("0099_test_step", step))
    monkeypatch.setattr(store_pkg, "open_database", partial(open_database, steps=upgraded))
    assert main(["--db", str(path), "inbox"]) == 1
    err = capsys.readouterr().err
    (copy,) = tmp_path.glob("inbox.db.v*.bak")
    assert err.startswith(f"repman: could not upgrade {path} to this version of Repman: ")
    assert "step 0099_test_step failed" in err and str(error) in err
    assert "The inbox is unchanged" in err and f"kept as {copy}" in err and advice in err
    assert f"restore that copy: repman --db '{path}' restore '{copy}'" in err
    assert "damaged" not in err and "internal error" not in err and "cannot open" not in err
    assert err.count("\n") == 1
    monkeypatch.undo()
    with Store.open(path) as store:  # the step was rolled back: today's Repman opens it
        assert store.count(InboxFilter()) == 3
        assert "extra" not in [r[1] for r in store.db.conn.execute("PRAGMA table_info(items)")]


def test_a_step_failing_after_others_names_the_copy_to_go_back_to(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    _inbox_with_items(path, 2)

    def first(db: Database) -> None:
        db.execute("ALTER TABLE items ADD COLUMN extra TEXT")

    def broken(db: Database) -> None:
        raise KeyError("oops")

    with pytest.raises(StorageError) as caught:
        open_database(path, steps=_upgrade_with(("0098_first", first), ("0099_broken", broken)))
    assert isinstance(caught.value, UpgradeFailed)
    assert isinstance(caught.value.__cause__, KeyError)  # for the log
    message = caught.value.message
    (copy,) = tmp_path.glob("inbox.db.v*.bak")
    assert "step 0099_broken failed" in message and "Nothing in the inbox was lost" in message
    assert f"repman --db '{path}' restore '{copy}'" in message
    assert "damaged" not in message
    # Once the step is fixed, opening goes on from where it stopped.
    fixed = _upgrade_with(("0098_first", first), ("0099_broken", lambda db: None))
    db = open_database(path, steps=fixed)
    assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    db.conn.close()


def test_a_failing_first_step_of_a_new_inbox_is_not_called_damage(tmp_path: Path) -> None:
    def broken(db: Database) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    steps = Migrations(MIGRATION_SET)
    steps(name="0001_initial")(broken)
    with pytest.raises(UpgradeFailed, match=r"could not set up the new inbox .*Free some space"):
        open_database(tmp_path / "new.db", steps=steps)


def test_a_damaged_file_still_says_damaged_and_not_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    _inbox_with_items(path, 300)
    with Store.open(path) as store:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged") as caught:
        open_database(path, steps=_upgrade_with(("0099_step", lambda db: None)))
    assert not isinstance(caught.value, UpgradeFailed)
    assert not list(tmp_path.glob("*.bak"))
