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
from ..core import fmt
from ..core.custody.proofs import BIP322_REFUSED
from ..core.custody.statement import UNATTRIBUTED, Statement, WalletLine, btc_text
from ..core.errors import InvalidInput
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.output_target import check_target
from ..core.summary import Paragraph, Report, audit_head, esc, kind_text
from .pdf import HEADING, Html, write_document

NETWORKS = {"main": QT_TRANSLATE_NOOP("report", "Bitcoin mainnet"), "test": QT_TRANSLATE_NOOP("report", "Bitcoin testnet")}
WALLET_KINDS = {"cold": QT_TRANSLATE_NOOP("report", "Cold wallet"), "hot": QT_TRANSLATE_NOOP("report", "Hot wallet"),
                "multisig": QT_TRANSLATE_NOOP("report", "Multisig wallet"),
                "exchange": QT_TRANSLATE_NOOP("report", "Exchange wallet"),
                "custodial": QT_TRANSLATE_NOOP("report", "Custodial wallet")}  # a wallet's kind, as a sentence begins
MAX_MARKING_CHARS = 100
Cell = str | tuple[str, str]  # text, or text with a second, smaller line (a path, a digest, a wallet)


def statement_report(ws, statement: Statement, marking: str = "") -> Report:
    """The page frame's model (title, marking, "Generated", the checkpoint to keep): the audit log's head signed now,
    or said not to be when the workspace has changed since the statement was read."""
    if len(marking) > MAX_MARKING_CHARS:
        raise InvalidInput(f"marking: at most {MAX_MARKING_CHARS} characters")
    signed, rows = audit_head(ws)
    checkpoint_row = rows[-1]  # audit_head's last row is the checkpoint's
    if signed is not None and (signed.entries, signed.head_hash) != (statement.audit_entries, statement.audit_hash):
        signed, checkpoint_row = None, (translate("report", "Checkpoint"), translate(
            "report", "not signed: the workspace changed while the statement was made; make it again"))
    return Report(title_text(statement), marking, ((translate("report", "Generated"), statement.generated_at), checkpoint_row),
                  (), signed, generated=statement.generated_at)


