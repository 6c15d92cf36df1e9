"""Import and export of price series: date,close files and the common vendor exports.

Recognised by their header: ``date,close`` (any other columns ignored, so OHLCV files work);
Yahoo Finance (``Date,Open,High,Low,Close,Adj Close,Volume``: the Close column); CoinGecko
(``snapped_at,price,market_cap,total_volume``); CoinMarketCap (semicolon-separated, ``timeOpen`` ...
``close``). Vendor formats carry ISO timestamps; a plain date,close file uses the date order the
user chose. Any other file can be read by naming its date and close columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import domain as d
from ..i18n import translate
from ..store import Store
from .csv_source import (
    DEFAULT_OPTIONS,
    WRONG_WIDTH,
    CsvOptions,
    CsvSource,
    file_digest,
    parse_day,
    parse_decimal,
)
from .fields import FieldError, InputError, appears_twice, at_row_only, listed
from .import_report import BatchInserter, ImportReport, Rollback, RowProblem, no_rows
from .output_target import check_target, write_output
from .plausibility import PlausibilityCheck

EARLIEST_PRICE = dt.date(1900, 1, 1)
ISO = CsvOptions(date_order="iso")


@dataclass(frozen=True)
class PriceColumns:
    """Which columns hold the date and the close, and whether dates follow the user's date order."""

    date: str
    close: str
    format: str = "mapped columns"
    vendor_iso: bool = False  # vendor timestamps are ISO whatever the user chose


def detect_columns(columns: list[str]) -> PriceColumns | None:
    lower = {c.lower(): c for c in columns}
    if "snapped_at" in lower and "price" in lower:
        return PriceColumns(lower["snapped_at"], lower["price"], "CoinGecko", vendor_iso=True)
    if "timeopen" in lower and "close" in lower:
        return PriceColumns(lower["timeopen"], lower["close"], "CoinMarketCap", vendor_iso=True)
    if "date" in lower and "close" in lower:
        vendor = "adj close" in lower
        return PriceColumns(lower["date"], lower["close"], "Yahoo Finance" if vendor else "date,close", vendor_iso=vendor)
    return None


def import_prices(store: Store, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *, asset: str = "BTC",
                  columns: PriceColumns | None = None, dry_run: bool = False, skip_invalid: bool = False,
                  progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
                  today: dt.date | None = None, accept_implausible: bool = False) -> ImportReport:
    """Import a price file. A series that does not look like ``asset`` in US$ (core.io.plausibility) is
    refused, with the evidence in ``report.implausible``, unless the user accepted it after seeing that."""
    path = Path(path)
    today = today or dt.date.today()
    asset = asset.strip().upper()
    if not 1 <= len(asset) <= 12:
        raise InputError(path.name, [translate("prices_csv", "asset: must be 1 to 12 characters")])
    earliest = d.GENESIS_DATE if asset == "BTC" else EARLIEST_PRICE
    with CsvSource(path, options) as source:
        found = open_columns(source, columns)
        report = ImportReport("prices", path.name, found.format, dry_run=dry_run, skip_invalid=skip_invalid)
        label = f"{found.format}: {path.name}"
        known = store.closes_by_date(asset)
        check = PlausibilityCheck(asset, known)
        if not dry_run:
            store.backup("before-import")
        try:
            with store.transaction() as w:
                rows = BatchInserter(w, "prices", ("asset", "date", "close_usd", "source"), source, report,
                                     progress=progress, cancelled=cancelled)
                for _row, key, close in valid_rows(source, found, options, earliest, today, report):
                    check.add(key, close)
                    if key in known:
                        report.duplicates += 1
                        continue
                    rows.add((asset, key, close, label))
                    report.new += 1
                report.implausible = check.evidence
                if report.implausible and not accept_implausible:
                    report.blocked_reason = translate("prices_csv", "the closes do not look like {asset} prices in "
                                                                    "US$").format(asset=asset)
                rows.finish(label, lambda: file_digest(path))
        except Rollback:
            pass
    if progress:
        progress(1.0)
    return report


def valid_rows(source: CsvSource, found: PriceColumns, options: CsvOptions, earliest: dt.date, today: dt.date,
                report: ImportReport):
    """Yield (row number, ISO date, close) for each valid row; record the others in the report."""
    date_options = ISO if found.vendor_iso else options
    seen: dict[str, int] = {}
    for row_number, rec in source.rows():
        report.rows_read += 1
        if WRONG_WIDTH in rec:
            report.invalid.append(RowProblem(row_number, "row", rec[WRONG_WIDTH]))
            continue
        try:
            day = parse_day(rec[found.date], found.date, date_options)
            if not earliest <= day <= today:
                raise FieldError(found.date, translate("prices_csv", "{date} is outside {earliest} .. {today}").format(
                    date=day, earliest=earliest, today=today))
            close = parse_decimal(rec[found.close], found.close, options)
            if not 0 < close < 1e12:
                raise FieldError(found.close, translate("prices_csv", "{value} must be greater than 0").format(
                    value=f"{close:g}"))
        except FieldError as exc:
            report.invalid.append(RowProblem(row_number, exc.field, exc.reason))
            continue
        key = day.isoformat()
        if key in seen:
            report.invalid.append(RowProblem(row_number, found.date, appears_twice(key, seen[key])))
            continue
        seen[key] = row_number
        yield row_number, key, close


def open_columns(source: CsvSource, columns: PriceColumns | None) -> PriceColumns:
    found = detect_columns(source.columns) if columns is None else columns
    if found is None:
        raise InputError(source.path.name, [at_row_only(1, translate(
            "prices_csv", "columns not recognised ({names}); name the date and close columns").format(
            names=listed(source.columns)))])
    for name in (found.date, found.close):
        if name not in source.columns:
            raise InputError(source.path.name, [at_row_only(1, translate("prices_csv", "no column named {name}").format(
                name=repr(name)))])
    return found


def read_prices(path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *, asset: str = "BTC",
                columns: PriceColumns | None = None, today: dt.date | None = None) -> tuple[list[str], list[float], str]:
    """Read a price file without a workspace: (ISO dates ascending, closes, format). Any invalid row
    refuses the whole file (InputError listing every row), so a series is never silently patched."""
    path = Path(path)
    today = today or dt.date.today()
    earliest = d.GENESIS_DATE if asset.upper() == "BTC" else EARLIEST_PRICE
    with CsvSource(path, options) as source:
        found = open_columns(source, columns)
        report = ImportReport("prices", path.name, found.format)
        rows = sorted((key, close) for _, key, close in valid_rows(source, found, options, earliest, today, report))
    if report.invalid:
        raise InputError(path.name, [str(p) for p in report.invalid])
    if not rows:
        raise InputError(path.name, [no_rows()])
    return [k for k, _ in rows], [c for _, c in rows], found.format


def export_prices(store: Store, path: str | Path, asset: str = "BTC") -> int:
    check_target(path, store.path)  # before the work: never over the workspace, its sidecars or its backups
    rows = sorted(store.closes_by_date(asset.upper()).items())
    count = 0
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("date", "close"))
    for day, close in rows:
        writer.writerow((day, repr(close)))
        count += 1
    write_output(path, text.getvalue().encode("utf-8"), store.path)
    return count
