"""The member's whole position in the Fund: every arrangement's credit together, and the charges on the total.

Conventions (resources/methodology.md, "The member's position in the Fund"):
- Credit lines: one per arrangement (each purchase repaid by its facility's rule, see REPAYMENT_RULES), plus one
  "existing obligations" line per facility from an imported IMF projection: on each day from the projection's
  as-of date, the repurchases it lists after that day less those of the workspace's own purchases made by then
  (what the workspace does not describe purchase by purchase). Before the as-of date that credit is unknown.
- Windows: GRA (EFF, SBA, RFI, custom), RST (RSF), PRGT (ECF). Only GRA credit bears GRA charges and counts
  toward the surcharge threshold.
- The charges policy is the one in force on each day (POLICY_FROM): before 2016-02-17, level surcharge above 300%
  of quota; then above 187.5%, margin 100 bp; from 2024-11-01, margin 60 bp and above 300%. An arrangement may pin a policy
  for its own margin, service charge and commitment fee; surcharges are always the member's, by date.
- Surcharges are the member's (IMF Decision No. 12346-(00/117), as amended): the level surcharge on its total GRA
  credit above the day's threshold (the quota on that day); the time-based one, in addition, on that excess once
  the member's GRA credit has stood above the threshold without a break for longer than the limit (51 months for
  credit from EFF purchases, 36 months for the credit tranches, RFI included). Each GRA line bears them in
  proportion to its share of the member's GRA credit that day, the time-based one by its own facility's limit.
  A spell that began before the first day the workspace knows is measured from that day.
- RST interest: SDR rate + the group's margin (RST_MARGIN), no service charge, commitment fee or surcharge.
  PRGT (ECF) credit carries no interest (0% since 2009 under the PRGT interest-rate mechanism; IMF Policy Paper
  No. 2019/023).
- Daily balances, actual/365, billed for the IMF quarters, due four business days after (engine.imf).
- US$: every payment at one rate, that of the most recently approved arrangement (FundPosition.usd_rate_source),
  so that the lines add up to the member's figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .. import domain as d
from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..io.fields import date_out_of_bounds
from .imf import (
    POLICIES,
    ChargesPolicy,
    Schedule,
    ScheduleRow,
    add_months,
    billing_date,
    charges_due_date,
    commitment_fee,
)
from .valuation import day_number as _day
from .valuation import from_day_number as _date

NO_QUOTA = QT_TRANSLATE_NOOP("fund", "the member's IMF quota is not in the workspace: enter it in Member terms (IMF "
                             "Program tab)")
NO_SDR_RATE = QT_TRANSLATE_NOOP("fund", "no SDR interest rate in the workspace: import the IMF's SDR rates (File > "
                                "Import) or enter the path in Member terms (IMF Program tab)")
UNSCHEDULABLE = {
    "approval date": QT_TRANSLATE_NOOP("fund", "arrangement {name}: the approval date {day} cannot be scheduled "
                                       "({why}); correct it in the IMF Program tab"),
    "purchase dated": QT_TRANSLATE_NOOP("fund", "arrangement {name}: the purchase dated {day} cannot be scheduled "
                                        "({why}); correct it in the IMF Program tab")}


class FundRefusal(InvalidInput):
    """Why the Fund's position cannot be computed, in the interface's language, with the English kept (``english``)
    for a stress run's stored notes, which must read the same whatever the language of the window that ran it."""

    def __init__(self, text: str, **fields):
        self.english = text.format(**fields)
        super().__init__(translate("fund", text).format(**fields))


