"""The frozen app against the source tree: bundle size and start-up time, measured in one run.

Start-up is process start to main window shown (offscreen), on the El Salvador sample, timed as in
benchmarks/startup.py. "Source" is `python -m desktop` with the interpreter running this script, so
run it with the one that built dist/ (the README's build command uses Debian's Python 3.11).

    python build/build.py && python benchmarks/frozen.py [--runs 7]
    targets: size <= 150 MB (Linux), ratio <= 1.2
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import time_to_shown  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "reserve-desk")
    args = parser.parse_args()
    console_twin = {"win32": "reserve-desk-cli.exe", "darwin": "reserve-desk-cli"}
    exe = args.dist / console_twin.get(sys.platform, "reserve-desk")
    if not exe.exists():
        raise SystemExit(f"{exe} not found: run python build/build.py first")
    size_mb = sum(p.stat().st_size for p in args.dist.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    files = sum(1 for p in args.dist.rglob("*") if p.is_file())

    from desktop.core.samples import create_sample

    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "el-salvador.db"
        create_sample(workspace, "el-salvador").close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RESERVE_DESK_STARTUP_PROBE": "1",
               "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data"}
        frozen_cmd = [str(exe), "--workspace", str(workspace)]
        source_cmd = [sys.executable, "-m", "desktop", "--workspace", str(workspace)]
        time_to_shown(frozen_cmd, env)  # warm the file cache for both
        time_to_shown(source_cmd, env)
        frozen, source = [], []
        for _ in range(args.runs):
            frozen.append(time_to_shown(frozen_cmd, env))
            source.append(time_to_shown(source_cmd, env))
    f, s = statistics.median(frozen), statistics.median(source)
    print(f"onedir {args.dist}: {size_mb:.1f} MB in {files} files  (target <= 150 MB on Linux)")
    print(f"start-up, medians of {args.runs}: frozen {f:.3f} s, source {s:.3f} s ({sys.executable})")
    print(f"ratio frozen / source: {f / s:.2f}  (target <= 1.2)")


if __name__ == "__main__":
    main()
