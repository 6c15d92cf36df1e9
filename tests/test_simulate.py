"""Monte Carlo against closed forms and theoretical moments (never against its own earlier output)."""

from __future__ import annotations

import json
import math
import subprocess
from statistics import NormalDist

import numpy as np
import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core.engine.simulate import (
    Factor,
    Model,
    Request,
    _garch_returns,
    correlation_factor,
    simulate,
    standard_normals,
    summary,
)
from desktop.core.errors import Cancelled

PHI = NormalDist().cdf
BGK = 0.5826  # Broadie-Glasserman-Kou continuity correction for daily monitoring
DT = 1 / 365


def run(model: Model, paths: int = 200_000, days: int = 365, **kwargs):
    return simulate(Request(model=model, paths=paths, horizon_days=days, seed=7, **kwargs))


def test_path_normals_are_independent_standard_normals():
    """The engine's Box-Muller draws against the normal law itself: Kolmogorov-Smirnov, moments, tails, and
    no dependence between the two members of a pair (cosine half and sine half of the days)."""
    z = np.empty((400, 1_000))  # days x paths: the first 200 days are cosines, the last 200 their sines
    standard_normals(np.random.Generator(np.random.SFC64(5)), z)
    n = z.size
    ranked = np.sort(z.ravel())
    cdf = np.array([PHI(v) for v in ranked[::40]])  # every 40th order statistic: 10,000 points
    ks = np.max(np.abs(cdf - (np.arange(0, n, 40) + 0.5) / n))
    assert ks < 1.63 / math.sqrt(n) + 1e-4  # 1% critical value (plus the thinning's grid)
    assert abs(z.mean()) < 4 / math.sqrt(n)
    assert z.var() == pytest.approx(1.0, abs=4 * math.sqrt(2 / n))
    assert np.mean(z**3) == pytest.approx(0.0, abs=4 * math.sqrt(15 / n))
    assert np.mean(z**4) == pytest.approx(3.0, abs=4 * math.sqrt(96 / n))
    for k in (3.0, 4.0):
        p = 2 * PHI(-k)
        assert np.mean(np.abs(z) > k) == pytest.approx(p, abs=4 * math.sqrt(p / n))
    cosines, sines = z[:200].ravel(), z[200:].ravel()
    m = cosines.size
    assert abs(np.corrcoef(cosines, sines)[0, 1]) < 4 / math.sqrt(m)
    assert abs(np.corrcoef(cosines**2, sines**2)[0, 1]) < 4 / math.sqrt(m)  # same radius would show here
    scaled = np.empty((3, 7))  # odd day counts and a scale
    standard_normals(np.random.Generator(np.random.SFC64(5)), scaled, 0.5)
    assert np.all(np.isfinite(scaled)) and np.abs(scaled).max() < 0.5 * 8.6
    unit, tiny = np.empty((4, 3)), np.empty((4, 3))
    standard_normals(np.random.Generator(np.random.SFC64(6)), unit)
    standard_normals(np.random.Generator(np.random.SFC64(6)), tiny, 1e-170)  # scale^2 would underflow
    assert np.all(tiny != 0) and np.allclose(tiny / 1e-170, unit, rtol=1e-12)


def test_gbm_terminal_matches_the_lognormal_closed_form():
    mu, s, T = 0.05, 0.6, 1.0
    result = run(Model("gbm", vol=s, drift=mu))
    sd = math.exp(mu * T) * math.sqrt(math.exp(s * s * T) - 1)
    assert result.terminal.mean() == pytest.approx(math.exp(mu * T), abs=4 * sd / math.sqrt(200_000))
    m = (mu - s * s / 2) * T
    for q in (0.05, 0.5, 0.95):
        expected = m + s * math.sqrt(T) * NormalDist().inv_cdf(q)
        assert math.log(np.quantile(result.terminal, q)) == pytest.approx(expected, abs=0.015)


