"""The audit log viewer: filters, summaries and CSV export in the core, and the dialog over them."""

from __future__ import annotations

import csv
import datetime as dt
import json
import types

import pytest
from PySide6.QtCore import Qt

from desktop.core.audit_view import CSV_COLUMNS, audit_entries, audit_facets, describe, entries_to_csv
from desktop.core.domain import Transaction, Wallet
from desktop.core.store import audit
from desktop.core.workspace import Workspace


@pytest.fixture
def ws(sample_copy):
    w = Workspace.open(sample_copy("el-salvador"))
    yield w
    w.close()


@pytest.fixture
def as_of(monkeypatch):
    """Make the next changes as ``user`` at ``moment`` (UTC), so entries span known days and users."""

    def set_clock(moment: dt.datetime, user: str) -> None:
        clock = types.SimpleNamespace(UTC=dt.UTC, timedelta=dt.timedelta, datetime=types.SimpleNamespace(
            now=lambda tz=None: moment, fromisoformat=dt.datetime.fromisoformat))
        monkeypatch.setattr(audit, "dt", clock)
        monkeypatch.setattr(audit, "os_user", lambda: user)

    return set_clock


@pytest.fixture
def two_days(ws, as_of):
    """Alice adds a wallet in the last microsecond of 1 March 2099; Bob edits it at the first of 2 March (after the
    sample's entries: entry times never go backwards)."""
    as_of(dt.datetime(2099, 3, 1, 23, 59, 59, 999999, tzinfo=dt.UTC), "alice")
    wid = ws.add_wallet(Wallet(name="Audit cold", kind="cold"))
    as_of(dt.datetime(2099, 3, 2, tzinfo=dt.UTC), "bob")
    ws.update_wallet(wid, Wallet(name="Audit cold", kind="hot", cap_btc=5.0))
    return wid


def test_filter_by_table(ws, two_days):
    wallets = audit_entries(ws, table="wallets")
    assert {e.table_name for e in wallets} == {"wallets"}
    assert len(wallets) == 19 + 2  # the sample's wallets, then ours
    assert [e.id for e in wallets] == sorted((e.id for e in wallets), reverse=True)  # newest first
    assert [e.action for e in wallets[:2]] == ["update", "insert"]
    assert audit_entries(ws, table="wallets", limit=1) == wallets[:1]
    assert audit_entries(ws, table="no such table") == []


def test_filter_by_user(ws, two_days):
    (alice,) = audit_entries(ws, user="alice")
    assert (alice.action, alice.table_name, alice.row_key, alice.after["name"]) == ("insert", "wallets", two_days, "Audit cold")
    assert [e.os_user for e in audit_entries(ws, user="bob", table="wallets")] == ["bob"]
    assert audit_entries(ws, user="bob", table="prices") == []
    tables, users = audit_facets(ws)
    assert {"alice", "bob"} <= set(users) and users == sorted(users)
    assert {"wallets", "transactions", "prices", "metadata"} <= set(tables) and None not in tables


def test_filter_by_date_range_is_inclusive(ws, two_days):
    march_1, march_2 = dt.date(2099, 3, 1), dt.date(2099, 3, 2)
    assert [e.os_user for e in audit_entries(ws, start=march_1, end=march_1)] == ["alice"]
    assert [e.os_user for e in audit_entries(ws, start=march_2, end=march_2)] == ["bob"]
    assert [e.os_user for e in audit_entries(ws, start=march_1, end=march_2)] == ["bob", "alice"]
    assert [e.os_user for e in audit_entries(ws, start=march_1)] == ["bob", "alice"]  # nothing after
    assert audit_entries(ws, start=dt.date(2099, 2, 1), end=dt.date(2099, 2, 28)) == []
    assert audit_entries(ws, start=march_2, end=march_1) == []
    earlier = audit_entries(ws, end=dt.date(2099, 2, 28))  # the sample, built today
    assert len(earlier) == ws.store.audit_count() - 2


