"""Mining and accumulation policies, checked against hand computations and against the ledger itself."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import numpy as np
import pytest
from conftest import cli_command

from desktop.core import domain as d
from desktop.core import planner
from desktop.core.engine.mining import BlockPace, Fleet, Network, mine, own_hashrate_eh
from desktop.core.io.fields import InputError
from desktop.core.io.prices_csv import import_prices
from desktop.core.workspace import Workspace

S21 = {"mw": 2000, "j_per_th": 17.5, "pue": 1.10}
# blocks a day observed from block 840,000 (2024-04-20) to block 900,000 (2025-06-06), public blockchain record
PACE = (900_000 - 840_000) / (dt.date(2025, 6, 6) - dt.date(2024, 4, 20)).days


def share(own: float, network: float) -> float:
    return own / (network + own)


def test_megawatts_to_hashrate():
    assert own_hashrate_eh(**S21) == pytest.approx(2000e6 / (17.5 * 1.10) / 1e6)
    assert round(own_hashrate_eh(**S21), 1) == 103.9


def test_a_full_year_before_the_halving():
    days = mine(Fleet(**S21), Network(1000), dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    by_hand = 365 * PACE * (3.125 + 0.036) * share(103.8961038961039, 1000)
    assert days.btc.sum() == pytest.approx(by_hand, rel=1e-12)
    assert days.btc.sum() == pytest.approx(15_650 * PACE / 144, rel=0.002)  # issue 8's 15,650 at 144 blocks a day


def test_the_2028_halving_splits_its_year():
    assert BlockPace().date_of(1_050_000) == dt.date(2028, 4, 1)  # 150,000 blocks x 412 / 60,000 = 1,030 days
    days = mine(Fleet(**S21), Network(1000), dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    height_on_new_year = 900_000 + PACE * (dt.date(2028, 1, 1) - dt.date(2025, 6, 6)).days  # 1,036,893.2
    before = 1_050_000 - height_on_new_year
    after = PACE * 366 - before
    by_hand = share(103.8961038961039, 1000) * (before * 3.125 + after * 1.5625 + PACE * 366 * 0.036)
    assert days.by_year(None)[0]["btc"] == pytest.approx(by_hand, rel=1e-12)
    # at this pace block 1,050,000 is the first of 2028-04-01: the day before is all 3.125, that day all 1.5625
    halving_day = np.flatnonzero(days.days == np.datetime64("2028-04-01"))[0]
    assert days.btc[halving_day] == pytest.approx(days.btc[halving_day + 1], rel=1e-9)
    assert days.btc[halving_day - 1] > 1.9 * days.btc[halving_day]


def test_network_growth_lowers_later_years():
    flat = mine(Fleet(**S21), Network(1000), dt.date(2026, 1, 1), dt.date(2027, 12, 31)).by_year(None)
    growing = mine(Fleet(**S21), Network(1000, 0.3), dt.date(2026, 1, 1), dt.date(2027, 12, 31)).by_year(None)
    assert growing[1]["btc"] < growing[0]["btc"] < flat[0]["btc"]
    assert growing[1]["share_of_network"] < growing[0]["share_of_network"]
    points = Network(1000, points=((dt.date(2026, 1, 1), 1000.0), (dt.date(2026, 12, 31), 2000.0)))
    dated = mine(Fleet(**S21), points, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert dated.share[-1] == pytest.approx(share(103.8961038961039, 2000))


def test_cost_per_bitcoin_is_energy_times_price_over_output():
    fleet = Fleet(**S21, uptime=0.9, power_usd_kwh=0.05)
    days = mine(fleet, Network(1000), dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    row = days.by_year(0.05)[0]
    energy_kwh = 2000 * 1000 * 24 * 365 * 0.9
    assert row["energy_mwh"] == pytest.approx(energy_kwh / 1000)
    assert row["power_cost_usd_per_btc"] == pytest.approx(energy_kwh * 0.05 / row["btc"])
    assert row["share_of_network"] == pytest.approx(share(103.8961038961039 * 0.9, 1000))


def test_mining_cli():
    done = subprocess.run([*cli_command(), "mining", "--mw", "2000", "--j-per-th", "17.5", "--pue", "1.10",
                           "--network-eh", "1000", "--start", "2026-01-01", "--years", "1", "--tariff-usd-kwh", "0.05",
                           "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert round(out["own_hashrate_eh"], 1) == 103.9 and out["btc_per_year"][0]["year"] == 2026
    assert out["btc_total"] == pytest.approx(15_650 * PACE / 144, rel=0.002)
    assert out["power_cost_usd_per_btc"] == pytest.approx(2000 * 1000 * 24 * 365 * 0.05 / out["btc_total"])
    done = subprocess.run([*cli_command(), "mining", "--mw", "2000", "--j-per-th", "0", "--network-eh", "1000"],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "j_per_th" in done.stderr and "Traceback" not in done.stderr


@pytest.fixture
def workspace(sample_copy, tmp_path):
    """El Salvador with daily closes for the first quarter of 2026 (made up for the test)."""
    ws = Workspace.open(sample_copy("el-salvador"))
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(90)]
    closes = 90_000 + 5_000 * np.sin(np.arange(90) / 7)
    prices = tmp_path / "prices.csv"
    prices.write_text("date,close\n" + "".join(f"{day},{c:.2f}\n" for day, c in zip(days, closes, strict=True)))
    import_prices(ws.store, prices)
    ws.invalidate()
    for p in ws.policies:
        ws.delete_policy(p.id)
    yield ws, days, closes
    ws.close()


@pytest.mark.parametrize("amount", [{"btc": 1.0}, {"usd": 100_000.0}])
def test_a_policy_gives_what_the_same_purchases_in_the_ledger_give(workspace, amount):
    ws, days, closes = workspace
    ws.save_policy(d.Policy(name="daily", kind="daily", params={"start_date": "2026-01-01", "end_date": "2026-03-31", **amount}))
    start = dt.date(2025, 12, 31)
    projection = planner.project(planner.plan_inputs(ws, start, years=1, paths=0))
    on_last_day = np.flatnonzero(projection.days == np.datetime64("2026-03-31"))[0]
    before = ws.holdings(start)
    wallet = ws.wallets[0].name
    for day, close in zip(days, closes, strict=True):
        quantity = amount.get("btc") or round(amount["usd"] / round(close, 2), 8)
        ws.add_transaction(d.Transaction(date=day, kind="purchase", wallet=wallet, quantity=quantity, price_usd=round(close, 2)))
    after = ws.holdings(dt.date(2026, 3, 31))
    assert projection.stock_btc[on_last_day] == pytest.approx(after.total_btc, abs=1e-6)
    assert projection.spent_usd[on_last_day] == pytest.approx(after.cost_usd - before.cost_usd, rel=1e-9)
    assert projection.bought_btc[-1] == pytest.approx(after.total_btc - before.total_btc, abs=1e-6)


def test_monthly_and_lump_purchases_fall_on_their_dates(workspace):
    ws, days, closes = workspace
    ws.save_policy(d.Policy(name="monthly", kind="monthly", params={"start_date": "2026-01-31", "btc": 2.0}))
    ws.save_policy(d.Policy(name="lump", kind="lump", params={"purchases": [{"date": "2026-03-01", "usd": 9e6}]}))
    p = planner.project(planner.plan_inputs(ws, dt.date(2025, 12, 31), years=1, paths=0))
    daily = np.diff(np.r_[0.0, p.bought_btc])
    bought_on = {str(day): x for day, x in zip(p.days, daily, strict=True) if x}
    price_on = dict(zip((str(x) for x in days), closes, strict=True))
    assert list(bought_on)[:3] == ["2026-01-31", "2026-02-28", "2026-03-01"]  # Feb: the month's last day
    assert bought_on["2026-03-01"] == pytest.approx(9e6 / round(price_on["2026-03-01"], 2))
    assert len(bought_on) == 12 + 1


def test_monte_carlo_spending_matches_the_lognormal_mean(workspace):
    ws, _, _ = workspace
    ws.save_policy(d.Policy(name="daily", kind="daily", params={"start_date": "2026-01-01", "btc": 1.0}))
    inputs = planner.plan_inputs(ws, dt.date(2026, 3, 31), years=1, paths=4_000)
    p = planner.project(inputs)
    # zero drift: E[price on any day] = today's price, so E[spent] = days x price; the median sits below it
    expected = len(p.days) * inputs.price_at_start
    assert p.summary["mc_spent_usd"]["p05"] < expected < p.summary["mc_spent_usd"]["p95"]
    assert p.summary["mc_btc_at_end"]["p50"] == pytest.approx(p.summary["btc_at_end"])  # bought in BTC: no risk to the stock
    assert p.fan_value_usd.shape[0] == 5 and np.all(np.diff(p.fan_value_usd, axis=0) >= 0)


def test_the_program_check_flags_purchases_under_non_accumulation(workspace):
    ws, _, _ = workspace
    ws.save_policy(d.Policy(name="one a day", kind="daily", params={"start_date": "2022-11-18", "btc": 1.0}))
    ws.save_policy(d.Policy(name="after the program", kind="lump", params={"purchases": [{"date": "2028-07-01", "btc": 5}]}))
    p = planner.project(planner.plan_inputs(ws, dt.date(2025, 11, 18), years=3, paths=0))
    (breach,) = p.breaches
    assert breach["policy"] == "one a day" and breach["first_date"] == "2025-11-19"
    assert breach["last_date"] == breach["commitment_ends"] == "2028-06-26"  # 40 months from 2025-02-26


def test_samples_hold_the_issue_cases(sample_copy):
    for sample, kind in (("el-salvador", "daily"), ("pakistan", "mining")):
        ws = Workspace.open(sample_copy(sample))
        try:
            (policy,) = ws.policies
            assert policy.kind == kind
            p = planner.project(planner.plan_inputs(ws, paths=500))
            assert p.summary["bought_btc"] + p.summary["mined_btc"] > 1000
        finally:
            ws.close()


@pytest.mark.parametrize("params, problem", [
    ({"start_date": "2026-01-01", "btc": 1, "usd": 5}, "btc: give an amount in btc or in usd"),
    ({"start_date": "2026-13-01", "btc": 1}, "start_date: '2026-13-01' is not a YYYY-MM-DD date"),
    ({"start_date": "2026-01-01", "btc": float("nan")}, "btc: must be a finite number"),
    ({"start_date": "2026-01-01", "end_date": "2025-01-01", "usd": 1e6}, "end_date: must not come before start_date"),
    ({"start_date": "2026-01-01", "btc": -1}, "btc: -1 is outside above 0"),
])
def test_bad_policies_name_their_field(workspace, params, problem):
    ws, _, _ = workspace
    with pytest.raises(InputError) as caught:
        ws.save_policy(d.Policy(name="bad", kind="daily", params=params))
    assert any(problem in x for x in caught.value.problems), caught.value.problems
    assert ws.policies == []


def test_bad_mining_policy_names_its_fields(workspace):
    ws, _, _ = workspace
    with pytest.raises(InputError) as caught:
        ws.save_policy(d.Policy(name="bad", kind="mining", params={"mw": 0, "j_per_th": 17.5, "pue": 0.5,
                                                                    "start_date": "2026-01-01", "network_eh": -1}))
    assert {p.split(":")[0] for p in caught.value.problems} >= {"mw", "pue", "network_eh"}
