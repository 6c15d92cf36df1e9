"""Field parsers shared by the importers. Each raises FieldError naming the field and the reason."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from .. import fmt
from ..errors import InvalidInput
from ..i18n import translate

# A message quotes at most this much of what the user gave, and says how long it was: a 30 MB field or a header of
# ten million columns makes a short line, not 30 MB on stderr.
MAX_QUOTED_CHARS = 80
MAX_LISTED = 10  # names (columns, dates) listed in one message; the rest are counted
MAX_PROBLEM_CHARS = 500  # one problem, whatever it quotes


def quoted(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """``repr(text)``, cut to ``limit`` characters with its full length said."""
    if len(text) <= limit:
        return repr(text)
    return translate("fields", "{start}… ({count} characters)").format(start=repr(text[:limit]),
                                                                       count=fmt.number(len(text)))


def listed(names, limit: int = MAX_LISTED) -> str:
    """The first ``limit`` names, each cut to MAX_QUOTED_CHARS, and how many more."""
    names = list(names)
    shown = ", ".join(clipped(str(n), MAX_QUOTED_CHARS) for n in names[:limit])
    if len(names) <= limit:
        return shown
    return translate("fields", "{names} and {count} more").format(names=shown, count=fmt.number(len(names) - limit))


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was."""
    if len(text) <= limit:
        return text
    return translate("fields", "{start}… ({count} characters in all)").format(start=text[:limit],
                                                                              count=fmt.number(len(text)))


class FieldError(InvalidInput):
    def __init__(self, field: str, reason: str):
        reason = clipped(reason, MAX_PROBLEM_CHARS)
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class InputError(InvalidInput):
    """A whole input (file or document) was refused; ``problems`` lists every 'where: field: reason'."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = [clipped(p, MAX_PROBLEM_CHARS) for p in problems]
        problems = self.problems
        shown = "; ".join(problems[:5])
        if len(problems) > 5:
            shown = translate("fields", "{problems}; and {count} more").format(problems=shown,
                                                                             count=fmt.number(len(problems) - 5))
        super().__init__(f"{source}: {shown}")


def at_row(row: int, field: str, reason: str) -> str:
    """A problem of one field of a file's row, as every importer words it: "row 3: date: …" (the field is the
    file's column name, never translated)."""
    return translate("fields", "row {row}: {field}: {reason}").format(row=row, field=field, reason=reason)


def at_row_only(row: int, reason: str) -> str:
    """A problem of a whole row (its field count) or of the header (row 1)."""
    return translate("fields", "row {row}: {reason}").format(row=row, reason=reason)


def read_at_row(text: str) -> tuple[int, str, str] | None:
    """(row, field, reason) from ``at_row``'s words, in English or in the language translated into now (the
    window tabulates a whole file's problems); None when ``text`` is not one."""
    for template in dict.fromkeys(("row {row}: {field}: {reason}", translate("fields", "row {row}: {field}: {reason}"))):
        pattern = re.escape(template).replace(r"\{row\}", r"(?P<row>\d+)", 1).replace(
            r"\{field\}", r"(?P<field>.*?)", 1).replace(r"\{reason\}", r"(?P<reason>.*)", 1)
        if found := re.fullmatch(pattern, text, re.DOTALL):
            return int(found["row"]), found["field"], found["reason"]
    return None


def not_iso_date(value: str) -> str:
    return translate("fields", "{value} is not a date in YYYY-MM-DD form").format(value=value)


def not_one_of(value: str, choices) -> str:
    return translate("fields", "{value} is not one of {choices}").format(value=value, choices=", ".join(choices))


def appears_twice(value, first_row: int) -> str:
    return translate("fields", "{value} appears twice (first on row {row})").format(value=value, row=first_row)


def is_required() -> str:
    return translate("fields", "is required")


def too_long(length: int, max_length: int) -> str:
    return translate("fields", "is {length} characters long; at most {maximum} are allowed").format(
        length=length, maximum=max_length)


