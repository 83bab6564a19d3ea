"""Help → Export diagnostics: the save chooser (patched: no native dialog), the bundle, the
message with "Open folder", and a plain message when it cannot be written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from repman.store import Store
from repman.ui.diagnostics_dialog import export_diagnostics


def answer_when_shown(button: str, seen: list[QMessageBox]) -> None:
    """Press `button` of the first message box once its exec() shows it."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget)
                next(b for b in widget.buttons() if b.text() == button).click()
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def choose(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_saves_the_bundle_and_offers_its_folder(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "inbox.db"
    Store.open(db).close()
    asked = choose(monkeypatch, str(tmp_path / "for support"))  # no .zip typed: added
    opened: list[Path] = []
    seen: list[QMessageBox] = []
    answer_when_shown("Open folder", seen)
    export_diagnostics(parent, database=db, folder=tmp_path, open_folder=opened.append)
    suggested = Path(asked[0][2])
    assert suggested.parent == tmp_path and suggested.name.startswith("repman-diagnostics-")
    assert suggested.suffix == ".zip"
    bundle = tmp_path / "for support.zip"
    assert str(bundle) in seen[0].text() and opened == [tmp_path]
    with zipfile.ZipFile(bundle) as z:
        info = json.loads(z.read("version.json"))
    assert info["qt"] == qVersion() and info["database"]["exists"] is True


def test_cancelling_writes_nothing(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, "")
    export_diagnostics(parent, database=None, folder=tmp_path)  # no box to answer: returns
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]


def test_a_failure_is_said_plainly(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, str(tmp_path / "gone" / "d.zip"))
    opened: list[Path] = []
    seen: list[QMessageBox] = []
    answer_when_shown("Close", seen)
    export_diagnostics(parent, database=None, open_folder=opened.append)
    text = seen[0].text()
    assert text.startswith("The diagnostics could not be saved: cannot write the diagnostics")
    assert seen[0].icon() == QMessageBox.Icon.Warning and opened == []
    assert not (tmp_path / "gone").exists()