@pytest.mark.parametrize("barrier", [0.5, 0.7])
def test_barrier_hit_matches_the_reflection_principle_with_the_bgk_shift(barrier):
    mu, s, T = 0.0, 0.6, 1.0
    result = run(Model("gbm", vol=s, drift=mu), barriers=(barrier,))
    nu = mu - s * s / 2
    b = math.log(barrier) - BGK * s * math.sqrt(DT)  # daily monitoring: the barrier is effectively further away
    expected = PHI((b - nu * T) / (s * math.sqrt(T))) + math.exp(2 * nu * b / (s * s)) * PHI((b + nu * T) / (s * math.sqrt(T)))
    p = result.barrier_probability()[0]
    assert p == pytest.approx(expected, abs=4 * math.sqrt(expected * (1 - expected) / 200_000) + 0.002)


def test_expected_max_drawdown_of_brownian_motion():
    s, T = 0.5, 1.0
    result = run(Model("gbm", vol=s, drift=s * s / 2))  # zero drift in the log price
    log_drawdown = -np.log1p(-result.max_drawdown)
    # Magdon-Ismail et al. (2004): E[MDD] = sqrt(pi/2) s sqrt(T) for driftless Brownian motion. Daily
    # monitoring misses part of both extremes of a drawdown, the peak and the trough, so the BGK
    # correction applies once to each: 2 x 0.5826 s sqrt(dt).
    expected = math.sqrt(math.pi / 2) * s * math.sqrt(T) - 2 * BGK * s * math.sqrt(DT)
    se = log_drawdown.std() / math.sqrt(len(log_drawdown))
    assert log_drawdown.mean() == pytest.approx(expected, abs=4 * se + 0.003)


def _log_terminal_variance(result) -> float:
    return float(np.var(np.log(result.terminal), ddof=1))


def test_student_t_has_the_target_variance():
    s, T = 0.6, 1.0
    result = run(Model("student-t", vol=s, df=4.0), paths=100_000)
    assert _log_terminal_variance(result) == pytest.approx(s * s * T, rel=0.03)


def test_merton_variance_and_compensated_mean():
    s, lam, mj, sj = 0.4, 6.0, -0.05, 0.1
    result = run(Model("merton", vol=s, drift=0.1, jump_intensity=lam, jump_mean=mj, jump_std=sj), paths=200_000)
    assert _log_terminal_variance(result) == pytest.approx(s * s + lam * (mj * mj + sj * sj), rel=0.03)
    assert result.terminal.mean() == pytest.approx(math.exp(0.1), rel=0.01)


def test_garch_reverts_to_its_unconditional_variance():
    s = 0.6
    result = run(Model("garch", vol=s, garch_alpha=0.1, garch_beta=0.85), paths=100_000)
    assert _log_terminal_variance(result) == pytest.approx(s * s, rel=0.04)


def test_garch_recursion_matches_a_plain_loop_per_path():
    model, dt = Model("garch", vol=0.7, drift=0.1, garch_alpha=0.1, garch_beta=0.85), 1 / 365
    z = np.random.default_rng(4).standard_normal((50, 7))
    returns = z.copy()
    _garch_returns(model, returns, dt)
    unconditional = 0.7**2 * dt
    omega = unconditional * (1 - 0.1 - 0.85)
    for path in range(7):
        var = unconditional
        for day in range(50):
            eps = math.sqrt(var) * z[day, path]
            assert returns[day, path] == pytest.approx(0.1 * dt - var / 2 + eps, rel=1e-12, abs=1e-15)
            var = omega + 0.1 * eps * eps + 0.85 * var


def test_bootstrap_reproduces_the_history():
    """The history's shape and spread, centred: each day's gross return has mean 1 (drift 0), not the history's."""
    history = np.random.default_rng(3).normal(0.001, 0.03, 3000)
    result = run(Model("bootstrap", history=history, block_days=20), paths=100_000)
    log_t = np.log(result.terminal)
    centred = history - np.log(np.mean(np.exp(history)))
    assert log_t.mean() == pytest.approx(365 * centred.mean(), abs=0.01)
    assert np.var(log_t) == pytest.approx(365 * history.var(), rel=0.05)


def test_fhs_rescales_residuals_to_todays_volatility():
    rng = np.random.default_rng(4)
    calm, stormy = rng.normal(0, 0.01, 1500), rng.normal(0, 0.05, 200)
    result = run(Model("fhs", history=np.concatenate([calm, stormy])), paths=50_000, days=30)
    daily = math.sqrt(np.var(np.log(result.terminal)) / 30)
    assert 0.03 < daily < 0.07  # today's (stormy) volatility, not the history's average of about 0.02


