"""Import of the IMF's "Projected Payments to the IMF" for a member (the TSV of docs/formats.md): all or nothing.

The IMF's page of a member's "Financial Position in the Fund" offers the schedule as a tab-separated file:
a title and an "as of" line, the header ``Description, Schedule Date, Total Amount Due``, one line per payment
(``GRA Repurchase (EFF)	July 20, 2023	126,937,500``, amounts in SDR) and a line ``Total for the year YYYY``
after each year's payments, with a blank line between years. The totals are checked against the lines they
add up; any problem refuses the whole file, every problem named as ``row N: field: reason``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from pathlib import Path

from .. import domain as d
from .. import fmt
from ..i18n import translate
from .csv_source import file_digest, not_utf8
from .fields import FieldError, InputError, at_row

DESCRIPTION, DATE, AMOUNT = "Description", "Schedule Date", "Total Amount Due"
EARLIEST, LATEST = dt.date(1945, 12, 27), dt.date(2100, 12, 31)  # the Fund's founding; far past any schedule
MAX_SDR = 1e13  # larger than the whole Fund
MAX_BYTES = 5_000_000  # a member's schedule is a few hundred lines
MONTHS = {name.lower(): n for n, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"), start=1)}
MONTHS |= {name[:3]: n for name, n in list(MONTHS.items())} | {"sept": 9}
# The facilities the IMF names in brackets after a repayment, by the window that lent: those the app describes
# purchase by purchase, and the others a member's page may list (credit lines, emergency and earlier facilities),
# which become existing obligations
FACILITIES_BY_WINDOW = {w: (*(f for f in d.FACILITIES if d.WINDOW[f] == w and f != "custom"), *others)
                        for w, others in (("GRA", ("FCL", "PLL", "SLL", "CFF")), ("RST", ()),
                                          ("PRGT", ("SCF", "RCF", "PRGF", "ESF")))}
KNOWN = (*(f"{head} ({f})" for head, w in d.PROJECTED_PRINCIPAL.items() for f in FACILITIES_BY_WINDOW[w]),
         *d.PROJECTED_CHARGES, *d.PROJECTED_OTHER)
KNOWN_TEXT = ", ".join([  # the refusal's short list of KNOWN
    *(f"{head} ({', '.join(fs[:-1]) + ' or ' if len(fs) > 1 else ''}{fs[-1]})"
      for head, fs in ((h, FACILITIES_BY_WINDOW[w]) for h, w in d.PROJECTED_PRINCIPAL.items())),
    *d.PROJECTED_CHARGES, *d.PROJECTED_OTHER])
_TOTAL = re.compile(r"total for the year\s+(\d{4})", re.IGNORECASE)
_AS_OF = re.compile(r"\bas of\s+(.+?)\s*$", re.IGNORECASE)
_DAY, _YEAR, _ISO = (re.compile(p, re.ASCII) for p in (r"\d{1,2}", r"\d{4}", r"\d{4}-\d{2}-\d{2}"))
_FOOTNOTE = re.compile(r"\s+\d+/$")  # "PRGT Interest 1/": the page's footnote marker
_AMOUNT = re.compile(r"(\d{1,3}(,\d{3})*|\d+)(\.\d+)?", re.ASCII)


def parse_description(text: str) -> str:
    """The IMF's description of a payment, as the domain reads it, or a FieldError naming the known ones."""
    description = _FOOTNOTE.sub("", " ".join(text.split()))
    head, bracket, rest = description.partition(" (")
    if head in d.PROJECTED_PRINCIPAL and bracket and rest.endswith(")"):
        if rest[:-1] in FACILITIES_BY_WINDOW[d.PROJECTED_PRINCIPAL[head]]:
            return description
    elif not bracket and head in (*d.PROJECTED_CHARGES, *d.PROJECTED_OTHER):
        return description
    raise FieldError(DESCRIPTION, translate("imf_payments_tsv", "{value} is not one this app knows: {known}").format(
        value=repr(text.strip()), known=KNOWN_TEXT))


