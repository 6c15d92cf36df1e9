"""What the Risk tab and the summary's Risk section show, computed once from the workspace's BTC prices and the
reserve's holdings: price and drawdowns, rolling and EWMA volatility, VaR and ES by model, the return
distribution with its fits, and the backtest of each model's one-day VaR.

The period runs from ``start`` (or the first price) to the valuation date, both included; returns are simple
returns of the stored closes, one per pair of consecutive prices. Bitcoin trades every day, so the series should
have a price for every day; a return over a missing day spans the gap (a series of working days has three-day
Monday returns), and a series whose prices are more than a day apart in the median (weekly, monthly) is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import fmt
from .engine import backtest as bt
from .engine import fits
from .engine import measures as m
from .engine import var_models as vm
from .engine.valuation import day_number, from_day_number
from .engine.var_models import ModelRisk, model_risk
from .errors import Cancelled, InvalidInput
from .i18n import QT_TRANSLATE_NOOP, translate
from .io.output_target import write_output

DAYS_PER_YEAR = 365.0  # bitcoin trades every day (as measures.annualized_volatility)
CONFIDENCES = (0.95, 0.975, 0.99)
DEFAULT_CONFIDENCE = 0.99
DEFAULT_VOL_WINDOW_DAYS = 30
DEFAULT_BACKTEST_WINDOW_DAYS = bt.BASEL_DAYS
MIN_RETURNS = 30
# the period's choices: years before the valuation date (None: the whole history); five by default, long enough
# for a 250-day backtest of some 1,500 days and recent enough to leave out the first years' thin market
# the keys are the periods' codes (a combo's item data, the summary's choice); shown through period_label
PERIOD_YEARS = {QT_TRANSLATE_NOOP("risk_view", "Last year"): 1, QT_TRANSLATE_NOOP("risk_view", "Last 3 years"): 3,
                QT_TRANSLATE_NOOP("risk_view", "Last 5 years"): 5, QT_TRANSLATE_NOOP("risk_view", "Last 10 years"): 10,
                QT_TRANSLATE_NOOP("risk_view", "All history"): None}
DEFAULT_PERIOD = "Last 5 years"
DEEPEST_FALLS = 5
IMPORT_PRICES = QT_TRANSLATE_NOOP("risk_view", "Import a daily BTC price history (File > Import > Prices CSV…).")
HISTOGRAM_BINS = 80
METHOD_LABELS = bt.METHOD_LABELS  # the English labels; method_label gives them in the interface's language
method_label, method_short_label = bt.method_label, bt.method_short_label
ten_day_rule_text = vm.ten_day_rule_text


def period_label(period: str) -> str:
    """One of PERIOD_YEARS in the interface's language."""
    return translate("risk_view", period)


@dataclass(frozen=True)
class RiskRequest:
    end: dt.date  # the valuation date
    start: dt.date | None = None  # None: from the first price
    confidence: float = DEFAULT_CONFIDENCE
    vol_window_days: int = DEFAULT_VOL_WINDOW_DAYS
    backtest_window_days: int = DEFAULT_BACKTEST_WINDOW_DAYS

    def check(self) -> None:
        if not 0.5 < self.confidence < 1:
            raise InvalidInput(translate("risk_view", "confidence must be between 50% and 100%"))
        if not 2 <= self.vol_window_days <= 1000:
            raise InvalidInput(translate("risk_view", "volatility window: {low} to {high} days").format(
                low=2, high=fmt.number(1000)))
        if not 30 <= self.backtest_window_days <= 2000:
            raise InvalidInput(translate("risk_view", "backtest window: {low} to {high} days").format(
                low=30, high=fmt.number(2000)))
        if self.start is not None and self.start >= self.end:
            raise InvalidInput(translate("risk_view", "the period starts on {start}, not before the valuation date "
                                         "{end}").format(start=self.start, end=self.end))


def years_before(end: dt.date, years: int | None) -> dt.date | None:
    """The start of a period of ``years`` ending on ``end`` (29 February goes to the 28th); None: no start."""
    if years is None:
        return None
    try:
        return end.replace(year=end.year - years)
    except ValueError:
        return end.replace(year=end.year - years, day=28)


