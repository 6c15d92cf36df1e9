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
from ..i18n import QT_TRANSLATE_NOOP, translate
from .csv_source import CsvOptions
from .fields import InputError, read_at_row
from .fx_csv import import_fx
from .imf_payments_tsv import import_imf_payments
from .import_report import ImportReport, RowProblem
from .macro_csv import import_macro, read_macro
from .prices_csv import PriceColumns, export_prices, import_prices
from .program_json import import_program
from .sdr_rates_csv import import_sdr_rates
from .transactions_csv import export_transactions, import_transactions

CSV_FILES = QT_TRANSLATE_NOOP("importers", "CSV files (*.csv *.txt);;All files (*)")
MACRO_COLUMNS = QT_TRANSLATE_NOOP("importers", "gross_reserves_usd: gross official reserve assets, not net international reserves; "
                 "short_term_debt_usd: external debt at remaining maturity (due within 12 months); "
                 "other_liabilities_usd: other portfolio liabilities (nonresidents' portfolio equity and longer "
                 "debt); exports, imports and remittances over the 12 months to the date "
                 "(IMF, Assessing Reserve Adequacy, 2011); gdp_usd (optional): nominal GDP over the 12 months "
                 "to the date.")
IMF_PAYMENTS_NOTE = QT_TRANSLATE_NOOP("importers", "The file the IMF's page \"Projected Payments to the IMF\" of the member's \"Financial "
                     "Position in the Fund\" offers for download (TSV): Description, Schedule Date, Total Amount "
                     "Due in SDR. It is the IMF's projection as of the date its title states (or the day before its "
                     "first payment); the latest one is compared with the app's.")
FX_NOTE = QT_TRANSLATE_NOOP("importers", "An exchange-rate series in a price file's format (Yahoo Finance, date,close, "
                             "or named columns). Quote per US$: units of the currency per US$, as USD/PKR is quoted "
                             "(278.40); US$ per unit: as the IMF quotes the SDR (1.3281). Rates are kept per US$.")
