"""Run slow work off the GUI thread, with progress, cancel and a result delivered on the GUI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


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
            self._run()
        finally:
            _RUNNING.discard(self)

    def _run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # reported to the user, never lost in the thread
            detail = str(exc) or type(exc).__name__
            if not isinstance(exc, ValueError) and not self._cancel.is_set():  # bad input and cancels are not bugs
                traceback.print_exc()
            self.signals.failed.emit(detail)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        _RUNNING.add(self)  # alive until run() ends, whatever happens to the widget that started it
        QThreadPool.globalInstance().start(self)

    def deliver_to(self, owner: QObject, *, progress: Callable[[float], None] | None = None,
                   finished: Callable[[object], None] | None = None, failed: Callable[[str], None] | None = None) -> None:
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

    @Slot(str)
    def on_failed(self, message: str) -> None:
        if callback := self._callback(2, done=True):
            callback(message)


_RELAY_NAME = "reserve-desk-task-relay"
