"""Run slow work off the GUI thread, with progress, cancel and a result delivered on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """``work(progress, cancelled)`` runs in the thread pool; connect to ``signals`` before ``start()``.

    Signals cross to the GUI thread through Qt's queued connections, so slots may touch widgets.
    """

    def __init__(self, work: Callable[[Callable[[float], None], Callable[[], bool]], object]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def was_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # reported to the user, never lost in the thread
            detail = str(exc) or type(exc).__name__
            if not hasattr(exc, "problems") and not self._cancel.is_set():  # a cancel is not a bug
                traceback.print_exc()
            self.signals.failed.emit(detail)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
