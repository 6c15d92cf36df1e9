"""The statement of public-sector bitcoin addresses and balances at a date, and its CSV.

El Salvador's 2025 Extended Fund Facility asks the authorities to give IMF staff, at set dates, a signed statement
of every public-sector hot and cold address and its bitcoin balance. The statement lists every registered address
of the public-sector wallets with its confirmed balance at the end of the date (UTC), whether a signed message
proves control of it and its custody flags; each wallet's balance on the chain beside its balance by the ledger and
the difference; the chain statements the balances come from, with their SHA-256; and the audit log's head, so that
the figures can be traced to the workspace's history. Every figure comes from the reconciliation and the custody
checks (reconcile.py, flags.py): the statement's totals are the reconciliation's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from .. import fmt
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..io.csv_safe import row_cells, text_cell
from ..io.csv_source import file_digest
from ..io.output_target import OutputRefused
from .chain import SAT_PER_BTC, ChainFile

TITLE = "Statement of public-sector bitcoin addresses and balances"
CSV_COLUMNS = ("as_of", "row", "wallet", "address", "path", "balance_btc", "ledger_btc", "difference_btc", "proven",
               "flags")
UNATTRIBUTED = QT_TRANSLATE_NOOP("statement", "movements of a Bitcoin Core wallet not attributed to a registered "
                                              "address")  # English in the CSV; translate("statement", …) in the PDF


def btc_text(sat: int, grouped: bool = True) -> str:
    """Satoshis as bitcoin with all 8 decimals, exactly (no float rounding): 150000000 -> "1.50000000"; grouped
    with the locale's thousands separators and decimal point for reading (1.234,50000000 in es_ES), plain for a
    CSV or JSON number."""
    sign = "-" if sat < 0 else ""
    whole, frac = divmod(abs(sat), SAT_PER_BTC)
    if not grouped:
        return f"{sign}{whole}.{frac:08d}"
    point = fmt.number(0.5, 1)[1]  # the locale's decimal point, as fmt writes it
    return f"{sign}{fmt.number(whole)}{point}{frac:08d}"


@dataclass(frozen=True)
class AddressLine:
    wallet: str
    address: str
    path: str | None
    balance_sat: int
    proven: bool
    over_cap: bool = False
    receipts: int = 0  # transactions that paid to it: reused above 1
    exposure: str | None = None  # why its public key is known: "spent from", "taproot key path"

    @property
    def flags(self) -> tuple[str, ...]:
        """The custody flags in words (flags.py)."""
        return tuple(text for text, on in (("over the cap", self.over_cap),
                                           (f"reused ({self.receipts} receipts)", self.receipts > 1),
                                           (f"key exposed ({self.exposure})", self.exposure is not None)) if on)


@dataclass(frozen=True)
class WalletLine:
    name: str
    kind: str
    custodian: str | None
    addresses: tuple[AddressLine, ...]
    chain_sat: int  # the reconciliation's balance on the chain
    ledger_sat: int

    @property
    def difference_sat(self) -> int:
        return self.ledger_sat - self.chain_sat

    @property
    def unattributed_sat(self) -> int:
        """What the chain shows for the wallet beyond its addresses' balances: a Bitcoin Core wallet's statement
        gives a spend's wallet, not its addresses."""
        return self.chain_sat - sum(a.balance_sat for a in self.addresses)

    @property
    def proven(self) -> int:
        return sum(a.proven for a in self.addresses)

    @property
    def compared(self) -> bool:
        """False for a wallet with no registered address and nothing on the chain: its chain balance is unknown,
        not zero, so its difference says nothing about the chain."""
        return bool(self.addresses) or self.chain_sat != 0


@dataclass(frozen=True)
class ProofLine:
    address: str
    wallet: str
    message: str
    checked_at: str


