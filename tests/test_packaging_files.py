"""The packaging files agree with the code: one application id (DESIGN.md §7), one version,
and every module and resource folder reaches the wheel the frozen build is made from."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

from repman import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def text(relative: str) -> str:
    return (ROOT / relative).read_text(encoding="utf-8")


def test_the_desktop_entry_metainfo_and_icons_are_named_after_the_app_id() -> None:
    desktop = ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    desktop.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Icon"] == APP_ID
    assert desktop["Desktop Entry"]["Name"] == APP_NAME

    meta = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert (PACKAGING / "icons" / f"{APP_ID}.svg").is_file()
    assert f"{APP_ID}.png" in text("packaging/build_linux.sh")


def test_qt_the_installer_and_the_bundle_use_the_same_id() -> None:
    # Qt matches windows to the desktop entry by this name (Wayland app_id, GNOME's dock).
    assert re.search(rf'DESKTOP_FILE_NAME = "{re.escape(APP_ID)}"', text("repman/ui/app.py"))
    iss = text("packaging/windows/repman.iss")
    assert f'#define AppId "{APP_ID}"' in iss
    assert re.search(r"^AppId=\{#AppId\}$", iss, re.MULTILINE)  # the uninstall key's name
    assert iss.count('AppUserModelID: "{#AppId}"') == 2  # both shortcuts
    assert "bundle_identifier=APP_ID" in text("packaging/repman.spec")
    # The workflow compares the built Info.plist and the uninstall key with repman.APP_ID.
    workflow = text(".github/workflows/package.yml")
    assert "print(repman.APP_ID)" in workflow
    assert '= "$REPMAN_APP_ID"' in workflow and "${env:REPMAN_APP_ID}_is1" in workflow


def test_no_other_reverse_dns_id_hides_in_the_packaging() -> None:
    owned = [
        *PACKAGING.rglob("*.*"),
        ROOT / ".github" / "workflows" / "package.yml",
        ROOT / "repman" / "__init__.py",
    ]
    pattern = re.compile(r"\b(?:org|com|io|net)\.repman\.[A-Za-z][\w.]*")
    seen = set()
    for path in owned:
        if path.suffix in {".png", ".ico", ".txt"} or not path.is_file():
            continue
        seen |= set(pattern.findall(path.read_text(encoding="utf-8")))
    # File names and Inno Setup's uninstall key are the id plus a fixed suffix.
    suffixes = re.compile(r"(\.desktop|\.metainfo\.xml|\.svg|\.png|_is1)$")
    ids = {suffixes.sub("", found) for found in seen}
    assert ids == {APP_ID}


def test_the_metainfo_lists_this_version_as_its_newest_release() -> None:
    meta = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    releases = meta.findall("releases/release")
    assert releases, "AppStream wants at least one release"
    assert releases[0].get("version") == __version__


def test_every_repman_subpackage_and_resource_folder_is_in_the_wheel() -> None:
    # The frozen build takes repman from an installed wheel; setuptools' list is written by
    # hand, so a new subpackage or resource folder missing from it would be missing from
    # every package while the tests (run from the source tree) still pass.
    listed = set(tomllib.loads(text("pyproject.toml"))["tool"]["setuptools"]["packages"])
    subpackages = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "repman").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    folders = {
        "repman.resources." + ".".join(folder.relative_to(ROOT / "resources").parts)
        for folder in (ROOT / "resources").rglob("*")
        if folder.is_dir() and "__pycache__" not in folder.parts and any(folder.iterdir())
    }
    assert subpackages | folders | {"repman.resources"} <= listed


def test_the_spec_collects_repman_generally_not_by_a_list() -> None:
    spec = text("packaging/repman.spec")
    assert 'collect_submodules("repman"' in spec
    assert not re.search(r"hiddenimports\s*\+?=\s*\[[^\]]*\"repman\.(?!resources)", spec)
