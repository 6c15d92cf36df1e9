"""The stress runs' local-currency depreciation shock: the payments due to the Fund within the horizon priced in
the member's currency with and without the shock (hand figures), the scenario parameter's rules, stored runs
reproducing bit for bit (those of the engine before it unchanged), and the Stress tab's figures in the toolbar's
currency."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.core import domain as d
from desktop.core import fmt, fx, stress
from desktop.core.io.fx_csv import import_fx
from desktop.core.scenario_rules import scenario_problems
from desktop.core.workspace import Workspace, store_run

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
OLD_RUNS = Path(__file__).parent / "data" / "stress-5-runs.json"
START = "2025-12-19"  # the Pakistan sample's valuation date


def hand_inputs(shock: float, depreciation: float = 0.0, rows=None) -> dict:
    """A run's recorded inputs for the block alone: PKR 280 per US$ on the start date, SDR 100 m due at US$1.33."""
    rows = rows if rows is not None else [{"date": "2026-03-01", "line": "EFF", "amount_sdr": 100e6, "amount_usd": 133e6}]
    return {"start_date": START,
            "fx": {"currency": "PKR", "per_usd": 280.0, "rate_date": START, "depreciation_per_year": depreciation,
                   "shock": shock},
            "fund_payments": {"usd_per_sdr": 1.33, "missing": None, "rows": rows}}


def test_a_20_percent_fall_raises_the_rupee_cost_of_the_fund_by_a_quarter():
    f = stress.fund_obligations(hand_inputs(0.2))
    assert f["total_sdr"] == 100e6 and f["total_usd"] == 133e6
    assert f["local_at_path"] == pytest.approx(133e6 * 280, rel=1e-15)  # PKR 37,240 m
    assert f["payments"][0]["fx_rate_shocked"] == pytest.approx(350.0, rel=1e-15)  # 280 / (1 - 0.2)
    assert f["local_with_shock"] == pytest.approx(46_550e6, rel=1e-15)
    assert f["shock_cost_local"] == pytest.approx(9_310e6, rel=1e-12)
    assert f["local_with_shock"] / f["local_at_path"] == pytest.approx(1.25, rel=1e-15)
    assert f["local_missing"] is None and f["currency"] == "PKR" and f["fx_depreciation"] == 0.2


def test_no_shock_costs_nothing_more_and_the_path_moves_each_payment_by_its_own_date():
    rows = [{"date": "2026-12-19", "line": "EFF", "amount_sdr": 100e6, "amount_usd": 133e6},
            {"date": "2027-12-19", "line": "EFF", "amount_sdr": 50e6, "amount_usd": 66.5e6}]
    f = stress.fund_obligations(hand_inputs(0.0, depreciation=0.10, rows=rows))
    # the workspace's path: the rupee loses 10% of its US$ value a year after the start, by days / 365.25
    one, two = 280 / 0.9 ** (365 / 365.25), 280 / 0.9 ** (730 / 365.25)
    assert [r["fx_rate_path"] for r in f["payments"]] == pytest.approx([one, two], rel=1e-14)
    assert f["local_at_path"] == pytest.approx(133e6 * one + 66.5e6 * two, rel=1e-14)
    assert f["local_with_shock"] == f["local_at_path"] and f["shock_cost_local"] == 0.0


def test_without_a_local_currency_or_its_rate_the_local_figures_say_why():
    no_code = hand_inputs(0.2)
    no_code["fx"] = {"currency": None, "per_usd": None, "rate_date": None, "depreciation_per_year": 0.0, "shock": 0.2}
    f = stress.fund_obligations(no_code)
    assert f["local_missing"] == "no_local_currency" and f["total_usd"] == 133e6
    assert f["local_at_path"] is None and f["local_with_shock"] is None and f["shock_cost_local"] is None
    no_rate = hand_inputs(0.2)
    no_rate["fx"].update(per_usd=None, rate_date=None)
    f = stress.fund_obligations(no_rate)
    assert f["local_missing"] == "no_rate" and f["payments"][0]["local_at_path"] is None


@pytest.mark.parametrize("value, ok", [(0.0, True), (0.2, True), (0.9, True), (-0.1, False), (0.95, False),
                                       ("20%", False), (float("nan"), False), (True, False)])
