"""Numbers and dates as the reader writes them: Qt's rules for the system's locale, installed in core's ``fmt``.

The locale is the system's, not the interface language's: a Spanish interface on an es_SV system writes 1,234.56
like the US, on es_ES 1.234,56. A system with no locale of its own (C/POSIX, as in a bare container) reads as
en_US. The same locale becomes Qt's default, so number fields (spin boxes) read what is typed by the rules the
tables write with. Long dates (prose, a report's "as of") take the interface language's month names.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

from ..core import fmt

_WEEKDAY = re.compile(r"dddd[,.]?\s*")  # a long date in prose names no weekday


def number_locale(system: QLocale | None = None) -> QLocale:
    system = system or QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def date_locale(language: str, numbers: QLocale) -> QLocale:
    """The numbers' locale when it speaks the interface's language, else that language's own (es: es_ES)."""
    return numbers if numbers.name().split("_")[0] == language else QLocale(language)


def number_formatter(locale: QLocale) -> fmt.NumberFormatter:
    def formatted(x: float, decimals: int) -> str:
        return locale.toString(float(x), "f", decimals)
    return formatted


def long_date_formatter(locale: QLocale) -> fmt.DateFormatter:
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()

    def formatted(d: dt.date) -> str:
        return locale.toString(QDate(d.year, d.month, d.day), pattern)
    return formatted


def install(language: str, system: QLocale | None = None) -> QLocale:
    """Format numbers by ``system``'s locale (default: the machine's) and long dates in ``language``; returns the
    numbers' locale, now Qt's default."""
    numbers = number_locale(system)
    QLocale.setDefault(numbers)
    fmt.install(number_formatter(numbers), long_date_formatter(date_locale(language, numbers)))
    return numbers
