"""Tone findings in all four languages, with spans in the original (unfolded) text."""

from __future__ import annotations

import pytest

from repman.replies.tone import GENERIC_THRESHOLD, Finding, check, normalise_for_generic
from repman.sources.base import ReplyLimit

# (language, kind, phrase as the user typed it, a reply around it containing "{}")
PHRASES = [
    ("en", "defensive", "that never happened", "Thank you, and sorry, but {}."),
    ("en", "defensive", "With all due respect", "{}, thank you and sorry."),
    ("en", "defensive", "not our fault", "Thanks and sorry. Honestly, {}."),
    ("en", "blame", "You should have", "Thanks and sorry. {} read the menu."),
    ("en", "blame", "you didn’t read", "Thanks and sorry, but {} the sign."),
    ("en", "dismissive", "If you don't like it", "Thanks, sorry. {}, fine."),
    ("en", "dismissive", "go elsewhere", "Thanks, sorry. Please {}."),
    ("en", "dismissive", "We don't care", "Thanks, sorry. {} much."),
    ("en", "promise", "We'll refund", "Thank you and sorry. {} the order today."),
    ("en", "promise", "I will call", "Thank you and sorry. {} you tomorrow."),
    ("ar", "defensive", "هذا لم يحدث", "شكراً لكم ونعتذر، لكن {}."),
    ("ar", "defensive", "مع احترامي", "{}، شكراً ونعتذر."),
    ("ar", "defensive", "لَيْسَ خَطَأَنَا", "شكراً ونعتذر، ولكن هذا {}."),  # with harakat
    ("ar", "blame", "كان عليك", "شكراً ونعتذر، لكن {} أن تقرأ القائمة."),
    ("ar", "dismissive", "إذا لم يعجبك", "شكراً ونعتذر. {} فلا بأس."),
    ("ar", "dismissive", "لا يُهِمُّنَا", "شكراً ونعتذر. هذا {}."),
    ("ar", "promise", "سَنَتَوَاصَلُ", "شكراً ونعتذر، و{} معكم غداً."),
    ("ar", "promise", "سأتصل", "شكراً ونعتذر. {} بكم اليوم."),
    ("ur", "defensive", "آپ غلط ہیں", "شکریہ اور معذرت، لیکن {}۔"),
    ("ur", "defensive", "ہماری غلطی نہیں", "شکریہ اور معذرت، یہ {} تھی۔"),
    ("ur", "blame", "آپ کو چاہیے تھا", "شکریہ اور معذرت، {} کہ مینیو پڑھتے۔"),
    ("ur", "dismissive", "اگر آپ کو پسند نہیں", "شکریہ اور معذرت۔ {} تو ٹھیک ہے۔"),
    ("ur", "dismissive", "ہمیں فرق نہیں پڑتا", "شکریہ اور معذرت۔ {}۔"),
    ("ur", "promise", "رابطہ کریں گے", "شکریہ اور معذرت۔ ہم آپ سے {}۔"),
    ("ur", "promise", "واپس کر دی جائے گی", "شکریہ اور معذرت۔ رقم {}۔"),
    ("el", "defensive", "Αυτό δεν συνέβη", "Ευχαριστούμε και συγγνώμη. {} έτσι."),
    ("el", "defensive", "με όλο τον σεβασμό", "Ευχαριστούμε και συγγνώμη, {}."),
    ("el", "defensive", "δεν φταίμε", "Ευχαριστούμε και συγγνώμη, αλλά {} εμείς."),
    ("el", "blame", "έπρεπε να διαβάσετε", "Ευχαριστούμε και συγγνώμη, αλλά {} τον κατάλογο."),
    ("el", "dismissive", "Αν δεν σας αρέσει", "Ευχαριστούμε και συγγνώμη. {}, εντάξει."),
    (
        "el",
        "dismissive",
        "πηγαινετε αλλου",
        "Ευχαριστούμε και συγγνώμη. {}.",
    ),  # typed without accents
    ("el", "promise", "θα σας καλέσουμε", "Ευχαριστούμε και συγγνώμη, {} αύριο."),
    ("el", "promise", "θα σας επιστραφεί", "Ευχαριστούμε και συγγνώμη, το ποσό {}."),
]


@pytest.mark.parametrize(("language", "kind", "phrase", "frame"), PHRASES)
def test_phrase_found_with_its_original_span(
    language: str, kind: str, phrase: str, frame: str
) -> None:
    text = frame.format(phrase)
    findings = check(text, language, answering_criticism=True, spelling=False)
    spans = {text[f.start : f.end] for f in findings if f.kind == kind}
    assert phrase in spans, [(f.kind, text[f.start : f.end]) for f in findings]
    assert all(f.explanation for f in findings)
    # the frames thank and apologise, so nothing says they are missing
    assert not {"missing_apology", "missing_thanks"} & {f.kind for f in findings}


@pytest.mark.parametrize(
    ("language", "calm"),
    [
        ("en", "Hi Tom, thank you for telling us, and I'm sorry about the wait."),
        ("ar", "مرحباً طارق، شكراً لأنكم أخبرتمونا، ونعتذر عن التأخير."),
        ("ur", "السلام علیکم، بتانے کا شکریہ، اور انتظار کے لیے معذرت۔"),
        ("el", "Γεια σας Μαρία, ευχαριστούμε που μας το είπατε, και συγγνώμη για την αναμονή."),
    ],
)
def test_calm_reply_has_no_findings(language: str, calm: str) -> None:
    assert check(calm, language, answering_criticism=True) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We looked at your order."),
        ("ar", "راجعنا طلبكم."),
        ("ur", "ہم نے آپ کا آرڈر دیکھا۔"),
        ("el", "Ελέγξαμε την παραγγελία σας."),
    ],
)
def test_missing_apology_and_thanks_span_the_draft(language: str, text: str) -> None:
    findings = check(text, language, answering_criticism=True, spelling=False)
    assert findings == [
        Finding(0, len(text), "missing_apology", findings[0].explanation),
        Finding(0, len(text), "missing_thanks", findings[1].explanation),
    ]
    assert check(text, language, answering_criticism=False, spelling=False) == []


