"""Stress runs: a scenario applied to the workspace's bitcoin, its reserves and the IMF program's test dates.

A run has two halves. ``plan_run`` reads the workspace (on the caller's thread, which owns the SQLite
connection) and freezes everything the run depends on into JSON-able ``inputs``: the holdings and price on
the valuation date, the scenario, the model and its calibration, the episode path, the baseline NIR at each
test date, the macro baseline and the liquidity assumptions. ``execute`` is a pure function of those inputs
(plus the daily returns a resampling model draws from, identified in the inputs by their SHA-256), so it can
run on a worker thread and a stored run can be reproduced bit for bit.

Conventions (Help > Methodology, "Stress runs"):
- The bitcoin stock is held constant over the horizon; its value follows the scenario's price path.
- NIR excludes bitcoin (the IMF's reserve definition). Macro shocks change NIR one for one: a fall in
  export receipts or remittances, or a rise in imports, lowers reserves by the shock times the baseline
  trailing 12-month flow, pro rata over the shock's months (no policy response or import compression).
- Closing a negative headroom means selling bitcoin in one day at the 5th-percentile price at the test date,
  paying the square-root law's expected execution cost (2/3 of its peak impact); "insufficient" means that
  selling any amount of the whole stock could not raise the shortfall on that path.
- Advice never sells more bitcoin than the reserve holds: ``btc_to_sell`` is at most ``btc_held``, and what
  that sale leaves short is ``uncovered_usd``. ``btc_needed_to_cover`` keeps its plain meaning, the bitcoin a
  one-day sale would need to close the gap, which can exceed the holdings; the window and the PDF show the
  advice, never that figure.
- The Fund's payments due within the horizon (principal and charges, as the IMF Program tab schedules them) are
  priced in the member's local currency: each payment's US$ figure (at the IMF figures' own US$ per SDR) at the
  start date's observed rate moved along the workspace's assumed yearly path (``core.fx``), and again with the
  scenario's ``fx_depreciation`` d: the currency loses d of its US$ value on day 1 and holds, so every rate is
  divided by 1 - d and the local cost rises by d / (1 - d) (20%: a quarter more). US$ and SDR figures are unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .. import __version__
from . import domain as d
from . import fmt, fx
from .engine import imf
from .engine import measures as m
from .engine.liquidity import EXECUTION_COST_SHARE, almgren_chriss, square_root_impact
from .engine.models import DEFAULT_VOL, DEFAULT_VOL_SOURCE, PARAMS, SPECS, model_label
from .engine.scenarios import Episode, replay_episode, shocked, stylised_episode
from .engine.simulate import Model, Request, outcome_summary, quantiles, scratch_like, simulate
from .engine.valuation import day_number, from_day_number
from .errors import Cancelled, InvalidInput
from .i18n import QT_TRANSLATE_NOOP, translate
from .scenario_rules import MACRO_FLOWS, scenario_problems
from .workspace import reserves_as_of_note


def _engine_version() -> str:
    """Which code and which class of processor computed a run. NumPy picks vector instructions by CPU, so a
    run reproduces bit for bit on the same kind of machine and may differ in its last digits on another."""
    simd = np.show_config(mode="dicts").get("SIMD Extensions", {})
    level = (simd.get("found") or simd.get("baseline") or ["generic"])[-1]
    # 2: Box-Muller normals; 3: sales capped at the holdings, with what stays short; 4: bootstrap and FHS without
    # the history's drift, FHS filtered by GARCH, GARCH from today's variance, execution cost 2/3 of peak impact,
    # even liquidation over the chosen days, NIR baselines as of the valuation date; 5: a fitted GARCH reverts to
    # its fit's own long-run variance; 6: the payments due to the Fund within the horizon in the local currency, with
    # the scenario's depreciation shock (fund_obligations)
    return f"reserve-desk {__version__}; stress 6; NumPy {np.__version__} {level}"


ENGINE_VERSION = _engine_version()
DAYS_PER_YEAR = 365.0
DEFAULT_DAILY_VOLUME_USD = 10e9  # lowest reported BTC-USD daily volume of 2025 (Yahoo Finance): conservative
DEFAULT_IMPACT_Y = 1.0  # "of order one" (Toth et al., Physical Review X, 2011)
DEFAULT_LIQUIDATION_DAYS = 10
# Almgren-Chriss lambda, per USD. No published figure calibrates a reserve manager's aversion to timing risk, so
# the seller is risk-neutral and the user chooses the urgency instead: the days to sell over, sold evenly.
DEFAULT_RISK_AVERSION = 0.0
DEFAULT_PATHS = 100_000
HISTORY_MAX_RETURNS = 1095  # calibrate on at most the last three years of daily returns
HISTORY_MIN_RETURNS = 365
HISTORY_MAX_GAP_DAYS = 4  # a longer gap means the series is not daily (the samples hold month-end closes)
FAN_POINTS = 24
QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)
DAYS_PER_MONTH = DAYS_PER_YEAR / 12


class StressError(InvalidInput):
    """The workspace cannot support this run (no holdings price, a bad scenario); the message says why."""


@dataclass(frozen=True)
class RunPlan:
    inputs: dict  # everything the run depends on, as stored with it
    history: np.ndarray | None = None  # daily log returns for calibration or resampling (digest in inputs)


# ---- planning (reads the workspace) ---------------------------------------------------------------------


def daily_history(days: np.ndarray, closes: np.ndarray, end_day: int) -> tuple[np.ndarray, int, int] | None:
    """The latest run of daily closes up to ``end_day`` (gaps of at most HISTORY_MAX_GAP_DAYS), as log
    returns with its first and last day, or None when it holds fewer than HISTORY_MIN_RETURNS returns."""
    k = int(np.searchsorted(days, end_day, side="right"))
    if k < HISTORY_MIN_RETURNS + 1:
        return None
    days, closes = days[:k], closes[:k]
    gaps = np.diff(days)
    long_gaps = np.flatnonzero(gaps > HISTORY_MAX_GAP_DAYS)
    first = int(long_gaps[-1]) + 1 if long_gaps.size else 0
    first = max(first, k - 1 - HISTORY_MAX_RETURNS)
    if k - 1 - first < HISTORY_MIN_RETURNS:
        return None
    return np.diff(np.log(closes[first:])), int(days[first]), int(days[-1])


def _digest(values: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(values, dtype="<f8").tobytes()).hexdigest()


def _episode(ws, params: dict) -> Episode:
    peak, trough = dt.date.fromisoformat(params["peak_date"]), dt.date.fromisoformat(params["trough_date"])
    days, closes = ws.price_arrays("BTC")
    replayed = replay_episode(days, closes, day_number(peak), day_number(trough))
    return replayed or stylised_episode(float(params["depth"]), (trough - peak).days)


def _model_inputs(params: dict, history: np.ndarray | None) -> tuple[dict, str]:
    """The model's parameters and a sentence saying where they came from."""
    kind = params["model"]
    spec = SPECS[kind]
    model = {k: params[k] for k in PARAMS if k != "vol" and k in params}
    model["kind"] = kind
    default_vol = float(params.get("vol", DEFAULT_VOL))
    if history is None:
        model["vol"] = default_vol
        vol_source = DEFAULT_VOL_SOURCE if default_vol == DEFAULT_VOL else "the scenario's volatility"
        if spec.needs_history:
            model["kind"] = "gbm"
            return model, (f"No daily price history of a year or more in the workspace: {spec.label} needs one, "
                           f"so this run uses GBM at {default_vol:.1%} a year ({vol_source}). Import a daily "
                           "BTC price history to resample it.")
        return model, (f"No daily price history of a year or more in the workspace: volatility {default_vol:.1%} "
                       f"a year ({vol_source}).")
    model["vol"] = m.volatility_of_returns(history, DAYS_PER_YEAR)
    words = {"returns": f"{len(history):,} daily log returns of the imported history",
             "block_days": model.get("block_days", Model.block_days)}
    if spec.fits_garch:
        # the fit is a function of the returns alone, which a stored run re-reads and checks against its digest:
        # `_model` refits the same parameters when the run is executed or re-executed
        from .engine.garch import fit_garch

        g = fit_garch(history)
        words["fitted"] = (f"GARCH(1,1) fitted by maximum likelihood to {words['returns']} (alpha {g.alpha:.3f}, "
                           f"beta {g.beta:.3f})")
        words["vols"] = (f"today's conditional volatility {math.sqrt(g.variance_today * DAYS_PER_YEAR):.1%} a year "
                         f"(long-run {math.sqrt(g.variance_long_run * DAYS_PER_YEAR):.1%})")
    return model, spec.calibration.format(**words)