# installments, months between them, months from the purchase to the first (IMF repayment terms by facility)
REPAYMENT_RULES = {"EFF": (12, 6, 54), "SBA": (8, 3, 39), "RFI": (8, 3, 39), "RSF": (20, 6, 126), "ECF": (10, 6, 66)}
POLICY_FROM = ((dt.date(2016, 2, 17), "pre-2024-11"), (dt.date(2024, 11, 1), "2024-11"))  # each from its date
EARLIEST_POLICY = "pre-2016-02"
RST_MARGIN = {"A": 0.0055, "B": 0.0075, "C": 0.0095}  # over the SDR rate, by RST country group
DEFAULT_RST_GROUP = "C"
NO_COMMITMENT_FEE = ("RFI", "RSF", "ECF")  # outright purchases, and trusts that charge none
NO_SERVICE_CHARGE = ("RSF", "ECF")
SAME_AS_DESCRIBED_SDR = 1e6  # an existing-obligations line smaller than this everywhere is the workspace's own
MATCH_DAYS = 92  # an IMF repurchase within a quarter of one of the workspace's own of that facility may be it
IMF_ROUNDING_SDR = 0.5  # the IMF's projected payments are in whole SDR


def repurchase_rule(a: d.Arrangement) -> tuple[int, int, int]:
    if a.facility == "custom":
        r = a.repayment
        return r.installments, r.months_between, r.first_after_months
    return REPAYMENT_RULES[a.facility]


def policy_name_on(day: dt.date) -> str:
    name = EARLIEST_POLICY
    for since, later in POLICY_FROM:
        if day >= since:
            name = later
    return name


@dataclass(frozen=True)
class CreditLine:
    name: str
    facility: str
    window: str  # GRA, RST or PRGT
    credit_sdr: np.ndarray  # end of each day of the position
    arrangement: d.Arrangement | None = None  # None: existing obligations from the IMF's projection


@dataclass(frozen=True)
class _Tranche:
    line: int
    day: int  # purchase day number
    amount: float
    due: tuple[tuple[int, float], ...]  # (repurchase day, amount)
    facility: str


