"""IMF schedules against independent day-by-day computations written here in plain Python."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from desktop.core import domain as d
from desktop.core.engine import fund
from desktop.core.engine.imf import billing_date, schedule

D = dt.date


def months_later(day: dt.date, months: int) -> dt.date:
    """Independent month arithmetic: same day of month, clamped."""
    y, m = day.year + (day.month - 1 + months) // 12, (day.month - 1 + months) % 12 + 1
    for dd in range(day.day, 27, -1):
        try:
            return D(y, m, dd)
        except ValueError:
            continue
    return D(y, m, day.day)


def quarter_end(day: dt.date) -> dt.date:
    for month, last in ((1, 31), (4, 30), (7, 31), (10, 31)):
        end = D(day.year, month, last)
        if day <= end:
            return end
    return D(day.year + 1, 1, 31)


def due_after(quarter_end: dt.date) -> dt.date:
    """Independent: the fourth weekday after the quarter's last day (IMF Rule I-2; settled dates)."""
    weekdays = [quarter_end + dt.timedelta(days=i) for i in range(1, 9) if (quarter_end + dt.timedelta(days=i)).weekday() < 5]
    return weekdays[3]


def arrangement(purchases, facility="EFF", quota=1_000e6, policy=None, rate=0.03, months=36, approval=None, access=None):
    purchases = tuple(d.Purchase(day, amount, status) for day, amount, status in purchases)
    approval = approval or purchases[0].date
    return d.Arrangement(name="Test", facility=facility, approval_date=approval, months=months,
                         access_sdr=access or sum(p.amount_sdr for p in purchases), quota_sdr=quota, usd_per_sdr=1.3281,
                         charges_policy=policy, purchases=purchases, sdr_rates=(d.RateStep(D(2000, 1, 1), rate),))


def expected_daily(a, margin, threshold, level, time_rate, limit_months, n=12, gap=6, first=54):
    """Day by day: balance, the credit above the threshold, and all of it once the credit has stood above the
    threshold without a break for ``limit_months``; charges billed by quarter, keyed by the day they fall due.
    ``margin``, ``threshold`` and ``time_rate`` may be functions of the day (the policy in force on it)."""
    tranches = [(p.date, p.amount_sdr) for p in sorted(a.purchases, key=lambda p: p.date)]
    repay = [[(months_later(day, first + i * gap), amt / n) for i in range(n)] for day, amt in tranches]
    start, end = tranches[0][0], max(r[-1][0] for r in repay)
    charges, surcharges = defaultdict(float), defaultdict(float)
    day, spell = start, None
    while day <= end:
        left = []
        for (p_day, amt), due in zip(tranches, repay, strict=True):
            o = amt if p_day <= day else 0.0
            o -= sum(part for when, part in due if when <= day)
            left.append((p_day, max(o, 0.0)))
        on = {k: (v(day) if callable(v) else v) for k, v in (("margin", margin), ("threshold", threshold), ("time", time_rate))}
        balance = sum(o for _, o in left)
        above = max(balance - on["threshold"] * a.quota_sdr, 0.0)
        if above > 0 and spell is None:  # the member's credit has stood above the threshold since this day
            spell = day
        elif above == 0:
            spell = None
        above_old = above if spell is not None and day >= months_later(spell, limit_months) else 0.0
        charges[due_after(quarter_end(day))] += balance * (0.03 + on["margin"]) / 365
        surcharges[due_after(quarter_end(day))] += (above * level + above_old * on["time"]) / 365
        day += dt.timedelta(days=1)
    return charges, surcharges, repay


def rows_by_date(s):
    return {r.date: r for r in s.rows}


def test_one_purchase_under_the_threshold():
    a = arrangement([(D(2025, 3, 3), 100e6, "disbursed")])
    s = schedule(a)
    rows = rows_by_date(s)
    charges, surcharges, repay = expected_daily(a, 0.006, 3.0, 0.02, 0.0075, 51)
    assert [(day, pytest.approx(amount)) for day, amount in repay[0]] == \
        [(r.date, r.principal_sdr) for r in s.rows if r.principal_sdr]
    assert repay[0][0][0] == D(2029, 9, 3) and repay[0][-1][0] == D(2035, 3, 3)  # 4.5 to 10 years
    for when, amount in charges.items():
        assert rows[when].charges_sdr == pytest.approx(amount, rel=1e-9), when
    assert all(r.surcharges_sdr == 0 for r in s.rows)
    assert rows[D(2025, 3, 3)].service_charge_sdr == pytest.approx(0.5e6)
    assert sum(r.commitment_fee_sdr for r in s.rows) == pytest.approx(0.0, abs=1e-6)  # drawn in full: refunded
    assert s.rows[-1].credit_outstanding_sdr == pytest.approx(0.0, abs=1e-3)


