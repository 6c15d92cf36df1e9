"""The schema itself refuses bad rows, whatever code tries to write them."""

from __future__ import annotations

import math
import sqlite3

import pytest

from desktop.core.store import LATEST_VERSION, ConstraintError, StoreError

GOOD_TX = {"date": "2025-01-02", "kind": "purchase", "wallet_id": 1, "quantity": 1.5, "price_usd": 95000.0}


@pytest.fixture
def wallet(store):
    with store.transaction() as w:
        w.insert("wallets", {"name": "Cold", "kind": "cold"})
        w.insert("wallets", {"name": "Hot", "kind": "hot"})
    return store


def test_new_workspace_is_at_latest_schema_with_wal(store):
    assert store.schema_version == LATEST_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_spec_table_exists(store):
    expected = {"metadata", "wallets", "transactions", "prices", "macro_inputs", "arrangements", "purchases",
                "quotas", "sdr_rates", "member", "imf_payments", "test_dates", "benchmarks", "scenarios", "runs", "audit_log"}
    assert expected <= set(store.db.table_names())
    strict = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%STRICT'")}
    assert expected <= strict


def test_a_good_transaction_is_accepted(wallet):
    with wallet.transaction() as w:
        w.insert("transactions", GOOD_TX)
    assert wallet.transaction_count() == 1


@pytest.mark.parametrize("change, reason", [
    ({"quantity": 0.0}, "zero quantity"),
    ({"quantity": -1.0}, "negative quantity"),
    ({"quantity": math.nan}, "NaN quantity"),
    ({"quantity": math.inf}, "infinite quantity"),
    ({"quantity": 21_000_001.0}, "more than the supply"),
    ({"quantity": "one"}, "text in a REAL column"),
    ({"kind": "gift"}, "unknown kind"),
    ({"date": "2025-02-30"}, "impossible date"),
    ({"date": "2008-12-31"}, "before the genesis block"),
    ({"date": "02/01/2025"}, "not ISO"),
    ({"price_usd": None}, "purchase without a price"),
    ({"price_usd": 0.0}, "zero price"),
    ({"price_usd": math.inf}, "infinite price"),
    ({"fee_usd": -1.0}, "negative fee"),
    ({"wallet_id": 99}, "unknown wallet"),
    ({"kind": "transfer", "to_wallet_id": None}, "transfer without a destination"),
    ({"kind": "transfer", "to_wallet_id": 1}, "transfer to the same wallet"),
    ({"kind": "mining", "to_wallet_id": 2}, "destination on a non-transfer"),
])
def test_bad_transactions_are_refused(wallet, change, reason):
    with pytest.raises(ConstraintError), wallet.transaction() as w:
        w.insert("transactions", {**GOOD_TX, **change})
    assert wallet.transaction_count() == 0, reason


def test_a_failed_change_leaves_nothing_behind(wallet):
    before_audit = wallet.audit_count()
    with pytest.raises(ConstraintError), wallet.transaction() as w:
        w.insert("transactions", GOOD_TX)
        w.insert("transactions", {**GOOD_TX, "quantity": -5.0})
    assert wallet.transaction_count() == 0
    assert wallet.audit_count() == before_audit


