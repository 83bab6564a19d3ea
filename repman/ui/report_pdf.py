"""The PDF report: a title page (business, period, headline metrics, weekly charts) and the
table of criticism with how it was answered.

Qt's own PDF writer (QPdfWriter) does the work, so there is no extra dependency; it needs a
Qt application, which is made here, offscreen when there is no display, so the command line
and the tests run headless. Text goes through QTextDocument, which shapes Arabic and Urdu
and lays out each paragraph right-to-left or left-to-right by its own first strong
character; the bundled Noto fonts are registered so the same glyphs are used on every
machine. Arabic comes from Repman Naskh, a copy of Noto Naskh Arabic whose ligatures all
have Unicode values: Qt's writer can only map a glyph back to text through the font's cmap,
so with Noto's own lam-alef the copied or extracted text lost both letters
(scripts/derive_pdf_font.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, tzinfo
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from repman.domain import RepmanError, parse_iso, to_iso, utcnow
from repman.reports.export import log_rows
from repman.reports.metrics import stats, week_start
from repman.reports.trends import Trends, compute
from repman.store import InboxFilter, Sort, Store
from repman.ui.report_pages import Page, draw_table_pages, draw_title_page

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    # Noto Naskh Arabic with ligatures that keep their letters when copied out of the PDF:
    # scripts/derive_pdf_font.py says why and how it is made.
    "RepmanNaskh-Regular.ttf",
    "RepmanNaskh-Bold.ttf",
    "NotoSansSymbols2-Regular.ttf",
)
MAX_WEEKS = 26
DEFAULT_WEEKS = 12
# The criticism table lists the newest this many items, about 50 pages; the CSV and XLSX
# exports have every one, and the headline figures and charts always count every item.
TABLE_ROWS = 500
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
Progress = Callable[[int], None]

_app: QGuiApplication | None = None
_fonts_loaded = False


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication is running; the PDF report needs a GUI one")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A full QApplication, not a bare QGuiApplication: whatever later opens a window in
    # this process (the app, a dialog, a test) needs the widgets kind.
    _app = QApplication(["repman"])
    return _app


def register_fonts() -> None:
    """Add the bundled Noto fonts to Qt's (process-wide) font database, once."""
    global _fonts_loaded
    if _fonts_loaded:
        return
    folder = files("repman.resources") / "fonts"
    for name in FONT_FILES:
        with as_file(folder / name) as path:
            QFontDatabase.addApplicationFont(str(path))
    _fonts_loaded = True


@dataclass(frozen=True)
class Period:
    since: datetime | None
    until: datetime | None  # exclusive

    def label(self, tz: tzinfo | None) -> str:
        def day(moment: datetime) -> str:
            local = moment.astimezone(tz) if tz else moment.astimezone()
            return f"{local.day} {local:%b %Y}"

        last = self.until - timedelta(seconds=1) if self.until else None
        if self.since and last:
            return f"{day(self.since)} – {day(last)}"
        if self.since:
            return f"From {day(self.since)}"
        if last:
            return f"Until {day(last)}"
        return "All time"


def weekly(
    store: Store,
    f: InboxFilter,
    period: Period,
    *,
    now: datetime,
    tz: tzinfo | None,
) -> Trends:
    """Weekly series over the period, or its last 12 weeks with items when it has no start.

    Only the window's items are read (at 1M items, reading all took 7 s for 12 weeks of
    data), so the series the report draws are exact but the result's open-criticism counts
    and facets, which need the items before the window, are not: the report uses neither."""
    end = min(period.until - timedelta(seconds=1), now) if period.until else now
    weeks = DEFAULT_WEEKS
    if period.since:
        span = (week_start(end, tz) - week_start(period.since, tz)).days // 7
        weeks = max(1, min(MAX_WEEKS, span + 1))
    else:
        # An inbox whose newest item is older than the window (a site no longer synced):
        # its last weeks with items, not twelve empty ones.
        newest, _ = store.inbox_page(f, Sort.NEWEST, limit=1)
        if newest:
            end = min(end, parse_iso(newest[0]["created_at"]))
    # A day early, so a zone or DST change can only add items the computation then skips.
    first = week_start(end, tz) - timedelta(weeks=weeks - 1, days=1)
    midnight = datetime.combine(first, time())
    start = to_iso(midnight.replace(tzinfo=tz) if tz else midnight.astimezone())
    window = replace(f, since=max(f.since or start, start))
    return compute(
        store.iter_items(window),
        store.events_log(replace(window, criticism=True)),
        now=end,
        weeks=weeks,
        tz=tz,
    )


def write_pdf(
    path: Path,
    store: Store,
    f: InboxFilter,
    *,
    period: dict[str, Any],
    progress: Progress | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    table_rows: int = TABLE_ROWS,
) -> int:
    """Write the report to `path`; returns the number of items in the period.

    The criticism table lists the newest `table_rows` criticism items and says how many
    more there are; the figures and charts on the title page cover every item."""
    ensure_gui_app()
    register_fonts()
    now = now or utcnow()
    span = Period(
        parse_iso(period["since"]) if period.get("since") else None,
        parse_iso(period["until"]) if period.get("until") else None,
    )
    # The figures read every item, the weekly series only their weeks: the first pass is
    # the one a progress bar follows.
    summary = stats(store, f, now, progress=progress)
    series = weekly(store, f, span, now=now, tz=tz)
    business = store.setting("business") or ""
    sites = ", ".join(period.get("sources") or [])

    # Drawn into memory (the table is capped, so the file is a few MB at most) and written
    # out by Python: Qt reports a failed file write only as a False from QPainter.end() or
    # not at all (a full disk left an empty report and no error), Python raises OSError
    # with the reason, which the export turns into its message and removes the partial file.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Response report — {business}" if business else "Response report")
    writer.setCreator("Repman")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = Page(writer, QRectF(0, 0, writer.width(), writer.height()), tz)
    criticism = replace(f, criticism=True)
    rows = log_rows(store, criticism, Sort.NEWEST)
    try:
        draw_title_page(page, business, span.label(tz), sites, summary, series, now)
        draw_table_pages(page, rows, store.count(criticism), table_rows)
    finally:
        ended = page.painter.end()
    pdf = buffer.data()
    if not ended or not pdf.startsWith(b"%PDF"):
        raise RepmanError("the PDF report could not be drawn (Qt's PDF writer failed)")
    with path.open("wb") as fh:
        fh.write(pdf.data())
    return int(summary["items"])


def pdf_writer(
    path: Path,
    store: Store,
    f: InboxFilter,
    period: dict[str, Any],
    progress: Progress | None,
) -> int:
    """write_pdf in the shape repman.reports.export takes it (its `pdf_writer`)."""
    return write_pdf(path, store, f, period=period, progress=progress)
