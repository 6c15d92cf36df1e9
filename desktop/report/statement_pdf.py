"""The statement of public-sector bitcoin addresses and balances as a PDF, in the look of the PDF summary
(report/pdf.py: its HTML builder, page frame and checks): a cover with the totals, the balances by wallet, every
address by wallet, the signed messages, the chain statements with their SHA-256, the audit log's head (signed in a
checkpoint kept beside the backups, as the summary's is), how the figures are made, and a block for two officials
to sign.

Runs on any thread (see report/pdf.py).
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable

from .. import __version__
from ..core.custody.proofs import BIP322_REFUSED
from ..core.custody.statement import UNATTRIBUTED, Statement, WalletLine, btc_text
from ..core.errors import InvalidInput
from ..core.io.output_target import check_target
from ..core.summary import Paragraph, Report, audit_head, esc
from .pdf import HEADING, Html, write_document

NETWORKS = {"main": "Bitcoin mainnet", "test": "Bitcoin testnet"}
MAX_MARKING_CHARS = 100
Cell = str | tuple[str, str]  # text, or text with a second, smaller line (a path, a digest, a wallet)


def statement_report(ws, statement: Statement, marking: str = "") -> Report:
    """The page frame's model (title, marking, "Generated", the checkpoint to keep): the audit log's head signed now,
    or said not to be when the workspace has changed since the statement was read."""
    if len(marking) > MAX_MARKING_CHARS:
        raise InvalidInput(f"marking: at most {MAX_MARKING_CHARS} characters")
    signed, rows = audit_head(ws)
    if signed is not None and (signed.entries, signed.head_hash) != (statement.audit_entries, statement.audit_hash):
        signed, rows = None, (("Checkpoint", "not signed: the workspace changed while the statement was made; "
                                             "make it again"),)
    return Report(statement.title, marking, (("Generated", statement.generated_at),) + tuple(
        (k, v) for k, v in rows if k == "Checkpoint"), (), signed)


def render_statement_pdf(statement: Statement, report: Report, path: str | os.PathLike, paper: str = "a4",
                         workspace: str | os.PathLike | None = None,
                         progress: Callable[[float], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> int:
    """Write the PDF as the summary is written (report/pdf.py ``write_document``: never over ``workspace``'s own
    files, nor over a chain statement it cites) and keep the report's checkpoint; returns the number of pages."""
    check_target(path, workspace)
    statement.check_output(path)

    def compose(w: Html) -> None:
        _compose(w, statement, report)
        if progress:
            progress(0.3)

    return write_document(report, path, paper, workspace, compose, progress, cancelled, painted_from=0.5)


