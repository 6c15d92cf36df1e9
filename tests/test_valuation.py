"""Valuation against ledgers worked out by hand."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop.core.domain import Transaction
from desktop.core.engine import valuation as val

D = dt.date


def ledger(*rows, wallets=("A", "B")):
    return val.Ledger.from_rows(list(rows), wallets)


def tx(day, kind, wallet, qty, price=None, fee=None, to=None):
    return Transaction(date=D(2025, 1, day), kind=kind, wallet=wallet, quantity=qty, price_usd=price, fee_usd=fee, to_wallet=to)


HAND = ledger(
    tx(1, "purchase", "A", 2.0, 100.0, fee=10.0),  # cost 210, stock 2
    tx(2, "purchase", "A", 2.0, 200.0),  # cost 610, stock 4, average 152.5
    tx(3, "transfer", "A", 1.0, to="B"),  # nothing changes in total
    tx(4, "sale", "B", 1.0, 300.0, fee=5.0),  # removes 152.5; realised 300 - 5 - 152.5 = 142.5; cost 457.5
    tx(5, "seizure", "A", 1.0),  # zero cost: cost 457.5, stock 4
    tx(6, "fee", "A", 0.5),  # removes 457.5 * 0.5 / 4 = 57.1875; cost 400.3125; stock 3.5
    tx(7, "mining", "B", 0.5, 400.0),  # cost 600.3125, stock 4
)


def test_average_cost_by_hand():
    track = val.cost_track(HAND)
    np.testing.assert_allclose(track.stock_btc, [2, 4, 4, 3, 4, 3.5, 4])
    np.testing.assert_allclose(track.cost_usd, [210, 610, 610, 457.5, 457.5, 400.3125, 600.3125])
    np.testing.assert_allclose(track.realized_pnl_usd, [0, 0, 0, 142.5, 142.5, 142.5, 142.5])


def test_wallet_balances_by_hand():
    np.testing.assert_allclose(val.wallet_balances(HAND, val.day_number(D(2025, 1, 3))), [3.0, 1.0])
    np.testing.assert_allclose(val.wallet_balances(HAND, val.day_number(D(2025, 1, 7))), [3.5, 0.5])
    np.testing.assert_allclose(val.wallet_balances(HAND, val.day_number(D(2024, 12, 31))), [0.0, 0.0])


def test_selling_everything_resets_the_cost():
    track = val.cost_track(ledger(tx(1, "purchase", "A", 1.0, 100.0), tx(2, "sale", "A", 1.0, 150.0),
                                  tx(3, "purchase", "A", 1.0, 80.0)))
    np.testing.assert_allclose(track.cost_usd, [100, 0, 80])
    np.testing.assert_allclose(track.realized_pnl_usd, [0, 50, 50])


def test_a_transfer_beyond_the_balance_names_the_row():
    bad = ledger(tx(1, "purchase", "A", 1.0, 100.0), tx(2, "transfer", "A", 1.5, to="B"))
    with pytest.raises(val.LedgerError, match=r"row 2 .*transfer.*'A' below zero") as info:
        val.check_balances(bad)
    assert info.value.row == 1


def test_a_sale_from_an_empty_wallet_names_the_row_even_if_the_total_is_positive():
    bad = ledger(tx(1, "purchase", "A", 5.0, 100.0), tx(2, "sale", "B", 1.0, 100.0))
    with pytest.raises(val.LedgerError, match=r"row 2 .*'B' below zero"):
        val.check_balances(bad)


def test_a_transfer_out_and_back_on_one_day_is_fine():
    ok = ledger(tx(1, "purchase", "A", 1.0, 100.0), tx(2, "transfer", "A", 1.0, to="B"), tx(2, "transfer", "B", 1.0, to="A"))
    val.check_balances(ok)


def test_price_on_or_before_and_series():
    days = np.array([val.day_number(D(2025, 1, 1)), val.day_number(D(2025, 1, 5))])
    closes = np.array([100.0, 120.0])
    assert val.price_on_or_before(days, closes, val.day_number(D(2024, 12, 31))) is None
    assert val.price_on_or_before(days, closes, val.day_number(D(2025, 1, 4))) == (100.0, days[0])
    assert val.price_on_or_before(days, closes, val.day_number(D(2025, 1, 9))) == (120.0, days[1])
    grid = np.arange(days[0] - 1, days[1] + 2)
    np.testing.assert_allclose(val.price_series(days, closes, grid), [np.nan, 100, 100, 100, 100, 120, 120], equal_nan=True)


def test_rows_out_of_date_order_are_refused():
    with pytest.raises(ValueError, match="date order"):
        ledger(tx(2, "purchase", "A", 1.0, 1.0), tx(1, "purchase", "A", 1.0, 1.0))


def test_workspace_holdings_json_has_the_spec_keys(sample_files):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_files["el-salvador"])
    data = ws.holdings(D(2025, 11, 18)).to_json()
    ws.close()
    assert {"date", "total_btc", "value_usd", "cost_usd", "unrealized_pnl_usd", "wallets"} <= set(data)
    assert all({"name", "btc", "value_usd"} <= set(w) for w in data["wallets"])
    assert data["unrealized_pnl_usd"] == pytest.approx(data["value_usd"] - data["cost_usd"], abs=0.02)
    assert sum(w["btc"] for w in data["wallets"]) == pytest.approx(data["total_btc"], abs=1e-8)


def test_fifo_by_hand():
    # lots: 2 @ 105 (fee 10 over 2 BTC), 2 @ 200; transfer moves nothing; the sale of 1 takes 1 @ 105:
    # realised 300 - 5 - 105 = 190; seizure adds a lot of 1 @ 0; the 0.5 fee takes 0.5 @ 105 (-52.5);
    # mining adds 0.5 @ 400.
    track = val.fifo_cost_track(HAND)
    np.testing.assert_allclose(track.stock_btc, [2, 4, 4, 3, 4, 3.5, 4])
    np.testing.assert_allclose(track.cost_usd, [210, 610, 610, 505, 505, 452.5, 652.5])
    np.testing.assert_allclose(track.realized_pnl_usd, [0, 0, 0, 190, 190, 190, 190])


def test_fifo_sale_spanning_lots():
    track = val.fifo_cost_track(ledger(tx(1, "purchase", "A", 1.0, 100.0), tx(2, "purchase", "A", 1.0, 300.0),
                                       tx(3, "sale", "A", 1.5, 400.0)))
    # 1 @ 100 + 0.5 @ 300 = 250 removed; proceeds 600; realised 350; 0.5 @ 300 left
    np.testing.assert_allclose(track.cost_usd, [100, 400, 150])
    np.testing.assert_allclose(track.realized_pnl_usd, [0, 0, 350])


def test_both_methods_agree_when_nothing_leaves():
    only_in = ledger(tx(1, "purchase", "A", 1.0, 100.0, fee=1.0), tx(2, "mining", "B", 0.5, 300.0), tx(3, "seizure", "A", 2.0))
    np.testing.assert_allclose(val.cost_track(only_in).cost_usd, val.fifo_cost_track(only_in).cost_usd)


def test_store_path_matches_from_rows(tmp_path):
    """The fast path (numbers straight from SQLite, sorted in NumPy) equals the ledger built from rows."""
    from desktop.core.domain import Wallet
    from desktop.core.workspace import Workspace

    ws = Workspace.create(tmp_path / "w.db", "empty")
    ws.add_wallet(Wallet(name="B", kind="hot"))  # id 1: ids differ from name order on purpose
    ws.add_wallet(Wallet(name="A", kind="cold"))
    rows = [tx(4, "sale", "B", 1.0, 300.0), tx(1, "purchase", "A", 2.0, 100.0, fee=10.0), tx(3, "transfer", "A", 1.0, to="B")]
    for t in [rows[1], rows[2], rows[0]]:
        ws.add_transaction(t)
    fast, ids = val.Ledger.from_chunks(ws.store.ledger_chunks(), ws.store.wallet_ids())
    slow = val.Ledger.from_rows([rows[1], rows[2], rows[0]], ["B", "A"])
    for name in ("day", "kind", "wallet", "to_wallet", "quantity_btc", "fee_usd"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name))
    np.testing.assert_array_equal(np.isnan(fast.price_usd), np.isnan(slow.price_usd))
    assert list(ids) == [1, 2, 3]
    ws.close()
