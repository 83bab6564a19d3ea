"""Category from topic words, per language; the complained-about part decides."""

from __future__ import annotations

import pytest

from repman.triage import analyse
from repman.triage.category import CATEGORIES, categorize

CASES = [
    ("en", "We waited 50 minutes for our mains", "waiting_time"),
    ("en", "The waiter was rude and dismissive", "staff_attitude"),
    ("en", "Bland, overcooked and stale bread", "quality"),
    ("en", "Charged twice and still no refund", "price_billing"),
    ("en", "Filthy toilets and sticky tables", "cleanliness"),
    ("en", "Got someone else's order, half of it missing", "order_accuracy"),
    ("en", "The driver left my parcel in the rain", "delivery"),
    ("en", "They lost our reservation", "booking"),
    ("en", "Is there parking nearby?", "other"),
    ("ar", "انتظرنا ساعة كاملة حتى وصل الأكل", "waiting_time"),
    ("ar", "الموظف كان وقح وأسلوبه سيء", "staff_attitude"),
    ("ar", "الشاورما بلا طعم والخبز ناشف", "quality"),
    ("ar", "الأسعار غالية والفاتورة فيها غلط", "price_billing"),
    ("ar", "الحمام وسخ والأرضية متسخة", "cleanliness"),
    ("ar", "طلبت برجر دجاج وجابولي برجر لحم بدل الدجاج", "order_accuracy"),
    ("ar", "المندوب تأخر والتوصيل سيء", "delivery"),
    ("ar", "حجزت طاولة وما لقوا الحجز", "booking"),
    ("ar", "في مواقف سيارات قريبة؟", "other"),
    ("ur", "آدھا گھنٹہ انتظار کرنا پڑا", "waiting_time"),
    ("ur", "ویٹر کا رویہ بہت بدتمیزی والا تھا", "staff_attitude"),
    ("ur", "بریانی کا ذائقہ بالکل پھیکا تھا", "quality"),
    ("ur", "بل میں زیادہ پیسے لگا دیے", "price_billing"),
    ("ur", "واش روم بہت گندا تھا", "cleanliness"),
    ("ur", "میڈیم سائز منگوایا تھا، غلط سائز بھیج دیا", "order_accuracy"),
    ("ur", "رائیڈر نے ڈیلیوری میں دو گھنٹے لگا دیے", "delivery"),
    ("ur", "بکنگ کنفرم تھی پھر بھی ٹیبل نہیں ملی", "booking"),
    ("ur", "پارکنگ کی جگہ نہیں ملتی", "other"),
    ("el", "Περιμέναμε μία ώρα στην ουρά", "waiting_time"),
    ("el", "Ο σερβιτόρος ήταν πολύ αγενής", "staff_attitude"),
    ("el", "Το σουβλάκι άνοστο και το ψωμί μπαγιάτικο", "quality"),
    ("el", "Πανάκριβες τιμές και λάθος λογαριασμός", "price_billing"),
    ("el", "Η τουαλέτα ήταν βρώμικη", "cleanliness"),
    ("el", "Έλειπαν δύο πιάτα από την παραγγελία", "order_accuracy"),
    ("el", "Ο διανομέας ήρθε μετά από μιάμιση ώρα", "delivery"),
    ("el", "Η κράτηση χάθηκε", "booking"),
    ("el", "Έχετε πάρκινγκ;", "other"),
]


@pytest.mark.parametrize(("language", "text", "category"), CASES)
def test_category_per_language(language: str, text: str, category: str) -> None:
    assert analyse(text, None, language).category == category


def test_every_category_is_covered_in_every_language() -> None:
    for language in ("en", "ar", "ur", "el"):
        seen = {c for lang, _, c in CASES if lang == language}
        assert seen == set(CATEGORIES), language


@pytest.mark.parametrize(
    ("language", "text", "category"),
    [
        ("en", "The food was lovely but the waiter was rude", "staff_attitude"),
        ("en", "Friendly staff, but the food was cold and bland", "quality"),
        ("ar", "الأكل لذيذ بس الموظف كان وقح", "staff_attitude"),
        ("el", "Ευγενικό προσωπικό αλλά το φαγητό ήταν άνοστο", "quality"),
    ],
)
def test_the_complaint_decides_in_mixed_reviews(language: str, text: str, category: str) -> None:
    assert analyse(text, None, language).category == category


def test_no_topic_is_other_and_no_lexicon_is_none() -> None:
    assert analyse("Amazing!!", None, "en").category == "other"
    assert categorize([], "xx") is None


def test_inflections_and_clitics_match() -> None:
    # Greek stems cover endings; Arabic clitics are stripped (و + ال + word).
    assert analyse("Βρώμικες τουαλέτες", None, "el").category == "cleanliness"
    assert analyse("وبالفاتورة زادوا السعر", None, "ar").category == "price_billing"
