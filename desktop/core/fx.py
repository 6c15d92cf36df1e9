"""The reporting currency: figures kept in US$ (and the IMF's in SDR) shown in another currency, each at the rate
of its own date, with the rate and its date said.

Conventions (the methodology's "Reporting currency"):

- A rate is units of the currency per US$ (PKR 278.40 per US$), whatever the quote of the file it came from.
- A figure dated on or before the valuation date converts at the last rate on or before its date, at most
  ``MAX_RATE_AGE_DAYS`` old; an older or missing rate is no rate, and the figure says so instead of guessing.
- A figure dated after the valuation date (an IMF obligation, a projection) converts at the valuation date's
  rate moved along the assumed path: the member's local currency loses ``depreciation_per_year`` of its US$
  value each year, ``per_usd(t) = per_usd(v) / (1 - d) ** ((t - v) / 365.25)``; 0 holds it flat. Any other
  currency (the SDR included) is held flat.
- The SDR: US$ figures convert at an imported SDR series (US$ per SDR, as the IMF quotes it) when there is one,
  otherwise at the US$ per SDR rate the IMF figures' US$ columns use (the latest arrangement's), said as such.
  A figure the IMF states in SDR stays in SDR, and in another currency goes through the US$ figure beside it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from . import fmt
from .i18n import translate

USD, SDR = "USD", "SDR"
ALIASES = {"XDR": SDR}  # ISO 4217's code for the SDR
MAX_RATE_AGE_DAYS = 31  # a month: covers holidays and a weekly series, never a stale quarter
DAYS_PER_YEAR = 365.25


def normalise_code(text: str) -> str:
    """'pkr' -> 'PKR', 'xdr' -> 'SDR'; ValueError (a user's reason) when it is not three letters."""
    code = (text or "").strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValueError(translate("fx", "{code} is not a currency code: three letters, such as PKR or SDR").format(
            code=repr(text)))
    return ALIASES.get(code, code)


def symbol(code: str) -> str:
    """How a currency is written before an amount or in a header: US$, SDR (DEG in Spanish), else its code."""
    return fmt.currency_label(code)


@dataclass(frozen=True)
class Rate:
    """Units of ``code`` per US$ and where the number came from."""

    code: str
    per_usd: float
    date: dt.date  # the observation's date (for an assumed rate, that of the valuation date's observation)
    basis: str  # "identity" (US$), "observed", "program" (the IMF figures' US$ per SDR), "assumed" (after the valuation date)
    for_date: dt.date | None = None  # the figure's date (an assumed rate's horizon)
    depreciation_per_year: float = 0.0
    program: str | None = None  # the "program" basis: which arrangement's rate

    def describe(self) -> str:
        """The tooltip's and the sources' sentence, in the interface's language."""
        if self.basis == "identity":
            return translate("fx", "US$, no conversion")
        quoted = per_usd_text(self.code, self.per_usd)
        if self.basis == "program":
            return translate("fx", "{rate}, the rate of {arrangement} that the IMF figures' US$ amounts use "
                                   "(no SDR series imported)").format(rate=quoted, arrangement=self.program)
        if self.basis == "observed":
            return translate("fx", "{rate}, the rate of {date}").format(rate=quoted, date=fmt.date(self.date))
        if self.depreciation_per_year == 0:
            return translate("fx", "{rate}: the rate of {date} held flat (assumed for a date after the valuation "
                                   "date)").format(rate=quoted, date=fmt.date(self.date))
        return translate("fx", "{rate}: the rate of {date} with the {currency} losing {pct} of its US$ value a year "
                               "(assumed for a date after the valuation date)").format(
            rate=quoted, date=fmt.date(self.date), currency=self.code, pct=fmt.pct(self.depreciation_per_year, 1))


def per_usd_text(code: str, per_usd: float) -> str:
    """'PKR 278.40 per US$'; the SDR as the IMF quotes it: 'US$1.3281 per SDR'."""
    if code == SDR:
        return translate("fx", "US${rate} per SDR").format(rate=fmt.number(1 / per_usd, 4))
    return translate("fx", "{code} {rate} per US$").format(code=symbol(code),
                                                            rate=fmt.number(per_usd, 4 if per_usd < 10 else 2))


def no_rate_text(code: str, day: dt.date) -> str:
    """What a figure says when its date has no rate."""
    return translate("fx", "no {code} rate on or in the {days} days before {date}").format(
        code=symbol(code), days=MAX_RATE_AGE_DAYS, date=fmt.date(day))


class Converter:
    """US$ (and SDR) amounts in ``code``, each at the rate of its own date (the conventions above)."""

    def __init__(self, code: str, valuation: dt.date, dates: list[str] | tuple = (), per_usd: list[float] | tuple = (),
                 *, depreciation_per_year: float = 0.0, program_usd_per_sdr: tuple[float, str] | None = None):
        self.code = code
        self.valuation = valuation
        self.days = np.array([dt.date.fromisoformat(x).toordinal() for x in dates], dtype=np.int64)
        self.per_usd = np.asarray(per_usd, dtype=np.float64)
        self.depreciation_per_year = depreciation_per_year
        self.program_usd_per_sdr = program_usd_per_sdr if code == SDR and not len(dates) else None
        if not -1 < depreciation_per_year < 1:
            raise ValueError("depreciation_per_year must be between -1 and 1 (exclusive)")

    @property
    def identity(self) -> bool:
        return self.code == USD

    @property
    def symbol(self) -> str:
        return symbol(self.code)

    @property
    def has_rates(self) -> bool:
        return self.identity or self.program_usd_per_sdr is not None or len(self.days) > 0

    def _observed(self, day: int) -> tuple[float, int] | None:
        if self.program_usd_per_sdr is not None:
            return 1.0 / self.program_usd_per_sdr[0], day
        i = int(np.searchsorted(self.days, day, side="right")) - 1
        if i < 0 or day - self.days[i] > MAX_RATE_AGE_DAYS:
            return None
        return float(self.per_usd[i]), int(self.days[i])

    def rate(self, date: dt.date) -> Rate | None:
        """The rate for a figure dated ``date``, or None when there is none (say so: ``no_rate_text``)."""
        if self.identity:
            return Rate(USD, 1.0, date, "identity", date)
        program = self.program_usd_per_sdr[1] if self.program_usd_per_sdr else None
        if date <= self.valuation:
            found = self._observed(date.toordinal())
            if found is None:
                return None
            return Rate(self.code, found[0], dt.date.fromordinal(found[1]), "program" if program else "observed",
                        date, program=program)
        anchor = self._observed(self.valuation.toordinal())
        if anchor is None:
            return None
        years = (date - self.valuation).days / DAYS_PER_YEAR
        per_usd = anchor[0] / (1.0 - self.depreciation_per_year) ** years
        return Rate(self.code, per_usd, dt.date.fromordinal(anchor[1]), "program" if program else "assumed", date,
                    self.depreciation_per_year, program)

    def no_rate_text(self, date: dt.date) -> str:
        """Why a figure dated ``date`` has no rate. A date after the valuation date converts from the valuation
        date's rate, so that is the one missing: naming the later date (PKR on 2026-07-02) asked for a rate no one
        can import yet."""
        return no_rate_text(self.code, min(date, self.valuation))

    def explain(self, date: dt.date) -> str:
        """A figure's tooltip: the rate a figure dated ``date`` converts at, or why it has none ("" in US$)."""
        if self.identity:
            return ""
        rate = self.rate(date)
        return rate.describe() if rate else self.no_rate_text(date)

    def from_usd(self, amount_usd: float | None, date: dt.date) -> float | None:
        """``amount_usd`` in the currency at ``date``'s rate; None when the amount or the rate is missing."""
        if amount_usd is None or (isinstance(amount_usd, float) and math.isnan(amount_usd)):
            return None
        r = self.rate(date)
        return None if r is None else amount_usd * r.per_usd

    def from_sdr(self, amount_sdr: float | None, date: dt.date, usd_per_sdr: float) -> float | None:
        """An amount the IMF states in SDR: itself in SDR; otherwise its US$ figure at ``usd_per_sdr`` (the rate
        the IMF figures' US$ columns use, ``FundPosition.usd_per_sdr``) converted at ``date``'s rate."""
        if self.code == SDR or amount_sdr is None:
            return amount_sdr
        return self.from_usd(amount_sdr * usd_per_sdr, date)

    def from_usd_series(self, amounts_usd: np.ndarray, days: np.ndarray) -> np.ndarray:
        """Element by element, ``days`` as proleptic ordinals (``date.toordinal()``); NaN where there is no rate."""
        amounts_usd = np.asarray(amounts_usd, dtype=np.float64)
        days = np.asarray(days, dtype=np.int64)
        if self.identity:
            return amounts_usd.copy()
        return amounts_usd * self._rates_vector(days)

    def _rates_vector(self, days: np.ndarray) -> np.ndarray:
        """Rates for many dates at once (charts of thousands of days), by the same rules as ``rate``."""
        v = self.valuation.toordinal()
        out = np.full(len(days), np.nan)
        if self.program_usd_per_sdr is not None:
            out[:] = 1.0 / self.program_usd_per_sdr[0]
            return out
        if len(self.days):
            i = np.searchsorted(self.days, np.minimum(days, v), side="right") - 1
            ok = i >= 0
            fresh = np.zeros(len(days), dtype=bool)
            fresh[ok] = np.minimum(days[ok], v) - self.days[i[ok]] <= MAX_RATE_AGE_DAYS
            out[fresh] = self.per_usd[i[fresh]]
        future = days > v
        if future.any():
            growth = (1.0 - self.depreciation_per_year) ** (-(days[future] - v) / DAYS_PER_YEAR)
            out[future] = out[future] * growth
        return out


def rates_used(converter: Converter, dates: list[dt.date]) -> list[Rate | None]:
    """The distinct rates behind figures on ``dates`` (the PDF's and the workbook's sources), in date order."""
    seen, out = set(), []
    for day in sorted(set(dates)):
        r = converter.rate(day)
        key = None if r is None else (r.per_usd, r.date, r.basis)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
