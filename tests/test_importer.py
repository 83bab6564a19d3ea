"""File import: every format, every kind of bad row, nothing good lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repman.domain import RepmanError
from repman.importer import import_file
from repman.store import InboxFilter, Store

GOOD = {
    "source": "Directory",
    "author": "Ana",
    "rating": 4,
    "text": "Nice",
    "created_at": "2026-05-01T09:00:00+02:00",
}


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_json_array(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.json", json.dumps([GOOD, {**GOOD, "text": "Other"}]))
    report = import_file(store, path)
    assert (report.result.inserted, report.errors) == (2, [])
    item = store.item(1)
    assert item["created_at"] == "2026-05-01T07:00:00Z"  # stored in UTC
    assert item["source_kind"] == "import"


def test_json_lines_with_a_broken_line(store: Store, tmp_path: Path) -> None:
    lines = [json.dumps(GOOD), "{not json", "", json.dumps({**GOOD, "text": "Later"}), "[1, 2]"]
    report = import_file(store, _write(tmp_path, "a.jsonl", "\n".join(lines)))
    assert report.result.inserted == 2
    assert [(e.line, e.message.split(" (")[0]) for e in report.errors] == [
        (2, "not valid JSON"),
        (5, "expected an object with named fields, got list"),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({**GOOD, "rating": "five"}, "rating must be a number from 1 to 5"),
        ({**GOOD, "rating": 0}, "rating must be a number from 1 to 5"),
        ({**GOOD, "created_at": "last tuesday"}, "created_at is not a date/time"),
        ({k: v for k, v in GOOD.items() if k != "created_at"}, "created_at is missing"),
        ({k: v for k, v in GOOD.items() if k != "source"}, "no source"),
        ({**GOOD, "text": "", "rating": None}, "no text, title or rating"),
        ({**GOOD, "kind": "tweet"}, "kind must be review, comment or mention"),
        ({**GOOD, "reply_text": "Thanks"}, "reply_at is missing"),
        (
            {**GOOD, "reply_text": "Thanks", "reply_at": "2020-01-01"},
            "reply_at is before created_at",
        ),
        ({**GOOD, "text": {"nested": 1}}, "text must be text"),
        ({**GOOD, "language": "<script>"}, "language must be a code"),
    ],
)
def test_each_bad_row_is_named_and_skipped(
    store: Store, tmp_path: Path, row: dict[str, object], message: str
) -> None:
    path = _write(tmp_path, "a.jsonl", json.dumps(GOOD) + "\n" + json.dumps(row) + "\n")
    report = import_file(store, path)
    assert report.result.inserted == 1
    assert len(report.errors) == 1
    assert report.errors[0].line == 2
    assert message in report.errors[0].message


def test_csv_with_ragged_rows_multiline_text_and_no_external_id(
    store: Store, tmp_path: Path
) -> None:
    content = (
        "source,author,rating,text,created_at\n"
        'Directory,Ana,5,"Line one\nline two",2026-05-01\n'
        "Directory,Ben,3,ok,2026-05-02,EXTRA\n"
        "Directory,Cy,2,slow,2026-05-03\n"
    )
    path = _write(tmp_path, "a.csv", content)
    report = import_file(store, path)
    assert [(e.line, e.message) for e in report.errors] == [
        (4, "the row has more cells than the header")
    ]
    assert report.result.inserted == 2
    again = import_file(store, path)
    assert (again.result.inserted, again.result.unchanged) == (0, 2)  # stable hashed ids


def test_default_source_applies_to_rows_without_one(store: Store, tmp_path: Path) -> None:
    row = {k: v for k, v in GOOD.items() if k != "source"}
    import_file(store, _write(tmp_path, "a.jsonl", json.dumps(row)), default_source="Yellow Pages")
    assert store.item(1)["source"] == "Yellow Pages"


def test_imported_reply_answers_the_item_at_its_time(store: Store, tmp_path: Path) -> None:
    row = {**GOOD, "reply_text": "Thank you Ana", "reply_at": "2026-05-01T10:00:00Z"}
    import_file(store, _write(tmp_path, "a.json", json.dumps([row])))
    item = store.item(1)
    assert (item["status"], item["first_response_at"]) == ("answered", "2026-05-01T10:00:00Z")
    import_file(store, _write(tmp_path, "a.json", json.dumps([row])))
    assert len(store.replies(1)) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", "x", "use a .csv, .json"),
        ("a.json", "[{broken", "is not valid JSON"),
        ("a.csv", b"source,text\n\xff\xfe bad bytes", "is not UTF-8"),
    ],
)
def test_unusable_files_give_one_clear_error_and_store_nothing(
    store: Store, tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    with pytest.raises(RepmanError, match=message):
        import_file(store, _write(tmp_path, name, content))
    assert store.count(InboxFilter()) == 0


def test_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RepmanError, match="no such file"):
        import_file(store, tmp_path / "nope.csv")


def test_one_huge_csv_cell_is_one_bad_row(store: Store, tmp_path: Path) -> None:
    content = (
        "source,author,rating,text,created_at\n"
        f'Dir,Ana,5,"{"x" * 1_200_000}",2026-05-01\n'
        "Dir,Ben,4,fine,2026-05-02\n"
    )
    report = import_file(store, _write(tmp_path, "big.csv", content))
    assert report.result.inserted == 1
    assert [e.line for e in report.errors] == [2]
    assert "longer than" in report.errors[0].message
