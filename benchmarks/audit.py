"""Cost of the audit trail's guarantees on the El Salvador sample with 5,000 imported daily prices.

- ``audit verify`` in full: the chain, the schema, every table's digest recomputed from its rows, and every
  signed checkpoint kept beside the backups (median of 5, in process, as the command runs it);
- what a checkpoint adds to a PDF summary: signing the log's head (``checkpoint.make``) and keeping it beside the
  backups (``checkpoint.save``), median of 20.

    python benchmarks/audit.py            targets: verify < 2 s; a checkpoint < 50 ms
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop import cli  # noqa: E402
from desktop.core.store import checkpoint  # noqa: E402
from desktop.core.store.verify import verify  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402

PRICES = 5_000


def _median(run, times: int) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "es.db"
        Workspace.create(path, "el-salvador").close()
        prices = Path(tmp) / "prices.csv"
        first = dt.date(2010, 7, 18)
        rows = (f"{first + dt.timedelta(days=n)},{100 + n * 10.5:.2f}" for n in range(PRICES))
        prices.write_text("date,close\n" + "\n".join(rows) + "\n", encoding="utf-8")
        with open(Path(tmp) / "out.json", "w") as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                assert cli.main(["import", "prices", str(prices), "--workspace", str(path), "--asset", "GOLD"]) == 0
            finally:
                sys.stdout = stdout
        ws = Workspace.open(path)
        stored = ws.store.db.execute("SELECT count(*) FROM prices").fetchone()[0]
        entries = ws.store.audit_count()
        sign = _median(lambda: checkpoint.save(checkpoint.make(ws.store.db.conn, ws.path), ws.path), 20)
        ws.close()
        result = verify(path)
        assert result.intact, result.problems
        spent = _median(lambda: verify(path), 5)
        print(f"El Salvador sample + {PRICES:,} imported prices: {stored:,} price rows, {entries:,} audit entries, "
              f"{len(result.checkpoints)} checkpoints beside the backups")
        print(f"audit verify: median {spent:.3f} s (target < 2 s)")
        print(f"a checkpoint (sign the head, keep it beside the backups): median {sign * 1000:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
