"""Accumulation policies: their rules, and what each adds on each day.

Kinds and their parameters (amounts are per purchase; a purchase names ``btc`` or ``usd``, never both):
- ``daily``: ``btc`` or ``usd`` every day from ``start_date`` to ``end_date`` (open-ended without one);
- ``monthly``: the same once a month, on the start date's day of the month (the month's last day when
  the month is shorter);
- ``lump``: ``purchases``, a list of ``{date, btc | usd}``;
- ``mining``: ``mw``, ``j_per_th``, ``pue``, ``uptime``, ``start_date``, optional ``end_date``, the network
  excluding the country's fleet as ``network_eh`` with ``network_growth`` a year or as ``network_points``
  (``[{date, eh}]``), ``fee_btc`` a block, and optionally ``power_usd_kwh`` with ``power_basis``
  (``tariff``, or ``export``: the price the same power would fetch abroad, its opportunity cost) and
  ``cost_recovery_usd_kwh``, what a kWh costs the power system to supply (the level below which a tariff
  is subsidised); optionally ``last_block_height`` with ``last_block_date``, a block observed after the
  built-in one (900,000 on 2025-06-06), from which block heights, and so the halvings, are projected.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from . import domain as d
from . import fmt
from .engine.imf import add_months
from .engine.mining import DEFAULT_FEE_BTC, BlockPace, Fleet, Network
from .i18n import translate

EARLIEST = dt.date(2009, 1, 3)
LATEST = dt.date(2100, 12, 31)
MAX_BTC = 21_000_000
MAX_USD = 1e13
POWER_BASES = ("tariff", "export")
PARAMS = {
    "daily": {"start_date", "end_date", "btc", "usd"},
    "monthly": {"start_date", "end_date", "btc", "usd"},
    "lump": {"purchases"},
    "mining": {"mw", "j_per_th", "pue", "uptime", "start_date", "end_date", "network_eh", "network_growth",
               "network_points", "fee_btc", "power_usd_kwh", "power_basis", "cost_recovery_usd_kwh",
               "last_block_height", "last_block_date"},
}


def _date(value, field: str, problems: list[str], required: bool = True) -> dt.date | None:
    if value is None:
        if required:
            problems.append(f"{field}: " + translate("policies", "required"))
        return None
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(f"{field}: " + translate("policies", "{value} is not a YYYY-MM-DD date").format(value=repr(value)))
        return None
    if not EARLIEST <= day <= LATEST:
        problems.append(f"{field}: " + translate("policies", "{day} is outside {first} to {last}").format(
            day=day, first=EARLIEST, last=LATEST))
    return day


def _number(value, field: str, low: float, high: float, problems: list[str], *, above: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(f"{field}: " + translate("policies", "must be a finite number"))
    elif not (low < value if above else low <= value) or value > high:
        outside = (translate("policies", "{value} is outside above {low} to {high}") if above
                   else translate("policies", "{value} is outside {low} to {high}"))
        problems.append(f"{field}: " + outside.format(value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))


def _amount(item: dict, where: str, problems: list[str]) -> None:
    given = [k for k in ("btc", "usd") if item.get(k) is not None]
    if len(given) != 1:
        problems.append(f"{where}btc: " + translate("policies", "give an amount in btc or in usd (one of them)"))
        return
    key = given[0]
    _number(item[key], f"{where}{key}", 0, MAX_BTC if key == "btc" else MAX_USD, problems, above=True)


def policy_problems(p: d.Policy) -> list[str]:
    """Every way ``p`` breaks the rules, each naming its field; empty when it is valid."""
    problems: list[str] = []
    if not isinstance(p.name, str) or not 1 <= len(p.name.strip()) <= 200:
        problems.append("name: " + translate("policies", "1-200 characters"))
    if p.note is not None and len(p.note) > 2000:
        problems.append("note: " + translate("policies", "at most {count} characters").format(count=fmt.number(2000)))
    if p.kind not in PARAMS:
        return problems + ["kind: " + translate("policies", "must be one of {choices}").format(choices=", ".join(PARAMS))]
    q = p.params
    unknown = set(q) - PARAMS[p.kind]
    if unknown:
        problems.append("params: " + translate("policies", "{names} do not apply to a {kind} policy").format(
            names=", ".join(sorted(unknown)), kind=p.kind))
    if p.kind in ("daily", "monthly"):
        start = _date(q.get("start_date"), "start_date", problems)
        end = _date(q.get("end_date"), "end_date", problems, required=False)
        if start and end and end < start:
            problems.append("end_date: " + translate("policies", "must not come before start_date"))
        _amount(q, "", problems)
    elif p.kind == "lump":
        purchases = q.get("purchases")
        if not isinstance(purchases, list) or not purchases:
            problems.append("purchases: " + translate("policies", "at least one {date, btc or usd}"))
        else:
            for i, item in enumerate(purchases, start=1):
                if not isinstance(item, dict):
                    problems.append(f"purchases[{i}]: " + translate("policies", "must be {date, btc or usd}"))
                    continue
                _date(item.get("date"), f"purchases[{i}].date", problems)
                _amount(item, f"purchases[{i}].", problems)
    else:
        start = _date(q.get("start_date"), "start_date", problems)
        end = _date(q.get("end_date"), "end_date", problems, required=False)
        if start and end and end < start:
            problems.append("end_date: " + translate("policies", "must not come before start_date"))
        for key, low, high in (("mw", 0, 100_000), ("j_per_th", 1, 500), ("pue", 1, 3), ("uptime", 0, 1),
                               ("fee_btc", 0, 10), ("network_growth", -0.99, 10), ("power_usd_kwh", 0, 10),
                               ("cost_recovery_usd_kwh", 0, 10)):
            if key in q or key in ("mw", "j_per_th"):
                _number(q.get(key), key, low, high, problems, above=key in ("mw", "uptime"))
        points = q.get("network_points")
        if points:
            if not isinstance(points, list) or not all(isinstance(x, dict) for x in points):
                problems.append("network_points: " + translate("policies", "a list of {date, eh}"))
            else:
                for i, x in enumerate(points, start=1):
                    _date(x.get("date"), f"network_points[{i}].date", problems)
                    _number(x.get("eh"), f"network_points[{i}].eh", 0, 1e6, problems, above=True)
                dates = [x.get("date") for x in points]
                if dates != sorted(set(dates), key=str):
                    problems.append("network_points: " + translate("policies", "dates in order, one point per date"))
        else:
            _number(q.get("network_eh"), "network_eh", 0, 1e6, problems, above=True)
        if q.get("power_basis", "tariff") not in POWER_BASES:
            problems.append("power_basis: " + translate("policies", "one of {choices}").format(
                choices=", ".join(POWER_BASES)))
        _last_block(q, problems)
    return problems


def _last_block(q: dict, problems: list[str]) -> None:
    """A block the user observed (height and date, both or neither) must be a plausible later block."""
    height, date = q.get("last_block_height"), q.get("last_block_date")
    if height is None and date is None:
        return
    if height is None or date is None:
        problems.append(f"{'last_block_height' if height is None else 'last_block_date'}: "
                        + translate("policies", "give the last block's height and its date together"))
        return
    day = _date(date, "last_block_date", problems)
    if isinstance(height, bool) or not isinstance(height, int):
        problems.append("last_block_height: " + translate("policies", "{value} is not a whole block height").format(
            value=repr(height)))
    elif day:
        try:
            BlockPace(height, day).check()
        except ValueError as exc:
            problems.append(str(exc))


def purchase_amounts(p: d.Policy, days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """BTC and USD a purchase policy spends on each of ``days`` (datetime64[D], consecutive)."""
    btc, usd = np.zeros(len(days)), np.zeros(len(days))
    if not len(days):
        return btc, usd
    first, last = days[0].astype(dt.date), days[-1].astype(dt.date)
    q = p.params
    if p.kind == "lump":
        dated = [(dt.date.fromisoformat(x["date"]), x) for x in q["purchases"]]
    else:
        start = dt.date.fromisoformat(q["start_date"])
        end = min(dt.date.fromisoformat(q["end_date"]), last) if q.get("end_date") else last
        if p.kind == "daily":
            span = np.arange(np.datetime64(max(start, first), "D"), np.datetime64(end, "D") + 1)
            k = (span - days[0]).astype(np.int64)
            (btc if q.get("btc") is not None else usd)[k] = q["btc"] if q.get("btc") is not None else q["usd"]
            return btc, usd
        dated, n = [], 0
        while (day := add_months(start, n)) <= end:
            dated.append((day, q))
            n += 1
    for day, item in dated:
        if first <= day <= last:
            k = (day - first).days
            if item.get("btc") is not None:
                btc[k] += item["btc"]
            else:
                usd[k] += item["usd"]
    return btc, usd


def mining_setup(p: d.Policy) -> tuple[Fleet, Network, dt.date, dt.date | None, BlockPace]:
    q = p.params
    fleet = Fleet(mw=q["mw"], j_per_th=q["j_per_th"], pue=q.get("pue", 1.10), uptime=q.get("uptime", 1.0),
                  fee_btc=q.get("fee_btc", DEFAULT_FEE_BTC), power_usd_kwh=q.get("power_usd_kwh"))
    points = tuple((dt.date.fromisoformat(x["date"]), float(x["eh"])) for x in q.get("network_points") or ())
    network = Network(start_eh=q.get("network_eh", points[0][1] if points else 0.0),
                      growth_per_year=q.get("network_growth", 0.0), points=points)
    end = dt.date.fromisoformat(q["end_date"]) if q.get("end_date") else None
    pace = BlockPace(q["last_block_height"], dt.date.fromisoformat(q["last_block_date"])) \
        if q.get("last_block_height") is not None else BlockPace()
    return fleet, network, dt.date.fromisoformat(q["start_date"]), end, pace


def power_subsidy_reason(p: d.Policy) -> str | None:
    """Why a mining policy's power may be subsidised, in words (the interface's language); None when it states a tariff the miner pays at
    or above the cost of supplying the power (cost recovery), the one case a no-subsidy commitment allows.
    Silence counts against the policy: a commitment is met by showing the tariff recovers cost."""
    if p.kind != "mining":
        return None
    q = p.params
    price, basis, cost = q.get("power_usd_kwh"), q.get("power_basis", "tariff"), q.get("cost_recovery_usd_kwh")
    if price is None:
        return translate("policies", "no tariff for the power is stated")
    if basis != "tariff":
        return translate("policies", "the power is valued at its export price (US${price}/kWh), not a tariff the "
                         "miner pays").format(price=fmt.number(price, 3))
    if cost is None:
        return translate("policies", "the tariff (US${price}/kWh) is not compared with a cost-recovery level").format(
            price=fmt.number(price, 3))
    if price < cost:
        return translate("policies", "the tariff (US${price}/kWh) is below cost recovery (US${cost}/kWh)").format(
            price=fmt.number(price, 3), cost=fmt.number(cost, 3))
    return None


def accumulation_days(p: d.Policy, days: np.ndarray) -> np.ndarray:
    """Which of ``days`` the policy adds bitcoin on (a purchase, or a day of mining)."""
    if p.kind == "mining":
        _, _, start, end, _ = mining_setup(p)
        after = days >= np.datetime64(start, "D")
        return after & (days <= np.datetime64(end, "D")) if end else after
    btc, usd = purchase_amounts(p, days)
    return (btc > 0) | (usd > 0)