REFORM = D(2024, 11, 1)  # the IMF's 2024 review of charges and surcharges took effect


def by_date(before, after):
    return lambda day: before if day < REFORM else after


@pytest.mark.parametrize("first, policy, margin, threshold, time_rate", [
    # every day after the reform: its terms
    (D(2025, 1, 1), None, 0.006, 3.0, 0.0075),
    # credit from 2021: the earlier terms until 31 Oct 2024 (100 bp, 187.5% of quota, time surcharge 100 bp after
    # 51 months), the new ones from 1 Nov 2024
    (D(2021, 1, 1), None, by_date(0.010, 0.006), by_date(1.875, 3.0), by_date(0.010, 0.0075)),
    # a pinned policy sets the arrangement's margin; surcharges are the member's, by date
    (D(2025, 1, 1), "pre-2024-11", 0.010, 3.0, 0.0075),
])
def test_surcharges_above_the_threshold_and_over_time(first, policy, margin, threshold, time_rate):
    second = D(first.year + 1, 1, 1)
    a = arrangement([(first, 200e6, "disbursed"), (second, 200e6, "disbursed")], quota=100e6, policy=policy)
    s = schedule(a)
    rows = rows_by_date(s)
    charges, surcharges, _ = expected_daily(a, margin, threshold, 0.02, time_rate, 51)
    assert sum(surcharges.values()) > 0
    for when, amount in surcharges.items():
        assert rows[when].surcharges_sdr == pytest.approx(amount, rel=1e-9, abs=1e-6), when
    for when, amount in charges.items():
        assert rows[when].charges_sdr == pytest.approx(amount, rel=1e-9), when


def test_the_time_surcharge_needs_51_months():
    a = arrangement([(D(2025, 1, 1), 400e6, "disbursed")], quota=100e6)
    s = schedule(a)
    per_quarter = {r.charges_quarter_end: r.surcharges_sdr for r in s.rows if r.surcharges_sdr}
    # 100m above 300% of quota: 200 bp a year until the time limit, then 275 bp
    q = D(2026, 1, 31)
    assert per_quarter[q] == pytest.approx(100e6 * 0.02 * 92 / 365, rel=1e-9)
    # the quarter Feb-Apr 2029 (89 days): the credit turns 51 months old on 1 Apr 2029, so its last 30 days
    # also pay the 75 bp time surcharge
    assert per_quarter[D(2029, 4, 30)] == pytest.approx(100e6 * (0.02 * 89 + 0.0075 * 30) / 365, rel=1e-9)


def test_commitment_fee_with_partial_drawing():
    purchases = [(D(2025, 2, 1), 100e6, "disbursed"), (D(2025, 8, 1), 150e6, "planned")]
    a = arrangement(purchases, quota=100e6, approval=D(2025, 1, 1), months=24, access=300e6)
    fee = 200e6 * 0.0015 + 50e6 * 0.0030  # 250 m available in the first year: tiers at 200% and 600% of quota
    actual = schedule(a, include_planned=False)
    assert rows_by_date(actual)[D(2025, 1, 1)].commitment_fee_sdr == pytest.approx(fee)
    assert sum(r.commitment_fee_sdr for r in actual.rows) == pytest.approx(fee * 150 / 250)  # the undrawn part is kept
    projected = schedule(a, include_planned=True)
    assert sum(r.commitment_fee_sdr for r in projected.rows) == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize("day, end", [(D(2025, 2, 1), D(2025, 4, 30)), (D(2025, 4, 30), D(2025, 4, 30)),
                                      (D(2025, 5, 1), D(2025, 7, 31)), (D(2025, 11, 15), D(2026, 1, 31)),
                                      (D(2025, 12, 31), D(2026, 1, 31)), (D(2026, 1, 31), D(2026, 1, 31))])
def test_imf_quarters(day, end):
    assert billing_date(day) == end


def test_sba_and_custom_repurchases():
    sba = schedule(arrangement([(D(2025, 1, 15), 80e6, "disbursed")], facility="SBA"))
    due = [r.date for r in sba.rows if r.principal_sdr]
    assert due == [months_later(D(2025, 1, 15), 39 + 3 * i) for i in range(8)] and due[-1] == D(2030, 1, 15)
    custom = d.Arrangement(**{**arrangement([(D(2025, 1, 15), 80e6, "disbursed")]).__dict__, "facility": "custom",
                              "repayment": d.Repayment(20, 6, 126)})
    due = [r.date for r in schedule(custom).rows if r.principal_sdr]
    assert len(due) == 20 and due[0] == D(2035, 7, 15)


