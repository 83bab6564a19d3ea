from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from repman.replies.suggest import Suggestion, suggest, wanted_kind
from repman.replies.templates import Template, builtin_templates
from repman.sources.base import ReplyLimit

LIBRARY = builtin_templates()


def ranked(
    item: Mapping[str, Any],
    templates: Sequence[Template] = LIBRARY,
    *,
    limit: int | None = None,
    max_length: ReplyLimit | int | None = None,
) -> list[Suggestion]:
    return suggest(
        item,
        templates,
        business="Cedar & Olive",
        signature="Eleni",
        contact="020 7946 0000",
        limit=limit,
        max_length=max_length,
    )


def greek_delivery_complaint() -> dict[str, object]:
    return {
        "author": "Μιχάλης Π.",
        "language": "el",
        "category": "delivery",
        "rating": 1,
        "is_criticism": 1,
        "source": "Google",
    }


def test_criticism_gets_calm_replies_of_its_category_and_language_first() -> None:
    out = ranked(greek_delivery_complaint())
    top = out[0]
    assert (top.template.language, top.template.category, top.template.kind) == (
        "el",
        "delivery",
        "criticism",
    )
    assert top.match == "best" and top.text.startswith("Γεια σας Μιχάλης,")
    assert "Eleni" in top.text and "020 7946 0000" in top.text
    # then the "other" category in Greek, then English, and praise only at the very end
    order = [(s.template.language, s.template.category, s.template.kind) for s in out]
    assert order[:2] == [("el", "delivery", "criticism")] * 2
    assert order[2:4] == [("el", "other", "criticism")] * 2
    assert {lang for lang, _, _ in order} == {"el", "en"}
    first_praise = next(i for i, o in enumerate(order) if o[2] == "praise")
    assert all(o[2] == "praise" for o in order[first_praise:])


def test_five_stars_get_a_thank_you() -> None:
    item = {
        "author": "Hollie Grant",
        "language": "en",
        "category": "quality",
        "rating": 5,
        "is_criticism": 0,
    }
    top = ranked(item, limit=2)
    assert [s.template.id for s in top] == ["en.quality.praise.1", "en.other.praise.1"]
    assert top[0].text.startswith("Hi Hollie, thank you!")


def test_falls_back_to_english_when_a_language_has_no_template() -> None:
    item = {"author": "Jean", "language": "fr", "category": "booking", "rating": 2}
    out = ranked(item, limit=3)
    assert [s.template.id for s in out[:2]] == ["en.booking.criticism.1", "en.booking.criticism.2"]
    assert all(s.match == "fallback_language" for s in out)
    without_greek = [t for t in LIBRARY if t.language != "el"]
    top = ranked(greek_delivery_complaint(), without_greek)[0]
    assert top.template.id == "en.delivery.criticism.1"


def test_user_templates_rank_alongside_builtins_of_the_same_fit() -> None:
    mine = Template(
        id="user.12",
        name="Saved reply",
        language="el",
        category="delivery",
        kind="criticism",
        body="[[{first_name},||]] συγγνώμη και ευχαριστούμε. Η παραγγελία σας έρχεται.",
        short=True,
        builtin=False,
        db_id=12,
    )
    out = ranked(greek_delivery_complaint(), [*LIBRARY, mine])
    assert out[0].template is mine
    assert out[0].to_json()["template_id"] == 12
    assert {s.template.id for s in out[1:3]} == {
        "el.delivery.criticism.1",
        "el.delivery.criticism.2",
    }
    # a saved reply of another category ranks with the unrelated categories, not above the fit
    elsewhere = replace(mine, category="booking")
    ids = [s.template.id for s in ranked(greek_delivery_complaint(), [*LIBRARY, elsewhere])]
    assert ids.index("user.12") > ids.index("el.other.criticism.2")


def test_replies_longer_than_the_site_allows_rank_after_those_that_fit() -> None:
    out = ranked(greek_delivery_complaint(), max_length=ReplyLimit(280))
    assert out[0].template.id == "el.delivery.criticism.2" and out[0].fits
    assert out[0].length == len(out[0].text) <= 280
    long_one = next(s for s in out if s.template.id == "el.delivery.criticism.1")
    assert not long_one.fits
    assert out.index(long_one) > out.index(
        next(s for s in out if s.template.id == "el.other.criticism.2")
    )
    # a plain number is a limit in characters
    assert (
        ranked(greek_delivery_complaint(), max_length=280)[0].template.id
        == "el.delivery.criticism.2"
    )


def test_missing_owner_details_degrade_gracefully() -> None:
    item = {"author": "@lunchbox_lou", "language": "ar", "category": "price_billing", "rating": 1}
    top = suggest(item, LIBRARY, business=None, signature=None, contact=None, limit=1)[0]
    assert top.text.startswith("مرحباً،") and "{" not in top.text and "[[" not in top.text


def test_wanted_kind() -> None:
    assert wanted_kind({"is_criticism": 1, "rating": 5}) == "criticism"
    assert wanted_kind({"rating": 3}) == "criticism"
    assert wanted_kind({"rating": 4}) == "praise"
    assert wanted_kind({"is_criticism": 0}) == "praise"
    assert wanted_kind({"sentiment": -0.4}) == "criticism"
    assert wanted_kind({}) is None
