"""What a country owes the IMF: repurchases, charges, surcharges and fees, day by day.

Rules (IMF Rules and Regulations I-1 to I-3; the 2024 review of charges and surcharges; Help > Methodology):
- Repurchases: EFF, 12 equal semiannual installments from 4.5 to 10 years after each purchase; SBA, 8 equal
  quarterly installments from 3.25 to 5 years; custom: N installments every M months, the first K months
  after the purchase. A repurchase falling due reduces credit outstanding at the end of that day.
- Charges accrue on daily balances, actual/365: credit outstanding x (SDR rate + margin) / 365, and are
  billed for the IMF quarters ending 31 Jul, 31 Oct, 31 Jan and 30 Apr. Charges and surcharges fall due
  on the fourth business day (Monday to Friday; holidays not modelled) after the quarter's last day: Rule
  I-2 makes them payable on the second business day after the notification sent as soon as possible after
  the quarter end, and the IMF's records of settled charges show the fourth business day (Mongolia, 2012:
  6 Feb, 4 May, 6 Aug, 6 Nov). Each row keeps the quarter its charges are for.
- Level surcharge on the balance above the threshold (% of quota). Time surcharge, in addition, on the
  part of that above-threshold balance outstanding longer than the limit: credit is allocated first-in
  first-out by purchase date, the oldest credit filling the threshold first, so the above-threshold part
  is the newest credit and it ages into the time surcharge.
- Service charge: a share of each purchase, on its date. Commitment fee: at the start of each 12-month
  period from approval, on the amounts that period makes available (purchases dated in it): 15 bp on the
  period's amount up to the annual threshold (200% of quota), 30 bp above it, 60 bp on whatever takes the
  cumulative amount available under the arrangement above the cumulative threshold (600% of quota; the
  earlier policy 115% and 575% the same way; IMF, FAQ on charges and surcharges, 2024-10-11); refunded in
  proportion as the period's amounts are drawn.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..domain import Arrangement
from ..errors import InvalidInput
from .valuation import day_number as _day
from .valuation import from_day_number as _date


@dataclass(frozen=True)
class ChargesPolicy:
    margin: float
    surcharge_threshold: float  # share of quota
    level_surcharge: float
    time_surcharge: float
    time_limit_months_eff: int
    time_limit_months_sba: int
    service_charge: float
    commitment_annual_threshold: float  # share of quota, on the amount available in the 12-month period
    commitment_cumulative_threshold: float  # share of quota, on the amount available under the arrangement
    commitment_rates: tuple[float, float, float]  # up to the annual threshold, above it, above the cumulative one


POLICIES = {
    # IMF Executive Board decision of 2024-10-11, in force since 2024-11-01 (review of charges and surcharges)
    "2024-11": ChargesPolicy(0.0060, 3.00, 0.0200, 0.0075, 51, 36, 0.0050, 2.0, 6.0, (0.0015, 0.0030, 0.0060)),
    # before 2024-11-01: margin 100 bp, threshold 187.5% of quota, time surcharge 100 bp
    "pre-2024-11": ChargesPolicy(0.0100, 1.875, 0.0200, 0.0100, 51, 36, 0.0050, 1.15, 5.75, (0.0015, 0.0030, 0.0060)),
}
REPAYMENT_RULES = {"EFF": (12, 6, 54), "SBA": (8, 3, 39)}  # installments, months between, first after months
BILLING_MONTH_ENDS = {1: 31, 4: 30, 7: 31, 10: 31}  # IMF quarters end 31 Jan, 30 Apr, 31 Jul, 31 Oct
CHARGES_DUE_BUSINESS_DAYS = 4  # business days after the quarter's end (Rule I-2; settled dates, see above)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    next_first = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1)
    return dt.date(year, month + 1, min(day.day, (next_first - dt.timedelta(days=1)).day))


def billing_date(day: dt.date) -> dt.date:
    """The last day of the IMF quarter that contains ``day``."""
    month = day.month
    while month not in BILLING_MONTH_ENDS:
        month = month % 12 + 1
    year = day.year + (month < day.month)
    return dt.date(year, month, BILLING_MONTH_ENDS[month])


def charges_due_date(quarter_end: dt.date) -> dt.date:
    """The day a quarter's charges and surcharges fall due: the fourth business day after its last day."""
    day, left = quarter_end, CHARGES_DUE_BUSINESS_DAYS
    while left:
        day += dt.timedelta(days=1)
        left -= day.weekday() < 5
    return day


def repurchase_rule(a: Arrangement) -> tuple[int, int, int]:
    if a.facility == "custom":
        r = a.repayment
        return r.installments, r.months_between, r.first_after_months
    return REPAYMENT_RULES[a.facility]