def _test_dates(ws, start: dt.date, horizon_days: int, notes: list[str]) -> list[dict]:
    """The NIR baseline at each test date within the horizon, as known on the valuation date ``start``: projected
    from the last reserve observation on or before it, never from a later one."""
    reserves, later = ws.reserves_known_on(start)
    out = []
    try:
        position = ws.fund_position()
    except InvalidInput as exc:  # an arrangement the engine cannot schedule: the run goes on without the NIR
        missing = getattr(exc, "english", str(exc))  # a stored note reads the same in every language
    else:
        missing = position.charges_missing
    if missing:
        if any(a.test_dates for a in ws.arrangements):
            notes.append(f"NIR at the IMF test dates is not projected: {missing}.")
        return []
    for a in ws.arrangements:
        for r in imf.nir_at_test_dates(a, position, reserves):
            day = (r.date - start).days
            if 1 <= day <= horizon_days:
                out.append({"arrangement": a.name, "date": r.date.isoformat(), "day": day,
                            "nir_floor_usd": r.nir_floor_usd, "adjusted_floor_usd": r.adjusted_floor_usd,
                            "baseline_nir_usd": r.nir_usd,
                            "reserves_date": r.reserves_date.isoformat() if r.reserves_date else None})
    if out and (note := reserves_as_of_note(start, later, max(dt.date.fromisoformat(t["date"]) for t in out))):
        notes.append(note)
    return sorted(out, key=lambda t: (t["day"], t["arrangement"]))