def title_text(s: Statement) -> str:
    """The statement's title in the reader's language (its JSON keeps the English ``Statement.title``)."""
    return translate("report", "Statement of public-sector bitcoin addresses and balances as of {date}").format(
        date=s.date.isoformat())


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
    date = s.date.isoformat()
    w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #5a5a5a; margin-top: 24px'>Reserve Desk</p>"
                   f"<p style='font-size: 19pt; font-weight: bold; color: {HEADING.name()}'>{esc(title_text(s))}</p>"
                   f"<p style='font-size: 11pt'>{esc(where)}: "
                   + esc(translate("report", "balances confirmed on the chain by the end of {date} (23:59:59 UTC)").format(date=date))
                   + "</p>")
    if report.marking:
        w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #b00020; margin-top: 12px'>"
                       f"{esc(report.marking)}</p>")
    addresses = s.addresses
    proven = sum(a.proven for a in addresses)
    unregistered = [x for x in s.wallets if not x.compared]
    head = translate("report", "{entries} entries; entry {entry} has hash").format(
        entries=fmt.number(s.audit_entries), entry=fmt.number(s.audit_entries))
    of = translate("report", "{part} of {whole}")
    rows: list[tuple[Cell, ...]] = [
        (translate("report", "Public-sector wallets"), fmt.number(len(s.wallets))),
        (translate("report", "Addresses"), fmt.number(len(addresses))),
        (translate("report", "Proven by a signed message"), of.format(part=fmt.number(proven), whole=fmt.number(len(addresses)))),
        (translate("report", "Balance on the chain"), f"{btc_text(s.chain_sat)} BTC"),
        (translate("report", "Balance by the ledger"), f"{btc_text(s.ledger_sat)} BTC"),
        (translate("report", "Difference (ledger less chain)"), f"{btc_text(s.difference_sat)} BTC" + (
            "; " + (translate("report", "{btc} BTC of it in 1 wallet with no registered address (not compared)")
                    if len(unregistered) == 1 else
                    translate("report", "{btc} BTC of it in {wallets} wallets with no registered address (not compared)")
                    ).format(btc=btc_text(sum(x.ledger_sat for x in unregistered)), wallets=fmt.number(len(unregistered)))
            if unregistered else ""))]
    if s.unconfirmed_sat:
        rows.append((translate("report", "Unconfirmed, not in any balance"), f"{btc_text(s.unconfirmed_sat)} BTC"))
    rows += [(translate("report", "Addresses over the cap"), translate("report", "{n} (cap {cap} BTC per address)").format(
                 n=fmt.number(sum(a.over_cap for a in addresses)), cap=f"{s.cap_btc:g}")),
             (translate("report", "Addresses reused"), fmt.number(sum(a.receipts > 1 for a in addresses))),
             (translate("report", "Addresses with the public key exposed"),
              fmt.number(sum(a.exposure is not None for a in addresses))),
             (translate("report", "Chain statements"),
              translate("report", "{n} files (SHA-256 in 'Chain statements')").format(n=fmt.number(len(s.files)))
              + ("; " + translate("report", "newest block {block}, newest imported {imported}").format(
                  block=s.newest_block.isoformat(), imported=s.newest_import.isoformat())
                 if s.newest_block and s.newest_import else "")),
             (translate("report", "Audit log"), (head, s.audit_hash)),
             (translate("report", "Network"), translate("report", NETWORKS[s.network]) if s.network in NETWORKS else s.network),
             (translate("report", "Generated"), f"{s.generated_at} (UTC)"),
             (translate("report", "Application"), f"Reserve Desk {__version__}")]
    item_value = (translate("report", "Item"), translate("report", "Value"))
    _grid(w, item_value, rows, (34, 66), size="8.5pt")
    if s.stale:  # in red, as the marking: the figures may be incomplete
        w.parts.append("<p style='font-size: 9.5pt; color: #b00020; margin-top: 5px'>" + (
            "<b>" + esc(no_statement_text()) + "</b>" if not s.files else
            "<b>" + esc(translate("report", "The chain statements were imported on {imported}, not after the date of this "
                                  "statement: what moved after they were saved is not in it.").format(
                imported=s.newest_import.isoformat())) + "</b> "
            + esc(translate("report", "Save the addresses' statements after the end of {date} (UTC) and import them before "
                            "making the statement to send.").format(date=date))) + "</p>")
    if s.left_out:
        w.paragraph(Paragraph(esc(translate("report", "Wallets outside the public sector, not in this statement: {wallets}.").format(
            wallets=", ".join(s.left_out))), note=True))

    w.heading(translate("report", "Balances by wallet"))
    table: list[tuple[Cell, ...]] = [(x.name, kind_text(x.kind), fmt.number(len(x.addresses)), fmt.number(x.proven),
                                      btc_text(x.chain_sat) if x.compared else translate("report", "not registered"),
                                      btc_text(x.ledger_sat), btc_text(x.difference_sat) if x.compared else
                                      translate("report", "not compared")) for x in s.wallets]
    total = translate("report", "Total")
    table.append((total, "", fmt.number(len(addresses)), fmt.number(proven), btc_text(s.chain_sat), btc_text(s.ledger_sat),
                  btc_text(s.difference_sat)))
    wallet, kind, ledger = translate("report", "Wallet"), translate("report", "Kind"), translate("report", "Ledger (BTC)")
    _grid(w, (wallet, kind, translate("report", "Addresses"), translate("report", "Proven"), translate("report", "Chain (BTC)"),
              ledger, translate("report", "Difference (BTC)")), table,
          (18, 9, 12, 10, 17, 17, 17), frozenset(range(2, 7)), size="8pt", last_bold=True)  # 'Direcciones' fits
    w.paragraph(Paragraph(esc(
        translate("report", "Chain: the sum of the wallet's confirmed movements in the chain statements by the end of the date "
                  "(UTC). Ledger: the wallet's balance in the workspace's ledger on the date. Difference: ledger less chain")
        + ("; " + translate("report", "{chain} movements on the chain have no ledger entry and {ledger} ledger entries have no "
                            "movement on the chain: the reconciliation lists them (Holdings > Custody in the window; "
                            "'reserve-desk reconcile')").format(chain=fmt.number(s.unmatched_chain),
                                                                ledger=fmt.number(s.unmatched_ledger))
           if s.unmatched_chain or s.unmatched_ledger else "") + "."), note=True))

    for x in s.wallets:
        if x.compared:
            w.heading(translate("report", "Addresses of {wallet}").format(wallet=x.name))
            _addresses(w, x)
    if unregistered:
        w.heading(translate("report", "Wallets with no registered address"))
        w.paragraph(Paragraph(esc(translate("report", "No address is registered to these wallets: their ledger balances are not "
                                            "shown on the chain by this statement. Register their addresses or descriptors "
                                            "(Holdings > Custody; 'reserve-desk addresses add') and import their chain "
                                            "statements."))))
        _grid(w, (wallet, kind, translate("report", "Custodian"), ledger),
              [(x.name, kind_text(x.kind), x.custodian or "", btc_text(x.ledger_sat)) for x in unregistered]
              + [(total, "", "", btc_text(sum(x.ledger_sat for x in unregistered)))],
              (34, 10, 36, 20), frozenset({3}), last_bold=True)

    if s.proofs:
        w.heading(translate("report", "Signed messages"))
        _grid(w, (translate("report", "Address and its wallet"), translate("report", "Message signed"),
                  translate("report", "Imported and verified")),
              [((p.address, p.wallet), p.message, p.checked_at.replace("T", " ").replace("+00:00", " UTC"))
               for p in s.proofs], (50, 32, 18))
        w.paragraph(Paragraph(esc(translate("report", "Each signature was verified when imported and again for this statement.")),
                              note=True))

    w.heading(translate("report", "Chain statements"))
    if s.files:
        _grid(w, (translate("report", "File and its SHA-256"), translate("report", "Format"), translate("report", "Transactions"),
                  translate("report", "Imported")),
              [((f.name, f.sha256), f.format, fmt.number(f.transactions), f.imported_at[:10]) for f in s.files],
              (62, 10, 14, 14), frozenset({2}))
    else:
        w.paragraph(Paragraph(esc(no_statement_text())))

    w.heading(translate("report", "Workspace and audit log"))
    _grid(w, item_value, [(translate("report", "Workspace"), s.workspace), (translate("report", "Audit log"), (head, s.audit_hash)),
                          report.cover[-1]], (18, 82), size="8.5pt")  # the cover's last row: the checkpoint
    w.paragraph(Paragraph(esc(translate("report", "The audit log's last entry and hash, signed in a checkpoint, anchor the "
                                        "workspace's history outside the file: 'reserve-desk audit verify --head N:HASH' "
                                        "with the figures above proves the log still holds that entry, so the figures of "
                                        "this statement can be traced to it.")), note=True))

    w.heading(translate("report", "How the figures are made"))
    for text in _method(s):
        w.paragraph(Paragraph(text, note=True))

    w.heading(translate("report", "Certification"))
    _signatures(w, s)