# Every date the workspace takes in (program files, member terms, policies, scenarios) lies in this span: wide
# enough for any IMF arrangement or projection, and narrow enough that the day grids the engine builds stay small.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2200, 12, 31)


def date_out_of_bounds(day: dt.date) -> str | None:
    """Why ``day`` is outside EARLIEST_DATE … LATEST_DATE (None when inside)."""
    if day < EARLIEST_DATE:
        return translate("fields", "{date} is before {earliest}").format(date=day, earliest=EARLIEST_DATE)
    if day > LATEST_DATE:
        return translate("fields", "{date} is after {latest}").format(date=day, latest=LATEST_DATE)
    return None


def check_date(day: dt.date, field: str) -> dt.date:
    """``day``, or FieldError naming ``field`` when it is outside EARLIEST_DATE … LATEST_DATE."""
    if reason := date_out_of_bounds(day):
        raise FieldError(field, reason)
    return day


def parse_date(value: Any, field: str, *, earliest: dt.date | None = None, latest: dt.date | None = None) -> dt.date:
    """A YYYY-MM-DD date within EARLIEST_DATE … LATEST_DATE, and within ``earliest`` … ``latest`` when given."""
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise FieldError(field, not_iso_date(repr(value))) from None
        if len(value.strip()) != 10:
            raise FieldError(field, not_iso_date(repr(value)))
    else:
        raise FieldError(field, translate("fields", "a date in YYYY-MM-DD form is required"))
    check_date(day, field)
    if earliest and day < earliest:
        raise FieldError(field, translate("fields", "{date} is before {earliest}").format(date=day, earliest=earliest))
    if latest and day > latest:
        raise FieldError(field, translate("fields", "{date} is after {latest}").format(date=day, latest=latest))
    return day


def parse_number(value: Any, field: str, *, minimum: float | None = None, maximum: float | None = None,
                 exclusive_minimum: bool = False, exclusive_maximum: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError(field, translate("fields", "{value} is not a number").format(value=repr(value)))
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        raise FieldError(field, translate("fields", "is too large to be a number")) from None
    if not math.isfinite(number):
        raise FieldError(field, translate("fields", "{value} is not a finite number").format(value=repr(value)))
    if minimum is not None and (number <= minimum if exclusive_minimum else number < minimum):
        reason = (translate("fields", "{value} must be greater than {minimum}") if exclusive_minimum else
                  translate("fields", "{value} must be at least {minimum}"))
        raise FieldError(field, reason.format(value=f"{number:g}", minimum=f"{minimum:g}"))
    if maximum is not None and (number >= maximum if exclusive_maximum else number > maximum):
        reason = (translate("fields", "{value} must be less than {maximum}") if exclusive_maximum else
                  translate("fields", "{value} is larger than the maximum {maximum}"))
        raise FieldError(field, reason.format(value=f"{number:g}", maximum=f"{maximum:g}"))
    return number


def parse_int(value: Any, field: str, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(field, translate("fields", "{value} is not a whole number").format(value=repr(value)))
    if not minimum <= value <= maximum:
        raise FieldError(field, translate("fields", "{value} is outside {minimum}..{maximum}").format(
            value=value, minimum=minimum, maximum=maximum))
    return value


def parse_choice(value: Any, field: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise FieldError(field, not_one_of(repr(value), choices))
    return value


def parse_text(value: Any, field: str, *, required: bool = True, max_length: int = 1000) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise FieldError(field, is_required())
        return None
    if not isinstance(value, str):
        raise FieldError(field, translate("fields", "{value} is not text").format(value=repr(value)))
    if len(value) > max_length:
        raise FieldError(field, too_long(len(value), max_length))
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise FieldError(field, translate("fields", "holds control characters"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from JSON's \ud800 escapes
        raise FieldError(field, translate("fields", "is not valid text")) from None
    return value.strip()
