"""Every table the window can export, as typed columns: what a workbook (``core.io.workbook``) writes, one sheet each.

Each builder reads the same workspace functions as the window and the command line, and converts money by the
reporting currency's rules (``core.fx``): a US$ figure at the rate of its own date (a ledger row its date, a
schedule row its payment date, a holding the valuation date); an IMF figure in SDR through the US$ rate the IMF
figures use (``Converter.from_sdr``). The stored US$ (and SDR) columns are kept; in another currency a twin column
follows, named by its unit ("Value (PKR)"); a figure without a rate is left empty and the table's ``missing`` says
which dates had none. In US$ the tables hold only the stored figures.

API (the window's "Export to Excel…" and File > Export > All to Excel… build on it):

- ``Table(key, title, columns, rows, dates, missing)``: ``rows`` are tuples of str, int, float, bool,
  ``datetime.date``/``datetime.datetime`` or None, in ``columns`` order; ``Column.kind`` says how to write each
  (``KINDS``). ``dates``: every date a figure was converted at (for the rates used).
- ``ledger(ws, conv)``, ``wallets(ws, conv, date)``, ``prices(ws, conv, asset)``, ``imf_schedule(ws, conv,
  include_planned)``, ``imf_by_year(...)``, ``imf_position(...)``, ``test_dates(ws, conv, date, include_planned)``,
  ``stress_runs(ws, conv, run_ids=None)``, ``run_comparison(ws, conv, run_ids)``, ``planner_path(projection,
  conv)``, ``planner_mining(projection, conv)``, ``audit_log(ws, entries=None)``: one ``Table`` each.
- ``all_tables(ws, conv, date)``: every table above that the workspace has rows for, in the window's order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from . import fx
from .errors import InvalidInput
from .i18n import translate

# how a column's values are written: text as text (never a formula), the rest as numbers or dates
KINDS = ("text", "int", "year", "number", "money", "btc", "rate", "share", "pct", "date", "datetime", "bool")


@dataclass(frozen=True)
class Column:
    header: str  # with its unit: "Value (PKR)", "Principal (SDR)"
    kind: str = "text"  # one of KINDS
    key: str = ""  # a stable name for code and tests: "value_local"; never shown


@dataclass
class Table:
    key: str  # "ledger", "wallets", ...: stable, for code and tests
    title: str  # the sheet's name, translated
    columns: tuple[Column, ...]
    rows: list[tuple]
    dates: set[dt.date] = field(default_factory=set)  # figures converted at these dates' rates
    missing: list[dt.date] = field(default_factory=list)  # dates with no rate (those figures are empty)

    def column(self, key: str) -> int:
        """The index of the column whose key is ``key``."""
        return next(i for i, c in enumerate(self.columns) if c.key == key)


class _Money:
    """Converts the figures of one table and remembers the dates it used, and those it had no rate for."""

    def __init__(self, conv: fx.Converter, table: Table):
        self.conv, self.table = conv, table

    @property
    def twin(self) -> bool:  # the stored US$ figures are the reporting currency's: no second column
        return not self.conv.identity

    def usd(self, amount: float | None, day: dt.date) -> float | None:
        if amount is None:
            return None
        self.table.dates.add(day)
        out = self.conv.from_usd(amount, day)
        if out is None and day not in self.table.missing:
            self.table.missing.append(day)
        return out

    def sdr(self, amount: float | None, day: dt.date, usd_per_sdr: float) -> float | None:
        if amount is None or self.conv.code == fx.SDR:
            return amount
        return self.usd(amount * usd_per_sdr, day)

    def rate(self, day: dt.date) -> float | None:
        r = self.conv.rate(day)
        return None if r is None else r.per_usd


def _rate_header(conv: fx.Converter) -> str:
    return translate("tables", "{code} per US$").format(code=fx.symbol(conv.code))


def _in(text: str, code: str) -> str:
    """'Value' -> 'Value (PKR)'."""
    return translate("tables", "{label} ({unit})").format(label=text, unit=fx.symbol(code))


def _nan_none(x) -> float | None:
    return None if x is None or x != x else float(x)


# ---- holdings ---------------------------------------------------------------------------------------------------


def ledger(ws, conv: fx.Converter) -> Table:
    """Every ledger entry in booking order, as the transactions CSV holds it; price and fee also in the reporting
    currency at the entry's date."""
    t = Table("ledger", translate("tables", "Ledger"), (), [])
    m = _Money(conv, t)
    cols = [
        Column(translate("tables", "Date"), "date", "date"),
        Column(translate("tables", "Kind"), key="kind"),
        Column(translate("tables", "Wallet"), key="wallet"),
        Column(translate("tables", "To wallet"), key="to_wallet"),
        Column(translate("tables", "Asset"), key="asset"),
        Column(translate("tables", "Quantity (BTC)"), "btc", "quantity"),
        Column(_in(translate("tables", "Price"), fx.USD), "money", "price_usd"),
        Column(_in(translate("tables", "Fee"), fx.USD), "money", "fee_usd"),
    ]
    if m.twin:
        cols += [
            Column(_in(translate("tables", "Price"), conv.code), "money", "price_local"),
            Column(_in(translate("tables", "Fee"), conv.code), "money", "fee_local"),
            Column(_rate_header(conv), "rate", "rate"),
        ]
    cols += [
        Column(translate("tables", "Counterparty"), key="counterparty"),
        Column(translate("tables", "Reference"), key="reference"),
        Column(translate("tables", "Note"), key="note"),
    ]
    for stored in ws.store.ledger_export_rows():
        date, kind, wallet, to_wallet, asset, qty, price, fee, counterparty, reference, note = stored
        day = dt.date.fromisoformat(date)
        row = [day, kind, wallet, to_wallet, asset, qty, price, fee]
        if m.twin:
            row += [m.usd(price, day), m.usd(fee, day), m.rate(day)]
        t.rows.append((*row, counterparty, reference, note))
    t.columns = tuple(cols)
    return t


