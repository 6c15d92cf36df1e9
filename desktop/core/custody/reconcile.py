"""Reconciliation of the ledger with the chain at a date (issue 20, item 3).

Per wallet: the balance by the ledger, the balance by the chain (transactions confirmed by the end of the date,
UTC) and the difference (ledger less chain), with the movements that explain it. Everything is counted in whole
satoshis; bitcoin is shown to the 8th decimal.

Each confirmed transaction that touches the workspace's wallets is read as *movements* of those wallets:

- a network **fee**, when the workspace paid it (the view is complete and every input is a registered address,
  or it is a Bitcoin Core wallet's spend, whose fee Core states), charged to the wallet that gave most of the
  inputs;
- **transfers** between own wallets: what one wallet's outputs received, paid by a wallet whose net is negative
  (several wallets on either side are paired in order, the fee payer first);
- a **spend** to outside the workspace's wallets (what a paying wallet's net leaves after fee and transfers);
- a **receipt** from outside (what a receiving wallet's net keeps after transfers).

The movements of a transaction add up, wallet by wallet, to its net change of that wallet, so for every wallet
``difference = unmatched ledger entries − unmatched chain movements (transfers included) + the quantity
differences of matched pairs``, exactly.

Matching with ledger entries dated by then, each entry used once. An entry whose ``reference`` names a
transaction (its id, or its id and a suffix after a colon such as ``TXID:fee``, since a ledger reference is
unique) matches a movement of that transaction of its class, or nothing. Any other entry matches a movement of
its class, wallet(s) and quantity to the satoshi within a day of its UTC day (a ledger dated in local time: an
evening in San Salvador, UTC-6, is the next UTC day; a night in Karachi, UTC+5, the day before), movements in
chronological order each taking the earliest entry left. The classes: a receipt is a purchase, mining, seizure
or donation; a spend a sale; a fee a fee; a transfer a transfer between the same wallets.

What stays unmatched on the chain is offered as a ledger entry: a fee or a transfer as it is, a receipt or a
spend with its kind *guessed* (purchase or sale; a coinbase output: mining) and marked so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..domain import INFLOW_KINDS
from ..domain import Transaction as LedgerEntry
from ..i18n import QT_TRANSLATE_NOOP, translate
from .chain import SAT_PER_BTC, ChainTx, btc

RECEIPT, SPEND, FEE, TRANSFER = "receipt", "spend", "fee", "transfer"
CLASS_OF_KIND = {**{k: RECEIPT for k in INFLOW_KINDS}, "sale": SPEND, "fee": FEE, "transfer": TRANSFER}
PROPOSAL_SOURCE = "chain statement (reconciliation)"
_TXID = re.compile(r"[0-9a-f]{64}")
ONE_DAY = dt.timedelta(days=1)


def sat(quantity_btc: float) -> int:
    """A ledger quantity in whole satoshis (the ledger keeps bitcoin as a decimal number)."""
    return round(quantity_btc * SAT_PER_BTC)


def iso_time(block_time: int | None) -> str | None:
    if block_time is None:
        return None
    return dt.datetime.fromtimestamp(block_time, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Movement(NamedTuple):  # a tuple: a hundred thousand are made in a reconciliation
    """Part of a confirmed transaction's change of the workspace's wallets (see the module's text)."""

    txid: str
    block_time: int
    block_height: int | None
    movement: str  # RECEIPT, SPEND, FEE or TRANSFER
    wallet: str  # the receiving wallet of a receipt, the paying wallet otherwise
    to_wallet: str | None  # a transfer's receiving wallet
    value_sat: int  # positive
    date: dt.date  # the UTC day of the block
    coinbase: bool = False
    fee_sat: int = 0  # a transfer: the fee its paying wallet paid in the same transaction

    @property
    def delta_sat(self) -> int:
        """The change of ``wallet``: positive for a receipt, negative otherwise."""
        return self.value_sat if self.movement == RECEIPT else -self.value_sat

    @property
    def kind_guess(self) -> str:
        if self.movement == RECEIPT:
            return "mining" if self.coinbase else "purchase"
        return {SPEND: "sale", FEE: "fee", TRANSFER: "transfer"}[self.movement]

    @property
    def guessed(self) -> bool:
        """A receipt's or a spend's kind is a guess: the chain does not say why coins came or went."""
        return self.movement in (RECEIPT, SPEND)

    def to_json(self) -> dict:
        return {"txid": self.txid, "wallet": self.wallet, "block_time": iso_time(self.block_time),
                "block_height": self.block_height, "movement": self.movement, "delta_btc": btc(self.delta_sat),
                "kind_guess": self.kind_guess, "guessed": self.guessed}


@dataclass(frozen=True)
class InternalTransfer:
    movement: Movement
    in_ledger: bool

    def to_json(self) -> dict:
        m = self.movement
        return {"txid": m.txid, "from_wallet": m.wallet, "to_wallet": m.to_wallet, "amount_btc": btc(m.value_sat),
                "fee_btc": btc(m.fee_sat), "date": m.date.isoformat(), "block_time": iso_time(m.block_time),
                "in_ledger": self.in_ledger}


@dataclass(frozen=True)
class QuantityDifference:
    """A ledger entry matched to a movement by its reference, with another quantity."""

    entry: LedgerEntry
    movement: Movement

    def to_json(self) -> dict:
        ledger = sat(self.entry.quantity)
        return {"txid": self.movement.txid, "id": self.entry.id, "kind": self.entry.kind, "wallet": self.entry.wallet,
                "to_wallet": self.entry.to_wallet, "ledger_btc": btc(ledger), "chain_btc": btc(self.movement.value_sat),
                "difference_btc": btc(ledger - self.movement.value_sat)}


@dataclass(frozen=True)
class Proposal:
    """A ledger entry to add for an unmatched chain movement. ``guessed``: its kind is a guess; ``needs``: the
    fields the chain cannot give (a purchase's or sale's price)."""

    entry: LedgerEntry
    guessed: bool
    needs: tuple[str, ...]
    txid: str = ""  # the transaction the movement is of, for the note in the interface's language

    def shown_note(self) -> str:
        """The entry's note in the interface's language (the entry keeps the English one: a stored value)."""
        note = self.entry.note or ""
        template = next((t for t in NOTES.values() if t.format(txid=self.txid) == note), None)
        return note if template is None else translate("reconcile", template).format(txid=self.txid)

    def to_json(self) -> dict:
        e = self.entry
        return {"date": e.date.isoformat(), "kind": e.kind, "wallet": e.wallet, "to_wallet": e.to_wallet,
                "quantity_btc": e.quantity, "reference": e.reference, "note": e.note, "guessed": self.guessed,
                "needs": list(self.needs)}


@dataclass(frozen=True)
class UnconfirmedMovement:
    txid: str
    wallet: str
    delta_sat: int

    def to_json(self) -> dict:
        return {"txid": self.txid, "wallet": self.wallet, "delta_btc": btc(self.delta_sat)}


@dataclass(frozen=True)
class WalletReconciliation:
    name: str
    addresses: int  # registered addresses
    ledger_sat: int
    chain_sat: int

    @property
    def difference_sat(self) -> int:
        return self.ledger_sat - self.chain_sat

    def to_json(self) -> dict:
        return {"name": self.name, "ledger_btc": btc(self.ledger_sat), "chain_btc": btc(self.chain_sat),
                "difference_btc": btc(self.difference_sat), "addresses": self.addresses}


@dataclass(frozen=True)
class Reconciliation:
    date: dt.date
    wallets: tuple[WalletReconciliation, ...]
    unmatched_chain: tuple[Movement, ...]  # receipts, spends and fees with no ledger entry
    unmatched_ledger: tuple[LedgerEntry, ...]
    internal_transfers: tuple[InternalTransfer, ...]
    quantity_differences: tuple[QuantityDifference, ...]
    proposed: tuple[Proposal, ...]
    unconfirmed: tuple[UnconfirmedMovement, ...]  # kept apart: never in a balance
    foreign_transactions: int  # confirmed by the date, touching no registered address nor Core wallet

    def totals_sat(self) -> tuple[int, int]:
        return sum(w.ledger_sat for w in self.wallets), sum(w.chain_sat for w in self.wallets)

    def to_json(self) -> dict:
        ledger, chain = self.totals_sat()
        return {
            "date": self.date.isoformat(),
            "wallets": [w.to_json() for w in self.wallets],
            "totals": {"ledger_btc": btc(ledger), "chain_btc": btc(chain), "difference_btc": btc(ledger - chain),
                       "unconfirmed_btc": btc(sum(u.delta_sat for u in self.unconfirmed))},
            "unmatched_chain": [m.to_json() for m in self.unmatched_chain],
            "unmatched_ledger": [_entry_json(e) for e in self.unmatched_ledger],
            "internal_transfers": [t.to_json() for t in self.internal_transfers],
            "quantity_differences": [q.to_json() for q in self.quantity_differences],
            "proposed": [p.to_json() for p in self.proposed],
            "unconfirmed": [u.to_json() for u in self.unconfirmed],
            "foreign_transactions": self.foreign_transactions,
        }


def _entry_json(e: LedgerEntry) -> dict:
    return {"id": e.id, "date": e.date.isoformat(), "kind": e.kind, "wallet": e.wallet, "to_wallet": e.to_wallet,
            "quantity_btc": round(e.quantity, 8), "reference": e.reference}


# ---- the chain side --------------------------------------------------------------------------------------------

def owner(leg, register: Mapping[str, str]) -> str | None:
    """The wallet a leg belongs to: its registered address's, or the wallet a Bitcoin Core file named."""
    if leg.address is not None:
        wallet = register.get(leg.address)
        if wallet is not None:
            return wallet
    return leg.wallet


def _nets(tx: ChainTx, register: Mapping[str, str]) -> tuple[dict[str, int], dict[str, int], bool]:
    """Each own wallet's net change in ``tx``, what its inputs gave, and whether the workspace paid the fee."""
    nets: dict[str, int] = {}
    inputs: dict[str, int] = {}
    foreign_input = core_spend = False
    for leg in tx.legs:
        wallet = register.get(leg.address) or leg.wallet  # owner(), inlined: it runs for every leg
        if leg.direction == "in":
            if wallet is None:
                foreign_input = True
                continue
            core_spend = core_spend or leg.address is None
            inputs[wallet] = inputs.get(wallet, 0) + leg.value_sat
            nets[wallet] = nets.get(wallet, 0) - leg.value_sat
        elif wallet is not None:
            nets[wallet] = nets.get(wallet, 0) + leg.value_sat
    paid_fee = bool(inputs) and ((tx.complete and not foreign_input) or core_spend)
    return nets, inputs, paid_fee


def movements(tx: ChainTx, register: Mapping[str, str]) -> list[Movement]:
    """A confirmed transaction as movements of own wallets (the module's text says how)."""
    nets, inputs, paid_fee = _nets(tx, register)
    senders = {w: -v for w, v in nets.items() if v < 0}
    receivers = {w: v for w, v in nets.items() if v > 0}
    payers = sorted(senders, key=lambda w: (-inputs.get(w, 0), w))  # the fee payer (most inputs) first
    coinbase = tx.coinbase
    found: list[Movement] = []
    date = tx.block_date if nets else None

    def add(kind: str, wallet: str, value: int, to_wallet: str | None = None, fee: int = 0) -> None:
        found.append(Movement(tx.txid, tx.block_time, tx.block_height, kind, wallet, to_wallet, value, date, coinbase,
                              fee))

    fee_left = (tx.fee_sat or 0) if paid_fee else 0
    fee_of: dict[str, int] = {}
    for w in payers:
        take = min(fee_left, senders[w])
        if take:
            add(FEE, w, take)
            fee_of[w], senders[w], fee_left = take, senders[w] - take, fee_left - take
    for r in sorted(receivers, key=lambda w: (-receivers[w], w)):
        need = receivers[r]
        for s in payers:
            take = min(need, senders[s])
            if take:
                add(TRANSFER, s, take, r, fee_of.pop(s, 0))
                senders[s], need = senders[s] - take, need - take
        if need:
            add(RECEIPT, r, need)
    for s in payers:
        if senders[s]:
            add(SPEND, s, senders[s])
    return found


def address_balances(txs: Iterable[ChainTx], register: Mapping[str, str], date: dt.date) -> dict[str, int]:
    """Each registered address's confirmed balance at the end of ``date`` (UTC), in satoshis."""
    balances = dict.fromkeys(register, 0)
    end = end_of_day(date)
    for tx in txs:
        if not tx.confirmed or tx.block_time >= end:
            continue
        for leg in tx.legs:
            if leg.address in balances:
                balances[leg.address] += leg.value_sat if leg.direction == "out" else -leg.value_sat
    return balances


def end_of_day(date: dt.date) -> int:
    """The first Unix second after ``date`` (UTC): a block at or after it is later than the date."""
    return int(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC).timestamp()) + 86_400


