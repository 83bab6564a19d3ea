"""packaging/repman.spec for every platform, run here without PyInstaller.

The Windows and macOS packages can only be built on their own runners, so this test runs the
spec's code with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and records what
it asks for: two programs in one folder on Windows, one windowed .app on macOS, one console
binary on Linux. Plus packaging/spec_support.py, the spec's logic as plain functions.
"""

from __future__ import annotations

import builtins
import importlib.util
import plistlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import repman

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load_spec_support() -> types.ModuleType:
    # By path: "packaging" is also the name of a PyPI package that pytest itself imports.
    spec = importlib.util.spec_from_file_location("spec_support", PACKAGING / "spec_support.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


spec_support = load_spec_support()


class Recorded:
    """A stand-in for one PyInstaller class: keeps its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


class FakeAnalysis(Recorded):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.scripts = [("launcher", "launcher.py", "PYSOURCE")]
        self.pure = [("repman", "repman/__init__.py", "PYMODULE")]
        # What the spec's filter must drop (unused Qt, the host's GTK) and must keep.
        self.binaries = [
            ("PySide6/Qt6Widgets.dll", "x", "BINARY"),
            ("PySide6/Qt6Quick.dll", "x", "BINARY"),
            ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "x", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
            ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", "x", "BINARY"),
        ]
        self.datas = list(kwargs.get("datas", []))


class Built:
    """What one run of the spec produced."""

    def __init__(self) -> None:
        self.analyses: list[FakeAnalysis] = []
        self.exes: list[Recorded] = []
        self.collects: list[Recorded] = []
        self.bundles: list[Recorded] = []
        self.hiddenimports: list[str] = []


def run_spec(platform: str, tmp_path: Path, env: dict[str, str] | None = None) -> Built:
    built = Built()

    def analysis(*args: Any, **kwargs: Any) -> FakeAnalysis:
        built.analyses.append(FakeAnalysis(*args, **kwargs))
        return built.analyses[-1]

    def exe(*args: Any, **kwargs: Any) -> Recorded:
        built.exes.append(Recorded(*args, **kwargs))
        return built.exes[-1]

    def collect(*args: Any, **kwargs: Any) -> Recorded:
        built.collects.append(Recorded(*args, **kwargs))
        return built.collects[-1]

    def bundle(*args: Any, **kwargs: Any) -> Recorded:
        built.bundles.append(Recorded(*args, **kwargs))
        return built.bundles[-1]

    # The spec imports sys, os, PyInstaller's hooks and the installed repman: give it
    # stand-ins through its own __import__, so nothing global is patched.
    fake_sys = types.SimpleNamespace(platform=platform, path=list(sys.path))
    fake_os = types.SimpleNamespace(environ=dict(env or {}))
    hooks = types.SimpleNamespace(
        collect_data_files=lambda package, **kw: [(f"{package}/data.bin", package)],
        collect_submodules=lambda package, **kw: [f"{package}.sub"],
        copy_metadata=lambda package: [(f"{package}.dist-info", f"{package}.dist-info")],
    )
    installed = types.SimpleNamespace(
        __file__=str(tmp_path / "site-packages" / "repman" / "__init__.py"),
        APP_ID=repman.APP_ID,
        APP_NAME=repman.APP_NAME,
        __version__=repman.__version__,
    )
    stand_ins = {
        "sys": fake_sys,
        "os": fake_os,
        "PyInstaller.utils.hooks": hooks,
        "repman": installed,
        "spec_support": spec_support,
    }
    real_import = builtins.__import__

    def spec_import(name: str, *args: Any, **kwargs: Any) -> Any:
        return stand_ins[name] if name in stand_ins else real_import(name, *args, **kwargs)

    spec_globals: dict[str, Any] = {
        "__builtins__": {**vars(builtins), "__import__": spec_import},
        "__name__": "__main__",
        "SPECPATH": str(PACKAGING),
        "workpath": str(tmp_path / "work"),
        "Analysis": analysis,
        "PYZ": Recorded,
        "EXE": exe,
        "COLLECT": collect,
        "BUNDLE": bundle,
    }
    source = (PACKAGING / "repman.spec").read_text(encoding="utf-8")
    exec(compile(source, "repman.spec", "exec"), spec_globals)
    built.hiddenimports = spec_globals["hiddenimports"]
    return built


def exe_named(built: Built, name: str) -> Recorded:
    (found,) = [e for e in built.exes if e.kwargs["name"] == name]
    return found


def test_windows_gets_a_windowed_app_and_a_console_cli_in_one_folder(tmp_path: Path) -> None:
    built = run_spec("win32", tmp_path)

    app, cli = exe_named(built, "repman"), exe_named(built, "repman-cli")
    assert app.kwargs["console"] is False
    assert cli.kwargs["console"] is True
    # Both run the same launcher from the same archive, with the same interpreter options.
    assert app.args == cli.args
    assert ("X utf8", None, "OPTION") in app.args[2]
    for program in (app, cli):
        assert program.kwargs["exclude_binaries"] is True  # one-folder: DLLs sit beside them
        assert program.kwargs["icon"].endswith("repman.ico")

    (collect,) = built.collects
    assert collect.args[0] is app and collect.args[1] is cli  # one COLLECT shares the DLLs
    assert collect.kwargs["name"] == "repman"
    assert built.bundles == []


def test_each_windows_program_has_its_own_version_resource(tmp_path: Path) -> None:
    built = run_spec("win32", tmp_path)

    app = Path(exe_named(built, "repman").kwargs["version"]).read_text(encoding="utf-8")
    cli = Path(exe_named(built, "repman-cli").kwargs["version"]).read_text(encoding="utf-8")
    assert "StringStruct('OriginalFilename', 'repman.exe')" in app
    assert "StringStruct('OriginalFilename', 'repman-cli.exe')" in cli
    assert "StringStruct('FileDescription', 'Repman command line')" in cli
    assert f"StringStruct('ProductVersion', '{repman.__version__}')" in cli
    assert "@" not in app + cli  # every placeholder filled


def test_linux_has_one_console_binary_without_an_icon(tmp_path: Path) -> None:
    built = run_spec("linux", tmp_path)

    (app,) = built.exes
    assert app.kwargs["name"] == "repman"
    assert app.kwargs["console"] is True
    assert app.kwargs["icon"] is None  # PyInstaller ignores it on Linux, with a warning
    assert app.kwargs["version"] is None
    assert built.collects[0].args[0] is app
    assert built.bundles == []
    assert any(name.startswith("secretstorage") for name in built.hiddenimports)


def test_unused_qt_and_the_hosts_gtk_are_left_out_but_the_platform_plugins_stay(
    tmp_path: Path,
) -> None:
    built = run_spec("linux", tmp_path)

    kept = {name for name, _, _ in built.analyses[0].binaries}
    assert kept == {
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    }


def test_macos_gets_one_windowed_app_bundle_with_the_app_id(tmp_path: Path) -> None:
    built = run_spec("darwin", tmp_path)

    (app,) = built.exes
    # A console BUNDLE would be LSBackgroundOnly: no Dock icon, no menu bar.
    assert app.kwargs["console"] is False
    assert app.kwargs["codesign_identity"] is None  # ad-hoc unless the workflow signs
    (bundle,) = built.bundles
    assert bundle.args[0] is built.collects[0]
    assert bundle.kwargs["name"] == "Repman.app"
    assert bundle.kwargs["bundle_identifier"] == repman.APP_ID
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == repman.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert tuple(int(n) for n in plist["LSMinimumSystemVersion"].split(".")) >= (13, 0)
    # Info.plist values must be plist types, or the bundle does not start.
    plistlib.dumps(plist)


def test_macos_signs_with_the_hardened_runtime_when_an_identity_is_given(tmp_path: Path) -> None:
    identity = "Developer ID Application: Example (TEAM123456)"
    built = run_spec("darwin", tmp_path, env={"REPMAN_CODESIGN_IDENTITY": identity})

    (app,) = built.exes
    assert app.kwargs["codesign_identity"] == identity
    entitlements = Path(app.kwargs["entitlements_file"])
    assert entitlements == PACKAGING / "macos" / "entitlements.plist"
    assert plistlib.loads(entitlements.read_bytes()) == {}  # hardened, no exceptions


class FakeDist:
    def __init__(self, wheel: str | None) -> None:
        self.wheel = wheel

    def read_text(self, name: str) -> str | None:
        return self.wheel if name == "WHEEL" else None


def test_the_minimum_macos_is_the_newest_any_bundled_wheel_needs() -> None:
    dists = [
        FakeDist("Wheel-Version: 1.0\nTag: cp311-cp311-macosx_10_9_universal2\n"),
        FakeDist("Tag: cp310-abi3-macosx_14_0_arm64\nTag: cp310-abi3-macosx_13_0_x86_64\n"),
        FakeDist("Tag: py3-none-any\n"),
        FakeDist(None),  # installed from a source tree: no WHEEL file
    ]
    assert spec_support.macos_minimum(dists, interpreter_target="11.0") == "14.0"


def test_the_minimum_macos_never_drops_below_qts() -> None:
    dists = [FakeDist("Tag: cp311-cp311-macosx_10_9_x86_64\n")]
    assert spec_support.macos_minimum(dists, interpreter_target="10.9") == "13.0"
    assert spec_support.macos_minimum([], interpreter_target="") == "13.0"
    assert spec_support.macos_minimum([], interpreter_target="15") == "15.0"


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "(0, 1, 0, 0)"), ("1.2", "(1, 2, 0, 0)"), ("2.0.1rc1", "(2, 0, 1, 0)")],
)
def test_the_windows_version_tuple_has_four_numbers(version: str, expected: str) -> None:
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    text = spec_support.windows_version_resource(template, version, "repman.exe", "Repman")
    assert f"filevers={expected}" in text
    assert "StringStruct('InternalName', 'repman')" in text


def test_a_placeholder_left_unfilled_is_an_error() -> None:
    with pytest.raises(ValueError, match="@NEW@"):
        spec_support.windows_version_resource("@NEW@ @VERSION@", "1.0", "repman.exe", "Repman")


def test_signing_needs_a_non_blank_identity(tmp_path: Path) -> None:
    plist = tmp_path / "e.plist"
    assert spec_support.macos_signing({}, plist) == (None, None)
    assert spec_support.macos_signing({"REPMAN_CODESIGN_IDENTITY": "  "}, plist) == (None, None)
    assert spec_support.macos_signing({"REPMAN_CODESIGN_IDENTITY": "X"}, plist) == ("X", str(plist))