@pytest.mark.parametrize(
    ("language", "text", "loud"),
    [
        ("en", "Thanks and sorry. THIS IS NOT OK", "THIS IS NOT OK"),
        ("en", "Thanks and sorry, really!!!", "!!!"),
        ("en", "Thanks and sorry. Why???", "???"),
        ("ar", "شكراً ونعتذر!!", "!!"),
        ("ar", "شكراً ونعتذر، لماذا؟؟", "؟؟"),
        ("ur", "شکریہ اور معذرت!!!", "!!!"),
        ("el", "Ευχαριστούμε και συγγνώμη. ΑΠΑΡΑΔΕΚΤΟ", "ΑΠΑΡΑΔΕΚΤΟ"),
    ],
)
def test_shouting(language: str, text: str, loud: str) -> None:
    spans = [
        text[f.start : f.end]
        for f in check(text, language, answering_criticism=True, spelling=False)
        if f.kind == "shouting"
    ]
    assert spans == [loud]


def test_acronyms_and_short_capitals_are_not_shouting() -> None:
    text = "Thanks and sorry: we sent an SMS and a DM, please reply ASAP."
    assert check(text, "en", answering_criticism=True, spelling=False) == []


@pytest.mark.parametrize(
    ("limit", "start"),
    [
        (ReplyLimit(10), 10),
        (ReplyLimit(10, "bytes"), 5),  # Greek letters take two bytes each
    ],
)
def test_too_long_spans_the_part_beyond_the_limit(limit: ReplyLimit, start: int) -> None:
    text = "Ευχαριστούμε και συγγνώμη"
    findings = [
        f
        for f in check(text, "el", answering_criticism=True, max_length=limit, spelling=False)
        if f.kind == "too_long"
    ]
    assert [(f.start, f.end) for f in findings] == [(start, len(text))]
    assert str(limit.size) in findings[0].explanation
    assert not [
        f
        for f in check(text, "el", answering_criticism=True, max_length=ReplyLimit(500))
        if f.kind == "too_long"
    ]


def test_generic_when_the_same_text_went_to_three_customers() -> None:
    sent = "Hi Tom, thank you and sorry about the wait. We are adding staff. Maya"
    again = "Hello Ann, thank you and sorry about the wait! We are adding staff. Omar"
    assert normalise_for_generic(sent) == normalise_for_generic(again)
    key = normalise_for_generic(sent)
    counts = {key: GENERIC_THRESHOLD - 1}
    assert not [
        f
        for f in check(again, "en", answering_criticism=True, sent_before=counts)
        if f.kind == "generic"
    ]
    counts[key] = GENERIC_THRESHOLD
    generic = [
        f
        for f in check(again, "en", answering_criticism=True, sent_before=counts)
        if f.kind == "generic"
    ]
    assert [(f.start, f.end) for f in generic] == [(0, len(again))]
    assert "3" in generic[0].explanation


def test_normalise_for_generic_folds_and_ignores_digits() -> None:
    a = normalise_for_generic("Γεια σας Μαρία, ευχαριστούμε! Παραγγελία 4471.")
    b = normalise_for_generic("Γεια σας Νίκο, ΕΥΧΑΡΙΣΤΟΥΜΕ! Παραγγελία 5102.")
    assert a == b == "ευχαριστουμε παραγγελια 0"


def test_findings_are_sorted_and_empty_text_has_none() -> None:
    text = "that never happened. You should have asked!!!"
    findings = check(text, "en", answering_criticism=False, spelling=False)
    assert findings == sorted(findings)
    assert [f.kind for f in findings] == ["defensive", "blame", "shouting"]
    assert check("   ", "en", answering_criticism=True) == []


def test_unknown_language_still_checks_shouting_and_length() -> None:
    text = "MERCI BEAUCOUP!!!"
    kinds = {f.kind for f in check(text, "fr", answering_criticism=True, max_length=ReplyLimit(5))}
    assert kinds == {"shouting", "too_long"}


def test_finding_json_carries_the_text() -> None:
    text = "Thanks and sorry. Still, that never happened."
    finding = next(f for f in check(text, "en", answering_criticism=True) if f.kind == "defensive")
    assert finding.to_json(text)["text"] == "that never happened"


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        (
            "Our system shows your order was ready in 22 minutes, so we're not sure where 40 came "
            "from, but we're sorry you felt you waited too long.",
            ["Our system shows", "not sure where 40 came from", "sorry you felt"],
        ),
        (
            "The service charge is printed at the bottom of every menu, so it wasn't hidden. "
            "Sorry if you found it confusing.",
            ["Sorry if you"],
        ),
    ],
)
def test_the_demo_inbox_defensive_replies_are_caught(reply: str, flagged: list[str]) -> None:
    findings = check(reply, "en", answering_criticism=True)
    assert [reply[f.start : f.end] for f in findings if f.kind == "defensive"] == flagged
    assert "missing_thanks" in {f.kind for f in findings}
