"""The reply composer: the item's text, suggested replies one click (or Alt+1..5) away, an
editor whose tone check underlines as the user types, the findings listed below it, a count
against the site's limit, the follow-up a promise creates, and Post (where the site takes
replies) or Copy and open site + Mark answered. Esc closes, Ctrl+Enter sends.

A window of its own beside the inbox, not a modal dialog: the reviewer's other items and the
dashboard stay one click away while writing. The draft is saved as it is written
(draft_keeper.py); slow work (suggestions, spelling, posting) runs in workers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repman.answering import DEFAULT_FOLLOWUP_DAYS, FollowupChoice, Recorded
from repman.domain import RepmanError, utcnow
from repman.replies.findings import Finding
from repman.replies.lexicon import base_language
from repman.replies.promises import followup_for
from repman.replies.spelling import UNAVAILABLE_NOTE, spelling_available
from repman.store import Store
from repman.ui import compose_tasks as tasks
from repman.ui import display
from repman.ui.char_count import CharCount
from repman.ui.draft_keeper import AUTOSAVE_MS, DraftKeeper
from repman.ui.findings_list import FindingsList
from repman.ui.followup_bar import FollowupBar
from repman.ui.i18n import Retranslating
from repman.ui.quoted_item import QuotedItem, is_rtl_item, text_font
from repman.ui.reply_editor import ReplyEditor
from repman.ui.reply_sender import OpenUrl, ReplySender
from repman.ui.suggestion_list import SuggestionList
from repman.ui.sync_controller import describe_exception
from repman.ui.workers import Workers

AskName = Callable[[QWidget, str], "str | None"]
ERROR_STYLE = "color: #b00020;"
SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def ask_template_name(parent: QWidget, suggested: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Composer", "Save as template"),
        QCoreApplication.translate("Composer", "Name of the template:"),
        text=suggested,
    )
    return text.strip() if ok else None


class Composer(Retranslating, QDialog):
    replied = Signal(int)  # item id: a reply was posted or sent (the inbox refreshes)
    itemChanged = Signal(int)  # item id: its first draft moved it to in progress
    message = Signal(str)  # something for the main window's status bar

    def __init__(
        self,
        store: Store,
        workers: Workers,
        actor: str,
        *,
        clock: Callable[[], datetime] = utcnow,
        open_url: OpenUrl | None = None,
        ask_name: AskName = ask_template_name,
        autosave_ms: int = AUTOSAVE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._store = store
        self._workers = workers
        self._actor = actor
        self._clock = clock
        self._ask_name = ask_name
        self._item: dict[str, Any] | None = None
        self._author = ""  # as shown in the window title
        self._site = ""  # on the Post button
        self._context: tasks.ComposeContext | None = None
        self._limit: Any = None
        self._days = DEFAULT_FOLLOWUP_DAYS
        self._template_id: int | None = None
        self._can_post = False
        self._spelling_note = ""
        self.keeper = DraftKeeper(store, actor, autosave_ms, self)
        self.keeper.created.connect(self.itemChanged)
        self.keeper.failed.connect(lambda text: self._say(text, error=True))
        self.sending = ReplySender(
            store, workers, actor, open_url or QDesktopServices.openUrl, self
        )
        self.sending.sent.connect(self._sent)
        self.sending.failed.connect(lambda text: self._say(text, error=True))
        self.sending.busyChanged.connect(self._set_busy)
        self._build()
        self.retranslate()
        self.resize(780, 860)
        if parent is not None:
            parent.installEventFilter(self)  # the main window closing saves the draft

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.quoted = QuotedItem(self)
        self.suggestions = SuggestionList(self)
        self.suggestions.chosen.connect(self.insert_suggestion)
        self.editor = ReplyEditor(self)
        self.editor.findingsChanged.connect(self._findings_changed)
        self.editor.edited.connect(lambda: self.keeper.edited(self.editor.text()))
        self.editor.spellingRequested.connect(self._check_spelling)
        self.count_label = CharCount(self)
        self.followup = FollowupBar(self)
        self.findings_list = FindingsList(self)
        self.findings_list.findingChosen.connect(self.editor.select_finding)
        self.tone_summary = _label(self)
        self.notes = _label(self)  # why the reply is copied by hand; no Urdu spelling
        self.notes.setWordWrap(True)
        self.notes.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = _label(self)
        self.status.setWordWrap(True)

        self.template_button = _button(self, self.save_as_template)
        self.copy_button = _button(self, self.copy_and_open)
        self.mark_button = _button(self, self.mark_answered)
        self.post_button = _button(self, self.post)
        self.close_button = _button(self, self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        for button in (self.copy_button, self.mark_button, self.post_button, self.close_button):
            buttons.addWidget(button)

        # Headings sit in rows, so they start at the leading edge in either direction (a
        # full-width label would align by its own text's direction instead).
        rows = [QHBoxLayout() for _ in range(3)]
        self.headings = [_label(self, bold=True) for _ in rows]
        for row, heading, beside in zip(
            rows, self.headings, (None, self.count_label, self.tone_summary), strict=True
        ):
            row.addWidget(heading)
            if beside is self.tone_summary:
                row.addWidget(beside)
            row.addStretch(1)
            if beside is self.count_label:
                row.addWidget(beside)
        column = QVBoxLayout(self)
        for part, stretch in (
            (self.quoted, 0), (rows[0], 0), (self.suggestions, 0), (rows[1], 0),
            (self.editor, 1), (self.followup, 0), (rows[2], 0), (self.findings_list, 0),
            (self.notes, 0), (self.status, 0), (buttons, 0),
        ):  # fmt: skip
            if isinstance(part, QWidget):
                column.addWidget(part, stretch)
            else:
                column.addLayout(part)

        self.send_action = QAction(self)
        self.send_action.setShortcuts([QKeySequence(k) for k in SEND_KEYS])
        self.send_action.triggered.connect(self.send)
        self.addAction(self.send_action)
        self.suggestion_actions = []
        for n in range(1, tasks.SUGGESTIONS + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.triggered.connect(lambda _=False, i=n - 1: self.insert_suggestion(i))
            self.addAction(action)
            self.suggestion_actions.append(action)

    def retranslate(self) -> None:
        self._show_title()
        self.editor.setPlaceholderText(
            self.tr("Write the reply, or pick a suggestion above (Alt+1).")
        )
        for heading, text in zip(self.headings, (
            self.tr("Suggested replies (Alt+1 … Alt+5)"), self.tr("Your reply"),
            self.tr("Tone check"),
        ), strict=True):  # fmt: skip
            heading.setText(text)
        self.template_button.setText(self.tr("Save as template…"))
        self.copy_button.setText(self.tr("Copy and open site"))
        self.mark_button.setText(self.tr("Mark answered"))
        self.mark_button.setToolTip(
            self.tr("You pasted the reply on the site: record it (Ctrl+Enter)")
        )
        self._post_words()
        self.post_button.setToolTip(self.tr("Post the reply on the site (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close"))
        self.send_action.setText(self.tr("Send"))
        for n, action in enumerate(self.suggestion_actions, 1):
            action.setText(self.tr("Suggestion {number}").format(number=n))
        if self._item is not None:  # the quoted item's line, the count, the findings
            self.quoted.show_item(self._item)
            self.count_label.set_limit(self._limit)
            self._findings_changed(self.editor.findings)

    def _show_title(self) -> None:
        author = display.isolate(self._author)
        self.setWindowTitle(
            self.tr("Reply to {name}").format(name=author) if self._author else self.tr("Reply")
        )

    def _post_words(self) -> None:
        site = self._site
        self.post_button.setText(
            self.tr("Post to {site}").format(site=site) if site else self.tr("Post")
        )

    # -- which item ------------------------------------------------------------------------
    @property
    def item_id(self) -> int | None:
        return None if self._item is None else int(self._item["id"])

    def open_item(self, item_id: int) -> None:
        """Show the composer for an item, with its latest draft."""
        if self.sending.busy and item_id != self.item_id:
            self.message.emit(self.tr("Still posting the last reply; try again in a moment"))
            return
        if item_id != self.item_id:
            self._load(item_id)
        self.show()
        self.raise_()
        self.activateWindow()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, item_id: int) -> None:
        self.keeper.flush()
        try:
            item = self._store.item(item_id)
            draft = self.keeper.start(item_id)
        except RepmanError as exc:
            self.message.emit(exc.message)
            return
        self._item, self._context, self._template_id = item, None, None
        self._limit = tasks.text_limit(item)
        self.count_label.set_limit(self._limit)
        self._days = tasks.followup_days(self._store)
        language = item.get("language")
        self._author = self.quoted.show_item(item)
        self._show_title()
        rtl = is_rtl_item(item)
        self.editor.setFont(text_font(self.font(), rtl))
        self.editor.set_right_to_left(rtl)
        self.followup.reset()
        self.editor.set_checker(self._tone_check, language)
        self.editor.load_text(draft)
        self.suggestions.show_loading()
        lang = base_language(language) or ""
        self._spelling_note = "" if spelling_available(lang) else UNAVAILABLE_NOTE.get(lang, "")
        self._set_mode(False, "")
        self._say(self.tr("Draft restored: it was saved as you wrote it.") if draft else "")
        self._workers.submit(
            "compose-context", tasks.load_context, item_id,
            on_result=self._context_loaded, on_error=self._context_failed,
        )  # fmt: skip

    def _context_loaded(self, context: tasks.ComposeContext) -> None:
        if context.item["id"] != self.item_id:
            return
        self._context = context
        self.suggestions.show_suggestions(context.suggestions, context.site)
        self._set_mode(context.can_post, context.site, context.post_note)
        self.editor.check_now()  # now with the replies already sent (the "generic" check)

    def _context_failed(self, exc: BaseException) -> None:
        self.suggestions.show_message(self.tr("No suggestions"))
        self._say(describe_exception(exc), error=True)

    def _set_mode(self, can_post: bool, site: str, note: str = "") -> None:
        self._can_post, self._site = can_post, site
        self._post_words()
        self.post_button.setVisible(can_post)
        self.copy_button.setVisible(not can_post)
        self.mark_button.setVisible(not can_post)
        notes = "\n".join(n for n in (note, self._spelling_note) if n)
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))

    # -- writing ---------------------------------------------------------------------------
    def insert_suggestion(self, index: int) -> None:
        context = self._context
        if context is None or not 0 <= index < len(context.suggestions) or self.sending.busy:
            return
        suggestion = context.suggestions[index]
        current = self.editor.text()
        cursor = self.editor.textCursor()
        if not current.strip() or current in {s.text for s in context.suggestions}:
            self.editor.selectAll()  # an untouched suggestion is swapped, not added to
        elif not cursor.hasSelection() and not cursor.atBlockStart():
            cursor.movePosition(cursor.MoveOperation.EndOfBlock)  # into a draft: its own
            self.editor.setTextCursor(cursor)  # paragraph, after the one the cursor is in
            self.editor.insert_text("\n\n")
        self.editor.insert_text(suggestion.text)
        self._template_id = suggestion.template.db_id
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tone_check(self, text: str) -> list[Finding]:
        item = self._item or {}
        findings = tasks.tone_findings(text, item, self._limit, self._context)
        language = item.get("language")
        self.followup.set_promise(followup_for(text, language, self._clock(), self._days))
        return findings

    def _check_spelling(self, text: str) -> None:
        item = self._item or {}
        words = self._context.known_words if self._context else ()  # names: never typos
        self._workers.submit(
            "compose-spell", tasks.spell, text, item.get("language"), words,
            on_result=lambda result: self.editor.set_spelling(*result),
            on_error=_spelling_failed,
        )  # fmt: skip

    def _findings_changed(self, findings: list[Finding]) -> None:
        text = self.editor.text()
        self.tone_summary.setText(self.findings_list.show_findings(findings, text))
        self.count_label.count(text)

    # -- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        """Ctrl+Enter: post where the site takes replies, otherwise record it as sent."""
        if self._can_post:
            self.post()
        else:
            self.mark_answered()

    def _ready(self) -> tuple[int, str, FollowupChoice] | None:
        """The item, the text and the follow-up to send, with the draft saved first."""
        text = self.editor.text().strip()
        if self.item_id is None or self.sending.busy:
            return None
        if not text:
            self._say(self.tr("Write a reply first."), error=True)
            return None
        self.editor.check_now()  # the follow-up line matches the text being sent
        self.keeper.flush()
        return self.item_id, text, self.followup.choice()

    def post(self) -> None:
        ready = self._ready()
        if ready is not None:
            site = self._context.site if self._context else self.tr("the site")
            self._say(self.tr("Posting to {site}…").format(site=site))
            self.sending.post(*ready, site=site, template_id=self._template_id,
                             draft_id=self.keeper.draft_id)  # fmt: skip

    def mark_answered(self) -> None:
        ready = self._ready()
        if ready is not None:
            self.sending.mark_sent(
                *ready, template_id=self._template_id, draft_id=self.keeper.draft_id
            )

    def _sent(self, item_id: int, recorded: Recorded, what: str) -> None:
        if recorded.followup_due:
            due = display.local_time(recorded.followup_due)
            what += "; " + self.tr("a follow-up is due {time}").format(time=due)
        if item_id == self.item_id:
            self.keeper.forget()  # the draft went with the reply
            self.keeper.item_id = None
            self.editor.load_text("")
            self.followup.reset()
            self._item = None
            self.hide()
        self.message.emit(what)
        self.replied.emit(item_id)

    def copy_and_open(self) -> None:
        text = self.editor.text().strip()
        if self._item is None or not text:
            self._say(self.tr("Write a reply first."), error=True)
            return
        site = self._context.site if self._context else self.tr("the site")
        self._say(self.sending.copy_and_open(text, self._item.get("url"), site))

    def save_as_template(self) -> None:
        item = self._item
        text = self.editor.text().strip()
        if item is None or not text:
            self._say(self.tr("Write a reply first."), error=True)
            return
        name = self._ask_name(self, tasks.template_name(item))
        if not name:
            return
        try:
            self._store.save_template(
                *tasks.user_template(name, text, item, self._store.settings())
            )
        except RepmanError as exc:
            self._say(exc.message, error=True)
            return
        self._say(self.tr("Saved as the template “{name}”.").format(name=display.isolate(name)))

    # -- state -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.editor.setReadOnly(busy)
        for widget in (self.post_button, self.mark_button, self.copy_button, self.suggestions):
            widget.setEnabled(not busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))

    def done(self, result: int) -> None:
        """Esc, Close and the window's close button: the draft is saved first."""
        self.keeper.flush()
        super().done(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.keeper.flush()
        return super().eventFilter(watched, event)


def _label(parent: QWidget, text: str = "", *, bold: bool = False) -> QLabel:
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = QFont(widget.font())
        font.setBold(True)
        widget.setFont(font)
    return widget


def _button(parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(parent)
    button.setAutoDefault(False)  # Enter in a list must never post
    button.clicked.connect(lambda _=False: slot())
    return button


def _spelling_failed(exc: BaseException) -> None:
    describe_exception(exc)  # a bug goes to the log; writing goes on without spelling