# ---- reconciliation --------------------------------------------------------------------------------------------

def reconcile(txs: Sequence[ChainTx], register: Mapping[str, str], ledger: Iterable[LedgerEntry], date: dt.date,
              wallets: Sequence[str] = ()) -> Reconciliation:
    """The ledger against the chain at the end of ``date`` (UTC). ``register``: address -> wallet; ``wallets``:
    the workspace's wallets in the order to list them (any other wallet met is listed after them)."""
    end = end_of_day(date)
    chain_sat: dict[str, int] = defaultdict(int)
    moved: list[Movement] = []
    unconfirmed: list[UnconfirmedMovement] = []
    foreign = 0
    for tx in txs:
        if not tx.confirmed:
            nets, _, _ = _nets(tx, register)
            unconfirmed.extend(UnconfirmedMovement(tx.txid, w, v) for w, v in sorted(nets.items()) if v)
            continue
        if tx.block_time >= end:
            continue
        found = movements(tx, register)
        if not found and not any(owner(leg, register) for leg in tx.legs):
            foreign += 1
        for m in found:
            chain_sat[m.wallet] += m.delta_sat
            if m.to_wallet is not None:
                chain_sat[m.to_wallet] += m.value_sat
        moved.extend(found)

    ledger = list(ledger)
    entries = [e for e in ledger if e.asset == "BTC" and e.date <= date]
    ledger_sat: dict[str, int] = defaultdict(int)
    for e in entries:
        q = sat(e.quantity)
        if e.kind == "transfer":
            ledger_sat[e.wallet] -= q
            ledger_sat[e.to_wallet] += q
        else:
            ledger_sat[e.wallet] += q if e.kind in INFLOW_KINDS else -q

    matched, differences = _match(moved, entries)
    used = {id(e) for e in matched.values()}
    unmatched_ledger = tuple(e for e in entries if id(e) not in used)
    unmatched_chain = tuple(m for i, m in enumerate(moved) if i not in matched and m.movement != TRANSFER)
    transfers = tuple(InternalTransfer(m, i in matched) for i, m in enumerate(moved) if m.movement == TRANSFER)
    taken = {(e.reference or "").strip().lower() for e in ledger}
    proposed = tuple(_proposal(m, taken) for i, m in enumerate(moved) if i not in matched)

    counts: dict[str, int] = defaultdict(int)
    for wallet in register.values():
        counts[wallet] += 1
    names = list(dict.fromkeys([*wallets, *sorted(set(ledger_sat) | set(chain_sat) | set(counts))]))
    rows = tuple(WalletReconciliation(n, counts.get(n, 0), ledger_sat.get(n, 0), chain_sat.get(n, 0)) for n in names)
    return Reconciliation(date, rows, unmatched_chain, unmatched_ledger, transfers, tuple(differences), proposed,
                          tuple(unconfirmed), foreign)