def test_the_shock_is_a_fraction_from_0_to_90_percent(value, ok):
    s = d.Scenario(id="pkr-fall", name="Rupee falls", kind="shock", horizon_days=365,
                   params={"btc_shock": -0.1, "fx_depreciation": value})
    problems = scenario_problems(s)
    assert (problems == []) is ok, problems
    assert ok or all(p.startswith("fx_depreciation:") for p in problems)


def test_a_shock_scenario_may_be_a_currency_fall_alone():
    alone = d.Scenario(id="pkr-fall", name="Rupee falls", kind="shock", horizon_days=365,
                       params={"fx_depreciation": 0.25})
    assert scenario_problems(alone) == []
    assert scenario_problems(dataclasses.replace(alone, params={})) != []


@pytest.fixture
def pakistan(sample_copy, tmp_path):
    """The Pakistan sample (local currency PKR) with one rupee rate, PKR 280 per US$ on 2025-12-15."""
    ws = Workspace.open(sample_copy("pakistan"))
    rates = tmp_path / "pkr.csv"
    rates.write_text("date,close\n2025-12-15,280.0\n", encoding="utf-8")
    import_fx(ws.store, rates, currency="PKR")
    ws.invalidate()
    yield ws
    ws.close()


def pkr_fall(ws, shock: float = 0.2) -> d.Scenario:
    s = ws.scenario("btc-minus-50")
    return dataclasses.replace(s, params={**s.params, "fx_depreciation": shock})


def test_a_run_records_the_rupee_rate_the_path_the_shock_and_the_payments_due(pakistan):
    ws = pakistan
    assert ws.member.local_currency == "PKR"
    plan = stress.plan_run(ws, pkr_fall(ws))
    assert plan.inputs["fx"] == {"currency": "PKR", "per_usd": 280.0, "rate_date": "2025-12-15",
                                 "depreciation_per_year": 0.0, "shock": 0.2}
    position = ws.fund_position()
    start, end = dt.date(2025, 12, 19), dt.date(2026, 12, 19)
    due = [(r.date.isoformat(), line.name, r.total_sdr) for line, r in position.rows() if start < r.date <= end]
    recorded = plan.inputs["fund_payments"]["rows"]
    assert due and [(r["date"], r["line"], r["amount_sdr"]) for r in recorded] == due
    assert all(r["amount_usd"] == r["amount_sdr"] * position.usd_per_sdr for r in recorded)
    f = stress.execute(plan)["fund_obligations"]
    assert f["total_usd"] == pytest.approx(sum(r[2] for r in due) * position.usd_per_sdr, rel=1e-12)
    assert f["local_at_path"] == pytest.approx(f["total_usd"] * 280.0, rel=1e-12)  # held flat: the sample's path
    assert f["local_with_shock"] == pytest.approx(f["local_at_path"] * 1.25, rel=1e-12)


def test_a_run_without_a_local_currency_still_runs_and_says_the_local_figures_are_missing(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))  # dollarised: no local currency
    try:
        out = stress.execute(stress.plan_run(ws, ws.scenario("btc-minus-50")))
        f = out["fund_obligations"]
        assert f["local_missing"] == "no_local_currency" and f["local_with_shock"] is None
        assert f["total_usd"] == pytest.approx(f["total_sdr"] * f["usd_per_sdr"])
        ws.set_currency_settings(local_currency="PKR")  # named, but no rupee rate imported
        f = stress.execute(stress.plan_run(ws, ws.scenario("btc-minus-50")))["fund_obligations"]
        assert f["local_missing"] == "no_rate" and f["currency"] == "PKR"
    finally:
        ws.close()


def _without_timing(summary: dict) -> str:
    return json.dumps({k: v for k, v in summary.items() if k != "elapsed_s"}, sort_keys=True)


def test_a_stored_run_with_the_shock_reproduces_bit_for_bit(pakistan):
    plan = stress.plan_run(pakistan, pkr_fall(pakistan, 0.3))
    run_id = store_run(pakistan.store, plan.inputs, stress.execute(plan))
    inputs, stored = pakistan.stored_run(run_id)
    again = stress.execute(stress.RunPlan(inputs, stress.history_for(pakistan, inputs)))
    assert "fund_obligations" in stored
    assert _without_timing(again) == _without_timing(stored)


