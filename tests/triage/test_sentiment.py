"""Criticism and sentiment from text (four languages, negation, emoji) and from the rating."""

from __future__ import annotations

import pytest

from repman.triage import analyse
from repman.triage.sentiment import TextSentiment, judge


def criticism(text: str, language: str) -> bool:
    return analyse(text, None, language).is_criticism


def score(text: str, language: str) -> float:
    value = analyse(text, None, language).sentiment
    assert value is not None
    return value


@pytest.mark.parametrize(
    ("language", "praise", "negated"),
    [
        ("en", "The food was good", "The food was not good"),
        ("ar", "الطعام جيد", "الطعام ليس جيدا"),
        ("ar", "الأكل حلو", "الأكل مش حلو"),
        ("ar", "عجبني الأكل", "ما عجبني الأكل"),
        ("ar", "الخدمة زينة", "الخدمة مو زينة"),
        ("ur", "کھانا اچھا تھا", "کھانا اچھا نہیں تھا"),
        ("ur", "مزہ آیا", "مزہ نہیں آیا"),
        ("el", "Το φαγητό ήταν καλό", "Το φαγητό δεν ήταν καλό"),
        ("el", "Μας άρεσε", "Δεν μας άρεσε"),
    ],
)
def test_negation_flips_praise(language: str, praise: str, negated: str) -> None:
    assert not criticism(praise, language)
    assert score(praise, language) > 0
    assert criticism(negated, language)
    assert score(negated, language) < 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Not bad at all"),
        ("en", "No complaints, no hassle"),
        ("ar", "مش سيء أبدا"),
        ("ur", "کوئی مسئلہ نہیں"),
        ("el", "Καθόλου κακό!"),
        ("el", "Δεν έχουν ξεχάσει ποτέ τίποτα"),
    ],
)
def test_negated_criticism_is_not_criticism(language: str, text: str) -> None:
    assert not criticism(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The delivery never arrived"),
        ("en", "Nobody apologised"),
        ("ar", "الطلب ما وصل"),
        ("ar", "ولا حدا رد علينا"),
        ("ur", "آرڈر ابھی تک نہیں پہنچا"),
        ("ur", "کسی نے فون نہیں اٹھایا"),
        ("el", "Κανείς δεν μας ενημέρωσε"),
        ("el", "Δεν απάντησαν ποτέ"),
    ],
)
def test_what_did_not_happen_is_criticism(language: str, text: str) -> None:
    assert criticism(text, language)


@pytest.mark.parametrize(
    "text", ["το φαγητο δεν ηταν καλο", "ΤΟ ΦΑΓΗΤΟ ΔΕΝ ΗΤΑΝ ΚΑΛΟ", "Το φαγητό δεν ήταν καλό"]
)
def test_greek_accents_and_capitals_do_not_matter(text: str) -> None:
    assert score(text, "el") == score("Το φαγητό δεν ήταν καλό", "el")


def test_arabic_harakat_letter_variants_and_clitics_do_not_matter() -> None:
    plain = score("الخدمة سيئة جدا", "ar")
    assert score("الخدمةُ سيئةٌ جدًّا", "ar") == plain
    assert score("الخدمه سيئه جدا", "ar") == plain  # ة typed as ه
    assert score("والخدمة سيئة جدا", "ar") == plain  # و + ال
    assert criticism("بالأكل البارد والخدمة البطيئة", "ar")


def test_urdu_letter_variants_do_not_matter() -> None:
    # ی / ي and ک / ك are the same letter to a reader; keyboards differ.
    assert score("کھانا بہت اچھا تھا", "ur") == score("كھانا بہت اچھا تھا", "ur")


