"""A model validator's review of the risk view (issue 21): each test checks one convention against an independent
computation written here (a brute-force loop, a closed form, a likelihood evaluated term by term)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from desktop.core import risk_view as rv
from desktop.core.engine import backtest as bt
from desktop.core.engine import fits
from desktop.core.engine import var_models as vm
from tests.price_history import walk, write_closes


def _t_log_likelihood(x: np.ndarray, loc: float, scale: float, df: float) -> float:
    """Student's t log-likelihood, term by term with math.lgamma (independent of fits.t_log_pdf)."""
    const = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi) - math.log(scale)
    return float(sum(const - (df + 1) / 2 * math.log1p(((v - loc) / scale) ** 2 / df) for v in x))


def test_student_t_fit_is_not_pinned_at_the_grid_floor_when_the_tails_are_heavier_than_two_degrees_of_freedom():
    # bitcoin's whole history has a maximum-likelihood nu near 1.65; a grid starting at 2.05 reported 2.05, a bound
    rng = np.random.default_rng(11)
    x = 0.001 + 0.02 * rng.standard_t(1.5, 5000)
    t = fits.fit_student_t(x)
    assert 1.3 < t.df < 1.75
    assert t.log_likelihood == pytest.approx(_t_log_likelihood(x, t.loc, t.scale, t.df), rel=1e-9)
    # a maximum: at least as likely as the truth and as nu = 2.05 with its own best location and scale
    assert t.log_likelihood >= _t_log_likelihood(x, 0.001, 0.02, 1.5) - 1e-6
    loc, scale, ll = fits._fit_given_df(x, np.array([2.05]))
    assert t.log_likelihood > ll[0] + 1


def _ind_lr_brute_force(var: np.ndarray, realised: np.ndarray) -> float:
    """Christoffersen's LR_ind from the transitions between consecutive days that both have a forecast."""
    n = {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 0}
    for i in range(1, len(var)):
        if math.isfinite(var[i - 1]) and math.isfinite(var[i]):
            n[int(realised[i - 1] < -var[i - 1]), int(realised[i] < -var[i])] += 1

    def ll(k0: int, k1: int, p: float) -> float:
        return (k0 * math.log(1 - p) if k0 else 0.0) + (k1 * math.log(p) if k1 else 0.0)

    pi = (n[0, 1] + n[1, 1]) / sum(n.values())
    pi01 = n[0, 1] / (n[0, 0] + n[0, 1])
    pi11 = n[1, 1] / (n[1, 0] + n[1, 1])
    restricted = ll(n[0, 0] + n[1, 0], n[0, 1] + n[1, 1], pi)
    return -2 * restricted + 2 * (ll(n[0, 0], n[0, 1], pi01) + ll(n[1, 0], n[1, 1], pi11))


def test_christoffersen_counts_no_transition_across_days_without_a_forecast():
    # Cornish-Fisher gives no forecast on days whose window's moments lie outside the expansion's domain: the day
    # before such a stretch and the day after it are not consecutive, so their pair is no one-day transition
    rng = np.random.default_rng(3)
    r = rng.standard_t(6, 1500) * 0.01
    r[400] = r[900] = -0.25  # two crashes: every window holding one has too high a kurtosis
    b = bt.backtest(r, "cornish-fisher", 0.95, 60)
    known = np.isfinite(b.var)
    assert int(np.sum(~known)) > 0 and np.sum(np.diff(known.astype(int)) == 1) >= 2  # gaps inside the sequence
    assert b.exceptions >= 20
    assert b.christoffersen_ind_lr == pytest.approx(_ind_lr_brute_force(b.var, b.realised), rel=1e-9, abs=1e-12)


def test_transitions_over_a_gap_with_a_hand_made_sequence():
    # days: hit, miss, [no forecast], hit, hit, miss -> transitions (1,0), (1,1), (1,0): n10 = 2, n11 = 1
    var = np.array([0.01, 0.01, np.nan, 0.01, 0.01, 0.01])
    realised = np.array([-0.02, 0.0, -0.5, -0.02, -0.02, 0.0])
    assert bt.transition_counts(realised < -var, np.isfinite(var)) == (0, 0, 2, 1)


def _view(prices: np.ndarray, **request) -> rv.RiskView:
    days = np.arange(20_000, 20_000 + len(prices))
    end = dt.date(1970, 1, 1) + dt.timedelta(days=int(days[-1]))
    return rv.compute(days, np.asarray(prices, dtype=np.float64), rv.RiskRequest(end=end, **request))


