"""Merging chain statements into what the workspace already knows, transaction by transaction (by txid).

A transaction seen before is not added again. What a new file adds is checked against what is known: the same
block (a transaction cannot be in two blocks), the same fee, the same value for the same input or output. A
transaction confirmed since an earlier statement becomes confirmed; one confirmed before and unconfirmed in a
file saved earlier stays confirmed. A complete view (Esplora) is kept beside earlier partial ones and supersedes
them on reading (core/custody/chain.py). Nothing here writes: the plan is written in one transaction, or not at
all when any file has a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import fmt
from ..i18n import translate
from ..io.chain_statements import ParsedFile, ParsedTx
from ..io.fields import listed
from .chain import NET_MOVEMENT, ChainTx, Leg

MAX_LISTED_TXIDS = 5


@dataclass
class Known:
    """What the workspace (and the files before in this import) say about one transaction."""

    confirmed: bool
    block_height: int | None
    block_time: int | None
    fee_sat: int | None
    complete_legs: list[Leg] | None = None  # the first complete view's legs
    partial: dict[tuple, int] = field(default_factory=dict)
    new: bool = False  # first seen in this import
    coinbase: bool = False

    @property
    def complete(self) -> dict[tuple, int] | None:
        """Leg key -> satoshis of the first complete view; built only when another view of the transaction comes
        (a hundred thousand transactions seen once need none)."""
        return None if self.complete_legs is None else {leg.key: leg.value_sat for leg in self.complete_legs}


@dataclass
class FileOutcome:
    name: str
    sha256: str
    format: str
    transactions: int
    new: int = 0
    duplicates: int = 0
    left_out: int = 0
    already_imported: bool = False

    def to_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ChainImport:
    """What an import of chain statements found and (unless a dry run) wrote."""

    files: list[FileOutcome]
    new: int = 0  # transactions not known before
    duplicates: int = 0  # transactions known before (from the workspace or an earlier file)
    now_confirmed: int = 0  # known as unconfirmed, confirmed in a file of this import
    unconfirmed: int = 0  # new transactions still unconfirmed: kept apart, never in balances
    unregistered: list[str] = field(default_factory=list)  # new transactions touching no registered address
    addresses_derived: int = 0  # addresses derived beyond a descriptor's count to keep its gap limit
    written: bool = False
    dry_run: bool = False

    def to_json(self) -> dict:
        return {"files": [f.to_json() for f in self.files], "transactions_read": sum(f.transactions for f in self.files),
                "new": self.new, "duplicates": self.duplicates, "now_confirmed": self.now_confirmed,
                "unconfirmed": self.unconfirmed, "unregistered": len(self.unregistered),
                "unregistered_txids": self.unregistered[:MAX_LISTED_TXIDS],
                "addresses_derived": self.addresses_derived, "written": self.written,
                "dry_run": self.dry_run}

    def summary(self) -> str:
        """What the import found, in the interface's language (the command line's: English). English writes
        "1 transactions read" as "2 transactions read": a translation agrees with any count by naming it after its
        noun ("transacciones leídas: 1")."""
        read = sum(f.transactions for f in self.files)
        skipped = [f.name for f in self.files if f.already_imported]
        files = (translate("chain_merge", "{n} file") if len(self.files) == 1 else
                 translate("chain_merge", "{n} files")).format(n=fmt.number(len(self.files)))
        text = (translate("chain_merge", "{files}, {read} transactions read: would add {new} new ({unconfirmed} "
                                         "unconfirmed, kept apart), {duplicates} already known")
                if self.dry_run else
                translate("chain_merge", "{files}, {read} transactions read: added {new} new ({unconfirmed} "
                                         "unconfirmed, kept apart), {duplicates} already known")).format(
            files=files, read=fmt.number(read), new=fmt.number(self.new), unconfirmed=fmt.number(self.unconfirmed),
            duplicates=fmt.number(self.duplicates))
        if self.now_confirmed:
            text += translate("chain_merge", ", {n} confirmed since").format(n=fmt.number(self.now_confirmed))
        if self.addresses_derived:
            text += translate("chain_merge", "; {n} more addresses derived to keep the descriptors' gap limits"
                              ).format(n=fmt.number(self.addresses_derived))
        if skipped:
            text += translate("chain_merge", "; already imported, skipped: {files}").format(files=listed(skipped))
        if self.unregistered:
            text += translate("chain_merge", "; {n} transactions touch no registered address (register the addresses "
                                             "the statements were saved for): {txids}").format(
                n=fmt.number(len(self.unregistered)), txids=listed(self.unregistered, MAX_LISTED_TXIDS))
        return text


@dataclass
class Plan:
    result: ChainImport
    files: list[ParsedFile]  # to store, in order
    transactions: dict[str, Known]  # new transactions
    updated: dict[str, Known]  # known transactions whose block, confirmation or fee a file gives
    views: list[tuple[int, str, bool, list[Leg]]]  # (index in files, txid, complete, the legs to store)


def known_from(txs: list[ChainTx], raw_views: dict[str, list[tuple[bool, list[Leg]]]]) -> dict[str, Known]:
    """The workspace's transactions as ``Known`` (``raw_views``: each txid's stored views, before merging)."""
    known = {}
    for tx in txs:
        k = Known(tx.confirmed, tx.block_height, tx.block_time, tx.fee_sat, coinbase=tx.coinbase)
        for complete, legs in raw_views.get(tx.txid, []):
            if complete and k.complete_legs is None:
                k.complete_legs = legs
            elif not complete:
                k.partial.update((leg.key, leg.value_sat) for leg in legs)
        known[tx.txid] = k
    return known


def plan(files: list[ParsedFile], known: dict[str, Known], known_files: set[str],
         holders: dict[str, str]) -> tuple[Plan, list[str]]:
    """The plan of an import, and its problems ("file: where: field: reason"; any problem blocks it)."""
    problems: list[str] = []
    result = ChainImport(files=[])
    kept: list[ParsedFile] = []
    new_txs: dict[str, Known] = {}
    updated: dict[str, Known] = {}  # known transactions a file tells more about: confirmed since, block, fee
    confirmed_now: set[str] = set()
    views: list[tuple[int, str, bool, list[Leg]]] = []
    seen_files = set(known_files)
    first_seen: dict[str, str] = {}  # where each new transaction was first seen ("file: [3]")
    for parsed in files:
        outcome = FileOutcome(parsed.name, parsed.sha256, parsed.format, len(parsed.transactions),
                              left_out=parsed.left_out)
        result.files.append(outcome)
        if parsed.sha256 in seen_files:
            outcome.already_imported = True
            continue
        seen_files.add(parsed.sha256)
        spender = _core_spender(parsed, holders, problems)
        index = len(kept)
        kept.append(parsed)
        for ptx in parsed.transactions:
            where = f"{parsed.name}: {ptx.where}"
            k = known.get(ptx.txid)
            if k is None:
                k = known[ptx.txid] = Known(ptx.confirmed, ptx.block_height, ptx.block_time, ptx.fee_sat, new=True,
                                            coinbase=ptx.coinbase)
                new_txs[ptx.txid] = k
                first_seen[ptx.txid] = where
                outcome.new += 1
            else:
                outcome.duplicates += 1
                before = (k.confirmed, k.block_height, k.block_time, k.fee_sat, k.coinbase)
                if not _merge_status(k, ptx, where, problems) or not _merge_coinbase(k, ptx, where, problems):
                    continue
                if not k.new and before != (k.confirmed, k.block_height, k.block_time, k.fee_sat, k.coinbase):
                    updated[ptx.txid] = k
                    if not before[0] and k.confirmed:
                        confirmed_now.add(ptx.txid)
            own = ptx.legs + ([Leg("in", NET_MOVEMENT, None, ptx.spend_sat, spender)] if ptx.spend_sat and spender
                              else [])
            if not ptx.complete and k.complete_legs is None and (twice := _counted_twice(k.partial, own, holders)):
                problems.append(f"{where}: " + translate("chain_merge", "transaction {txid}: {why}").format(
                    txid=ptx.txid, why=twice))
                continue
            if new_legs := _new_legs(k, ptx, own, where, problems):
                views.append((index, ptx.txid, ptx.complete, new_legs))
    for txid, k in new_txs.items():
        if k.confirmed and k.block_time is None:
            problems.append(f"{first_seen[txid]}: blocktime: " + translate(
                "chain_merge", "listunspent says transaction {txid} is confirmed but no file gives its block time; "
                               "import it with the same wallet's listtransactions or an explorer's statement").format(
                txid=txid))
    result.new = len(new_txs)
    result.duplicates = sum(f.duplicates for f in result.files)
    result.now_confirmed = len(confirmed_now)
    result.unconfirmed = sum(not k.confirmed for k in new_txs.values())
    touched = {txid for _, txid, _, legs in views if any(leg.wallet or leg.address in holders for leg in legs)}
    result.unregistered = [txid for txid in new_txs if txid not in touched]
    return Plan(result, kept, new_txs, updated, views), problems


def _core_spender(parsed: ParsedFile, holders: dict[str, str], problems: list[str]) -> str | None:
    """The wallet a Core file's send entries spend from: the one its receiving addresses are registered to."""
    if parsed.format != "core" or not parsed.spends:
        return None
    wallets = sorted({holders[a] for a in parsed.own_addresses if a in holders})
    if len(wallets) == 1:
        return wallets[0]
    problems.append(f"{parsed.name}: send entries: " + (
        translate("chain_merge", "Bitcoin Core does not say which addresses a send spent from, so they are given to "
                                 "the wallet its receiving addresses are registered to; they are registered to "
                                 "{wallets}: save one Core wallet per Reserve Desk wallet").format(wallets=listed(wallets))
        if wallets else
        translate("chain_merge", "Bitcoin Core does not say which addresses a send spent from, so they are given to "
                                 "the wallet its receiving addresses are registered to; none of them is registered: "
                                 "register the wallet's descriptor first")))
    return None


