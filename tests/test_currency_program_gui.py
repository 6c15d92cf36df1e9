"""Issue 23, lane gui-program: the IMF Program tab and its Fund position page in the toolbar's reporting currency.
The IMF's SDR figures show as stated in US$ and SDR mode; in another currency (PKR) each payment converts at the
rate of its own date through its US$ figure (the arrangement's US$ per SDR): past dates at the observed rate,
future ones under the stated assumption (10% a year here), a year's sum adds its rows each converted, and a row
with no rate shows "—" and says why. US$ figures (NIR floors at their test dates, reserves) convert at their own
dates in any currency but US$. Hand figures from the small rate series written below."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core import fmt
from desktop.core.io.fx_csv import import_fx
from desktop.core.workspace import Workspace

PROGRAM = 3
USD_PER_SDR = 1.3281  # Pakistan EFF 2024's US$ per SDR: the figures' US$ amounts (IMF staff report, 2024-10)
VALUATION = dt.date(2025, 12, 19)  # the Pakistan sample's date
# PKR per US$; 2024-11-06 (charges due) is 36 days after 2024-10-01: no rate on or in the 31 days before it
PKR = {"2024-09-20": 278.0, "2024-10-01": 279.0, "2025-02-03": 280.0, "2025-05-05": 281.0, "2025-08-01": 282.0,
       "2025-09-22": 283.0, "2025-11-03": 284.0, "2025-12-01": 285.0}
DEPRECIATION = 0.10  # a year, after the valuation date


def _rate_pkr(day: dt.date) -> float | None:
    """The rate a hand would read: the last on or before ``day`` within 31 days; after the valuation date, the
    valuation date's (285, of 2025-12-01) losing 10% of its US$ value a year."""
    if day > VALUATION:
        return 285.0 / (1 - DEPRECIATION) ** ((day - VALUATION).days / 365.25)
    seen = [(dt.date.fromisoformat(k), v) for k, v in PKR.items() if dt.date.fromisoformat(k) <= day]
    return seen[-1][1] if seen and (day - seen[-1][0]).days <= 31 else None


def _series(tmp_path, name: str, rows: dict[str, float]):
    path = tmp_path / name
    path.write_text("date,close\n" + "".join(f"{d},{v}\n" for d, v in rows.items()))
    return path


def _open(qtbot, window, path, currency: str):
    window.resize(1366, 768)
    window.show()
    window.open_workspace(path)
    window.tabs.setCurrentIndex(PROGRAM)
    tab = window._built[PROGRAM]
    tab.set_currency(currency)
    return tab


def _pakistan_pkr(sample_copy, tmp_path):
    path = sample_copy("pakistan")
    ws = Workspace.open(path)
    assert import_fx(ws.store, _series(tmp_path, "pkr.csv", PKR), currency="PKR").written
    ws.set_currency_settings(fx_depreciation_per_year=DEPRECIATION)
    ws.close()
    return path


def _cell(model, row: int, title: str, role=Qt.ItemDataRole.DisplayRole):
    column = next(i for i, c in enumerate(model.columns) if c.title == title)
    return model.data(model.index(row, column), role)


def _row(model, day: dt.date) -> int:
    return next(i for i, r in enumerate(model.records) if r.date == day)


