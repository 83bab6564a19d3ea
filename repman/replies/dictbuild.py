"""Convert Debian's hunspell dictionaries into the compact files Repman ships.

Run on a machine with ``hunspell-en-us hunspell-en-gb hunspell-ar hunspell-el`` installed::

    python -m repman.replies.dictbuild [--source /usr/share/hunspell] [--out resources/dictionaries]

Each ``<name>.dic.xz`` holds, in UTF-8: one JSON line with the affix rules the checker uses
(prefixes, suffixes, flag sets, IGNORE/ICONV and the NEEDAFFIX/FORBIDDENWORD/ONLYINCOMPOUND
flags), then the stems sorted by code point, ``stem`` or ``stem<TAB>flag-set numbers``. The
words and rules are the dictionary's own, unchanged; what is dropped is what the checker does
not use (morphology, suggestion tables, compounding). Only the standard library is needed,
so the converted files load the same way installed, in a frozen build and offline.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
from pathlib import Path
from typing import Any

# (output name, hunspell file stem)
DICTIONARIES = (("en_US", "en_US"), ("en_GB", "en_GB"), ("ar", "ar"), ("el", "el_GR"))


def _split_flags(field: str, mode: str) -> list[str]:
    if mode == "long":
        return [field[i : i + 2] for i in range(0, len(field), 2)]
    if mode == "num":
        return [f for f in field.split(",") if f]
    return list(field)


def _encoding(raw: bytes) -> str:
    match = re.search(rb"^SET\s+(\S+)", raw, re.MULTILINE)
    name = match.group(1).decode("ascii") if match else "ISO8859-1"
    return {"ISO8859-7": "iso8859_7", "UTF-8": "utf-8"}.get(name, name)


def _flag_field(field: str, mode: str, aliases: list[list[str]]) -> list[str]:
    if aliases and field.isdigit():
        return aliases[int(field) - 1]
    return _split_flags(field, mode)


def parse_aff(text: str) -> dict[str, Any]:
    mode = "short"
    aliases: list[list[str]] = []
    info: dict[str, Any] = {"pfx": [], "sfx": [], "ignore": "", "iconv": []}
    headers: dict[tuple[str, str], bool] = {}
    for raw_line in text.lstrip("\ufeff").splitlines():
        parts = raw_line.split()
        if not parts or parts[0].startswith("#"):
            continue
        key = parts[0]
        if key == "FLAG":
            mode = parts[1]
        elif key == "AF" and len(parts) > 1 and not parts[1].isdigit():
            aliases.append(_split_flags(parts[1], mode))
        elif key == "IGNORE":
            info["ignore"] = parts[1]
        elif key == "ICONV" and len(parts) == 3:
            info["iconv"].append([parts[1], parts[2]])
        elif key in ("NEEDAFFIX", "FORBIDDENWORD", "ONLYINCOMPOUND"):
            info[key.lower()] = parts[1]
        elif key in ("PFX", "SFX") and len(parts) >= 4:
            flag = parts[1]
            if (key, flag) not in headers:
                headers[(key, flag)] = parts[2] == "Y"
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            condition = parts[4] if len(parts) > 4 else "."
            info[key.lower()].append(
                [
                    flag,
                    strip,
                    add,
                    condition,
                    headers[(key, flag)],
                    _flag_field(cont, mode, aliases),
                ]
            )
    info["mode"] = mode
    info["aliases"] = aliases
    return info


def build(aff_path: Path, dic_path: Path) -> str:
    aff_raw = aff_path.read_bytes()
    encoding = _encoding(aff_raw)
    info = parse_aff(aff_raw.decode(encoding))
    ignore = str.maketrans("", "", info["ignore"])
    for table in ("pfx", "sfx"):
        for rule in info[table]:
            rule[1] = rule[1].translate(ignore)
            rule[2] = rule[2].translate(ignore)
    flagsets: dict[tuple[str, ...], int] = {}
    stems: dict[str, set[int]] = {}
    lines = dic_path.read_bytes().decode(encoding).lstrip("\ufeff").splitlines()
    for line in lines[1:]:
        entry = line.split("\t")[0].split(" ")[0].strip()
        if not entry or entry.startswith("/"):
            continue
        stem, _, field = entry.partition("/")
        stem = stem.translate(ignore)
        if not stem:
            continue
        numbers = stems.setdefault(stem, set())
        if field:
            flags = tuple(sorted(set(_flag_field(field, info["mode"], info["aliases"]))))
            numbers.add(flagsets.setdefault(flags, len(flagsets)))
        else:
            numbers.add(-1)  # the bare word, without affixes
    header: dict[str, Any] = {
        key: info[key]
        for key in ("pfx", "sfx", "ignore", "iconv", "needaffix", "forbiddenword", "onlyincompound")
        if key in info
    }
    header["flagsets"] = [list(flags) for flags in sorted(flagsets, key=flagsets.__getitem__)]
    out = [json.dumps(header, ensure_ascii=False, separators=(",", ":"))]
    for stem in sorted(stems):
        numbers = stems[stem]
        # A stem listed bare and with flags keeps only the flag sets: flag sets allow the bare
        # word too unless they carry NEEDAFFIX, and -1 marks "bare allowed" explicitly.
        field = ",".join(str(n) for n in sorted(numbers))
        out.append(stem if field == "-1" else f"{stem}\t{field}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/hunspell"))
    parser.add_argument("--out", type=Path, default=Path("resources/dictionaries"))
    args = parser.parse_args(argv)
    for name, stem in DICTIONARIES:
        text = build(args.source / f"{stem}.aff", args.source / f"{stem}.dic")
        data = lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)
        (args.out / f"{name}.dic.xz").write_bytes(data)
        print(f"{name}: {text.count(chr(10)) - 1} stems, {len(data) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
