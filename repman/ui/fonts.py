"""The bundled Noto fonts, so Arabic, Urdu and the rating stars render the same everywhere.

Debian's default fonts have no glyph for Urdu ہ (U+06C1) and a system font that covers only
part of the Arabic block makes Qt mix fonts inside one word, which breaks the joining; the
application font therefore puts Noto Sans first (it has no Arabic, so all Arabic comes from
Noto Naskh Arabic, which covers the Urdu letters too).

Noto Nastaliq Urdu is registered but not used for item text yet: Qt 6.12 draws some of its
cascading joins wrongly (ٹھنڈا and بہت lose their vertical steps; Pango shapes the same file
correctly), while Naskh renders Urdu cleanly at table-row height.
"""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtGui import QFont, QFontDatabase

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoNastaliqUrdu-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",  # ★ ☆ ⚠: neither Noto Sans nor Naskh has them
)
UI_FAMILIES = ["Noto Sans", "Noto Naskh Arabic", "Noto Sans Symbols2"]

# Qt's font database is process-wide: register each file once however many windows open.
_loaded: dict[str, list[str]] = {}


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families that loaded."""
    folder = files("repman.resources") / "fonts"
    for name in FONT_FILES:
        if name in _loaded:
            continue
        # as_file gives a real path even when the package is zipped or frozen.
        with as_file(folder / name) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        _loaded[name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return sorted({family for families in _loaded.values() for family in families})


def ui_font(base: QFont) -> QFont:
    """The application font: the bundled families at the desktop's size."""
    font = QFont(base)
    font.setFamilies(UI_FAMILIES)
    return font
