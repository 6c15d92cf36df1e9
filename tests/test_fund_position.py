"""The member's position in the Fund against figures worked out here by hand from the IMF's rules (never from the
engine): surcharges on the member's total GRA credit, the charges policy in force on each day, RST pricing, the
IMF's repayment terms by facility, existing obligations from the IMF's own projection."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop import cli
from desktop.core import domain as d
from desktop.core.engine import fund

D = dt.date
SDR_RATE = 0.03


def member(quota=100e6, projection=(), as_of=None, rst_group=None):
    return d.Member(quotas=(d.QuotaStep(D(2000, 1, 1), quota),), sdr_rates=(d.RateStep(D(2000, 1, 1), SDR_RATE),),
                    rst_group=rst_group, projection=tuple(projection), projection_as_of=as_of)


def arrangement(name, facility, purchases, months=36, policy=None):
    purchases = tuple(d.Purchase(day, amount, "disbursed") for day, amount in purchases)
    return d.Arrangement(name=name, facility=facility, approval_date=purchases[0].date, months=months,
                         access_sdr=sum(p.amount_sdr for p in purchases), quota_sdr=None, usd_per_sdr=1.3281,
                         charges_policy=policy, purchases=purchases)


def quarter(schedule, end: dt.date):
    """The row carrying the charges of the IMF quarter ending ``end``."""
    return next(r for r in schedule.rows if r.charges_quarter_end == end)


def test_two_arrangements_below_the_threshold_each_pay_the_level_surcharge_on_their_total_excess():
    # quota 100 m, threshold 300% since 2024-11-01: 200 m (EFF) + 150 m (SBA) = 350 m, 50 m above it from 1 June
    eff = arrangement("EFF", "EFF", [(D(2025, 1, 2), 200e6)])
    sba = arrangement("SBA", "SBA", [(D(2025, 6, 1), 150e6)])
    position = fund.position([eff, sba], member())
    days = (D(2025, 7, 31) - D(2025, 6, 1)).days + 1  # 1 June to 31 July: 61 days in the quarter ending 31 July
    expected = 50e6 * 0.02 * days / 365
    eff_q, sba_q = (quarter(position.schedule(name), D(2025, 7, 31)).surcharges_sdr for name in ("EFF", "SBA"))
    assert eff_q + sba_q == pytest.approx(expected, rel=1e-12)
    # the member pays it; each arrangement bears it in proportion to its share of the GRA credit (200 and 150 of 350)
    assert (eff_q, sba_q) == (pytest.approx(expected * 200 / 350, rel=1e-12), pytest.approx(expected * 150 / 350, rel=1e-12))
    # each on its own stays below 300% of quota and pays none: the old, per-arrangement reading
    for a in (eff, sba):
        alone = fund.position([a], member()).schedule(a.name)
        assert all(r.surcharges_sdr == 0 for r in alone.rows)
    assert position.on(D(2025, 7, 31))["gra_credit_sdr"] == 350e6
    assert position.on(D(2025, 7, 31))["gra_pct_of_quota"] == pytest.approx(350.0)


def test_credit_between_187_5_and_300_percent_of_quota_pays_the_old_terms_until_the_reform_and_the_new_after():
    # 250 m on a quota of 100 m since June 2024: 62.5 m above 187.5% until 31 October 2024, nothing above 300% after
    a = arrangement("EFF", "EFF", [(D(2024, 6, 3), 250e6)])
    s = fund.position([a], member()).schedule("EFF")
    before = quarter(s, D(2024, 10, 31))  # 1 Aug to 31 Oct: 92 days under the earlier policy
    assert before.charges_sdr == pytest.approx(250e6 * (SDR_RATE + 0.0100) * 92 / 365, rel=1e-12)
    assert before.surcharges_sdr == pytest.approx((250e6 - 187.5e6) * 0.02 * 92 / 365, rel=1e-12)
    after = quarter(s, D(2025, 1, 31))  # 1 Nov to 31 Jan: 92 days under the 2024 review's terms
    assert after.charges_sdr == pytest.approx(250e6 * (SDR_RATE + 0.0060) * 92 / 365, rel=1e-12)
    assert after.surcharges_sdr == 0
    assert fund.policy_name_on(D(2024, 10, 31)) == "pre-2024-11" and fund.policy_name_on(D(2024, 11, 1)) == "2024-11"


def test_the_time_based_surcharge_counts_how_long_the_members_credit_has_stood_above_the_threshold():
    # quota 100 m: 350 m drawn on 2 Jan 2025 puts the member 50 m above 300% of quota; 50 m more on 1 Jun 2028 takes
    # the excess to 100 m. On 2 Apr 2029 the member has been above the threshold for 51 months (EFF credit), so the
    # whole excess pays the time surcharge from then, however young the 2028 purchase is (IMF Decision No.
    # 12346-(00/117): the period is the holdings' time above the threshold, which a dip below would restart)
    first = arrangement("EFF 2025", "EFF", [(D(2025, 1, 2), 350e6)])
    later = arrangement("EFF 2028", "EFF", [(D(2028, 6, 1), 50e6)])
    position = fund.position([first, later], member())
    q = D(2029, 4, 30)  # 1 Feb to 30 Apr 2029: 89 days, the last 29 of them (from 2 April) past 51 months
    expected = 100e6 * (0.02 * 89 + 0.0075 * 29) / 365
    paid = {name: quarter(position.schedule(name), q).surcharges_sdr for name in ("EFF 2025", "EFF 2028")}
    assert sum(paid.values()) == pytest.approx(expected, rel=1e-12)
    assert paid["EFF 2028"] == pytest.approx(expected * 50 / 400, rel=1e-12)


def test_a_break_below_the_threshold_restarts_the_clock():
    # 310 m from an SBA on 2 Jan 2025 (quota 100 m: 10 m above 300%); 36 months later, on 2 Jan 2028, the
    # time surcharge starts. The first repurchase (2 Apr 2028, 38.75 m) takes the member below the threshold; an EFF
    # purchase of 100 m on 1 Jun 2028 takes it above again: a new spell, with no time surcharge yet
    sba = arrangement("SBA", "SBA", [(D(2025, 1, 2), 310e6)])
    eff = arrangement("EFF", "EFF", [(D(2028, 6, 1), 100e6)])
    position = fund.position([sba, eff], member())
    aged = quarter(position.schedule("SBA"), D(2028, 1, 31)).surcharges_sdr  # 1 Nov 2027 to 31 Jan 2028: 92 days
    assert aged == pytest.approx(10e6 * (0.02 * 92 + 0.0075 * 30) / 365, rel=1e-12)  # the last 30 days past 36 months
    # 1 Jun to 1 Jul: 371.25 m (71.25 above); from 2 Jul, after the second repurchase: 332.5 m (32.5 above)
    level_only = (71.25e6 * 31 + 32.5e6 * 30) * 0.02 / 365
    paid = sum(quarter(position.schedule(name), D(2028, 7, 31)).surcharges_sdr for name in ("SBA", "EFF"))
    assert paid == pytest.approx(level_only, rel=1e-12)


def test_the_rfi_is_repaid_in_eight_quarterly_installments_from_three_and_a_quarter_years():
    # Pakistan's 2020 RFI: SDR 1,015.5 m; the IMF's projected payments list SDR 126,937,500 on 2023-07-20 and 2023-10-20
    rfi = arrangement("RFI 2020", "RFI", [(D(2020, 4, 20), 1_015.5e6)], months=1)
    s = fund.position([rfi], member(quota=2_031e6)).schedule("RFI 2020")
    due = [(r.date, r.principal_sdr) for r in s.rows if r.principal_sdr]
    assert due[:2] == [(D(2023, 7, 20), 126_937_500.0), (D(2023, 10, 20), 126_937_500.0)]
    assert len(due) == 8 and due[-1][0] == D(2025, 4, 20)
    assert sum(r.commitment_fee_sdr for r in s.rows) == 0  # an outright purchase: nothing committed
    assert next(r for r in s.rows if r.date == D(2020, 4, 20)).service_charge_sdr == pytest.approx(1_015.5e6 * 0.005)


@pytest.mark.parametrize("group, margin", [("A", 0.0055), ("B", 0.0075), ("C", 0.0095)])
def test_rsf_credit_pays_rst_interest_only_and_stays_out_of_the_gra_threshold(group, margin):
    # 290 m of GRA credit and 50 m of RSF credit on a quota of 100 m: GRA below 300%, nothing is surcharged
    eff = arrangement("EFF", "EFF", [(D(2025, 1, 2), 290e6)])
    rsf = arrangement("RSF", "RSF", [(D(2025, 2, 3), 50e6)], months=28)
    position = fund.position([eff, rsf], member(rst_group=group))
    s = position.schedule("RSF")
    q = quarter(s, D(2025, 4, 30))  # 3 Feb to 30 Apr: 87 days
    assert q.charges_sdr == pytest.approx(50e6 * (SDR_RATE + margin) * 87 / 365, rel=1e-12)
    assert all(r.surcharges_sdr == 0 and r.service_charge_sdr == 0 and r.commitment_fee_sdr == 0 for r in s.rows)
    assert all(r.surcharges_sdr == 0 for r in position.schedule("EFF").rows)
    due = [r.date for r in s.rows if r.principal_sdr]  # 20 semiannual installments from 10.5 to 20 years
    assert len(due) == 20 and due[0] == D(2035, 8, 3) and due[-1] == D(2045, 2, 3)
    on = position.on(D(2025, 3, 31))
    assert (on["gra_credit_sdr"], on["rst_credit_sdr"], on["total_credit_sdr"]) == (290e6, 50e6, 340e6)


def test_existing_obligations_come_from_the_imfs_projection_less_what_the_workspace_describes():
    as_of = D(2025, 12, 31)
    projection = [d.ProjectedPayment(D(2026, 3, 1), "GRA Repurchase (SBA)", 50e6),
                  d.ProjectedPayment(D(2026, 9, 1), "GRA Repurchase (SBA)", 50e6),
                  d.ProjectedPayment(D(2026, 2, 5), "GRA Charges", 1e6),
                  d.ProjectedPayment(D(2026, 1, 2), "Net SDR Charges", 2e5)]
    eff = arrangement("EFF", "EFF", [(D(2025, 6, 2), 100e6)])
    position = fund.position([eff], member(projection=projection, as_of=as_of))
    existing = next(line for line in position.lines if line.arrangement is None)
    assert (existing.name, existing.window) == ("Existing obligations (SBA)", "GRA")
    at = {day: position.on(day)["by_arrangement"] for day in (D(2025, 12, 30), as_of, D(2026, 3, 1), D(2026, 9, 1))}
    credit = {day: {x["name"]: x["credit_sdr"] for x in rows} for day, rows in at.items()}
    assert credit[D(2025, 12, 30)]["Existing obligations (SBA)"] == 0  # before the IMF's as-of date: not known
    assert credit[as_of]["Existing obligations (SBA)"] == 100e6
    assert credit[D(2026, 3, 1)]["Existing obligations (SBA)"] == 50e6 and credit[D(2026, 9, 1)]["Existing obligations (SBA)"] == 0
    repaid = [(r.date, r.principal_sdr) for r in position.schedule("Existing obligations (SBA)").rows if r.principal_sdr]
    assert repaid == [(D(2026, 3, 1), 50e6), (D(2026, 9, 1), 50e6)]
    # an arrangement the workspace describes purchase by purchase is not counted twice
    sba = arrangement("SBA", "SBA", [(D(2022, 12, 1), 100e6)])
    described = [d.ProjectedPayment(day, "GRA Repurchase (SBA)", 100e6 / 8)
                 for day in (D(2026, 3, 1), D(2026, 6, 1), D(2026, 9, 1), D(2026, 12, 1), D(2027, 3, 1), D(2027, 6, 1),
                             D(2027, 9, 1), D(2027, 12, 1))]
    position = fund.position([sba], member(projection=described, as_of=as_of))
    assert [line.name for line in position.lines] == ["SBA"]


def test_imf_position_and_compare_on_the_command_line(sample_copy, capsys, tmp_path):
    path = sample_copy("pakistan")
    capsys.readouterr()
    assert cli.main(["imf", "position", "--workspace", str(path), "--date", "2025-12-31", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"date", "quota_sdr", "gra_credit_sdr", "rst_credit_sdr", "prgt_credit_sdr", "total_credit_sdr",
            "gra_pct_of_quota", "peak", "by_month", "by_arrangement"} <= set(out)
    assert set(out["peak"]) == {"date", "gra_credit_sdr", "gra_pct_of_quota"}
    assert {"date", "gra_credit_sdr", "rst_credit_sdr", "total_credit_sdr"} == set(out["by_month"][0])
    assert out["total_credit_sdr"] == pytest.approx(out["gra_credit_sdr"] + out["rst_credit_sdr"] + out["prgt_credit_sdr"])
    assert out["gra_pct_of_quota"] == pytest.approx(out["gra_credit_sdr"] / out["quota_sdr"] * 100)
    # no IMF projection imported yet: compare says what to do, and fails
    assert cli.main(["imf", "compare", "--workspace", str(path), "--json"]) != 0
    assert "imf-payments" in capsys.readouterr().err


def test_before_the_14th_review_quotas_the_threshold_was_300_percent():
    # IMF Decision No. 12346-(00/117), paragraph 2: 300% of quota until 2016-02-16, 187.5% from 2016-02-17
    a = arrangement("EFF", "EFF", [(D(2015, 6, 1), 250e6)])
    s = fund.position([a], member()).schedule("EFF")
    assert quarter(s, D(2015, 10, 31)).surcharges_sdr == 0
    q = quarter(s, D(2016, 4, 30))  # 1 Feb to 30 Apr 2016: 16 days at 300%, then 74 days at 187.5% (2016 is leap)
    assert q.surcharges_sdr == pytest.approx((250e6 - 187.5e6) * 0.02 * 74 / 365, rel=1e-12)


IMF_PAGE = ("Description\tSchedule Date\tTotal Amount Due\n"
            "PRGT Repayment (ECF)\tMarch 2, 2026\t50,000,000\n"
            "GRA Charges\tFebruary 5, 2026\t1,000,000\n"
            "Total for the year 2026\t\t51,000,000\n"
            "\n"
            "PRGT Repayment (ECF)\tSeptember 1, 2027\t50,000,000\n"
            "Total for the year 2027\t\t50,000,000\n")


def test_an_imported_imf_projection_adds_existing_obligations_and_is_compared_by_year(sample_copy, capsys, tmp_path):
    path = sample_copy("pakistan")  # no ECF of its own: the IMF's ECF repayments are credit it does not describe
    page = tmp_path / "projected.tsv"
    page.write_text(IMF_PAGE, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["imf", "schedule", "--workspace", str(path), "--disbursed-only", "--json"]) == 0
    own = {y["year"]: y["principal_sdr"] for y in json.loads(capsys.readouterr().out)["by_year"]}
    assert cli.main(["import", "imf-payments", str(page), "--workspace", str(path), "--as-of", "2025-12-31", "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["imf", "position", "--workspace", str(path), "--date", "2026-06-30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    lines = {x["name"]: x for x in out["by_arrangement"]}
    assert lines["Existing obligations (ECF)"]["credit_sdr"] == 50e6  # March's repayment made; September 2027's not
    assert lines["Existing obligations (ECF)"]["window"] == "PRGT" and out["prgt_credit_sdr"] == 50e6
    assert cli.main(["imf", "compare", "--workspace", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["as_of"] == "2025-12-31"
    rows = {(r["year"], r["item"]): r for r in out["rows"]}
    assert rows[(2026, "principal")]["imf_sdr"] == 50e6 and rows[(2027, "principal")]["imf_sdr"] == 50e6
    assert rows[(2026, "charges")]["imf_sdr"] == 1e6
    # the app's principal: its own arrangements' repurchases plus the IMF's ECF repayments it takes as existing
    assert rows[(2026, "principal")]["app_sdr"] == pytest.approx(own.get(2026, 0.0) + 50e6)
    assert rows[(2027, "principal")]["app_sdr"] == pytest.approx(own.get(2027, 0.0) + 50e6)
    for r in out["rows"]:
        assert r["difference_sdr"] == pytest.approx(r["app_sdr"] - r["imf_sdr"])


def test_an_arrangement_that_has_ended_has_nothing_left_to_draw(sample_copy):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        positions = {p.arrangement.name: p for p in ws.program_positions(D(2025, 12, 19))}
        ended = positions["Pakistan EFF 2019"]  # ended 2023: SDR 3,038 m of 4,988 m drawn, the rest lapsed
        assert ended.expired and ended.undrawn_sdr == 0
        running = positions["Pakistan EFF 2024"]
        assert not running.expired and running.undrawn_sdr == pytest.approx(5_320e6 - 3 * 760e6)
    finally:
        ws.close()


def test_payments_in_us_dollars_add_up_at_one_rate(sample_copy, capsys):
    from desktop.core.headline import next_imf_payment
    from desktop.core.workspace import Workspace

    path = sample_copy("pakistan")  # arrangements stored with US$ per SDR from 1.3281 to 1.512
    capsys.readouterr()
    assert cli.main(["imf", "schedule", "--workspace", str(path), "--json"]) == 0
    by_year = {y["year"]: y for y in json.loads(capsys.readouterr().out)["by_year"]}
    ws = Workspace.open(path)
    try:
        rate = ws.fund_position().usd_per_sdr
        assert {a.usd_per_sdr for a in ws.arrangements} != {rate}
        indicators = {y["year"]: y for y in ws.fund_indicators()}
        for year in (2025, 2026, 2030):
            assert by_year[year]["total_usd"] == pytest.approx(by_year[year]["total_sdr"] * rate)
            assert by_year[year]["total_usd"] == pytest.approx(indicators[year]["total_usd"])
        nxt = next_imf_payment(ws, D(2025, 12, 19))
        assert nxt["total_usd"] == pytest.approx(nxt["total_sdr"] * rate)
    finally:
        ws.close()


def test_facilities_the_app_does_not_describe_become_existing_obligations_of_their_window():
    from desktop.core.io.imf_payments_tsv import parse_description

    as_of = D(2025, 12, 31)
    projection = [d.ProjectedPayment(D(2026, 6, 1), parse_description("PRGT Repayment (RCF)"), 20e6),
                  d.ProjectedPayment(D(2026, 6, 1), parse_description("GRA Repurchase (FCL)"), 30e6)]
    position = fund.position([], member(projection=projection, as_of=as_of))
    lines = {line.name: line.window for line in position.lines}
    assert lines == {"Existing obligations (RCF)": "PRGT", "Existing obligations (FCL)": "GRA"}
    on = position.on(D(2026, 1, 15))
    assert (on["prgt_credit_sdr"], on["gra_credit_sdr"]) == (20e6, 30e6)


def test_importing_an_older_imf_projection_says_the_later_one_stays_in_use(sample_copy, tmp_path):
    from desktop.core.io.importers import IMPORTERS, ImportOptions
    from desktop.core.workspace import Workspace

    page = tmp_path / "projected.tsv"
    page.write_text(IMF_PAGE, encoding="utf-8")
    ws = Workspace.open(sample_copy("pakistan"))
    try:
        first = IMPORTERS["imf-payments"](ws.store, str(page), ImportOptions(as_of=D(2025, 12, 31)))
        assert first.written and "later projection" not in first.summary()
        older = IMPORTERS["imf-payments"](ws.store, str(page), ImportOptions(as_of=D(2025, 6, 30)))
        assert older.written and "holds a later projection (as of 2025-12-31), which stays the one used" in older.summary()
        assert ws.store.member().projection_as_of == D(2025, 12, 31)
    finally:
        ws.close()


def test_nir_starts_from_gross_reserves_less_the_short_term_reserve_liabilities(sample_copy, tmp_path):
    from desktop.core.engine.imf import nir_at_test_dates
    from desktop.core.io.macro_csv import read_macro
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))  # the BCR's gross external assets and short-term liabilities
    try:
        known, _ = ws.reserves_known_on(D(2025, 11, 18))
        assert known[-1] == (D(2024, 12, 31), pytest.approx(3_825.09e6 - 342.23e6))
        eff = next(a for a in ws.arrangements if a.name == "El Salvador EFF 2025")
        position = ws.fund_position()
        (first, *_) = nir_at_test_dates(eff, position, known)
        usd = eff.usd_per_sdr  # NIR at the program's rate: the base, the member's flows with the Fund, its credit
        flows = position.purchases_between(D(2024, 12, 31), first.date) - position.payments_between(D(2024, 12, 31), first.date)
        expected = 3_825.09e6 - 342.23e6 + flows * usd - position.credit_on(first.date) * usd
        assert first.nir_usd == pytest.approx(expected)
        assert ws.macro_on(D(2025, 11, 18))[0]["reserve_liabilities_usd"] == 342.23e6
    finally:
        ws.close()
    path = tmp_path / "macro.csv"  # the macro file takes the column, optionally
    path.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                    "imports_usd,remittances_usd,regime,reserve_liabilities_usd\n"
                    "2024-12-31,3825090000,,,,,,,fixed,342230000\n", encoding="utf-8")
    (row,) = read_macro(path)
    assert row.reserve_liabilities_usd == 342.23e6
