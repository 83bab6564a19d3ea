"""The Arabic, Urdu and Greek translations: complete, compiled, and used by the windows,
both those built after apply_language and those already open when the language switches."""

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
from repman.ui.export_dialog import ExportDialog
from repman.ui.inbox_model import HEADER_TIPS, Column
from repman.ui.inbox_view import EXCERPT_MIN
from repman.ui.main_window import MainWindow
from repman.ui.ui_language import apply_language
from repman.ui.workers import Workers

from .conftest import AddItem, clock
from .windows import fill, ids_shown, make_window

LANGUAGES = ("ar", "ur", "el")
TRANSLATIONS = files("repman.resources") / "translations"
PLACEHOLDER = re.compile(r"\{\w+\}|%[0-9vm]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
TOOLTIP = Qt.ItemDataRole.ToolTipRole
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


def test_a_switch_retranslates_the_open_window_and_keeps_what_it_shows(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, add_item: AddItem,
    tmp_path: Path,
) -> None:  # fmt: skip
    ids = fill(store, add_item)
    window = make_window(qtbot, store, workers, tmp_path / "views.json")
    bar = window.filter_bar
    bar.criticism.setChecked(True)
    bar.search.setText("cold")
    bar.flush()
    assert window.table.select_id(ids["cold"])
    shown, query = ids_shown(window), window.model.filter
    assert set(shown) == {ids["cold"], ids["y1"]}

    def unchanged() -> None:
        assert window.model.filter == query and ids_shown(window) == shown
        assert bar.criticism.isChecked() and bar.search.text() == "cold"
        assert window.table.current_id() == ids["cold"] == window.item_view.item_id

    apply_language(qapp, "ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = menu_titles(window)
    assert titles[:3] == ["&ملف", "&عرض", "&عنصر"] and "م&زامنة" in titles
    assert window.pages.tabText(0) == "صندوق الوارد"
    assert bar.criticism.text() == "الانتقادات فقط"
    assert bar.clear_all.text() == "مسح عوامل التصفية"
    assert bar.status.currentText() == "مفتوح (2)"  # the counts are kept
    assert window.count_label.text() == "2 من العناصر"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "الموقع"
    assert window.item_view.buttons[Status.ANSWERED].text() == "تم الرد"
    assert window.actions_by_name["answered"].text() == "وضع علامة: تم الرد"
    assert window.sync.dock.windowTitle() == "المزامنة"
    assert ARABIC_SCRIPT.search(window.views.list.item(0).text())  # "All open"
    unchanged()

    apply_language(qapp, "en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(window)[:6] == ["&File", "&View", "&Item", "&Sync", "&Tools", "&Help"]
    assert window.pages.tabText(0) == "Inbox"
    assert bar.criticism.text() == "Criticism only" and bar.clear_all.text() == "Clear filters"
    assert bar.status.currentText() == "Open (2)" and window.count_label.text() == "2 items"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Site"
    assert window.item_view.buttons[Status.ANSWERED].text() == "Answered"
    assert window.views.list.item(0).text() == "All open"
    unchanged()


@pytest.mark.qt_log_ignore("This plugin does not support")  # raise(): the composer is raised
def test_a_switch_retranslates_the_composer_and_the_dashboard_as_they_are(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, add_item: AddItem,
    tmp_path: Path,
) -> None:  # fmt: skip
    ids = fill(store, add_item)
    window = make_window(qtbot, store, workers, tmp_path / "views.json", reply_composer=True)
    window.table.select_id(ids["cold"])
    window.compose()
    composer = window.composer
    assert composer is not None and composer.isVisible()
    composer.editor.insert_text("Sorry, Sam. We will call you tomorrow.")
    composer.editor.check_now()  # the tone check, without waiting for a pause in typing
    window.show_page(1)
    dashboard = window.dashboard
    assert dashboard is not None and dashboard.trends is not None

    apply_language(qapp, "el")
    assert composer.mark_button.text() == "Σήμανση ως απαντημένο"
    assert composer.windowTitle() == QCoreApplication.translate(
        "Composer", "Reply to {name}"
    ).format(name="\u2068Sam\u2069")
    assert composer.editor.text() == "Sorry, Sam. We will call you tomorrow."  # kept
    assert composer.followup.isVisible() and GREEK.search(composer.followup.label.text())
    assert window.pages.tabText(1) == QCoreApplication.translate("MainWindow", "Dashboard")
    assert GREEK.search(dashboard.refresh_button.text())
    assert GREEK.search(dashboard.charts["rate"].chart.title)
    assert GREEK.search(dashboard.state.text())

    apply_language(qapp, "en")
    assert composer.mark_button.text() == "Mark answered"
    assert composer.windowTitle() == "Reply to \u2068Sam\u2069"
    assert dashboard.charts["rate"].chart.title == "Response rate by week"


@pytest.mark.parametrize("language", ["el", "ar", "en"])
def test_the_columns_fit_a_1400_pixel_window_without_scrolling(
    qapp: QApplication, qtbot: Any, store: Store, workers: Workers, add_item: AddItem,
    tmp_path: Path, language: str,
) -> None:  # fmt: skip
    fill(store, add_item)
    apply_language(qapp, language)
    window = make_window(qtbot, store, workers, tmp_path / "views.json")
    window.resize(1400, 860)
    window.grab()  # laid out at that size
    table, header = window.table, window.table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(Column.EXCERPT) >= EXCERPT_MIN
    assert header.sectionSize(Column.RATING) >= table.fontMetrics().horizontalAdvance("★★★★★")
    # A title cut short is whole in its tooltip.
    tip = window.model.headerData(Column.PRIORITY, Qt.Orientation.Horizontal, TOOLTIP)
    assert tip == QCoreApplication.translate("InboxModel", HEADER_TIPS[Column.PRIORITY])
    if language != "en":
        assert (GREEK if language == "el" else ARABIC_SCRIPT).search(tip)

    header.resizeSection(Column.AUTHOR, 300)  # by hand: kept when the window changes size
    window.resize(1200, 860)
    window.grab()
    assert header.sectionSize(Column.AUTHOR) == 300


def test_the_export_dialog_speaks_the_language_and_switches_with_it(
    qapp: QApplication, qtbot: Any, workers: Workers
) -> None:
    apply_language(qapp, "ar")
    dialog = ExportDialog(workers, clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "تصدير"
    assert dialog.preset.currentText() == "هذا الأسبوع"
    dialog.preset.setCurrentIndex(1)  # last week: still the key preset_range() knows
    first, last = dialog.dates()
    assert (last - first).days == 6 and last < clock().date()
    apply_language(qapp, "en")
    assert dialog.windowTitle() == "Export" and dialog.preset.currentText() == "Last week"
    assert dialog.format.itemText(0) == "CSV (spreadsheet)"
