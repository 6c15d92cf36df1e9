"""Issue 23: the PDF summary in a reporting currency, read back with pdftotext. Each money figure is the US$ one at
the rate of its own date (computed here by hand from the rate file), an IMF figure in SDR stays as the IMF states
it in SDR, a figure with no rate shows "—" and says why, and the sources name every rate, its date, its file and
the assumption after the valuation date."""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
import shutil
import subprocess

import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core import fmt
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")

ALT_PKR = SHARED_DATA / "usd_pkr_alt_unverified.csv"  # 2013-07-02..2025-11-28, PKR per US$
needs_pkr = pytest.mark.skipif(not ALT_PKR.exists(), reason="../shared/data/usd_pkr_alt_unverified.csv is not present")
MILLION = 1e6


def import_rates(path, csv_file, code: str, quote: str = "per-usd") -> None:
    ws = Workspace.open(path)
    try:
        report = IMPORTERS["fx"](ws.store, csv_file, ImportOptions(currency=code, quote=quote))
        assert report.written, report.summary()
    finally:
        ws.close()


def report_text(ws_path, out, *args: str) -> str:
    """`reserve-desk report` in a process of its own, the PDF's text with its whitespace run together."""
    done = subprocess.run([*cli_command(), "report", "--workspace", str(ws_path), "--out", str(out), "--runs", "none",
                           "--lang", "en", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def rates_from_file(path) -> tuple[list[dt.date], list[float]]:
    with open(path, newline="") as f:
        rows = [(dt.date.fromisoformat(r["date"]), float(r["close"])) for r in csv.DictReader(f)]
    rows.sort()
    return [d for d, _ in rows], [r for _, r in rows]


def by_hand(days: list[dt.date], rates: list[float], date: dt.date, valuation: dt.date) -> tuple[float, dt.date]:
    """The rule, written out: the last rate on or before the date (on or before the valuation date for a later
    date, held flat), no older than 31 days."""
    i = bisect.bisect_right(days, min(date, valuation)) - 1
    assert i >= 0 and (min(date, valuation) - days[i]).days <= 31
    return rates[i], days[i]


def figures(ws_path, date: dt.date | None = None):
    ws = Workspace.open(ws_path, read_only=True)
    try:
        date = date or ws.default_date()
        position = ws.fund_position(True)
        return (date, ws.holdings(date), ws.arrangements, position,
                {a.name: position.schedule(a.name) for a in ws.arrangements})
    finally:
        ws.close()


@needs_pkr
def test_a_rupee_summary_is_the_dollar_one_at_each_figures_own_rate(sample_copy, tmp_path):
    path = sample_copy("el-salvador")  # bitcoin held and an IMF program: every kind of figure
    import_rates(path, ALT_PKR, "PKR")
    usd = report_text(path, tmp_path / "usd.pdf", "--sections", "summary,holdings,program,methodology")
    pkr = report_text(path, tmp_path / "pkr.pdf", "--sections", "summary,holdings,program,methodology", "--currency", "PKR")
    date, h, arrangements, position, schedules = figures(path)
    days, rates = rates_from_file(ALT_PKR)
    rate, rate_date = by_hand(days, rates, date, date)

    # the holdings at the valuation date's rate: the US$ report's figure, converted
    assert f"Total {fmt.btc(h.total_btc)} {fmt.usd(h.value_usd)}" in usd
    assert f"Total {fmt.btc(h.total_btc)} {fmt.number(h.value_usd * rate, 0)}" in pkr
    assert "Value (PKR)" in pkr and "Value (US$)" in usd
    assert f"worth {fmt.money_short(h.value_usd * rate, 'PKR')} at {fmt.money(h.price_usd * rate, 'PKR')} per BTC" in pkr
    # a test date after the valuation date: the valuation date's rate held flat (the workspace assumes no path)
    test = next(t for a in arrangements for t in a.test_dates if t.date > date)
    assert f"{test.date}: NIR floor {fmt.money_short(test.nir_floor_usd * rate, 'PKR')}" in pkr
    # a year's total: its payments each at the rate of its own date, not the year's SDR total at one rate
    name, s = next((n, s) for n, s in schedules.items() if any(r.date.year == date.year and r.date <= date for r in s.rows))
    year = [r for r in s.rows if r.date.year == date.year]
    total = sum(r.total_sdr * s.usd_per_sdr * by_hand(days, rates, r.date, date)[0] for r in year)
    one_rate = sum(r.total_sdr for r in year) * s.usd_per_sdr * rate
    assert fmt.number(total / MILLION, 0) != fmt.number(one_rate / MILLION, 0)  # the test tells the two apart
    table = pkr.split(f"Repayments and charges by year from {date.year}: {name}")[1]
    assert f"Total (SDR m) Total (PKR m) {date.year} " in table
    assert re.search(rf"{date.year} [\d,.]+ [\d,.]+ {re.escape(fmt.sdr_m(sum(r.total_sdr for r in year)))} "
                     rf"{re.escape(fmt.number(total / MILLION, 0))} ", table), table[:400]
    # the sources: the valuation date's rate first, with its date, the file, and the assumption after it
    assert (f"Exchange rates (PKR): PKR {fmt.number(rate, 2)} per US$, the rate of {rate_date};" in pkr)
    assert "Source: date,close: usd_pkr_alt_unverified.csv (per-usd) (imported series)." in pkr
    assert (f"a later one (IMF obligations, projections) at the stated assumption, PKR {fmt.number(rate, 2)} per "
            f"US$: the rate of {rate_date} held flat") in pkr
    assert "Reporting currency PKR: each figure at the rate of its own date" in pkr
    # nothing of it in the US$ summary
    assert "Exchange rates (" not in usd and "Reporting currency PKR" not in usd


def test_in_sdr_the_imfs_figures_stay_as_the_imf_states_them(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    usd = report_text(path, tmp_path / "usd.pdf", "--sections", "summary,program,methodology")
    sdr = report_text(path, tmp_path / "sdr.pdf", "--sections", "summary,program,methodology", "--currency", "SDR")
    date, h, arrangements, position, schedules = figures(path)
    usd_per_sdr = arrangements[-1].usd_per_sdr  # no SDR series imported: the latest arrangement's rate, said so
    credit = re.search(r"IMF credit outstanding SDR ([\d,.]+) m \(US\$", usd).group(1)
    assert f"IMF credit outstanding SDR {credit} m Next payment" in sdr  # as in US$, and no second SDR figure beside it
    assert f"Value of the bitcoin {fmt.money_short(h.value_usd / usd_per_sdr, 'SDR')}" in sdr
    for name, s in schedules.items():  # the IMF's SDR columns, unchanged, and no US$ column converted back to SDR
        for y in (y for y in s.by_year() if y["year"] >= date.year and abs(y["total_sdr"]) >= 0.005):
            row = f"{y['year']} {fmt.sdr_m(y['principal_sdr'])} {fmt.sdr_m(y['charges_total_sdr'])} {fmt.sdr_m(y['total_sdr'])}"
            assert row in usd and row in sdr, (name, row)
    assert "Total (SDR m) Total (SDR m)" not in sdr and "Total (US$ m)" not in sdr
    assert (f"Exchange rates (SDR): US${fmt.number(usd_per_sdr, 4)} per SDR, the rate of {arrangements[-1].name} that "
            "the IMF figures' US$ amounts use (no SDR series imported).") in sdr
    assert "Figures the IMF states in SDR are shown as stated." in sdr


def test_a_figure_with_no_rate_shows_a_dash_and_says_why(sample_copy, tmp_path):
    path = sample_copy("pakistan")  # valuation date 2025-12-19; the rates below stop in June
    rates = tmp_path / "pkr.csv"
    rates.write_text("date,close\n2025-01-02,278.50\n2025-03-31,280.20\n2025-06-30,283.70\n", encoding="utf-8")
    import_rates(path, rates, "PKR")
    text = report_text(path, tmp_path / "pkr.pdf", "--sections", "summary,program,adequacy,methodology",
                       "--currency", "PKR")
    date = figures(path)[0]
    assert re.search(r"IMF credit outstanding SDR [\d,.]+ m \(—\)", text)
    assert "Gross reserves (PKR m) — —" in text
    why = f"no PKR rate on or in the 31 days before {date}"
    assert f"— marks a figure, and a gap in a chart a period, with no PKR rate: {why}" in text
    assert f"a later one (IMF obligations, projections) at the stated assumption, {why}." in text
    # the rates that were used are named: a payment of March at March's rate
    assert "PKR 280.20 per US$, the rate of 2025-03-31" in text


def test_spanish_names_the_rates_and_the_currency_in_spanish(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    done = subprocess.run([*cli_command(), "report", "--workspace", str(path), "--out", str(tmp_path / "s.pdf"), "--runs",
                           "none", "--lang", "es", "--sections", "summary,adequacy,methodology", "--currency", "SDR"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                                              check=True).stdout)
    assert "Tipos de cambio (DEG): US$" in text and "por DEG" in text
    assert "Reservas brutas (mill. DEG)" in text and "Moneda de presentación DEG" in text


def test_a_currency_the_workspace_cannot_report_in_is_refused_and_nothing_written(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    for code, why in (("EUR", "currency: EUR has no rates in this workspace"), ("12", "currency: '12' is not a currency code")):
        out = tmp_path / f"{code}.pdf"
        done = subprocess.run([*cli_command(), "report", "--workspace", str(path), "--out", str(out), "--currency", code],
                              capture_output=True, text=True)
        assert done.returncode != 0 and why in done.stderr, done.stderr
        assert not out.exists()


def test_the_dialog_offers_the_workspaces_currencies_and_starts_at_the_toolbars(qtbot, sample_copy, tmp_path):
    from PySide6.QtWidgets import QWidget

    from desktop.gui.report_dialog import ReportDialog

    class Window(QWidget):  # stands for the main window: its toolbar's choice
        currency = "SDR"

    path = sample_copy("pakistan")
    ws = Workspace.open(path)
    try:
        parent = Window()
        qtbot.addWidget(parent)
        dialog = ReportDialog(ws, ws.default_date(), None, parent)  # closed with its parent
        codes = [dialog.currency.itemData(i) for i in range(dialog.currency.count())]
        assert codes == ws.reporting_currencies() == ["USD", "SDR", "PKR"]
        assert dialog.currency.currentData() == "SDR"
        plain = ReportDialog(ws, ws.default_date())
        qtbot.addWidget(plain)
        assert plain.currency.currentData() == "USD"
        dialog.open_after.setChecked(False)
        for box in dialog.sections.values():
            box.setChecked(False)
        dialog.sections["adequacy"].setChecked(True)
        out = tmp_path / "adequacy.pdf"
        dialog.file.setText(str(out))
        dialog.export()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
        assert dialog.written == out, dialog.status.text()
    finally:
        ws.close()
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    assert "Gross reserves (SDR m)" in text


@needs_pkr
def test_a_rupee_fall_shows_in_the_rupee_cost_of_what_the_run_owes_the_fund(sample_copy, tmp_path):
    import dataclasses

    from desktop.core import stress

    path = sample_copy("pakistan")
    import_rates(path, ALT_PKR, "PKR")
    ws = Workspace.open(path)
    try:
        scenario = ws.scenario("btc-minus-50")
        fall = dataclasses.replace(scenario, id="pkr-fall", name="Rupee falls 20%",
                                   params={**scenario.params, "fx_depreciation": 0.2})
        ws.save_scenario(fall)
        plan = stress.plan_run(ws, fall)
        out = stress.execute(plan)
        run_id = ws.save_run(plan.inputs, out)
    finally:
        ws.close()
    f = out["fund_obligations"]
    assert f["payments"] and f["local_missing"] is None
    days, rates = rates_from_file(ALT_PKR)
    start = dt.date.fromisoformat(out["start_date"])
    rate, rate_date = by_hand(days, rates, start, start)
    at_path = sum(p["amount_usd"] for p in f["payments"]) * rate  # held flat: the sample assumes no path
    for args in (("--currency", "PKR"), ()):  # in US$ too: the fall is the run's own
        text = report_text(path, tmp_path / "run.pdf", "--sections", "stress", "--runs", str(run_id), "--force", *args)
        assert (f"In PKR: {fmt.money_short(at_path, 'PKR')} at PKR {fmt.number(rate, 2)} per US$ (the rate of {rate_date}), "
                "held flat after the valuation date.") in text
        assert (f"If the PKR loses 20.0% of its US$ value on day 1: {fmt.money_short(at_path / 0.8, 'PKR')}, "
                f"{fmt.money_short(at_path / 0.8 - at_path, 'PKR')} more.") in text


def test_a_runs_local_cost_without_a_rate_or_a_currency_says_why():
    from desktop.core import fx
    from desktop.core.summary import Money, fund_obligations_text

    start = dt.date(2025, 12, 19)
    f = {"payments": [{"date": "2026-03-01", "amount_sdr": 100e6, "amount_usd": 133e6}], "fx_depreciation": 0.2,
         "total_sdr": 100e6, "total_usd": 133e6, "usd_per_sdr": 1.33, "currency": "PKR", "fx_date": None,
         "local_missing": "no_rate"}
    text = fund_obligations_text(f, Money(fx.Converter("USD", start)), start)
    assert text.startswith("<b>Due to the IMF within the horizon</b>: SDR 100.0 m (US$133.0 m at US$1.3300 per SDR")
    assert text.endswith("Their cost in PKR is not given: no PKR rate on or in the 31 days before 2025-12-19.")
    f.update(currency=None, local_missing="no_local_currency")
    assert fund_obligations_text(f, Money(fx.Converter("USD", start)), start).endswith(
        "the workspace named no local currency when the run was made.")
    assert fund_obligations_text({**f, "fx_depreciation": 0.0}, Money(fx.Converter("USD", start)), start) == ""


@needs_pkr
def test_a_stress_runs_test_dates_and_sale_advice_are_in_the_currency(sample_copy, tmp_path):
    from desktop.core import stress

    path = sample_copy("el-salvador")
    import_rates(path, ALT_PKR, "PKR")
    ws = Workspace.open(path)
    try:
        plan = stress.plan_run(ws, ws.scenario("btc-minus-50"))
        out = stress.execute(plan)
        run_id = ws.save_run(plan.inputs, out)
    finally:
        ws.close()
    text = report_text(path, tmp_path / "run.pdf", "--sections", "stress", "--runs", str(run_id), "--currency", "PKR")
    days, rates = rates_from_file(ALT_PKR)
    start = dt.date.fromisoformat(out["start_date"])
    short = [t for t in out["test_dates"] if (t["uncovered_usd"] or 0) > 0]
    assert short
    for t in short:  # each test date after the start at the start's rate, held flat
        rate = by_hand(days, rates, dt.date.fromisoformat(t["date"]), start)[0]
        assert f"{fmt.money_short(t['uncovered_usd'] * rate, 'PKR')} still short" in text
        assert f"{t['date']} {fmt.number(t['nir_usd'] * rate / MILLION, 0)} {fmt.number(t['headroom_usd'] * rate / MILLION, 0)}" in text