def _fx_inputs(ws, start: dt.date, shock: float) -> dict:
    """The local currency, its observed rate on the start date (None when it has none) and the assumed path."""
    code = ws.member.local_currency
    rate = ws.converter(code, start).rate(start) if code else None
    return {"currency": code, "per_usd": rate.per_usd if rate else None,
            "rate_date": rate.date.isoformat() if rate else None,
            "depreciation_per_year": ws.member.fx_depreciation_per_year if code else 0.0, "shock": shock}


def _fund_payments(ws, start: dt.date, horizon_days: int) -> dict:
    """Every payment due to the Fund on days 1 to ``horizon_days`` after ``start``: its date, credit line, SDR and
    US$ (at the IMF figures' own US$ per SDR); ``missing`` says why there are none to list when the schedule
    cannot be computed (kept in English, like the run's notes)."""
    end = start + dt.timedelta(days=horizon_days)
    try:
        position = ws.fund_position()
        rows = position.rows()
    except InvalidInput as exc:
        return {"usd_per_sdr": None, "rows": [], "missing": getattr(exc, "english", str(exc))}
    return {"usd_per_sdr": position.usd_per_sdr, "missing": None,
            "rows": [{"date": r.date.isoformat(), "line": line.name, "amount_sdr": r.total_sdr,
                      "amount_usd": r.total_sdr * position.usd_per_sdr}
                     for line, r in rows if start < r.date <= end and r.total_sdr]}


def plan_run(ws, scenario: d.Scenario, date: dt.date | None = None, *, paths: int | None = None,
             seed: int | None = None, liquidation_days: int = DEFAULT_LIQUIDATION_DAYS,
             daily_volume_usd: float = DEFAULT_DAILY_VOLUME_USD, impact_y: float = DEFAULT_IMPACT_Y,
             risk_aversion: float = DEFAULT_RISK_AVERSION) -> RunPlan:
    problems = scenario_problems(scenario)
    if problems:
        raise StressError(translate("stress", "scenario {id}: {problems}").format(id=scenario.id,
                                                                                 problems="; ".join(problems)))
    if not 1 <= liquidation_days <= 365:
        raise StressError(translate("stress", "liquidation days: from 1 to 365"))
    if not (math.isfinite(daily_volume_usd) and daily_volume_usd > 0):
        raise StressError(translate("stress", "daily volume: a positive amount of USD"))
    if not (math.isfinite(impact_y) and 0 < impact_y <= 10):
        raise StressError(translate("stress", "impact coefficient Y: above 0 and at most 10"))
    if not (math.isfinite(risk_aversion) and risk_aversion >= 0):
        raise StressError(translate("stress", "risk aversion: zero or positive"))
    date = date or ws.default_date()
    h = ws.holdings(date)
    if h.price_usd is None:
        raise StressError(translate("stress", "no BTC price on or before {date}: import a price history first").format(
            date=date))
    p = scenario.params
    history = None
    inputs = {
        "engine_version": ENGINE_VERSION,
        "scenario": {"id": scenario.id, "name": scenario.name, "kind": scenario.kind,
                     "horizon_days": scenario.horizon_days, "params": p},
        "start_date": date.isoformat(), "btc": h.total_btc, "price_usd": h.price_usd,
        "price_date": h.price_date.isoformat(), "paths": 1, "seed": 0, "model": None, "episode": None,
        "history": None, "calibration": None, "notes": [],
    }
    start_day = day_number(date)
    if scenario.kind == "historical":
        e = _episode(ws, p)
        inputs["episode"] = {"source": e.source, "depth": e.depth, "path": e.path.tolist()}
    elif scenario.kind == "monte_carlo":
        found = daily_history(*ws.price_arrays("BTC"), start_day)
        if found is not None:
            history, first, last = found
            inputs["history"] = {"first_date": from_day_number(first).isoformat(),
                                 "last_date": from_day_number(last).isoformat(),
                                 "returns": len(history), "sha256": _digest(history)}
        inputs["model"], inputs["calibration"] = _model_inputs(p, history)
        inputs["paths"] = int(paths if paths is not None else p.get("paths", DEFAULT_PATHS))
        inputs["seed"] = int(seed if seed is not None else p.get("seed", 1))
    macro, observed = ws.macro_on(date)
    inputs["macro"] = {
        "baseline_usd": {f: macro.get(f"{f}_usd") for f in MACRO_FLOWS},
        "observed": {f: observed[f"{f}_usd"].isoformat() for f in MACRO_FLOWS if f"{f}_usd" in observed},
        "shocks": dict(p.get("macro_shocks", {})), "months": int(p.get("macro_months", 12)),
        "other_flows_usd": float(p.get("other_flows_usd", 0.0)),
    }
    for flow in inputs["macro"]["shocks"]:
        if inputs["macro"]["baseline_usd"][flow] is None:
            inputs["notes"].append(f"No {flow} figure in the workspace on or before {date}: the {flow} shock "
                                   "cannot be applied. Enter it in the macro inputs.")
    inputs["test_dates"] = _test_dates(ws, date, scenario.horizon_days, inputs["notes"])
    inputs["fx"] = _fx_inputs(ws, date, float(p.get("fx_depreciation", 0.0)))
    inputs["fund_payments"] = _fund_payments(ws, date, scenario.horizon_days)
    inputs["liquidity"] = {"daily_volume_usd": daily_volume_usd, "impact_y": impact_y,
                           "liquidation_days": liquidation_days, "risk_aversion_per_usd": risk_aversion}
    return RunPlan(inputs, history)


