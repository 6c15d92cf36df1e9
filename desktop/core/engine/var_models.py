"""Today's one-day and ten-day VaR and ES by each of the backtested models, from one period's returns.

Conventions (resources/methodology.md, "Risk measures by model"):

- Returns are simple daily returns; VaR and ES are positive fractions of the holding's value (a loss), at the
  confidence ``c``; ES is the mean loss beyond the VaR.
- One day: historical (the k-th lowest return, k = ceil(n (1 - c)); ES by Rockafellar-Uryasev, VaR + the sum of the
  losses beyond it over n (1 - c): the mean of the k lowest when n (1 - c) is whole), normal (the
  period's mean and sample standard deviation), Cornish-Fisher (the period's four moments; none outside the
  expansion's domain), EWMA (RiskMetrics: lambda 0.94, zero mean, the recursion seeded with the variance of the
  first ``seed_days`` returns), FHS (the returns divided by their EWMA volatility, their historical VaR and ES
  times the volatility forecast for the next day), GARCH(1,1) (fitted on the period, the next day's conditional
  variance, normal quantile, the period's mean).
- Ten days: historical, normal, Cornish-Fisher and EWMA scale the one-day figure by the square root of 10 (the
  Basel rule: it assumes independent returns of constant volatility). FHS and GARCH are simulated: 10,000 paths of
  ten days on which volatility moves by the model's own recursion (FHS draws the standardised returns of the
  period; GARCH draws normal ones), compounded; VaR and ES are the historical rule on the paths' returns, with a
  fixed seed so that the figures are reproducible. A loss is never more than the whole value: one-day and ten-day
  figures are capped at 100% (a normal VaR of a series with a thousandfold jump would otherwise exceed it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .. import fmt
from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import measures as m
from .backtest import EWMA_LAMBDA, GARCH_MIN_WINDOW, METHODS, ewma_sigmas
from .garch import fit_garch

HORIZON_DAYS = 10
SIMULATED_PATHS = 10_000
SIMULATION_SEED = 20_240_601
# how a ten-day figure is obtained: stored with the figures and written to the CSV as is; shown by ten_day_rule_text
SQRT_TIME, SIMULATED = QT_TRANSLATE_NOOP("var_models", "square root of time"), QT_TRANSLATE_NOOP("var_models", "simulated")
TEN_DAY_RULE = {"historical": SQRT_TIME, "parametric": SQRT_TIME, "cornish-fisher": SQRT_TIME, "ewma": SQRT_TIME,
                "fhs": SIMULATED, "garch": SIMULATED}


GARCH_TOO_SHORT = QT_TRANSLATE_NOOP("var_models", "fitting GARCH needs at least {needed} returns ({returns} in the "
                                    "period)")


def ten_day_rule_text(rule: str) -> str:
    """How a ten-day figure is obtained, in the interface's language."""
    return translate("var_models", rule)


@dataclass(frozen=True)
class ModelRisk:
    """One model's VaR and ES (positive loss fractions; None with ``problem`` when the model gives none)."""

    method: str
    var_1d: float | None
    es_1d: float | None
    var_10d: float | None
    es_10d: float | None
    ten_day_rule: str
    problem: str | None = None  # in the interface's language (shown)
    english_problem: str | None = None  # the same in English (the CSV export's)

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "english_problem"} | {"problem": self.english_problem}


def _cap(x: float | None) -> float | None:
    return None if x is None else min(x, 1.0)


def _sqrt_time(method: str, var: float, es: float) -> ModelRisk:
    root = math.sqrt(HORIZON_DAYS)
    return ModelRisk(method, _cap(var), _cap(es), _cap(var * root), _cap(es * root), SQRT_TIME)