def _compose(w: Html, s: Statement, report: Report) -> None:
    where = ", ".join(x for x in (s.workspace, s.country) if x)
    w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #5a5a5a; margin-top: 24px'>Reserve Desk</p>"
                   f"<p style='font-size: 19pt; font-weight: bold; color: {HEADING.name()}'>Statement of public-sector "
                   f"bitcoin addresses and balances as of {s.date.isoformat()}</p>"
                   f"<p style='font-size: 11pt'>{esc(where)}: balances confirmed on the chain by the end of "
                   f"{s.date.isoformat()} (23:59:59 UTC)</p>")
    if report.marking:
        w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #b00020; margin-top: 12px'>"
                       f"{esc(report.marking)}</p>")
    addresses = s.addresses
    proven = sum(a.proven for a in addresses)
    unregistered = [x for x in s.wallets if not x.compared]
    head = f"{s.audit_entries:,} entries; entry {s.audit_entries:,} has hash"
    rows: list[tuple[Cell, ...]] = [("Public-sector wallets", f"{len(s.wallets):,}"), ("Addresses", f"{len(addresses):,}"),
            ("Proven by a signed message", f"{proven:,} of {len(addresses):,}"),
            ("Balance on the chain", f"{btc_text(s.chain_sat)} BTC"),
            ("Balance by the ledger", f"{btc_text(s.ledger_sat)} BTC"),
            ("Difference (ledger less chain)", f"{btc_text(s.difference_sat)} BTC" + (
                f"; {btc_text(sum(x.ledger_sat for x in unregistered))} BTC of it in {len(unregistered):,} "
                f"wallet{'s' * (len(unregistered) != 1)} with no registered address (not compared)"
                if unregistered else ""))]
    if s.unconfirmed_sat:
        rows.append(("Unconfirmed, not in any balance", f"{btc_text(s.unconfirmed_sat)} BTC"))
    rows += [("Addresses over the cap", f"{sum(a.over_cap for a in addresses):,} (cap {s.cap_btc:g} BTC per address)"),
             ("Addresses reused", f"{sum(a.receipts > 1 for a in addresses):,}"),
             ("Addresses with the public key exposed", f"{sum(a.exposure is not None for a in addresses):,}"),
             ("Chain statements", f"{len(s.files):,} files (SHA-256 in 'Chain statements')"
              + (f"; newest block {s.newest_block.isoformat()}, newest imported {s.newest_import.isoformat()}"
                 if s.newest_block and s.newest_import else "")),
             ("Audit log", (head, s.audit_hash)),
             ("Network", NETWORKS.get(s.network, s.network)), ("Generated", f"{s.generated_at} (UTC)"),
             ("Application", f"Reserve Desk {__version__}")]
    _grid(w, ("Item", "Value"), rows, (34, 66), size="8.5pt")
    if s.stale:  # in red, as the marking: the figures may be incomplete
        w.parts.append("<p style='font-size: 9.5pt; color: #b00020; margin-top: 5px'>" + (
            "<b>No chain statement has been imported: every balance on the chain is zero.</b>" if not s.files else
            f"<b>The chain statements were imported on {s.newest_import.isoformat()}, not after the date of this "
            "statement: what moved after they were saved is not in it.</b> Save the addresses' statements after the "
            f"end of {s.date.isoformat()} (UTC) and import them before making the statement to send.") + "</p>")
    if s.left_out:
        w.paragraph(Paragraph(f"Wallets outside the public sector, not in this statement: {esc(', '.join(s.left_out))}.",
                              note=True))

    w.heading("Balances by wallet")
    table: list[tuple[Cell, ...]] = [(x.name, x.kind, f"{len(x.addresses):,}", f"{x.proven:,}",
                                      btc_text(x.chain_sat) if x.compared else "not registered",
                                      btc_text(x.ledger_sat), btc_text(x.difference_sat) if x.compared else
                                      "not compared") for x in s.wallets]
    table.append(("Total", "", f"{len(addresses):,}", f"{proven:,}", btc_text(s.chain_sat), btc_text(s.ledger_sat),
                  btc_text(s.difference_sat)))
    _grid(w, ("Wallet", "Kind", "Addresses", "Proven", "Chain (BTC)", "Ledger (BTC)", "Difference (BTC)"), table,
          (18, 6, 11, 8, 19, 19, 19), frozenset(range(2, 7)), size="8pt", last_bold=True)
    w.paragraph(Paragraph(
        "Chain: the sum of the wallet's confirmed movements in the chain statements by the end of the date (UTC). "
        "Ledger: the wallet's balance in the workspace's ledger on the date. Difference: ledger less chain"
        + (f"; {s.unmatched_chain:,} movements on the chain have no ledger entry and {s.unmatched_ledger:,} ledger "
           "entries have no movement on the chain: the reconciliation lists them (Holdings > Custody in "
           "the window; 'reserve-desk reconcile')"
           if s.unmatched_chain or s.unmatched_ledger else "") + ".", note=True))

    for x in s.wallets:
        if x.compared:
            w.heading(f"Addresses of {x.name}")
            _addresses(w, x)
    if unregistered:
        w.heading("Wallets with no registered address")
        w.paragraph(Paragraph("No address is registered to these wallets: their ledger balances are not shown on "
                              "the chain by this statement. Register their addresses or descriptors (Holdings > "
                              "Custody; 'reserve-desk addresses add') and import their chain statements."))
        _grid(w, ("Wallet", "Kind", "Custodian", "Ledger (BTC)"),
              [(x.name, x.kind, x.custodian or "", btc_text(x.ledger_sat)) for x in unregistered]
              + [("Total", "", "", btc_text(sum(x.ledger_sat for x in unregistered)))],
              (34, 10, 36, 20), frozenset({3}), last_bold=True)

    if s.proofs:
        w.heading("Signed messages")
        _grid(w, ("Address and its wallet", "Message signed", "Imported and verified"),
              [((p.address, p.wallet), p.message, p.checked_at.replace("T", " ").replace("+00:00", " UTC"))
               for p in s.proofs], (50, 32, 18))
        w.paragraph(Paragraph("Each signature was verified when imported and again for this statement.", note=True))

    w.heading("Chain statements")
    if s.files:
        _grid(w, ("File and its SHA-256", "Format", "Transactions", "Imported"),
              [((f.name, f.sha256), f.format, f"{f.transactions:,}", f.imported_at[:10]) for f in s.files],
              (62, 10, 14, 14), frozenset({2}))
    else:
        w.paragraph(Paragraph("No chain statement has been imported: every balance on the chain is zero."))

    w.heading("Workspace and audit log")
    _grid(w, ("Item", "Value"), [("Workspace", s.workspace), ("Audit log", (head, s.audit_hash))]
          + [r for r in report.cover if r[0] == "Checkpoint"], (18, 82), size="8.5pt")
    w.paragraph(Paragraph("The audit log's last entry and hash, signed in a checkpoint, anchor the workspace's history "
                          "outside the file: 'reserve-desk audit verify --head N:HASH' with the figures above proves "
                          "the log still holds that entry, so the figures of this statement can be traced to it.",
                          note=True))

    w.heading("How the figures are made")
    for text in _method(s):
        w.paragraph(Paragraph(text, note=True))

    w.heading("Certification")
    _signatures(w, s)