def history_for(ws, inputs: dict) -> np.ndarray | None:
    """The daily returns a stored run drew from, re-read from the workspace and checked against its digest."""
    ref = inputs.get("history")
    if ref is None:
        return None
    days, closes = ws.price_arrays("BTC")
    first, last = day_number(dt.date.fromisoformat(ref["first_date"])), day_number(dt.date.fromisoformat(ref["last_date"]))
    keep = (days >= first) & (days <= last)
    returns = np.diff(np.log(closes[keep]))
    if _digest(returns) != ref["sha256"]:
        raise StressError(translate("stress", "the BTC prices from {first} to {last} have changed since this run: it "
                                    "cannot be reproduced exactly").format(first=ref["first_date"], last=ref["last_date"]))
    return returns


RUN_REPLAYED = QT_TRANSLATE_NOOP("stress", "historical episode replayed from the imported prices")
RUN_STYLISED = QT_TRANSLATE_NOOP("stress", "historical episode, stylised from its published depth and length")
RUN_SHOCK = QT_TRANSLATE_NOOP("stress", "hypothetical shock")


def describe_run(summary: dict) -> str:
    """What kind of run a summary comes from, in words (the window and the PDF say it the same way)."""
    s = summary
    if s["source"] == "monte carlo":
        return translate("stress", "Monte Carlo ({model}), {paths} paths, seed {seed}").format(
            model=model_label(s["model"]), paths=fmt.number(s["paths"]), seed=s["seed"])
    return translate("stress", {"replayed": RUN_REPLAYED, "stylised": RUN_STYLISED, "shock": RUN_SHOCK}[s["source"]])



# ---- executing (pure: inputs in, summary out) ------------------------------------------------------------


def _fan_days(horizon: int, test_days: list[int]) -> list[int]:
    step = max(1, math.ceil(horizon / FAN_POINTS))
    return sorted(set(range(step, horizon, step)) | {1, horizon} | set(test_days))  # day 1: when a shock lands


def _histogram(values: np.ndarray, bins: int, low: float, high: float) -> dict:
    """Counts of ``values``, clipped in place into the range (the caller's scratch copy)."""
    if not high > low:
        low, high = low - 0.5 * abs(low) - 1e-9, high + 0.5 * abs(high) + 1e-9
    counts, edges = np.histogram(np.clip(values, low, high, out=values), bins=bins, range=(low, high))
    return {"edges": edges.tolist(), "counts": counts.tolist()}


def _cost_per_sqrt_usd(daily_vol: float, liquidity: dict, cost_share: float = EXECUTION_COST_SHARE) -> float:
    """a in the expected cost of selling u US$ in a day: a fraction a sqrt(u) of the value sold, 2/3 of the
    square-root law's peak impact Y sigma sqrt(u / V) (Toth et al. 2011); runs of an earlier engine paid the
    whole peak (``cost_share`` 1)."""
    return cost_share * liquidity["impact_y"] * daily_vol / math.sqrt(liquidity["daily_volume_usd"])


def _peak_impact(sold_usd: float, daily_vol: float, liquidity: dict) -> float:
    """How far the price has fallen when a one-day sale of ``sold_usd`` ends: Y sigma sqrt(u / V)."""
    return square_root_impact(sold_usd, liquidity["daily_volume_usd"], daily_vol, liquidity["impact_y"])


def _cash_needed(shortfall_usd: float, daily_vol: float, liquidity: dict,
                 cost_share: float = EXECUTION_COST_SHARE) -> float | None:
    """USD of bitcoin (at the pre-sale price) to sell in a day so that proceeds net of the expected execution
    cost equal the shortfall: u (1 - a sqrt(u)) = s with a = (2/3) Y sigma / sqrt(V). None when no sale can
    raise it (the proceeds peak at 4 / (27 a^2), selling u* = 4 / (9 a^2))."""
    a = _cost_per_sqrt_usd(daily_vol, liquidity, cost_share)
    if a == 0:
        return shortfall_usd
    u_star = 4 / (9 * a * a)
    if shortfall_usd > u_star / 3:
        return None
    lo, hi = shortfall_usd, u_star  # proceeds rise on [0, u*]: bisect for the smaller root
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid * (1 - a * math.sqrt(mid)) < shortfall_usd:
            lo = mid
        else:
            hi = mid
    return hi