def simulate_fhs(standardised: np.ndarray, sigma_next: float, rng: np.random.Generator,
                 paths: int = SIMULATED_PATHS, days: int = HORIZON_DAYS, lam: float = EWMA_LAMBDA) -> np.ndarray:
    """Ten-day compounded returns: each day draws a standardised return of the period, scales it by the day's EWMA
    volatility, and the volatility moves by the EWMA recursion with that return."""
    s2 = np.full(paths, sigma_next**2)
    growth = np.ones(paths)
    for _ in range(days):
        r = rng.choice(standardised, size=paths) * np.sqrt(s2)
        growth *= 1 + r
        s2 = lam * s2 + (1 - lam) * r * r
    return growth - 1


def simulate_garch(omega: float, alpha: float, beta: float, mean: float, variance_next: float,
                   rng: np.random.Generator, paths: int = SIMULATED_PATHS, days: int = HORIZON_DAYS) -> np.ndarray:
    """Ten-day compounded returns of the fitted GARCH(1,1) with normal innovations around the period's mean."""
    s2 = np.full(paths, variance_next)
    growth = np.ones(paths)
    for _ in range(days):
        shock = rng.standard_normal(paths) * np.sqrt(s2)
        growth *= 1 + mean + shock
        s2 = omega + alpha * shock * shock + beta * s2
    return growth - 1


def model_risk(returns: np.ndarray, method: str, confidence: float, seed_days: int = 250) -> ModelRisk:
    """One model's one-day and ten-day VaR and ES from the period's ``returns`` (see the module's conventions)."""
    r = np.asarray(returns, dtype=np.float64)
    if method not in METHODS:
        raise InvalidInput(f"method: one of {', '.join(METHODS)}")
    if not 0.5 < confidence < 1:
        raise InvalidInput("confidence must be between 0.5 and 1")
    if len(r) < 30 or not np.all(np.isfinite(r)):
        raise InvalidInput(f"VaR needs at least 30 finite returns ({len(r):,} in the period)")
    seed_days = min(seed_days, len(r))
    rule = TEN_DAY_RULE[method]
    if method == "historical":
        return _sqrt_time(method, *m.historical_var_es(r, confidence))
    mean, std = m.sample_moments(r)
    if method == "parametric":
        return _sqrt_time(method, *m.parametric_var_es(mean, std, confidence))
    if method == "cornish-fisher":
        skew, excess = m.skew_and_excess_kurtosis(r)
        problem = m.cornish_fisher_domain_problem(skew, excess)
        if problem:
            return ModelRisk(method, None, None, None, None, rule, problem,
                             m.cornish_fisher_domain_problem(skew, excess, english=True))
        return _sqrt_time(method, *m.cornish_fisher_var_es(r, confidence))
    rng = np.random.default_rng(SIMULATION_SEED)
    if method == "ewma":
        sigma = float(ewma_sigmas(r, seed_days)[-1])
        return _sqrt_time(method, *m.parametric_var_es(0.0, sigma, confidence))
    if method == "fhs":
        sigmas = ewma_sigmas(r, seed_days)
        moving = sigmas[:-1] > 0  # a flat start (a stale feed) has no volatility to divide by: those days are left out
        standardised = r[moving] / sigmas[:-1][moving]
        var, es = (float(sigmas[-1] * x) for x in m.historical_var_es(standardised, confidence))
        ten = m.historical_var_es(simulate_fhs(standardised, float(sigmas[-1]), rng), confidence)
        return ModelRisk(method, _cap(var), _cap(es), _cap(ten[0]), _cap(ten[1]), rule)
    if len(r) < GARCH_MIN_WINDOW:
        return ModelRisk(method, None, None, None, None, rule,
                         translate("var_models", GARCH_TOO_SHORT).format(needed=GARCH_MIN_WINDOW,
                                                                         returns=fmt.number(len(r))),
                         GARCH_TOO_SHORT.format(needed=GARCH_MIN_WINDOW, returns=f"{len(r):,}"))
    fit = fit_garch(r)
    var, es = m.parametric_var_es(mean, math.sqrt(fit.variance_today), confidence)
    ten = m.historical_var_es(simulate_garch(fit.omega, fit.alpha, fit.beta, mean, fit.variance_today, rng), confidence)
    return ModelRisk(method, _cap(var), _cap(es), _cap(ten[0]), _cap(ten[1]), rule)
