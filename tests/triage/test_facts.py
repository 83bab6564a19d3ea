"""Complaints told as plain facts: long waits and broken expectations (repman/triage/facts.py)."""

from __future__ import annotations

import pytest

from repman.triage import analyse


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Waited 50 minutes for a table on a quiet Tuesday.", "en"),
        ("Ordered two, got one.", "en"),
        ("انتظرنا ساعتين على الطاولة", "ar"),
        ("طلبت اتنين وجالي واحد", "ar"),
        ("تیس منٹ کا کہا تھا، ڈیڑھ گھنٹے بعد پہنچے", "ur"),
        ("دو منگوائے تھے، ایک آیا", "ur"),
        ("Μισή ώρα για δύο φρέντο.", "el"),
        ("Παρήγγειλα δύο, ήρθε ένα.", "el"),
    ],
)
def test_a_plain_fact_that_complains_is_criticism(text: str, language: str) -> None:
    result = analyse(text)
    assert result.language == language
    assert result.is_criticism, result.text


@pytest.mark.parametrize(
    "text",
    [
        "Served within 10 minutes on a packed Friday night.",  # short, and a word of speed
        "Ready in 40 minutes flat, as promised.",
        "Ordered a cake and it came out perfect, thank you!",  # praise outweighs the pattern
        "Open 7 days a week until 10pm.",
        "طلبت الدوا الصبح ووصلني قبل الظهر",  # arrived before: the promise was kept
        "مسكرين للصيانة لحد ١٥ الشهر، للعلم",  # a date, not fifteen months
        "درزی نے وعدے سے ایک دن پہلے ہی کپڑے دے دیے",
        "Μπήκα χωρίς ραντεβού και με εξέτασαν σε 10 λεπτά!",
        "How long does a full service take, 2 hours?",
    ],
)
def test_a_quick_or_kept_promise_is_not_criticism(text: str) -> None:
    assert not analyse(text).is_criticism, analyse(text).text


def test_a_long_wait_adds_one_mild_complaint_not_a_verdict() -> None:
    # The rating still decides: a five-star review that mentions a wait stays praise.
    result = analyse("Waited 30 minutes but the food was amazing, worth it.", rating=5)
    assert not result.is_criticism
    assert result.text.negative > 0


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Two hours for a table, on a Tuesday.", "waiting_time"),
        ("صار لي ثلاث أيام أستنى الجوال", "waiting_time"),
        ("Ordered two, got one.", "order_accuracy"),
        ("Παρήγγειλα δύο, ήρθε ένα.", "order_accuracy"),
    ],
)
def test_a_fact_tells_what_the_complaint_is_about(text: str, category: str) -> None:
    assert analyse(text).category == category
