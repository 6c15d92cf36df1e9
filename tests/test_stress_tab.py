"""The Stress Scenarios tab: background runs that keep the window responsive, cancel, the scenario editor,
stored runs reopened, compared and reproduced."""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.workspace import Workspace
from desktop.gui.scenario_dialog import ScenarioDialog
from desktop.gui.tabs.stress import StressTab

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def tab(qtbot, sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    widget = StressTab(ws, ws.default_date())
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    yield widget
    if widget.task is not None:
        widget.task.cancel()
        qtbot.waitUntil(lambda: widget.task is None, timeout=60_000)
    ws.close()


def _select(tab, scenario_id):
    tab._select(scenario_id)
    assert tab.selected_scenario().id == scenario_id


def test_a_million_path_run_keeps_the_window_responsive(qtbot, tab):
    _select(tab, "mc-gbm")
    tab.paths.setValue(1_000_000)
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append((now - last[0], f"{now - started:.2f} s after the start"))
        last[0] = now

    # what earlier tests left for the event loop (closed windows awaiting deletion) is not this run's doing
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    progress = []
    timer.start()
    started = last[0] = time.perf_counter()
    tab.run()  # planning reads the workspace on the GUI thread: inside the measurement
    tab.task.signals.progress.connect(progress.append)
    finished = []
    tab.task.signals.finished.connect(lambda *_: finished.append(time.perf_counter() - started))
    last_progress = []
    tab.task.signals.progress.connect(lambda f: last_progress.append(time.perf_counter() - started))
    qtbot.waitUntil(lambda: tab.task is None, timeout=300_000)
    qtbot.wait(300)  # the charts draw and the tab re-reads the workspace in later turns of the event loop
    timer.stop()
    assert "Run 1 stored" in tab.status.text(), tab.status.text()
    assert max(progress) == pytest.approx(1.0) and tab.progress.value() == 100
    longest, when = max(gaps)
    assert len(gaps) > 50 and longest <= 0.100, f"longest event-loop gap {longest * 1000:.0f} ms, ending {when}; finished at {finished}, last progress {last_progress[-1]:.2f}"
    runs = tab.workspace.runs()
    assert len(runs) == 1 and runs[0]["paths"] == 1_000_000
    results = tab.results
    assert results.fan.getPlotItem().listDataItems() and results.terminal.getPlotItem().items
    assert results.test_model.rowCount() > 5 and results.test_model.columnCount() == 3  # figure + two test dates
    assert "US$" in results.cards["median"].value.text()


def test_cancel_stores_nothing(qtbot, tab):
    _select(tab, "mc-student-t")
    tab.paths.setValue(2_000_000)
    tab.run()
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=60_000)
    tab.cancel()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.status.text() == "Cancelled: nothing was stored."
    assert tab.workspace.runs() == [] and tab.run_button.isEnabled()


def test_runs_reopen_compare_and_reproduce(qtbot, tab):
    for scenario_id in ("btc-minus-50", "mc-garch"):
        _select(tab, scenario_id)
        if scenario_id == "mc-garch":
            tab.paths.setValue(5_000)
        tab.run()
        qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    qtbot.waitUntil(lambda: tab.run_model.rowCount() == 2)
    tab.run_view.selectAll()
    tab.compare_selected_runs()
    assert tab.comparison.model.columnCount() == 3 and tab.comparison.model.rowCount() > 10
    assert len(tab.comparison.plot.getPlotItem().listDataItems()) == 2
    tab.run_view.selectRow(0)  # newest first: the Monte Carlo run
    tab.open_selected_run()
    assert "mc-garch" not in tab.results.title.text() and "GARCH" in tab.results.title.text()
    tab.reproduce_selected_run()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert "reproduced exactly" in tab.status.text()


def test_shock_results_show_one_path(qtbot, tab):
    _select(tab, "btc-minus-80")
    tab.run()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.results.cards["median"].value.text() == tab.results.cards["p05"].value.text()
    assert "-80.0%" in tab.results.cards["median"].detail.text()


def test_scenario_editor_names_bad_fields_and_saves_good_ones(qtbot, tab, monkeypatch):
    dialog = ScenarioDialog(tab.workspace, tab)
    qtbot.addWidget(dialog)
    dialog.identifier.setText("Bad Id!")
    dialog.name.setText("")
    dialog._accept()
    assert "id: 1-64 characters" in dialog.error.text() and "name: 1-200 characters" in dialog.error.text()
    dialog.identifier.setText("btc-minus-60")
    dialog.name.setText("Bitcoin falls 60%")
    dialog.btc_shock.setValue(-60)
    dialog.macro["remittances"].setValue(-10)
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = tab.workspace.scenario("btc-minus-60")
    assert saved.params == {"btc_shock": -0.6, "macro_shocks": {"remittances": -0.1}, "macro_months": 12}
    assert tab.workspace.store.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'scenarios' AND action = 'insert' AND row_key = ?",
        ['"btc-minus-60"']).fetchone()[0] + tab.workspace.store.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'scenarios' AND action = 'insert' AND row_key = ?",
        ["btc-minus-60"]).fetchone()[0] == 1


def test_built_in_scenarios_are_duplicated_not_changed(qtbot, tab):
    builtin = tab.workspace.scenario("btc-minus-50")
    dialog = ScenarioDialog(tab.workspace, tab, builtin, duplicate=True)
    qtbot.addWidget(dialog)
    assert dialog.identifier.text() == "btc-minus-50-copy"
    dialog.btc_shock.setValue(-55)
    dialog._accept()
    assert tab.workspace.scenario("btc-minus-50-copy").params["btc_shock"] == -0.55
    assert tab.workspace.scenario("btc-minus-50").params["btc_shock"] == -0.5
    with pytest.raises(ValueError, match="built in"):
        tab.workspace.save_scenario(builtin, replacing="btc-minus-50")
    with pytest.raises(ValueError, match="built in"):
        tab.workspace.delete_scenario("btc-minus-50")


def test_a_run_the_workspace_cannot_support_says_why(qtbot, sample_copy):
    ws = Workspace.open(sample_copy("empty"))
    try:
        widget = StressTab(ws, ws.default_date())
        qtbot.addWidget(widget)
        _select(widget, "btc-minus-50")
        widget.run()
        qtbot.waitUntil(lambda: widget.task is None, timeout=30_000)
        assert widget.status.text().startswith("Cannot run: no BTC price on or before")
        assert ws.runs() == []
    finally:
        ws.close()
