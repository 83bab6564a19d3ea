"""The Arabic, Urdu and Greek translations: complete, compiled, and used by the windows.

The words are chosen when a window is built (a language switch applies fully at the next
start), so each check builds its windows after apply_language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from repman.domain import Status
from repman.store import Store
from repman.ui.composer import Composer
from repman.ui.main_window import MainWindow
from repman.ui.ui_language import apply_language
from repman.ui.workers import Workers

from .conftest import AddItem, clock
from .windows import fill, make_window

LANGUAGES = ("ar", "ur", "el")
TRANSLATIONS = files("repman.resources") / "translations"
PLACEHOLDER = re.compile(r"\{\w+\}|%[0-9vm]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language(qapp, "en")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.fromstring((TRANSLATIONS / f"repman_{language}.ts").read_text(encoding="utf-8"))
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 300
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        if source.startswith("&") or re.search(r"\w&\w", source):  # menu titles keep a key
            assert text.count("&") == 1, (context, source, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_exists_and_loads(qapp: QApplication, language: str) -> None:
    with as_file(TRANSLATIONS / f"repman_{language}.qm") as path:
        translator = QTranslator()
        assert translator.load(str(path))
    assert not translator.isEmpty()
    assert translator.translate("MainWindow", "Inbox")
    assert apply_language(qapp, language) is True
    script = GREEK if language == "el" else ARABIC_SCRIPT
    assert script.search(QCoreApplication.translate("MainWindow", "Inbox"))


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_arabic_turns_the_main_window_and_its_words(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, add_item: AddItem,
    tmp_path: Path,
) -> None:  # fmt: skip
    fill(store, add_item)
    apply_language(qapp, "ar")
    window = make_window(qtbot, store, workers, tmp_path / "views.json")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = menu_titles(window)
    assert "&عرض" in titles and "&عنصر" in titles and "&أدوات" in titles
    assert ARABIC_SCRIPT.search(next(t for t in titles if "زامنة" in t))  # &Sync
    assert window.pages.tabText(0) == "صندوق الوارد"
    assert window.filter_bar.clear_all.text() == "مسح عوامل التصفية"
    assert window.item_view.buttons[Status.ANSWERED].text() == "تم الرد"
    assert window.item_view.open_button.text() == "فتح في الموقع"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "الموقع"


def test_greek_words_and_back_to_english(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, add_item: AddItem,
    tmp_path: Path,
) -> None:  # fmt: skip
    fill(store, add_item)
    apply_language(qapp, "el")
    greek = make_window(qtbot, store, workers, tmp_path / "views.json")
    assert greek.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "&Προβολή" in menu_titles(greek)
    assert greek.pages.tabText(0) == "Εισερχόμενα"
    assert greek.item_view.buttons[Status.ANSWERED].text() == "Απαντήθηκε"
    assert greek.filter_bar.criticism.text() == "Μόνο κριτική"

    apply_language(qapp, "en")
    english = make_window(qtbot, store, workers, tmp_path / "views.json")
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert {"&View", "&Item", "&Sync", "&Tools"} <= set(menu_titles(english))
    assert english.pages.tabText(0) == "Inbox"
    assert english.item_view.buttons[Status.ANSWERED].text() == "Answered"
    assert english.filter_bar.clear_all.text() == "Clear filters"


@pytest.mark.parametrize(
    ("language", "post", "mark"),
    [
        ("ar", "نشر", "وضع علامة: تم الرد"),
        ("ur", "شائع کریں", "جواب شدہ نشان زد کریں"),
        ("el", "Δημοσίευση", "Σήμανση ως απαντημένο"),
        ("en", "Post", "Mark answered"),
    ],
)
def test_the_composer_buttons_are_translated(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, language: str, post: str,
    mark: str,
) -> None:  # fmt: skip
    apply_language(qapp, language)
    composer = Composer(store, workers, "maya", clock=clock)
    qtbot.addWidget(composer)
    assert composer.post_button.text() == post
    assert composer.mark_button.text() == mark
    assert composer.windowTitle() == QCoreApplication.translate("Composer", "Reply")
