"""Opening the inbox file: what a user sees when the file is not what we expect."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from repman.domain import StorageError
from repman.store import Store
from repman.store.database import open_database
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
