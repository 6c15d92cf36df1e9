"""Positions, cost basis and value of a bitcoin ledger, on NumPy arrays.

Conventions (resources/methodology.md): rows are booked in the order given (date, then entry order);
a position on day D includes every row dated D; the cost basis is the average cost of one
consolidated pool; transfers between own wallets change neither the stock nor the cost.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from ..domain import INFLOW_KINDS, OUTFLOW_KINDS, TRANSACTION_KINDS
from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP, translate

EPOCH = dt.date(1970, 1, 1)
_KIND_CODE = {k: i for i, k in enumerate(TRANSACTION_KINDS)}
_TRANSFER = _KIND_CODE["transfer"]
OVERSOLD = QT_TRANSLATE_NOOP("valuation", "row {row} ({date}) sells more bitcoin than is held")
_TOLERANCE_BTC = 1e-9  # below a satoshi's hundredth: floating-point dust, not a real shortfall


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def from_day_number(n: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(n))


class LedgerError(InvalidInput):
    """The ledger is inconsistent; ``row`` is the 0-based position of the first offending row."""

    def __init__(self, message: str, row: int):
        super().__init__(message)
        self.row = row


@dataclass(frozen=True)
class Ledger:
    """A ledger as parallel arrays in booking order. Wallets are indices into ``wallet_names``."""

    day: np.ndarray  # int64 days since 1970-01-01, non-decreasing
    kind: np.ndarray  # int8 code into TRANSACTION_KINDS
    wallet: np.ndarray  # int32
    to_wallet: np.ndarray  # int32, -1 when not a transfer
    quantity_btc: np.ndarray  # float64 > 0
    price_usd: np.ndarray  # float64, NaN when absent
    fee_usd: np.ndarray  # float64, 0 when absent
    wallet_names: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.day)

    @classmethod
    def from_rows(cls, rows: Sequence, wallet_names: Sequence[str]) -> Ledger:
        """Build from objects with date, kind, wallet, to_wallet, quantity, price_usd, fee_usd attributes."""
        index = {name: i for i, name in enumerate(wallet_names)}
        n = len(rows)
        day = np.fromiter((day_number(r.date) for r in rows), dtype=np.int64, count=n)
        if n and np.any(np.diff(day) < 0):
            raise ValueError("ledger rows must be in date order")
        return cls(
            day=day,
            kind=np.fromiter((_KIND_CODE[r.kind] for r in rows), dtype=np.int8, count=n),
            wallet=np.fromiter((index[r.wallet] for r in rows), dtype=np.int32, count=n),
            to_wallet=np.fromiter((index[r.to_wallet] if r.to_wallet else -1 for r in rows), dtype=np.int32, count=n),
            quantity_btc=np.fromiter((r.quantity for r in rows), dtype=np.float64, count=n),
            price_usd=np.fromiter((np.nan if r.price_usd is None else r.price_usd for r in rows), dtype=np.float64, count=n),
            fee_usd=np.fromiter((r.fee_usd or 0.0 for r in rows), dtype=np.float64, count=n),
            wallet_names=tuple(wallet_names),
        )

    @classmethod
    def from_chunks(cls, chunks, wallet_ids: dict[str, int]) -> tuple[Ledger, np.ndarray]:
        """Build from numeric row chunks (see Store.ledger_chunks) in any order; sorts into booking order
        (date, then id) and returns the ledger with each row's id. Wallets are ordered by id."""
        by_id = sorted(wallet_ids.items(), key=lambda item: item[1])
        names = tuple(name for name, _ in by_id)
        position = np.full((by_id[-1][1] + 1) if by_id else 1, -1, dtype=np.int32)
        position[[wid for _, wid in by_id]] = np.arange(len(by_id), dtype=np.int32)
        blocks = [np.array(chunk, dtype=np.float64) for chunk in chunks]  # NULL becomes NaN
        table = np.concatenate(blocks) if blocks else np.zeros((0, 8))
        del blocks  # and no sorted copy of the whole table: one column at a time (1.3 million rows: 90 MB less)
        ids, days = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64)
        order = np.lexsort((ids, days))
        ids = ids[order]
        to = table[order, 4]
        ledger = cls(
            day=days[order],
            kind=table[order, 2].astype(np.int8),
            wallet=position[table[order, 3].astype(np.int64)],
            to_wallet=np.where(np.isnan(to), -1, position[np.nan_to_num(to, nan=0).astype(np.int64)]).astype(np.int32),
            quantity_btc=table[order, 5],
            price_usd=table[order, 6],
            fee_usd=np.nan_to_num(table[order, 7], nan=0.0),
            wallet_names=names,
        )
        return ledger, ids

    def stock_change_btc(self) -> np.ndarray:
        """Signed change of the consolidated stock per row (transfers: zero)."""
        sign = np.zeros(len(TRANSACTION_KINDS))
        sign[[_KIND_CODE[k] for k in INFLOW_KINDS]] = 1.0
        sign[[_KIND_CODE[k] for k in OUTFLOW_KINDS]] = -1.0
        return sign[self.kind] * self.quantity_btc


