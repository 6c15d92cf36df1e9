"""Excel workbooks (.xlsx, written with XlsxWriter): the tables of ``core.tables``, one sheet each, after a first
"Inputs" sheet that says what they are of.

- Numbers are numbers and dates are dates (with formats: thousands separators, ISO dates), so a spreadsheet sums
  and sorts them; text is written with ``write_string``, so "=HYPERLINK(...)" in a note stays text and never runs.
- Every sheet has its header row frozen, an autofilter and columns fitted to their content.
- Inputs: the workspace, the valuation date, the reporting currency and its rates (the valuation date's, the
  assumption after it, and a "Rates used" sheet with every distinct rate behind a converted figure), the sources,
  the audit log's head (as the PDF's cover has it), and which dates had no rate.
- The file is built in memory and written by ``output_target.write_output``: to a temporary file renamed over the
  target once complete, never over the workspace's own files.

API: ``write_workbook(path, tables, inputs, workspace=None) -> int`` (sheets written);
``workspace_inputs(ws, conv, date, tables, skipped=()) -> Inputs``; ``export_workbook(ws, path, code="USD",
date=None, **all_tables_options) -> dict`` (every table; the command line's ``export workbook``).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter

from .. import fmt, fx, tables
from ..errors import Cancelled, InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..tables import Column, Table
from .output_target import check_target, write_output

MAX_SHEET_NAME = 31  # Excel's limit
FORBIDDEN_IN_SHEET_NAME = "[]:*?/\\"
MAX_WIDTH_CHARS, MIN_WIDTH_CHARS = 60, 6
ROWS_MEASURED = 2000  # column widths from the header and the first rows: enough to see every width
INPUTS_DETAIL_CHARS = 80  # the Inputs sheet's explanations wrap at this width
LINE_HEIGHT_POINTS = 15  # a line of the default 11-point font

BASES = {
    "identity": QT_TRANSLATE_NOOP("workbook", "none (US$)"),
    "observed": QT_TRANSLATE_NOOP("workbook", "observed"),
    "program": QT_TRANSLATE_NOOP("workbook", "the program's"),
    "assumed": QT_TRANSLATE_NOOP("workbook", "assumed"),
}
FORMATS = {  # Excel number formats by Column.kind; a thousands separator wherever a number can exceed 999
    "int": "#,##0",
    "year": "0",
    "number": "#,##0.00",
    "money": "#,##0.00",
    "btc": "#,##0.00000000",
    "rate": "#,##0.0000",
    "share": "0.00%",
    "pct": "0.00%",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm:ss",
}


@dataclass
class Inputs:
    """The first sheet: (label, value, detail) rows, value a str, number or date."""

    rows: list[tuple[str, object, str]] = field(default_factory=list)
    rates: list[fx.Rate] = field(default_factory=list)  # every distinct rate used, for the "Rates used" sheet
    code: str = fx.USD


def sheet_name(title: str, taken: set[str]) -> str:
    """``title`` as Excel allows a sheet's name (31 characters, no []:*?/\\), unique among ``taken``."""
    name = (
        "".join("_" if c in FORBIDDEN_IN_SHEET_NAME else c for c in title).strip("'")[:MAX_SHEET_NAME]
        or "Sheet"
    )
    base, n = name, 2
    while name.lower() in {x.lower() for x in taken}:
        suffix = f" ({n})"
        name, n = base[: MAX_SHEET_NAME - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def _input_kind(value) -> str:
    """How an Inputs value is written: a date, a rate, a count or text."""
    if isinstance(value, dt.date):
        return "date"
    return "rate" if isinstance(value, float) else "int" if isinstance(value, int) else "text"


def _lines(text: str | None, width_chars: int) -> int:
    """The lines ``text`` takes wrapped at ``width_chars`` (by words, roughly as a spreadsheet wraps)."""
    count = 0
    for paragraph in (text or "").splitlines() or [""]:
        line, count = 0, count + 1
        for word in paragraph.split(" "):
            if line and line + 1 + len(word) > width_chars:
                count, line = count + 1, len(word)
            else:
                line += len(word) + (1 if line else 0)
    return count


def _shown_chars(value, kind: str) -> int:
    """How many characters a cell shows, for the column's width."""
    if value is None:
        return 0
    if kind in ("date",):
        return 10
    if kind == "datetime":
        return 19
    if kind == "bool":
        return 5
    if kind in FORMATS and isinstance(value, (int, float)):
        decimals = FORMATS[kind].partition(".")[2].count("0")
        scale = 100 if FORMATS[kind].endswith("%") else 1
        return len(f"{value * scale:,.{decimals}f}") + (1 if scale == 100 else 0)
    return max((len(line) for line in str(value).splitlines()), default=0)


class _Writer:
    def __init__(self, book: xlsxwriter.Workbook):
        self.book = book
        header = {"bold": True, "bg_color": "#E8EDF3", "bottom": 1, "valign": "top"}
        self.header = book.add_format(
            {**header, "align": "left", "indent": 1}
        )  # text a space clear of the figures to its left
        self.number_header = book.add_format({**header, "align": "right"})  # over its figures, as they align
        self.list_header = book.add_format(header)
        self.formats = {kind: book.add_format({"num_format": f}) for kind, f in FORMATS.items()}
        self.text = book.add_format({"num_format": "@", "indent": 1})
        self.label = book.add_format({"bold": True, "valign": "top"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        # the Inputs sheet reads as a list: every value at the top left of its row, beside its label
        self.listed = {
            kind: book.add_format({"num_format": f, "align": "left", "valign": "top"})
            for kind, f in (*FORMATS.items(), ("text", "@"))
        }
        self.taken: set[str] = set()

    def cell(self, sheet, row: int, col: int, value, kind: str, style=None) -> None:
        style = style or self.formats.get(kind)
        if value is None or (isinstance(value, float) and value != value):
            sheet.write_blank(row, col, None, style)
        elif kind == "bool":
            sheet.write_boolean(row, col, bool(value))
        elif kind in ("date", "datetime") and isinstance(value, dt.date):
            sheet.write_datetime(row, col, value, style)
        elif kind in FORMATS and isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row, col, value, style)
        else:  # text, whatever it starts with: write_string never makes a formula, a number or a link of it
            sheet.write_string(row, col, str(value), self.text)

    def table(self, t: Table) -> None:
        sheet = self.book.add_worksheet(sheet_name(t.title, self.taken))
        widths = [
            len(c.header) + len(c.header) // 6 + 1 for c in t.columns
        ]  # bold, and a space for the filter's button
        for j, c in enumerate(t.columns):
            sheet.write_string(
                0, j, c.header, self.header if c.kind in ("text", "bool") else self.number_header
            )
        for i, row in enumerate(t.rows, start=1):
            for j, (value, c) in enumerate(zip(row, t.columns, strict=True)):
                self.cell(sheet, i, j, value, c.kind)
                if i <= ROWS_MEASURED:
                    widths[j] = max(widths[j], _shown_chars(value, c.kind))
        for j, w in enumerate(widths):
            sheet.set_column(j, j, min(MAX_WIDTH_CHARS, max(MIN_WIDTH_CHARS, w + 2)))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(t.rows), 1), len(t.columns) - 1)
        sheet.print_area(
            0, 0, max(len(t.rows), 1), len(t.columns) - 1
        )  # not the text running on past the last column
        self.printed(sheet)

    @staticmethod
    def printed(sheet) -> None:
        """On paper: landscape, every column on one page's width, the header row on each page, the sheet's name
        and page numbers at the foot."""
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_footer("&L&A&R&P / &N")

    def inputs(self, inputs: Inputs) -> None:
        sheet = self.book.add_worksheet(sheet_name(translate("workbook", "Inputs"), self.taken))
        for j, header in enumerate(
            (translate("workbook", "Item"), translate("workbook", "Value"), translate("workbook", "Detail"))
        ):
            sheet.write_string(0, j, header, self.list_header)
        widths = [len(translate("workbook", "Item")), 12, 40]
        for label, value, detail in inputs.rows:
            widths[0] = max(widths[0], len(label))
            widths[1] = max(widths[1], _shown_chars(value, _input_kind(value)))
            widths[2] = max(widths[2], min(len(detail or ""), INPUTS_DETAIL_CHARS))
        widths = [min(widths[0], 40) + 2, min(widths[1], 50) + 2, widths[2] + 2]
        for j, width in enumerate(widths):
            sheet.set_column(j, j, width, self.wrap)
        for i, (label, value, detail) in enumerate(inputs.rows, start=1):
            sheet.write_string(i, 0, label, self.label)
            kind = _input_kind(value)
            if kind == "text":
                sheet.write_string(i, 1, str(value), self.listed["text"])
            else:
                self.cell(sheet, i, 1, value, kind, self.listed[kind])
            if detail:
                sheet.write_string(i, 2, detail, self.wrap)
            # a wrapped cell's row is as tall as its lines (a spreadsheet does not grow a row written without it)
            lines = max(
                _lines(str(value or ""), widths[1]) if kind == "text" else 1, _lines(detail, widths[2])
            )
            if lines > 1:
                sheet.set_row(i, LINE_HEIGHT_POINTS * lines)
        sheet.freeze_panes(1, 0)
        self.printed(sheet)

    def rates(self, inputs: Inputs) -> None:
        code = fx.symbol(inputs.code)
        t = Table(
            "rates",
            translate("workbook", "Rates used"),
            (
                Column(translate("workbook", "Rate date"), "date", "date"),
                Column(translate("workbook", "{code} per US$").format(code=code), "rate", "per_usd"),
                Column(translate("workbook", "First figure at this rate"), "date", "for_date"),
                Column(translate("workbook", "Basis"), key="basis"),
                Column(translate("workbook", "How"), key="describe"),
            ),
            [
                (r.date, r.per_usd, r.for_date, translate("workbook", BASES[r.basis]), r.describe())
                for r in inputs.rates
            ],
        )
        self.table(t)


