"""The pure-Python hunspell checker on a tiny dictionary with each feature it implements,
and the converter on hunspell's own file format."""

from __future__ import annotations

from pathlib import Path

from repman.replies.affixdict import AffixDictionary
from repman.replies.dictbuild import build

AFF = """SET UTF-8
FLAG long
NEEDAFFIX Nn
FORBIDDENWORD Fx
PFX Re Y 1
PFX Re 0 re .
SFX Ed Y 2
SFX Ed 0 ed [^e]
SFX Ed e ed e
SFX Ss Y 1
SFX Ss 0 s/Ly .
SFX Ly N 1
SFX Ly 0 ly .
SFX Na N 1
SFX Na 0 ness .
"""
DIC = """6
walk/EdRe
bake/Ed
kind/SsNn
bright/Na
walked/Fx
plain
"""


def dictionary(tmp_path: Path) -> AffixDictionary:
    (tmp_path / "t.aff").write_text(AFF, encoding="utf-8")
    (tmp_path / "t.dic").write_text(DIC, encoding="utf-8")
    return AffixDictionary(build(tmp_path / "t.aff", tmp_path / "t.dic"))


def test_affix_rules(tmp_path: Path) -> None:
    d = dictionary(tmp_path)
    good = [
        "walk",
        "rewalk",
        "rewalked",
        "bake",
        "baked",
        "kinds",
        "kindsly",
        "brightness",
        "bright",
        "plain",
    ]
    bad = ["bakeed", "rebake", "kind", "kindly", "walkness", "brightnesss", "plains", "", "wal"]
    assert [w for w in good if not d.check(w)] == []
    assert [w for w in bad if d.check(w)] == []
    assert d.size == 6


def test_forbidden_word_is_rejected_even_when_derivable(tmp_path: Path) -> None:
    d = dictionary(tmp_path)
    # "walk" + "ed" would build it, but the dictionary forbids "walked" itself (as hunspell).
    assert not d.check("walked") and d.check("walk") and d.check("rewalked")


def test_ignore_and_iconv(tmp_path: Path) -> None:
    (tmp_path / "a.aff").write_text("SET UTF-8\nIGNORE ًٌٍَُِّْ\nICONV 1\nICONV ﻻ لا\n", encoding="utf-8")
    (tmp_path / "a.dic").write_text("1\nشكرا\nلا\n", encoding="utf-8")
    d = AffixDictionary(build(tmp_path / "a.aff", tmp_path / "a.dic"))
    assert d.check(d.prepare("شكراً")) and d.check(d.prepare("ﻻ"))
