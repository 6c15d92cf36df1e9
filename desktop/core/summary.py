"""The PDF summary's content: what it says, built from the same workspace figures the window and the CLI show.

This module decides the words, tables and chart data; ``desktop.report`` lays them out on pages with Qt.
Every number is formatted by ``core.fmt``, as on screen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import json
from dataclasses import dataclass

import numpy as np

from .. import __version__
from . import fmt, fx
from . import risk_view as rv
from .builtin_words import policy_text, scenario_name
from .engine import backtest as bt
from .engine import imf
from .engine.compliance import benchmark_overdue
from .engine.mining import BlockPace
from .engine.valuation import day_number, from_day_number
from .engine.var_models import SIMULATED_PATHS
from .errors import InvalidInput
from .headline import Headline, headline, next_imf_payment
from .i18n import QT_TRANSLATE_NOOP, translate
from .i18n import language as i18n_language
from .io.fields import InputError
from .store import checkpoint
from .store.checkpoint import Checkpoint
from .stress import describe_run, is_earlier_engine, sale_text, with_sale_advice
from .words import VALUES, field_label
from .workspace import reserves_as_of_note

# the page sizes a summary is set on (the renderer maps them); the names translated where they are shown
PAPERS = {"a4": "A4", "letter": QT_TRANSLATE_NOOP("summary", "US Letter")}
SECTIONS = {"summary": QT_TRANSLATE_NOOP("summary", "Executive summary"),
            "holdings": QT_TRANSLATE_NOOP("summary", "Holdings"), "risk": QT_TRANSLATE_NOOP("summary", "Risk"),
            "program": QT_TRANSLATE_NOOP("summary", "IMF program"),
            "adequacy": QT_TRANSLATE_NOOP("summary", "Reserve adequacy"),
            "stress": QT_TRANSLATE_NOOP("summary", "Stress results"),
            "planner": QT_TRANSLATE_NOOP("summary", "Accumulation policies"),
            "methodology": QT_TRANSLATE_NOOP("summary", "Assumptions, methodology and sources")}
INPUT_TABLES = ("wallets", "transactions", "prices", "macro_inputs", "arrangements", "purchases", "test_dates",
                "benchmarks", "quotas", "sdr_rates", "member", "imf_payments", "scenarios", "policies", "fx_rates")
MILLION = 1e6
INDICATOR_YEARS_A_TABLE = 8


@dataclass(frozen=True)
class Paragraph:
    text: str  # HTML: the app's own <b> for emphasis; every stored or user text in it goes through esc()
    note: bool = False  # smaller, for caveats


def esc(value) -> str:
    """A name, note, source or message as it goes into a Paragraph: shown as text, never read as markup."""
    return html.escape(str(value), quote=False)


@dataclass(frozen=True)
class Markdown:
    text: str  # a whole document (the methodology), set as markdown


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()  # right-aligned columns
    title: str = ""


@dataclass(frozen=True)
class Series:
    name: str
    x: tuple[float, ...]  # day numbers (date axis) or plain numbers
    y: tuple[float, ...]
    kind: str = "line"  # line, dashed, bar (stacked in order), band (y is the low edge, high the top), points (dots)
    colour: str = "#1f4e79"
    high: tuple[float, ...] = ()
    width: float = 0.0  # a line's width or a point's diameter, in screen pixels; 0: the kind's default


@dataclass(frozen=True)
class Chart:
    title: str
    y_label: str
    series: tuple[Series, ...]
    x_label: str = ""
    dates: bool = True  # x holds day numbers since 1970-01-01
    markers: tuple[tuple[float, str], ...] = ()  # vertical lines (x, label)
    levels: tuple[tuple[float, str], ...] = ()  # horizontal lines (y, label)
    log_y: bool = False  # a logarithmic y axis (positive values only): a price over years of bitcoin


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple = ()


@dataclass(frozen=True)
class Report:
    title: str
    marking: str
    cover: tuple[tuple[str, str], ...]  # (label, value), the labels in the reader's language
    sections: tuple[Section, ...]
    checkpoint: Checkpoint | None = None  # of the audit log the report was made from, kept when the PDF is written
    generated: str = ""  # when it was made (ISO 8601), for the page frame
    inputs_digest: str = ""
    subtitle: str = ""  # under the cover's title: what the document holds
    heading: str = ""  # the cover's big title (the workspace's name for a summary)
    currency: str = "USD"  # the code its money figures are in


def section(key: str, blocks) -> Section:
    """A section of the summary under its title in the reader's language."""
    return Section(key, translate("summary", SECTIONS[key]), tuple(blocks))


def kind_text(kind: str) -> str:
    """A wallet's kind in the words the window's wallet dialog gives it (the stored code stays in the CSV and JSON)."""
    return translate("WalletDialog", kind)


WINDOWS = {  # the IMF's lending windows by their code, as the reader's IMF documents write them
    #: the IMF's General Resources Account (its Spanish documents write CRG)
    "GRA": QT_TRANSLATE_NOOP("summary", "GRA"),
    #: the IMF's Poverty Reduction and Growth Trust (its Spanish documents write FFCLP)
    "PRGT": QT_TRANSLATE_NOOP("summary", "PRGT"),
    #: the IMF's Resilience and Sustainability Trust (its Spanish documents write FFRS)
    "RST": QT_TRANSLATE_NOOP("summary", "RST"),
}


def window_text(window: str) -> str:
    return translate("summary", WINDOWS[window]) if window in WINDOWS else window


def count_text(n: int, one: str, many: str) -> str:
    """'1 day' / '1,204 days': ``one`` and ``many`` (with {n}) already translated; the count grouped by the locale
    (a %n plural would not group it)."""
    return one if n == 1 else many.format(n=fmt.number(n))


def inputs_digest(ws) -> str:
    """SHA-256 over every input table, row by row in key order: two reports with the same digest were made
    from the same inputs (stored runs, the audit log and metadata are not inputs)."""
    h = hashlib.sha256()
    for table in INPUT_TABLES:
        h.update(f"\x00{table}\x00".encode())
        for row in ws.store.table_rows(table):
            h.update(json.dumps(row, separators=(",", ":"), default=str).encode())
            h.update(b"\n")
    return h.hexdigest()


class Money:
    """The summary's money figures in its reporting currency (core.fx): each US$ figure at the rate of its own
    date, an IMF figure in SDR itself in SDR and otherwise through the US$ figure beside it. It keeps the dates
    it converted (the sources' rate lines) and those without a rate (each section's note). In US$ every figure is
    written as before."""

    def __init__(self, converter: fx.Converter):
        self.conv = converter
        self.code = converter.code
        self.usd = converter.identity
        self.sdr = converter.code == fx.SDR
        self.unit = fx.symbol(converter.code)  # in headers and axis titles: US$, PKR, SDR (DEG in Spanish)
        self.dates: set[dt.date] = set()
        self.missing: list[dt.date] = []  # since the current section began (``missing_note``), in the order met, each once

    def value(self, usd: float | None, date: dt.date) -> float | None:
        if usd is None or self.usd:
            return usd
        self.dates.add(date)
        v = self.conv.from_usd(usd, date)
        if v is None:
            self._no_rate(date)
        return v

    def _no_rate(self, date: dt.date) -> None:
        date = min(date, self.conv.valuation)  # a later date has no rate because the valuation date has none
        if date not in self.missing:
            self.missing.append(date)

    def imf(self, sdr: float, usd: float, date: dt.date) -> float | None:
        """An IMF figure stated in SDR with its US$ amount at the IMF figures' own rate."""
        return sdr if self.sdr else self.value(usd, date)

    def total(self, items) -> float | None:
        """The sum of (sdr, usd, date) IMF figures each converted at its own date; None if one has no rate."""
        values = [self.imf(sdr, usd, date) for sdr, usd, date in items]
        return None if any(v is None for v in values) else sum(values)

    def short(self, usd: float | None, date: dt.date) -> str:
        """For prose and cards: US$694.7 m, PKR 194.85 bn, — without a rate."""
        return fmt.usd_short(usd) if self.usd else fmt.money_short(self.value(usd, date), self.code)

    def amount(self, usd: float | None, date: dt.date, decimals: int = 0) -> str:
        """With its currency, in full: US$108,000, PKR 30,240,000."""
        return f"US${fmt.number(usd, decimals)}" if self.usd else fmt.money(self.value(usd, date), self.code, decimals)

    def cell(self, usd: float | None, date: dt.date, scale: float = 1.0, decimals: int = 0) -> str:
        """A table's figure, in ``scale`` units (MILLION) of the currency the header names; — without a rate."""
        v = self.value(usd, date)
        return "—" if v is None else fmt.number(v / scale, decimals)

    def series(self, amounts_usd, day_numbers) -> np.ndarray:
        """A chart's figures, each at its day's rate (NaN, a gap in the line, where there is none)."""
        amounts = np.asarray(amounts_usd, dtype=np.float64)
        if self.usd:
            return amounts
        days = np.asarray(day_numbers, dtype=np.int64) + ORDINAL_OF_DAY_0
        out = self.conv.from_usd_series(amounts, days)
        gaps = np.flatnonzero(np.isnan(out) & np.isfinite(amounts))
        if len(gaps):
            self._no_rate(dt.date.fromordinal(int(days[gaps[0]])))
        return out

    def missing_note(self) -> Paragraph | None:
        """What the section's — figures mean (the dates met without a rate since the last call), or None."""
        days, self.missing = self.missing, []
        if not days:
            return None
        shown = "; ".join(fx.no_rate_text(self.code, d) for d in days[:3])
        more = "" if len(days) <= 3 else " " + count_text(
            len(days) - 3, translate("summary", "(and 1 other date)"), translate("summary", "(and {n} other dates)"))
        return Paragraph(translate("summary", "— marks a figure, and a gap in a chart a period, with no {currency} rate: "
                                   "{reasons}{more}.").format(currency=esc(self.unit), reasons=esc(shown), more=more),
                         note=True)


