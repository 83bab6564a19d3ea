"""XLSX and PDF exports of the response log, read back: openpyxl for the workbook, pypdf
(a test-only dependency) for the report's text."""

from __future__ import annotations

import os
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

from openpyxl import load_workbook
from pypdf import PdfReader

from repman.domain import RepmanError
from repman.reports.export import COLUMNS, export
from repman.store import InboxFilter, Store
from repman.ui.report_pdf import pdf_writer
from tests.test_cli import db as db
from tests.test_cli import imported as imported
from tests.test_cli import run


@pytest.fixture
def qt(qapp: Any) -> Any:
    """A QApplication made by pytest-qt, so the widget tests that follow can still run."""
    return qapp


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    # The PDF holds the glyphs as shaped: fold Arabic presentation forms back to letters.
    text = unicodedata.normalize("NFKC", text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())  # pypdf puts tabs


def test_xlsx_has_typed_frozen_filtered_and_safe_sheets(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    assert run(imported, "export", "--output", str(out)) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Response log", "Events"]
    log = book["Response log"]
    for sheet in (log, book["Events"]):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    header = [c.value for c in log[1]]
    assert header[0] == "id" and "created_at (UTC)" in header and "text" in header
    assert log.auto_filter.ref == f"A1:{log.cell(1, len(COLUMNS)).column_letter}4"
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in log.iter_rows(min_row=2)]
    assert len(rows) == 3
    hostile = next(r for r in rows if r["source"] == "Local Forum")
    assert hostile["author"].startswith("'=")
    assert hostile["text"].startswith("'=HYPERLINK")
    answered = next(r for r in rows if r["status"] == "answered")
    assert answered["created_at (UTC)"] == datetime(2026, 11, 2, 10, 0)
    assert answered["first_response_at (UTC)"] == datetime(2026, 11, 2, 12, 0)
    assert answered["first_response_hours"] == 2.0
    assert isinstance(answered["rating"], int) and answered["rating"] == 5
    assert answered["first_reply_text"] == "شكرا لك"
    assert log.column_dimensions["J"].width == 60  # the text column is wide
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows(min_row=2)}
    assert summary["Items"] == 3 and summary["Answered"] == 1
    assert summary["Response rate"] == pytest.approx(1 / 3, abs=1e-4)


def test_xlsx_respects_the_period(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    args = ["--since", "2026-11-02T00:00:00Z", "--until", "2026-11-02T23:00:00Z"]
    assert run(imported, "export", "-o", str(out), *args) == 0
    log = load_workbook(out, read_only=True)["Response log"]
    authors = [row[6] for row in log.iter_rows(min_row=2, values_only=True)]
    assert authors == ["فاطمة"]


def has_words(text: str, phrase: str) -> bool:
    """Every word of `phrase` in the text; pypdf gives right-to-left words in visual order."""
    return all(w in text or w[::-1] in text for w in phrase.split())


def test_pdf_states_business_period_and_numbers(qt: Any, imported: Path, tmp_path: Path) -> None:
    with Store.open(imported) as store:
        store.set_setting("business", "مطعم الزيتون")
    out = tmp_path / "report.pdf"
    args = ["--since", "2026-11-01", "--until", "2026-11-07"]
    assert run(imported, "export", "-o", str(out), *args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert has_words(text, "مطعم الزيتون")
    assert "1 Nov 2026 – 7 Nov 2026" in text
    assert "Criticism and how it was answered" in text
    assert "33%" in text  # response rate: 1 of 3
    assert "Waited an hour, cold food" in text  # criticism is listed
    assert len(PdfReader(str(out)).pages) >= 2


def test_pdf_of_an_empty_inbox_and_the_progress_callback(qt: Any, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    seen: list[int] = []
    with Store.memory() as store:
        store.set_setting("business", "Καφενείο Ωμέγα")
        count = export(store, out, InboxFilter(), progress=seen.append, pdf_writer=pdf_writer)
    assert count == 0
    text = pdf_text(out)
    assert "Καφενείο Ωμέγα" in text and "All time" in text
    assert "No criticism in this period." in text
    assert not list(tmp_path.glob(".*.partial"))


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "pdf"])
def test_cli_export_each_format_by_flag(qt: Any, imported: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "log.out"
    assert run(imported, "export", "-o", str(out), "--format", fmt) == 0
    assert out.stat().st_size > 0
    magic = {"csv": b"\xef\xbb\xbf", "json": b"{", "xlsx": b"PK", "pdf": b"%PDF"}
    assert out.read_bytes().startswith(magic[fmt])


def test_pdf_needs_the_drawing_part_passed_in(tmp_path: Path) -> None:
    with Store.memory() as store, pytest.raises(RepmanError, match="PDF export needs"):
        export(store, tmp_path / "r.pdf", InboxFilter())
    assert not (tmp_path / "r.pdf").exists()
