"""The Risk tab: its empty state, figures equal to core.risk_view's for the same request, recomputing on a change,
cancel, CSV export, the backtest table, and the tabs after it still reached by number."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from desktop.core import fmt
from desktop.core import risk_view as rv
from desktop.core.workspace import Workspace
from desktop.gui.tabs import risk as risk_module
from desktop.gui.tabs.risk import RiskTab
from tests.price_history import sample_with_history, walk

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HISTORY_DAYS = 800


def _tab(qtbot, ws) -> RiskTab:
    tab = RiskTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    _wait(qtbot, tab)
    return tab


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)


def _with_history(path, csv_path) -> Workspace:
    """A sample with 800 days of prices (3% daily volatility, from US$40,000) before the sample's own 14."""
    return sample_with_history(path, csv_path, walk(HISTORY_DAYS, seed=21))


@pytest.fixture
def history_ws(sample_copy, tmp_path):
    """El Salvador's sample (its holdings) with a price history."""
    ws = _with_history(sample_copy("el-salvador"), tmp_path / "history.csv")
    yield ws
    ws.close()


def _cells(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_samples_as_shipped_show_what_is_missing_on_every_page(qtbot, sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        tab = _tab(qtbot, ws)
        assert tab.view is not None and tab.view.problem
        assert tab.measure_model.rowCount() == tab.falls_model.rowCount() == tab.backtest_model.rowCount() == 0
        for panel in tab.panels:  # a sentence in each page's place, no empty axes or tables
            assert panel.empty and "at least 31 daily BTC prices" in panel.message.text()
            assert "Import a daily BTC price history" in panel.message.text()
        assert not tab.export_button.isEnabled() and not tab.png_button.isEnabled()
    finally:
        ws.close()


def test_figures_are_the_cores_and_in_us_dollars_for_the_holdings(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    request = tab.request()
    assert request.confidence == 0.99 and request.start == rv.years_before(request.end, 5)
    expected = rv.for_workspace(history_ws, request)
    assert expected.problem is None and expected.value_usd > 0
    rows = _cells(tab.measure_model)
    assert len(rows) == 6
    for row, model in zip(rows, expected.models, strict=True):
        assert row[0] == rv.METHOD_LABELS[model.method]
        figures = (model.var_1d, model.es_1d, model.var_10d, model.es_10d)
        assert row[1:5] == [fmt.pct(x, 2) for x in figures]
        assert row[5:9] == [fmt.usd(x * expected.value_usd) for x in figures]
        assert row[9] == model.ten_day_rule
    assert f"{fmt.btc(expected.btc_held)} BTC" in tab.summary.text()
    assert [p.empty for p in tab.panels] == [False] * 5
    # the backtest table's counts are the core's
    backtests = {b.method: b for b in expected.backtests}
    for row in _cells(tab.backtest_model):
        b = backtests[next(m for m, label in rv.METHOD_LABELS.items() if label == row[0])]
        assert row[1:3] == [f"{b.observations:,}", f"{b.exceptions:,}"]
        assert row[-2] == f"{b.traffic_light} ({b.basel_exceptions})" and row[-1] == ("Yes" if b.passes else "No")


def test_without_bitcoin_held_the_us_dollar_columns_say_so_instead_of_zero(qtbot, sample_copy, tmp_path):
    ws = _with_history(sample_copy("pakistan"), tmp_path / "history.csv")
    try:
        tab = _tab(qtbot, ws)
        assert tab.view.problem is None and tab.view.btc_held == 0
        rows = _cells(tab.measure_model)
        assert len(rows) == 6 and all(r[5:9] == ["—"] * 4 for r in rows) and all(r[1] != "—" for r in rows)
        assert "the reserve holds none on that date, so the US$ columns are empty" in tab.summary.text()
    finally:
        ws.close()


def test_changing_confidence_or_period_recomputes(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    before = _cells(tab.measure_model)
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.95))
    _wait(qtbot, tab)
    assert tab.view.request.confidence == 0.95
    expected = rv.for_workspace(history_ws, tab.request())
    assert [r[1] for r in _cells(tab.measure_model)] == [fmt.pct(m.var_1d, 2) for m in expected.models]
    assert _cells(tab.measure_model) != before
    tab.period.setCurrentText("Last year")
    _wait(qtbot, tab)
    assert tab.view.first_date >= rv.years_before(tab.date, 1)
    assert len(tab.view.returns) < 400


def test_a_window_changed_with_the_arrows_recomputes_once_they_pause(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    for days in (31, 32, 33):  # three clicks on the arrow: one computation, for the last
        tab.vol_window.setValue(days)
    qtbot.waitUntil(lambda: tab.view.request.vol_window_days == 33, timeout=20_000)
    assert np.isnan(tab.view.rolling_vol[31]) and np.isfinite(tab.view.rolling_vol[32])


def test_a_cancel_keeps_the_figures_shown_and_says_so(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    shown = _cells(tab.measure_model)
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.975))
    assert tab.task is not None
    tab.cancel()
    _wait(qtbot, tab)
    assert tab.view.request.confidence == 0.99 and _cells(tab.measure_model) == shown
    assert tab.status.text().startswith("Cancelled: the figures shown are still those for")
    assert "at 99%" in tab.status.text()


def test_a_new_request_replaces_the_one_under_way(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.975))
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.95))  # before the first finished
    _wait(qtbot, tab)
    qtbot.wait(50)  # the first run's cancel, if it came late, changes nothing
    assert tab.view.request.confidence == 0.95 and not tab.status.text().startswith("Cancelled")