def wallets(ws, conv: fx.Converter, date: dt.date | None = None) -> Table:
    """Each wallet's bitcoin and value at the valuation date (``holdings`` on the command line)."""
    h = ws.holdings(date)
    t = Table("wallets", translate("tables", "Wallets"), (), [])
    m = _Money(conv, t)
    cols = [
        Column(translate("tables", "Wallet"), key="name"),
        Column(translate("tables", "Kind"), key="kind"),
        Column(translate("tables", "Bitcoin (BTC)"), "btc", "btc"),
        Column(_in(translate("tables", "Value"), fx.USD), "money", "value_usd"),
    ]
    if m.twin:
        cols.append(Column(_in(translate("tables", "Value"), conv.code), "money", "value_local"))
    cols += [
        Column(translate("tables", "Share"), "share", "share"),
        Column(translate("tables", "Cap (BTC)"), "btc", "cap_btc"),
        Column(translate("tables", "Over cap"), "bool", "over_cap"),
    ]
    for w in h.wallets:
        row = [w.name, w.kind, round(w.btc, 8), w.value_usd]
        if m.twin:
            row.append(m.usd(w.value_usd, h.date))
        t.rows.append((*row, w.share, w.cap_btc, w.over_cap))
    t.columns = tuple(cols)
    return t


def prices(ws, conv: fx.Converter, asset: str = "BTC") -> Table:
    """The stored daily closes of ``asset``, also in the reporting currency at each day's rate."""
    t = Table("prices", translate("tables", "Prices"), (), [])
    m = _Money(conv, t)
    cols = [
        Column(translate("tables", "Date"), "date", "date"),
        Column(_in(translate("tables", "Close"), fx.USD), "money", "close_usd"),
    ]
    if m.twin:
        cols += [
            Column(_in(translate("tables", "Close"), conv.code), "money", "close_local"),
            Column(_rate_header(conv), "rate", "rate"),
        ]
    cols.append(Column(translate("tables", "Source"), key="source"))
    for p in ws.prices(asset):
        row = [p.date, p.close_usd]
        if m.twin:
            row += [m.usd(p.close_usd, p.date), m.rate(p.date)]
        t.rows.append((*row, p.source))
    t.columns = tuple(cols)
    return t


# ---- the IMF ----------------------------------------------------------------------------------------------------


def _position(ws, include_planned: bool):
    position = ws.fund_position(include_planned)
    return position, position.rows()  # FundRefusal (no SDR rate) says why, as in the window


