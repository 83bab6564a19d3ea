"""Exports of the response log: one row per item with its first response and final status.

CSV and JSON are written here; XLSX in xlsx.py (openpyxl), loaded only when asked for. The
PDF report is drawn with Qt's own PDF writer in repman/ui/report_pdf.py (headless): only
repman/ui loads Qt, so its caller passes it in.

CSV is written for spreadsheets: UTF-8 with a BOM (Excel guesses the encoding otherwise) and
every text cell that a spreadsheet would run as a formula is neutralised (OWASP CSV injection).
Rows are streamed, so memory stays flat however long the log.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from repman.domain import RepmanError, file_not_written, to_iso, utcnow
from repman.reports.metrics import response_hours
from repman.store import InboxFilter, Sort, Store

COLUMNS = (
    "id",
    "source",
    "source_kind",
    "external_id",
    "kind",
    "created_at",
    "author",
    "rating",
    "title",
    "text",
    "language",
    "url",
    "status",
    "assignee",
    "category",
    "is_criticism",
    "first_response_at",
    "first_response_hours",
    "first_reply_by",
    "first_reply_state",
    "first_reply_text",
    "replies_sent",
)
EVENT_COLUMNS = (
    "id",
    "item_id",
    "source",
    "at",
    "actor",
    "action",
    "from_status",
    "to_status",
    "detail",
)
FORMATS = ("csv", "json", "xlsx", "pdf")
# (file, store, filter, period, progress) -> items written. It must raise OSError when the
# file cannot be written (as repman.ui.report_pdf does: Qt's own file writing says nothing
# on a full disk), so the partial file is removed and the message below is given.
PdfWriter = Callable[
    [Path, Store, InboxFilter, dict[str, Any], "Callable[[int], None] | None"], int
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")


def safe_cell(value: Any) -> Any:
    """A value a spreadsheet shows as text, never evaluates."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def format_for(path: Path, explicit: str | None) -> str:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise RepmanError(
            f"cannot tell the export format of {path.name}: use --format csv, json, xlsx or pdf, "
            "or a file name ending in .csv, .json, .xlsx or .pdf"
        )
    return fmt


def log_rows(store: Store, f: InboxFilter, sort: Sort = Sort.OLDEST) -> Iterable[dict[str, Any]]:
    for item in store.response_log(f, sort):
        hours = response_hours(item)
        item["first_response_hours"] = None if hours is None else round(hours, 2)
        item["is_criticism"] = bool(item["is_criticism"])
        yield item


def _write_csv(
    path: Path,
    columns: tuple[str, ...],
    rows: Iterable[dict[str, Any]],
    progress: Callable[[int], None] | None,
) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(columns)
        for row in rows:
            values = [row.get(c) for c in columns]
            writer.writerow([safe_cell(int(v) if isinstance(v, bool) else v) for v in values])
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
    return count


def _write_json(
    path: Path,
    store: Store,
    f: InboxFilter,
    period: dict[str, Any],
    progress: Callable[[int], None] | None,
) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        head = {"generated_at": to_iso(utcnow()), "filter": period}
        fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "items": [\n')
        for row in log_rows(store, f):
            fh.write(
                (",\n" if count else "")
                + json.dumps({c: row.get(c) for c in COLUMNS}, ensure_ascii=False)
            )
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
        fh.write("\n]}\n")
    return count


def export(
    store: Store,
    path: Path,
    f: InboxFilter,
    *,
    fmt: str | None = None,
    events: bool = False,
    period: dict[str, Any] | None = None,
    progress: Callable[[int], None] | None = None,
    pdf_writer: PdfWriter | None = None,
) -> int:
    """Write the response log; returns the number of items. Writes to a temporary file first
    so a failure (disk full) never leaves half a report under the real name.

    The PDF is drawn with Qt, which only repman/ui may load: the caller (the app's Export
    dialog, the command line) passes repman.ui.report_pdf.write_pdf as pdf_writer."""
    kind = format_for(path, fmt)
    tmp = path.with_name(f".{path.name}.partial")
    events_path = path.with_name(f"{path.stem}.events.csv")
    events_tmp = events_path.with_name(f".{events_path.name}.partial")
    failed = path  # the file being written when something goes wrong
    try:
        if kind == "csv":
            count = _write_csv(tmp, COLUMNS, log_rows(store, f), progress)
        elif kind == "xlsx":
            from repman.reports.xlsx import write_xlsx

            count = write_xlsx(
                tmp,
                store,
                f,
                log_rows(store, f),
                columns=COLUMNS,
                event_columns=EVENT_COLUMNS,
                period=period or {},
                progress=progress,
            )
        elif kind == "pdf":
            if pdf_writer is None:
                raise RepmanError("PDF export needs Repman's drawing part, which is not loaded")
            count = pdf_writer(tmp, store, f, period or {}, progress)
        else:
            count = _write_json(tmp, store, f, period or {}, progress)
        os.replace(tmp, path)
        if events:
            failed = events_path
            _write_csv(events_tmp, EVENT_COLUMNS, store.events_log(f), None)
            os.replace(events_tmp, events_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        events_tmp.unlink(missing_ok=True)
        raise file_not_written(failed, exc, "the export") from None
    except BaseException:
        tmp.unlink(missing_ok=True)  # stopped or failed: no half report left behind
        events_tmp.unlink(missing_ok=True)
        raise
    return count
