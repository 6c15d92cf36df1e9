"""What a country owes the IMF: the charges policies, billing, the payments of one credit line, NIR at test dates.

The member's credit lines are computed together in engine.fund; the rules (IMF Rules and Regulations I-1 to
I-3; the 2024 review of charges and surcharges; Help > Methodology):
- Repurchases (engine.fund.REPAYMENT_RULES): EFF, 12 equal semiannual installments from 4.5 to 10 years after
  each purchase; SBA and RFI, 8 equal quarterly installments from 3.25 to 5 years; RSF, 20 semiannual from 10.5
  to 20 years; ECF, 10 semiannual from 5.5 to 10 years; custom: N installments every M months, the first K
  months after the purchase. A repurchase falling due reduces credit outstanding at the end of that day.
- Charges accrue on daily balances, actual/365: credit outstanding x (SDR rate + margin) / 365, and are
  billed for the IMF quarters ending 31 Jul, 31 Oct, 31 Jan and 30 Apr. Charges and surcharges fall due
  on the fourth business day (Monday to Friday; holidays not modelled) after the quarter's last day: Rule
  I-2 makes them payable on the second business day after the notification sent as soon as possible after
  the quarter end, and the IMF's records of settled charges show the fourth business day (Mongolia, 2012:
  6 Feb, 4 May, 6 Aug, 6 Nov). Each row keeps the quarter its charges are for.
- Surcharges are the member's, on its total GRA credit (engine.fund): level, above the threshold (% of quota);
  time-based, in addition, once that credit has stood above the threshold without a break for longer than the
  limit.
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
    # 2016-02-17 to 2024-10-31: margin 100 bp, threshold 187.5% of quota, time surcharge 100 bp
    "pre-2024-11": ChargesPolicy(0.0100, 1.875, 0.0200, 0.0100, 51, 36, 0.0050, 1.15, 5.75, (0.0015, 0.0030, 0.0060)),
    # before 2016-02-17, with the quotas before the 14th General Review: threshold 300% of quota (IMF Decision No.
    # 12346-(00/117), paragraph 2); commitment-fee thresholds 200% and 1,000% of quota (the 2009 reform of the GRA
    # lending toolkit). Not pinnable: a program can only pin one of the policies above
    "pre-2016-02": ChargesPolicy(0.0100, 3.00, 0.0200, 0.0100, 51, 36, 0.0050, 2.0, 10.0, (0.0015, 0.0030, 0.0060)),
}
BILLING_MONTH_ENDS = {1: 31, 4: 30, 7: 31, 10: 31}  # IMF quarters end 31 Jan, 30 Apr, 31 Jul, 31 Oct
CHARGES_DUE_BUSINESS_DAYS = 4  # business days after the quarter's end (Rule I-2; settled dates, see above)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb); past the
    calendar's end (a date no input may hold now, but an older workspace can), its last day, so that showing such
    an arrangement does not fail: the engine refuses to schedule it and says why (engine.fund)."""
    index = day.year * 12 + day.month - 1 + months
    if index >= 9999 * 12 + 12:
        return dt.date.max
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
    """The payments of one credit line of the member (an arrangement, or existing obligations) and its credit."""

    name: str
    arrangement: Arrangement | None
    rows: tuple[ScheduleRow, ...]
    days: np.ndarray  # day numbers since 1970
    credit_outstanding_sdr: np.ndarray  # end of each day
    quota_sdr: np.ndarray  # the member's quota on each day
    include_planned: bool
    usd_per_sdr: float

    def by_year(self) -> list[dict]:
        years: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for r in self.rows:
            y = years[r.date.year]
            y["principal_sdr"] += r.principal_sdr
            y["charges_total_sdr"] += r.charges_sdr + r.surcharges_sdr + r.service_charge_sdr + r.commitment_fee_sdr
            y["charges_sdr"] += r.charges_sdr
            y["surcharges_sdr"] += r.surcharges_sdr
            y["fees_sdr"] += r.service_charge_sdr + r.commitment_fee_sdr
        usd = self.usd_per_sdr
        return [{"year": year, **{k: v for k, v in sorted(t.items())}, "total_sdr": t["principal_sdr"] + t["charges_total_sdr"],
                 "total_usd": (t["principal_sdr"] + t["charges_total_sdr"]) * usd} for year, t in sorted(years.items())]

    def peak_share_of_quota(self) -> float:
        return float((self.credit_outstanding_sdr / self.quota_sdr).max()) if len(self.days) else 0.0


def schedule(a: Arrangement, include_planned: bool = True) -> Schedule:
    """The payments of ``a`` held on its own, with the quota and SDR rates of its own terms (a program file read
    by itself); a workspace's arrangements are scheduled together (Workspace.fund_position)."""
    from . import fund

    return fund.position([a], fund.alone(a), include_planned).schedule(a.name)


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


def nir_at_test_dates(a: Arrangement, position, reserves: list[tuple[dt.date, float]]) -> list[TestDateResult]:
    """NIR = gross reserves - short-term reserve liabilities - the member's IMF credit outstanding (every
    arrangement's, in US$ at ``a``'s rate), projected from the last observation on or before each test date
    (``reserves``: gross reserves less the short-term reserve liabilities, as Workspace.reserves_known_on gives them)
    by the member's flows with the Fund (``position``, an engine.fund.FundPosition): purchases add to reserves,
    repurchases, charges and fees take from them; the liabilities are held at their last figure. The floor is
    adjusted by the test date's budget-support adjustor (TestDate.adjusted_floor_usd)."""
    usd = a.usd_per_sdr
    results = []
    for t in a.test_dates:
        known = [(d_, v) for d_, v in reserves if d_ <= t.date]
        if not known:
            results.append(TestDateResult(t.date, t.nir_floor_usd, t.adjusted_floor_usd, None, None))
            continue
        seen, gross = known[-1]
        gross += (position.purchases_between(seen, t.date) - position.payments_between(seen, t.date)) * usd
        results.append(TestDateResult(t.date, t.nir_floor_usd, t.adjusted_floor_usd,
                                      gross - position.credit_on(t.date) * usd, seen))
    return results
