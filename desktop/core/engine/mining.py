"""Mining with state power: megawatts to hashrate to bitcoin, day by day, with halvings, fees and a growing network.

- Own hashrate (EH/s) = MW x 1e6 W / (J/TH x PUE) / 1e6 TH per EH: the site's power feeds
  the machines and the overhead the PUE stands for.
- The network figure **excludes** the country's fleet, so its share is own / (network + own), with the own
  hashrate counted at its uptime.
- Blocks arrive at the nominal 144 a day. Block heights are projected from block 840,000 on 2024-04-20 (the
  fourth halving), so the next halving (block 1,050,000) falls on 2028-04-17; the subsidy of
  each day is integrated over the fractional heights it spans, which splits a halving day exactly.
- Output is the expected value (the share of blocks times the reward); luck around it is not modelled.
- Energy is the site's power times the hours it runs (uptime), so cost per bitcoin = energy x price / bitcoin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

BLOCKS_PER_DAY = 144
HALVING_INTERVAL = 210_000
INITIAL_SUBSIDY_BTC = 50.0
REFERENCE_HEIGHT = 840_000  # the fourth halving
REFERENCE_DATE = dt.date(2024, 4, 20)
DEFAULT_FEE_BTC = 0.036  # average fees per block in 2025 (public blockchain data)


def own_hashrate_eh(mw: float, j_per_th: float, pue: float) -> float:
    if not (mw > 0 and j_per_th > 0 and pue >= 1):
        raise ValueError("power (MW) and efficiency (J/TH) must be positive and PUE at least 1")
    return mw * 1e6 / (j_per_th * pue) / 1e6


def height_on(day: dt.date | np.ndarray) -> np.ndarray:
    """The (fractional) block height at the start of a day, at the nominal pace from the reference block."""
    days = np.asarray(day, dtype="datetime64[D]") - np.datetime64(REFERENCE_DATE, "D")
    return REFERENCE_HEIGHT + BLOCKS_PER_DAY * days.astype(np.float64)


def cumulative_subsidy_btc(height: np.ndarray) -> np.ndarray:
    """Total subsidy of all blocks below ``height`` (fractional heights interpolate within an era)."""
    h = np.asarray(height, dtype=np.float64)
    era = np.floor(h / HALVING_INTERVAL)
    full_eras = INITIAL_SUBSIDY_BTC * HALVING_INTERVAL * 2 * (1 - 0.5**era)  # geometric sum of the eras before
    return full_eras + (h - era * HALVING_INTERVAL) * INITIAL_SUBSIDY_BTC * 0.5**era


def halving_date(height: int) -> dt.date:
    """The day the block at ``height`` is expected, at the nominal pace."""
    return REFERENCE_DATE + dt.timedelta(days=int((height - REFERENCE_HEIGHT) // BLOCKS_PER_DAY))


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
                raise ValueError("network hashrate points must be positive EH/s")
            if any(b[0] <= a[0] for a, b in zip(self.points, self.points[1:], strict=False)):
                raise ValueError("network hashrate points must be in date order, one per date")
        elif not (self.start_eh > 0 and np.isfinite(self.start_eh)):
            raise ValueError("network hashrate must be positive EH/s")
        if not -0.99 < self.growth_per_year <= 10:
            raise ValueError("network growth must be a yearly fraction above -0.99 and at most 10")


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
            raise ValueError("mw: power must be above 0 and at most 100,000 MW")
        if not (1 <= self.j_per_th <= 500):
            raise ValueError("j_per_th: machine efficiency must be between 1 and 500 J/TH")
        if not (1.0 <= self.pue <= 3.0):
            raise ValueError("pue: site overhead must be between 1.0 and 3.0")
        if not (0 < self.uptime <= 1):
            raise ValueError("uptime: a fraction above 0 and at most 1")
        if not (0 <= self.fee_btc <= 10):
            raise ValueError("fee_btc: fees per block between 0 and 10 BTC")
        if self.power_usd_kwh is not None and not (0 <= self.power_usd_kwh <= 10):
            raise ValueError("power price: between 0 and 10 USD per kWh")


@dataclass(frozen=True)
class MiningDays:
    days: np.ndarray  # datetime64[D], one per day mined
    share: np.ndarray  # of the network's blocks
    btc: np.ndarray  # expected bitcoin mined that day
    energy_kwh: np.ndarray

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


def mine(fleet: Fleet, network: Network, start: dt.date, end: dt.date) -> MiningDays:
    """Expected output of each day from ``start`` to ``end`` inclusive."""
    fleet.check()
    network.check()
    if end < start:
        raise ValueError("the end date must not come before the start date")
    days = np.arange(np.datetime64(start, "D"), np.datetime64(end, "D") + 1)
    own = fleet.hashrate_eh * fleet.uptime
    share = own / (network.on(days, start) + own)
    heights = height_on(days)
    subsidy = cumulative_subsidy_btc(heights + BLOCKS_PER_DAY) - cumulative_subsidy_btc(heights)
    btc = share * (subsidy + BLOCKS_PER_DAY * fleet.fee_btc)
    energy = np.full(len(days), fleet.mw * 1000 * 24 * fleet.uptime)
    return MiningDays(days, share, btc, energy)