def parse_imf_date(text: str, field: str = DATE) -> dt.date:
    """'July 20, 2023' (the IMF's form; 'Jul 20, 2023' too) or an ISO date, between the Fund's founding and 2100."""
    raw = " ".join(text.replace(",", " ").split())
    parts = raw.split(" ")
    day = None
    try:
        if len(parts) == 3 and parts[0].lower().rstrip(".") in MONTHS and _DAY.fullmatch(parts[1]) and _YEAR.fullmatch(parts[2]):
            day = dt.date(int(parts[2]), MONTHS[parts[0].lower().rstrip(".")], int(parts[1]))
        elif _ISO.fullmatch(raw):
            day = dt.date.fromisoformat(raw)
    except ValueError:
        pass
    if day is None:
        #: the IMF writes its dates in English ('July 20, 2023'): the example stays as the file has it
        raise FieldError(field, translate("imf_payments_tsv", "{value} is not a date like 'July 20, 2023'").format(
            value=repr(text.strip())))
    if not EARLIEST <= day <= LATEST:
        raise FieldError(field, translate("imf_payments_tsv", "{date} is outside {first}..{last}").format(
            date=day, first=EARLIEST.year, last=LATEST.year))
    return day


def parse_sdr(text: str, field: str = AMOUNT, maximum: float = MAX_SDR) -> float:
    """An amount in SDR as the IMF writes it: '126,937,500' (thousands separators, maybe decimals), at least 0."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if raw.startswith("-") and _AMOUNT.fullmatch(raw[1:]):
        raise FieldError(field, translate("imf_payments_tsv", "{value} is negative; a payment due is at least 0").format(
            value=repr(text.strip())))
    if not _AMOUNT.fullmatch(raw):
        #: the IMF's file writes amounts as 126,937,500 whatever the reader's locale
        raise FieldError(field, translate("imf_payments_tsv", "{value} is not an amount in SDR like 126,937,500").format(
            value=repr(text.strip())))
    value = float(raw.replace(",", ""))
    if value >= maximum:
        raise FieldError(field, translate("imf_payments_tsv", "{value} must be less than {maximum} SDR").format(
            value=f"{value:g}", maximum=f"{maximum:g}"))
    return value


def _wrong_width(count: int) -> str:
    return translate("imf_payments_tsv", "has {count} fields; {description}, {date} and {amount} are expected").format(
        count=count, description=DESCRIPTION, date=DATE, amount=AMOUNT)


def _text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path.name, [translate("csv_source", "the file is empty")])
    if len(data) > MAX_BYTES:
        raise InputError(path.name, [translate("imf_payments_tsv", "the file is {size} MB; a schedule of payments is "
                                                                   "far smaller").format(size=fmt.number(len(data) / 1e6, 1))])
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # a spreadsheet's "Unicode text"
            return data.decode("utf-16")
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path.name, [not_utf8()]) from None
    if "\0" in text:
        raise InputError(path.name, [translate("imf_payments_tsv", "the file is binary, not the IMF's tab-separated "
                                                                   "text")])
    return text


def _header(cells: list[str]) -> dict[str, int] | None:
    """Where the header puts each column ('Total Amount Due' may be split over two lines), or None if no header."""
    names = [" ".join(c.split()).lower() for c in cells]
    wanted = {DESCRIPTION: "description", DATE: "schedule date", AMOUNT: "total amount due"}
    found = {key: names.index(name) for key, name in wanted.items() if name in names}
    return found if len(found) == len(wanted) else None


def _parse(path: Path) -> tuple[list[d.ProjectedPayment], dt.date | None]:
    """The file's payments and the date its title says they are 'as of' (None when it says none)."""
    text = _text(path)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    except csv.Error as exc:
        raise InputError(path.name, [translate("imf_payments_tsv", "the file is not tab-separated text ({reason})")
                                     .format(reason=exc)]) from None
    problems: list[str] = []
    columns = {DESCRIPTION: 0, DATE: 1, AMOUNT: 2}
    rows: list[tuple[int, d.ProjectedPayment]] = []
    totals: dict[int, tuple[int, float]] = {}  # year: (row, the file's total)
    as_of, started = None, False
    for number, record in enumerate(records, start=1):
        cells = [c.strip().strip("\u00a0") for c in record]
        while cells and not cells[-1]:
            cells.pop()  # a spreadsheet pads lines with empty cells
        if not cells:
            continue
        if not started and (found := _header(cells)):
            columns, started = found, True
            continue
        if len(cells) == 1 and not started:  # the title, the "as of" line, "(in SDRs)"
            stated = _AS_OF.search(cells[0])
            if stated:
                try:
                    as_of = parse_imf_date(stated.group(1), "as of")
                except FieldError as exc:
                    problems.append(at_row(number, exc.field, exc.reason))
            continue
        started = True
        if len(cells) == 1 and re.match(r"\d+/\s", cells[0]):  # a footnote under the table
            continue
        if len(cells) > max(columns.values()) + 1:
            problems.append(at_row(number, "row", _wrong_width(len(cells))))
            continue
        cell = {key: cells[at] if at < len(cells) else "" for key, at in columns.items()}
        total = _TOTAL.fullmatch(" ".join(cell[DESCRIPTION].split()))
        try:
            if total:
                year = int(total.group(1))
                if year in totals:
                    raise FieldError(DESCRIPTION, translate("imf_payments_tsv", "the total for {year} appears twice "
                                                                                "(first on row {row})").format(
                        year=year, row=totals[year][0]))
                totals[year] = (number, parse_sdr(cell[AMOUNT] or cell[DATE], maximum=MAX_SDR * len(records)))
                continue
            if len(cells) < 3:
                raise FieldError("row", _wrong_width(len(cells)))
            problem_count = len(problems)
            values = {}
            for key, parse in ((DESCRIPTION, parse_description), (DATE, parse_imf_date), (AMOUNT, parse_sdr)):
                try:
                    values[key] = parse(cell[key])
                except FieldError as exc:
                    problems.append(at_row(number, exc.field, exc.reason))
            if len(problems) == problem_count:
                rows.append((number, d.ProjectedPayment(values[DATE], values[DESCRIPTION], values[AMOUNT])))
        except FieldError as exc:
            problems.append(at_row(number, exc.field, exc.reason))
    if not problems:
        problems += _check_totals(rows, totals)
    if problems:
        raise InputError(path.name, problems)
    if not rows:
        raise InputError(path.name, [translate("imf_payments_tsv", "the file holds no payment lines ({description}, "
                                                                   "{date}, {amount})").format(
            description=DESCRIPTION, date=DATE, amount=AMOUNT)])
    return [p for _, p in rows], as_of