@dataclass(frozen=True)
class ScheduleRow:
    date: dt.date
    principal_sdr: float = 0.0
    charges_sdr: float = 0.0
    surcharges_sdr: float = 0.0
    service_charge_sdr: float = 0.0
    commitment_fee_sdr: float = 0.0
    credit_outstanding_sdr: float = 0.0
    credit_share_of_quota: float = 0.0
    charges_quarter_end: dt.date | None = None  # the IMF quarter the row's charges and surcharges are for

    @property
    def total_sdr(self) -> float:
        return self.principal_sdr + self.charges_sdr + self.surcharges_sdr + self.service_charge_sdr + self.commitment_fee_sdr


@dataclass(frozen=True)
class Schedule:
    arrangement: Arrangement
    rows: tuple[ScheduleRow, ...]
    days: np.ndarray  # day numbers since 1970
    credit_outstanding_sdr: np.ndarray  # end of each day
    include_planned: bool

    def by_year(self) -> list[dict]:
        years: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for r in self.rows:
            y = years[r.date.year]
            y["principal_sdr"] += r.principal_sdr
            y["charges_total_sdr"] += r.charges_sdr + r.surcharges_sdr + r.service_charge_sdr + r.commitment_fee_sdr
            y["charges_sdr"] += r.charges_sdr
            y["surcharges_sdr"] += r.surcharges_sdr
            y["fees_sdr"] += r.service_charge_sdr + r.commitment_fee_sdr
        usd = self.arrangement.usd_per_sdr
        return [{"year": year, **{k: v for k, v in sorted(t.items())}, "total_sdr": t["principal_sdr"] + t["charges_total_sdr"],
                 "total_usd": (t["principal_sdr"] + t["charges_total_sdr"]) * usd} for year, t in sorted(years.items())]

    def peak_share_of_quota(self) -> float:
        return float(self.credit_outstanding_sdr.max() / self.arrangement.quota_sdr) if len(self.days) else 0.0


def sdr_rate_by_day(a: Arrangement, days: np.ndarray) -> np.ndarray:
    if not a.sdr_rates:
        raise InvalidInput(f"{a.name}: no SDR interest rate assumption")
    starts = np.array([_day(r.from_date) for r in a.sdr_rates])
    rates = np.array([r.sdr_rate for r in a.sdr_rates])
    index = np.clip(np.searchsorted(starts, days, side="right") - 1, 0, None)  # before the first step: the first rate
    return rates[index]


