"""DESIGN.md §1/§7: each kind of I/O lives in one layer. A check script enforces it, as
qutebrowser does, so the rule survives the next hurried change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "repman"

# module prefix -> where it may be imported (paths relative to repman/)
RULES = {
    "PySide6": ("ui/",),
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
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("module", sorted(RULES))
def test_module_is_imported_only_in_its_layer(module: str) -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if module in _imports(path) and not rel.startswith(RULES[module]):
            offenders.append(rel)
    assert offenders == [], f"{module} imported outside {RULES[module]}"
