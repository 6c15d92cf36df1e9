"""Issue 16, items 1, 2 and the Monte Carlo conventions of item 6, each against its reference, never against the
engine's own earlier output:

- the drift convention of GBM, E[S_T] = exp(mu T), for the bootstrap and for filtered historical simulation;
- the circular block bootstrap of Politis and Romano (1992): every day of the history drawn equally often;
- filtered historical simulation as Barone-Adesi, Giannopoulos and Vosper (1999) define it: GARCH-filtered
  residuals of unit variance, the variance re-filtered along each path; checked against an independent
  simulation of the very GARCH that generated the history;
- GARCH paths that start from a given conditional variance (today's, when fitted to a history);
- the VaR rule that ``simulate`` reports, named and recomputed.
"""

from __future__ import annotations

import csv
import json
import math
import subprocess

import numpy as np
import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core import stress
from desktop.core.engine.garch import fit_garch
from desktop.core.engine.simulate import Model, Request, _fhs_returns, simulate, summary

BTC = SHARED_DATA / "btc_usd_daily.csv"
DT = 1 / 365


def btc_three_years() -> np.ndarray:
    """Daily log returns of the real BTC closes from 2022-11-18 to 2025-11-18 (1,096 returns)."""
    with BTC.open() as f:
        closes = [float(r["close"]) for r in csv.DictReader(f) if "2022-11-18" <= r["date"] <= "2025-11-18"]
    return np.diff(np.log(closes))


def textbook_garch_filter(returns: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, float]:
    """Barone-Adesi et al. (1999), written here as the plain loop: demean, variance targeting (omega = sample
    variance x (1 - alpha - beta), started at the sample variance), z_t = e_t / sigma_t; and the forecast for
    the day after the last return."""
    mean = sum(returns) / len(returns)
    e = [x - mean for x in returns]
    v = sum(x * x for x in e) / len(e)
    s2, z = v, []
    for x in e:
        z.append(x / math.sqrt(s2))
        s2 = v * (1 - alpha - beta) + alpha * x * x + beta * s2
    return np.array(z), s2


def mean_within_mc_error(terminal: np.ndarray, expected: float, standard_errors: float = 4.0) -> None:
    se = terminal.std(ddof=1) / math.sqrt(len(terminal))
    assert abs(terminal.mean() - expected) < standard_errors * se, (terminal.mean(), expected, se)


def trending_history() -> np.ndarray:
    """Strongly trending: a mean daily log return of 0.3%, +110% a year; resampled raw it compounds to ~3x."""
    return np.random.default_rng(11).normal(0.003, 0.03, 1500)


# ---- item 1: no drift smuggled in ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bootstrap", "fhs"])
@pytest.mark.parametrize("drift", [0.0, 0.3])
def test_mean_terminal_is_exp_mu_t_on_a_trending_synthetic_history(kind, drift):
    """The GBM convention E[S_T] = exp(mu T), whatever the history's own trend (before: ~3.5 with drift 0)."""
    h = trending_history()
    g = fit_garch(h)  # FHS's filter, fitted as the callers do
    model = Model(kind, history=h, drift=drift, garch_alpha=g.alpha, garch_beta=g.beta)
    result = simulate(Request(model, paths=200_000, horizon_days=365, seed=3))
    mean_within_mc_error(result.terminal, math.exp(drift))


@pytest.mark.skipif(not BTC.exists(), reason="../shared/data/btc_usd_daily.csv (the real BTC closes) is not present")
@pytest.mark.parametrize("kind", ["bootstrap", "fhs"])
@pytest.mark.parametrize("drift", [0.0, -0.5])
def test_mean_terminal_is_exp_mu_t_on_three_years_of_bitcoin(kind, drift):
    """Three years of closes to 2025-11-18, from US$16,698 to US$92,949 (+457%): before, drift 0 gave a mean of
    2.04 (bootstrap) and 1.97 (FHS)."""
    h = btc_three_years()
    assert h.sum() == pytest.approx(math.log(92948.88 / 16697.78))  # the trending history the issue quotes
    g = fit_garch(h)
    model = Model(kind, history=h, drift=drift, garch_alpha=g.alpha, garch_beta=g.beta)
    result = simulate(Request(model, paths=200_000, horizon_days=365, seed=5))
    mean_within_mc_error(result.terminal, math.exp(drift))


