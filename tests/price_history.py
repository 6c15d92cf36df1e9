"""Made-up daily BTC price histories for tests: written as a price file and imported as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from desktop.core.io.prices_csv import import_prices
from desktop.core.workspace import Workspace


def write_closes(path: Path, first: dt.date, closes, step_days: int = 1, decimals: int = 2) -> Path:
    """``date,close`` rows from ``first``, one every ``step_days``."""
    rows = "".join(f"{first + dt.timedelta(days=step_days * i)},{c:.{decimals}f}\n" for i, c in enumerate(closes))
    path.write_text("date,close\n" + rows)
    return path


def walk(days: int, seed: int, first_close_usd: float = 40_000, drift: float = 0.0, vol: float = 0.03) -> np.ndarray:
    """A seeded geometric random walk of daily closes."""
    return first_close_usd * np.exp(np.cumsum(np.random.default_rng(seed).normal(drift, vol, days)))


def sample_with_history(path, csv_path: Path, closes, decimals: int = 2) -> Workspace:
    """The sample workspace at ``path`` with ``closes`` as daily prices ending the day before its own first price
    (the samples hold a few monthly closes only)."""
    ws = Workspace.open(path)
    first = ws.prices("BTC")[0].date - dt.timedelta(days=len(closes))
    report = import_prices(ws.store, write_closes(csv_path, first, closes, decimals=decimals),
                           accept_implausible=True)  # a made-up series may fall to cents
    assert report.new == len(closes), report.to_json()
    ws.invalidate(None)
    return ws
