"""VaR models backtested: a one-day VaR forecast each day from a rolling window, compared with the next return.

Conventions (resources/methodology.md, "Backtesting VaR"):

- Returns are simple daily returns of the price series. The forecast for day t uses the ``window`` returns before
  it (t - window … t - 1) and nothing after; an exception is a return below minus the VaR.
- Historical: the k-th lowest return of the window with k = ceil(window (1 - c)), as ``measures.historical_var_es``.
  Parametric: normal, with the window's mean and sample standard deviation. Cornish-Fisher: the window's mean,
  standard deviation, skewness and excess kurtosis; a day whose moments are outside the expansion's domain has no
  forecast and is left out (counted). EWMA (RiskMetrics): lambda 0.94, zero mean, the variance recursion seeded
  with the first window's variance. FHS (filtered historical simulation): the window's returns divided by their
  EWMA volatility (each by its own, the recursion run from the first return of the series and seeded with the
  first window's variance), their empirical quantile (the historical rule) times today's EWMA volatility. GARCH(1,1):
  fitted on the window (engine/garch.py, variance targeting, demeaned) every ``garch_refit_days`` days, its
  conditional variance carried forward day by day between fits; normal quantile, the window's mean.
- Tests: Kupiec's proportion of failures (LR_pof, chi-squared with 1 degree of freedom); Christoffersen's
  independence (LR_ind, 1 d.o.f.) on the transitions between consecutive days that both have a forecast, and conditional coverage
  LR_cc = LR_pof + LR_ind (2 d.o.f.). The Basel traffic light counts exceptions of the 99% VaR over the last 250
  days: green 0-4, yellow 5-9, red 10 or more (BCBS, Supervisory framework for the use of backtesting, 1996).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .. import fmt
from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate
from .garch import fit_garch

METHODS = ("historical", "parametric", "cornish-fisher", "ewma", "fhs", "garch")
METHOD_LABELS = {"historical": QT_TRANSLATE_NOOP("backtest", "Historical"),
                 "parametric": QT_TRANSLATE_NOOP("backtest", "Normal (parametric)"), "cornish-fisher": "Cornish-Fisher",
                 "ewma": "EWMA (RiskMetrics)", "fhs": QT_TRANSLATE_NOOP("backtest", "Filtered historical simulation"),
                 "garch": "GARCH(1,1)"}  # the English; shown through method_label
METHOD_SHORT_LABELS = {"historical": QT_TRANSLATE_NOOP("backtest", "Historical"),
                       "parametric": QT_TRANSLATE_NOOP("backtest", "Normal"), "cornish-fisher": "Cornish-Fisher",
                       "ewma": "EWMA", "fhs": "FHS", "garch": "GARCH"}  # six at once on one legend line
EWMA_LAMBDA = 0.94
GARCH_REFIT_DAYS = 21  # about a month of trading days
GARCH_MIN_WINDOW = 250  # returns a GARCH(1,1) fit needs (engine/garch.py)
BASEL_DAYS, BASEL_CONFIDENCE = 250, 0.99
SIGNIFICANCE = 0.05  # a test passes when its p-value is at least this
_NORMAL = NormalDist()
ZONE_WORDS = {"green": QT_TRANSLATE_NOOP("backtest", "green"), "yellow": QT_TRANSLATE_NOOP("backtest", "yellow"),
              "red": QT_TRANSLATE_NOOP("backtest", "red")}  # the Basel zones, as the window and the PDF name them
GARCH_WINDOW_PROBLEM = QT_TRANSLATE_NOOP("backtest", "GARCH(1,1) is fitted on {returns} returns or more: choose a "
                                         "window of {days} days or more")
NO_FORECAST_PROBLEM = QT_TRANSLATE_NOOP("backtest", "no day of the period has a forecast (the moments of every "
                                        "window lie outside the expansion's domain)")


def _english(context: str, text: str) -> str:
    return text


def method_label(method: str) -> str:
    """A model's name in the interface's language (the method's key stays the code the JSON and CSV use)."""
    return translate("backtest", METHOD_LABELS[method])


def method_short_label(method: str) -> str:
    return translate("backtest", METHOD_SHORT_LABELS[method])


# ---- the tests -------------------------------------------------------------------------------------------------

def _xlogy(x: float, y: float) -> float:
    """x ln y, 0 when x is 0 (the likelihood's convention 0^0 = 1)."""
    return 0.0 if x == 0 else x * math.log(y)


def chi2_sf(x: float, df: int) -> float:
    """P(X >= x) for chi-squared with 1 or 2 degrees of freedom, in closed form."""
    x = max(x, 0.0)
    if df == 1:
        return math.erfc(math.sqrt(x / 2))
    if df == 2:
        return math.exp(-x / 2)
    raise ValueError("1 or 2 degrees of freedom")


def kupiec_lr(observations: int, exceptions: int, p: float) -> float:
    """Kupiec's LR_pof = -2 ln[(1-p)^(T-x) p^x] + 2 ln[(1-x/T)^(T-x) (x/T)^x]."""
    t, x = observations, exceptions
    if t <= 0:
        return math.nan
    rate = x / t
    return -2 * (_xlogy(t - x, 1 - p) + _xlogy(x, p)) + 2 * (_xlogy(t - x, 1 - rate) + _xlogy(x, rate))


def transition_counts(hits: np.ndarray, known: np.ndarray | None = None) -> tuple[int, int, int, int]:
    """(n00, n01, n10, n11): days with state j following a day with state i (1: an exception). With ``known``
    (the days that have a forecast), only pairs of consecutive days that both have one count: the day before a
    stretch without forecast and the day after it are no one-day transition (Christoffersen's Markov chain)."""
    h = np.asarray(hits, dtype=bool)
    pair = np.ones(max(len(h) - 1, 0), dtype=bool) if known is None else known[:-1] & known[1:]
    before, after = h[:-1][pair], h[1:][pair]
    return (int(np.sum(~before & ~after)), int(np.sum(~before & after)), int(np.sum(before & ~after)),
            int(np.sum(before & after)))


def christoffersen_ind_lr(hits: np.ndarray, known: np.ndarray | None = None) -> float:
    """LR_ind = -2 ln[(1-pi)^(n00+n10) pi^(n01+n11)] + 2 ln[(1-pi01)^n00 pi01^n01 (1-pi11)^n10 pi11^n11]."""
    n00, n01, n10, n11 = transition_counts(hits, known)
    total = n00 + n01 + n10 + n11
    if total == 0:
        return math.nan
    pi = (n01 + n11) / total
    pi01 = n01 / (n00 + n01) if n00 + n01 else 0.0
    pi11 = n11 / (n10 + n11) if n10 + n11 else 0.0
    restricted = _xlogy(n00 + n10, 1 - pi) + _xlogy(n01 + n11, pi)
    free = _xlogy(n00, 1 - pi01) + _xlogy(n01, pi01) + _xlogy(n10, 1 - pi11) + _xlogy(n11, pi11)
    return -2 * restricted + 2 * free


def traffic_light(exceptions_in_250: int) -> str:
    return "green" if exceptions_in_250 <= 4 else "yellow" if exceptions_in_250 <= 9 else "red"


# ---- the forecasts ---------------------------------------------------------------------------------------------

def _ewma_sigma(r: np.ndarray, window: int) -> np.ndarray:
    """sigma_t for t = window … n (n - window + 1 values: the last is the day after the data), from the returns
    before t: s2_t = lam s2_(t-1) + (1 - lam) r_(t-1)^2, seeded with the first window's variance."""
    s2 = np.empty(len(r) - window + 1)
    s2[0] = float(np.var(r[:window], ddof=1))
    lam = EWMA_LAMBDA
    for i, x in enumerate(r[window:]):
        s2[i + 1] = lam * s2[i] + (1 - lam) * x * x
    return np.sqrt(s2)


def ewma_sigmas(returns: np.ndarray, seed_days: int, lam: float = EWMA_LAMBDA) -> np.ndarray:
    """sigma_t of every return t >= 1 from the returns before it (index 0 holds the seed: the variance of the first
    ``seed_days`` returns), and one more value at the end: the forecast for the day after the last return."""
    r = np.asarray(returns, dtype=np.float64)
    s2 = np.empty(len(r) + 1)
    s2[0] = float(np.var(r[:seed_days], ddof=1))
    for i, x in enumerate(r):
        s2[i + 1] = lam * s2[i] + (1 - lam) * x * x
    return np.sqrt(s2)


def _check(n: int, method: str, confidence: float, window: int) -> None:
    if method not in METHODS:
        raise InvalidInput(f"method: one of {', '.join(METHODS)}")
    if not 0.5 < confidence < 1:
        raise InvalidInput("confidence must be between 0.5 and 1")
    if window < 30 or n <= window:
        raise InvalidInput(f"a backtest needs a window of at least 30 days and more returns than the window "
                           f"({n:,} returns, window {window:,})")


def forecasts(returns: np.ndarray, method: str, confidence: float, window: int) -> np.ndarray:
    """The one-day VaR (a positive loss fraction) forecast for each return from index ``window`` on, from the
    ``window`` returns before it; NaN where the method gives none (Cornish-Fisher outside its domain)."""
    r = np.asarray(returns, dtype=np.float64)
    _check(len(r), method, confidence, window)
    z = _NORMAL.inv_cdf(confidence)
    k = max(1, math.ceil(round(window * (1 - confidence), 9)))
    past = sliding_window_view(r, window)[:-1]  # row i: the window before return window + i
    if method == "historical":
        return -np.partition(past, k - 1, axis=1)[:, k - 1]
    if method in ("parametric", "cornish-fisher"):
        mean, std = past.mean(axis=1), past.std(axis=1, ddof=1)
        if method == "parametric":
            return -mean + z * std
        with np.errstate(invalid="ignore", divide="ignore"):
            centred = (past - mean[:, None]) / std[:, None]
            s, kurt = np.mean(centred**3, axis=1), np.mean(centred**4, axis=1) - 3.0
        q = -z
        z_cf = q + (q * q - 1) * s / 6 + (q**3 - 3 * q) * kurt / 24 - (2 * q**3 - 5 * q) * s * s / 36
        a, b, c = kurt / 8 - s * s / 6, s / 3, 1 - kurt / 8 + 5 * s * s / 36
        inside = (a >= 0) & (b * b - 4 * a * c <= 0) & np.isfinite(s)
        return np.where(inside, -(mean + std * z_cf), np.nan)
    if method == "ewma":
        return z * _ewma_sigma(r, window)[:-1]
    if method == "fhs":
        # every return over its own volatility (Barone-Adesi et al. 1999): the recursion runs from the first
        # return, seeded with the first window's variance, all of it before the first forecast day
        sigma = ewma_sigmas(r, window)
        with np.errstate(divide="ignore", invalid="ignore"):  # a flat start has no volatility: no forecast there
            scaled = r / sigma[:-1]
        quantiles = np.partition(sliding_window_view(scaled, window)[:-1], k - 1, axis=1)[:, k - 1]
        return -quantiles * sigma[window:-1]
    mean, sigma = garch_mean_sigma(r, window)
    return -mean + z * sigma


def garch_mean_sigma(r: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """The mean and conditional standard deviation GARCH gives each return from ``window`` on (NaN: no forecast);
    they do not depend on the confidence, so one pass of fits serves every quantile."""
    mean_of, sigma_of = np.full(len(r) - window, np.nan), np.full(len(r) - window, np.nan)
    if window < GARCH_MIN_WINDOW:  # too few returns to fit: no forecast (the backtest says why)
        return mean_of, sigma_of
    for start in range(window, len(r), GARCH_REFIT_DAYS):
        fitted = r[start - window:start]
        if not np.std(fitted) > 0:  # a window of flat prices (a stale feed): nothing to fit, no forecast
            continue
        fit = fit_garch(fitted)
        mean = float(fitted.mean())
        s2 = fit.variance_today  # the variance of return ``start``, from the window
        for t in range(start, min(start + GARCH_REFIT_DAYS, len(r))):
            mean_of[t - window], sigma_of[t - window] = mean, math.sqrt(s2)
            x = r[t] - mean
            s2 = fit.omega + fit.alpha * x * x + fit.beta * s2
    return mean_of, sigma_of


# ---- the backtest ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Backtest:
    method: str
    confidence: float
    window: int
    var: np.ndarray  # the forecast for each tested day (NaN: none)
    realised: np.ndarray  # the return of each tested day
    hits: np.ndarray  # bool: the return fell below minus the VaR (days with a forecast only)
    observations: int
    exceptions: int
    kupiec_lr: float
    christoffersen_ind_lr: float
    basel_exceptions: int  # of the 99% VaR over the last 250 tested days
    basel_days: int  # of those days, the ones with a forecast

    @property
    def problem(self) -> str | None:
        """Why the model gave no forecast at all, or None; in the interface's language."""
        return self._problem(translate)

    def _problem(self, say) -> str | None:
        if self.observations:
            return None
        if self.method == "garch" and self.window < GARCH_MIN_WINDOW:
            return say("backtest", GARCH_WINDOW_PROBLEM).format(returns=GARCH_MIN_WINDOW, days=GARCH_MIN_WINDOW)
        return say("backtest", NO_FORECAST_PROBLEM)

    @property
    def exception_rate(self) -> float:
        return self.exceptions / self.observations if self.observations else math.nan

    @property
    def kupiec_p(self) -> float:
        return chi2_sf(self.kupiec_lr, 1)

    @property
    def christoffersen_ind_p(self) -> float:
        return chi2_sf(self.christoffersen_ind_lr, 1)

    @property
    def christoffersen_cc_lr(self) -> float:
        return self.kupiec_lr + self.christoffersen_ind_lr

    @property
    def christoffersen_cc_p(self) -> float:
        return chi2_sf(self.christoffersen_cc_lr, 2)

    @property
    def traffic_light(self) -> str | None:
        """The zone, or None: the zones are defined for 250 days tested (BCBS 1996), not for a shorter backtest."""
        return traffic_light(self.basel_exceptions) if len(self.realised) >= BASEL_DAYS and self.basel_days else None

    @property
    def zone_text(self) -> str:
        """The traffic light as the window and the PDF show it: "green (1)", or why there is none."""
        if self.traffic_light is not None:
            return f"{translate('backtest', ZONE_WORDS[self.traffic_light])} ({fmt.number(self.basel_exceptions)})"
        if not self.basel_days:
            #: no Basel zone: the model gave no forecast
            return translate("backtest", "none (no forecast)")
        return translate("backtest", "none ({tested} days tested, the zones need {days})").format(
            tested=fmt.number(len(self.realised)), days=BASEL_DAYS)

    @property
    def passes(self) -> bool:
        """Every test at the 5% level: the exception rate, their independence and both together."""
        return all(p >= SIGNIFICANCE for p in (self.kupiec_p, self.christoffersen_ind_p, self.christoffersen_cc_p))

    def to_json(self) -> dict:
        def num(x: float) -> float | None:
            return None if not math.isfinite(x) else round(x, 6)

        return {"method": self.method, "confidence": self.confidence, "window": self.window,
                "observations": self.observations, "exceptions": self.exceptions,
                "exception_rate": num(self.exception_rate), "kupiec_lr": num(self.kupiec_lr),
                "kupiec_p": num(self.kupiec_p), "christoffersen_ind_lr": num(self.christoffersen_ind_lr),
                "christoffersen_ind_p": num(self.christoffersen_ind_p),
                "christoffersen_cc_lr": num(self.christoffersen_cc_lr),
                "christoffersen_cc_p": num(self.christoffersen_cc_p), "traffic_light": self.traffic_light,
                "basel_exceptions": self.basel_exceptions, "passes": self.passes,
                "days_without_forecast": int(np.sum(~np.isfinite(self.var))), "problem": self._problem(_english)}  # JSON and CSV: the English


def backtest(returns: np.ndarray, method: str, confidence: float = 0.99, window: int = 250) -> Backtest:
    r = np.asarray(returns, dtype=np.float64)
    if method == "garch" and confidence != BASEL_CONFIDENCE:
        # the fits do not depend on the confidence: one pass serves the Basel 99% too (fitting again doubled the time)
        _check(len(r), method, confidence, window)
        mean, sigma = garch_mean_sigma(r, window)
        var = -mean + _NORMAL.inv_cdf(confidence) * sigma
        basel_var = -mean + _NORMAL.inv_cdf(BASEL_CONFIDENCE) * sigma
    else:
        var = forecasts(r, method, confidence, window)
        basel_var = var if confidence == BASEL_CONFIDENCE else forecasts(r, method, BASEL_CONFIDENCE, window)
    # a holding cannot lose more than its value: a forecast above 100% (FHS after a crash, on a short window) is
    # capped there; no return is below -100%, so the exceptions are the same
    var, basel_var = np.minimum(var, 1.0), np.minimum(basel_var, 1.0)
    realised = r[window:]
    known = np.isfinite(var)
    every_hit = realised < -np.where(known, var, np.inf)  # False on days without a forecast (not counted)
    hits = every_hit[known]
    last = slice(-BASEL_DAYS, None)
    basel_known = np.isfinite(basel_var[last])
    basel = int(np.sum(realised[last][basel_known] < -basel_var[last][basel_known]))
    return Backtest(method, confidence, window, var, realised, hits, int(known.sum()), int(hits.sum()),
                    kupiec_lr(int(known.sum()), int(hits.sum()), 1 - confidence), christoffersen_ind_lr(every_hit, known), basel,
                    int(basel_known.sum()))
