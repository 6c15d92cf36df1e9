"""Number and date formatting: one place, so the window, its tables and cards and the PDF summary agree.

Digits are grouped and the decimal point written by the reader's locale: the window installs Qt's rules for the
system's locale (``install``: El Salvador and the US write 1,234.56, Spain 1.234,56); the command line keeps the
English sources' way (1,234.56), which its JSON never uses anyway. Dates in tables and fields stay ISO 8601
(2026-12-01): a bilingual desk reads 1/12/2026 as 12 January in the US and 1 December in San Salvador, and an ISO
date sorts. Dates in prose (a report's "as of") are written out by the locale (``long_date``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from .i18n import translate

NumberFormatter = Callable[[float, int], str]  # (value, decimals) -> digits with the locale's separators
DateFormatter = Callable[[dt.date], str]


def _source_number(x: float, decimals: int) -> str:
    return f"{x:,.{decimals}f}"


def _source_long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


_number: NumberFormatter = _source_number
_long_date: DateFormatter = _source_long_date


def install(number_formatter: NumberFormatter | None, long_date_formatter: DateFormatter | None = None) -> None:
    """Write numbers (and long dates) by these rules from now on; None: the English sources' rules again."""
    global _number, _long_date
    _number = number_formatter or _source_number
    _long_date = long_date_formatter or _source_long_date


def number(x: float | None, decimals: int = 0) -> str:
    """``x`` with ``decimals`` decimals and its digits grouped by the locale: 1,234.57 (en_US, es_SV), 1.234,57 (es_ES)."""
    return "—" if x is None else _number(x, decimals)


def long_date(d: dt.date | None) -> str:
    """A date written out, for prose: 1 December 2026, 1 de diciembre de 2026."""
    return "—" if d is None else _long_date(d)


def btc(x: float | None, decimals: int = 2) -> str:
    return number(x, decimals)


def usd(x: float | None) -> str:
    return number(x, 0)


def usd_short(x: float | None) -> str:
    """US$ in millions or billions, for cards: US$694.7 m, US$4.48 bn."""
    if x is None:
        return "—"
    sign = "-" if x < 0 else ""
    a = abs(x)
    if a >= 1e9:
        #: US dollars in billions (thousands of millions), short for a card
        return sign + translate("fmt", "US${amount} bn").format(amount=number(a / 1e9, 2))
    if a >= 1e6:
        #: US dollars in millions, short for a card
        return sign + translate("fmt", "US${amount} m").format(amount=number(a / 1e6, 1))
    return f"{sign}US${number(a, 0)}"


def currency_label(code: str) -> str:
    """How a currency is named before an amount or in a header: US$, SDR (DEG in Spanish), else its code."""
    if code == "USD":
        return "US$"
    #: the IMF's Special Drawing Right as a currency label before an amount (Spanish: DEG)
    return translate("fmt", "SDR") if code == "SDR" else code


def money(x: float | None, code: str = "USD", decimals: int = 0) -> str:
    """An amount with its currency: US$1,234, PKR 345,678, SDR 1,234."""
    if x is None:
        return "—"
    sign = "-" if x < 0 else ""
    if code == "USD":
        return f"{sign}US${number(abs(x), decimals)}"
    return f"{sign}{currency_label(code)} {number(abs(x), decimals)}"


def money_short(x: float | None, code: str = "USD") -> str:
    """An amount in millions or billions with its currency, for cards: US$694.7 m, PKR 194.85 bn, SDR 5.32 bn."""
    if code == "USD":
        return usd_short(x)
    if x is None:
        return "—"
    sign = "-" if x < 0 else ""
    a = abs(x)
    if a >= 1e9:
        #: an amount in billions (thousands of millions) of a currency named by its code: PKR 194.85 bn
        return sign + translate("fmt", "{code} {amount} bn").format(code=currency_label(code), amount=number(a / 1e9, 2))
    if a >= 1e6:
        #: an amount in millions of a currency named by its code: SDR 532.4 m
        return sign + translate("fmt", "{code} {amount} m").format(code=currency_label(code), amount=number(a / 1e6, 1))
    return f"{sign}{currency_label(code)} {number(a, 0)}"


def sdr_m(x: float | None) -> str:
    """SDR amounts in millions, as the IMF quotes them."""
    return "—" if x is None else number(x / 1e6, 2)


def pct(x: float | None, decimals: int = 1) -> str:
    return "—" if x is None else f"{number(x * 100, decimals)}%"


def p_value(p: float | None) -> str:
    """A test's p-value: three decimals, "<0.001" below (never "0.000", which reads as impossible)."""
    if p is None or not math.isfinite(p):
        return "—"
    return number(p, 3) if p >= 0.001 else f"<{number(0.001, 3)}"


def date(d: dt.date | None) -> str:
    return "—" if d is None else d.isoformat()


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 wallet', '2 wallets', '1,204 entries': a count with its noun in agreement (English; the window's counts
    are translated texts with %n)."""
    return f"{number(n)} {noun if n == 1 else plural or noun + 's'}"