@dataclass(frozen=True)
class CostTrack:
    """The state after each row: consolidated stock, average-cost basis and cumulative realised P&L."""

    stock_btc: np.ndarray
    cost_usd: np.ndarray
    realized_pnl_usd: np.ndarray


def check_balances(ledger: Ledger) -> None:
    """Raise LedgerError at the first row that takes any wallet below zero."""
    n = len(ledger)
    if n == 0:
        return
    change = ledger.stock_change_btc()
    is_transfer = ledger.kind == _TRANSFER
    # Each row debits or credits its wallet; a transfer also credits its destination (a second "leg").
    leg_row = np.concatenate([np.arange(n), np.flatnonzero(is_transfer)])
    leg_wallet = np.concatenate([ledger.wallet, ledger.to_wallet[is_transfer]])
    leg_delta = np.concatenate([np.where(is_transfer, -ledger.quantity_btc, change), ledger.quantity_btc[is_transfer]])
    # Within a row the debit comes before the credit, so order legs by (wallet, row, credit last).
    order = np.lexsort((leg_delta > 0, leg_row, leg_wallet))
    w, r, delta = leg_wallet[order], leg_row[order], leg_delta[order]
    running = np.cumsum(delta)
    starts = np.flatnonzero(np.r_[True, w[1:] != w[:-1]])
    offset = np.repeat(np.r_[0.0, running[starts[1:] - 1]], np.diff(np.r_[starts, len(w)]))
    balance = running - offset
    bad = np.flatnonzero(balance < -_TOLERANCE_BTC)
    if bad.size:
        first = int(r[bad].min())
        wallet_name = ledger.wallet_names[ledger.wallet[first]]
        raise LedgerError(translate("valuation", "row {row} ({date}, {kind} of {btc} BTC) takes wallet {wallet} below "
                                    "zero").format(row=first + 1, date=from_day_number(ledger.day[first]),
                                                   kind=TRANSACTION_KINDS[ledger.kind[first]],
                                                   btc=f"{ledger.quantity_btc[first]:g}", wallet=repr(wallet_name)), first)


def cost_track(ledger: Ledger) -> CostTrack:
    """Average-cost basis after each row. Raises LedgerError if the consolidated stock goes negative."""
    change = ledger.stock_change_btc()
    stock = np.cumsum(change)
    if len(stock) and stock.min() < -_TOLERANCE_BTC:
        first = int(np.flatnonzero(stock < -_TOLERANCE_BTC)[0])
        raise LedgerError(translate("valuation", OVERSOLD).format(row=first + 1, date=from_day_number(ledger.day[first])),
                          first)
    price = np.nan_to_num(ledger.price_usd, nan=0.0)
    kind = ledger.kind
    is_purchase = kind == _KIND_CODE["purchase"]
    added = np.where(is_purchase, ledger.quantity_btc * price + ledger.fee_usd, 0.0)
    added = np.where(kind == _KIND_CODE["mining"], ledger.quantity_btc * price, added)
    stock_before = stock - change
    outflow = change < 0
    with np.errstate(divide="ignore", invalid="ignore"):
        kept = np.where(outflow, np.clip(1.0 - ledger.quantity_btc / stock_before, 0.0, 1.0), 1.0)
    # cost_i = cost_{i-1} * kept_i + added_i: a linear scan, kept exact (no products that could underflow).
    cost = np.fromiter(accumulate(zip(kept.tolist(), added.tolist(), strict=True),
                                  lambda c, ka: c * ka[0] + ka[1], initial=0.0), dtype=np.float64, count=len(kept) + 1)[1:]
    cost_before = np.r_[0.0, cost[:-1]]
    is_sale = kind == _KIND_CODE["sale"]
    realized = np.where(is_sale, ledger.quantity_btc * price - ledger.fee_usd - cost_before * (1.0 - kept), 0.0)
    return CostTrack(stock_btc=stock, cost_usd=cost, realized_pnl_usd=np.cumsum(realized))