def workbook_bytes(book_tables: list[Table], inputs: Inputs | None) -> bytes:
    """The .xlsx file's bytes: the Inputs sheet (when given), the tables, then the rates used (if any)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    writer = _Writer(book)
    if inputs is not None:
        writer.inputs(inputs)
    for t in book_tables:
        writer.table(t)
    if inputs is not None and inputs.rates:
        writer.rates(inputs)
    book.close()
    return out.getvalue()


def _check_xlsx(partial: Path) -> None:
    if not zipfile.is_zipfile(partial):
        raise OSError("the workbook written is not a complete .xlsx file")


def write_workbook(
    path: str | Path,
    book_tables: list[Table],
    inputs: Inputs | None = None,
    workspace: str | Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the workbook to ``path``, never over ``workspace``'s own files and replacing ``path`` only once the
    whole file is on disk; returns the number of sheets. ``cancelled`` (the window's Cancel) is asked once the
    file is built and again just before it replaces ``path``: a cancel raises ``Cancelled`` and leaves no file."""

    def check(partial: Path) -> None:
        _check_xlsx(partial)
        if cancelled is not None and cancelled():
            raise Cancelled()

    check_target(path, workspace)
    data = workbook_bytes(book_tables, inputs)
    if cancelled is not None and cancelled():
        raise Cancelled()
    write_output(path, data, workspace, check=check)
    return len(book_tables) + (0 if inputs is None else 1 + bool(inputs.rates))


