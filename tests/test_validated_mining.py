"""Issue 16, item 3 and two conventions of item 6: the Planner's mining checked against closed forms, not the engine.

References: the Bitcoin protocol (a block's subsidy is 50 BTC halved every 210,000 blocks); the public blockchain
record (block 840,000 on 2024-04-20, block 900,000 on 2025-06-06); the methodology's network growth,
EH x (1 + g) ^ (years since the policy's start), and cost per bitcoin = energy x power price / bitcoin mined.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import numpy as np
import pytest
from conftest import cli_command

from desktop.core import domain as d
from desktop.core import planner, summary
from desktop.core.engine.mining import BlockPace, Fleet, Network, mine
from desktop.core.io.fields import InputError
from desktop.core.workspace import Workspace
from desktop.gui.policy_dialog import PolicyDialog
from desktop.gui.tabs.planner import PlannerTab

# the pace observed between block 840,000 (2024-04-20) and block 900,000 (2025-06-06): 60,000 blocks in 412 days
PACE = (900_000 - 840_000) / (dt.date(2025, 6, 6) - dt.date(2024, 4, 20)).days
OWN_EH = 100 * 1e6 / (17.5 * 1.10) / 1e6  # 100 MW of 17.5 J/TH machines at PUE 1.10, in EH/s
# a day's subsidy is a difference of cumulative subsidies near 20 million BTC: equal to about 1e-11, not 1e-15
TOL = 1e-9
MINING = {"mw": 100, "j_per_th": 17.5, "pue": 1.10, "uptime": 1.0, "network_eh": 1000, "fee_btc": 0.036}


@pytest.fixture
def ws(sample_copy):
    """El Salvador without its policies: a ledger and prices to project from, and nothing else to add."""
    w = Workspace.open(sample_copy("el-salvador"))
    for p in w.policies:
        w.delete_policy(p.id)
    yield w
    w.close()


def _project(ws, start: dt.date, years: int = 1) -> planner.Projection:
    return planner.project(planner.plan_inputs(ws, start, years=years, paths=0))


def _daily_mined(p: planner.Projection) -> np.ndarray:
    return np.diff(np.r_[0.0, p.mined_btc])


# ---- item 3: the network grows from the policy's start, whatever day the projection starts --------------------

def test_a_policy_started_before_the_projection_mines_as_if_run_from_its_start(ws):
    ws.save_policy(d.Policy(name="Since 2024", kind="mining", params={**MINING, "start_date": "2024-01-01",
                                                                      "network_growth": 0.3}))
    p = _project(ws, dt.date(2026, 1, 1), years=2)
    fleet, network = Fleet(100, 17.5, 1.10, fee_btc=0.036), Network(1000, 0.3)
    whole = mine(fleet, network, dt.date(2024, 1, 1), dt.date(2028, 1, 1))  # the policy's own run, from its start
    kept = (whole.days >= p.days[0]) & (whole.days <= p.days[-1])
    assert np.array_equal(whole.days[kept], p.days)
    np.testing.assert_allclose(_daily_mined(p), whole.btc[kept], rtol=TOL)
    # the old convention (the network at 1,000 EH/s on the projection's first day) mines far more: the test can fail
    from_projection = mine(fleet, network, p.days[0].astype(dt.date), p.days[-1].astype(dt.date))
    assert from_projection.btc.sum() > 1.6 * p.summary["mined_btc"]


def test_one_day_of_a_policy_started_earlier_from_the_closed_form(ws):
    ws.save_policy(d.Policy(name="Since 2024", kind="mining", params={**MINING, "start_date": "2024-01-01",
                                                                      "network_growth": 0.3, "uptime": 0.9}))
    p = _project(ws, dt.date(2026, 1, 1))
    day = dt.date(2026, 6, 30)  # inside the fourth era: every block's subsidy is 3.125 BTC
    network_eh = 1000 * 1.3 ** ((day - dt.date(2024, 1, 1)).days / 365.25)
    share = OWN_EH * 0.9 / (network_eh + OWN_EH * 0.9)
    by_hand = share * PACE * (3.125 + 0.036)
    k = int(np.flatnonzero(p.days == np.datetime64(day))[0])
    assert _daily_mined(p)[k] == pytest.approx(by_hand, rel=TOL)


# ---- item 6: the Planner's cost per bitcoin divides only by the bitcoin of priced policies ---------------------

def test_cost_per_bitcoin_counts_only_the_bitcoin_of_priced_policies(ws):
    ws.save_policy(d.Policy(name="Priced", kind="mining", params={**MINING, "start_date": "2026-01-01",
                                                                  "power_usd_kwh": 0.05}))
    ws.save_policy(d.Policy(name="Unpriced", kind="mining", params={**MINING, "mw": 500, "start_date": "2026-01-01"}))
    p = _project(ws, dt.date(2026, 1, 1))  # 2026-01-02 to 2027-01-01: no halving, a flat network
    # per day, the priced 100 MW site burns 100 x 1,000 kW x 24 h x US$0.05 and mines share x pace x (subsidy + fees)
    cost_per_btc = 100 * 1000 * 24 * 0.05 / (OWN_EH / (1000 + OWN_EH) * PACE * (3.125 + 0.036))
    s = p.summary
    assert s["mining_power_cost_usd"] == pytest.approx(100 * 1000 * 24 * 0.05 * 365, rel=1e-12)
    assert s["mining_cost_usd_per_btc"] == pytest.approx(cost_per_btc, rel=TOL)
    assert s["mined_btc_priced"] < s["mined_btc"] / 4  # the unpriced 500 MW mine five times as much
    assert [r["year"] for r in p.mining_by_year] == [2026, 2027]
    for row in p.mining_by_year:
        assert row["power_cost_usd_per_btc"] == pytest.approx(cost_per_btc, rel=TOL), row["year"]
    # the PDF says what it divides by (its projection runs three years)
    figures: dict = {}
    section = summary._planner(ws, dt.date(2026, 1, 1), figures, summary.Money(ws.converter("USD", dt.date(2026, 1, 1))))
    text = " ".join(getattr(b, "text", "") for b in section.blocks)
    shown = figures["planner"]
    assert shown["mining_cost_usd_per_btc"] == pytest.approx(
        shown["mining_power_cost_usd"] / shown["mined_btc_priced"], rel=1e-12)
    assert (f"US${shown['mining_cost_usd_per_btc']:,.0f} per BTC (over the {shown['mined_btc_priced']:,.0f} BTC of the "
            "policies with a power price)") in text


# ---- item 6: the halving date from the observed block pace -----------------------------------------------------

def test_the_2028_halving_comes_from_the_observed_pace():
    # 150,000 blocks from block 900,000 at 60,000 / 412 a day: 150,000 x 412 / 60,000 = 1,030 days after 2025-06-06
    expected = dt.date(2025, 6, 6) + dt.timedelta(days=(1_050_000 - 900_000) * 412 // 60_000)
    assert expected == dt.date(2028, 4, 1)  # against 2028-04-17 at 144 a day from block 840,000
    assert BlockPace().next_halving(dt.date(2026, 1, 1)) == {
        "height": 1_050_000, "date": "2028-04-01", "blocks_per_day": pytest.approx(PACE, rel=1e-15),
        "from_height": 900_000, "from_date": "2025-06-06"}
    assert BlockPace().next_halving(dt.date(2028, 4, 2))["height"] == 1_260_000


def test_a_later_block_the_user_enters_moves_the_halving(ws):
    # a hypothetical block 930,000 on 2025-12-01: 90,000 blocks in 590 days since block 840,000
    pace = (930_000 - 840_000) / (dt.date(2025, 12, 1) - dt.date(2024, 4, 20)).days
    expected = dt.date(2025, 12, 1) + dt.timedelta(days=(1_050_000 - 930_000) * 590 // 90_000)  # 786.7 days
    assert expected == dt.date(2028, 1, 26)
    params = {**MINING, "start_date": "2026-01-01", "last_block_height": 930_000, "last_block_date": "2025-12-01"}
    ws.save_policy(d.Policy(name="With a later block", kind="mining", params=params))
    p = _project(ws, dt.date(2026, 1, 1), years=3)
    (halving,) = p.summary["halvings"]
    assert halving == {"height": 1_050_000, "date": "2028-01-26", "blocks_per_day": pytest.approx(pace, rel=1e-15),
                       "from_height": 930_000, "from_date": "2025-12-01"}
    assert "Blocks at 152.5 a day" in planner.halving_text(p.summary["halvings"])
    # the day's subsidy follows: 2028-02-01 is already in the fifth era (1.5625 BTC a block)
    k = int(np.flatnonzero(p.days == np.datetime64("2028-02-01"))[0])
    assert _daily_mined(p)[k] == pytest.approx(OWN_EH / (1000 + OWN_EH) * pace * (1.5625 + 0.036), rel=TOL)


def test_the_halving_day_is_split_by_the_heights_it_spans():
    pace = BlockPace(930_000, dt.date(2025, 12, 1))
    day = dt.date(2028, 1, 26)
    start_height = 930_000 + pace.blocks_per_day * (day - dt.date(2025, 12, 1)).days  # 1,049,922.0...
    assert start_height < 1_050_000 < start_height + pace.blocks_per_day
    share = OWN_EH / (1000 + OWN_EH)
    by_hand = share * ((1_050_000 - start_height) * 3.125 + (start_height + pace.blocks_per_day - 1_050_000) * 1.5625
                       + pace.blocks_per_day * 0.036)
    m = mine(Fleet(100, 17.5, 1.10, fee_btc=0.036), Network(1000), day, day, pace)
    assert m.btc[0] == pytest.approx(by_hand, rel=TOL)


@pytest.mark.parametrize(("block", "problem"), [
    ({"last_block_height": 899_999, "last_block_date": "2025-06-06"}, "last_block_height: a whole block height of at least 900,000"),
    ({"last_block_height": 910_000, "last_block_date": "2025-06-05"}, "last_block_date: not before 2025-06-06"),
    ({"last_block_height": 990_000, "last_block_date": "2025-12-01"}, "254.2 blocks a day"),  # a typo in the height
    ({"last_block_height": 930_000.5, "last_block_date": "2025-12-01"}, "last_block_height: 930000.5 is not a whole"),
    ({"last_block_height": 930_000}, "last_block_date: give the last block's height and its date together"),
    ({"last_block_height": 930_000, "last_block_date": "2025-13-01"}, "last_block_date: '2025-13-01' is not a YYYY"),
])
def test_a_bad_last_block_is_refused_naming_its_field(ws, block, problem):
    with pytest.raises(InputError) as caught:
        ws.save_policy(d.Policy(name="bad", kind="mining", params={**MINING, "start_date": "2026-01-01", **block}))
    assert any(problem in x for x in caught.value.problems), caught.value.problems
    assert ws.policies == []


def test_the_mining_cli_takes_a_later_block_and_says_when_the_halving_comes():
    base = [*cli_command(), "mining", "--mw", "100", "--j-per-th", "17.5", "--network-eh", "1000", "--start", "2026-01-01"]
    done = subprocess.run(base, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["next_halving"] == {
        "height": 1_050_000, "date": "2028-04-01", "blocks_per_day": pytest.approx(PACE, rel=1e-15),
        "from_height": 900_000, "from_date": "2025-06-06"}
    done = subprocess.run([*base, "--last-block-height", "930000", "--last-block-date", "2025-12-01"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["next_halving"]["date"] == "2028-01-26"
    done = subprocess.run([*base, "--last-block-height", "930000"], capture_output=True, text=True)
    assert done.returncode == 1 and "--last-block-date" in done.stderr and "Traceback" not in done.stderr


# ---- what the window shows -------------------------------------------------------------------------------------

def test_the_planner_tab_names_the_halving_the_pace_and_what_cost_per_btc_divides(qtbot, sample_copy):
    w = Workspace.open(sample_copy("pakistan"))
    (policy,) = w.policies
    w.save_policy(d.Policy(name="Unpriced", kind="mining",
                           params={k: v for k, v in policy.params.items() if k not in ("power_usd_kwh", "power_basis")}))
    tab = PlannerTab(w, w.default_date())
    qtbot.addWidget(tab)
    try:
        tab.paths.setValue(0)
        tab.show()
        qtbot.waitUntil(lambda: tab.projection is not None and tab.task is None
                        and tab.projection.summary["paths"] == 0, timeout=60_000)
        note = tab.mining_note.text()
        assert ("Blocks at 145.6 a day (the pace from block 840,000 on 2024-04-20 to block 900,000 on 2025-06-06): "
                "the subsidy halves at block 1,050,000 on 2028-04-01.") in note
        s = tab.projection.summary
        assert s["mined_btc_priced"] == pytest.approx(s["mined_btc"] / 2)  # two identical sites, one priced
        assert f"by the {s['mined_btc_priced']:,.0f} BTC mined by the policies with a power price" in note
        assert "(priced policies)" in tab.cards["cost"].detail.text()
    finally:
        if tab.task is not None:
            tab.task.cancel()
            qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
        w.close()


def test_the_policy_dialog_takes_a_later_block(qtbot, sample_copy):
    w = Workspace.open(sample_copy("pakistan"))
    try:
        (policy,) = w.policies
        dialog = PolicyDialog(w, w.default_date(), None, policy)
        qtbot.addWidget(dialog)
        assert not dialog.later_block.isChecked() and not dialog.block_height.isEnabled()
        assert "block 900,000, mined on 2025-06-06" in dialog.later_block.toolTip()
        dialog.later_block.setChecked(True)
        dialog.block_height.setValue(990_000)
        dialog.block_date.setDate(dt.date(2025, 12, 1))
        dialog._accept()
        assert dialog.error.text().startswith("last_block_height:") and w.policies == [policy]
        dialog.block_height.setValue(930_000)
        dialog._accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        saved = w.policies[0].params
        assert (saved["last_block_height"], saved["last_block_date"]) == (930_000, "2025-12-01")
        reopened = PolicyDialog(w, w.default_date(), None, w.policies[0])
        qtbot.addWidget(reopened)
        assert reopened.later_block.isChecked() and reopened.block_height.value() == 930_000
    finally:
        w.close()
