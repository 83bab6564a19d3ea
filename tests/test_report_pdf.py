"""The PDF report's text layer, read back with pypdf (and pdftotext when it is installed):
Arabic and Urdu letters survive copying, and the criticism table never splits a row."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt application exists

from pypdf import PdfReader

from repman.reports.export import export
from repman.store import InboxFilter, Store
from repman.ui.report_pdf import pdf_writer
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