@dataclass(frozen=True)
class Fall:
    depth: float  # positive fraction
    peak: dt.date
    trough: dt.date
    recovery: dt.date | None  # first day back at the peak's price; None: not recovered by the period's end

    def to_json(self) -> dict:
        return {"depth": self.depth, "peak_date": self.peak.isoformat(), "trough_date": self.trough.isoformat(),
                "recovery_date": None if self.recovery is None else self.recovery.isoformat(),
                "days_peak_to_trough": (self.trough - self.peak).days}


@dataclass
class RiskView:
    request: RiskRequest
    problem: str | None = None  # why there is nothing (or too little) to show; None when the measures are there
    days: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # day numbers of the prices
    prices_usd: np.ndarray = field(default_factory=lambda: np.empty(0))
    returns: np.ndarray = field(default_factory=lambda: np.empty(0))  # of days[1:]
    drawdown: np.ndarray = field(default_factory=lambda: np.empty(0))  # positive fraction below the running peak
    falls: list[Fall] = field(default_factory=list)  # deepest first
    rolling_vol: np.ndarray = field(default_factory=lambda: np.empty(0))  # annualised, of days[1:]; NaN before a window
    ewma_vol: np.ndarray = field(default_factory=lambda: np.empty(0))  # annualised, of days[1:]
    models: list[ModelRisk] = field(default_factory=list)
    btc_held: float = 0.0
    value_usd: float | None = None  # of the holdings on the valuation date (None: no price)
    price_usd: float | None = None
    price_date: dt.date | None = None
    mean: float = math.nan
    std: float = math.nan
    skewness: float = math.nan
    excess_kurtosis: float = math.nan
    student_t: fits.StudentT | None = None
    qq: tuple[np.ndarray, np.ndarray] | None = None
    backtests: list[bt.Backtest] = field(default_factory=list)
    backtest_problem: str | None = None

    @property
    def first_date(self) -> dt.date | None:
        return from_day_number(int(self.days[0])) if len(self.days) else None

    @property
    def last_date(self) -> dt.date | None:
        return from_day_number(int(self.days[-1])) if len(self.days) else None

    @property
    def backtest_days(self) -> np.ndarray:
        """Day numbers of the tested returns (the days after the first window)."""
        return self.days[1 + self.request.backtest_window_days:]

    def usd(self, fraction: float | None) -> float | None:
        """The loss in US$ on the bitcoin held; None without a figure, a price or any bitcoin (not "US$ 0")."""
        if fraction is None or self.value_usd is None or not self.btc_held > 0:
            return None
        return fraction * self.value_usd

    def histogram(self, bins: int = HISTOGRAM_BINS) -> tuple[np.ndarray, np.ndarray]:
        """(bin edges, densities) of the returns, scaled so that the fitted densities overlay them."""
        density, edges = np.histogram(self.returns, bins=bins, density=True)
        return edges, density


def _falls(days: np.ndarray, prices: np.ndarray) -> list[Fall]:
    date = lambda i: from_day_number(int(days[i]))  # noqa: E731
    episodes = sorted(m.drawdown_episodes(prices), key=lambda e: -e.depth)[:DEEPEST_FALLS]
    return [Fall(e.depth, date(e.peak), date(e.trough), None if e.recovery is None else date(e.recovery))
            for e in episodes]


def _rolling_vol(logs: np.ndarray, window: int) -> np.ndarray:
    out = np.full(len(logs), np.nan)
    if len(logs) >= window:
        windows = np.lib.stride_tricks.sliding_window_view(logs, window)
        out[window - 1:] = windows.std(axis=1, ddof=1) * math.sqrt(DAYS_PER_YEAR)
    return out


def _ewma_vol(logs: np.ndarray, seed_days: int) -> np.ndarray:
    """The EWMA volatility after each day's return (the estimate a desk reads on that day), annualised; NaN over
    the seed's days, whose variance seeds the recursion (a value there would read returns after its own day)."""
    from .engine.var_models import ewma_sigmas

    out = ewma_sigmas(logs, seed_days)[1:] * math.sqrt(DAYS_PER_YEAR)
    out[:seed_days - 1] = np.nan
    return out


