"""Sync and import write through upsert_items: no duplicates, edits kept, workflow untouched."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from repman.domain import ItemKind, ReplyState, SiteReply, Status
from repman.store import InboxFilter, Store
from tests.helpers import by_rating, make_item


def _changes(store: Store) -> int:
    return int(store.db.conn.total_changes)


def test_same_external_id_twice_is_one_item(store: Store) -> None:
    source = store.add_source("google", "Google")
    store.upsert_items(source.id, [make_item("r1", "first")])
    result = store.upsert_items(source.id, [make_item("r1", "first"), make_item("r2", "second")])
    assert (result.inserted, result.unchanged) == (1, 1)
    assert store.count(InboxFilter()) == 2


def test_same_external_id_on_two_sources_is_two_items(store: Store) -> None:
    a = store.add_source("google", "Google")
    b = store.add_source("yelp", "Yelp")
    store.upsert_items(a.id, [make_item("1")])
    store.upsert_items(b.id, [make_item("1")])
    assert store.count(InboxFilter()) == 2


def test_resync_of_unchanged_items_writes_nothing(store: Store) -> None:
    source = store.add_source("google", "Google")
    items = [make_item(str(n), f"review {n}", rating=n % 5 + 1) for n in range(50)]
    store.upsert_items(source.id, items, by_rating)
    before = _changes(store)
    result = store.upsert_items(source.id, items, by_rating)
    assert result.unchanged == 50
    assert _changes(store) == before


def test_an_edited_review_keeps_its_status_assignee_and_replies(store: Store) -> None:
    source = store.add_source("google", "Google")
    store.upsert_items(source.id, [make_item("r1", "terrible", rating=1)], by_rating)
    store.add_reply(1, "We are sorry", ReplyState.SENT, "Maya")
    store.assign(1, "Omar", "Maya")
    edited = make_item("r1", "actually fine now", rating=4, updated_at="2026-02-01T00:00:00Z")
    result = store.upsert_items(source.id, [edited], by_rating)
    item = store.item(1)
    assert result.updated == 1
    assert (item["text"], item["rating"], item["updated_at"]) == (
        "actually fine now",
        4,
        "2026-02-01T00:00:00Z",
    )
    assert item["is_criticism"] == 0  # triage follows the edit
    assert (item["status"], item["assignee"]) == ("answered", "Omar")
    assert [r["body"] for r in store.replies(1)] == ["We are sorry"]


def test_rating_drives_criticism_and_priority(store: Store) -> None:
    source = store.add_source("google", "Google")
    store.upsert_items(
        source.id,
        [
            make_item("bad", rating=1),
            make_item("good", rating=5),
            make_item("mention", kind=ItemKind.MENTION),
        ],
        by_rating,
    )
    rows, _ = store.inbox_page(InboxFilter())
    assert rows[0]["external_id"] == "bad"
    assert {r["external_id"]: r["is_criticism"] for r in rows} == {
        "bad": 1,
        "good": 0,
        "mention": 0,
    }


def test_a_reply_found_on_the_site_answers_the_item_once(store: Store) -> None:
    source = store.add_source("google", "Google")
    reply = SiteReply("Thank you!", "2026-01-01T03:00:00Z", external_reply_id="rep-1")
    item = make_item("r1", "lovely", rating=5, site_reply=reply)
    first = store.upsert_items(source.id, [item])
    again = store.upsert_items(source.id, [item])
    row = store.item(1)
    assert (first.replies_found, again.replies_found) == (1, 0)
    assert row["status"] == Status.ANSWERED
    assert row["first_response_at"] == "2026-01-01T03:00:00Z"
    assert [(r["body"], r["state"]) for r in store.replies(1)] == [("Thank you!", "posted")]


def test_a_failing_batch_leaves_nothing_half_written(store: Store) -> None:
    source = store.add_source("google", "Google")
    store.upsert_items(source.id, [make_item("kept", "safe")])

    def explode(item: object) -> object:
        raise RuntimeError("triage crashed")

    with pytest.raises(RuntimeError):
        store.upsert_items(source.id, [make_item("new1"), make_item("new2")], explode)  # type: ignore[arg-type]
    assert [r["external_id"] for r in store.inbox_page(InboxFilter())[0]] == ["kept"]
    assert store.count(InboxFilter(search="text")) == 0


def test_many_threads_can_write_at_once(tmp_path: Path) -> None:
    """Sync writes each source's pages from its own thread and connection."""
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        ids = [store.add_source("mastodon", f"S{n}").id for n in range(8)]
    errors: list[BaseException] = []

    def writer(source_id: int) -> None:
        try:
            with Store.open(path) as mine:
                for batch in range(15):
                    items = [make_item(f"{batch}-{n}", f"text {n}") for n in range(40)]
                    with mine.transaction():
                        mine.upsert_items(source_id, items, by_rating)
                        mine.save_cursor(source_id, {"batch": batch})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(path) as store:
        assert store.count(InboxFilter()) == 8 * 15 * 40
