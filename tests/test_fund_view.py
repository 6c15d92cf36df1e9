"""Issue 18, item 7: the IMF Program tab's Fund position view. Every credit line of the member stacked over time
against the level-surcharge threshold (a step on 2024-11-01), the peak and the date marked, a hover readout, PNG
and CSV; the obligations by year, the "Indicators of Fund credit" with "no input" where a figure is missing, the
comparison with an imported IMF projection, and an empty state that says what to import."""

from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from desktop.core.engine.valuation import day_number
from desktop.core.summary import INDENT, INDICATOR_ROWS, NO_INPUT
from desktop.core.workspace import Workspace
from desktop.gui.tabs.fund_position import EMPTY_TEXT, FundPositionView, month_end_indices, write_position_csv

PROGRAM = 3


def _fund_view(qtbot, window, path) -> FundPositionView:
    """The Program tab of the workspace at ``path`` with its Fund position page in sight, once the worker has
    delivered, in a 1366x768 window."""
    window.resize(1366, 768)
    window.show()
    window.open_workspace(path)
    window.tabs.setCurrentIndex(PROGRAM)
    tab = window._built[PROGRAM]
    tab.pages.setCurrentWidget(tab.fund_view)
    _delivered(qtbot, tab.fund_view)
    return tab.fund_view


def _delivered(qtbot, view: FundPositionView) -> None:
    """The worker's figures shown (they arrive through the event loop)."""
    qtbot.waitUntil(lambda: view.task is None and not view._stale, timeout=60_000)


def _seconds(day: dt.date) -> float:
    return day_number(day) * 86400.0


def _threshold_pct(days: np.ndarray) -> np.ndarray:
    """The level-surcharge threshold in % of quota on each day, from the IMF's decisions: 300% before the 14th
    General Review's quotas (2016-02-17), 187.5% from then, 300% again from 2024-11-01 (2024 review of charges)."""
    return np.where(days < day_number(dt.date(2016, 2, 17)), 300.0,
                    np.where(days < day_number(dt.date(2024, 11, 1)), 187.5, 300.0))


def test_every_credit_line_is_stacked_against_the_threshold_step(qtbot, window, sample_copy):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    p = window.workspace.fund_position(True)
    assert len(p.lines) >= 2 and view.stack.currentWidget() is view.pages
    assert len(view.layers) == len(p.lines)
    # the top layer is the total; each layer is the lines below it added up, in % of that day's quota
    for k, layer in enumerate(view.layers):
        x, y = layer.getData()
        expected = sum(line.credit_sdr for line in p.lines[:k + 1]) / p.quota_sdr * 100
        assert np.allclose(y, expected)
    assert np.allclose(view.layers[-1].getData()[1], p.total_credit_sdr / p.quota_sdr * 100)
    legend = [label.text for _, label in view.legend.items]
    assert legend[:len(p.lines)] == [f"{line.name} ({line.window})" for line in p.lines]
    # the threshold is the policy's of each day (300% of quota before 2016-02-17, 187.5% to 2024-10-31, 300% since),
    # and each level is labelled from the day it starts
    x, y = view.threshold_curve.getData()
    assert np.allclose(y, _threshold_pct(x / 86400.0))
    labels = [m.textItem.toPlainText() for m in view.marks if hasattr(m, "textItem")]
    assert "surcharge threshold 300% of quota from 2024-11-01" in labels  # the level in force at the end
    assert legend[-1] == "Surcharge threshold"
    # the peak of GRA credit from the toolbar's date, marked where it is; the date's line where the date is
    peak = p.peak(window.date) or p.peak()
    assert any(f"GRA peak {peak['date']}" in text for text in labels)
    assert view.today_line.value() == _seconds(window.date)


