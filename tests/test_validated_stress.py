"""Issue 16, items 5 and 7 and the execution-cost convention: a stress run is as of its valuation date, and a sale
pays the square-root law's expected execution cost, never selling more than is held.

Expected figures come from the published inputs and closed forms, not from the code under test: the NIR baseline
is rebuilt here from the reserve observation, the purchases and the payments; the execution cost is the average
of the square-root impact over a sale spread through the day, (1/Q) int_0^Q sqrt(q) dq / sqrt(Q) = 2/3 (Toth et
al. 2011).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate

from desktop.core import stress
from desktop.core.io.macro_csv import import_macro
from desktop.core.summary import Paragraph, Table, build_report

VALUED = dt.date(2025, 11, 18)  # the El Salvador sample's valuation date (its last BTC close)
END_2025 = dt.date(2025, 12, 31)  # a test date, and the date of the sample's second reserve observation
PROGRAM = 3


def _baseline(ws, scenario_id: str = "btc-minus-50", date: dt.date = VALUED) -> list[dict]:
    return stress.plan_run(ws, ws.scenario(scenario_id), date).inputs["test_dates"]


def test_a_baseline_is_projected_from_what_was_known_on_the_valuation_date(es):
    """As of 2025-11-18 the end-2025 headroom is projected from the December 2024 observation by the member's flows
    with the Fund, not read off the end-2025 observation. The observation is gross reserves (US$3,825.09 m: BCR's
    net international reserves of US$3,482.86 m plus its short-term external liabilities of US$342.23 m, the
    sample's reconstruction), from which the NIR subtracts those liabilities; the 2020 RFI's last repurchases fall
    in 2025: headroom -US$620 m (it was -US$524 m before the RFI was in the sample: its 2025 repurchases, SDR
    71.8 m, are the difference)."""
    (a,) = [x for x in es.arrangements if x.facility == "EFF"]
    row = next(t for t in _baseline(es) if t["date"] == END_2025.isoformat())
    assert row["reserves_date"] == "2024-12-31"
    # rebuilt here: reserves at the observation, plus purchases after it, less every payment to the Fund after it,
    # less the Fund's credit at the test date (the RFI is repaid by April 2025; no EFF repurchase falls due before
    # 2029, so the credit is every EFF purchase so far)
    seen = dt.date(2024, 12, 31)
    gross = 3_482.86e6 + 342.23e6 - 342.23e6  # gross reserves less the short-term reserve liabilities
    gross += sum(p.amount_sdr for x in es.arrangements for p in x.purchases if seen < p.date <= END_2025) * a.usd_per_sdr
    paid = sum(r.total_sdr for s in es.fund_position().schedules.values() for r in s.rows if seen < r.date <= END_2025)
    gross -= paid * a.usd_per_sdr
    credit = sum(p.amount_sdr for p in a.purchases if p.date <= END_2025) * a.usd_per_sdr
    assert row["baseline_nir_usd"] == pytest.approx(gross - credit, rel=1e-12)
    headroom = row["baseline_nir_usd"] - row["adjusted_floor_usd"]
    assert headroom == pytest.approx(-620e6, abs=1e6)


def test_an_observation_dated_after_the_valuation_date_changes_nothing(es, tmp_path):
    """Acceptance: adding a reserve observation after the valuation date leaves the run's baseline as it was."""
    before = _baseline(es)
    later = tmp_path / "later.csv"
    later.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                     "imports_usd,remittances_usd,regime\n2025-11-30,9000000000,,,,,,,\n")
    import_macro(es.store, later)
    es.invalidate()
    assert any(m.date == dt.date(2025, 11, 30) for m in es.macro_inputs)
    assert _baseline(es) == before
    # and the run says it left them out, naming them
    plan = stress.plan_run(es, es.scenario("btc-minus-50"), VALUED)
    note = next(n for n in plan.inputs["notes"] if "are not used" in n)
    assert "2025-11-30" in note and "2025-12-31" in note
    # from a later valuation date the same observation is known, and used
    on_dec_1 = _baseline(es, date=dt.date(2025, 12, 1))
    assert {t["reserves_date"] for t in on_dec_1} == {"2025-11-30"}


def test_a_run_valued_after_an_observation_uses_it(es):
    """As of 2025-12-31 the end-2025 observation is known: the June 2026 baseline starts from it."""
    (row,) = _baseline(es, date=END_2025)  # 2025-12-31 itself is day 0, outside the horizon
    assert row["date"] == "2026-06-30" and row["reserves_date"] == "2025-12-31"


