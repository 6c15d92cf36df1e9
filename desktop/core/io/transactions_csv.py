"""Import and export of the ledger in the transactions CSV of docs/formats.md.

An import streams the file into one store transaction and commits only when the whole file is
acceptable (or, if the user chose so, when only invalid rows are skipped); the wallet balances are
then checked on the resulting ledger. A dry run does all of it and rolls back. Memory stays flat
for files of a million rows: rows go to SQLite in batches, not into a list.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from .. import domain as d
from ..engine.valuation import LedgerError
from ..errors import Cancelled
from ..i18n import translate
from ..store import Store
from .csv_safe import read_text_cell, row_cells
from .csv_source import (
    DEFAULT_OPTIONS,
    WRONG_WIDTH,
    CsvOptions,
    CsvSource,
    file_digest,
    missing_columns,
    parse_day,
    parse_decimal,
    text_field,
    unknown_columns,
)
from .fields import FieldError, InputError, at_row_only, is_required, not_one_of, quoted
from .import_report import BatchInserter, ImportReport, Rollback, RowProblem, import_cancelled
from .output_target import check_target, write_output

COLUMNS = ("date", "kind", "wallet", "to_wallet", "asset", "quantity", "price_usd", "fee_usd", "counterparty",
           "reference", "note")
TEXT_COLUMNS = ("wallet", "to_wallet", "counterparty", "reference", "note")  # exported through csv_safe.text_cell
DB_COLUMNS = ("date", "kind", "wallet_id", "to_wallet_id", "asset", "quantity", "price_usd", "fee_usd",
              "counterparty", "reference", "note", "source")
MAX_PRICE_USD = 1e12
BATCH_ROWS = 5000
Progress = Callable[[float], None]


def parse_row(rec: dict[str, str], wallets: dict[str, int], options: CsvOptions, today: dt.date) -> tuple:
    """One CSV record as a row for the transactions table; raises FieldError on the first bad field."""
    day = parse_day(rec["date"], "date", options)
    if day < d.GENESIS_DATE:
        raise FieldError("date", translate("transactions_csv", "{date} is before the first bitcoin block ({genesis})")
                         .format(date=day, genesis=d.GENESIS_DATE))
    if day > today:
        raise FieldError("date", translate("transactions_csv", "{date} is in the future").format(date=day))
    kind = rec["kind"].strip().lower()
    if kind not in d.TRANSACTION_KINDS:
        raise FieldError("kind", not_one_of(quoted(rec["kind"]), d.TRANSACTION_KINDS))
    wallet_name = rec["wallet"].strip()
    if wallet_name not in wallets:
        raise FieldError("wallet", unknown_wallet(wallet_name))
    to_name = rec["to_wallet"].strip()
    to_id = None
    if kind == "transfer":
        if not to_name:
            raise FieldError("to_wallet", translate("transactions_csv", "is required for a transfer"))
        if to_name not in wallets:
            raise FieldError("to_wallet", unknown_wallet(to_name))
        if to_name == wallet_name:
            raise FieldError("to_wallet", translate("transactions_csv", "is the same wallet as the source"))
        to_id = wallets[to_name]
    elif to_name:
        #: {kind} is the row's kind as the file writes it (purchase, sale, mining ...)
        raise FieldError("to_wallet", translate("transactions_csv", "is only for transfers, not for a {kind}").format(
            kind=kind))
    asset = rec["asset"].strip().upper() or "BTC"
    if asset != "BTC":
        raise FieldError("asset", translate("transactions_csv", "{value}: only BTC ledgers are supported").format(
            value=quoted(asset)))
    if not rec["quantity"].strip():
        raise FieldError("quantity", is_required())
    quantity = parse_decimal(rec["quantity"], "quantity", options)
    if quantity <= 0:
        raise FieldError("quantity", translate("transactions_csv", "{value} must be positive (the kind gives the "
                                                                   "direction)").format(value=f"{quantity:g}"))
    if quantity > d.MAX_BTC:
        raise FieldError("quantity", translate("transactions_csv", "{value} BTC is more than will ever exist (21 "
                                                                   "million)").format(value=f"{quantity:g}"))
    price = None
    if rec["price_usd"].strip():
        price = parse_decimal(rec["price_usd"], "price_usd", options)
        if not 0 < price < MAX_PRICE_USD:
            raise FieldError("price_usd", translate("transactions_csv", "{value} must be greater than 0 and below "
                                                                        "1e12").format(value=f"{price:g}"))
    elif kind in d.PRICED_KINDS:
        #: {kind} is the row's kind as the file writes it (purchase, sale ...)
        raise FieldError("price_usd", translate("transactions_csv", "is required for a {kind}").format(kind=kind))
    fee = None
    if rec["fee_usd"].strip():
        fee = parse_decimal(rec["fee_usd"], "fee_usd", options)
        if not 0 <= fee < MAX_PRICE_USD:
            raise FieldError("fee_usd", translate("transactions_csv", "{value} must be zero or more and below 1e12")
                             .format(value=f"{fee:g}"))
    return (day.isoformat(), kind, wallets[wallet_name], to_id, asset, quantity, price, fee,
            text_field(rec["counterparty"], "counterparty"), text_field(rec["reference"], "reference"),
            text_field(rec["note"], "note"))


def unknown_wallet(name: str) -> str:
    return translate("transactions_csv", "unknown wallet {name}; add it first").format(name=quoted(name))


def _check_header(source: CsvSource) -> None:
    found = [c.lower() for c in source.columns]
    present = set(found)  # a header may be millions of columns wide
    missing = [c for c in COLUMNS if c not in present]
    unknown = [c for c in source.columns if c.lower() not in COLUMNS]
    problems = []
    if missing:
        problems.append(at_row_only(1, missing_columns(missing)))
    if unknown:
        problems.append(at_row_only(1, unknown_columns(unknown)))
    if problems:
        raise InputError(source.path.name, problems + [translate("transactions_csv", "expected the header {header}")
                                                       .format(header=",".join(COLUMNS))])
    source.columns = found


def import_transactions(store: Store, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *, dry_run: bool = False,
                        skip_invalid: bool = False, progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> ImportReport:
    """Import a transactions CSV. Raises InputError when the file as a whole is unreadable."""
    path = Path(path)
    today = today or dt.date.today()
    report = ImportReport("transactions", path.name, "transactions CSV", dry_run=dry_run, skip_invalid=skip_invalid)
    with CsvSource(path, options) as source:
        _check_header(source)
        wallets = store.wallet_ids()
        first_new_id = store.next_transaction_id()
        file_refs: dict[str, int] = {}
        label = f"transactions CSV: {path.name}"
        csv_row_of_new: list[int] = []
        if not dry_run:
            store.backup("before-import")
        try:
            with store.transaction() as w, store.incoming_transactions(DB_COLUMNS[:-1]) as incoming:
                # 1. read and check every row; the valid ones wait in a scratch table
                batch: list[tuple] = []
                for row_number, rec in source.rows():
                    report.rows_read += 1
                    if WRONG_WIDTH in rec:
                        report.invalid.append(RowProblem(row_number, "row", rec[WRONG_WIDTH]))
                        continue
                    rec.update((c, read_text_cell(rec[c].strip())) for c in TEXT_COLUMNS)  # '=x, as exported, is =x
                    try:
                        batch.append((row_number, *parse_row(rec, wallets, options, today)))
                    except FieldError as exc:
                        report.invalid.append(RowProblem(row_number, exc.field, exc.reason))
                    if len(batch) >= BATCH_ROWS:
                        incoming.add(batch)
                        batch.clear()
                        if progress:
                            progress(source.position())
                        if cancelled and cancelled():
                            raise Cancelled(import_cancelled(path.name))
                incoming.add(batch)
                # 2. one query finds those already stored; the others are added in the file's order
                stored = incoming.stored()
                rows = BatchInserter(w, "transactions", DB_COLUMNS, source, report, progress=progress,
                                     cancelled=cancelled, batch_rows=BATCH_ROWS)
                for row_number, *values in incoming.rows():
                    if row_number in stored:
                        report.duplicates += 1
                        continue
                    reference = values[9]
                    if reference is not None:
                        if reference in file_refs:
                            report.invalid.append(RowProblem(row_number, "reference", translate(
                                "transactions_csv", "{value} already used on row {row}").format(
                                value=quoted(reference), row=file_refs[reference])))
                            continue
                        file_refs[reference] = row_number
                    rows.add((*values, label))
                    csv_row_of_new.append(row_number)
                report.invalid.sort(key=lambda p: p.row)  # one problem a row, in the file's order
                rows.flush()
                report.new = len(csv_row_of_new)
                if report.new and (skip_invalid or not report.invalid):  # else the import is blocked anyway
                    _check_balances(store, first_new_id, csv_row_of_new, report)
                rows.finish(label, lambda: file_digest(path))
        except Rollback:
            pass
    if progress:
        progress(1.0)
    return report


def _check_balances(store: Store, first_new_id: int, csv_row_of_new: list[int], report: ImportReport) -> None:
    """No wallet may go below zero once the new rows are in; the problem names the file's row."""
    from ..engine.valuation import Ledger, check_balances

    ledger, ids = Ledger.from_chunks(store.ledger_chunks(), store.wallet_ids())
    try:
        check_balances(ledger)
    except LedgerError as exc:
        bad_id = int(ids[exc.row])
        where = csv_row_of_new[bad_id - first_new_id] if bad_id >= first_new_id else None
        reason = str(exc).split(") ", 1)[-1] if where else translate(
            "transactions_csv", "the new rows leave an existing entry unfunded: {reason}").format(reason=exc)
        report.invalid.append(RowProblem(where or 0, "quantity", reason))
        report.blocked_reason = translate("transactions_csv", "a wallet would go below zero")


def export_transactions(store: Store, path: str | Path) -> int:
    """Write the ledger in booking order; importing the file into a workspace with the same wallets gives it back."""
    check_target(path, store.path)  # before the work: never over the workspace, its sidecars or its backups
    rows = store.ledger_export_rows()
    count = 0
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row_cells(row))
        count += 1
    write_output(path, text.getvalue().encode("utf-8"), store.path)
    return count
