"""Export of the holdings time series behind the Holdings charts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from ..engine.valuation import from_day_number
from .output_target import write_output

HEADER = ("date", "stock_btc", "price_usd", "value_usd", "cost_basis_usd")


def export_holdings_series(series, path: str | Path, workspace: str | Path | None = None) -> int:
    """One row per day; price and value are empty before the first price. Written as every export is
    (io.output_target: never over ``workspace``'s files, complete or not at all)."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(HEADER)
    for day, stock, price, value, cost in zip(series.days, series.stock_btc, series.price_usd, series.value_usd,
                                              series.cost_usd, strict=True):
        writer.writerow((from_day_number(day).isoformat(), repr(round(float(stock), 8)),
                         "" if np.isnan(price) else repr(float(price)), "" if np.isnan(value) else f"{value:.2f}",
                         f"{cost:.2f}"))
    write_output(path, text.getvalue().encode("utf-8"), workspace)
    return len(series.days)
