"""Run slow work off the GUI thread, with progress, cancel and a result delivered on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ..core.errors import Cancelled, is_user_error, log_internal


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)  # the exception itself: the receiver tells the user's error from a bug, or a cancel


class Task(QRunnable):
    """``work(progress, cancelled)`` runs in the thread pool; connect to ``signals`` before ``start()``.

    Signals cross to the GUI thread through Qt's queued connections, so slots may touch widgets. When ``work``
    raises, ``failed`` carries the exception (``Cancelled`` when it stopped at the user's cancel), and an internal
    error is written to the log here, with the traceback of the worker's thread.
    """

    def __init__(self, work: Callable[[Callable[[float], None], Callable[[], bool]], object]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            _RUNNING.discard(self)

    def _run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # reported to the user, never lost in the thread
            if not isinstance(exc, Cancelled) and not is_user_error(exc):
                log_internal(exc, "a background task")
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        _RUNNING.add(self)  # alive until run() ends, whatever happens to the widget that started it
        QThreadPool.globalInstance().start(self)

    def deliver_to(self, owner: QObject, *, progress: Callable[[float], None] | None = None,
                   finished: Callable[[object], None] | None = None,
                   failed: Callable[[Exception], None] | None = None) -> None:
        """Call these on the GUI thread for as long as ``owner`` lives, and cancel the work when it goes.

        Connecting a plain function or lambda would outlive a closed tab and touch its deleted widgets; the
        owner's relay is its child, deleted with it, and Qt drops what was queued for a deleted receiver."""
        _Relay.of(owner).attach(self, progress, finished, failed)

_RUNNING: set[Task] = set()


def shutdown(timeout_ms: int = 30_000) -> bool:
    """Cancel every running task and wait for the workers (at exit, so none outlives the interpreter)."""
    for task in list(_RUNNING):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Relay(QObject):
    """One per owner, its child: delivers every task the owner started, and dies only with the owner.

    It never deletes itself. A relay per task that called ``deleteLater()`` inside its own queued slot crashed
    the app (PySide 6.11: "shared QObject was deleted directly", then a segmentation fault) when that slot
    also ended a dialog's event loop: the PDF export did exactly that, every time."""

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.setObjectName(_RELAY_NAME)
        # task signals -> (task, callbacks); a plain dict, so the owner's destroyed handler can read it after
        # the relay's C++ side is gone
        self._tasks: dict[_Signals, tuple[Task, tuple]] = {}
        tasks = self._tasks
        owner.destroyed.connect(lambda *_: [task.cancel() for task, _ in list(tasks.values())])

    @classmethod
    def of(cls, owner: QObject) -> _Relay:
        relay = owner.findChild(cls, _RELAY_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return relay if relay is not None else cls(owner)

    def attach(self, task: Task, progress, finished, failed) -> None:
        self._tasks[task.signals] = (task, (progress, finished, failed))
        task.signals.progress.connect(self.on_progress)
        task.signals.finished.connect(self.on_finished)
        task.signals.failed.connect(self.on_failed)

    def _callback(self, which: int, done: bool):
        entry = (self._tasks.pop if done else self._tasks.get)(self.sender(), None)
        return entry[1][which] if entry is not None else None

    @Slot(float)
    def on_progress(self, fraction: float) -> None:
        if callback := self._callback(0, done=False):
            callback(fraction)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        if callback := self._callback(1, done=True):
            callback(result)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        if callback := self._callback(2, done=True):
            callback(error)


_RELAY_NAME = "reserve-desk-task-relay"
