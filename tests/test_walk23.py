"""Issue 23, walker23: what a Pakistani debt-office analyst found walking the real window in PKR and SDR, each
read back from the widgets (a test per finding, failing on the code before its fix)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core.io.fx_csv import import_fx
from desktop.core.workspace import Workspace

PROGRAM = 3
PKR = {"2025-11-03": 284.0, "2025-12-01": 285.0}  # PKR per US$, enough for the valuation date 2025-12-19


def _pakistan_pkr(sample_copy, tmp_path, depreciation: float):
    path = sample_copy("pakistan")
    csv = tmp_path / "pkr.csv"
    csv.write_text("date,close\n" + "".join(f"{d},{v}\n" for d, v in PKR.items()))
    ws = Workspace.open(path)
    assert import_fx(ws.store, csv, currency="PKR").written
    ws.set_currency_settings(fx_depreciation_per_year=depreciation)
    ws.close()
    return path


def test_the_surcharge_threshold_in_pkr_ends_with_the_gra_credit(qtbot, window, sample_copy, tmp_path):
    """At 10% a year the threshold (300% of quota, an SDR figure) in PKR bn rose to PKR 22,000 bn by 2047, ten
    years after the last GRA repurchase, and the chart's scale squeezed the credit it bounds to a fifth of its
    height: the line now stops on the last day with GRA credit, where its label stands."""
    window.resize(1366, 768)
    window.show()
    window.open_workspace(_pakistan_pkr(sample_copy, tmp_path, 0.10))
    window.tabs.setCurrentIndex(PROGRAM)
    tab = window._built[PROGRAM]
    tab.set_currency("PKR")
    tab.pages.setCurrentWidget(tab.fund_view)
    view = tab.fund_view
    qtbot.waitUntil(lambda: view.task is None and not view._stale and view.figures is not None, timeout=60_000)
    assert view.units.currentData() == "local"
    p = view.figures.position
    last_gra = int(np.flatnonzero(p.gra_credit_sdr > 0.5)[-1])
    assert last_gra < len(p.days) - 1  # the RST's credit runs on after the GRA's is repaid
    x, y = view.threshold_curve.getData()
    assert len(x) == last_gra + 1
    _, top = view.layers[-1].getData()
    assert np.nanmax(y) < 2.5 * np.nanmax(top)  # the credit keeps most of the chart's height
    assert y[-1] == pytest.approx(p.threshold_sdr[last_gra] * p.usd_per_sdr * 285.0
                                  / 0.9 ** ((p.days[last_gra] - p.days[p.index(dt.date(2025, 12, 19))]) / 365.25)
                                  / 1e9, rel=1e-9)
    # its label hangs below the line's end, the chart's top, instead of being drawn above the chart and cut
    qtbot.wait(100)
    plot_area = view.credit_plot.getPlotItem().vb.sceneBoundingRect()
    label = view.marks[0].sceneBoundingRect()
    assert plot_area.top() <= label.top() and label.bottom() <= plot_area.bottom()
    # in % of quota (and SDR millions) the threshold still runs the whole chart
    view.units.setCurrentIndex(view.units.findData("pct"))
    qtbot.waitUntil(lambda: view.task is None, timeout=60_000)
    assert len(view.threshold_curve.getData()[0]) == len(p.days)


def test_a_future_figure_without_a_rate_names_the_valuation_date_it_lacks(qtbot, window, sample_copy, tmp_path):
    """With the PKR series ending 79 days before the valuation date, the Planner's cost of mining in 2026 said
    "no PKR rate on or in the 31 days before 2026-07-02", a rate no one can import yet: a later date converts from
    the valuation date's rate, so the valuation date is the one to name (as the PDF's note already does)."""
    path = sample_copy("pakistan")
    csv = tmp_path / "pkr.csv"
    csv.write_text("date,close\n2025-09-01,281.0\n2025-10-01,282.0\n")
    ws = Workspace.open(path)
    assert import_fx(ws.store, csv, currency="PKR").written
    ws.close()
    window.resize(1366, 768)
    window.show()
    window.open_workspace(path)
    window.tabs.setCurrentIndex(5)
    window.currency_box.setCurrentIndex(window.currency_box.findData("PKR"))
    planner = window._built[5]
    planner.paths.setValue(0)
    qtbot.waitUntil(lambda: planner.projection is not None and planner.task is None and planner.paths.value() == 0,
                    timeout=60_000)
    card = planner.cards["cost"]
    assert card.value.text() == "—"
    said = card.detail.text() + card.toolTip()
    assert "no PKR rate on or in the 31 days before 2025-12-19" in said
    assert "2026-" not in said and "2027-" not in said
    # the Fund position's obligations by year: a year of future payments says it once, at the valuation date
    window.tabs.setCurrentIndex(PROGRAM)
    tab = window._built[PROGRAM]
    tab.pages.setCurrentWidget(tab.fund_view)
    view = tab.fund_view
    qtbot.waitUntil(lambda: view.task is None and not view._stale and view.figures is not None, timeout=60_000)
    model = view.obligation_model
    i = next(k for k, y in enumerate(model.records) if y["year"] == 2027)
    tip = model.data(model.index(i, len(model.columns) - 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "no PKR rate on or in the 31 days before 2025-12-19"


def test_a_card_figure_too_long_breaks_between_words_instead_of_cutting_its_unit(qapp):
    """The Planner's cards in Spanish at 1366x768 read "PKR 924.44 mil…" and "PKR 387.60 mi…": the unit of
    billions ("mil mill.") cut to "mil", thousands to a reader. A figure that does not fit at the smallest size
    now takes two lines, the number whole on the first, the unit whole on the second."""
    from desktop.gui.app import create_app
    from desktop.gui.widgets import FigureCard

    create_app()  # the style sheet sets the figures' size
    card = FigureCard("Costo")
    card.set("PKR 924.44 mil mill.")
    card.resize(140, 120)
    card.show()
    font, text = card.value.fitted_font()
    assert text == "PKR 924.44\nmil mill."
    assert font.pointSizeF() < card.value.font().pointSizeF()  # smaller first, as before
    qapp.processEvents()
    from PySide6.QtGui import QFontMetrics

    assert card.value.contentsRect().height() >= 2 * QFontMetrics(font).lineSpacing()  # both lines drawn whole
    card.set("PKR 9 bn")  # a figure that fits is one line again, at its height
    assert card.value.fitted_font()[1] == "PKR 9 bn" and card.value.minimumHeight() == 0
