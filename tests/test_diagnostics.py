"""Export diagnostics (issue 8): a .zip with the log files and version information that never
carries a secret, a review's text, an author or a source's name."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from repman import __version__
from repman.cli import main
from repman.diagnostics import write_bundle
from repman.domain import StorageError
from repman.logs import log_path
from repman.store import Store
from repman.store.schema import SCHEMA_VERSION
from tests.helpers import make_item
from tests.memkeyring import MemoryKeyring
from tests.test_disk_full import fill, small_disk  # noqa: F401 (a fixture)

SECRETS = [f"S3CRET-{n}-Zq9" for n in range(6)]
# What a careless log line may hold: the shapes of tests/test_secrets_never_leak.py's echoes.
LEAKY_LINES = [
    f"GET https://api.yelp.example/v3/businesses?api_key={SECRETS[0]}&limit=50 failed",
    f"headers={{'Authorization': 'Bearer {SECRETS[1]}', 'Accept': 'application/json'}}",
    f"body grant_type=refresh_token&refresh_token={SECRETS[2]}&client_secret={SECRETS[3]}",
    f"feed https://user:{SECRETS[4]}@alerts.example/feed unreachable",
    f"token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.{SECRETS[5]}",
]
PRIVATE = ["Bakery on Main", "Jana Nováková", "the croissants were stale", "https://g.example/r/1"]


@pytest.fixture
def inbox(tmp_path: Path, mem_keyring: MemoryKeyring) -> Path:
    db = tmp_path / "inbox.db"
    with Store.open(db) as store:
        google = store.add_source("google", PRIVATE[0], {"account": "1", "location": "2"})
        store.add_source("mastodon", "Fediverse", {"instance": "https://m.example", "tag": "t"})
        item = make_item("r1", PRIVATE[2], author_name=PRIVATE[1], url=PRIVATE[3])
        store.upsert_items(google.id, [item, make_item("r2", "fine")])
    for n, value in enumerate(SECRETS):
        mem_keyring.set_password("repman", f"{PRIVATE[0]}/key{n}", value)
    return db


@pytest.fixture
def logs() -> list[Path]:
    """The log and one rotated copy, as the app leaves them, with secrets in them."""
    current = log_path()
    assert current.is_relative_to(Path.home())  # the test's home, never a real log
    current.parent.mkdir(parents=True, exist_ok=True)
    current.write_text("\n".join(["INFO repman.sync: started", *LEAKY_LINES]) + "\n")
    older = current.with_name(f"{current.name}.1")
    older.write_text("ERROR repman.sync: sync of x failed\nTraceback: boom\n", encoding="utf-8")
    return [current, older]


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_bundle_holds_the_logs_and_version_information(
    tmp_path: Path, inbox: Path, logs: list[Path]
) -> None:
    bundle = write_bundle(tmp_path / "d.zip", database=inbox, extra={"qt": "6.9.1"})
    found = members(bundle)
    assert set(found) == {"version.json", "logs/repman.log", "logs/repman.log.1"}
    assert b"Traceback: boom" in found["logs/repman.log.1"]
    assert b"GET https://api.yelp.example/v3/businesses?api_key=***" in found["logs/repman.log"]
    info = json.loads(found["version.json"])
    assert info["repman"] == __version__ and info["qt"] == "6.9.1"
    assert info["schema_version"] == SCHEMA_VERSION and info["sqlite"].count(".") == 2
    assert info["keyring_backend"] == "tests.memkeyring.MemoryKeyring"
    db = info["database"]
    assert db["items_by_kind"] == {"google": 2}
    assert db["sources_by_kind"] == {"google": 1, "mastodon": 1}
    assert len(db["migrations"]) == db["user_version"] == SCHEMA_VERSION


def test_bundle_holds_no_secret_and_no_review_content(
    tmp_path: Path, inbox: Path, logs: list[Path]
) -> None:
    raw = logs[0].read_bytes()
    assert all(value.encode() in raw for value in SECRETS)  # there was something to remove
    found = members(write_bundle(tmp_path / "d.zip", database=inbox))
    for name, blob in found.items():
        for value in SECRETS + PRIVATE:
            assert value.encode() not in blob, f"{value} found in {name}"
            assert value.encode("utf-16-le") not in blob, f"{value} (UTF-16) found in {name}"


def test_an_inbox_that_cannot_be_read_is_described_not_fatal(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    info = json.loads(members(write_bundle(tmp_path / "a.zip", database=missing))["version.json"])
    assert info["database"]["exists"] is False and not missing.exists()  # never created
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database")
    info = json.loads(members(write_bundle(tmp_path / "b.zip", database=bogus))["version.json"])
    assert "not a database" in info["database"]["error"]
    assert "database" not in json.loads(
        members(write_bundle(tmp_path / "c.zip", database=None))["version.json"]
    )


def test_a_full_disk_gives_a_clear_message_and_no_partial_file(
    small_disk: Path,  # noqa: F811
    inbox: Path,
    logs: list[Path],
) -> None:
    fill(small_disk)
    with pytest.raises(StorageError, match="the disk is full: the diagnostics bundle") as caught:
        write_bundle(small_disk / "d.zip", database=inbox)
    assert "partial file was removed" in caught.value.message
    assert [p.name for p in small_disk.iterdir()] == ["filler"]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_cli_writes_the_bundle_and_prints_its_path(
    tmp_path: Path, inbox: Path, logs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.zip"
    assert run("--db", str(inbox), "diagnostics", str(target)) == (0, f"{target}\n", "")
    assert "version.json" in members(target)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("--db", str(inbox), "diagnostics")
    made = Path(out.strip())
    assert (code, err, made.parent) == (0, "", tmp_path)
    assert made.name.startswith("repman-diagnostics-") and made.suffix == ".zip"
    assert set(members(made)) == set(members(target))


def test_cli_failure_is_one_line_and_exit_1(tmp_path: Path, inbox: Path) -> None:
    code, out, err = run("--db", str(inbox), "diagnostics", str(tmp_path / "no" / "d.zip"))
    assert (code, out) == (1, "")
    assert err.startswith("repman: cannot write the diagnostics bundle") and err.count("\n") == 1
