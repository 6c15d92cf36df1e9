"""The files Reserve Desk imports: one table that ``reserve-desk import`` and the window's File > Import read.

An ``Importer`` names its kind, how the window titles it, the files it opens, the options that apply to it
and the function that imports a file. Transactions and prices are imported row by row (an ``ImportReport``);
an IMF program and macro inputs are small files accepted whole or refused whole (a ``WholeFileResult``), and
both answer the same questions: a summary, the refused rows, whether anything was written. Adding a format:
its reader module and a row here; the CLI's ``import`` choices and the window's menu and dialog follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import fmt
from .csv_source import CsvOptions
from .fields import InputError
from .imf_payments_tsv import import_imf_payments
from .import_report import ImportReport, RowProblem
from .macro_csv import import_macro, read_macro
from .prices_csv import PriceColumns, export_prices, import_prices
from .program_json import import_program
from .sdr_rates_csv import import_sdr_rates
from .transactions_csv import export_transactions, import_transactions

CSV_FILES = "CSV files (*.csv *.txt);;All files (*)"
MACRO_COLUMNS = ("gross_reserves_usd: gross official reserve assets, not net international reserves; "
                 "short_term_debt_usd: external debt at remaining maturity (due within 12 months); "
                 "other_liabilities_usd: other portfolio liabilities (nonresidents' portfolio equity and longer "
                 "debt); exports, imports and remittances over the 12 months to the date "
                 "(IMF, Assessing Reserve Adequacy, 2011); gdp_usd (optional): nominal GDP over the 12 months "
                 "to the date.")
IMF_PAYMENTS_NOTE = ("The file the IMF's page \"Projected Payments to the IMF\" of the member's \"Financial "
                     "Position in the Fund\" offers for download (TSV): Description, Schedule Date, Total Amount "
                     "Due in SDR. It is the IMF's projection as of the date its title states (or the day before its "
                     "first payment); the latest one is compared with the app's.")
SDR_RATES_NOTE = ("date,rate: the SDR interest rate in force from each date, as a fraction (0.0312 for 3.12%), "
                  "from the IMF's SDR interest rate series; an optional source column.")


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices; each importer reads those its ``options`` name (dry_run applies to all)."""

    csv: CsvOptions = field(default_factory=CsvOptions)  # "csv": the date order and decimal mark
    asset: str = "BTC"  # "asset"
    columns: PriceColumns | None = None  # "columns": the date and close columns of an unrecognised file
    skip_invalid: bool = False  # "skip_invalid": import the valid rows even if some are invalid
    accept_implausible: bool = False  # "accept_implausible": a series that does not look like the asset's prices
    as_of: dt.date | None = None  # "as_of": the date of an IMF projection of payments (None: the file's)
    dry_run: bool = False


@dataclass(frozen=True)
class WholeFileResult:
    """What a program or macro import (or its check) found: the file is accepted whole or refused whole."""

    text: str
    problems: tuple[str, ...] = ()  # as the core words them: "row 3: date: ..." or "purchases[2].amount_sdr: ..."
    written: bool = False
    json: dict | None = None  # what `reserve-desk import` prints when the file is accepted

    implausible = None  # a class attribute, not a field: the questions below are an ImportReport's too

    @property
    def blocked(self) -> bool:
        return bool(self.problems)

    def summary(self) -> str:
        return self.text

    @property
    def invalid(self) -> list[RowProblem]:
        return [_row_problem(p) for p in self.problems]


def _row_problem(text: str) -> RowProblem:
    """'row 3: date: reason' or 'purchases[2].amount_sdr: reason' as a row of a problems table (row 0: none)."""
    where, _, rest = text.partition(": ")
    if where.startswith("row ") and where[4:].isdigit():
        field_name, _, reason = rest.partition(": ")
        return RowProblem(int(where[4:]), field_name, reason or rest)
    return RowProblem(0, where, rest) if rest else RowProblem(0, "file", text)


Progress = Callable[[float], None] | None
Cancelled = Callable[[], bool] | None


