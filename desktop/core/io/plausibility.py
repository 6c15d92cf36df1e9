"""Is a price series plausibly the asset it is imported as? A file of another series (an exchange rate, an
index, prices in another currency) reads as valid numbers on valid dates, so each row passes; only the
series as a whole gives it away.

Two tests, either enough to ask the user before anything is written:
- against the workspace's own closes on the dates both hold: the file's close divided by the stored one
  has a median outside 1/3 .. 3 (a different asset or currency; a real revision is a few per cent);
- for BTC in US$ with no such overlap to go by: more than a tenth of the closes lie outside the range bitcoin
  traded in that year, widened by a factor of 3 each way (yearly lows and highs of daily closes, rounded, from
  the public exchange record: CoinMarketCap and Bitstamp histories). Years after the table's last get its last
  range widened by a further factor of 10.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from .. import fmt
from ..i18n import translate

MAX_MEDIAN_RATIO = 3.0
MAX_SHARE_OUTSIDE = 0.10
RANGE_MARGIN = 3.0
BEYOND_TABLE_MARGIN = 10.0

# Year: (lowest, highest) daily close of BTC in US$, rounded outwards. 2009 had no market: the first quoted
# rate (New Liberty Standard, October 2009) was US$0.00076.
BTC_USD_RANGE_BY_YEAR: dict[int, tuple[float, float]] = {
    2009: (0.0007, 0.001), 2010: (0.0008, 0.4), 2011: (0.28, 32), 2012: (4, 16), 2013: (13, 1_150),
    2014: (310, 960), 2015: (170, 470), 2016: (360, 980), 2017: (770, 19_500), 2018: (3_200, 17_600),
    2019: (3_390, 13_100), 2020: (4_800, 29_100), 2021: (29_000, 68_000), 2022: (15_700, 48_000),
    2023: (16_500, 44_200), 2024: (38_500, 106_200), 2025: (74_000, 126_300),
}
LAST_TABLE_YEAR = max(BTC_USD_RANGE_BY_YEAR)


def btc_usd_bounds(year: int) -> tuple[float, float]:
    """The closes a BTC/US$ series can plausibly hold in ``year``, margins included."""
    low, high = BTC_USD_RANGE_BY_YEAR[min(max(year, 2009), LAST_TABLE_YEAR)]
    widen = RANGE_MARGIN * (BEYOND_TABLE_MARGIN if year > LAST_TABLE_YEAR else 1.0)
    return low / widen, high * widen


@dataclass
class PlausibilityCheck:
    """Fed one row at a time by an importer (so memory stays flat); ``evidence`` says why the series looks
    like something else, or is None when nothing is suspicious."""

    asset: str
    stored: dict[str, float]  # ISO date -> stored close of the same asset
    rows: int = 0
    outside: int = 0
    outside_example: tuple[str, float] | None = None
    ratios: list[float] = field(default_factory=list)
    ratio_example: tuple[str, float, float] | None = None

    def add(self, iso_date: str, close: float) -> None:
        self.rows += 1
        stored = self.stored.get(iso_date)
        if stored:
            self.ratios.append(close / stored)
            self.ratio_example = self.ratio_example or (iso_date, close, stored)
        if self.asset == "BTC":
            low, high = btc_usd_bounds(int(iso_date[:4]))
            if not low <= close <= high:
                self.outside += 1
                self.outside_example = max(self.outside_example or (iso_date, close), (iso_date, close))  # the latest

    @property
    def evidence(self) -> str | None:
        if self.ratios:
            median = statistics.median(self.ratios)
            if not 1 / MAX_MEDIAN_RATIO <= median <= MAX_MEDIAN_RATIO:
                day, close, stored = self.ratio_example
                return translate("plausibility", "On the {dates} dates the workspace already holds, the file's closes "
                                                 "are a median {median} times the stored {asset} closes (e.g. {date}: "
                                                 "{close} in the file, US${stored} stored)").format(
                    dates=fmt.number(len(self.ratios)), median=f"{median:.3g}", asset=self.asset, date=day,
                    close=f"{close:,.6g}", stored=f"{stored:,.6g}")
            return None  # agrees with the stored series: trust that over the yearly ranges
        if self.rows and self.outside > MAX_SHARE_OUTSIDE * self.rows:
            day, close = self.outside_example
            low, high = BTC_USD_RANGE_BY_YEAR[min(max(int(day[:4]), 2009), LAST_TABLE_YEAR)]
            return translate("plausibility", "{outside} of {rows} closes are far outside the range BTC traded in US$ "
                                             "that year (e.g. {date}: {close}, while BTC closed between US${low} and "
                                             "US${high} in {year})").format(
                outside=fmt.number(self.outside), rows=fmt.number(self.rows), date=day, close=f"{close:,.6g}",
                low=f"{low:,.6g}", high=f"{high:,.6g}", year=min(int(day[:4]), LAST_TABLE_YEAR))
        return None
