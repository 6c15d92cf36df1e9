"""Review of issue 18: the member's charges recomputed day by day from the IMF's rules as resources/methodology.md
states them (independently of engine.fund), for three GRA arrangements and an RSF straddling 2024-11-01."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict

import pytest

from desktop.core import domain as d
from desktop.core.engine import fund

D = dt.date
QUOTA = 100e6
RATES = (d.RateStep(D(2019, 1, 1), 0.01), d.RateStep(D(2023, 1, 2), 0.04))
# installments, months between, months to the first (IMF facility factsheets)
RULE = {"EFF": (12, 6, 54), "SBA": (8, 3, 39), "RFI": (8, 3, 39), "RSF": (20, 6, 126)}


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return D(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def quarter_end(day: dt.date) -> dt.date:  # IMF quarters end 31 Jan, 30 Apr, 31 Jul, 31 Oct
    month = day.month
    while month not in (1, 4, 7, 10):
        month = month % 12 + 1
    year = day.year + (month < day.month)
    return D(year, month, calendar.monthrange(year, month)[1])


def purchase(day, amount, status="disbursed"):
    return d.Purchase(date=day, amount_sdr=amount, status=status)


ARRANGEMENTS = [
    d.Arrangement("A-SBA", "SBA", D(2020, 1, 15), 12, 200e6, QUOTA, 1.3,
                  purchases=(purchase(D(2020, 1, 20), 150e6), purchase(D(2020, 7, 31), 50e6))),
    d.Arrangement("B-EFF", "EFF", D(2021, 3, 1), 39, 260e6, QUOTA, 1.3,
                  purchases=(purchase(D(2021, 3, 5), 100e6), purchase(D(2022, 3, 5), 100e6), purchase(D(2024, 6, 10), 60e6))),
    d.Arrangement("C-RFI", "RFI", D(2023, 5, 31), 1, 80e6, QUOTA, 1.3, purchases=(purchase(D(2023, 5, 31), 80e6),)),
    d.Arrangement("D-RSF", "RSF", D(2024, 1, 10), 30, 100e6, QUOTA, 1.3, purchases=(purchase(D(2024, 1, 10), 100e6),)),
]
MEMBER = d.Member(quotas=(d.QuotaStep(D(2016, 1, 1), QUOTA),), sdr_rates=RATES, rst_group="B")


def by_hand() -> tuple[dict, dict]:
    """Charges and surcharges by (arrangement, IMF quarter end), one day at a time."""
    facility = {a.name: a.facility for a in ARRANGEMENTS}
    tranches = []
    for a in ARRANGEMENTS:
        n, between, first = RULE[a.facility]
        for p in a.purchases:
            tranches.append((a.name, p.date, p.amount_sdr,
                             [(add_months(p.date, first + i * between), p.amount_sdr / n) for i in range(n)]))
    start, end = min(t[1] for t in tranches), max(day for t in tranches for day, _ in t[3])
    charges, surcharges = defaultdict(float), defaultdict(float)
    spell_start, day = None, start
    while day <= end:
        credit = defaultdict(float)
        for name, drawn, amount, due in tranches:
            if drawn <= day:
                credit[name] += amount - sum(part for when, part in due if when <= day)
        gra = sum(v for k, v in credit.items() if facility[k] != "RSF")
        new = day >= D(2024, 11, 1)
        threshold = (3.0 if new else 1.875) * QUOTA
        margin, time_rate = (0.006, 0.0075) if new else (0.01, 0.01)
        sdr = RATES[1].sdr_rate if day >= RATES[1].from_date else RATES[0].sdr_rate
        excess = max(0.0, gra - threshold)
        spell_start = (spell_start or day) if excess > 0 else None
        q = quarter_end(day)
        for name, c in credit.items():
            if facility[name] == "RSF":  # group B: SDR rate + 75 bp, no surcharge
                charges[(name, q)] += c * (sdr + 0.0075) / 365
                continue
            charges[(name, q)] += c * (sdr + margin) / 365
            if excess > 0:
                aged = day >= add_months(spell_start, 51 if facility[name] == "EFF" else 36)
                surcharges[(name, q)] += c / gra * excess * (0.02 + time_rate * aged) / 365
        day += dt.timedelta(days=1)
    return charges, surcharges


def test_member_charges_match_a_day_by_day_computation_quarter_by_quarter():
    charges, surcharges = by_hand()
    position = fund.position(ARRANGEMENTS, MEMBER)
    for a in ARRANGEMENTS:
        engine_c, engine_s = defaultdict(float), defaultdict(float)
        for r in position.schedule(a.name).rows:
            if r.charges_quarter_end:
                engine_c[r.charges_quarter_end] += r.charges_sdr
                engine_s[r.charges_quarter_end] += r.surcharges_sdr
        quarters = {q for name, q in charges if name == a.name} | set(engine_c)
        for q in quarters:
            assert engine_c[q] == pytest.approx(charges.get((a.name, q), 0.0), abs=1.0), (a.name, q)
            assert engine_s[q] == pytest.approx(surcharges.get((a.name, q), 0.0), abs=1.0), (a.name, q)
    # the case covers both regimes and the time-based surcharge of each limit
    assert surcharges[("A-SBA", D(2023, 7, 31))] > 0 and surcharges[("B-EFF", D(2025, 1, 31))] > 0
    assert not any(v for (name, _), v in surcharges.items() if name == "D-RSF")


def test_a_pinned_policy_keeps_its_margin_and_the_surcharges_follow_the_date():
    a = d.Arrangement("Pin", "SBA", D(2024, 8, 1), 24, 300e6, QUOTA, 1.3, charges_policy="pre-2024-11",
                      purchases=(purchase(D(2024, 8, 1), 150e6),))
    member = d.Member(quotas=(d.QuotaStep(D(2016, 2, 17), QUOTA),), sdr_rates=(d.RateStep(D(2019, 1, 1), 0.03),))
    rows = {r.charges_quarter_end: r for r in fund.position([a], member).schedule("Pin").rows if r.charges_quarter_end}
    # Aug-Oct 2024: 150 m at 3% + 100 bp for 92 days, level surcharge 200 bp on 150 - 187.5 < 0: none
    assert rows[D(2024, 10, 31)].charges_sdr == pytest.approx(150e6 * 0.04 * 92 / 365, abs=1)
    # Nov 2024-Jan 2025: the pinned margin of 100 bp (not 60), no surcharge below 300%
    assert rows[D(2025, 1, 31)].charges_sdr == pytest.approx(150e6 * 0.04 * 92 / 365, abs=1)
    assert rows[D(2025, 1, 31)].surcharges_sdr == 0


def test_a_purchase_on_2024_10_31_and_on_2024_11_01():
    member = d.Member(quotas=(d.QuotaStep(D(2016, 2, 17), QUOTA),), sdr_rates=(d.RateStep(D(2019, 1, 1), 0.03),))
    before = d.Arrangement("B", "SBA", D(2024, 10, 1), 12, 400e6, QUOTA, 1.3, purchases=(purchase(D(2024, 10, 31), 250e6),))
    row = next(r for r in fund.position([before], member).schedule("B").rows if r.charges_quarter_end == D(2024, 10, 31))
    assert row.charges_sdr == pytest.approx(250e6 * 0.04 / 365, abs=1)  # one day at the old margin
    assert row.surcharges_sdr == pytest.approx((250e6 - 187.5e6) * 0.02 / 365, abs=1)  # above 187.5% that day
    on = d.Arrangement("B", "SBA", D(2024, 10, 1), 12, 400e6, QUOTA, 1.3, purchases=(purchase(D(2024, 11, 1), 250e6),))
    rows = fund.position([on], member).schedule("B").rows
    row = next(r for r in rows if r.charges_quarter_end == D(2025, 1, 31))
    assert row.charges_sdr == pytest.approx(250e6 * 0.036 * 92 / 365, abs=1) and row.surcharges_sdr == 0
    assert next(r for r in rows if r.date == D(2024, 11, 1)).service_charge_sdr == pytest.approx(250e6 * 0.005)
