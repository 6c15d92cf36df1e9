"""The command line's figures in a reporting currency: every money key of a JSON answer (a name ending ``_usd``
or ``_sdr``) gains a twin ``<stem>_local`` in that currency, at the rate of the date its figure belongs to
(``core.fx`` states the conventions). The ``_usd`` and ``_sdr`` keys stay as they are.

- A figure's date is its object's ``date`` when it has one (a schedule row, a month end, a test date), else its
  parent's; the answer's own date is the caller's (the valuation date, a stress run's start). An object with its
  own date, and the answer itself, say the rate they used: ``fx_rate`` (units of the currency per US$),
  ``fx_date`` (the observation) and ``fx_basis`` (``identity``, ``observed``, ``program``, ``assumed``). The
  answer states the assumption for dates after the valuation date: ``fx_depreciation_per_year``.
- When ``x_sdr`` and ``x_usd`` are both there, ``x_local`` comes from the SDR figure (itself in SDR; otherwise
  its US$ figure, which the IMF's rate made from it).
- No rate for the date: the twin is null and ``fx_missing`` says why; never a guess.
- A total over a year has no single date: its object (``year``, no ``date``) is left to ``year_totals``, which
  adds up the twins of its dated rows, each converted at its own date; ``sums`` does the same for any other
  total of dated rows (the payments due to the Fund within a stress run's horizon).
- A key the answer already has is never overwritten (a figure its producer computed in the currency itself).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from . import fx

MONEY_SUFFIXES = ("_usd", "_sdr")
TWIN_SUFFIX = "_local"


def is_money_key(key: str, value) -> bool:
    """A money figure: a number (or null) under a name ending _usd or _sdr; rates such as usd_per_sdr are not."""
    return (key.endswith(MONEY_SUFFIXES) and "_per_" not in key and not key.startswith("usd_per")
            and (value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))))


def _own_date(node: dict) -> dt.date | None:
    text = node.get("date")
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def add_local(answer: dict, converter: fx.Converter, date: dt.date | None,
              usd_per_sdr: float | None = None) -> dict:
    """Add the twins to ``answer`` (in place; also returned), its top-level figures at ``date``. ``usd_per_sdr``:
    the US$ per SDR of the IMF figures (``FundPosition.usd_per_sdr``), for an SDR figure without a US$ one."""
    answer["currency"] = converter.code
    answer["fx_depreciation_per_year"] = converter.depreciation_per_year  # the path assumed after the valuation date
    _twins(answer, converter, date, usd_per_sdr, says_rate=True)
    return answer


def _twins(node: dict, conv: fx.Converter, inherited: dt.date | None, usd_per_sdr: float | None,
           says_rate: bool) -> None:
    own = _own_date(node)
    day = own or inherited
    yearly = own is None and "year" in node
    if day is not None and not yearly:
        money = {k: v for k, v in node.items() if is_money_key(k, v)}
        rate = conv.rate(day)
        missing = False
        for key, value in money.items():
            stem = key[:-4]
            twin = stem + TWIN_SUFFIX
            if twin in node or (key.endswith("_usd") and stem + "_sdr" in money):
                continue  # the producer's own figure; or the SDR twin below covers it
            usd = money.get(stem + "_usd")
            if value is None:
                local = None
            elif key.endswith("_usd"):
                local = conv.from_usd(value, day)
            elif conv.code == fx.SDR:
                local = value
            elif usd is not None:  # the IMF's own US$ figure for it
                local = conv.from_usd(usd, day)
            elif usd_per_sdr is not None:
                local = conv.from_sdr(value, day, usd_per_sdr)
            else:
                local = None
            missing = missing or (value is not None and local is None)
            node[twin] = local
        if says_rate or (own is not None and money):
            _say_rate(node, rate, conv, day, missing)
    for value in list(node.values()):
        if isinstance(value, dict):
            _twins(value, conv, None if yearly else day, usd_per_sdr, says_rate=False)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _twins(item, conv, None if yearly else day, usd_per_sdr, says_rate=False)


def _say_rate(node: dict, rate: fx.Rate | None, conv: fx.Converter, day: dt.date, missing: bool) -> None:
    if rate is None:
        node.update(fx_rate=None, fx_date=None, fx_basis=None, fx_missing=conv.no_rate_text(day))
        return
    node.update(fx_rate=rate.per_usd, fx_date=rate.date.isoformat(), fx_basis=rate.basis)
    if missing:  # an SDR figure without a US$ rate to take it through
        node["fx_missing"] = "no US$ per SDR rate for the SDR figures (no IMF arrangement in the workspace)"


def total(values: Iterable[float | None]) -> float | None:
    """The sum of twins; null when any is (a total is never a partial sum)."""
    result = 0.0
    for v in values:
        if v is None:
            return None
        result += v
    return result


def sums(node: dict, rows: list[dict], parts: dict[str, tuple[str, ...]]) -> None:
    """A total's twins as sums of its dated rows' twins, each row converted at its own date (never the total at
    one rate): ``parts`` maps each twin of ``node`` to the row twins it adds up. A row without a rate makes the
    total null, and ``fx_missing`` names the dates."""
    for twin, row_twins in parts.items():
        node[twin] = total(r.get(k) for r in rows for k in row_twins)
    gaps = sorted({r["date"] for r in rows if "fx_missing" in r})
    if gaps:
        node["fx_missing"] = f"no rate for the payments of {', '.join(gaps)}"


def year_totals(years: list[dict], rows: list[dict], parts: dict[str, tuple[str, ...]],
                belongs: Callable[[dict], bool] = lambda row: True) -> None:
    """Each year object's twins as ``sums`` of the twins of its rows (``belongs`` picks them: one arrangement's)."""
    by_year: dict[int, list[dict]] = {}
    for row in rows:
        if belongs(row):
            by_year.setdefault(int(row["date"][:4]), []).append(row)
    for year in years:
        sums(year, by_year.get(year["year"], []), parts)