@pytest.mark.parametrize("table, row", [
    ("wallets", {"name": "X", "kind": "paper"}),
    ("wallets", {"name": "  ", "kind": "cold"}),
    ("wallets", {"name": "Y", "kind": "cold", "cap_btc": -5.0}),
    ("prices", {"asset": "BTC", "date": "2025-01-01", "close_usd": 0.0, "source": "x"}),
    ("prices", {"asset": "BTC", "date": "2025-01-01", "close_usd": -3.0, "source": "x"}),
    ("macro_inputs", {"date": "2025-01-01", "gross_reserves_usd": -1.0}),
    ("macro_inputs", {"date": "2025-01-01", "regime": "crawling"}),
    ("arrangements", {"name": "A", "facility": "PRGT", "approval_date": "2025-01-01", "months": 36, "access_sdr": 1.0,
                      "usd_per_sdr": 1.3, "charges_policy": "2024-11"}),
    ("arrangements", {"name": "A", "facility": "custom", "approval_date": "2025-01-01", "months": 36, "access_sdr": 1.0,
                      "usd_per_sdr": 1.3, "charges_policy": "2024-11"}),
    ("arrangements", {"name": "A", "facility": "EFF", "approval_date": "2025-01-01", "months": 0, "access_sdr": 1.0,
                      "usd_per_sdr": 1.3, "charges_policy": "2024-11"}),
    ("arrangements", {"name": "A", "facility": "EFF", "approval_date": "2025-01-01", "months": 36, "access_sdr": 1.0,
                      "usd_per_sdr": 1.3, "charges_policy": "2016"}),
    ("quotas", {"effective_date": "2025-01-01", "quota_sdr": 0.0}),
    ("quotas", {"effective_date": "2025-02-30", "quota_sdr": 1.0}),
    ("sdr_rates", {"from_date": "2025-01-01", "sdr_rate": -0.01}),
    ("sdr_rates", {"from_date": "2025-01-01", "sdr_rate": 1.5}),
    ("member", {"id": 2}),
    ("member", {"id": 1, "rst_group": "D"}),
    ("imf_payments", {"as_of": "2025-01-01", "date": "2025-13-01", "description": "GRA Charges", "amount_sdr": 1.0}),
    ("imf_payments", {"as_of": "2025-01-01", "date": "2025-03-01", "description": " ", "amount_sdr": 1.0}),
    ("imf_payments", {"as_of": "2025-01-01", "date": "2025-03-01", "description": "GRA Charges", "amount_sdr": -1.0}),
    ("scenarios", {"id": "Bad Id", "name": "n", "kind": "shock", "horizon_days": 10, "params_json": "{}"}),
    ("scenarios", {"id": "ok", "name": "n", "kind": "shock", "horizon_days": 10, "params_json": "{not json"}),
    ("scenarios", {"id": "ok", "name": "n", "kind": "fantasy", "horizon_days": 10, "params_json": "{}"}),
])
def test_other_tables_refuse_bad_rows(store, table, row):
    before = store.db[table].count  # the member table holds its one row from the start
    with pytest.raises(ConstraintError), store.transaction() as w:
        w.insert(table, row)
    assert store.db[table].count == before


def test_purchase_needs_an_existing_arrangement(store):
    with pytest.raises(ConstraintError), store.transaction() as w:
        w.insert("purchases", {"arrangement_id": 7, "date": "2025-01-01", "amount_sdr": 1.0, "status": "planned"})


def test_duplicate_reference_is_refused(wallet):
    with wallet.transaction() as w:
        w.insert("transactions", {**GOOD_TX, "reference": "TX-1"})
    with pytest.raises(ConstraintError), wallet.transaction() as w:
        w.insert("transactions", {**GOOD_TX, "reference": "TX-1"})


def test_audit_log_is_append_only_and_chained(wallet):
    from desktop.core.store.audit import GENESIS_HASH, entry_hash

    rows = list(wallet.db.query("SELECT * FROM audit_log ORDER BY id"))
    assert rows[0]["prev_hash"] == GENESIS_HASH
    prev = GENESIS_HASH
    for row in rows:  # recompute the chain independently of the writer
        assert row["prev_hash"] == prev
        assert row["hash"] == entry_hash(prev, row)
        prev = row["hash"]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        wallet.db.execute("UPDATE audit_log SET os_user = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        wallet.db.execute("DELETE FROM audit_log")


def test_every_write_is_audited_with_before_and_after(wallet):
    import json

    with wallet.transaction() as w:
        w.update("wallets", 1, {"custodian": "Central bank"})
        w.delete("wallets", 2)
    last_two = list(wallet.db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT 2"))
    delete, update = last_two
    assert update["action"] == "update" and json.loads(update["before_json"])["custodian"] is None
    assert json.loads(update["after_json"])["custodian"] == "Central bank"
    assert delete["action"] == "delete" and json.loads(delete["before_json"])["name"] == "Hot"
    assert delete["after_json"] is None


def test_create_refuses_an_existing_file(tmp_path):
    from desktop.core.store import Store

    path = tmp_path / "exists.db"
    path.write_bytes(b"keep me")
    with pytest.raises(StoreError, match="already exists"):
        Store.create(path)
    assert path.read_bytes() == b"keep me"


def test_workspace_file_is_private(store):
    import os

    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    assert store.path.stat().st_mode & 0o077 == 0