def test_circular_bootstrap_draws_every_history_position_equally_often():
    """Politis and Romano (1992): a block starts on any of the n days with probability 1/n and wraps around, so
    each day is drawn with probability 1/n, the first and the last too. Each day of this history is a distinct
    return (day i: i/100), so the days drawn can be read back from the simulated values."""
    n, length, days, paths = 40, 5, 10, 40_000
    history = np.arange(n) / 100.0
    result = simulate(Request(Model("bootstrap", history=history, block_days=length), paths=paths, horizon_days=days,
                              seed=2, value_days=tuple(range(1, days + 1))))
    log_values = np.log(np.concatenate([np.ones((paths, 1)), result.values.astype(np.float64)], axis=1))
    returns = np.diff(log_values, axis=1)
    # the centring shifts a day's return by an amount that depends only on its place in its block: within one
    # simulated day (a column) the returns are the history's plus one constant, and the smallest is day 0's
    drawn = np.rint((returns - returns.min(axis=0)) * 100).astype(int)
    counts = np.bincount(drawn.ravel(), minlength=n)
    assert len(counts) == n
    expected = paths * days / n
    # counts of a uniform draw: a chi-square well inside its 0.1% critical value (39 degrees of freedom: 72.1),
    # with blocks of 5 inflating the variance by 5 at most
    assert np.sum((counts - expected) ** 2 / expected) < 5 * 72.1
    for i in (0, n - 1):  # the ends, under-sampled by a block bootstrap that does not wrap (1/length as often)
        assert abs(counts[i] - expected) < 4 * math.sqrt(length * expected)


# ---- item 2: FHS as the literature defines it ------------------------------------------------------------


def test_fhs_residuals_are_garch_filtered_with_unit_variance():
    """The residuals are the history's GARCH standardised residuals, rescaled to mean 0 and variance 1, and the
    paths start from the GARCH forecast after the last return (both from the textbook loop above)."""
    h = btc_three_years() if BTC.exists() else trending_history()
    g = fit_garch(h)
    f = Model("fhs", history=h, garch_alpha=g.alpha, garch_beta=g.beta).fhs_filter
    z, forecast = textbook_garch_filter(list(h), g.alpha, g.beta)
    assert f.residuals.mean() == pytest.approx(0.0, abs=1e-12)
    assert f.residuals.var() == pytest.approx(1.0, rel=1e-12)
    assert np.allclose(f.residuals, (z - z.mean()) / z.std(), rtol=1e-10, atol=1e-12)
    assert f.variance_today == pytest.approx(forecast, rel=1e-10)


def test_fhs_gross_return_has_mean_exp_mu_dt_given_its_volatility():
    """E[exp(r) | sigma] = exp(mu dt) with r = mu dt - K(sigma) + sigma z, K(s) = log mean exp(s z_i): checked
    exactly by enumerating every residual on day 1 and every pair on days 1-2 (no Monte Carlo)."""
    h = trending_history()[:300]
    model = Model("fhs", history=h, drift=0.4, garch_alpha=0.1, garch_beta=0.85)
    z = model.fhs_filter.residuals
    n = len(z)
    x = np.vstack([np.repeat(z, n), np.tile(z, n)])  # path (i, j): residual i on day 1, j on day 2
    _fhs_returns(model, x, DT)
    assert np.mean(np.exp(x[0])) == pytest.approx(math.exp(0.4 * DT), rel=1e-8)
    assert np.mean(np.exp(x[0] + x[1])) == pytest.approx(math.exp(0.8 * DT), rel=1e-8)


A, B, V = 0.10, 0.85, 0.0004  # the true GARCH(1,1): daily unconditional variance V (38% a year)
OMEGA = V * (1 - A - B)