def test_describe_names_only_the_changed_fields(ws, two_days):
    update, insert = audit_entries(ws, table="wallets", limit=2)
    assert describe(update) == f"Wallet {two_days} changed: Cap: — → 5 BTC; Kind: cold → hot"
    assert describe(insert) == f'Wallet {two_days} added: "Audit cold"'
    tid = ws.add_transaction(Transaction(date=dt.date(2025, 1, 2), kind="purchase", wallet="Audit cold",
                                         quantity=1.0, price_usd=95_000.0))
    ws.update_transaction(tid, Transaction(date=dt.date(2025, 1, 2), kind="purchase", wallet="Audit cold",
                                           quantity=2.0, price_usd=95_000.0))
    (latest,) = audit_entries(ws, limit=1)
    assert describe(latest) == f"Ledger entry {tid} changed: Quantity: 1 BTC → 2 BTC"


def test_describe_imports_and_workspace_events(ws):
    (ledger,) = [e for e in audit_entries(ws, table="transactions") if e.action == "import"]
    assert describe(ledger) == "Imported into Ledger: sample el-salvador: ledger (1,121 rows)"
    first = audit_entries(ws)[-1]
    assert first.action == "create" and describe(first).startswith("Workspace created (schema ")


def test_csv_export_round_trip(ws, two_days, tmp_path):
    entries = audit_entries(ws, start=dt.date(2099, 3, 1), end=dt.date(2099, 3, 2)) + audit_entries(ws, table="prices")
    path = tmp_path / "audit.csv"
    assert entries_to_csv(entries, path) == len(entries) == 3
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    for entry, row in zip(entries, rows, strict=True):
        assert int(row["id"]) == entry.id and row["hash"] == entry.hash and row["at"] == entry.at
        assert (row["os_user"], row["action"], row["table"]) == (entry.os_user, entry.action, entry.table_name)
        for field, value in (("row_key", entry.row_key), ("before", entry.before), ("after", entry.after)):
            assert (json.loads(row[field]) if row[field] else None) == value
    stored = ws.store.db.conn.execute("SELECT after_json FROM audit_log WHERE id = ?", [entries[0].id]).fetchone()[0]
    assert rows[0]["after"] == stored  # the JSON as stored, so it can be checked against the hash chain


def test_dialog_filters_and_exports(qtbot, ws, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from desktop.gui.audit_dialog import AuditDialog

    dialog = AuditDialog(ws)
    qtbot.addWidget(dialog)
    total = ws.store.audit_count()
    assert dialog.model.rowCount() == total
    assert dialog.count.text() == f"{total} of {total} entries"

    dialog.table.setCurrentIndex(dialog.table.findData("wallets"))
    assert dialog.model.rowCount() == 19
    assert {e.table_name for e in dialog.model.records} == {"wallets"}
    assert dialog.count.text() == f"19 of {total} entries"
    change = dialog.model.index(0, len(dialog.model.columns) - 1)
    assert dialog.model.data(change).startswith("Wallet 19 added: ")
    assert 'Name: "Reserve address 17"' in dialog.model.data(change, Qt.ItemDataRole.ToolTipRole)

    dialog.all_dates.setChecked(False)  # the last 30 days, which hold the sample built today
    assert dialog.model.rowCount() == 19
    dialog.start.setDate(dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1))
    assert dialog.model.rowCount() == 0 and dialog.count.text() == f"0 of {total} entries"
    dialog.all_dates.setChecked(True)
    dialog.user.setCurrentIndex(dialog.user.findData(audit.os_user()))
    assert dialog.model.rowCount() == 19

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "wallets"), ""))
    dialog.export()
    with open(tmp_path / "wallets.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["id"]) for r in rows] == [e.id for e in dialog.model.records]
    assert dialog.status.text() == f"19 entries written to {tmp_path / 'wallets.csv'}"