def test_pakistan_sample(sample_files):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_files["pakistan"])
    eff = next(a for a in ws.arrangements if a.name == "Pakistan EFF 2024")
    actual = ws.fund_position(include_planned=False).schedule(eff.name)
    disbursed = [p.date for p in eff.purchases if p.status == "disbursed"]
    due = sorted(r.date for r in actual.rows if r.principal_sdr)
    expected = sorted(months_later(p, 54 + 6 * i) for p in disbursed for i in range(12))
    assert due == sorted(set(expected))
    assert all(r.principal_sdr == pytest.approx(760e6 / 12 * sum(1 for e in expected if e == r.date))
               for r in actual.rows if r.principal_sdr)
    projected = ws.fund_position().schedule(eff.name)
    assert 2.6 < projected.peak_share_of_quota() < 2.63  # the arrangement's own credit: 5,320 / 2,031 = 262%
    ws.close()


@pytest.mark.parametrize("baseline, actual, cap, adjusted", [
    (None, None, None, 4.0e9),          # no adjustor data: the floor stands
    (500e6, None, 300e6, 4.0e9),        # support not yet known
    (500e6, 400e6, 300e6, 3.9e9),       # shortfall of 100 m within the cap: floor down 100 m
    (500e6, 0.0, 300e6, 3.7e9),         # shortfall of 500 m, capped at 300 m
    (500e6, 650e6, 300e6, 4.15e9),      # excess of 150 m: floor up 150 m
])
def test_nir_floor_adjustors(baseline, actual, cap, adjusted):
    t = d.TestDate(D(2025, 12, 31), 4.0e9, budget_support_baseline_usd=baseline, adjustor_cap_usd=cap,
                   budget_support_actual_usd=actual)
    assert t.adjusted_floor_usd == pytest.approx(adjusted)


def test_projected_nir_at_a_test_date_by_hand():
    from desktop.core.engine.imf import nir_at_test_dates

    a = arrangement([(D(2025, 3, 3), 100e6, "disbursed"), (D(2025, 9, 1), 100e6, "planned")])
    a = d.Arrangement(**{**a.__dict__, "test_dates": (d.TestDate(D(2025, 12, 31), 1.0e9),)})
    position = fund.position([a], fund.alone(a))
    s = position.schedule(a.name)
    (result,) = nir_at_test_dates(a, position, [(D(2025, 6, 30), 2.0e9)])
    usd = 1.3281
    paid = sum(r.total_sdr for r in s.rows if D(2025, 6, 30) < r.date <= D(2025, 12, 31))
    expected = 2.0e9 + 100e6 * usd - paid * usd - 200e6 * usd  # the September purchase, fees and charges; credit out
    assert result.nir_usd == pytest.approx(expected) and result.reserves_date == D(2025, 6, 30)
    assert result.headroom_usd == pytest.approx(expected - 1.0e9)


def test_program_format_round_trip_and_term_edits(sample_copy):
    from desktop.core.io.fields import InputError
    from desktop.core.io.program_json import arrangement_from_dict, arrangement_to_dict
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("pakistan"))
    for a in ws.arrangements:
        back = arrangement_from_dict(arrangement_to_dict(a))
        assert back.purchases == tuple(dataclass_without_id(p) for p in a.purchases)
        assert (back.facility, back.repayment, back.sdr_rates, back.test_dates) == (a.facility, a.repayment, a.sdr_rates, a.test_dates)
    ws.update_arrangement_terms("Pakistan EFF 2024", {"charges_policy": "pre-2024-11"})
    eff = next(a for a in ws.arrangements if a.name == "Pakistan EFF 2024")
    assert eff.charges_policy == "pre-2024-11"
    with pytest.raises(InputError, match="more than access"):
        ws.update_arrangement_terms("Pakistan EFF 2024", {"access_sdr": 1e9})
    assert next(a for a in ws.arrangements if a.name == "Pakistan EFF 2024").access_sdr == 5_320e6  # refused: unchanged
    audit = ws.store.db.conn.execute("SELECT count(*) FROM audit_log WHERE table_name = 'arrangements' AND action = 'update'").fetchone()[0]
    assert audit == 1
    ws.close()


def dataclass_without_id(p):
    return d.Purchase(p.date, p.amount_sdr, p.status, p.source, p.note)
