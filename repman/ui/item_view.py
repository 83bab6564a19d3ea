"""The detail pane: one item in full, its replies, follow-ups (with Done), the author's other
items on any site (a customer's history), the item's history, and the status buttons.

Everything a site sent us is shown as plain text (reviews can hold markup such as
`<img src="file:///...">`, tech-notes §8): labels use Qt.PlainText, never rich text. Text
labels are selectable, which lays them out as a text document whose paragraphs take their
direction from their own first strong letter, so Arabic and Urdu paragraphs read from the
right even in a left-to-right window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from repman.domain import (
    InvalidTransition,
    RepmanError,
    Status,
    check_transition,
    parse_iso,
    to_iso,
    utcnow,
)
from repman.store import Store
from repman.ui import display, event_text
from repman.ui.i18n import QT_TRANSLATE_NOOP, Retranslating

AskReason = Callable[[QWidget], "str | None"]
OpenUrl = Callable[[QUrl], Any]

# Button label, target status, tooltip (with the keyboard shortcut the main window gives).
_BUTTONS: tuple[tuple[str, Status, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ItemView", "In progress"),
        Status.IN_PROGRESS,
        QT_TRANSLATE_NOOP("ItemView", "Someone is on it"),
    ),
    (
        QT_TRANSLATE_NOOP("ItemView", "Answered"),
        Status.ANSWERED,
        QT_TRANSLATE_NOOP("ItemView", "A reply was posted or sent (A)"),
    ),
    (
        QT_TRANSLATE_NOOP("ItemView", "Ignore…"),
        Status.IGNORED,
        QT_TRANSLATE_NOOP("ItemView", "No reply needed; asks for a reason (I)"),
    ),
    (
        QT_TRANSLATE_NOOP("ItemView", "Close"),
        Status.CLOSED,
        QT_TRANSLATE_NOOP("ItemView", "Nothing more to do"),
    ),
    (
        QT_TRANSLATE_NOOP("ItemView", "Reopen"),
        Status.NEW,
        QT_TRANSLATE_NOOP("ItemView", "Back to new (R)"),
    ),
)
# Field key and its caption, in the order shown.
_FIELDS = (
    ("site", QT_TRANSLATE_NOOP("ItemView", "Site")),
    ("author", QT_TRANSLATE_NOOP("ItemView", "Author")),
    ("rating", QT_TRANSLATE_NOOP("ItemView", "Rating")),
    ("created", QT_TRANSLATE_NOOP("ItemView", "Written")),
    ("updated", QT_TRANSLATE_NOOP("ItemView", "Edited")),
    ("status", QT_TRANSLATE_NOOP("ItemView", "Status")),
    ("assignee", QT_TRANSLATE_NOOP("ItemView", "Assignee")),
    ("language", QT_TRANSLATE_NOOP("ItemView", "Language")),
)
_REPLY_STATES = {
    "draft": QT_TRANSLATE_NOOP("ItemView", "Draft"),
    "sent": QT_TRANSLATE_NOOP("ItemView", "Sent by hand"),
    "posted": QT_TRANSLATE_NOOP("ItemView", "Posted"),
}


@dataclass
class _Related:
    """What the pane shows besides the item itself, read with it: drawn again from here when
    the language changes (a redraw never reads the store)."""

    replies: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)  # the author's other items
    events: list[dict[str, Any]] = field(default_factory=list)


def ask_reason_dialog(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ItemView", "Ignore item"),
        QCoreApplication.translate(
            "ItemView", "Why does this item need no reply? (kept in its history)"
        ),
    )
    return text.strip() if ok else None


def web_url(url: str | None) -> QUrl | None:
    """The item's address if it is a web page; anything else (file:, javascript:) is refused."""
    if not url:
        return None
    qurl = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme().lower() not in ("http", "https") or not qurl.host():
        return None
    return qurl


def _plain_label(parent: QWidget, *, selectable: bool = True, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    bold = QFont(label.font())
    bold.setBold(True)
    label.setFont(bold)
    return label


def _set_user_text(label: QLabel, text: str | None) -> None:
    """Item text: plain, with the widget's direction taken from the text itself."""
    value = text or ""
    label.setText(value)
    rtl = display.is_rtl(value)
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )


