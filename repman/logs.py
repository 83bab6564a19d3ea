"""The log file: where tracebacks of bugs go, so users see one line and we can still debug."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from repman import APP_NAME


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME.lower(), appauthor=False)) / "repman.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """A rotating log file in the platform's log folder; None if it cannot be written."""
    path = log_path()
    root = logging.getLogger()
    if any(getattr(h, "repman", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.repman = True  # type: ignore[attr-defined]
    # Other libraries' INFO lines (request URLs with keys in them, access logs) stay out:
    # only our own messages, and anyone's warnings and errors, reach the file.
    handler.addFilter(lambda r: r.name.startswith("repman") or r.levelno >= logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx and httpcore log every request URL at INFO, query strings (API keys) included.
    for noisy in ("httpx", "httpcore", "hpack"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