def _garch_history(n: int, seed: int) -> tuple[np.ndarray, float]:
    """A GARCH(1,1) sample with normal innovations, ending with three 3-sigma moves (a high-variance state, five
    times the long run or more), and its true conditional variance for the next day."""
    rng = np.random.default_rng(seed)
    s2, out = V, np.empty(n)
    for t in range(n):
        z = 3.0 * (-1) ** t if t >= n - 3 else rng.standard_normal()
        out[t] = math.sqrt(s2) * z
        s2 = OMEGA + A * out[t] ** 2 + B * s2
    return out, s2


def _var(losses: np.ndarray, confidence: float) -> float:
    """Historical VaR: the k-th largest loss, k = ceil(n (1 - a))."""
    return float(np.sort(losses)[::-1][math.ceil(len(losses) * (1 - confidence)) - 1])


def _var_standard_error(losses: np.ndarray, confidence: float) -> float:
    """Standard error of a sample quantile, sqrt(p (1 - p) / n) / f(q), the density from nearby quantiles."""
    d = 0.002
    lo, hi = np.quantile(losses, [confidence - d, confidence + d])
    return math.sqrt(confidence * (1 - confidence) / len(losses)) * (hi - lo) / (2 * d)


@pytest.mark.parametrize("seed", [1, 3])
def test_fhs_reproduces_the_multi_day_var_of_the_garch_that_made_the_history(seed):
    """Barone-Adesi et al. (1999): FHS on a GARCH history, filtered with its parameters, reproduces that GARCH's
    own 20-day VaR99, computed here by an independent simulation of the true GARCH from the true final
    conditional variance. Holding today's volatility flat for the 20 days (Hull and White's weighting, right for
    one day) overstates it by more than the Monte Carlo tolerance: the variance mean-reverts."""
    days, paths, confidence = 20, 200_000, 0.99
    history, s2_today = _garch_history(5000, seed)
    assert s2_today > 4 * V

    rng = np.random.default_rng(100 + seed)
    s2, log_return = np.full(paths, s2_today), np.zeros(paths)
    for _ in range(days):  # the true GARCH, normal innovations, drift 0: r = -s2/2 + eps
        eps = np.sqrt(s2) * rng.standard_normal(paths)
        log_return += -s2 / 2 + eps
        s2 = OMEGA + A * eps**2 + B * s2
    reference_losses = -np.expm1(log_return)

    result = simulate(Request(Model("fhs", history=history, garch_alpha=A, garch_beta=B), paths=paths,
                              horizon_days=days, seed=seed))
    fhs_losses = 1.0 - result.terminal
    tolerance = 4 * math.hypot(_var_standard_error(reference_losses, confidence),
                               _var_standard_error(fhs_losses, confidence))
    reference = _var(reference_losses, confidence)
    assert abs(_var(fhs_losses, confidence) - reference) < tolerance

    z, forecast = textbook_garch_filter(list(history), A, B)
    z = (z - z.mean()) / z.std()
    sigma = math.sqrt(forecast)  # today's volatility, held flat
    flat = (sigma * z[rng.integers(0, len(z), size=(days, paths))] - math.log(np.mean(np.exp(sigma * z)))).sum(axis=0)
    assert abs(_var(-np.expm1(flat), confidence) - reference) > 2 * tolerance


# ---- item 6: GARCH from today's conditional variance -----------------------------------------------------