def no_statement_text() -> str:  # said twice: in the cover's warning and in the chain statements' section
    return translate("report", "No chain statement has been imported: every balance on the chain is zero.")


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
    wallet = translate("report", WALLET_KINDS[x.kind]) if x.kind in WALLET_KINDS else \
        translate("report", "{kind} wallet").format(kind=x.kind.capitalize())
    if x.custodian:
        wallet = translate("report", "{wallet}, custodian {custodian}").format(wallet=wallet, custodian=x.custodian)
    if not x.addresses:
        w.paragraph(Paragraph(f"{esc(wallet)}. " + translate(
            "report", "<b>No address is registered to this wallet</b>: its ledger balance of {btc} BTC is not shown on the "
            "chain by this statement").format(btc=btc_text(x.ledger_sat))
            + (" " + translate("report", "(the chain shows {btc} BTC by a Bitcoin Core wallet's statement)").format(
                btc=btc_text(x.chain_sat)) if x.chain_sat else "") + "."))
        return
    registered = (translate("report", "1 registered address") if len(x.addresses) == 1 else
                  translate("report", "{n} registered addresses").format(n=fmt.number(len(x.addresses))))
    w.parts.append(f"<p style='font-size: 8.5pt; margin-top: 4px'>{html.escape(wallet)}; {html.escape(registered)}.</p>")
    yes, no = translate("report", "yes"), translate("report", "no")
    rows: list[tuple[Cell, ...]] = [(fmt.number(i), (a.address, a.path or ""), btc_text(a.balance_sat),
                                     yes if a.proven else no, ", ".join(_short_flags(a)))
                                    for i, a in enumerate(x.addresses, 1)]
    if x.unattributed_sat:
        unattributed = translate("statement", UNATTRIBUTED)
        rows.append(("", unattributed[:1].upper() + unattributed[1:], btc_text(x.unattributed_sat), "", ""))
    rows.append(("", translate("report", "Total of {wallet}").format(wallet=x.name), btc_text(x.chain_sat),
                 translate("report", "{part} of {whole}").format(part=fmt.number(x.proven), whole=fmt.number(len(x.addresses))),
                 ""))
    # the address column keeps a Taproot or P2WSH address (62 characters) on one line; the total is not in bold,
    # which would wrap a balance of thousands of BTC in its column
    _grid(w, ("#", translate("report", "Address and derivation path"), translate("report", "Balance (BTC)"),
              translate("report", "Proven", "an address: yes or no"), translate("report", "Flags")), rows, (4, 64, 14, 9, 9),
          frozenset({0, 2}))


