"""Guards against a Qt for Python release that breaks the app at the binding level.

PySide6 6.12.0 drops a reference to True or False each time a bool is passed to a Python slot;
after enough signals (pyqtgraph emits many) Python 3.11 aborts at exit with "bool_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_keep_their_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.flag.emit(True)
    del received[:]
    assert abs(sys.getrefcount(True) - before) < 50, "this PySide6 release leaks bool references; pin another"
