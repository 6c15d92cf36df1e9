"""Custody checks per registered address at a date (issue 20, item 4).

- **over the cap**: its confirmed balance is above the workspace's cap per address (500 BTC unless set: the
  Bitcoin Office keeps its holdings in addresses of at most 500 BTC each);
- **reused**: more than one transaction has paid to it;
- **public key exposed**: coins were spent from it (a spend reveals the key), or it is a Taproot address, whose
  output key is the public key itself (key path);
- **proven**: a signed message proving control of it was imported and verified.

Like the balances, the chain is read as confirmed by the end of the date (UTC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..domain import MAX_BTC
from ..i18n import QT_TRANSLATE_NOOP
from ..io.fields import FieldError
from .chain import SAT_PER_BTC, ChainTx, btc
from .reconcile import address_balances, end_of_day

DEFAULT_CAP_BTC = 500.0
CAP_KEY = "address_cap_btc"  # the workspace's metadata key
TAPROOT_PREFIXES = ("bc1p", "tb1p", "bcrt1p")  # SegWit version 1 (BIP-350): the output key is in the address
# why an address's key is public: the code the JSON gives, shown as translate("flags", code) in the window
SPENT_FROM = QT_TRANSLATE_NOOP("flags", "spent from")
TAPROOT_KEY_PATH = QT_TRANSLATE_NOOP("flags", "taproot key path")


@dataclass(frozen=True)
class AddressFlags:
    address: str
    wallet: str
    balance_btc: float
    over_cap: bool
    reused: bool
    exposed: bool
    proven: bool
    receipts: int  # transactions that paid to it
    exposure: str | None  # why its key is public: "spent from" or "taproot key path"

    def to_json(self) -> dict:
        return {"address": self.address, "wallet": self.wallet, "balance_btc": self.balance_btc,
                "over_cap": self.over_cap, "reused": self.reused, "exposed": self.exposed, "proven": self.proven,
                "receipts": self.receipts, "exposure": self.exposure}


@dataclass(frozen=True)
class CustodyFlags:
    date: dt.date
    cap_btc: float
    addresses: tuple[AddressFlags, ...]

    @property
    def counts(self) -> dict[str, int]:
        """How many addresses carry each flag (the Overview's figures)."""
        a = self.addresses
        return {"addresses": len(a), "over_cap": sum(f.over_cap for f in a), "reused": sum(f.reused for f in a),
                "exposed": sum(f.exposed for f in a), "proven": sum(f.proven for f in a)}

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(), "cap_btc": self.cap_btc, "counts": self.counts,
                "addresses": [f.to_json() for f in self.addresses]}


def is_taproot(address: str) -> bool:
    return address.lower().startswith(TAPROOT_PREFIXES)


def custody_flags(txs: Iterable[ChainTx], register: Mapping[str, str], date: dt.date,
                  cap_btc: float = DEFAULT_CAP_BTC, proven: Iterable[str] = ()) -> CustodyFlags:
    """The flags of every address of ``register`` (address -> wallet), in its order."""
    txs = list(txs)
    balances = address_balances(txs, register, date)
    end = end_of_day(date)
    receipts = dict.fromkeys(register, 0)
    spent: set[str] = set()
    for tx in txs:
        if not tx.confirmed or tx.block_time >= end:
            continue
        paid = set()
        for leg in tx.legs:
            if leg.address not in receipts:
                continue
            if leg.direction == "in":
                spent.add(leg.address)
            else:
                paid.add(leg.address)
        for address in paid:  # once per transaction, however many of its outputs pay the address
            receipts[address] += 1
    cap_sat = round(cap_btc * SAT_PER_BTC)
    proven = set(proven)
    flags = []
    for address, wallet in register.items():
        exposure = SPENT_FROM if address in spent else TAPROOT_KEY_PATH if is_taproot(address) else None
        flags.append(AddressFlags(address, wallet, btc(balances[address]), balances[address] > cap_sat,
                                  receipts[address] > 1, exposure is not None, address in proven, receipts[address],
                                  exposure))
    return CustodyFlags(date, cap_btc, tuple(flags))


def check_cap(cap_btc: float) -> float:
    """A cap per address, to the satoshi: above zero and at most the 21 million bitcoin there can be."""
    if isinstance(cap_btc, bool) or not isinstance(cap_btc, int | float) or not 0 < cap_btc <= MAX_BTC \
            or round(cap_btc * SAT_PER_BTC) == 0:
        raise FieldError("cap_btc", f"{cap_btc!r} must be at least 1 satoshi and at most 21,000,000 BTC")
    return btc(round(cap_btc * SAT_PER_BTC))