def _sale(shortfall_usd: float, held_btc: float, price_usd: float, daily_vol: float, liquidity: dict,
          cost_share: float = EXECUTION_COST_SHARE) -> dict:
    """The one-day sale at ``price_usd`` that closes a shortfall, never more than the bitcoin held.

    When the holdings cover it: the sale whose proceeds net of its execution cost equal the shortfall. When they do not,
    the sale that raises the most: the whole stock, or u* = 4 / (9 a^2) of it when selling more would raise
    less; ``uncovered_usd`` is the shortfall less that sale's net proceeds. ``btc_needed_to_cover`` is what
    closing the gap would take, held or not, and None when no one-day sale of any size could raise it."""
    cash = _cash_needed(shortfall_usd, daily_vol, liquidity, cost_share)
    held_usd = held_btc * price_usd
    if cash is not None and cash <= held_usd:
        sold_btc = cash / price_usd
        return {"btc_needed_to_cover": sold_btc, "btc_to_sell": sold_btc, "uncovered_usd": 0.0,
                "impact_cost_usd": cash - shortfall_usd, "peak_impact": _peak_impact(cash, daily_vol, liquidity)}
    a = _cost_per_sqrt_usd(daily_vol, liquidity, cost_share)
    best_usd = 4 / (9 * a * a) if a > 0 else math.inf  # the net proceeds u (1 - a sqrt(u)) peak there
    if held_usd <= best_usd:
        sold_btc, sold_usd = held_btc, held_usd
    else:
        sold_btc, sold_usd = best_usd / price_usd, best_usd
    impact_usd = sold_usd * a * math.sqrt(sold_usd)
    return {"btc_needed_to_cover": None if cash is None else cash / price_usd, "btc_to_sell": sold_btc,
            "uncovered_usd": shortfall_usd - (sold_usd - impact_usd), "impact_cost_usd": impact_usd,
            "peak_impact": _peak_impact(sold_usd, daily_vol, liquidity)}


def _liquidation(btc: float, price: float, daily_vol: float, liquidity: dict,
                 cost_share: float = EXECUTION_COST_SHARE) -> dict:
    """Almgren-Chriss schedule for selling ``btc`` over the chosen days, its linear temporary impact calibrated
    so that the even schedule costs the square-root law's expected execution cost at that daily rate; no
    permanent impact. Risk-neutral (the default) it is that even schedule, and its cost is exactly that
    square-root cost; a risk aversion above zero front-loads it, priced by the linear model."""
    days = liquidity["liquidation_days"]
    per_day = btc / days
    volume_btc = liquidity["daily_volume_usd"] / price
    eta = price * cost_share * liquidity["impact_y"] * daily_vol * math.sqrt(per_day / volume_btc) / per_day
    s = almgren_chriss(btc, float(days), days, price * daily_vol, 0.0, 0.0, eta, liquidity["risk_aversion_per_usd"])
    return {"days": days, "schedule_btc": s.trades.tolist(), "expected_cost_usd": s.expected_cost,
            "cost_std_usd": math.sqrt(s.variance), "kappa_per_day": s.kappa}


def _macro_loss(macro: dict, day: int) -> float:
    months = min(day / DAYS_PER_MONTH, macro["months"])
    loss = 0.0 - macro["other_flows_usd"] * day / DAYS_PER_YEAR  # 0.0 - 0.0 is 0.0, not -0.0
    for flow, shock in macro["shocks"].items():
        base = macro["baseline_usd"].get(flow)
        if base is not None:  # exports and remittances bring reserves in; imports take them out
            loss += (shock if flow == "imports" else -shock) * base * months / 12
    return loss


def _model(inputs: dict, history: np.ndarray | None) -> tuple[Model, dict | None]:
    spec = dict(inputs["model"])
    kind = spec.pop("kind")
    model = SPECS[kind]
    fit = None
    if model.fits_garch and history is not None:  # FHS: the GARCH filter
        from .engine.garch import fit_garch

        g = fit_garch(history)
        spec.update(garch_alpha=g.alpha, garch_beta=g.beta)
        if not model.needs_history:  # GARCH's paths start from today's conditional variance (FHS's filter does)
            # and revert to the long-run variance of the fit itself, whose omega targets it (as simulate --prices)
            spec.update(garch_start_var=g.variance_today, vol=math.sqrt(g.variance_long_run * DAYS_PER_YEAR))
        fit = {"alpha": g.alpha, "beta": g.beta, "omega": g.omega, "log_likelihood": g.log_likelihood,
               "annualized_volatility": math.sqrt(g.variance_long_run * DAYS_PER_YEAR),
               "annualized_volatility_today": math.sqrt(g.variance_today * DAYS_PER_YEAR)}
    return Model(kind=kind, history=history if model.needs_history else None, **spec), fit