def test_units_hover_png_and_csv(qtbot, window, sample_copy, tmp_path):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    p = view.figures.position
    view.units.setCurrentIndex(view.units.findData("sdr"))
    assert np.allclose(view.layers[-1].getData()[1], p.total_credit_sdr / 1e6)
    assert np.allclose(view.threshold_curve.getData()[1], p.threshold_sdr / 1e6)
    assert view.credit_plot.getAxis("left").labelText == "SDR millions"
    # pointing at a day reads every line's credit that day
    day = dt.date(2025, 6, 30)
    qtbot.wait(50)  # the axes follow the new units
    vb = view.credit_plot.getPlotItem().vb
    view._hover(vb.mapViewToScene(QPointF(_seconds(day), float(np.mean(vb.viewRange()[1])))))
    i = day_number(day) - int(p.days[0])
    title = view.credit_plot.getPlotItem().titleLabel.text
    assert f"<b>{day}</b>" in title and f"total SDR {p.total_credit_sdr[i] / 1e6:,.2f} m" in title
    assert f"{p.gra_credit_sdr[i] / p.quota_sdr[i] * 100:,.1f}% of quota (threshold 300%)" in title
    tip = view.credit_plot.toolTip()
    assert all(f"{line.name} ({line.window}): SDR {line.credit_sdr[i] / 1e6:,.2f} m" in tip
               for line in p.lines if line.credit_sdr[i] > 0.5)
    assert view.picture(800).width() == 800
    path = tmp_path / "position.csv"
    count = write_position_csv(p, path)
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert len(rows) == count + 1 == len(month_end_indices(p.days)) + 1
    assert rows[0][0] == "date" and rows[0][-1] == "threshold_sdr"
    last = rows[-1]
    assert float(last[-3 - 1]) == pytest.approx(p.total_credit_sdr[-1], abs=0.01)


def test_month_ends_are_each_months_last_day():
    days = np.arange(day_number(dt.date(2024, 1, 30)), day_number(dt.date(2024, 3, 2)) + 1)
    assert [int(days[i]) for i in month_end_indices(days)] == [
        day_number(dt.date(2024, 1, 31)), day_number(dt.date(2024, 2, 29)), day_number(dt.date(2024, 3, 2))]


def test_a_csv_cell_never_runs_as_a_formula(tmp_path):
    from types import SimpleNamespace

    days = np.arange(day_number(dt.date(2024, 1, 1)), day_number(dt.date(2024, 1, 3)))
    line = SimpleNamespace(name="=HYPERLINK(\"x\")", window="GRA", credit_sdr=np.ones(len(days)))
    position = SimpleNamespace(days=days, lines=[line], **{k: np.ones(len(days)) for k in (
        "gra_credit_sdr", "rst_credit_sdr", "prgt_credit_sdr", "total_credit_sdr", "quota_sdr", "threshold_sdr")})
    write_position_csv(position, tmp_path / "x.csv")
    header = next(csv.reader((tmp_path / "x.csv").open(encoding="utf-8")))
    assert header[1].startswith("'=")


def test_obligations_and_indicators_by_year(qtbot, window, sample_copy):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    ws = window.workspace
    years = [y for y in ws.fund_position(True).obligations_by_year() if y["year"] >= window.date.year]  # still due
    assert [r["year"] for r in view.obligation_model.records] == [y["year"] for y in years]
    assert years[0]["year"] == window.date.year  # what is still to come, as the staff reports' tables start
    bars = view.obligation_bars["principal_sdr"].opts
    assert list(bars["x"]) == [y["year"] for y in years]
    assert np.allclose(bars["height"], [y["principal_sdr"] / 1e6 for y in years])
    # rows as the staff reports lay them out, one column a year, "no input" exactly where a figure is missing
    indicators = [y for y in ws.fund_indicators(True) if y["year"] >= window.date.year]
    table = view.indicator_view
    assert table.rowCount() == len(INDICATOR_ROWS)
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [str(y["year"]) for y in indicators]
    for r, (key, label) in enumerate(INDICATOR_ROWS):
        assert table.verticalHeaderItem(r).text() == (label if key is None else INDENT + label)  # rows under headings
        for c, y in enumerate(indicators):
            text = table.item(r, c).text()
            if key is None:
                assert text == ""
            else:
                assert (text == NO_INPUT) == (y[key] is None), (label, y["year"])
    assert any(table.item(r, c).text() not in ("", NO_INPUT) for r in range(table.rowCount()) for c in range(table.columnCount()))


def test_without_a_projection_the_comparison_says_what_to_import(qtbot, window, sample_copy):
    view = _fund_view(qtbot, window, sample_copy("el-salvador"))
    assert view.figures.compare is None
    assert view.compare_view.isHidden() and not view.compare_button.isHidden()
    assert "Projected Payments to the IMF" in view.compare_note.text()


