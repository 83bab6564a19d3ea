"""Search must find words the way our users type them, in all four languages."""

from __future__ import annotations

import pytest

from repman.domain import Status
from repman.store import InboxFilter, Sort, Store
from repman.store.textnorm import fold, fts_query, index_text
from tests.helpers import by_rating, make_item

# (query as typed, text as stored in the review)
FINDS = [
    ("مطعم", "أفضل مَطْعَم في المدينة"),  # harakat inside the word
    ("جيد", "الأكل جيّد والخدمة سريعة"),  # shadda
    ("احمد", "شكرا أحمد على الاستقبال"),  # hamza on alef
    ("اسعار", "الأسعار مرتفعة"),  # hamza + article
    ("خدمه", "خدمة ممتازة"),  # taa marbuta typed as heh
    ("مستشفى", "قريب من المستشفي"),  # alef maksura vs yeh
    ("رائع", "المكان رائـــع"),  # tatweel
    ("مطعم", "المطعم نظيف"),  # the article
    ("نظيف", "المكان واسع ونظيف"),  # attached wa
    ("طعام", "والطعامُ بارد"),  # wa + article + damma
    ("المطعم", "مطعم صغير"),  # the query carries the article
    ("καλημερα", "Καλημέρα σας!"),  # tonos and capitals
    ("προιον", "Πολύ καλό προϊόν"),  # dialytika with tonos
    ("ΦΑΓΗΤΟ", "το φαγητό ήταν κρύο"),  # upper case query, accented text
    ("σερβις", "ΑΡΓΟ ΣΕΡΒΙΣ"),  # final sigma in capitals
    ("cafe", "Best café in town"),
    ("CAFÉ", "cafe au lait"),
    ("strasse", "Kaffee an der Straße"),
    ("کھانا", "كهانا بہت اچھا تھا"),  # Urdu keheh and do-chashmi heh vs Arabic letters
    ("اچھی", "سروس اچھي تھی"),  # Urdu yeh vs Arabic yeh
    ("ہوٹل", "یہ هوٹل"),  # heh goal vs heh
    ("٣", "table 3 was dirty"),  # Arabic-Indic digit
    ("deli", "delicious hummus"),  # prefix while typing
]

MISSES = [
    ("ولد", "لد"),  # a wa that belongs to the word is not stripped
    ("cafe", "coffee"),
    ("καλη", "κακή εξυπηρέτηση"),
]


@pytest.fixture
def memory() -> Store:
    return Store.memory()


@pytest.mark.parametrize(("query", "text"), FINDS)
def test_query_finds_the_stored_variant(memory: Store, query: str, text: str) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("x", text), make_item("other", "unrelated words")])
    rows, _ = memory.inbox_page(InboxFilter(search=query))
    assert [r["text"] for r in rows] == [text]


@pytest.mark.parametrize(("query", "text"), MISSES)
def test_query_does_not_match_a_different_word(memory: Store, query: str, text: str) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("x", text)])
    assert memory.count(InboxFilter(search=query)) == 0


def test_stored_text_stays_byte_exact(memory: Store) -> None:
    text = "مَطْعَم رائـــع — Καλημέρα"
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("x", text)])
    assert memory.inbox_page(InboxFilter(search="مطعم"))[0][0]["text"] == text


def test_search_covers_title_and_author(memory: Store) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(
        source.id,
        [
            make_item("a", "ok", title="Σερβίτορος αγενής"),
            make_item("b", "ok", author_name="Zoë Müller"),
        ],
    )
    assert memory.count(InboxFilter(search="αγενης")) == 1
    assert memory.count(InboxFilter(search="zoe muller")) == 1


def test_all_words_must_match(memory: Store) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("a", "cold food"), make_item("b", "cold drinks")])
    assert memory.count(InboxFilter(search="cold food")) == 1
    assert memory.count(InboxFilter(search="cold")) == 2


@pytest.mark.parametrize("query", ['"', "AND", "a OR b", "NEAR(x y)", "col:thing", "*", "-x", "^"])
def test_search_syntax_typed_by_a_user_is_plain_text(memory: Store, query: str) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("a", "a OR b and NEAR thing col x")])
    memory.count(InboxFilter(search=query))  # must not raise an FTS5 syntax error


def test_punctuation_only_query_matches_nothing(memory: Store) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("a", "!!!")])
    assert memory.count(InboxFilter(search="!!!")) == 0
    assert fts_query("?!") is None


def test_edited_review_is_found_by_its_new_words_only(memory: Store) -> None:
    source = memory.add_source("import", "Site")
    memory.upsert_items(source.id, [make_item("a", "the soup was cold")])
    memory.upsert_items(source.id, [make_item("a", "the soup was lovely")])
    assert memory.count(InboxFilter(search="cold")) == 0
    assert memory.count(InboxFilter(search="lovely")) == 1


def test_invisible_characters_cannot_hide_a_word() -> None:
    assert fold("Κα\u200bλη") == "καλη"  # a zero-width space planted inside a word
    assert fold("می\u200cخواهم") == "ميخواهم"  # ZWNJ joins the Persian/Urdu word
    assert index_text("والطعام") == "والطعام طعام"


@pytest.mark.parametrize("sort", list(Sort))
@pytest.mark.parametrize(
    "f",
    [
        InboxFilter(search="cold"),
        InboxFilter(search="cold", criticism=True),
        InboxFilter(search="cold food", statuses=("new",)),
        InboxFilter(search="col", rating_max=2),
    ],
)
def test_search_pages_with_many_matches_are_exact(
    memory: Store, monkeypatch: pytest.MonkeyPatch, sort: Sort, f: InboxFilter
) -> None:
    """Many matches take the window plan (thresholds lowered here): every keyset page must
    equal the plain order of all matching items."""
    from repman.store import inbox

    monkeypatch.setattr(inbox, "_FEW_MATCHES", 5)
    monkeypatch.setattr(inbox, "_WINDOW_MIN", 3)
    source = memory.add_source("import", "Site")
    words = ["cold food", "warm soup", "cold drinks", "coldness", "fine"]
    items = [
        make_item(
            str(n), words[n % 5], rating=n % 5 + 1, created_at=f"2026-01-{n % 28 + 1:02d}T00:00:00Z"
        )
        for n in range(300)
    ]
    memory.upsert_items(source.id, items, by_rating)
    for n in range(1, 300, 7):
        memory.set_status(n, Status.ANSWERED, "t")
    expected = list(memory.inbox_ids(f, sort))  # one plain query: the reference order
    seen: list[int] = []
    after = None
    while True:
        rows, after = memory.inbox_page(f, sort, after, limit=7)
        seen += [r["id"] for r in rows]
        if after is None:
            break
    assert seen == expected and expected
