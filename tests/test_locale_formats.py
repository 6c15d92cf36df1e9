"""Numbers and dates as each reader writes them (es_SV like the US, es_ES with the comma), and typed that way."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.core import fmt
from desktop.gui import locale_formats
from desktop.gui.dialogs.forms import amount_field

DAY = dt.date(2026, 12, 1)


@pytest.fixture
def formats():
    """Install a locale's formats for the test, then the machine's again (C here: read as en_US)."""
    previous = QLocale()
    yield lambda name, language: locale_formats.install(language, QLocale(name))
    fmt.install(None)
    QLocale.setDefault(previous)


@pytest.mark.parametrize("name, language, number, money, share, long_date", [
    ("es_SV", "es", "1,234,567.89", "-US$694.7 m", "12.3%", "1 de diciembre de 2026"),
    ("es_ES", "es", "1.234.567,89", "-US$694,7 m", "12,3%", "1 de diciembre de 2026"),
    ("en_US", "en", "1,234,567.89", "-US$694.7 m", "12.3%", "December 1, 2026"),
    ("en_US", "es", "1,234,567.89", "-US$694.7 m", "12.3%", "1 de diciembre de 2026"),
])
def test_numbers_and_dates_follow_the_locale(formats, name, language, number, money, share, long_date):
    formats(name, language)
    assert fmt.number(1234567.891, 2) == number
    assert fmt.usd_short(-694.7e6) == money
    assert fmt.pct(0.12345) == share
    assert fmt.long_date(DAY) == long_date
    assert fmt.date(DAY) == "2026-12-01"  # tables and fields: ISO 8601 in every locale (1/12 is ambiguous)


def test_the_command_line_and_a_bare_machine_write_the_sources_way(formats):
    fmt.install(None)
    assert (fmt.number(1234.5, 2), fmt.p_value(0.0004), fmt.long_date(DAY)) == ("1,234.50", "<0.001", "1 December 2026")
    formats("C", "en")  # a container with no locale: en_US, not C's ungrouped 1234.50
    assert (fmt.number(1234.5, 2), fmt.p_value(0.0004)) == ("1,234.50", "<0.001")


def test_spain_groups_with_points_from_five_digits_and_el_salvador_with_commas(formats):
    formats("es_ES", "es")
    assert (fmt.btc(16089.18), fmt.sdr_m(2_345_670_000), fmt.p_value(0.0004)) == ("16.089,18", "2345,67", "<0,001")
    assert fmt.btc(6089.18) == "6089,18"  # Spain's own rule (RAE, CLDR): four digits are not grouped
    formats("es_SV", "es")
    assert (fmt.btc(16089.18), fmt.sdr_m(2_345_670_000), fmt.p_value(0.0004)) == ("16,089.18", "2,345.67", "<0.001")


@pytest.mark.parametrize("name, typed, value", [
    ("es_SV", "1234.56", 1234.56),
    ("es_ES", "1234,56", 1234.56),
    ("en_US", "1234.56", 1234.56),
    ("es_ES", "1.234,56", 1234.56),
    ("en_US", "1,234.56", 1234.56),
])
def test_number_fields_read_what_the_locale_types(qtbot, formats, name, typed, value):
    formats(name, "es" if name.startswith("es") else "en")
    field = amount_field(2, 1e7)
    qtbot.addWidget(field)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.interpretText()
    assert field.value() == pytest.approx(value)
    assert field.locale().name() == name


@pytest.mark.parametrize("name, stock", [("es_ES", r"\d{4},\d{2} BTC"), ("es_SV", r"\d,\d{3}\.\d{2} BTC")])
def test_the_overview_writes_its_figures_by_the_locale(qtbot, spanish, formats, es, name, stock):
    from desktop.gui.tabs.overview import OverviewTab

    formats(name, "es")
    tab = OverviewTab(es, es.default_date())
    qtbot.addWidget(tab)
    # El Salvador's 7,000-odd BTC: Spain writes four digits ungrouped, with the decimal comma
    assert re.fullmatch(stock, tab.cards["stock"].value.text()), tab.cards["stock"].value.text()
    assert ("," if name == "es_ES" else ".") in tab.cards["value"].value.text()  # US$ m


def test_millions_and_billions_are_written_in_the_interfaces_language(spanish, formats):
    formats("es_SV", "es")
    assert (fmt.usd_short(694.7e6), fmt.usd_short(-4.48e9)) == ("US$694.7 mill.", "-US$4.48 mil mill.")
    formats("es_ES", "es")
    assert fmt.usd_short(694.7e6) == "US$694,7 mill."
