"""The headline figures of a workspace on a date: what the Overview shows and the PDF's executive summary
states, computed once here so the two can never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import domain as d
from .errors import InvalidInput
from .scenario_rules import KINDS
from .stress import with_sale_advice
from .workspace import Holdings, ProgramPosition

ACCUMULATION_DAYS = 90


@dataclass(frozen=True)
class NextPurchase:
    date: dt.date
    amount_sdr: float  # every arrangement's purchase planned that day
    arrangement: str  # their names, joined


@dataclass(frozen=True)
class FundCredit:
    """The member's credit outstanding from the Fund on the date (disbursed purchases less repurchases due)."""

    total_sdr: float
    gra_sdr: float
    gra_pct_of_quota: float | None
    usd_per_sdr: float


@dataclass(frozen=True)
class LastRun:
    run_id: int
    created: str  # YYYY-MM-DD
    summary: dict  # with the sale advice of today's rule
    worst: dict | None  # the test date with the least headroom, when NIR could be projected


@dataclass(frozen=True)
class Headline:
    date: dt.date
    holdings: Holdings
    positions: tuple[ProgramPosition, ...]
    fund_credit: FundCredit | None  # None: it cannot be computed, fund_credit_problem says why
    next_purchase: NextPurchase | None
    benchmarks: tuple[d.Benchmark, ...]
    next_test: d.TestDate | None
    next_imf_payment: dict | None
    reserves: d.MacroInput | None
    imports: d.MacroInput | None
    months_of_imports: float | None
    scenario_counts: dict[str, int]  # by kind
    last_run: LastRun | None
    accumulation_since: dt.date
    accumulated_btc: float  # net change of the stock since accumulation_since
    bought_btc: float  # purchases to date
    spent_usd: float
    fund_credit_problem: str | None = None  # why there is no fund_credit (no quota; a date it cannot schedule)

    @property
    def wallets_holding(self) -> int:
        return sum(1 for w in self.holdings.wallets if w.btc > 0)

    @property
    def credit_sdr(self) -> float:
        return self.fund_credit.total_sdr if self.fund_credit else 0.0

    @property
    def credit_usd(self) -> float:
        return self.credit_sdr * self.fund_credit.usd_per_sdr if self.fund_credit else 0.0

    @property
    def open_benchmarks(self) -> int:
        return sum(b.status in ("pending", "ongoing") for b in self.benchmarks)

    @property
    def btc_share_of_reserves(self) -> float | None:
        if self.reserves is None or self.holdings.value_usd is None:
            return None
        return self.holdings.value_usd / self.reserves.gross_reserves_usd


def next_imf_payment(ws, date: dt.date) -> dict | None:
    """The first repurchase or charge falling due after ``date``, all arrangements together (SDR and USD)."""
    position = ws.fund_position()
    due: dict[dt.date, list] = {}
    for line, r in position.rows():
        if r.date > date and r.total_sdr > 0:
            due.setdefault(r.date, []).append((line, r))
    if not due:
        return None
    day = min(due)
    return {"date": day.isoformat(), "total_sdr": sum(r.total_sdr for _, r in due[day]),
            "total_usd": sum(r.total_sdr * position.schedule(line.name).usd_per_sdr for line, r in due[day]),
            "principal_sdr": sum(r.principal_sdr for _, r in due[day]),
            "arrangements": [line.name for line, _ in due[day]]}


def _next_payment_or_none(ws, date: dt.date) -> dict | None:
    """The next payment, or None when an arrangement's schedule cannot be computed (no SDR rate entered: the
    Program tab says why); the Overview shows every other figure meanwhile."""
    try:
        return next_imf_payment(ws, date)
    except InvalidInput:
        return None


def _last_run(ws) -> LastRun | None:
    runs = ws.runs()
    if not runs:
        return None
    inputs, summary = ws.stored_run(runs[0]["id"])
    summary = with_sale_advice(summary, inputs)  # a run stored before sales were capped at the holdings
    worst = min((t for t in summary["test_dates"] if t["headroom_usd"] is not None),
                key=lambda t: t["headroom_usd"], default=None)
    return LastRun(runs[0]["id"], runs[0]["created_at"][:10], summary, worst)


def _fund_credit(ws, date: dt.date) -> tuple[FundCredit | None, str | None]:
    """The credit outstanding on ``date``, or None and why not (no quota entered, a stored date out of bounds)."""
    try:
        position = ws.fund_position(include_planned=False)
    except InvalidInput as exc:  # the Program tab says what to enter or correct; every other figure still shows
        return None, str(exc)
    now = position.on(date)
    return FundCredit(now["total_credit_sdr"], now["gra_credit_sdr"], now["gra_pct_of_quota"], position.usd_per_sdr), None


def _next_purchase(positions) -> NextPurchase | None:
    """The earliest purchase still to come, with every arrangement's purchase on the same day."""
    upcoming = [(p.next_purchase, p.arrangement.name) for p in positions if p.next_purchase]
    if not upcoming:
        return None
    day = min(purchase.date for purchase, _ in upcoming)
    that_day = [(purchase, name) for purchase, name in upcoming if purchase.date == day]
    return NextPurchase(day, sum(purchase.amount_sdr for purchase, _ in that_day), ", ".join(name for _, name in that_day))


def headline(ws, date: dt.date) -> Headline:
    h = ws.holdings(date)
    positions = tuple(ws.program_positions(date))
    tests = sorted((t for p in positions for t in p.arrangement.test_dates if t.date >= date), key=lambda t: t.date)
    since = date - dt.timedelta(days=ACCUMULATION_DAYS)
    purchases = [t for t in ws.transactions if t.kind == "purchase" and t.date <= date]
    fund_credit, fund_credit_problem = _fund_credit(ws, date)
    return Headline(
        date=date, holdings=h, positions=positions, fund_credit=fund_credit, fund_credit_problem=fund_credit_problem,
        next_purchase=_next_purchase(positions),
        benchmarks=tuple(b for p in positions for b in p.arrangement.benchmarks),
        next_test=tests[0] if tests else None,
        next_imf_payment=_next_payment_or_none(ws, date),
        reserves=ws.reserves_on(date), imports=ws.imports_on(date), months_of_imports=ws.months_of_imports(date),
        scenario_counts={kind: sum(s.kind == kind for s in ws.scenarios) for kind in KINDS},
        last_run=_last_run(ws),
        accumulation_since=since, accumulated_btc=h.total_btc - ws.holdings(since).total_btc,
        bought_btc=sum(t.quantity for t in purchases),
        spent_usd=sum(t.quantity * t.price_usd + (t.fee_usd or 0.0) for t in purchases))
