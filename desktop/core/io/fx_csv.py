"""Import of exchange-rate series: the price files' formats (Yahoo Finance, CoinGecko, date,close or named
columns), row by row like prices, all rows or none.

A rate is stored as units of the currency per US$. ``per-usd`` files (USD/PKR as markets quote it: 278.40) are
stored as read; ``usd-per-unit`` files (the SDR as the IMF quotes it: 1.3281 US$ per SDR) are stored inverted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..fx import SDR, USD, normalise_code
from ..i18n import translate
from ..store import Store
from .csv_source import DEFAULT_OPTIONS, CsvOptions, CsvSource, file_digest
from .fields import InputError
from .import_report import BatchInserter, ImportReport, Rollback, RowProblem
from .prices_csv import EARLIEST_PRICE, PriceColumns, open_columns, valid_rows

QUOTES = ("per-usd", "usd-per-unit")
MIN_PER_USD, MAX_PER_USD = 1e-6, 1e9  # the store's bound above; below, a quote read the wrong way round
# US$ per SDR: from 1.00 (1970-71) to about 1.63 (2008) in the IMF's daily valuations; a row outside this band is
# the other quote (SDR 0.75 per US$ read as US$ per SDR, or the IMF's 1.33 read per US$), which would misstate
# every SDR figure by three quarters
USD_PER_SDR_RANGE = (0.9, 2.0)


def import_fx(store: Store, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *, currency: str,
              quote: str = "per-usd", columns: PriceColumns | None = None, dry_run: bool = False,
              skip_invalid: bool = False, progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> ImportReport:
    """Import a rate file for ``currency``; a date already stored for it is counted as a duplicate."""
    path = Path(path)
    today = today or dt.date.today()
    try:
        code = normalise_code(currency)
    except ValueError as exc:
        raise InputError(path.name, [f"currency: {exc}"]) from None
    if code == USD:
        raise InputError(path.name, [translate("fx_csv", "currency: US$ figures need no rate; name the other currency "
                                                         "(for example PKR or SDR)")])
    if quote not in QUOTES:
        raise InputError(path.name, [translate("fx_csv", "quote: must be per-usd or usd-per-unit")])
    with CsvSource(path, options) as source:
        found = open_columns(source, columns)
        report = ImportReport("fx", path.name, found.format, dry_run=dry_run, skip_invalid=skip_invalid)
        label = f"{found.format}: {path.name} ({quote})"
        known = dict(store.fx_rates(code))
        if not dry_run:
            store.backup("before-import")
        try:
            with store.transaction() as w:
                rows = BatchInserter(w, "fx_rates", ("currency", "date", "per_usd", "source"), source, report,
                                     progress=progress, cancelled=cancelled)
                for row, key, value in valid_rows(source, found, options, EARLIEST_PRICE, today, report):
                    per_usd = value if quote == "per-usd" else 1.0 / value
                    if not MIN_PER_USD < per_usd < MAX_PER_USD:
                        report.invalid.append(RowProblem(row, found.close, translate(
                            "fx_csv", "{value} is not a rate ({per_usd:g} units per US$); is the quote right?").format(
                            value=f"{value:g}", per_usd=per_usd)))
                        continue
                    if code == SDR and not USD_PER_SDR_RANGE[0] <= 1.0 / per_usd <= USD_PER_SDR_RANGE[1]:
                        report.invalid.append(RowProblem(row, found.close, translate(
                            "fx_csv", "{value} read as {quote} gives US${usd:.4f} per SDR, outside the SDR's range "
                                      "since 1970 (about US$1.00 to 1.63): the IMF quotes the SDR in US$ per SDR "
                                      "(about 1.33), the quote usd-per-unit; SDR per US$ (about 0.75) is per-usd").format(
                            value=f"{value:g}", quote=quote, usd=1.0 / per_usd)))
                        continue
                    if key in known:
                        report.duplicates += 1
                        continue
                    rows.add((code, key, per_usd, label))
                    report.new += 1
                rows.finish(label, lambda: file_digest(path))
        except Rollback:
            pass
    if progress:
        progress(1.0)
    return report
