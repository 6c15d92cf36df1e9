"""The converter of the reporting currency against figures worked by hand from the rates written here."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop.core import fx

D = dt.date
# Friday 5 January 2024 and Monday 8 January: the weekend between has no rate
DATES = ["2024-01-02", "2024-01-05", "2024-01-08", "2024-02-15"]
PER_USD = [281.20, 280.50, 279.90, 279.00]
VALUATION = D(2024, 2, 20)


def pkr(depreciation: float = 0.0) -> fx.Converter:
    return fx.Converter("PKR", VALUATION, DATES, PER_USD, depreciation_per_year=depreciation)


def test_an_observed_date_converts_at_its_own_rate():
    r = pkr().rate(D(2024, 1, 5))
    assert (r.per_usd, r.date, r.basis) == (280.50, D(2024, 1, 5), "observed")
    assert pkr().from_usd(1_000_000, D(2024, 1, 5)) == pytest.approx(280_500_000)


@pytest.mark.parametrize("day", [D(2024, 1, 6), D(2024, 1, 7)])
def test_a_weekend_takes_the_fridays_rate(day):
    r = pkr().rate(day)
    assert (r.per_usd, r.date, r.basis) == (280.50, D(2024, 1, 5), "observed")
    assert pkr().from_usd(2_500_000, day) == pytest.approx(2_500_000 * 280.50)


def test_a_rate_31_days_old_serves_and_32_does_not():
    assert pkr().rate(D(2024, 2, 8)).date == D(2024, 1, 8)  # 31 days after the Monday
    assert pkr().rate(D(2024, 2, 9)) is None and pkr().from_usd(1.0, D(2024, 2, 9)) is None
    assert pkr().rate(D(2024, 1, 1)) is None  # before the first rate
    assert "no PKR rate on or in the 31 days before" in fx.no_rate_text("PKR", D(2024, 2, 9))


def test_a_future_date_held_flat():
    r = pkr().rate(D(2025, 2, 20))
    assert (r.per_usd, r.date, r.basis) == (279.00, D(2024, 2, 15), "assumed")
    assert "held flat" in r.describe()


def test_a_future_date_under_10_percent_a_year():
    conv = pkr(0.10)
    one_year = VALUATION + dt.timedelta(days=366)  # 2025-02-20, 2024 being a leap year
    expected = 279.00 / 0.9 ** (366 / 365.25)  # the rupee loses 10% of its US$ value a year
    assert conv.rate(one_year).per_usd == pytest.approx(expected, rel=1e-12)
    assert conv.from_usd(1_000_000, one_year) == pytest.approx(1_000_000 * expected)
    assert conv.rate(VALUATION).per_usd == 279.00  # the valuation date itself is observed
    assert "10.0%" in conv.rate(one_year).describe()
    # the path starts from the valuation date's rate: a stale one means no rate after it either
    stale = fx.Converter("PKR", D(2024, 5, 1), DATES, PER_USD, depreciation_per_year=0.10)
    assert stale.rate(D(2025, 1, 1)) is None


def test_other_currencies_are_held_flat_after_the_valuation_date():
    sdr = fx.Converter("SDR", VALUATION, ["2024-02-15"], [1 / 1.3281], depreciation_per_year=0.0)
    assert sdr.from_usd(1_328_100, D(2030, 1, 1)) == pytest.approx(1_000_000)


def test_the_sdr_without_a_series_takes_the_programs_rate_and_says_so():
    conv = fx.Converter("SDR", VALUATION, program_usd_per_sdr=(1.3281, "El Salvador EFF 2025"))
    r = conv.rate(D(2023, 6, 1))
    assert r.basis == "program" and r.per_usd == pytest.approx(1 / 1.3281)
    assert conv.from_usd(1_328_100, D(2023, 6, 1)) == pytest.approx(1_000_000)
    assert conv.rate(D(2031, 1, 1)).basis == "program"
    assert "El Salvador EFF 2025" in r.describe() and "US$1.3281 per SDR" in r.describe()
    # an imported series wins over the program's rate
    series = fx.Converter("SDR", VALUATION, ["2024-02-15"], [1 / 1.35], program_usd_per_sdr=(1.3281, "EFF"))
    assert series.rate(VALUATION).basis == "observed" and series.from_usd(1.35, VALUATION) == pytest.approx(1.0)


def test_an_sdr_amount_stays_sdr_or_goes_through_its_us_dollars():
    sdr = fx.Converter("SDR", VALUATION, program_usd_per_sdr=(1.3281, "EFF"))
    assert sdr.from_sdr(5_000_000, D(2030, 1, 1), 1.3281) == 5_000_000
    assert pkr().from_sdr(1_000_000, D(2024, 1, 5), 1.3281) == pytest.approx(1_000_000 * 1.3281 * 280.50)
    assert pkr().from_sdr(1_000_000, D(2024, 2, 9), 1.3281) is None


def test_us_dollars_are_the_identity():
    usd = fx.Converter("USD", VALUATION)
    assert usd.identity and usd.from_usd(123.45, D(1990, 1, 1)) == 123.45 and usd.rate(D(1990, 1, 1)).basis == "identity"
    assert usd.from_usd(None, VALUATION) is None and pkr().from_usd(float("nan"), D(2024, 1, 5)) is None


def test_the_series_agrees_with_each_date_one_by_one():
    conv = pkr(0.10)
    days = [D(2023, 12, 30) + dt.timedelta(days=k) for k in range(0, 800, 3)]
    amounts = np.linspace(1.0, 9.0, len(days))
    vector = conv.from_usd_series(amounts, np.array([x.toordinal() for x in days]))
    one_by_one = [conv.from_usd(float(a), x) for a, x in zip(amounts, days, strict=True)]
    assert any(v is None for v in one_by_one) and any(v is not None for v in one_by_one)
    for v, expected in zip(vector, one_by_one, strict=True):
        assert (np.isnan(v) and expected is None) or v == pytest.approx(expected, rel=1e-12)


def test_codes_are_normalised_and_bad_ones_named():
    assert fx.normalise_code(" pkr ") == "PKR" and fx.normalise_code("xdr") == "SDR"
    for bad in ("PK", "PKR1", "", "€UR"):
        with pytest.raises(ValueError, match="not a currency code"):
            fx.normalise_code(bad)


def test_rates_used_lists_each_distinct_rate_once():
    used = fx.rates_used(pkr(), [D(2024, 1, 6), D(2024, 1, 5), D(2024, 1, 7), D(2024, 2, 9), D(2024, 1, 8)])
    assert [None if r is None else r.per_usd for r in used] == [280.50, 279.90, None]