def execute(plan: RunPlan, progress: Callable[[float], None] | None = None,
            cancelled: Callable[[], bool] | None = None, threads: int = 0) -> dict:
    """The run's results (the ``simulate`` keys of docs/formats.md in USD, plus what the charts draw)."""
    started = time.perf_counter()
    x = plan.inputs
    horizon = x["scenario"]["horizon_days"]
    start_value = x["btc"] * x["price_usd"]
    tests = x["test_dates"]
    # Monte Carlo keeps values on a few dozen days; a single path is cheap to keep whole
    fan_days = _fan_days(horizon, [t["day"] for t in tests]) if x["model"] else list(range(1, horizon + 1))
    notes = list(x["notes"])
    out: dict = {"scenario_id": x["scenario"]["id"], "scenario_name": x["scenario"]["name"],
                 "kind": x["scenario"]["kind"], "start_date": x["start_date"], "btc": x["btc"],
                 "price_usd": x["price_usd"], "start_value_usd": start_value, "paths": x["paths"], "seed": x["seed"],
                 "horizon_days": horizon, "calibration": x["calibration"]}
    if x["model"] is not None:
        model, fit = _model(x, plan.history)
        # the long-run volatility (the history's for bootstrap and FHS): a sale on a test date weeks ahead meets
        # it rather than today's
        daily_vol = model.vol / math.sqrt(DAYS_PER_YEAR)
        request = Request(model=model, paths=x["paths"], horizon_days=horizon, seed=x["seed"],
                          days_per_year=DAYS_PER_YEAR, value_days=tuple(fan_days), threads=threads)
        result = simulate(request, progress, cancelled)
        relative_terminal, drawdowns, values = result.terminal, result.max_drawdown, result.values
        out["model"] = model.kind
        out["source"] = "monte carlo"
        if fit:
            out["garch_fit"] = fit
    else:
        if x["episode"] is not None:
            e = np.asarray(x["episode"]["path"])
            path = np.concatenate([e, np.full(max(0, horizon + 1 - len(e)), e[-1])])[: horizon + 1]
            out["model"], out["source"] = "historical", x["episode"]["source"]
            out["episode_depth"] = x["episode"]["depth"]
            if len(e) > horizon + 1:
                notes.append(f"The episode's trough comes on day {len(e) - 1}, after the {horizon}-day horizon: the "
                             f"path stops at {path[-1] - 1:+.1%}.")
        else:
            path = np.full(horizon + 1, shocked(1.0, x["scenario"]["params"].get("btc_shock", 0.0)))
            path[0] = 1.0  # today's value; the shock lands on day 1 and holds
            out["model"], out["source"] = "shock", "shock"
        daily_vol = DEFAULT_VOL / math.sqrt(DAYS_PER_YEAR)
        relative_terminal = path[-1:]
        drawdowns = np.array([float(m.drawdown_series(path).max())])
        values = path[1:][None, :]
        if progress:
            progress(1.0)

    def check() -> None:  # between steps that each take at most ~0.15 s at 10 million paths: a cancel is prompt
        if cancelled and cancelled():
            raise Cancelled("run cancelled")

    # scratch buffers for every step below: fresh memory the size of a run is slow to touch at once, and a
    # cancel waits for the step under way
    work, column = scratch_like(relative_terminal, check, np.float64), scratch_like(values[:, 0], check)
    out.update(outcome_summary(relative_terminal, drawdowns, start_value, check=check, work=work))
    by_day = []  # one fan day at a time
    for k in range(values.shape[1]):
        by_day.append(quantiles(values[:, k], QUANTILES, check, work=column))
    bands = np.stack(by_day, axis=1) * start_value  # (quantiles, fan days)
    start = dt.date.fromisoformat(x["start_date"])
    out["fan"] = {"days": [0, *fan_days], "dates": [(start + dt.timedelta(days=k)).isoformat() for k in [0, *fan_days]],
                  **{f"p{round(qq * 100):02d}": [start_value, *bands[i].tolist()] for i, qq in enumerate(QUANTILES)}}
    lo, hi = quantiles(relative_terminal, [0.001, 0.999], check, work=work)
    check()
    out["terminal_histogram"] = _histogram(np.multiply(relative_terminal, start_value, out=work), 60,
                                           lo * start_value, hi * start_value)
    check()
    np.copyto(work, drawdowns)
    out["drawdown_histogram"] = _histogram(work, 50, 0.0, 1.0)
    out["daily_volatility_for_impact"] = daily_vol
    out["daily_volume_usd"] = x["liquidity"]["daily_volume_usd"]
    out["test_dates"] = []
    for t in tests:
        check()
        out["test_dates"].append(_test_date(t, x, values[:, fan_days.index(t["day"])], daily_vol, notes, work))
    if "fx" in x:  # a run stored before engine "stress 6" recorded neither: it reproduces without the block
        out["fund_obligations"] = fund_obligations(x)
    out["notes"] = notes
    out["elapsed_s"] = time.perf_counter() - started
    return out