def test_runs_stored_by_the_engine_before_the_shock_reproduce_unchanged():
    """Runs stored by engine "stress 5" (made with the code of the commit before it, on both samples): today's
    engine re-executes them to the same summary, without a block they never recorded."""
    for sample, run in json.loads(OLD_RUNS.read_text(encoding="utf-8")).items():
        assert "stress 5" in run["inputs"]["engine_version"] and "fx" not in run["inputs"], sample
        again = stress.execute(stress.RunPlan(run["inputs"]))
        assert "fund_obligations" not in again
        assert _without_timing(again) == _without_timing(run["summary"]), sample


# ---- the window ----------------------------------------------------------------------------------------


def test_the_scenario_dialog_explains_and_keeps_the_shock(qtbot, pakistan):
    from desktop.gui.scenario_dialog import ScenarioDialog

    dialog = ScenarioDialog(pakistan, None, pkr_fall(pakistan, 0.25), duplicate=True)
    qtbot.addWidget(dialog)
    assert dialog.fx_depreciation.value() == 25.0
    assert "PKR 280 per US$ becomes 280 / (1 - 0.20) = PKR 350 per US$" in dialog.fx_depreciation.toolTip()
    assert dialog.scenario().params["fx_depreciation"] == 0.25
    dialog.fx_depreciation.setValue(0.0)
    assert "fx_depreciation" not in dialog.scenario().params  # 0: no shock, as before


def test_the_stress_tab_shows_a_run_in_rupees_and_what_the_fall_adds_to_the_fund(qtbot, pakistan):
    from desktop.gui.tabs.stress import StressTab

    tab = StressTab(pakistan, pakistan.default_date())
    qtbot.addWidget(tab)
    plan = stress.plan_run(pakistan, pkr_fall(pakistan))
    summary = stress.execute(plan)
    run_id = store_run(pakistan.store, plan.inputs, summary)
    tab.refresh()
    tab.run_view.selectRow(0)
    tab.open_selected_run()
    r = tab.results
    assert r.cards["start"].value.text() == fmt.usd_short(summary["start_value_usd"])  # US$: as before
    assert r.fund_view.model().headerData(6, _horizontal()).replace("\n", " ") == "PKR m with the shock"

    tab.set_currency("PKR")
    rate = pakistan.converter("PKR", dt.date(2025, 12, 19)).rate(dt.date(2025, 12, 19))
    assert rate.per_usd == 280.0
    assert r.cards["start"].value.text() == fmt.money_short(summary["start_value_usd"] * 280.0, "PKR")
    assert r.cards["start"].detail.text().startswith(f"{fmt.btc(summary['btc'])} BTC at "
                                                     f"{fmt.money(summary['price_usd'] * 280.0, 'PKR')} on ")
    assert r.cards["start"].toolTip() == rate.describe()
    f = summary["fund_obligations"]
    note = r.fund_note.text()
    assert fmt.money_short(f["local_at_path"], "PKR") in note and fmt.money_short(f["local_with_shock"], "PKR") in note
    assert "+25.0%" in note
    assert r.fund_model.records[-1]["local_with_shock"] == f["local_with_shock"]
    assert "Money figures in PKR" in r.notes.text()
    if summary["test_dates"]:
        header = [r.test_model.index(i, 0).data() for i in range(r.test_model.rowCount())]
        assert "Headroom (PKR m)" in header

    store_run(pakistan.store, plan.inputs, summary)  # a second run to compare with the first
    tab.refresh()
    tab.run_view.selectAll()
    tab.compare_selected_runs()
    rows = {row[0]: row[1] for row in tab.comparison.model.records}
    assert rows["Reserve today (PKR m)"] == [fmt.number(summary["start_value_usd"] * 280.0 / 1e6, 0)] * 2
    assert rows["Its local cost: at the path / with the shock"][0].endswith(fmt.money_short(f["local_with_shock"], "PKR"))
    tab.set_currency("USD")  # back to US$: the comparison as it always was
    rows = {row[0]: row[1] for row in tab.comparison.model.records}
    assert rows["Reserve today (US$ m)"] == [fmt.usd(summary["start_value_usd"] / 1e6)] * 2
    assert run_id == 1


