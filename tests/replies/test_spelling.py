from __future__ import annotations

import pytest

from repman.replies.spelling import check_spelling, misspelled, spelling_available, suggestions
from repman.replies.tone import check


@pytest.mark.parametrize(
    ("language", "text", "typos"),
    [
        ("en", "Thank you for your feedbak, we recieved it.", ["feedbak", "recieved"]),
        ("en", "We apologise and apologize; we’ll fix it, it's our colour and color.", []),
        ("ar", "شُكْراً لكم، ونعتذر عن التاخير.", ["التاخير"]),  # hunspell wants التأخير
        ("ar", "شكراً لكم، ونعتذر عن التأخير في طلبكم.", []),
        ("el", "Ευχαριστουμε για την καθυστέρηση, συγγνώμη.", ["Ευχαριστουμε"]),
        ("el", "Ευχαριστούμε πολύ, και συγγνώμη για την καθυστέρηση.", []),
    ],
)
def test_typos_are_found_in_the_original_text(language: str, text: str, typos: list[str]) -> None:
    assert [text[s:e] for s, e in misspelled(text, language)] == typos
    findings = check(text, language, answering_criticism=False)
    assert [text[f.start : f.end] for f in findings if f.kind == "spelling"] == typos


def test_urdu_has_no_dictionary_and_says_so() -> None:
    assert not spelling_available("ur")
    assert spelling_available("en-GB") and spelling_available("ar") and spelling_available("el")
    assert check_spelling("یہ غلظ ہے", "ur") == []


def test_words_that_are_not_checked() -> None:
    text = "Thanks Xqzt! Email hello@cedarolive.example, see https://cedarolive.example/xyzq, #cedarlove @bilal_k, order 4471a, NHSX, a."
    assert misspelled(text, "en", known_words=["Xqzt"]) == []
    assert [text[s:e] for s, e in misspelled(text, "en")] == ["Xqzt"]


def test_latin_words_in_greek_and_arabic_replies_are_checked_as_english() -> None:
    text = "Ευχαριστούμε για το review σας, το delivery ήταν κακό. Sorri."
    assert [text[s:e] for s, e in misspelled(text, "el")] == ["Sorri"]
    assert [text[s:e] for s, e in misspelled("شكراً على الطلب من app.", "ar")] == []


def test_suggestions_fix_accents_hamza_and_typos() -> None:
    assert suggestions("Ευχαριστουμε", "el")[0] == "Ευχαριστούμε"
    assert "التأخير" in suggestions("التاخير", "ar")
    assert suggestions("recieved", "en")[0] == "received"
    assert suggestions("anything", "ur") == []
