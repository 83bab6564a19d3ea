"""Settings…: the business profile and targets go to the inbox file, auto-sync to the sync
controller, and the app's language to QSettings; Arabic and Urdu mirror the layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from repman.store import Store
from repman.ui.settings_dialog import SettingsDialog
from repman.ui.sync_controller import SyncController
from repman.ui.ui_language import SETTINGS_KEY, apply_language, saved_language
from repman.ui.workers import Workers

from .windows import make_window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "repman.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sync_controller(workers: Workers, settings: QSettings) -> SyncController:
    return SyncController(workers, None, settings=settings)


@pytest.fixture(autouse=True)
def left_to_right_after(qapp: QApplication) -> Iterator[None]:
    """The layout direction is the whole application's: every test leaves it as it found it."""
    yield
    apply_language(qapp, "en")


@pytest.fixture
def dialog(
    qtbot: Any, store: Store, sync_controller: SyncController, settings: QSettings
) -> SettingsDialog:
    made = SettingsDialog(store, sync_controller=sync_controller, settings=settings)
    qtbot.addWidget(made)
    return made


def choose_language(dialog: SettingsDialog, name: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findText(name))


def test_profile_targets_and_auto_sync_are_saved(
    dialog: SettingsDialog, store: Store, sync_controller: SyncController
) -> None:
    assert dialog.number_edits["target_criticism_hours"].value() == 1  # the defaults
    assert dialog.number_edits["target_default_hours"].value() == 24
    assert dialog.number_edits["followup_days"].value() == 2
    dialog.text_edits["business"].setText("Cedar & Olive")
    dialog.text_edits["signature"].setText("  Maya,   owner ")
    dialog.text_edits["contact"].setText("")
    dialog.number_edits["target_criticism_hours"].setValue(2)
    dialog.number_edits["target_default_hours"].setValue(12.5)
    dialog.number_edits["followup_days"].setValue(3)
    dialog.auto_sync.setValue(15)
    assert dialog.save() is True
    assert store.settings() == {
        "business": "Cedar & Olive",
        "signature": "Maya, owner",
        "target_criticism_hours": "2",
        "target_default_hours": "12.5",
        "followup_days": "3",
    }  # an empty contact is no setting at all
    assert sync_controller.auto_minutes() == 15
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_the_dialog_shows_what_is_stored(
    qtbot: Any, store: Store, sync_controller: SyncController, settings: QSettings
) -> None:
    store.set_setting("signature", "Maya")
    store.set_setting("followup_days", "5")
    store.set_setting("target_criticism_hours", "not a number")  # e.g. typed by hand
    sync_controller.set_auto_minutes(0)
    again = SettingsDialog(store, sync_controller=sync_controller, settings=settings)
    qtbot.addWidget(again)
    assert again.text_edits["signature"].text() == "Maya"
    assert again.number_edits["followup_days"].value() == 5
    assert again.number_edits["target_criticism_hours"].value() == 1  # the default instead
    assert again.auto_sync.text() == "Off"


def test_arabic_mirrors_the_layout_and_english_restores_it(
    qtbot: Any, dialog: SettingsDialog, store: Store, settings: QSettings
) -> None:
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English", "العربية", "اردو", "Ελληνικά",
    ]  # fmt: skip
    choose_language(dialog, "العربية")
    dialog.save()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert settings.value(SETTINGS_KEY) == "ar" and saved_language(settings) == "ar"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # widgets follow

    reopened = SettingsDialog(store, settings=settings)
    qtbot.addWidget(reopened)
    assert reopened.language.currentText() == "العربية"
    assert not reopened.auto_sync.isEnabled()  # no sync controller: nothing to set
    choose_language(reopened, "English")
    reopened.save()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert saved_language(settings) == "en"

    for language, direction in (("ur", "RightToLeft"), ("el", "LeftToRight")):
        choose_language(reopened, {"ur": "اردو", "el": "Ελληνικά"}[language])
        reopened.save()
        assert QApplication.layoutDirection().name == direction


def test_arabic_loads_its_translation_and_turns_the_layout(
    qapp: QApplication, settings: QSettings
) -> None:
    # resources/translations/repman_ar.qm ships with the app (tests/ui/test_translations.py).
    assert apply_language(qapp, "ar") is True
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert saved_language(settings) == "en"  # nothing chosen yet: English
    settings.setValue(SETTINGS_KEY, "tlh")  # a language this version does not offer
    assert saved_language(settings) == "en"


def test_the_main_window_has_settings_in_its_tools_menu(
    qtbot: Any, store: Store, workers: Workers, tmp_path: Path
) -> None:
    window = make_window(qtbot, store, workers, tmp_path / "views.json")
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert [a.text() for a in tools.actions()] == ["Settings…"]
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.text_edits["business"].setText("Cedar & Olive")
    dialog.save()
    assert store.setting("business") == "Cedar & Olive"
    assert not dialog.isVisible()


def test_saving_a_language_turns_the_open_window_at_once(
    qtbot: Any, store: Store, workers: Workers, settings: QSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, store, workers, tmp_path / "views.json")
    dialog = SettingsDialog(store, settings=settings, parent=window)
    choose_language(dialog, "العربية")
    dialog.save()
    assert window.isRightToLeft()
    assert window.pages.tabText(0) == "صندوق الوارد"  # no restart needed
    assert "&أدوات" in [a.text() for a in window.menuBar().actions()]
