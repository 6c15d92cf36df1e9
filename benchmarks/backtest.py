"""VaR backtests measured in one run: 4,000 days x 6 methods with a 250-day window (target: under 5 s), and, with
``--study``, the behaviour on simulated data with known truth.

    python benchmarks/backtest.py            speed, on a simulated GARCH(1,1) history (seeded)
    python benchmarks/backtest.py --study    also: i.i.d. normal returns (200 seeds): how often parametric VaR passes
                                             all three tests; GARCH returns (50 seeds): how often historical VaR
                                             fails the independence test, and how often each model passes all three
    python benchmarks/backtest.py --btc FILE also: the table for a real BTC/USD history (date,close), 2015-2025,
                                             and the Risk tab's whole computation (the worker's time) on it
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.engine import backtest as bt  # noqa: E402


def garch_returns(rng: np.random.Generator, n: int, omega: float = 1e-5, alpha: float = 0.12,
                  beta: float = 0.87) -> np.ndarray:
    s2, out = omega / (1 - alpha - beta), np.empty(n)
    for t in range(n):
        out[t] = math.sqrt(s2) * rng.standard_normal()
        s2 = omega + alpha * out[t] ** 2 + beta * s2
    return out


def speed() -> None:
    r = garch_returns(np.random.default_rng(20261130), 4000)
    start = time.perf_counter()
    times = {}
    for method in bt.METHODS:
        t = time.perf_counter()
        bt.backtest(r, method, 0.99, 250)
        times[method] = time.perf_counter() - t
    total = time.perf_counter() - start
    print(f"4,000 days x 6 methods, window 250, 99%: {total:.2f} s (target < 5 s); "
          + ", ".join(f"{m} {s:.2f} s" for m, s in times.items()))


def study() -> None:
    normal = sum(bt.backtest(np.random.default_rng(s).normal(0, 0.02, 1250), "parametric").passes for s in range(200))
    print(f"i.i.d. normal returns, 1,250 days, 200 seeds: parametric VaR passes all three tests in {normal} "
          f"({normal / 2:.0f}%)")
    # at 99% a 4,000-day backtest has about 40 exceptions, too few for the independence test to see clustering
    # every time; at 95% it has about 200
    for confidence in (0.99, 0.95):
        counts = {m: [0, 0] for m in ("historical", "parametric", "ewma", "fhs", "garch")}
        for s in range(50):
            r = garch_returns(np.random.default_rng(1000 + s), 4000)
            for m in counts:
                b = bt.backtest(r, m, confidence)
                counts[m][0] += b.christoffersen_ind_p < bt.SIGNIFICANCE
                counts[m][1] += b.passes
        print(f"GARCH(1,1) returns (alpha 0.12, beta 0.87), 4,000 days, 50 seeds, VaR {confidence:.0%}: "
              + "; ".join(f"{m}: fails independence in {f}, passes all three in {p}" for m, (f, p) in counts.items()))


def btc(path: Path) -> None:
    import csv

    rows = [(r["date"], float(r["close"])) for r in csv.DictReader(path.open()) if "2014-12-31" <= r["date"] <= "2025-12-31"]
    p = np.array([c for _, c in rows])
    r = p[1:] / p[:-1] - 1
    print(f"BTC/USD {rows[1][0]} to {rows[-1][0]}, {len(r):,} returns, 99%, window 250:")
    print("| method | observations | exceptions | rate | Kupiec p | ind. p | cc p | traffic light (last 250) |")
    print("|---|---|---|---|---|---|---|---|")
    for m in bt.METHODS:
        j = bt.backtest(r, m).to_json()
        print(f"| {m} | {j['observations']:,} | {j['exceptions']} | {j['exception_rate']:.4f} | {j['kupiec_p']:.3f} | "
              f"{j['christoffersen_ind_p']:.3f} | {j['christoffersen_cc_p']:.3f} | {j['traffic_light']} "
              f"({j['basel_exceptions']}) |")


def risk_view(path: Path) -> None:
    """What the Risk tab's worker computes (measures, fits, six backtests) for each period it offers."""
    import csv
    import datetime as dt

    from desktop.core import risk_view as rv
    from desktop.core.engine.valuation import day_number

    rows = list(csv.DictReader(path.open()))
    days = np.array([day_number(dt.date.fromisoformat(r["date"])) for r in rows])
    closes = np.array([float(r["close"]) for r in rows])
    end = dt.date.fromisoformat(rows[-1]["date"])
    timings = []
    for label, years in rv.PERIOD_YEARS.items():
        t = time.perf_counter()
        view = rv.compute(days, closes, rv.RiskRequest(end=end, start=rv.years_before(end, years)))
        timings.append(f"{label.lower()} ({len(view.returns):,} returns) {time.perf_counter() - t:.2f} s")
    print("Risk tab's computation to " + end.isoformat() + ": " + ", ".join(timings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--study", action="store_true")
    parser.add_argument("--btc", type=Path)
    args = parser.parse_args()
    speed()
    if args.study:
        study()
    if args.btc:
        btc(args.btc)
        risk_view(args.btc)


if __name__ == "__main__":
    main()