def workspace_inputs(
    ws, conv: fx.Converter, date: dt.date, book_tables: list[Table], skipped: list[str] | tuple = ()
) -> Inputs:
    """What the tables are of: the workspace, its valuation date, the reporting currency and its rates, the
    sources, the audit log's head, and what had no rate or could not be computed."""
    from ... import __version__
    from ..summary import audit_head

    rows: list[tuple[str, object, str]] = [
        (translate("workbook", "Workspace"), ws.name, ws.path.name),
        (translate("workbook", "Country"), ws.country or "", ""),
        (translate("workbook", "Valuation date"), date, ""),
        (
            translate("workbook", "Reporting currency"),
            fx.symbol(conv.code),
            translate(
                "workbook",
                "Money columns named in {code} convert the stored US$ figures (and the IMF's SDR figures through their US$ "
                "rate) at the rate of each figure's own date; the stored figures are kept beside them.",
            ).format(code=fx.symbol(conv.code))
            if not conv.identity
            else translate("workbook", "The stored figures, in US$ (the IMF's in SDR)."),
        ),
        (
            translate("workbook", "Generated"),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            f"Reserve Desk {__version__}",
        ),
    ]
    dates = sorted(set().union(*(t.dates for t in book_tables))) if book_tables else []
    rates = [r for r in fx.rates_used(conv, dates) if r is not None] if not conv.identity else []
    if not conv.identity:
        at_date = conv.rate(date)
        rows.append(
            (
                translate("workbook", "Rate at the valuation date"),
                at_date.per_usd if at_date else None,
                at_date.describe() if at_date else fx.no_rate_text(conv.code, date),
            )
        )
        later = max((d for d in dates if d > date), default=None)
        if later is not None:
            r = conv.rate(later)
            rows.append(
                (
                    translate("workbook", "After the valuation date"),
                    r.per_usd if r else None,
                    (r.describe() if r else fx.no_rate_text(conv.code, later))
                    + " "
                    + translate(
                        "workbook", "(the rate shown is that of the latest date converted, {date})"
                    ).format(date=fmt.date(later)),
                )
            )
        for source in ws.store.fx_sources(conv.code):
            rows.append((translate("workbook", "Exchange-rate source"), source, ""))
        if dates:
            rows.append(
                (
                    translate("workbook", "Rates used"),
                    len(rates),
                    translate("workbook", "distinct rates, listed on the sheet 'Rates used'"),
                )
            )
    for t in book_tables:
        if t.missing:
            missing = sorted(t.missing)
            rows.append(
                (
                    translate("workbook", "No rate"),
                    t.title,
                    translate(
                        "workbook", "{count} dates with no rate, left empty: {first} to {last}; {why}"
                    ).format(
                        count=fmt.number(len(missing)),
                        first=fmt.date(missing[0]),
                        last=fmt.date(missing[-1]),
                        why=fx.no_rate_text(conv.code, missing[0]),
                    ),
                )
            )
    for reason in skipped:
        rows.append((translate("workbook", "Not included"), reason, ""))
    for t in book_tables:
        rows.append(
            (
                translate("workbook", "Sheet"),
                t.title,
                translate("workbook", "{count} rows").format(count=fmt.number(len(t.rows))),
            )
        )
    entries, _ = ws.store.audit_head()
    _, audit_rows = audit_head(ws)  # as the PDF's cover has it: the head, then the checkpoint signed now
    rows += [(label, entries if n == 0 else "", text) for n, (label, text) in enumerate(audit_rows)]
    return Inputs(rows, rates, conv.code)