def test_the_program_tab_and_the_pdf_show_the_same_as_of_baseline(window, sample_copy, es):
    """What the window and the PDF call the projected NIR at a test date is the stress run's baseline."""
    expected = {t["date"]: t for t in _baseline(es)}
    window.open_workspace(es.path)
    window.date_edit.setDate(QDate(VALUED.year, VALUED.month, VALUED.day))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    shown = {t.date.isoformat(): t for t in program.test_model.records}
    assert shown.keys() == expected.keys()
    for day, t in shown.items():
        assert t.nir_usd == pytest.approx(expected[day]["baseline_nir_usd"], rel=1e-12)
        assert t.reserves_date.isoformat() == expected[day]["reserves_date"]
    column = [c.title for c in program.test_model.columns].index("Reserves as of")
    tip = program.test_model.data(program.test_model.index(0, column), 3)  # ToolTipRole
    assert "are not used" in tip and "2025-12-31" in tip
    assert program.tests_note.isVisibleTo(window) and program.tests_note.text() == tip
    program_section = next(x for x in build_report(es, date=VALUED, sections=["program"]).sections if x.key == "program")
    table = next(b for b in program_section.blocks if isinstance(b, Table) and b.title.startswith("NIR at the test dates"))
    assert [r[-1] for r in table.rows] == [expected[r[0]]["reserves_date"] for r in table.rows]
    assert any(isinstance(b, Paragraph) and "are not used" in b.text for b in program_section.blocks)


# ---- the execution cost keeps the cap (item 7) ----------------------------------------------------------


@pytest.mark.parametrize("volume_usd", [10e9, 1e9, 1e8])
def test_the_advice_never_sells_more_than_held_and_nets_the_gap_at_two_thirds_of_peak_impact(es, volume_usd):
    """Across liquidity from deep to thin, each advised sale nets what it claims at the expected cost
    (2/3 of the peak impact), and never exceeds the holdings."""
    for scenario_id in ("btc-minus-50", "btc-minus-80", "remittances-minus-20"):
        out = stress.execute(stress.plan_run(es, es.scenario(scenario_id), VALUED, daily_volume_usd=volume_usd))
        vol = out["daily_volatility_for_impact"]
        for t in out["test_dates"]:
            if t["headroom_usd"] is None or t["headroom_usd"] >= 0:
                continue
            sold_usd = t["btc_to_sell"] * t["btc_price_p05_usd"]
            peak = 1.0 * vol * (sold_usd / volume_usd) ** 0.5
            assert t["btc_to_sell"] <= out["btc"] * (1 + 1e-12)
            assert t["peak_impact"] == pytest.approx(peak, rel=1e-9)
            assert t["impact_cost_usd"] == pytest.approx(sold_usd * 2 / 3 * peak, rel=1e-9)
            net = sold_usd - t["impact_cost_usd"]
            assert net + t["uncovered_usd"] == pytest.approx(-t["headroom_usd"], rel=1e-9)


def test_a_run_names_its_var_rule_and_follows_it(es):
    """Item 6: the historical quantile rule is named in the output. Under it, with n paths, VaR at a is the k-th
    largest loss, k = ceil(n(1 - a)): on 1,000 paths the 50th largest at 95%, the 10th at 99%."""
    plan = stress.plan_run(es, es.scenario("mc-gbm"), VALUED, paths=1_000, seed=5)
    out = stress.execute(plan)
    assert "ceil(n(1 - a))" in out["conventions"]["historical_quantile"]
    from desktop.core.engine.simulate import Request, simulate
    from desktop.core.stress import _model

    model, _ = _model(plan.inputs, plan.history)
    terminal = simulate(Request(model=model, paths=1_000, horizon_days=plan.inputs["scenario"]["horizon_days"],
                                seed=5, value_days=(1,))).terminal
    losses = sorted(1.0 - terminal, reverse=True)
    assert out["var"]["0.95"] == pytest.approx(losses[49], rel=1e-12)
    assert out["var"]["0.99"] == pytest.approx(losses[9], rel=1e-12)


