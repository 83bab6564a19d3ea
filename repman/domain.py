"""The shared vocabulary of Repman: plain data and rules, no I/O."""

from __future__ import annotations

import enum
import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


class RepmanError(Exception):
    """An error with a message meant for the user; anything else is a bug."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StorageError(RepmanError):
    """The database cannot be opened or written."""


class TempFolderError(OSError):
    """Writing a scratch file in the system's temporary folder failed (openpyxl streams each
    sheet of a workbook there): not the disk the user chose, so freeing space there is no
    help. `folder` is that temporary folder, when known."""

    def __init__(self, exc: OSError, folder: str | None) -> None:
        super().__init__(exc.errno, exc.strerror or str(exc))
        self.folder = folder


def file_not_written(path: object, exc: OSError, what: str) -> StorageError:
    """The message for a file (`what`: "the export", ...) that could not be written and
    whose partial copy the caller has removed. A full disk is said in plain words: the OS
    wording ("No space left on device") tells a user neither what was lost nor what to do."""
    if isinstance(exc, TempFolderError):
        folder = f"the temporary folder {exc.folder}" if exc.folder else "the temporary folder"
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageError(
                f"{folder} is full: {what} {path} was not written, and the partial file was "
                "removed; free some space there, or set TMPDIR (TEMP on Windows) to a folder "
                "on a disk with room, then try again"
            )
        return StorageError(
            f"cannot write {what} {path}: {folder} cannot be written ({exc.strerror or exc}); "
            "set TMPDIR (TEMP on Windows) to a folder Repman may write in, then try again"
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            f"the disk is full: {what} {path} was not written, and the partial file was "
            "removed; free some space on that disk or choose another folder, then try again"
        )
    return StorageError(f"cannot write {what} {path}: {exc.strerror or exc}")


class NotFound(RepmanError):
    """The item, source or template the user named does not exist."""


class InvalidTransition(RepmanError):
    """A status change the workflow does not allow."""


class AuthExpired(RepmanError):
    """A site rejected the stored credentials."""


class RateLimited(RepmanError):
    """A site kept answering 'too many requests'."""


class SourceUnavailable(RepmanError):
    """A site could not be reached or answered with something unusable."""


class SecretStoreUnavailable(RepmanError):
    """No secure credential storage exists on this computer."""


class Status(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    CLOSED = "closed"
    IGNORED = "ignored"


class ItemKind(enum.StrEnum):
    REVIEW = "review"
    COMMENT = "comment"
    MENTION = "mention"


class ReplyState(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"  # copied to the site by hand
    POSTED = "posted"  # sent through the site's API, or found on the site


# DESIGN.md §3: new -> in_progress -> answered -> closed; ignored from new or in_progress;
# anything can be reopened to new.
_ALLOWED: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.IN_PROGRESS, Status.ANSWERED, Status.IGNORED}),
    Status.IN_PROGRESS: frozenset({Status.ANSWERED, Status.IGNORED, Status.NEW}),
    Status.ANSWERED: frozenset({Status.CLOSED, Status.NEW}),
    Status.CLOSED: frozenset({Status.NEW}),
    Status.IGNORED: frozenset({Status.NEW}),
}


def check_transition(current: Status, target: Status) -> None:
    """Raise InvalidTransition unless the workflow allows current -> target."""
    if target not in _ALLOWED[current]:
        allowed = ", ".join(sorted(s.value for s in _ALLOWED[current]))
        raise InvalidTransition(
            f"cannot change status from {current.value} to {target.value} "
            f"(allowed from {current.value}: {allowed})"
        )


# Default response targets (PRODUCT.md point 1): 1 hour for criticism, 24 hours otherwise.
CRITICISM_TARGET_HOURS = 1.0
DEFAULT_TARGET_HOURS = 24.0


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_iso(moment: datetime) -> str:
    """UTC ISO-8601 with a Z, the only time format stored."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    """Read a stored or imported time; a time without zone is taken as UTC."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass
class Item:
    """A review, comment or mention as a connector or importer delivers it."""

    external_id: str
    kind: ItemKind
    text: str
    created_at: str
    author_name: str | None = None
    author_id: str | None = None
    rating: int | None = None
    title: str | None = None
    language: str | None = None
    url: str | None = None
    updated_at: str | None = None
    raw: dict[str, Any] | None = None
    # An owner reply already on the site (or in an imported file): the item is then answered.
    site_reply: SiteReply | None = None


@dataclass
class SiteReply:
    body: str
    at: str
    external_reply_id: str | None = None
    by: str | None = None


@dataclass
class Source:
    id: int
    kind: str
    name: str
    settings: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    last_sync_at: str | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class Assessment:
    """What triage concluded about an item."""

    language: str | None = None
    is_criticism: bool = False
    sentiment: float | None = None
    category: str | None = None
    # Routing rules' outcome, applied to new items only (an edit never reassigns).
    assignee: str | None = None
    tags: tuple[str, ...] = ()
    routed_by: str | None = None  # the matching rules' names, for the event log


OPEN_STATUSES = frozenset({Status.NEW, Status.IN_PROGRESS})


def priority_score(
    status: str, is_criticism: bool, rating: int | None, sentiment: float | None
) -> float:
    """A stand-in order when no triage priority is attached to the store (tests, tools):
    the same bands as triage's (open criticism 200+, other open 100+, the rest below 100),
    without age or site visibility."""
    if rating is not None:
        severity = 35.0 * (5 - min(max(rating, 1), 5)) / 4
    elif sentiment is not None and sentiment < 0:
        severity = 35.0 * min(-sentiment, 1.0)
    else:
        severity = 0.0
    if status not in OPEN_STATUSES:
        return round(0.3 * severity, 2)
    return round((200.0 if is_criticism else 100.0) + severity, 2)


# The inbox order the store applies: (status, is_criticism, rating, sentiment, created_at,
# source_kind, now) -> score. Triage provides the real one (age and site visibility).
PriorityFn = Callable[[str, bool, "int | None", "float | None", str, "str | None", datetime], float]


def criticism_from_rating(rating: int | None) -> Assessment | None:
    """The star rating is the primary signal: 1-2 criticism, 3 mixed, 4-5 praise."""
    if rating is None:
        return None
    return Assessment(is_criticism=rating <= 2, sentiment=(rating - 3) / 2)
