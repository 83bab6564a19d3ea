"""The response log as an Excel workbook: Summary, Response log and Events sheets.

Written with openpyxl's write-only mode, which streams rows to a temporary file per sheet, so a
million items take bounded memory. Times are real datetimes (UTC, said in the header: Excel
has no time zones, and a fixed zone keeps sorting and arithmetic right across DST). Text cells
go through safe_cell exactly as in the CSV export, so a review starting with "=" stays text;
numbers stay numbers. Each sheet has a frozen header row and an autofilter.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook  # no stubs in the wheel
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from repman.domain import TempFolderError, parse_iso, to_iso, utcnow
from repman.reports.metrics import stats
from repman.store import InboxFilter, Store

MAX_CELL = 32_767  # Excel's limit on the characters of one cell
TIME_COLUMNS = frozenset({"created_at", "first_response_at", "at"})
# Widths in characters; columns not listed get 14.
WIDTHS = {
    "id": 8,
    "item_id": 8,
    "source": 18,
    "source_kind": 12,
    "external_id": 16,
    "kind": 9,
    "created_at": 18,
    "author": 20,
    "rating": 7,
    "title": 24,
    "text": 60,
    "language": 9,
    "url": 30,
    "status": 12,
    "category": 14,
    "is_criticism": 11,
    "first_response_at": 18,
    "first_response_hours": 12,
    "first_reply_text": 50,
    "replies_sent": 10,
    "at": 18,
    "detail": 40,
}
Progress = Callable[[int], None]


def xlsx_cell(value: Any) -> Any:
    """A cell value that Excel shows as written: numbers and datetimes typed, text defused."""
    if value is None or isinstance(value, (int, float, datetime)):
        return value  # bool is an int: Excel shows TRUE / FALSE
    text = str(value)
    if text.startswith(("=", "+", "-", "@", "\t", "\r", "\n", "\0")):
        text = "'" + text  # the same rule as export.safe_cell
    # openpyxl refuses control characters that XML 1.0 cannot hold
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL]


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    return parse_iso(str(value)).replace(tzinfo=None)  # UTC, stated in the header


def _sheet(book: Workbook, title: str, columns: Sequence[str], bold: Font) -> WriteOnlyWorksheet:
    sheet: WriteOnlyWorksheet = book.create_sheet(title)
    for i, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, 14)
    sheet.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, f"{name} (UTC)" if name in TIME_COLUMNS else name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    return sheet


def _rows(
    sheet: WriteOnlyWorksheet,
    columns: Sequence[str],
    rows: Iterable[dict[str, Any]],
    progress: Progress | None,
) -> int:
    count = 0
    times = [c in TIME_COLUMNS for c in columns]
    for row in rows:
        sheet.append(
            [
                _time(row.get(c)) if is_time else xlsx_cell(row.get(c))
                for c, is_time in zip(columns, times, strict=True)
            ]
        )
        count += 1
        if progress and count % 1000 == 0:
            progress(count)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def _summary_rows(store: Store, f: InboxFilter, period: dict[str, Any]) -> list[tuple[str, Any]]:
    s = stats(store, f)
    rows: list[tuple[str, Any]] = [
        ("Business", store.setting("business") or ""),
        ("Generated at (UTC)", _time(to_iso(utcnow()))),
        ("Period from (UTC)", _time(period.get("since"))),
        ("Period until (UTC)", _time(period.get("until"))),
        ("Sites", ", ".join(period.get("sources") or []) or "all"),
        ("Assignee", period.get("assignee") or "anyone"),
        ("Items", s["items"]),
        ("Criticism", s["criticism"]),
        ("Answered", s["answered"]),
        ("Ignored", s["ignored"]),
        ("Response rate", s["response_rate"]),
        ("Criticism response rate", s["criticism_response_rate"]),
        ("Median first response (hours)", s["median_first_response_hours"]),
        ("90th percentile first response (hours)", s["p90_first_response_hours"]),
        ("Answered within target", s["within_target_rate"]),
        ("Overdue now", s["overdue"]),
        ("Open follow-ups", s["open_followups"]),
        ("Average rating", s["average_rating"]),
    ]
    for name, site in s["by_source"].items():
        rows.append((f"{name}: items", site["items"]))
        rows.append((f"{name}: response rate", site["response_rate"]))
    return rows


def write_xlsx(
    path: Path,
    store: Store,
    f: InboxFilter,
    log: Iterable[dict[str, Any]],
    *,
    columns: Sequence[str],
    event_columns: Sequence[str],
    period: dict[str, Any],
    progress: Progress | None = None,
) -> int:
    """Write the workbook to `path`; returns the number of items in the Response log.

    Two steps, so a failure names the right disk: the rows go to openpyxl's scratch files
    in the system's temporary folder, and every sheet is finished there (an OSError then is
    a TempFolderError); only then is the workbook packed into `path`."""
    book = Workbook(write_only=True)
    try:
        bold = Font(bold=True)
        summary = _sheet(book, "Summary", ("metric", "value"), bold)
        summary.column_dimensions["A"].width = 40
        summary.column_dimensions["B"].width = 22
        for name, value in _summary_rows(store, f, period):
            cell = WriteOnlyCell(summary, xlsx_cell(value))
            if isinstance(value, float) and ("rate" in name or name.endswith("within target")):
                cell.number_format = "0.0%"
            summary.append([xlsx_cell(name), cell])
        summary.auto_filter.ref = None
        count = _rows(_sheet(book, "Response log", columns, bold), columns, log, progress)
        events = _sheet(book, "Events", event_columns, bold)
        _rows(events, event_columns, store.events_log(f), None)
        for sheet in book.worksheets:
            sheet.close()  # writes the rest of its scratch file
    except OSError as exc:
        folder = _scratch_folder(book)
        _discard(book)
        raise TempFolderError(exc, folder) from exc
    except BaseException:
        _discard(book)
        raise
    _save(book, path)
    return count


def _scratch_folder(book: Workbook) -> str | None:
    for sheet in book.worksheets:
        if sheet._writer is not None:
            return str(Path(sheet._writer.out).parent)
    return tempfile.tempdir  # gettempdir() itself may fail: no folder has room


def _save(book: Workbook, path: Path) -> None:
    """book.save(path) for finished sheets, cleaning up after itself when it fails."""
    book.properties.modified = utcnow().replace(tzinfo=None)  # as book.save() does
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        _discard(book)
        with suppress(Exception):
            archive.close()
        raise


def _discard(book: Workbook) -> None:
    """After a failure (a full disk): close what openpyxl leaves open and remove its scratch
    files. A sheet's row writers raise again when garbage-collected, printing tracebacks long
    after the user got a clear message, and its scratch file would stay in the temporary
    folder (the full one, maybe) until Repman exits."""
    for sheet in book.worksheets:
        writer = sheet._writer
        for stream in (sheet._rows, writer.xf if writer is not None else None):
            if stream is not None:
                with suppress(Exception):
                    stream.close()
        if writer is not None:
            with suppress(OSError):
                Path(writer.out).unlink(missing_ok=True)
