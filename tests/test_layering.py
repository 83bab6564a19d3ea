"""DESIGN.md §1/§7: each kind of I/O lives in one layer. A check script enforces it, as
qutebrowser does, so the rule survives the next hurried change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "repman"

# Qt modules the headless PDF report may use: painting and text layout, never widgets.
QT_PAINTING = ("ui/",)  # the PDF report and the charts draw with Qt: they live in ui/ too

# module prefix -> where it may be imported (paths relative to repman/); the longest prefix
# that matches an import decides, so PySide6.QtWidgets stays in ui/ whatever PySide6 allows.
RULES = {
    "PySide6": ("ui/",),
    "PySide6.QtWidgets": ("ui/",),
    "PySide6.QtGui": QT_PAINTING,
    "PySide6.QtCore": QT_PAINTING,
    "keyring": ("secrets.py",),
    "httpx": ("sources/", "sync.py"),
    "sqlite3": ("store/",),
    "sqlite_utils": ("store/",),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # `from PySide6 import QtWidgets` imports the submodule too
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _rule(name: str) -> str | None:
    """The most specific rule key covering an imported module name."""
    keys = [k for k in RULES if name == k or name.startswith(k + ".")]
    return max(keys, key=len, default=None)


@pytest.mark.parametrize("module", sorted(RULES))
def test_module_is_imported_only_in_its_layer(module: str) -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        for name in _imports(path):
            if _rule(name) == module and not rel.startswith(RULES[module]):
                offenders.append(f"{rel}: {name}")
    assert offenders == [], f"{module} imported outside {RULES[module]}"


def test_rules_pick_the_most_specific_prefix() -> None:
    assert _rule("PySide6.QtWidgets") == "PySide6.QtWidgets"
    assert _rule("PySide6.QtGui") == "PySide6.QtGui"
    assert _rule("PySide6.QtPrintSupport") == "PySide6"
    assert _rule("sqlite3") == "sqlite3"
    assert _rule("json") is None
