"""The rules a stress scenario must follow, whoever writes it (the editor, a built-in, a stored row).

A scenario has a kind, a horizon and parameters:
- ``historical``: an episode (``peak_date``, ``trough_date``, published ``depth``) replayed or stylised;
- ``shock``: ``btc_shock``, an immediate change of the bitcoin price held to the horizon (-0.5 halves it);
- ``monte_carlo``: a ``model`` of the engine with its parameters, ``paths`` and ``seed``.
Any kind may add macro shocks: ``macro_shocks`` maps exports, imports or remittances to a fractional change
of the baseline flow, lasting ``macro_months``; ``other_flows_usd`` is a change of other net inflows, USD a year.
Any kind may add ``fx_depreciation``: the share of its US$ value the member's local currency loses on day 1 and
holds (0.2: PKR 280 per US$ becomes 280 / (1 - 0.2) = 350), which prices the payments due to the Fund.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from . import domain as d
from . import fmt
from .engine.models import PARAMS as MODEL_PARAMS
from .engine.models import SPECS
from .engine.simulate import MAX_PATHS
from .i18n import translate
from .io.fields import date_out_of_bounds

KINDS = ("historical", "shock", "monte_carlo")
MACRO_FLOWS = ("exports", "imports", "remittances")
ID_PATTERN = re.compile(r"[a-z0-9-]{1,64}")
MAX_HORIZON_DAYS = 3650
PARAMS = {
    "historical": {"asset", "peak_date", "trough_date", "depth", "replay"},
    "shock": {"btc_shock"},
    "monte_carlo": {"model", "paths", "seed"},  # and every model parameter of the registry
}
MACRO_PARAMS = {"macro_shocks", "macro_months", "other_flows_usd", "fx_depreciation"}
MAX_FX_DEPRECIATION = 0.9  # a tenfold rise in units per US$; the rupee lost about a quarter in 2023


def _number(params: dict, key: str, low: float, high: float, problems: list[str], *, integer: bool = False,
            label: str | None = None) -> None:
    if key not in params:
        return
    value = params[key]
    name = label or key
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(f"{name}: " + translate("scenario_rules", "must be a finite number"))
    elif integer and value != int(value):
        problems.append(f"{name}: " + translate("scenario_rules", "must be a whole number"))
    elif not low <= value <= high:
        problems.append(f"{name}: " + translate("scenario_rules", "{value} is outside {low} to {high}").format(
            value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))


def _date(params: dict, key: str, problems: list[str]) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(params[key])
    except KeyError:
        problems.append(f"{key}: " + translate("scenario_rules", "required for a historical episode"))
    except (TypeError, ValueError):
        problems.append(f"{key}: " + translate("scenario_rules", "{value} is not a YYYY-MM-DD date").format(
            value=repr(params[key])))
    else:
        if not (why := date_out_of_bounds(day)):
            return day
        problems.append(f"{key}: {why}")
    return None


def scenario_problems(s: d.Scenario) -> list[str]:
    """Every way ``s`` breaks the rules, each naming its field; empty when it is valid."""
    problems: list[str] = []
    if not isinstance(s.id, str) or not ID_PATTERN.fullmatch(s.id):
        problems.append("id: " + translate("scenario_rules", "1-64 characters from a-z, 0-9 and '-'"))
    if not isinstance(s.name, str) or not 1 <= len(s.name.strip()) <= 200:
        problems.append("name: " + translate("scenario_rules", "1-200 characters"))
    if s.note is not None and len(s.note) > 2000:
        problems.append("note: " + translate("scenario_rules", "at most {count} characters").format(
            count=fmt.number(2000)))
    if s.kind not in KINDS:
        return problems + ["kind: " + translate("scenario_rules", "must be one of {choices}").format(
            choices=", ".join(KINDS))]
    if isinstance(s.horizon_days, bool) or not isinstance(s.horizon_days, int) or not 1 <= s.horizon_days <= MAX_HORIZON_DAYS:
        problems.append("horizon_days: " + translate("scenario_rules", "a whole number of days from 1 to {days}").format(
            days=fmt.number(MAX_HORIZON_DAYS)))
    p = s.params
    if not isinstance(p, dict):
        return problems + ["params: " + translate("scenario_rules", "must be a mapping of names to values")]
    unknown = set(p) - PARAMS[s.kind] - MACRO_PARAMS - (set(MODEL_PARAMS) if s.kind == "monte_carlo" else set())
    if unknown:
        problems.append("params: " + translate("scenario_rules", "{names} do not apply to a {kind} scenario").format(
            names=", ".join(sorted(unknown)), kind=s.kind))
    if s.kind == "historical":
        peak, trough = _date(p, "peak_date", problems), _date(p, "trough_date", problems)
        if peak and trough and peak >= trough:
            problems.append("trough_date: " + translate("scenario_rules", "must come after peak_date"))
        if "depth" not in p:
            problems.append("depth: " + translate("scenario_rules", "required (the published peak-to-trough fall, "
                                                  "0.766 for 76.6%)"))
        _number(p, "depth", 0.001, 0.999, problems)
        if p.get("asset", "BTC") != "BTC":
            problems.append("asset: " + translate("scenario_rules", "only BTC episodes can be replayed"))
    elif s.kind == "shock":
        _number(p, "btc_shock", -0.99, 10.0, problems)
        if "btc_shock" not in p and not p.get("macro_shocks") and not p.get("other_flows_usd") \
                and not p.get("fx_depreciation"):
            problems.append("btc_shock: " + translate("scenario_rules", "a shock scenario needs a bitcoin shock, a "
                                                      "macro shock or a depreciation of the local currency"))
    else:
        if not isinstance(p.get("model"), str) or p["model"] not in SPECS:  # a list is not a key: no TypeError
            problems.append("model: " + translate("scenario_rules", "must be one of {choices}").format(
                choices=", ".join(SPECS)))
        for param in MODEL_PARAMS.values():
            _number(p, param.name, param.low, param.high, problems, integer=param.integer)
        _number(p, "paths", 1, MAX_PATHS, problems, integer=True)
        _number(p, "seed", 0, 2**63 - 1, problems, integer=True)
        if p.get("garch_alpha", 0) + p.get("garch_beta", 0) >= 1:
            problems.append("garch_beta: " + translate("scenario_rules", "alpha + beta must be below 1 (a stationary "
                                                       "GARCH)"))
    shocks = p.get("macro_shocks", {})
    if not isinstance(shocks, dict):
        problems.append("macro_shocks: " + translate("scenario_rules", "must map exports, imports or remittances to a "
                                                     "fraction"))
    else:
        for flow in shocks:
            if flow not in MACRO_FLOWS:
                problems.append("macro_shocks: " + translate("scenario_rules", "{flow} is not one of {choices}").format(
                    flow=repr(flow), choices=", ".join(MACRO_FLOWS)))
            else:
                _number(shocks, flow, -1.0, 10.0, problems, label=f"macro_shocks.{flow}")
    _number(p, "macro_months", 1, 120, problems, integer=True)
    _number(p, "other_flows_usd", -1e13, 1e13, problems)
    _number(p, "fx_depreciation", 0.0, MAX_FX_DEPRECIATION, problems)
    return problems
