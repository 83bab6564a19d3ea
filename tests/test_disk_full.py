"""A full disk (issue 8): the user gets a clear message, the database stays sound and holds
exactly what was committed before the failure.

Two ways: a real 2 MB tmpfs (needs root to mount; skipped otherwise) and a connection that
answers "database or disk is full" at a chosen statement (always runs)."""

from __future__ import annotations

import errno
import gc
import hashlib
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Migrations

from repman.cli import main
from repman.domain import StorageError, TempFolderError, file_not_written
from repman.reports import export as export_mod
from repman.store import InboxFilter, Store
from repman.store.database import UpgradeFailed, open_database
from repman.store.schema import MIGRATION_SET, migrations
from tests.helpers import by_rating, make_item


def snapshot(db: Path) -> tuple[str, int, str]:
    """integrity_check, the number of items and a checksum of their content."""
    conn = sqlite3.connect(db)
    try:
        check = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        rows = conn.execute(
            "SELECT source_id, external_id, text, rating, status FROM items ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return check, len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "small"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(where: Path) -> Path:
    """Take every free byte of the disk."""
    filler = where / "filler"
    with filler.open("wb", buffering=0) as fh:
        size = 65536
        while size >= 512:
            try:
                fh.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                size //= 2
    return filler


def big_items(prefix: str, count: int) -> list[Any]:
    return [make_item(f"{prefix}{n}", f"{prefix} review {n} " + "x" * 2000) for n in range(count)]


def test_real_full_disk_during_upsert(small_disk: Path) -> None:
    db = small_disk / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"ok{n}", f"kept {n}") for n in range(20)])
    before = snapshot(db)
    with Store.open(db) as store:
        filler = fill(small_disk)  # while open: its -wal and -shm files already exist
        with pytest.raises(StorageError, match="the disk is full"):
            store.upsert_items(source.id, big_items("lost", 400))
    filler.unlink()
    assert snapshot(db) == before
    assert before[0] == "ok"


def test_real_full_disk_from_the_command_line(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item("ok", "kept")])
    before = snapshot(db)
    rows = "\n".join(f"Files,{'y' * 3000} {n},2026-01-01T00:00:00Z" for n in range(400))
    csv_file = tmp_path / "many.csv"
    csv_file.write_text("source,text,created_at\n" + rows + "\n", encoding="utf-8")
    filler = fill(small_disk)
    assert main(["--db", str(db), "import", str(csv_file)]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "damaged" not in err and "internal error" not in err
    filler.unlink()
    assert snapshot(db) == before


FULL = "the disk is full: the export .* was not written, and the partial file was removed"


@pytest.fixture
def left_open(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """What a failed writer left open fails again when collected, printing a traceback to
    stderr after the user's one-line message: those failures end up here."""
    found: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", found.append)
    return found


@pytest.mark.parametrize("ext", ["csv", "json", "xlsx"])
def test_real_full_disk_during_export(
    small_disk: Path, tmp_path: Path, ext: str, left_open: list[Any]
) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, big_items("e", 300))
        before = snapshot(db)
        out = small_disk / f"log.{ext}"
        fill(small_disk)
        with pytest.raises(StorageError, match=FULL) as caught:
            export_mod.export(store, out, InboxFilter(), events=True)
    message = caught.value.message
    del caught  # its traceback keeps the writer's objects alive
    gc.collect()
    assert not left_open, [str(u.object) for u in left_open]
    assert "No space left" not in message  # the OS's words, not ours
    assert not out.exists()
    assert not list(small_disk.glob(".*partial*"))  # no half report left behind
    assert snapshot(db) == before


@pytest.mark.parametrize("ext", ["xlsx", "pdf"])
def test_full_disk_export_from_the_command_line(
    qapp: Any,
    small_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    left_open: list[Any],
    ext: str,
) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, big_items("e", 300))
    fill(small_disk)
    assert main(["--db", str(db), "export", "-o", str(small_disk / f"log.{ext}")]) == 1
    gc.collect()
    assert not left_open, [str(u.object) for u in left_open]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("repman: the disk is full: the export")
    assert "free some space" in err and "No space left" not in err
    assert not list(small_disk.glob("*log*"))