def test_correlated_factors_reproduce_the_correlation():
    s1, s2, rho = 0.6, 0.3, 0.6
    factors = (Factor("a", 0.5, Model(vol=s1)), Factor("b", 0.5, Model(vol=s2)))
    result = simulate(Request(model=Model(), paths=200_000, horizon_days=1, seed=3, factors=factors,
                              correlation=((1, rho), (rho, 1))))
    variance = np.var(result.terminal - 1)  # one day: the portfolio return is about the weighted sum
    expected = (0.25 * s1**2 + 0.25 * s2**2 + 2 * 0.25 * rho * s1 * s2) * DT
    assert variance == pytest.approx(expected, rel=0.02)
    uncorrelated = simulate(Request(model=Model(), paths=200_000, horizon_days=1, seed=3, factors=factors,
                                    correlation=((1, 0), (0, 1))))
    assert np.var(uncorrelated.terminal - 1) == pytest.approx((0.25 * s1**2 + 0.25 * s2**2) * DT, rel=0.02)


def test_correlation_matrix_checks():
    assert np.allclose(correlation_factor(((1, 0.3), (0.3, 1))) @ correlation_factor(((1, 0.3), (0.3, 1))).T, [[1, 0.3], [0.3, 1]])
    singular = correlation_factor(((1, 1), (1, 1)))  # perfectly correlated: PSD, accepted
    assert np.allclose(singular @ singular.T, [[1, 1], [1, 1]])
    with pytest.raises(ValueError, match="not positive semi-definite"):
        correlation_factor(((1, 0.9, 0.9), (0.9, 1, -0.9), (0.9, -0.9, 1)))
    with pytest.raises(ValueError, match="symmetric"):
        correlation_factor(((1, 0.2), (0.3, 1)))


FACTORS = dict(factors=(Factor("BTC", 0.5, Model(vol=0.6)), Factor("gold", 0.3, Model(vol=0.17)),
                        Factor("PKR", 0.2, Model(vol=0.06))), correlation=((1, 0.2, -0.1), (0.2, 1, 0.0), (-0.1, 0.0, 1)))


HISTORY = np.random.default_rng(2).normal(0.0, 0.03, 400)
SINGULAR = dict(factors=(Factor("a", 0.5, Model(vol=0.6)), Factor("b", 0.5, Model(vol=0.3))), correlation=((1, 1), (1, 1)))


@pytest.mark.parametrize("model, days, extra", [
    (Model("merton", vol=0.5, jump_intensity=3, jump_mean=-0.1, jump_std=0.05), 60, {}),
    (Model("gbm", vol=0.6), 61, {}),  # an odd number of days splits the Box-Muller pairs unevenly
    (Model("gbm", vol=0.6), 1, {}),
    (Model("gbm", vol=0.6), 2, {}),
    (Model("student-t", vol=0.6), 3, {}),
    (Model("garch", vol=0.6), 45, {}),
    (Model("bootstrap", history=HISTORY), 33, {}),
    (Model("fhs", history=HISTORY), 33, {}),
    (Model("gbm"), 30, FACTORS),
    (Model("gbm"), 30, SINGULAR),  # perfectly correlated: a square root that is not triangular
])
def test_same_seed_gives_identical_results_whatever_the_threads_and_chunks(model, days, extra):
    base = dict(model=model, paths=23_457, horizon_days=days, seed=11, barriers=(0.7,),
                value_days=tuple(d for d in (1, 10, 30) if d <= days), **extra)
    results = [simulate(Request(**base, threads=t, chunk_paths=c)) for t, c in ((1, 1000), (2, 5000), (2, 7000))]
    for other in results[1:]:
        for name in ("terminal", "max_drawdown", "barrier_hit", "values"):
            assert np.array_equal(getattr(results[0], name), getattr(other, name)), name


