"""Python's cyclic garbage collection only on the GUI thread.

The collector runs on whichever thread allocates. In a worker it can free the Python side of a Qt object: PySide
then disconnects the object's signals there, holding Qt's connection lock while it waits for the GIL that the GUI
thread holds, and the GUI thread waits for that lock (a deadlock seen in a worker counting custody flags while the
window built a tab). So automatic collection is off and a timer on the GUI thread collects, generation by
generation, as Python's own thresholds would (raised, so that a long read is not paused every 700 objects).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

THRESHOLDS = (100_000, 50, 100)  # young, middle, old: as gc.set_threshold
INTERVAL_MS = 500


def collect_due() -> int | None:
    """Collect the oldest generation whose count is over its threshold; the generation collected, or None."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > THRESHOLDS[generation]:
            gc.collect(generation)
            return generation
    return None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(INTERVAL_MS)
