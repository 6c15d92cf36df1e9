"""Review of issue 18: the member's charges recomputed day by day from the IMF's rules as resources/methodology.md
states them (independently of engine.fund), for three GRA arrangements and an RSF straddling 2024-11-01."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import subprocess
from collections import defaultdict

import pytest
from conftest import cli_command

from desktop import cli
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


# ---- the review's findings, fixed ----------------------------------------------------------------------------

Q = 2031e6
FLAT_RATE = (d.RateStep(D(2019, 1, 1), 0.03),)
RFI = d.Arrangement("RFI 2020", "RFI", D(2020, 4, 16), 1, 1015.5e6, Q, 1.3,
                    purchases=(d.Purchase(date=D(2020, 4, 20), amount_sdr=1015.5e6, status="disbursed"),))


def projection(shift_days: int):
    """The IMF's projection as of 2022-12-31: the RFI's 8 repurchases (dated ``shift_days`` after the app's, as when
    the workspace records the approval date and the IMF the value date) and 4 EFF repurchases of 30 m."""
    rows = [d.ProjectedPayment(add_months(D(2020, 4, 20), 39 + 3 * i) + dt.timedelta(days=shift_days),
                               "GRA Repurchase (RFI)", 126_937_500) for i in range(8)]
    rows += [d.ProjectedPayment(add_months(D(2023, 3, 6), 6 * i), "GRA Repurchase (EFF)", 30e6) for i in range(4)]
    return tuple(rows)


@pytest.mark.parametrize("shift", [0, 1, 3])
def test_existing_obligations_do_not_count_the_workspace_s_own_repurchases_twice(shift):
    member = d.Member(quotas=(d.QuotaStep(D(2016, 2, 17), Q),), sdr_rates=FLAT_RATE, projection=projection(shift),
                      projection_as_of=D(2022, 12, 31))
    pos = fund.position([RFI], member)
    principal = {r["year"]: r["principal_sdr"] for r in pos.obligations_by_year()}
    # 2023: the RFI's 2 installments of 126,937,500 (however the IMF dates them) + the EFF's 2 x 30 m
    assert principal[2023] == pytest.approx(2 * 126_937_500 + 2 * 30e6 + 0 * shift)
    assert [line.name for line in pos.lines] == ["Existing obligations (EFF)", "RFI 2020"]  # the RFI not twice


def test_a_purchase_still_marked_planned_that_the_imf_projection_holds_is_not_counted_twice():
    sba = d.Arrangement("SBA 2023", "SBA", D(2023, 7, 12), 9, 2250e6, Q, 1.3, purchases=(
        d.Purchase(date=D(2023, 7, 17), amount_sdr=894e6, status="disbursed"),
        d.Purchase(date=D(2023, 12, 11), amount_sdr=528e6, status="planned")))
    rows = tuple(d.ProjectedPayment(add_months(p.date, 39 + 3 * i), "GRA Repurchase (SBA)", p.amount_sdr / 8)
                 for p in sba.purchases for i in range(8))
    member = d.Member(quotas=(d.QuotaStep(D(2016, 2, 17), Q),), sdr_rates=FLAT_RATE, projection=rows,
                      projection_as_of=D(2024, 3, 31))
    # 894 + 528 = 1,422 m outstanding on 2024-06-30, planned purchases included or not
    assert fund.position([sba], member, include_planned=True).on(D(2024, 6, 30))["gra_credit_sdr"] == pytest.approx(1422e6)


def test_an_arrangement_without_purchases_has_an_empty_schedule():
    a = d.Arrangement("New", "SBA", D(2026, 10, 1), 12, 100e6, 100e6, 1.3)
    member = d.Member(quotas=(d.QuotaStep(D(2016, 2, 17), 100e6),), sdr_rates=FLAT_RATE)
    assert fund.position([a], member).schedule("New").rows == ()  # KeyError: 'New'


def test_report_of_a_workspace_whose_arrangement_has_no_purchases(tmp_path):
    program = tmp_path / "p.json"
    program.write_text('{"name": "New SBA", "facility": "SBA", "approval_date": "2026-10-01", "months": 12, '
                       '"access_sdr": 1e8, "quota_sdr": 1e8, "usd_per_sdr": 1.33, '
                       '"sdr_rate": [{"from": "2026-01-01", "rate": 0.03}], "purchases": []}')
    ws = tmp_path / "w.db"
    assert cli.main(["init", str(ws), "--sample", "empty"]) == 0
    assert cli.main(["import", "program", str(program), "--workspace", str(ws)]) == 0
    # in its own process, as a user runs it (the report starts a Qt GUI application of its own)
    done = subprocess.run([*cli_command(), "report", "--workspace", ws, "--out", tmp_path / "r.pdf"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr  # was an internal error (KeyError)


def test_compare_counts_only_what_the_imf_projection_could_know(tmp_path):
    """A projection equal to the app's own schedule as of 2024-12-31 differs from the app only by later drawings."""
    from desktop.core.workspace import Workspace
    ws_path = tmp_path / "p.db"
    assert cli.main(["init", str(ws_path), "--sample", "pakistan"]) == 0
    ws = Workspace.open(ws_path)
    as_of = D(2024, 12, 31)
    arrs = [dataclasses.replace(a, purchases=tuple(p for p in a.purchases if p.date <= as_of and p.status == "disbursed"))
            for a in ws.arrangements]
    pos = fund.position(arrs, ws.member, include_planned=False)
    rows = []
    for line, r in pos.rows():
        if r.date > as_of and r.principal_sdr:
            rows.append(d.ProjectedPayment(r.date, f"GRA Repurchase ({line.facility})", r.principal_sdr))
    from desktop.core.store.records import add_projected_payments
    with ws.store.transaction() as w:
        add_projected_payments(w, as_of, rows, "test")
    result = ws.imf_compare()
    off = [(r["year"], r["difference_sdr"]) for r in result["rows"] if r["item"] == "principal" and abs(r["difference_sdr"]) > 1]
    assert off == []  # 2030-2034 differed by SDR 253 m: drawings after the as-of date were counted
    ws.close()
