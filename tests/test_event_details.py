"""Every event detail the store writes reads back to what was written."""

from __future__ import annotations

from repman import event_details as details


def test_each_form_reads_back() -> None:
    routed = details.assignment(None, "Maya", "Kitchen", ["urgent", "food"])
    assert routed == "nobody -> Maya (rule: Kitchen); tags urgent, food"
    assert details.read_assignment(routed) == details.Assignment(
        None, "Maya", "Kitchen", ("urgent", "food")
    )
    assert details.read_assignment(details.assignment("Omar", None)) == details.Assignment(
        "Omar", None
    )
    assert details.read_category(details.recategorised(None, "delivery")) == (None, "delivery")
    assert details.read_reply_state(details.reply("posted", 12)) == "posted"
    assert details.read_reply_state(details.draft(4)) == "draft"
    due = "2026-11-25T09:00:00Z"
    assert details.read_followup(details.followup(due, "call back: ask")) == (due, "call back: ask")


def test_other_text_is_not_mistaken_for_a_form() -> None:
    assert details.read_assignment("odd") is None
    assert details.read_category("odd") is None
    assert details.read_reply_state("sent the reply") is None
    assert details.read_followup("tomorrow") is None
