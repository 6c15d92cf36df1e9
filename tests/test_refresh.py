"""Issue 17, change 3: a change reloads only the tabs and the cached answers that read the tables it touched."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.domain import Transaction

OVERVIEW, HOLDINGS, RISK, PROGRAM, STRESS, PLANNER = range(6)


@pytest.fixture
def counted(window, sample_copy, monkeypatch):
    """The El Salvador sample in the window with every tab built, and how often each tab reloads."""
    window.open_workspace(sample_copy("el-salvador"))
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
    reloads = {i: 0 for i in window._built}
    for i, tab in window._built.items():
        original = tab.reload

        def counting(i=i, original=original):
            reloads[i] += 1
            original()

        monkeypatch.setattr(tab, "reload", counting)
    return window, reloads


def test_the_store_names_the_tables_a_transaction_changed(sample_copy):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        ws.store.take_changes()
        ledger = ws.ledger
        days, _ = ws.price_arrays("BTC")
        scenario = ws.scenarios[0]
        copy = dataclasses.replace(scenario, id="my-copy", name="my copy", builtin=False)
        ws.save_scenario(copy)
        assert ws.store.take_changes() == {"scenarios"}
        assert ws.ledger is ledger and ws.price_arrays("BTC")[0] is days  # what read other tables is kept
        assert "my-copy" in {s.id for s in ws.scenarios}  # what read the scenarios is read again
        ws.add_transaction(Transaction(date=dt.date(2025, 11, 1), kind="seizure", wallet=ws.wallets[0].name,
                                       quantity=1.0, asset="BTC"))
        assert ws.store.take_changes() == {"transactions"}
        assert ws.ledger is not ledger
        assert ws.store.take_changes() == frozenset()  # taken once
    finally:
        ws.close()


def test_storing_a_stress_run_reloads_the_runs_not_the_ledger(counted, qtbot):
    window, reloads = counted
    ws = window.workspace
    ledger = ws.ledger
    stress = window._built[STRESS]
    stress._select("btc-minus-50")
    stress.run()
    qtbot.waitUntil(lambda: stress.task is None, timeout=60_000)
    qtbot.waitUntil(lambda: reloads[STRESS] > 0, timeout=10_000)
    assert reloads[HOLDINGS] == 0 and reloads[RISK] == 0 and reloads[PROGRAM] == 0 and reloads[PLANNER] == 0
    assert reloads[OVERVIEW] == 1  # its card shows the latest run
    assert ws.ledger is ledger  # the cached ledger was not read again


def test_an_edit_of_the_ledger_reloads_what_shows_the_ledger(counted):
    window, reloads = counted
    ws = window.workspace
    ws.add_transaction(Transaction(date=dt.date(2025, 11, 1), kind="seizure", wallet=ws.wallets[0].name,
                                   quantity=1.0, asset="BTC"))
    window._built[HOLDINGS].changed.emit()
    assert reloads[HOLDINGS] == reloads[RISK] == reloads[PROGRAM] == reloads[PLANNER] == reloads[OVERVIEW] == 1
    assert reloads[STRESS] == 0  # scenarios and runs did not change
    assert window._built[HOLDINGS].workspace.holdings(dt.date(2025, 11, 18)).total_btc == pytest.approx(7475.37)


def test_a_change_the_window_cannot_name_reloads_everything(counted):
    window, reloads = counted
    window.workspace_changed()
    assert all(n == 1 for n in reloads.values())