def test_schedule_rows_and_years_in_pkr_each_at_its_own_date(qtbot, window, sample_copy, tmp_path):
    tab = _open(qtbot, window, _pakistan_pkr(sample_copy, tmp_path), "PKR")
    assert tab._selected().name == "Pakistan EFF 2024"
    assert tab.units.currentData() == "local" and tab.units.currentText() == "PKR billions"
    assert tab.year_plot.getAxis("left").labelText == "PKR billions"
    dates = tab.date_model
    # observed: the service charge of the first purchase, 0.5% of SDR 760 m, on 2024-09-25 at PKR 278 (of 09-20)
    row = _row(dates, dt.date(2024, 9, 25))
    pkr = 3_800_000 * USD_PER_SDR * 278.0
    assert _cell(dates, row, "Service charge") == fmt.number(pkr / 1e9, 2)
    assert _cell(dates, row, "Service charge", Qt.ItemDataRole.ToolTipRole) == \
        "PKR 278.00 per US$, the rate of 2024-09-20"
    # no rate: the charges due 2024-11-06 show "—" and say why, never the stale rate of 2024-10-01
    row = _row(dates, dt.date(2024, 11, 6))
    assert _cell(dates, row, "Charges") == "—"
    assert "no PKR rate on or in the 31 days before 2024-11-06" in _cell(dates, row, "Charges", Qt.ItemDataRole.ToolTipRole)
    # future: the charges due 2026-02-05 at 285 losing 10% a year for 48 days
    record = dates.records[_row(dates, dt.date(2026, 2, 5))]
    expected = record.charges_sdr * USD_PER_SDR * 285.0 / 0.9 ** (48 / 365.25)
    assert tab._amount(record.charges_sdr, record.date) == pytest.approx(expected, rel=1e-12)
    tip = _cell(dates, _row(dates, record.date), "Principal", Qt.ItemDataRole.ToolTipRole)
    assert "the rate of 2025-12-01 with the PKR losing 10.0% of its US$ value a year" in tip
    # by year: the sum of the rows each converted (2024 has a row with no rate: "—", with the reason)
    years = tab.year_model
    y2024 = next(i for i, y in enumerate(years.records) if y["year"] == 2024)
    assert _cell(years, y2024, "Total") == "—"
    assert "2024-11-06" in _cell(years, y2024, "Total", Qt.ItemDataRole.ToolTipRole)
    y2025 = next(i for i, y in enumerate(years.records) if y["year"] == 2025)
    rows_2025 = [r for r in dates.records if r.date.year == 2025]
    by_hand = sum(r.total_sdr * USD_PER_SDR * _rate_pkr(r.date) for r in rows_2025)
    assert tab._year_amount(years.records[y2025], "total_sdr") == pytest.approx(by_hand, rel=1e-12)
    assert _cell(years, y2025, "Total") == fmt.number(by_hand / 1e9, 2)
    assert by_hand != pytest.approx(years.records[y2025]["total_sdr"] * USD_PER_SDR * 285.0)  # not one rate for all
    # the purchases: the planned one of 2026-05-15 under the assumption, in PKR bn
    purchases = tab.purchase_model
    p = next(i for i, x in enumerate(purchases.records) if x.date == dt.date(2026, 5, 15))
    assert _cell(purchases, p, "Amount (PKR bn)") == fmt.number(760e6 * USD_PER_SDR * _rate_pkr(dt.date(2026, 5, 15)) / 1e9, 1)
    # the user may still read SDR; back to US$ on the toolbar, the tab is as it was
    tab.units.setCurrentIndex(tab.units.findData("sdr"))
    assert _cell(dates, _row(dates, dt.date(2024, 11, 6)), "Charges") == fmt.number(dates.records[
        _row(dates, dt.date(2024, 11, 6))].charges_sdr / 1e6, 2)
    tab.set_currency("USD")
    assert tab.units.findData("local") == -1 and tab.units.currentData() == "usd"
    assert [c.title for c in purchases.columns][1:3] == ["Amount (SDR m)", "Amount (US$ m)"]


