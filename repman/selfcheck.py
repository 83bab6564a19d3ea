"""`repman --self-check`: is this installation (or frozen build) complete?

Opens (or creates) a database, names the keyring backend, loads every runtime resource through
the same loaders the app uses (templates, tone lexicons, triage lexicons, VADER's lexicon, the
fastText language model, spelling dictionaries, fonts, demo data, translations if any) and,
unless told not to, builds the main window offscreen (repman/ui/selfcheck.py: only ui/ touches
Qt). Each check prints one line; the exit code is 0 when all pass and 1 otherwise, so CI can
run it against the frozen build (packaging/, .github/workflows/package.yml).

A frozen build fails here in ways an installed one cannot: a data file left out of the spec,
or a package's metadata missing so its entry points (keyring's backends) are never found.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from repman import APP_ID, __version__

RESOURCES = "repman.resources"
KEYRING_ENTRY_POINTS = "keyring.backends"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


Step = Callable[[], str]  # returns a detail line, raises (anything) on failure


def resource_root() -> Traversable:
    return files(RESOURCES)


def _languages(root: Traversable) -> list[str]:
    data = json.loads((root / "triage" / "languages.json").read_text("utf-8"))
    return list(data["languages"])


def expected_files(root: Traversable) -> list[str]:
    """Every file the app reads from resources/, relative to it."""
    from repman.replies.spelling import DICTIONARIES

    names = ["triage/languages.json", "triage/emoji.json", "triage/visibility.json"]
    names += ["tone/common.json", "demo/items.jsonl", "fonts/LICENSE-OFL.txt"]
    for code in _languages(root):
        names += [f"templates/{code}.json", f"tone/{code}.json"]
        names += [f"triage/sentiment.{code}.json", f"triage/category.{code}.json"]
    dictionaries = sorted({name for group in DICTIONARIES.values() for name in group})
    names += [f"dictionaries/{name}.dic.xz" for name in dictionaries]
    return names


def missing_files(root: Traversable) -> list[str]:
    if not (root / "triage" / "languages.json").is_file():
        return ["triage/languages.json"]
    missing = []
    for name in expected_files(root):
        node = root
        for part in name.split("/"):
            node = node / part
        if not node.is_file():
            missing.append(name)
    fonts = root / "fonts"
    if not fonts.is_dir() or not any(p.name.endswith(".ttf") for p in fonts.iterdir()):
        missing.append("fonts/*.ttf")
    return missing


# --- the checks ----------------------------------------------------------------------------


def _files(root: Traversable) -> Step:
    def step() -> str:
        missing = missing_files(root)
        if missing:
            raise FileNotFoundError("missing " + ", ".join(missing))
        return f"{len(expected_files(root))} files present"

    return step


def _database(path: Path) -> Step:
    def step() -> str:
        from repman.store import Store

        with Store.open(path) as store:
            sources = len(store.sources())
        return f"{path} opens ({sources} sources)"

    return step


def _keyring() -> str:
    from repman import secrets

    names = sorted(ep.name for ep in metadata.entry_points(group=KEYRING_ENTRY_POINTS))
    if not names:
        # keyring finds its backends through entry points: without its metadata a frozen
        # build always gets the 'fail' backend, even on a desktop with a keyring.
        raise LookupError("keyring's backends are not registered (package metadata missing)")
    state = "" if secrets.available() else " (no secure storage on this system)"
    return f"{secrets.backend_name()}{state}; registered: {', '.join(names)}"


def _templates() -> str:
    from repman.replies.templates import builtin_templates

    found = builtin_templates()
    languages = sorted({t.language for t in found})
    if not found:
        raise LookupError("no built-in templates")
    return f"{len(found)} templates ({', '.join(languages)})"


def _tone(languages: list[str]) -> Step:
    def step() -> str:
        from repman.replies.lexicon import common_explanations, lexicon

        common_explanations()
        lacking = [code for code in languages if lexicon(code) is None]
        if lacking:
            raise LookupError(f"no tone lexicon for {', '.join(lacking)}")
        return f"tone lexicons for {', '.join(languages)}"

    return step


def _triage(languages: list[str]) -> Step:
    def step() -> str:
        from repman.triage.category import category_lexicon
        from repman.triage.priority import VISIBILITY
        from repman.triage.sentiment import EMOJI, sentiment_lexicon

        EMOJI.get()
        VISIBILITY.get()
        lacking = [
            code
            for code in languages
            if sentiment_lexicon(code) is None or category_lexicon(code) is None
        ]
        if lacking:
            raise LookupError(f"no sentiment or category lexicon for {', '.join(lacking)}")
        return f"sentiment and category lexicons for {', '.join(languages)}"

    return step


def _vader() -> str:
    from repman.triage.english import analyzer

    size = len(analyzer({}).lexicon)
    if size < 1000:
        raise LookupError(f"VADER's lexicon has only {size} entries")
    return f"VADER lexicon, {size} entries"


def _language_model() -> str:
    from repman.triage.language import MODEL, load_model, model_path

    seconds = load_model()
    best = max(MODEL.get().probabilities("the pizza arrived cold").items(), key=lambda kv: kv[1])
    return f"{model_path().name} loaded in {seconds * 1000:.0f} ms (sample: {best[0]})"


def _spelling() -> str:
    from repman.replies.spelling import DICTIONARIES, dictionary

    names = sorted({name for group in DICTIONARIES.values() for name in group})
    for name in names:
        dictionary(name)
    return f"dictionaries {', '.join(names)}"


def _demo() -> str:
    from repman.demo import demo_records

    count = len(demo_records())
    if not count:
        raise LookupError("the demo inbox is empty")
    return f"{count} demo items"


def _translations(root: Traversable) -> Step:
    def step() -> str:
        folder = root / "translations"
        if not folder.is_dir():
            return "none bundled"
        names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".qm"))
        for name in names:
            (folder / name).read_bytes()
        return ", ".join(names) or "none bundled"

    return step


def core_steps(db_path: Path, root: Traversable) -> list[tuple[str, Step]]:
    try:
        languages = _languages(root)
    except (OSError, ValueError, KeyError):
        languages = []  # reported by the "resources" step
    return [
        ("resources", _files(root)),
        ("database", _database(db_path)),
        ("keyring", _keyring),
        ("templates", _templates),
        ("tone", _tone(languages)),
        ("triage", _triage(languages)),
        ("vader", _vader),
        ("language model", _language_model),
        ("spelling", _spelling),
        ("demo data", _demo),
        ("translations", _translations(root)),
    ]


def run_step(name: str, step: Step) -> Check:
    try:
        return Check(name, True, step())
    except Exception as exc:  # every failure is a finding to print, never a crash
        return Check(name, False, f"{type(exc).__name__}: {exc}")


@contextmanager
def _database_path(given: Path | None) -> Iterator[Path]:
    if given is not None:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="repman-selfcheck-") as folder:
        yield Path(folder) / "selfcheck.db"


def needs_offscreen(platform: str = sys.platform, env: dict[str, str] | None = None) -> bool:
    """No display to talk to: Linux/BSD without X11 or Wayland."""
    env = dict(os.environ) if env is None else env
    if platform.startswith(("win", "darwin")) or env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run(
    db_path: Path | None = None,
    *,
    root: Traversable | None = None,
    window: bool = True,
    out: Callable[[str], None] = print,
) -> int:
    """Run every check, print one line each; 0 when all pass, 1 otherwise."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    out(f"{APP_ID} {__version__}{frozen}, Python {sys.version.split()[0]}, {sys.platform}")
    checks: list[Check] = []

    def record(name: str, step: Step) -> None:
        checks.append(run_step(name, step))
        out(_line(checks[-1]))

    if root is None:
        try:
            root = resource_root()
        except Exception as exc:  # e.g. a frozen build without the repman.resources package
            checks.append(Check("resources", False, f"{type(exc).__name__}: {exc}"))
            out(_line(checks[-1]))
            out(f"self-check FAILED: {RESOURCES} cannot be found")
            return 1
    with _database_path(db_path) as path:
        for name, step in core_steps(path, root):
            record(name, step)
        if window:
            if needs_offscreen():
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
            from repman.ui.selfcheck import window_steps

            for name, step in window_steps(path, root):
                record(name, step)
    failed = [c for c in checks if not c.ok]
    if failed:
        out(f"self-check FAILED: {', '.join(c.name for c in failed)}")
        return 1
    out(f"self-check passed ({len(checks)} checks)")
    return 0


def _line(check: Check) -> str:
    return f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}"
