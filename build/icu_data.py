"""Build a smaller ICU data library for the Linux bundle.

Qt's Linux libraries link ICU, whose data library (libicudata.so.NN, 32 MB in PySide6 6.11) holds
locale data for some 800 locales, legacy code-page converters and CJK/Thai word dictionaries. Reserve
Desk's interface is English and it does its own text decoding in Python, so it needs ICU's core
tables (character properties, normalisation, break rules, the root and a few locales), not the rest.

ICU keeps its data in a "common data" package: a standard ICU header, then a table of contents of
(name offset, data offset) pairs relative to the table, the names, and the items, each 16-byte
aligned. This module reads the package out of the library's exported ``icudtNN_dat`` symbol, keeps
the items ``keep_item`` accepts, writes a new package, and assembles it into a shared library with
the same soname and symbol (``.incbin``), so the unchanged libicuuc finds it. ICU answers a request
for a missing item with an error code (U_MISSING_RESOURCE_ERROR) that Qt handles by falling back.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

KEEP_LOCALES = ("root", "en", "es", "fr", "pt", "ar", "ur")  # English UI; the languages of likely users
# Locale-keyed trees: within them only the kept locales stay. Converters (*.cnv) and dictionaries
# (*.dict) go: ICU's UTF-8/16/32, ASCII and Latin-1 converters are algorithmic and need no data.
LOCALE_TREES = ("", "coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr", "translit")
_LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_NOT_LOCALES = {"res_index", "pool"}  # each tree's index of locales and its shared string pool
_ALIGN = 16


def keep_item(name: str) -> bool:
    """``name`` is like 'icudt73l/coll/es.res' or 'icudt73l/uprops.icu'."""
    parts = name.split("/")[1:]
    tree, leaf = ("/".join(parts[:-1]), parts[-1])
    stem, _, suffix = leaf.rpartition(".")
    if suffix in ("cnv", "dict"):
        return False
    if tree == "translit":
        return False  # transliteration rules: unused by Qt
    if tree in LOCALE_TREES and suffix == "res" and _LOCALE_NAME.match(stem) and stem not in _NOT_LOCALES:
        return stem.split("_")[0] in KEEP_LOCALES
    return True  # tables, pools, indexes, supplemental data, break rules


def read_package(library: Path) -> tuple[bytes, str]:
    """The ICU common-data package inside ``library`` and the name of the symbol that exports it."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, symbol = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise ValueError(f"{library} exports no icudtNN_dat symbol")
    data = library.read_bytes()[address:address + size]  # the read-only segment maps file offset = address
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError(f"{library}: no ICU common-data package at the {symbol} symbol")
    return data, symbol


def items(package: bytes) -> list[tuple[str, bytes]]:
    header_size = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, header_size)[0]
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data_offset for _, data_offset in entries] + [len(package)]
    result = []
    for i, (name_offset, _) in enumerate(entries):
        name_start = header_size + name_offset
        name = package[name_start:package.index(b"\0", name_start)].decode("ascii")
        result.append((name, package[starts[i]:starts[i + 1]]))
    return result


def write_package(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common-data package with the original header and the kept items, names sorted as ICU requires."""
    kept = sorted(kept, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    first_item = toc_size + len(names)
    first_item += -first_item % _ALIGN  # keep each item where it was: on a 16-byte boundary
    name_offsets, data_offsets, body, offset, position = [], [], bytearray(), toc_size, first_item
    for name, blob in kept:
        name_offsets.append(offset)
        offset += len(name) + 1
        data_offsets.append(position)
        padded = blob + b"\0" * (-len(blob) % _ALIGN)
        body += padded
        position += len(padded)
    toc = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    table = toc + names + b"\0" * (first_item - toc_size - len(names))
    return header + table + bytes(body)


def build_trimmed_library(source: Path, target: Path) -> tuple[int, int, int, int]:
    """Write a trimmed copy of ``source`` (libicudata.so.NN) to ``target``.

    Returns (items before, items after, bytes before, bytes after) of the data package.
    """
    package, symbol = read_package(source)
    header = package[:struct.unpack_from("<H", package, 0)[0]]
    all_items = items(package)
    kept = [(name, blob) for name, blob in all_items if keep_item(name)]
    trimmed = write_package(header, kept)
    if [name for name, _ in items(trimmed)] != sorted(name for name, _ in kept):
        raise AssertionError("the rebuilt ICU package does not read back")
    soname = source.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.bin"
        blob.write_bytes(trimmed)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign {_ALIGN}\n'
            f'{symbol}:\n.incbin "{blob}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(asm)], check=True)
    return len(all_items), len(kept), len(package), len(trimmed)
