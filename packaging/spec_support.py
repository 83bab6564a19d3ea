"""Helpers for packaging/repman.spec, kept out of the spec so tests can import them.

PyInstaller runs the spec with names of its own injected (Analysis, EXE, SPECPATH ...), so
the spec itself cannot be imported by a test; everything here is plain Python.
"""

from __future__ import annotations

import re
import sysconfig
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

# Qt's floor when no wheel says more: Qt 6.11 targets macOS 13 or newer (doc.qt.io, Qt for
# macOS, "Supported Configurations").
MACOS_FLOOR = (13, 0)
_MACOS_TAG = re.compile(r"macosx_(\d+)_(\d+)_")


def _version(text: str) -> tuple[int, int]:
    major, _, minor = text.partition(".")
    return int(major), int(minor or 0)


def macos_minimum(
    distributions: Iterable[metadata.Distribution] | None = None,
    interpreter_target: str | None = None,
) -> str:
    """LSMinimumSystemVersion: the newest macOS that any bundled binary was built for.

    pip installs only wheels whose platform tag the build Mac satisfies, and that tag names
    the oldest macOS the wheel runs on. A fixed number in Info.plist (it said 12.0 while
    Qt 6.11 needs 13) lets Finder start the app on a Mac where Qt cannot load; reading the
    tags keeps the plist true when PySide6 is upgraded.
    """
    found = [MACOS_FLOOR]
    target = interpreter_target
    if target is None:
        target = sysconfig.get_config_var("MACOSX_DEPLOYMENT_TARGET") or ""
    if re.fullmatch(r"\d+(\.\d+)?", str(target)):
        found.append(_version(str(target)))
    for dist in metadata.distributions() if distributions is None else distributions:
        for line in (dist.read_text("WHEEL") or "").splitlines():
            if line.startswith("Tag:"):
                match = _MACOS_TAG.search(line)
                if match:
                    found.append((int(match[1]), int(match[2])))
    major, minor = max(found)
    return f"{major}.{minor}"


def windows_version_resource(template: str, version: str, exe_name: str, description: str) -> str:
    """The text of a PyInstaller version file for one .exe (packaging/windows/version_info.txt).

    Windows shows FileDescription in Task Manager and OriginalFilename in the file's
    properties, so the windowed app and the console program each get their own.
    """
    numbers = [int(part) for part in re.findall(r"\d+", version)[:3]]
    version_tuple = tuple([*numbers, 0, 0, 0, 0][:4])
    replacements = {
        "@VERSION_TUPLE@": repr(version_tuple),
        "@VERSION@": version,
        "@EXE@": exe_name,
        "@INTERNAL_NAME@": exe_name.removesuffix(".exe"),
        "@DESCRIPTION@": description,
    }
    for placeholder, value in replacements.items():
        template = template.replace(placeholder, value)
    leftover = re.findall(r"@[A-Z_]+@", template)
    if leftover:
        raise ValueError(f"version_info.txt has unfilled placeholders: {leftover}")
    return template


def macos_signing(env: Mapping[str, str], entitlements: Path) -> tuple[str | None, str | None]:
    """(codesign identity, entitlements file) for EXE(): both None for the ad-hoc signature.

    With an identity PyInstaller signs every collected binary and the .app with the hardened
    runtime and a secure timestamp (PyInstaller.utils.osx.sign_binary), which notarisation
    requires; the workflow sets REPMAN_CODESIGN_IDENTITY only when the signing secrets exist.
    """
    identity = env.get("REPMAN_CODESIGN_IDENTITY", "").strip()
    if not identity:
        return None, None
    return identity, str(entitlements)
