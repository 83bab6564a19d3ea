"""Hostile review files (issue 8): random and truncated JSON / JSON lines / CSV, wrong types,
huge strings, control, NUL and right-to-left override characters.

Whatever the file holds: no exception but a RepmanError for the whole file, every bad row a
RowError with its line, and what the store held before is unchanged by a file of bad rows."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repman.domain import RepmanError
from repman.importer import import_file
from repman.sources.files import Row, RowError, read_file
from repman.store import Store
from tests.helpers import make_item

KEYS = [
    "source", "external_id", "author", "rating", "title", "text", "created_at", "url",
    "language", "kind", "reply_text", "reply_at", "updated_at", "Source", " TEXT ",
]  # fmt: skip
NASTY = [
    "", " ", "\x00", "a\x00b", "\u202etxt.exe", "\u2066x\u2069", "\ufeff", "\r\n", "\x1b[31m",
    "=cmd|' /C calc'!A0", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    "2026-02-30", "2026-01-01T00:00:00Z", "nan", "inf", "-inf", "1e999", "4.5", "５",
    "review", "mention", "comment", "en", "ar-SA", "x" * 1_000_001, "ü" * 200_000,
]  # fmt: skip
HUGE_INT = 10**400
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([HUGE_INT, -HUGE_INT, 2**63, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(NASTY),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip
records = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), values, max_size=10)
GOOD = {"source": "Files", "text": "fine", "created_at": "2026-01-01T00:00:00Z", "rating": 4}
rows = st.one_of(records, st.builds(lambda extra: {**GOOD, **extra}, records), values)


def _dump_json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=True)
    except ValueError:  # an integer too long for json.dumps: the file still holds it
        return json.dumps(str(value))


def _csv(entries: list[Any]) -> str:
    header = sorted({str(k) for e in entries if isinstance(e, dict) for k in e})[:12] or ["text"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for entry in entries:
        if isinstance(entry, dict):
            writer.writerow([str(entry.get(k, ""))[:300_000] for k in header])
        else:
            writer.writerow([str(entry)[:1000]])
    return out.getvalue()


@st.composite
def files(draw: st.DrawFn) -> tuple[str, bytes]:
    fmt = draw(st.sampled_from([".json", ".jsonl", ".ndjson", ".csv"]))
    entries = draw(st.lists(rows, max_size=6))
    if fmt == ".json":
        text = "[" + ",".join(_dump_json(e) for e in entries) + "]"
    elif fmt == ".csv":
        text = _csv(entries)
    else:
        text = "\n".join(_dump_json(e) for e in entries)
    data = text.encode("utf-8", "surrogatepass")
    how = draw(st.sampled_from(["whole", "truncated", "garbage", "deep", "bytes"]))
    if how == "truncated" and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif how == "garbage":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=20)) + data[at:]
    elif how == "deep":
        data = b"[" * 50_000 + b"\n" + data
    elif how == "bytes":
        data = draw(st.binary(max_size=200))
    return fmt, data


def _snapshot(store: Store) -> tuple[int, str]:
    rows = store.db.conn.execute(
        "SELECT i.source_id, i.external_id, i.text, i.rating, i.status, i.updated_at, "
        "(SELECT count(*) FROM replies r WHERE r.item_id = i.id), "
        "(SELECT count(*) FROM events e WHERE e.item_id = i.id) FROM items i ORDER BY i.id"
    ).fetchall()
    sources = store.db.conn.execute("SELECT id, name, kind FROM sources ORDER BY id").fetchall()
    return len(rows), hashlib.sha256(repr((rows, sources)).encode()).hexdigest()


def _read_all(path: Path) -> list[Row | RowError] | RepmanError:
    try:
        return list(read_file(path, "Default"))
    except RepmanError as exc:  # the whole file refused, with a message
        assert exc.message
        return exc


pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example]
)  # fmt: skip


@FUZZ
@given(files())
def test_read_file_yields_rows_or_row_errors(case: tuple[str, bytes]) -> None:
    fmt, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"reviews{fmt}"
        path.write_bytes(data)
        result = _read_all(path)
    if isinstance(result, RepmanError):
        return
    lines = data.count(b"\n") + data.count(b"\r") + 1  # an upper bound, CR counts too
    for entry in result:
        assert isinstance(entry, (Row, RowError))
        if isinstance(entry, RowError):
            assert isinstance(entry.line, int) and entry.line >= 1 and entry.message
            if fmt != ".json":  # JSON arrays count records; the others count lines
                assert entry.line <= lines
        else:
            assert isinstance(entry.item.text, str)
            assert entry.item.rating is None or 1 <= entry.item.rating <= 5


def _bad(record: Any) -> Any:
    """A row that can never be stored, whatever else it holds."""
    if isinstance(record, dict):
        return {**record, "created_at": "not a time", "source": "Files"}
    return record


@FUZZ
@given(st.lists(rows, max_size=6), st.sampled_from([".json", ".jsonl", ".csv"]))
def test_a_file_of_bad_rows_changes_nothing(entries: list[Any], fmt: str) -> None:
    bad = [_bad(e) for e in entries]
    if fmt == ".json":
        text = "[" + ",".join(_dump_json(e) for e in bad) + "]"
    elif fmt == ".csv":
        text = _csv([b if isinstance(b, dict) else {"created_at": "x", "text": b} for b in bad])
    else:
        text = "\n".join(_dump_json(e) for e in bad)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "inbox.db") as store:
        source = store.add_source("import", "Files")
        store.upsert_items(source.id, [make_item(f"e{n}", f"kept {n}") for n in range(5)])
        before = _snapshot(store)
        path = Path(folder) / f"bad{fmt}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            report = import_file(store, path, "Other")
        except RepmanError:
            report = None
        if report is not None:
            assert report.rows == 0
            assert all(e.line >= 1 for e in report.errors)
        assert _snapshot(store) == before


@FUZZ
@given(files())
def test_import_never_fails_but_with_a_repman_error(case: tuple[str, bytes]) -> None:
    fmt, data = case
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "inbox.db") as store:
        path = Path(folder) / f"reviews{fmt}"
        path.write_bytes(data)
        try:
            report = import_file(store, path, "Default")
        except RepmanError:
            return
        stored = store.db.conn.execute("SELECT count(*) FROM items").fetchone()[0]
        assert report.result.inserted == stored


def test_found_by_fuzzing_huge_rating_and_far_dates(tmp_path: Path) -> None:
    """Kept examples: an integer rating too large for a float, a year-1 time east of UTC,
    and nesting deeper than the JSON reader goes: each one bad row, not a crash."""
    lines = [
        '{"source": "F", "text": "t", "created_at": "2026-01-01", "rating": ' + "9" * 400 + "}",
        '{"source": "F", "text": "t", "created_at": "0001-01-01T00:00:00+01:00"}',
        "[" * 50_000,
        json.dumps(GOOD),
    ]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = list(read_file(path))
    assert [type(r).__name__ for r in result] == ["RowError", "RowError", "RowError", "Row"]
    assert [r.line for r in result] == [1, 2, 3, 4]