def test_one_day_var_and_es_are_capped_at_the_whole_value_like_the_ten_day_figures():
    # a price that jumps a thousandfold in a day: the normal VaR of -mean + z sd is some 12,000% of the value,
    # a loss no holding can make (methodology: "a loss is never more than the whole value")
    rng = np.random.default_rng(1)
    prices = 100 * np.exp(np.cumsum(rng.normal(0, 0.03, 400)))
    prices[200:] *= 1000
    r = prices[1:] / prices[:-1] - 1
    assert -np.mean(r) + 2.326 * np.std(r, ddof=1) > 10
    for x in _view(prices).models:
        for figure in (x.var_1d, x.es_1d, x.var_10d, x.es_10d):
            assert figure is None or 0 <= figure <= 1.0
    normal = vm.model_risk(r, "parametric", 0.99)
    assert normal.var_1d == normal.es_1d == 1.0


def test_prices_that_do_not_move_give_a_sentence_not_a_crash():
    view = _view(np.full(400, 30_000.0))
    assert view.problem and "does not move" in view.problem
    assert rv.tables(view) == {}


def test_a_backtest_window_of_flat_prices_has_no_garch_forecast_instead_of_stopping_the_view():
    # a stale feed: the price stands still for 300 days, then moves; GARCH cannot be fitted on a window of zeros
    rng = np.random.default_rng(5)
    prices = np.r_[np.full(300, 30_000.0), 30_000.0 * np.exp(np.cumsum(rng.normal(0, 0.03, 300)))]
    view = _view(prices)
    assert view.problem is None
    garch = next(b for b in view.backtests if b.method == "garch")
    flat = np.array([not np.std(view.returns[i:i + 250]) > 0 for i in range(len(garch.var))])
    assert flat.any() and np.all(np.isnan(garch.var[flat]))
    assert np.all(np.isfinite(garch.var[-21:]))
    fhs = next(x for x in view.models if x.method == "fhs")
    assert all(0 < v <= 1 for v in (fhs.var_1d, fhs.es_1d, fhs.var_10d, fhs.es_10d))


def test_each_tested_day_is_dated_by_its_own_return_and_forecast_from_the_returns_before_it_only():
    rng = np.random.default_rng(9)
    prices = 20_000 * np.exp(np.cumsum(rng.standard_t(4, 420) * 0.02))
    days = np.arange(19_000, 19_420)
    start, end = dt.date(1970, 1, 1) + dt.timedelta(days=19_010), dt.date(1970, 1, 1) + dt.timedelta(days=19_400)
    view = rv.compute(days, prices, rv.RiskRequest(end=end, start=start, backtest_window_days=100))
    assert view.first_date == start and view.last_date == end  # both ends of the period are included
    price_of = dict(zip(days.tolist(), prices.tolist(), strict=True))
    historical = next(b for b in view.backtests if b.method == "historical")
    k = math.ceil(round(100 * 0.01, 9))
    for i, day in enumerate(view.backtest_days.tolist()):
        assert historical.realised[i] == pytest.approx(price_of[day] / price_of[day - 1] - 1, rel=1e-12)
        before = sorted(price_of[d] / price_of[d - 1] - 1 for d in range(day - 100, day))  # the 100 days before
        assert historical.var[i] == pytest.approx(-before[k - 1], rel=1e-12)


def _fhs_brute_force(r: np.ndarray, confidence: float, window: int) -> np.ndarray:
    """FHS forecasts by loops: sigma of each return from the EWMA recursion (lambda 0.94) started at the first
    return with the first window's variance, each return over its own sigma, the window's k-th lowest times the
    forecast day's sigma."""
    s2 = [float(np.var(r[:window], ddof=1))]
    for x in r:
        s2.append(0.94 * s2[-1] + 0.06 * x * x)
    sigma = [math.sqrt(v) for v in s2]
    k = math.ceil(round(window * (1 - confidence), 9))
    out = []
    for t in range(window, len(r)):
        scaled = sorted(r[j] / sigma[j] for j in range(t - window, t))
        out.append(-scaled[k - 1] * sigma[t])
    return np.array(out)