def compute(days: np.ndarray, prices: np.ndarray, request: RiskRequest, holdings=None,
            progress: Callable[[float], None] = lambda f: None,
            cancelled: Callable[[], bool] = lambda: False) -> RiskView:
    """The view for ``request`` from a price series (day numbers and closes, ascending) and the holdings on the
    valuation date (``Holdings`` or None)."""
    request.check()
    view = RiskView(request)
    if holdings is not None:
        view.btc_held, view.value_usd = holdings.total_btc, holdings.value_usd
        view.price_usd, view.price_date = holdings.price_usd, holdings.price_date
    lo = day_number(request.start) if request.start else -(10**9)
    keep = (days >= lo) & (days <= day_number(request.end))
    days, prices = np.asarray(days)[keep], np.asarray(prices, dtype=np.float64)[keep]
    if len(prices) < MIN_RETURNS + 1:
        start = request.start or translate("risk_view", "its first price")
        view.problem = translate("risk_view", "The risk measures need at least {needed} daily BTC prices in the period; "
                                 "the workspace has {prices} between {start} and {end}. {remedy}").format(
            needed=MIN_RETURNS + 1, prices=fmt.number(len(prices)), start=start, end=request.end,
            remedy=translate("risk_view", IMPORT_PRICES))
        return view
    spacing_days = float(np.median(np.diff(days)))
    if spacing_days > 1:  # weekly or monthly closes: a "one-day" VaR would be a week's, the annualisation wrong
        view.problem = translate("risk_view", "The risk measures need daily BTC prices; the period's prices are {gap} "
                                 "days apart (the median gap between {prices} prices from {first} to {last}). "
                                 "{remedy}").format(
            gap=f"{spacing_days:g}", prices=fmt.number(len(prices)), first=from_day_number(int(days[0])),
            last=from_day_number(int(days[-1])), remedy=translate("risk_view", IMPORT_PRICES))
        return view
    view.days, view.prices_usd = days, prices
    view.returns = prices[1:] / prices[:-1] - 1
    if not np.std(view.returns) > 0:  # no moments, fits or models to show: say so rather than fail
        view.problem = translate("risk_view", "The BTC price does not move between {first} and {last} (every close is "
                                 "the same), so there is no risk to measure. {remedy}").format(
            first=from_day_number(int(days[0])), last=from_day_number(int(days[-1])),
            remedy=translate("risk_view", IMPORT_PRICES))
        return view
    logs = np.log(prices[1:] / prices[:-1])
    view.drawdown = m.drawdown_series(prices)
    view.falls = _falls(days, prices)
    view.rolling_vol = _rolling_vol(logs, request.vol_window_days)
    seed = min(request.backtest_window_days, len(logs))
    view.ewma_vol = _ewma_vol(logs, min(request.vol_window_days, len(logs)))  # seeded as the rolling window starts
    view.mean, view.std = m.sample_moments(view.returns)
    view.skewness, view.excess_kurtosis = m.skew_and_excess_kurtosis(view.returns)
    view.student_t = fits.fit_student_t(view.returns)
    view.qq = fits.qq_points(view.returns)
    progress(0.1)
    for method in bt.METHODS:
        if cancelled():
            raise Cancelled()
        view.models.append(model_risk(view.returns, method, request.confidence, seed))
    progress(0.25)
    window = request.backtest_window_days
    if len(view.returns) <= window:
        view.backtest_problem = translate(
            "risk_view", "The backtest needs more daily returns than its {window}-day window: the period has "
            "{returns}. Choose an earlier start, a shorter window, or import a longer price history.").format(
            window=fmt.number(window), returns=fmt.number(len(view.returns)))
        progress(1.0)
        return view
    for i, method in enumerate(bt.METHODS):
        if cancelled():
            raise Cancelled()
        view.backtests.append(bt.backtest(view.returns, method, request.confidence, window))
        progress(0.25 + 0.75 * (i + 1) / len(bt.METHODS))
    return view


