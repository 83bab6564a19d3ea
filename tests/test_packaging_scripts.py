"""The macOS and Windows helper scripts, run here against stand-ins for the tools only those
systems have (hdiutil, codesign, xcrun; real .exe files): their own logic is what is tested."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import stat
import struct
import subprocess
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SCRIPTS = [
    PACKAGING / "build_linux.sh",
    PACKAGING / "macos" / "make_dmg.sh",
    PACKAGING / "macos" / "notarize.sh",
]


def stub(folder: Path, name: str, body: str) -> None:
    """A fake command that appends its arguments to calls.log, then runs body."""
    path = folder / name
    path.write_text(
        f'#!/usr/bin/env bash\necho "{name} $*" >> "$CALLS"\n{body}\n', encoding="utf-8"
    )
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def tree(tmp_path: Path) -> types.SimpleNamespace:
    """A copy of packaging/macos beside a built dist/Repman.app, and a bin/ of stand-ins."""
    (tmp_path / "packaging").mkdir()
    shutil.copytree(PACKAGING / "macos", tmp_path / "packaging" / "macos")
    app = tmp_path / "dist" / "Repman.app" / "Contents"
    (app / "MacOS").mkdir(parents=True)
    (app / "Info.plist").write_text("<plist/>", encoding="utf-8")
    (app / "MacOS" / "repman").write_text("binary", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir, "plutil", "exit 0")
    stub(bin_dir, "ditto", 'if [ "$1" = -c ]; then touch "${@: -1}"; else cp -R "$1" "$2"; fi')
    stub(bin_dir, "codesign", "exit 0")
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "CALLS": str(tmp_path / "calls.log"),
        "REPMAN_HDIUTIL_PAUSE": "0",
        "HOME": str(tmp_path),
    }
    return types.SimpleNamespace(root=tmp_path, bin=bin_dir, env=env)


def calls(tree: types.SimpleNamespace) -> list[str]:
    log = Path(tree.env["CALLS"])
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def hdiutil_failing(tree: types.SimpleNamespace, times: int) -> None:
    # `create` fails `times` times with GitHub's "Resource busy", then writes the image.
    stub(
        tree.bin,
        "hdiutil",
        f"""count_file="$(dirname "$CALLS")/hdiutil.count"
if [ "$1" = create ]; then
    n=$(( $(cat "$count_file" 2>/dev/null || echo 0) + 1 )); echo "$n" > "$count_file"
    if [ "$n" -le {times} ]; then echo "hdiutil: create failed - Resource busy" >&2; exit 1; fi
    touch "${{@: -1}}"
fi""",
    )


def make_dmg(
    tree: types.SimpleNamespace, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(tree.root / "packaging" / "macos" / "make_dmg.sh"), *args],
        env={**tree.env, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_disk_image_is_named_by_version_and_architecture(tree: types.SimpleNamespace) -> None:
    hdiutil_failing(tree, 0)

    result = make_dmg(tree, "1.2.3", "arm64")

    assert result.returncode == 0, result.stderr
    assert (tree.root / "dist" / "Repman-1.2.3-arm64.dmg").exists()
    staged = tree.root / "build" / "dmg"
    assert (staged / "Repman.app" / "Contents" / "MacOS" / "repman").exists()
    assert os.readlink(staged / "Applications") == "/Applications"
    assert any(c.startswith("hdiutil verify") for c in calls(tree))
    assert not any(c.startswith("codesign") for c in calls(tree))  # unsigned without identity


def test_hdiutils_resource_busy_is_retried(tree: types.SimpleNamespace) -> None:
    hdiutil_failing(tree, 2)

    result = make_dmg(tree, "1.0", "x86_64")

    assert result.returncode == 0, result.stderr
    assert len([c for c in calls(tree) if c.startswith("hdiutil create")]) == 3
    assert "attempt 3 of 5" in result.stderr


def test_it_gives_up_after_the_last_attempt(tree: types.SimpleNamespace) -> None:
    hdiutil_failing(tree, 99)

    result = make_dmg(tree, "1.0", "x86_64", REPMAN_HDIUTIL_ATTEMPTS="3")

    assert result.returncode == 1
    assert "failed 3 times" in result.stderr
    assert not (tree.root / "dist" / "Repman-1.0-x86_64.dmg").exists()


def test_the_image_is_signed_when_an_identity_is_set(tree: types.SimpleNamespace) -> None:
    hdiutil_failing(tree, 0)
    identity = "Developer ID Application: Example (TEAM123456)"

    result = make_dmg(tree, "1.0", "arm64", REPMAN_CODESIGN_IDENTITY=identity)

    assert result.returncode == 0, result.stderr
    dmg = tree.root / "dist" / "Repman-1.0-arm64.dmg"
    assert f"codesign --force --timestamp --sign {identity} {dmg}" in calls(tree)


def test_no_app_no_image(tree: types.SimpleNamespace) -> None:
    shutil.rmtree(tree.root / "dist" / "Repman.app")
    result = make_dmg(tree, "1.0")
    assert result.returncode == 1 and "run pyinstaller" in result.stderr


def notarize(
    tree: types.SimpleNamespace, target: str, status: str
) -> subprocess.CompletedProcess[str]:
    answer = json.dumps({"id": "abc-123", "status": status, "message": "done"})
    stub(
        tree.bin,
        "xcrun",
        f"""if [ "$1 $2" = "notarytool submit" ]; then echo '{answer}'; fi