def fifo_cost_track(ledger: Ledger) -> CostTrack:
    """First-in first-out over the consolidated pool: an outflow consumes the oldest lots first.

    Each inflow is a lot at its unit cost (purchase: price plus fee per BTC; mining: price if given;
    seizure and donation: zero). Transfers between own wallets move no lots. A sequential scan: the
    lot queue is inherently ordered, and 100,000 rows take well under a second.
    """
    n = len(ledger)
    kinds = ledger.kind.tolist()
    qty = ledger.quantity_btc.tolist()
    price = np.nan_to_num(ledger.price_usd, nan=0.0).tolist()
    fee = ledger.fee_usd.tolist()
    purchase, mining, sale, transfer = (_KIND_CODE[k] for k in ("purchase", "mining", "sale", "transfer"))
    outflows = {_KIND_CODE[k] for k in OUTFLOW_KINDS}
    lots: deque[list[float]] = deque()  # [quantity left, unit cost]
    stock = cost = realized = 0.0
    out_stock, out_cost, out_realized = np.empty(n), np.empty(n), np.empty(n)
    for i in range(n):
        k, q = kinds[i], qty[i]
        if k == transfer:
            pass
        elif k in outflows:
            left, removed = q, 0.0
            while left > _TOLERANCE_BTC and lots:
                lot = lots[0]
                take = min(lot[0], left)
                removed += take * lot[1]
                lot[0] -= take
                left -= take
                if lot[0] <= _TOLERANCE_BTC:
                    lots.popleft()
            if left > _TOLERANCE_BTC:
                raise LedgerError(translate("valuation", OVERSOLD).format(row=i + 1, date=from_day_number(ledger.day[i])), i)
            stock -= q
            cost -= removed
            if k == sale:
                realized += q * price[i] - fee[i] - removed
        else:
            unit = (q * price[i] + fee[i]) / q if k == purchase else (price[i] if k == mining else 0.0)
            lots.append([q, unit])
            stock += q
            cost += q * unit
        out_stock[i], out_cost[i], out_realized[i] = stock, max(cost, 0.0), realized
    return CostTrack(stock_btc=out_stock, cost_usd=out_cost, realized_pnl_usd=out_realized)


COST_METHODS = {"average": cost_track, "fifo": fifo_cost_track}


def rows_through(ledger: Ledger, day: int) -> int:
    """How many rows are booked on or before ``day``."""
    return int(np.searchsorted(ledger.day, day, side="right"))


def wallet_balances(ledger: Ledger, day: int) -> np.ndarray:
    """Balance of every wallet (indexed like ``wallet_names``) at the end of ``day``."""
    k = rows_through(ledger, day)
    n_wallets = len(ledger.wallet_names)
    change = ledger.stock_change_btc()[:k]
    is_transfer = ledger.kind[:k] == _TRANSFER
    debit = np.where(is_transfer, -ledger.quantity_btc[:k], change)
    balances = np.bincount(ledger.wallet[:k], weights=debit, minlength=n_wallets)
    balances += np.bincount(ledger.to_wallet[:k][is_transfer], weights=ledger.quantity_btc[:k][is_transfer], minlength=n_wallets)
    return balances


def price_on_or_before(price_days: np.ndarray, closes: np.ndarray, day: int) -> tuple[float, int] | None:
    """The last close on or before ``day`` and its day number, or None when there is none."""
    i = int(np.searchsorted(price_days, day, side="right")) - 1
    if i < 0:
        return None
    return float(closes[i]), int(price_days[i])


def step_series(ledger_day: np.ndarray, values_after_row: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Sample a per-row state (stock, cost) at each of ``days``: the state after the last row on or before it."""
    k = np.searchsorted(ledger_day, days, side="right") - 1
    out = np.where(k >= 0, values_after_row[np.clip(k, 0, None)] if len(values_after_row) else 0.0, 0.0)
    return out.astype(np.float64)


def price_series(price_days: np.ndarray, closes: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Last close on or before each of ``days`` (NaN before the first price)."""
    k = np.searchsorted(price_days, days, side="right") - 1
    return np.where(k >= 0, closes[np.clip(k, 0, None)] if len(closes) else np.nan, np.nan)