ORDINAL_OF_DAY_0 = dt.date(1970, 1, 1).toordinal()  # day numbers (since 1970) to the converter's ordinals


def _days(dates) -> tuple[float, ...]:
    return tuple(float(day_number(x) if isinstance(x, dt.date) else x) for x in dates)


def _holdings(ws, date: dt.date, money: Money) -> Section:
    h = ws.holdings(date)
    if not ws.transactions:
        return section("holdings", (Paragraph(translate("summary", "No data: the ledger holds no bitcoin transactions.")),))
    # the cost basis and P&L too at the valuation date's rate: what the holdings would fetch or lost, in the currency
    rows = tuple((w.name, kind_text(w.kind), fmt.btc(w.btc), money.cell(w.value_usd, date)) for w in h.wallets
                 if w.btc or w.value_usd)
    price = (translate("summary", "at {price} per BTC (close of {date})").format(price=money.amount(h.price_usd, date),
                                                                                date=h.price_date)
             if h.price_usd else translate("summary", "(no BTC price)"))
    blocks: list = [
        Paragraph(translate("summary", "On {date}, the ledger holds <b>{btc} BTC</b> worth <b>{value}</b> {price}; cost basis "
                            "{cost} (average cost), unrealised P&L {pnl}.").format(
            date=date, btc=fmt.btc(h.total_btc), value=money.short(h.value_usd, date), price=price,
            cost=money.short(h.cost_usd, date), pnl=money.short(h.unrealized_pnl_usd, date))),
        Table((translate("summary", "Wallet"), translate("summary", "Kind"), "BTC",
               translate("summary", "Value ({currency})").format(currency=money.unit)),
              rows + ((translate("summary", "Total"), "", fmt.btc(h.total_btc), money.cell(h.value_usd, date)),),
              (False, False, True, True), translate("summary", "Holdings by wallet")),
    ]
    series = ws.holdings_series(end=date)
    if len(series.days) > 1:
        x = tuple(float(v) for v in series.days)
        finite = np.isfinite(series.value_usd)
        value, cost = money.series(series.value_usd, series.days), money.series(series.cost_usd, series.days)
        blocks.append(Chart(translate("summary", "Bitcoin held"), "BTC",
                            (Series(translate("summary", "Stock"), x, tuple(series.stock_btc.tolist())),)))
        blocks.append(Chart(translate("summary", "Value and cost basis of the bitcoin held"),
                            translate("summary", "{currency} millions").format(currency=money.unit), (
            Series(translate("summary", "Value"), tuple(np.array(x)[finite].tolist()),
                   tuple((value[finite] / MILLION).tolist()), colour="#c07a00"),
            Series(translate("summary", "Cost basis (average cost)"), x, tuple((cost / MILLION).tolist()),
                   kind="dashed", colour="#5a5a5a"))))
    return section("holdings", blocks)


RETURN_COLOUR, VAR_COLOUR, EXCEPTION_COLOUR = "#8c8c8c", "#1f4e79", "#b00020"


def _risk(ws, date: dt.date, figures: dict, money: Money) -> Section:
    """The risk view's default period (five years to the valuation date, 99%): VaR and ES by model, their backtest,
    the deepest falls, and the price, drawdown and backtest charts."""
    request = rv.RiskRequest(end=date, start=rv.years_before(date, rv.PERIOD_YEARS[rv.DEFAULT_PERIOD]))
    view = rv.for_workspace(ws, request)
    if view.problem:
        return section("risk", (Paragraph(esc(view.problem)),))
    figures["risk"] = view
    confidence = fmt.pct(request.confidence, 0)
    in_usd = bool(view.btc_held) and view.value_usd is not None
    # the losses in the currency at the valuation date's rate, as the value held
    held = (translate("summary", "On {date}, the reserve holds <b>{btc} BTC</b> worth <b>{value}</b> at {price} per BTC "
                      "(close of {price_date}); the {currency} figures are losses on these holdings.").format(
                date=date, btc=fmt.btc(view.btc_held), value=money.short(view.value_usd, date),
                price=money.amount(view.price_usd, date), price_date=view.price_date, currency=money.unit) if in_usd else
            translate("summary", "The reserve holds no bitcoin on {date}, so no {currency} figures are given.").format(
                date=date, currency=money.unit)
            if not view.btc_held else
            translate("summary", "There is no BTC price on or before {date}, so the {currency} figures are not given.").format(
                date=date, currency=money.unit))
    blocks: list = [Paragraph(
        translate("summary", "{period} to the valuation date: daily BTC closes from <b>{first}</b> to <b>{last}</b> ({returns}); "
                  "confidence {confidence}; VaR and ES are losses as a fraction of the value held; volatility window "
                  "{vol_days} days; backtest window {backtest_days} days.").format(
            period=translate("risk_view", rv.DEFAULT_PERIOD), first=view.first_date, last=view.last_date,
            returns=count_text(len(view.returns), translate("summary", "1 daily return"),
                               translate("summary", "{n} daily returns")),
            confidence=confidence, vol_days=request.vol_window_days, backtest_days=request.backtest_window_days) + " " + held)]
    label = {x.method: method_label(x.method) for x in view.models}
    var_columns = (translate("summary", "Model"), translate("summary", "1-day VaR"), translate("summary", "1-day ES"),
                   translate("summary", "10-day VaR"), translate("summary", "10-day ES"))
    blocks.append(Table((*var_columns, translate("summary", "10-day rule")),
                        tuple((label[x.method], *(fmt.pct(v, 2) for v in (x.var_1d, x.es_1d, x.var_10d, x.es_10d)),
                               translate("var_models", x.ten_day_rule)) for x in view.models),
                        (False, True, True, True, True, False),
                        translate("summary", "VaR and ES by model, {confidence}, on {date}: loss as a fraction of the value "
                                  "held").format(confidence=confidence, date=view.last_date)))
    if in_usd:  # a table of its own: beside the fractions, the columns would squeeze the models' names onto lines
        blocks.append(Table(var_columns,
                            tuple((label[x.method], *(money.cell(view.usd(v), date, MILLION, 1)
                                                      for v in (x.var_1d, x.es_1d, x.var_10d, x.es_10d)))
                                  for x in view.models), (False, True, True, True, True),
                            translate("summary", "The same in {currency} millions, for the {btc} BTC held").format(
                                currency=money.unit, btc=fmt.btc(view.btc_held))))
    notes = [f"{label[x.method]}: {esc(x.problem)}" for x in view.models if x.problem]
    blocks.append(Paragraph(translate("summary", "10-day rule: the one-day figure times the square root of 10 (square root of "
                                      "time), or {paths} paths of 10 days simulated with the model's volatility moving day "
                                      "by day (filtered historical simulation: the period's standardised returns redrawn; "
                                      "GARCH(1,1): the fitted model with normal shocks).").format(
                                          paths=fmt.number(SIMULATED_PATHS))
                            + "".join(f" {n}." for n in notes), note=True))
    blocks += _backtest(view, confidence)
    x = tuple(float(v) for v in view.days)
    blocks.append(Chart(translate("summary", "BTC price (logarithmic scale)"),
                        translate("summary", "{currency} per BTC").format(currency=money.unit),
                        (Series(translate("summary", "Daily close"), x,
                                tuple(money.series(view.prices_usd, view.days).tolist())),), log_y=True))
    deepest = view.falls[0] if view.falls else None
    blocks.append(Chart(translate("summary", "Drawdown: fall below the highest close so far"), translate("summary", "% from the peak"),
                        (Series(translate("summary", "Drawdown"), x, tuple((-view.drawdown * 100).tolist()), kind="band",
                                high=(0.0,) * len(x), colour="#c9d6e3"),),
                        markers=((float(day_number(deepest.trough)),
                                  translate("summary", "deepest {fall}").format(fall=fmt.pct(-deepest.depth, 0))),)
                        if deepest else ()))
    if view.falls:
        blocks.append(Table((translate("summary", "Fall"), translate("summary", "Peak"), translate("summary", "Trough"),
                             translate("summary", "Recovered")),
                            tuple((fmt.pct(f.depth), fmt.date(f.peak), fmt.date(f.trough),
                                   fmt.date(f.recovery) if f.recovery else translate("summary", "not by the period's end"))
                                  for f in view.falls),
                            (True, False, False, False), translate("summary", "Deepest falls from a peak")))
    return section("risk", blocks)


def method_label(method: str) -> str:
    """A VaR model's name as the reader reads it."""
    return translate("backtest", rv.METHOD_LABELS[method])