def _match(moved: list[Movement], entries: list[LedgerEntry]) -> tuple[dict[int, LedgerEntry], list[QuantityDifference]]:
    """Which ledger entry each movement (by index) matches: by reference first, then by wallet, day and quantity;
    each entry once. Quantities compared in satoshis."""
    by_reference: dict[str, list[LedgerEntry]] = defaultdict(list)
    by_key: dict[tuple, deque[LedgerEntry]] = defaultdict(deque)
    for e in entries:
        ref = named_txid(e.reference)
        if _TXID.fullmatch(ref):  # it names a transaction: it matches that transaction or nothing
            by_reference[ref].append(e)
        else:
            by_key[(CLASS_OF_KIND[e.kind], e.wallet, e.to_wallet, sat(e.quantity))].append(e)
    matched: dict[int, LedgerEntry] = {}
    differences: list[QuantityDifference] = []
    for i, m in enumerate(moved):
        candidates = [e for e in by_reference.get(m.txid, ()) if CLASS_OF_KIND[e.kind] == m.movement
                      and e.wallet == m.wallet and e.to_wallet == m.to_wallet]
        if candidates:
            e = next((c for c in candidates if sat(c.quantity) == m.value_sat), candidates[0])
            by_reference[m.txid].remove(e)
            matched[i] = e
            if sat(e.quantity) != m.value_sat:
                differences.append(QuantityDifference(e, m))
    for key, queue in by_key.items():
        by_key[key] = deque(sorted(queue, key=lambda e: e.date))  # stable: the ledger's order within a day
    # in chronological order, a movement takes the earliest entry left within a day of it: as many pairs as can be
    # made, whether the ledger is dated in UTC, in San Salvador's time (UTC-6) or in Karachi's (UTC+5)
    for i in sorted(range(len(moved)), key=lambda i: moved[i].date):
        m = moved[i]
        if i in matched:
            continue
        queue = by_key.get((m.movement, m.wallet, m.to_wallet, m.value_sat))
        while queue and queue[0].date < m.date - ONE_DAY:  # too early for this movement, so for every later one
            queue.popleft()
        if queue and queue[0].date <= m.date + ONE_DAY:
            matched[i] = queue.popleft()
    return matched, differences