@dataclass
class FundPosition:
    """Every credit line of the member by day, with the schedules of payments they imply."""

    days: np.ndarray
    lines: list[CreditLine]
    quota_sdr: np.ndarray  # by day
    threshold_sdr: np.ndarray  # the level-surcharge threshold by day
    usd_per_sdr: float
    usd_rate_source: str
    include_planned: bool
    charges_missing: str | None = None  # why charges cannot be computed (no SDR rate); credit still can
    projection_as_of: dt.date | None = None
    _schedules: dict[str, Schedule] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """No credit at all: nothing drawn (or nothing this position counts) and no existing obligations."""
        return not len(self.days)

    def _window(self, window: str | None = None) -> np.ndarray:
        rows = [line.credit_sdr for line in self.lines if window is None or line.window == window]
        return np.sum(rows, axis=0) if rows else np.zeros(len(self.days))

    @property
    def gra_credit_sdr(self) -> np.ndarray:
        return self._window("GRA")

    @property
    def rst_credit_sdr(self) -> np.ndarray:
        return self._window("RST")

    @property
    def prgt_credit_sdr(self) -> np.ndarray:
        return self._window("PRGT")

    @property
    def total_credit_sdr(self) -> np.ndarray:
        return self._window()

    def index(self, day: dt.date) -> int | None:
        """The day's place in ``days``; None before the first purchase or after the last repurchase."""
        if not len(self.days):
            return None
        i = _day(day) - int(self.days[0])
        return i if 0 <= i < len(self.days) else None

    def quota_on(self, day: dt.date) -> float:
        """The quota on ``day`` (the first or last of the position outside it)."""
        i = self.index(day)
        return float(self.quota_sdr[i if i is not None else (0 if _day(day) < int(self.days[0]) else -1)])

    def on(self, day: dt.date) -> dict:
        """Credit outstanding at the end of ``day``, by window and by line, as the `imf position` JSON."""
        i = self.index(day)
        quota = self.quota_on(day) if len(self.days) else None

        def at(values: np.ndarray) -> float:
            return float(values[i]) if i is not None else 0.0

        gra = at(self.gra_credit_sdr)
        return {"date": day.isoformat(), "quota_sdr": quota, "gra_credit_sdr": gra, "rst_credit_sdr": at(self.rst_credit_sdr),
                "prgt_credit_sdr": at(self.prgt_credit_sdr), "total_credit_sdr": at(self.total_credit_sdr),
                "gra_pct_of_quota": gra / quota * 100 if quota else None, "peak": self.peak(day),
                "by_arrangement": [{"name": line.name, "facility": line.facility, "window": line.window,
                                    "credit_sdr": at(line.credit_sdr)} for line in self.lines]}

    def peak(self, since: dt.date | None = None) -> dict | None:
        """The highest GRA credit on or after ``since`` (the whole path without it), as staff reports project it."""
        if not len(self.days):
            return None
        start = 0 if since is None else max(0, _day(since) - int(self.days[0]))
        if start >= len(self.days):
            return None
        gra = self.gra_credit_sdr[start:]
        i = start + int(np.argmax(gra))
        value = float(self.gra_credit_sdr[i])
        return {"date": _date(int(self.days[i])).isoformat(), "gra_credit_sdr": value,
                "gra_pct_of_quota": value / float(self.quota_sdr[i]) * 100}

    def by_month(self) -> list[dict]:
        """Credit at each month end of the position."""
        if not len(self.days):
            return []
        first, last = _date(int(self.days[0])), _date(int(self.days[-1]))
        result, month = [], dt.date(first.year, first.month, 1)
        gra, rst, total = self.gra_credit_sdr, self.rst_credit_sdr, self.total_credit_sdr
        while month <= last:
            end = min(add_months(month, 1) - dt.timedelta(days=1), last)
            i = _day(end) - int(self.days[0])
            result.append({"date": end.isoformat(), "gra_credit_sdr": float(gra[i]), "rst_credit_sdr": float(rst[i]),
                           "total_credit_sdr": float(total[i])})
            month = add_months(month, 1)
        return result

    def schedule(self, name: str) -> Schedule:
        """The payments of one credit line (an arrangement's name, or an existing-obligations line)."""
        if self.charges_missing:
            raise FundRefusal(self.charges_missing)
        return self._schedules[name]

    @property
    def schedules(self) -> dict[str, Schedule]:
        if self.charges_missing:
            raise FundRefusal(self.charges_missing)
        return self._schedules

    def rows(self) -> list[tuple[CreditLine, ScheduleRow]]:
        """Every payment of every line, by date."""
        found = [(line, r) for line in self.lines for r in self.schedule(line.name).rows]
        return sorted(found, key=lambda x: x[1].date)

    def obligations_by_year(self) -> list[dict]:
        """Principal and charges (charges, surcharges, RST interest, fees) due each year, SDR and US$."""
        years: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for line, r in self.rows():
            y = years[r.date.year]
            y["principal_sdr"] += r.principal_sdr
            y["charges_sdr"] += r.total_sdr - r.principal_sdr
            y[f"{line.window.lower()}_sdr"] += r.total_sdr
        result = []
        for year, t in sorted(years.items()):
            total = t["principal_sdr"] + t["charges_sdr"]
            result.append({"year": year, "principal_sdr": t["principal_sdr"], "charges_sdr": t["charges_sdr"],
                           "gra_sdr": t["gra_sdr"], "rst_sdr": t["rst_sdr"], "prgt_sdr": t["prgt_sdr"],
                           "total_sdr": total, "total_usd": total * self.usd_per_sdr})
        return result

    def purchases_between(self, after: dt.date, until: dt.date) -> float:
        """SDR drawn by every line in (after, until]."""
        return sum(p.amount_sdr for line in self.lines if line.arrangement for p in line.arrangement.purchases
                   if after < p.date <= until and (self.include_planned or p.status == "disbursed"))

    def payments_between(self, after: dt.date, until: dt.date) -> float:
        """SDR paid to the Fund by every line in (after, until]."""
        return sum(r.total_sdr for _, r in self.rows() if after < r.date <= until)

    def credit_on(self, day: dt.date) -> float:
        i = self.index(day)
        return float(self.total_credit_sdr[i]) if i is not None else 0.0


