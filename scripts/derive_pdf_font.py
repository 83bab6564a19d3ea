"""Derive "Repman Naskh", the Arabic font of the PDF report, from the bundled Noto Naskh Arabic.

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python scripts/derive_pdf_font.py

Why a derived font: Qt's PDF writer (QPdfWriter) gives every embedded glyph at most one
Unicode value in the ToUnicode map, found by searching the font's cmap for a BMP code point
that maps to that glyph (QFontSubset::getReverseMap), and it writes no /ActualText (that
code is disabled in qpdf.cpp). A glyph that shaping produced but no code point maps to is
therefore copied, searched and extracted as nothing. Noto Naskh Arabic draws lam-alef (لا)
as two such glyphs (a lam half, uniFEDF.rlig or uniFEE0.rlig, and a zero-width alef half,
_1008 and friends), so both letters vanished from the text layer; its three-glyph Allah
ligature (without the alef) and the Latin-script locl forms of "." and "!" did the same.

This copy keeps the outlines, metrics and every other lookup, and changes only what the
required-ligature, standard-ligature and localised-forms features may produce: substitutions
whose output glyph has no code point are dropped. Lam-alef then comes out as the font's own
precomposed glyphs uniFEFB/uniFEFC (and FEF5-FEFA with madda or hamza), which the cmap maps
from the Arabic presentation forms U+FEF5-U+FEFC, whose compatibility decomposition is the
two letters (NFKC: U+FEFB -> U+0644 U+0627). The family is renamed so Qt never confuses it
with an installed or app-registered Noto Naskh Arabic. The result is checked: no lookup of
those features can produce an unmapped glyph.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SOURCES = {"Regular": "NotoNaskhArabic-Regular.ttf", "Bold": "NotoNaskhArabic-Bold.ttf"}
FAMILY = "Repman Naskh"
FEATURES = ("rlig", "liga", "locl")


def lookup_ids(gsub, tags: tuple[str, ...]) -> set[int]:
    """The lookups the features use, with those that contextual lookups call in turn."""
    table = gsub.table
    found = {
        i
        for fr in table.FeatureList.FeatureRecord
        if fr.FeatureTag in tags
        for i in fr.Feature.LookupListIndex
    }
    todo = list(found)
    while todo:
        for sub in subtables(table.LookupList.Lookup[todo.pop()]):
            for record in getattr(sub, "SubstLookupRecord", None) or []:
                if record.LookupListIndex not in found:
                    found.add(record.LookupListIndex)
                    todo.append(record.LookupListIndex)
    return found


def subtables(lookup):
    for sub in lookup.SubTable:
        yield sub.ExtSubTable if lookup.LookupType == 7 else sub


def prune(font: TTFont) -> int:
    """Drop the substitutions of FEATURES whose output glyph no BMP code point maps to."""
    mapped = {name for cp, name in font.getBestCmap().items() if cp < 0x10000}
    gsub = font["GSUB"]
    dropped = 0
    for index in lookup_ids(gsub, FEATURES):
        for sub in subtables(gsub.table.LookupList.Lookup[index]):
            if hasattr(sub, "ligatures"):
                for first, ligatures in list(sub.ligatures.items()):
                    kept = [lig for lig in ligatures if lig.LigGlyph in mapped]
                    dropped += len(ligatures) - len(kept)
                    if kept:
                        sub.ligatures[first] = kept
                    else:
                        del sub.ligatures[first]
            elif hasattr(sub, "mapping"):
                for source, target in list(sub.mapping.items()):
                    if target not in mapped:
                        del sub.mapping[source]
                        dropped += 1
            elif not hasattr(sub, "SubstLookupRecord"):
                raise SystemExit(f"lookup {index}: {type(sub).__name__} is not handled")
    return dropped


def check(font: TTFont) -> None:
    mapped = {name for cp, name in font.getBestCmap().items() if cp < 0x10000}
    gsub = font["GSUB"]
    for index in lookup_ids(gsub, FEATURES):
        for sub in subtables(gsub.table.LookupList.Lookup[index]):
            outputs = [
                lig.LigGlyph for ligs in getattr(sub, "ligatures", {}).values() for lig in ligs
            ] + list(getattr(sub, "mapping", {}).values())
            missing = sorted(set(outputs) - mapped)
            if missing:
                raise SystemExit(f"lookup {index} still makes unmapped glyphs: {missing[:5]}")


def rename(font: TTFont, style: str) -> None:
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):  # typographic family: the plain one says it all
            names.removeNames(nameID=record.nameID)
    for name_id, value in (
        (1, FAMILY),
        (2, style),
        (3, f"{postscript}; derived from Noto Naskh Arabic by Repman"),
        (4, f"{FAMILY} {style}"),
        (6, postscript),
    ):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def main() -> None:
    for style, source in SOURCES.items():
        font = TTFont(FONTS / source, recalcTimestamp=False)  # the same bytes on every run
        dropped = prune(font)
        check(font)
        rename(font, style)
        out = FONTS / f"{FAMILY.replace(' ', '')}-{style}.ttf"
        font.save(out)
        print(f"{out.name}: {dropped} substitutions to unmapped glyphs dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