def named_txid(reference: str | None) -> str:
    """The transaction id a ledger reference names: the reference itself, or its part before a colon (a ledger
    reference is unique, so a transaction's second entry is ``TXID:fee`` or ``TXID:2``)."""
    return (reference or "").strip().lower().split(":", 1)[0]


def _reference(m: Movement, taken: set[str]) -> str:
    """A reference no ledger entry has yet: the txid, ``TXID:fee`` for a fee, then ``:2``, ``:3``… appended."""
    base = f"{m.txid}:fee" if m.movement == FEE else m.txid
    reference, n = base, 1
    while reference in taken:
        n += 1
        reference = f"{base}:{n}" if m.movement == FEE else f"{m.txid}:{n}"
    taken.add(reference)
    return reference


NOTES = {  # a proposed entry's note by what it is; stored in English ({txid} filled), shown translated
    FEE: QT_TRANSLATE_NOOP("reconcile", "network fee of transaction {txid}"),
    TRANSFER: QT_TRANSLATE_NOOP("reconcile", "transfer between own wallets in transaction {txid}"),
    "coinbase": QT_TRANSLATE_NOOP("reconcile", "kind guessed: a coinbase output (newly mined coins); check it"),
    RECEIPT: QT_TRANSLATE_NOOP("reconcile", "kind guessed: coins received from outside the workspace's wallets; check "
                                            "the kind and add the price"),
    SPEND: QT_TRANSLATE_NOOP("reconcile", "kind guessed: coins paid outside the workspace's wallets; check the kind (a "
                                          "sale, or a fee the statement does not show) and add the price"),
}


def _proposal(m: Movement, taken: set[str]) -> Proposal:
    kind = m.kind_guess
    template = NOTES["coinbase" if m.coinbase and m.movement not in (FEE, TRANSFER) else m.movement]
    needs = ("price_usd",) if kind in ("purchase", "sale") else ()
    entry = LedgerEntry(date=m.date, kind=kind, wallet=m.wallet, quantity=btc(m.value_sat), to_wallet=m.to_wallet,
                        reference=_reference(m, taken), note=template.format(txid=m.txid), source=PROPOSAL_SOURCE)
    return Proposal(entry, m.guessed, needs, m.txid)
