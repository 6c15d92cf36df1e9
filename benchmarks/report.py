"""Time to render the El Salvador PDF summary with two stored stress runs, and its size.

The two runs (a 100,000-path GBM Monte Carlo and the IMF downside shock) are made first and stored, as an
analyst would have them; the time measured is building the report model from the workspace and rendering
every page to PDF (median of 5), as File > Export PDF summary does.

    python benchmarks/report.py            target: <= 3 s
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from desktop.core import stress  # noqa: E402
from desktop.core.summary import build_report  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.report.pdf import render_pdf  # noqa: E402


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "es.db", "el-salvador")
        for scenario, paths in (("mc-gbm", 100_000), ("imf-downside", None)):
            plan = stress.plan_run(ws, ws.scenario(scenario), paths=paths)
            ws.save_run(plan.inputs, stress.execute(plan))
        runs = [r["id"] for r in ws.runs()]
        out = Path(tmp) / "summary.pdf"
        times, pages = [], 0
        for _ in range(5):
            started = time.perf_counter()
            pages = render_pdf(build_report(ws, run_ids=runs, marking="OFFICIAL - SENSITIVE"), out)
            times.append(time.perf_counter() - started)
        ws.close()
        print(f"El Salvador summary, 2 stress runs: {pages} pages, {out.stat().st_size / 1e6:.2f} MB")
        print(f"render time: median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}); "
              "target <= 3 s")


if __name__ == "__main__":
    main()