@pytest.mark.parametrize("room", [0, 16_000])
def test_real_full_disk_during_the_pdf_report(
    qapp: Any, small_disk: Path, tmp_path: Path, room: int, left_open: list[Any]
) -> None:
    """Qt's PDF writer said nothing when the disk was full and left an empty report under
    the real name; `room` leaves space for part of it, so a partial file is written first."""
    from repman.ui.report_pdf import pdf_writer  # Qt only here: the rest runs without it

    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        bad = [make_item(f"c{n}", "Cold food, rude staff. " * 40, rating=1) for n in range(60)]
        store.upsert_items(source.id, bad, by_rating)
        before = snapshot(db)
        out = small_disk / "report.pdf"
        spare = small_disk / "spare"
        spare.write_bytes(b"\0" * room)
        fill(small_disk)
        spare.unlink()
        with pytest.raises(StorageError, match=FULL) as caught:
            export_mod.export(store, out, InboxFilter(), pdf_writer=pdf_writer)
        export_mod.export(store, tmp_path / "report.pdf", InboxFilter(), pdf_writer=pdf_writer)
    assert (tmp_path / "report.pdf").stat().st_size > room + 8192  # more than the room left
    message = caught.value.message
    del caught
    gc.collect()
    assert not left_open, [str(u.object) for u in left_open]
    assert "No space left" not in message
    assert not out.exists()
    assert not list(small_disk.glob(".*partial*"))
    assert snapshot(db) == before


