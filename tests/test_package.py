"""The Linux package end to end (issue 7): `make package`'s build script, then the frozen
`--self-check` from the folder and from the extracted .deb. Minutes, so opt-in:
REPMAN_PACKAGE_TEST=1 pytest -m package tests/test_package.py"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from repman import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(
        os.environ.get("REPMAN_PACKAGE_TEST") != "1", reason="set REPMAN_PACKAGE_TEST=1"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux package"),
]


def headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the frozen app finds its backend by itself
    return env


def self_check(executable: Path, tmp_path: Path) -> str:
    start = time.monotonic()
    result = subprocess.run(
        [str(executable), "--self-check", "--db", str(tmp_path / "check.db")],
        capture_output=True,
        text=True,
        env=headless_env(),
        timeout=120,
        check=False,
    )
    print(f"{executable}: --self-check took {time.monotonic() - start:.2f} s")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def glibc_versions(folder: Path) -> set[tuple[int, ...]]:
    """Every GLIBC_x.y symbol version the frozen binaries in folder reference."""
    found: set[tuple[int, ...]] = set()
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", dump.stdout):
            found.add(tuple(int(n) for n in version.split(".")))
    return found


@pytest.fixture(scope="module")
def built() -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    start = time.monotonic()
    subprocess.run([str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT, check=True)
    print(f"build took {time.monotonic() - start:.0f} s")
    return DIST


def test_the_frozen_folder_passes_its_self_check(built: Path, tmp_path: Path) -> None:
    out = self_check(built / "repman" / "repman", tmp_path)
    assert f"{APP_ID} {__version__} (frozen)" in out
    assert "self-check passed" in out
    # keyring's backends were found through its bundled metadata, not just the fail one.
    assert "SecretService" in out


def test_the_frozen_program_starts_quickly(built: Path) -> None:
    start = time.monotonic()
    result = subprocess.run(
        [str(built / "repman" / "repman"), "--version"],
        capture_output=True,
        text=True,
        env=headless_env(),
        timeout=60,
    )
    elapsed = time.monotonic() - start
    print(f"frozen `repman --version`: {elapsed:.2f} s")
    assert result.stdout.strip() == f"repman {__version__}"
    assert elapsed < 10


def test_the_tarball_unpacks_to_a_working_program(built: Path, tmp_path: Path) -> None:
    (tarball,) = built.glob(f"repman-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    assert "self-check passed" in self_check(tmp_path / "unpacked" / "repman" / "repman", tmp_path)


def test_the_deb_installs_to_opt_with_a_command_and_desktop_files(
    built: Path, tmp_path: Path
) -> None:
    (deb,) = built.glob(f"repman_{__version__}_*.deb")
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True)
    assert "Package: repman" in info.stdout
    for library in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1"):
        assert library in info.stdout
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    assert "root/root" in listing and "./usr/bin/repman -> /opt/repman/repman" in listing
    assert "./usr/share/applications/org.repman.Repman.desktop" in listing
    assert "./usr/share/metainfo/org.repman.Repman.metainfo.xml" in listing
    assert "./usr/share/icons/hicolor/256x256/apps/org.repman.Repman.png" in listing

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert "self-check passed" in self_check(root / "opt" / "repman" / "repman", tmp_path)


def test_the_debs_libc_dependency_is_what_its_binaries_need(built: Path, tmp_path: Path) -> None:
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    (deb,) = built.glob(f"repman_{__version__}_*.deb")
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True
    ).stdout
    match = re.search(r"libc6 \(>= ([\d.]+)\)", depends)
    assert match, depends
    declared = tuple(int(n) for n in match.group(1).split("."))

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert declared == max(glibc_versions(root / "opt" / "repman"))
    libc, version = platform.libc_ver()
    if libc == "glibc":  # it runs here, so the build machine's C library is new enough
        assert declared <= tuple(int(n) for n in version.split("."))


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], "org.repman.Repman.desktop"),
        ("appstreamcli", ["validate", "--no-net"], "org.repman.Repman.metainfo.xml"),
    ],
)
def test_the_desktop_metadata_validates(tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    path = ROOT / "packaging" / "linux" / name
    result = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