def test_garch_paths_start_at_the_given_conditional_variance():
    """Day 1's return is -v0/2 + sqrt(v0) z: variance v0, the start variance given (unconditional without one);
    day 2's variance is E[omega + alpha eps^2 + beta v0] = omega + (alpha + beta) v0 (plus Var(s2)/4, tiny)."""
    paths, vol, v0 = 400_000, 0.5, 0.002  # v0: 85% a year, against the unconditional 50%
    n_se = 4 * math.sqrt(2 / paths)  # relative standard error of a normal sample variance, four times
    started = simulate(Request(Model("garch", vol=vol, garch_alpha=A, garch_beta=B, garch_start_var=v0), paths=paths,
                               horizon_days=2, seed=4, value_days=(1, 2)))
    day1 = np.log(started.values[:, 0].astype(np.float64))
    assert day1.var() == pytest.approx(v0, rel=n_se)
    day2 = np.log(started.values[:, 1].astype(np.float64)) - day1
    omega = vol * vol * DT * (1 - A - B)
    assert day2.var() == pytest.approx(omega + (A + B) * v0, rel=4 * n_se)  # fatter tails: a looser bound
    plain = simulate(Request(Model("garch", vol=vol, garch_alpha=A, garch_beta=B), paths=paths, horizon_days=1, seed=4))
    assert np.log(plain.terminal).var() == pytest.approx(vol * vol * DT, rel=n_se)


def test_stress_garch_starts_from_todays_conditional_variance():
    """A stress run fits GARCH to the history and starts the paths from the fit's forecast after the last
    return (the textbook filter with the fitted parameters), and says both volatilities."""
    h = btc_three_years() if BTC.exists() else trending_history()
    g = fit_garch(h)
    _, forecast = textbook_garch_filter(list(h), g.alpha, g.beta)
    inputs, sentence = stress._model_inputs({"model": "garch"}, h)
    model, fit = stress._model({"model": inputs}, h)
    assert model.garch_start_var == pytest.approx(forecast, rel=1e-10)
    assert fit["annualized_volatility_today"] == pytest.approx(math.sqrt(forecast * 365), rel=1e-10)
    assert fit["annualized_volatility"] == pytest.approx(math.sqrt(np.var(h) * 365), rel=1e-10)
    assert f"today's conditional volatility {math.sqrt(forecast * 365):.1%} a year" in sentence
    assert f"(long-run {math.sqrt(np.var(h) * 365):.1%})" in sentence
    fhs_model, _ = stress._model({"model": stress._model_inputs({"model": "fhs"}, h)[0]}, h)
    assert (fhs_model.garch_alpha, fhs_model.garch_beta) == (g.alpha, g.beta)  # FHS filters with the fit


@pytest.mark.skipif(not BTC.exists(), reason="../shared/data/btc_usd_daily.csv (the real BTC closes) is not present")
def test_cli_garch_reports_and_starts_from_todays_volatility(tmp_path):
    prices = tmp_path / "btc.csv"
    with BTC.open() as f:
        prices.write_text("".join(line for i, line in enumerate(f) if i == 0 or "2022-11-18" <= line[:10] <= "2025-11-18"))
    out = subprocess.run([*cli_command(), "simulate", "--model", "garch", "--prices", str(prices), "--paths", "200000",
                          "--horizon-days", "1"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    fit = r["garch_fit"]
    h = btc_three_years()
    _, forecast = textbook_garch_filter(list(h), fit["alpha"], fit["beta"])
    assert fit["annualized_volatility_today"] == pytest.approx(math.sqrt(forecast * 365), rel=1e-10)
    assert fit["annualized_volatility"] == pytest.approx(math.sqrt(np.var(h) * 365), rel=1e-10)
    # one day: a normal return of variance `forecast`, so VaR99 = 1 - exp(-forecast/2 - 2.326 sqrt(forecast))
    expected = -math.expm1(-forecast / 2 - 2.3263 * math.sqrt(forecast))
    assert r["var"]["0.99"] == pytest.approx(expected, rel=0.03)


def test_simulate_summary_names_and_applies_its_var_rule():
    result = simulate(Request(Model("gbm", vol=0.6), paths=10_001, horizon_days=30, seed=8))
    s = summary(result)
    assert "inverted_cdf" in s["conventions"]["historical_quantile"]
    assert "ceil(n(1 - a))" in s["conventions"]["historical_quantile"]
    for a in (0.95, 0.99):
        assert s["var"][f"{a:g}"] == pytest.approx(_var(1.0 - result.terminal, a), rel=1e-12)