def schedule(a: Arrangement, include_planned: bool = True) -> Schedule:
    """Every payment to the Fund under ``a`` with the daily credit outstanding behind it."""
    policy = POLICIES[a.charges_policy]
    purchases = [p for p in a.purchases if include_planned or p.status == "disbursed"]
    if not purchases:
        return Schedule(a, (), np.zeros(0, dtype=np.int64), np.zeros(0), include_planned)
    n, months_between, first_after = repurchase_rule(a)
    tranches = []  # (purchase day, amount, [(repurchase day, amount)])
    for p in sorted(purchases, key=lambda p: p.date):
        due = [(_day(add_months(p.date, first_after + i * months_between)), p.amount_sdr / n) for i in range(n)]
        tranches.append((_day(p.date), p.amount_sdr, due))
    first_day = min(t[0] for t in tranches)
    last_day = max(d for t in tranches for d, _ in t[2])
    days = np.arange(first_day, last_day + 1)
    # outstanding of each tranche at the end of each day
    outstanding = np.zeros((len(tranches), len(days)))
    for i, (start, amount, due) in enumerate(tranches):
        outstanding[i, start - first_day:] += amount
        for d, part in due:
            outstanding[i, d - first_day:] -= part
    outstanding = np.clip(outstanding, 0.0, None)
    total = outstanding.sum(axis=0)
    threshold = policy.surcharge_threshold * a.quota_sdr
    # FIFO: the oldest credit fills the threshold first; what is above it is the newest credit
    below_before = np.clip(threshold - (np.cumsum(outstanding, axis=0) - outstanding), 0.0, None)
    above_by_tranche = np.clip(outstanding - below_before, 0.0, None)
    limit_months = policy.time_limit_months_sba if a.facility == "SBA" else policy.time_limit_months_eff
    aged = np.zeros_like(outstanding, dtype=bool)
    for i, (start, _, _) in enumerate(tranches):
        aged[i, _day(add_months(_date(start), limit_months)) - first_day:] = True
    above = above_by_tranche.sum(axis=0)
    above_old = (above_by_tranche * aged).sum(axis=0)
    rate = sdr_rate_by_day(a, days) + policy.margin
    daily_charges = total * rate / 365.0
    daily_surcharges = (above * policy.level_surcharge + above_old * policy.time_surcharge) / 365.0

    entries: dict[dt.date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    quarter_of: dict[dt.date, dt.date] = {}  # due date -> the quarter its charges are for
    # charges accrue over each IMF quarter and fall due a few business days after it ends
    bills = np.array([_day(billing_date(_date(d))) for d in days])
    for bill in np.unique(bills):
        mask = bills == bill
        due = charges_due_date(_date(bill))
        quarter_of[due] = _date(bill)
        entries[due]["charges_sdr"] += float(daily_charges[mask].sum())
        entries[due]["surcharges_sdr"] += float(daily_surcharges[mask].sum())
    for start, amount, due in tranches:
        entries[_date(start)]["service_charge_sdr"] += amount * policy.service_charge
        for d, part in due:
            entries[_date(d)]["principal_sdr"] += part
    _commitment_fees(a, purchases, policy, entries)

    rows = []
    for date in sorted(entries):
        i = min(max(_day(date) - first_day, 0), len(days) - 1)
        e = entries[date]
        balance = float(total[i]) if _day(date) >= first_day else 0.0
        rows.append(ScheduleRow(date=date, principal_sdr=e["principal_sdr"], charges_sdr=e["charges_sdr"],
                                surcharges_sdr=e["surcharges_sdr"], service_charge_sdr=e["service_charge_sdr"],
                                commitment_fee_sdr=e["commitment_fee_sdr"], credit_outstanding_sdr=balance,
                                credit_share_of_quota=balance / a.quota_sdr, charges_quarter_end=quarter_of.get(date)))
    return Schedule(a, tuple(rows), days, total, include_planned)


def commitment_fee(available: float, available_before: float, quota: float, policy: ChargesPolicy) -> float:
    """The fee on ``available`` made available in one 12-month period, ``available_before`` having been made
    available in the arrangement's earlier periods: the part that takes the cumulative amount above the
    cumulative threshold pays the top rate; of the rest, the period's first amounts up to the annual
    threshold pay the lowest rate and the remainder the middle one."""
    low, middle, top = policy.commitment_rates
    room = max(0.0, policy.commitment_cumulative_threshold * quota - available_before)
    below = min(available, room)  # the period's first amounts, before the cumulative threshold is crossed
    annual = policy.commitment_annual_threshold * quota
    return low * min(below, annual) + middle * max(0.0, below - annual) + top * (available - below)


def _commitment_fees(a: Arrangement, drawn_purchases, policy: ChargesPolicy, entries) -> None:
    """Charged on what the phasing makes available in each 12-month period (planned and disbursed
    purchases dated in it), tiered on the period's and the cumulative amounts; refunded in proportion to
    what is drawn."""
    periods = -(-a.months // 12)
    before = 0.0
    for k in range(periods):
        start, end = add_months(a.approval_date, 12 * k), add_months(a.approval_date, 12 * (k + 1))
        available = sum(p.amount_sdr for p in a.purchases if start <= p.date < end)
        if available <= 0:
            continue
        fee = commitment_fee(available, before, a.quota_sdr, policy)
        before += available
        entries[start]["commitment_fee_sdr"] += fee
        for p in drawn_purchases:
            if start <= p.date < end:
                entries[p.date]["commitment_fee_sdr"] -= fee * p.amount_sdr / available


@dataclass(frozen=True)
class TestDateResult:
    date: dt.date
    nir_floor_usd: float
    adjusted_floor_usd: float
    nir_usd: float | None  # projected; None without a reserve observation before the date
    reserves_date: dt.date | None

    @property
    def headroom_usd(self) -> float | None:
        return None if self.nir_usd is None else self.nir_usd - self.adjusted_floor_usd


def nir_at_test_dates(a: Arrangement, s: Schedule, reserves: list[tuple[dt.date, float]]) -> list[TestDateResult]:
    """NIR = gross reserves - IMF credit outstanding (USD at the arrangement's rate), projected from the last
    reserve observation on or before each test date by the schedule's flows: purchases add to reserves,
    repurchases, charges and fees take from them (a simplified program definition: other short-term
    foreign-currency liabilities are not in the workspace). The floor is adjusted by the test date's
    budget-support adjustor (TestDate.adjusted_floor_usd)."""
    usd = a.usd_per_sdr
    results = []
    for t in a.test_dates:
        known = [(d_, v) for d_, v in reserves if d_ <= t.date]
        if not known:
            results.append(TestDateResult(t.date, t.nir_floor_usd, t.adjusted_floor_usd, None, None))
            continue
        seen, gross = known[-1]
        for p in a.purchases:
            if seen < p.date <= t.date and (s.include_planned or p.status == "disbursed"):
                gross += p.amount_sdr * usd
        for r in s.rows:
            if seen < r.date <= t.date:
                gross -= r.total_sdr * usd
        i = _day(t.date) - int(s.days[0]) if len(s.days) else -1
        credit = float(s.credit_outstanding_sdr[min(i, len(s.days) - 1)]) * usd if i >= 0 else 0.0
        results.append(TestDateResult(t.date, t.nir_floor_usd, t.adjusted_floor_usd, gross - credit, seen))
    return results