def _counted_twice(known: dict[tuple, int], legs: list[Leg], holders: dict[str, str]) -> str | None:
    """Why a partial view would count coins twice beside the partial views known, or None. A CSV view gives an
    address's net movement; a Bitcoin Core view its outputs one by one and the wallet's spend as a whole: the two
    cannot be added up for the same address (or for the wallet of a Core spend)."""
    def sides(keys) -> tuple[set[str], set[str], set[str]]:
        net = {a for _, n, a, _ in keys if n == NET_MOVEMENT and a is not None}
        listed = {a for _, n, a, _ in keys if n != NET_MOVEMENT and a is not None}
        spenders = {w for _, _, a, w in keys if a is None and w is not None}
        return net, listed, spenders

    old_net, old_listed, old_spenders = sides(known)
    new_net, new_listed, new_spenders = sides([leg.key for leg in legs])
    both = sorted((new_net & old_listed) | (new_listed & old_net))
    if both:
        return translate("chain_merge", "{address}'s net movement (a CSV statement) and its outputs (a Bitcoin Core "
                                        "statement) would both be counted; import one of the two, or an explorer's "
                                        "(Esplora) statement of the transaction").format(address=both[0])
    spends = sorted({w for a in new_net if (w := holders.get(a)) in old_spenders}
                    | {w for a in old_net if (w := holders.get(a)) in new_spenders})
    if spends:
        return translate("chain_merge", "wallet {wallet}'s spend (a Bitcoin Core statement) and the net movement of "
                                        "one of its addresses (a CSV statement) would both be counted; import one of "
                                        "the two, or an explorer's (Esplora) statement of the transaction").format(
            wallet=spends[0])
    return None


