"""Sending a reply from the composer: posting through the site in a worker (recorded only
when the site took it), recording a reply the user pasted on the site themselves, and
copying the reply for that. Results come back as signals on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication

from repman.answering import FollowupChoice, Recorded
from repman.domain import ReplyState, RepmanError
from repman.store import Store
from repman.ui import compose_tasks as tasks
from repman.ui.item_view import web_url
from repman.ui.sync_controller import describe_exception
from repman.ui.workers import Workers

OpenUrl = Callable[[QUrl], Any]


class ReplySender(QObject):
    sent = Signal(int, object, str)  # item id, Recorded, what happened in words
    failed = Signal(str)  # nothing was recorded: why, in plain words
    busyChanged = Signal(bool)  # a post is on its way

    def __init__(
        self, store: Store, workers: Workers, actor: str, open_url: OpenUrl, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._workers = workers
        self._actor = actor
        self._open_url = open_url
        self.busy = False

    def post(
        self,
        item_id: int,
        text: str,
        followup: FollowupChoice,
        *,
        site: str,
        template_id: int | None,
        draft_id: int | None,
    ) -> None:
        self._set_busy(True)

        def done(recorded: Recorded) -> None:
            self._set_busy(False)
            self.sent.emit(item_id, recorded, self.tr("Posted to {site}").format(site=site))

        self._workers.submit(
            "compose-post", tasks.post, item_id, text, self._actor, template_id, followup,
            draft_id, on_result=done, on_error=self._post_failed,
        )  # fmt: skip

    def _post_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        reason = describe_exception(exc).rstrip(".")
        self.failed.emit(
            self.tr(
                "Not posted: {reason}. Nothing was recorded; the reply is kept as a draft."
            ).format(reason=reason)
        )

    def mark_sent(
        self,
        item_id: int,
        text: str,
        followup: FollowupChoice,
        *,
        template_id: int | None,
        draft_id: int | None,
    ) -> None:
        """The user pasted the reply on the site: record it as sent by hand."""
        try:
            recorded = tasks.record(
                self._store, item_id, text, ReplyState.SENT, self._actor,
                template_id=template_id, followup=followup, draft_id=draft_id,
            )  # fmt: skip
        except RepmanError as exc:
            self.failed.emit(exc.message)
            return
        self.sent.emit(item_id, recorded, self.tr("Marked answered"))

    def copy_and_open(self, text: str, url: str | None, site: str) -> str:
        """Put the reply on the clipboard and open the item's page (web pages only);
        returns what to tell the user."""
        QGuiApplication.clipboard().setText(text)
        page = web_url(url)
        if page is None:
            return self.tr(
                "Copied. This item has no web address: paste it on {site} yourself."
            ).format(site=site)
        self._open_url(page)
        return self.tr("Copied. Paste it on {site}, then press Mark answered.").format(site=site)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)
