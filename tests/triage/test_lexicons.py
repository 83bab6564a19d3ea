"""The data under resources/triage/ is well formed, and the matcher reads it as intended."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from repman.triage.category import CATEGORIES, category_lexicon
from repman.triage.lexicons import (
    Lexicon,
    fold_text,
    language_table,
    strip_clitics,
    tokenize,
)
from repman.triage.sentiment import EMOJI, sentiment_lexicon

FOLDER = resources.files("repman.resources") / "triage"
LANGUAGES = sorted(language_table().languages)


def load(name: str) -> dict[str, object]:
    data = json.loads((FOLDER / name).read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_language_has_its_two_lexicons() -> None:
    assert {"en", "ar", "ur", "el"} <= set(LANGUAGES)
    for language in LANGUAGES:
        assert sentiment_lexicon(language) is not None, language
        assert category_lexicon(language) is not None, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_folds_to_words(language: str) -> None:
    data = load(f"sentiment.{language}.json")
    for section in ("positive", "negative", "expected"):
        table = data.get(section, {})
        assert isinstance(table, dict)
        for term, weight in table.items():
            assert fold_text(term).strip("* "), (section, term)
            assert 0 <= weight <= 4, (section, term)
    categories = load(f"category.{language}.json")["categories"]
    assert isinstance(categories, dict)
    assert set(categories) == set(CATEGORIES)
    for category, table in categories.items():
        for term, weight in table.items():
            assert fold_text(term).strip("* "), (category, term)
            assert 0 <= weight <= 4, (category, term)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_is_both_praise_and_criticism(language: str) -> None:
    data = load(f"sentiment.{language}.json")
    positive = {fold_text(t) for t in data["positive"]}  # type: ignore[union-attr]
    negative = {fold_text(t) for t in data["negative"]}  # type: ignore[union-attr]
    assert positive & negative == set()


def test_emoji_table() -> None:
    table = EMOJI.get()
    assert all(len(symbol) == 1 for symbol in table.symbols)
    assert table.symbols["😡"] < 0 < table.symbols["😍"]
    assert "🙃" in table.sarcasm


def test_visibility_table() -> None:
    data = load("visibility.json")
    kinds = data["kinds"]
    assert isinstance(kinds, dict)
    assert all(0 <= v <= 1 for v in kinds.values())
    assert kinds["google"] > kinds["hackernews"]


def test_folding_is_the_search_folding_plus_squeezing() -> None:
    assert fold_text("ΑΠΑΡΆΔΕΚΤΟΣ") == "απαραδεκτοσ"
    assert fold_text("سَيِّئَة") == fold_text("سيئه")
    assert fold_text("goooood") == "good"
    assert fold_text("حلووووو") == "حلو"
    assert fold_text("didn’t") == "didn't"
    assert fold_text("نہیں") == fold_text("نہين")  # noon ghunna typed as noon


def test_clitics_are_stripped_but_short_words_kept() -> None:
    clitics = language_table().languages["ar"].clitics
    assert "خدمه" in strip_clitics("والخدمه", clitics)
    assert "فاتوره" in strip_clitics("بالفاتوره", clitics)
    assert strip_clitics("ولد", clitics) == ("ولد",)


def test_phrases_beat_their_words_and_prefixes_match_endings() -> None:
    lexicon = Lexicon.build([("good", 2.0), ("not good at all", -3.0), ("απαραδεκτ*", -3.0)])
    tokens = tokenize("It was not good at all, απαράδεκτοι")
    hits = [(start, end, values) for start, end, values in lexicon.scan(tokens)]
    assert hits == [(2, 6, [-3.0]), (6, 7, [-3.0])]


def test_phrases_do_not_cross_clauses() -> None:
    lexicon = Lexicon.build([("not good", -2.0)])
    assert lexicon.scan(tokenize("not. good")) == []


def test_tokens_know_clauses_sentences_and_questions() -> None:
    tokens = tokenize("Great food, but slow. Why?", contrast=frozenset({"but"}))
    assert [(t.text, t.clause, t.sentence, t.question) for t in tokens] == [
        ("great", 0, 0, False),
        ("food", 0, 0, False),
        ("but", 2, 0, False),
        ("slow", 2, 0, False),
        ("why", 3, 1, True),
    ]