def _merge_status(k: Known, ptx: ParsedTx, where: str, problems: list[str]) -> bool:
    if ptx.confirmed:
        if k.confirmed and None not in (k.block_time, ptx.block_time) and k.block_time != ptx.block_time:
            problems.append(f"{where}: block_time: " + translate(
                "chain_merge", "{given}, but another statement gives {other} for transaction {txid}").format(
                given=ptx.block_time, other=k.block_time, txid=ptx.txid))
            return False
        if k.confirmed and None not in (k.block_height, ptx.block_height) and k.block_height != ptx.block_height:
            problems.append(f"{where}: block_height: " + translate(
                "chain_merge", "{given}, but another statement gives {other} for transaction {txid}").format(
                given=ptx.block_height, other=k.block_height, txid=ptx.txid))
            return False
        k.confirmed = True
        k.block_time = k.block_time if k.block_time is not None else ptx.block_time
        k.block_height = k.block_height if k.block_height is not None else ptx.block_height
    if ptx.fee_sat is not None:
        if k.fee_sat is not None and k.fee_sat != ptx.fee_sat:
            problems.append(f"{where}: fee: " + translate(
                "chain_merge", "{given} sat, but another statement gives {other} sat for transaction {txid}").format(
                given=fmt.number(ptx.fee_sat), other=fmt.number(k.fee_sat), txid=ptx.txid))
            return False
        k.fee_sat = ptx.fee_sat
    return True


