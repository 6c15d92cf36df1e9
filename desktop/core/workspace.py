"""The application service: opens a workspace and answers the questions of SPEC.md.

The GUI and the CLI both call these methods, so a figure on screen and the same figure from the
command line come from the same function.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import domain as d
from .engine import valuation as val
from .store import Store


@dataclass(frozen=True)
class WalletHolding:
    name: str
    kind: str
    btc: float
    value_usd: float | None
    share: float  # of the total stock, 0..1
    cap_btc: float | None

    @property
    def over_cap(self) -> bool:
        return self.cap_btc is not None and self.btc > self.cap_btc + 1e-9


@dataclass(frozen=True)
class Holdings:
    date: dt.date
    total_btc: float
    price_usd: float | None
    price_date: dt.date | None
    value_usd: float | None
    cost_usd: float
    realized_pnl_usd: float
    wallets: tuple[WalletHolding, ...]
    method: str = "average cost"

    @property
    def unrealized_pnl_usd(self) -> float | None:
        return None if self.value_usd is None else self.value_usd - self.cost_usd

    @property
    def average_cost_usd(self) -> float | None:
        return self.cost_usd / self.total_btc if self.total_btc > 0 else None

    @property
    def price_age_days(self) -> int | None:
        return None if self.price_date is None else (self.date - self.price_date).days

    def to_json(self) -> dict:
        usd = lambda x: None if x is None else round(x, 2)  # noqa: E731
        return {
            "date": self.date.isoformat(),
            "total_btc": round(self.total_btc, 8),
            "value_usd": usd(self.value_usd),
            "cost_usd": usd(self.cost_usd),
            "unrealized_pnl_usd": usd(self.unrealized_pnl_usd),
            "realized_pnl_usd": usd(self.realized_pnl_usd),
            "average_cost_usd": usd(self.average_cost_usd),
            "cost_method": self.method,
            "price_usd": self.price_usd,
            "price_date": self.price_date.isoformat() if self.price_date else None,
            "price_age_days": self.price_age_days,
            "wallets": [
                {"name": w.name, "kind": w.kind, "btc": round(w.btc, 8), "value_usd": usd(w.value_usd),
                 "share": round(w.share, 6), "cap_btc": w.cap_btc, "over_cap": w.over_cap}
                for w in self.wallets
            ],
        }


@dataclass(frozen=True)
class HoldingsSeries:
    """Daily stock, cost basis and value from ``days[0]`` to ``days[-1]`` (day numbers since 1970)."""

    days: np.ndarray
    stock_btc: np.ndarray
    cost_usd: np.ndarray
    price_usd: np.ndarray  # NaN before the first price
    value_usd: np.ndarray


@dataclass(frozen=True)
class ProgramPosition:
    """Where an arrangement stands on a date, from the purchases stored in the workspace."""

    arrangement: d.Arrangement
    date: dt.date
    disbursed_sdr: float
    planned_sdr: float
    next_purchase: d.Purchase | None

    @property
    def disbursed_pct_quota(self) -> float:
        return self.disbursed_sdr / self.arrangement.quota_sdr

    @property
    def undrawn_sdr(self) -> float:
        return self.arrangement.access_sdr - self.disbursed_sdr

    @property
    def end_date(self) -> dt.date:
        return add_months(self.arrangement.approval_date, self.arrangement.months)


@dataclass(frozen=True)
class MonthlyAccumulation:
    month: dt.date  # first day of the month
    btc_by_kind: dict[str, float] = field(default_factory=dict)
    spent_usd: float = 0.0

    @property
    def net_btc(self) -> float:
        return sum(q * (1 if k in d.INFLOW_KINDS else -1) for k, q in self.btc_by_kind.items())


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_first - dt.timedelta(days=1)).day))


class Workspace:
    """An open workspace and the answers computed from it."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, path: str | Path) -> Workspace:
        return cls(Store(path))

    @classmethod
    def create(cls, path: str | Path, sample: str = "empty") -> Workspace:
        from .samples import create_sample

        return cls(create_sample(path, sample))

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @functools.cached_property
    def metadata(self) -> dict[str, str]:
        return self.store.metadata()

    @property
    def name(self) -> str:
        return self.metadata.get("name") or self.path.stem

    @property
    def country(self) -> str:
        return self.metadata.get("country", "")

    def default_date(self) -> dt.date:
        """The date figures are shown for when the user has not chosen one: the workspace's valuation date,
        else the last price date, else today."""
        if "valuation_date" in self.metadata:
            return dt.date.fromisoformat(self.metadata["valuation_date"])
        prices = self._price_arrays("BTC")
        if len(prices[0]):
            return val.from_day_number(prices[0][-1])
        return dt.date.today()

    # ---- holdings --------------------------------------------------------------------------

    @functools.cached_property
    def wallets(self) -> list[d.Wallet]:
        return self.store.wallets()

    @functools.cached_property
    def transactions(self) -> list[d.Transaction]:
        return self.store.transactions()

    @functools.cached_property
    def ledger(self) -> val.Ledger:
        ledger = val.Ledger.from_rows(self.transactions, [w.name for w in self.wallets])
        val.check_balances(ledger)
        return ledger

    @functools.cached_property
    def _cost(self) -> val.CostTrack:
        return val.cost_track(self.ledger)

    @functools.lru_cache(maxsize=4)  # noqa: B019 - one workspace object lives as long as its window
    def _price_arrays(self, asset: str) -> tuple[np.ndarray, np.ndarray]:
        points = self.store.prices(asset)
        days = np.fromiter((val.day_number(p.date) for p in points), dtype=np.int64, count=len(points))
        closes = np.fromiter((p.close_usd for p in points), dtype=np.float64, count=len(points))
        return days, closes

    def prices(self, asset: str = "BTC") -> list[d.PricePoint]:
        return self.store.prices(asset)

    def holdings(self, date: dt.date | None = None) -> Holdings:
        date = date or self.default_date()
        day = val.day_number(date)
        ledger, cost = self.ledger, self._cost
        k = val.rows_through(ledger, day)
        # bitcoin exists in whole satoshis: rounding to 8 decimals removes floating-point dust
        total = round(float(cost.stock_btc[k - 1]), 8) if k else 0.0
        basis = float(cost.cost_usd[k - 1]) if k else 0.0
        realized = float(cost.realized_pnl_usd[k - 1]) if k else 0.0
        quote = val.price_on_or_before(*self._price_arrays("BTC"), day)
        price, price_day = quote if quote else (None, None)
        balances = np.round(val.wallet_balances(ledger, day), 8)
        wallets = tuple(
            WalletHolding(name=w.name, kind=w.kind, btc=float(b), value_usd=None if price is None else float(b) * price,
                          share=float(b) / total if total > 0 else 0.0, cap_btc=w.cap_btc)
            for w, b in zip(self.wallets, balances, strict=True)
            if b != 0 or not w.archived
        )
        return Holdings(
            date=date, total_btc=total, price_usd=price,
            price_date=val.from_day_number(price_day) if price_day is not None else None,
            value_usd=None if price is None else total * price, cost_usd=basis, realized_pnl_usd=realized,
            wallets=wallets,
        )

    def holdings_series(self, start: dt.date | None = None, end: dt.date | None = None) -> HoldingsSeries:
        ledger = self.ledger
        price_days, closes = self._price_arrays("BTC")
        first = start or (val.from_day_number(ledger.day[0]) if len(ledger) else self.default_date())
        last = end or self.default_date()
        days = np.arange(val.day_number(first), val.day_number(last) + 1, dtype=np.int64)
        stock = val.step_series(ledger.day, self._cost.stock_btc, days)
        cost = val.step_series(ledger.day, self._cost.cost_usd, days)
        price = val.price_series(price_days, closes, days)
        return HoldingsSeries(days=days, stock_btc=stock, cost_usd=cost, price_usd=price, value_usd=stock * price)

    def accumulation_by_month(self) -> list[MonthlyAccumulation]:
        """Bitcoin added or removed per calendar month, by kind, and USD spent on purchases."""
        months: dict[dt.date, MonthlyAccumulation] = {}
        for t in self.transactions:
            if t.kind == "transfer":
                continue
            key = t.date.replace(day=1)
            m = months.setdefault(key, MonthlyAccumulation(month=key))
            m.btc_by_kind[t.kind] = m.btc_by_kind.get(t.kind, 0.0) + t.quantity
            if t.kind == "purchase":
                months[key] = MonthlyAccumulation(key, m.btc_by_kind, m.spent_usd + t.quantity * (t.price_usd or 0) + (t.fee_usd or 0))
        return [months[k] for k in sorted(months)]

    # ---- IMF program and reserves ------------------------------------------------------------

    @functools.cached_property
    def arrangements(self) -> list[d.Arrangement]:
        return self.store.arrangements()

    def program_positions(self, date: dt.date | None = None) -> list[ProgramPosition]:
        date = date or self.default_date()
        result = []
        for a in self.arrangements:
            disbursed = sum(p.amount_sdr for p in a.purchases if p.status == "disbursed" and p.date <= date)
            planned = sum(p.amount_sdr for p in a.purchases if p.status == "planned")
            upcoming = [p for p in a.purchases if p.date > date or p.status == "planned"]
            result.append(ProgramPosition(a, date, disbursed, planned, upcoming[0] if upcoming else None))
        return result

    @functools.cached_property
    def macro_inputs(self) -> list[d.MacroInput]:
        return self.store.macro_inputs()

    def reserves_on(self, date: dt.date | None = None) -> d.MacroInput | None:
        """The latest reserve observation on or before ``date``."""
        date = date or self.default_date()
        known = [m for m in self.macro_inputs if m.date <= date and m.gross_reserves_usd is not None]
        return known[-1] if known else None

    def imports_on(self, date: dt.date | None = None) -> d.MacroInput | None:
        """The latest trailing-12-month imports figure on or before ``date``."""
        date = date or self.default_date()
        known = [m for m in self.macro_inputs if m.date <= date and m.imports_usd]
        return known[-1] if known else None

    def months_of_imports(self, date: dt.date | None = None) -> float | None:
        reserves, imports = self.reserves_on(date), self.imports_on(date)
        if reserves is None or imports is None:
            return None
        return reserves.gross_reserves_usd / (imports.imports_usd / 12.0)

    # ---- scenarios -----------------------------------------------------------------------------

    @functools.cached_property
    def scenarios(self) -> list[d.Scenario]:
        return self.store.scenarios()

    def runs(self) -> list[dict]:
        return self.store.runs()
