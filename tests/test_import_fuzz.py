"""Fuzzing the importers: whatever the file holds, the outcome is a report or a clean refusal, and the
workspace is either unchanged or holds exactly the rows the report counts as new."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.domain import Wallet
from desktop.core.io.fields import InputError
from desktop.core.io.prices_csv import import_prices
from desktop.core.io.transactions_csv import COLUMNS, import_transactions
from desktop.core.workspace import Workspace

TODAY = dt.date(2026, 11, 27)
cell = st.one_of(
    st.sampled_from(["", "0", "-1", "1.5", "1,5", "nan", "inf", "1e400", "2024-02-30", "2024-01-02", "31/12/2024",
                     "purchase", "sale", "transfer", "Cold", "Hot", "BTC", "\u00a0", '"', ";", "x" * 1200]),
    st.text(max_size=12),
)
row = st.lists(cell, min_size=0, max_size=13)
_WORKSPACE = {}


def workspace() -> Workspace:
    if "ws" not in _WORKSPACE:  # one workspace for the whole run: every import must leave it as it was
        folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
        ws = Workspace.create(folder / "w.db", "empty")
        ws.add_wallet(Wallet(name="Cold", kind="cold"))
        ws.add_wallet(Wallet(name="Hot", kind="hot"))
        _WORKSPACE["ws"] = ws
    return _WORKSPACE["ws"]


def count(ws: Workspace, table: str) -> int:
    return ws.store.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def write_csv(header: str, rows: list[list[str]], delimiter: str) -> Path:
    path = Path(tempfile.mkstemp(suffix=".csv")[1])
    path.write_text("\n".join([header] + [delimiter.join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row, max_size=8), delimiter=st.sampled_from([",", ";"]), skip=st.booleans())
def test_transaction_import_never_crashes_or_half_writes(rows, delimiter, skip):
    ws = workspace()
    before = count(ws, "transactions")
    path = write_csv(delimiter.join(COLUMNS), rows, delimiter)
    try:
        report = import_transactions(ws.store, path, dry_run=True, skip_invalid=skip, today=TODAY)
    except InputError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert all(p.row >= 0 and p.field and p.reason for p in report.invalid)
        assert report.new + report.duplicates + len(report.invalid) >= report.rows_read - 1 or report.blocked
    assert count(ws, "transactions") == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=3), max_size=8), header=st.sampled_from(
    ["date,close", "Date,Open,High,Low,Close,Adj Close,Volume", "snapped_at,price,market_cap,total_volume", "a,b"]))
def test_price_import_never_crashes_and_writes_exactly_what_it_reports(rows, header):
    ws = workspace()
    before = count(ws, "prices")
    path = write_csv(header, rows, ",")
    try:
        report = import_prices(ws.store, path, today=TODAY)
    except InputError as exc:
        assert exc.problems
        assert count(ws, "prices") == before
        return
    assert count(ws, "prices") == before + (report.new if report.written else 0)
    if report.written:  # undo it for the next example: prices are keyed by date
        ws.store.db.conn.execute("DELETE FROM prices")
