"""The address register of the workspace's wallets (see core/custody/register.py for what is accepted)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import fmt
from ..custody import chain_merge, proofs, register
from ..custody.chain import ChainFile, ChainTx, legs_json
from ..custody.chain_merge import ChainImport, known_from
from ..custody.flags import CAP_KEY, DEFAULT_CAP_BTC, CustodyFlags, check_cap, custody_flags
from ..custody.reconcile import Reconciliation
from ..custody.reconcile import address_balances as chain_address_balances
from ..custody.reconcile import reconcile as reconcile_chain
from ..custody.statement import Statement
from ..custody.statement import build as build_statement
from ..i18n import translate
from ..io.chain_statements import read_statement
from ..io.csv_source import file_digest
from ..io.fields import FieldError, InputError
from ..table_cache import reads

Progress = Callable[[float], None]
CHAIN_TX_COLUMNS = ("txid", "confirmed", "block_height", "block_time", "fee_sat", "coinbase", "file_id")
CHAIN_VIEW_COLUMNS = ("txid", "file_id", "complete", "legs")

_UNHARDENED_STEP = re.compile(r"/(\d+)(?=/|$)")


def _path_steps(path: str | None) -> tuple[int, ...]:
    """The unhardened steps of a derivation path (branch and index), as numbers: /0/10 after /0/9."""
    return tuple(int(n) for n in _UNHARDENED_STEP.findall(path or ""))


@dataclass(frozen=True)
class RegisteredAddress:
    wallet: str
    address: str
    path: str | None
    descriptor: str | None


class CustodyPart:
    def _wallet_id(self, wallet: str) -> int:
        ids = self.store.wallet_ids()
        if wallet not in ids:
            raise FieldError("wallet", translate("custody", "no wallet named {name}; add it first").format(
                name=repr(wallet[:80])))
        return ids[wallet]

    def add_address(self, wallet: str, address: str, source: str | None = None) -> RegisteredAddress:
        """Register one address (checked: checksum, network, no private key) to a wallet."""
        wallet_id = self._wallet_id(wallet)
        address = register.check_address(address, self.store.network())
        self._refuse_registered([address])
        with self.store.transaction() as w:
            w.insert("addresses", {"wallet_id": wallet_id, "address": address, "source": source})
        return RegisteredAddress(wallet, address, None, None)

    def add_descriptor(self, wallet: str, text: str, count: int = register.DEFAULT_COUNT,
                       source: str | None = None, gap_limit: int = register.DEFAULT_GAP_LIMIT,
                       ) -> tuple[str, list[RegisteredAddress]]:
        """Register an output descriptor (or a bare ypub/zpub) and the ``count`` first addresses of each of its
        branches; all or nothing. Returns the descriptor with its checksum and the addresses. A chain statement
        that shows one of the last ``gap_limit`` addresses of a branch used derives more (``import_chain``)."""
        wallet_id = self._wallet_id(wallet)
        if not 1 <= gap_limit <= register.MAX_DERIVED:
            raise FieldError("gap_limit", translate("custody", "{value}: from 1 to {maximum} unused addresses").format(
                value=fmt.number(gap_limit), maximum=fmt.number(register.MAX_DERIVED)))
        entry = register.parse(text, self.store.network(), count)
        held = self.store.descriptor_holder(entry.descriptor)
        if held:
            raise FieldError("descriptor", translate("custody", "already registered to wallet {wallet}").format(
                wallet=repr(held)))
        self._refuse_registered([a.address for a in entry.addresses])
        with self.store.transaction() as w:
            descriptor_id = w.insert("descriptors", {"wallet_id": wallet_id, "descriptor": entry.descriptor,
                                                     "count": count, "gap_limit": gap_limit, "source": source})
            w.insert_batch("addresses", ({"wallet_id": wallet_id, "address": a.address, "descriptor_id": descriptor_id,
                                          "path": a.path, "source": source} for a in entry.addresses),
                           label=f"addresses derived from descriptor {descriptor_id}")
        return entry.descriptor, [RegisteredAddress(wallet, a.address, a.path, entry.descriptor) for a in entry.addresses]

    def _refuse_registered(self, addresses: list[str]) -> None:
        held = self.store.address_holders(addresses)
        if held:
            first = next(iter(held))
            more = len(held) - 1
            raise FieldError("address", translate("custody", "{address} is already registered to wallet {wallet}").format(
                address=first, wallet=repr(held[first])) + (
                "" if not more else translate("custody", " (1 more address too)") if more == 1 else
                translate("custody", " ({count} more addresses too)").format(count=fmt.number(more))))

    def import_chain(self, paths: list[Path], fmt: str | None = None, *, dry_run: bool = False,
                     progress: Progress | None = None, today: dt.date | None = None) -> ChainImport:
        """Import chain statements (core/io/chain_statements.py): every file is read and checked, then merged by
        txid with what is known (core/custody/chain_merge.py) and written in one transaction; any problem in any
        file blocks the whole import (InputError listing them) and nothing is written."""
        parsed, problems = [], []
        for i, path in enumerate(paths):
            try:
                parsed.append(read_statement(Path(path), fmt, today))
            except InputError as exc:
                problems.extend(f"{exc.source}: {p}" for p in exc.problems)
            if progress:
                progress(0.8 * (i + 1) / len(paths))
        if problems:
            raise InputError("chain statements", problems)
        holders = {a.address: a.wallet for a in self.registered_addresses()}
        used = self.store.chain_addresses() | {leg.address for f in parsed for tx in f.transactions for leg in tx.legs}
        extensions = self._gap_extensions(used)
        holders.update((a.address, wallet) for _, wallet, _, derived in extensions for a in derived)
        views = self.store.chain_views()
        known = known_from(self.store.chain_transactions(views), views)
        plan, problems = chain_merge.plan(parsed, known, set(self.store.chain_file_ids()), holders)
        if problems:
            raise InputError("chain statements", problems)
        plan.result.dry_run = dry_run
        plan.result.addresses_derived = sum(len(derived) for *_, derived in extensions)
        if not dry_run and plan.files:
            self._write_chain(plan, extensions)
            plan.result.written = True
        if progress:
            progress(1.0)
        return plan.result

    def _gap_extensions(self, used: set[str]) -> list[tuple[int, str, int, list[register.Derived]]]:
        """For each descriptor a branch of which has a used address among its last ``gap_limit``: the addresses
        to derive so that ``gap_limit`` unused ones follow the last used (BIP-44's gap limit), as (descriptor id,
        wallet, new count, addresses). Up to register.MAX_DERIVED per branch."""
        network, found = self.store.network(), []
        for descriptor_id, wallet, text, count, gap in self.store.descriptors():
            new_count, derived = count, []
            while new_count < register.MAX_DERIVED:
                window = register.derive_range(text, network, max(new_count - gap, 0), new_count)
                last_used = max((new_count - len(branch) + i for branch in window for i, a in enumerate(branch)
                                 if a.address in used), default=None)
                if last_used is None:
                    break
                more = register.derive_range(text, network, new_count, last_used + 1 + gap)
                derived += [a for branch in more for a in branch]
                new_count = min(last_used + 1 + gap, register.MAX_DERIVED)
            if derived:
                found.append((descriptor_id, wallet, new_count, derived))
        return found

    def _write_chain(self, plan: chain_merge.Plan, extensions) -> None:
        wallet_ids = self.store.wallet_ids()
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        with self.store.transaction() as w:
            for descriptor_id, wallet, new_count, derived in extensions:
                w.update("descriptors", descriptor_id, {"count": new_count})
                w.insert_batch("addresses", ({"wallet_id": wallet_ids[wallet], "address": a.address,
                                              "descriptor_id": descriptor_id, "path": a.path,
                                              "source": "derived to the gap limit"} for a in derived),
                               label=f"addresses derived from descriptor {descriptor_id} to keep its gap limit")
            file_ids = [w.insert("chain_files", {"name": f.name[:500], "sha256": f.sha256, "format": f.format,
                                                 "imported_at": now, "transactions": len(f.transactions)})
                        for f in plan.files]
            first_file = {}
            for index, txid, _, _ in plan.views:
                first_file.setdefault(txid, file_ids[index])
            if plan.transactions:
                w.insert_many("chain_transactions", CHAIN_TX_COLUMNS, [
                    (txid, int(k.confirmed), k.block_height, k.block_time, k.fee_sat, int(k.coinbase),
                     first_file.get(txid, file_ids[0]))
                    for txid, k in plan.transactions.items()])
                w.log_import("chain_transactions", f"chain statements: {len(plan.transactions):,} new transactions",
                             len(plan.transactions), None)
            for txid, k in plan.updated.items():
                w.update("chain_transactions", txid, {"confirmed": int(k.confirmed), "block_height": k.block_height,
                                                      "block_time": k.block_time, "fee_sat": k.fee_sat,
                                                      "coinbase": int(k.coinbase)})
            if plan.views:
                w.insert_many("chain_views", CHAIN_VIEW_COLUMNS, [
                    (txid, file_ids[index], int(complete), legs_json(legs, wallet_ids))
                    for index, txid, complete, legs in plan.views])
                w.log_import("chain_views", "chain statements: inputs and outputs of "
                             + ", ".join(f"{f.name} (sha256 {f.sha256[:12]})" for f in plan.files)[:900],
                             len(plan.views), None)

    @reads("chain_transactions", "chain_views", "wallets")
    def chain_transactions(self) -> list[ChainTx]:
        """What the imported chain statements show (core/custody/chain.py): confirmed by block time, then the
        unconfirmed."""
        return self.store.chain_transactions()

    @reads("chain_files")
    def chain_files(self) -> list[ChainFile]:
        return self.store.chain_files()

    @reads("addresses", "descriptors", "wallets")
    def registered_addresses(self, wallet: str | None = None) -> list[RegisteredAddress]:
        """By wallet; within a wallet, single addresses as registered, then each descriptor's by branch and index
        (addresses derived later to keep a gap limit take their place in the order)."""
        wallet_id = self._wallet_id(wallet) if wallet is not None else None
        rows = [RegisteredAddress(*row) for row in self.store.registered_addresses(wallet_id)]
        first_seen = {r.descriptor: i for i, r in reversed(list(enumerate(rows)))}
        return sorted(rows, key=lambda r: (r.wallet, first_seen[r.descriptor] if r.descriptor else -1,
                                           _path_steps(r.path)))

    def address_wallets(self) -> dict[str, str]:
        """Each registered address's wallet, by wallet then as registered."""
        return {a.address: a.wallet for a in self.registered_addresses()}

    @reads("chain_transactions", "chain_views", "wallets", "addresses", "descriptors", "transactions")
    def reconcile(self, date: dt.date) -> Reconciliation:
        """The ledger against the chain at the end of ``date`` (UTC), wallet by wallet, with the movements that
        explain the differences and the entries to add (core/custody/reconcile.py)."""
        return reconcile_chain(self.chain_transactions(), self.address_wallets(), self.transactions, date,
                               [w.name for w in self.wallets])

    @reads("chain_transactions", "chain_views", "wallets", "addresses", "descriptors")
    def address_balances(self, date: dt.date) -> dict[str, int]:
        """Each registered address's confirmed balance in satoshis at the end of ``date`` (UTC)."""
        return chain_address_balances(self.chain_transactions(), self.address_wallets(), date)

    @property
    def address_cap_btc(self) -> float:
        """The most an address should hold (the workspace's setting; 500 BTC, the Bitcoin Office's practice)."""
        text = self.metadata.get(CAP_KEY)
        if text is None:
            return DEFAULT_CAP_BTC
        try:
            return check_cap(float(text))
        except ValueError:
            raise FieldError(CAP_KEY, translate("custody", "{value} in the workspace is not a number of BTC; set it "
                                                           "again").format(value=repr(text[:40]))) from None

    def set_address_cap(self, cap_btc: float) -> float:
        """Set the cap per address (an audited change of the workspace's settings); returns it to the satoshi."""
        cap_btc = check_cap(cap_btc)
        with self.store.transaction() as w:
            w.set_metadata(CAP_KEY, f"{cap_btc:.8f}".rstrip("0").rstrip("."))
        return cap_btc

    @reads("chain_transactions", "chain_views", "wallets", "addresses", "descriptors", "metadata", "address_proofs")
    def custody_flags(self, date: dt.date, cap_btc: float | None = None) -> CustodyFlags:
        """Each registered address's custody flags at the end of ``date``: over the cap (``cap_btc``, else the
        workspace's), reused, public key exposed, proven by a signed message (core/custody/flags.py)."""
        cap_btc = self.address_cap_btc if cap_btc is None else check_cap(cap_btc)
        return custody_flags(self.chain_transactions(), self.address_wallets(), date, cap_btc,
                             self.proven_addresses())

    def add_proofs(self, path: str | Path, dry_run: bool = False) -> proofs.ProofImport:
        """Import a CSV of signed messages (``address,message,signature``), each proving control of a registered
        address: all rows verify, or nothing is stored (InputError naming each row and field)."""
        path = Path(path)
        if not dry_run:
            self.store.check_writable()
        registered = {a.address for a in self.registered_addresses()}
        found = proofs.read_proofs(path, self.store.network(), registered)
        stored = {tuple(row[:3]) for row in self.store.address_proofs()}
        new = [p for p in found if (p.address, p.message, p.signature) not in stored]
        if new and not dry_run:
            at = proofs.checked_at()
            with self.store.transaction() as w:
                w.insert_batch("address_proofs", ({"address": p.address, "message": p.message, "signature": p.signature,
                                                   "format": "legacy", "checked_at": at, "source": path.name[:500]}
                                                  for p in new),
                               label=f"signed messages proving addresses: {path.name}", digest=file_digest(path))
        return proofs.ProofImport(path.name, len(found), len(new), tuple(dict.fromkeys(p.address for p in found)),
                                  dry_run)

    @reads("address_proofs", "addresses")
    def verified_proofs(self) -> tuple[proofs.StoredProof, ...]:
        """For each registered address that a stored signed message proves, the first such message, each signature
        checked again here (so a row changed behind the application's back proves nothing)."""
        registered = {a for _, a, _, _ in self.store.registered_addresses()}
        network = self.store.network()
        found: dict[str, proofs.StoredProof] = {}
        for address, message, signature, checked_at in self.store.address_proofs():
            if address in registered and address not in found:
                try:
                    proofs.verify(address, message, signature, network)
                except FieldError:
                    continue
                found[address] = proofs.StoredProof(address, message, checked_at)
        return tuple(found.values())

    def proven_addresses(self) -> frozenset[str]:
        """The registered addresses a stored signed message proves (``verified_proofs``)."""
        return frozenset(p.address for p in self.verified_proofs())

    def statement(self, date: dt.date) -> Statement:
        """The statement of public-sector addresses and balances at the end of ``date`` (core/custody/statement.py).
        Not kept: it carries the audit log's head, which every change moves."""
        return build_statement(self, date)
