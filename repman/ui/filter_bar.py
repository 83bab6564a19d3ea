"""The row above the inbox: search as you type, status filter with counts, criticism only."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from repman.domain import Status
from repman.store import InboxFilter

SEARCH_DELAY_MS = 250

# label, statuses; the counts are added to the label.
STATUS_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("All", ()),
    ("Open", (Status.NEW.value, Status.IN_PROGRESS.value)),
    ("New", (Status.NEW.value,)),
    ("In progress", (Status.IN_PROGRESS.value,)),
    ("Answered", (Status.ANSWERED.value,)),
    ("Closed", (Status.CLOSED.value,)),
    ("Ignored", (Status.IGNORED.value,)),
)
DEFAULT_CHOICE = 1  # Open: what still needs an answer


class FilterBar(QWidget):
    filterChanged = Signal(object)  # InboxFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search reviews and authors (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for row, (label, statuses) in enumerate(STATUS_CHOICES):
            self.status.addItem(label, statuses)
            names = " or ".join(s.replace("_", " ") for s in statuses)
            tip = f"Items that are {names}" if statuses else "Items of every status"
            self.status.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
        self.status.setCurrentIndex(DEFAULT_CHOICE)
        self.criticism = QCheckBox("Criticism only", self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.criticism)

        # Search waits for a pause in typing, so each keystroke does not start a query.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.flush)
        self.status.currentIndexChanged.connect(self._emit)
        self.criticism.toggled.connect(self._emit)

    def current_filter(self, base: InboxFilter | None = None) -> InboxFilter:
        statuses = self.status.currentData() or ()
        text = self.search.text().strip()
        return replace(
            base or InboxFilter(),
            statuses=tuple(statuses),
            criticism=True if self.criticism.isChecked() else None,
            search=text or None,
        )

    def flush(self) -> None:
        """Apply a pending search now (Enter, or a test that does not want to wait)."""
        if self._debounce.isActive():
            self._debounce.stop()
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many items each status choice holds under the other filters."""
        for row, (label, statuses) in enumerate(STATUS_CHOICES):
            n = sum(counts.values()) if not statuses else sum(counts.get(s, 0) for s in statuses)
            self.status.setItemText(row, f"{label} ({n})")

    def _emit(self) -> None:
        self.filterChanged.emit(self.current_filter())
