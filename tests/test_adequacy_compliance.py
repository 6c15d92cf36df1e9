"""Reserve adequacy by hand, and the non-accumulation rule on a ledger built for it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.domain import Transaction, Wallet
from desktop.core.engine.adequacy import measures, with_bitcoin
from desktop.core.engine.compliance import accumulation_breaches

INPUTS = {"short_term_debt_usd": 4e9, "other_liabilities_usd": 10e9, "broad_money_usd": 30e9, "exports_usd": 20e9,
          "imports_usd": 24e9}
# fixed: 0.3*4 + 0.2*10 + 0.1*30 + 0.1*20 = 8.2 bn; floating: 0.3*4 + 0.15*10 + 0.05*30 + 0.05*20 = 5.2 bn


@pytest.mark.parametrize("regime, metric", [("fixed", 8.2e9), ("floating", 5.2e9)])
@pytest.mark.parametrize("scale, band", [(0.9, "below"), (1.0, "adequate"), (1.25, "adequate"), (1.5, "adequate"), (1.6, "above")])
def test_ara_metric_ratio_and_band(regime, metric, scale, band):
    m, missing = measures(scale * metric, INPUTS, regime)
    assert m.ara_metric_usd == pytest.approx(metric) and m.ara_ratio == pytest.approx(scale)
    assert m.ara_band == band and missing == []
    assert m.months_of_imports == pytest.approx(scale * metric / 2e9)
    assert m.greenspan_guidotti == pytest.approx(scale * metric / 4e9)


def test_missing_inputs_are_named_not_guessed():
    m, missing = measures(5e9, {"imports_usd": 12e9}, "fixed")
    assert m.ara_metric_usd is None and m.ara_band is None and m.months_of_imports == 5.0
    assert missing == ["broad_money_usd", "exports_usd", "other_liabilities_usd", "short_term_debt_usd"]


def test_bitcoin_counts_only_after_the_haircut():
    m = with_bitcoin(8.2e9, 1e9, 0.4, INPUTS, "fixed")
    assert m.reserves_usd == pytest.approx(8.8e9) and m.ara_ratio == pytest.approx(8.8 / 8.2)
    with pytest.raises(ValueError):
        with_bitcoin(1.0, 1.0, 1.5, INPUTS, "fixed")


def test_non_accumulation_flags_exactly_purchases_and_mining_after_the_start():
    wallets = [Wallet("Treasury", "cold"), Wallet("Mining site", "hot"), Wallet("Seized assets", "custodial"),
               Wallet("Private fund", "custodial", public_sector=False)]
    start = dt.date(2025, 2, 26)
    day = lambda n: start + dt.timedelta(days=n)  # noqa: E731
    ledger = [
        Transaction(day(-10), "purchase", "Treasury", 5, price_usd=90_000),   # before: allowed
        Transaction(day(-5), "mining", "Mining site", 1),                     # before: allowed
        Transaction(day(0), "purchase", "Treasury", 1, price_usd=90_000),     # breach (on the start date)
        Transaction(day(3), "mining", "Mining site", 0.5),                    # breach
        Transaction(day(4), "seizure", "Seized assets", 10),                  # law enforcement: excluded
        Transaction(day(5), "transfer", "Mining site", 0.5, to_wallet="Treasury"),  # consolidation: excluded
        Transaction(day(6), "donation", "Treasury", 0.1),                     # not purchase or mining
        Transaction(day(7), "purchase", "Private fund", 2, price_usd=90_000),  # not the public sector
        Transaction(day(8), "sale", "Treasury", 1, price_usd=95_000),
        Transaction(day(9), "purchase", "Treasury", 2, price_usd=91_000),     # breach
    ]
    found = accumulation_breaches(ledger, wallets, start)
    assert [(t.date, t.kind, t.quantity) for t in found] == [(day(0), "purchase", 1), (day(3), "mining", 0.5),
                                                              (day(9), "purchase", 2)]
    assert accumulation_breaches(ledger, wallets, start, until=day(5)) == found[:2]


def test_workspace_adequacy_names_inputs_and_dates(sample_files):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_files["pakistan"])
    a = ws.adequacy(dt.date(2025, 12, 19))
    assert a["gross_reserves_usd"] == 15.90e9 and a["regime"] == "floating"
    assert a["months_of_imports"] == pytest.approx(15.90e9 / ((58.38e9 + 11.28e9) / 12))
    assert a["inputs_used"]["imports_usd"]["date"] == "2025-06-30"
    # every ARA input is in the sample (SBP and the PBS, end-June 2025): the floating-regime metric by hand
    assert a["missing_inputs"] == [] and a["inputs_used"]["short_term_debt_usd"]["date"] == "2025-06-30"
    used = {k: v["value"] for k, v in a["inputs_used"].items() if k != "regime"}
    metric = (0.30 * used["short_term_debt_usd"] + 0.15 * used["other_liabilities_usd"] + 0.05 * used["broad_money_usd"]
              + 0.05 * used["exports_usd"])
    assert a["ara_metric_usd"] == pytest.approx(metric) and a["ara_ratio"] == pytest.approx(15.90e9 / metric)
    ws.close()