def test_intensifiers_strengthen() -> None:
    assert score("very bad service", "en") < score("bad service", "en")
    assert score("الخدمة سيئة جدا", "ar") < score("الخدمة سيئة", "ar")
    assert score("بہت برا", "ur") < score("برا", "ur")
    assert score("πολύ κακό", "el") < score("κακό", "el")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("😡😡", True), ("👍", False), ("🤮", True), ("😍🔥", False), ("ok 👎", True)],
)
def test_emoji_count_in_any_language(text: str, expected: bool) -> None:
    for language in ("en", "ar", "ur", "el"):
        assert criticism(text, language) is expected


def test_emoji_alone_in_an_unknown_language_still_counts() -> None:
    result = analyse("Ужасно 😡😡😡")
    assert result.language == "ru"
    assert result.is_criticism
    unread = analyse("Очень вкусно")  # no lexicon for Russian, no emoji: not analysed
    assert unread.sentiment is None
    assert not unread.is_criticism


def test_sarcasm_turns_praise_into_criticism() -> None:
    assert criticism("Oh great, another hour of waiting", "en")
    assert criticism("Μπράβο, 40 λεπτά για ένα σουβλάκι 🙃", "el")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Great food but the waiter was rude to us", True),
        ("en", "A bit pricey but worth it", False),
        ("ar", "الأكل طيب بس الخدمة بطيئة جدا", True),
        ("ar", "غالي شوي بس يستاهل", False),
        ("ur", "کھانا مزیدار تھا لیکن عملہ بدتمیز تھا", True),
        ("ur", "تھوڑا مہنگا ہے لیکن پیسے وصول", False),
        ("el", "Το φαγητό τέλειο αλλά ο σερβιτόρος πολύ αγενής", True),
        ("el", "Λίγο τσιμπημένο αλλά αξίζει", False),
    ],
)
def test_mixed_reviews_the_part_after_but_weighs_more(
    language: str, text: str, expected: bool
) -> None:
    assert criticism(text, language) is expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Do you have gluten free bread?"),
        ("ar", "هل المحل مفتوح أيام العيد؟"),
        ("ur", "کیا آپ کے پاس ہائی چیئر ہے؟"),
        ("el", "Ξέρει κανείς αν το γυμναστήριο έχει σάουνα;"),
    ],
)
def test_questions_are_not_criticism(language: str, text: str) -> None:
    assert not criticism(text, language)


PRAISE = TextSentiment(score=0.8, positive=4.0, negative=0.0, hits=2)
COMPLAINT = TextSentiment(score=-0.7, positive=0.0, negative=4.0, hits=2)
MILD = TextSentiment(score=0.2, positive=3.0, negative=1.5, hits=2)
NOTHING = TextSentiment(score=0.0)
UNREAD = TextSentiment(score=None)


@pytest.mark.parametrize(
    ("rating", "text", "expected"),
    [
        (1, PRAISE, True),  # 1-2 stars: criticism whatever the words
        (2, NOTHING, True),
        (3, COMPLAINT, True),  # 3 stars: criticism when the text complains
        (3, PRAISE, False),
        (3, UNREAD, False),
        (4, MILD, False),  # 4-5 stars: only when the text clearly complains
        (5, COMPLAINT, True),
        (5, PRAISE, False),
        (None, COMPLAINT, True),  # no rating: the text decides
        (None, PRAISE, False),
        (None, UNREAD, False),
    ],
)
def test_rating_is_the_primary_signal(
    rating: int | None, text: TextSentiment, expected: bool
) -> None:
    assert judge(rating, text)[0] is expected


def test_sentiment_blends_rating_and_text() -> None:
    assert judge(1, NOTHING)[1] == -1.0
    assert judge(5, NOTHING)[1] == 1.0
    assert judge(None, UNREAD)[1] is None
    blended = judge(5, COMPLAINT)[1]
    assert blended is not None and 0 < blended < 1


def test_rating_and_text_mismatch_is_flagged() -> None:
    assert analyse("Terrible, rude staff, never again", 5, "en").mismatch
    assert analyse("Lovely food, friendly staff", 1, "en").mismatch
    assert not analyse("Lovely food, friendly staff", 5, "en").mismatch