def _backtest(view, confidence: str) -> list:
    """The backtest's tables, its conventions and its chart (the historical model's VaR against the returns)."""
    window = view.request.backtest_window_days
    if view.backtest_problem:
        return [Paragraph(translate("summary", "Backtest: {problem}").format(problem=esc(view.backtest_problem)))]
    first, last = from_day_number(int(view.backtest_days[0])), from_day_number(int(view.backtest_days[-1]))
    missing = [f"{method_label(b.method)}: {b.problem}" if b.problem else
               translate("summary", "{model} gave no forecast on {days} {why}, left out of its observations").format(
                   model=method_label(b.method),
                   days=count_text(int(np.sum(~np.isfinite(b.var))), translate("summary", "1 day"), translate("summary", "{n} days")),
                   why=translate("summary", "(moments outside the expansion's domain)") if b.method == "cornish-fisher" else
                   translate("summary", "(windows whose closes did not move)"))
               for b in view.backtests if not np.all(np.isfinite(b.var))]
    passing = fmt.pct(bt.SIGNIFICANCE, 0)
    model = translate("summary", "Model")
    # two tables of five columns: nine side by side squeeze the models' names onto three lines
    return [Table((model, translate("summary", "Days tested"), translate("summary", "Exceptions"),
                   translate("summary", "Exception rate"),
                   translate("summary", "Traffic light (last {days} days)").format(days=bt.BASEL_DAYS)),
                  tuple((method_label(b.method), fmt.number(b.observations), fmt.number(b.exceptions),
                         fmt.pct(b.exception_rate, 2), b.zone_text)
                        for b in view.backtests),
                  (False, True, True, True, False),
                  translate("summary", "Backtest of one-day VaR {confidence}, {first} to {last}").format(
                      confidence=confidence, first=first, last=last)),
            Table((model, "Kupiec", translate("summary", "Independence"), translate("summary", "Conditional coverage"),
                   translate("summary", "Passes at {level}").format(level=passing)),
                  tuple((method_label(b.method), fmt.p_value(b.kupiec_p), fmt.p_value(b.christoffersen_ind_p),
                         fmt.p_value(b.christoffersen_cc_p), translate("summary", "yes") if b.passes else translate("summary", "no"))
                        for b in view.backtests),
                  (False, True, True, True, False), translate("summary", "The backtest's tests: p-values")),
            Paragraph(translate("summary", "Each day's one-day VaR is forecast from the {window} daily returns before it and "
                                "compared with that day's return; an exception is a loss beyond the VaR. GARCH(1,1) is "
                                "refitted every {refit} days, its variance carried forward day by day between fits. Kupiec: "
                                "the proportion of failures test (is the exception rate the one the confidence implies?); "
                                "Independence: Christoffersen's test that exceptions do not cluster; Conditional coverage: "
                                "both together (Christoffersen). A model passes when all three p-values are at least {level}. "
                                "Traffic light: exceptions of the 99% VaR over the last {basel} days (in brackets), green "
                                "0-4, yellow 5-9, red 10 or more (Basel Committee on Banking Supervision, Supervisory "
                                "framework for the use of backtesting, 1996).").format(
                          window=fmt.number(window), refit=bt.GARCH_REFIT_DAYS, level=passing, basel=bt.BASEL_DAYS)
                      + "".join(f" {esc(m)}." for m in missing), note=True),
            *_backtest_chart(view, confidence)]


def _backtest_chart(view, confidence: str) -> list:
    b = next((b for b in view.backtests if b.method == "historical"), None)
    if b is None:
        return []
    x = np.asarray(view.backtest_days, dtype=np.float64)
    hit = b.realised < -b.var  # NaN forecasts compare False
    return [Chart(translate("summary", "Backtest: daily returns and the historical model's {confidence} VaR").format(
                      confidence=confidence), translate("summary", "% daily return"), (
        Series(translate("summary", "Daily return"), tuple(x.tolist()), tuple((b.realised * 100).tolist()),
               colour=RETURN_COLOUR, width=0.7),
        Series(translate("summary", "Historical VaR {confidence} (as a loss)").format(confidence=confidence),
               tuple(x.tolist()), tuple((-b.var * 100).tolist()), colour=VAR_COLOUR, width=1.6),
        Series(translate("summary", "Exceptions ({n})").format(n=fmt.number(int(hit.sum()))), tuple(x[hit].tolist()),
               tuple((b.realised[hit] * 100).tolist()), kind="points", colour=EXCEPTION_COLOUR, width=5.0)))]


def _phasing_gap(a) -> str:
    """A warning when the purchases do not add up to access (access changed and the phasing did not follow)."""
    phased = sum(p.amount_sdr for p in a.purchases)
    if abs(a.access_sdr - phased) < 1e-3:
        return ""
    return " " + translate("summary", "<b>The purchases add up to SDR {phased} m, not the access of SDR {access} m</b>: the "
                           "schedule and the peak count only the purchases entered.").format(
        phased=fmt.sdr_m(phased), access=fmt.sdr_m(a.access_sdr))


# ---- the member's position in the Fund: shared by the PDF and the Program tab's Fund position view ----------

WINDOW_COLOURS = {"GRA": ("#1f4e79", "#4f81bd", "#9dc3e6", "#2e75b6", "#bdd7ee", "#5b9bd5"),  # blues
                  "RST": ("#548235", "#a9d18e", "#70ad47"), "PRGT": ("#c55a11", "#f4b183", "#ed7d31")}
THRESHOLD_COLOUR = "#b00020"
# "Indicators of Fund credit" as the IMF staff reports lay them out (capacity to repay the Fund): obligations
# first, then the stock of credit; a row without a key is a heading
INDICATOR_ROWS = (
    (None, QT_TRANSLATE_NOOP("summary", "Obligations to the Fund (existing and prospective credit)")),
    ("principal_sdr", QT_TRANSLATE_NOOP("summary", "Principal, SDR millions")),
    ("charges_sdr", QT_TRANSLATE_NOOP("summary", "Charges and interest, SDR millions")),
    ("total_sdr", QT_TRANSLATE_NOOP("summary", "Total, SDR millions")),
    ("total_usd", QT_TRANSLATE_NOOP("summary", "Total, US$ millions")),
    ("pct_exports", QT_TRANSLATE_NOOP("summary", "In percent of exports of goods and services")),
    ("pct_gross_reserves", QT_TRANSLATE_NOOP("summary", "In percent of gross reserves")),
    ("pct_gdp", QT_TRANSLATE_NOOP("summary", "In percent of GDP")),
    (None, QT_TRANSLATE_NOOP("summary", "Fund credit outstanding (end of period)")),
    ("credit_sdr", QT_TRANSLATE_NOOP("summary", "SDR millions")),
    ("credit_pct_quota", QT_TRANSLATE_NOOP("summary", "In percent of quota")),
    ("credit_pct_gross_reserves", QT_TRANSLATE_NOOP("summary", "In percent of gross reserves")),
)
INDENT = "\u00a0" * 4  # non-breaking: kept by table cells and headers alike
# a percent whose denominator (exports, reserves, GDP, quota) the workspace lacks
NO_INPUT = QT_TRANSLATE_NOOP("summary", "no input")
COMPARE_ITEMS = {"principal": QT_TRANSLATE_NOOP("summary", "Principal (repurchases, repayments)"),
                 "charges": QT_TRANSLATE_NOOP("summary", "Charges and interest"),
                 "other": QT_TRANSLATE_NOOP("summary", "SDR Department (net SDR charges, assessments)")}


def line_colours(lines) -> list[str]:
    """One colour per credit line, by its lending window: GRA blues, RST greens, PRGT oranges."""
    used = {window: 0 for window in WINDOW_COLOURS}
    colours = []
    for line in lines:
        shades = WINDOW_COLOURS[line.window]
        colours.append(shades[used[line.window] % len(shades)])
        used[line.window] += 1
    return colours


def as_date(x) -> dt.date:
    return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))


def indicator_text(key: str, value: float | None) -> str:
    """An indicator's figure, or NO_INPUT in the reader's language."""
    if value is None:
        return translate("summary", NO_INPUT)
    return fmt.number(value / MILLION, 1) if key.endswith(("_sdr", "_usd")) else fmt.number(value, 1)


def indicator_table(indicators: list[dict]) -> tuple[list[int], list[tuple[str, bool, tuple[str, ...]]]]:
    """The years and, per row of INDICATOR_ROWS, (label, is_heading, one text per year); a row's label is indented
    under its heading, as in the staff reports."""
    years = [y["year"] for y in indicators]
    rows = [(translate("summary", label) if key is None else INDENT + translate("summary", label), key is None,
             tuple("" if key is None else indicator_text(key, y.get(key)) for y in indicators))
            for key, label in INDICATOR_ROWS]
    return years, rows


NOT_MODELLED = QT_TRANSLATE_NOOP("summary", "not modelled")  # the SDR Department's items: not credit from the Fund


def compare_rows(compare: dict) -> list[tuple[str, ...]]:
    """The IMF's projection beside the app's, by year and item: year, item, IMF, app, difference (SDR m)."""
    return [(str(r["year"]), translate("summary", COMPARE_ITEMS[r["item"]]) if r["item"] in COMPARE_ITEMS else r["item"],
             fmt.sdr_m(r["imf_sdr"]),
             *((translate("summary", NOT_MODELLED), "") if r["item"] == "other"
               else (fmt.sdr_m(r["app_sdr"]), fmt.sdr_m(r["difference_sdr"]))))
            for r in compare["rows"]]


