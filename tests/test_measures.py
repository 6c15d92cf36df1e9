"""Risk measures against published figures, closed forms and independent computations."""

from __future__ import annotations

import csv
import json
import math
import subprocess

import numpy as np
import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core.engine import measures as m


def test_cornish_fisher_reproduces_dowds_figure():
    # Dowd's example (mean 3.2, sd 5.6, skew 2, 90%) gives VaR 4.145348 with a kurtosis of 3, i.e. an
    # excess kurtosis of 0. (Read as an *excess* kurtosis of 3, the same expansion gives 2.927441.)
    assert m.cornish_fisher_var(3.2, 5.6, 2.0, 0.0, 0.90) == pytest.approx(4.145348, abs=5e-7)
    assert m.cornish_fisher_var(3.2, 5.6, 2.0, 3.0, 0.90) == pytest.approx(2.927441, abs=5e-7)


def test_cornish_fisher_is_normal_var_without_skew_or_kurtosis():
    assert m.cornish_fisher_var(0.001, 0.03, 0.0, 0.0, 0.99) == pytest.approx(m.parametric_var_es(0.001, 0.03, 0.99)[0])


def test_ewma_step():
    # lambda 0.94, prior variance 0.000324, return -2.3% -> volatility 1.834%
    assert math.sqrt(m.ewma_variance(np.array([-0.023]), 0.94, prior_variance=0.000324)) == pytest.approx(0.01834, abs=5e-6)


def test_ewma_matches_the_recursion():
    r = np.random.default_rng(1).normal(0, 0.03, 500)
    s2 = np.var(r[:30], ddof=1)
    for x in r[30:]:  # the textbook loop, independent of the closed-form sum in the code
        s2 = 0.94 * s2 + 0.06 * x * x
    assert m.ewma_variance(r) == pytest.approx(s2, rel=1e-12)


def test_historical_var_and_es_by_the_stated_rule():
    others = np.linspace(-18, 10, 295)  # 295 returns better than the five worst
    r = np.concatenate([[-30, -27, -23, -21, -19], others])
    rng = np.random.default_rng(0)
    rng.shuffle(r)
    var, es = m.historical_var_es(r, 0.99)
    assert var == 23
    assert es == pytest.approx(26.667, abs=5e-4)  # 23 + (7 + 4 + 0) / 3


@pytest.mark.parametrize("n", [100, 200, 300, 1000, 4091])
@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.975, 0.99])
def test_historical_var_is_numpys_inverted_cdf(n, confidence):
    r = np.random.default_rng(n).standard_t(3, n) * 0.03
    var, _ = m.historical_var_es(r, confidence)
    # numpy's own rule, with 1 - confidence as the exact decimal fraction it is meant to be
    expected = -np.quantile(r, round(1 - confidence, 12), method="inverted_cdf")
    assert var == expected


def test_normal_var_and_es_closed_form():
    var, es = m.parametric_var_es(0.0, 1.0, 0.99)
    assert var == pytest.approx(2.326348, abs=1e-6)
    assert es == pytest.approx(2.665214, abs=1e-6)


def test_drawdowns_by_hand():
    prices = np.array([100, 120, 90, 130, 65, 70, 140, 100.0])
    episodes = m.drawdown_episodes(prices)
    assert [(e.peak, e.trough, e.recovery) for e in episodes] == [(1, 2, 3), (3, 4, 6), (6, 7, None)]
    assert [e.depth for e in episodes] == pytest.approx([0.25, 0.5, 1 - 100 / 140])
    assert m.max_drawdown(prices).depth == 0.5
    dd = np.array([0, 0, 0.25, 0, 0.5, 1 - 70 / 130, 0, 1 - 100 / 140])
    assert m.ulcer_index(prices) == pytest.approx(math.sqrt(np.mean(dd**2)))


@pytest.mark.parametrize("bad", [[100, 0, 90], [100, -5, 90], [100, float("nan"), 90], [100, float("inf")], [100]])
def test_missing_or_non_positive_prices_are_errors(bad):
    with pytest.raises(m.SeriesError):
        m.annualized_volatility(np.array(bad, dtype=float))


def test_volatility_annualisation_is_a_parameter():
    p = 100 * np.exp(np.cumsum(np.random.default_rng(3).normal(0, 0.02, 1000)))
    daily = np.std(np.diff(np.log(p)), ddof=1)
    assert m.annualized_volatility(p) == pytest.approx(daily * math.sqrt(365))
    assert m.annualized_volatility(p, 252) == pytest.approx(daily * math.sqrt(252))


def _btc(first: str, last: str):
    with open(SHARED_DATA / "btc_usd_daily.csv") as fh:
        rows = [(r["date"], float(r["close"])) for r in csv.DictReader(fh) if first <= r["date"] <= last]
    return [d for d, _ in rows], np.array([c for _, c in rows])


needs_data = pytest.mark.skipif(not (SHARED_DATA / "btc_usd_daily.csv").exists(),
                                reason="../shared/data/btc_usd_daily.csv (real market data) is not present")


@needs_data
def test_real_btc_volatility_and_drawdowns_agree_with_plain_numpy():
    dates, p = _btc("2014-09-18", "2025-11-29")
    independent_vol = float(np.sqrt(np.var(np.log(p[1:] / p[:-1]), ddof=1) * 365))
    assert m.annualized_volatility(p) == pytest.approx(independent_vol, rel=1e-12)
    assert independent_vol == pytest.approx(0.678, abs=0.0005)  # SOURCES.md
    # drawdowns of 50% or more, found by a plain loop written here
    found, peak_i, worst_i, in_dd = [], 0, 0, False
    for i in range(1, len(p)):
        if p[i] >= p[peak_i]:
            if in_dd and 1 - p[worst_i] / p[peak_i] >= 0.5:
                found.append((dates[peak_i], dates[worst_i], dates[i]))
            peak_i, worst_i, in_dd = i, i, False
        else:
            in_dd = True
            if p[i] < p[worst_i]:
                worst_i = i
    big = [(dates[e.peak], dates[e.trough], dates[e.recovery]) for e in m.drawdown_episodes(p)
           if e.depth >= 0.5 and e.recovery is not None]
    assert big == found
    assert ("2021-11-08", "2022-11-21", "2024-03-04") in big
    worst = m.max_drawdown(p)
    assert (dates[worst.peak], dates[worst.trough], round(worst.depth, 3)) == ("2017-12-16", "2018-12-15", 0.834)


@needs_data
def test_risk_command_on_real_data(tmp_path):
    result = subprocess.run([*cli_command(), "risk", "--prices", str(SHARED_DATA / "btc_usd_daily.csv"),
                             "--from", "2021-01-01", "--to", "2023-12-31", "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["first_date"], data["last_date"], data["observations"]) == ("2021-01-01", "2023-12-31", 1095)
    for method in ("historical", "parametric", "cornish_fisher"):
        assert set(data["var"][method]) == set(data["es"][method]) == {"0.95", "0.99"}
        assert 0 < data["var"][method]["0.95"] < data["var"][method]["0.99"]
        assert data["es"][method]["0.99"] >= data["var"][method]["0.99"]
    assert data["max_drawdown"]["peak_date"] == "2021-11-08" and data["max_drawdown"]["recovery_date"] is None
    assert data["ewma_volatility"]["lambda"] == 0.94 and data["annualization_days"] == 365


def test_risk_command_refuses_a_bad_series(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("date,close\n2024-01-01,100\n2024-01-02,0\n2024-01-03,90\n")
    result = subprocess.run([*cli_command(), "risk", "--prices", str(path), "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "row 3: close: 0 must be greater than 0" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
