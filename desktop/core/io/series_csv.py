"""Export of the holdings time series behind the Holdings charts."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from ..engine.valuation import from_day_number

HEADER = ("date", "stock_btc", "price_usd", "value_usd", "cost_basis_usd")


def export_holdings_series(series, path: str | Path) -> int:
    """One row per day; price and value are empty before the first price."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        for day, stock, price, value, cost in zip(series.days, series.stock_btc, series.price_usd, series.value_usd,
                                                  series.cost_usd, strict=True):
            writer.writerow((from_day_number(day).isoformat(), repr(round(float(stock), 8)),
                             "" if np.isnan(price) else repr(float(price)), "" if np.isnan(value) else f"{value:.2f}",
                             f"{cost:.2f}"))
    return len(series.days)