def imf_schedule(ws, conv: fx.Converter, include_planned: bool = True) -> Table:
    """Every payment to the Fund, by date (``imf schedule``'s rows); the total also in US$ at the IMF figures' rate
    and in the reporting currency at the payment date's rate."""
    position, rows = _position(ws, include_planned)
    t = Table("imf_schedule", translate("tables", "IMF schedule"), (), [])
    m = _Money(conv, t)
    twin = conv.code not in (fx.USD, fx.SDR)
    cols = [
        Column(translate("tables", "Arrangement"), key="arrangement"),
        Column(translate("tables", "Date"), "date", "date"),
        Column(_in(translate("tables", "Principal"), fx.SDR), "money", "principal_sdr"),
        Column(_in(translate("tables", "Charges"), fx.SDR), "money", "charges_sdr"),
        Column(_in(translate("tables", "Surcharges"), fx.SDR), "money", "surcharges_sdr"),
        Column(_in(translate("tables", "Service charge"), fx.SDR), "money", "service_charge_sdr"),
        Column(_in(translate("tables", "Commitment fee"), fx.SDR), "money", "commitment_fee_sdr"),
        Column(_in(translate("tables", "Total"), fx.SDR), "money", "total_sdr"),
        Column(_in(translate("tables", "Total"), fx.USD), "money", "total_usd"),
    ]
    if twin:
        cols.append(Column(_in(translate("tables", "Total"), conv.code), "money", "total_local"))
    cols += [
        Column(_in(translate("tables", "Credit outstanding"), fx.SDR), "money", "credit_outstanding_sdr"),
        Column(translate("tables", "Credit (share of quota)"), "share", "credit_share_of_quota"),
        Column(translate("tables", "Charges for the quarter to"), "date", "charges_quarter_end"),
    ]
    keyed = sorted(((line.name, r) for line, r in rows), key=lambda x: (x[1].date, x[0]))
    for name, r in keyed:
        usd_per_sdr = position.schedule(name).usd_per_sdr
        row = [
            name,
            r.date,
            r.principal_sdr,
            r.charges_sdr,
            r.surcharges_sdr,
            r.service_charge_sdr,
            r.commitment_fee_sdr,
            r.total_sdr,
            r.total_sdr * usd_per_sdr,
        ]
        if twin:
            row.append(m.sdr(r.total_sdr, r.date, usd_per_sdr))
        t.rows.append((*row, r.credit_outstanding_sdr, r.credit_share_of_quota, r.charges_quarter_end))
    t.columns = tuple(cols)
    return t


def imf_by_year(ws, conv: fx.Converter, include_planned: bool = True) -> Table:
    """What is owed to the Fund each year; a year's total in the reporting currency is the sum of its payments,
    each at its own date's rate (never the year's SDR total at one rate)."""
    position, rows = _position(ws, include_planned)
    t = Table("imf_by_year", translate("tables", "IMF by year"), (), [])
    m = _Money(conv, t)
    twin = conv.code not in (fx.USD, fx.SDR)
    years: dict[int, dict[str, float | None]] = defaultdict(lambda: defaultdict(float))
    for line, r in rows:
        y, usd_per_sdr = years[r.date.year], position.schedule(line.name).usd_per_sdr
        y["principal_sdr"] += r.principal_sdr
        y["charges_sdr"] += r.total_sdr - r.principal_sdr
        y["total_sdr"] += r.total_sdr
        y["total_usd"] += r.total_sdr * usd_per_sdr
        if twin:
            local = m.sdr(r.total_sdr, r.date, usd_per_sdr)
            y["total_local"] = None if local is None or y["total_local"] is None else y["total_local"] + local
    cols = [
        Column(translate("tables", "Year"), "year", "year"),
        Column(_in(translate("tables", "Principal"), fx.SDR), "money", "principal_sdr"),
        Column(_in(translate("tables", "Charges and fees"), fx.SDR), "money", "charges_sdr"),
        Column(_in(translate("tables", "Total"), fx.SDR), "money", "total_sdr"),
        Column(_in(translate("tables", "Total"), fx.USD), "money", "total_usd"),
    ]
    if twin:
        cols.append(Column(_in(translate("tables", "Total"), conv.code), "money", "total_local"))
    t.columns = tuple(cols)
    for year, y in sorted(years.items()):
        t.rows.append(
            (
                year,
                y["principal_sdr"],
                y["charges_sdr"],
                y["total_sdr"],
                y["total_usd"],
                *([y["total_local"]] if twin else []),
            )
        )
    return t