def for_workspace(ws, request: RiskRequest, progress: Callable[[float], None] = lambda f: None,
                  cancelled: Callable[[], bool] = lambda: False) -> RiskView:
    days, closes = ws.price_arrays("BTC")
    return compute(days, closes, request, ws.holdings(request.end), progress, cancelled)


# ---- CSV: the numbers behind each chart and table -------------------------------------------------------------

def _num(x, digits: int = 8) -> str:
    return "" if x is None or not math.isfinite(x) else repr(round(float(x), digits))


def _iso(day) -> str:
    return from_day_number(int(day)).isoformat()


def tables(view: RiskView) -> dict[str, tuple[tuple[str, ...], list[tuple]]]:
    """Each exportable table of the view: name -> (header, rows)."""
    out: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}
    if view.problem:
        return out
    out["prices"] = (("date", "close_usd", "drawdown_fraction"),
                     [(_iso(d), _num(p), _num(x)) for d, p, x in zip(view.days, view.prices_usd, view.drawdown,
                                                                     strict=True)])
    out["volatility"] = (("date", "return_fraction", f"rolling_{view.request.vol_window_days}d_volatility_annualised_fraction",
                          "ewma_volatility_annualised_fraction"),
                         [(_iso(d), _num(r), _num(a), _num(b)) for d, r, a, b in
                          zip(view.days[1:], view.returns, view.rolling_vol, view.ewma_vol, strict=True)])
    out["measures"] = (("method", "var_1d_fraction", "es_1d_fraction", "var_10d_fraction", "es_10d_fraction", "var_1d_usd", "es_1d_usd", "var_10d_usd",
                        "es_10d_usd", "ten_day_rule", "problem"),
                       [(x.method, _num(x.var_1d), _num(x.es_1d), _num(x.var_10d), _num(x.es_10d),
                         *(_num(view.usd(v), 2) for v in (x.var_1d, x.es_1d, x.var_10d, x.es_10d)), x.ten_day_rule,
                         x.english_problem or "") for x in view.models])  # a CSV's text stays English
    out["falls"] = (("depth_fraction", "peak_date", "trough_date", "recovery_date", "days_peak_to_trough"),
                    [(_num(f.depth), f.peak.isoformat(), f.trough.isoformat(),
                      "" if f.recovery is None else f.recovery.isoformat(), (f.trough - f.peak).days) for f in view.falls])
    edges, density = view.histogram()
    mids = (edges[:-1] + edges[1:]) / 2
    t = view.student_t
    out["distribution"] = (("bin_low", "bin_high", "density", "normal_density", "student_t_density"),
                           [(_num(a), _num(b), _num(c), _num(n), _num(s)) for a, b, c, n, s in
                            zip(edges[:-1], edges[1:], density, fits.normal_pdf(mids, view.mean, view.std),
                                t.pdf(mids), strict=True)])
    if view.qq is not None:
        out["qq"] = (("normal_quantile", "standardised_return"),
                     [(_num(a), _num(b)) for a, b in zip(*view.qq, strict=True)])
    if view.backtests:
        header = ("date", "return_fraction", *(f"var_{b.method}_fraction" for b in view.backtests),
                  *(f"exception_{b.method}" for b in view.backtests))
        rows = []
        for i, day in enumerate(view.backtest_days):
            r = view.backtests[0].realised[i]
            rows.append((_iso(day), _num(r), *(_num(b.var[i]) for b in view.backtests),
                         *("" if not math.isfinite(b.var[i]) else int(r < -b.var[i]) for b in view.backtests)))
        out["backtest"] = (header, rows)
        results = [b.to_json() for b in view.backtests]
        keys = tuple(results[0])
        out["backtest_tests"] = (keys, [tuple("" if v is None else v for v in res.values()) for res in results])
    return out


def write_csv(view: RiskView, name: str, path: str | Path, workspace: str | Path | None = None) -> int:
    """One of ``tables(view)`` as CSV, written as every export is (never over the workspace's files, complete or
    not at all). Returns the rows written."""
    header, rows = tables(view)[name]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_output(path, text.getvalue().encode("utf-8"), workspace)
    return len(rows)
