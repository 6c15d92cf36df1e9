"""The address register of the workspace's wallets (see core/custody/register.py for what is accepted)."""

from __future__ import annotations

from dataclasses import dataclass

from ..custody import register
from ..custody.chain import ChainFile, ChainTx
from ..io.fields import FieldError
from ..table_cache import reads


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
            raise FieldError("wallet", f"no wallet named {wallet[:80]!r}; add it first")
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
                       source: str | None = None) -> tuple[str, list[RegisteredAddress]]:
        """Register an output descriptor (or a bare ypub/zpub) and the ``count`` first addresses of each of its
        branches; all or nothing. Returns the descriptor with its checksum and the addresses."""
        wallet_id = self._wallet_id(wallet)
        entry = register.parse(text, self.store.network(), count)
        held = self.store.descriptor_holder(entry.descriptor)
        if held:
            raise FieldError("descriptor", f"already registered to wallet {held!r}")
        self._refuse_registered([a.address for a in entry.addresses])
        with self.store.transaction() as w:
            descriptor_id = w.insert("descriptors", {"wallet_id": wallet_id, "descriptor": entry.descriptor,
                                                     "count": count, "source": source})
            w.insert_batch("addresses", ({"wallet_id": wallet_id, "address": a.address, "descriptor_id": descriptor_id,
                                          "path": a.path, "source": source} for a in entry.addresses),
                           label=f"addresses derived from descriptor {descriptor_id}")
        return entry.descriptor, [RegisteredAddress(wallet, a.address, a.path, entry.descriptor) for a in entry.addresses]

    def _refuse_registered(self, addresses: list[str]) -> None:
        held = self.store.address_holders(addresses)
        if held:
            first = next(iter(held))
            raise FieldError("address", f"{first} is already registered to wallet {held[first]!r}"
                                        + (f" ({len(held) - 1:,} more addresses too)" if len(held) > 1 else ""))

    @reads("chain_transactions", "chain_legs", "wallets")
    def chain_transactions(self) -> list[ChainTx]:
        """What the imported chain statements show (core/custody/chain.py): confirmed by block time, then the
        unconfirmed."""
        return self.store.chain_transactions()

    @reads("chain_files")
    def chain_files(self) -> list[ChainFile]:
        return self.store.chain_files()

    @reads("addresses", "descriptors", "wallets")
    def registered_addresses(self, wallet: str | None = None) -> list[RegisteredAddress]:
        wallet_id = self._wallet_id(wallet) if wallet is not None else None
        return [RegisteredAddress(*row) for row in self.store.registered_addresses(wallet_id)]