def test_simulate_with_prices_takes_its_volatility_from_them(tmp_path):
    """`simulate --model gbm --prices CSV` without --vol calibrates as a stress run does (sample standard deviation
    of the daily log returns, ddof=1, x sqrt(365)); it used to refuse, asking for the --prices it had been given."""
    import json
    import math
    import subprocess

    from conftest import cli_command

    closes = [100.0 * math.exp(0.02 * math.sin(k) + 0.001 * k) for k in range(400)]
    csv = tmp_path / "prices.csv"
    csv.write_text("date,close\n" + "".join(f"{dt.date(2020, 1, 1) + dt.timedelta(days=k)},{c!r}\n"
                                          for k, c in enumerate(closes)))
    logs = [math.log(b / a) for a, b in zip(closes, closes[1:], strict=False)]
    mean = sum(logs) / len(logs)
    vol = math.sqrt(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1) * 365)

    def run(*extra):
        done = subprocess.run([*cli_command(), "simulate", "--model", "gbm", "--paths", "2000", "--horizon-days", "30",
                               *extra], capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    calibrated, given = run("--prices", str(csv)), run("--vol", repr(vol))
    assert calibrated["terminal"] == pytest.approx(given["terminal"], rel=1e-9)


def test_the_as_of_note_names_only_observations_a_test_date_would_have_used(es, tmp_path):
    """Window, PDF and run say it on one condition: a later observation dated on or before the last test date."""
    later = tmp_path / "later.csv"
    later.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                     "imports_usd,remittances_usd,regime\n2026-10-31,5000000000,,,,,,,\n")
    import_macro(es.store, later)
    es.invalidate()
    plan = stress.plan_run(es, es.scenario("btc-minus-50"), VALUED)
    (note,) = [n for n in plan.inputs["notes"] if "are not used" in n]
    assert "2025-12-31" in note and "2026-10-31" not in note  # after the last test date (2026-06-30): irrelevant
    short = dataclasses.replace(es.scenario("btc-minus-50"), horizon_days=20)  # no test date within 20 days
    assert not [n for n in stress.plan_run(es, short, VALUED).inputs["notes"] if "are not used" in n]


# ---- runs stored by an earlier engine (review) ---------------------------------------------------------


def _as_stored_by(summary: dict, engine: int) -> dict:
    """A summary as engine "stress 2" (no cap, no execution cost) or "stress 3" (cap, peak cost) stored it."""
    old = {k: v for k, v in summary.items() if k != "conventions"}
    drop = {"peak_impact"} | ({"btc_to_sell", "btc_held", "uncovered_usd"} if engine == 2 else set())
    old["test_dates"] = [{k: v for k, v in t.items() if k not in drop} for t in summary["test_dates"]]
    return old


def test_a_run_of_an_earlier_engine_says_so_and_keeps_its_own_cost_rule(es):
    plan = stress.plan_run(es, es.scenario("btc-minus-80"), VALUED)
    today = stress.execute(plan)
    assert stress.with_sale_advice(today, plan.inputs) is today  # a run of this engine is shown as it is
    for engine in (2, 3):
        shown = stress.with_sale_advice(_as_stored_by(today, engine), plan.inputs)
        assert stress.is_earlier_engine(shown) and stress.EARLIER_ENGINE_NOTE in shown["notes"]
    # a "stress 2" run's sale is recomputed under its own rule, the whole peak impact: W (1 - a sqrt(W)) with
    # a = Y sigma / sqrt(V), W the value of the whole stock at the 5th-percentile price
    row = next(t for t in stress.with_sale_advice(_as_stored_by(today, 2), plan.inputs)["test_dates"] if t["date"] == "2026-06-30")
    a = today["daily_volatility_for_impact"] / stress.DEFAULT_DAILY_VOLUME_USD ** 0.5
    whole = row["btc_held"] * row["btc_price_p05_usd"]
    assert row["btc_to_sell"] == pytest.approx(row["btc_held"], rel=1e-12)
    assert row["uncovered_usd"] == pytest.approx(-row["headroom_usd"] - whole * (1 - a * whole ** 0.5), rel=1e-9)


def test_the_window_labels_an_earlier_engine_run_by_its_own_rules(window, es):
    from desktop.gui.stress_results import RunResults

    plan = stress.plan_run(es, es.scenario("btc-minus-80"), VALUED)
    view = RunResults()
    labels = {}
    for name, summary in (("today", stress.execute(plan)), ("earlier", _as_stored_by(stress.execute(plan), 3))):
        view.show_run(summary, name)
        model = view.test_model
        labels[name] = {f.label: f.tip for f in model.records}
    assert "Execution cost of that one-day sale (US$ m)" in labels["today"]
    assert "Impact cost of that one-day sale (US$ m)" in labels["earlier"]
    assert "1e-8" in labels["earlier"]["Schedule: expected cost (US$ m)"]
    assert "even" in labels["today"]["Schedule: expected cost (US$ m)"]
    assert stress.EARLIER_ENGINE_NOTE in view.notes.text()


@pytest.mark.parametrize("model", ["fhs", "garch"])
def test_a_history_that_never_moves_is_refused_by_name_not_by_a_crash(tmp_path, model):
    """FHS and GARCH divide by the history's variance: prices that never change are refused with the reason
    (the FHS filter used to stop with "internal error: float division by zero")."""
    import subprocess

    from conftest import cli_command

    flat = tmp_path / "flat.csv"
    flat.write_text("date,close\n" + "".join(f"{dt.date(2020, 1, 1) + dt.timedelta(days=k)},100\n" for k in range(400)))
    done = subprocess.run([*cli_command(), "simulate", "--model", model, "--prices", str(flat), "--paths", "100"],
                          capture_output=True, text=True)
    assert done.returncode != 0 and "internal error" not in done.stderr
    assert "returns that vary" in done.stderr
