"""source test, reply --post and the registry of kinds, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from repman.cli import main
from repman.sources.registry import connector_class, kinds
from repman.store import Store
from tests.memkeyring import MemoryKeyring
from tests.sources.test_mastodon import status


@pytest.mark.parametrize("kind", kinds())
def test_every_kind_loads_and_describes_itself(kind: str) -> None:
    cls = connector_class(kind)
    info = cls.info()
    assert info.kind == kind and info.label
    assert all(f.label and f.help for f in (*info.settings, *info.secrets)), "form help text"
    assert cls.default_base_url.startswith("https://") or kind == "rss"


def test_thirteen_kinds_as_designed() -> None:
    assert sorted(kinds()) == sorted(
        [
            "google",
            "yelp",
            "facebook",
            "trustpilot",
            "tripadvisor",
            "appstore",
            "googleplay",
            "reddit",
            "mastodon",
            "bluesky",
            "hackernews",
            "rss",
            "x",
        ]
    )


@pytest.fixture
def masto(
    httpserver: HTTPServer,
    tmp_path: Path,
    mem_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    db = tmp_path / "inbox.db"
    monkeypatch.setenv("TOKEN", "user-token-XYZ")
    base = httpserver.url_for("/").rstrip("/")
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
                f"instance={base}",
                "--set",
                "tag=cedar",
                "--secret-env",
                "token=TOKEN",
            ]
        )
        == 0
    )
    path = "/api/v1/timelines/tag/cedar"
    httpserver.expect_request(path, query_string={"limit": "40"}).respond_with_json([status(1)])
    httpserver.expect_request(path).respond_with_json([])
    assert main(["--db", str(db), "sync"]) == 0
    return db


def test_source_test_reports_in_plain_words(
    masto: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(masto), "source", "test", "Masto"]) == 0
    assert "Masto: connected" in capsys.readouterr().out
    httpserver.clear()
    httpserver.expect_request("/api/v1/timelines/tag/cedar").respond_with_data("", status=401)
    assert main(["--db", str(masto), "source", "test", "Masto"]) == 1
    err = capsys.readouterr().err
    assert "rejected the login" in err and "user-token-XYZ" not in err


def test_reply_post_records_only_what_the_site_took(
    masto: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # The site refuses the post (a validation error): nothing may be recorded.
    httpserver.expect_oneshot_request("/api/v1/statuses", method="POST").respond_with_json(
        {"error": "Validation failed: Text character limit of 500 exceeded"}, status=422
    )
    assert main(["--db", str(masto), "reply", "1", "--text", "Thank you!", "--post"]) == 1
    capsys.readouterr()
    main(["--db", str(masto), "show", "1", "--json"])
    assert json.loads(capsys.readouterr().out)["replies"] == []

    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_json(
        {"id": "555", "created_at": "2026-01-02T03:04:05.000Z"}
    )
    assert main(["--db", str(masto), "reply", "1", "--text", "Thank you!", "--post"]) == 0
    capsys.readouterr()
    main(["--db", str(masto), "show", "1", "--json"])
    item = json.loads(capsys.readouterr().out)
    assert (item["status"], item["first_response_at"]) == ("answered", "2026-01-02T03:04:05Z")
    assert [(r["state"], r["external_reply_id"]) for r in item["replies"]] == [("posted", "555")]


def test_reply_post_to_a_read_only_site_says_copy_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    main(["--db", str(db), "source", "add", "hackernews", "HN", "--set", "query=cedar"])
    with Store.open(db) as store:
        from tests.helpers import make_item

        store.upsert_items(store.source("HN").id, [make_item("1", "mention")])
    capsys.readouterr()
    assert main(["--db", str(db), "reply", "1", "--text", "hi", "--post"]) == 1
    assert "copy the reply to the site by hand" in capsys.readouterr().err


def test_source_list_shortens_a_private_feed_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    url = "https://www.google.com/alerts/feeds/06512345678901234567/1234567890123456789"
    main(["--db", str(db), "source", "add", "rss", "Alerts", "--set", f"url={url}"])
    capsys.readouterr()
    main(["--db", str(db), "source", "list", "--json"])
    out = capsys.readouterr().out
    assert "06512345678901234567" not in out
    assert json.loads(out)[0]["settings"]["url"] == "https://www.google.com/…"