def from_year_of(rows: list[dict], date: dt.date) -> list[dict]:
    """The rows by year from ``date``'s year on: what is still to be paid, as the staff reports' tables start."""
    return [r for r in rows if r["year"] >= date.year]


def peak_from(position, date: dt.date) -> dict:
    """The highest GRA credit from ``date`` on, as the staff reports project it (over the whole path when
    ``date`` is past the last repurchase)."""
    return position.peak(date) or position.peak()


def threshold_text(position) -> str:
    """The level-surcharge threshold as it stands over the position's days, in % of quota with its dates."""
    share = np.round(position.threshold_sdr / position.quota_sdr * 100, 3)
    changes = np.flatnonzero(np.diff(share)) + 1
    starts = [0, *changes.tolist()]
    parts = []
    for k, i in enumerate(starts):
        until = (" " + translate("summary", "to {date}").format(date=from_day_number(position.days[starts[k + 1]] - 1))
                 if k + 1 < len(starts) else "")
        since = " " + translate("summary", "from {date}").format(date=from_day_number(position.days[i])) if k else ""
        parts.append(translate("summary", "{share}% of quota").format(share=f"{share[i]:g}") + since + until)
    return "; ".join(parts)


def _fund_position(ws, date: dt.date, money: Money) -> list:
    """The member's whole position in the Fund: every credit line stacked against the surcharge threshold, the
    obligations by year, the staff reports' indicators and the comparison with the IMF's own projection."""
    position = ws.fund_position(True)
    if position.empty:
        return []
    now, peak = position.on(date), peak_from(position, date)
    parts = [translate("summary", "{window} SDR {credit} m").format(window=window_text(w), credit=fmt.sdr_m(now[k]))
             for w, k in (("GRA", "gra_credit_sdr"), ("RST", "rst_credit_sdr"), ("PRGT", "prgt_credit_sdr"))
             if w == "GRA" or now[k]]
    blocks: list = [Paragraph(translate(
        "summary", "<b>Position in the Fund</b> (every arrangement and the existing obligations together, planned purchases "
        "included): on {date}, credit outstanding SDR {credit} m ({parts}); GRA credit {gra_pct}% of a quota of SDR {quota} m. "
        "Peak GRA credit from then: SDR {peak} m, {peak_pct}% of quota, on {peak_date}. Level surcharges apply to total GRA "
        "credit above {threshold}.").format(
        date=date, credit=fmt.sdr_m(now["total_credit_sdr"]), parts=", ".join(parts),
        gra_pct=fmt.number(now["gra_pct_of_quota"], 1), quota=fmt.sdr_m(now["quota_sdr"]),
        peak=fmt.sdr_m(peak["gra_credit_sdr"]), peak_pct=fmt.number(peak["gra_pct_of_quota"], 1), peak_date=peak["date"],
        threshold=threshold_text(position)))]
    step = max(1, len(position.days) // 400)
    x = tuple(float(v) for v in position.days[::step])
    quota = position.quota_sdr[::step]
    base = np.zeros(len(x))
    series = []
    for line, colour in zip(position.lines, line_colours(position.lines), strict=True):
        top = base + line.credit_sdr[::step] / quota * 100
        series.append(Series(f"{line.name} ({window_text(line.window)})", x, tuple(base.tolist()), kind="band", colour=colour,
                             high=tuple(top.tolist())))
        base = top
    series.append(Series(translate("summary", "Level-surcharge threshold"), x,
                         tuple((position.threshold_sdr[::step] / quota * 100).tolist()), kind="dashed", colour=THRESHOLD_COLOUR))
    blocks.append(Chart(translate("summary", "Fund credit outstanding by credit line"), translate("summary", "% of quota"),
                        tuple(series),
                        markers=((float(day_number(date)), str(date)),
                                 (float(day_number(as_date(peak["date"]))),
                                  translate("summary", "GRA peak {pct}%").format(pct=fmt.number(peak["gra_pct_of_quota"], 0))))))
    try:
        years, indicators = from_year_of(position.obligations_by_year(), date), from_year_of(ws.fund_indicators(True), date)
    except InvalidInput as exc:  # a missing input (the SDR rate): the credit still shows, the charges cannot
        return [*blocks, Paragraph(translate("summary", "Cannot compute the obligations to the Fund, nor compare them with "
                                             "the IMF's: {problem}.").format(problem=esc(exc)))]
    x = tuple(float(y["year"]) for y in years)  # the figures by year are the indicators' first rows, below
    blocks.append(Chart(translate("summary", "Obligations to the Fund by year from {year}, every credit line").format(year=date.year),
                        translate("summary", "SDR millions"), (
        Series(translate("summary", "Principal"), x, tuple(y["principal_sdr"] / MILLION for y in years), kind="bar"),
        Series(translate("summary", "Charges and interest"), x, tuple(y["charges_sdr"] / MILLION for y in years), kind="bar",
               colour="#c07a00")),
        x_label=translate("summary", "Year"), dates=False))
    rate = (translate("summary", "US${rate} per SDR, the rate of {arrangement}").format(  # the engine's, in the reader's words
        rate=f"{position.usd_per_sdr:g}", arrangement=ws.arrangements[-1].name) if ws.arrangements else
        translate("summary", "no arrangement: amounts in SDR"))
    blocks.append(Paragraph(translate("summary", "Charges and interest: GRA charges and surcharges, RST interest, service "
                                      "charges and commitment fees. US$ amounts at {rate}.").format(rate=esc(rate)), note=True))
    indicator_years, rows = indicator_table(indicators)
    total = [key for key, _ in INDICATOR_ROWS].index("total_usd")
    if money.sdr:  # the SDR total is the row above
        del rows[total]
    elif not money.usd:  # the year's US$ total becomes the sum of its payments, each at its own date's rate
        due: dict[int, list] = {}
        for _, r in position.rows():
            due.setdefault(r.date.year, []).append((r.total_sdr, r.total_sdr * position.usd_per_sdr, r.date))
        rows[total] = (INDENT + translate("summary", "Total, {currency} millions").format(currency=money.unit), False,
                       tuple("—" if (v := money.total(due.get(y, ()))) is None else fmt.number(v / MILLION, 0)
                             for y in indicator_years))
    for first in range(0, len(indicator_years), INDICATOR_YEARS_A_TABLE):  # a page's width holds about eight years
        span = slice(first, first + INDICATOR_YEARS_A_TABLE)
        shown = indicator_years[span]
        blocks.append(Table((translate("summary", "Indicator"), *map(str, shown)),
                            tuple((label, *texts[span]) for label, _, texts in rows),
                            (False, *[True] * len(shown)),
                            translate("summary", "Indicators of Fund credit, {first}-{last}").format(first=shown[0], last=shown[-1])))
    blocks.append(Paragraph(translate("summary", "Percents of exports, gross reserves and GDP use the latest macro inputs on "
                                      "or before each year's end; '{no_input}' where the workspace has none.").format(
                                          no_input=translate("summary", NO_INPUT)), note=True))
    return blocks + _compare(ws)


def _compare(ws) -> list:
    compare = ws.imf_compare()
    if not compare:
        return []
    return [Table((translate("summary", "Year"), translate("summary", "Item"), translate("summary", "IMF (SDR m)"),
                   translate("summary", "This projection (SDR m)"), translate("summary", "Difference (SDR m)")),
                  tuple(compare_rows(compare)), (False, False, True, True, True),
                  translate("summary", "The IMF's projected payments (as of {date}) beside this projection").format(
                      date=compare["as_of"])),
            Paragraph(translate("summary", "A difference is this projection less the IMF's."), note=True)]


def _program(ws, date: dt.date, money: Money) -> Section:
    try:
        ws.fund_position(True)
    except InvalidInput as exc:  # an input the engine cannot use (a stored date out of bounds): this section says why
        return section("program", (Paragraph(translate("summary", "Cannot compute the position in the Fund: {problem}.").format(
            problem=esc(exc))),))
    fund = _fund_position(ws, date, money)
    if not ws.arrangements and not fund:
        return section("program", (Paragraph(translate("summary", "No data: no IMF arrangement in this workspace.")),))
    blocks: list = []
    reserves, later = ws.reserves_known_on(date)  # as of the valuation date: later observations were not known then
    try:
        payment = next_imf_payment(ws, date)
    except InvalidInput:  # no SDR rate: no charges, said with the position below
        payment = None
    if payment:
        due = as_date(payment["date"])
        blocks.append(Paragraph((translate("summary", "Next payment to the IMF after {date}: <b>SDR {total} m</b> on <b>{due}</b>, "
                                           "of which principal SDR {principal} m.") if money.sdr else
                                 translate("summary", "Next payment to the IMF after {date}: <b>SDR {total} m</b> ({usd}) on "
                                           "<b>{due}</b>, of which principal SDR {principal} m.")).format(
            date=date, total=fmt.sdr_m(payment["total_sdr"]), usd=money.short(payment["total_usd"], due), due=payment["date"],
            principal=fmt.sdr_m(payment["principal_sdr"]))))
    blocks.extend(fund)
    position = ws.fund_position(True)
    for a in ws.arrangements:
        charges = (translate("words", VALUES.get(a.charges_policy, a.charges_policy)) if a.charges_policy
                   else translate("summary", "by the policy in force on each day"))
        blocks.append(Paragraph(translate("summary", "<b>{name}</b>: {facility} ({window}), {months} from {approval}; access SDR "
                                          "{access} m, quota SDR {quota} m, US${usd_per_sdr} per SDR; IMF charges "
                                          "{charges}.").format(
            name=esc(a.name), facility=esc(a.facility), window=esc(window_text(a.window)),
            months=count_text(a.months, translate("summary", "1 month"), translate("summary", "{n} months")),
            approval=a.approval_date, access=fmt.sdr_m(a.access_sdr), quota=fmt.sdr_m(a.quota_sdr),
            usd_per_sdr=f"{a.usd_per_sdr:g}", charges=esc(charges)) + _phasing_gap(a)))
        if position.charges_missing:  # said once above, with the credit that still shows
            continue
        s = position.schedule(a.name)
        years = [y for y in from_year_of(s.by_year(), date) if abs(y["total_sdr"]) >= 0.005]  # what is still due
        if years:
            beside = () if money.sdr else (translate("summary", "Total ({currency} m)").format(currency=money.unit),)
            blocks.append(Table((translate("summary", "Year"), translate("summary", "Principal (SDR m)"),
                                 translate("summary", "Charges and fees (SDR m)"), translate("summary", "Total (SDR m)"),
                                 *beside),
                                tuple((str(y["year"]), fmt.sdr_m(y["principal_sdr"]), fmt.sdr_m(y["charges_total_sdr"]),
                                       fmt.sdr_m(y["total_sdr"]), *((year_total(money, s, y),) if beside else ()))
                                      for y in years),
                                (False, True, True, True, *((True,) if beside else ())),
                                translate("summary", "Repayments and charges by year from {year}: {name} (its share of the "
                                          "member's surcharges included)").format(year=date.year, name=a.name)))
        else:
            blocks.append(Paragraph(translate("summary", "Nothing due to the Fund under {name} from {year}.").format(
                name=esc(a.name), year=date.year), note=True))
        tests = imf.nir_at_test_dates(a, position, reserves)
        if tests:
            unit = money.unit
            blocks.append(Table((translate("summary", "Test date"), translate("summary", "NIR floor ({currency} m)").format(currency=unit),
                                 translate("summary", "Adjusted floor ({currency} m)").format(currency=unit),
                                 translate("summary", "Projected NIR ({currency} m)").format(currency=unit),
                                 translate("summary", "Headroom ({currency} m)").format(currency=unit),
                                 translate("summary", "Reserves as of")),
                                tuple((t.date.isoformat(), *(money.cell(v, t.date, MILLION) for v in (
                                    t.nir_floor_usd, t.adjusted_floor_usd, t.nir_usd, t.headroom_usd)),
                                       fmt.date(t.reserves_date)) for t in tests),
                                (False, True, True, True, True, False),
                                translate("summary", "NIR at the test dates: {name}").format(name=a.name)))
            if note := reserves_as_of_note(date, later, max(t.date for t in tests)):
                blocks.append(Paragraph(esc(note)))
        if a.benchmarks:
            blocks.append(Table((translate("summary", "Structural benchmark"), translate("summary", "Type"),
                                 translate("summary", "From"), translate("summary", "Due"), translate("summary", "Status")),
                                tuple((b.description, translate("words", VALUES.get(b.type, b.type)), fmt.date(b.start_date),
                                       fmt.date(b.due_date), benchmark_status(b, date))
                                      for b in a.benchmarks), (),
                                translate("summary", "Structural benchmarks: {name}").format(name=a.name)))
    for check in ws.non_accumulation(date):
        head = translate("summary", "Non-accumulation ({arrangement}, from {start}):").format(
            arrangement=esc(check["arrangement"]), start=check["start_date"])
        found = (translate("summary", "<b>{entries} {btc} BTC by purchase or mining</b> since the commitment began.").format(
                     entries=count_text(check["breaches"], translate("summary", "1 ledger entry adds"),
                                        translate("summary", "{n} ledger entries add")), btc=fmt.btc(check["btc"]))
                 if check["breaches"] else
                 translate("summary", "no purchase or mining into public-sector wallets since the commitment began."))
        blocks.append(Paragraph(f"{head} {found}"))
    return section("program", blocks)


def year_total(money: Money, s, year: dict) -> str:
    """A schedule's total for a year in millions of the currency: US$ at the IMF figures' rate as the staff reports
    give it; another currency the sum of the year's payments, each at its own date's rate."""
    if money.usd:
        return fmt.usd(year["total_usd"] / MILLION)
    v = money.total((r.total_sdr, r.total_sdr * s.usd_per_sdr, r.date) for r in s.rows if r.date.year == year["year"])
    return "—" if v is None else fmt.number(v / MILLION, 0)


BENCHMARK_STATUS = {"pending": QT_TRANSLATE_NOOP("summary", "pending"), "met": QT_TRANSLATE_NOOP("summary", "met"),
                    "not_met": QT_TRANSLATE_NOOP("summary", "not met"), "ongoing": QT_TRANSLATE_NOOP("summary", "ongoing")}


def benchmark_status(b, date: dt.date) -> str:
    """A structural benchmark's status in words, 'overdue (pending)' when its date has passed unmet."""
    status = translate("summary", BENCHMARK_STATUS[b.status]) if b.status in BENCHMARK_STATUS else b.status.replace("_", " ")
    return translate("summary", "overdue ({status})").format(status=status) if benchmark_overdue(b, date) else status


ARA_BANDS = {"below": QT_TRANSLATE_NOOP("summary", "below"), "adequate": QT_TRANSLATE_NOOP("summary", "adequate"),
             "above": QT_TRANSLATE_NOOP("summary", "above")}  # the ARA band's code -> its word
REGIMES = {"fixed": QT_TRANSLATE_NOOP("summary", "fixed"), "floating": QT_TRANSLATE_NOOP("summary", "floating")}


def band_text(band: str | None) -> str:
    return "—" if not band else translate("summary", ARA_BANDS[band]) if band in ARA_BANDS else band


def _adequacy(ws, date: dt.date, figures: dict, money: Money) -> Section:
    try:
        a = ws.adequacy(date)
    except InputError as exc:
        return section("adequacy", (Paragraph(translate("summary", "No data: {problem}").format(problem=esc(exc.problems[0]))),))
    figures["adequacy"] = a
    w = a["with_btc"]

    def ratio(v):
        return "—" if v is None else fmt.number(v, 2)

    def m(usd):  # the valuation date's figures, at its rate
        return money.cell(usd, date, MILLION)

    rows = ((translate("summary", "Gross reserves ({currency} m)").format(currency=money.unit), m(a["gross_reserves_usd"]),
             m(w["gross_reserves_usd"])),
            (translate("summary", "ARA EM metric ({currency} m)").format(currency=money.unit), m(a["ara_metric_usd"]),
             m(w["ara_metric_usd"])),
            (translate("summary", "Reserves / ARA metric"), ratio(a["ara_ratio"]), ratio(w["ara_ratio"])),
            (translate("summary", "Band (adequate: {low}-{high})").format(low=fmt.number(1, 1), high=fmt.number(1.5, 1)),
             band_text(a["ara_band"]), band_text(w["ara_band"])),
            (translate("summary", "Months of imports"), ratio(a["months_of_imports"]), ratio(w["months_of_imports"])),
            (translate("summary", "Reserves / short-term debt"), ratio(a["greenspan_guidotti"]), ratio(w["greenspan_guidotti"])))
    regime = (translate("summary", REGIMES[a["regime"]]) if a["regime"] in REGIMES else a["regime"]) if a["regime"] else \
        translate("summary", "regime not given")
    haircut = fmt.pct(w["haircut"], 0)
    blocks = [Table((translate("summary", "Measure"), translate("summary", "Without bitcoin (IMF)"),
                     translate("summary", "With bitcoin at a {haircut} haircut").format(haircut=haircut)), rows,
                    (False, True, True),
                    translate("summary", "Reserve adequacy on {date} ({regime})").format(date=a["date"], regime=regime)),
              Paragraph(translate("summary", "Bitcoin is not a reserve asset under the IMF's Balance of Payments Manual (BPM7, "
                                  "2025): the IMF's figures are the left column;") + " "
                        + (translate("summary", "the right adds {added}, the bitcoin's {value} less the {haircut} haircut, as "
                                     "an illustration only.").format(added=money.short(w["btc_added_usd"], date),
                                                                    value=money.short(w["btc_value_usd"], date), haircut=haircut)
                           if w["btc_value_usd"] else
                           translate("summary", "the workspace holds no bitcoin on that date, so the right adds nothing.")),
                        note=True)]
    if a["missing_inputs"]:
        blocks.append(Paragraph(translate("summary", "Inputs missing from the workspace: {inputs}.").format(
            inputs="; ".join(map(field_label, a["missing_inputs"]))), note=True))
    return section("adequacy", blocks)


def _stress(ws, run_ids: list[int], figures: dict, money: Money) -> Section:
    if not run_ids:
        return section("stress", (Paragraph(translate("summary", "No data: no stress run was selected for this summary.")),))
    blocks: list = []
    figures["runs"] = {}
    for run_id in run_ids:
        try:
            inputs, s = ws.stored_run(run_id)
        except InputError:
            blocks.append(Paragraph(translate("summary", "<b>Run {run_id}</b>: No data. The run was not completed (cancelled) "
                                              "or has been deleted, so nothing was stored for it.").format(run_id=run_id)))
            continue
        s = with_sale_advice(s, inputs)  # a run stored before sales were capped at the holdings is capped here
        figures["runs"][run_id] = s
        what = describe_run(s)
        t = s["terminal"]
        start = dt.date.fromisoformat(s["start_date"])
        horizon = start + dt.timedelta(days=s["horizon_days"])  # the terminal figures' date (after it: the stated path)
        if not s["start_value_usd"]:
            blocks.append(Paragraph(translate("summary", "Run {run_id}: the workspace held no bitcoin on {date}, so the "
                                              "reserve's value is zero on every path; the test-date figures still "
                                              "apply.").format(run_id=run_id, date=s["start_date"]), note=True))
        blocks.append(Paragraph(translate("summary", "<b>Run {run_id}: {name}</b> ({scenario_id}): {what}; valuation date {date}, "
                                          "horizon {days} days, engine {engine}.").format(
            run_id=run_id, name=esc(scenario_name(s["scenario_id"], s["scenario_name"])), scenario_id=esc(s["scenario_id"]),
            what=esc(what),
            date=s["start_date"], days=fmt.number(s["horizon_days"]), engine=inputs["engine_version"])))
        blocks.append(Table((translate("summary", "Figure"), translate("summary", "Value")), (
            (translate("summary", "Bitcoin reserve today"), money.short(s["start_value_usd"], start)),
            (translate("summary", "Median at the horizon"), money.short(t["p50"], horizon)),
            (translate("summary", "5th percentile at the horizon"), money.short(t["p05"], horizon)),
            (translate("summary", "VaR 95% / 99% (fraction of today's value)"), f"{fmt.pct(s['var']['0.95'])} / {fmt.pct(s['var']['0.99'])}"),
            ("ES 95% / 99%", f"{fmt.pct(s['es']['0.95'])} / {fmt.pct(s['es']['0.99'])}"),
            (translate("summary", "Mean maximum drawdown"), fmt.pct(s["max_drawdown"]["mean"]))), (False, True),
            translate("summary", "Run {run_id}: key figures").format(run_id=run_id)))
        x = _days(dt.date.fromisoformat(v) for v in s["fan"]["dates"])
        f = {k: tuple((money.series(s["fan"][k], x) / MILLION).tolist()) for k in ("p05", "p25", "p50", "p75", "p95")}
        several = s["paths"] > 1
        series = (Series(translate("summary", "5-95% of paths"), x, f["p05"], kind="band", high=f["p95"], colour="#c9d6e3"),
                  Series(translate("summary", "25-75% of paths"), x, f["p25"], kind="band", high=f["p75"], colour="#93abc4")
                  ) if several else ()
        blocks.append(Chart(translate("summary", "Run {run_id}: value of the bitcoin reserve").format(run_id=run_id),
                            translate("summary", "{currency} millions").format(currency=money.unit),
                            series + (Series(translate("summary", "Median") if several
                                             else translate("summary", "The scenario's path"), x, f["p50"]),),
                            markers=tuple((float(day_number(dt.date.fromisoformat(d_["date"]))),
                                           translate("summary", "test date {date}").format(date=d_["date"]))
                                          for d_ in s["test_dates"])))
        if s["test_dates"]:
            unit = money.unit
            tested = [(d_, dt.date.fromisoformat(d_["date"])) for d_ in s["test_dates"]]
            blocks.append(Table((translate("summary", "Test date"), translate("summary", "Projected NIR ({currency} m)").format(currency=unit),
                                 translate("summary", "Headroom ({currency} m)").format(currency=unit),
                                 translate("summary", "BTC price, 5th pct ({currency})").format(currency=unit),
                                 translate("summary", "BTC to sell"), translate("summary", "Left short ({currency} m)").format(currency=unit),
                                 translate("summary", "P(holdings fall short)")),
                                tuple((d_["date"], money.cell(d_["nir_usd"], day, MILLION), money.cell(d_["headroom_usd"], day, MILLION),
                                       money.cell(d_["btc_price_p05_usd"], day), fmt.btc(d_["btc_to_sell"], 0),
                                       money.cell(d_["uncovered_usd"], day, MILLION),
                                       fmt.pct(d_["prob_btc_insufficient"])) for d_, day in tested),
                                (False, True, True, True, True, True, True),
                                translate("summary", "Run {run_id}: NIR at the test dates under stress ({btc} BTC held, never "
                                          "more sold)").format(run_id=run_id, btc=fmt.btc(s["btc"], 0))))
            cost = (translate("summary", "its market impact") if is_earlier_engine(s)
                    else translate("summary", "its expected execution cost"))
            blocks.extend(Paragraph(translate("summary", "{date}: {sale} (one-day sale at the 5th-percentile price, net of "
                                              "{cost} under the square-root law).").format(
                                                  date=d_["date"], cost=cost,
                                                  sale=esc(sale_text(d_, lambda usd, day=day: money.short(usd, day)))),
                                        note=True)
                          for d_, day in tested if (d_["uncovered_usd"] or 0) > 0)
        if owed := fund_obligations_text(s.get("fund_obligations"), money, start):
            blocks.append(Paragraph(owed))
        notes = " ".join(filter(None, [s.get("calibration"), *s.get("notes", [])]))
        if notes:
            blocks.append(Paragraph(esc(notes), note=True))
    return section("stress", blocks)


def fund_obligations_text(f: dict | None, money: Money, start: dt.date) -> str:
    """What a run owes the Fund within its horizon and its cost in the local currency, with the scenario's fall of
    that currency; "" for a run stored before runs recorded it, with nothing due, or (in a US$ summary, as it read
    before) with no fall to show."""
    if not f or not f["payments"] or (money.usd and not f["fx_depreciation"]):
        return ""
    due = translate("summary", "<b>Due to the IMF within the horizon</b>: {sdr} ({usd} at US${rate} per SDR, the rate of "
                    "the IMF figures).").format(sdr=fmt.money_short(f["total_sdr"], fx.SDR), usd=fmt.usd_short(f["total_usd"]),
                                                rate=fmt.number(f["usd_per_sdr"], 4))
    code = f["currency"]
    if f["local_missing"] == "no_local_currency":
        return due + " " + translate("summary", "Their cost in the local currency is not given: the workspace named no local "
                                     "currency when the run was made.")
    if f["local_missing"] is not None:  # no rate on or shortly before the run's start
        return due + " " + translate("summary", "Their cost in {currency} is not given: {reason}.").format(
            currency=fx.symbol(code), reason=fx.no_rate_text(code, start))
    label = fx.symbol(code)
    path = (translate("summary", "held flat after the valuation date") if not f["depreciation_per_year"] else
            translate("summary", "losing {pct} of its US$ value a year after the valuation date").format(
                pct=fmt.pct(f["depreciation_per_year"], 1)))
    text = due + " " + translate("summary", "In {currency}: {at_path} at {rate} (the rate of {date}), {path}.").format(
        currency=label, at_path=fmt.money_short(f["local_at_path"], code), rate=fx.per_usd_text(code, f["fx_rate_start"]),
        date=f["fx_date"], path=path)
    d = f["fx_depreciation"]
    if d:
        text += " " + translate("summary", "If the {currency} loses {pct} of its US$ value on day 1: <b>{with_shock}</b>, "
                                "{more} more.").format(currency=label, pct=fmt.pct(d, 1),
                                                       with_shock=fmt.money_short(f["local_with_shock"], code),
                                                       more=fmt.money_short(f["shock_cost_local"], code))
    return text


def _planner(ws, date: dt.date, figures: dict, money: Money) -> Section:
    from . import planner

    if not ws.policies:
        return section("planner", (Paragraph(translate("summary", "No data: no accumulation or mining policy in this "
                                                                  "workspace.")),))
    blocks: list = [Table((translate("summary", "Policy"), translate("summary", "Kind"), translate("summary", "Included"),
                           translate("summary", "Note")),
                          tuple((policy_text(p.name), p.kind,
                                 translate("summary", "yes") if p.enabled else translate("summary", "no"),
                                 policy_text(p.note) or "") for p in ws.policies),
                          (), translate("summary", "Policies"))]
    try:
        p = planner.project(planner.plan_inputs(ws, date, paths=0))
    except InvalidInput as exc:  # what the workspace lacks (no price): said; anything else is a bug
        return section("planner", (*blocks, Paragraph(translate("summary", "No data: cannot project ({problem}).").format(
            problem=esc(exc)))))
    s = p.summary
    figures["planner"] = s
    cost = s["mining_cost_usd_per_btc"]
    days = p.days.astype(np.int64)
    if money.usd:
        spent = fmt.usd_short(s["spent_usd"])
    else:  # each day's purchases at that day's rate
        daily = money.series(np.diff(p.spent_usd, prepend=0.0), days)
        spent = fmt.money_short(None if np.isnan(daily).any() else float(daily.sum()), money.code)

    def middle(first: dt.date, last: dt.date) -> dt.date:  # a price over a span converts at its middle day's rate
        return first + (last - first) / 2

    start, end = dt.date.fromisoformat(s["start"]), dt.date.fromisoformat(s["end"])
    year_days = planner.mining_year_dates(p)  # a year's power cost at the middle of its days, as the window's
    if cost and not money.usd:  # per BTC over the plan: each year's cost at its own date's rate, added up
        local = [money.value(r["power_cost_usd"], day) for r, day in zip(p.mining_by_year, year_days, strict=True)
                 if r["power_cost_usd"]]
        cost_text = fmt.money(None if None in local else sum(local) / s["mined_btc_priced"], money.code)
    else:
        cost_text = money.amount(cost, middle(start, end))
    blocks.append(Paragraph(
        translate("summary", "From {start} to {end}, the enabled policies add {bought} BTC bought for {spent} and {mined} BTC "
                  "mined").format(start=s["start"], end=s["end"], bought=fmt.btc(s["bought_btc"], 0),
                                  spent=spent, mined=fmt.btc(s["mined_btc"], 0))
        + (" " + translate("summary", "at a power cost of {cost} per BTC").format(cost=cost_text) if cost else "")
        + (" " + translate("summary", "(over the {btc} BTC of the policies with a power price)").format(
            btc=fmt.btc(s["mined_btc_priced"], 0)) if cost and s["mined_btc_priced"] < s["mined_btc"] else "")
        + translate("summary", ": {btc} BTC at the end. Prices: {prices}.").format(
            btc=fmt.btc(s["btc_at_end"], 0), prices=esc(s["baseline_prices"]))))
    if p.mining_by_year:
        blocks.append(Table((translate("summary", "Year"), translate("summary", "BTC mined"), translate("summary", "Share of blocks"),
                             translate("summary", "Power cost per BTC ({currency})").format(currency=money.unit),
                             translate("summary", "Market price ({currency})").format(currency=money.unit)),
                            tuple((str(r["year"]), fmt.btc(r["btc"], 0), fmt.pct(r["share_of_network"], 2),
                                   money.cell(r["power_cost_usd_per_btc"], day),
                                   money.cell(r["market_price_usd"], day))
                                  for r, day in zip(p.mining_by_year, year_days, strict=True)),
                            (False, True, True, True, True), translate("summary", "Mining by year")))
        blocks.append(Paragraph(translate("summary", "Expected output: share of the blocks x (subsidy + fees).") + " "
                                + planner.halving_text(s["halvings"]) + " "
                                + translate("summary", "Power cost per BTC: over the bitcoin of the policies with a power "
                                            "price only."), note=True))
    step = max(1, len(p.days) // 400)
    x = tuple(float(v) for v in p.days[::step].astype(np.int64))
    blocks.append(Chart(translate("summary", "Bitcoin stock with the policies"), "BTC",
                        (Series(translate("summary", "Stock"), x, tuple(p.stock_btc[::step].tolist())),)))
    for b in p.breaches:
        blocks.append(Paragraph(translate("summary", "<b>Program check</b>: from {first} to {last} ({days}), '{policy}' {reason}. "
                                          "This conflicts with {arrangement}'s commitment ({commitment}: \u201c{benchmark}\u201d), "
                                          "in force to {ends}.").format(
            first=b["first_date"], last=b["last_date"],
            days=count_text(b["days"], translate("summary", "1 day"), translate("summary", "{n} days")),
            policy=esc(policy_text(b["policy"])), reason=esc(b["reason"]), arrangement=esc(b["arrangement"]),
            commitment=esc(b["commitment"]), benchmark=esc(b["benchmark"]), ends=b["commitment_ends"])))
    return section("planner", blocks)


def _methodology(ws, money: Money) -> Section:
    from ..resources import methodology_path
    from .stress import (
        DEFAULT_DAILY_VOLUME_USD,
        DEFAULT_IMPACT_Y,
        DEFAULT_RISK_AVERSION,
        DEFAULT_VOL,
        DEFAULT_VOL_SOURCE,
    )
    from .workspace import DEFAULT_BTC_HAIRCUT

    pace = BlockPace()
    rows = [(translate("summary", "Bitcoin volatility when there is no daily history"), fmt.pct(DEFAULT_VOL),
             translate("models", DEFAULT_VOL_SOURCE)),
            (translate("summary", "Annualisation"), translate("summary", "365 days"),
             translate("summary", "bitcoin trades every day (Yahoo Finance BTC-USD has a close for every day)")),
            (translate("summary", "Bitcoin haircut in 'with bitcoin' adequacy"), fmt.pct(DEFAULT_BTC_HAIRCUT, 0),
             translate("summary", "illustrative: no published figure")),
            (translate("summary", "Square-root impact coefficient Y"), f"{DEFAULT_IMPACT_Y:g}",
             translate("summary", "Tóth et al., Physical Review X, 2011; Donier & Bonart (2015) for bitcoin")),
            (translate("summary", "Daily bitcoin volume for impact"), fmt.usd_short(DEFAULT_DAILY_VOLUME_USD),
             translate("summary", "lowest 2025 daily BTC-USD volume reported by Yahoo Finance (conservative)")),
            (translate("summary", "Almgren-Chriss risk aversion"),
             translate("summary", "{aversion} per US$ (risk-neutral: sold evenly over the chosen days)").format(
                 aversion=f"{DEFAULT_RISK_AVERSION:g}"),
             translate("summary", "no published calibration for a reserve manager; the user chooses the days instead")),
            (translate("summary", "Execution cost of a sale"), translate("summary", "2/3 of the peak square-root impact"),
             translate("summary", "Tóth et al., Physical Review X, 2011 (cost of a metaorder executed progressively)")),
            (translate("summary", "Charges policy"),
             translate("summary", "basic rate = SDR rate + 60 bp; surcharges 200 bp above 300% of quota"),
             translate("summary", "IMF review of charges and the surcharge policy: Board decision of 11 Oct 2024, in force "
                       "since 1 Nov 2024")),
            (translate("summary", "Mining"),
             translate("summary", "{per_day} blocks a day; subsidy {subsidy} BTC to block {height} ({date}); fees {fees} BTC "
                       "a block").format(per_day=fmt.number(pace.blocks_per_day, 1), subsidy=fmt.number(3.125, 3),
                                         height=fmt.number(1_050_000), date=pace.date_of(1_050_000),
                                         fees=fmt.number(0.036, 3)),
             translate("summary", "Bitcoin protocol (halving every {halving} blocks); pace from block {first} ({first_date}) to "
                       "block {last} ({last_date}), public blockchain record; fees: 2025 average, public blockchain "
                       "data").format(halving=fmt.number(210_000), first=fmt.number(840_000), first_date="2024-04-20",
                                      last=fmt.number(900_000), last_date="2025-06-06"))]
    for a in ws.arrangements:
        rows.append((translate("summary", "USD per SDR ({name})").format(name=a.name), f"{a.usd_per_sdr:g}",
                     translate("summary", "the arrangement's stored rate")))

    return section("methodology", (
        Table((translate("summary", "Assumption"), translate("summary", "Value"), translate("summary", "Source")), tuple(rows),
              (), translate("summary", "Defaults and sources used")),
        *([] if money.usd else [rates_paragraph(ws, money)]),
        Paragraph(translate("summary", "The conventions below are the ones the application applies (Help > Methodology in "
                                       "the window).")),
        # the methodology in the reader's language, without its title
        Markdown(methodology_path(i18n_language()).read_text(encoding="utf-8").split("\n", 1)[1]),
    ))


RATES_LISTED = 8  # observed rates named one by one in the sources, newest first; more are counted


def rates_paragraph(ws, money: Money) -> Paragraph:
    """The sources' line for the reporting currency: each rate the summary's figures used with its date, where the
    rates came from, and the assumption after the valuation date."""
    conv, valuation = money.conv, money.conv.valuation
    used = [r for r in fx.rates_used(conv, [d for d in money.dates if d <= valuation]) if r is not None][::-1]
    listed = "; ".join(r.describe() for r in used[:RATES_LISTED]) or translate("summary", "none")
    if len(used) > RATES_LISTED:
        listed += " " + count_text(len(used) - RATES_LISTED, translate("summary", "(and 1 other rate)"),
                                   translate("summary", "(and {n} other rates)"))
    files = ws.store.fx_sources(money.code)
    anchor = conv.rate(valuation)
    after = (fx.no_rate_text(money.code, valuation) if anchor is None else
             translate("summary", "the same rate, held flat") if anchor.basis == "program" else
             dataclasses.replace(anchor, basis="assumed", depreciation_per_year=conv.depreciation_per_year).describe())
    text = translate("summary", "<b>Exchange rates ({currency})</b>: {rates}.").format(currency=esc(money.unit), rates=esc(listed))
    if files:
        text += " " + translate("summary", "Source: {files} (imported series).").format(files=esc("; ".join(files)))
    text += " " + translate("summary", "A figure dated on or before {date} converts at the last rate on or before its date, at "
                            "most {days} days old; a later one (IMF obligations, projections) at the stated assumption, {after}.").format(
        date=valuation, days=fx.MAX_RATE_AGE_DAYS, after=esc(after))
    text += " " + (translate("summary", "Figures the IMF states in SDR are shown as stated.") if money.sdr else
                   translate("summary", "A figure the IMF states in SDR converts through its US$ amount, at the US$ per "
                             "SDR above."))
    return Paragraph(text)


def build_report(ws, date: dt.date | None = None, sections: list[str] | None = None, run_ids: list[int] | None = None,
                 marking: str = "", generated_at: dt.datetime | None = None, currency: str = fx.USD) -> Report:
    """The summary on ``date`` with its money figures in ``currency`` (a code the workspace offers: US$, SDR, its
    local currency or another with imported rates), each at the rate of its own date."""
    date = date or ws.default_date()
    sections = list(sections or SECTIONS)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise InvalidInput(f"sections: {', '.join(unknown)} unknown (choose from {', '.join(SECTIONS)})")
    if len(marking) > 100:
        raise InvalidInput("marking: at most 100 characters")
    try:
        code = fx.normalise_code(currency)
    except ValueError as exc:
        raise InvalidInput(f"currency: {exc}") from None
    if code not in ws.reporting_currencies():
        raise InvalidInput(f"currency: {code} has no rates in this workspace (offered: {', '.join(ws.reporting_currencies())}); "
                           f"import a series first: reserve-desk import fx FILE --currency {code}")
    money = Money(ws.converter(code, date))
    run_ids = list(run_ids or [])
    figures: dict = {"date": date.isoformat()}
    built = {
        "holdings": lambda: _holdings(ws, date, money), "risk": lambda: _risk(ws, date, figures, money),
        "program": lambda: _program(ws, date, money),
        "adequacy": lambda: _adequacy(ws, date, figures, money), "stress": lambda: _stress(ws, run_ids, figures, money),
        "planner": lambda: _planner(ws, date, figures, money),
    }

    def noted(make) -> Section:  # a section whose figures lack a rate says which dates and why
        money.missing_note()  # forgets what an earlier computation found (the adequacy the summary needs)
        made = make()
        note = money.missing_note()
        return made if note is None else Section(made.key, made.title, (*made.blocks, note))

    body = {key: noted(make) for key, make in built.items() if key in sections}
    if "summary" in sections:  # the headline figures, and the adequacy the adequacy section found
        if "adequacy" not in body:
            built["adequacy"]()
        body["summary"] = noted(lambda: _summary(headline(ws, date), figures, money))
    if "methodology" in sections:  # last: its sources name the rates the other sections used
        body["methodology"] = _methodology(ws, money)
    generated_at = (generated_at or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    digest = inputs_digest(ws)
    cover = ((translate("summary", "Workspace"), ws.name), (translate("summary", "Country"), ws.country or "—"),
             (translate("summary", "Valuation date"), date.isoformat()),
             (translate("summary", "Application"), f"Reserve Desk {__version__}"),
             (translate("summary", "Generated"), generated_at),
             (translate("summary", "Inputs digest (SHA-256)"), digest), (translate("summary", "File"), ws.path.name))
    if not money.usd:
        cover += ((translate("summary", "Reporting currency"),
                   translate("summary", "{currency}: each figure at the rate of its own date (the rates and their sources "
                             "are in the last section)").format(currency=money.unit)),)
    signed, audit_rows = audit_head(ws)
    return Report(translate("summary", "Reserve Desk summary: {workspace}").format(workspace=ws.name), marking,
                  cover + audit_rows, tuple(body[k] for k in SECTIONS if k in body), signed, generated=generated_at,
                  inputs_digest=digest,
                  subtitle=translate("summary", "Summary of holdings, IMF program, reserve adequacy and stress results"),
                  heading=ws.name, currency=money.code)


def audit_head(ws) -> tuple[Checkpoint | None, tuple[tuple[str, str], ...]]:
    """The audit log's head, signed: printed on the cover, it anchors the log outside the file (``reserve-desk
    audit verify`` proves the log still holds this entry and hash). The checkpoint's row is the last."""
    entries, head_hash = ws.store.audit_head()
    rows = ((translate("summary", "Audit log"), audit_log_text(entries, head_hash)),)
    try:
        signed = ws.store.sign_checkpoint()
    except checkpoint.CheckpointError as exc:
        return None, (*rows, (translate("summary", "Checkpoint"), translate("summary", "not signed: {problem}").format(problem=exc)))
    kept = checkpoint.keep_problem(ws.path)  # read-only media: the cover is then the only record of it
    return signed, (*rows, (translate("summary", "Checkpoint"), translate(
        "summary", "signed {time} by {user}, public key {key}").format(time=signed.time, user=signed.os_user, key=signed.public_key)
        + ("; " + translate("summary", "not kept as a file: {problem}").format(problem=kept) if kept else "")))


def audit_log_text(entries: int, head_hash: str) -> str:
    """'12 entries; entry 12 has hash …' for a cover (the hash on a line of its own where the layout gives one)."""
    return translate("summary", "{entries} entries; entry {entry} has hash {hash}").format(
        entries=fmt.number(entries), entry=fmt.number(entries), hash=head_hash)


def _summary(x: Headline, figures: dict, money: Money) -> Section:
    """The headline figures the Overview shows, from the same computation, and the chosen runs and projection."""
    h = x.holdings
    rows = [(translate("summary", "Bitcoin held"), f"{fmt.btc(h.total_btc)} BTC"),
            (translate("summary", "Value of the bitcoin"), money.short(h.value_usd, x.date))]
    if x.positions:
        credit = (translate("summary", "SDR {credit} m").format(credit=fmt.sdr_m(x.credit_sdr)) if money.sdr else
                  translate("summary", "SDR {credit} m ({usd})").format(credit=fmt.sdr_m(x.credit_sdr),
                                                                        usd=money.short(x.credit_usd, x.date)))
        rows.append((translate("summary", "IMF credit outstanding"), credit if x.fund_credit else f"— ({x.fund_credit_problem})"))
    p = x.next_imf_payment
    local = p and not (money.usd or money.sdr)  # the US$ summary names the SDR only, as the IMF's notice does
    rows.append((translate("summary", "Next payment to the IMF"),
                 translate("summary", "SDR {total} m ({amount}) on {date}").format(
                     total=fmt.sdr_m(p["total_sdr"]), amount=money.short(p["total_usd"], as_date(p["date"])), date=p["date"])
                 if local else
                 translate("summary", "SDR {total} m on {date}").format(total=fmt.sdr_m(p["total_sdr"]), date=p["date"]) if p else
                 translate("summary", "— (the position in the Fund cannot be computed)") if x.positions and not x.fund_credit
                 else translate("summary", "none scheduled")))
    if x.next_test:
        rows.append((translate("summary", "Next IMF test date"), translate("summary", "{date}: NIR floor {floor}").format(
            date=x.next_test.date, floor=money.short(x.next_test.nir_floor_usd, x.next_test.date))))
    if x.btc_share_of_reserves is not None:
        rows.append((translate("summary", "Bitcoin vs gross reserves (not a reserve asset)"), fmt.pct(x.btc_share_of_reserves)))
    a = figures.get("adequacy")
    if a:
        rows.append((translate("summary", "Reserves / ARA metric, without bitcoin"), "—" if a["ara_ratio"] is None else
                     f"{fmt.number(a['ara_ratio'], 2)} ({band_text(a['ara_band'])})"))
        rows.append((translate("summary", "Months of imports, without bitcoin"),
                     "—" if a["months_of_imports"] is None else fmt.number(a["months_of_imports"], 2)))
        w = a["with_btc"]
        rows.append((translate("summary", "Reserves / ARA metric, with bitcoin at a {haircut} haircut").format(
                         haircut=fmt.pct(w["haircut"], 0)),
                     "—" if w["ara_ratio"] is None else fmt.number(w["ara_ratio"], 2)))
    else:
        rows.append((translate("summary", "Reserve adequacy"), translate("summary", "no reserve figures in the workspace")))
    risk = figures.get("risk")
    model = next((x for x in risk.models if x.method == "historical"), None) if risk else None
    if model and model.var_1d is not None:
        loss = risk.usd(model.var_1d) if risk.btc_held else None
        rows.append((translate("summary", "One-day VaR {confidence} (historical, {period})").format(
                         confidence=fmt.pct(risk.request.confidence, 0), period=translate("risk_view", rv.DEFAULT_PERIOD).lower()),
                     fmt.pct(model.var_1d, 2) + (f" ({money.short(loss, x.date)})" if loss is not None else "")))
    for run_id, s in figures.get("runs", {}).items():
        rows.append((translate("summary", "VaR 95% at the horizon, run {run_id} ({name})").format(
            run_id=run_id, name=scenario_name(s["scenario_id"], s["scenario_name"])), fmt.pct(s["var"]["0.95"])))
    plan = figures.get("planner")
    if plan:
        rows.append((translate("summary", "Bitcoin at the end of the policies' projection"),
                     translate("summary", "{btc} BTC on {date}").format(btc=fmt.btc(plan["btc_at_end"], 0), date=plan["end"])))
    return section("summary", (Table((translate("summary", "Headline figure"), translate("summary", "On {date}").format(date=x.date)),
                                     tuple(rows), (False, True)),))
