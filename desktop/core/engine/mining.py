"""Mining with state power: megawatts to hashrate to bitcoin, day by day, with halvings, fees and a growing network.

- Own hashrate (EH/s) = MW x 1e6 W / (J/TH x PUE) / 1e6 TH per EH: the site's power feeds
  the machines and the overhead the PUE stands for.
- The network figure **excludes** the country's fleet, so its share is own / (network + own), with the own
  hashrate counted at its uptime. It grows from the run's first day, so the Planner runs a policy from its
  own start (years since the policy's start) and keeps the days it projects.
- Blocks arrive at the pace observed since block 840,000 (the fourth halving, 2024-04-20): heights follow the
  line through that block and the last one observed (block 900,000 on 2025-06-06 unless the user enters a later
  one), each counted at the start of its day. The protocol's target is 144 a day, but the network has run ahead
  of it (145.6 a day to block 900,000), so block 1,050,000 falls on 2028-04-01, not 2028-04-17. The subsidy of
  each day is integrated over the fractional heights it spans, which splits a halving day exactly.
- Output is the expected value (the share of blocks times the reward); luck around it is not modelled.
- Energy is the site's power times the hours it runs (uptime), so cost per bitcoin = energy x price / bitcoin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .. import fmt
from ..errors import InvalidInput
from ..i18n import translate

HALVING_INTERVAL = 210_000
INITIAL_SUBSIDY_BTC = 50.0
REFERENCE_HEIGHT = 840_000  # the fourth halving
REFERENCE_DATE = dt.date(2024, 4, 20)
LAST_BLOCK_HEIGHT = 900_000  # the built-in last observed block (public blockchain record)
LAST_BLOCK_DATE = dt.date(2025, 6, 6)
# Over a year or more, the difficulty retarget every 2,016 blocks keeps the pace within a few percent of 144 a
# day; a block whose pace since block 840,000 falls outside this range is a typing error (height or date).
PACE_RANGE = (130.0, 160.0)
DEFAULT_FEE_BTC = 0.036  # average fees per block in 2025 (public blockchain data)


def own_hashrate_eh(mw: float, j_per_th: float, pue: float) -> float:
    if not (mw > 0 and j_per_th > 0 and pue >= 1):
        raise InvalidInput("power (MW) and efficiency (J/TH) must be positive and PUE at least 1")
    return mw * 1e6 / (j_per_th * pue) / 1e6


def cumulative_subsidy_btc(height: np.ndarray) -> np.ndarray:
    """Total subsidy of all blocks below ``height`` (fractional heights interpolate within an era)."""
    h = np.asarray(height, dtype=np.float64)
    era = np.floor(h / HALVING_INTERVAL)
    full_eras = INITIAL_SUBSIDY_BTC * HALVING_INTERVAL * 2 * (1 - 0.5**era)  # geometric sum of the eras before
    return full_eras + (h - era * HALVING_INTERVAL) * INITIAL_SUBSIDY_BTC * 0.5**era


@dataclass(frozen=True)
class BlockPace:
    """Block heights on the line through block 840,000 (2024-04-20) and the last observed block, each counted at
    the start of its day: the pace observed between them, carried forward from the last one."""

    height: int = LAST_BLOCK_HEIGHT
    date: dt.date = LAST_BLOCK_DATE

    @property
    def days_observed(self) -> int:
        return (self.date - REFERENCE_DATE).days

    @property
    def blocks_per_day(self) -> float:
        return (self.height - REFERENCE_HEIGHT) / self.days_observed

    def check(self) -> None:
        if isinstance(self.height, bool) or not isinstance(self.height, int) or self.height < LAST_BLOCK_HEIGHT:
            raise InvalidInput("last_block_height: " + translate(
                "mining", "a whole block height of at least {height} (the built-in block, {date})").format(
                height=fmt.number(LAST_BLOCK_HEIGHT), date=LAST_BLOCK_DATE))
        if self.date < LAST_BLOCK_DATE:
            raise InvalidInput("last_block_date: " + translate(
                "mining", "not before {date} (the built-in block {height})").format(
                date=LAST_BLOCK_DATE, height=fmt.number(LAST_BLOCK_HEIGHT)))
        low, high = PACE_RANGE
        if not low <= self.blocks_per_day <= high:
            raise InvalidInput("last_block_height: " + translate(
                "mining", "block {height} on {date} means {pace} blocks a day since block {reference} on "
                "{reference_date}, outside the plausible {low}-{high}: check the height and the date").format(
                height=fmt.number(self.height), date=self.date, pace=fmt.number(self.blocks_per_day, 1),
                reference=fmt.number(REFERENCE_HEIGHT), reference_date=REFERENCE_DATE, low=f"{low:g}", high=f"{high:g}"))

    def height_on(self, day: dt.date | np.ndarray) -> np.ndarray:
        """The (fractional) block height at the start of a day."""
        days = (np.asarray(day, dtype="datetime64[D]") - np.datetime64(self.date, "D")).astype(np.float64)
        return self.height + self.blocks_per_day * days

    def date_of(self, height: int) -> dt.date:
        """The day during which the block at ``height`` is expected (integer arithmetic: no rounding at a day's edge)."""
        return self.date + dt.timedelta(days=(height - self.height) * self.days_observed // (self.height - REFERENCE_HEIGHT))

    def next_halving(self, after: dt.date) -> dict:
        """The first halving block at or above the height at the start of ``after`` (so mined on that day or later),
        when it is expected and from what."""
        # height at the start of ``after`` = scaled / days_observed exactly; round up to a halving in integers
        scaled = self.height * self.days_observed + (self.height - REFERENCE_HEIGHT) * (after - self.date).days
        height = -(-scaled // (HALVING_INTERVAL * self.days_observed)) * HALVING_INTERVAL
        return {"height": height, "date": self.date_of(height).isoformat(), "blocks_per_day": self.blocks_per_day,
                "from_height": self.height, "from_date": self.date.isoformat()}

    def halvings(self, start: dt.date, end: dt.date) -> list[dict]:
        """The next halving after ``start``, and any later ones up to ``end``."""
        out = [self.next_halving(start)]
        while (following := self.next_halving(dt.date.fromisoformat(out[-1]["date"]) + dt.timedelta(days=1)))["date"] <= end.isoformat():
            out.append(following)
        return out


@dataclass(frozen=True)
class Network:
    """Network hashrate excluding the country's fleet: a start and a yearly growth, or dated points."""

    start_eh: float
    growth_per_year: float = 0.0  # compounded: EH x (1 + g) ** years
    points: tuple[tuple[dt.date, float], ...] = ()  # (date, EH/s) pairs, interpolated, flat outside

    def on(self, days: np.ndarray, start: dt.date) -> np.ndarray:
        if self.points:
            when = np.array([p[0] for p in self.points], dtype="datetime64[D]").astype(np.float64)
            eh = np.array([p[1] for p in self.points], dtype=np.float64)
            return np.interp(days.astype("datetime64[D]").astype(np.float64), when, eh)
        years = (days.astype("datetime64[D]") - np.datetime64(start, "D")).astype(np.float64) / 365.25
        return self.start_eh * (1.0 + self.growth_per_year) ** years

    def check(self) -> None:
        if self.points:
            if any(eh <= 0 or not np.isfinite(eh) for _, eh in self.points):
                raise InvalidInput("network hashrate points must be positive EH/s")
            if any(b[0] <= a[0] for a, b in zip(self.points, self.points[1:], strict=False)):
                raise InvalidInput("network hashrate points must be in date order, one per date")
        elif not (self.start_eh > 0 and np.isfinite(self.start_eh)):
            raise InvalidInput("network hashrate must be positive EH/s")
        if not -0.99 < self.growth_per_year <= 10:
            raise InvalidInput("network growth must be a yearly fraction above -0.99 and at most 10")


@dataclass(frozen=True)
class Fleet:
    mw: float
    j_per_th: float
    pue: float = 1.10
    uptime: float = 1.0
    fee_btc: float = DEFAULT_FEE_BTC  # per block
    power_usd_kwh: float | None = None  # tariff, or the export price of the same power (opportunity cost)

    @property
    def hashrate_eh(self) -> float:
        return own_hashrate_eh(self.mw, self.j_per_th, self.pue)

    def check(self) -> None:
        if not (0 < self.mw <= 100_000):
            raise InvalidInput("mw: power must be above 0 and at most 100,000 MW")
        if not (1 <= self.j_per_th <= 500):
            raise InvalidInput("j_per_th: machine efficiency must be between 1 and 500 J/TH")
        if not (1.0 <= self.pue <= 3.0):
            raise InvalidInput("pue: site overhead must be between 1.0 and 3.0")
        if not (0 < self.uptime <= 1):
            raise InvalidInput("uptime: a fraction above 0 and at most 1")
        if not (0 <= self.fee_btc <= 10):
            raise InvalidInput("fee_btc: fees per block between 0 and 10 BTC")
        if self.power_usd_kwh is not None and not (0 <= self.power_usd_kwh <= 10):
            raise InvalidInput("power price: between 0 and 10 USD per kWh")


@dataclass(frozen=True)
class MiningDays:
    days: np.ndarray  # datetime64[D], one per day mined
    share: np.ndarray  # of the network's blocks
    btc: np.ndarray  # expected bitcoin mined that day
    energy_kwh: np.ndarray

    def within(self, first: dt.date, last: dt.date) -> MiningDays:
        """The days from ``first`` to ``last`` inclusive (a projection's window of a longer run)."""
        k = (self.days >= np.datetime64(first, "D")) & (self.days <= np.datetime64(last, "D"))
        return MiningDays(self.days[k], self.share[k], self.btc[k], self.energy_kwh[k])

    def by_year(self, power_usd_kwh: float | None) -> list[dict]:
        years = self.days.astype("datetime64[Y]").astype(int) + 1970
        out = []
        for year in np.unique(years):
            k = years == year
            btc, energy = float(self.btc[k].sum()), float(self.energy_kwh[k].sum())
            row = {"year": int(year), "days": int(k.sum()), "btc": btc, "share_of_network": float(self.share[k].mean()),
                   "energy_mwh": energy / 1000}
            if power_usd_kwh is not None:
                row["power_cost_usd"] = energy * power_usd_kwh
                row["power_cost_usd_per_btc"] = energy * power_usd_kwh / btc if btc else None
            out.append(row)
        return out


def mine(fleet: Fleet, network: Network, start: dt.date, end: dt.date, pace: BlockPace = BlockPace()) -> MiningDays:
    """Expected output of each day from ``start`` to ``end`` inclusive; the network grows from ``start``."""
    fleet.check()
    network.check()
    pace.check()
    if end < start:
        raise InvalidInput("the end date must not come before the start date")
    days = np.arange(np.datetime64(start, "D"), np.datetime64(end, "D") + 1)
    own = fleet.hashrate_eh * fleet.uptime
    share = own / (network.on(days, start) + own)
    heights = pace.height_on(days)
    subsidy = cumulative_subsidy_btc(heights + pace.blocks_per_day) - cumulative_subsidy_btc(heights)
    btc = share * (subsidy + pace.blocks_per_day * fleet.fee_btc)
    energy = np.full(len(days), fleet.mw * 1000 * 24 * fleet.uptime)
    return MiningDays(days, share, btc, energy)
