"""Peak memory of a dry-run import of 60,000 transactions into a workspace of 1.3 million, measured in one run.

The workspace is written through the app's own bulk path (``Writer.insert_many`` and an import entry in the audit
log, as an import of a file does), with purchases spread over 6,000 days across three wallets. The file holds
50,000 new rows (purchases and sales, never overdrawing a wallet) and 10,000 copies of stored rows, which the
import must report as duplicates. The import runs in a fresh child process, whose peak resident set size
(``getrusage``'s ru_maxrss, the whole interpreter included) is the figure. Target: under 300 MB (a Python set of
every stored row took 1.42 GB).

    python benchmarks/import_memory.py [--stored 1300000] [--rows 60000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.domain import Wallet  # noqa: E402
from desktop.core.io.transactions_csv import COLUMNS, DB_COLUMNS  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402

START, DAYS = dt.date(2009, 6, 1), 6_000
WALLETS = ("Cold storage", "Hot wallet", "Mining pool")
TODAY = START + dt.timedelta(days=DAYS + 1)
BATCH = 100_000

CHILD = """
import json, resource, sys, time
from desktop.core.io.transactions_csv import import_transactions
from desktop.core.store import Store
import datetime as dt
store = Store(sys.argv[1])
before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
report = import_transactions(store, sys.argv[2], dry_run=True, today=dt.date.fromisoformat(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - t0, "before_mb": before_mb,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "new": report.new, "duplicates": report.duplicates, "invalid": len(report.invalid),
                  "blocked": report.blocked_reason}))
"""


def build_workspace(path: Path, stored: int) -> list[tuple]:
    """``stored`` purchases; returns a sample of them (as CSV rows) for the file's duplicates."""
    ws = Workspace.create(path, "empty")
    for name in WALLETS:
        ws.add_wallet(Wallet(name=name, kind="cold"))
    ids = ws.store.wallet_ids()
    rng = np.random.default_rng(20261130)
    days = np.sort(rng.integers(0, DAYS, stored))
    quantities = np.round(rng.uniform(0.001, 0.5, stored), 8)
    prices = np.round(100.0 * np.exp(rng.normal(0.0, 1.0, stored)), 2)
    wallets = rng.integers(0, len(WALLETS), stored)
    sample = set(rng.choice(stored, 10_000, replace=False).tolist())
    kept = []
    with ws.store.transaction() as w:
        for first in range(0, stored, BATCH):
            rows = []
            for i in range(first, min(first + BATCH, stored)):
                date = (START + dt.timedelta(days=int(days[i]))).isoformat()
                wallet = WALLETS[wallets[i]]
                row = (date, "purchase", wallet, "", "BTC", float(quantities[i]), float(prices[i]), 1.0, "Desk A",
                       f"P{i}", "")
                rows.append((date, "purchase", ids[wallet], None, "BTC", float(quantities[i]), float(prices[i]), 1.0,
                             "Desk A", f"P{i}", None, "benchmark"))
                if i in sample:
                    kept.append(row)
            w.insert_many("transactions", DB_COLUMNS, rows)
        w.log_import("transactions", "benchmark: synthetic ledger", stored, None)
    ws.close()
    return kept


def write_file(path: Path, duplicates: list[tuple], new_rows: int) -> None:
    rng = np.random.default_rng(7)
    rows = list(duplicates)
    for i in range(new_rows):
        date = (START + dt.timedelta(days=int(rng.integers(0, DAYS)))).isoformat()
        wallet = WALLETS[int(rng.integers(0, len(WALLETS)))]
        if i % 5 == 4:  # a small sale: every wallet holds tens of thousands of bitcoin by then
            rows.append((date, "sale", wallet, "", "BTC", 0.001, 25000.0, 2.5, "Desk B", f"NS{i}", ""))
        else:
            rows.append((date, "purchase", wallet, "", "BTC", round(float(rng.uniform(0.001, 0.5)), 8), 20000.0, 1.0,
                         "Desk A", f"NP{i}", ""))
    rng.shuffle(rows)
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=1_300_000)
    parser.add_argument("--rows", type=int, default=60_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        duplicates = build_workspace(folder / "big.db", args.stored)
        write_file(folder / "import.csv", duplicates, args.rows - len(duplicates))
        built_s = time.perf_counter() - t0
        child = subprocess.run([sys.executable, "-c", CHILD, str(folder / "big.db"), str(folder / "import.csv"),
                                TODAY.isoformat()], capture_output=True, text=True, check=True,
                               cwd=Path(__file__).resolve().parents[1])
        r = json.loads(child.stdout)
        assert r["duplicates"] == len(duplicates) and r["new"] == args.rows - len(duplicates), r
        assert not r["invalid"] and not r["blocked"], r
        print(f"dry-run import of {args.rows:,} rows ({r['duplicates']:,} duplicates) into {args.stored:,} stored "
              f"transactions: {r['seconds']:.1f} s; peak RSS {r['peak_mb']:.0f} MB "
              f"({r['before_mb']:.0f} MB before the import) (target < 300 MB); workspace built in {built_s:.0f} s")


if __name__ == "__main__":
    main()
