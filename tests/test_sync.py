"""Sync of several sources at once: failures stay with their source, pages land as they come."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from repman.cli import main
from repman.sources.http import RetryPolicy
from repman.store import InboxFilter, Store
from repman.sync import SourceProgress, SyncOptions, sync
from tests.memkeyring import MemoryKeyring
from tests.sources.test_mastodon import status

FAST = SyncOptions(policy=RetryPolicy(attempts=2, base_delay=0.01, max_wait=2), min_interval=0)


def add_mastodon(store: Store, server: HTTPServer, name: str, tag: str) -> None:
    store.add_source("mastodon", name, {"instance": server.url_for("/").rstrip("/"), "tag": tag})


def serve_tag(server: HTTPServer, tag: str, statuses: list[dict[str, Any]]) -> None:
    path = f"/api/v1/timelines/tag/{tag}"
    server.expect_request(path, query_string={"limit": "40"}).respond_with_json(statuses)
    if statuses:
        server.expect_request(
            path, query_string={"limit": "40", "max_id": statuses[-1]["id"]}
        ).respond_with_json([])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "inbox.db"


def test_failing_sources_never_stop_the_others(httpserver: HTTPServer, db: Path) -> None:
    serve_tag(httpserver, "good", [status(n) for n in range(30, 0, -1)])
    serve_tag(httpserver, "also", [status(n) for n in range(60, 40, -1)])
    httpserver.expect_request("/api/v1/timelines/tag/broken").respond_with_data("{trunc")
    httpserver.expect_request("/api/v1/timelines/tag/expired").respond_with_data("", status=401)
    httpserver.expect_request("/api/v1/timelines/tag/down").respond_with_data("", status=503)
    with Store.open(db) as store:
        for tag in ("good", "also", "broken", "expired", "down"):
            add_mastodon(store, httpserver, tag.title(), tag)
    seen: list[SourceProgress] = []
    report = sync(db, progress=lambda p: seen.append(SourceProgress(**vars(p))), options=FAST)
    errors = {p.source: p.error for p in report.sources}
    assert errors["Good"] is None and errors["Also"] is None
    assert "not valid JSON" in str(errors["Broken"])
    assert "rejected the login" in str(errors["Expired"])
    assert "HTTP 503" in str(errors["Down"])
    with Store.open(db) as store:
        assert store.count(InboxFilter()) == 50
        recorded = {s.name: s.last_error for s in store.sources()}
        assert recorded["Good"] is None and "HTTP 503" in str(recorded["Down"])
    assert {p.source for p in seen if p.done} == set(errors)


def test_resync_of_unchanged_data_writes_nothing(httpserver: HTTPServer, db: Path) -> None:
    serve_tag(httpserver, "t", [status(n) for n in range(5, 0, -1)])
    with Store.open(db) as store:
        add_mastodon(store, httpserver, "M", "t")
    sync(db, options=FAST)
    with Store.open(db) as store:
        before = store.db.conn.execute("SELECT count(*), max(fetched_at) FROM items").fetchone()
    second = sync(db, options=SyncOptions(full=True, policy=FAST.policy, min_interval=0))
    assert (second.sources[0].new, second.sources[0].updated) == (0, 0)
    with Store.open(db) as store:
        assert (
            store.db.conn.execute("SELECT count(*), max(fetched_at) FROM items").fetchone()
            == before
        )


def test_an_edit_between_syncs_updates_text_but_not_the_workflow(
    httpserver: HTTPServer, db: Path
) -> None:
    original = status(1, content="<p>cold food</p>")
    serve_tag(httpserver, "t", [original])
    with Store.open(db) as store:
        add_mastodon(store, httpserver, "M", "t")
    sync(db, options=FAST)
    with Store.open(db) as store:
        store.assign(1, "Omar", "Maya")
    httpserver.clear()
    serve_tag(
        httpserver,
        "t",
        [
            {
                **original,
                "content": "<p>cold food, fixed now</p>",
                "edited_at": "2025-04-23T10:00:00Z",
            }
        ],
    )
    sync(db, options=SyncOptions(full=True, policy=FAST.policy, min_interval=0))
    with Store.open(db) as store:
        item = store.item(1)
    assert (item["text"], item["updated_at"], item["assignee"]) == (
        "cold food, fixed now",
        "2025-04-23T10:00:00Z",
        "Omar",
    )


def test_cli_sync_exits_1_naming_the_failed_source(
    httpserver: HTTPServer, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_tag(httpserver, "good", [status(1)])
    httpserver.expect_request("/api/v1/timelines/tag/bad").respond_with_data("", status=404)
    base = httpserver.url_for("/").rstrip("/")
    for name, tag in (("Good", "good"), ("Bad", "bad")):
        assert (
            main(
                [
                    "--db",
                    str(db),
                    "source",
                    "add",
                    "mastodon",
                    name,
                    "--set",
                    f"instance={base}",
                    "--set",
                    f"tag={tag}",
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert main(["--db", str(db), "sync", "--json"]) == 1
    out = capsys.readouterr()
    results = {r["source"]: r for r in json.loads(out.out)}
    assert results["Good"]["new"] == 1 and results["Bad"]["error"]
    assert "1 of 2 sources failed: Bad" in out.err


def test_source_add_keeps_secrets_only_in_the_keyring(
    db: Path,
    mem_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MASTO_TOKEN", "tok-SECRET-42")
    assert (
        main(
            [
                "--db",
                str(db),
                "source",
                "add",
                "mastodon",
                "Masto",
                "--set",
                "instance=https://social.example",
                "--set",
                "tag=x",
                "--secret-env",
                "token=MASTO_TOKEN",
            ]
        )
        == 0
    )
    assert mem_keyring.store[("repman", "Masto/token")] == "tok-SECRET-42"
    main(["--db", str(db), "source", "list", "--json"])
    assert "tok-SECRET-42" not in capsys.readouterr().out
    with Store.open(db) as store:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"tok-SECRET-42" not in db.read_bytes()


def test_source_add_refuses_without_a_keyring_and_adds_nothing(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("MASTO_TOKEN", "t")
    code = main(
        [
            "--db",
            str(db),
            "source",
            "add",
            "mastodon",
            "Masto",
            "--set",
            "instance=https://social.example",
            "--set",
            "tag=x",
            "--secret-env",
            "token=MASTO_TOKEN",
        ]
    )
    assert code == 1
    assert "Secure password storage is not available" in capsys.readouterr().err
    main(["--db", str(db), "source", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_source_add_rejects_unknown_settings(db: Path) -> None:
    assert main(["--db", str(db), "source", "add", "mastodon", "M", "--set", "colour=red"]) == 2


def test_a_source_with_only_optional_secrets_syncs_without_a_keyring(
    httpserver: HTTPServer, db: Path
) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    serve_tag(httpserver, "t", [status(1)])
    with Store.open(db) as store:
        add_mastodon(store, httpserver, "M", "t")
    report = sync(db, options=FAST)
    assert report.failed == []
    assert report.sources[0].new == 1
