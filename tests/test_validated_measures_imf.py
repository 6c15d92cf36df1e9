"""Issue 16, items 4 and 6: Cornish-Fisher only inside its domain, IMF charges due after notification, the
commitment fee's cumulative threshold. Every expectation is written from the reference (Maillard 2012; IMF
Rules and Regulations I-2 and the IMF's records of settled charges; the IMF's 2024 FAQ on charges and
surcharges), computed here by hand or by an independent method, never from the engine's output."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from statistics import NormalDist

import numpy as np
import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core import domain as d
from desktop.core.engine import fund, imf
from desktop.core.engine import measures as m

D = dt.date


# --- Cornish-Fisher (Maillard 2012, "A User's Guide to the Cornish Fisher Expansion") -----------------------

def symmetric_sample(excess_kurtosis: float, n: int, scale: float = 0.03) -> np.ndarray:
    """Returns of a symmetric three-point law: 0, +x and -x, the non-zero share q giving a kurtosis of 1/q
    (m4 / m2^2 = q x^4 / (q x^2)^2), so skewness 0 and the asked excess kurtosis by construction."""
    q = 1.0 / (3.0 + excess_kurtosis)
    nonzero = round(n * q / 2) * 2
    assert nonzero / n == pytest.approx(q, rel=1e-12)  # n chosen so that the moments are exact
    r = np.zeros(n)
    r[: nonzero // 2], r[nonzero // 2: nonzero] = scale, -scale
    return np.random.default_rng(0).permutation(r)


def biased_moments(r: np.ndarray) -> tuple[float, float]:
    """Skewness and excess kurtosis by the textbook moment ratios m3 / m2^1.5 and m4 / m2^2 - 3."""
    c = r - r.mean()
    m2, m3, m4 = (c**2).mean(), (c**3).mean(), (c**4).mean()
    return m3 / m2**1.5, m4 / m2**2 - 3


def test_cornish_fisher_refuses_excess_kurtosis_11_5():
    r = symmetric_sample(11.5, 2900)  # q = 2/29: 200 non-zero returns of 2,900
    skew, excess = biased_moments(r)
    assert skew == pytest.approx(0.0, abs=1e-12) and excess == pytest.approx(11.5, rel=1e-12)
    with pytest.raises(m.CornishFisherDomainError, match="not a quantile"):
        m.cornish_fisher_var_es(r, 0.99)


def test_cornish_fisher_accepts_excess_kurtosis_2_and_gives_the_expansion():
    r = symmetric_sample(2.0, 3000)  # q = 1/5
    skew, excess = biased_moments(r)
    assert skew == pytest.approx(0.0, abs=1e-12) and excess == pytest.approx(2.0, rel=1e-12)
    var, es = m.cornish_fisher_var_es(r, 0.99)
    # the expansion with s = 0: z_cf = z + (z^3 - 3z) k / 24, the sample's own sd (ddof = 1); the engine
    # standardises by that sd, so its kurtosis is 5 ((n-1)/n)^2 - 3: the same to a few parts in 10^4
    sd = r.std(ddof=1)

    def loss(a: float) -> float:
        z = NormalDist().inv_cdf(1 - a)
        return -(r.mean() + sd * (z + (z**3 - 3 * z) * 2.0 / 24))

    assert var == pytest.approx(loss(0.99), rel=1e-3)
    # ES = the mean of the quantile over the tail, here by a fine midpoint rule of 20,000 levels
    levels = 0.99 + 0.01 * (np.arange(20_000) + 0.5) / 20_000
    assert es == pytest.approx(np.mean([loss(a) for a in levels]), rel=2e-3)
    assert es > var


def cf_map(z: np.ndarray, s: float, k: float) -> np.ndarray:
    return z + (z * z - 1) * s / 6 + (z**3 - 3 * z) * k / 24 - (2 * z**3 - 5 * z) * s * s / 36


def test_refused_exactly_when_the_map_is_not_monotone_on_a_fine_grid():
    # independent of the derivative's algebra: look for any fall of z -> z_cf on a grid of step 1e-4
    z = np.linspace(-30, 30, 600_001)
    checked = refused = 0
    for s in np.arange(-2.0, 2.01, 0.25):
        for k in np.arange(-2.0, 14.01, 0.5):
            falls = bool(np.any(np.diff(cf_map(z, s, k)) < 0))
            problem = m.cornish_fisher_domain_problem(float(s), float(k))
            assert (problem is not None) == falls, (s, k)
            checked, refused = checked + 1, refused + falls
    assert checked == 561 and 0 < refused < checked
    # with no skew the domain is 0 <= k <= 8 (Maillard 2012)
    assert m.cornish_fisher_domain_problem(0.0, 8.0) is None and m.cornish_fisher_domain_problem(0.0, 0.0) is None
    assert m.cornish_fisher_domain_problem(0.0, 8.05) and m.cornish_fisher_domain_problem(0.0, -0.05)


needs_data = pytest.mark.skipif(not (SHARED_DATA / "btc_usd_daily.csv").exists(),
                                reason="../shared/data/btc_usd_daily.csv (real market data) is not present")


@needs_data
def test_risk_command_refuses_cornish_fisher_on_bitcoin_2020_2025():
    result = subprocess.run([*cli_command(), "risk", "--prices", str(SHARED_DATA / "btc_usd_daily.csv"),
                             "--from", "2020-01-01", "--to", "2025-12-31", "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    closes = np.array([float(line.split(",")[-1]) for line in (SHARED_DATA / "btc_usd_daily.csv").read_text().splitlines()[1:]
                       if "2020-01-01" <= line[:10] <= "2025-12-31"])
    _, excess = biased_moments(closes[1:] / closes[:-1] - 1)
    assert excess > 11  # the 11.5: far outside 0..8
    assert data["cornish_fisher_valid"] is False
    assert data["var"]["cornish_fisher"] == {"0.95": None, "0.99": None}
    assert data["es"]["cornish_fisher"] == {"0.95": None, "0.99": None}
    assert len(data["warnings"]) == 1 and "Maillard 2012" in data["warnings"][0]
    assert data["var"]["historical"]["0.99"] == pytest.approx(0.0853, abs=5e-4)  # the other methods stay


@needs_data
def test_risk_command_inside_the_domain_says_so():
    result = subprocess.run([*cli_command(), "risk", "--prices", str(SHARED_DATA / "btc_usd_daily.csv"),
                             "--from", "2021-01-01", "--to", "2023-12-31", "--json"], capture_output=True, text=True, timeout=120)
    data = json.loads(result.stdout)
    assert data["cornish_fisher_valid"] is True and data["warnings"] == []
    assert 0 < data["var"]["cornish_fisher"]["0.95"] < data["var"]["cornish_fisher"]["0.99"]


# --- IMF charges due after notification (Rules and Regulations I-2) -----------------------------------------

def arrangement(purchases, quota=1_000e6, months=36, approval=None, policy="2024-11", test_dates=()):
    purchases = tuple(d.Purchase(day, amount, status) for day, amount, status in purchases)
    return d.Arrangement(name="Test", facility="EFF", approval_date=approval or purchases[0].date, months=months,
                         access_sdr=sum(p.amount_sdr for p in purchases), quota_sdr=quota, usd_per_sdr=1.3281,
                         charges_policy=policy, purchases=purchases, sdr_rates=(d.RateStep(D(2000, 1, 1), 0.03),),
                         test_dates=test_dates)


def test_charges_fall_due_on_the_fourth_business_day_after_the_quarter():
    # the IMF's settled charges for Mongolia in 2012: 6 Feb, 4 May, 6 Aug, 6 Nov
    assert [imf.charges_due_date(q) for q in (D(2012, 1, 31), D(2012, 4, 30), D(2012, 7, 31), D(2012, 10, 31))] == \
        [D(2012, 2, 6), D(2012, 5, 4), D(2012, 8, 6), D(2012, 11, 6)]
    s = imf.schedule(arrangement([(D(2025, 3, 3), 100e6, "disbursed")]))
    charged = [(r.charges_quarter_end, r.date) for r in s.rows if r.charges_sdr][:4]
    # 30 Apr 2025 is a Wednesday, 31 Jul a Thursday, 31 Oct a Friday, 31 Jan 2026 a Saturday (weekends skipped)
    assert charged == [(D(2025, 4, 30), D(2025, 5, 6)), (D(2025, 7, 31), D(2025, 8, 6)),
                       (D(2025, 10, 31), D(2025, 11, 6)), (D(2026, 1, 31), D(2026, 2, 5))]
    # the first quarter's charges: 100 m from 3 March to 30 April (59 days) at 3% + 60 bp, actual/365
    assert s.rows[[r.date for r in s.rows].index(D(2025, 5, 6))].charges_sdr == pytest.approx(100e6 * 0.036 * 59 / 365)


def test_nir_counts_a_quarters_charges_only_once_they_are_due():
    test = d.TestDate(D(2025, 11, 3), 1.0e9)  # after the quarter's end (31 Oct), before the charges are due (6 Nov)
    a = arrangement([(D(2025, 3, 3), 100e6, "disbursed")], test_dates=(test,))
    (result,) = imf.nir_at_test_dates(a, fund.position([a], fund.alone(a)), [(D(2025, 9, 30), 2.0e9)])
    assert result.nir_usd == pytest.approx(2.0e9 - 100e6 * 1.3281)  # nothing paid yet: reserves less the credit


# --- the commitment fee's thresholds: annual on the period's amount, cumulative on the arrangement's ---------

def test_commitment_fee_cumulative_threshold_over_three_years():
    # quota 100 m; 250 m made available in each of three 12-month periods; the first drawn, the rest not.
    # IMF FAQ on charges and surcharges (2024-10-11): thresholds 200% of quota annually, 600% cumulative.
    purchases = [(D(2025, 1, 15), 250e6, "disbursed"), (D(2026, 1, 15), 250e6, "planned"), (D(2027, 1, 15), 250e6, "planned")]
    s = imf.schedule(arrangement(purchases, quota=100e6, months=36, approval=D(2025, 1, 1)), include_planned=False)
    fees = {r.date: r.commitment_fee_sdr for r in s.rows if r.commitment_fee_sdr}
    year1 = 200e6 * 0.0015 + 50e6 * 0.0030  # 0.45 m, refunded in full when the 250 m is drawn
    year2 = 200e6 * 0.0015 + 50e6 * 0.0030  # cumulative 500 m: still below 600 m
    year3 = 100e6 * 0.0015 + 150e6 * 0.0060  # cumulative 750 m: 100 m below 600 m, 150 m above it
    assert fees[D(2025, 1, 1)] + fees[D(2025, 1, 15)] == pytest.approx(0.0, abs=1e-6) and fees[D(2025, 1, 1)] == pytest.approx(year1)
    assert fees[D(2026, 1, 1)] == pytest.approx(year2)
    assert fees[D(2027, 1, 1)] == pytest.approx(year3) and year3 == pytest.approx(1.05e6)  # per period alone: 0.45 m


@pytest.mark.parametrize("policy, year1, year2", [
    # 500 m then 300 m on a 100 m quota. 2024-11: 200 x 15 bp + 300 x 30 bp; then 100 m to reach 600 m at
    # 15 bp and 200 m above it at 60 bp. pre-2024-11 (115% / 575%): 115 x 15 + 385 x 30; then 75 x 15 + 225 x 60.
    ("2024-11", 0.3e6 + 0.9e6, 0.15e6 + 1.2e6),
    ("pre-2024-11", 0.1725e6 + 1.155e6, 0.1125e6 + 1.35e6),
])
def test_commitment_fee_crossing_the_cumulative_threshold_in_a_period(policy, year1, year2):
    purchases = [(D(2025, 2, 1), 1e6, "disbursed"), (D(2025, 6, 1), 499e6, "planned"), (D(2026, 3, 1), 300e6, "planned")]
    s = imf.schedule(arrangement(purchases, quota=100e6, months=24, approval=D(2025, 1, 1), policy=policy), include_planned=False)
    fees = {r.date: r.commitment_fee_sdr for r in s.rows if r.commitment_fee_sdr}
    assert fees[D(2025, 1, 1)] == pytest.approx(year1)
    assert fees[D(2025, 2, 1)] == pytest.approx(-year1 * 1 / 500)  # the 1 m drawn: its share refunded
    assert fees[D(2026, 1, 1)] == pytest.approx(year2)


# --- the ARA inputs defined where they are entered and read (IMF, Assessing Reserve Adequacy, 2011) ---------

def header_tips(model) -> dict[str, str]:
    from PySide6.QtCore import Qt

    return {c.title: model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for i, c in enumerate(model.columns)}


def test_the_program_tab_defines_the_ara_inputs_and_dates_charges_by_quarter(qtbot, sample_copy):
    from PySide6.QtCore import Qt

    from desktop.core.workspace import Workspace
    from desktop.gui.tabs.program import ProgramTab

    ws = Workspace.open(sample_copy("pakistan"))
    tab = ProgramTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    tips = header_tips(tab.macro_model)
    assert "not net" in tips["Gross reserves (US$ m)"]
    assert "remaining maturity" in tips["Short-term debt (US$ m)"]
    assert "portfolio" in tips["Other liabilities (US$ m)"]  # the third ARA input has its column
    tab._show_adequacy()
    used = {r[0]: row for row, r in enumerate(tab.inputs_model.records)}
    tip = tab.inputs_model.data(tab.inputs_model.index(used["Gross reserves"], 0), Qt.ItemDataRole.ToolTipRole)
    assert "not net" in tip
    # the schedule by payment date: a charge falls due after its quarter and says which quarter it is for
    charges = tab.date_model.columns.index(next(c for c in tab.date_model.columns if c.title == "Charges"))
    row = next(i for i, r in enumerate(tab.date_model.records) if r.charges_sdr)
    record = tab.date_model.records[row]
    assert tab.date_model.data(tab.date_model.index(row, charges), Qt.ItemDataRole.ToolTipRole) == \
        f"For the IMF quarter ending {record.charges_quarter_end.isoformat()}"
    weekdays = [record.charges_quarter_end + dt.timedelta(days=i) for i in range(1, 9)]
    assert record.date == [day for day in weekdays if day.weekday() < 5][3]
    ws.close()


def test_the_macro_import_dialog_defines_the_columns(qtbot, sample_copy):
    from PySide6.QtWidgets import QLabel

    from desktop.core.workspace import Workspace
    from desktop.gui.dialogs.import_file import ImportDialog

    ws = Workspace.open(sample_copy("empty"))
    dialog = ImportDialog(ws, "macro")
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "gross official reserve assets, not net" in text and "remaining maturity" in text
    assert "other portfolio liabilities" in text
    ws.close()
