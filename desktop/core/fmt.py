"""Number and date formatting: one place, so the window, its tables and cards and the PDF summary agree."""

from __future__ import annotations

import datetime as dt
import math


def btc(x: float | None, decimals: int = 2) -> str:
    return "—" if x is None else f"{x:,.{decimals}f}"


def usd(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f}"


def usd_short(x: float | None) -> str:
    """US$ in millions or billions, for cards: US$694.7 m, US$4.48 bn."""
    if x is None:
        return "—"
    sign = "-" if x < 0 else ""
    a = abs(x)
    if a >= 1e9:
        return f"{sign}US${a / 1e9:,.2f} bn"
    if a >= 1e6:
        return f"{sign}US${a / 1e6:,.1f} m"
    return f"{sign}US${a:,.0f}"


def sdr_m(x: float | None) -> str:
    """SDR amounts in millions, as the IMF quotes them."""
    return "—" if x is None else f"{x / 1e6:,.2f}"


def pct(x: float | None, decimals: int = 1) -> str:
    return "—" if x is None else f"{x * 100:,.{decimals}f}%"


def p_value(p: float | None) -> str:
    """A test's p-value: three decimals, "<0.001" below (never "0.000", which reads as impossible)."""
    if p is None or not math.isfinite(p):
        return "—"
    return f"{p:.3f}" if p >= 0.001 else "<0.001"


def date(d: dt.date | None) -> str:
    return "—" if d is None else d.isoformat()


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 wallet', '2 wallets', '1,204 entries': a count with its noun in agreement."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
