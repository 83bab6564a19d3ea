"""suggest, check-tone, config and promises becoming follow-ups, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repman.cli import main
from repman.store import Store
from tests.helpers import by_rating, make_item


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        source = store.add_source("googleplay", "Play")
        store.upsert_items(
            source.id,
            [
                make_item(
                    "a",
                    "التوصيل تأخر ساعة والأكل وصل بارد",
                    rating=1,
                    author_name="سارة أحمد",
                    language="ar",
                ),
                make_item("b", "Lovely staff!", rating=5, author_name="Tom Baker", language="en"),
            ],
            by_rating,
        )
        store.set_category(1, "delivery", "triage")
    return path


def test_suggest_json_ranks_calm_replies_in_the_items_language(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "config", "business", "Cedar & Olive"])
    capsys.readouterr()
    assert main(["--db", str(db), "suggest", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["limit"] == {"size": 350, "unit": "characters"}
    best = out["suggestions"][0]
    assert (best["language"], best["category"], best["kind"]) == ("ar", "delivery", "criticism")
    assert best["fits"] and "سارة" in best["text"] and "{" not in best["text"]
    assert all(s["language"] in ("ar", "en") for s in out["suggestions"])


def test_suggest_thanks_praise(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db), "suggest", "2", "--json"])
    best = json.loads(capsys.readouterr().out)["suggestions"][0]
    assert (best["language"], best["kind"]) == ("en", "praise")
    assert "Tom" in best["text"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "That never happened.", "defensive"),
        ("ar", "هذا ليس خطأنا", "defensive"),
        ("el", "ΔΕΝ ΦΤΑΙΜΕ ΕΜΕΙΣ!!!", "shouting"),
        ("ur", "ہم آپ سے رابطہ کریں گے", "promise"),
    ],
)
def test_check_tone_json_in_four_languages(
    capsys: pytest.CaptureFixture[str], lang: str, text: str, kind: str
) -> None:
    assert main(["check-tone", text, "--lang", lang, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    found = [f for f in out["findings"] if f["kind"] == kind]
    assert found, out["findings"]
    assert text[found[0]["start"] : found[0]["end"]] == found[0]["text"]


def test_check_tone_applies_the_sites_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Thank you and sorry. " * 20, encoding="utf-8")
    main(["check-tone", "--file", str(draft), "--site", "googleplay", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert [f["start"] for f in out["findings"] if f["kind"] == "too_long"] == [350]


def test_a_reply_that_promises_creates_a_followup(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "config", "followup_days", "3"])
    assert (
        main(
            [
                "--db",
                str(db),
                "reply",
                "1",
                "--text",
                "نعتذر عن التأخير، سنتواصل معك لاسترداد رسوم التوصيل",
            ]
        )
        == 0
    )
    assert "follow-up" in capsys.readouterr().out
    main(["--db", str(db), "show", "1", "--json"])
    item = json.loads(capsys.readouterr().out)
    assert len(item["followups"]) == 1
    assert "سنتواصل" in item["followups"][0]["note"]
    main(["--db", str(db), "stats", "--json"])
    assert json.loads(capsys.readouterr().out)["open_followups"] == 1


def test_a_reply_without_promise_creates_none(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db), "reply", "2", "--text", "Thank you, Tom!"])
    main(["--db", str(db), "show", "2", "--json"])
    capsys.readouterr()
    main(["--db", str(db), "show", "2", "--json"])
    assert json.loads(capsys.readouterr().out)["followups"] == []


def test_reply_from_a_template_is_personalised(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db), "suggest", "2", "--json"])
    template_id = json.loads(capsys.readouterr().out)["suggestions"][0]["template_id"]
    assert main(["--db", str(db), "reply", "2", "--template", str(template_id)]) == 0
    capsys.readouterr()
    main(["--db", str(db), "show", "2", "--json"])
    body = json.loads(capsys.readouterr().out)["replies"][0]["body"]
    assert "Tom" in body and "{" not in body and "[[" not in body


def test_config_rejects_unknown_keys(db: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db), "config", "colour", "red"])
    assert info.value.code == 2