class ItemView(Retranslating, QWidget):
    message = Signal(str)  # something to tell the user in the status bar
    statusChanged = Signal(int)  # this item's status was changed here
    itemChanged = Signal(int)  # assigned, or a follow-up done: the inbox row may change
    otherItemChosen = Signal(int)  # an item of the author's history was clicked

    def __init__(
        self,
        store: Store,
        actor: str,
        *,
        ask_reason: AskReason = ask_reason_dialog,
        open_url: OpenUrl | None = None,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._ask_reason = ask_reason
        self._open_url = open_url or QDesktopServices.openUrl
        self._clock = clock
        self._item: dict[str, Any] | None = None
        self._related = _Related()

        self.buttons: dict[Status, QPushButton] = {}
        button_row = QHBoxLayout()
        for _label, status, _tip in _BUTTONS:
            button = QPushButton(self)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, s=status: self.request_status(s))
            self.buttons[status] = button
            button_row.addWidget(button)
        button_row.addStretch(1)

        self.placeholder = QLabel(self)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)

        content = QWidget(self)
        self.title = _plain_label(content)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        for key, _caption in _FIELDS:
            self.captions[key] = _plain_label(content, selectable=False, wrap=False)
            self.fields[key] = _plain_label(content, wrap=False)
            form.addRow(self.captions[key], self.fields[key])
        self.text = _plain_label(content)
        self.url = _plain_label(content)
        # A long address has nowhere to wrap: clip it rather than widen the pane.
        self.url.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(content)
        self.open_button.clicked.connect(self.open_on_site)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.replies_title = _heading(content)  # with the count: set by _fill
        self.replies_box = QVBoxLayout()
        self.followups_title = _heading(content)
        self.followups_box = QVBoxLayout()
        self.customer_title = _heading(content)  # with the count: set by _fill
        self.customer = QListWidget(content)
        self.customer.setUniformItemSizes(True)
        self.customer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.customer.itemClicked.connect(self._choose_other)
        self.history_title = _heading(content)
        self.history = _plain_label(content)

        column = QVBoxLayout(content)
        # Widgets and layouts from top to bottom; a number is space between them.
        for part in (
            *(self.title, form, 6, self.text, 6, url_row),
            *(10, self.replies_title, self.replies_box, 10),
            *(self.followups_title, self.followups_box, 10, self.customer_title, self.customer),
            *(10, self.history_title, self.history),
        ):
            if isinstance(part, int):
                column.addSpacing(part)
            elif isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.scroll_area)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 0, 6, 0)  # symmetric: the same in right-to-left
        outer.addLayout(button_row)
        outer.addLayout(self._stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for label, status, tip in _BUTTONS:
            self.buttons[status].setText(self.tr(label))
            self.buttons[status].setToolTip(self.tr(tip))
        self.placeholder.setText(self.tr("Select an item to read it."))
        for key, caption in _FIELDS:
            self.captions[key].setText(self.tr(caption))
        self.open_button.setText(self.tr("Open on site"))
        self.followups_title.setText(self.tr("Follow-ups"))
        self.customer.setToolTip(
            self.tr("The same author's items on every site; click one to open it")
        )
        self.history_title.setText(self.tr("History"))
        if self._item is not None:
            self._fill()  # the status, ages, counts and history read in the new language

    # -- which item ------------------------------------------------------------------------
    @property
    def item_id(self) -> int | None:
        return None if self._item is None else int(self._item["id"])

    def show_item(self, item_id: int | None) -> None:
        try:
            self._item = None if item_id is None else self._store.item(item_id)
            self._related = _Related() if self._item is None else self._read_related(self._item)
        except RepmanError as exc:
            self._item, self._related = None, _Related()
            self.message.emit(exc.message)
        self._fill()

    def _read_related(self, item: dict[str, Any]) -> _Related:
        item_id = item["id"]
        return _Related(
            replies=self._store.replies(item_id),
            followups=self._store.followups(item_id),
            others=self._store.author_items(item["author"], item_id) if item["author"] else [],
            events=self._store.events(item_id),
        )

    def reload(self) -> None:
        self.show_item(self.item_id)

    # -- status changes --------------------------------------------------------------------
    def request_status(self, status: Status) -> bool:
        """What the buttons and shortcuts call: Ignore asks for a reason first."""
        if status is Status.IGNORED:
            return self.ignore()
        return self.set_status(status)

    def ignore(self) -> bool:
        if self._item is None:
            self.message.emit(self.tr("No item selected"))
            return False
        reason = self._ask_reason(self)
        if reason is None:
            return False  # cancelled
        if not reason:
            self.message.emit(self.tr("Ignoring an item needs a reason"))
            return False
        return self.set_status(Status.IGNORED, reason)

    def set_status(self, status: Status, reason: str | None = None) -> bool:
        label = display.status_label(status).lower()
        return self._write(
            lambda i: self._store.set_status(i, status, self._actor, reason),
            (
                self.tr("Marked {status}").format(status=label),
                self.tr("Already {status}").format(status=label),
            ),
            self.statusChanged,
        )

    def assign_to_me(self) -> bool:
        return self._write(
            lambda i: self._store.assign(i, self._actor, self._actor),
            (self.tr("Assigned to you"), self.tr("Already assigned to you")),
        )

    def complete_followup(self, followup_id: int) -> bool:
        def done(_item_id: int) -> bool:
            self._store.complete_followup(followup_id, self._actor)
            return True

        return self._write(done, (self.tr("Follow-up done"), ""))

    def _write(
        self, write: Callable[[int], bool], messages: tuple[str, str], signal: Any = None
    ) -> bool:
        """Change the shown item; tell the user what happened; reload when it changed."""
        item_id = self.item_id
        if item_id is None:
            self.message.emit(self.tr("No item selected"))
            return False
        try:
            changed = write(item_id)
        except RepmanError as exc:
            self.message.emit(exc.message[:1].upper() + exc.message[1:])
            return False
        self.message.emit(messages[0] if changed else messages[1])
        if changed:
            self.reload()
            (signal or self.itemChanged).emit(item_id)
        return changed

    def open_on_site(self) -> None:
        url = web_url(None if self._item is None else self._item.get("url"))
        if url is None:
            self.message.emit(self.tr("This item has no web address to open"))
            return
        self._open_url(url)

    # -- filling the pane ------------------------------------------------------------------
    def _fill(self) -> None:
        item = self._item
        self._stack.setCurrentIndex(0 if item is None else 1)
        current = None if item is None else Status(item["status"])
        for status, button in self.buttons.items():
            button.setEnabled(current is not None and _allowed(current, status))
        for box in (self.replies_box, self.followups_box):
            _clear(box)
        if item is None:
            self.open_button.setEnabled(False)
            return
        _set_user_text(self.title, item.get("title"))
        self.title.setVisible(bool(item.get("title")))
        _set_user_text(self.text, item.get("text"))
        # Arabic script looks a size smaller than Latin at the same point size.
        text_font = QFont(self.font())
        if display.is_rtl(item.get("text")):
            text_font.setPointSizeF(text_font.pointSizeF() * 1.15)
        self.text.setFont(text_font)
        kind = item.get("kind") or ""
        site = display.clean_name(item.get("source"))
        self.fields["site"].setText(f"{site} · {kind}" if kind else site)
        _set_user_text(self.fields["author"], display.clean_name(item.get("author")) or "—")
        rating = item.get("rating")
        self.fields["rating"].setText(
            "—" if rating is None else f"{display.stars(rating)}  {rating}/5"
        )
        self.fields["created"].setText(self._when(item.get("created_at"), with_age=True))
        self.fields["updated"].setText(self._when(item.get("updated_at")) or "—")
        self.fields["status"].setText(self._status_text(item))
        _set_user_text(self.fields["assignee"], display.clean_name(item.get("assignee")) or "—")
        self.fields["language"].setText(item.get("language") or self.tr("unknown"))
        url = item.get("url") or ""
        self.url.setText(url)
        self.url.setVisible(bool(url))
        self.open_button.setVisible(bool(url))
        self.open_button.setEnabled(web_url(url) is not None)
        self._fill_replies(self._related.replies)
        self._fill_followups(self._related.followups)
        self._fill_customer(self._related.others)
        self._fill_history(self._related.events)

    def _when(self, iso: str | None, *, with_age: bool = False) -> str:
        shown = display.local_time(iso)
        if not shown or not with_age or iso is None:
            return shown
        try:
            ago = display.age(self._clock() - parse_iso(iso))
        except ValueError:
            return shown
        return self.tr("{time} ({age} ago)").format(time=shown, age=ago)

    def _status_text(self, item: dict[str, Any]) -> str:
        text = display.status_label(item.get("status"))
        criticism = bool(item.get("is_criticism"))
        if criticism:
            text += " · " + self.tr("criticism")
        try:
            created = parse_iso(item["created_at"])
        except (KeyError, TypeError, ValueError):
            return text
        if display.is_overdue(item["status"], criticism, created, self._clock()):
            hours = f"{display.target_hours(criticism):g}"
            text += " · " + self.tr("overdue (target {hours} h)").format(hours=hours)
        return text

    def _fill_replies(self, replies: list[dict[str, Any]]) -> None:
        self.replies_title.setText(
            self.tr("Replies ({count})").format(count=len(replies))
            if replies
            else self.tr("No replies yet")
        )
        for reply in replies:
            frame = QFrame(self.scroll_area.widget())
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            meta = _plain_label(frame, wrap=False)
            by = display.isolate(display.clean_name(reply.get("by")) or self.tr("unknown"))
            raw_state = reply.get("state") or ""
            state = self.tr(_REPLY_STATES[raw_state]) if raw_state in _REPLY_STATES else raw_state
            when = display.local_time(reply.get("sent_at") or reply.get("created_at"))
            meta.setText(
                self.tr("{state} by {name} · {time}").format(state=state, name=by, time=when)
            )
            meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
            body = _plain_label(frame)
            _set_user_text(body, reply.get("body"))
            box.addWidget(meta)
            box.addWidget(body)
            self.replies_box.addWidget(frame)

    def _fill_followups(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            line = QWidget(self.scroll_area.widget())
            box = QHBoxLayout(line)
            box.setContentsMargins(0, 0, 0, 0)
            label = _plain_label(line)
            note = display.isolate(row.get("note") or "")
            due = display.local_time(row.get("due_at"))
            text = self.tr("Due {time}: {note}").format(time=due, note=note)
            if row.get("done_at"):
                done_at = display.local_time(row["done_at"])
                text += " · " + self.tr("done {time}").format(time=done_at)
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            else:
                text += (
                    " · " + self.tr("overdue")
                    if row.get("due_at", "") < to_iso(self._clock())
                    else ""
                )
                done = QPushButton(self.tr("Done"), line)
                done.setToolTip(self.tr("The promise was kept: mark this follow-up done"))
                done.clicked.connect(lambda _=False, f=row["id"]: self.complete_followup(f))
                box.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
            label.setText(text)
            box.insertWidget(0, label, 1)
            self.followups_box.addWidget(line)
        self.followups_title.setVisible(bool(rows))

    def _fill_customer(self, others: list[dict[str, Any]]) -> None:
        """The author's other items on any site: a customer's history."""
        self.customer.clear()
        for other in others:
            when = display.local_time(other["created_at"])[:10]
            meta = (other["source"], display.stars(other["rating"]), when, other["status"])
            parts = [display.isolate(display.status_label(p)) for p in meta if p]
            text = display.excerpt(other["text"], other["title"], 80)
            entry = QListWidgetItem(f"{' · '.join(parts)} — {display.isolate(text)}")
            entry.setData(Qt.ItemDataRole.UserRole, other["id"])
            self.customer.addItem(entry)
        self.customer_title.setText(
            self.tr("Other items by this author ({count})").format(count=len(others))
        )
        self.customer_title.setVisible(bool(others))
        self.customer.setVisible(bool(others))
        rows = min(len(others), 5)  # more scroll inside the list
        height = max(self.customer.sizeHintForRow(0), 1) * rows + 2 * self.customer.frameWidth()
        self.customer.setFixedHeight(height)

    def _choose_other(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, int):
            self.otherItemChosen.emit(item_id)

    def _fill_history(self, events: list[dict[str, Any]]) -> None:
        lines = []
        for event in events:
            what = event_text.describe(event)
            actor = display.isolate(display.clean_name(event.get("actor")) or "—")
            lines.append(f"{display.local_time(event.get('at'))}  {actor}  {what}")
        # Each line is our sentence, so it runs in the UI's direction; starting with a date and
        # a Latin name, it would otherwise be laid out left to right in Arabic and Urdu too.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        self.history.setText(
            "\n".join(mark + line for line in lines)
            or self.tr("Nothing has happened to this item yet.")
        )


def _clear(box: QVBoxLayout) -> None:
    while (entry := box.takeAt(0)) is not None:
        if (widget := entry.widget()) is not None:
            widget.hide()  # gone from the screen now; deleted when the event loop runs
            widget.deleteLater()


def _allowed(current: Status, target: Status) -> bool:
    try:
        check_transition(current, target)
    except InvalidTransition:
        return False
    return True
