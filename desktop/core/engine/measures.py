"""Risk measures on a price series. NumPy only; no clocks, files or global state.

Conventions (resources/methodology.md):
- returns are daily between consecutive observations; log returns for volatility, simple returns for
  VaR and ES, so that a loss is a fraction of value;
- losses are **positive fractions** (a fall from 100 to 60 is a loss of 0.40);
- volatility is the sample standard deviation (ddof=1) of daily log returns times sqrt(days a year),
  365 by default for bitcoin, which trades every day;
- historical VaR at confidence a is the lower empirical quantile of returns at 1 - a, numpy's
  ``inverted_cdf``: with n returns sorted ascending, the k-th smallest with k = ceil(n(1 - a)), the
  product rounded to 1e-9 first so floating-point error in 1 - 0.99 cannot move k; ES is the
  Rockafellar-Uryasev discrete estimator VaR + sum(max(L - VaR, 0)) / (n(1 - a));
- Cornish-Fisher VaR and ES only inside the expansion's domain, where it is increasing and so a quantile
  (Maillard 2012); outside it no figure, and the reason;
- EWMA (RiskMetrics): s2_t = lambda s2_(t-1) + (1 - lambda) r_t^2, seeded with the sample variance of the
  first 30 returns (or all, if fewer);
- drawdown on day t = 1 - P_t / max(P_0..P_t); an episode runs from a peak until the price is back at
  or above it; the Ulcer index is the root mean square of the daily drawdown (a fraction).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from .. import fmt
from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate

_NORMAL = NormalDist()
EWMA_SEED_RETURNS = 30


class SeriesError(InvalidInput):
    """The price series cannot be measured (missing, non-positive or too few prices)."""


def check_prices(prices: np.ndarray, minimum: int = 2) -> np.ndarray:
    p = np.asarray(prices, dtype=np.float64)
    if p.ndim != 1 or len(p) < minimum:
        raise SeriesError(f"need at least {minimum} prices, got {len(p)}")
    bad = np.flatnonzero(~np.isfinite(p) | (p <= 0))
    if bad.size:
        raise SeriesError(f"price {bad[0] + 1} is {p[bad[0]]!r}: prices must be finite and positive (never filled in)")
    return p


def log_returns(prices: np.ndarray) -> np.ndarray:
    return np.diff(np.log(check_prices(prices)))


def simple_returns(prices: np.ndarray, horizon_days: int = 1) -> np.ndarray:
    """Overlapping h-observation simple returns P_(t+h) / P_t - 1."""
    p = check_prices(prices, minimum=horizon_days + 1)
    return p[horizon_days:] / p[:-horizon_days] - 1.0


def annualized_volatility(prices: np.ndarray, days_per_year: float = 365.0) -> float:
    r = log_returns(prices)
    if len(r) < 2:
        raise SeriesError("need at least 3 prices for a volatility")
    return volatility_of_returns(r, days_per_year)


def volatility_of_returns(log_returns_daily: np.ndarray, days_per_year: float = 365.0) -> float:
    """The one volatility estimate of a history, wherever one is calibrated (risk, stress runs, the Planner,
    ``simulate --prices``): the sample standard deviation (ddof=1) of daily log returns x sqrt(days a year)."""
    return float(np.std(np.asarray(log_returns_daily, dtype=np.float64), ddof=1) * math.sqrt(days_per_year))


def ewma_variance(returns: np.ndarray, lam: float = 0.94, prior_variance: float | None = None) -> float:
    """The RiskMetrics variance after the last return (daily units)."""
    r = np.asarray(returns, dtype=np.float64)
    if not 0 < lam < 1:
        raise InvalidInput("lambda must be between 0 and 1")
    if prior_variance is None:
        seed = r[:EWMA_SEED_RETURNS]
        prior_variance = float(np.var(seed, ddof=1)) if len(seed) > 1 else float(seed[0] ** 2)
        r = r[len(seed):]
    # s2_n = lam^n s2_0 + (1 - lam) sum lam^(n-1-i) r_i^2, summed in closed form without a Python loop
    n = len(r)
    weights = (1 - lam) * lam ** np.arange(n - 1, -1, -1, dtype=np.float64)
    return float(lam**n * prior_variance + np.dot(weights, r * r))


def _tail_count(n: int, confidence: float) -> int:
    if not 0 < confidence < 1:
        raise InvalidInput("confidence must be between 0 and 1")
    return max(1, math.ceil(round(n * (1.0 - confidence), 9)))


def historical_var_es(returns: np.ndarray, confidence: float, *, overwrite: bool = False) -> tuple[float, float]:
    """(VaR, ES) as positive loss fractions from observed simple returns; ``overwrite`` lets it reorder a
    float64 ``returns`` in place instead of copying it (the same figures)."""
    r = np.asarray(returns, dtype=np.float64)
    n = len(r)
    if n == 0:
        raise SeriesError("no returns")
    k = _tail_count(n, confidence)
    # the k lowest, sorted: the same numbers as a full sort's first k, ten times quicker on 10 million paths
    if overwrite and r is returns:
        r.partition(k - 1)
    else:
        r = np.partition(r, k - 1)
    r = np.sort(r[:k])
    var = -r[k - 1]
    losses = -r[:k]
    es = var + float(np.sum(np.maximum(losses - var, 0.0))) / (n * (1.0 - confidence))
    return float(var), float(es)


def parametric_var_es(mean: float, std: float, confidence: float) -> tuple[float, float]:
    """Normal VaR and ES of a return with this mean and standard deviation."""
    z = _NORMAL.inv_cdf(confidence)
    return -mean + std * z, -mean + std * _NORMAL.pdf(z) / (1.0 - confidence)


def cornish_fisher_var(mean: float, std: float, skew: float, excess_kurtosis: float, confidence: float) -> float:
    """VaR with the quantile adjusted for skewness and excess kurtosis (Cornish-Fisher expansion). The bare
    formula: it is a VaR only inside the expansion's domain (``cornish_fisher_domain_problem``)."""
    z = _NORMAL.inv_cdf(1.0 - confidence)
    s, k = skew, excess_kurtosis
    z_cf = z + (z * z - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s * s / 36
    return -(mean + std * z_cf)


def cornish_fisher_domain_problem(skew: float, excess_kurtosis: float, english: bool = False) -> str | None:
    """Why the expansion is not a quantile function for these moments, or None inside its domain; in the
    interface's language, or in English (``english``: a CSV's or the command line's text).

    The expansion is a quantile only where z -> z_cf is increasing for every z (Maillard 2012, "A User's
    Guide to the Cornish Fisher Expansion"). Its derivative is the quadratic a z^2 + b z + c with
    a = k/8 - s^2/6, b = s/3, c = 1 - k/8 + 5 s^2/36, non-negative everywhere exactly when a >= 0 and
    b^2 - 4ac <= 0; with no skew that is 0 <= k <= 8."""
    say = (lambda context, text: text) if english else translate
    number = (lambda x: f"{x:.2f}") if english else (lambda x: fmt.number(x, 2))
    s, k = skew, excess_kurtosis
    if not (math.isfinite(s) and math.isfinite(k)):
        return say("measures", CF_FLAT)
    a, b, c = k / 8 - s * s / 6, s / 3, 1 - k / 8 + 5 * s * s / 36
    if a >= 0 and b * b - 4 * a * c <= 0:
        return None
    return say("measures", CF_OUTSIDE).format(skewness=number(s), kurtosis=number(k))


CF_FLAT = QT_TRANSLATE_NOOP("measures", "Cornish-Fisher VaR and ES not given: the returns do not vary, so they have no "
                            "skewness or kurtosis")
CF_OUTSIDE = QT_TRANSLATE_NOOP(
    "measures", "Cornish-Fisher VaR and ES not given: with skewness {skewness} and excess kurtosis {kurtosis} the "
    "expansion is not increasing in the normal quantile, so it is not a quantile (Maillard 2012, A User's Guide to "
    "the Cornish Fisher Expansion; without skew it holds only for excess kurtosis 0 to 8)")


class CornishFisherDomainError(InvalidInput):
    """The sample's skewness and excess kurtosis lie outside the Cornish-Fisher expansion's domain."""


def skew_and_excess_kurtosis(returns: np.ndarray) -> tuple[float, float]:
    """Sample skewness and excess kurtosis of returns standardised by their mean and sample std (ddof=1);
    NaN when the returns do not vary."""
    r = np.asarray(returns, dtype=np.float64)
    if len(r) < 2 or np.std(r, ddof=1) == 0:
        return math.nan, math.nan
    centred = (r - np.mean(r)) / np.std(r, ddof=1)
    return float(np.mean(centred**3)), float(np.mean(centred**4) - 3.0)


def cornish_fisher_var_es(returns: np.ndarray, confidence: float) -> tuple[float, float]:
    """CF VaR from the sample moments, and ES as the mean CF loss beyond it (integrated over the tail).
    Raises CornishFisherDomainError, naming the reason, when the moments are outside the domain."""
    r = np.asarray(returns, dtype=np.float64)
    mean, std = float(np.mean(r)), float(np.std(r, ddof=1))
    skew, excess = skew_and_excess_kurtosis(r)
    problem = cornish_fisher_domain_problem(skew, excess)
    if problem:
        raise CornishFisherDomainError(problem)
    var = cornish_fisher_var(mean, std, skew, excess, confidence)
    levels = confidence + (1 - confidence) * (np.arange(200) + 0.5) / 200  # midpoints of the tail
    es = float(np.mean([cornish_fisher_var(mean, std, skew, excess, a) for a in levels]))
    return var, es


@dataclass(frozen=True)
class Drawdown:
    depth: float  # positive fraction
    peak: int  # index of the peak
    trough: int
    recovery: int | None  # first index back at or above the peak, None if not recovered

    @property
    def days_to_trough(self) -> int:
        return self.trough - self.peak


def drawdown_series(prices: np.ndarray) -> np.ndarray:
    p = check_prices(prices, minimum=1)
    return 1.0 - p / np.maximum.accumulate(p)


def drawdown_episodes(prices: np.ndarray) -> list[Drawdown]:
    """Every episode below a previous peak, oldest first."""
    p = check_prices(prices, minimum=1)
    running = np.maximum.accumulate(p)
    under = p < running
    edges = np.diff(np.r_[0, under.astype(np.int8), 0])
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)  # [start, end) underwater
    episodes = []
    for start, end in zip(starts, ends, strict=True):
        trough = start + int(np.argmin(p[start:end]))
        peak = start - 1
        episodes.append(Drawdown(depth=float(1 - p[trough] / running[trough]), peak=int(peak), trough=int(trough),
                                 recovery=int(end) if end < len(p) else None))
    return episodes


def max_drawdown(prices: np.ndarray) -> Drawdown | None:
    episodes = drawdown_episodes(prices)
    return max(episodes, key=lambda e: e.depth) if episodes else None


def ulcer_index(prices: np.ndarray) -> float:
    dd = drawdown_series(prices)
    return float(np.sqrt(np.mean(dd * dd)))


def sample_moments(returns: np.ndarray) -> tuple[float, float]:
    r = np.asarray(returns, dtype=np.float64)
    return float(np.mean(r)), float(np.std(r, ddof=1))