def _short_flags(a) -> list[str]:
    """The flags in a word each, for the narrow column (the CSV and the method section say them in full)."""
    return [word for word, on in ((translate("report", "over cap"), a.over_cap),
                                  (translate("report", "reused ×{n}").format(n=a.receipts), a.receipts > 1),
                                  (translate("report", "exposed"), a.exposure is not None)) if on]


def _method(s: Statement) -> list[str]:
    return [
        translate("report", "<b>Addresses.</b> Every address registered to a public-sector wallet of the workspace: single "
                  "addresses and the addresses derived from the wallets' output descriptors, with their derivation paths. "
                  "Each was checked (checksum, network) when registered."),
        translate("report", "<b>Balances.</b> An address's balance is what the chain statements listed below show paid to it "
                  "less what was spent from it, counting transactions confirmed in a block timed by the end of {date} (UTC); "
                  "unconfirmed transactions are kept apart and never counted. A transaction that several statements show "
                  "counts once.").format(date=s.date.isoformat()),
        translate("report", "<b>Proven.</b> 'yes' when a message signed with the address's key (the 'Bitcoin Signed Message' "
                  "format of Bitcoin Core's signmessage, and its P2SH-P2WPKH and P2WPKH forms of BIP-137 and Electrum) was "
                  "imported and verifies: the public key is recovered from the signature with libsecp256k1 and must give the "
                  "address. It proves that whoever signed held the key when signing; the message should name the date. Such "
                  "signatures exist for single-key addresses only; {bip322}, so taproot and multisig addresses show "
                  "'no'.").format(bip322=esc(translate("proofs", BIP322_REFUSED))),
        translate("report", "<b>Flags.</b> Over the cap: the balance is above {cap} BTC per address (El Salvador's National "
                  "Bitcoin Office split its holdings into addresses of at most 500 BTC each in August 2025, citing exposed "
                  "public keys). Reused ×n: n transactions paid to the address. Exposed: its public key is known, because "
                  "coins were spent from the address (the spend reveals it) or because it is a taproot address, whose output "
                  "key is the public key. The CSV says which.").format(cap=f"{s.cap_btc:g}"),
        translate("report", "<b>Source.</b> IMF, El Salvador: Request for an Extended Arrangement under the EFF, staff report "
                  "and its Technical Memorandum of Understanding, March 2025: the authorities give IMF staff, at set dates, a "
                  "signed statement of every public-sector hot and cold address and its bitcoin balance (the public sector as "
                  "in the IMF's Government Finance Statistics Manual 2014)."),
    ]


def _signatures(w: Html, s: Statement) -> None:
    w.paragraph(Paragraph(translate(
        "report", "The undersigned certify that this statement lists every bitcoin address held by the public-sector wallets "
        "named in it, and that the balances as of {date} are those shown by the chain statements listed.").format(
            date=s.date.isoformat())))
    line = "_" * 34
    labels = (translate("report", "Name"),
              #: a signatory's position (job title), between Name and Date
              translate("report", "Title"),
              translate("report", "Date"))
    signature = translate("report", "Signature")
    cell = ("<td width='50%' style='padding-right: 18px'>"
            + "".join(f"<p style='margin-top: 16px'>{esc(label)}: {line}</p>" for label in labels)
            + f"<p style='margin-top: 30px'>{line}{'_' * 8}</p><p style='font-size: 8pt'>{esc(signature)}</p></td>")
    w.parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' style='font-size: 9.5pt; margin-top: 10px'>"
                   f"<tr>{cell}{cell}</tr></table>")