def rates_by_day(member: d.Member, days: np.ndarray) -> np.ndarray:
    """The SDR interest rate of each day: the path's step in force (before the first step, the first), and past
    the last observation's week the member's stated assumption (held flat when there is none)."""
    starts = np.array([_day(r.from_date) for r in member.sdr_rates])
    rates = np.array([r.sdr_rate for r in member.sdr_rates])
    result = rates[np.clip(np.searchsorted(starts, days, side="right") - 1, 0, None)]
    if member.sdr_rate_after is not None:
        result = np.where(days >= starts[-1] + 7, member.sdr_rate_after, result)
    return result


def _quota_by_day(member: d.Member, days: np.ndarray) -> np.ndarray:
    starts = np.array([_day(q.effective_date) for q in member.quotas])
    quotas = np.array([q.quota_sdr for q in member.quotas])
    return quotas[np.clip(np.searchsorted(starts, days, side="right") - 1, 0, None)]


def _tranches(arrangements: list[d.Arrangement], include_planned: bool) -> list[_Tranche]:
    result = []
    for line, a in enumerate(arrangements):
        n, months_between, first_after = repurchase_rule(a)
        for p in sorted(a.purchases, key=lambda p: p.date):
            if not (include_planned or p.status == "disbursed"):
                continue
            due = tuple((_day(add_months(p.date, first_after + i * months_between)), p.amount_sdr / n) for i in range(n))
            result.append(_Tranche(line, _day(p.date), p.amount_sdr, due, a.facility))
    return result


def _projected_principal(member: d.Member) -> dict[tuple[str, str], list[tuple[int, float]]]:
    """The IMF projection's repurchases after its as-of date, by (facility, window): [(day, SDR)]. The facility is
    the IMF's own name for it (EFF, RFI, FCL, RCF…), the window from the description (GRA, RST, PRGT)."""
    found: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for p in member.projection:
        if p.item == "principal" and p.date > member.projection_as_of and p.amount_sdr > 0:
            found[(p.facility or p.window, p.window)].append((_day(p.date), p.amount_sdr))
    return found