def fund_obligations(x: dict) -> dict:
    """The payments due to the Fund within the horizon in SDR, US$ and the local currency, at the assumed path and
    with the scenario's depreciation shock (the module's conventions). ``local_missing`` says why the local figures
    are None: "no_local_currency" (the workspace names none) or "no_rate" (none on or shortly before the start)."""
    rate, pay = x["fx"], x["fund_payments"]
    start, shock = dt.date.fromisoformat(x["start_date"]), rate["shock"]
    code = rate["currency"]
    missing = "no_local_currency" if code is None else "no_rate" if rate["per_usd"] is None else None
    conv = None if missing else fx.Converter(code, start, [rate["rate_date"]], [rate["per_usd"]],
                                             depreciation_per_year=rate["depreciation_per_year"])
    rows = []
    for r in pay["rows"]:
        row = {**r, "fx_rate_path": None, "fx_rate_shocked": None, "local_at_path": None, "local_with_shock": None}
        if conv is not None:
            per_usd = conv.rate(dt.date.fromisoformat(r["date"])).per_usd
            row.update(fx_rate_path=per_usd, fx_rate_shocked=per_usd / (1.0 - shock),
                       local_at_path=r["amount_usd"] * per_usd, local_with_shock=r["amount_usd"] * per_usd / (1.0 - shock))
        rows.append(row)

    def total(key: str) -> float | None:
        return None if missing else math.fsum(r[key] for r in rows)

    at_path, with_shock = total("local_at_path"), total("local_with_shock")
    return {"currency": code, "fx_rate_start": rate["per_usd"], "fx_date": rate["rate_date"],
            "depreciation_per_year": rate["depreciation_per_year"], "fx_depreciation": shock,
            "usd_per_sdr": pay["usd_per_sdr"], "payments": rows, "payments_missing": pay["missing"],
            "total_sdr": math.fsum(r["amount_sdr"] for r in rows), "total_usd": math.fsum(r["amount_usd"] for r in rows),
            "local_at_path": at_path, "local_with_shock": with_shock,
            "shock_cost_local": None if missing else with_shock - at_path, "local_missing": missing}


def _test_date(t: dict, x: dict, relative: np.ndarray, daily_vol: float, notes: list[str],
               work: np.ndarray | None = None) -> dict:
    """One test date's row; ``work``, a float64 scratch the length of ``relative``, saves two copies of it."""
    work = np.empty(len(relative)) if work is None else work
    btc, price = x["btc"], x["price_usd"]
    liquidity = x["liquidity"]
    loss = _macro_loss(x["macro"], t["day"])
    row = {"arrangement": t["arrangement"], "date": t["date"], "nir_floor_usd": t["nir_floor_usd"],
           "adjusted_floor_usd": t["adjusted_floor_usd"], "baseline_nir_usd": t["baseline_nir_usd"],
           "macro_loss_usd": loss, "nir_usd": None, "headroom_usd": None}
    np.copyto(work, relative)  # float64 (a float32 quantile would round differently)
    price_p05 = float(np.quantile(work, 0.05, overwrite_input=True)) * price
    row["btc_price_p05_usd"] = price_p05
    row["btc_value_p05_usd"] = btc * price_p05
    row.update(btc_needed_to_cover=None, prob_btc_insufficient=None, impact_cost_usd=None, peak_impact=None,
               liquidation=None, btc_held=btc, btc_to_sell=None, uncovered_usd=None)
    if t["baseline_nir_usd"] is None:
        notes.append(f"{t['date']}: no reserve observation on or before the test date, so NIR cannot be projected.")
        return row
    row["nir_usd"] = t["baseline_nir_usd"] - loss
    row["headroom_usd"] = row["nir_usd"] - t["adjusted_floor_usd"]
    shortfall = -row["headroom_usd"]
    if shortfall <= 0:
        row.update(btc_needed_to_cover=0.0, prob_btc_insufficient=0.0, impact_cost_usd=0.0, peak_impact=0.0,
                   btc_to_sell=0.0, uncovered_usd=0.0)
        return row
    row.update(_sale(shortfall, btc, price_p05, daily_vol, liquidity))
    cash = _cash_needed(shortfall, daily_vol, liquidity)
    if cash is None:
        row["prob_btc_insufficient"] = 1.0
        notes.append(f"{t['date']}: a shortfall of US${shortfall / 1e6:,.0f} m is more than any one-day sale of "
                     "bitcoin could raise under the square-root law with these liquidity assumptions.")
    else:  # a path cannot cover the shortfall when even the whole stock is worth less than the cash to sell
        np.copyto(work, relative)
        row["prob_btc_insufficient"] = float(np.mean(np.multiply(np.multiply(work, price, out=work), btc, out=work)
                                                     < cash))
    row["liquidation"] = _schedule(row["btc_to_sell"], price_p05, daily_vol, liquidity)
    return row


def _schedule(btc: float, price: float, daily_vol: float, liquidity: dict,
              cost_share: float = EXECUTION_COST_SHARE) -> dict | None:
    """The Almgren-Chriss schedule of a sale, or None when there is nothing to sell (no bitcoin, no price)."""
    return _liquidation(btc, price, daily_vol, liquidity, cost_share) if btc > 0 and price > 0 and daily_vol > 0 else None


