"""The planner: what the workspace's enabled policies add to the reserve, what they cost, and their risk.

Like a stress run, a projection is planned on the caller's thread (``plan_inputs`` reads the workspace)
and computed by ``project``, a pure function a worker can run.

Conventions (resources/methodology.md, "Planner"):
- The projection starts from the ledger's holdings at the end of the start day; policies add from the next
  day to the end date, so nothing the ledger already holds is counted twice.
- Baseline prices: the stored close on or before each day; after the last stored close, that close held
  flat. Monte Carlo: GBM from the start day's price at the volatility of the stress scenarios' calibration.
- Purchases in BTC spend BTC x price; purchases in USD buy USD / price. Mining output is its expected value,
  from the mining engine run from the policy's start (so the network grows from there, whatever day the
  projection starts) and kept on the projection's days. Its power cost per bitcoin divides the power cost by
  the bitcoin of the policies that have a power price only.
- The program check: a policy conflicts with a commitment in force (from its start, or the approval, to the
  program's end) when it adds bitcoin under a non-accumulation benchmark (its stored type), or when it mines
  under a benchmark against subsidised power for mining (a general benchmark that says so) without a tariff
  at or above cost recovery (``policies.power_subsidy_reason``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np

from . import domain as d
from . import fmt
from .engine.imf import add_months
from .engine.measures import volatility_of_returns
from .engine.mining import REFERENCE_DATE, REFERENCE_HEIGHT, mine
from .engine.simulate import Model, Request, simulate
from .engine.valuation import day_number, from_day_number
from .errors import InvalidInput
from .i18n import QT_TRANSLATE_NOOP, translate
from .policies import accumulation_days, mining_setup, power_subsidy_reason, purchase_amounts
from .stress import DEFAULT_VOL, DEFAULT_VOL_SOURCE, daily_history

DEFAULT_YEARS = 3
DEFAULT_PATHS = 2_000
MAX_PATH_DAYS = 20_000_000  # paths x days kept at once (80 MB of float32)
QUANTILES = (0.05, 0.25, 0.5, 0.75, 0.95)
NON_ACCUMULATION, MINING_POWER = "non_accumulation", "mining_power"
COMMITMENT_TEXT = {NON_ACCUMULATION: QT_TRANSLATE_NOOP("planner", "not to accumulate bitcoin"),
                   MINING_POWER: QT_TRANSLATE_NOOP("planner", "no subsidised power for bitcoin mining")}  # shown translated
_MINING = re.compile(r"\bmin(?:ing|ers?)\b", re.IGNORECASE)
_POWER = re.compile(r"\b(?:power|electricity|energy|tariffs?)\b", re.IGNORECASE)
_SUBSIDY = re.compile(r"subsidi[sz]", re.IGNORECASE)


def benchmark_concern(b: d.Benchmark) -> str | None:
    """What a benchmark commits to that a policy can conflict with: its stored type where it has one
    (non-accumulation), else its words (a general benchmark against subsidised power for mining)."""
    if b.type == "non_accumulation":
        return NON_ACCUMULATION
    text = b.description
    if _MINING.search(text) and _POWER.search(text) and _SUBSIDY.search(text):
        return MINING_POWER
    return None


@dataclass(frozen=True)
class PlanInputs:
    start: dt.date
    end: dt.date
    btc_at_start: float
    price_at_start: float
    price_days: np.ndarray  # stored closes (day numbers) for the baseline
    price_closes: np.ndarray
    policies: tuple[d.Policy, ...]
    vol: float
    calibration: str
    paths: int
    seed: int
    # arrangement, text, from, to, concern (NON_ACCUMULATION or MINING_POWER)
    benchmarks: tuple[tuple[str, str, dt.date, dt.date, str], ...] = field(default=())


def plan_inputs(ws, start: dt.date | None = None, years: int = DEFAULT_YEARS, paths: int = DEFAULT_PATHS,
                seed: int = 1) -> PlanInputs:
    start = start or ws.default_date()
    if not 1 <= years <= 10:
        raise InvalidInput(translate("planner", "years: from 1 to 10"))
    end = add_months(start, 12 * years)
    if not 0 <= paths <= MAX_PATH_DAYS // (end - start).days:
        raise InvalidInput(translate("planner", "paths: at most {paths} over {years} years").format(
            paths=fmt.number(MAX_PATH_DAYS // (end - start).days), years=years))
    h = ws.holdings(start)
    if h.price_usd is None:
        raise InvalidInput(translate("planner", "no BTC price on or before {date}: import a price history first").format(
            date=start))
    days, closes = ws.price_arrays("BTC")
    found = daily_history(days, closes, day_number(start))
    if found is None:
        vol, calibration = DEFAULT_VOL, translate(
            "planner", "Monte Carlo: GBM at {vol} a year ({source}); no daily price history of a year or more before "
            "the start").format(vol=fmt.pct(DEFAULT_VOL), source=translate("models", DEFAULT_VOL_SOURCE))
    else:
        vol = volatility_of_returns(found[0])
        calibration = translate("planner", "Monte Carlo: GBM at {vol} a year, from {returns} daily returns of the "
                                "imported history").format(vol=fmt.pct(vol), returns=fmt.number(len(found[0])))
    benchmarks = tuple(
        (a.name, b.description, b.start_date or a.approval_date, add_months(a.approval_date, a.months), concern)
        for a in ws.arrangements for b in a.benchmarks if (concern := benchmark_concern(b)))
    return PlanInputs(start, end, h.total_btc, h.price_usd, days, closes, tuple(p for p in ws.policies if p.enabled),
                      vol, calibration, paths, seed, benchmarks)


@dataclass
class Projection:
    days: np.ndarray  # datetime64[D], the day after the start to the end
    price: np.ndarray  # baseline price each day
    stock_btc: np.ndarray  # baseline stock at the end of each day
    bought_btc: np.ndarray  # cumulative, baseline
    spent_usd: np.ndarray  # cumulative, baseline
    mined_btc: np.ndarray  # cumulative
    mining_by_year: list[dict]
    breaches: list[dict]
    summary: dict
    fan_days: np.ndarray = field(default_factory=lambda: np.array([], dtype="datetime64[D]"))
    fan_value_usd: np.ndarray = field(default_factory=lambda: np.zeros((len(QUANTILES), 0)))  # quantiles x fan days
    terminal_value_usd: np.ndarray = field(default_factory=lambda: np.zeros(0))  # one per path


def mining_year_dates(p: Projection) -> list[dt.date]:
    """The date each of ``p.mining_by_year``'s power costs converts at in another currency: the middle of the
    year's days in the projection (a year's cost is spent across them; neither its first day's rate nor its
    last's). The window, the PDF and the workbook all take these, so a year's rupee cost reads the same."""
    start, end = dt.date.fromisoformat(p.summary["start"]), dt.date.fromisoformat(p.summary["end"])
    out = []
    for row in p.mining_by_year:
        first, last = max(start, dt.date(int(row["year"]), 1, 1)), min(end, dt.date(int(row["year"]), 12, 31))
        out.append(first + (last - first) / 2)
    return out


def _baseline_prices(inputs: PlanInputs, days: np.ndarray) -> tuple[np.ndarray, dt.date | None]:
    numbers = days.astype(np.int64)
    k = np.searchsorted(inputs.price_days, numbers, side="right") - 1
    known = inputs.price_days[k[k >= 0]] if np.any(k >= 0) else np.array([])
    price = np.where(k >= 0, inputs.price_closes[np.clip(k, 0, None)], inputs.price_at_start)
    last = from_day_number(int(known.max())) if len(known) else None
    return price, last


def project(inputs: PlanInputs, progress=None, cancelled=None) -> Projection:
    days = np.arange(np.datetime64(inputs.start, "D") + 1, np.datetime64(inputs.end, "D") + 1)
    n = len(days)
    price, last_stored = _baseline_prices(inputs, days)
    btc_fixed, usd_fixed, mined, energy_cost = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
    mined_priced = np.zeros(n)  # by the policies with a power price, the only bitcoin a power cost divides
    mining_rows: dict[int, dict] = {}
    halvings: list[dict] = []
    purchase_policies = [p for p in inputs.policies if p.kind != "mining"]
    for p in purchase_policies:
        b, u = purchase_amounts(p, days)
        btc_fixed += b
        usd_fixed += u
    for p in inputs.policies:
        if p.kind != "mining":
            continue
        fleet, network, start, end, pace = mining_setup(p)
        first, last = max(start, days[0].astype(dt.date)), min(end or inputs.end, inputs.end)
        if last < first:
            continue
        halvings += [h for h in pace.halvings(inputs.start, inputs.end) if h not in halvings]
        m = mine(fleet, network, start, last, pace).within(first, last)  # the network grows from the policy's start
        k = (m.days - days[0]).astype(np.int64)
        mined[k] += m.btc
        if fleet.power_usd_kwh is not None:
            energy_cost[k] += m.energy_kwh * fleet.power_usd_kwh
            mined_priced[k] += m.btc
        for row in m.by_year(fleet.power_usd_kwh):
            into = mining_rows.setdefault(row["year"], {"year": row["year"], "btc": 0.0, "priced_btc": 0.0,
                                                        "share_of_network": 0.0, "energy_mwh": 0.0,
                                                        "power_cost_usd": 0.0})
            into["btc"] += row["btc"]
            into["share_of_network"] += row["share_of_network"]
            into["energy_mwh"] += row["energy_mwh"]
            if "power_cost_usd" in row:
                into["power_cost_usd"] += row["power_cost_usd"]
                into["priced_btc"] += row["btc"]
    years = days.astype("datetime64[Y]").astype(int) + 1970
    for year, row in mining_rows.items():
        in_year = (years == year) & (mined > 0)
        row["market_price_usd"] = float(np.average(price[in_year], weights=mined[in_year])) if in_year.any() else None
        row["power_cost_usd_per_btc"] = row["power_cost_usd"] / row["priced_btc"] if row["priced_btc"] else None
    bought = btc_fixed + usd_fixed / price
    spent = btc_fixed * price + usd_fixed
    stock = inputs.btc_at_start + np.cumsum(bought + mined)
    out = Projection(days, price, stock, np.cumsum(bought), np.cumsum(spent), np.cumsum(mined),
                     [mining_rows[y] for y in sorted(mining_rows)], _breaches(inputs, days, bought + mined), {})
    total_bought, total_spent, total_mined = float(bought.sum()), float(spent.sum()), float(mined.sum())
    s = {"start": inputs.start.isoformat(), "end": inputs.end.isoformat(), "btc_at_start": inputs.btc_at_start,
         "price_at_start_usd": inputs.price_at_start, "policies": [p.name for p in inputs.policies],
         "btc_at_end": float(stock[-1]) if n else inputs.btc_at_start, "bought_btc": total_bought,
         "spent_usd": total_spent, "average_purchase_price_usd": total_spent / total_bought if total_bought else None,
         "mined_btc": total_mined, "mined_btc_priced": float(mined_priced.sum()),
         "mining_power_cost_usd": float(energy_cost.sum()),
         "mining_cost_usd_per_btc": float(energy_cost.sum() / mined_priced.sum()) if mined_priced.any() else None,
         "halvings": sorted(halvings, key=lambda h: (h["date"], h["from_date"])),
         "value_at_end_usd": float(stock[-1] * price[-1]) if n else None,
         "baseline_prices": (translate("planner", "stored closes to {date}, then {price} held flat").format(
             date=last_stored, price=fmt.money(price[-1]))  # a BTC price in US$ in any reporting currency
             if last_stored and last_stored < inputs.end else translate("planner", "stored closes")),
         "calibration": inputs.calibration if inputs.paths else None, "paths": inputs.paths}
    out.summary = s
    if inputs.paths and n:
        _monte_carlo(inputs, out, btc_fixed, usd_fixed, mined, progress, cancelled)
    return out


def halving_text(halvings: list[dict]) -> str:
    """The halvings a projection expects and the block pace each comes from, in one sentence per pace."""
    paces: dict[tuple, list[dict]] = {}
    for h in halvings:
        paces.setdefault((h["blocks_per_day"], h["from_height"], h["from_date"]), []).append(h)
    return " ".join(
        translate("planner", "Blocks at {per_day} a day (the pace from block {reference} on {reference_date} to block "
                  "{height} on {date}): the subsidy halves {halvings}.").format(
            per_day=fmt.number(per_day, 1), reference=fmt.number(REFERENCE_HEIGHT), reference_date=REFERENCE_DATE,
            height=fmt.number(height), date=date,
            #: the halvings' list: "at block 1,050,000 on 2028-04-11 and at block 1,260,000 on 2032-03-30"
            halvings=translate("planner", " and ").join(
                translate("planner", "at block {height} on {date}").format(height=fmt.number(h["height"]), date=h["date"])
                for h in found))
        for (per_day, height, date), found in paces.items())


def _breaches(inputs: PlanInputs, days: np.ndarray, added: np.ndarray) -> list[dict]:
    """Each enabled policy that conflicts with a commitment in force: it adds bitcoin under non-accumulation,
    or it mines without a cost-recovering tariff under a commitment against subsidised power for mining."""
    found = []
    for p in inputs.policies:
        active = accumulation_days(p, days)
        subsidy = power_subsidy_reason(p)
        for arrangement, benchmark, start, end, concern in inputs.benchmarks:
            if concern == NON_ACCUMULATION:
                reason = translate("planner", "adds bitcoin (purchases and mining count; seizures do not)")
            elif subsidy is not None:
                reason = translate("planner", "mines while {reason}").format(reason=subsidy)
            else:
                continue
            k = active & (days >= np.datetime64(start, "D")) & (days <= np.datetime64(end, "D"))
            if k.any():
                hit = days[k]
                found.append({"policy": p.name, "arrangement": arrangement, "benchmark": benchmark,
                              "concern": concern, "commitment": translate("planner", COMMITMENT_TEXT[concern]),
                              "reason": reason,
                              "first_date": str(hit[0]), "last_date": str(hit[-1]), "days": int(k.sum()),
                              "commitment_ends": end.isoformat()})
    return found


def _monte_carlo(inputs: PlanInputs, out: Projection, btc_fixed, usd_fixed, mined, progress, cancelled) -> None:
    n = len(out.days)
    request = Request(model=Model(kind="gbm", vol=inputs.vol), paths=inputs.paths, horizon_days=n, seed=inputs.seed,
                      value_days=tuple(range(1, n + 1)))
    relative = simulate(request, progress, cancelled).values  # paths x days, float32
    price = relative * np.float32(inputs.price_at_start)
    added = np.float32(btc_fixed + mined) + np.float32(usd_fixed) / price if usd_fixed.any() else \
        np.broadcast_to(np.float32(btc_fixed + mined), price.shape)
    stock = np.float32(inputs.btc_at_start) + np.cumsum(added, axis=1, dtype=np.float64)
    step = max(1, n // 36)
    picks = np.unique(np.r_[0, np.arange(step - 1, n, step), n - 1])
    values = stock[:, picks] * price[:, picks]
    out.fan_days = out.days[picks]
    out.fan_value_usd = np.quantile(values, QUANTILES, axis=0)
    out.terminal_value_usd = stock[:, -1] * price[:, -1]
    spent = price.astype(np.float64) @ btc_fixed + usd_fixed.sum()
    bought = btc_fixed.sum() + (1.0 / price.astype(np.float64)) @ usd_fixed
    s = out.summary
    s["mc_value_at_end_usd"] = _spread(out.terminal_value_usd)
    s["mc_btc_at_end"] = _spread(stock[:, -1])
    if btc_fixed.any() or usd_fixed.any():
        s["mc_spent_usd"] = _spread(spent)
        s["mc_average_purchase_price_usd"] = _spread(spent / bought)


def _spread(x: np.ndarray) -> dict:
    """The 5th, 50th and 95th percentiles across paths."""
    return {key: float(v) for key, v in zip(("p05", "p50", "p95"), np.quantile(x, (0.05, 0.5, 0.95)), strict=True)}
