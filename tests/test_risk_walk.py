"""What a walk through the Risk tab in the real window found: charts of a hidden page kept the previous period's
range, bitcoin's first prices read "US$0", readouts outlived their view or read the last day past the data's end."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.engine.valuation import day_number
from desktop.core.workspace import Workspace
from desktop.gui.charts import SECONDS_PER_DAY
from desktop.gui.risk_charts import READOUT_HINT, DollarLogAxis, plots_picture, price_text
from desktop.gui.tabs.risk import RiskTab
from tests.price_history import sample_with_history, walk

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HISTORY_DAYS = 800


def _history_ws(path, csv_path, first_close_usd: float = 40_000) -> Workspace:
    """The sample at ``path`` with 800 daily closes (a seeded walk from ``first_close_usd``) before its own."""
    return sample_with_history(path, csv_path, walk(HISTORY_DAYS, seed=7, first_close_usd=first_close_usd, drift=0.002),
                               decimals=4)


@pytest.fixture
def ws(sample_copy, tmp_path):
    workspace = _history_ws(sample_copy("el-salvador"), tmp_path / "history.csv")
    yield workspace
    workspace.close()


def _tab(qtbot, workspace) -> RiskTab:
    tab = RiskTab(workspace, workspace.default_date())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    return tab


def _set_period(qtbot, tab, name: str) -> None:
    tab.period.setCurrentText(name)
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)


def _x_range_days(plot) -> tuple[float, float]:
    low, high = plot.getPlotItem().vb.viewRange()[0]
    return low / SECONDS_PER_DAY, high / SECONDS_PER_DAY


def test_charts_on_hidden_pages_show_the_whole_new_period(qtbot, ws):
    tab = _tab(qtbot, ws)  # the VaR page is shown; the charts' pages are hidden
    _set_period(qtbot, tab, "Last year")
    _set_period(qtbot, tab, "All history")
    assert tab.view.problem is None, tab.view.problem
    first, last = int(tab.view.days[0]), int(tab.view.days[-1])
    for page, plot in ((1, tab.price_drawdown.price_plot), (1, tab.price_drawdown.drawdown_plot),
                       (2, tab.volatility.plot), (4, tab.backtest_chart.plot)):
        tab.pages.setCurrentIndex(page)
        qtbot.wait(50)
        low, high = _x_range_days(plot)
        start = first if page != 4 else int(tab.view.backtest_days[0])
        assert low <= start + 1 and high >= last - 1, (page, low, high, start, last)  # was the last year only


def test_bitcoins_first_prices_read_in_cents_not_zero(qtbot, sample_copy, tmp_path):
    assert price_text(0.0608) == "0.06" and price_text(2.5) == "2.50" and price_text(92_949.3) == "92,949"
    axis = DollarLogAxis(orientation="left")
    assert axis.logTickStrings([-1.0, np.log10(0.2), 0.0, 2.0], 1, 1) == ["0.10", "0.20", "1.00", "100"]
    workspace = _history_ws(sample_copy("el-salvador"), tmp_path / "cents.csv", first_close_usd=0.05)
    try:
        tab = _tab(qtbot, workspace)
        _set_period(qtbot, tab, "All history")
        first_close = float(tab.view.prices_usd[0])
        assert first_close < 0.1
        tab.price_drawdown._hover(float(tab.view.days[0]) * SECONDS_PER_DAY)
        assert f"close US${first_close:.2f} " in tab.price_drawdown.readout.text()
    finally:
        workspace.close()


def test_a_readout_is_cleared_when_the_figures_change(qtbot, ws):
    tab = _tab(qtbot, ws)
    v = tab.view
    tab.distribution._hover_hist(float(v.mean) * 100, 0)
    tab.volatility._hover(float(v.days[-1]) * SECONDS_PER_DAY)
    tab.backtest_chart._hover(float(v.backtest_days[-1]) * SECONDS_PER_DAY)
    assert all(c.readout.text() != READOUT_HINT for c in (tab.distribution, tab.volatility, tab.backtest_chart))
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.95))  # the readings above were of the 99% VaR
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.view.request.confidence == 0.95 and not tab.view.backtest_problem
    for chart in (tab.price_drawdown, tab.volatility, tab.distribution, tab.backtest_chart):
        assert chart.readout.text() == READOUT_HINT


def test_no_reading_of_the_last_day_past_the_data(qtbot, ws):
    tab = _tab(qtbot, ws)
    v = tab.view
    last = int(v.days[-1])
    beyond = (last + 60) * SECONDS_PER_DAY
    for hover, readout in ((tab.price_drawdown._hover, tab.price_drawdown.readout),
                           (tab.volatility._hover, tab.volatility.readout),
                           (tab.backtest_chart._hover, tab.backtest_chart.readout)):
        hover(beyond)
        assert readout.text().startswith("No data there") and str(v.last_date) in readout.text()
        hover(last * SECONDS_PER_DAY)  # the last day itself still reads
        assert readout.text().startswith(f"{v.last_date}:")
    tab.price_drawdown._hover((int(v.days[0]) - 30) * SECONDS_PER_DAY)  # before the first day too
    assert tab.price_drawdown.readout.text().startswith("No data there")
    assert day_number(v.last_date) == last


def test_a_model_not_backtested_shows_dashes_and_why_not_a_failure(qtbot, ws):
    tab = _tab(qtbot, ws)
    tab.backtest_window.setValue(249)  # GARCH(1,1) is fitted on 250 returns or more
    tab._spin_changed()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    garch = next(b for b in tab.view.backtests if b.method == "garch")
    assert garch.observations == 0 and garch.problem
    model = tab.backtest_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "GARCH(1,1)")
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert not any("nan" in c or "<0.001" in c for c in cells), cells  # was "nan%", "nan (<0.001)", "No"
    assert cells[3:7] == ["—"] * 4 and cells[-1] == "not tested"
    assert garch.problem in tab.backtest_note.text()  # why, in sight
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == garch.problem


def test_a_model_without_figures_says_why_above_the_table(qtbot, ws):
    tab = _tab(qtbot, ws)
    _set_period(qtbot, tab, "All history")  # 800 random-walk days and the sample's monthly jumps: fat tails
    missing = [x for x in tab.view.models if x.problem]
    assert missing, "the walk should put Cornish-Fisher outside its domain"
    for x in missing:
        assert x.problem in tab.summary.text()


def test_the_backtest_legend_says_a_model_was_not_tested_rather_than_0_exceptions(qtbot, ws):
    tab = _tab(qtbot, ws)
    tab.backtest_window.setValue(249)
    tab._spin_changed()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    chart = tab.backtest_chart
    chart.model_choice.setCurrentIndex(chart.model_choice.findData(chart.ALL))
    labels = [label.text for _, label in chart.legend.items]
    garch = next(t for t in labels if t.startswith("GARCH"))
    assert "not tested" in garch and "0 exceptions" not in garch
    assert any(t.startswith("Historical (") and "exceptions" in t for t in labels)


def test_no_png_of_a_backtest_that_is_not_shown(qtbot, ws):
    tab = _tab(qtbot, ws)
    tab.pages.setCurrentIndex(4)
    assert tab.png_button.isEnabled()
    tab.backtest_window.setValue(2000)  # longer than the five years' returns
    tab._spin_changed()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.view.backtest_problem and tab.backtest_panel.empty
    assert not tab.png_button.isEnabled() and tab._page_plots() == []  # it saved the previous period's chart


def test_a_pages_png_is_laid_out_as_the_page_at_one_scale(qtbot, ws):
    tab = _tab(qtbot, ws)
    tab.pages.setCurrentIndex(3)  # the histogram beside the narrower QQ plot
    qtbot.wait(50)
    hist, qq = tab._page_plots()
    assert qq.width() < hist.width()
    picture = plots_picture([hist, qq])
    # as wide as it is on screen, not both stacked at full width (1200 x 2029 px, the QQ plot's text twice as big)
    page_ratio = hist.height() / (qq.mapTo(tab, QPoint(0, 0)).x() + qq.width() - hist.mapTo(tab, QPoint(0, 0)).x())
    assert picture.height() / picture.width() == pytest.approx(page_ratio, rel=0.05)
    right_half = picture.copy(picture.width() * 3 // 4, 0, picture.width() // 4, picture.height())
    assert len({right_half.pixel(x, y) for x in range(0, right_half.width(), 7)
                for y in range(0, right_half.height(), 7)}) > 2  # the QQ plot is drawn there


def test_a_saved_png_says_what_it_is_of(qtbot, ws, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    tab = _tab(qtbot, ws)
    tab.pages.setCurrentIndex(4)
    qtbot.wait(50)
    caption = tab._caption()
    v = tab.view
    assert f"{v.first_date} to {v.last_date}" in caption and "99%" in caption and "250 days" in caption
    out = tmp_path / "backtest.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.save_png()
    saved = QImage(str(out))
    bare = plots_picture(tab._page_plots())
    assert saved.width() == bare.width() and saved.height() > bare.height()  # the caption's line above the chart


def _two_close_falls() -> tuple[np.ndarray, np.ndarray]:
    """1,000 daily closes rising 0.1% a day, with falls of 35% and 36% two months apart (as in 2017)."""
    steps = np.full(999, 0.001)
    for start, depth in ((300, 0.35), (360, 0.36)):
        down = np.log(1 - depth) / 10
        steps[start:start + 10] = down
        steps[start + 10:start + 20] = -down + 0.001
    prices = 1_000 * np.exp(np.concatenate([[0], np.cumsum(steps)]))
    days = np.arange(day_number(dt.date(2017, 1, 1)), day_number(dt.date(2017, 1, 1)) + 1000)
    return days, prices


def test_labels_of_close_falls_do_not_print_over_each_other(qtbot):
    from desktop.core import risk_view as rv
    from desktop.gui.risk_charts import PriceDrawdown

    days, prices = _two_close_falls()
    view = rv.compute(days, prices, rv.RiskRequest(dt.date(2019, 9, 27), None, 0.99, 30, 250))
    assert view.problem is None and [round(f.depth, 2) for f in view.falls[:2]] == [0.36, 0.35]
    chart = PriceDrawdown()
    qtbot.addWidget(chart)
    chart.resize(1300, 520)
    chart.show()
    chart.show_view(view)
    qtbot.wait(100)
    boxes = [label.sceneBoundingRect() for label in chart.fall_labels]
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), boxes


def test_cancel_takes_effect_at_once_and_its_result_is_never_shown(qtbot, ws):
    from PySide6.QtCore import QThreadPool

    tab = _tab(qtbot, ws)
    shown = tab.view
    tab.period.setCurrentText("All history")
    assert tab.task is not None
    tab.cancel()
    # at once: the worker may run on for seconds in the GARCH backtest, which it does not interrupt
    assert tab.task is None and not tab.cancel_button.isEnabled()
    assert tab.status.text().startswith("Cancelled: the figures shown are still those for")
    assert QThreadPool.globalInstance().waitForDone(60_000)
    qtbot.wait(100)  # a result delivered after the cancel would be shown here
    assert tab.view is shown and tab.view.request.start is not None
    tab.confidence.setCurrentIndex(tab.confidence.findData(0.95))  # a new setting computes again
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.view.request.start is None and tab.view.request.confidence == 0.95


def test_the_drawdown_axis_does_not_say_minus_twenty_percent_below_the_peak(qtbot):
    from desktop.gui.risk_charts import PriceDrawdown

    chart = PriceDrawdown()
    qtbot.addWidget(chart)
    label = chart.drawdown_plot.getAxis("left").labelText
    assert label == "% from the peak"  # its ticks are negative: "−20" "% below peak" read as 20% above it


def test_the_histogram_readout_says_when_no_return_is_there(qtbot, ws):
    tab = _tab(qtbot, ws)
    v = tab.view
    tab.distribution._hover_hist(float(v.mean) * 100, 0)
    assert tab.distribution.readout.text().startswith("Returns from")
    edges, _ = v.histogram()
    tab.distribution._hover_hist(float(edges[-1]) * 100 + 5, 0)  # right of the last bin
    assert tab.distribution.readout.text().startswith("No daily return there")


def test_the_volatility_chart_starts_both_lines_with_the_first_full_window_and_reads_no_nan(qtbot, ws):
    tab = _tab(qtbot, ws)
    v = tab.view
    curve_x, _ = tab.volatility.ewma_curve.getData()
    window = v.request.vol_window_days
    assert curve_x[0] == float(v.days[window]) * SECONDS_PER_DAY  # the day of the window's last return
    tab.volatility._hover(float(v.days[2]) * SECONDS_PER_DAY)
    assert "nan" not in tab.volatility.readout.text() and "not a full 30-day window" in tab.volatility.readout.text()
