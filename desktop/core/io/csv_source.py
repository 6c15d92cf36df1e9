"""Reading a user's CSV file safely: encoding, delimiter, decimal mark and date order.

The decimal mark and the date order are the user's explicit choice (Spanish and Urdu-locale exports
use a decimal comma and day-first dates); they are never guessed. The delimiter is taken from the
header line (comma, semicolon or tab), where it cannot be ambiguous.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import fmt
from ..errors import InvalidInput
from ..i18n import translate
from .fields import FieldError, InputError, at_row_only, listed, not_iso_date, quoted, too_long

DATE_ORDERS = ("iso", "dmy", "mdy")  # YYYY-MM-DD; DD/MM/YYYY; MM/DD/YYYY
DECIMALS = ("point", "comma")
MAX_FIELD_CHARS = 1000
MAX_HEADER_CHARS = 100_000  # the widest header of any format read here is a few hundred characters


# the key of a row whose number of fields differs from the header's (a header may have a column named "")
WRONG_WIDTH = "\x00wrong width"


@dataclass(frozen=True)
class CsvOptions:
    date_order: str = "iso"
    decimal: str = "point"

    def __post_init__(self):
        if self.date_order not in DATE_ORDERS:
            raise InvalidInput(translate("csv_source", "date order must be one of {choices}").format(
                choices=", ".join(DATE_ORDERS)))
        if self.decimal not in DECIMALS:
            raise InvalidInput(translate("csv_source", "decimal mark must be one of {choices}").format(
                choices=", ".join(DECIMALS)))


DEFAULT_OPTIONS = CsvOptions()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_bytes(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(8192)
    name = path.name
    if not head:
        raise InputError(name, [translate("csv_source", "the file is empty")])
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(name, [translate("csv_source",
                                          "the file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import again")])
    if b"\0" in head:
        raise InputError(name, [translate("csv_source", "the file is binary, not CSV text")])


class CsvSource:
    """Rows of a CSV file as (row number, {column: text}), row numbers counting the header as row 1."""

    def __init__(self, path: str | Path, options: CsvOptions = DEFAULT_OPTIONS):
        self.path = Path(path)
        self.options = options
        _check_bytes(self.path)
        self._fh = open(self.path, encoding="utf-8-sig", newline="", errors="strict")  # noqa: SIM115 - closed in close()
        try:
            header_line = self._fh.readline(MAX_HEADER_CHARS + 1)  # a header of millions of columns is not read whole
        except UnicodeDecodeError:
            self.close()
            raise InputError(self.path.name, [at_row_only(1, not_utf8())]) from None
        if len(header_line) > MAX_HEADER_CHARS:
            self.close()
            raise InputError(self.path.name, [at_row_only(1, translate(
                "csv_source", "the header is longer than {count} characters; the first row must name the columns"
            ).format(count=fmt.number(MAX_HEADER_CHARS)))])
        self.delimiter = max((",", ";", "\t"), key=header_line.count)
        header = next(csv.reader([header_line], delimiter=self.delimiter), [])
        self.columns = [c.strip() for c in header]
        if not any(self.columns):
            self.close()
            raise InputError(self.path.name, [at_row_only(1, translate("csv_source", "the header is empty"))])
        self.size_bytes = self.path.stat().st_size

    def expect_columns(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        """Check the header names ``required`` (and nothing but those and ``optional``, each once), whatever its
        case and order; then rows are keyed by the lower-case names. InputError naming what is wrong otherwise."""
        columns = [c.lower() for c in self.columns]
        missing = [c for c in required if c not in columns]
        unknown = [c for c in self.columns if c.lower() not in (*required, *optional)]
        twice = sorted(c for c, n in Counter(columns).items() if n > 1)  # one pass: a header may be 10 million wide
        if missing or unknown or twice:
            raise InputError(self.path.name, [at_row_only(1, missing_columns(missing))] * bool(missing)
                             + [at_row_only(1, unknown_columns(unknown))] * bool(unknown)
                             + [at_row_only(1, translate("csv_source", "columns named twice: {names}").format(
                                 names=listed(twice)))] * bool(twice))
        self.columns = columns

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> CsvSource:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def position(self) -> float:
        """How far through the file reading has got, 0..1 (for progress bars)."""
        try:
            return min(self._fh.buffer.tell() / max(self.size_bytes, 1), 1.0)
        except (OSError, ValueError):
            return 0.0

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        reader = csv.reader(self._fh, delimiter=self.delimiter)
        width = len(self.columns)
        row_number = 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise InputError(self.path.name, [at_row_only(row_number + 1, not_utf8())]) from None
            except csv.Error as exc:
                raise InputError(self.path.name, [at_row_only(row_number + 1, str(exc))]) from None
            row_number += 1
            if not values or (len(values) == 1 and not values[0].strip()):
                continue  # blank line
            if len(values) != width:
                yield row_number, {WRONG_WIDTH: translate("csv_source", "has {count} fields; the header has {width}")
                                   .format(count=len(values), width=width)}
                continue
            yield row_number, dict(zip(self.columns, values, strict=True))


def not_utf8() -> str:
    return translate("csv_source", "the file is not UTF-8 text")


def missing_columns(names) -> str:
    """The header lacks these columns (named as the file must name them)."""
    return translate("csv_source", "missing columns: {names}").format(names=", ".join(names))


def unknown_columns(names) -> str:
    return translate("csv_source", "unknown columns: {names}").format(names=listed(names))


def parse_decimal(text: str, field: str, options: CsvOptions) -> float:
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    if options.decimal == "comma":
        raw = raw.replace(".", "").replace(",", ".")  # 1.234,56 -> 1234.56
    elif "," in raw:
        if raw.count(",") == 1 and "." not in raw and len(raw.split(",")[1]) != 3:
            raise FieldError(field, translate("csv_source", "{value} has a decimal comma; choose the decimal comma "
                                                            "option").format(value=quoted(text)))
        raw = raw.replace(",", "")  # thousands separators: 1,234.56
    try:
        value = float(raw)
    except ValueError:
        raise FieldError(field, translate("fields", "{value} is not a number").format(value=quoted(text))) from None
    if not math.isfinite(value):
        raise FieldError(field, translate("fields", "{value} is not a finite number").format(value=quoted(text)))
    return value


def parse_day(text: str, field: str, options: CsvOptions) -> dt.date:
    raw = text.strip()
    if options.date_order == "iso":
        raw = raw[:10]  # tolerate a time after the date, as vendor exports add
        try:
            if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
                return dt.date(int(raw[:4]), int(raw[5:7]), int(raw[8:10]))
        except ValueError:
            pass
        raise FieldError(field, not_iso_date(quoted(text)))
    parts = raw.split()[0].replace(".", "/").replace("-", "/").split("/") if raw else []
    try:
        if len(parts) == 3 and len(parts[2]) == 4:
            first, second, year = int(parts[0]), int(parts[1]), int(parts[2])
            day, month = (first, second) if options.date_order == "dmy" else (second, first)
            return dt.date(year, month, day)
    except ValueError:
        pass
    reason = (translate("csv_source", "{value} is not a date in DD/MM/YYYY form") if options.date_order == "dmy" else
              translate("csv_source", "{value} is not a date in MM/DD/YYYY form"))
    raise FieldError(field, reason.format(value=quoted(text)))


def text_field(text: str, field: str) -> str | None:
    value = text.strip()
    if len(value) > MAX_FIELD_CHARS:
        raise FieldError(field, too_long(len(value), MAX_FIELD_CHARS))
    return value or None