@dataclass(frozen=True)
class Statement:
    date: dt.date
    workspace: str
    country: str
    network: str  # "main" or "test"
    generated_at: str  # ISO, UTC
    cap_btc: float
    wallets: tuple[WalletLine, ...]
    proofs: tuple[ProofLine, ...]
    files: tuple[ChainFile, ...]
    audit_entries: int
    audit_hash: str
    unconfirmed_sat: int  # public-sector wallets' unconfirmed movements: never in a balance
    unmatched_chain: int  # movements of public-sector wallets with no ledger entry (reconcile)
    unmatched_ledger: int
    left_out: tuple[str, ...]  # wallets outside the public sector with registered addresses or a balance
    newest_block: dt.date | None = None  # the UTC day of the newest block the chain statements show
    newest_import: dt.date | None = None  # the day the newest chain statement was imported (UTC)

    @property
    def stale(self) -> bool:
        """The date is after the chain statements were brought in: what moved since they were saved is not shown."""
        return self.newest_import is None or self.date >= self.newest_import

    @property
    def title(self) -> str:
        return f"{TITLE} as of {self.date.isoformat()}"

    @property
    def addresses(self) -> tuple[AddressLine, ...]:
        return tuple(a for w in self.wallets for a in w.addresses)

    @property
    def chain_sat(self) -> int:
        return sum(w.chain_sat for w in self.wallets)

    @property
    def ledger_sat(self) -> int:
        return sum(w.ledger_sat for w in self.wallets)

    @property
    def difference_sat(self) -> int:
        return self.ledger_sat - self.chain_sat

    def to_json(self) -> dict:
        def amounts(x) -> dict:  # decimal strings: exact to the satoshi
            return {"chain_btc": btc_text(x.chain_sat, False), "ledger_btc": btc_text(x.ledger_sat, False),
                    "difference_btc": btc_text(x.difference_sat, False)}

        return {
            "title": self.title, "date": self.date.isoformat(), "workspace": self.workspace, "network": self.network,
            "generated_at": self.generated_at, "totals": amounts(self) | {"addresses": len(self.addresses),
                                                                          "proven": sum(w.proven for w in self.wallets)},
            "wallets": [{"name": w.name, "kind": w.kind, **amounts(w), "addresses": len(w.addresses),
                         "proven": w.proven} for w in self.wallets],
            "files": [{"name": f.name, "sha256": f.sha256, "format": f.format, "transactions": f.transactions}
                      for f in self.files],
            "audit_head": {"entries": self.audit_entries, "hash": self.audit_hash},
            "left_out": list(self.left_out),
        }

    def check_output(self, target: str | os.PathLike) -> None:
        """Refuse ``target`` when it is one of the chain statements the balances come from (by its SHA-256): the
        file the statement cites would be lost, even with --force or the window's "replace"."""
        path = Path(target)
        cited = {f.sha256: f.name for f in self.files}
        if cited and path.is_file() and (name := cited.get(file_digest(path))):
            raise OutputRefused(translate("statement", "{target} is the chain statement {name} that this statement "
                                                       "cites by its SHA-256; it is never written over. Choose another "
                                                       "file name.").format(target=target, name=name))

    def csv_text(self) -> str:
        """One row per address, then a total row per wallet and one for the statement; text cells through
        csv_safe (a spreadsheet shows them as text, never runs them); amounts with 8 decimals, exactly."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        day = self.date.isoformat()

        def amount(sat: int) -> str:  # a number, not text: not through text_cell (its "-" is a sign)
            return btc_text(sat, False)

        for w in self.wallets:
            for a in w.addresses:
                writer.writerow([day, "address", text_cell(w.name), a.address, a.path or "", amount(a.balance_sat),
                                 "", "", "yes" if a.proven else "no", text_cell("; ".join(a.flags))])
            if w.unattributed_sat:
                writer.writerow([day, "not by address", text_cell(w.name), "", "", amount(w.unattributed_sat), "", "",
                                 "", text_cell(UNATTRIBUTED)])
            writer.writerow([day, "wallet total", text_cell(w.name), "", "", amount(w.chain_sat), amount(w.ledger_sat),
                             amount(w.difference_sat), *row_cells([w.proven, ""])])
        writer.writerow([day, "total", "", "", "", amount(self.chain_sat), amount(self.ledger_sat),
                         amount(self.difference_sat), *row_cells([sum(w.proven for w in self.wallets), ""])])
        return out.getvalue()


def build(ws, date: dt.date, generated_at: dt.datetime | None = None) -> Statement:
    """The statement at the end of ``date`` (UTC) from the workspace service ``ws``."""
    recon = ws.reconcile(date)
    flags = {f.address: f for f in ws.custody_flags(date).addresses}
    balances = ws.address_balances(date)
    verified = {p.address: p for p in ws.verified_proofs()}
    by_wallet: dict[str, list[AddressLine]] = {}
    for r in ws.registered_addresses():
        f = flags[r.address]
        by_wallet.setdefault(r.wallet, []).append(AddressLine(r.wallet, r.address, r.path, balances.get(r.address, 0),
                                                              r.address in verified, f.over_cap, f.receipts, f.exposure))
    wallets = {w.name: w for w in ws.wallets}
    public = {n for n, w in wallets.items() if w.public_sector}
    lines, left_out = [], []
    for row in recon.wallets:
        listed = by_wallet.get(row.name, [])
        if not (listed or row.ledger_sat or row.chain_sat):
            continue
        if row.name not in public:
            left_out.append(row.name)
            continue
        w = wallets[row.name]
        lines.append(WalletLine(row.name, w.kind, w.custodian, tuple(listed), row.chain_sat, row.ledger_sat))
    names = {w.name for w in lines}
    entries, head = ws.store.audit_head()
    files = tuple(ws.chain_files())
    blocks = [tx.block_date for tx in ws.chain_transactions() if tx.confirmed]
    generated_at = generated_at or dt.datetime.now(dt.UTC)
    return Statement(
        date=date, workspace=ws.name, country=ws.country, network=ws.store.network(),
        generated_at=generated_at.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        cap_btc=ws.address_cap_btc, wallets=tuple(lines),
        proofs=tuple(ProofLine(a.address, a.wallet, verified[a.address].message, verified[a.address].checked_at)
                     for w in lines for a in w.addresses if a.proven),
        files=files, audit_entries=entries, audit_hash=head,
        unconfirmed_sat=sum(u.delta_sat for u in recon.unconfirmed if u.wallet in names),
        unmatched_chain=sum(m.wallet in names for m in recon.unmatched_chain),
        unmatched_ledger=sum(e.wallet in names or e.to_wallet in names for e in recon.unmatched_ledger),
        left_out=tuple(left_out), newest_block=max(blocks, default=None),
        newest_import=max((dt.date.fromisoformat(f.imported_at[:10]) for f in files), default=None))
