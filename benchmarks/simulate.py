"""Monte Carlo engine performance on this machine, measured in one run.

1. 100,000 paths x 365 daily steps of one GBM factor with every reduction (terminal, drawdown, one
   barrier, 12 dates), divided by the time to draw as many standard normals single-threaded with
   Generator.standard_normal (the physical floor). Target <= 1.0.
2. The same with three correlated factors, divided by drawing three times as many normals. Target <= 1.2.
3. The textbook approach written here: draw the whole matrix, cumsum, exp, running maximum, the same
   reductions. Target: the engine at least 8x faster.
4. Peak memory for 1,000,000 paths x 365 steps, above the interpreter's baseline (child process).
   Target <= 200 MB (the full matrix alone would take 2.9 GB).
5. Bit-identical results with 1 and 2 threads.

    python benchmarks/simulate.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.engine.simulate import (  # noqa: E402
    BoxMullerBuffers,
    Factor,
    Model,
    Request,
    simulate,
    standard_normals,
)

PATHS, STEPS = 100_000, 365
DATES = tuple(range(30, 361, 30))
GBM = Model("gbm", vol=0.6, drift=0.0)


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def textbook() -> None:
    """What one writes first: every path in memory at once."""
    rng = np.random.default_rng(1)
    dt, s = 1 / 365, 0.6
    z = rng.standard_normal((PATHS, STEPS))
    log_paths = np.cumsum((-0.5 * s * s) * dt + s * np.sqrt(dt) * z, axis=1)
    prices = np.exp(log_paths)
    peaks = np.maximum.accumulate(np.maximum(prices, 1.0), axis=1)
    drawdown = (1 - prices / peaks).max(axis=1)
    hit = prices.min(axis=1) <= 0.5
    at_dates = prices[:, np.array(DATES) - 1]
    np.percentile(at_dates, [5, 25, 50, 75, 95], axis=0)
    return prices[:, -1], drawdown, hit


# tracemalloc sees NumPy's allocations (NumPy reports them to it): the peak of everything allocated
# during the run, results included, above what was allocated before it.
MEMORY_PROBE = """
import sys, tracemalloc
sys.path.insert(0, {root!r})
from desktop.core.engine.simulate import Model, Request, simulate
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
result = simulate(Request(Model("gbm", vol=0.6), paths=1_000_000, horizon_days=365, seed=1, barriers=(0.5,),
                          value_days={dates!r}))
print((tracemalloc.get_traced_memory()[1] - before) / 1e6)
"""


def main() -> None:
    one = Request(GBM, paths=PATHS, horizon_days=STEPS, seed=1, barriers=(0.5,), value_days=DATES)
    rng = np.random.default_rng(1)
    floor1 = best_of(lambda: rng.standard_normal((PATHS, STEPS)))
    engine1 = best_of(lambda: simulate(one).percentiles_at_days())  # the textbook takes them too
    print(f"1. one factor: engine {engine1:.2f} s, drawing the normals single-threaded {floor1:.2f} s, "
          f"ratio {engine1 / floor1:.2f} (target <= 1.0)")
    block, buffers = np.empty((STEPS, 1_000)), BoxMullerBuffers(STEPS, 1_000)
    sfc = np.random.Generator(np.random.SFC64(1))
    box_muller = best_of(lambda: [standard_normals(sfc, block, 1.0, buffers) for _ in range(PATHS // 1_000)])
    print(f"   (the engine's own Box-Muller draws those normals single-threaded in {box_muller:.2f} s: "
          f"ratio to that {engine1 / box_muller:.2f})")

    factors = (Factor("BTC", 0.3, Model(vol=0.6)), Factor("gold", 0.5, Model(vol=0.17)), Factor("PKR", 0.2, Model(vol=0.06)))
    three = Request(GBM, paths=PATHS, horizon_days=STEPS, seed=1, barriers=(0.8,), value_days=DATES, factors=factors,
                    correlation=((1, 0.2, -0.1), (0.2, 1, 0.0), (-0.1, 0.0, 1)))
    floor3 = best_of(lambda: rng.standard_normal((3 * PATHS, STEPS)), repeat=2)
    engine3 = best_of(lambda: simulate(three), repeat=2)
    print(f"2. three correlated factors: engine {engine3:.2f} s, drawing 3x the normals {floor3:.2f} s, "
          f"ratio {engine3 / floor3:.2f} (target <= 1.2)")

    plain = best_of(textbook)
    print(f"3. textbook full-matrix NumPy {plain:.2f} s vs engine {engine1:.2f} s: engine {plain / engine1:.1f}x faster "
          f"(target >= 8x)")

    probe = MEMORY_PROBE.format(root=str(Path(__file__).resolve().parents[1]), dates=DATES)
    peak = float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
    print(f"4. peak memory for 1,000,000 x 365: {peak:.0f} MB above the baseline (target <= 200 MB; "
          f"the full matrix would be {1_000_000 * 365 * 8 / 1e9:.1f} GB)")

    a = simulate(Request(GBM, paths=PATHS, horizon_days=STEPS, seed=9, barriers=(0.5,), value_days=DATES, threads=1))
    b = simulate(Request(GBM, paths=PATHS, horizon_days=STEPS, seed=9, barriers=(0.5,), value_days=DATES, threads=2))
    same = all(np.array_equal(getattr(a, n), getattr(b, n)) for n in ("terminal", "max_drawdown", "barrier_hit", "values"))
    print(f"5. 1 thread vs 2 threads: {'bit-identical' if same else 'DIFFERENT'} "
          f"({a.elapsed_s:.2f} s vs {b.elapsed_s:.2f} s)")


if __name__ == "__main__":
    main()