@pytest.fixture
def full_temp_folder(small_disk: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR on the small disk, chosen while it had room (as in an app running for hours),
    then filled. openpyxl streams each sheet of a workbook to a scratch file there."""
    monkeypatch.setenv("TMPDIR", str(small_disk))
    monkeypatch.setattr(tempfile, "tempdir", None)  # chosen again, from TMPDIR
    assert tempfile.gettempdir() == str(small_disk)
    filler = fill(small_disk)
    yield small_disk
    filler.unlink()


def test_full_temp_folder_during_the_xlsx_export(
    full_temp_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    left_open: list[Any],
) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, big_items("e", 300))
        out = tmp_path / "log.xlsx"  # on a disk with room
        with pytest.raises(StorageError) as caught:
            export_mod.export(store, out, InboxFilter(), events=True)
    message = caught.value.message
    del caught
    assert message.startswith(
        f"the temporary folder {full_temp_folder} is full: the export {out} was not written"
    )
    assert "set TMPDIR" in message and "No space left" not in message
    assert main(["--db", str(db), "export", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("repman: the temporary folder")
    gc.collect()
    assert not left_open, [str(u.object) for u in left_open]
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))
    assert not list(full_temp_folder.glob("openpyxl*"))  # no scratch files left in it


def test_an_unwritable_temp_folder_is_named() -> None:
    exc = TempFolderError(PermissionError(errno.EACCES, "Permission denied"), "/tmp/x")
    message = file_not_written("/home/me/log.xlsx", exc, "the export").message
    assert message == (
        "cannot write the export /home/me/log.xlsx: the temporary folder /tmp/x cannot be "
        "written (Permission denied); set TMPDIR (TEMP on Windows) to a folder Repman may "
        "write in, then try again"
    )


class FullAt:
    """A connection that says the disk is full at the first statement matching `when`."""

    def __init__(self, conn: sqlite3.Connection, when: str) -> None:
        self._conn = conn
        self._when = when
        self.fired = False

    def _check(self, sql: str) -> None:
        if not self.fired and sql.lstrip().upper().startswith(self._when):
            self.fired = True
            raise sqlite3.OperationalError("database or disk is full")

    def execute(self, sql: str, *args: Any) -> Any:
        self._check(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self._check(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize(
    "when", ["INSERT INTO ITEMS_FTS", "INSERT INTO ITEMS", "COMMIT", "BEGIN", "UPDATE"]
)
def test_injected_full_disk_during_upsert(tmp_path: Path, when: str) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"ok{n}", f"kept {n}") for n in range(30)])
    before = snapshot(db)
    with Store.open(db) as store:
        wrapper = FullAt(store.db.conn, when)
        store.db.conn = wrapper  # type: ignore[assignment]
        edited = [make_item("ok1", "edited text")] + [make_item(f"new{n}") for n in range(50)]
        with pytest.raises(StorageError, match="the disk is full") as caught:
            store.upsert_items(source.id, edited)
        assert wrapper.fired
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)  # for the log
        assert not store.db.conn.in_transaction  # rolled back, the connection usable
        store.db.conn = wrapper._conn
        assert store.upsert_items(source.id, [make_item("after")]).inserted == 1
    check, count, _ = snapshot(db)
    assert (check, count) == ("ok", before[1] + 1)


def test_other_sqlite_errors_are_not_disguised(tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "inbox.db") as store,
        pytest.raises(sqlite3.OperationalError, match="no such table"),
        store.transaction(),
    ):
        store.db.conn.execute("INSERT INTO missing_table VALUES (1)")


def test_injected_io_error_is_named(tmp_path: Path) -> None:
    with Store.open(tmp_path / "inbox.db") as store:
        source = store.add_source("import", "Files")
        real = store.db.conn

        class IOFail(FullAt):
            def _check(self, sql: str) -> None:
                if sql.lstrip().upper().startswith("INSERT INTO ITEMS"):
                    raise sqlite3.OperationalError("disk I/O error")

        store.db.conn = IOFail(real, "")  # type: ignore[assignment]
        with pytest.raises(StorageError, match="disk I/O error"):
            store.upsert_items(source.id, [make_item("x")])
        store.db.conn = real


def test_injected_full_disk_during_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"e{n}") for n in range(10)])
        before = snapshot(db)
        real_write = export_mod._write_csv

        def half_then_full(path: Path, *args: Any) -> int:
            real_write(path, *args)
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(export_mod, "_write_csv", half_then_full)
        out = tmp_path / "log.csv"
        with pytest.raises(StorageError, match=FULL):
            export_mod.export(store, out, InboxFilter())
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    assert snapshot(db) == before


def test_full_disk_while_writing_the_events_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "inbox.db") as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"e{n}") for n in range(10)])
        real_write = export_mod._write_csv

        def full_on_events(path: Path, columns: tuple[str, ...], *args: Any) -> int:
            count = real_write(path, columns, *args)
            if columns == export_mod.EVENT_COLUMNS:
                raise OSError(errno.ENOSPC, "No space left on device")
            return count

        monkeypatch.setattr(export_mod, "_write_csv", full_on_events)
        out = tmp_path / "log.csv"
        with pytest.raises(
            StorageError, match=r"the disk is full: the export .*log\.events\.csv was not"
        ):
            export_mod.export(store, out, InboxFilter(), events=True)
    assert out.exists()  # the log itself was complete before the events file began
    assert not (tmp_path / "log.events.csv").exists()
    assert not list(tmp_path.glob(".*partial"))


def test_real_full_disk_for_the_copy_before_an_upgrade(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "inbox.db"
    with Store.open(db) as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, big_items("u", 80))  # about 600 KB
    before = snapshot(db)
    room = small_disk / "room"
    room.write_bytes(b"\0" * 160_000)
    fill(small_disk)
    room.unlink()  # room to open the inbox (its -wal and -shm), not to copy it
    upgraded = Migrations(MIGRATION_SET)
    upgraded._migrations.extend(migrations._migrations)
    upgraded(name="0099_test_step")(lambda db: db.execute("ALTER TABLE items ADD x TEXT"))
    with pytest.raises(UpgradeFailed) as caught:
        open_database(db, steps=upgraded)
    message = caught.value.message
    assert message.startswith(f"could not upgrade {db} to this version of Repman: the copy")
    assert "The inbox is unchanged" in message and "Free some space on that disk" in message
    assert "damaged" not in message
    assert not list(small_disk.glob("*.bak")) and not list(small_disk.glob(".*partial*"))
    assert snapshot(db) == before
