"""File → Export…: presets give the right days, the file is written through the workers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from repman.store import Store
from repman.ui.export_dialog import ExportDialog, day_bounds, preset_range
from repman.ui.workers import Workers
from tests.ui.conftest import AddItem

NOW = datetime(2025, 3, 8, 12, 0, tzinfo=UTC)  # a Saturday


@pytest.mark.parametrize(
    ("preset", "today", "first", "last"),
    [
        ("This week", date(2025, 3, 8), date(2025, 3, 3), date(2025, 3, 9)),
        ("This week", date(2025, 3, 3), date(2025, 3, 3), date(2025, 3, 9)),  # a Monday
        ("Last week", date(2025, 3, 8), date(2025, 2, 24), date(2025, 3, 2)),
        ("This month", date(2025, 3, 8), date(2025, 3, 1), date(2025, 3, 31)),
        ("This month", date(2024, 2, 10), date(2024, 2, 1), date(2024, 2, 29)),
        ("This month", date(2025, 12, 31), date(2025, 12, 1), date(2025, 12, 31)),
    ],
)
def test_presets(preset: str, today: date, first: date, last: date) -> None:
    assert preset_range(preset, today) == (first, last)


def test_day_bounds_are_local_midnights_in_utc() -> None:
    from zoneinfo import ZoneInfo

    karachi = ZoneInfo("Asia/Karachi")  # UTC+5
    assert day_bounds(date(2025, 3, 3), date(2025, 3, 9), karachi) == (
        "2025-03-02T19:00:00Z",
        "2025-03-09T19:00:00Z",
    )


def make_dialog(qtbot: Any, workers: Workers, tmp_path: Path, **kw: Any) -> ExportDialog:
    dialog = ExportDialog(workers, clock=lambda: NOW, tz=UTC, folder=tmp_path, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_preset_fills_the_dates_and_custom_unlocks_them(
    qtbot: Any, workers: Workers, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, workers, tmp_path)
    assert dialog.dates() == (date(2025, 3, 3), date(2025, 3, 9))
    assert not dialog.since_edit.isEnabled()
    dialog.preset.setCurrentText("Last week")
    assert dialog.dates() == (date(2025, 2, 24), date(2025, 3, 2))
    f, period = dialog.period_filter()
    assert (f.since, f.until) == ("2025-02-24T00:00:00Z", "2025-03-03T00:00:00Z")
    assert period["since"] == f.since
    dialog.preset.setCurrentText("Custom dates")
    assert dialog.since_edit.isEnabled() and dialog.until_edit.isEnabled()


def test_export_writes_the_file_and_offers_the_folder(
    qtbot: Any, store: Store, workers: Workers, add_item: AddItem, tmp_path: Path
) -> None:
    add_item("Great falafel", created_at="2025-03-04T10:00:00Z")
    add_item("=SUM(A1)", created_at="2025-03-05T10:00:00Z")
    add_item("Last month", created_at="2025-02-04T10:00:00Z")
    asked: list[Path] = []
    opened: list[Path] = []

    def choose(_parent: Any, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "week"  # no extension: the format's is added

    dialog = make_dialog(qtbot, workers, tmp_path, choose_path=choose, open_folder=opened.append)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    assert asked == [tmp_path / "repman-2025-03-03-to-2025-03-09.xlsx"]
    out = tmp_path / "week.xlsx"
    assert dialog.written == out
    assert "Wrote 2 items" in dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum()
    rows = list(load_workbook(out)["Response log"].iter_rows(min_row=2, values_only=True))
    assert sorted(str(r[9]) for r in rows) == ["'=SUM(A1)", "Great falafel"]
    dialog.open_button.click()
    assert opened == [tmp_path]


def test_pdf_export_from_the_dialog(
    qtbot: Any, workers: Workers, add_item: AddItem, tmp_path: Path
) -> None:
    add_item("The soup was cold", rating=1, created_at="2025-03-04T10:00:00Z")
    dialog = make_dialog(qtbot, workers, tmp_path)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path_edit.setText(str(tmp_path / "report.pdf"))
    with qtbot.waitSignal(dialog.finished_export, timeout=10_000):
        dialog.export_button.click()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
