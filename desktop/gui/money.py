"""Money figures of the window in the toolbar's reporting currency (core.fx): each at the rate of its own date, the
rate said in the tooltip, or "—" and why when its date has no rate. In US$ every figure reads as it always has."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import numpy as np

from ..core import fmt, fx
from ..core.engine.valuation import EPOCH
from ..core.i18n import translate

MISSING = "—"
EPOCH_ORDINAL = EPOCH.toordinal()  # the ledger's day numbers count from EPOCH; the converter takes ordinals


class Shown(NamedTuple):
    """A money figure as the window writes it."""

    text: str  # the figure, or "—"
    note: str  # the rate and date used, or why there is none; "" in US$
    missing: bool = False  # no rate for its date


def amount(conv: fx.Converter, usd: float | None, date: dt.date) -> float | None:
    """``usd`` in the reporting currency at ``date``'s rate (None: no amount, or no rate)."""
    return usd if conv.identity else conv.from_usd(usd, date)


def _shown(conv: fx.Converter, usd: float | None, date: dt.date, write) -> Shown:
    if conv.identity or usd is None:
        return Shown(write(usd), "")
    rate = conv.rate(date)
    if rate is None:
        return Shown(MISSING, conv.no_rate_text(date), True)
    return Shown(write(usd * rate.per_usd), rate.describe())


def short(conv: fx.Converter, usd: float | None, date: dt.date) -> Shown:
    """For cards: US$694.7 m, PKR 194.85 bn, SDR 532.4 m."""
    return _shown(conv, usd, date, lambda x: fmt.money_short(x, conv.code))


def full(conv: fx.Converter, usd: float | None, date: dt.date, decimals: int = 0) -> Shown:
    """A whole amount with its currency: US$45,450, PKR 12,794,175."""
    return _shown(conv, usd, date, lambda x: fmt.money(x, conv.code, decimals))


def tip(base: str, *shown: Shown) -> str:
    """A figure's tooltip with the rates its figures used (each once), after what it says anyway."""
    notes = list(dict.fromkeys(s.note for s in shown if s.note))
    return "\n\n".join([base, *notes] if base else notes)


def header(template_usd: str, template: str, conv: fx.Converter) -> str:
    """A column's title: as it reads today in US$, else ``template`` with the currency ("Value ({currency})")."""
    return template_usd if conv.identity else template.format(currency=conv.symbol)


def millions_label(conv: fx.Converter, usd_label: str) -> str:
    """A chart axis in millions of the currency; in US$ the tab's own ``usd_label``."""
    if conv.identity:
        return usd_label
    #: a chart's axis: millions of a currency named by its code (PKR millions, SDR millions)
    return translate("money", "{currency} millions").format(currency=conv.symbol)


def series(conv: fx.Converter, usd: np.ndarray, day_numbers: np.ndarray) -> np.ndarray:
    """A chart's daily US$ figures in the currency, each day at its rate (NaN where there is none); ``day_numbers``
    count days from the ledger's EPOCH."""
    if conv.identity:
        return np.asarray(usd, dtype=np.float64)
    return conv.from_usd_series(usd, np.asarray(day_numbers, dtype=np.int64) + EPOCH_ORDINAL)


def gaps_note(conv: fx.Converter, converted: np.ndarray, day_numbers: np.ndarray) -> str:
    """What a chart says under it when some of its days have no rate ("" when all have)."""
    if conv.identity or not len(converted):
        return ""
    missing = np.isnan(converted)
    if not missing.any():
        return ""
    days = np.asarray(day_numbers)[missing]
    first, last = (EPOCH + dt.timedelta(days=int(x)) for x in (days.min(), days.max()))
    return translate("money", "No {currency} rate for {n} of the days shown ({first} to {last}): the lines stop "
                              "there rather than guess.").format(
        currency=conv.symbol, n=fmt.number(int(missing.sum())), first=fmt.date(first), last=fmt.date(last))
