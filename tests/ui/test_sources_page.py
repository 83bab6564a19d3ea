"""The Sources page: forms built from each kind's fields, secrets only in the keyring, kept
when left empty, removal confirmed, no keyring refused with a banner, Test and sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtWidgets import QLineEdit
from pytest_httpserver import HTTPServer

from repman.domain import Item, ItemKind
from repman.source_setup import NO_KEYRING
from repman.sources.registry import connector_class, kinds
from repman.store import Store
from repman.ui.display import FSI, PDI
from repman.ui.sources_page import STORED, SourcesPage
from repman.ui.workers import SyncPool, Workers, open_path, use_store
from tests.memkeyring import MemoryKeyring
from tests.sources.test_google_oauth import CLIENT, browser
from tests.sources.test_mastodon import status

SECRET = "tok-SECRET-42"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "inbox.db"


@pytest.fixture
def file_store(db: Path) -> Iterator[Store]:
    with Store.open(db) as s:
        yield s


class Confirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, text: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def make_page(qtbot: Any, file_store: Store) -> Any:
    def make(**kwargs: Any) -> SourcesPage:
        kwargs.setdefault("confirm", Confirm(True))
        workers = kwargs.pop("workers", None) or Workers(use_store(file_store), pool=SyncPool())
        page = SourcesPage(file_store, workers, **kwargs)
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def fill(page: SourcesPage, kind: str, name: str, **values: str) -> None:
    page.new_source()
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.name.setText(name)
    for key, value in values.items():
        edits = page.setting_edits if key in page.setting_edits else page.secret_edits
        edits[key].setText(value)


def test_each_kind_gets_a_form_from_its_fields(make_page: Any) -> None:
    page = make_page()
    for kind in kinds():
        page.kind.setCurrentIndex(page.kind.findData(kind))
        info = connector_class(kind).info()
        assert list(page.setting_edits) == [f.name for f in info.settings] + ["base_url"]
        assert list(page.secret_edits) == [f.name for f in info.secrets]
        for edit in page.secret_edits.values():
            assert edit.echoMode() == QLineEdit.EchoMode.Password
        shown = {
            label.text() for label in page.fields_area.widget().findChildren(type(page.heading))
        }
        assert {f.help for f in info.settings if f.help} <= shown  # help text under each field
        assert page.terms.text() == info.terms_note
        assert page.connect_button.isVisibleTo(page) == (kind in ("google", "googleplay"))


def test_adding_keeps_settings_in_the_store_and_the_secret_only_in_the_keyring(
    make_page: Any, file_store: Store, db: Path, mem_keyring: MemoryKeyring
) -> None:
    page = make_page()
    changed: list[bool] = []
    page.sourcesChanged.connect(lambda: changed.append(True))
    fill(page, "mastodon", "Cedar", instance="https://social.example", tag="cedarolive",
         token=SECRET)  # fmt: skip
    assert page.save()
    source = file_store.source("Cedar")
    assert (source.kind, source.settings) == (
        "mastodon", {"instance": "https://social.example", "tag": "cedarolive"})  # fmt: skip
    assert mem_keyring.store[("repman", "Cedar/token")] == SECRET
    assert changed == [True]
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Cedar"
    assert page.secret_edits["token"].text() == ""  # never shown again
    assert page.secret_edits["token"].placeholderText() == STORED
    file_store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in db.parent.glob("inbox.db*"):
        assert SECRET.encode() not in path.read_bytes()


def test_required_fields_are_checked_like_the_command_line(
    make_page: Any, file_store: Store
) -> None:
    page = make_page()
    fill(page, "yelp", "Yelp")
    assert not page.save()
    assert page.feedback.text() == "Yelp needs Business ID or alias."
    fill(page, "yelp", "", business="cedar-olive")
    assert not page.save() and page.feedback.text() == "Give the source a name."
    fill(page, "yelp", "Yelp", business="cedar-olive")
    assert not page.save() and page.feedback.text().startswith("Yelp needs its ")
    assert file_store.sources() == []


def test_editing_keeps_a_stored_secret_when_its_field_is_left_empty(
    make_page: Any, file_store: Store, mem_keyring: MemoryKeyring
) -> None:
    page = make_page()
    fill(page, "mastodon", "Cedar", instance="https://social.example", tag="old", token=SECRET)
    assert page.save()
    page.new_source()
    page.show_source("Cedar")
    assert page.name.isReadOnly() and not page.kind.isEnabled()
    assert page.setting_edits["tag"].text() == "old"
    assert page.secret_edits["token"].placeholderText() == STORED
    page.setting_edits["tag"].setText("new")
    page.enabled.setChecked(False)
    assert page.save()
    source = file_store.source("Cedar")
    assert source.settings["tag"] == "new" and not source.enabled
    assert mem_keyring.store[("repman", "Cedar/token")] == SECRET  # kept
    page.secret_edits["token"].setText("tok-NEW")
    assert page.save()
    assert mem_keyring.store[("repman", "Cedar/token")] == "tok-NEW"


def test_removing_asks_first_naming_the_items_it_deletes(
    make_page: Any, file_store: Store, mem_keyring: MemoryKeyring
) -> None:
    no = Confirm(False)
    page = make_page(confirm=no)
    fill(page, "mastodon", "Cedar", instance="https://social.example", tag="t", token=SECRET)
    assert page.save()
    source = file_store.source("Cedar")
    items = [Item(f"e{n}", ItemKind.MENTION, "text", "2025-01-01T00:00:00Z") for n in range(3)]
    file_store.upsert_items(source.id, items)
    page.show_source("Cedar")
    page.remove_button.click()
    assert no.asked == [f"Remove the source {FSI}Cedar{PDI}? This deletes its 3 items, with "
                        "their replies and history. This cannot be undone."]  # fmt: skip
    assert file_store.find_source("Cedar") is not None  # said no: nothing happened
    page.set_sync_running(True)
    assert not page.remove_button.isEnabled()  # not while a sync may write its items
    page.set_sync_running(False)
    no.answer = True
    page.remove_button.click()
    assert file_store.find_source("Cedar") is None and file_store.item_counts_by_source() == {}
    assert ("repman", "Cedar/token") not in mem_keyring.store  # its token went with it
    assert page.feedback.text() == f"Removed {FSI}Cedar{PDI} and 3 items."
    assert page.table.rowCount() == 0


def test_without_a_keyring_a_banner_shows_and_secrets_are_refused(
    make_page: Any, file_store: Store
) -> None:
    keyring.set_keyring(fail.Keyring())  # the autouse fixture puts the old one back
    page = make_page()
    assert page.banner.isVisibleTo(page) and page.banner.text() == NO_KEYRING
    assert "GNOME Keyring, KWallet" in NO_KEYRING
    fill(page, "mastodon", "Masto", instance="https://social.example", tag="t", token=SECRET)
    assert page.secret_edits["token"].placeholderText().startswith("cannot be kept")
    assert not page.save()
    assert page.feedback.text() == NO_KEYRING
    assert file_store.sources() == []
    fill(page, "yelp", "Yelp", business="cedar-olive")  # a required secret: refused too
    assert not page.save() and page.feedback.text() == NO_KEYRING
    fill(page, "mastodon", "Masto", instance="https://social.example", tag="t")  # no token
    assert page.save()
    fill(page, "rss", "News", url="https://news.example/feed.xml")
    assert page.save()
    assert [s.name for s in file_store.sources()] == ["Masto", "News"]


def test_test_button_answers_in_plain_words(make_page: Any, httpserver: HTTPServer) -> None:
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/api/v1/timelines/tag/ok").respond_with_json([status(2), status(1)])
    httpserver.expect_request("/api/v1/timelines/tag/expired").respond_with_data("", status=401)
    page = make_page()
    fill(page, "mastodon", "M", instance=base, tag="ok")
    page.test_button.click()  # before saving: the form's values are tried
    assert page.feedback.text() == "Test passed — connected: 2 items on the first page"
    page.setting_edits["tag"].setText("expired")
    page.secret_edits["token"].setText("wrong")
    page.test_button.click()
    assert page.feedback.text() == (
        "Test failed — Mastodon rejected the login (HTTP 401): the token may have expired "
        "or lack permission; reconnect this source"
    )
    assert page.test_button.isEnabled()
    request = httpserver.log[-1][0]
    assert request.headers["Authorization"] == "Bearer wrong"  # the typed token was used


def test_untrusted_names_and_errors_are_plain_text(make_page: Any, file_store: Store) -> None:
    name = "<b>Bold</b>\u202eevil"
    source = file_store.add_source("mastodon", name, {"instance": "https://x.example", "tag": "t"})
    error = '<img src="file:///etc/passwd"> failed'
    file_store.finish_sync(source.id, error)
    confirm = Confirm(False)
    page = make_page(confirm=confirm)
    page.show_source(name)
    assert page.table.item(0, 0).text() == "<b>Bold</b>evil"  # bidi override removed
    assert page.table.item(0, 4).text() == error
    assert "&lt;img" in page.table.item(0, 4).toolTip()
    assert page.heading.text() == "<b>Bold</b>evil"
    assert page.state.text().endswith(error)
    for label in (page.heading, page.state, page.feedback, page.banner, page.terms):
        assert label.textFormat() == Qt.TextFormat.PlainText
    page.remove()
    assert confirm.asked[0].startswith(f"Remove the source {FSI}<b>Bold</b>evil{PDI}?")


def test_connect_google_account_signs_in_through_the_browser_in_the_background(
    qtbot: Any, make_page: Any, file_store: Store, db: Path, httpserver: HTTPServer,
    mem_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    settings = {"account": "1", "location": "2",  # the token server is the local one
                "auth_url": httpserver.url_for("/o/oauth2/v2/auth"),
                "token_url": httpserver.url_for("/token")}  # fmt: skip
    file_store.add_source("google", "Google", settings)
    httpserver.expect_request("/token", method="POST").respond_with_json(
        {"access_token": "ya29.x", "refresh_token": "1//refresh", "token_type": "Bearer",
         "scope": "https://www.googleapis.com/auth/business.manage"})  # fmt: skip
    visit = browser(httpserver)
    opened: list[str] = []

    def open_url(url: QUrl) -> None:  # called on the GUI thread, as QDesktopServices would be
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        visit(opened[-1])

    workers = Workers(open_path(db), pool=QThreadPool())
    page = make_page(workers=workers, open_url=open_url)
    page.show_source("Google")
    page.secret_edits["client_id"].setText(CLIENT["client_id"])
    page.secret_edits["client_secret"].setText(CLIENT["client_secret"])
    page.connect_button.click()
    qtbot.waitUntil(lambda: page.feedback.text().startswith("Signed in"), timeout=10_000)
    workers.wait()
    assert opened and opened[0].startswith(httpserver.url_for("/o/oauth2/v2/auth"))
    assert mem_keyring.store[("repman", "Google/refresh_token")] == "1//refresh"
    assert mem_keyring.store[("repman", "Google/client_id")] == CLIENT["client_id"]
    assert file_store.source("Google").settings == settings  # hidden settings kept
    assert page.secret_edits["refresh_token"].placeholderText() == STORED


def test_an_imported_source_has_nothing_to_set_up_but_can_be_removed(
    make_page: Any, file_store: Store
) -> None:
    file_store.add_source("import", "reviews.csv")
    page = make_page()
    page.show_source("reviews.csv")
    assert page.kind.currentIndex() == -1 and page.table.item(0, 1).text() == "import"
    assert page.setting_edits == {} and page.secret_edits == {}
    assert not page.save_button.isEnabled() and not page.test_button.isEnabled()
    assert not page.connect_button.isVisibleTo(page)
    page.new_source()
    assert page.kind.currentData() == kinds()[0] and page.save_button.isEnabled()
    page.show_source("reviews.csv")
    page.remove()
    assert file_store.sources() == []
