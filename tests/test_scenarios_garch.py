"""Scenario building blocks, the shock scenario as a stress run computes it, and the GARCH fit."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import numpy as np
import pytest
from conftest import SHARED_DATA

from desktop.core import stress
from desktop.core.engine.garch import fit_garch
from desktop.core.engine.scenarios import replay_episode, stylised_episode
from desktop.core.workspace import Workspace


def day(text: str) -> int:
    return (dt.date.fromisoformat(text) - dt.date(1970, 1, 1)).days


@pytest.mark.skipif(not (SHARED_DATA / "btc_usd_daily.csv").exists(), reason="../shared/data/btc_usd_daily.csv is not present")
@pytest.mark.parametrize("peak, trough, depth", [
    ("2013-12-04", "2015-01-14", 0.845), ("2017-12-16", "2018-12-15", 0.834), ("2021-11-08", "2022-11-21", 0.766),
    ("2025-10-06", "2026-02-05", 0.495)])
def test_replayed_episodes_reach_their_published_depth(peak, trough, depth):
    with open(SHARED_DATA / "btc_usd_daily.csv") as fh:
        rows = [(day(r["date"]), float(r["close"])) for r in csv.DictReader(fh)]
    days, prices = np.array([d for d, _ in rows]), np.array([p for _, p in rows])
    episode = replay_episode(days, prices, day(peak), day(trough))
    assert episode.source == "replayed" and episode.depth == pytest.approx(depth, abs=0.005)
    assert len(episode.path) == day(trough) - day(peak) + 1 and episode.path[0] == 1.0


def test_replay_needs_the_dates_in_the_history():
    days, prices = np.arange(100, 200), np.linspace(100, 50, 100)
    assert replay_episode(days, prices, 50, 150) is None
    assert replay_episode(days, prices, 120, 250) is None
    assert replay_episode(days, prices, 120, 150).depth == pytest.approx(1 - prices[50] / prices[20])


@pytest.mark.parametrize("depth, length", [(0.845, 406), (0.5, 1), (0.261, 4)])
def test_stylised_episode_reaches_its_depth(depth, length):
    e = stylised_episode(depth, length)
    assert e.path[-1] == pytest.approx(1 - depth, rel=1e-12) and len(e.path) == length + 1
    assert np.allclose(np.diff(np.log(e.path)), np.log1p(-depth) / length)  # a steady daily fall


@pytest.mark.parametrize("shock", [-0.5, -0.99, 0.1])
def test_a_shock_scenario_lands_on_day_one_and_holds(sample_copy, shock):
    """What a stress run of a shock scenario computes (the Stress tab, the CLI and the PDF run it this way)."""
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        scenario = dataclasses.replace(ws.scenario("btc-minus-50"), params={"btc_shock": shock})
        out = stress.execute(stress.plan_run(ws, scenario))
        h = ws.holdings(dt.date.fromisoformat(out["start_date"]))
    finally:
        ws.close()
    start = h.total_btc * h.price_usd
    assert out["start_value_usd"] == pytest.approx(start, rel=1e-12)
    assert all(v == pytest.approx(start * (1 + shock), rel=1e-12) for v in out["terminal"].values())
    fan = out["fan"]["p50"]
    assert fan[0] == pytest.approx(start, rel=1e-12)  # today's value; from day 1 on, the shocked one
    assert fan[1:] == pytest.approx([start * (1 + shock)] * (len(fan) - 1), rel=1e-12)
    assert out["var"]["0.99"] == pytest.approx(-shock, abs=1e-12)  # a loss as a fraction of the start value


def test_a_fall_of_100_percent_or_more_is_refused_naming_the_field(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        for shock in (-1.0, -1.5):
            scenario = dataclasses.replace(ws.scenario("btc-minus-50"), params={"btc_shock": shock})
            with pytest.raises(ValueError, match="btc_shock"):
                stress.plan_run(ws, scenario)
    finally:
        ws.close()


def _garch_series(alpha: float, beta: float, n: int, seed: int) -> np.ndarray:
    """An independent GARCH(1,1) sample, written here as the textbook loop."""
    rng = np.random.default_rng(seed)
    v = 0.0004
    omega = v * (1 - alpha - beta)
    s2, out = v, np.empty(n)
    for t in range(n):
        out[t] = np.sqrt(s2) * rng.standard_normal()
        s2 = omega + alpha * out[t] ** 2 + beta * s2
    return out


def test_garch_fit_recovers_known_parameters():
    fit = fit_garch(_garch_series(0.10, 0.85, 8000, seed=5))
    assert fit.alpha == pytest.approx(0.10, abs=0.03)
    assert fit.beta == pytest.approx(0.85, abs=0.04)


def test_garch_fit_is_a_maximum():
    from desktop.core.engine.garch import _neg_log_likelihood

    r = _garch_series(0.08, 0.9, 4000, seed=8)
    fit = fit_garch(r)
    r = r - r.mean()
    best = _neg_log_likelihood(r, np.array([fit.alpha]), np.array([fit.beta]))[0]
    for da, db in ((0.02, 0), (-0.02, 0), (0, 0.02), (0, -0.02)):
        assert _neg_log_likelihood(r, np.array([fit.alpha + da]), np.array([fit.beta + db]))[0] >= best - 1e-6


def test_garch_fit_refuses_short_series():
    with pytest.raises(ValueError, match="250"):
        fit_garch(np.zeros(100))
