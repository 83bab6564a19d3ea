"""Starting the application: fonts, names, and a clear message for a database it cannot open."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from repman import APP_ID
from repman.store import Store, list_backups
from repman.ui.app import app_icon, application, backup_after_first_rows, run
from repman.ui.fonts import register_fonts
from repman.ui.main_window import MainWindow
from repman.ui.workers import SyncPool, Workers, use_store


def test_bundled_fonts_register(qapp: Any) -> None:
    families = register_fonts()
    for family in ("Noto Sans", "Noto Naskh Arabic", "Noto Nastaliq Urdu", "Noto Sans Symbols2"):
        assert family in families
    assert register_fonts() == families  # a second call adds nothing


def close_when_shown(kind: type, seen: list[Any]) -> None:
    """Close the first top-level widget of `kind` once the event loop shows it."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                seen.append(widget)
                if isinstance(widget, QMessageBox):
                    seen.append((widget.text(), widget.textFormat()))
                    widget.done(0)
                else:
                    widget.close()
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_a_file_that_is_not_a_database_gives_a_message_not_a_traceback(
    qapp: Any, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("<b>not</b> a database")
    seen: list[Any] = []
    close_when_shown(QMessageBox, seen)
    assert run(bogus) == 1
    text, text_format = seen[1]
    assert "not a Repman database" in text
    assert str(bogus) in text
    assert text_format == Qt.TextFormat.PlainText


def test_run_opens_the_window_and_returns_zero(qapp: Any, tmp_path: Path) -> None:
    seen: list[Any] = []
    close_when_shown(MainWindow, seen)
    assert run(tmp_path / "new" / "inbox.db", demo=True, actor="alice") == 0
    assert (tmp_path / "new" / "inbox.db").exists()
    assert QApplication.applicationName() == "Repman"
    assert QApplication.organizationDomain() == "repman.org"
    assert QApplication.desktopFileName() == "org.repman.Repman"
    assert not seen[0].windowIcon().isNull()


def test_windows_have_the_repman_icon(qapp: Any) -> None:
    icon = app_icon()  # the PNGs of packaging/icons in a source tree
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} >= {(16, 16), (256, 256)}
    assert application() is qapp
    window = QWidget()  # any window takes the application's icon
    try:
        assert not window.windowIcon().isNull()
        assert window.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey()
    finally:
        window.deleteLater()


def fake_shell32(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ctypes.windll.shell32 (absent off Windows) with the one call made, remembered."""
    calls: list[str] = []
    shell32 = SimpleNamespace(SetCurrentProcessExplicitAppUserModelID=calls.append)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(shell32=shell32), raising=False)
    return calls


def test_on_windows_the_taskbar_groups_the_app_with_its_shortcut(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = fake_shell32(monkeypatch)
    monkeypatch.setattr(sys, "platform", "win32")
    assert application() is qapp
    assert calls == [APP_ID] == ["org.repman.Repman"]  # the shortcut's id (repman.iss)


def test_elsewhere_no_app_user_model_id_is_set(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = fake_shell32(monkeypatch)
    monkeypatch.setattr(sys, "platform", "linux")
    assert application() is qapp
    assert calls == []


def test_the_days_backup_waits_for_the_first_rows(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        workers = Workers(use_store(store), pool=SyncPool())
        window = MainWindow(store, workers, actor="alice", views_path=tmp_path / "views.json")
        qtbot.addWidget(window)
        backup_after_first_rows(window, workers, path)
        assert list_backups(path) == []
        window.model.refresh()  # the rows are in
        assert len(list_backups(path)) == 1