def imf_position(ws, conv: fx.Converter, include_planned: bool = True) -> Table:
    """Credit outstanding at each month end (``imf position``'s by_month), also in the reporting currency at the
    month end's rate."""
    position = ws.fund_position(include_planned)
    t = Table("imf_position", translate("tables", "IMF position"), (), [])
    m = _Money(conv, t)
    keys = (
        ("gra_credit_sdr", translate("tables", "GRA credit")),
        ("rst_credit_sdr", translate("tables", "RST credit")),
        ("total_credit_sdr", translate("tables", "Total credit")),
    )
    cols = [Column(translate("tables", "Month end"), "date", "date")]
    cols += [Column(_in(label, fx.SDR), "money", key) for key, label in keys]
    twin = conv.code not in (fx.USD, fx.SDR)  # the IMF's figures are SDR; a twin in any other currency
    if twin:
        cols += [Column(_in(label, conv.code), "money", key.replace("_sdr", "_local")) for key, label in keys]
    for month in position.by_month():
        day = dt.date.fromisoformat(month["date"])
        row = [day, *(month[k] for k, _ in keys)]
        if twin:
            row += [m.sdr(month[k], day, position.usd_per_sdr) for k, _ in keys]
        t.rows.append(tuple(row))
    t.columns = tuple(cols)
    return t


def test_dates(ws, conv: fx.Converter, date: dt.date | None = None, include_planned: bool = True) -> Table:
    """Each arrangement's NIR test dates: floors and the NIR projected from the reserves known on ``date`` (the
    Program tab's table), in US$ as the program sets them and in the reporting currency at each test date's rate."""
    from .engine import imf

    date = date or ws.default_date()
    position = ws.fund_position(include_planned)
    reserves, _ = ws.reserves_known_on(date)
    t = Table("test_dates", translate("tables", "Test dates"), (), [])
    m = _Money(conv, t)
    figures = (
        ("nir_floor", translate("tables", "NIR floor")),
        ("adjusted_floor", translate("tables", "Adjusted floor")),
        ("nir", translate("tables", "Projected NIR")),
        ("headroom", translate("tables", "Headroom")),
    )
    cols = [
        Column(translate("tables", "Arrangement"), key="arrangement"),
        Column(translate("tables", "Test date"), "date", "date"),
    ]
    cols += [Column(_in(label, fx.USD), "money", f"{key}_usd") for key, label in figures]
    if m.twin:
        cols += [Column(_in(label, conv.code), "money", f"{key}_local") for key, label in figures]
    cols.append(Column(translate("tables", "Reserves as of"), "date", "reserves_date"))
    for a in ws.arrangements:
        for r in imf.nir_at_test_dates(a, position, reserves):
            usd = (r.nir_floor_usd, r.adjusted_floor_usd, r.nir_usd, r.headroom_usd)
            t.rows.append(
                (a.name, r.date, *usd, *([m.usd(x, r.date) for x in usd] if m.twin else []), r.reserves_date)
            )
    t.columns = tuple(cols)
    return t


# ---- stress runs and the planner ----------------------------------------------------------------------------------


def _worst_test(s: dict) -> dict | None:
    tests = [x for x in s.get("test_dates", []) if x.get("headroom_usd") is not None]
    return min(tests, key=lambda x: x["headroom_usd"], default=None)


def stress_runs(
    ws,
    conv: fx.Converter,
    run_ids: list[int] | None = None,
    key: str = "stress_runs",
    title: str | None = None,
) -> Table:
    """Stored stress runs (newest first) with their key figures, as the run comparison shows them: the reserve's
    value at the run's date, the median and 5th percentile at its horizon, the worst NIR headroom at its test date."""
    from .builtin_words import scenario_name

    t = Table(key, title or translate("tables", "Stress runs"), (), [])
    m = _Money(conv, t)
    figures = (
        ("start_value", translate("tables", "Reserve at start")),
        ("median", translate("tables", "Median at horizon")),
        ("p05", translate("tables", "5th percentile at horizon")),
        ("worst_headroom", translate("tables", "Worst NIR headroom")),
    )
    cols = [
        Column(translate("tables", "Run"), "int", "id"),
        Column(translate("tables", "Created (UTC)"), "datetime", "created_at"),
        Column(translate("tables", "Scenario"), key="scenario"),
        Column(translate("tables", "Paths"), "int", "paths"),
        Column(translate("tables", "Seed"), "int", "seed"),
        Column(translate("tables", "Valuation date"), "date", "start_date"),
        Column(translate("tables", "Horizon (days)"), "int", "horizon_days"),
        Column(translate("tables", "Bitcoin held (BTC)"), "btc", "btc"),
    ]
    cols += [Column(_in(label, fx.USD), "money", f"{k}_usd") for k, label in figures]
    if m.twin:
        cols += [Column(_in(label, conv.code), "money", f"{k}_local") for k, label in figures]
    cols += [
        Column("VaR 95%", "pct", "var_95"),
        Column("VaR 99%", "pct", "var_99"),
        Column("ES 95%", "pct", "es_95"),
        Column("ES 99%", "pct", "es_99"),
        Column(translate("tables", "Mean maximum drawdown"), "pct", "max_drawdown"),
        Column(translate("tables", "Worst headroom's test date"), "date", "worst_date"),
    ]
    wanted = None if run_ids is None else set(run_ids)
    for run in ws.runs():
        if wanted is not None and run["id"] not in wanted:
            continue
        _, s = ws.stored_run(run["id"])
        start = dt.date.fromisoformat(s["start_date"])
        horizon = start + dt.timedelta(days=int(s["horizon_days"]))
        worst = _worst_test(s)
        worst_day = dt.date.fromisoformat(worst["date"]) if worst else None
        usd = (
            (s.get("start_value_usd"), start),
            (s["terminal"]["p50"], horizon),
            (s["terminal"]["p05"], horizon),
            (worst["headroom_usd"] if worst else None, worst_day),
        )
        created = dt.datetime.fromisoformat(run["created_at"]).replace(tzinfo=None)
        t.rows.append(
            (
                run["id"],
                created,
                scenario_name(s.get("scenario_id"), run["scenario_name"] or s.get("scenario_name")),
                run["paths"],
                run["seed"],
                start,
                int(s["horizon_days"]),
                s.get("btc"),
                *(x for x, _ in usd),
                *([m.usd(x, day) if day else None for x, day in usd] if m.twin else []),
                s["var"]["0.95"],
                s["var"]["0.99"],
                s["es"]["0.95"],
                s["es"]["0.99"],
                s["max_drawdown"]["mean"],
                worst_day,
            )
        )
    t.columns = tuple(cols)
    return t


