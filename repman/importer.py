"""Importing review files into the store, in batches, a bad row never stopping the rest."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from repman.opening import assess_for
from repman.sources.files import Row, RowError, read_file
from repman.store import Store, UpsertResult

IMPORT_KIND = "import"
_BATCH = 500


@dataclass
class ImportReport:
    result: UpsertResult = field(default_factory=UpsertResult)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0


def import_file(
    store: Store,
    path: Path,
    default_source: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Store the good rows of a file; a source named in the file that does not exist yet is
    created as an import source."""
    report = ImportReport()
    pending: dict[str, list[Row]] = defaultdict(list)

    def flush() -> None:
        for name, rows in pending.items():
            source = store.ensure_source(name, IMPORT_KIND)
            report.result += store.upsert_items(
                source.id, [r.item for r in rows], assess_for(store, source)
            )
        pending.clear()
        if progress:
            progress(report.rows)

    count = 0
    for entry in read_file(path, default_source):
        if isinstance(entry, RowError):
            report.errors.append(entry)
            continue
        pending[entry.source].append(entry)
        report.rows += 1
        count += 1
        if count >= _BATCH:
            flush()
            count = 0
    flush()
    return report
