"""The samples from the public record (issue 18, item 6): Pakistan's whole position in the Fund reproduces the
exposure path of the IMF's staff report, the 2020 RFIs are there with the IMF's own repayment dates, and both
samples carry every input the IMF's reserve-adequacy metric needs.

The figures tested are the IMF's, written here from its documents, not read back from the engine:
- IMF Country Report No. 24/310 (Pakistan, Oct 2024), capacity to repay: "the Fund's exposure would reach SDR 6,816
  million by September 2024 (336% of quota)"; "peak in September 2027 at SDR 8,774 million (432% of quota)".
- IMF, Pakistan: projected payments to the IMF: GRA Repurchase (RFI) of SDR 126,937,500 on 20 Jul 2023 and on
  20 Oct 2023 (SDR 1,015.5 m in 8 quarterly installments).
- IMF press release of 14 Apr 2020: El Salvador's RFI, SDR 287.2 m, 100% of quota.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.core.samples import load_definition
from desktop.core.workspace import Workspace

STAFF_REPORT_SEP_2024_SDR = 6_816e6
STAFF_REPORT_PEAK_SDR = 8_774e6
RFI_INSTALLMENT_SDR = 1_015.5e6 / 8  # 126,937,500


@pytest.fixture
def pakistan(sample_files):
    ws = Workspace.open(sample_files["pakistan"])
    yield ws
    ws.close()


@pytest.fixture
def el_salvador(sample_files):
    ws = Workspace.open(sample_files["el-salvador"])
    yield ws
    ws.close()


def test_pakistan_gra_credit_at_end_september_2024_is_the_staff_reports(pakistan):
    on = pakistan.fund_position().on(dt.date(2024, 9, 30))
    assert on["gra_credit_sdr"] == pytest.approx(STAFF_REPORT_SEP_2024_SDR, rel=0.03)
    assert on["gra_pct_of_quota"] == pytest.approx(336, abs=336 * 0.03)
    assert on["quota_sdr"] == 2_031.0e6


def test_pakistan_exposure_peaks_when_and_where_the_staff_report_says(pakistan):
    peak = pakistan.fund_position().peak()
    assert peak["gra_credit_sdr"] == pytest.approx(STAFF_REPORT_PEAK_SDR, rel=0.03)
    assert str(peak["date"])[:7] == "2027-09"


def test_pakistan_rfi_is_repaid_on_the_imfs_dates(pakistan):
    rows = pakistan.fund_position().schedules["Pakistan RFI 2020"].rows
    repaid = {r.date: r.principal_sdr for r in rows if r.principal_sdr}
    for day in (dt.date(2023, 7, 20), dt.date(2023, 10, 20)):
        assert repaid[day] == pytest.approx(RFI_INSTALLMENT_SDR, abs=0.5)
    assert sum(repaid.values()) == pytest.approx(1_015.5e6)


def test_el_salvador_has_its_2020_rfi_at_100_percent_of_quota(el_salvador):
    (rfi,) = [a for a in el_salvador.arrangements if a.facility == "RFI"]
    assert rfi.approval_date.isoformat().startswith("2020-04")
    assert sum(p.amount_sdr for p in rfi.purchases) == 287.2e6
    assert el_salvador.quota_on(rfi.approval_date) == 287.2e6


@pytest.mark.parametrize("sample", ["pakistan", "el-salvador"])
def test_each_sample_computes_the_ara_metric_and_months_of_imports(sample_files, sample):
    ws = Workspace.open(sample_files[sample])
    a = ws.adequacy()
    ws.close()
    assert a["missing_inputs"] == []
    assert a["ara_metric_usd"] > 0 and a["ara_ratio"] > 0 and a["months_of_imports"] > 0


def test_el_salvador_reserves_are_gross_not_the_published_net_figure(el_salvador):
    """BCR's net international reserves at end-2024 were US$3,482.86 m; gross reserves add back the BCR's
    short-term external liabilities, at least US$185.57 m in every month it published from May 2023 to May 2024."""
    (row,) = [m for m in el_salvador.macro_inputs if m.date == dt.date(2024, 12, 31)]
    assert row.gross_reserves_usd >= 3_482.86e6 + 185.57e6
    assert "reconstructed" in row.note  # the note says how gross was reached from net


PROJECT_FILE = re.compile(r"DOMAIN\.md|SPEC\.md|ARCHITECTURE\.md|resources/|\.json\b|\.py\b", re.IGNORECASE)


@pytest.mark.parametrize("sample", ["pakistan", "el-salvador"])
def test_every_fund_figure_of_a_sample_names_a_public_source(sample):
    defn = load_definition(sample)
    cited = [*defn["quotas"], *defn["sdr_rates"], defn["member"], *defn["macro"], *defn["arrangements"]]
    cited += [p for a in defn["arrangements"] for p in a["purchases"] if p["status"] == "disbursed"]
    for item in cited:
        assert item.get("source"), item
        assert not PROJECT_FILE.search(item["source"] + item.get("note", "")), item
    for a in defn["arrangements"]:  # a planned purchase is a reconstruction: its note says how
        assert all(p.get("note") for p in a["purchases"] if p["status"] == "planned"), a["name"]
    assert {"quota_sdr", "sdr_rate", "charges_policy"}.isdisjoint(k for a in defn["arrangements"] for k in a)
