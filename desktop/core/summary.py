"""The PDF summary's content: what it says, built from the same workspace figures the window and the CLI show.

This module decides the words, tables and chart data; ``desktop.report`` lays them out on pages with Qt.
Every number is formatted by ``core.fmt``, as on screen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from dataclasses import dataclass

import numpy as np

from .. import __version__
from . import fmt
from . import risk_view as rv
from .engine import backtest as bt
from .engine import imf
from .engine.compliance import benchmark_overdue
from .engine.mining import BlockPace
from .engine.valuation import day_number, from_day_number
from .engine.var_models import SIMULATED_PATHS
from .errors import InvalidInput
from .headline import Headline, headline, next_imf_payment
from .io.fields import InputError
from .store import checkpoint
from .store.checkpoint import Checkpoint
from .stress import describe_run, is_earlier_engine, sale_text, with_sale_advice
from .words import VALUES, field_label
from .workspace import reserves_as_of_note

PAPERS = {"a4": "A4", "letter": "US Letter"}  # the page sizes a summary is set on (the renderer maps them)
SECTIONS = {"summary": "Executive summary", "holdings": "Holdings", "risk": "Risk", "program": "IMF program",
            "adequacy": "Reserve adequacy", "stress": "Stress results", "planner": "Accumulation policies",
            "methodology": "Assumptions, methodology and sources"}
INPUT_TABLES = ("wallets", "transactions", "prices", "macro_inputs", "arrangements", "purchases", "test_dates",
                "benchmarks", "quotas", "sdr_rates", "member", "imf_payments", "scenarios", "policies")
NO_DATA = "No data"
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
    cover: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    checkpoint: Checkpoint | None = None  # of the audit log the report was made from, kept when the PDF is written


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


def _days(dates) -> tuple[float, ...]:
    return tuple(float(day_number(x) if isinstance(x, dt.date) else x) for x in dates)


def _holdings(ws, date: dt.date) -> Section:
    h = ws.holdings(date)
    if not ws.transactions:
        return Section("holdings", SECTIONS["holdings"], (Paragraph(f"{NO_DATA}: the ledger holds no bitcoin transactions."),))
    rows = tuple((w.name, w.kind, fmt.btc(w.btc), fmt.usd(w.value_usd)) for w in h.wallets if w.btc or w.value_usd)
    blocks: list = [
        Paragraph(f"On {date}, the ledger holds <b>{fmt.btc(h.total_btc)} BTC</b> worth <b>{fmt.usd_short(h.value_usd)}</b> "
                  + (f"at US${h.price_usd:,.0f} per BTC (close of {h.price_date})" if h.price_usd else "(no BTC price)")
                  + f"; cost basis {fmt.usd_short(h.cost_usd)} (average cost), unrealised P&L "
                  f"{fmt.usd_short(h.unrealized_pnl_usd)}."),
        Table(("Wallet", "Kind", "BTC", "Value (US$)"), rows + (("Total", "", fmt.btc(h.total_btc), fmt.usd(h.value_usd)),),
              (False, False, True, True), "Holdings by wallet"),
    ]
    series = ws.holdings_series(end=date)
    if len(series.days) > 1:
        x = tuple(float(v) for v in series.days)
        finite = np.isfinite(series.value_usd)
        blocks.append(Chart("Bitcoin held", "BTC", (Series("Stock", x, tuple(series.stock_btc.tolist())),)))
        blocks.append(Chart("Value and cost basis of the bitcoin held", "US$ millions", (
            Series("Value", tuple(np.array(x)[finite].tolist()), tuple((series.value_usd[finite] / MILLION).tolist()),
                   colour="#c07a00"),
            Series("Cost basis (average cost)", x, tuple((series.cost_usd / MILLION).tolist()), kind="dashed",
                   colour="#5a5a5a"))))
    return Section("holdings", SECTIONS["holdings"], tuple(blocks))


RETURN_COLOUR, VAR_COLOUR, EXCEPTION_COLOUR = "#8c8c8c", "#1f4e79", "#b00020"


def _usd_m(x: float | None) -> str:
    return "—" if x is None else f"{x / MILLION:,.1f}"


def _risk(ws, date: dt.date, figures: dict) -> Section:
    """The risk view's default period (five years to the valuation date, 99%): VaR and ES by model, their backtest,
    the deepest falls, and the price, drawdown and backtest charts."""
    request = rv.RiskRequest(end=date, start=rv.years_before(date, rv.PERIOD_YEARS[rv.DEFAULT_PERIOD]))
    view = rv.for_workspace(ws, request)
    if view.problem:
        return Section("risk", SECTIONS["risk"], (Paragraph(esc(view.problem)),))
    figures["risk"] = view
    confidence = fmt.pct(request.confidence, 0)
    in_usd = bool(view.btc_held) and view.value_usd is not None
    held = (f"On {date}, the reserve holds <b>{fmt.btc(view.btc_held)} BTC</b> worth <b>{fmt.usd_short(view.value_usd)}</b> "
            f"at US${view.price_usd:,.0f} per BTC (close of {view.price_date}); the US$ figures are losses on these "
            "holdings." if in_usd else
            f"The reserve holds no bitcoin on {date}, so no US$ figures are given."
            if not view.btc_held else f"There is no BTC price on or before {date}, so the US$ figures are not given.")
    blocks: list = [Paragraph(
        f"{rv.DEFAULT_PERIOD} to the valuation date: daily BTC closes from <b>{view.first_date}</b> to "
        f"<b>{view.last_date}</b> ({len(view.returns):,} daily returns); confidence {confidence}; VaR and ES are losses "
        f"as a fraction of the value held; volatility window {request.vol_window_days} days; backtest window "
        f"{request.backtest_window_days} days. " + held)]
    label = {x.method: rv.METHOD_LABELS[x.method] for x in view.models}
    blocks.append(Table(("Model", "1-day VaR", "1-day ES", "10-day VaR", "10-day ES", "10-day rule"),
                        tuple((label[x.method], *(fmt.pct(v, 2) for v in (x.var_1d, x.es_1d, x.var_10d, x.es_10d)),
                               x.ten_day_rule) for x in view.models),
                        (False, True, True, True, True, False),
                        f"VaR and ES by model, {confidence}, on {view.last_date}: loss as a fraction of the value held"))
    if in_usd:  # a table of its own: beside the fractions, the columns would squeeze the models' names onto lines
        blocks.append(Table(("Model", "1-day VaR", "1-day ES", "10-day VaR", "10-day ES"),
                            tuple((label[x.method], *(_usd_m(view.usd(v)) for v in (x.var_1d, x.es_1d, x.var_10d, x.es_10d)))
                                  for x in view.models), (False, True, True, True, True),
                            f"The same in US$ millions, for the {fmt.btc(view.btc_held)} BTC held"))
    notes = [f"{rv.METHOD_LABELS[x.method]}: {esc(x.problem)}" for x in view.models if x.problem]
    blocks.append(Paragraph("10-day rule: the one-day figure times the square root of 10 (square root of time), or "
                            f"{SIMULATED_PATHS:,} paths of 10 days simulated with the model's volatility moving day by "
                            "day (filtered historical simulation: the period's standardised returns redrawn; GARCH(1,1): "
                            "the fitted model with normal shocks). "
                            + " ".join(f"{n}." for n in notes), note=True))
    blocks += _backtest(view, confidence)
    x = tuple(float(v) for v in view.days)
    blocks.append(Chart("BTC price (logarithmic scale)", "US$ per BTC",
                        (Series("Daily close", x, tuple(view.prices_usd.tolist())),), log_y=True))
    deepest = view.falls[0] if view.falls else None
    blocks.append(Chart("Drawdown: fall below the highest close so far", "% from the peak",
                        (Series("Drawdown", x, tuple((-view.drawdown * 100).tolist()), kind="band",
                                high=(0.0,) * len(x), colour="#c9d6e3"),),
                        markers=((float(day_number(deepest.trough)), f"deepest {fmt.pct(-deepest.depth, 0)}"),)
                        if deepest else ()))
    if view.falls:
        blocks.append(Table(("Fall", "Peak", "Trough", "Recovered"),
                            tuple((fmt.pct(f.depth), fmt.date(f.peak), fmt.date(f.trough),
                                   fmt.date(f.recovery) if f.recovery else "not by the period's end") for f in view.falls),
                            (True, False, False, False), "Deepest falls from a peak"))
    return Section("risk", SECTIONS["risk"], tuple(blocks))


def _backtest(view, confidence: str) -> list:
    """The backtest's tables, its conventions and its chart (the historical model's VaR against the returns)."""
    window = view.request.backtest_window_days
    if view.backtest_problem:
        return [Paragraph(f"Backtest: {esc(view.backtest_problem)}")]
    first, last = from_day_number(int(view.backtest_days[0])), from_day_number(int(view.backtest_days[-1]))
    missing = [f"{rv.METHOD_LABELS[b.method]}: {b.problem}" if b.problem else
               f"{rv.METHOD_LABELS[b.method]} gave no forecast on {fmt.count(int(np.sum(~np.isfinite(b.var))), 'day')} "
               + ("(moments outside the expansion's domain)" if b.method == "cornish-fisher" else
                  "(windows whose closes did not move)") + ", left out of its observations"
               for b in view.backtests if not np.all(np.isfinite(b.var))]
    passing = fmt.pct(bt.SIGNIFICANCE, 0)
    # two tables of five columns: nine side by side squeeze the models' names onto three lines
    return [Table(("Model", "Days tested", "Exceptions", "Exception rate", f"Traffic light (last {bt.BASEL_DAYS} days)"),
                  tuple((rv.METHOD_LABELS[b.method], f"{b.observations:,}", f"{b.exceptions:,}",
                         fmt.pct(b.exception_rate, 2), b.zone_text)
                        for b in view.backtests),
                  (False, True, True, True, False), f"Backtest of one-day VaR {confidence}, {first} to {last}"),
            Table(("Model", "Kupiec", "Independence", "Conditional coverage", f"Passes at {passing}"),
                  tuple((rv.METHOD_LABELS[b.method], fmt.p_value(b.kupiec_p), fmt.p_value(b.christoffersen_ind_p),
                         fmt.p_value(b.christoffersen_cc_p), "yes" if b.passes else "no") for b in view.backtests),
                  (False, True, True, True, False), "The backtest's tests: p-values"),
            Paragraph(f"Each day's one-day VaR is forecast from the {window:,} daily returns before it and compared "
                      "with that day's return; an exception is a loss beyond the VaR. GARCH(1,1) is refitted every "
                      f"{bt.GARCH_REFIT_DAYS} days, its variance carried forward day by day between fits. Kupiec: "
                      "the proportion of failures test (is the exception rate the one the confidence implies?); "
                      "Independence: Christoffersen's test that exceptions do not cluster; Conditional coverage: both "
                      f"together (Christoffersen). A model passes when all three p-values are at least {passing}. "
                      f"Traffic light: exceptions of the 99% VaR over the last {bt.BASEL_DAYS} days (in brackets), green "
                      "0-4, yellow 5-9, red 10 or more (Basel Committee on Banking Supervision, Supervisory framework "
                      "for the use of backtesting, 1996)." + "".join(f" {esc(m)}." for m in missing), note=True),
            *_backtest_chart(view, confidence)]


def _backtest_chart(view, confidence: str) -> list:
    b = next((b for b in view.backtests if b.method == "historical"), None)
    if b is None:
        return []
    x = np.asarray(view.backtest_days, dtype=np.float64)
    hit = b.realised < -b.var  # NaN forecasts compare False
    return [Chart(f"Backtest: daily returns and the historical model's {confidence} VaR", "% daily return", (
        Series("Daily return", tuple(x.tolist()), tuple((b.realised * 100).tolist()), colour=RETURN_COLOUR, width=0.7),
        Series(f"Historical VaR {confidence} (as a loss)", tuple(x.tolist()), tuple((-b.var * 100).tolist()),
               colour=VAR_COLOUR, width=1.6),
        Series(f"Exceptions ({int(hit.sum()):,})", tuple(x[hit].tolist()), tuple((b.realised[hit] * 100).tolist()),
               kind="points", colour=EXCEPTION_COLOUR, width=5.0)))]


def _phasing_gap(a) -> str:
    """A warning when the purchases do not add up to access (access changed and the phasing did not follow)."""
    phased = sum(p.amount_sdr for p in a.purchases)
    if abs(a.access_sdr - phased) < 1e-3:
        return ""
    return (f" <b>The purchases add up to SDR {fmt.sdr_m(phased)} m, not the access of SDR {fmt.sdr_m(a.access_sdr)} m</b>:"
            " the schedule and the peak count only the purchases entered.")


# ---- the member's position in the Fund: shared by the PDF and the Program tab's Fund position view ----------

WINDOW_COLOURS = {"GRA": ("#1f4e79", "#4f81bd", "#9dc3e6", "#2e75b6", "#bdd7ee", "#5b9bd5"),  # blues
                  "RST": ("#548235", "#a9d18e", "#70ad47"), "PRGT": ("#c55a11", "#f4b183", "#ed7d31")}
THRESHOLD_COLOUR = "#b00020"
# "Indicators of Fund credit" as the IMF staff reports lay them out (capacity to repay the Fund): obligations
# first, then the stock of credit; a row without a key is a heading
INDICATOR_ROWS = (
    (None, "Obligations to the Fund (existing and prospective credit)"),
    ("principal_sdr", "Principal, SDR millions"),
    ("charges_sdr", "Charges and interest, SDR millions"),
    ("total_sdr", "Total, SDR millions"),
    ("total_usd", "Total, US$ millions"),
    ("pct_exports", "In percent of exports of goods and services"),
    ("pct_gross_reserves", "In percent of gross reserves"),
    ("pct_gdp", "In percent of GDP"),
    (None, "Fund credit outstanding (end of period)"),
    ("credit_sdr", "SDR millions"),
    ("credit_pct_quota", "In percent of quota"),
    ("credit_pct_gross_reserves", "In percent of gross reserves"),
)
INDENT = "\u00a0" * 4  # non-breaking: kept by table cells and headers alike
NO_INPUT = "no input"  # a percent whose denominator (exports, reserves, GDP, quota) the workspace lacks
COMPARE_ITEMS = {"principal": "Principal (repurchases, repayments)", "charges": "Charges and interest",
                 "other": "SDR Department (net SDR charges, assessments)"}


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
    if value is None:
        return NO_INPUT
    return f"{value / MILLION:,.1f}" if key.endswith(("_sdr", "_usd")) else f"{value:,.1f}"


def indicator_table(indicators: list[dict]) -> tuple[list[int], list[tuple[str, bool, tuple[str, ...]]]]:
    """The years and, per row of INDICATOR_ROWS, (label, is_heading, one text per year); a row's label is indented
    under its heading, as in the staff reports."""
    years = [y["year"] for y in indicators]
    rows = [(label if key is None else INDENT + label, key is None,
             tuple("" if key is None else indicator_text(key, y.get(key)) for y in indicators))
            for key, label in INDICATOR_ROWS]
    return years, rows


NOT_MODELLED = "not modelled"  # the SDR Department's items: not credit from the Fund, not projected here


def compare_rows(compare: dict) -> list[tuple[str, ...]]:
    """The IMF's projection beside the app's, by year and item: year, item, IMF, app, difference (SDR m)."""
    return [(str(r["year"]), COMPARE_ITEMS.get(r["item"], r["item"]), fmt.sdr_m(r["imf_sdr"]),
             *((NOT_MODELLED, "") if r["item"] == "other" else (fmt.sdr_m(r["app_sdr"]), fmt.sdr_m(r["difference_sdr"]))))
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
        until = f" to {from_day_number(position.days[starts[k + 1]] - 1)}" if k + 1 < len(starts) else ""
        since = f" from {from_day_number(position.days[i])}" if k else ""
        parts.append(f"{share[i]:g}% of quota{since}{until}")
    return "; ".join(parts)


def _fund_position(ws, date: dt.date) -> list:
    """The member's whole position in the Fund: every credit line stacked against the surcharge threshold, the
    obligations by year, the staff reports' indicators and the comparison with the IMF's own projection."""
    position = ws.fund_position(True)
    if position.empty:
        return []
    now, peak = position.on(date), peak_from(position, date)
    parts = [f"GRA SDR {fmt.sdr_m(now['gra_credit_sdr'])} m"]
    parts += [f"{w} SDR {fmt.sdr_m(now[k])} m" for w, k in (("RST", "rst_credit_sdr"), ("PRGT", "prgt_credit_sdr")) if now[k]]
    blocks: list = [Paragraph(
        f"<b>Position in the Fund</b> (every arrangement and the existing obligations together, planned purchases "
        f"included): on {date}, credit outstanding SDR {fmt.sdr_m(now['total_credit_sdr'])} m ({', '.join(parts)}); "
        f"GRA credit {now['gra_pct_of_quota']:,.1f}% of a quota of SDR {fmt.sdr_m(now['quota_sdr'])} m. Peak GRA credit "
        f"from then: SDR {fmt.sdr_m(peak['gra_credit_sdr'])} m, {peak['gra_pct_of_quota']:,.1f}% of quota, on {peak['date']}. "
        f"Level surcharges apply to total GRA credit above {threshold_text(position)}.")]
    step = max(1, len(position.days) // 400)
    x = tuple(float(v) for v in position.days[::step])
    quota = position.quota_sdr[::step]
    base = np.zeros(len(x))
    series = []
    for line, colour in zip(position.lines, line_colours(position.lines), strict=True):
        top = base + line.credit_sdr[::step] / quota * 100
        series.append(Series(f"{line.name} ({line.window})", x, tuple(base.tolist()), kind="band", colour=colour,
                             high=tuple(top.tolist())))
        base = top
    series.append(Series("Level-surcharge threshold", x, tuple((position.threshold_sdr[::step] / quota * 100).tolist()),
                         kind="dashed", colour=THRESHOLD_COLOUR))
    blocks.append(Chart("Fund credit outstanding by credit line", "% of quota", tuple(series),
                        markers=((float(day_number(date)), str(date)),
                                 (float(day_number(as_date(peak["date"]))), f"GRA peak {peak['gra_pct_of_quota']:,.0f}%"))))
    try:
        years, indicators = from_year_of(position.obligations_by_year(), date), from_year_of(ws.fund_indicators(True), date)
    except InvalidInput as exc:  # a missing input (the SDR rate): the credit still shows, the charges cannot
        return [*blocks, Paragraph(f"Cannot compute the obligations to the Fund, nor compare them with the IMF's: {esc(exc)}.")]
    x = tuple(float(y["year"]) for y in years)  # the figures by year are the indicators' first rows, below
    blocks.append(Chart(f"Obligations to the Fund by year from {date.year}, every credit line", "SDR millions", (
        Series("Principal", x, tuple(y["principal_sdr"] / MILLION for y in years), kind="bar"),
        Series("Charges and interest", x, tuple(y["charges_sdr"] / MILLION for y in years), kind="bar", colour="#c07a00")),
        x_label="Year", dates=False))
    blocks.append(Paragraph(f"Charges and interest: GRA charges and surcharges, RST interest, service charges and "
                            f"commitment fees. US$ amounts at {esc(position.usd_rate_source)}.", note=True))
    indicator_years, rows = indicator_table(indicators)
    for first in range(0, len(indicator_years), INDICATOR_YEARS_A_TABLE):  # a page's width holds about eight years
        span = slice(first, first + INDICATOR_YEARS_A_TABLE)
        shown = indicator_years[span]
        blocks.append(Table(("Indicator", *map(str, shown)),
                            tuple((label, *texts[span]) for label, _, texts in rows),
                            (False, *[True] * len(shown)), f"Indicators of Fund credit, {shown[0]}-{shown[-1]}"))
    blocks.append(Paragraph(f"Percents of exports, gross reserves and GDP use the latest macro inputs on or before each "
                            f"year's end; '{NO_INPUT}' where the workspace has none.", note=True))
    return blocks + _compare(ws)


def _compare(ws) -> list:
    compare = ws.imf_compare()
    if not compare:
        return []
    return [Table(("Year", "Item", "IMF (SDR m)", "This projection (SDR m)", "Difference (SDR m)"),
                  tuple(compare_rows(compare)), (False, False, True, True, True),
                  f"The IMF's projected payments (as of {compare['as_of']}) beside this projection"),
            Paragraph("A difference is this projection less the IMF's.", note=True)]


def _program(ws, date: dt.date) -> Section:
    try:
        ws.fund_position(True)
    except InvalidInput as exc:  # an input the engine cannot use (a stored date out of bounds): this section says why
        return Section("program", SECTIONS["program"], (Paragraph(f"Cannot compute the position in the Fund: {esc(exc)}."),))
    fund = _fund_position(ws, date)
    if not ws.arrangements and not fund:
        return Section("program", SECTIONS["program"], (Paragraph(f"{NO_DATA}: no IMF arrangement in this workspace."),))
    blocks: list = []
    reserves, later = ws.reserves_known_on(date)  # as of the valuation date: later observations were not known then
    try:
        payment = next_imf_payment(ws, date)
    except InvalidInput:  # no SDR rate: no charges, said with the position below
        payment = None
    if payment:
        blocks.append(Paragraph(f"Next payment to the IMF after {date}: <b>SDR {fmt.sdr_m(payment['total_sdr'])} m</b> "
                                f"({fmt.usd_short(payment['total_usd'])}) on <b>{payment['date']}</b>, of which principal "
                                f"SDR {fmt.sdr_m(payment['principal_sdr'])} m."))
    blocks.extend(fund)
    position = ws.fund_position(True)
    for a in ws.arrangements:
        charges = VALUES.get(a.charges_policy, a.charges_policy) if a.charges_policy else "by the policy in force on each day"
        blocks.append(Paragraph(f"<b>{esc(a.name)}</b>: {esc(a.facility)} ({esc(a.window)}), {fmt.count(a.months, 'month')} from {a.approval_date}; "
                                f"access SDR {fmt.sdr_m(a.access_sdr)} m, quota SDR {fmt.sdr_m(a.quota_sdr)} m, "
                                f"US${a.usd_per_sdr:g} per SDR; IMF charges {esc(charges)}." + _phasing_gap(a)))
        if position.charges_missing:  # said once above, with the credit that still shows
            continue
        s = position.schedule(a.name)
        years = [y for y in from_year_of(s.by_year(), date) if abs(y["total_sdr"]) >= 0.005]  # what is still due
        if years:
            blocks.append(Table(("Year", "Principal (SDR m)", "Charges and fees (SDR m)", "Total (SDR m)", "Total (US$ m)"),
                                tuple((str(y["year"]), fmt.sdr_m(y["principal_sdr"]), fmt.sdr_m(y["charges_total_sdr"]),
                                       fmt.sdr_m(y["total_sdr"]), fmt.usd(y["total_usd"] / MILLION)) for y in years),
                                (False, True, True, True, True), f"Repayments and charges by year from {date.year}: "
                                f"{a.name} (its share of the member's surcharges included)"))
        else:
            blocks.append(Paragraph(f"Nothing due to the Fund under {esc(a.name)} from {date.year}.", note=True))
        tests = imf.nir_at_test_dates(a, position, reserves)
        if tests:
            blocks.append(Table(("Test date", "NIR floor (US$ m)", "Adjusted floor (US$ m)", "Projected NIR (US$ m)",
                                 "Headroom (US$ m)", "Reserves as of"),
                                tuple((t.date.isoformat(), fmt.usd(t.nir_floor_usd / MILLION), fmt.usd(t.adjusted_floor_usd / MILLION),
                                       "—" if t.nir_usd is None else fmt.usd(t.nir_usd / MILLION),
                                       "—" if t.headroom_usd is None else fmt.usd(t.headroom_usd / MILLION),
                                       fmt.date(t.reserves_date)) for t in tests),
                                (False, True, True, True, True, False), f"NIR at the test dates: {a.name}"))
            if note := reserves_as_of_note(date, later, max(t.date for t in tests)):
                blocks.append(Paragraph(esc(note)))
        if a.benchmarks:
            blocks.append(Table(("Structural benchmark", "Type", "From", "Due", "Status"),
                                tuple((b.description, VALUES.get(b.type, b.type), fmt.date(b.start_date),
                                       fmt.date(b.due_date), f"overdue ({b.status})" if benchmark_overdue(b, date)
                                       else b.status.replace("_", " "))
                                      for b in a.benchmarks), (), f"Structural benchmarks: {a.name}"))
    for check in ws.non_accumulation(date):
        blocks.append(Paragraph(
            f"Non-accumulation ({esc(check['arrangement'])}, from {check['start_date']}): "
            + (f"<b>{fmt.count(check['breaches'], 'ledger entry adds', 'ledger entries add')} {fmt.btc(check['btc'])} BTC by "
               "purchase or mining</b> since the "
               "commitment began." if check["breaches"] else "no purchase or mining into public-sector wallets since the "
               "commitment began.")))
    return Section("program", SECTIONS["program"], tuple(blocks))


def _adequacy(ws, date: dt.date, figures: dict) -> Section:
    try:
        a = ws.adequacy(date)
    except InputError as exc:
        return Section("adequacy", SECTIONS["adequacy"], (Paragraph(f"{NO_DATA}: {esc(exc.problems[0])}"),))
    figures["adequacy"] = a
    w = a["with_btc"]

    def ratio(v):
        return "—" if v is None else f"{v:.2f}"

    rows = (("Gross reserves (US$ m)", fmt.usd(a["gross_reserves_usd"] / MILLION), fmt.usd(w["gross_reserves_usd"] / MILLION)),
            ("ARA EM metric (US$ m)", "—" if a["ara_metric_usd"] is None else fmt.usd(a["ara_metric_usd"] / MILLION),
             "—" if w["ara_metric_usd"] is None else fmt.usd(w["ara_metric_usd"] / MILLION)),
            ("Reserves / ARA metric", ratio(a["ara_ratio"]), ratio(w["ara_ratio"])),
            ("Band (adequate: 1.0-1.5)", a["ara_band"] or "—", w["ara_band"] or "—"),
            ("Months of imports", ratio(a["months_of_imports"]), ratio(w["months_of_imports"])),
            ("Reserves / short-term debt", ratio(a["greenspan_guidotti"]), ratio(w["greenspan_guidotti"])))
    blocks = [Table(("Measure", "Without bitcoin (IMF)", f"With bitcoin at a {fmt.pct(w['haircut'], 0)} haircut"), rows,
                    (False, True, True), f"Reserve adequacy on {a['date']} ({a['regime'] or 'regime not given'})"),
              Paragraph("Bitcoin is not a reserve asset under the IMF's Balance of Payments Manual (BPM7, 2025): the IMF's "
                        "figures are the left column; "
                        + (f"the right adds {fmt.usd_short(w['btc_added_usd'])}, the bitcoin's "
                           f"{fmt.usd_short(w['btc_value_usd'])} less the {fmt.pct(w['haircut'], 0)} haircut, as an "
                           "illustration only." if w["btc_value_usd"] else
                           "the workspace holds no bitcoin on that date, so the right adds nothing."), note=True)]
    if a["missing_inputs"]:
        blocks.append(Paragraph("Inputs missing from the workspace: " + "; ".join(map(field_label, a["missing_inputs"]))
                                + ".", note=True))
    return Section("adequacy", SECTIONS["adequacy"], tuple(blocks))


def _stress(ws, run_ids: list[int], figures: dict) -> Section:
    if not run_ids:
        return Section("stress", SECTIONS["stress"], (Paragraph(f"{NO_DATA}: no stress run was selected for this summary."),))
    blocks: list = []
    figures["runs"] = {}
    for run_id in run_ids:
        try:
            inputs, s = ws.stored_run(run_id)
        except InputError:
            blocks.append(Paragraph(f"<b>Run {run_id}</b>: {NO_DATA}. The run was not completed (cancelled) or has been "
                                    "deleted, so nothing was stored for it."))
            continue
        s = with_sale_advice(s, inputs)  # a run stored before sales were capped at the holdings is capped here
        figures["runs"][run_id] = s
        what = describe_run(s)
        t = s["terminal"]
        if not s["start_value_usd"]:
            blocks.append(Paragraph(f"Run {run_id}: the workspace held no bitcoin on {s['start_date']}, so the reserve's "
                                    "value is zero on every path; the test-date figures still apply.", note=True))
        blocks.append(Paragraph(f"<b>Run {run_id}: {esc(s['scenario_name'])}</b> ({esc(s['scenario_id'])}): {esc(what)}; valuation date "
                                f"{s['start_date']}, horizon {s['horizon_days']:,} days, engine {inputs['engine_version']}."))
        blocks.append(Table(("Figure", "Value"), (
            ("Bitcoin reserve today", fmt.usd_short(s["start_value_usd"])),
            ("Median at the horizon", fmt.usd_short(t["p50"])),
            ("5th percentile at the horizon", fmt.usd_short(t["p05"])),
            ("VaR 95% / 99% (fraction of today's value)", f"{fmt.pct(s['var']['0.95'])} / {fmt.pct(s['var']['0.99'])}"),
            ("ES 95% / 99%", f"{fmt.pct(s['es']['0.95'])} / {fmt.pct(s['es']['0.99'])}"),
            ("Mean maximum drawdown", fmt.pct(s["max_drawdown"]["mean"]))), (False, True), f"Run {run_id}: key figures"))
        x = _days(dt.date.fromisoformat(v) for v in s["fan"]["dates"])
        f = {k: tuple(v / MILLION for v in s["fan"][k]) for k in ("p05", "p25", "p50", "p75", "p95")}
        several = s["paths"] > 1
        series = (Series("5-95% of paths", x, f["p05"], kind="band", high=f["p95"], colour="#c9d6e3"),
                  Series("25-75% of paths", x, f["p25"], kind="band", high=f["p75"], colour="#93abc4")) if several else ()
        blocks.append(Chart(f"Run {run_id}: value of the bitcoin reserve", "US$ millions",
                            series + (Series("Median" if several else "The scenario's path", x, f["p50"]),),
                            markers=tuple((float(day_number(dt.date.fromisoformat(d_["date"]))), f"test date {d_['date']}")
                                          for d_ in s["test_dates"])))
        if s["test_dates"]:
            blocks.append(Table(("Test date", "Projected NIR (US$ m)", "Headroom (US$ m)", "BTC price, 5th pct (US$)",
                                 "BTC to sell", "Left short (US$ m)", "P(holdings fall short)"),
                                tuple((d_["date"], "—" if d_["nir_usd"] is None else fmt.usd(d_["nir_usd"] / MILLION),
                                       "—" if d_["headroom_usd"] is None else fmt.usd(d_["headroom_usd"] / MILLION),
                                       fmt.usd(d_["btc_price_p05_usd"]), fmt.btc(d_["btc_to_sell"], 0),
                                       "—" if d_["uncovered_usd"] is None else fmt.usd(d_["uncovered_usd"] / MILLION),
                                       fmt.pct(d_["prob_btc_insufficient"])) for d_ in s["test_dates"]),
                                (False, True, True, True, True, True, True),
                                f"Run {run_id}: NIR at the test dates under stress ({fmt.btc(s['btc'], 0)} BTC held, "
                                "never more sold)"))
            cost = "its market impact" if is_earlier_engine(s) else "its expected execution cost"
            blocks.extend(Paragraph(f"{d_['date']}: {esc(sale_text(d_))} (one-day sale at the 5th-percentile price, "
                                    f"net of {cost} under the square-root law).", note=True)
                          for d_ in s["test_dates"] if (d_["uncovered_usd"] or 0) > 0)
        notes = " ".join(filter(None, [s.get("calibration"), *s.get("notes", [])]))
        if notes:
            blocks.append(Paragraph(esc(notes), note=True))
    return Section("stress", SECTIONS["stress"], tuple(blocks))


def _planner(ws, date: dt.date, figures: dict) -> Section:
    from . import planner

    if not ws.policies:
        return Section("planner", SECTIONS["planner"], (Paragraph(f"{NO_DATA}: no accumulation or mining policy in this workspace."),))
    blocks: list = [Table(("Policy", "Kind", "Included", "Note"),
                          tuple((p.name, p.kind, "yes" if p.enabled else "no", p.note or "") for p in ws.policies),
                          (), "Policies")]
    try:
        p = planner.project(planner.plan_inputs(ws, date, paths=0))
    except InvalidInput as exc:  # what the workspace lacks (no price): said; anything else is a bug
        return Section("planner", SECTIONS["planner"], (*blocks, Paragraph(f"{NO_DATA}: cannot project ({esc(exc)}).")))
    s = p.summary
    figures["planner"] = s
    blocks.append(Paragraph(f"From {s['start']} to {s['end']}, the enabled policies add {fmt.btc(s['bought_btc'], 0)} BTC "
                            f"bought for {fmt.usd_short(s['spent_usd'])} and {fmt.btc(s['mined_btc'], 0)} BTC mined"
                            + (f" at a power cost of US${s['mining_cost_usd_per_btc']:,.0f} per BTC" if s["mining_cost_usd_per_btc"] else "")
                            + (f" (over the {fmt.btc(s['mined_btc_priced'], 0)} BTC of the policies with a power price)"
                               if s["mining_cost_usd_per_btc"] and s["mined_btc_priced"] < s["mined_btc"] else "")
                            + f": {fmt.btc(s['btc_at_end'], 0)} BTC at the end. Prices: {esc(s['baseline_prices'])}."))
    if p.mining_by_year:
        blocks.append(Table(("Year", "BTC mined", "Share of blocks", "Power cost per BTC (US$)", "Market price (US$)"),
                            tuple((str(r["year"]), fmt.btc(r["btc"], 0), fmt.pct(r["share_of_network"], 2),
                                   fmt.usd(r["power_cost_usd_per_btc"]), fmt.usd(r["market_price_usd"])) for r in p.mining_by_year),
                            (False, True, True, True, True), "Mining by year"))
        blocks.append(Paragraph("Expected output: share of the blocks x (subsidy + fees). " + planner.halving_text(s["halvings"])
                                + " Power cost per BTC: over the bitcoin of the policies with a power price only.", note=True))
    step = max(1, len(p.days) // 400)
    x = tuple(float(v) for v in p.days[::step].astype(np.int64))
    blocks.append(Chart("Bitcoin stock with the policies", "BTC", (Series("Stock", x, tuple(p.stock_btc[::step].tolist())),)))
    for b in p.breaches:
        blocks.append(Paragraph(f"<b>Program check</b>: from {b['first_date']} to {b['last_date']} "
                                f"({fmt.count(b['days'], 'day')}), '{esc(b['policy'])}' {esc(b['reason'])}. This conflicts with "
                                f"{esc(b['arrangement'])}'s commitment ({esc(b['commitment'])}: \u201c{esc(b['benchmark'])}\u201d), "
                                f"in force to {b['commitment_ends']}."))
    return Section("planner", SECTIONS["planner"], tuple(blocks))


def _methodology(ws) -> Section:
    from .stress import (
        DEFAULT_DAILY_VOLUME_USD,
        DEFAULT_IMPACT_Y,
        DEFAULT_RISK_AVERSION,
        DEFAULT_VOL,
        DEFAULT_VOL_SOURCE,
    )
    from .workspace import DEFAULT_BTC_HAIRCUT

    rows = [("Bitcoin volatility when there is no daily history", fmt.pct(DEFAULT_VOL), DEFAULT_VOL_SOURCE),
            ("Annualisation", "365 days", "bitcoin trades every day (Yahoo Finance BTC-USD has a close for every day)"),
            ("Bitcoin haircut in 'with bitcoin' adequacy", fmt.pct(DEFAULT_BTC_HAIRCUT, 0), "illustrative: no published figure"),
            ("Square-root impact coefficient Y", f"{DEFAULT_IMPACT_Y:g}", "Tóth et al., Physical Review X, 2011; Donier & Bonart (2015) for bitcoin"),
            ("Daily bitcoin volume for impact", fmt.usd_short(DEFAULT_DAILY_VOLUME_USD),
             "lowest 2025 daily BTC-USD volume reported by Yahoo Finance (conservative)"),
            ("Almgren-Chriss risk aversion", f"{DEFAULT_RISK_AVERSION:g} per US$ (risk-neutral: sold evenly over the chosen days)",
             "no published calibration for a reserve manager; the user chooses the days instead"),
            ("Execution cost of a sale", "2/3 of the peak square-root impact",
             "Tóth et al., Physical Review X, 2011 (cost of a metaorder executed progressively)"),
            ("Charges policy", "basic rate = SDR rate + 60 bp; surcharges 200 bp above 300% of quota",
             "IMF review of charges and the surcharge policy: Board decision of 11 Oct 2024, in force since 1 Nov 2024"),
            ("Mining", f"{BlockPace().blocks_per_day:.1f} blocks a day; subsidy 3.125 BTC to block 1,050,000 "
             f"({BlockPace().date_of(1_050_000)}); fees 0.036 BTC a block",
             "Bitcoin protocol (halving every 210,000 blocks); pace from block 840,000 (2024-04-20) to block 900,000 "
             "(2025-06-06), public blockchain record; fees: 2025 average, public blockchain data")]
    for a in ws.arrangements:
        rows.append((f"USD per SDR ({a.name})", f"{a.usd_per_sdr:g}", "the arrangement's stored rate"))
    from ..resources import resource_path

    return Section("methodology", SECTIONS["methodology"], (
        Table(("Assumption", "Value", "Source"), tuple(rows), (), "Defaults and sources used"),
        Paragraph("The conventions below are the ones the application applies (Help > Methodology in the window)."),
        Markdown(resource_path("methodology.md").read_text(encoding="utf-8").split("\n", 1)[1]),  # without its title
    ))


def build_report(ws, date: dt.date | None = None, sections: list[str] | None = None, run_ids: list[int] | None = None,
                 marking: str = "", generated_at: dt.datetime | None = None) -> Report:
    date = date or ws.default_date()
    sections = list(sections or SECTIONS)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise InvalidInput(f"sections: {', '.join(unknown)} unknown (choose from {', '.join(SECTIONS)})")
    if len(marking) > 100:
        raise InvalidInput("marking: at most 100 characters")
    run_ids = list(run_ids or [])
    figures: dict = {"date": date.isoformat()}
    built = {
        "holdings": lambda: _holdings(ws, date), "risk": lambda: _risk(ws, date, figures),
        "program": lambda: _program(ws, date),
        "adequacy": lambda: _adequacy(ws, date, figures), "stress": lambda: _stress(ws, run_ids, figures),
        "planner": lambda: _planner(ws, date, figures), "methodology": lambda: _methodology(ws),
    }
    body = {key: make() for key, make in built.items() if key in sections}
    if "summary" in sections:  # the headline figures, and the adequacy the adequacy section found
        if "adequacy" not in body:
            built["adequacy"]()
        body["summary"] = _summary(headline(ws, date), figures)
    generated_at = generated_at or dt.datetime.now().astimezone()
    cover = (("Workspace", ws.name), ("Country", ws.country or "—"), ("Valuation date", date.isoformat()),
             ("Application", f"Reserve Desk {__version__}"), ("Generated", generated_at.isoformat(timespec="seconds")),
             ("Inputs digest (SHA-256)", inputs_digest(ws)), ("File", ws.path.name))
    signed, audit_rows = audit_head(ws)
    return Report(f"Reserve Desk summary: {ws.name}", marking, cover + audit_rows,
                  tuple(body[k] for k in SECTIONS if k in body), signed)


def audit_head(ws) -> tuple[Checkpoint | None, tuple[tuple[str, str], ...]]:
    """The audit log's head, signed: printed on the cover, it anchors the log outside the file (``reserve-desk
    audit verify`` proves the log still holds this entry and hash)."""
    entries, head_hash = ws.store.audit_head()
    rows = (("Audit log", f"{entries:,} entries; entry {entries:,} has hash {head_hash}"),)
    try:
        signed = ws.store.sign_checkpoint()
    except checkpoint.CheckpointError as exc:
        return None, (*rows, ("Checkpoint", f"not signed: {exc}"))
    kept = checkpoint.keep_problem(ws.path)  # read-only media: the cover is then the only record of it
    return signed, (*rows, ("Checkpoint", f"signed {signed.time} by {signed.os_user}, public key {signed.public_key}"
                            + (f"; not kept as a file: {kept}" if kept else "")))


def _summary(x: Headline, figures: dict) -> Section:
    """The headline figures the Overview shows, from the same computation, and the chosen runs and projection."""
    h = x.holdings
    rows = [("Bitcoin held", f"{fmt.btc(h.total_btc)} BTC"), ("Value of the bitcoin", fmt.usd_short(h.value_usd))]
    if x.positions:
        rows.append(("IMF credit outstanding", f"SDR {fmt.sdr_m(x.credit_sdr)} m ({fmt.usd_short(x.credit_usd)})"
                     if x.fund_credit else f"— ({x.fund_credit_problem})"))
    p = x.next_imf_payment
    rows.append(("Next payment to the IMF", f"SDR {fmt.sdr_m(p['total_sdr'])} m on {p['date']}" if p else
                 "— (the position in the Fund cannot be computed)" if x.positions and not x.fund_credit else "none scheduled"))
    if x.next_test:
        rows.append(("Next IMF test date", f"{x.next_test.date}: NIR floor {fmt.usd_short(x.next_test.nir_floor_usd)}"))
    if x.btc_share_of_reserves is not None:
        rows.append(("Bitcoin vs gross reserves (not a reserve asset)", fmt.pct(x.btc_share_of_reserves)))
    a = figures.get("adequacy")
    if a:
        rows.append(("Reserves / ARA metric, without bitcoin", "—" if a["ara_ratio"] is None else
                     f"{a['ara_ratio']:.2f} ({a['ara_band']})"))
        rows.append(("Months of imports, without bitcoin", "—" if a["months_of_imports"] is None else f"{a['months_of_imports']:.2f}"))
        w = a["with_btc"]
        rows.append((f"Reserves / ARA metric, with bitcoin at a {fmt.pct(w['haircut'], 0)} haircut",
                     "—" if w["ara_ratio"] is None else f"{w['ara_ratio']:.2f}"))
    else:
        rows.append(("Reserve adequacy", "no reserve figures in the workspace"))
    risk = figures.get("risk")
    model = next((x for x in risk.models if x.method == "historical"), None) if risk else None
    if model and model.var_1d is not None:
        loss = risk.usd(model.var_1d) if risk.btc_held else None
        rows.append((f"One-day VaR {fmt.pct(risk.request.confidence, 0)} (historical, {rv.DEFAULT_PERIOD.lower()})",
                     fmt.pct(model.var_1d, 2) + (f" ({fmt.usd_short(loss)})" if loss is not None else "")))
    for run_id, s in figures.get("runs", {}).items():
        rows.append((f"VaR 95% at the horizon, run {run_id} ({s['scenario_name']})", fmt.pct(s["var"]["0.95"])))
    plan = figures.get("planner")
    if plan:
        rows.append(("Bitcoin at the end of the policies' projection", f"{fmt.btc(plan['btc_at_end'], 0)} BTC on {plan['end']}"))
    return Section("summary", SECTIONS["summary"], (Table(("Headline figure", f"On {x.date}"), tuple(rows), (False, True)),))
