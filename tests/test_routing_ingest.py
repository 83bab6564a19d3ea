"""Routing rules applied as items arrive: a product complaint reaches two people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repman.cli import main


def test_rules_route_new_items_and_log_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "inbox.db"
    assert (
        main(
            [
                "--db",
                str(db),
                "rule",
                "add",
                "Food to kitchen",
                "--category",
                "quality",
                "--criticism",
                "--assign",
                "Bilal,Omar",
                "--department",
                "kitchen",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--db",
                str(db),
                "rule",
                "add",
                "Delivery",
                "--keyword",
                "delivery,courier",
                "--assign",
                "Eleni",
                "--tag",
                "logistics",
            ]
        )
        == 0
    )
    reviews = tmp_path / "r.jsonl"
    rows = [
        {
            "source": "Dir",
            "text": "The falafel was stale and the hummus tasted sour",
            "rating": 1,
            "created_at": "2026-05-01T10:00:00Z",
            "language": "en",
        },
        {
            "source": "Dir",
            "text": "Lovely evening, thank you",
            "rating": 5,
            "created_at": "2026-05-01T11:00:00Z",
            "language": "en",
        },
        {
            "source": "Dir",
            "text": "The courier was an hour late",
            "rating": 2,
            "created_at": "2026-05-01T12:00:00Z",
            "language": "en",
        },
    ]
    reviews.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--db", str(db), "import", str(reviews)]) == 0
    capsys.readouterr()
    main(["--db", str(db), "inbox", "--json"])
    by_text = {r["text"][:12]: r for r in json.loads(capsys.readouterr().out)}
    assert by_text["The falafel "]["assignee"] == "Bilal"
    assert by_text["Lovely eveni"]["assignee"] is None
    assert by_text["The courier "]["assignee"] == "Eleni"
    main(["--db", str(db), "show", str(by_text["The falafel "]["id"]), "--json"])
    events = json.loads(capsys.readouterr().out)["events"]
    assert events[0]["actor"] == "routing"
    assert "Food to kitchen" in events[0]["detail"] and "cc:Omar" in events[0]["detail"]
    assert "dept:kitchen" in events[0]["detail"]


def test_a_rule_needs_an_action(tmp_path: Path) -> None:
    assert (
        main(["--db", str(tmp_path / "i.db"), "rule", "add", "Empty", "--category", "quality"]) == 2
    )
