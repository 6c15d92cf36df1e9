"""Stress runs on the workspace: every built-in scenario, published depths, monotonicity, reproduction,
cancelling, and the test-date arithmetic checked by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import shutil
import subprocess

import numpy as np
import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core import stress
from desktop.core.engine.liquidity import square_root_impact
from desktop.core.errors import Cancelled
from desktop.core.io.prices_csv import import_prices
from desktop.core.workspace import Workspace

BUILT_IN = ("btc-2013-15", "btc-2017-18", "btc-2021-22", "btc-covid-2020", "btc-ftx-2022", "btc-2025-26",
            "btc-minus-50", "btc-minus-80", "remittances-minus-20", "imf-downside",
            "mc-gbm", "mc-student-t", "mc-garch", "mc-bootstrap")
TEST_DATE_KEYS = {"date", "nir_floor_usd", "nir_usd", "headroom_usd", "btc_value_p05_usd", "btc_needed_to_cover",
                  "prob_btc_insufficient"}
needs_btc_history = pytest.mark.skipif(not (SHARED_DATA / "btc_usd_daily.csv").exists(),
                                       reason="../shared/data/btc_usd_daily.csv is not present")


@pytest.fixture
def workspace(sample_copy):
    opened = []

    def open_(sample: str) -> Workspace:
        ws = Workspace.open(sample_copy(sample))
        opened.append(ws)
        return ws

    yield open_
    for ws in opened:
        ws.close()


@pytest.fixture(scope="module")
def with_history(tmp_path_factory, sample_files):
    """The El Salvador sample with the real daily BTC history imported (built once for the module)."""
    if not (SHARED_DATA / "btc_usd_daily.csv").exists():
        pytest.skip("../shared/data/btc_usd_daily.csv is not present")
    path = tmp_path_factory.mktemp("history") / "es.db"
    shutil.copyfile(sample_files["el-salvador"], path)
    ws = Workspace.open(path)
    import_prices(ws.store, SHARED_DATA / "btc_usd_daily.csv")
    ws.invalidate()
    yield ws
    ws.close()


def run(ws, scenario_id, **overrides):
    s = ws.scenario(scenario_id)
    horizon = overrides.pop("horizon_days", None)
    params = overrides.pop("params", None)
    if horizon or params:
        s = dataclasses.replace(s, horizon_days=horizon or s.horizon_days, params={**s.params, **(params or {})})
    plan = stress.plan_run(ws, s, **overrides)
    return plan, stress.execute(plan)


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan"])
def test_every_built_in_scenario_runs_on_both_samples(workspace, sample):
    ws = workspace(sample)
    assert {s.id for s in ws.scenarios} >= set(BUILT_IN)
    for scenario_id in BUILT_IN:
        _, out = run(ws, scenario_id, paths=2_000)
        h = ws.holdings()
        assert out["start_value_usd"] == pytest.approx(h.total_btc * h.price_usd)
        assert {"model", "paths", "seed", "horizon_days", "terminal", "var", "es", "max_drawdown", "elapsed_s",
                "test_dates"} <= out.keys()
        t = out["terminal"]
        assert t["p01"] <= t["p05"] <= t["p50"] <= t["p95"] <= t["p99"]
        assert len(out["fan"]["days"]) == len(out["fan"]["p50"]) and out["fan"]["days"][-1] == out["horizon_days"]
        for row in out["test_dates"]:
            assert row.keys() >= TEST_DATE_KEYS
        json.dumps(out, allow_nan=False)  # storable as it is


def test_samples_say_where_monte_carlo_parameters_came_from(workspace):
    ws = workspace("pakistan")
    _, out = run(ws, "mc-bootstrap", paths=1_000)
    assert out["model"] == "gbm" and "No daily price history" in out["calibration"]
    _, out = run(ws, "mc-gbm", paths=1_000)
    assert "61.8%" in out["calibration"]


@needs_btc_history
@pytest.mark.parametrize("scenario_id, published", [
    ("btc-2013-15", 0.845), ("btc-2017-18", 0.834), ("btc-2021-22", 0.766), ("btc-2025-26", 0.495)])
def test_replayed_episodes_reach_their_published_depth(with_history, scenario_id, published):
    _, out = run(with_history, scenario_id, horizon_days=450)
    assert out["source"] == "replayed"
    trough = out["terminal"]["p50"] / out["start_value_usd"]  # the path holds the trough to the horizon
    assert 1 - trough == pytest.approx(published, abs=0.005)


@needs_btc_history
@pytest.mark.parametrize("scenario_id, peak, trough", [("btc-covid-2020", "2020-03-08", "2020-03-12"),
                                                      ("btc-ftx-2022", "2022-11-05", "2022-11-09")])
def test_short_episodes_replay_the_imported_closes(with_history, scenario_id, peak, trough):
    """The scenario library's published 4-day figures (-34.1%, -26.1%) use another day convention than the
    imported Yahoo closes; the replay follows the closes the user imported, computed here straight from the CSV."""
    lines = (SHARED_DATA / "btc_usd_daily.csv").read_text().splitlines()[1:]
    closes = dict(line.split(",") for line in lines)
    _, out = run(with_history, scenario_id)
    assert out["source"] == "replayed"
    assert 1 - out["terminal"]["p50"] / out["start_value_usd"] == pytest.approx(
        1 - float(closes[trough]) / float(closes[peak]), abs=1e-9)


@pytest.mark.parametrize("scenario_id", ["btc-2013-15", "btc-2017-18", "btc-2021-22", "btc-covid-2020",
                                         "btc-ftx-2022", "btc-2025-26"])
def test_stylised_episodes_reach_their_published_depth(workspace, scenario_id):
    ws = workspace("el-salvador")  # month-end closes only: every episode is stylised
    published = ws.scenario(scenario_id).params["depth"]
    _, out = run(ws, scenario_id, horizon_days=450)
    assert out["source"] == "stylised"
    assert 1 - out["terminal"]["p50"] / out["start_value_usd"] == pytest.approx(published, abs=0.005)
    assert out["max_drawdown"]["p50"] == pytest.approx(published, abs=1e-9)


def test_an_episode_longer_than_the_horizon_says_so(workspace):
    _, out = run(workspace("el-salvador"), "btc-2013-15", horizon_days=200)
    assert any("after the 200-day horizon" in n for n in out["notes"])


def test_deeper_shocks_never_look_better(workspace):
    """Over a grid of bitcoin and remittance shocks: a deeper shock never raises the 5th-percentile value
    and never lowers the bitcoin needed at any test date."""
    ws = workspace("el-salvador")
    previous = None
    for remittances in (0.0, -0.1, -0.2, -0.4):
        row = []
        for btc in (0.0, -0.2, -0.4, -0.6, -0.8, -0.95):
            _, out = run(ws, "imf-downside", params={"btc_shock": btc, "macro_shocks": {"remittances": remittances}})
            needed = [t["btc_needed_to_cover"] for t in out["test_dates"]]
            row.append((out["terminal"]["p05"], [math.inf if n is None else n for n in needed]))
        for (v0, n0), (v1, n1) in zip(row, row[1:], strict=False):  # deeper bitcoin shock
            assert v1 <= v0 and all(b >= a for a, b in zip(n0, n1, strict=True))
        if previous:  # deeper remittance shock, same bitcoin shock
            for (v0, n0), (v1, n1) in zip(previous, row, strict=True):
                assert v1 == v0 and all(b >= a for a, b in zip(n0, n1, strict=True))
        previous = row
    assert previous[-1][1][-1] > previous[0][1][-1] > 0  # the grid reaches shortfalls


def test_test_date_arithmetic_by_hand(workspace):
    """remittances-minus-20 on El Salvador: the loss, the headroom and the bitcoin to sell, computed here."""
    ws = workspace("el-salvador")
    plan, out = run(ws, "remittances-minus-20")
    remittances = ws.macro_on(ws.default_date())[0]["remittances_usd"]
    row = out["test_dates"][-1]
    days = (np.datetime64(row["date"]) - np.datetime64(out["start_date"])).astype(int)
    loss = 0.2 * remittances * min(days / (365 / 12), 12) / 12
    assert row["macro_loss_usd"] == pytest.approx(loss, rel=1e-12)
    assert row["headroom_usd"] == pytest.approx(row["baseline_nir_usd"] - loss - row["adjusted_floor_usd"], rel=1e-12)
    shortfall = -row["headroom_usd"]
    assert shortfall > 0
    price, btc = row["btc_price_p05_usd"], row["btc_to_sell"]
    assert price == pytest.approx(out["price_usd"])  # no bitcoin shock in this scenario
    daily_vol, volume_btc = out["daily_volatility_for_impact"], stress.DEFAULT_DAILY_VOLUME_USD / price
    peak = square_root_impact(btc, volume_btc, daily_vol)
    # a sale spread through the day pays, on average, the impact of what it has sold so far:
    # (1/Q) int_0^Q Y sigma sqrt(q / V) dq = (2/3) Y sigma sqrt(Q / V) (Toth et al. 2011)
    cost = 2 / 3 * peak
    # proceeds net of the execution cost close the gap, or what is held is all sold and the rest stays short
    assert btc <= out["btc"] and (row["uncovered_usd"] == 0 or btc == pytest.approx(out["btc"], rel=1e-12))
    assert btc * price * (1 - cost) == pytest.approx(shortfall - row["uncovered_usd"], rel=1e-9)
    assert row["impact_cost_usd"] == pytest.approx(btc * price * cost, rel=1e-9)
    assert row["peak_impact"] == pytest.approx(peak, rel=1e-9)
    assert row["prob_btc_insufficient"] == (0.0 if row["uncovered_usd"] == 0 else 1.0)
    schedule = row["liquidation"]
    assert sum(schedule["schedule_btc"]) == pytest.approx(btc) and schedule["days"] == 10
    # a risk-neutral seller sells evenly over the days the user chose, and pays the square-root law's
    # expected cost at that daily rate, day after day
    assert schedule["schedule_btc"] == pytest.approx([btc / 10] * 10, rel=1e-12)
    even_cost = 10 * (btc / 10) * price * 2 / 3 * square_root_impact(btc / 10, volume_btc, daily_vol)
    assert schedule["expected_cost_usd"] == pytest.approx(even_cost, rel=1e-9)
    # its timing risk: the price moves sigma P a day on what is still held (Almgren & Chriss 2000, eq. for V)
    held = [btc * (1 - k / 10) for k in range(1, 11)]
    assert schedule["cost_std_usd"] == pytest.approx(math.sqrt(sum((daily_vol * price * x) ** 2 for x in held)), rel=1e-9)


def test_a_shortfall_beyond_any_sale_is_reported(workspace):
    ws = workspace("el-salvador")
    _, out = run(ws, "remittances-minus-20", params={"macro_shocks": {"remittances": -1.0}}, daily_volume_usd=1e6)
    row = out["test_dates"][-1]
    assert row["btc_needed_to_cover"] is None and row["prob_btc_insufficient"] == 1.0
    assert any("more than any one-day sale" in n for n in out["notes"])


def test_missing_macro_figure_is_named(sample_copy):
    import sqlite3

    path = sample_copy("el-salvador")
    with sqlite3.connect(path) as db:  # the samples carry every input: take the exports out of this copy
        db.execute("UPDATE macro_inputs SET exports_usd = NULL")
    db.close()
    ws = Workspace.open(path)
    try:
        _, out = run(ws, "imf-downside")
    finally:
        ws.close()
    assert any("No exports figure" in n for n in out["notes"])


def test_a_stored_run_reproduces_bit_for_bit(with_history):
    ws = with_history
    for scenario_id in ("mc-bootstrap", "mc-garch", "btc-2021-22"):
        plan, out = run(ws, scenario_id, paths=3_000)
        run_id = ws.save_run(plan.inputs, out)
        inputs, stored = ws.stored_run(run_id)
        again = stress.execute(stress.RunPlan(inputs, stress.history_for(ws, inputs)), threads=1)
        for summary in (stored, again):
            summary.pop("elapsed_s")
        assert json.dumps(again, sort_keys=True) == json.dumps(stored, sort_keys=True)


def test_a_stored_run_on_changed_prices_is_refused(workspace):
    ws = workspace("el-salvador")
    # a daily history for the run to draw from (the sample holds month-end closes only)
    known = {p.date for p in ws.prices("BTC")}
    days = [dt.date(2025, 11, 30) - dt.timedelta(days=i) for i in range(400)]
    closes = 90_000 * np.exp(np.cumsum(np.random.default_rng(3).normal(0, 0.03, len(days))))
    with ws.store.transaction() as w:
        w.insert_batch("prices", [{"asset": "BTC", "date": day, "close_usd": float(close), "source": "test"}
                                  for day, close in zip(days, closes, strict=True) if day not in known], label="test")
    plan = stress.plan_run(ws, ws.scenario("mc-bootstrap"), paths=1_000)
    ref = plan.inputs["history"]
    assert ref is not None and ref["returns"] >= 365
    assert np.array_equal(stress.history_for(ws, plan.inputs), plan.history)  # prices unchanged: the same returns
    changed = (dt.date.fromisoformat(ref["first_date"]) + dt.timedelta(days=100)).isoformat()  # inside the range
    with ws.store.transaction() as w:
        close = ws.store.db["prices"].get(("BTC", changed))["close_usd"]
        w.update("prices", ("BTC", changed), {"close_usd": close * 1.001})
    with pytest.raises(stress.StressError, match="have changed since this run"):
        stress.history_for(ws, plan.inputs)


def test_cancel_stops_within_one_chunk_and_returns_no_summary(workspace):
    """A cancelled run raises, so no caller has a summary to store (the Stress tab's worker stores what
    ``execute`` returns: tests/test_stress_tab.py checks that a cancelled run leaves nothing stored)."""
    ws = workspace("el-salvador")
    plan = stress.plan_run(ws, ws.scenario("mc-gbm"), paths=200_000)
    progress = []
    with pytest.raises(Cancelled):
        stress.execute(plan, progress.append, cancelled=lambda: len(progress) >= 1, threads=1)
    assert len(progress) == 1  # the chunk under way finished; no other started


def test_bad_scenarios_are_refused_naming_the_field(workspace):
    ws = workspace("el-salvador")
    bad = dataclasses.replace(ws.scenario("mc-gbm"), params={"model": "gbm", "vol": float("nan"), "paths": 0})
    with pytest.raises(stress.StressError) as caught:
        stress.plan_run(ws, bad)
    assert "vol: must be a finite number" in str(caught.value) and "paths: 0 is outside" in str(caught.value)


def test_cli_runs_a_scenario_and_stores_it(sample_copy):
    path = sample_copy("el-salvador")
    done = subprocess.run([*cli_command(), "simulate", "--workspace", str(path), "--scenario", "mc-student-t",
                           "--paths", "2000", "--seed", "7", "--save", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["paths"] == 2000 and out["seed"] == 7 and out["test_dates"]
    assert out["test_dates"][0].keys() >= TEST_DATE_KEYS
    ws = Workspace.open(path)
    try:
        assert ws.runs()[0]["id"] == out["run_id"] and ws.runs()[0]["seed"] == 7
    finally:
        ws.close()
    done = subprocess.run([*cli_command(), "simulate", "--workspace", str(path), "--scenario", "no-such"],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "no scenario 'no-such'" in done.stderr and "Traceback" not in done.stderr
