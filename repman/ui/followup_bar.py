"""The line under the reply editor when the draft promises something (PRODUCT.md point 3):
"This reply promises something: a follow-up will be due on <date> — [Change date] [Note]".

The due date and note come from promise detection as the user types; once the user changes
either, their choice is kept while the promise stays in the text. "No follow-up" is there for
a sentence that only looks like a promise.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repman.domain import parse_iso, to_iso
from repman.ui import display
from repman.ui.i18n import Retranslating

Promise = tuple[str, str]  # (due_at as UTC ISO-8601, note)


class FollowupBar(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._due = ""
        self._note = ""
        self._date_changed = False
        self._note_changed = False

        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the note quotes the draft
        self.label.setWordWrap(True)
        self.change_button = QPushButton(self)
        self.note_button = QPushButton(self)
        self.skip = QCheckBox(self)
        for button in (self.change_button, self.note_button):
            button.setAutoDefault(False)  # Enter in the composer never sends by accident
            button.setCheckable(True)
        self.date_edit = QDateTimeEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.date_edit.setVisible(False)
        self.note_edit = QLineEdit(self)
        self.note_edit.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.change_button)
        top.addWidget(self.note_button)
        top.addWidget(self.skip)
        edits = QHBoxLayout()
        edits.addWidget(self.date_edit)
        edits.addWidget(self.note_edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.addLayout(top)
        column.addLayout(edits)

        self.change_button.toggled.connect(self._show_date)
        self.note_button.toggled.connect(self._show_note)
        self.date_edit.dateTimeChanged.connect(self._date_edited)
        self.note_edit.textEdited.connect(self._note_edited)
        self.skip.toggled.connect(lambda _on: self._refresh())
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.change_button.setText(self.tr("Change date"))
        self.note_button.setText(self.tr("Note"))
        self.skip.setText(self.tr("No follow-up"))
        self.skip.setToolTip(self.tr("The reply only sounds like a promise: create no follow-up"))
        self.note_edit.setPlaceholderText(
            self.tr("What was promised, for whoever keeps the promise")
        )
        if self._due:
            self._refresh()

    # -- what the draft says ---------------------------------------------------------------
    def set_promise(self, promise: Promise | None) -> None:
        """The promise found in the draft now (None: the draft promises nothing)."""
        if promise is None:
            self.reset()
            return
        due, note = promise
        if not self._date_changed:
            self._due = due
            self.date_edit.blockSignals(True)
            self.date_edit.setDateTime(_local(due))
            self.date_edit.blockSignals(False)
        if not self._note_changed:
            self._note = note
            self.note_edit.setText(note)
        self.setVisible(True)
        self._refresh()

    def reset(self) -> None:
        self._due = self._note = ""
        self._date_changed = self._note_changed = False
        for button in (self.change_button, self.note_button):
            button.setChecked(False)
        self.skip.setChecked(False)
        self.setVisible(False)

    def choice(self) -> Promise | None:
        """What to create when the reply is sent: None for no follow-up."""
        if not self._due or self.skip.isChecked():
            return None
        default = self.tr("Follow up on the promise made in the reply")
        return self._due, self._note.strip() or default

    def set_due(self, due: datetime) -> None:
        """As if the user picked this date (tests, and the date editor)."""
        self.date_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))

    # -- the user's changes ----------------------------------------------------------------
    def _date_edited(self, value: QDateTime) -> None:
        moment = value.toUTC().toSecsSinceEpoch()
        self._due = to_iso(datetime.fromtimestamp(moment, UTC))
        self._date_changed = True
        self._refresh()

    def _note_edited(self, text: str) -> None:
        self._note = text
        self._note_changed = True

    def _show_date(self, on: bool) -> None:
        self.date_edit.setVisible(on)
        if on:
            self.date_edit.setFocus()

    def _show_note(self, on: bool) -> None:
        self.note_edit.setVisible(on)
        if on:
            self.note_edit.setFocus()

    def _refresh(self) -> None:
        if self.skip.isChecked():
            self.label.setText(
                self.tr("This reply promises something, but no follow-up will be created.")
            )
        else:
            when = display.local_time(self._due)
            self.label.setText(
                self.tr("This reply promises something: a follow-up will be due on {time}.").format(
                    time=when
                )
            )
        for widget in (self.change_button, self.note_button, self.date_edit, self.note_edit):
            widget.setEnabled(not self.skip.isChecked())


def _local(iso: str) -> QDateTime:
    moment = parse_iso(iso)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