SDR_RATES_NOTE = QT_TRANSLATE_NOOP("importers", "date,rate: the SDR interest rate in force from each date, as a fraction (0.0312 for 3.12%), "
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
    currency: str = ""  # "currency": the code of an exchange-rate series (PKR, SDR)
    quote: str = "per-usd"  # "quote": per-usd (units per US$) or usd-per-unit (US$ per unit, as the IMF quotes the SDR)
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
    """'row 3: date: reason' (in the language of the messages) or 'purchases[2].amount_sdr: reason' as a row of a
    problems table (row 0: none)."""
    if at_row := read_at_row(text):
        return RowProblem(*at_row)
    where, _, rest = text.partition(": ")
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


def _fx(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> ImportReport:
    return import_fx(store, path, o.csv, currency=o.currency, quote=o.quote, columns=o.columns, dry_run=o.dry_run,
                     skip_invalid=o.skip_invalid, progress=progress, cancelled=cancelled)


def _counted(n: int, one: str, many: str) -> str:
    """``one`` (translated "1 purchase") or ``many`` (translated "{count} purchases") with ``n`` grouped."""
    return one if n == 1 else many.format(count=fmt.number(n))


def _would_add(dry_run: bool, n: int) -> str:
    """'would add it' / 'added them': what a whole-file import of ``n`` rows did or would do."""
    if dry_run:
        return translate("importers", "would add it") if n == 1 else translate("importers", "would add them")
    return translate("importers", "added it") if n == 1 else translate("importers", "added them")


def _refused(path: str, o: ImportOptions, exc: InputError) -> WholeFileResult:
    n = len(exc.problems)
    text = (translate("importers", "{file}: refused, nothing would be added ({problems})") if o.dry_run else
            translate("importers", "{file}: refused, nothing was added ({problems})"))
    problems = _counted(n, translate("importers", "1 problem"), translate("importers", "{count} problems"))
    return WholeFileResult(text.format(file=Path(path).name, problems=problems), tuple(exc.problems))


def _program(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        a = import_program(store, path, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    text = (translate("importers", "{file}: {name} ({facility}, approved {approved}, {months} months, access SDR "
                                   "{access} m); {purchases}, {test_dates}, {benchmarks}; would add the arrangement")
            if o.dry_run else
            translate("importers", "{file}: {name} ({facility}, approved {approved}, {months} months, access SDR "
                                   "{access} m); {purchases}, {test_dates}, {benchmarks}; added the arrangement"))
    return WholeFileResult(text.format(
        file=Path(path).name, name=a.name, facility=a.facility, approved=a.approval_date, months=a.months,
        access=fmt.number(a.access_sdr / 1e6, 2),
        purchases=_counted(len(a.purchases), translate("importers", "1 purchase"),
                           translate("importers", "{count} purchases")),
        test_dates=_counted(len(a.test_dates), translate("importers", "1 test date"),
                            translate("importers", "{count} test dates")),
        benchmarks=_counted(len(a.benchmarks), translate("importers", "1 benchmark"),
                            translate("importers", "{count} benchmarks"))), written=not o.dry_run,
        json={"what": "program", "name": a.name, "purchases": len(a.purchases), "written": not o.dry_run})


def _macro(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        rows = read_macro(path, o.csv)  # for the summary's dates; import_macro checks it again against the workspace
        count = import_macro(store, path, o.csv, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    dates = sorted(m.date for m in rows)
    dated = _counted(count, translate("importers", "1 date"), translate("importers", "{count} dates"))
    return WholeFileResult(translate("importers", "{file}: {dates} from {first} to {last}; {outcome}").format(
                               file=Path(path).name, dates=dated, first=dates[0], last=dates[-1],
                               outcome=_would_add(o.dry_run, count)),
                           written=not o.dry_run, json={"what": "macro", "rows": count, "written": not o.dry_run})


def _imf_payments(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        rows, as_of = import_imf_payments(store, path, as_of=o.as_of, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    years = sorted({p.date.year for p in rows})
    latest = store.member().projection_as_of
    older = (translate("importers", ". The workspace holds a later projection (as of {date}), which stays the one "
                                    "used").format(date=latest) if latest is not None and latest > as_of else "")
    lines = _counted(len(rows), translate("importers", "1 line"), translate("importers", "{count} lines"))
    return WholeFileResult(
        translate("importers", "{file}: the IMF's projected payments as of {date}, {lines} from {first} to {last}, "
                               "SDR {total} m in all; {outcome}").format(
            file=Path(path).name, date=as_of, lines=lines, first=years[0], last=years[-1],
            total=fmt.number(sum(p.amount_sdr for p in rows) / 1e6, 2), outcome=_would_add(o.dry_run, len(rows)))
        + older, written=not o.dry_run,
        json={"what": "imf-payments", "as_of": as_of.isoformat(), "rows": len(rows), "written": not o.dry_run})


def _sdr_rates(store, path: str, o: ImportOptions, progress: Progress, cancelled: Cancelled) -> WholeFileResult:
    try:
        steps, added = import_sdr_rates(store, path, o.csv, dry_run=o.dry_run)
    except InputError as exc:
        return _refused(path, o, exc)
    known = len(steps) - len(added)
    written = bool(added) and not o.dry_run
    rates = _counted(len(steps), translate("importers", "1 SDR rate"), translate("importers", "{count} SDR rates"))
    already = translate("importers", ", {count} already in the workspace").format(count=known) if known else ""
    new = _counted(len(added), translate("importers", "1 new step"), translate("importers", "{count} new steps"))
    text = (translate("importers", "{file}: {rates} from {first} to {last}{already}; would add {new}") if o.dry_run
            else translate("importers", "{file}: {rates} from {first} to {last}{already}; added {new}"))
    return WholeFileResult(
        text.format(file=Path(path).name, rates=rates, first=steps[0].from_date, last=steps[-1].from_date,
                    already=already, new=new), written=written,
        json={"what": "sdr-rates", "rows": len(steps), "new": len(added), "written": written})


@dataclass(frozen=True)
class Importer:
    """Its words are English sources marked for translation; ``title``, ``menu_label``, ``file_filter`` and ``note``
    give them in the language of the window when they are read."""

    kind: str
    title_source: str  # the import dialog's title and the undo step's name
    menu_label_source: str  # File > Import's entry (& marks its access key)
    file_filter_source: str  # the open-file dialog's filter
    options: frozenset[str]  # the fields of ImportOptions that apply, besides dry_run
    tables: tuple[str, ...]  # the tables it adds rows to (Edit > Undo removes the rows added after their last)
    run: Callable[..., ImportReport | WholeFileResult]  # (store, path, ImportOptions, progress, cancelled)
    whole_file: bool = False  # accepted whole or refused whole: a WholeFileResult
    note_source: str | None = None  # what the dialog says about the file's columns

    @property
    def title(self) -> str:
        return translate("importers", self.title_source)

    @property
    def menu_label(self) -> str:
        return translate("importers", self.menu_label_source)

    @property
    def file_filter(self) -> str:
        return translate("importers", self.file_filter_source)

    @property
    def note(self) -> str | None:
        return self.note_source and translate("importers", self.note_source)

    def __call__(self, store, path: str, options: ImportOptions, progress: Progress = None,
                 cancelled: Cancelled = None) -> ImportReport | WholeFileResult:
        return self.run(store, path, options, progress, cancelled)


IMPORTERS = {i.kind: i for i in (
    Importer("transactions", QT_TRANSLATE_NOOP("importers", "Import transactions (CSV)"),
             QT_TRANSLATE_NOOP("importers", "&Transactions CSV…"), CSV_FILES,
             frozenset({"csv", "skip_invalid"}), ("transactions",), _transactions),
    Importer("prices", QT_TRANSLATE_NOOP("importers", "Import prices (CSV)"),
             QT_TRANSLATE_NOOP("importers", "&Prices CSV…"), CSV_FILES,
             frozenset({"csv", "asset", "columns", "skip_invalid", "accept_implausible"}), ("prices",), _prices),
    Importer("program", QT_TRANSLATE_NOOP("importers", "Import IMF program (JSON)"),
             QT_TRANSLATE_NOOP("importers", "IMF p&rogram (JSON)…"),
             QT_TRANSLATE_NOOP("importers", "JSON files (*.json);;All files (*)"),
             frozenset(), ("arrangements", "purchases", "test_dates", "benchmarks", "quotas", "sdr_rates"), _program,
             whole_file=True),
    Importer("macro", QT_TRANSLATE_NOOP("importers", "Import macro and reserve data (CSV)"),
             QT_TRANSLATE_NOOP("importers", "&Macro and reserve data (CSV)…"), CSV_FILES,
             frozenset({"csv"}), ("macro_inputs",), _macro, whole_file=True, note_source=MACRO_COLUMNS),
    Importer("imf-payments", QT_TRANSLATE_NOOP("importers", "Import the IMF's projected payments (TSV)"),
             QT_TRANSLATE_NOOP("importers", "IMF projected pa&yments (TSV)…"),
             QT_TRANSLATE_NOOP("importers", "Tab-separated files (*.tsv *.txt);;All files (*)"), frozenset({"as_of"}), ("imf_payments",),
             _imf_payments, whole_file=True, note_source=IMF_PAYMENTS_NOTE),
    Importer("fx", QT_TRANSLATE_NOOP("importers", "Import exchange rates (CSV)"),
             QT_TRANSLATE_NOOP("importers", "&Exchange rates CSV…"), CSV_FILES,
             frozenset({"csv", "currency", "quote", "columns", "skip_invalid"}), ("fx_rates",), _fx,
             note_source=FX_NOTE),
    Importer("sdr-rates", QT_TRANSLATE_NOOP("importers", "Import SDR interest rates (CSV)"),
             QT_TRANSLATE_NOOP("importers", "&SDR interest rates (CSV)…"), CSV_FILES,
             frozenset({"csv"}), ("sdr_rates",), _sdr_rates, whole_file=True, note_source=SDR_RATES_NOTE),
)}

EXPORTERS = {  # kind: (store, path, asset) -> rows written
    "transactions": lambda store, path, asset="BTC": export_transactions(store, path),
    "prices": export_prices,
}