def run_comparison(ws, conv: fx.Converter, run_ids: list[int]) -> Table:
    """The runs chosen for comparison, one row each, with the same figures as ``stress_runs``."""
    return stress_runs(ws, conv, run_ids, key="run_comparison", title=translate("tables", "Run comparison"))


def planner_path(projection, conv: fx.Converter) -> Table:
    """The planner's baseline at each month end: bitcoin held, bought, mined, spent, the price and the value (the
    value also in the reporting currency, after the valuation date under the stated assumption)."""
    import numpy as np

    t = Table("planner", translate("tables", "Planner"), (), [])
    m = _Money(conv, t)
    cols = [
        Column(translate("tables", "Month end"), "date", "date"),
        Column(translate("tables", "Bitcoin held (BTC)"), "btc", "stock_btc"),
        Column(translate("tables", "Bought to date (BTC)"), "btc", "bought_btc"),
        Column(translate("tables", "Mined to date (BTC)"), "btc", "mined_btc"),
        Column(_in(translate("tables", "Spent to date"), fx.USD), "money", "spent_usd"),
        Column(_in(translate("tables", "Price"), fx.USD), "money", "price_usd"),
        Column(_in(translate("tables", "Value"), fx.USD), "money", "value_usd"),
    ]
    if m.twin:
        cols.append(Column(_in(translate("tables", "Value"), conv.code), "money", "value_local"))
    days = projection.days
    if len(days):
        months = days.astype("datetime64[M]")
        ends = np.flatnonzero(np.append(months[1:] != months[:-1], True))
        for i in ends:
            day = days[i].astype(dt.date)
            value = float(projection.stock_btc[i] * projection.price[i])
            row = [
                day,
                float(projection.stock_btc[i]),
                float(projection.bought_btc[i]),
                float(projection.mined_btc[i]),
                float(projection.spent_usd[i]),
                _nan_none(projection.price[i]),
                _nan_none(value),
            ]
            if m.twin:
                row.append(m.usd(_nan_none(value), day))
            t.rows.append(tuple(row))
    t.columns = tuple(cols)
    return t


