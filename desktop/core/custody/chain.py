"""What the chain says about the workspace's addresses, as the imported statements saw it.

A transaction is known from one or more files. Each file gives a *view* of it: its inputs spent from and outputs
paid to addresses (``Leg``). An Esplora view is *complete* (every input and output, and the fee); a Bitcoin Core
or CSV view is *partial* (the wallet's own side only). The transaction the desk reads takes the first complete
view when there is one, otherwise every partial view's legs, each leg once (the same output is listed by
``listtransactions`` and ``listunspent``). Amounts are whole satoshis; block times are Unix seconds, UTC.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import NamedTuple

SAT_PER_BTC = 100_000_000
_LEGS_JSON = json.JSONEncoder(separators=(",", ":"))
NET_MOVEMENT = -1  # the ``n`` of a leg that is a net movement of an address in a transaction (CSV statements)


class Leg(NamedTuple):  # a tuple, not a dataclass: a chain of 100,000 transactions is read as 400,000 of them
    """Coins leaving an address (``direction`` "in": a transaction input spends them) or reaching it ("out": an
    output pays them). ``n`` is the input or output index (NET_MOVEMENT for a net movement). ``address`` is None
    for a Bitcoin Core wallet's spend, whose own addresses Core does not list: ``wallet`` says whose it is."""

    direction: str
    n: int
    address: str | None
    value_sat: int
    wallet: str | None = None

    @property
    def key(self) -> tuple:
        return self.direction, self.n, self.address, self.wallet


@dataclass(frozen=True)
class ChainTx:
    txid: str
    confirmed: bool
    block_height: int | None
    block_time: int | None  # Unix seconds, UTC; None while unconfirmed
    fee_sat: int | None  # None when no file gave it
    complete: bool  # every input and output is known (so is who paid the fee)
    legs: tuple[Leg, ...]
    coinbase: bool = False  # newly mined coins (Esplora's is_coinbase input; Core's generate and immature)

    @property
    def block_date(self) -> dt.date | None:
        """The UTC day of the block: a transaction counts in balances at the end of that day."""
        if self.block_time is None:
            return None
        return dt.datetime.fromtimestamp(self.block_time, dt.UTC).date()


@dataclass(frozen=True)
class ChainFile:
    name: str
    sha256: str
    format: str  # "esplora", "core" or "csv"
    imported_at: str  # ISO UTC
    transactions: int  # transactions the file showed


def merged_legs(views: list[tuple[bool, list[Leg]]]) -> tuple[bool, tuple[Leg, ...]]:
    """One transaction's legs from its views in import order: the first complete view, or else the union of the
    partial views' legs (each key once)."""
    for complete, legs in views:
        if complete:
            return True, tuple(legs)
    seen: dict[tuple, Leg] = {}
    for _, legs in views:
        for leg in legs:
            seen.setdefault(leg.key, leg)
    return False, tuple(seen.values())


def legs_json(legs: list[Leg], wallet_ids: dict[str, int]) -> str:
    """A view's legs as stored: ``[[direction, n, address, satoshis, wallet id], …]`` (one row per view, not per
    leg: a statement of 100,000 transactions has some 400,000 inputs and outputs)."""
    return _LEGS_JSON.encode([[leg.direction, leg.n, leg.address, leg.value_sat,
                               wallet_ids[leg.wallet] if leg.wallet else None] for leg in legs])


def legs_from_json(text: str, wallet_names: dict[int, str]) -> list[Leg]:
    """The legs ``legs_json`` stored; ValueError when the text is not of that form (changed outside the app)."""
    try:
        return [Leg(direction, n, address, value, None if wallet is None else wallet_names.get(wallet, f"#{wallet}"))
                for direction, n, address, value, wallet in json.loads(text)]
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not a list of inputs and outputs ({exc})") from None


def btc(sat: int) -> float:
    """Satoshis as bitcoin, exact to the 8th decimal (the float nearest the decimal)."""
    return round(sat / SAT_PER_BTC, 8)
