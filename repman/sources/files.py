"""Reading review files (CSV, JSON array, JSON lines) into items, row by row.

A bad row becomes a RowError naming its line; it never stops the rows after it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from repman.domain import Item, ItemKind, RepmanError, SiteReply, parse_iso, to_iso

FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_MAX_FIELD = 1_000_000  # characters; a longer cell is a broken file, not a review
# The csv module refuses fields over 128 KiB by default, failing the whole file: let it read
# up to our own row-level limit so one huge cell is one bad row.
csv.field_size_limit(max(csv.field_size_limit(), _MAX_FIELD * 4))


@dataclass
class Row:
    line: int
    source: str
    item: Item


@dataclass
class RowError:
    line: int
    message: str


def _text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ValueError(f"{key} must be text, not a {type(value).__name__}")
    text = str(value).replace("\x00", "").strip()
    return text or None


def _rating(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(f"rating must be a number from 1 to 5, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: a 400-digit integer
        raise ValueError(f"rating must be a number from 1 to 5, got {value!r}") from None
    if math.isnan(number) or not 1 <= number <= 5:
        raise ValueError(f"rating must be a number from 1 to 5, got {value!r}")
    return int(number + 0.5)  # half stars round up: 4.5 -> 5


def _time(record: dict[str, Any], key: str) -> str | None:
    value = _text(record, key)
    if value is None:
        return None
    try:
        return to_iso(parse_iso(value))
    except (ValueError, OverflowError):  # OverflowError: year 1 east of UTC, year 9999 west
        raise ValueError(f"{key} is not a date/time (ISO-8601 expected), got {value!r}") from None


def stable_id(source: str, author: str | None, created_at: str, text: str) -> str:
    """An external id for rows that have none: the same row always gets the same id."""
    key = "\x1f".join((source, author or "", created_at, text))
    return "h:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def to_row(line: int, record: Any, default_source: str | None) -> Row:
    """Validate one record; raises ValueError with a message for the user."""
    if not isinstance(record, dict):
        raise ValueError(f"expected an object with named fields, got {type(record).__name__}")
    record = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for key, value in record.items():
        if isinstance(value, str) and len(value) > _MAX_FIELD:
            raise ValueError(f"{key} is longer than {_MAX_FIELD:,} characters")
    source = _text(record, "source") or default_source
    if not source:
        raise ValueError("no source: add a 'source' column or pass --source NAME")
    rating = _rating(record.get("rating"))
    text = _text(record, "text") or ""
    title = _text(record, "title")
    if not text and not title and rating is None:
        raise ValueError("the row has no text, title or rating")
    created_at = _time(record, "created_at")
    if created_at is None:
        raise ValueError("created_at is missing")
    author = _text(record, "author")
    kind_text = (_text(record, "kind") or "review").lower()
    try:
        kind = ItemKind(kind_text)
    except ValueError:
        raise ValueError(f"kind must be review, comment or mention, got {kind_text!r}") from None
    language = _text(record, "language")
    if language is not None and (len(language) > 12 or not language.replace("-", "").isalpha()):
        raise ValueError(f"language must be a code such as en or ar, got {language!r}")
    reply = None
    reply_text = _text(record, "reply_text")
    if reply_text:
        reply_at = _time(record, "reply_at")
        if reply_at is None:
            raise ValueError("reply_text is given but reply_at is missing")
        if reply_at < created_at:
            raise ValueError("reply_at is before created_at")
        reply = SiteReply(body=reply_text, at=reply_at, by=_text(record, "reply_by"))
    external_id = _text(record, "external_id") or stable_id(source, author, created_at, text)
    item = Item(
        external_id=external_id,
        kind=kind,
        text=text,
        created_at=created_at,
        author_name=author,
        rating=rating,
        title=title,
        language=language.lower() if language else None,
        url=_text(record, "url"),
        updated_at=_time(record, "updated_at"),
        raw={k: v for k, v in record.items() if v not in (None, "")},
        site_reply=reply,
    )
    return Row(line, source, item)


def _records(path: Path, fmt: str) -> Iterator[tuple[int, Any] | RowError]:
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames:
                return
            start = reader.line_num + 1
            for record in reader:
                if None in record:
                    yield RowError(start, "the row has more cells than the header")
                else:
                    yield start, record
                start = reader.line_num + 1
        return
    with path.open(encoding="utf-8-sig") as fh:
        head = fh.read(4096).lstrip()
        fh.seek(0)
        if fmt == "json" and head.startswith("["):
            try:
                data = json.load(fh)
            except json.JSONDecodeError as exc:
                raise RepmanError(
                    f"{path.name} is not valid JSON (line {exc.lineno}: {exc.msg})"
                ) from None
            except RecursionError:
                raise RepmanError(f"{path.name} is not valid JSON (nested too deeply)") from None
            for index, record in enumerate(data, start=1):
                yield index, record
            return
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield RowError(number, f"not valid JSON ({exc.msg})")
            except RecursionError:
                yield RowError(number, "not valid JSON (nested too deeply)")


def read_file(path: Path, default_source: str | None = None) -> Iterator[Row | RowError]:
    """Rows of a review file; the format comes from the extension."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RepmanError(f"cannot import {path.name}: use a .csv, .json, .jsonl or .ndjson file")
    if not path.is_file():
        raise RepmanError(f"no such file: {path}")
    try:
        for entry in _records(path, fmt):
            if isinstance(entry, RowError):
                yield entry
                continue
            line, record = entry
            try:
                yield to_row(line, record, default_source)
            except ValueError as exc:
                yield RowError(line, str(exc))
    except UnicodeDecodeError:
        raise RepmanError(f"{path.name} is not UTF-8 text; save it as UTF-8 and retry") from None
    except csv.Error as exc:
        raise RepmanError(f"{path.name} is not a readable CSV file ({exc})") from None
    except OSError as exc:
        raise RepmanError(f"cannot read {path}: {exc.strerror or exc}") from None