def _undescribed(imf: list[tuple[int, float]], own: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The IMF's repurchases less the workspace's own of the same facility: each of its own installments takes its
    amount from the IMF's lines nearest in date within MATCH_DAYS (the IMF dates a repurchase from the day the
    purchase was made, a workspace may hold the Board's date; one IMF line may hold several purchases'
    installments). What is left is credit the workspace does not describe."""
    left = [[day, amount] for day, amount in sorted(imf)]
    for day, part in sorted(own):
        near = sorted((e for e in left if abs(e[0] - day) <= MATCH_DAYS and e[1] > 0), key=lambda e: abs(e[0] - day))
        for entry in near:
            take = min(part, entry[1])
            entry[1] -= take
            part -= take
            if part <= 0:
                break
    return [(day, amount) for day, amount in left if amount > IMF_ROUNDING_SDR]


def position(arrangements: list[d.Arrangement], member: d.Member, include_planned: bool = True) -> FundPosition:
    """The member's credit from the Fund by day and every payment it implies (see the module's conventions)."""
    for a in arrangements:  # a stored date out of bounds (an older version's import) fails this, not the workspace
        for what, day in [("approval date", a.approval_date)] + [("purchase dated", p.date) for p in a.purchases]:
            if why := date_out_of_bounds(day):
                raise FundRefusal(UNSCHEDULABLE[what], name=repr(a.name), day=day, why=why)
    arrangements = sorted(arrangements, key=lambda a: (a.approval_date, a.name))
    tranches = _tranches(arrangements, include_planned)
    projected = _projected_principal(member) if member.projection_as_of else {}
    usd, usd_source = _usd_rate(arrangements)
    bounds = [t.day for t in tranches] + [day for t in tranches for day, _ in t.due]
    if projected:
        bounds += [_day(member.projection_as_of)] + [day for rows in projected.values() for day, _ in rows]
    if not bounds:  # nothing drawn (or nothing this position counts): every line empty, every schedule too
        none = np.zeros(0)
        lines = [CreditLine(a.name, a.facility, a.window, none, a) for a in arrangements]
        return FundPosition(np.zeros(0, dtype=np.int64), lines, none, none, usd, usd_source, include_planned,
                            _schedules={a.name: Schedule(a.name, a, (), np.zeros(0, dtype=np.int64), none, none,
                                                         include_planned, usd) for a in arrangements})
    if not member.quotas:
        raise FundRefusal(NO_QUOTA)
    first, last = min(bounds), max(bounds)
    days = np.arange(first, last + 1, dtype=np.int64)
    n_days = len(days)

    outstanding = np.zeros((len(tranches), n_days))
    for k, t in enumerate(tranches):
        outstanding[k, t.day - first:] += t.amount
        for day, part in t.due:
            outstanding[k, day - first:] -= part
    outstanding = np.clip(outstanding, 0.0, None)

    lines = [CreditLine(a.name, a.facility, a.window, outstanding[[k for k, t in enumerate(tranches) if t.line == i]].sum(axis=0), a)
             for i, a in enumerate(arrangements)]
    existing = _existing_lines(member, projected, tranches, days)
    all_lines = existing + lines

    quota = _quota_by_day(member, days)
    changes = np.array([_day(since) for since, _ in POLICY_FROM])
    names = (EARLIEST_POLICY, *(name for _, name in POLICY_FROM))
    policy_names = [names[k] for k in np.searchsorted(changes, days, side="right")]
    threshold = np.array([POLICIES[name].surcharge_threshold for name in policy_names]) * quota
    result = FundPosition(days, all_lines, quota, threshold, usd, usd_source, include_planned,
                          projection_as_of=member.projection_as_of if projected else None)
    if not member.sdr_rates:
        result.charges_missing = NO_SDR_RATE  # English (a stored run's note says it); shown translated
        return result
    sdr = rates_by_day(member, days)
    result._schedules = _schedules(result, arrangements, tranches, outstanding, existing, policy_names, sdr, member)
    return result


def _usd_rate(arrangements: list[d.Arrangement]) -> tuple[float, str]:
    if not arrangements:
        return 1.0, "no arrangement: amounts in SDR"
    latest = arrangements[-1]
    return latest.usd_per_sdr, f"US${latest.usd_per_sdr:g} per SDR, the rate of {latest.name}"


def _existing_lines(member: d.Member, projected, tranches: list[_Tranche], days: np.ndarray) -> list[CreditLine]:
    """Credit the IMF projects that the workspace's own purchases made by the as-of date do not account for (those
    this position counts: disbursed, and planned ones too when it includes them), from the as-of date on."""
    if not projected:
        return []
    first, as_of = int(days[0]), _day(member.projection_as_of)
    result = []
    for (facility, window), rows in sorted(projected.items()):
        own = [(day, part) for t in tranches if t.facility == facility and t.day <= as_of
               for day, part in t.due if day > as_of]
        credit = np.zeros(len(days))
        for day, amount in _undescribed(rows, own):  # credit at the end of a day = repurchases due after it
            credit[max(as_of - first, 0): day - first] += amount
        if credit.max() >= SAME_AS_DESCRIBED_SDR:
            result.append(CreditLine(f"Existing obligations ({facility})", facility, window, credit))
    return result


def _schedules(pos: FundPosition, arrangements, tranches: list[_Tranche], outstanding: np.ndarray,
               existing: list[CreditLine], policy_names: list[str], sdr: np.ndarray, member: d.Member) -> dict[str, Schedule]:
    days = pos.days
    first = int(days[0])
    n_existing = len(existing)
    policies = {name: POLICIES[name] for name in set(policy_names)}
    by_day = [policies[name] for name in policy_names]
    margin_by_day = np.array([p.margin for p in by_day])
    rst_margin = RST_MARGIN[member.rst_group or DEFAULT_RST_GROUP]

    daily_surcharges = _surcharges(pos, by_day)
    daily_charges = np.zeros((len(pos.lines), len(days)))  # by line (existing lines first)
    for i, line in enumerate(existing):
        rate = {"GRA": sdr + margin_by_day, "RST": sdr + rst_margin, "PRGT": 0.0 * sdr}[line.window]
        daily_charges[i] = line.credit_sdr * rate / 365.0
    for k, t in enumerate(tranches):
        a = arrangements[t.line]
        if a.window == "GRA":
            rate = sdr + (POLICIES[a.charges_policy].margin if a.charges_policy else margin_by_day)
        else:
            rate = sdr + rst_margin if a.window == "RST" else 0.0 * sdr
        daily_charges[n_existing + t.line] += outstanding[k] * rate / 365.0

    # each day's IMF quarter: the quarter ends of the position's span, and the first on or after each day
    quarter_ends = [billing_date(_date(int(days[0])))]
    while _day(quarter_ends[-1]) < days[-1]:
        quarter_ends.append(billing_date(quarter_ends[-1] + dt.timedelta(days=1)))
    quarter_of_day = np.searchsorted(np.array([_day(q) for q in quarter_ends]), days)
    schedules = {}
    for i, line in enumerate(pos.lines):
        entries: dict[dt.date, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        quarter_of: dict[dt.date, dt.date] = {}
        charges = np.bincount(quarter_of_day, weights=daily_charges[i], minlength=len(quarter_ends))
        surcharges = np.bincount(quarter_of_day, weights=daily_surcharges[i], minlength=len(quarter_ends))
        for q, end in enumerate(quarter_ends):
            if charges[q] or surcharges[q]:
                due = charges_due_date(end)
                quarter_of[due] = end
                entries[due]["charges_sdr"] += float(charges[q])
                entries[due]["surcharges_sdr"] += float(surcharges[q])
        if line.arrangement is None:  # existing obligations: each fall in credit is a repurchase
            falls = np.clip(-np.diff(line.credit_sdr), 0.0, None)
            for j in np.nonzero(falls > 1e-6)[0]:
                entries[_date(int(days[j + 1]))]["principal_sdr"] += float(falls[j])
        else:
            a = line.arrangement
            pinned = POLICIES[a.charges_policy] if a.charges_policy else None
            own = [t for t in tranches if t.line == i - n_existing]
            for t in own:
                if a.facility not in NO_SERVICE_CHARGE:
                    rate = (pinned or POLICIES[policy_name_on(_date(t.day))]).service_charge
                    entries[_date(t.day)]["service_charge_sdr"] += t.amount * rate
                for day, part in t.due:
                    entries[_date(day)]["principal_sdr"] += part
            if a.facility not in NO_COMMITMENT_FEE:
                _commitment_fees(a, [p for p in a.purchases if pos.include_planned or p.status == "disbursed"],
                                 pinned, member, entries)
        rows = []
        for date in sorted(entries):
            j = min(max(_day(date) - first, 0), len(days) - 1)
            e = entries[date]
            balance = float(line.credit_sdr[j]) if _day(date) >= first else 0.0
            rows.append(ScheduleRow(date=date, principal_sdr=e["principal_sdr"], charges_sdr=e["charges_sdr"],
                                    surcharges_sdr=e["surcharges_sdr"], service_charge_sdr=e["service_charge_sdr"],
                                    commitment_fee_sdr=e["commitment_fee_sdr"], credit_outstanding_sdr=balance,
                                    credit_share_of_quota=balance / float(pos.quota_sdr[j]),
                                    charges_quarter_end=quarter_of.get(date)))
        # one US$ rate for every payment to the Fund, so that a line's figures add up to the member's
        schedules[line.name] = Schedule(line.name, line.arrangement, tuple(rows), days, line.credit_sdr, pos.quota_sdr,
                                        pos.include_planned, pos.usd_per_sdr)
    return schedules


def _surcharges(pos: FundPosition, by_day: list[ChargesPolicy]) -> np.ndarray:
    """Each line's daily surcharges. The level surcharge is due on the member's GRA credit above the day's
    threshold; the time-based one on that excess once the member's credit has stood above the threshold without
    a break for longer than the limit (51 months for credit from EFF purchases, 36 for the credit tranches: IMF
    Decision No. 12346-(00/117), as amended). The member pays both; each GRA line bears them in proportion to its
    share of the member's GRA credit that day, and the time-based one by its own facility's limit."""
    days = pos.days
    gra = [i for i, line in enumerate(pos.lines) if line.window == "GRA"]
    result = np.zeros((len(pos.lines), len(days)))
    total = pos.gra_credit_sdr
    excess = np.clip(total - pos.threshold_sdr, 0.0, None)
    above = excess > 1e-6
    if not gra or not above.any():
        return result
    level = np.array([p.level_surcharge for p in by_day])
    time_rate = np.array([p.time_surcharge for p in by_day])
    # the first day of each unbroken spell above the threshold, and from when each limit has been passed
    aged = {limit: np.zeros(len(days), dtype=bool) for limit in (by_day[0].time_limit_months_eff,
                                                                 by_day[0].time_limit_months_sba)}  # same in both policies
    starts = np.nonzero(above & ~np.r_[False, above[:-1]])[0]
    ends = np.nonzero(above & ~np.r_[above[1:], False])[0]
    for start, end in zip(starts, ends, strict=True):
        for limit, flags in aged.items():
            from_index = _day(add_months(_date(int(days[start])), limit)) - int(days[0])
            flags[max(from_index, start):end + 1] = True
    share = np.divide(excess, total, out=np.zeros(len(days)), where=total > 0)
    for i in gra:
        line = pos.lines[i]
        limit = by_day[0].time_limit_months_eff if line.facility == "EFF" else by_day[0].time_limit_months_sba
        result[i] = line.credit_sdr * share * (level + time_rate * aged[limit]) / 365.0
    return result


def _commitment_fees(a: d.Arrangement, drawn, pinned: ChargesPolicy | None, member: d.Member, entries) -> None:
    """Charged at the start of each 12-month period on what the phasing makes available in it (planned and
    disbursed purchases dated in it), tiered on the period's and the cumulative amounts with the policy in force
    at the period's start; refunded in proportion to what is drawn."""
    periods = -(-a.months // 12)
    before = 0.0
    for k in range(periods):
        start, end = add_months(a.approval_date, 12 * k), add_months(a.approval_date, 12 * (k + 1))
        available = sum(p.amount_sdr for p in a.purchases if start <= p.date < end)
        if available <= 0:
            continue
        policy = pinned or POLICIES[policy_name_on(start)]
        fee = commitment_fee(available, before, member.quota_on(start), policy)
        before += available
        entries[start]["commitment_fee_sdr"] += fee
        for p in drawn:
            if start <= p.date < end:
                entries[p.date]["commitment_fee_sdr"] -= fee * p.amount_sdr / available


def alone(a: d.Arrangement) -> d.Member:
    """A member holding only ``a``, with the quota and SDR rates of its own terms (a program file read on its own)."""
    if a.quota_sdr is None:
        raise FundRefusal(QT_TRANSLATE_NOOP("fund", "{name}: no quota in its terms"), name=a.name)
    return d.Member(quotas=(d.QuotaStep(a.approval_date, a.quota_sdr),), sdr_rates=a.sdr_rates)
