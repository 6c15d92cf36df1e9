"""Issue 23's review: the same figure agrees wherever it is shown (the window, the command line's JSON, the
workbook, the PDF), each converted by core.fx's conventions. Hand figures from small rate series written here."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from desktop import cli
from desktop.core import fmt
from desktop.core.io.fx_csv import import_fx
from desktop.core.workspace import Workspace

PROGRAM = 3
VALUATION = dt.date(2025, 12, 19)  # the Pakistan sample's date
PKR = {"2025-10-20": 281.0, "2025-11-03": 284.0, "2025-12-01": 285.0}  # PKR per US$
DEPRECIATION = 0.10  # a year, after the valuation date


def _pakistan(sample_copy, tmp_path):
    path = sample_copy("pakistan")
    series = tmp_path / "pkr.csv"
    series.write_text("date,close\n" + "".join(f"{d},{v}\n" for d, v in PKR.items()))
    ws = Workspace.open(path)
    assert import_fx(ws.store, series, currency="PKR").written
    ws.set_currency_settings(fx_depreciation_per_year=DEPRECIATION)
    ws.close()
    return path


def _cli_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert cli.main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_an_old_arrangements_payments_in_pkr_agree_with_the_command_line(qtbot, window, sample_copy, tmp_path,
                                                                           capsys):
    """The EFF of 2013 (its own terms at US$1.512 per SDR) still repays in 2025-26. Its payments' rupee figures in
    the Program tab are those of `imf schedule --currency PKR`, the workbook and the PDF: through the US$ figure
    the IMF schedule uses (FundPosition.usd_per_sdr, the latest arrangement's US$1.3281 per SDR), not 2013's rate
    (the tab showed them 14% higher)."""
    path = _pakistan(sample_copy, tmp_path)
    answer = _cli_json(capsys, "imf", "schedule", "--workspace", str(path), "--currency", "PKR")
    ours = [r for r in answer["rows"] if r["arrangement"] == "Pakistan EFF 2013"]
    window.resize(1366, 768)
    window.show()
    window.open_workspace(path)
    window.tabs.setCurrentIndex(PROGRAM)
    tab = window._built[PROGRAM]
    tab.set_currency("PKR")
    view, model = tab.arrangement_view, tab.arrangement_model
    row = next(i for i, p in enumerate(model.records) if p.arrangement.name == "Pakistan EFF 2013")
    view.setCurrentIndex(view.model().mapFromSource(model.index(row, 0)))
    assert tab._selected().name == "Pakistan EFF 2013" and tab._selected().usd_per_sdr == 1.512
    dates = tab.date_model
    # charges due 2025-11-06 at PKR 284 (of 11-03); principal due 2025-12-29 at 285 losing 10% a year for 10 days
    for day, key, rate in ((dt.date(2025, 11, 6), "charges", 284.0),
                           (dt.date(2025, 12, 29), "principal", 285.0 / 0.9 ** (10 / 365.25))):
        record = next(r for r in dates.records if r.date == day)
        by_hand = getattr(record, f"{key}_sdr") * 1.3281 * rate
        cli_row = next(r for r in ours if r["date"] == day.isoformat())
        assert cli_row[f"{key}_local"] == pytest.approx(by_hand, rel=1e-12)
        assert tab._amount(getattr(record, f"{key}_sdr"), day) == pytest.approx(by_hand, rel=1e-12)
    # a year: the sum of its payments each so converted, as the command line's rows add up
    y2026 = next(y for y in tab.year_model.records if y["year"] == 2026)
    cli_2026 = sum(r["principal_local"] + r["charges_local"] + r["surcharges_local"] + r["service_charge_local"]
                   + r["commitment_fee_local"] for r in ours if r["date"].startswith("2026"))
    assert tab._year_amount(y2026, "total_sdr") == pytest.approx(cli_2026, rel=1e-12)
    # in US$ the year reads as the command line's and the PDF's US$ figure at the same US$ per SDR
    tab.units.setCurrentIndex(tab.units.findData("usd"))
    assert tab._year_amount(y2026, "total_sdr") == pytest.approx(y2026["total_sdr"] * 1.3281, rel=1e-12)
    i = next(k for k, y in enumerate(tab.year_model.records) if y["year"] == 2026)
    column = next(k for k, c in enumerate(tab.year_model.columns) if c.title == "Total")
    assert tab.year_model.data(tab.year_model.index(i, column), Qt.ItemDataRole.DisplayRole) == \
        fmt.number(y2026["total_sdr"] * 1.3281 / 1e6, 2)


def test_an_sdr_series_read_the_wrong_way_round_is_refused_with_the_quote_named(store, tmp_path):
    """The IMF publishes the SDR in US$ per SDR (1.3281); read per US$ (the default quote) it stored SDR 1.33 per
    US$ and overstated every SDR figure by three quarters (US$90,413 read as SDR 123,142, not SDR 68,078). Refused,
    row by row, naming the quote; nothing written. The right quote still imports."""
    series = tmp_path / "sdr.csv"
    series.write_text("date,close\n2025-11-03,1.3281\n2025-12-01,1.3400\n")
    report = import_fx(store, series, currency="SDR")
    assert not report.written and store.fx_rates("SDR") == []
    assert [p.row for p in report.invalid] == [2, 3]
    text = str(report.invalid[0])
    assert "1.3281 read as per-usd gives US$0.7530 per SDR" in text and "usd-per-unit" in text
    report = import_fx(store, series, currency="SDR", quote="usd-per-unit")
    assert report.written and [round(1 / r[1], 4) for r in store.fx_rates("SDR")] == [1.3281, 1.34]
    # an SDR per US$ file read as the IMF's quote is refused too
    series.write_text("date,close\n2025-12-01,0.7463\n")
    assert [p.row for p in import_fx(store, series, currency="SDR", quote="usd-per-unit").invalid] == [2]
    assert import_fx(store, series, currency="SDR").duplicates == 1  # per US$: the rate of 2025-12-01, kept


def test_a_years_power_cost_in_pkr_reads_the_same_in_the_window_the_workbook_and_the_pdf(sample_copy, tmp_path):
    """The plan's mining power cost is a flow across each year: in PKR each year's cost converts at the middle of
    its days in the plan (2026: 2026-07-02), the plan's cost per BTC is those added up over the BTC mined. The
    Planner tab took each year's last day (5% more at 10% a year), the workbook 1 July, the PDF the whole plan's
    middle day for the plan's total (PKR 40.4 m per BTC against the years' own 41.5 m)."""
    from desktop.core import planner, summary, tables
    from desktop.gui.tabs.planner import Converted

    ws = Workspace.open(_pakistan(sample_copy, tmp_path))
    try:
        conv = ws.converter("PKR")
        p = planner.project(planner.plan_inputs(ws, ws.default_date(), paths=0))
        s = p.summary
        assert s["start"] == "2025-12-19" and s["mined_btc_priced"] > 0
        by_year = {r["year"]: r for r in p.mining_by_year}
        rate_2026 = 285.0 / 0.9 ** ((dt.date(2026, 7, 2) - VALUATION).days / 365.25)
        cost_2026 = by_year[2026]["power_cost_usd"] * rate_2026
        # the workbook's Planner mining sheet
        sheet = tables.planner_mining(p, conv)
        row = next(r for r in sheet.rows if r[0] == 2026)
        assert row[-1] == pytest.approx(cost_2026, rel=1e-12)
        # the window's Planner: the plan's power cost is the years' own, each at its middle day
        end = dt.date.fromisoformat(s["end"])
        middles = {r["year"]: max(VALUATION, dt.date(r["year"], 1, 1))
                   + (min(end, dt.date(r["year"], 12, 31)) - max(VALUATION, dt.date(r["year"], 1, 1))) / 2
                   for r in p.mining_by_year}
        by_hand = sum(r["power_cost_usd"] * 285.0 / 0.9 ** ((middles[r["year"]] - VALUATION).days / 365.25)
                      for r in p.mining_by_year)
        assert Converted(conv, p).power == pytest.approx(by_hand, rel=1e-12)
        # the PDF: the year's cost per BTC in the table, and the plan's per BTC in the sentence above it
        text = repr(summary._planner(ws, VALUATION, {}, summary.Money(conv)))
        assert fmt.number(by_year[2026]["power_cost_usd_per_btc"] * rate_2026, 0) in text
        assert f"at a power cost of {fmt.money(by_hand / s['mined_btc_priced'], 'PKR')} per BTC" in text
    finally:
        ws.close()