def _check_totals(rows: list[tuple[int, d.ProjectedPayment]], totals: dict[int, tuple[int, float]]) -> list[str]:
    """Each 'Total for the year' is the sum of that year's lines, give or take the rounding of each to 1 SDR."""
    problems = []
    for year, (number, total) in sorted(totals.items()):
        lines = [p.amount_sdr for _, p in rows if p.date.year == year]
        if abs(sum(lines) - total) > 0.5 * (len(lines) + 1):
            problems.append(at_row(number, AMOUNT, translate("imf_payments_tsv", "the total for {year}, {total}, is not "
                                                                             "the sum of its {count} lines, {sum}").format(
                year=year, total=fmt.number(total), count=len(lines), sum=fmt.number(sum(lines)))))
    return problems


def read_imf_payments(path: str | Path) -> list[d.ProjectedPayment]:
    """The payments of the file, in its order; InputError listing every problem when any line is wrong."""
    return _parse(Path(path))[0]


def import_imf_payments(store, path: str | Path, *, as_of: dt.date | None = None,
                        dry_run: bool = False) -> tuple[list[d.ProjectedPayment], dt.date]:
    """Add the file's payments as the IMF's projection as of ``as_of`` (by default the date the file states, or
    else the day before its first payment), after a backup; with ``dry_run`` only check it. Returns the payments
    and the date used. A projection as of the same date already in the workspace is refused unless identical."""
    from ..store.records import add_projected_payments

    path = Path(path)
    rows, stated = _parse(path)
    as_of = as_of or stated or min(p.date for p in rows) - dt.timedelta(days=1)
    member = store.member()
    if member.projection_as_of == as_of:
        same = sorted(member.projection, key=_key) == sorted(rows, key=_key)
        reason = (translate("imf_payments_tsv", "the IMF's projection as of {date} is already in the workspace (the "
                                                "same lines)") if same else
                  translate("imf_payments_tsv", "the IMF's projection as of {date} is already in the workspace with "
                                                "other lines; delete it first"))
        raise InputError(path.name, ["as of: " + reason.format(date=as_of)])
    if not dry_run:
        store.backup("before-import")
        with store.transaction() as w:
            add_projected_payments(w, as_of, rows, _source(path, as_of, file_digest(path)))
    return rows, as_of


def _key(p: d.ProjectedPayment) -> tuple:
    return p.date, p.description, p.amount_sdr


def _source(path: Path, as_of: dt.date, digest: str) -> str:
    return f"IMF, Projected Payments to the IMF as of {as_of.isoformat()} (file {path.name}, sha256 {digest[:12]})"
