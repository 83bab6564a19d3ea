"""The command-line contract of DESIGN.md §6: outside scripts depend on it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from repman.cli import main

REVIEWS = """source,author,rating,text,created_at,reply_text,reply_at,url
Yellow Pages,John Smith,1,"Waited an hour, cold food",2026-11-01T10:00:00Z,,,https://yp.example/1
Yellow Pages,فاطمة,5,المطعم رائع,2026-11-02T10:00:00Z,شكرا لك,2026-11-02T12:00:00Z,
Yellow Pages,Bad Row,7,rating seven,2026-11-02T10:00:00Z,,,
Local Forum,=cmd|' /C calc'!A0,2,"=HYPERLINK(""http://evil.example"",""x"")",2026-11-03,,,
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "inbox.db"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def imported(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "reviews.csv"
    path.write_text(REVIEWS, encoding="utf-8")
    assert run(db, "import", str(path)) == 1  # one bad row
    capsys.readouterr()
    return db


def test_import_reports_bad_rows_by_line_and_keeps_the_rest(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text(REVIEWS, encoding="utf-8")
    assert run(db, "import", str(path)) == 1
    out = capsys.readouterr()
    assert "line 4: rating must be a number from 1 to 5, got '7'" in out.err
    assert "3 new" in out.out
    assert run(db, "import", str(path), "--json") == 1
    summary = json.loads(capsys.readouterr().out)
    assert (summary["new"], summary["unchanged"], summary["errors"]) == (0, 3, 1)


def test_inbox_json_is_pure_json_with_contract_fields(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "inbox", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {
        "id",
        "source",
        "source_kind",
        "external_id",
        "kind",
        "author",
        "rating",
        "title",
        "text",
        "language",
        "url",
        "created_at",
        "updated_at",
        "status",
        "assignee",
        "category",
        "sentiment",
        "is_criticism",
        "priority",
        "first_response_at",
    } <= set(rows[0])
    assert rows[0]["rating"] == 1  # open criticism first
    assert [r["status"] for r in rows].count("answered") == 1


def test_inbox_filters(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(imported, "inbox", "--criticism", "--json")
    assert {r["author"] for r in json.loads(capsys.readouterr().out)} == {
        "John Smith",
        "=cmd|' /C calc'!A0",
    }
    run(imported, "inbox", "--search", "مطعم", "--json")
    assert [r["author"] for r in json.loads(capsys.readouterr().out)] == ["فاطمة"]
    run(imported, "inbox", "--status", "answered", "--source", "Yellow Pages", "--json")
    assert len(json.loads(capsys.readouterr().out)) == 1
    run(imported, "inbox", "--limit", "1", "--json")
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_reply_by_hand_answers_and_is_logged(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "reply", "1", "--text", "We are sorry, John.", "--by", "Maya") == 0
    assert "item 1 is answered" in capsys.readouterr().out
    run(imported, "show", "1", "--json")
    item = json.loads(capsys.readouterr().out)
    assert item["status"] == "answered"
    assert item["first_response_at"] is not None
    assert [(r["body"], r["state"], r["by"]) for r in item["replies"]] == [
        ("We are sorry, John.", "sent", "Maya")
    ]
    assert [e["action"] for e in item["events"]] == ["reply", "status"]
    assert item["followups"] == []


def test_reply_post_without_a_connection_fails_and_records_nothing(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "reply", "1", "--text", "Sorry", "--post") == 1
    assert "copy the reply to the site by hand" in capsys.readouterr().err
    run(imported, "show", "1", "--json")
    assert json.loads(capsys.readouterr().out)["replies"] == []


def test_status_and_assign(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(imported, "status", "1", "ignored", "--reason", "spam", "--by", "Omar") == 0
    assert run(imported, "assign", "1", "Eleni") == 0
    capsys.readouterr()
    run(imported, "show", "1", "--json")
    item = json.loads(capsys.readouterr().out)
    assert (item["status"], item["assignee"]) == ("ignored", "Eleni")
    assert item["events"][0]["detail"] == "spam"
    assert item["events"][1]["actor"] == "tester"  # $REPMAN_USER when --by is not given


def test_impossible_status_change_is_one_line_exit_1(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "status", "1", "closed") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot change status from new to closed" in err


@pytest.mark.parametrize(
    "args",
    [
        ["status", "1", "bogus"],
        ["frobnicate"],
        ["show", "abc"],
        ["reply", "1"],
        ["inbox", "--limit", "0"],
        ["export", "--output", "x.csv", "--since", "yesterday"],
    ],
)
def test_bad_usage_exits_2(imported: Path, args: list[str]) -> None:
    try:
        code = run(imported, *args)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    assert code == 2


def test_unknown_item_exits_1(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(imported, "show", "999") == 1
    assert capsys.readouterr().err == "repman: no item with id 999\n"


def test_csv_export_opens_safely_in_a_spreadsheet(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    assert run(imported, "export", "--output", str(out)) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 3
    hostile = next(r for r in rows if r["source"] == "Local Forum")
    assert hostile["author"].startswith("'=")
    assert hostile["text"].startswith("'=HYPERLINK")
    answered = next(r for r in rows if r["status"] == "answered")
    assert (answered["first_reply_text"], answered["first_response_hours"]) == ("شكرا لك", "2.0")


def test_json_export_and_period_filter(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.json"
    assert (
        run(
            imported,
            "export",
            "-o",
            str(out),
            "--since",
            "2026-11-02T00:00:00Z",
            "--until",
            "2026-11-02T23:00:00Z",
        )
        == 0
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [i["author"] for i in data["items"]] == ["فاطمة"]


def test_export_refuses_unknown_format_and_unknown_source(
    imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "export", "-o", str(tmp_path / "log.txt")) == 1
    assert run(imported, "export", "-o", str(tmp_path / "a.csv"), "--source", "Nope") == 1
    assert "no source named 'Nope'" in capsys.readouterr().err
    assert not (tmp_path / "a.csv").exists()


def test_stats_json_has_the_contract_keys(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(imported, "stats", "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["items"], stats["criticism"], stats["answered"]) == (3, 2, 1)
    assert stats["response_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert stats["criticism_response_rate"] == 0
    assert stats["median_first_response_hours"] == 2.0
    assert stats["by_source"]["Yellow Pages"] == {
        "items": 2,
        "answered": 1,
        "response_rate": 0.5,
        "median_first_response_hours": 2.0,
    }
    assert {"overdue", "open_followups"} <= set(stats)


def test_source_list_and_remove(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(imported, "source", "list", "--json")
    assert {s["name"]: s["items"] for s in json.loads(capsys.readouterr().out)} == {
        "Local Forum": 1,
        "Yellow Pages": 2,
    }
    assert run(imported, "source", "remove", "Local Forum") == 1  # no terminal to confirm
    assert run(imported, "source", "remove", "Local Forum", "--yes") == 0
    capsys.readouterr()
    run(imported, "inbox", "--json")
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_a_broken_database_is_a_one_line_error_in_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    proc = subprocess.run(
        [sys.executable, "-m", "repman", "--db", str(bad), "inbox"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip().count("\n") == 0
    assert "not a Repman database" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_database_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REPMAN_DB", str(tmp_path / "env.db"))
    assert main(["source", "list"]) == 0
    assert (tmp_path / "env.db").exists()
