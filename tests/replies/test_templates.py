"""Every built-in template in every language: complete, renders cleanly with or without each
value, and passes its own tone check and spelling."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from repman.replies.folding import fold_text
from repman.replies.lexicon import lexicon
from repman.replies.render import context, render
from repman.replies.templates import (
    CATEGORIES,
    KINDS,
    PLACEHOLDERS,
    SHORT_LENGTH,
    Template,
    builtin_templates,
    problems,
    template_from_row,
)
from repman.replies.tone import check

LANGUAGES = ("en", "ar", "ur", "el")
TEMPLATES = builtin_templates()
NAMES = {"en": "Tom Brennan", "ar": "طارق عيسى", "ur": "عمران قریشی", "el": "Μαρία Γεωργίου"}
SIGNATURES = {"en": "Maya", "ar": "مايا", "ur": "بلال", "el": "Ελένη"}
GREETINGS = {"en": "Hello,", "ar": "مرحباً،", "ur": "السلام علیکم،", "el": "Γεια σας,"}
FULL = {"business": "Cedar & Olive", "contact": "hello@cedarolive.example"}
OPTIONAL = ("first_name", "contact", "business", "signature", "source")


def full_values(t: Template) -> dict[str, str | None]:
    return context(
        {"author": NAMES[t.language], "source": "Tripadvisor"},
        business=FULL["business"],
        signature=SIGNATURES[t.language],
        contact=FULL["contact"],
    )


def ids(t: Template) -> str:
    return t.id


def test_library_covers_every_language_category_and_kind() -> None:
    counts = Counter((t.language, t.category, t.kind) for t in TEMPLATES)
    for language, category in itertools.product(LANGUAGES, CATEGORIES):
        assert counts[(language, category, "criticism")] >= 2, (language, category)
        assert counts[(language, category, "praise")] >= 1, (language, category)
        short = [
            t
            for t in TEMPLATES
            if (t.language, t.category, t.kind, t.short) == (language, category, "criticism", True)
        ]
        assert short, f"no short criticism reply for {language}/{category}"
    assert {t.kind for t in TEMPLATES} == set(KINDS)
    assert len({t.id for t in TEMPLATES}) == len(TEMPLATES)


@pytest.mark.parametrize("t", TEMPLATES, ids=ids)
def test_template_is_well_formed(t: Template) -> None:
    assert re.fullmatch(rf"{t.language}\.{t.category}\.{t.kind}\.\d+", t.id)
    assert t.name and t.builtin and problems(t.body) == []
    assert set(re.findall(r"\{(\w+)\}", t.body)) <= PLACEHOLDERS


@pytest.mark.parametrize("t", TEMPLATES, ids=ids)
def test_renders_without_leftovers_whatever_is_missing(t: Template) -> None:
    full = full_values(t)
    for size in range(len(OPTIONAL) + 1):
        for missing in itertools.combinations(OPTIONAL, size):
            values = {k: (None if k in missing else v) for k, v in full.items()}
            text = render(t.body, values)
            assert not re.search(r"[{}\[\]]", text), (missing, text)
            assert "  " not in text and not re.search(r"\s[,.!?،؛؟۔]", text), (missing, text)
            assert not text.endswith("—") and " at ." not in text, (missing, text)
            if "first_name" in missing:
                assert text.startswith(GREETINGS[t.language]), text
            if "contact" not in missing and "{contact}" in t.body:
                assert FULL["contact"] in text


@pytest.mark.parametrize("t", TEMPLATES, ids=ids)
def test_passes_its_own_tone_and_spelling_check(t: Template) -> None:
    values = full_values(t)
    text = render(t.body, values)
    known = [NAMES[t.language], SIGNATURES[t.language], FULL["business"], "Tripadvisor"]
    findings = check(text, t.language, answering_criticism=t.kind == "criticism", known_words=known)
    # A calm reply may promise something (that becomes a follow-up); nothing else may fire.
    assert {f.kind for f in findings} <= {"promise"}, [
        (f.kind, text[f.start : f.end]) for f in findings
    ]
    bare = render(t.body, {})
    findings = check(bare, t.language, answering_criticism=t.kind == "criticism")
    assert {f.kind for f in findings} <= {"promise"}, [
        (f.kind, bare[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize("t", [t for t in TEMPLATES if t.kind == "criticism"], ids=ids)
def test_criticism_replies_thank_and_apologise(t: Template) -> None:
    lex = lexicon(t.language)
    assert lex is not None and lex.apology is not None and lex.thanks is not None
    folded = fold_text(render(t.body, full_values(t)))
    assert lex.apology.search(folded) and lex.thanks.search(folded)


@pytest.mark.parametrize("t", [t for t in TEMPLATES if t.short], ids=ids)
def test_short_templates_fit_x(t: Template) -> None:
    assert len(render(t.body, full_values(t))) <= SHORT_LENGTH


def test_praise_replies_thank_without_apologising() -> None:
    for t in (t for t in TEMPLATES if t.kind == "praise"):
        text = render(t.body, full_values(t))
        kinds = {f.kind for f in check(text, t.language, answering_criticism=True, spelling=False)}
        assert "missing_apology" in kinds and "missing_thanks" not in kinds, t.id


def test_seed_rows_and_database_rows_round_trip() -> None:
    t = builtin_templates("el")[0]
    row = {**t.seed_row(), "id": 7, "builtin": 1}
    again = template_from_row(row)
    assert (again.id, again.db_id, again.short, again.builtin) == (t.id, 7, t.short, True)
    user = template_from_row(
        {
            "id": 9,
            "key": None,
            "name": "Mine",
            "language": "en",
            "category": None,
            "kind": None,
            "body": "Thanks!",
            "builtin": 0,
        }
    )
    assert (user.id, user.category, user.kind, user.builtin, user.short) == (
        "user.9",
        "other",
        "criticism",
        False,
        True,
    )


def test_problems_reports_bad_bodies() -> None:
    assert problems("Hi {name}") == ["unknown placeholder {name}"]
    assert problems("[[Hi [[x]] ]]")
    assert problems("[[open")
    assert problems("a } b")
