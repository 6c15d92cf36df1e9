"""`reserve-desk audit verify`: intact after everything the app does; catches every change made behind its back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import subprocess

import pytest
from conftest import cli_command

from desktop.core import domain as d
from desktop.core import stress
from desktop.core.store.verify import verify
from desktop.core.workspace import Workspace


def run_verify(path) -> tuple[int, dict, str]:
    done = subprocess.run([*cli_command(), "audit", "verify", "--workspace", str(path)], capture_output=True, text=True)
    return done.returncode, json.loads(done.stdout) if done.stdout else {}, done.stderr


@pytest.fixture
def busy(sample_copy):
    """El Salvador after a round of what an analyst does: edits, deletions, a stored run, policies, scenarios."""
    path = sample_copy("el-salvador")
    ws = Workspace.open(path)
    wallet = ws.wallets[0].name
    tid = ws.add_transaction(d.Transaction(date=dt.date(2025, 11, 1), kind="purchase", wallet=wallet, quantity=1.5,
                                           price_usd=100_000.0))
    ws.update_transaction(tid, d.Transaction(date=dt.date(2025, 11, 2), kind="purchase", wallet=wallet, quantity=2.0,
                                             price_usd=101_000.0))
    ws.delete_transaction(tid)
    scenario = dataclasses.replace(ws.scenario("btc-minus-50"), id="my-shock", name="Mine", builtin=False)
    ws.save_scenario(scenario)
    plan = stress.plan_run(ws, scenario)
    ws.save_run(plan.inputs, stress.execute(plan))
    ws.delete_scenario("my-shock")  # its run is kept, unlinked (ON DELETE SET NULL), and that is audited too
    pid = ws.save_policy(d.Policy(name="lump", kind="lump", params={"purchases": [{"date": "2026-01-01", "btc": 3}]}))
    ws.delete_policy(pid)
    ws.close()
    return path


def test_intact_after_everything_the_app_does(busy):
    code, out, _ = run_verify(busy)
    assert code == 0 and out["intact"] and out["entries"] > 30
    assert {"transactions", "runs", "scenarios", "prices", "metadata"} <= set(out["tables_checked"])
    conn = sqlite3.connect(busy)
    assert conn.execute("SELECT scenario_id FROM runs").fetchall() == [(None,)]


@pytest.mark.parametrize("table, sql, change", [
    ("transactions", "UPDATE transactions SET quantity = quantity * 2 WHERE id = (SELECT min(id) FROM transactions)",
     "a row was changed"),
    ("transactions", "DELETE FROM transactions WHERE id = (SELECT max(id) FROM transactions)", "rows were deleted"),
    ("transactions", "INSERT INTO transactions (date, wallet_id, asset, kind, quantity, price_usd, source) "
                     "SELECT '2025-01-01', wallet_id, 'BTC', 'mining', 1.0, NULL, 'forged' FROM transactions LIMIT 1",
     "rows were inserted"),
    ("prices", "UPDATE prices SET close_usd = 1 WHERE date = (SELECT max(date) FROM prices)", "a row was changed"),
    ("test_dates", "UPDATE test_dates SET nir_floor_usd = 1", "a row was changed"),
    ("metadata", "INSERT INTO metadata VALUES ('forged', 'x')", "rows were inserted"),
    ("runs", "DELETE FROM runs", "rows were deleted"),
])
def test_changes_behind_the_apps_back_are_caught(busy, table, sql, change):
    conn = sqlite3.connect(busy)
    conn.execute(sql)
    conn.commit()
    conn.close()
    code, out, err = run_verify(busy)
    assert code == 1 and not out["intact"]
    assert f"table {table}: {change} outside Reserve Desk after audit entry" in err, err
    assert "Traceback" not in err


def test_a_changed_audit_entry_is_named(busy):
    conn = sqlite3.connect(busy)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after_json = '{\"value\": \"forged\"}' WHERE id = 3")
    conn.commit()
    code, _, err = run_verify(busy)
    assert code == 1 and "audit entry 3 " in err and "changed" in err


def test_a_deleted_audit_entry_is_named(busy):
    conn = sqlite3.connect(busy)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 10")
    conn.commit()
    code, _, err = run_verify(busy)
    assert code == 1 and "audit entry 11: does not follow entry 9" in err


def test_the_log_covers_a_million_row_style_import(sample_copy, tmp_path):
    """Imports are one entry per batch; their rows are still covered by the table's recorded state."""
    from desktop.core.io.transactions_csv import COLUMNS, import_transactions

    path = sample_copy("el-salvador")
    ws = Workspace.open(path)
    wallet = ws.wallets[0].name
    rows = [f"2025-0{1 + i % 9}-1{i % 10},purchase,{wallet},,BTC,0.01,90000,,,ref-{i}," for i in range(3000)]
    csv = tmp_path / "t.csv"
    csv.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n")
    import_transactions(ws.store, csv)
    ws.close()
    assert verify(path).intact
    conn = sqlite3.connect(path)
    conn.execute("UPDATE transactions SET price_usd = 1 WHERE reference = 'ref-1500'")
    conn.commit()
    result = verify(path)
    assert not result.intact and result.problems[0].startswith("table transactions: a row was changed")


def test_verify_never_writes(busy):
    before = busy.read_bytes()
    assert verify(busy).intact
    assert busy.read_bytes() == before
