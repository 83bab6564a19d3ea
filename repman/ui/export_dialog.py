"""File → Export…: the response log of a period as CSV, JSON, XLSX or a PDF report.

The writing runs in the worker pool (DESIGN.md §7) with its own Store; the writers report
progress through a plain callback, which a small relay turns into a queued Qt signal so the
progress bar moves on the GUI thread. The save-file chooser and "Open folder" are injectable
so the tests need no native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repman.domain import to_iso, utcnow
from repman.reports.export import export
from repman.store import InboxFilter, Store
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating
from repman.ui.report_pdf import pdf_writer
from repman.ui.workers import Workers

# The English words are also the keys preset_range() knows.
PRESETS = (
    QT_TRANSLATE_NOOP("ExportDialog", "This week"),
    QT_TRANSLATE_NOOP("ExportDialog", "Last week"),
    QT_TRANSLATE_NOOP("ExportDialog", "This month"),
    QT_TRANSLATE_NOOP("ExportDialog", "Custom dates"),
)
CUSTOM = PRESETS[-1]
FORMATS = {
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheet)"),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report"),
    "json": "JSON",
}
ChoosePath = Callable[[QWidget, Path], "Path | None"]
OpenFolder = Callable[[Path], Any]


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a preset; weeks start on Monday."""
    monday = today - timedelta(days=today.weekday())
    if preset == "This week":
        return monday, monday + timedelta(days=6)
    if preset == "Last week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if preset == "This month":
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    raise ValueError(f"not a preset: {preset}")


def day_bounds(first: date, last: date, tz: tzinfo | None) -> tuple[str, str]:
    """UTC ISO since (local midnight of first) and until (local midnight after last)."""

    def midnight(day: date) -> str:
        moment = datetime.combine(day, time())
        return to_iso(moment.replace(tzinfo=tz) if tz else moment.astimezone())

    return midnight(first), midnight(last + timedelta(days=1))


def save_file_dialog(parent: QWidget, suggested: Path) -> Path | None:
    title = QCoreApplication.translate("ExportDialog", "Export to")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested))
    return Path(name) if name else None


def open_folder_default(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class _ProgressRelay(QObject):
    # Emitted from the pool thread; the dialog lives on the GUI thread, so Qt queues it.
    total = Signal(int)
    done = Signal(int)


def _run_export(
    store: Store, path: Path, f: InboxFilter, fmt: str, period: dict[str, Any], relay: Any
) -> int:
    relay.total.emit(store.count(f))
    return export(
        store, path, f, fmt=fmt, period=period, progress=relay.done.emit, pdf_writer=pdf_writer
    )


class ExportDialog(Retranslating, QDialog):
    finished_export = Signal(str)  # the path written

    def __init__(
        self,
        workers: Workers,
        *,
        clock: Callable[[], datetime] = utcnow,
        tz: tzinfo | None = None,
        choose_path: ChoosePath = save_file_dialog,
        open_folder: OpenFolder = open_folder_default,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workers = workers
        self._clock = clock
        self._tz = tz
        self._choose_path = choose_path
        self._open_folder = open_folder
        self._folder = folder or Path.home()
        self.written: Path | None = None

        self.preset = QComboBox(self)
        for preset in PRESETS:
            self.preset.addItem(preset, preset)
        self.since_edit = QDateEdit(self)
        self.until_edit = QDateEdit(self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        self.to_label = QLabel(self)
        dates.addWidget(self.since_edit)
        dates.addWidget(self.to_label)
        dates.addWidget(self.until_edit)
        self.format = QComboBox(self)
        for key, label in FORMATS.items():
            self.format.addItem(label, key)
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)

        form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(4)]  # Period, Dates, Format, Save to
        form.addRow(self.captions[0], self.preset)
        form.addRow(self.captions[1], dates)
        form.addRow(self.captions[2], self.format)
        form.addRow(self.captions[3], where)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.buttons)

        self._relay = _ProgressRelay(self)
        self._relay.total.connect(self._set_total)
        self._relay.done.connect(self._set_done)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self.browse)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._apply_preset()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for row, preset in enumerate(PRESETS):
            self.preset.setItemText(row, self.tr(preset))
        for row, label in enumerate(FORMATS.values()):
            self.format.setItemText(row, self.tr(label))
        self.to_label.setText(self.tr("to"))
        self.path_edit.setPlaceholderText(self.tr("Choose where to save…"))
        self.browse_button.setText(self.tr("Choose…"))
        for caption, text in zip(self.captions, (
            self.tr("Period"), self.tr("Dates"), self.tr("Format"), self.tr("Save to"),
        ), strict=True):  # fmt: skip
            caption.setText(text)
        self.export_button.setText(self.tr("Export"))
        self.open_button.setText(self.tr("Open folder"))

    # -- period and file ---------------------------------------------------------------------
    def today(self) -> date:
        now = self._clock()
        return (now.astimezone(self._tz) if self._tz else now.astimezone()).date()

    @Slot()
    def _apply_preset(self) -> None:
        preset = str(self.preset.currentData())
        custom = preset == CUSTOM
        self.since_edit.setEnabled(custom)
        self.until_edit.setEnabled(custom)
        if not custom:
            first, last = preset_range(preset, self.today())
            self.since_edit.setDate(QDate(first.year, first.month, first.day))
            self.until_edit.setDate(QDate(last.year, last.month, last.day))

    def dates(self) -> tuple[date, date]:
        first = date.fromisoformat(self.since_edit.date().toString("yyyy-MM-dd"))
        last = date.fromisoformat(self.until_edit.date().toString("yyyy-MM-dd"))
        return (first, last) if first <= last else (last, first)

    def period_filter(self) -> tuple[InboxFilter, dict[str, Any]]:
        since, until = day_bounds(*self.dates(), self._tz)
        period: dict[str, Any] = {"since": since, "until": until, "sources": [], "assignee": None}
        return InboxFilter(since=since, until=until), period

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _suggested(self) -> Path:
        first, last = self.dates()
        return self._folder / f"repman-{first.isoformat()}-to-{last.isoformat()}.{self.fmt()}"

    @Slot()
    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:  # keep the chosen folder and name, change the extension
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.fmt()}")))

    @Slot()
    def browse(self) -> Path | None:
        current = self.path_edit.text().strip()
        chosen = self._choose_path(self, Path(current) if current else self._suggested())
        if chosen is not None:
            if not chosen.suffix:
                chosen = chosen.with_suffix(f".{self.fmt()}")
            self.path_edit.setText(str(chosen))
        return chosen

    # -- running -----------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if not self.path_edit.text().strip() and self.browse() is None:
            return
        path = Path(self.path_edit.text().strip())
        f, period = self.period_filter()
        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the count arrives
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self._workers.submit(
            "export",
            _run_export,
            path,
            f,
            self.fmt(),
            period,
            self._relay,
            on_result=lambda count: self._finished(path, count),
            on_error=self._failed,
        )

    @Slot(int)
    def _set_total(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)

    @Slot(int)
    def _set_done(self, done: int) -> None:
        self.progress.setValue(min(done, self.progress.maximum()))

    def _finished(self, path: Path, count: int) -> None:
        self.written = path
        self.progress.setValue(self.progress.maximum())
        wrote = (
            self.tr("Wrote 1 item to {path}")
            if count == 1
            else self.tr("Wrote {count} items to {path}")
        )
        self.status.setText(wrote.format(count=count, path=path))
        self.export_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.finished_export.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export failed: {reason}").format(reason=error))

    @Slot()
    def open_folder(self) -> None:
        if self.written is not None:
            self._open_folder(self.written.parent)
