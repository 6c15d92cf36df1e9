"""The risk summary of a price series, as `reserve-desk risk` prints it (its keys: docs/formats.md)."""

from __future__ import annotations

import math

import numpy as np

from .engine import measures as m

CONFIDENCES = (0.95, 0.99)


def risk_summary(dates: list[str], closes: list[float], *, days_per_year: float = 365.0, lam: float = 0.94,
                 confidences: tuple[float, ...] = CONFIDENCES) -> dict:
    """One-day VaR and ES (positive loss fractions), volatility, EWMA and the deepest drawdown. Cornish-Fisher
    figures are null outside the expansion's domain, with ``cornish_fisher_valid`` false and the reason in
    ``warnings``."""
    prices = m.check_prices(np.asarray(closes, dtype=np.float64), minimum=3)
    simple = m.simple_returns(prices)
    logs = m.log_returns(prices)
    mean, std = m.sample_moments(simple)
    var, es = {"historical": {}, "parametric": {}, "cornish_fisher": {}}, {"historical": {}, "parametric": {}, "cornish_fisher": {}}
    skew, excess = m.skew_and_excess_kurtosis(simple)
    cf_problem = m.cornish_fisher_domain_problem(skew, excess, english=True)  # outside its domain CF is no quantile: no figure
    for a in confidences:
        key = f"{a:g}"
        var["historical"][key], es["historical"][key] = m.historical_var_es(simple, a)
        var["parametric"][key], es["parametric"][key] = m.parametric_var_es(mean, std, a)
        var["cornish_fisher"][key], es["cornish_fisher"][key] = (None, None) if cf_problem else m.cornish_fisher_var_es(simple, a)
    worst = m.max_drawdown(prices)
    episodes = m.drawdown_episodes(prices)
    return {
        "first_date": dates[0],
        "last_date": dates[-1],
        "observations": len(prices),
        "returns": len(simple),
        "annualized_volatility": m.annualized_volatility(prices, days_per_year),
        "annualization_days": days_per_year,
        "var": var,
        "es": es,
        "skewness": skew if math.isfinite(skew) else None,
        "excess_kurtosis": excess if math.isfinite(excess) else None,
        "cornish_fisher_valid": cf_problem is None,
        "warnings": [cf_problem] if cf_problem else [],
        "max_drawdown": None if worst is None else {
            "depth": worst.depth, "peak_date": dates[worst.peak], "trough_date": dates[worst.trough],
            "recovery_date": None if worst.recovery is None else dates[worst.recovery],
            "days_peak_to_trough": worst.days_to_trough},
        "drawdowns_over_50pct": [
            {"depth": e.depth, "peak_date": dates[e.peak], "trough_date": dates[e.trough],
             "recovery_date": None if e.recovery is None else dates[e.recovery]}
            for e in episodes if e.depth >= 0.5],
        "ulcer_index": m.ulcer_index(prices),
        "ewma_volatility": {"lambda": lam, "annualized": math.sqrt(m.ewma_variance(logs, lam) * days_per_year)},
        "conventions": {
            "losses": "positive fractions of value", "returns": "simple daily returns for VaR/ES; log returns for volatility",
            "historical_quantile": "lower empirical quantile (inverted_cdf), k = ceil(n(1 - a))",
            "es": "Rockafellar-Uryasev discrete estimator", "volatility": f"sample std (ddof=1) x sqrt({days_per_year:g})",
            "cornish_fisher": "only where the expansion is increasing, so a quantile (Maillard 2012); null outside"},
    }