def _grid(w: Html, head: tuple[str, ...], rows: list[tuple[Cell, ...]], widths: tuple[int, ...],
          right: frozenset[int] = frozenset(), size: str = "8pt", last_bold: bool = False) -> None:
    """A table with fixed column widths (percent): an address or a SHA-256 digest stays on one line, where it can be
    read, searched and copied whole. Every cell is escaped; the header row repeats on each page (<thead>)."""
    def cell(value: Cell, i: int, bold: bool) -> str:
        text, sub = value if isinstance(value, tuple) else (value, "")
        text = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
        sub = f"<br><span style='color: #333333; font-size: 7.5pt'>{html.escape(sub)}</span>" if sub else ""
        return f"<td width='{widths[i]}%' align='{'right' if i in right else 'left'}'>{text}{sub}</td>"

    top = "".join(f"<th bgcolor='#e8eef5' width='{widths[i]}%' align='{'right' if i in right else 'left'}'>"
                  f"{html.escape(h)}</th>" for i, h in enumerate(head))
    body = "".join("<tr>" + "".join(cell(v, i, last_bold and n == len(rows) - 1) for i, v in enumerate(row)) + "</tr>"
                   for n, row in enumerate(rows))
    w.parts.append(f"<table width='100%' border='0.5' cellspacing='0' cellpadding='3' style='border-color: #b0b0b0; "
                   f"font-size: {size}; border-style: solid'><thead><tr>{top}</tr></thead><tbody>{body}</tbody></table>")


