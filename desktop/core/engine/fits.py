"""Distributions fitted to daily returns: the normal and Student's t (maximum likelihood), and the QQ plot's points.

Student's t with location mu, scale s and nu degrees of freedom has the density
    f(x) = Gamma((nu + 1) / 2) / (Gamma(nu / 2) sqrt(nu pi) s) (1 + ((x - mu) / s)^2 / nu)^(-(nu + 1) / 2).
For each nu on a grid (1 … 100, log-spaced; below 2 the t has no finite variance, which is what bitcoin's whole
history fits best) mu and s are the likelihood's maximum found by the EM iteration
(weights (nu + 1) / (nu + d^2)); the fitted nu is the grid's best, refined once on a finer grid around it.
The QQ plot sets the standardised returns, sorted, against the normal quantiles of the plotting positions
(i - 0.5) / n (Hazen's rule).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from ..errors import InvalidInput

_NORMAL = NormalDist()
EM_ITERATIONS = 60
DF_MIN, DF_MAX = 1.0, 100.0  # the degrees of freedom searched


@dataclass(frozen=True)
class StudentT:
    loc: float
    scale: float
    df: float
    log_likelihood: float

    def pdf(self, x: np.ndarray) -> np.ndarray:
        return np.exp(t_log_pdf(np.asarray(x, dtype=np.float64), self.loc, self.scale, self.df))


def t_log_pdf(x: np.ndarray, loc, scale, df) -> np.ndarray:
    """Log density of Student's t (broadcasts over arrays of parameters)."""
    df = np.asarray(df, dtype=np.float64)
    const = _lgamma((df + 1) / 2) - _lgamma(df / 2) - 0.5 * np.log(df * math.pi) - np.log(scale)
    d2 = ((x - loc) / scale) ** 2
    return const - (df + 1) / 2 * np.log1p(d2 / df)


def _lgamma(x: np.ndarray) -> np.ndarray:
    return np.vectorize(math.lgamma, otypes=[np.float64])(x)


def normal_pdf(x: np.ndarray, mean: float, std: float) -> np.ndarray:
    return np.exp(-0.5 * ((x - mean) / std) ** 2) / (std * math.sqrt(2 * math.pi))


def _fit_given_df(r: np.ndarray, dfs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(loc, scale, log-likelihood) of the t for each df in ``dfs``, by EM from the median and scaled MAD."""
    median = float(np.median(r))
    mad = float(np.median(np.abs(r - median))) * 1.4826 or float(np.std(r)) or 1.0
    loc = np.full(len(dfs), median)[:, None]
    s2 = np.full(len(dfs), mad * mad)[:, None]
    nu = dfs[:, None]
    for _ in range(EM_ITERATIONS):
        w = (nu + 1) / (nu + (r - loc) ** 2 / s2)
        loc = np.sum(w * r, axis=1, keepdims=True) / np.sum(w, axis=1, keepdims=True)
        s2 = np.mean(w * (r - loc) ** 2, axis=1, keepdims=True)
    scale = np.sqrt(s2)
    ll = np.sum(t_log_pdf(r, loc, scale, nu), axis=1)
    return loc[:, 0], scale[:, 0], ll


def fit_student_t(returns: np.ndarray) -> StudentT:
    r = np.asarray(returns, dtype=np.float64)
    if len(r) < 30 or not np.all(np.isfinite(r)) or not np.std(r) > 0:
        raise InvalidInput("fitting Student's t needs at least 30 finite returns that vary")
    # from 1 (Cauchy): bitcoin's whole history is most likely near 1.65, beyond a floor of 2 (finite variance)
    grid = np.geomspace(DF_MIN, DF_MAX, 48)
    loc, scale, ll = _fit_given_df(r, grid)
    i = int(np.argmax(ll))
    fine = np.geomspace(grid[max(i - 1, 0)], grid[min(i + 1, len(grid) - 1)], 21)
    loc, scale, ll = _fit_given_df(r, fine)
    j = int(np.argmax(ll))
    return StudentT(float(loc[j]), float(scale[j]), float(fine[j]), float(ll[j]))


def qq_points(returns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(normal quantiles, standardised returns sorted): on the diagonal where the returns are normal."""
    r = np.asarray(returns, dtype=np.float64)
    n = len(r)
    if n < 2 or not np.std(r, ddof=1) > 0:
        raise InvalidInput("a QQ plot needs two or more returns that vary")
    z = np.sort((r - r.mean()) / np.std(r, ddof=1))
    theoretical = np.array([_NORMAL.inv_cdf((i - 0.5) / n) for i in range(1, n + 1)])
    return theoretical, z