def export_workbook(ws, path: str | Path, code: str = fx.USD, date: dt.date | None = None, **options) -> dict:
    """Every table of the workspace in one workbook (``tables.all_tables`` with ``options``), in ``code`` at
    ``date`` (default: the workspace's valuation date); returns what was written, as the command line prints it."""
    check_target(path, ws.path)  # before the work
    date = date or ws.default_date()
    conv = ws.converter(code, date)
    if not conv.has_rates:
        raise InvalidInput(
            translate(
                "workbook",
                "no {code} exchange rates in the workspace: import a series of them first (File > "
                "Import, or reserve-desk import fx FILE --currency {code}{quote})",
            ).format(code=conv.code, quote=" --quote usd-per-unit" if conv.code == fx.SDR else "")
        )
    skipped: list[str] = []
    book_tables = tables.all_tables(ws, conv, date, skipped=skipped, **options)
    inputs = workspace_inputs(ws, conv, date, book_tables, skipped)
    sheets = write_workbook(path, book_tables, inputs, ws.path)
    return {
        "file": str(path),
        "currency": conv.code,
        "date": date.isoformat(),
        "sheets": sheets,
        "tables": {t.key: len(t.rows) for t in book_tables},
        "not_included": skipped,
        "rates_used": len(inputs.rates),
    }
