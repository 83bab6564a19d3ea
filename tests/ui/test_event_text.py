"""An item's history says what happened in the user's language; unknown details pass as text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from repman.ui.display import isolate
from repman.ui.event_text import describe
from repman.ui.ui_language import apply_language


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    assert apply_language(qapp, "ar") is True
    yield
    apply_language(qapp, "en")


def event(action: str, detail: str | None = None, **more: Any) -> dict[str, Any]:
    return {"action": action, "detail": detail, **more}


def test_each_kind_of_event_reads_as_a_sentence() -> None:
    assert describe(event("assign", "nobody -> Maya")) == f"assigned: nobody → {isolate('Maya')}"
    routed = describe(event("assign", "nobody -> Maya (rule: Kitchen); tags urgent, food"))
    assert routed == (
        f"assigned: nobody → {isolate('Maya')} (rule {isolate('Kitchen')}) "
        f"tags: {isolate('urgent, food')}"
    )
    assert describe(event("reply", "posted reply 12")) == "reply posted"
    assert describe(event("reply", "sent reply 3")) == "reply sent by hand"
    assert describe(event("draft", "reply 4")) == "draft reply saved"
    assert describe(event("followup_done", "follow-up 2")) == "follow-up done"
    assert describe(event("category", "none -> waiting_time")).startswith("category: none → ")
    status = event("status", "draft written", from_status="new", to_status="in_progress")
    assert describe(status) == "new → in progress: a draft was written"
    answered = event("status", "posted reply 50", from_status="new", to_status="answered")
    assert describe(answered) == "new → answered: reply posted"


def test_a_detail_in_another_form_is_shown_as_written_and_isolated() -> None:
    assert describe(event("import", "<b>45</b> rows")) == f"import: {isolate('<b>45</b> rows')}"
    assert describe(event("assign", "odd")) == f"assigned: {isolate('odd')}"


@pytest.mark.usefixtures("arabic")
def test_the_history_speaks_arabic_with_names_kept() -> None:
    text = describe(event("assign", "nobody -> Maya"))
    assert "Maya" in text and "nobody" not in text and "assigned" not in text
    assert describe(event("reply", "posted reply 12")) != "reply posted"


def test_history_lines_run_in_the_interface_direction(
    qapp: QApplication, qtbot: Any, store: Any, add_item: Any
) -> None:
    from repman.ui.item_view import ItemView

    item = add_item("Bad", rating=1)
    store.assign(item, "Maya", "omar")
    for language, starts_rtl in (("ar", True), ("en", False)):
        apply_language(qapp, language)
        view = ItemView(store, "maya")
        qtbot.addWidget(view)
        view.show_item(item)
        lines = view.history.text().splitlines()
        assert lines and all(line.startswith("\u200f") == starts_rtl for line in lines)


@pytest.mark.usefixtures("arabic")
def test_arrows_point_from_old_to_new_right_to_left() -> None:
    # Bidi does not mirror "→": in a right-to-left line the old status is on the right, so
    # the arrow must point left to reach the new one.
    status = describe(event("status", None, from_status="new", to_status="answered"))
    assert "←" in status and "→" not in status
