"""Ledger performance at scale, measured in one run.

1. Import 100,000 transactions through the app's importer (parse, validate, duplicate and balance
   checks, audit) against inserting the same, already parsed rows with plain sqlite3.executemany
   into the same schema. Target: ratio <= 3.
2. The daily stock / value / cost series for those 100,000 transactions over 5,000 days, as the
   Holdings charts need it, from an opened workspace (ledger load included). Target: <= 0.3 s.
3. Opening the Holdings tab on that workspace (offscreen), until its first paint.

The ledger is synthetic (fixed seed): purchases, sales, transfers and mining across three wallets,
never overdrawn; prices follow a random walk. No market data is needed.

    python benchmarks/ledger.py
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.domain import Wallet  # noqa: E402
from desktop.core.io.prices_csv import import_prices  # noqa: E402
from desktop.core.io.transactions_csv import COLUMNS, DB_COLUMNS, import_transactions  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402

ROWS, DAYS = 100_000, 5_000
START = dt.date(2012, 6, 1)
WALLETS = ("Cold storage", "Hot wallet", "Mining pool")


def make_files(folder: Path) -> tuple[Path, Path]:
    rng = np.random.default_rng(20251118)
    prices = 100.0 * np.exp(np.cumsum(rng.normal(0.0008, 0.035, DAYS)))
    days = np.sort(rng.integers(0, DAYS, ROWS))
    balance = dict.fromkeys(WALLETS, 0.0)
    ledger = folder / "ledger.csv"
    with open(ledger, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for i, day in enumerate(days):
            date = (START + dt.timedelta(days=int(day))).isoformat()
            price = f"{prices[day]:.2f}"
            roll = rng.random()
            qty = round(float(rng.uniform(0.001, 0.5)), 8)
            if roll < 0.10 and balance["Cold storage"] > qty:
                w.writerow((date, "transfer", "Cold storage", "Hot wallet", "BTC", qty, "", "", "", f"T{i}", ""))
                balance["Cold storage"] -= qty
                balance["Hot wallet"] += qty
            elif roll < 0.18 and balance["Hot wallet"] > qty:
                w.writerow((date, "sale", "Hot wallet", "", "BTC", qty, price, "2.50", "Desk B", f"S{i}", ""))
                balance["Hot wallet"] -= qty
            elif roll < 0.25:
                w.writerow((date, "mining", "Mining pool", "", "BTC", qty, price, "", "", f"M{i}", ""))
                balance["Mining pool"] += qty
            else:
                w.writerow((date, "purchase", "Cold storage", "", "BTC", qty, price, "1.00", "Desk A", f"P{i}", ""))
                balance["Cold storage"] += qty
    price_file = folder / "prices.csv"
    with open(price_file, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(("date", "close"))
        for day in range(DAYS):
            w.writerow(((START + dt.timedelta(days=day)).isoformat(), f"{prices[day]:.2f}"))
    return ledger, price_file


def new_workspace(path: Path) -> Workspace:
    ws = Workspace.create(path, "empty")
    for name in WALLETS:
        ws.add_wallet(Wallet(name=name, kind="cold"))
    return ws


def parsed_rows(ledger: Path, wallet_ids: dict[str, int]) -> list[tuple]:
    rows = []
    with open(ledger, newline="") as fh:
        for r in csv.DictReader(fh):
            number = lambda x: float(x) if x else None  # noqa: E731
            rows.append((r["date"], r["kind"], wallet_ids[r["wallet"]], wallet_ids.get(r["to_wallet"]), "BTC",
                         float(r["quantity"]), number(r["price_usd"]), number(r["fee_usd"]), r["counterparty"] or None,
                         r["reference"] or None, None, "benchmark"))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ledger, prices = make_files(folder)
        today = START + dt.timedelta(days=DAYS + 1)

        ws = new_workspace(folder / "app.db")
        t0 = time.perf_counter()
        report = import_transactions(ws.store, ledger, today=today)
        app_s = time.perf_counter() - t0
        assert report.written and report.new == ROWS, report.summary()
        import_prices(ws.store, prices, today=today)
        ws.close()

        plain = new_workspace(folder / "plain.db")
        rows = parsed_rows(ledger, plain.store.wallet_ids())
        plain.close()
        conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO transactions ({', '.join(DB_COLUMNS)}) VALUES ({', '.join('?' * len(DB_COLUMNS))})", rows)
        conn.execute("COMMIT")
        plain_s = time.perf_counter() - t0
        conn.close()

        print(f"import {ROWS:,} transactions: app importer {app_s:.2f} s, plain executemany {plain_s:.2f} s, "
              f"ratio {app_s / plain_s:.2f} (target <= 3)")

        ws = Workspace.open(folder / "app.db")
        t0 = time.perf_counter()
        ws.ledger  # noqa: B018 - load from SQLite into NumPy (once per change of the workspace)
        ws.price_arrays("BTC")
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        series = ws.holdings_series()
        series_s = time.perf_counter() - t0
        assert len(series.days) >= DAYS
        t0 = time.perf_counter()
        ws.holdings_series(method="fifo")
        fifo_s = time.perf_counter() - t0
        print(f"daily series ({ROWS:,} transactions, {len(series.days):,} days), average cost: {series_s:.3f} s "
              f"(target <= 0.3 s); FIFO {fifo_s:.3f} s; loading the ledger and prices from SQLite first: {load_s:.3f} s")

        from PySide6.QtCore import QThreadPool

        from desktop.gui.app import create_app
        from desktop.gui.tabs.holdings import HoldingsTab

        app = create_app()
        t0 = time.perf_counter()  # as in the app: the Overview has already loaded the ledger's arrays
        tab = HoldingsTab(ws, ws.default_date())
        tab.resize(1400, 900)
        tab.show()
        app.processEvents()
        open_s = time.perf_counter() - t0
        while tab.ledger_model.rowCount() < ROWS:  # the table itself loads in a worker
            QThreadPool.globalInstance().waitForDone(10)
            app.processEvents()
        table_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        tab.text_filter.setText("desk b")
        filter_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        tab.ledger_view.sortByColumn(4, tab.ledger_view.horizontalHeader().sortIndicatorOrder())
        sort_s = time.perf_counter() - t0
        print(f"open the Holdings tab on {ROWS:,} transactions: shown in {open_s:.2f} s, ledger table filled at "
              f"{table_s:.2f} s (loaded in a worker); filter by text {filter_s * 1000:.0f} ms "
              f"({tab.ledger_model.rowCount():,} rows shown); sort by quantity {sort_s * 1000:.0f} ms")
        tab.close()
        ws.close()


if __name__ == "__main__":
    main()
