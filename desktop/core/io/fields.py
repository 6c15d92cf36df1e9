"""Field parsers shared by the importers. Each raises FieldError naming the field and the reason."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from ..errors import InvalidInput

# A message quotes at most this much of what the user gave, and says how long it was: a 30 MB field or a header of
# ten million columns makes a short line, not 30 MB on stderr.
MAX_QUOTED_CHARS = 80
MAX_LISTED = 10  # names (columns, dates) listed in one message; the rest are counted
MAX_PROBLEM_CHARS = 500  # one problem, whatever it quotes


def quoted(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """``repr(text)``, cut to ``limit`` characters with its full length said."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}… ({len(text):,} characters)"


def listed(names, limit: int = MAX_LISTED) -> str:
    """The first ``limit`` names, each cut to MAX_QUOTED_CHARS, and how many more."""
    names = list(names)
    shown = ", ".join(clipped(str(n), MAX_QUOTED_CHARS) for n in names[:limit])
    return shown + (f" and {len(names) - limit:,} more" if len(names) > limit else "")


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters in all)"


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
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"{source}: {shown}")


# Every date the workspace takes in (program files, member terms, policies, scenarios) lies in this span: wide
# enough for any IMF arrangement or projection, and narrow enough that the day grids the engine builds stay small.
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2200, 12, 31)


def date_out_of_bounds(day: dt.date) -> str | None:
    """Why ``day`` is outside EARLIEST_DATE … LATEST_DATE (None when inside)."""
    if day < EARLIEST_DATE:
        return f"{day} is before {EARLIEST_DATE}"
    if day > LATEST_DATE:
        return f"{day} is after {LATEST_DATE}"
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
            raise FieldError(field, f"{value!r} is not a date in YYYY-MM-DD form") from None
        if len(value.strip()) != 10:
            raise FieldError(field, f"{value!r} is not a date in YYYY-MM-DD form")
    else:
        raise FieldError(field, "a date in YYYY-MM-DD form is required")
    check_date(day, field)
    if earliest and day < earliest:
        raise FieldError(field, f"{day} is before {earliest}")
    if latest and day > latest:
        raise FieldError(field, f"{day} is after {latest}")
    return day


def parse_number(value: Any, field: str, *, minimum: float | None = None, maximum: float | None = None,
                 exclusive_minimum: bool = False, exclusive_maximum: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FieldError(field, f"{value!r} is not a number")
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        raise FieldError(field, "is too large to be a number") from None
    if not math.isfinite(number):
        raise FieldError(field, f"{value!r} is not a finite number")
    if minimum is not None and (number <= minimum if exclusive_minimum else number < minimum):
        raise FieldError(field, f"{number:g} must be {'greater than' if exclusive_minimum else 'at least'} {minimum:g}")
    if maximum is not None and (number >= maximum if exclusive_maximum else number > maximum):
        raise FieldError(field, f"{number:g} must be less than {maximum:g}" if exclusive_maximum else
                         f"{number:g} is larger than the maximum {maximum:g}")
    return number


def parse_int(value: Any, field: str, *, minimum: int, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(field, f"{value!r} is not a whole number")
    if not minimum <= value <= maximum:
        raise FieldError(field, f"{value} is outside {minimum}..{maximum}")
    return value


def parse_choice(value: Any, field: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise FieldError(field, f"{value!r} is not one of {', '.join(choices)}")
    return value


def parse_text(value: Any, field: str, *, required: bool = True, max_length: int = 1000) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise FieldError(field, "is required")
        return None
    if not isinstance(value, str):
        raise FieldError(field, f"{value!r} is not text")
    if len(value) > max_length:
        raise FieldError(field, f"is {len(value)} characters long; at most {max_length} are allowed")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise FieldError(field, "holds control characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from JSON's \ud800 escapes
        raise FieldError(field, "is not valid text") from None
    return value.strip()