# kept in English with the run's notes (compared there); shown as translate("stress", note)
EARLIER_ENGINE_NOTE = QT_TRANSLATE_NOOP(
    "stress", "Stored by an earlier engine: a sale here pays the square-root law's whole peak impact (today: 2/3 of "
    "it, the expected execution cost), its schedule is front-loaded by a risk aversion of 1e-8 per US$ (today: even "
    "over the chosen days), its NIR baseline may start from a reserve observation dated after its valuation date, "
    "and bootstrap and FHS runs kept the history's trend. Reproduce it to see today's rules.")


def is_earlier_engine(summary: dict) -> bool:
    """A run stored before engine "stress 4" (its summary names no VaR conventions)."""
    return "conventions" not in summary


def with_sale_advice(summary: dict, inputs: dict | None = None) -> dict:
    """A stored run's summary with the sale advice of the current convention (never more bitcoin than held).

    Runs stored before that convention advised selling whatever closed the gap, even beyond the holdings, and
    scheduled that sale; their rows are recomputed here from the holdings, the 5th-percentile price and the
    liquidity the run stored (a new run's rows come out unchanged). ``inputs`` supplies the schedule's days
    and risk aversion; without them an over-large stored schedule is dropped rather than shown. Those runs
    priced a sale at the square-root law's whole peak impact, and are recomputed that way.

    A run of an engine before "stress 4" also carries a note saying which of today's rules it predates."""
    if is_earlier_engine(summary) and EARLIER_ENGINE_NOTE not in summary.get("notes", []):
        summary = {**summary, "notes": [*summary.get("notes", []), EARLIER_ENGINE_NOTE]}
    if all("btc_to_sell" in t for t in summary["test_dates"]):
        return summary
    liquidity = dict((inputs or {}).get("liquidity") or {"impact_y": DEFAULT_IMPACT_Y})
    liquidity.setdefault("daily_volume_usd", summary["daily_volume_usd"])
    daily_vol, held = summary["daily_volatility_for_impact"], summary["btc"]
    rows = []
    for t in summary["test_dates"]:
        row = {**t, "btc_held": held, "btc_to_sell": None, "uncovered_usd": None}
        if t["headroom_usd"] is not None and t["headroom_usd"] >= 0:
            row.update(btc_to_sell=0.0, uncovered_usd=0.0)
        elif t["headroom_usd"] is not None:
            row.update(_sale(-t["headroom_usd"], held, t["btc_price_p05_usd"], daily_vol, liquidity, cost_share=1.0))
            if "liquidation_days" in liquidity:
                row["liquidation"] = _schedule(row["btc_to_sell"], t["btc_price_p05_usd"], daily_vol, liquidity, 1.0)
            elif sum((t["liquidation"] or {}).get("schedule_btc", [])) > held:
                row["liquidation"] = None
        rows.append(row)
    return {**summary, "test_dates": rows}


SALE_ADVICE_KEYS = ("btc_needed_to_cover", "btc_to_sell", "btc_held", "uncovered_usd", "impact_cost_usd", "peak_impact",
                    "liquidation", "prob_btc_insufficient")


def without_sale_advice(summary: dict) -> dict:
    """The engine's numbers of a run without the advice drawn from them (and without the note on an earlier
    engine): what reproducing a run whose advice ``with_sale_advice`` redid can still compare."""
    return {**summary, "notes": [n for n in summary.get("notes", []) if n != EARLIER_ENGINE_NOTE],
            "test_dates": [{k: v for k, v in t.items() if k not in SALE_ADVICE_KEYS} for t in summary["test_dates"]]}


def sale_text(row: dict, money: Callable[[float], str] = fmt.usd_short) -> str:
    """The advice for one test date in words, in the interface's language: "sell 2,345 BTC", "sell all 7,474 BTC:
    US$53.0 m still short"; ``money`` writes what stays short (in another currency, at the test date's rate)."""
    if row["headroom_usd"] is None or row.get("btc_to_sell") is None:
        return "—"
    if row["headroom_usd"] >= 0:
        #: no sale of bitcoin is needed to meet the NIR floor
        return translate("stress", "none needed")
    short, btc = money(row["uncovered_usd"]), fmt.btc(row["btc_to_sell"], 0)
    if row["uncovered_usd"] <= 0:
        return translate("stress", "sell {btc} BTC").format(btc=btc)
    if row["btc_to_sell"] <= 0:
        return translate("stress", "no bitcoin to sell: {short} short").format(short=short)
    if row["btc_to_sell"] < row["btc_held"]:  # the square-root law caps what one day's sale can raise
        return translate("stress", "sell {btc} BTC, the most one day can raise: {short} still short").format(
            btc=btc, short=short)
    return translate("stress", "sell all {btc} BTC: {short} still short").format(btc=btc, short=short)