def test_progress_and_cancel():
    seen = []
    simulate(Request(Model(vol=0.5), paths=20_000, horizon_days=30, seed=1, threads=1, chunk_paths=5_000),
             progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 4
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the first chunk run, then stop

    with pytest.raises(Cancelled):
        simulate(Request(Model(vol=0.5), paths=50_000, horizon_days=30, seed=1, threads=1), cancelled=cancel)
    assert len(calls) == 2  # stopped within one chunk


@pytest.mark.parametrize("change, message", [
    ({"paths": 0}, "paths"), ({"paths": 10_000_001}, "paths"), ({"horizon_days": 0}, "horizon"), ({"seed": -1}, "seed"),
    ({"model": Model("gbm", vol=-0.1)}, "vol"), ({"model": Model("student-t", vol=0.5, df=2)}, "degrees of freedom"),
    ({"model": Model("garch", vol=0.5, garch_alpha=0.5, garch_beta=0.6)}, "alpha \\+ beta"),
    ({"model": Model("bootstrap")}, "history"), ({"barriers": (0.0,)}, "barriers"),
])
def test_bad_requests_are_refused(change, message):
    request = {"model": Model(vol=0.5), "paths": 100, "horizon_days": 10, "seed": 1, **change}
    with pytest.raises(ValueError, match=message):
        simulate(Request(**request))


def test_summary_has_the_spec_keys():
    data = summary(run(Model(vol=0.6), paths=10_000, barriers=(0.5,)))
    assert set(data["terminal"]) == {"mean", "p01", "p05", "p50", "p95", "p99"}
    assert set(data["var"]) == set(data["es"]) == {"0.95", "0.99"}
    assert set(data["max_drawdown"]) == {"mean", "p50", "p95"}
    assert 0 < data["barrier_hit_probability"] < 1 and data["elapsed_s"] > 0
    assert data["es"]["0.99"] >= data["var"]["0.99"] > data["var"]["0.95"] > 0


def test_simulate_command():
    result = subprocess.run([*cli_command(), "simulate", "--model", "student-t", "--vol", "0.6", "--df", "5", "--paths", "20000",
                             "--seed", "3", "--horizon-days", "90", "--barrier", "0.6", "--json"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["model"], data["paths"], data["seed"], data["horizon_days"]) == ("student-t", 20000, 3, 90)
    assert 0 < data["barrier_hit_probability"] < 1
    again = json.loads(subprocess.run([*cli_command(), "simulate", "--model", "student-t", "--vol", "0.6", "--df", "5",
                                       "--paths", "20000", "--seed", "3", "--horizon-days", "90", "--barrier", "0.6"],
                                      capture_output=True, text=True, timeout=120).stdout)
    assert again["terminal"] == data["terminal"]  # same seed, same numbers
    bad = subprocess.run([*cli_command(), "simulate", "--model", "gbm", "--vol", "0.6", "--paths", "0"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and bad.stderr.startswith("reserve-desk: error: paths")


def test_percentiles_at_days_match_the_lognormal():
    s, mu = 0.6, 0.0
    result = run(Model("gbm", vol=s, drift=mu), paths=100_000, value_days=(91, 365))
    table = result.percentiles_at_days((0.05, 0.5, 0.95))
    for row, days in zip(table, (91, 365), strict=True):
        T = days / 365
        for value, q in zip(row, (0.05, 0.5, 0.95), strict=True):
            expected = (mu - s * s / 2) * T + s * math.sqrt(T) * NormalDist().inv_cdf(q)
            assert math.log(value) == pytest.approx(expected, abs=0.02)


@pytest.mark.skipif(not (SHARED_DATA / "btc_usd_ohlcv_daily.csv").exists(), reason="../shared/data is not present")
def test_simulate_garch_calibrated_to_history():
    result = subprocess.run([*cli_command(), "simulate", "--model", "garch", "--prices", str(SHARED_DATA / "btc_usd_ohlcv_daily.csv"),
                             "--paths", "5000", "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    fit = json.loads(result.stdout)["garch_fit"]
    assert 0 < fit["alpha"] < 0.4 and 0.5 < fit["beta"] < 1 and fit["alpha"] + fit["beta"] < 1
    assert fit["annualized_volatility"] == pytest.approx(0.678, abs=0.01)


def test_simulate_refuses_too_short_a_history_for_garch(tmp_path):
    prices = tmp_path / "p.csv"
    prices.write_text("date,close\n" + "".join(f"2024-01-{d:02d},{100 + d}\n" for d in range(1, 29)))
    result = subprocess.run([*cli_command(), "simulate", "--model", "garch", "--prices", str(prices), "--paths", "100"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and result.stderr.startswith("reserve-desk: error: --prices: fitting GARCH needs")