if [ "$1 $2" = "notarytool log" ]; then echo '{{"issues": ["not signed"]}}'; fi""",
    )
    key = {
        "APPLE_API_KEY_P8": "-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----",
        "APPLE_API_KEY_ID": "KEY123",
        "APPLE_API_ISSUER": "00000000-0000-0000-0000-000000000000",
    }
    return subprocess.run(
        ["bash", str(tree.root / "packaging" / "macos" / "notarize.sh"), target],
        env={**tree.env, **key},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_accepted_app_is_zipped_submitted_and_stapled(tree: types.SimpleNamespace) -> None:
    app = str(tree.root / "dist" / "Repman.app")

    result = notarize(tree, app, "Accepted")

    assert result.returncode == 0, result.stderr
    log = calls(tree)
    assert any(c.startswith("ditto -c -k --keepParent") for c in log)
    (submit,) = [c for c in log if c.startswith("xcrun notarytool submit")]
    assert "Repman.zip" in submit and "--key-id KEY123" in submit and "--wait" in submit
    assert f"xcrun stapler staple {app}" in log
    assert f"xcrun stapler validate {app}" in log


def test_a_rejected_image_prints_apples_log_and_fails(tree: types.SimpleNamespace) -> None:
    dmg = str(tree.root / "dist" / "Repman-1.0-arm64.dmg")

    result = notarize(tree, dmg, "Invalid")

    assert result.returncode == 1
    assert "notarisation of" in result.stderr and "Invalid" in result.stderr
    log = calls(tree)
    assert any(c.startswith(f"xcrun notarytool submit {dmg}") for c in log)
    assert any(c.startswith("xcrun notarytool log abc-123") for c in log)
    assert not any("stapler" in c for c in log)


def load_check_exes() -> types.ModuleType:
    path = PACKAGING / "windows" / "check_exes.py"
    spec = importlib.util.spec_from_file_location("check_exes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_exes = load_check_exes()


def pe_header(subsystem: int, *, pe32_plus: bool = True) -> bytes:
    """The first bytes of a PE image: DOS stub pointer, signature, COFF, optional header."""
    image = bytearray(512)
    image[:2] = b"MZ"
    struct.pack_into("<I", image, 0x3C, 0x80)
    image[0x80:0x84] = b"PE\0\0"
    optional = 0x80 + 4 + 20
    struct.pack_into("<H", image, optional, 0x20B if pe32_plus else 0x10B)
    struct.pack_into("<H", image, optional + 68, subsystem)
    return bytes(image)


@pytest.mark.parametrize("pe32_plus", [True, False])
def test_the_pe_subsystem_is_read_from_the_optional_header(pe32_plus: bool) -> None:
    assert check_exes.subsystem(pe_header(2, pe32_plus=pe32_plus)) == check_exes.GUI
    assert check_exes.subsystem(pe_header(3, pe32_plus=pe32_plus)) == check_exes.CONSOLE


def test_not_an_executable_is_an_error() -> None:
    with pytest.raises(ValueError, match="MZ"):
        check_exes.subsystem(b"#!/bin/sh\n" + bytes(100))


def test_the_folder_needs_a_windowed_app_and_a_console_cli(tmp_path: Path) -> None:
    (tmp_path / "repman.exe").write_bytes(pe_header(check_exes.GUI))
    (tmp_path / "repman-cli.exe").write_bytes(pe_header(check_exes.CONSOLE))
    assert check_exes.problems(tmp_path) == []
    assert check_exes.main([str(tmp_path)]) == 0

    (tmp_path / "repman.exe").write_bytes(pe_header(check_exes.CONSOLE))
    (tmp_path / "repman-cli.exe").unlink()
    assert check_exes.problems(tmp_path) == [
        "repman.exe: console, expected windowed (GUI)",
        f"repman-cli.exe: missing from {tmp_path}",
    ]
    assert check_exes.main([str(tmp_path)]) == 1


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_the_shell_scripts_pass_shellcheck(script: Path) -> None:
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    result = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert os.access(script, os.X_OK)
