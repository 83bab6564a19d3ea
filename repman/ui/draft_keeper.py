"""Draft autosave for the composer: a reply being written survives a crash and a restart.

The first edit creates a draft reply at once (the item moves to "in progress", so colleagues
see someone is on it); later edits rewrite it about a second after the last key, and closing
the composer writes it immediately. The writes are a single small row on the GUI thread's
own connection: a worker would add a window in which a crash loses the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from repman.domain import NotFound, ReplyState, RepmanError
from repman.store import Store

AUTOSAVE_MS = 1000


class DraftKeeper(QObject):
    created = Signal(int)  # item id: its first draft was written (the status may have moved)
    failed = Signal(str)  # the draft could not be saved (a message for the user)

    def __init__(
        self, store: Store, actor: str, delay_ms: int = AUTOSAVE_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self.item_id: int | None = None
        self.draft_id: int | None = None
        self._pending: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    def start(self, item_id: int) -> str:
        """Watch an item's draft; returns the text of its latest draft ("" when none)."""
        self.flush()
        self.item_id = item_id
        self.draft_id = None
        drafts = [r for r in self._store.replies(item_id) if r["state"] == ReplyState.DRAFT]
        if not drafts:
            return ""
        latest = drafts[-1]  # replies come oldest first
        self.draft_id = int(latest["id"])
        return str(latest["body"])

    def edited(self, text: str) -> None:
        """The user changed the reply."""
        self._pending = text
        if self.draft_id is None:
            self.flush()  # the first edit: a draft exists from now on
        else:
            self.timer.start()

    def flush(self) -> None:
        """Write what is pending now (closing, switching items, before sending)."""
        self.timer.stop()
        text, self._pending = self._pending, None
        if text is None or self.item_id is None:
            return
        try:
            self._write(self.item_id, text)
        except RepmanError as exc:
            self._pending = text  # kept: the next edit or the close tries again
            self.failed.emit(
                self.tr("The draft could not be saved: {reason}").format(reason=exc.message)
            )

    def forget(self) -> int | None:
        """The reply was sent: stop saving; returns the draft id for the caller to drop."""
        self.timer.stop()
        self._pending = None
        draft_id, self.draft_id = self.draft_id, None
        return draft_id

    def _write(self, item_id: int, text: str) -> None:
        if not text.strip():
            if self.draft_id is not None:  # emptied: no blank draft stays behind
                self._store.discard_draft(self.draft_id)
                self.draft_id = None
            return
        if self.draft_id is not None:
            try:
                self._store.update_draft(self.draft_id, text)
                return
            except NotFound:  # sent or dropped from another window: start a new one
                self.draft_id = None
        self.draft_id = self._store.add_reply(item_id, text, ReplyState.DRAFT, self._actor)
        self.created.emit(item_id)