def planner_mining(projection, conv: fx.Converter) -> Table:
    """Bitcoin mined each year of the plan and what its power cost (the Planner's mining table)."""
    from . import planner  # imported here as all_tables does

    t = Table("planner_mining", translate("tables", "Planner mining"), (), [])
    m = _Money(conv, t)
    cols = [
        Column(translate("tables", "Year"), "year", "year"),
        Column(translate("tables", "Bitcoin mined (BTC)"), "btc", "btc"),
        Column(translate("tables", "Share of blocks"), "share", "share_of_network"),
        Column(translate("tables", "Energy (MWh)"), "number", "energy_mwh"),
        Column(_in(translate("tables", "Power cost"), fx.USD), "money", "power_cost_usd"),
        Column(_in(translate("tables", "Cost per BTC"), fx.USD), "money", "power_cost_usd_per_btc"),
        Column(_in(translate("tables", "Market price"), fx.USD), "money", "market_price_usd"),
    ]
    if m.twin:  # a year's cost at the rate of the middle of its days in the plan, as the window and the PDF
        cols.append(Column(_in(translate("tables", "Power cost"), conv.code), "money", "power_cost_local"))
    for r, day in zip(projection.mining_by_year, planner.mining_year_dates(projection), strict=True):
        cost = r["power_cost_usd"] if r["power_cost_usd_per_btc"] else None
        row = [
            r["year"],
            r["btc"],
            r["share_of_network"],
            r["energy_mwh"],
            cost,
            r["power_cost_usd_per_btc"],
            r["market_price_usd"],
        ]
        if m.twin:
            row.append(m.usd(cost, day))
        t.rows.append(tuple(row))
    t.columns = tuple(cols)
    return t


# ---- the audit log --------------------------------------------------------------------------------------------------


def audit_log(ws, entries: list | None = None) -> Table:
    """Audit entries (default: all, newest first) with their JSON as stored (canonical), as the CSV export has them."""
    from .audit_view import audit_entries
    from .store.audit import canonical_json

    entries = audit_entries(ws) if entries is None else entries
    cols = (
        Column("#", "int", "id"),
        Column(translate("tables", "Time (UTC)"), "datetime", "at"),
        Column(translate("tables", "User"), key="os_user"),
        Column(translate("tables", "Action"), key="action"),
        Column(translate("tables", "Table"), key="table"),
        Column(translate("tables", "Row"), key="row_key"),
        Column("SHA-256", key="hash"),
        Column(translate("tables", "Before"), key="before"),
        Column(translate("tables", "After"), key="after"),
    )
    # the JSON last: a long value is cut at its column's edge on screen and paper, never over the hash
    rows = [
        (
            e.id,
            dt.datetime.fromisoformat(e.at).replace(tzinfo=None),
            e.os_user,
            e.action,
            e.table_name,
            canonical_json(e.row_key),
            e.hash,
            canonical_json(e.before),
            canonical_json(e.after),
        )
        for e in entries
    ]
    return Table("audit_log", translate("tables", "Audit log"), cols, rows)


# ---- every table ------------------------------------------------------------------------------------------------------


def all_tables(
    ws,
    conv: fx.Converter,
    date: dt.date | None = None,
    *,
    include_planned: bool = True,
    run_ids: list[int] | None = None,
    projection=None,
    skipped: list[str] | None = None,
) -> list[Table]:
    """Every table with rows, in the window's order: holdings, the IMF, stress runs, the planner (``projection``, or
    the planner's baseline computed here), the audit log. A table that cannot be computed (no SDR interest rate
    for the IMF's charges, no price for the planner) is left out and its reason appended to ``skipped``."""
    from . import planner

    date = date or ws.default_date()
    skipped = [] if skipped is None else skipped
    builders: list[tuple[str, Callable[[], list[Table]]]] = [
        (translate("tables", "Ledger"), lambda: [ledger(ws, conv)]),
        (translate("tables", "Wallets"), lambda: [wallets(ws, conv, date)]),
        (translate("tables", "Prices"), lambda: [prices(ws, conv)]),
        (
            translate("tables", "IMF schedule"),
            lambda: [imf_schedule(ws, conv, include_planned), imf_by_year(ws, conv, include_planned)],
        ),
        (translate("tables", "IMF position"), lambda: [imf_position(ws, conv, include_planned)]),
        (translate("tables", "Test dates"), lambda: [test_dates(ws, conv, date, include_planned)]),
        (
            translate("tables", "Stress runs"),
            lambda: [stress_runs(ws, conv)] + ([run_comparison(ws, conv, run_ids)] if run_ids else []),
        ),
    ]

    def plan() -> list[Table]:
        p = projection or planner.project(planner.plan_inputs(ws, date, paths=0))
        return [planner_path(p, conv), planner_mining(p, conv)]

    builders += [
        (translate("tables", "Planner"), plan),
        (translate("tables", "Audit log"), lambda: [audit_log(ws)]),
    ]
    out = []
    for name, build in builders:
        try:
            out += [t for t in build() if t.rows]
        except InvalidInput as exc:  # FundRefusal and the planner's refusals are InvalidInput
            skipped.append(translate("tables", "{table}: {reason}").format(table=name, reason=exc))
    return out
