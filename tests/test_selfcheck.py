"""`repman --self-check` in-process: a fresh database passes; a missing resource is named."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from repman import __version__
from repman.cli import main
from repman.selfcheck import expected_files, missing_files, needs_offscreen, run


def resources_copy(tmp_path: Path) -> Path:
    source = Path(str(files("repman.resources")))
    target = tmp_path / "resources"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_a_fresh_temp_database_passes(qapp: Any, tmp_path: Path) -> None:
    lines: list[str] = []
    db = tmp_path / "new.db"

    assert run(db, out=lines.append) == 0

    assert db.exists()
    assert lines[-1].startswith("self-check passed")
    names = [line.split(":")[0].split(maxsplit=1)[1] for line in lines[1:-1]]
    assert names[:3] == ["resources", "database", "keyring"]
    assert {"templates", "tone", "triage", "vader", "language model", "spelling"} <= set(names)
    assert {"demo data", "fonts", "main window"} <= set(names)
    assert all(line.startswith("ok") for line in lines[1:-1]), lines
    window_line = next(line for line in lines if "main window" in line)
    assert "Help" in window_line  # Help → About is installed


def test_without_db_it_uses_a_temporary_file(qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert f"org.repman.Repman {__version__}" in out
    assert "repman-selfcheck-" in out  # a temporary database, never the user's own


def test_the_command_line_option_uses_the_given_database(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "given.db"
    assert main(["--db", str(db), "--self-check"]) == 0
    assert str(db) in capsys.readouterr().out


def test_a_missing_resource_is_reported(qapp: Any, tmp_path: Path) -> None:
    root = resources_copy(tmp_path)
    (root / "templates" / "el.json").unlink()
    (root / "dictionaries" / "ar.dic.xz").unlink()
    (root / "fonts" / "NotoNaskhArabic-Bold.ttf").unlink()
    lines: list[str] = []

    assert run(tmp_path / "x.db", root=root, out=lines.append) == 1

    failed = [line for line in lines if line.startswith("FAIL")]
    assert len(failed) == 2, lines
    assert "templates/el.json" in failed[0] and "dictionaries/ar.dic.xz" in failed[0]
    assert "fonts/NotoNaskhArabic-Bold.ttf" in failed[1]
    assert lines[-1] == "self-check FAILED: resources, fonts"


def test_the_manifest_covers_every_language_and_dictionary(tmp_path: Path) -> None:
    root = resources_copy(tmp_path)
    names = expected_files(root)
    assert missing_files(root) == []
    for code in ("en", "ar", "ur", "el"):
        assert f"templates/{code}.json" in names
        assert f"triage/sentiment.{code}.json" in names
    assert "dictionaries/en_GB.dic.xz" in names
    (root / "triage" / "languages.json").unlink()
    assert missing_files(root) == ["triage/languages.json"]


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, False),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_offscreen_only_without_a_display(
    platform: str, env: dict[str, str], expected: bool
) -> None:
    assert needs_offscreen(platform, env) is expected


def test_the_about_dialog_shows_version_licence_and_credits(qapp: Any) -> None:
    from repman.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    try:
        assert __version__ in dialog.findChild(type(dialog.licence), "title").text()
        assert "GPL-3.0-or-later" in dialog.licence.text()
        text = dialog.credits.text()
        for credit in ("PySide6", "Noto", "Hunspell", "VADER", "fastText", "CC-BY-SA-3.0", "OFL"):
            assert credit in text
    finally:
        dialog.deleteLater()
