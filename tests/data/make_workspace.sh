#!/bin/bash
# make_workspace.sh SOURCE OUT: the tiny workspace of tests/data/README.md, written by the Reserve Desk code
# checked out at SOURCE (git worktree add --detach SOURCE COMMIT), run from there with this project's Python.
set -euo pipefail
src=$(cd "$1" && pwd); out=$(realpath -m "$2"); data=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-$data/../../.venv/bin/python}
rd() {
  (cd "$src" && PYTHONPATH="$src" "$py" -c 'import sys, desktop
assert desktop.__file__.startswith(sys.argv[1]), desktop.__file__  # that version, not the installed one
from desktop.cli import main
sys.exit(main(sys.argv[2:]))' "$src/" "$@")
}
if [ -e "$src/desktop/cli.py" ]; then
  rd init "$out" --sample empty
  rd wallets add "Cold storage" --workspace "$out" --kind cold --cap-btc 100
  rd wallets add "Daily purchases" --workspace "$out" --kind hot
  rd import transactions "$data/transactions.csv" --workspace "$out"
  rd import prices "$data/prices.csv" --workspace "$out"
else
  # the first commit (9612c97) had no CLI and already carried migration 2, so schema 1 never shipped alone:
  # its Store and audited writer with the migration list cut to schema 1, writing the rows of the two CSV files
  (cd "$src" && PYTHONPATH="$src" "$py" - "$src/" "$out" <<'PY'
import sys
import desktop
assert desktop.__file__.startswith(sys.argv[1]), desktop.__file__
from desktop.core.store import migrate, store as store_module
migrate.MIGRATIONS[:] = migrate.MIGRATIONS[:1]
store = store_module.Store.create(sys.argv[2])
assert store.schema_version == 1
with store.transaction() as w:
    cold = w.insert("wallets", {"name": "Cold storage", "kind": "cold", "cap_btc": 100.0})
    hot = w.insert("wallets", {"name": "Daily purchases", "kind": "hot"})
    for row in ({"date": "2024-03-01", "kind": "purchase", "wallet_id": hot, "quantity": 1.5, "price_usd": 62000.0,
                 "fee_usd": 12.5, "counterparty": "Exchange A", "reference": "LEG-1", "note": "first purchase"},
                {"date": "2024-03-15", "kind": "purchase", "wallet_id": hot, "quantity": 0.75, "price_usd": 68000.0,
                 "counterparty": "Exchange A", "reference": "LEG-2"},
                {"date": "2024-04-02", "kind": "transfer", "wallet_id": hot, "to_wallet_id": cold, "quantity": 2.0,
                 "fee_usd": 3.0, "reference": "LEG-3", "note": "to cold storage"}):
        w.insert("transactions", {**row, "source": "transactions CSV: transactions.csv"})
    for date, close in (("2024-03-01", 62431.65), ("2024-03-15", 69392.48), ("2024-04-02", 65446.97)):
        w.insert("prices", {"asset": "BTC", "date": date, "close_usd": close, "source": "date,close: prices.csv"})
store.close()
PY
  )
fi
# one small file: no WAL beside it, the smallest pages, no free pages
"$py" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA journal_mode = DELETE"); c.execute("PRAGMA page_size = 512"); c.execute("VACUUM"); c.close()' "$out"
rm -rf "${out%.db}-backups" "$out.lock"
