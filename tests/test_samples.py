"""The samples reproduce the reported figures of docs/samples.md, and label everything that is not a cited fact."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.workspace import Workspace

# El Salvador's reported holdings (docs/samples.md, "Bitcoin holdings"; the National Bitcoin Office's dashboard as
# reported in the press), typed in independently of resources/samples/el-salvador.json.
# (date, BTC, tolerance): 0.01 BTC for figures given to two decimals, 1% for the others.
REPORTED_STOCK = [
    ("2021-09-06", 200, 0.01 * 200),
    ("2022-07-01", 2381, 0.01 * 2381),
    ("2024-12-29", 6000.77, 0.01),
    ("2025-01-30", 6049, 0.01 * 6049),
    ("2025-05-27", 6190, 0.01 * 6190),
    ("2025-07-22", 6246, 0.01 * 6246),
    ("2025-08-31", 6274, 0.01 * 6274),  # "late Aug 2025 ~6,274"
    ("2025-09-08", 6313.18, 0.01),
    ("2025-11-18", 7474.37, 0.01),
]


@pytest.fixture(scope="module")
def el_salvador(sample_files):
    ws = Workspace.open(sample_files["el-salvador"])
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def pakistan(sample_files):
    ws = Workspace.open(sample_files["pakistan"])
    yield ws
    ws.close()


@pytest.mark.parametrize("day, btc, tolerance", REPORTED_STOCK)
def test_el_salvador_stock_matches_every_reported_figure(el_salvador, day, btc, tolerance):
    assert el_salvador.holdings(dt.date.fromisoformat(day)).total_btc == pytest.approx(btc, abs=tolerance)


def test_el_salvador_has_nothing_before_the_first_purchase(el_salvador):
    assert el_salvador.holdings(dt.date(2021, 9, 5)).total_btc == 0


def test_daily_purchases_of_one_bitcoin_from_2022_11_18(el_salvador):
    h = el_salvador.holdings
    assert h(dt.date(2022, 11, 18)).total_btc - h(dt.date(2022, 11, 17)).total_btc == pytest.approx(1.0)
    assert h(dt.date(2023, 6, 30)).total_btc - h(dt.date(2023, 6, 1)).total_btc == pytest.approx(29.0)
    assert h(dt.date(2025, 11, 18)).total_btc - h(dt.date(2025, 11, 17)).total_btc == pytest.approx(1 + 1090 + 0.19, abs=0.01)


def test_average_cost_matches_the_reported_figure(el_salvador):
    # reported: 6,000.77 BTC at an average cost of ~US$45,450 on 2024-12-29 (docs/samples.md)
    assert el_salvador.holdings(dt.date(2024, 12, 29)).average_cost_usd == pytest.approx(45_450, rel=1e-9)


def test_value_uses_the_reported_daily_close(el_salvador):
    h = el_salvador.holdings(dt.date(2025, 11, 18))
    assert h.price_usd == 92_949 and h.price_date == dt.date(2025, 11, 18)
    assert h.value_usd == pytest.approx(7474.37 * 92_949, abs=1.0)


def test_the_august_2025_split_into_fourteen_addresses_of_at_most_500(el_salvador):
    after = el_salvador.holdings(dt.date(2025, 9, 1))
    split = [w for w in after.wallets if w.name.startswith("Reserve address") and w.btc > 0]
    assert len(split) == 14
    assert all(0 < w.btc <= 500 for w in split)
    transfers = [t for t in el_salvador.transactions if t.kind == "transfer"]
    assert len(transfers) == 14 and all(t.date == dt.date(2025, 8, 29) for t in transfers)
    h = el_salvador.holdings
    assert h(dt.date(2025, 8, 29)).total_btc - h(dt.date(2025, 8, 28)).total_btc == pytest.approx(1.0)  # transfers move, not add


def test_no_wallet_exceeds_its_cap(el_salvador):
    assert not [w.name for w in el_salvador.holdings(dt.date(2025, 11, 18)).wallets if w.over_cap]


def test_every_reconstructed_or_illustrative_row_says_so(el_salvador):
    for t in el_salvador.transactions:
        assert t.source, f"row of {t.date} has no source"
        if t.kind == "purchase":
            assert any(word in t.note for word in ("Reconstructed", "Illustrative")), t
    for a in el_salvador.arrangements:
        for p in a.purchases:
            assert p.source or (p.note and "llustrative" in p.note)
        for test in a.test_dates:
            assert "llustrative" in test.note


def test_el_salvador_eff(el_salvador):
    (eff,) = [a for a in el_salvador.arrangements if a.facility == "EFF"]
    assert (eff.facility, eff.approval_date, eff.months) == ("EFF", dt.date(2025, 2, 26), 40)
    assert eff.access_sdr == 1_033_920_000 and eff.quota_sdr == 287_200_000
    disbursed = [(p.date, p.amount_sdr) for p in eff.purchases if p.status == "disbursed"]
    assert disbursed == [(dt.date(2025, 2, 26), 86_160_000), (dt.date(2025, 6, 27), 86_160_000)]
    assert sum(p.amount_sdr for p in eff.purchases) == pytest.approx(eff.access_sdr)
    assert any(b.type == "non_accumulation" and b.start_date == dt.date(2025, 2, 26) for b in eff.benchmarks)


def test_pakistan_holds_no_bitcoin_and_has_its_eff_and_rsf(pakistan):
    assert pakistan.holdings().total_btc == 0
    by_name = {a.name: a for a in pakistan.arrangements}
    eff, rsf = by_name["Pakistan EFF 2024"], by_name["Pakistan RSF 2025"]
    assert (eff.name, eff.months, eff.access_sdr, eff.quota_sdr) == ("Pakistan EFF 2024", 37, 5_320_000_000, 2_031_000_000)
    disbursed = [(p.date.isoformat(), p.amount_sdr) for p in eff.purchases if p.status == "disbursed"]
    assert disbursed == [("2024-09-25", 760e6), ("2025-05-09", 760e6), ("2025-12-08", 760e6)]
    assert sum(p.amount_sdr for p in eff.purchases if p.status == "planned") == pytest.approx(3_040e6)
    assert eff.access_sdr / eff.quota_sdr == pytest.approx(2.62, abs=0.005)
    assert rsf.facility == "RSF" and rsf.access_sdr == 1_000e6 and rsf.repayment is None  # the RST's own terms
    assert [p.amount_sdr for p in rsf.purchases if p.status == "disbursed"] == [154e6]
    assert sum(p.amount_sdr for p in rsf.purchases) == pytest.approx(rsf.access_sdr)


def test_pakistan_reserves_and_imports(pakistan):
    assert pakistan.reserves_on(dt.date(2025, 6, 30)).gross_reserves_usd == 14.51e9
    assert pakistan.reserves_on(dt.date(2025, 12, 19)).gross_reserves_usd == 15.90e9
    # goods US$58.38 bn + services ~US$0.94 bn a month
    assert pakistan.imports_on(dt.date(2025, 12, 19)).imports_usd == pytest.approx(58.38e9 + 12 * 0.94e9)
    assert pakistan.months_of_imports(dt.date(2025, 12, 19)) == pytest.approx(15.90e9 / ((58.38e9 + 11.28e9) / 12))


def test_every_sample_carries_the_scenario_library(sample_files):
    ids = {"btc-2013-15", "btc-2017-18", "btc-2021-22", "btc-covid-2020", "btc-ftx-2022", "btc-2025-26", "btc-minus-50",
           "btc-minus-80", "remittances-minus-20", "imf-downside", "mc-gbm", "mc-student-t", "mc-garch", "mc-bootstrap"}
    for path in sample_files.values():
        ws = Workspace.open(path)
        assert {s.id for s in ws.scenarios} == ids
        ws.close()


def test_a_failed_sample_build_leaves_no_file(tmp_path, monkeypatch):
    from desktop.core import samples

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(samples, "add_scenarios", boom)
    with pytest.raises(RuntimeError):
        samples.create_sample(tmp_path / "half.db", "el-salvador")
    assert list(tmp_path.iterdir()) == []
