"""The detail pane: plain text only, right-to-left where the text is, status buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from repman.domain import ReplyState, Status
from repman.store import Store
from repman.ui.item_view import ItemView

from .conftest import clock

HTML = '<b>x</b><img src="file:///etc/passwd">'


class Recorder:
    def __init__(self, answer: Any = None) -> None:
        self.calls: list[Any] = []
        self.answer = answer

    def __call__(self, arg: Any) -> Any:
        self.calls.append(arg)
        return self.answer


@pytest.fixture
def make_view(qtbot: Any, store: Store) -> Any:
    def make(*, reason: str | None = "spam", opened: Recorder | None = None) -> ItemView:
        view = ItemView(
            store,
            "alice",
            ask_reason=Recorder(reason),
            open_url=opened or Recorder(),
            clock=clock,
        )
        qtbot.addWidget(view)
        view.resize(600, 700)
        view.show()
        return view

    return make


def paragraph_directions(label: QLabel) -> list[Qt.LayoutDirection]:
    """How Qt lays out each paragraph of a selectable label (its text document)."""
    label.grab()  # paint it, as the screen would: the label fills its document lazily
    document = label.findChild(QTextDocument)
    assert document is not None
    block, directions = document.begin(), []
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    return directions


def test_markup_in_a_review_shows_as_text(make_view: Any, add_item: Any) -> None:
    item = add_item(HTML, title=f"Title {HTML}", author_name=f"<i>{HTML}</i>")
    view = make_view()
    view.show_item(item)
    assert view.text.text() == HTML
    assert HTML in view.title.text()
    assert HTML in view.fields["author"].text()
    labels = view.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_reply_bodies_are_plain_text_too(make_view: Any, add_item: Any, store: Store) -> None:
    item = add_item("Nice")
    store.add_reply(item, f"Thanks {HTML}", ReplyState.POSTED, "Owner")
    view = make_view()
    view.show_item(item)
    bodies = [label.text() for label in view.findChildren(QLabel)]
    assert f"Thanks {HTML}" in bodies
    assert view.replies_title.text() == "Replies (1)"


def test_arabic_text_reads_right_to_left(make_view: Any, add_item: Any) -> None:
    item = add_item("الخدمة كانت سيئة جدا!\nThe staff spoke English.", language="ar")
    view = make_view()
    view.show_item(item)
    assert view.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Each paragraph takes its own direction: the Arabic one right-to-left.
    assert paragraph_directions(view.text) == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
    ]


def test_urdu_and_english_directions(make_view: Any, add_item: Any) -> None:
    urdu = add_item("کھانا بہت اچھا تھا۔", language="ur", author_name="عائشہ")
    english = add_item("Lovely food.", language="en")
    view = make_view()
    view.show_item(urdu)
    assert paragraph_directions(view.text) == [Qt.LayoutDirection.RightToLeft]
    assert view.fields["author"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    view.show_item(english)
    assert view.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert paragraph_directions(view.text) == [Qt.LayoutDirection.LeftToRight]


def test_answered_button_changes_the_status(
    qtbot: Any, make_view: Any, add_item: Any, store: Store
) -> None:
    item = add_item("Bad", rating=1)
    view = make_view()
    view.show_item(item)
    with qtbot.waitSignal(view.statusChanged) as changed:
        qtbot.mouseClick(view.buttons[Status.ANSWERED], Qt.MouseButton.LeftButton)
    assert changed.args == [item]
    assert store.item(item)["status"] == Status.ANSWERED
    assert store.item(item)["first_response_at"] is not None
    assert view.fields["status"].text().startswith("Answered")
    assert "new → answered" in view.history.text()
    assert "alice" in view.history.text()
    # Only the moves the workflow allows from "answered" are offered.
    enabled = {s for s, b in view.buttons.items() if b.isEnabled()}
    assert enabled == {Status.CLOSED, Status.NEW}


def test_an_invalid_transition_is_a_message(
    qtbot: Any, make_view: Any, add_item: Any, store: Store
) -> None:
    item = add_item("Fine")
    store.set_status(item, Status.ANSWERED, "me")
    store.set_status(item, Status.CLOSED, "me")
    view = make_view()
    view.show_item(item)
    with qtbot.waitSignal(view.message) as told:
        assert view.request_status(Status.ANSWERED) is False
    assert "cannot change status from closed to answered" in told.args[0].lower()
    assert store.item(item)["status"] == Status.CLOSED


def test_ignore_asks_for_a_reason(make_view: Any, add_item: Any, store: Store) -> None:
    item = add_item("Spam spam")
    view = make_view(reason="spam from a competitor")
    view.show_item(item)
    view.request_status(Status.IGNORED)
    assert store.item(item)["status"] == Status.IGNORED
    assert store.events(item)[-1]["detail"] == "spam from a competitor"


def test_cancelling_the_reason_ignores_nothing(make_view: Any, add_item: Any, store: Store) -> None:
    item = add_item("Spam spam")
    view = make_view(reason=None)
    view.show_item(item)
    assert view.request_status(Status.IGNORED) is False
    assert store.item(item)["status"] == Status.NEW


def test_open_on_site_opens_web_pages_only(make_view: Any, add_item: Any) -> None:
    web = add_item("x", url="https://maps.example.com/review/1")
    local = add_item("y", url="file:///etc/passwd")
    script = add_item("z", url="javascript:alert(1)")
    opened = Recorder()
    view = make_view(opened=opened)
    view.show_item(web)
    assert view.open_button.isEnabled()
    view.open_button.click()
    assert opened.calls == [QUrl("https://maps.example.com/review/1")]
    for item in (local, script):
        view.show_item(item)
        assert not view.open_button.isEnabled()
        assert view.url.text() != ""  # still shown, as text
        view.open_on_site()
    assert len(opened.calls) == 1


def test_nothing_selected(make_view: Any) -> None:
    view = make_view()
    view.show_item(None)
    assert not any(b.isEnabled() for b in view.buttons.values())
    assert view.set_status(Status.ANSWERED) is False