def test_an_imported_projection_is_compared_by_year_and_item(qtbot, window, sample_copy, add_imf_projection):
    path = sample_copy("pakistan")
    ws = Workspace.open(path)
    add_imf_projection(ws.store)
    compare = ws.imf_compare()
    ws.close()
    view = _fund_view(qtbot, window, path)
    assert not view.compare_view.isHidden() and view.compare_button.isHidden()
    assert str(compare["as_of"]) in view.compare_note.text()
    model = view.compare_model
    assert model.rowCount() == len(compare["rows"]) > 0
    assert {model.records[i][0] for i in range(model.rowCount())} == {str(r["year"]) for r in compare["rows"]}


def test_the_position_is_computed_off_the_gui_thread(qtbot, window, sample_copy):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    view.include_planned.setChecked(False)  # a new request: a worker, not this thread
    assert view.task is not None
    _delivered(qtbot, view)
    assert view.figures.position.include_planned is False


def test_an_empty_workspace_says_what_to_import(qtbot, sample_copy):
    ws = Workspace.open(sample_copy("empty"))
    try:
        view = FundPositionView()
        qtbot.addWidget(view)
        view.show()
        view.show_for(ws, dt.date(2025, 6, 30))
        _delivered(qtbot, view)
        assert view.stack.currentIndex() == 0
        assert view.empty_text.text() == EMPTY_TEXT and "Projected Payments to the IMF" in EMPTY_TEXT
    finally:
        ws.close()


def test_the_view_fits_a_laptop_screen(qtbot, window, sample_copy):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    qtbot.wait(100)  # the layout follows the summary's new text
    # the summary's wrapped lines all show, and the chart keeps a readable height under it
    assert view.summary.height() >= view.summary.heightForWidth(view.summary.width())
    assert view.credit_plot.height() >= 200
    assert view.credit_plot.width() >= 1000
    # Pakistan's six credit lines and the threshold in the legend, all inside the chart's widget, none cut off
    legend = view.legend.sceneBoundingRect()
    assert len(view.legend.items) == len(view.figures.position.lines) + 1
    assert legend.bottom() <= view.credit_plot.height() and legend.right() <= view.credit_plot.width()
    assert view.credit_plot.getPlotItem().vb.sceneBoundingRect().height() >= 100  # the data area itself


def test_importing_a_projection_reloads_the_view(qtbot, window, sample_copy, add_imf_projection):
    view = _fund_view(qtbot, window, sample_copy("pakistan"))
    assert view.figures.compare is None
    add_imf_projection(window.workspace.store)
    window.workspace_changed(frozenset({"imf_payments"}))  # as the window's import does when it is done
    _delivered(qtbot, view)
    assert view.figures.compare is not None and view.compare_model.rowCount() > 0


def test_a_projection_alone_shows_the_position(qtbot, window, sample_copy, add_imf_projection):
    """No arrangement in the workspace, only the IMF's projection of earlier credit: the tab shows the position
    (once the quota is known), not the empty state."""
    from desktop.core.domain import QuotaStep
    path = sample_copy("empty")
    ws = Workspace.open(path)
    add_imf_projection(ws.store)
    ws.close()
    view = _fund_view(qtbot, window, path)
    tab = window._built[PROGRAM]
    assert tab.empty.isHidden() and tab.pages.currentWidget() is view
    assert view.figures is None and view.stack.currentIndex() == 0  # no quota: said, not a blank chart
    assert "Cannot compute the position" in view.empty_text.text() and "quota" in view.empty_text.text()
    window.workspace.save_quota(QuotaStep(dt.date(2016, 2, 26), 2_031_000_000.0, "IMF, Pakistan: Financial Position in the Fund"))
    window.workspace_changed(frozenset({"quotas"}))
    _delivered(qtbot, view)
    assert view.stack.currentWidget() is view.pages
    assert [line.name for line in view.figures.position.lines] and all(
        line.arrangement is None for line in view.figures.position.lines)


def test_the_empty_tab_offers_the_imf_projection(window, sample_copy, monkeypatch):
    """Credit from earlier arrangements needs no program file: the empty tab says so and its button imports it."""
    from PySide6.QtWidgets import QPushButton

    from desktop.gui.main_window import MainWindow

    window.open_workspace(sample_copy("empty"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    assert not program.empty.isHidden() and "Projected Payments to the IMF" in program.empty_text.text()
    called = []
    monkeypatch.setattr(MainWindow, "import_csv", lambda self, what: called.append(what))
    {b.text(): b for b in program.empty.findChildren(QPushButton)}["Import IMF projected payments (TSV)…"].click()
    assert called == ["imf-payments"]
