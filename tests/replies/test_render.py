from __future__ import annotations

import pytest

from repman.replies.render import context, first_name, render, render_template

BODY = "[[Hi {first_name},||Hello,]] thanks.[[ Call me on {contact}.]] [[— {signature}||— The {business} team]]"


def test_optional_segments_and_alternatives() -> None:
    full = {"first_name": "Tom", "contact": "020 7946 0000", "signature": "Maya", "business": "C&O"}
    assert render(BODY, full) == "Hi Tom, thanks. Call me on 020 7946 0000. — Maya"
    assert render(BODY, {"business": "C&O"}) == "Hello, thanks. — The C&O team"
    assert render(BODY, {}) == "Hello, thanks."


def test_unknown_placeholders_and_braces_never_survive() -> None:
    assert render("Hi {nobody}, {first_name", {"first_name": "x"}) == "Hi, first_name"
    assert render("Dear {first_name},", {"first_name": "{contact}"}) == "Dear contact,"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Tom Brennan", "Tom"),
        ("@lunchbox_lou", None),
        ("lou@example.com", None),
        ("Rick_S", None),
        ("Abdulrahman99", None),
        ("Dr Smith", None),
        ("Vikram N.", "Vikram"),
        ("ΔΗΜΗΤΡΗΣ ΚΑΡΑΓΙΑΝΝΗΣ", "Δημητρης"),  # capitals read as shouting
        ("ذوّاقة", "ذوّاقة"),  # harakat are part of the name
        ("أبو فادي", "أبو فادي"),
        ("عبد الله الأحمد", "عبد الله"),
        ("\u202eevil\u202c", "evil"),
        (None, None),
        ("", None),
    ],
)
def test_first_name(author: str | None, expected: str | None) -> None:
    assert first_name(author) == expected


def test_context_reads_store_rows_and_domain_items() -> None:
    assert context({"author": "Tom B"})["first_name"] == "Tom"
    assert context({"author_name": "Tom B"})["first_name"] == "Tom"
    values = context(
        {"author": "x", "source": "Google"}, business=" C&O ", signature=None, contact=""
    )
    assert (values["source"], values["business"], values["signature"], values["contact"]) == (
        "Google",
        "C&O",
        None,
        None,
    )


def test_render_template_keeps_the_cli_signature() -> None:
    out = render_template(BODY, {"author": "Tom Brennan"}, {"signature": "Maya"})
    assert out == "Hi Tom, thanks. — Maya"


def test_tidy_removes_space_before_arabic_punctuation() -> None:
    assert render("[[مرحباً {first_name}،||مرحباً،]] شكراً {contact} .", {}) == "مرحباً، شكراً."
