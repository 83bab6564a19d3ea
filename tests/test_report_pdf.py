"""The PDF report's text layer, read back with pypdf (and pdftotext when it is installed):
Arabic and Urdu letters survive copying, and the criticism table never splits a row."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

from pypdf import PdfReader
from PySide6.QtGui import QPainter, QTextDocument

from repman.domain import ReplyState, RepmanError
from repman.reports.export import export
from repman.store import InboxFilter, Store
from repman.ui import report_pages
from repman.ui.chart_drawing import number
from repman.ui.report_pdf import pdf_writer, write_pdf
from tests.helpers import by_rating, make_item

BUSINESS = "مطعم السلام"  # "Al-Salam Restaurant": lam-alef (لا) inside a word
URDU = "کھانا ٹھنڈا تھا اور بل غلط لایا گیا"  # ٹ ھ ی ے and a lam-alef in لایا
# pypdf's own idea of right-to-left characters (pypdf._utils.RTL_CHARACTER_RANGES)
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ \t]+[{_RTL}]+)*")
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def qt(qapp: Any) -> Any:
    """A QApplication made by pytest-qt, so the widget tests that follow can still run."""
    return qapp


def logical(text: str) -> str:
    """pypdf's text in reading order, letters folded, whitespace collapsed.

    Qt writes right-to-left glyphs in reading order and pypdf, which expects them left to
    right, prepends each one: every right-to-left run comes out backwards. It is turned
    round before NFKC folds the shaped presentation forms (ﻼ, U+FEFC) back into letters,
    or a ligature's two letters would end up swapped."""
    text = _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(path: Path) -> list[str]:
    return [logical(page.extract_text()) for page in PdfReader(str(path)).pages]


def report(store: Store, path: Path) -> Path:
    export(store, path, InboxFilter(), pdf_writer=pdf_writer)
    return path


