"""assess(item), as the store's ingest path calls it."""

from __future__ import annotations

from repman.domain import Assessment
from repman.store import Store
from repman.triage import analyse, assess, warm_up
from tests.helpers import make_item


def test_assess_reads_title_text_rating_and_site_language() -> None:
    verdict = assess(make_item("1", "Cold food, rude staff.", rating=2, title="Never again"))
    assert isinstance(verdict, Assessment)
    assert verdict.language == "en"
    assert verdict.is_criticism
    assert verdict.sentiment is not None and verdict.sentiment < -0.5
    assert verdict.category in {"quality", "staff_attitude"}


def test_rating_without_text_evidence() -> None:
    verdict = assess(make_item("1", "Visited on Tuesday.", rating=5))
    assert (verdict.is_criticism, verdict.sentiment) == (False, 1.0)


def test_text_only_mentions_in_every_language() -> None:
    for text, language in [
        ("Waited an hour and the order never arrived", "en"),
        ("انتظرت ساعة والطلب ما وصل", "ar"),
        ("ایک گھنٹہ انتظار کیا اور آرڈر نہیں پہنچا", "ur"),
        ("Περίμενα μία ώρα και η παραγγελία δεν ήρθε ποτέ", "el"),
    ]:
        verdict = assess(make_item("1", text))
        assert (verdict.language, verdict.is_criticism) == (language, True), text


def test_warm_up_loads_everything_and_is_idempotent() -> None:
    assert warm_up() >= 0
    assert warm_up() < 1.0  # second time: nothing left to load


def test_analysis_carries_its_evidence() -> None:
    result = analyse("ΑΠΑΡΑΔΕΚΤΟΙ. Δεν ξαναπαραγγέλνω.")
    assert (result.language, result.language_method) == ("el", "script")
    assert result.text.negative > 0
    assert result.assessment().is_criticism


def test_the_store_ingest_path_uses_it(store: Store) -> None:
    source = store.add_source("google", "Google", {})
    store.upsert_items(
        source.id,
        [make_item("a", "الخدمة سيئة جدا والموظف وقح"), make_item("b", "Lovely!")],
        assess,
    )
    rows = {
        row["external_id"]: row
        for row in (store.item(store.item_id(source.id, ext)) for ext in ("a", "b"))
    }
    assert rows["a"]["language"] == "ar" and rows["a"]["is_criticism"] == 1
    assert rows["a"]["category"] == "staff_attitude"
    assert rows["b"]["is_criticism"] == 0
