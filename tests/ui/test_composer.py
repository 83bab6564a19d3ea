"""The reply composer as a user drives it: a suggestion, the tone check underlining while
typing, posting to a (local) Mastodon, copying to a site without a reply API, the draft that
survives a restart, the site's length limit, a promise's follow-up, and Arabic text."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from pytest_httpserver import HTTPServer

from repman import secrets
from repman.domain import Assessment, Item, ItemKind, ReplyState, Status
from repman.store import Store
from repman.ui.composer import Composer
from repman.ui.display import local_time
from repman.ui.tone_highlighter import KIND_COLOURS
from repman.ui.workers import SyncPool, Workers, open_path

from .conftest import clock, hours_ago
from .windows import Recorder, ids_shown, make_window

TOOT_ID = "114380000000000001"
# Opening the composer raises its window: the offscreen platform cannot (nor size hints).
offscreen = pytest.mark.qt_log_ignore("This plugin does not support")


def add(store: Store, kind: str, name: str, text: str, **fields: Any) -> int:
    """An item of criticism on a new source of the given kind."""
    settings = fields.pop("settings", {})
    source = store.find_source(name) or store.add_source(kind, name, settings)
    fields.setdefault("created_at", hours_ago(2))
    fields.setdefault("language", "en")
    ext = fields.pop("external_id", f"{name}-{len(store.sources())}-{text[:10]}")
    item = Item(external_id=ext, kind=ItemKind.REVIEW, text=text, **fields)
    store.upsert_items(source.id, [item], assess=lambda _i: Assessment(is_criticism=True))
    return store.item_id(source.id, ext)


@pytest.fixture
def compose(qtbot: Any, store: Store, workers: Workers) -> Any:
    def make(**kwargs: Any) -> Composer:
        kwargs.setdefault("clock", clock)
        composer = Composer(kwargs.pop("store", store), kwargs.pop("workers", workers), "maya",
                            **kwargs)  # fmt: skip
        qtbot.addWidget(composer)
        return composer

    return make


@pytest.fixture
def toot(store: Store, httpserver: HTTPServer) -> int:
    """A Mastodon mention on a local server, with a user token in the (in-memory) keyring."""
    base = httpserver.url_for("/").rstrip("/")
    secrets.put("Masto", "token", "user-token-XYZ")
    return add(
        store, "mastodon", "Masto", "The hummus was cold and nobody came to our table.",
        settings={"instance": base, "tag": "cedar"}, external_id=TOOT_ID, author_name="Ana P.",
        url="https://social.example/@ana/1", raw={"account": {"acct": "ana@social.example"}},
    )  # fmt: skip


def type_text(composer: Composer, text: str) -> None:
    """Typing at the end (insertPlainText: keyClicks aborts on non-Latin text)."""
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    composer.editor.insertPlainText(text)


def kinds(composer: Composer) -> list[str]:
    return [f.kind for f in composer.editor.findings]


def underline_at(composer: Composer, position: int) -> QTextCharFormat | None:
    block = composer.editor.document().findBlock(position)
    ranges = block.layout().formats()
    for fmt_range in ranges:
        start = block.position() + fmt_range.start
        if start <= position < start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return None


@offscreen
def test_suggest_underline_fix_and_post_to_mastodon(
    qtbot: Any, compose: Any, store: Store, toot: int, httpserver: HTTPServer
) -> None:
    composer = compose()
    replied = Recorder()
    composer.replied.connect(replied)
    composer.open_item(toot)
    assert composer.post_button.isVisible() and composer.post_button.text() == "Post to Mastodon"
    assert not composer.copy_button.isVisible() and not composer.mark_button.isVisible()

    # A suggestion, one click away; Alt+2 swaps it for the next (it was not edited yet).
    suggestions = composer.suggestions.suggestions
    assert len(suggestions) >= 2 and "Ana" in suggestions[0].text
    composer.suggestions.itemClicked.emit(composer.suggestions.item(0))
    assert composer.editor.text() == suggestions[0].text
    composer.suggestion_actions[1].trigger()
    assert composer.editor.text() == suggestions[1].text
    composer.suggestion_actions[0].trigger()
    assert composer.editor.text() == suggestions[0].text

    # The defensive phrase is underlined after the debounce, explained, and listed.
    type_text(composer, " But that never happened.")
    qtbot.waitUntil(lambda: "defensive" in kinds(composer))
    text = composer.editor.text()
    start = text.index("that never happened")
    fmt = underline_at(composer, start + 3)
    assert fmt is not None
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert fmt.underlineColor().name() == KIND_COLOURS["defensive"]
    (finding,) = composer.editor.findings_at(start + 3)
    assert "Contradicting the customer" in finding.explanation
    cursor = composer.editor.textCursor()
    cursor.setPosition(start + 3)
    point = composer.editor.cursorRect(cursor).center()
    viewport = composer.editor.viewport()
    hover = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, hover)  # hovering shows the explanation, escaped
    assert QToolTip.text() == f"<p><b>Defensive</b><br>{html.escape(finding.explanation)}</p>"
    assert "customer&#x27;s side" in QToolTip.text()
    listed = [composer.findings_list.item(r).text() for r in range(composer.findings_list.count())]
    assert any(line.startswith("\u2068Defensive “that never happened”: ") for line in listed)

    # Clicking it in the list selects the words; fixing them removes the finding.
    row = next(r for r, line in enumerate(listed) if "Defensive" in line)
    composer.findings_list.itemClicked.emit(composer.findings_list.item(row))
    assert composer.editor.textCursor().selectedText() == "that never happened"
    composer.editor.insert_text("we are sorry it went that way")
    assert "defensive" not in kinds(composer)  # at once: the edit was inside the finding
    composer.editor.check_now()
    assert "defensive" not in kinds(composer)
    assert underline_at(composer, start + 3) is None
    assert not any("Defensive" in composer.findings_list.item(r).text()
                   for r in range(composer.findings_list.count()))  # fmt: skip

    reply = composer.editor.text()
    drafts = store.replies(toot)
    assert [(r["state"], r["body"]) for r in drafts][-1][0] == ReplyState.DRAFT  # autosaved
    httpserver.expect_request(
        "/api/v1/statuses", method="POST", headers={"Authorization": "Bearer user-token-XYZ"}
    ).respond_with_json({"id": "555", "created_at": "2026-01-02T03:04:05.000Z"})
    composer.post_button.click()

    (request, _response), *_ = [e for e in httpserver.log if e[0].path == "/api/v1/statuses"]
    assert request.get_json() == {
        "status": f"@ana@social.example {reply}",
        "in_reply_to_id": TOOT_ID,
        "visibility": "public",
    }
    assert [(r["state"], r["body"], r["external_reply_id"]) for r in store.replies(toot)] == [
        (ReplyState.POSTED, reply, "555")
    ]  # the draft went with it
    item = store.item(toot)
    assert (item["status"], item["first_response_at"]) == (Status.ANSWERED, "2026-01-02T03:04:05Z")
    assert store.followups(toot) == []  # nothing was promised
    assert replied.calls == [toot]
    assert not composer.isVisible()


@offscreen
def test_a_refused_post_records_nothing_and_says_why(
    compose: Any, store: Store, toot: int, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/api/v1/statuses", method="POST").respond_with_json(
        {"error": "Validation failed: Text character limit of 500 exceeded"}, status=422
    )
    composer = compose()
    composer.open_item(toot)
    type_text(composer, "Sorry, Ana, thank you for telling us.")
    composer.send_action.trigger()  # Ctrl+Enter posts where the site takes replies
    assert [r["state"] for r in store.replies(toot)] == [ReplyState.DRAFT]  # only the draft
    assert store.item(toot)["status"] == Status.IN_PROGRESS
    message = composer.status.text()
    assert message.startswith("Not posted: Mastodon refused the request (HTTP 422).")
    assert "kept as a draft" in message and "user-token-XYZ" not in message
    assert composer.isVisible() and composer.post_button.isEnabled()
    assert not composer.editor.isReadOnly()


@offscreen
def test_a_site_without_reply_api_copies_opens_and_marks(compose: Any, store: Store) -> None:
    url = "https://news.ycombinator.com/item?id=1"
    hn = add(store, "hackernews", "HN", "Cedar & Olive overcharged me", url=url,
             settings={"query": "cedar"}, author_name="pg")  # fmt: skip
    opened = Recorder()
    composer = compose(open_url=opened)
    composer.open_item(hn)
    assert composer.copy_button.isVisible() and composer.mark_button.isVisible()
    assert not composer.post_button.isVisible()
    assert "copy the reply to the site" in composer.notes.text()
    type_text(composer, "Sorry about the bill, thank you for telling us.")
    composer.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Sorry about the bill, thank you for telling us."
    assert opened.calls == [QUrl(url)]
    assert store.replies(hn)[0]["state"] == ReplyState.DRAFT  # copying records nothing yet

    composer.mark_button.click()
    assert [r["state"] for r in store.replies(hn)] == [ReplyState.SENT]
    assert store.item(hn)["status"] == Status.ANSWERED

    # Only web pages are opened: a javascript: address is refused.
    odd = add(store, "hackernews", "HN", "Odd link", url="javascript:alert(1)")
    composer.open_item(odd)
    type_text(composer, "Thanks")
    composer.copy_button.click()
    assert len(opened.calls) == 1
    assert "no web address" in composer.status.text()


@offscreen
def test_the_draft_survives_closing_and_a_restart(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as first:
        item = add(first, "yelp", "Yelp", "Cold falafel", author_name="Sam")
        composer = Composer(first, Workers(open_path(path), pool=SyncPool()), "maya", clock=clock)
        qtbot.addWidget(composer)
        composer.open_item(item)
        type_text(composer, "Sorry, Sam")
        assert [r["body"] for r in first.replies(item)] == ["Sorry, Sam"]  # the first edit
        assert first.item(item)["status"] == Status.IN_PROGRESS
        type_text(composer, ", that is not how falafel should be")
        assert first.replies(item)[0]["body"] == "Sorry, Sam"  # later edits wait a second
        qtbot.waitUntil(lambda: first.replies(item)[0]["body"].endswith("should be"), timeout=3000)
        type_text(composer, ". Thank you for telling us.")
        qtbot.keyClick(composer.editor, Qt.Key.Key_Escape)  # Esc closes: saved at once
        assert not composer.isVisible()
        text = composer.editor.text()
        assert [(r["state"], r["body"]) for r in first.replies(item)] == [(ReplyState.DRAFT, text)]
        composer.open_item(item)
        assert composer.editor.text() == text

    with Store.open(path) as second:  # a new window on the same file, after a restart
        assert [r["body"] for r in second.replies(item) if r["state"] == "draft"] == [text]
        again = Composer(second, Workers(open_path(path), pool=SyncPool()), "maya", clock=clock)
        qtbot.addWidget(again)
        again.open_item(item)
        assert again.editor.text() == text
        assert "Draft restored" in again.status.text()
        again.reject()


@offscreen
def test_the_count_turns_red_over_google_plays_limit(compose: Any, store: Store) -> None:
    play = add(store, "googleplay", "Play", "Crashes at checkout", settings={"package": "x"})
    composer = compose()
    composer.open_item(play)
    type_text(composer, "a" * 350)
    assert composer.count_label.text() == "350 / 350"
    assert not composer.count_label.over_limit
    type_text(composer, "!")
    assert composer.count_label.text() == "351 / 350"
    assert composer.count_label.over_limit and "#b00020" in composer.count_label.styleSheet()
    composer.editor.check_now()
    (too_long,) = [f for f in composer.editor.findings if f.kind == "too_long"]
    assert (too_long.start, too_long.end) == (350, 351)

    google = add(store, "google", "Google", "Rude staff")
    composer.open_item(google)
    type_text(composer, "é" * 10)  # Google counts bytes
    assert composer.count_label.text() == "20 / 4096 bytes"


@offscreen
def test_a_promise_shows_its_followup_and_the_chosen_date_is_kept(
    qtbot: Any, compose: Any, store: Store
) -> None:
    yelp = add(store, "yelp", "Yelp", "Charged twice", author_name="Sam")
    composer = compose()
    composer.open_item(yelp)
    assert not composer.followup.isVisible()
    type_text(composer, "Sorry, Sam, and thank you. We will refund the second charge.")
    qtbot.waitUntil(composer.followup.isVisible)
    due = local_time("2025-03-10T12:00:00Z")  # two days after the clock's now
    assert composer.followup.label.text() == (
        f"This reply promises something: a follow-up will be due on {due}."
    )
    composer.followup.change_button.click()
    assert composer.followup.date_edit.isVisible()
    composer.followup.set_due(datetime(2025, 3, 12, 9, 30, tzinfo=UTC))
    composer.followup.note_button.click()
    composer.followup.note_edit.clear()
    qtbot.keyClicks(composer.followup.note_edit, "Check the refund went through")
    type_text(composer, " Again, sorry.")  # typing on keeps the user's choice
    composer.editor.check_now()
    assert composer.followup.label.text().endswith(f"{local_time('2025-03-12T09:30:00Z')}.")

    composer.send_action.trigger()  # Ctrl+Enter marks answered where nothing can post
    assert [(f["due_at"], f["note"]) for f in store.followups(yelp)] == [
        ("2025-03-12T09:30:00Z", "Check the refund went through")
    ]

    other = add(store, "yelp", "Yelp", "Also charged twice")
    composer.open_item(other)
    type_text(composer, "Sorry, thank you. We will call you.")
    composer.editor.check_now()
    composer.followup.skip.setChecked(True)  # "No follow-up"
    composer.mark_answered()
    assert store.followups(other) == []
    assert store.item(other)["status"] == Status.ANSWERED


@offscreen
def test_arabic_text_gets_its_findings_at_the_right_places(compose: Any, store: Store) -> None:
    ar = add(store, "google", "Google", "التوصيل تأخر ساعة", language="ar", author_name="سارة")
    composer = compose()
    composer.open_item(ar)
    alignment = composer.editor.document().defaultTextOption().alignment()
    assert alignment & Qt.AlignmentFlag.AlignRight  # lines start at the right
    text = "شكراً لرسالتك 😀 لكن كلامك غير صحيح، وهذا ليس خطأنا. نعتذر عن التاخير."
    type_text(composer, text)  # insertPlainText: keyClicks aborts on Arabic
    composer.editor.check_now()
    composer.editor.request_spelling()  # the pause: the worker (run at once here) answers
    found = {(f.kind, text[f.start : f.end]) for f in composer.editor.findings}
    assert {("defensive", "كلامك غير صحيح"), ("defensive", "ليس خطأنا"),
            ("spelling", "التاخير")} <= found  # fmt: skip
    # The emoji is two UTF-16 units: underlines after it sit one position further on.
    start = text.index("ليس خطأنا")
    fmt = underline_at(composer, start + 1 + 2)
    assert fmt is not None and fmt.underlineColor().name() == KIND_COLOURS["defensive"]
    (blame,) = [f for f in composer.editor.findings if text[f.start : f.end] == "ليس خطأنا"]
    composer.editor.select_finding(blame)  # what a click in the findings list does
    assert composer.editor.textCursor().selectedText() == "ليس خطأنا"
    typo = text.index("التاخير") + 1
    fmt = underline_at(composer, typo + 2)
    assert fmt is not None and fmt.underlineColor().name() == KIND_COLOURS["spelling"]
    menu = QMenu(composer)
    assert "التأخير" in composer.editor.add_spelling_actions(menu, typo + 2)
    menu.actions()[0].trigger()  # the first correction replaces the word
    assert composer.editor.text().endswith("نعتذر عن التأخير.")


@offscreen
def test_save_as_template_keeps_the_names_as_placeholders(compose: Any, store: Store) -> None:
    store.set_setting("signature", "Maya")
    item = add(store, "yelp", "Yelp", "Cold falafel", author_name="Sam Jones")
    store.set_category(item, "food_quality", "maya")
    composer = compose(ask_name=lambda _parent, suggested: f"{suggested} (calm)")
    composer.open_item(item)
    type_text(composer, "Hi Sam, sorry the falafel was cold. Thank you for telling us. Maya")
    composer.template_button.click()
    (saved,) = [t for t in store.templates() if t["name"] == "My food quality reply (calm)"]
    assert saved["body"] == (
        "Hi {first_name}, sorry the falafel was cold. Thank you for telling us. {signature}"
    )
    assert (saved["language"], saved["category"], saved["kind"]) == (
        "en",
        "food_quality",
        "criticism",
    )


@offscreen
def test_the_main_window_opens_the_composer_and_refreshes(
    qtbot: Any, store: Store, workers: Workers, tmp_path: Path
) -> None:
    item = add(store, "yelp", "Yelp", "Slow service", author_name="Lee")
    window = make_window(qtbot, store, workers, tmp_path / "views.json", reply_composer=True)
    window.table.select_id(item)
    window.actions_by_name["compose"].trigger()  # e
    assert window.composer.isVisible() and window.composer.item_id == item
    assert window.statusBar().currentMessage() == ""  # no "composer on its way" message
    type_text(window.composer, "Sorry for the wait, Lee, and thank you for telling us.")
    assert window.item_view.fields["status"].text().startswith("In progress")  # the draft
    type_text(window.composer, " We are adding staff.")  # saved within a second, or ...
    window.close()  # ... when the window closes
    assert store.replies(item)[0]["body"].endswith("We are adding staff.")
    window.show()
    window.composer.mark_answered()
    assert item not in ids_shown(window)  # answered: gone from the open items at once
    assert window.statusBar().currentMessage() == "Marked answered"
