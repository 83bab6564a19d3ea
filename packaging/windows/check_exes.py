"""Check the two Windows programs in a PyInstaller folder: repman.exe must be a windowed
(GUI subsystem) program and repman-cli.exe a console one.

    python packaging/windows/check_exes.py dist/repman

The CI runner runs it after PyInstaller: `console=` in repman.spec decides which of
PyInstaller's bootloaders each .exe gets, and a mistake there shows nowhere else until a
user sees a black console window behind the app, or a script reads no output from the CLI.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

# IMAGE_OPTIONAL_HEADER.Subsystem (Microsoft's PE format documentation, "Windows Subsystem").
GUI, CONSOLE = 2, 3
EXPECTED = {"repman.exe": GUI, "repman-cli.exe": CONSOLE}
NAMES = {GUI: "windowed (GUI)", CONSOLE: "console"}


def subsystem(header: bytes) -> int:
    """The Subsystem field of a PE image (its first 4 KB are enough)."""
    if header[:2] != b"MZ":
        raise ValueError("not an MZ executable")
    (pe_offset,) = struct.unpack_from("<I", header, 0x3C)
    if header[pe_offset : pe_offset + 4] != b"PE\0\0":
        raise ValueError("no PE signature")
    optional = pe_offset + 4 + 20  # signature, then the 20-byte COFF file header
    (magic,) = struct.unpack_from("<H", header, optional)
    if magic not in (0x10B, 0x20B):  # PE32, PE32+
        raise ValueError(f"unknown optional header magic {magic:#x}")
    # Subsystem sits at offset 68 of the optional header in both PE32 and PE32+.
    (value,) = struct.unpack_from("<H", header, optional + 68)
    return int(value)


def problems(folder: Path) -> list[str]:
    found = []
    for name, wanted in EXPECTED.items():
        path = folder / name
        if not path.is_file():
            found.append(f"{name}: missing from {folder}")
            continue
        with path.open("rb") as exe:
            actual = subsystem(exe.read(4096))
        if actual != wanted:
            found.append(f"{name}: {NAMES.get(actual, actual)}, expected {NAMES[wanted]}")
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/repman")
    found = problems(folder)
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(f"{folder}: repman.exe is windowed, repman-cli.exe is a console program")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
