"""Routing rules: conditions, several matches, storage as rows of the rules table."""

from __future__ import annotations

import json

import pytest

from repman.triage.routing import Routing, Rule, route

PRODUCT = Rule(
    "product complaints",
    categories=frozenset({"quality"}),
    criticism_only=True,
    assignees=("Sam",),
    departments=("product",),
    tags=("product",),
    position=1,
)
SERVICE = Rule(
    "all criticism to customer service",
    criticism_only=True,
    departments=("customer service",),
    assignees=("Maya",),
    position=2,
)
REFUNDS = Rule(
    "refunds",
    keywords=("refund*", "استرداد", "επιστροφή χρημάτων", "پیسے واپس"),
    departments=("accounts",),
    tags=("money",),
    position=3,
)
ARABIC_REVIEWS = Rule(
    "Arabic reviews on Google",
    source_kinds=frozenset({"google"}),
    languages=frozenset({"ar"}),
    rating_max=3,
    assignees=("Layla",),
    position=4,
)
SALES = Rule("sales questions", keywords=("catering", "bulk order"), departments=("sales",))
RULES = [PRODUCT, SERVICE, REFUNDS, ARABIC_REVIEWS, SALES]


def item(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "category": "other",
        "source_kind": "google",
        "source": "Google",
        "language": "en",
        "rating": None,
        "is_criticism": False,
        "title": None,
        "text": "",
    }
    base.update(fields)
    return base


def test_a_product_complaint_reaches_product_and_customer_service() -> None:
    routing = route(
        item(category="quality", is_criticism=True, rating=1, text="Stale bread"), RULES
    )
    assert routing.assignees == ("Sam", "Maya")
    assert routing.departments == ("product", "customer service")
    assert routing.tags == ("product",)
    assert routing.rules == ("product complaints", "all criticism to customer service")


def test_nothing_matches_nothing_routed() -> None:
    assert route(item(text="Lovely place"), RULES) == Routing()


@pytest.mark.parametrize(
    "text",
    [
        "Still waiting for my REFUND",
        "I was refunded twice??",
        "ما في استرداد للمبلغ",
        "Καμία επιστροφή χρημάτων ακόμα",
        "میرے پیسے واپس کریں",
    ],
)
def test_keywords_match_folded_and_inflected(text: str) -> None:
    assert "accounts" in route(item(text=text), RULES).departments


def test_keywords_also_look_at_the_title() -> None:
    assert route(item(title="Catering for 40?", text="for Friday"), RULES).departments == ("sales",)


def test_keyword_phrases_match_whole_words_only() -> None:
    assert route(item(text="a bulky order"), RULES).departments == ()
    assert route(item(text="a bulk order please"), RULES).departments == ("sales",)


def test_arabic_keywords_match_with_clitics() -> None:
    rule = Rule("bill", keywords=("فاتورة",), tags=("bill",))
    assert route(item(text="وبالفاتورة زادوا السعر"), [rule]).tags == ("bill",)


def test_rating_range_source_and_language() -> None:
    low = item(language="ar", rating=2)
    assert route(low, [ARABIC_REVIEWS]).assignees == ("Layla",)
    assert route(item(language="ar", rating=4), [ARABIC_REVIEWS]).assignees == ()
    assert route(item(language="ar", rating=None), [ARABIC_REVIEWS]).assignees == ()
    assert route(item(language="en", rating=2), [ARABIC_REVIEWS]).assignees == ()
    assert route(dict(low, source_kind="yelp"), [ARABIC_REVIEWS]).assignees == ()


def test_source_names() -> None:
    rule = Rule("branch 2", source_names=frozenset({"Google (Soho)"}), assignees=("Ali",))
    assert route(item(source="Google (Soho)"), [rule]).assignees == ("Ali",)
    assert route(item(source="Google"), [rule]).assignees == ()


def test_rules_apply_in_position_order_and_actions_are_deduplicated() -> None:
    a = Rule("a", assignees=("Maya", "Sam"), tags=("x",), position=2)
    b = Rule("b", assignees=("Sam",), tags=("x", "y"), position=1)
    routing = route(item(), [a, b])
    assert routing.assignees == ("Sam", "Maya")
    assert routing.tags == ("x", "y")
    assert routing.rules == ("b", "a")


def test_disabled_rules_do_nothing() -> None:
    off = Rule("off", assignees=("Nobody",), enabled=False)
    assert route(item(), [off]) == Routing()


def test_rules_round_trip_through_table_rows() -> None:
    for rule in RULES:
        row = rule.to_row()
        assert set(row) == {"name", "position", "match", "action", "enabled"}
        assert isinstance(row["match"], str) and isinstance(row["action"], str)
        assert Rule.from_row(row) == rule


def test_from_row_accepts_decoded_json_and_sqlite_integers() -> None:
    row = {
        "name": "low ratings",
        "position": 5,
        "match": {"rating": {"min": 1, "max": 2}, "categories": ["quality", "delivery"]},
        "action": json.dumps({"assignees": ["Maya"], "tags": ["urgent"]}),
        "enabled": 0,
    }
    rule = Rule.from_row(row)
    assert (rule.rating_min, rule.rating_max) == (1, 2)
    assert rule.categories == frozenset({"quality", "delivery"})
    assert rule.assignees == ("Maya",) and rule.departments == ()
    assert rule.enabled is False
    assert Rule.from_row({"name": "empty", "match": "", "action": None}).matches(item())


def test_from_row_rejects_a_json_list() -> None:
    with pytest.raises(ValueError):
        Rule.from_row({"name": "bad", "match": "[1, 2]", "action": "{}"})
