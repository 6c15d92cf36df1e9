"""The Risk tab's numbers (core/risk_view.py, engine/var_models.py, engine/fits.py) against closed forms, hand
computations written here, and distributions whose answer is known exactly."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path
from statistics import NormalDist

import numpy as np
import pytest

from desktop.core import domain as d
from desktop.core import risk_view as rv
from desktop.core.engine import fits
from desktop.core.engine import var_models as vm
from desktop.core.engine.valuation import day_number
from desktop.core.errors import Cancelled, InvalidInput, UserError
from desktop.core.io.prices_csv import import_prices
from desktop.core.workspace import Workspace
from tests.price_history import write_closes

N = NormalDist()
BTC_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "btc_usd_daily.csv"


def walk(n: int, seed: int = 7, vol: float = 0.03) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return 20_000 * np.cumprod(np.r_[1.0, 1 + rng.standard_t(5, n - 1) * vol / math.sqrt(5 / 3)])


# ---- one-day and ten-day figures by model -------------------------------------------------------------------

def test_normal_var_and_es_are_the_closed_form_and_ten_days_the_square_root_of_time():
    r = np.diff(np.log(walk(400))) * 0.5
    mean, sd = float(np.mean(r)), float(np.std(r, ddof=1))
    z = N.inv_cdf(0.99)
    x = vm.model_risk(r, "parametric", 0.99)
    assert x.var_1d == pytest.approx(-mean + z * sd, rel=1e-12)
    assert x.es_1d == pytest.approx(-mean + sd * N.pdf(z) / 0.01, rel=1e-12)
    assert (x.var_10d, x.es_10d) == pytest.approx((x.var_1d * math.sqrt(10), x.es_1d * math.sqrt(10)), rel=1e-12)
    assert x.ten_day_rule == vm.SQRT_TIME


def test_ewma_is_the_recursion_written_out():
    r = np.diff(walk(300)) / walk(300)[:-1]
    s2 = float(np.var(r[:250], ddof=1))
    for v in r:
        s2 = 0.94 * s2 + 0.06 * v * v
    z = N.inv_cdf(0.975)
    x = vm.model_risk(r, "ewma", 0.975)
    assert x.var_1d == pytest.approx(z * math.sqrt(s2), rel=1e-12)
    assert x.es_1d == pytest.approx(math.sqrt(s2) * N.pdf(z) / 0.025, rel=1e-12)


def test_fhs_one_day_is_the_standardised_quantile_times_tomorrows_volatility():
    prices = walk(500, seed=3)
    r = prices[1:] / prices[:-1] - 1
    s2, scaled = float(np.var(r[:250], ddof=1)), []
    for v in r:
        scaled.append(v / math.sqrt(s2))
        s2 = 0.94 * s2 + 0.06 * v * v
    k = math.ceil(len(r) * 0.01)
    assert vm.model_risk(r, "fhs", 0.99).var_1d == pytest.approx(-sorted(scaled)[k - 1] * math.sqrt(s2), rel=1e-12)


def test_fhs_ten_days_with_plus_or_minus_one_standardised_returns_is_a_binomial_tree():
    """Standardised returns of +1 and -1 keep the EWMA variance constant (r^2 = sigma^2), so every day moves by
    exactly +-sigma: the ten-day return is (1+s)^k (1-s)^(10-k) - 1 with k ~ Binomial(10, 1/2). At 97%, P(k <= 1)
    = 1.07% and P(k <= 2) = 5.47%: the VaR is the loss with k = 2."""
    sigma = 0.04
    paths = vm.simulate_fhs(np.array([-1.0, 1.0]), sigma, np.random.default_rng(1), paths=100_000)
    var, _ = vm.m.historical_var_es(paths, 0.97)
    assert var == pytest.approx(1 - (1 + sigma) ** 2 * (1 - sigma) ** 8, rel=1e-12)


def test_garch_simulation_has_the_closed_form_variance_of_the_ten_day_sum():
    """E[sum of shocks^2] over ten days = sum_h VL + (a + b)^(h-1) (s2_1 - VL)."""
    omega, a, b, s2_1 = 2e-6, 0.08, 0.9, 1.5e-4
    vl = omega / (1 - a - b)
    expected = sum(vl + (a + b) ** (h - 1) * (s2_1 - vl) for h in range(1, 11))
    rng = np.random.default_rng(5)
    growth = vm.simulate_garch(omega, a, b, 0.0, s2_1, rng, paths=200_000) + 1
    # with small shocks ln(growth) is the sum of shocks less half their squares: its variance is the sum's
    assert float(np.var(np.log(growth))) == pytest.approx(expected, rel=0.03)


def test_garch_with_no_arch_or_garch_term_is_normal_compounding():
    paths = vm.simulate_garch(1e-4, 0.0, 0.0, 0.001, 1e-4, np.random.default_rng(2), paths=200_000)
    var, _ = vm.m.historical_var_es(paths, 0.99)
    # ln(1 + r) summed: mean 10 (0.001 - 0.5e-4), sd sqrt(10) 0.01; the 1% quantile of that lognormal
    q = math.expm1(10 * (0.001 - 0.5e-4) - N.inv_cdf(0.99) * 0.01 * math.sqrt(10))
    assert var == pytest.approx(-q, rel=0.02)


def test_models_that_cannot_give_a_figure_say_why():
    short = np.diff(np.log(walk(120)))
    garch = vm.model_risk(short, "garch", 0.99)
    assert garch.var_1d is None and "250 returns" in garch.problem
    rng = np.random.default_rng(0)
    fat = np.where(rng.random(2000) < 0.01, rng.normal(0, 0.3, 2000), rng.normal(0, 0.01, 2000))
    cf = vm.model_risk(fat, "cornish-fisher", 0.99)
    assert cf.var_1d is None and cf.problem
    with pytest.raises(InvalidInput, match="30 finite returns"):
        vm.model_risk(short[:10], "historical", 0.99)
    with pytest.raises(InvalidInput, match="method"):
        vm.model_risk(short, "monte-carlo", 0.99)


def test_a_loss_is_never_more_than_the_whole_value():
    r = np.random.default_rng(1).normal(-0.05, 0.4, 400).clip(-0.95, None)
    for x in (vm.model_risk(r, method, 0.99) for method in vm.METHODS):
        assert x.var_10d is None or x.var_10d <= 1.0
        assert x.es_10d is None or x.es_10d <= 1.0


# ---- fits ---------------------------------------------------------------------------------------------------

def test_student_t_density_is_cauchy_at_one_degree_and_integrates_to_one():
    x = np.linspace(-3, 3, 7)
    t = fits.StudentT(0.5, 2.0, 1.0, 0.0)
    assert t.pdf(x) == pytest.approx(1 / (math.pi * 2.0 * (1 + ((x - 0.5) / 2.0) ** 2)), rel=1e-12)
    grid = np.linspace(-400, 400, 800_001)
    assert np.trapezoid(fits.StudentT(0.0, 1.0, 3.0, 0.0).pdf(grid), grid) == pytest.approx(1.0, abs=1e-4)


def test_student_t_fit_recovers_known_parameters_and_is_a_maximum():
    r = np.random.default_rng(11).standard_t(4, 20_000) * 0.02 + 0.001
    t = fits.fit_student_t(r)
    assert 3.4 < t.df < 4.7 and t.loc == pytest.approx(0.001, abs=4e-4) and t.scale == pytest.approx(0.02, rel=0.04)

    def ll(loc, scale, df):
        return float(np.sum(fits.t_log_pdf(r, loc, scale, df)))

    assert ll(t.loc, t.scale, t.df) == pytest.approx(t.log_likelihood, rel=1e-12)
    for loc, scale, df in ((t.loc + 2e-4, t.scale, t.df), (t.loc, t.scale * 1.02, t.df), (t.loc, t.scale, t.df * 1.1),
                           (t.loc, t.scale, t.df / 1.1)):
        assert ll(loc, scale, df) < t.log_likelihood


def test_qq_points_use_hazen_positions():
    theory, sample = fits.qq_points(np.array([3.0, -1.0, 1.0, 5.0]))
    assert theory == pytest.approx([N.inv_cdf(p) for p in (0.125, 0.375, 0.625, 0.875)], rel=1e-12)
    sd = float(np.std([3.0, -1.0, 1.0, 5.0], ddof=1))
    assert sample == pytest.approx([(-1 - 2) / sd, (1 - 2) / sd, (3 - 2) / sd, (5 - 2) / sd], rel=1e-12)


# ---- the view -----------------------------------------------------------------------------------------------

def days_from(start: dt.date, n: int) -> np.ndarray:
    return np.arange(day_number(start), day_number(start) + n)


def test_deepest_falls_rolling_volatility_and_the_period():
    head = [100.0, 120.0, 60.0, 90.0, 130.0, 65.0, 70.0, 140.0]
    prices = np.array(head + [140.0 * 1.01**i for i in range(1, 60)])
    days = days_from(dt.date(2024, 1, 1), len(prices))
    view = rv.compute(days, prices, rv.RiskRequest(end=dt.date(2024, 12, 31), vol_window_days=5,
                                                   backtest_window_days=30))
    assert [(f.depth, f.peak, f.trough, f.recovery) for f in view.falls] == [
        (0.5, dt.date(2024, 1, 2), dt.date(2024, 1, 3), dt.date(2024, 1, 5)),
        (0.5, dt.date(2024, 1, 5), dt.date(2024, 1, 6), dt.date(2024, 1, 8))]
    logs = np.diff(np.log(prices))
    for i in (4, 10, len(logs) - 1):
        assert view.rolling_vol[i] == pytest.approx(np.std(logs[i - 4:i + 1], ddof=1) * math.sqrt(365), rel=1e-12)
    assert np.isnan(view.rolling_vol[:4]).all()
    later = rv.compute(days, prices, rv.RiskRequest(end=dt.date(2024, 12, 31), start=dt.date(2024, 1, 5),
                                                    backtest_window_days=30))
    assert later.first_date == dt.date(2024, 1, 5) and len(later.falls) == 1
    assert len(view.backtest_days) == len(view.backtests[0].realised) == len(view.returns) - 30


def test_too_few_prices_for_the_measures_or_the_backtest_is_said():
    days = days_from(dt.date(2025, 1, 1), 200)
    short = rv.compute(days[:20], walk(20), rv.RiskRequest(end=dt.date(2025, 12, 31)))
    assert short.problem and "31 daily BTC prices" in short.problem and "20 between" in short.problem
    assert rv.tables(short) == {}
    no_backtest = rv.compute(days, walk(200), rv.RiskRequest(end=dt.date(2025, 12, 31)))
    assert no_backtest.problem is None and len(no_backtest.models) == 6
    assert no_backtest.backtests == [] and "250-day window" in no_backtest.backtest_problem
    with pytest.raises(InvalidInput, match="not before the valuation date"):
        rv.compute(days, walk(200), rv.RiskRequest(end=dt.date(2025, 1, 1), start=dt.date(2025, 2, 1)))


def test_a_cancel_stops_the_computation():
    with pytest.raises(Cancelled):
        rv.compute(days_from(dt.date(2020, 1, 1), 600), walk(600), rv.RiskRequest(end=dt.date(2030, 1, 1)),
                   cancelled=lambda: True)


def test_the_workspace_view_values_the_holdings_and_exports_each_table(tmp_path):
    ws = Workspace.create(tmp_path / "w.db")
    prices = walk(700, seed=9)
    start = dt.date(2023, 1, 1)
    import_prices(ws.store, write_closes(tmp_path / "btc.csv", start, prices), today=dt.date(2026, 1, 1))
    prices = np.round(prices, 2)
    ws.add_wallet(d.Wallet(name="Cold", kind="cold"))
    ws.add_transaction(d.Transaction(date=start, kind="purchase", wallet="Cold", quantity=12.5, price_usd=20_000.0))
    end = start + dt.timedelta(days=699)
    view = rv.for_workspace(ws, rv.RiskRequest(end=end))
    assert view.btc_held == 12.5 and view.value_usd == pytest.approx(12.5 * prices[-1])
    hist = view.models[0]
    assert view.usd(hist.var_1d) == pytest.approx(hist.var_1d * 12.5 * prices[-1])
    out = tmp_path / "measures.csv"
    assert rv.write_csv(view, "measures", out, ws.path) == 6
    rows = list(csv.DictReader(out.open()))
    assert [r["method"] for r in rows] == list(vm.METHODS)
    assert float(rows[0]["var_1d_fraction"]) == pytest.approx(hist.var_1d, abs=1e-8)  # 8 decimals
    backtest = rv.tables(view)["backtest"][1]
    assert len(backtest) == 699 - 250
    assert sum(row[2 + 6] for row in backtest) == view.backtests[0].exceptions  # historical's exception column
    with pytest.raises(UserError):
        rv.write_csv(view, "prices", ws.path, ws.path)  # never over the workspace
    ws.close()


@pytest.mark.skipif(not BTC_CSV.exists(), reason="the real BTC history (../shared/data) is absent")
def test_on_bitcoins_history_the_simulated_ten_days_are_below_the_square_root_rule_when_volatility_is_low():
    """On 2020-11-18 … 2025-11-18 (read here without the app's importer): one-day figures in the few-percent
    range, and the models with moving volatility simulate ten days from it."""
    rows = list(csv.reader(BTC_CSV.open()))[1:]
    dates = np.array([day_number(dt.date.fromisoformat(r[0])) for r in rows])
    closes = np.array([float(r[1]) for r in rows])
    end = dt.date(2025, 11, 18)
    view = rv.compute(dates, closes, rv.RiskRequest(end=end, start=rv.years_before(end, 5)))
    by = {x.method: x for x in view.models}
    assert 0.03 < by["historical"].var_1d < 0.15 and by["historical"].var_1d < by["historical"].es_1d
    for name in ("fhs", "garch"):
        assert by[name].ten_day_rule == vm.SIMULATED
        assert 2 * by[name].var_1d < by[name].var_10d < 4 * by[name].var_1d
    assert view.student_t.df < 5  # fat tails
    assert len(view.backtests) == 6 and all(b.observations > 1000 for b in view.backtests)


def test_no_bitcoin_held_gives_no_us_dollar_figure_and_a_short_backtest_no_traffic_light():
    """Pakistan holds no bitcoin: its US$ columns were 0 in the CSV ("a loss of US$0"), and a one-year period left
    114 days tested, below the 250 the Basel zones are defined for, yet showed a zone."""
    class NoBitcoin:
        total_btc, value_usd, price_usd, price_date = 0.0, 0.0, 50_000.0, dt.date(2025, 12, 31)

    days = days_from(dt.date(2025, 1, 1), 366)
    view = rv.compute(days, walk(366), rv.RiskRequest(end=dt.date(2025, 12, 31)), NoBitcoin())
    assert view.usd(0.05) is None
    assert {row[5] for row in rv.tables(view)["measures"][1]} == {""}
    b = view.backtests[0]
    assert len(b.realised) == len(view.returns) - 250 == 114 and b.traffic_light is None  # 2025-01-01 … 12-31
    assert b.zone_text == "none (114 days tested, the zones need 250)" and b.to_json()["traffic_light"] is None


def test_the_ewma_volatility_chart_never_reads_returns_after_its_day():
    """Its recursion was seeded with the variance of the period's first 250 returns, so each of the first 250
    values read returns after its own day. Now it starts where the rolling window does, from the returns so far."""
    prices = walk(400, seed=12)
    view = rv.compute(days_from(dt.date(2024, 1, 1), 400), prices, rv.RiskRequest(end=dt.date(2030, 1, 1)))
    logs = np.diff(np.log(prices))
    assert np.isnan(view.ewma_vol[:29]).all() and np.isnan(view.rolling_vol[:29]).all()
    s2 = float(np.var(logs[:30], ddof=1))
    for i, x in enumerate(logs):
        s2 = 0.94 * s2 + 0.06 * x * x
        if i in (29, 200, 398):  # the value after day i's return, from returns 0..i only
            assert view.ewma_vol[i] == pytest.approx(math.sqrt(s2 * 365), rel=1e-12)
    changed = prices.copy()
    changed[100:] *= np.exp(np.random.default_rng(1).normal(0, 0.2, 300).cumsum())
    later = rv.compute(days_from(dt.date(2024, 1, 1), 400), changed, rv.RiskRequest(end=dt.date(2030, 1, 1)))
    assert later.ewma_vol[29:99] == pytest.approx(view.ewma_vol[29:99], rel=1e-12)


def test_a_backtest_forecast_is_never_more_than_the_whole_value():
    """FHS on a 30-day window after a crash forecast a one-day VaR of 119% (March 2020 on bitcoin's history)."""
    from desktop.core.engine import backtest as bt

    r = np.r_[np.random.default_rng(2).normal(0, 0.01, 60), -0.5, 0.6, -0.45, np.random.default_rng(3).normal(0, 0.01, 60)]
    uncapped = bt.forecasts(r, "fhs", 0.99, 30)
    assert np.nanmax(uncapped) > 1.0  # the case exists
    result = bt.backtest(r, "fhs", 0.99, 30)
    assert np.nanmax(result.var) == 1.0
    assert result.exceptions == int(np.sum(r[30:] < -uncapped))  # the exceptions are the same


def test_csv_headers_name_fractions_and_p_values_never_read_zero():
    from desktop.core import fmt

    view = rv.compute(days_from(dt.date(2024, 1, 1), 400), walk(400), rv.RiskRequest(end=dt.date(2030, 1, 1)))
    headers = {name: header for name, (header, _) in rv.tables(view).items()}
    assert headers["measures"][1:5] == ("var_1d_fraction", "es_1d_fraction", "var_10d_fraction", "es_10d_fraction")
    assert headers["prices"][2] == "drawdown_fraction" and headers["falls"][0] == "depth_fraction"
    assert headers["backtest"][:3] == ("date", "return_fraction", "var_historical_fraction")
    depth = rv.tables(view)["falls"][1][0][0]
    assert depth == repr(round(view.falls[0].depth, 8))
    assert (fmt.p_value(0.0), fmt.p_value(0.0004), fmt.p_value(0.05), fmt.p_value(math.nan)) == (
        "<0.001", "<0.001", "0.050", "—")