def test_fhs_standardises_every_return_of_its_window_by_that_return_s_own_volatility():
    # Barone-Adesi, Giannopoulos and Vosper (1999): the first windows' returns were all divided by one volatility,
    # the first window's, so a crash inside it shrank every standardised return and the VaR with them
    rng = np.random.default_rng(1)
    prices = 100 * np.exp(np.cumsum(rng.normal(0, 0.03, 400)))
    prices[200:] *= 1000  # a thousandfold day inside the first window
    r = prices[1:] / prices[:-1] - 1
    fhs = bt.backtest(r, "fhs", 0.99, 250)
    assert fhs.var == pytest.approx(np.minimum(_fhs_brute_force(r, 0.99, 250), 1.0), rel=1e-9)  # capped at the value
    assert fhs.exceptions <= 3  # there were 23 in 149 days of calm normal returns
    r = np.diff(np.log(20_000 * np.exp(np.cumsum(rng.standard_t(4, 700) * 0.02))))
    assert bt.forecasts(r, "fhs", 0.975, 120) == pytest.approx(_fhs_brute_force(r, 0.975, 120), rel=1e-9)


def test_weekly_prices_are_not_measured_as_daily_ones():
    # 200 weekly closes: every "one-day" VaR would be a week's, and the volatility annualised by the root of 365
    # days would be the root of seven too high
    rng = np.random.default_rng(2)
    prices = 20_000 * np.exp(np.cumsum(rng.normal(0, 0.08, 200)))
    days = 19_000 + 7 * np.arange(200)
    view = rv.compute(days, prices, rv.RiskRequest(end=dt.date(1970, 1, 1) + dt.timedelta(days=int(days[-1]))))
    assert view.problem and "7 days apart" in view.problem and "daily" in view.problem
    # a series of working days (no weekends) is daily: its Monday returns span three days, as stated
    weekdays = np.array([d for d in range(19_000, 19_600) if (d + 3) % 7 < 5])  # day 0 (1970-01-01) is a Thursday
    walk = 20_000 * np.exp(np.cumsum(rng.normal(0, 0.03, len(weekdays))))
    end = dt.date(1970, 1, 1) + dt.timedelta(days=int(weekdays[-1]))
    assert rv.compute(weekdays, walk, rv.RiskRequest(end=end)).problem is None


def test_garch_backtest_below_99_percent_fits_each_window_once_for_its_own_and_the_basel_quantile(monkeypatch):
    # the Basel light is at 99% whatever the confidence: GARCH's windows were fitted a second time for it, which
    # took the whole history's view from 3 s to 5 s at 95%
    rng = np.random.default_rng(4)
    r = rng.standard_t(5, 700) * 0.02
    own = bt.forecasts(r, "garch", 0.95, 250)
    basel = bt.forecasts(r, "garch", 0.99, 250)
    fits_made = []
    real_fit = bt.fit_garch
    monkeypatch.setattr(bt, "fit_garch", lambda x: fits_made.append(1) or real_fit(x))
    b = bt.backtest(r, "garch", 0.95, 250)
    assert len(fits_made) == math.ceil(450 / 21)  # one a refit period
    assert b.var == pytest.approx(own, rel=1e-12)
    assert b.basel_exceptions == int(np.sum(r[-250:] < -basel[-250:]))


def test_backtest_command_refuses_weekly_prices_and_prints_valid_json_for_daily_ones(tmp_path, capsys):
    import json

    from desktop import cli

    closes = walk(400, seed=8, first_close_usd=30_000, vol=0.05)
    day0 = dt.date(2015, 1, 1)
    weekly = write_closes(tmp_path / "weekly.csv", day0, closes, step_days=7)
    assert cli.main(["backtest", "--prices", str(weekly), "--json"]) != 0
    assert "7 days apart" in capsys.readouterr().err
    daily = write_closes(tmp_path / "daily.csv", day0, closes)
    # a 100-day window: GARCH has no forecast, its figures are null, never NaN (which is not JSON)
    assert cli.main(["backtest", "--prices", str(daily), "--window", "100", "--from", "2015-01-02", "--to",
                     "2016-01-30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out, parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))
    assert (out["first_return"], out["last_return"]) == ("2015-01-03", "2016-01-30")  # both ends included
    garch = out["methods"][-1]
    assert garch["method"] == "garch" and garch["observations"] == 0 and garch["kupiec_p"] is None
    assert all(m["observations"] + m["days_without_forecast"] == 393 - 100 for m in out["methods"])
