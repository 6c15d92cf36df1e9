"""GARCH(1,1) fitted by (Gaussian quasi-) maximum likelihood, with variance targeting.

s2_t = omega + alpha r_(t-1)^2 + beta s2_(t-1), omega = v (1 - alpha - beta) where v is the sample
variance, so the fitted process keeps the history's unconditional variance. The returns are demeaned first.
The recursion starts at v and runs along the history; its last value, the forecast for the day after the
last return, is today's conditional variance. The log-likelihood is
maximised over (alpha, beta) by a coarse grid and two finer grids around the best point: many
parameter pairs are evaluated at once along the series, which is fast in NumPy and cannot get lost
in a local step the way a hand-written optimiser can.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInput


@dataclass(frozen=True)
class GarchFit:
    omega: float
    alpha: float
    beta: float
    log_likelihood: float
    variance_today: float  # daily: the conditional variance of the day after the history

    @property
    def variance_long_run(self) -> float:
        """Daily unconditional variance omega / (1 - alpha - beta): the history's variance (targeting)."""
        return self.omega / (1.0 - self.alpha - self.beta)


def conditional_variances(returns: np.ndarray, alpha: float, beta: float) -> np.ndarray:
    """The variance of each demeaned return given the ones before it, plus the forecast for the day after the
    last (n + 1 values), by the fit's own recursion: started at the sample variance, omega by targeting."""
    r = np.asarray(returns, dtype=np.float64)
    r = r - r.mean()
    v = r.var()
    omega = v * (1.0 - alpha - beta)
    s2 = np.empty(len(r) + 1)
    s2[0] = v
    for t, x in enumerate(r):
        s2[t + 1] = omega + alpha * x * x + beta * s2[t]
    return s2


def _neg_log_likelihood(r: np.ndarray, alpha: np.ndarray, beta: np.ndarray) -> np.ndarray:
    v = r.var()
    omega = v * (1 - alpha - beta)
    s2 = np.full(alpha.shape, v)
    total = np.zeros(alpha.shape)
    for x in r:
        total += np.log(s2) + x * x / s2
        s2 = omega + alpha * x * x + beta * s2
    return 0.5 * total


def fit_garch(returns: np.ndarray) -> GarchFit:
    r = np.asarray(returns, dtype=np.float64)
    r = r - r.mean()
    if len(r) < 250 or not np.all(np.isfinite(r)):
        raise InvalidInput("fitting GARCH needs at least 250 finite returns")
    if not r.var() > 0:
        raise InvalidInput("fitting GARCH needs returns that vary: every price of this history moves by the same amount")
    best_a, best_b, step = 0.1, 0.8, 0.1
    a_lo, a_hi, b_lo, b_hi = 0.001, 0.4, 0.3, 0.995
    for _ in range(3):
        a, b = np.meshgrid(np.linspace(a_lo, a_hi, 25), np.linspace(b_lo, b_hi, 25))
        keep = a + b < 0.999
        a, b = a[keep], b[keep]
        nll = _neg_log_likelihood(r, a, b)
        i = int(np.argmin(nll))
        best_a, best_b = float(a[i]), float(b[i])
        step = max((a_hi - a_lo), (b_hi - b_lo)) / 24
        a_lo, a_hi = max(1e-4, best_a - 2 * step), best_a + 2 * step
        b_lo, b_hi = max(0.0, best_b - 2 * step), min(0.999, best_b + 2 * step)
    nll = float(_neg_log_likelihood(r, np.array([best_a]), np.array([best_b]))[0])
    return GarchFit(omega=float(r.var() * (1 - best_a - best_b)), alpha=best_a, beta=best_b, log_likelihood=-nll,
                    variance_today=float(conditional_variances(r, best_a, best_b)[-1]))
