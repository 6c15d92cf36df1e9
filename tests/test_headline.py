"""Issue 17, change 1: one headline computation serves the Overview and the PDF's executive summary."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import fmt
from desktop.core.headline import headline
from desktop.core.summary import build_report

DATE = dt.date(2025, 11, 18)


def months_later(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, min(day.day, 28))  # the purchases of the sample fall before the 29th


def test_the_headline_is_the_workspace_s_own_figures(es):
    x = headline(es, DATE)
    assert x.holdings.total_btc == es.holdings(DATE).total_btc
    # credit outstanding: each disbursed purchase less its installments due by the date (EFF: 12 semiannual from 54
    # months; RFI: 8 quarterly from 39 months), every arrangement together
    rules = {"EFF": (12, 6, 54), "RFI": (8, 3, 39)}
    outstanding = 0.0
    for a in es.arrangements:
        n, gap, first = rules[a.facility]
        for p in a.purchases:
            if p.status == "disbursed" and p.date <= DATE:
                assert p.date.day < 29  # months_later's simplification holds
                due = [months_later(p.date, first + gap * i) for i in range(n)]
                outstanding += p.amount_sdr * (1 - sum(day <= DATE for day in due) / n)
    assert {a.facility for a in es.arrangements} == {"EFF", "RFI"}
    assert x.credit_sdr == pytest.approx(outstanding)
    assert x.accumulated_btc == pytest.approx(es.holdings(DATE).total_btc - es.holdings(DATE - dt.timedelta(days=90)).total_btc)
    assert x.next_test.date == min(t.date for a in es.arrangements for t in a.test_dates if t.date >= DATE)


def test_the_overview_and_the_pdf_state_the_same_headline(window, es):
    x = headline(es, DATE)
    (section,) = build_report(es, date=DATE, sections=["summary"]).sections
    rows = dict(section.blocks[0].rows)
    assert rows["Bitcoin held"] == f"{fmt.btc(x.holdings.total_btc)} BTC"
    assert rows["Value of the bitcoin"] == fmt.usd_short(x.holdings.value_usd)
    assert rows["IMF credit outstanding"].startswith(f"SDR {fmt.sdr_m(x.credit_sdr)} m")
    assert rows["Bitcoin vs gross reserves (not a reserve asset)"] == fmt.pct(x.btc_share_of_reserves)
    window.open_workspace(es.path)
    overview = window._built[0]
    overview.set_date(DATE)
    assert overview.cards["stock"].value.text() == f"{fmt.btc(x.holdings.total_btc)} BTC"
    assert overview.cards["credit"].value.text() == f"SDR {fmt.sdr_m(x.credit_sdr)} m"
    assert overview.cards["btc_share"].value.text() == fmt.pct(x.btc_share_of_reserves)
