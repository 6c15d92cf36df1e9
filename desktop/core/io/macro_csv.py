"""Import of reserve and macro inputs by date (the macro CSV of docs/formats.md): all rows or none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import domain as d
from .. import fmt
from ..i18n import translate
from ..store import Store
from ..store.records import add_macro_inputs
from .csv_source import (
    DEFAULT_OPTIONS,
    WRONG_WIDTH,
    CsvOptions,
    CsvSource,
    file_digest,
    parse_day,
    parse_decimal,
)
from .fields import FieldError, InputError, appears_twice, at_row, not_one_of
from .import_report import no_rows

COLUMNS = ("date", "gross_reserves_usd", "short_term_debt_usd", "other_liabilities_usd", "broad_money_usd",
           "exports_usd", "imports_usd", "remittances_usd", "regime")
# nominal GDP over the 12 months to the date; the short-term reserve liabilities a program's NIR subtracts; files
# written before them still import
OPTIONAL = ("gdp_usd", "reserve_liabilities_usd")
MAX_USD = 1e14


def read_macro(path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, today: dt.date | None = None) -> list[d.MacroInput]:
    path = Path(path)
    today = today or dt.date.today()
    problems, rows, seen = [], [], {}
    with CsvSource(path, options) as source:
        source.expect_columns(COLUMNS, OPTIONAL)
        for row_number, rec in source.rows():
            if WRONG_WIDTH in rec:
                problems.append(at_row(row_number, "row", rec[WRONG_WIDTH]))
                continue
            try:
                day = parse_day(rec["date"], "date", options)
                if day > today:
                    raise FieldError("date", translate("macro_csv", "{date} is in the future").format(date=day))
                values = {}
                for name in (*COLUMNS[1:-1], *OPTIONAL):
                    if rec.get(name, "").strip():
                        value = parse_decimal(rec[name], name, options)
                        if not 0 <= value <= MAX_USD:
                            raise FieldError(name, translate("macro_csv", "{value} must be between 0 and 1e14 US$")
                                             .format(value=f"{value:g}"))
                        values[name] = value
                regime = rec["regime"].strip().lower() or None
                if regime is not None and regime not in d.REGIMES:
                    raise FieldError("regime", not_one_of(repr(rec["regime"]), d.REGIMES))
            except FieldError as exc:
                problems.append(at_row(row_number, exc.field, exc.reason))
                continue
            if day in seen:
                problems.append(at_row(row_number, "date", appears_twice(day, seen[day])))
                continue
            seen[day] = row_number
            rows.append(d.MacroInput(date=day, regime=regime, source=f"macro CSV: {path.name}", **values))
    if problems:
        raise InputError(path.name, problems)
    if not rows:
        raise InputError(path.name, [no_rows()])
    return rows


def import_macro(store: Store, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *,
                 dry_run: bool = False) -> int:
    """Add the file's rows (or with ``dry_run`` only check them); a date already in the workspace is refused
    (edit it instead). Returns how many rows the file holds."""
    rows = read_macro(path, options)
    known = store.macro_dates()
    clashes = [m.date.isoformat() for m in rows if m.date.isoformat() in known]
    if clashes:
        dates = ", ".join(clashes[:5])
        if len(clashes) > 5:
            dates = translate("fields", "{names} and {count} more").format(names=dates, count=fmt.number(len(clashes) - 5))
        raise InputError(Path(path).name, ["date: " + translate("macro_csv", "{dates} already in the workspace").format(
            dates=dates)])
    if dry_run:
        return len(rows)
    store.backup("before-import")
    with store.transaction() as w:
        add_macro_inputs(w, rows, label=f"macro CSV: {Path(path).name}", digest=file_digest(Path(path)))
    return len(rows)