def _transactions(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> ImportReport:
    return import_transactions(store, path, o.csv, dry_run=o.dry_run, skip_invalid=o.skip_invalid,
                               progress=progress, cancelled=cancelled)


def _prices(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> ImportReport:
    return import_prices(store, path, o.csv, asset=o.asset, columns=o.columns, dry_run=o.dry_run,
                         skip_invalid=o.skip_invalid, progress=progress, cancelled=cancelled,
                         accept_implausible=o.accept_implausible)


def _refused(path: str, o: ImportOptions, exc: InputError) -> WholeFileResult:
    return WholeFileResult(f"{Path(path).name}: refused, nothing {'would be' if o.dry_run else 'was'} added "
                           f"({fmt.count(len(exc.problems), 'problem')})", tuple(exc.problems))


def _program(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        a = import_program(store, path, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    return WholeFileResult(
        f"{Path(path).name}: {a.name} ({a.facility}, approved {a.approval_date}, {a.months} months, access "
        f"SDR {a.access_sdr / 1e6:,.2f} m); {fmt.count(len(a.purchases), 'purchase')}, "
        f"{fmt.count(len(a.test_dates), 'test date')}, {fmt.count(len(a.benchmarks), 'benchmark')}; "
        f"{'would add' if o.dry_run else 'added'} the arrangement", written=not o.dry_run,
        json={"what": "program", "name": a.name, "purchases": len(a.purchases), "written": not o.dry_run})


def _macro(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        rows = read_macro(path, o.csv)  # for the summary's dates; import_macro checks it again against the workspace
        count = import_macro(store, path, o.csv, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    dates = sorted(m.date for m in rows)
    return WholeFileResult(f"{Path(path).name}: {fmt.count(count, 'date')} from {dates[0]} to {dates[-1]}; "
                           f"{'would add' if o.dry_run else 'added'} {'it' if count == 1 else 'them'}",
                           written=not o.dry_run, json={"what": "macro", "rows": count, "written": not o.dry_run})


def _imf_payments(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        rows, as_of = import_imf_payments(store, path, as_of=o.as_of, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    years = sorted({p.date.year for p in rows})
    latest = store.member().projection_as_of
    older = (f". The workspace holds a later projection (as of {latest}), which stays the one used"
             if latest is not None and latest > as_of else "")
    return WholeFileResult(
        f"{Path(path).name}: the IMF's projected payments as of {as_of}, {fmt.count(len(rows), 'line')} from "
        f"{years[0]} to {years[-1]}, SDR {sum(p.amount_sdr for p in rows) / 1e6:,.2f} m in all; "
        f"{'would add' if o.dry_run else 'added'} {'it' if len(rows) == 1 else 'them'}{older}", written=not o.dry_run,
        json={"what": "imf-payments", "as_of": as_of.isoformat(), "rows": len(rows), "written": not o.dry_run})


def _sdr_rates(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        steps, added = import_sdr_rates(store, path, o.csv, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    known = len(steps) - len(added)
    written = bool(added) and not o.dry_run
    return WholeFileResult(
        f"{Path(path).name}: {fmt.count(len(steps), 'SDR rate')} from {steps[0].from_date} to {steps[-1].from_date}"
        f"{f', {known} already in the workspace' if known else ''}; "
        f"{'would add' if o.dry_run else 'added'} {fmt.count(len(added), 'new step')}", written=written,
        json={"what": "sdr-rates", "rows": len(steps), "new": len(added), "written": written})


@dataclass(frozen=True)
class Importer:
    kind: str
    title: str  # the import dialog's title and the undo step's name
    menu_label: str  # File > Import's entry (& marks its access key)
    file_filter: str  # the open-file dialog's filter
    options: frozenset[str]  # the fields of ImportOptions that apply, besides dry_run
    tables: tuple[str, ...]  # the tables it adds rows to (Edit > Undo removes the rows added after their last)
    run: Callable[..., ImportReport | WholeFileResult]  # (store, path, ImportOptions, progress, cancelled)
    whole_file: bool = False  # accepted whole or refused whole: a WholeFileResult
    note: str | None = None  # what the dialog says about the file's columns

    def __call__(self, store, path: str, options: ImportOptions, progress: Progress = None,
                 cancelled: Cancelled = None) -> ImportReport | WholeFileResult:
        return self.run(store, path, options, progress, cancelled)


IMPORTERS = {i.kind: i for i in (
    Importer("transactions", "Import transactions (CSV)", "&Transactions CSV…", CSV_FILES,
             frozenset({"csv", "skip_invalid"}), ("transactions",), _transactions),
    Importer("prices", "Import prices (CSV)", "&Prices CSV…", CSV_FILES,
             frozenset({"csv", "asset", "columns", "skip_invalid", "accept_implausible"}), ("prices",), _prices),
    Importer("program", "Import IMF program (JSON)", "IMF p&rogram (JSON)…", "JSON files (*.json);;All files (*)",
             frozenset(), ("arrangements", "purchases", "test_dates", "benchmarks", "quotas", "sdr_rates"), _program,
             whole_file=True),
    Importer("macro", "Import macro and reserve data (CSV)", "&Macro and reserve data (CSV)…", CSV_FILES,
             frozenset({"csv"}), ("macro_inputs",), _macro, whole_file=True, note=MACRO_COLUMNS),
    Importer("imf-payments", "Import the IMF's projected payments (TSV)", "IMF projected pa&yments (TSV)…",
             "Tab-separated files (*.tsv *.txt);;All files (*)", frozenset({"as_of"}), ("imf_payments",),
             _imf_payments, whole_file=True, note=IMF_PAYMENTS_NOTE),
    Importer("sdr-rates", "Import SDR interest rates (CSV)", "&SDR interest rates (CSV)…", CSV_FILES,
             frozenset({"csv"}), ("sdr_rates",), _sdr_rates, whole_file=True, note=SDR_RATES_NOTE),
)}

EXPORTERS = {  # kind: (store, path, asset) -> rows written
    "transactions": lambda store, path, asset="BTC": export_transactions(store, path),
    "prices": export_prices,
}
