"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

The 6.12.0 wheels (abi3) return None from void methods, and True from Signal.emit(), without
taking a reference. From Python 3.12 on these objects are immortal and that is harmless; on
3.11 every such call takes one reference away, and after about 5,000 calls (`label.setText`
five thousand times, or a few hundred `emit()`s for True) the interpreter aborts with
"Fatal Python error: none_dealloc" / "bool_dealloc". Measured with sys.getrefcount: -1 per call.

None, True and False are static objects that CPython never frees, so giving them a reference
count no program can use up changes nothing else: it is what 3.12 does by making them immortal.
The real fix is outside this package: Python >= 3.12, or a PySide6 release without the bug.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 40


def protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already (or not CPython's object layout)
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _PLENTY:
            count.value += _PLENTY
