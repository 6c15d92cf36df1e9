"""Every value a dialog or importer passes in is bounded: NaN, infinities, negative or zero amounts, absurd
magnitudes, dates out of range and over-long text are refused with a message naming the field, and nothing
is written."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.workspace import Workspace

NAN, INF = float("nan"), float("inf")
LONG = "x" * 5000


@pytest.fixture
def ws(sample_copy):
    workspace = Workspace.open(sample_copy("el-salvador"))
    yield workspace
    workspace.close()


def audit_entries(ws) -> int:
    return ws.store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def refused(ws, change, field: str) -> None:
    before = audit_entries(ws)
    with pytest.raises(InputError) as caught:
        change()
    assert any(p.startswith(f"{field}:") or f" {field}:" in p or f"{field} " in p for p in caught.value.problems), \
        caught.value.problems
    assert audit_entries(ws) == before  # nothing written


def purchase(ws, **changes) -> d.Transaction:
    base = d.Transaction(date=dt.date(2025, 11, 1), kind="purchase", wallet=ws.wallets[0].name, quantity=1.0,
                         price_usd=90_000.0)
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize("changes, field", [
    ({"quantity": NAN}, "quantity"), ({"quantity": INF}, "quantity"), ({"quantity": -1.0}, "quantity"),
    ({"quantity": 0.0}, "quantity"), ({"quantity": 1e12}, "quantity"),
    ({"price_usd": NAN}, "price_usd"), ({"price_usd": -5.0}, "price_usd"), ({"price_usd": 1e20}, "price_usd"),
    ({"fee_usd": INF}, "fee_usd"), ({"date": dt.date(2008, 1, 1)}, "date"), ({"date": dt.date(2200, 1, 1)}, "date"),
    ({"note": LONG}, "note"), ({"counterparty": LONG}, "counterparty"), ({"reference": LONG}, "reference"),
])
def test_transactions(ws, changes, field):
    refused(ws, lambda: ws.add_transaction(purchase(ws, **changes)), field)


@pytest.mark.parametrize("wallet, field", [
    (d.Wallet(name="", kind="cold"), "name"), (d.Wallet(name=LONG, kind="cold"), "name"),
    (d.Wallet(name="W", kind="cold", cap_btc=NAN), "cap_btc"), (d.Wallet(name="W", kind="cold", cap_btc=-1.0), "cap_btc"),
    (d.Wallet(name="W", kind="cold", cap_btc=1e9), "cap_btc"), (d.Wallet(name="W", kind="cold", address=LONG), "address"),
])
def test_wallets(ws, wallet, field):
    refused(ws, lambda: ws.add_wallet(wallet), field)


@pytest.mark.parametrize("amount, date, field", [
    (NAN, dt.date(2026, 1, 1), "amount_sdr"), (INF, dt.date(2026, 1, 1), "amount_sdr"),
    (-1.0, dt.date(2026, 1, 1), "amount_sdr"), (0.0, dt.date(2026, 1, 1), "amount_sdr"),
    (1e15, dt.date(2026, 1, 1), "amount_sdr"), (1e6, dt.date(1990, 1, 1), "date"),
])
def test_imf_purchases(ws, amount, date, field):
    name = ws.arrangements[0].name
    refused(ws, lambda: ws.save_purchase(name, d.Purchase(date, amount, "planned")), field)


@pytest.mark.parametrize("params, field", [
    ({"btc_shock": NAN}, "btc_shock"), ({"btc_shock": -1.0}, "btc_shock"), ({"btc_shock": 1e9}, "btc_shock"),
    ({"btc_shock": -0.5, "macro_shocks": {"remittances": INF}}, "macro_shocks.remittances"),
    ({"btc_shock": -0.5, "other_flows_usd": 1e30}, "other_flows_usd"),
])
def test_scenarios(ws, params, field):
    refused(ws, lambda: ws.save_scenario(d.Scenario(id="bounded", name="b", kind="shock", horizon_days=365,
                                                    params=params)), field)


def test_scenario_text_and_horizon(ws):
    refused(ws, lambda: ws.save_scenario(d.Scenario(id="b", name=LONG, kind="shock", horizon_days=365,
                                                    params={"btc_shock": -0.5})), "name")
    refused(ws, lambda: ws.save_scenario(d.Scenario(id="b", name="b", kind="shock", horizon_days=0,
                                                    params={"btc_shock": -0.5})), "horizon_days")
    refused(ws, lambda: ws.save_scenario(d.Scenario(id="b", name="b", kind="shock", horizon_days=365,
                                                    params={"btc_shock": -0.5}, note=LONG)), "note")


@pytest.mark.parametrize("params, field", [
    ({"start_date": "2026-01-01", "btc": NAN}, "btc"), ({"start_date": "2026-01-01", "usd": INF}, "usd"),
    ({"start_date": "2026-01-01", "btc": 0.0}, "btc"), ({"start_date": "2026-01-01", "usd": 1e20}, "usd"),
    ({"start_date": "1800-01-01", "btc": 1.0}, "start_date"), ({"start_date": "2026-01-01", "end_date": "2999-01-01",
                                                                "btc": 1.0}, "end_date"),
])
def test_policies(ws, params, field):
    refused(ws, lambda: ws.save_policy(d.Policy(name="bounded", kind="daily", params=params)), field)
    refused(ws, lambda: ws.save_policy(d.Policy(name=LONG, kind="daily", params={"start_date": "2026-01-01",
                                                                                  "btc": 1.0})), "name")
