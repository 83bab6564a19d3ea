from __future__ import annotations

from datetime import UTC, datetime

import pytest

from repman.replies.promises import find_promises, followup_for

NOW = datetime(2026, 3, 8, 10, 14, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "text", "promise"),
    [
        ("en", "Sorry, Rachel. I'll call you on Friday to check it arrived.", "I'll call"),
        ("en", "Thanks. We will refund the delivery fee.", "We will refund"),
        ("en", "Thanks! You’ll receive a code by email.", "You’ll receive"),
        ("ar", "نعتذر منكم، وسَنُعِيدُ إليكم المبلغ كاملاً.", "سَنُعِيدُ"),
        ("ar", "شكراً، سأتصل بك للتأكد من وصوله.", "سأتصل"),
        ("ur", "معذرت، ہم آپ سے جلد رابطہ کریں گے۔", "رابطہ کریں گے"),
        ("ur", "معذرت، میں جمعے کو آپ کو فون کروں گا۔", "فون کروں گا"),
        ("el", "Συγγνώμη. Θα σας τηλεφωνήσω την Παρασκευή.", "Θα σας τηλεφωνήσω"),
        ("el", "Ευχαριστούμε, θα σας επιστρέψουμε τα έξοδα αποστολής.", "θα σας επιστρέψουμε"),
    ],
)
def test_find_promises(language: str, text: str, promise: str) -> None:
    found = find_promises(text, language)
    assert [text[f.start : f.end] for f in found] == [promise]
    assert found[0].kind == "promise" and found[0].explanation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thank you, we refunded the order today."),
        ("ar", "شكراً، أعدنا لك المبلغ اليوم."),
        ("ur", "شکریہ، رقم واپس کر دی گئی ہے۔"),
        ("el", "Ευχαριστούμε, επιστρέψαμε τα χρήματα σήμερα."),
    ],
)
def test_done_is_not_a_promise(language: str, text: str) -> None:
    assert find_promises(text, language) == []
    assert followup_for(text, language, NOW) is None


def test_followup_is_due_after_the_given_days_and_quotes_the_promise() -> None:
    text = "Hi Rachel, I'm so sorry. I found both payments. I'll call you next week to make sure it has arrived. Omar"
    due, note = followup_for(text, "en", NOW) or ("", "")
    assert due == "2026-03-10T10:14:22Z"
    assert "“I'll call you next week to make sure it has arrived.”" in note
    due, _ = followup_for(text, "en", NOW, days=5) or ("", "")
    assert due == "2026-03-13T10:14:22Z"


def test_tomorrow_makes_the_followup_due_in_a_day() -> None:
    due, note = followup_for("Συγγνώμη. Θα σας τηλεφωνήσω αύριο.", "el", NOW) or ("", "")
    assert due == "2026-03-09T10:14:22Z" and "αύριο" in note
    due, _ = followup_for("نعتذر. سأتصل بكم غداً.", "ar", NOW) or ("", "")
    assert due == "2026-03-09T10:14:22Z"


def test_several_promises_are_all_quoted_once() -> None:
    text = "Sorry! We'll refund it today. We'll also send you a voucher."
    _, note = followup_for(text, "en", NOW) or ("", "")
    assert note.count("“") == 2


def test_now_must_carry_a_time_zone() -> None:
    with pytest.raises(ValueError):
        followup_for("We'll call you.", "en", datetime(2026, 3, 8))