def _addresses(w: Html, x: WalletLine) -> None:
    custodian = f", custodian {x.custodian}" if x.custodian else ""
    if not x.addresses:
        w.paragraph(Paragraph(f"{esc(x.kind.capitalize() + ' wallet' + custodian)}. <b>No address is registered to "
                              f"this wallet</b>: its ledger balance of {btc_text(x.ledger_sat)} BTC is not shown on the "
                              "chain by this statement"
                              + (f" (the chain shows {btc_text(x.chain_sat)} BTC by a Bitcoin Core wallet's statement)"
                                 if x.chain_sat else "") + "."))
        return
    w.parts.append(f"<p style='font-size: 8.5pt; margin-top: 4px'>{html.escape(x.kind.capitalize() + ' wallet' + custodian)}"
                   f"; {len(x.addresses):,} registered addresses.</p>")
    rows: list[tuple[Cell, ...]] = [(f"{i:,}", (a.address, a.path or ""), btc_text(a.balance_sat),
                                     "yes" if a.proven else "no", ", ".join(_short_flags(a)))
                                    for i, a in enumerate(x.addresses, 1)]
    if x.unattributed_sat:
        rows.append(("", UNATTRIBUTED.capitalize(), btc_text(x.unattributed_sat), "", ""))
    rows.append(("", f"Total of {x.name}", btc_text(x.chain_sat), f"{x.proven:,} of {len(x.addresses):,}", ""))
    # the address column keeps a Taproot or P2WSH address (62 characters) on one line; the total is not in bold,
    # which would wrap a balance of thousands of BTC in its column
    _grid(w, ("#", "Address and derivation path", "Balance (BTC)", "Proven", "Flags"), rows, (5, 64, 14, 8, 9),
          frozenset({0, 2}))


def _short_flags(a) -> list[str]:
    """The flags in a word each, for the narrow column (the CSV and the method section say them in full)."""
    return [word for word, on in (("over cap", a.over_cap), (f"reused ×{a.receipts}", a.receipts > 1),
                                  ("exposed", a.exposure is not None)) if on]


def _method(s: Statement) -> list[str]:
    return [
        "<b>Addresses.</b> Every address registered to a public-sector wallet of the workspace: single addresses and "
        "the addresses derived from the wallets' output descriptors, with their derivation paths. Each was checked "
        "(checksum, network) when registered.",
        f"<b>Balances.</b> An address's balance is what the chain statements listed below show paid to it less what "
        f"was spent from it, counting transactions confirmed in a block timed by the end of {s.date.isoformat()} "
        "(UTC); unconfirmed transactions are kept apart and never counted. A transaction that several statements "
        "show counts once.",
        "<b>Proven.</b> 'yes' when a message signed with the address's key (the 'Bitcoin Signed Message' format of "
        "Bitcoin Core's signmessage, and its P2SH-P2WPKH and P2WPKH forms of BIP-137 and Electrum) was imported and "
        "verifies: the public key is recovered from the signature with libsecp256k1 and must give the address. It "
        "proves that whoever signed held the key when signing; the message should name the date. Such signatures "
        f"exist for single-key addresses only; {BIP322_REFUSED}, so taproot and multisig addresses show 'no'.",
        f"<b>Flags.</b> Over the cap: the balance is above {s.cap_btc:g} BTC per address (El Salvador's National Bitcoin "
        "Office split its holdings into addresses of at most 500 BTC each in August 2025, citing exposed public keys). "
        "Reused ×n: n transactions paid to the address. Exposed: its public key is known, because coins were spent "
        "from the address (the spend reveals it) or because it is a taproot address, whose output key is the public "
        "key. The CSV says which.",
        "<b>Source.</b> IMF, El Salvador: Request for an Extended Arrangement under the EFF, staff report and its "
        "Technical Memorandum of Understanding, March 2025: the authorities give IMF staff, at set dates, a signed "
        "statement of every public-sector hot and cold address and its bitcoin balance (the public sector as in the "
        "IMF's Government Finance Statistics Manual 2014).",
    ]


def _signatures(w: Html, s: Statement) -> None:
    w.paragraph(Paragraph(
        "The undersigned certify that this statement lists every bitcoin address held by the public-sector wallets "
        f"named in it, and that the balances as of {s.date.isoformat()} are those shown by the chain statements listed."))
    line = "_" * 34
    cell = ("<td width='50%' style='padding-right: 18px'>"
            + "".join(f"<p style='margin-top: 16px'>{label}: {line}</p>" for label in ("Name", "Title", "Date"))
            + f"<p style='margin-top: 30px'>{line}{'_' * 8}</p><p style='font-size: 8pt'>Signature</p></td>")
    w.parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' style='font-size: 9.5pt; margin-top: 10px'>"
                   f"<tr>{cell}{cell}</tr></table>")
