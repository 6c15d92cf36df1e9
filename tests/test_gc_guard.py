"""Cyclic garbage is collected on the GUI thread only (gui/gc_guard.py): a collection inside a worker froze the
window (the worker disconnected a freed Qt object's signals holding Qt's lock, waiting for the GUI thread's GIL)."""

from __future__ import annotations

import gc
import threading

from desktop.gui import gc_guard


class Cycle:
    def __init__(self):
        self.me = self


def test_the_collector_turns_automatic_collection_off_and_collects_on_its_own_thread(qtbot, qapp):
    collector = gc_guard.MainThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        collected_on = []
        gc.callbacks.append(lambda phase, info: collected_on.append(threading.current_thread()) if phase == "stop" else None)
        try:
            worker = threading.Thread(target=lambda: [Cycle() for _ in range(300_000)])  # garbage made in a worker
            worker.start()
            worker.join()
            assert collected_on == []  # nothing collected in the worker
            qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)  # the GUI thread's timer collects it
            assert set(collected_on) == {threading.main_thread()}
        finally:
            gc.callbacks.pop()
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_the_oldest_generation_due_is_collected():
    gc.collect()
    assert gc_guard.collect_due() is None  # nothing due right after a full collection
    for _ in range(gc_guard.THRESHOLDS[0] + 10):
        Cycle()
    assert gc_guard.collect_due() == 0