def test_lam_alef_and_urdu_come_back_letter_for_letter(qt: Any, tmp_path: Path) -> None:
    with Store.memory() as store:
        store.set_setting("business", BUSINESS)
        google = store.add_source("google", "Google")
        store.upsert_items(
            google.id,
            [make_item("u", URDU, author_name="علی", rating=1), make_item("a", "لا", rating=2)],
            by_rating,
        )
        out = report(store, tmp_path / "report.pdf")
    pages = page_texts(out)
    assert BUSINESS in pages[0]  # the title
    metadata = PdfReader(str(out)).metadata
    assert metadata is not None and metadata.title == f"Response report — {BUSINESS}"
    assert URDU in pages[1]  # a row of the criticism table
    assert "علی" in pages[1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_same_letters(qt: Any, tmp_path: Path) -> None:
    with Store.memory() as store:
        store.set_setting("business", BUSINESS)
        google = store.add_source("google", "Google")
        store.upsert_items(google.id, [make_item("u", URDU, rating=1)], by_rating)
        out = report(store, tmp_path / "report.pdf")
    # pdftotext orders by position and wraps right-to-left lines in embedding marks.
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    text = " ".join(unicodedata.normalize("NFKC", _BIDI_MARKS.sub("", raw)).split())
    assert BUSINESS in text
    assert URDU in text


def _filler(i: int, length: int) -> str:
    words = " ".join(f"{i:02d}w{n}" for n in range(length))
    return f"R{i:02d}start {words} R{i:02d}end"


def _criticism(store: Store, count: int, length: Callable[[int], int]) -> None:
    """`count` criticism items, one a day in March 2026; every third has a long reply."""
    google = store.add_source("google", "Google")
    items = [
        make_item(
            f"r{i}",
            _filler(i, length(i)),
            rating=1 + i % 2,
            created_at=f"2026-03-{i + 1:02d}T09:00:00Z",
        )
        for i in range(count)
    ]
    store.upsert_items(google.id, items, by_rating)
    for i in range(0, count, 3):
        reply = f"A{i:02d}start " + " ".join(["sorry"] * min(10 + 3 * i, 55)) + f" A{i:02d}end"
        item_id = store.item_id(google.id, f"r{i}")
        store.add_reply(
            item_id, reply, ReplyState.SENT, "Maya", at=f"2026-03-{i + 1:02d}T12:00:00Z"
        )


def _pages_with(pages: list[str], token: str) -> list[int]:
    return [n for n, text in enumerate(pages) if re.search(rf"(?<!\S){token}(?!\S)", text)]


def test_table_rows_are_never_split_across_pages(qt: Any, tmp_path: Path) -> None:
    # 2 to 85 words a row, and replies up to the reply limit: rows of many heights meet
    # page ends at many places.
    with Store.memory() as store:
        _criticism(store, 28, lambda i: 2 + (i * 37) % 84)
        pages = page_texts(report(store, tmp_path / "report.pdf"))
    table = pages[1:]
    assert len(table) >= 3
    for text in table:  # the header row repeats on every page of the table
        assert "Item Site Rating Date First response Time taken Status" in text
    for i in range(28):
        tokens = [f"R{i:02d}start", f"R{i:02d}end"]
        if i % 3 == 0:
            tokens += [f"A{i:02d}start", f"A{i:02d}end"]
        where = {token: _pages_with(pages, token) for token in tokens}
        assert len(set(map(tuple, where.values()))) == 1, where  # all on the same page
        assert len(where[tokens[0]]) == 1, where  # and that page only
    # newest first: 28 March on the first page of the table, 1 March on the last
    assert _pages_with(pages, "R27start") == [1]
    assert _pages_with(pages, "R00start") == [len(pages) - 1]


def test_a_row_taller_than_a_page_is_cut_after_a_whole_line(
    qt: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_pages, "TEXT_LIMIT", 100_000)
    with Store.memory() as store:
        _criticism(store, 2, lambda i: 1500 if i == 1 else 5)
        pages = page_texts(report(store, tmp_path / "report.pdf"))
    # The tall row leaves the page under the heading for a whole page of its own.
    assert len(pages) == 4
    tall = pages[2]
    assert "R01start" in tall and "shortened here" in tall
    shown = [int(n) for n in re.findall(r"(?<!\S)01w(\d+)(?!\S)", tall)]
    assert 100 < len(shown) < 1500
    assert shown == list(range(len(shown)))  # whole words from the start, none after the cut
    assert not any(_pages_with(pages, f"01w{n}") for n in (len(shown), 1499))
    assert tall.index("shortened here") > tall.index(f"01w{len(shown) - 1}")
    assert "R01end" not in " ".join(pages)
    assert "R00start" in pages[3] and "R00end" in pages[3]  # the next row, on the next page


def test_whole_lines_stops_above_the_first_line_that_does_not_fit(qt: Any) -> None:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setTextWidth(200)
    doc.setPlainText(" ".join(["word"] * 400))
    doc.size()  # lays it out
    lines = doc.begin().layout()
    bottoms = [lines.lineAt(i).y() + lines.lineAt(i).height() for i in range(lines.lineCount())]
    room = (bottoms[5] + bottoms[6]) / 2
    assert report_pages._whole_lines(doc, room) == bottoms[5]
    assert report_pages._whole_lines(doc, 1.0) == bottoms[0]  # one line however small


def test_the_table_lists_the_newest_items_and_counts_the_rest(qt: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with Store.memory() as store:
        _criticism(store, 12, lambda i: 3)
        write_pdf(out, store, InboxFilter(), period={}, table_rows=5)
    pages = page_texts(out)
    assert "12 12 33% 33% items criticism" in pages[0]  # the figures count every item
    text = " ".join(pages[1:])
    assert "12 criticism items in this period, newest first; the 5 newest are listed." in text
    assert "... and 7 more criticism items, older than these: see the CSV or XLSX export" in text
    assert [i for i in range(12) if f"R{i:02d}start" in text] == [7, 8, 9, 10, 11]


def test_an_all_time_report_charts_the_last_weeks_that_have_items(qt: Any, tmp_path: Path) -> None:
    """A site last synced long ago: twelve weeks up to its newest item, not up to today."""
    out = tmp_path / "report.pdf"
    with Store.memory() as store:
        _criticism(store, 3, lambda i: 3)  # 1-3 March 2026, one answered
        now = datetime(2026, 11, 23, 12, tzinfo=UTC)
        write_pdf(out, store, InboxFilter(), period={}, now=now, tz=UTC)
    first = page_texts(out)[0]
    assert "No data for this period" not in first
    assert "2 Mar 23 Feb 16 Feb" in first  # week labels, newest first: 2 March 2026 on


def test_small_tick_values_keep_their_second_decimal() -> None:
    assert [number(v) for v in (0.25, 0.5, 2.5, 3.0, 150.4)] == ["0.25", "0.5", "2.5", "3", "150"]


def test_emoji_no_bundled_font_has_are_left_out_not_boxed(qt: Any) -> None:
    text = "Cold food 🙏🏽 again 👨‍👩‍👧 ★ ❤️"
    assert report_pages._snippet(text, 100) == "Cold food again ★ ❤️"


def test_progress_follows_the_pass_over_every_item(qt: Any, tmp_path: Path) -> None:
    seen: list[int] = []
    with Store.memory() as store:
        google = store.add_source("google", "Google")
        items = [make_item(f"i{n}", "fine", rating=5) for n in range(2500)]
        store.upsert_items(google.id, items, by_rating)
        count = export(
            store, tmp_path / "r.pdf", InboxFilter(), progress=seen.append, pdf_writer=pdf_writer
        )
    assert count == 2500 and seen == [1000, 2000]


def test_a_report_qt_could_not_finish_is_not_written(
    qt: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QPainter.end() answering False is all Qt says when its PDF writer fails."""
    real_end = QPainter.end
    monkeypatch.setattr(QPainter, "end", lambda painter: real_end(painter) and False)
    out = tmp_path / "r.pdf"
    with Store.memory() as store, pytest.raises(RepmanError, match="could not be drawn"):
        export(store, out, InboxFilter(), pdf_writer=pdf_writer)
    assert not out.exists() and not list(tmp_path.glob("*.pdf*")) + list(tmp_path.glob(".*"))
