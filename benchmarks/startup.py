"""Start-up time: process start to main window shown (offscreen), Reserve Desk vs a minimal window.

The baseline is the least any PySide6 + pyqtgraph app pays: start Python, import both, build a
QMainWindow holding one PlotWidget, show it. Reserve Desk opens the El Salvador sample and shows its
Overview. Both print a line once the window is shown and the event loop has run; the time is taken
in this process from spawning the child to reading that line. Runs alternate to share any drift.

    python benchmarks/startup.py [--runs 7]        target: ratio <= 1.5
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = r"""
import os, sys
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1320, 860)
window.show()
def report():
    print("window shown", flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""

APP = r"""
import sys
from desktop.cli import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""


def time_to_shown(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("window shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{args[:3]} never showed its window (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RESERVE_DESK_STARTUP_PROBE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "el-salvador.db"
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from desktop.core.samples import create_sample

        create_sample(workspace, "el-salvador").close()
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # leave the user's settings alone
        env["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        baseline_cmd = [sys.executable, "-c", BASELINE]
        app_cmd = [sys.executable, "-c", APP, str(workspace)]
        time_to_shown(baseline_cmd, env)  # warm the file cache for both before measuring
        time_to_shown(app_cmd, env)
        baseline, app = [], []
        for _ in range(args.runs):
            baseline.append(time_to_shown(baseline_cmd, env))
            app.append(time_to_shown(app_cmd, env))
    b, a = statistics.median(baseline), statistics.median(app)
    print(f"runs: {args.runs} each, medians reported")
    print(f"minimal PySide6 + pyqtgraph window: {b:.3f} s  (min {min(baseline):.3f}, max {max(baseline):.3f})")
    print(f"Reserve Desk on the El Salvador sample: {a:.3f} s  (min {min(app):.3f}, max {max(app):.3f})")
    print(f"ratio: {a / b:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