def test_fund_position_obligations_in_pkr(qtbot, window, sample_copy, tmp_path):
    tab = _open(qtbot, window, _pakistan_pkr(sample_copy, tmp_path), "PKR")
    tab.pages.setCurrentWidget(tab.fund_view)
    view = tab.fund_view
    qtbot.waitUntil(lambda: view.task is None and not view._stale and view.figures is not None, timeout=60_000)
    model = view.obligation_model
    assert model.columns[-1].title == "Total (PKR bn)"
    assert view.obligation_plot.getAxis("left").labelText == "PKR billions"
    p = window.workspace.fund_position(True)
    for year in (2026, 2027):  # every line's payments that year, each at its own date's assumed rate
        by_hand = sum(r.total_sdr * p.usd_per_sdr * _rate_pkr(r.date) for _, r in p.rows() if r.date.year == year)
        i = next(k for k, y in enumerate(model.records) if y["year"] == year)
        assert view._total_shown(model.records[i]) == pytest.approx(by_hand, rel=1e-12)
        assert model.data(model.index(i, 4)) == fmt.number(by_hand / 1e9, 2)
        tip = model.data(model.index(i, 4), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("The sum of the year's payments") and "losing 10.0%" in tip
    assert "PKR amounts: each payment at the rate of its own date" in view.rate_note.text()
    # the credit chart in PKR bn: each day's credit at that day's rate; a day with no rate is a gap, not a guess
    assert view.units.currentData() == "local" and view.credit_plot.getAxis("left").labelText == "PKR billions"
    x, top = view.layers[-1].getData()
    for day, rate in ((dt.date(2025, 2, 3), 280.0), (dt.date(2027, 6, 30), _rate_pkr(dt.date(2027, 6, 30)))):
        i = p.index(day)
        assert top[i] == pytest.approx(p.total_credit_sdr[i] * p.usd_per_sdr * rate / 1e9, rel=1e-9)
    assert np.isnan(top[p.index(dt.date(2024, 11, 6))])
    tab.set_currency("SDR")  # the IMF's own figures: as in US$ mode
    qtbot.waitUntil(lambda: view.task is None and not view._stale, timeout=60_000)
    assert model.columns[-1].title == "Total (US$ m)"
    assert view.units.findData("local") == -1 and view.units.currentData() == "pct"  # the chart's default again
    assert view.obligation_plot.getAxis("left").labelText == "SDR millions"


def test_test_dates_and_reserves_in_sdr(qtbot, window, sample_copy, tmp_path):
    """El Salvador's NIR floors (US$, at their test dates after the valuation date 2025-11-18) in SDR at the
    imported SDR series held flat; reserves at their own dates, one with no rate."""
    path = sample_copy("el-salvador")
    ws = Workspace.open(path)
    sdr = _series(tmp_path, "sdr.csv", {"2024-12-20": 1.3100, "2025-11-03": 1.3600})  # US$ per SDR, as the IMF quotes it
    assert import_fx(ws.store, sdr, currency="SDR", quote="usd-per-unit").written
    ws.close()
    tab = _open(qtbot, window, path, "SDR")
    assert tab.units.currentData() == "sdr"
    tests = tab.test_model
    assert tab.tests_title.text() == "Test dates and NIR floors (SDR m)"
    assert [c.title for c in tests.columns][1:5] == ["NIR floor", "Adjusted floor", "Projected NIR", "Headroom"]
    assert tests.data(tests.index(0, 1)) == fmt.number(4000e6 / 1.36 / 1e6, 1)  # 2,941.2
    assert tests.data(tests.index(1, 1)) == fmt.number(4300e6 / 1.36 / 1e6, 1)
    assert "US$1.3600 per SDR: the rate of 2025-11-03 held flat" in tests.data(tests.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    macro = tab.macro_model
    assert macro.columns[1].title == "Gross reserves (SDR m)"
    by_date = {m.date: i for i, m in enumerate(macro.records)}
    i = by_date[dt.date(2024, 12, 31)]
    assert macro.data(macro.index(i, 1)) == fmt.number(3825.09e6 / 1.31 / 1e6, 1)
    i = by_date[dt.date(2023, 12, 31)]  # before the series: no rate
    assert macro.data(macro.index(i, 1)) == "—"
    assert macro.data(macro.index(i, 1), Qt.ItemDataRole.ToolTipRole) == \
        "no SDR rate on or in the 31 days before 2023-12-31"
    tab.set_currency("USD")  # as today
    assert tab.tests_title.text() == "Test dates and NIR floors"
    assert tests.columns[1].title == "NIR floor (US$ m)" and tests.data(tests.index(0, 1)) == fmt.number(4000.0, 1)
    assert tests.data(tests.index(0, 1), Qt.ItemDataRole.ToolTipRole) is None


def test_pkr_in_spanish(spain, qtbot, window, sample_copy, tmp_path):
    """The new texts in Spanish: units as the tables write millions ("mil mill. PKR"), the rate's sentence."""
    tab = _open(qtbot, window, _pakistan_pkr(sample_copy, tmp_path), "PKR")
    assert tab.units.currentText() == "miles de millones de PKR"
    purchases = tab.purchase_model
    assert purchases.columns[2].title == "Monto (mil mill. PKR)"
    row = _row(tab.date_model, dt.date(2024, 9, 25))
    tip = _cell(tab.date_model, row, "Cargo por servicio", Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("PKR 278,00 por US$") and "2024-09-20" in tip  # core.fx's sentence, in Spanish
    years = tab.year_model
    y2026 = next(i for i, y in enumerate(years.records) if y["year"] == 2026)
    assert _cell(years, y2026, "Total", Qt.ItemDataRole.ToolTipRole).startswith(
        "La suma de los pagos del año, cada uno convertido al tipo de cambio de su propia fecha:")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_program_tab_in_pkr_reads_in_spanish(spanish, qtbot, window, sample_copy, tmp_path):
    """The acceptance walk's two checks (tests/test_i18n_acceptance.py) on every page of the tab in PKR: cells,
    tooltips, headers and chart texts, none left in English."""
    from tests.test_i18n_acceptance import assert_all_spanish, idle, pages_of, untranslated

    tab = _open(qtbot, window, _pakistan_pkr(sample_copy, tmp_path), "PKR")
    idle(qtbot)
    seen = set(untranslated(tab))
    for _ in pages_of(tab):
        idle(qtbot)
        seen |= set(untranslated(tab))
    assert_all_spanish({"IMF Program in PKR": sorted(seen)})