def _merge_coinbase(k: Known, ptx: ParsedTx, where: str, problems: list[str]) -> bool:
    """A coinbase spends no earlier coins: a file calling a transaction newly mined while another shows it spending
    (or the other way round) contradicts it, and would turn a transfer into mining (or back)."""
    if ptx.coinbase == k.coinbase:
        return True
    if k.coinbase:
        spends = ptx.spend_sat > 0 or any(leg.direction == "in" for leg in ptx.legs)
    else:
        spends = (any(leg.direction == "in" for leg in k.complete_legs or [])
                  or any(direction == "in" for direction, *_ in k.partial))
    if spends:
        problems.append(f"{where}: " + translate("chain_merge", "transaction {txid}: {why}").format(
            txid=ptx.txid, why=translate("chain_merge", "another statement says it is newly mined (a coinbase), but "
                                                        "this one shows it spending earlier coins") if k.coinbase else
            translate("chain_merge", "newly mined (a coinbase) here, but another statement shows it spending earlier "
                                     "coins")))
        return False
    k.coinbase = True
    return True


def _new_legs(k: Known, ptx: ParsedTx, legs: list[Leg], where: str, problems: list[str]) -> list[Leg]:
    """The legs of this view to store: a first complete view whole, a partial view's legs not known yet; a view
    that contradicts what is known is a problem."""
    if k.complete_legs is not None:
        if ptx.complete and {leg.key: leg.value_sat for leg in legs} != k.complete:
            problems.append(f"{where}: " + translate("chain_merge", "transaction {txid} differs from the same "
                                                                    "transaction in another statement").format(
                txid=ptx.txid))
        elif not ptx.complete:
            _check_partial(k.complete, legs, ptx, where, problems)
        return []
    if ptx.complete:
        k.complete_legs = legs
        return legs
    new = [leg for leg in legs if leg.key not in k.partial]
    _check_partial(k.partial, legs, ptx, where, problems)
    k.partial.update((leg.key, leg.value_sat) for leg in new)
    return new


def _check_partial(known: dict[tuple, int], legs: list[Leg], ptx: ParsedTx, where: str, problems: list[str]) -> None:
    for leg in legs:
        if known.get(leg.key, leg.value_sat) != leg.value_sat:
            leg_text = (translate("chain_merge", "input {n} of transaction {txid}") if leg.direction == "in" else
                        translate("chain_merge", "output {n} of transaction {txid}")).format(n=leg.n, txid=ptx.txid)
            problems.append(f"{where}: {leg_text}: " + translate(
                "chain_merge", "{given} sat, but another statement gives {other} sat").format(
                given=fmt.number(leg.value_sat), other=fmt.number(known[leg.key])))
            return