def test_a_run_in_a_currency_without_a_rate_shows_dashes_and_says_why(qtbot, sample_copy):
    from desktop.gui.stress_results import RunResults

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        summary = stress.execute(stress.plan_run(ws, ws.scenario("btc-minus-50")))
        results = RunResults()
        qtbot.addWidget(results)
        start = dt.date.fromisoformat(summary["start_date"])
        results.show_run(summary, "run", ws.converter("PKR", start))  # no rupee rate in this workspace
        assert results.cards["start"].value.text() == "—"
        assert results.cards["start"].toolTip() == fx.no_rate_text("PKR", start)
        assert "no local currency" in results.fund_note.text()
    finally:
        ws.close()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_test_dates_and_cards_convert_each_figure_at_its_own_dates_rate(qtbot, sample_copy):
    """El Salvador's run in SDR (no SDR series: the EFF's own US$ per SDR, said so in every tooltip)."""
    from desktop.gui.stress_results import RunResults

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        summary = stress.execute(stress.plan_run(ws, ws.scenario("imf-downside")))
        start = dt.date.fromisoformat(summary["start_date"])
        conv = ws.converter("SDR", start)
        results = RunResults()
        qtbot.addWidget(results)
        results.show_run(summary, "run", conv)
        worst = min((t for t in summary["test_dates"] if t["headroom_usd"] is not None), key=lambda t: t["headroom_usd"])
        day = dt.date.fromisoformat(worst["date"])
        rate = conv.rate(day)
        assert rate.basis == "program"
        # by hand, not through the converter: the EFF 2025's US$1.3281 per SDR, so 1 / 1.3281 SDR per US$
        assert rate.per_usd == pytest.approx(1 / 1.3281, rel=1e-15)
        assert results.cards["headroom"].value.text() == fmt.money_short(worst["headroom_usd"] * rate.per_usd, "SDR")
        assert results.cards["headroom"].value.text() == fmt.money_short(worst["headroom_usd"] / 1.3281, "SDR")
        assert worst["uncovered_usd"] > 0  # what stays short after the sale, in the card's currency too
        assert results.cards["headroom"].detail.text().endswith(
            f"{fmt.money_short(worst['uncovered_usd'] * rate.per_usd, 'SDR')} still short")
        assert results.notes.text().startswith(f"Money figures in SDR at {rate.describe()}.")  # one rate: said once
        labels = [results.test_model.index(i, 0).data() for i in range(results.test_model.rowCount())]
        row = labels.index("Headroom (SDR m)")
        column = 1 + [t["date"] for t in summary["test_dates"]].index(worst["date"])
        cell = results.test_model.index(row, column)
        assert cell.data() == fmt.number(worst["headroom_usd"] * rate.per_usd / 1e6, 0)
        assert cell.data() == fmt.number(worst["headroom_usd"] / 1.3281 / 1e6, 0)
        from PySide6.QtCore import Qt

        assert rate.describe() in cell.data(Qt.ItemDataRole.ToolTipRole)
        qtbot.waitUntil(lambda: not results._pending)  # the charts are drawn a turn of the event loop later
        assert results.fan.getPlotItem().getAxis("left").labelText == "SDR millions"
        results.show_run(summary, "run")  # US$ again: as the window always showed it
        assert results.test_model.index(row, 0).data() == "Headroom (US$ m)"
        assert results.test_model.index(row, column).data() == fmt.number(worst["headroom_usd"] / 1e6, 0)
    finally:
        ws.close()


def test_a_run_on_show_converts_again_when_the_rates_change(qtbot, pakistan, tmp_path):
    """An import of rates (or its undo) reloads the tab: the run on show takes the new rate, not the one it was
    first drawn with."""
    from desktop.gui.tabs.stress import StressTab

    tab = StressTab(pakistan, pakistan.default_date())
    qtbot.addWidget(tab)
    plan = stress.plan_run(pakistan, pkr_fall(pakistan))
    summary = stress.execute(plan)
    store_run(pakistan.store, plan.inputs, summary)
    tab.refresh()
    tab.run_view.selectRow(0)
    tab.open_selected_run()
    tab.set_currency("PKR")
    assert fmt.money(summary["price_usd"] * 280.0, "PKR") in tab.results.cards["start"].detail.text()
    later = tmp_path / "later.csv"
    later.write_text("date,close\n2025-12-18,300.0\n", encoding="utf-8")
    import_fx(pakistan.store, later, currency="PKR")
    pakistan.invalidate()
    tab.reload()
    assert fmt.money(summary["price_usd"] * 300.0, "PKR") in tab.results.cards["start"].detail.text()
