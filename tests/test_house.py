"""Issue 17: a read-only window's workers read in its mode; one UserError, one Cancelled, one rule and a log."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT

from desktop.core.store import Store

HOLDER = """
import sys, time
from desktop.core.store import Store
store = Store(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""
LEDGER_ROWS = 100_000


def _add_mining_rows(path, count: int) -> None:
    """``count`` small mining receipts in the first wallet, written as one import (fast: no per-row audit entry)."""
    store = Store(path)
    try:
        wallet = store.db.execute("SELECT min(id) FROM wallets").fetchone()[0]
        rows = [(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "mining", wallet, "BTC", 0.0001) for i in range(count)]
        with store.transaction() as w:
            w.insert_many("transactions", ("date", "kind", "wallet_id", "asset", "quantity"), rows)
            w.log_import("transactions", "test ledger", count, None)
    finally:
        store.close()


@pytest.fixture
def held_large(sample_copy):
    """The El Salvador sample with a 100,000-row ledger, held open for writing by another process."""
    path = sample_copy("el-salvador")
    with Store(path, read_only=True) as store:
        sample_rows = store.transaction_count()
    _add_mining_rows(path, LEDGER_ROWS - sample_rows)
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                               cwd=PROJECT_ROOT)
    assert process.stdout.readline().strip() == "holding"
    yield path
    process.kill()
    process.wait()


def test_a_read_only_window_exports_projects_and_loads_a_large_ledger(held_large, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import report_dialog
    from desktop.gui.app import create_app
    from desktop.gui.main_window import TAB_TITLES, MainWindow

    before = held_large.read_bytes()
    create_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(report_dialog.QDesktopServices, "openUrl", lambda url: True)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert window.open_or_offer(held_large)  # the lock is held elsewhere: offered read-only, and opened so
    assert window.workspace.read_only

    window.tabs.setCurrentIndex(TAB_TITLES.index("Holdings"))
    holdings = window.tab(TAB_TITLES.index("Holdings"))
    qtbot.waitUntil(lambda: holdings.ledger_model.rowCount() == LEDGER_ROWS or "cannot" in holdings.ledger_count.text(),
                    timeout=60_000)
    assert holdings.ledger_count.text() == f"{LEDGER_ROWS:,} rows"

    window.tabs.setCurrentIndex(TAB_TITLES.index("Planner"))
    planner = window.tab(TAB_TITLES.index("Planner"))
    qtbot.waitUntil(lambda: planner.task is None and (planner.projection is not None or "Cannot" in planner.notes.text()),
                    timeout=60_000)
    assert planner.projection is not None, planner.notes.text()

    dialog = report_dialog.ReportDialog(window.workspace, window.date, None, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "summary.pdf"
    dialog.file.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert dialog.written == out and out.read_bytes().startswith(b"%PDF"), dialog.status.text()

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window.import_csv("transactions")  # no dialog is offered (the test's conftest refuses modal ones): only why
    assert len(told) == 1 and "open read-only" in told[0] and "nothing can be imported" in told[0]

    window.tabs.setCurrentIndex(TAB_TITLES.index("Stress Scenarios"))
    stress = window.tab(TAB_TITLES.index("Stress Scenarios"))
    stress.run_button.click()
    qtbot.waitUntil(lambda: stress.task is None, timeout=60_000)
    assert "is open read-only" in stress.status.text() and "nothing was changed" in stress.status.text()
    window.close()
    assert held_large.read_bytes() == before  # the read-only window wrote nothing