def test_export_writes_the_pages_table(qtbot, history_ws, tmp_path, monkeypatch):
    tab = _tab(qtbot, history_ws)
    out = tmp_path / "measures.csv"
    monkeypatch.setattr(risk_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    (action,) = [a for a in tab.export_menu.actions() if a.text() == "VaR and ES by model…"]
    action.trigger()
    with open(out, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(rv.tables(tab.view)["measures"][0]) and rows[0][:2] == ["method", "var_1d_fraction"]
    assert [r[0] for r in rows[1:]] == list(rv.METHOD_LABELS)
    tab.pages.setCurrentIndex(4)  # the backtest page offers its own tables
    assert [a.text() for a in tab.export_menu.actions()] == ["Backtest tests by model…",
                                                             "Daily VaR forecasts and exceptions…"]
    png = tmp_path / "backtest.png"
    monkeypatch.setattr(risk_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    tab.save_png()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_period_too_short_for_the_backtest_says_so_in_its_place(qtbot, history_ws):
    tab = _tab(qtbot, history_ws)
    tab.period.setCurrentText("Last year")
    _wait(qtbot, tab)
    tab.backtest_window.setValue(500)
    tab.backtest_window.editingFinished.emit()
    _wait(qtbot, tab)
    assert tab.view.backtest_problem and tab.backtest_panel.empty
    assert tab.backtest_panel.message.text() == tab.view.backtest_problem
    assert tab.backtest_model.rowCount() == 0 and tab.measure_model.rowCount() == 6


def test_the_risk_tab_is_third_and_the_menus_still_reach_the_tabs_after_it(window, qtbot, sample_copy):
    from desktop.gui.main_window import TAB_TITLES
    from desktop.gui.tabs.planner import PlannerTab
    from desktop.gui.tabs.stress import StressTab

    assert TAB_TITLES[:4] == ["Overview", "Holdings", "Risk", "IMF Program"]
    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    (action,) = [a for a in view.actions() if a.shortcut().toString() == "Ctrl+3"]
    action.trigger()
    assert isinstance(window.tab(window.tabs.currentIndex()), RiskTab)
    _wait(qtbot, window.tab(2))
    for index, kind in ((4, StressTab), (5, PlannerTab)):
        window.tabs.setCurrentIndex(index)
        assert isinstance(window.tab(index), kind)


def test_every_menu_action_names_a_method_of_its_tab():
    from desktop.gui.main_window import TAB_ACTIONS, tab_class

    for text, index, method, _, _ in TAB_ACTIONS["edit"] + TAB_ACTIONS["tools"]:
        assert callable(getattr(tab_class(index), method, None)), text


def test_the_log_price_axis_reads_in_dollars_at_1_2_and_5(qtbot):
    import math

    from desktop.gui.risk_charts import DollarLogAxis

    axis = DollarLogAxis(orientation="left")
    values = [4, math.log10(20_000), math.log10(30_000), math.log10(50_000), 5]
    assert axis.logTickStrings(values, 1, 1) == ["10,000", "20,000", "", "50,000", "100,000"]


def test_a_backtest_without_a_basel_zone_shows_why_and_does_not_stop_the_tab(qtbot, history_ws):
    """A GARCH window under 250 days has no forecast, and a long window leaves fewer than 250 days to test: neither
    has a traffic light, and the table's colouring read the light's colour for None (KeyError: the tab stopped)."""
    tab = _tab(qtbot, history_ws)
    tab.backtest_window.setValue(100)
    tab.backtest_window.editingFinished.emit()
    _wait(qtbot, tab)
    rows = {row[0]: row for row in _cells(tab.backtest_model)}
    assert rows["GARCH(1,1)"][-2] == "none (no forecast)" and rows["GARCH(1,1)"][1] == "0"
    garch_row = [row[0] for row in _cells(tab.backtest_model)].index("GARCH(1,1)")
    from PySide6.QtCore import Qt
    zone = tab.backtest_model.index(garch_row, tab.backtest_model.columnCount() - 2)
    assert tab.backtest_model.data(zone, Qt.ItemDataRole.BackgroundRole) is None
    tab.backtest_window.setValue(700)  # of the 800 days of history: fewer than 250 days left to test
    tab.backtest_window.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.task is None and tab.view.request.backtest_window_days == 700, timeout=60_000)
    tested = len(tab.view.backtests[0].realised)
    assert tested < 250
    assert _cells(tab.backtest_model)[0][-2] == f"none ({tested:,} days tested, the zones need 250)"
