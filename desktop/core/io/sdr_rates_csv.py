"""Import of the SDR interest-rate path (the SDR rates CSV of docs/formats.md): all rows or none.

One path for the whole workspace: each row is the rate in force from its date until the next row's (the IMF
sets the SDR interest rate weekly). A date the workspace's path already has must carry the same rate.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import domain as d
from .. import fmt
from ..i18n import translate
from ..store import Store
from .csv_source import (
    DEFAULT_OPTIONS,
    WRONG_WIDTH,
    CsvOptions,
    CsvSource,
    parse_day,
    parse_decimal,
    text_field,
)
from .fields import FieldError, InputError, appears_twice, at_row
from .import_report import no_rows

COLUMNS = ("date", "rate")
OPTIONAL = ("source",)
EARLIEST, LATEST = dt.date(1969, 7, 28), dt.date(2100, 12, 31)  # the SDR's creation; far past any assumption
MAX_RATE = 0.5  # the SDR rate has never been near 50%: a larger value is a percent


def read_sdr_rates(path: str | Path, options: CsvOptions = DEFAULT_OPTIONS) -> list[d.RateStep]:
    """The file's steps by date; InputError listing every problem when any row is wrong."""
    path = Path(path)
    problems, steps, seen = [], [], {}
    with CsvSource(path, options) as source:
        source.expect_columns(COLUMNS, OPTIONAL)
        for row_number, rec in source.rows():
            if WRONG_WIDTH in rec:
                problems.append(at_row(row_number, "row", rec[WRONG_WIDTH]))
                continue
            try:
                day = parse_day(rec["date"], "date", options)
                if not EARLIEST <= day <= LATEST:
                    raise FieldError("date", translate("sdr_rates_csv", "{date} is outside {first}..{last}").format(
                        date=day, first=EARLIEST.year, last=LATEST.year))
                rate = parse_decimal(rec["rate"], "rate", options)
                if rate > MAX_RATE:
                    raise FieldError("rate", translate("sdr_rates_csv", "{value} is more than {maximum}: the rate is a "
                                                                        "fraction (0.0312 for 3.12%); is this column in "
                                                                        "percent?").format(
                        value=rec["rate"].strip(), maximum=f"{MAX_RATE:g}"))
                if rate < 0:
                    raise FieldError("rate", translate("sdr_rates_csv", "{value} is negative; the SDR interest rate is at "
                                                                        "least 0").format(value=f"{rate:g}"))
                cited = text_field(rec.get("source", ""), "source")
            except FieldError as exc:
                problems.append(at_row(row_number, exc.field, exc.reason))
                continue
            if day in seen:
                problems.append(at_row(row_number, "date", appears_twice(day, seen[day])))
                continue
            seen[day] = row_number
            steps.append(d.RateStep(day, rate, cited or f"SDR rates CSV: {path.name}"))
    if problems:
        raise InputError(path.name, problems)
    if not steps:
        raise InputError(path.name, [no_rows()])
    return sorted(steps, key=lambda s: s.from_date)


def conflicts(steps: list[d.RateStep], path: tuple[d.RateStep, ...], field: str = "date") -> list[str]:
    """Each step on a date the workspace's path has with another rate, both values named (under ``field``)."""
    have = {r.from_date: r.sdr_rate for r in path}
    return [f"{field}: " + translate("sdr_rates_csv", "the SDR rate from {date} is {rate} in the file and {stored} in "
                                                      "the workspace").format(
        date=s.from_date, rate=fmt.pct(s.sdr_rate, 4), stored=fmt.pct(have[s.from_date], 4))
        for s in steps if s.from_date in have and abs(have[s.from_date] - s.sdr_rate) > 1e-12]


def new_steps(steps: list[d.RateStep], path: tuple[d.RateStep, ...]) -> list[d.RateStep]:
    have = {r.from_date for r in path}
    return [s for s in steps if s.from_date not in have]


def import_sdr_rates(store: Store, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS, *,
                     dry_run: bool = False) -> tuple[list[d.RateStep], list[d.RateStep]]:
    """Add the file's steps to the workspace's SDR-rate path (after a backup), or with ``dry_run`` only check
    them. A step the path has with the same rate is skipped; with another rate the file is refused. Returns the
    file's steps and those new to the workspace (the ones written)."""
    from ..store.records import add_sdr_rates

    steps = read_sdr_rates(path, options)
    known = store.member().sdr_rates
    problems = conflicts(steps, known)
    if problems:
        raise InputError(Path(path).name, problems)
    added = new_steps(steps, known)
    if added and not dry_run:
        store.backup("before-import")
        with store.transaction() as w:
            add_sdr_rates(w, added, known)
    return steps, added
