"""Custody, a page of Holdings: the address register of the wallets, the chain statements brought over from a
connected machine, each address's flags, the reconciliation of the ledger with the chain, and the statement.

Everything shown is read in a worker with its own connection (a register of 20,000 addresses and 100,000 chain
transactions takes seconds), for the date of the page's own field, which follows the window's date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fmt
from ...core.custody.chain import ChainFile, btc
from ...core.custody.flags import AddressFlags, CustodyFlags
from ...core.custody.reconcile import Proposal, Reconciliation, WalletReconciliation
from ...core.errors import Cancelled, error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import InputError
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from ..table_model import Column, RecordTableModel
from ..widgets import button, column, note_label, record_table, splitter
from ..worker import Task
from .base import Tab

# what the page shows besides the ledger's own tables (wallets, transactions, metadata: HOLDINGS_TABLES)
CUSTODY_TABLES = frozenset({"addresses", "descriptors", "chain_files", "chain_transactions", "chain_views",
                            "address_proofs"})
CHAIN_TABLES = ("chain_files", "chain_transactions", "chain_views")  # parents first: an undo deletes in reverse
# what an import of chain statements writes: a descriptor's gap limit may derive more addresses
IMPORT_TABLES = frozenset({*CHAIN_TABLES, "descriptors", "addresses"})


@dataclass(frozen=True)
class RegisterRow:
    wallet: str
    address: str
    path: str | None
    descriptor: str | None
    flags: AddressFlags


@dataclass(frozen=True)
class CustodyView:
    """What the page shows, read in one go for one date."""

    date: dt.date
    rows: list[RegisterRow]
    flags: CustodyFlags
    reconciliation: Reconciliation
    files: list[ChainFile]
    transactions: int
    unconfirmed: int


def read_custody(ws: Workspace, date: dt.date, progress=lambda f: None, cancelled=lambda: False) -> CustodyView:
    """The register, its flags, the reconciliation and the chain data as of ``date`` (the worker's work; any
    thread, its own workspace)."""

    def step(fraction: float) -> None:
        if cancelled():
            raise Cancelled
        progress(fraction)

    registered = ws.registered_addresses()
    step(0.1)
    txs = ws.chain_transactions()
    step(0.4)
    flags = ws.custody_flags(date)
    step(0.6)
    reconciliation = ws.reconcile(date)
    step(0.9)
    by_address = {f.address: f for f in flags.addresses}
    rows = [RegisterRow(a.wallet, a.address, a.path, a.descriptor, by_address[a.address]) for a in registered]
    return CustodyView(date, rows, flags, reconciliation, ws.chain_files(), len(txs),
                       sum(not t.confirmed for t in txs))


def compared_wallets(rec: Reconciliation) -> set[str]:
    """The wallets whose balance on the chain is known: addresses registered, or chain movements (a Bitcoin Core
    statement's spends name the wallet, not an address). Another wallet's chain balance is not zero but unknown,
    so its ledger is not compared with the chain: it would read as a difference of its whole balance."""
    names = {w.name for w in rec.wallets if w.addresses or w.chain_sat}
    names.update(m.wallet for m in rec.unmatched_chain)
    names.update(name for t in rec.internal_transfers for name in (t.movement.wallet, t.movement.to_wallet))
    names.update(q.movement.wallet for q in rec.quantity_differences)
    names.update(u.wallet for u in rec.unconfirmed)
    return names


@dataclass(frozen=True)
class CustodyCounts:
    """The Overview's custody figures at a date."""

    date: dt.date
    counts: dict[str, int]  # addresses, over_cap, reused, exposed, proven (CustodyFlags.counts)
    cap_btc: float
    differing: int  # wallets compared with the chain whose ledger and chain balances differ
    difference_sat: int  # ledger less chain, the wallets compared
    files: int  # chain statements imported
    compared: int = 0  # wallets whose chain balance is known (compared_wallets)
    not_compared: int = 0  # wallets holding coins by the ledger with no address registered


def custody_counts(ws: Workspace, date: dt.date, cancelled=lambda: False) -> CustodyCounts:
    """The custody flags' counts and whether the ledger and the chain agree at ``date`` (a worker's work)."""
    flags = ws.custody_flags(date)
    if cancelled():
        raise Cancelled
    rec = ws.reconcile(date)
    compared = compared_wallets(rec)
    rows = [w for w in rec.wallets if w.name in compared]
    return CustodyCounts(date, flags.counts, flags.cap_btc, sum(1 for w in rows if w.difference_sat),
                         sum(w.difference_sat for w in rows), len(ws.chain_files()), len(rows),
                         sum(1 for w in rec.wallets if w.name not in compared and w.ledger_sat))


def cap_text(cap_btc: float) -> str:
    """The cap with the decimals it has (500, 0.5), written by the locale (a cap is whole satoshis: 8 at most)."""
    decimals = next(d for d in range(9) if round(cap_btc, d) == round(cap_btc, 8))
    return fmt.btc(cap_btc, decimals)


def _count(n: int, one: str, many: str, **fields: str) -> str:
    """A count in its translated singular or plural text (``{n}``, and ``fields``), the number grouped by the
    locale: English keeps '1 wallet' and '1,204 wallets' (a %n text with no English translation reads
    'wallet(s)')."""
    return (one if n == 1 else many).format(n=fmt.number(n), **fields)


def _path_text(row: RegisterRow) -> str:
    return row.path or (QCoreApplication.translate("CustodyTab", "single address") if row.descriptor is None else "")


def _yes(flag: bool) -> str:
    #: a flag of an address that holds (the cell of one that does not is blank)
    return QCoreApplication.translate("CustodyTab", "yes") if flag else ""


def _btc8(value: float | None) -> str:
    return fmt.btc(value, 8)


def _exposure(flags: AddressFlags) -> str:
    return translate("flags", flags.exposure) if flags.exposure else ""


def _receipts(flags: AddressFlags) -> str:
    return _count(flags.receipts, QCoreApplication.translate("CustodyTab", "paid by {n} transaction"),
                  QCoreApplication.translate("CustodyTab", "paid by {n} transactions"))


KIND_WORDS = {  # a ledger entry's kind (stored as the code) as the tables show it
    "purchase": QT_TRANSLATE_NOOP("CustodyTab", "purchase"), "sale": QT_TRANSLATE_NOOP("CustodyTab", "sale"),
    "mining": QT_TRANSLATE_NOOP("CustodyTab", "mining"), "seizure": QT_TRANSLATE_NOOP("CustodyTab", "seizure"),
    "transfer": QT_TRANSLATE_NOOP("CustodyTab", "transfer"), "donation": QT_TRANSLATE_NOOP("CustodyTab", "donation"),
    #: a ledger entry: the network fee of a transaction
    "fee": QT_TRANSLATE_NOOP("CustodyTab", "fee"),
}


def kind_word(kind: str) -> str:
    return translate("CustodyTab", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def translated(columns: list[Column]) -> list[Column]:
    """The columns with their titles and header tips in the interface's language (marked in CustodyTab's
    context), when a table is built."""
    return [dataclasses.replace(c, title=translate("CustodyTab", c.title),
                                header_tip=c.header_tip and translate("CustodyTab", c.header_tip)) for c in columns]


REGISTER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda r: r.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Address"), lambda r: r.address, tooltip=lambda r: r.address),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Path"), _path_text,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "The derivation path: the key origin, then the branch (0 receive, "
                                                      "1 change) and the index")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Balance (BTC)"), lambda r: r.flags.balance_btc, _btc8, numeric=True,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "Confirmed by the end of the date (UTC), from the chain "
                                                      "statements imported"),
           warn=lambda r: r.flags.over_cap),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Over cap"), lambda r: r.flags.over_cap, _yes, warn=lambda r: r.flags.over_cap,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "Holds more than the workspace's cap per address (500 BTC unless "
                                                      "set: the Bitcoin Office's practice)")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Reused"), lambda r: r.flags.reused, _yes,
           tooltip=lambda r: _receipts(r.flags),
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "More than one transaction paid to it")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Key exposed"), lambda r: _exposure(r.flags),
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "Its public key is on the chain: coins were spent from it, or it "
                                                      "is a Taproot address (key path)")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Proven"), lambda r: r.flags.proven, _yes,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "A signed message proving control of it was verified")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Descriptor"), lambda r: r.descriptor or "", tooltip=lambda r: r.descriptor),
]
@dataclass(frozen=True)
class WalletRow:
    """A wallet's line of the reconciliation; ``compared`` is False when none of its addresses is registered."""

    wallet: WalletReconciliation
    compared: bool

    @property
    def differs(self) -> bool:
        return self.compared and self.wallet.difference_sat != 0


NOT_REGISTERED = QT_TRANSLATE_NOOP("CustodyTab", "No address of this wallet is registered: its balance on the chain is "
                                                "not known, so its ledger is not compared (Add address or "
                                                "descriptor… registers them)")


def _not_registered(r: WalletRow) -> str | None:
    return None if r.compared else translate("CustodyTab", NOT_REGISTERED)


RECONCILED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda r: r.wallet.name),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Addresses"), lambda r: r.wallet.addresses, fmt.number, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Ledger (BTC)"), lambda r: btc(r.wallet.ledger_sat), _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Chain (BTC)"), lambda r: btc(r.wallet.chain_sat) if r.compared else None,
           lambda v: QCoreApplication.translate("CustodyTab", "not registered") if v is None else _btc8(v),
           numeric=True, tooltip=_not_registered,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "Confirmed by the end of the date (UTC); the unconfirmed are "
                                                      "kept apart")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Difference (BTC)"),
           lambda r: btc(r.wallet.difference_sat) if r.compared else None,
           lambda v: QCoreApplication.translate("CustodyTab", "not compared") if v is None else _btc8(v),
           numeric=True, tooltip=_not_registered,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "Ledger less chain: the movements below explain it"),
           warn=lambda r: r.differs),
]


def _kind(p: Proposal) -> str:
    #: {kind} is a ledger entry's kind read from the chain's shape only (purchase, sale, mining)
    return (QCoreApplication.translate("CustodyTab", "{kind} (guess)").format(kind=kind_word(p.entry.kind))
            if p.guessed else kind_word(p.entry.kind))


PROPOSED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Date"), lambda p: p.entry.date.isoformat()),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Kind"), _kind,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "What the chain shows; a receipt's or a spend's kind is a "
                                                      "guess: the chain does not say why coins came or went")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda p: p.entry.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "To wallet"), lambda p: p.entry.to_wallet or ""),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Quantity (BTC)"), lambda p: p.entry.quantity, _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Reference"), lambda p: p.entry.reference, tooltip=lambda p: p.entry.reference,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "The entry's reference: the transaction id (a fee's: the id "
                                                      "and :fee)")),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Note"), lambda p: p.shown_note(), tooltip=lambda p: p.shown_note()),
]
LEDGER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Date"), lambda e: e.date.isoformat()),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Kind"), lambda e: kind_word(e.kind)),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda e: e.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "To wallet"), lambda e: e.to_wallet or ""),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Quantity (BTC)"), lambda e: e.quantity, _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Reference"), lambda e: e.reference or "", tooltip=lambda e: e.reference),
]
TRANSFER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Date"), lambda t: t.movement.date.isoformat()),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "From wallet"), lambda t: t.movement.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "To wallet"), lambda t: t.movement.to_wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Amount (BTC)"), lambda t: btc(t.movement.value_sat), _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Fee (BTC)"), lambda t: btc(t.movement.fee_sat), _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "In the ledger"),
           lambda t: QCoreApplication.translate("CustodyTab", "yes") if t.in_ledger
           else QCoreApplication.translate("CustodyTab", "no"), warn=lambda t: not t.in_ledger),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Transaction"), lambda t: t.movement.txid, tooltip=lambda t: t.movement.txid),
]
DIFFERENCE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Transaction"), lambda q: q.movement.txid, tooltip=lambda q: q.movement.txid),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Kind"), lambda q: kind_word(q.entry.kind)),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda q: q.entry.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Ledger (BTC)"), lambda q: q.entry.quantity, _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Chain (BTC)"), lambda q: btc(q.movement.value_sat), _btc8, numeric=True),
]
UNCONFIRMED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Wallet"), lambda u: u.wallet),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Change (BTC)"), lambda u: btc(u.delta_sat), _btc8, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Transaction"), lambda u: u.txid, tooltip=lambda u: u.txid),
]
FILE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CustodyTab", "File"), lambda f: f.name),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Format"), lambda f: f.format),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Transactions"), lambda f: f.transactions, fmt.number, numeric=True),
    Column(QT_TRANSLATE_NOOP("CustodyTab", "Imported (UTC)"),
           lambda f: f.imported_at.replace("T", " ").removesuffix("+00:00")),
    Column("SHA-256", lambda f: f.sha256, tooltip=lambda f: f.sha256,
           header_tip=QT_TRANSLATE_NOOP("CustodyTab", "The file's fingerprint, printed in the statement")),
]


FLAG_FILTERS = {  # the register's "Show" choices (item data; the item text is its translation): by flags at the date
    QT_TRANSLATE_NOOP("CustodyTab", "every address"): lambda f: True,
    QT_TRANSLATE_NOOP("CustodyTab", "holding coins"): lambda f: f.balance_btc > 0,
    QT_TRANSLATE_NOOP("CustodyTab", "over the cap"): lambda f: f.over_cap,
    QT_TRANSLATE_NOOP("CustodyTab", "reused"): lambda f: f.reused,
    QT_TRANSLATE_NOOP("CustodyTab", "key exposed"): lambda f: f.exposed,
    QT_TRANSLATE_NOOP("CustodyTab", "not proven"): lambda f: not f.proven,
}
LEDGER_NOTE = QT_TRANSLATE_NOOP("CustodyTab", "Ledger entries dated by then that no chain movement matches: by a "
                                              "transaction id in their reference, else by wallet, day and quantity to "
                                              "the satoshi.")
# rows sampled to fit a table's columns: addresses, paths and txids are of a few fixed widths, and the 200 rows of
# the other tables took 0.3 s of the window's thread for each read of 10,000 addresses and 15,000 transfers
FIT_SAMPLE_ROWS = 40
MOVEMENT_TABS = (QT_TRANSLATE_NOOP("CustodyTab", "On the chain, not in the ledger"),
                 QT_TRANSLATE_NOOP("CustodyTab", "In the ledger, not on the chain"),
                 QT_TRANSLATE_NOOP("CustodyTab", "Between own wallets"),
                 QT_TRANSLATE_NOOP("CustodyTab", "Quantity differences"),
                 QT_TRANSLATE_NOOP("CustodyTab", "Unconfirmed"))


class CustodyTab(Tab):
    title = "Custody"

    def __init__(self, workspace: Workspace, date: dt.date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        self.view: CustodyView | None = None
        self.last_import = ""  # what the last import of this session did, above the files it added
        self._task: Task | None = None
        self._generation = 0
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)

        self.as_of = DateField(date)
        self.as_of.setMinimumDate(to_qdate(dt.date(2009, 1, 3)))
        self.as_of.setToolTip(self.tr("Balances, flags and the reconciliation at the end of this day (UTC); it "
                                      "follows the window's date, and another day can be chosen here"))
        self.as_of.dateChanged.connect(lambda *_: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addStretch(1)
        self.add_button = button(self.tr("Add address or descriptor…"), self.add_address,
                                 self.tr("Register a wallet's single address, output descriptor, ypub or zpub "
                                         "(public only)"))
        self.import_button = button(self.tr("Import chain statements…"), self.import_chain,
                                    self.tr("Esplora or mempool JSON, Bitcoin Core JSON or CSV files saved on a "
                                            "connected machine"))
        self.statement_button = button(self.tr("Export statement…"), self.export_statement,
                                       self.tr("The statement of public-sector addresses and balances as of the "
                                               "date: PDF with the officials' signature block, and CSV"))
        for b in (self.add_button, self.import_button, self.statement_button):
            top.addWidget(b)
        layout.addLayout(top)

        status = QHBoxLayout()
        self.summary = note_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._stop)
        status.addWidget(self.summary, 1)
        status.addWidget(self.progress)
        status.addWidget(self.stop_button)
        self._show_busy(False)
        layout.addLayout(status)

        # the register
        self.register_model = RecordTableModel(translated(REGISTER_COLUMNS))
        # a Taproot or P2WSH address has 62 characters, wider than the tables' usual cap: it was cut to "…"
        longest_address = self.fontMetrics().horizontalAdvance("bc1p" + "m" * 58)
        self.register_view = record_table(self.register_model, stretch_column=len(REGISTER_COLUMNS) - 1,
                                          max_width=max(420, longest_address))
        self.wallet_filter = QComboBox()
        self.wallet_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wallet_filter.currentIndexChanged.connect(lambda *_: self._show_register())
        self.flag_filter = QComboBox()
        for label in FLAG_FILTERS:
            self.flag_filter.addItem(translate("CustodyTab", label), label)
        self.flag_filter.currentIndexChanged.connect(lambda *_: self._show_register())
        self.register_count = QLabel()
        register_bar = QHBoxLayout()
        register_bar.addWidget(QLabel(self.tr("Wallet")))
        register_bar.addWidget(self.wallet_filter)
        #: which addresses the register lists (every address, holding coins, over the cap…)
        register_bar.addWidget(QLabel(self.tr("Show")))
        register_bar.addWidget(self.flag_filter)
        register_bar.addWidget(self.register_count, 1)
        register_page = QWidget()
        rl = QVBoxLayout(register_page)
        rl.setContentsMargins(0, 4, 0, 0)
        rl.addLayout(register_bar)
        rl.addWidget(self.register_view, 1)

        # the chain statements imported
        self.file_model = RecordTableModel(translated(FILE_COLUMNS))
        # whole, to be compared with sha256sum's on the connected machine: 64 digits are wider than the usual cap
        self.file_view = record_table(self.file_model, stretch_column=0,
                                      max_width=max(420, self.fontMetrics().horizontalAdvance("d" * 64)))
        self.files_note = note_label()
        files_page = QWidget()
        fl = QVBoxLayout(files_page)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.addWidget(self.files_note)
        fl.addWidget(self.file_view, 1)

        # the reconciliation: each wallet's balances, then the movements that explain a difference
        self.wallet_model = RecordTableModel(translated(RECONCILED_COLUMNS))
        self.wallet_view = record_table(self.wallet_model, stretch_column=0)
        self.totals = note_label()
        self.proposed_model = RecordTableModel(translated(PROPOSED_COLUMNS))
        self.proposed_view = record_table(self.proposed_model, stretch_column=len(PROPOSED_COLUMNS) - 1)
        self.proposed_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_proposed_button = button(self.tr("Add the selected to the ledger…"), self.add_proposed,
                                          self.tr("Each through Edit > Undo; a guessed kind or a missing price opens "
                                                  "the entry to check first"))
        proposed_bar = QHBoxLayout()
        proposed_bar.addWidget(note_label(self.tr("Movements on the chain with no ledger entry, as the entries they "
                                                  "would be. A kind marked (guess) is read from the chain's shape "
                                                  "only: check it; a purchase or sale asks for its price.")), 1)
        proposed_bar.addWidget(self.add_proposed_button, 0, Qt.AlignmentFlag.AlignBottom)
        proposed_page = QWidget()
        pl = QVBoxLayout(proposed_page)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.addLayout(proposed_bar)
        pl.addWidget(self.proposed_view, 1)
        self.ledger_model = RecordTableModel(translated(LEDGER_COLUMNS))
        self.transfer_model = RecordTableModel(translated(TRANSFER_COLUMNS))
        self.difference_model = RecordTableModel(translated(DIFFERENCE_COLUMNS))
        self.unconfirmed_model = RecordTableModel(translated(UNCONFIRMED_COLUMNS))
        self.movements = QTabWidget()
        self.movements.setDocumentMode(True)
        self.movements.addTab(proposed_page, self.tr(MOVEMENT_TABS[0]))
        self.ledger_note = note_label(self.tr(LEDGER_NOTE))  # says too which entries are not listed
        for title, model, note in zip(MOVEMENT_TABS[1:], (
                self.ledger_model, self.transfer_model, self.difference_model, self.unconfirmed_model), (
                self.ledger_note,
                note_label(self.tr("Transfers between the workspace's own wallets, matched by transaction: "
                                   "consolidation, neither accumulation nor a loss.")),
                note_label(self.tr("Ledger entries whose reference names a transaction that moved another quantity.")),
                note_label(self.tr("Transactions not yet in a block when the statement was saved: never in a "
                                   "balance."))),
                strict=True):
            self.movements.addTab(column(note, record_table(model, stretch_column=len(model.columns) - 1)),
                                  self.tr(title))
        self.reconciliation_page = splitter(Qt.Orientation.Vertical, column(self.wallet_view, self.totals),
                                            self.movements, sizes=[220, 380])

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(register_page, self.tr("Addresses"))
        self.pages.addTab(self.reconciliation_page, self.tr("Reconciliation"))
        self.pages.addTab(files_page, self.tr("Chain statements"))
        layout.addWidget(self.pages, 1)
        for view in self.findChildren(QTableView):  # each read refits eight tables on the window's thread
            view.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)

    # ---- reading -------------------------------------------------------------------------------

    @property
    def as_of_date(self) -> dt.date:
        return to_date(self.as_of.date())

    def first_controls(self) -> list[QWidget]:
        return [self.register_view]

    def set_date(self, date: dt.date) -> None:
        self.date = date
        if self.as_of_date != date:
            self.as_of.setDate(to_qdate(date))  # reloads
        else:
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read again in the worker, now if the page is shown, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self._start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._start()

    def _start(self) -> None:
        self._stale = False
        if self._task is not None:
            self._task.cancel()  # the newest request wins
        self._generation += 1
        generation, source, date = self._generation, self.workspace.store, self.as_of_date

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection, in the window's mode
            try:
                return read_custody(Workspace(store), date, progress, cancelled)
            finally:
                store.close()

        def finished(view: CustodyView) -> None:
            if generation == self._generation:
                self._task = None
                self._show_busy(False)
                self.show_view(view)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._task = None
                self._show_busy(False)
                self.summary.setText(
                    self.tr("Stopped: press Reload (Ctrl+Shift+R) or change the date to read again.")
                    if isinstance(error, Cancelled) else
                    self.tr("Cannot read the register: {error}").format(error=error_text(error)))

        self._task = Task(work)
        self._task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)), finished=finished,
                              failed=failed)
        self._show_busy(True)
        self.summary.setText(self.tr("Reading the register and the chain statements as of {date}…").format(
            date=date.isoformat()))
        self._task.start()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.stop_button.setVisible(busy)

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def show_view(self, view: CustodyView) -> None:
        self.view = view
        wallets = sorted({r.wallet for r in view.rows})
        current = self.wallet_filter.currentData()
        self.wallet_filter.blockSignals(True)
        self.wallet_filter.clear()
        self.wallet_filter.addItem(self.tr("All wallets"), None)
        for name in wallets:
            self.wallet_filter.addItem(name, name)
        self.wallet_filter.setCurrentIndex(max(self.wallet_filter.findData(current), 0))
        self.wallet_filter.blockSignals(False)
        self._show_register()
        self._show_reconciliation(view.reconciliation)
        self.file_model.set_records(view.files)
        self.files_note.setText(
            (self.tr("Last import: {what}").format(what=self.last_import) + "\n" if self.last_import else "") +
            self.tr("{files} imported, {transactions} ({unconfirmed} unconfirmed, kept apart from balances). A "
                    "transaction seen in several files counts once.").format(
                files=_count(len(view.files), self.tr("{n} file"), self.tr("{n} files")),
                transactions=_count(view.transactions, self.tr("{n} transaction"), self.tr("{n} transactions")),
                unconfirmed=fmt.number(view.unconfirmed)) if view.files else
            self.tr("No chain statements yet. On a connected machine, save what a block explorer (Esplora, "
                    "mempool.space: /api/address/ADDRESS/txs) or a watch-only Bitcoin Core wallet (listtransactions, "
                    "listunspent) says about the addresses, then Import chain statements…"))
        self.pages.setTabText(self.pages.indexOf(self.register_view.parentWidget()),
                              self.tr("Addresses ({n})").format(n=fmt.number(len(view.rows))))
        self.pages.setTabText(self.pages.indexOf(self.file_view.parentWidget()),
                              self.tr("Chain statements ({n})").format(n=fmt.number(len(view.files))))
        self.summary.setText(self._summary(view))

    def _summary(self, view: CustodyView) -> str:
        wallets = len({r.wallet for r in view.rows})
        if not view.rows:
            return self.tr("No address is registered yet: Add address or descriptor… registers a wallet's addresses "
                           "(public information only) so that its balance can be read from the chain.")
        c, rec = view.flags.counts, view.reconciliation
        compared = compared_wallets(rec)
        differing = [w for w in rec.wallets if w.name in compared and w.difference_sat]
        agreement = (self.tr("ledger and chain differ in {wallets} (see Reconciliation)").format(
                         wallets=_count(len(differing), self.tr("{n} wallet"), self.tr("{n} wallets")))
                     if differing else
                     self.tr("ledger and chain agree in every wallet with addresses ({n})").format(
                         n=fmt.number(len(compared))))
        unknown = sum(1 for w in rec.wallets if w.name not in compared and w.ledger_sat)
        if unknown:
            agreement += "; " + _count(unknown, self.tr("{n} wallet holding coins by the ledger has no address "
                                                        "registered"),
                                       self.tr("{n} wallets holding coins by the ledger have no address registered"))
        return self.tr("As of {date}: {addresses} in {wallets}, {transactions} from {files}; {agreement}. Flags: "
                       "{over_cap} over the cap of {cap} BTC, {reused} reused, {exposed} with the public key exposed, "
                       "{proven} proven by a signed message.").format(
            date=view.date.isoformat(),
            addresses=_count(len(view.rows), self.tr("{n} address"), self.tr("{n} addresses")),
            wallets=_count(wallets, self.tr("{n} wallet"), self.tr("{n} wallets")),
            transactions=_count(view.transactions, self.tr("{n} chain transaction"),
                                self.tr("{n} chain transactions")),
            files=_count(len(view.files), self.tr("{n} file"), self.tr("{n} files")), agreement=agreement,
            over_cap=fmt.number(c["over_cap"]), cap=cap_text(view.flags.cap_btc), reused=fmt.number(c["reused"]),
            exposed=fmt.number(c["exposed"]), proven=fmt.number(c["proven"]))

    def _show_reconciliation(self, rec: Reconciliation) -> None:
        compared = compared_wallets(rec)
        rows = [WalletRow(w, w.name in compared) for w in rec.wallets]
        self.wallet_model.set_records(sorted(rows, key=lambda r: not r.compared))  # the wallets compared first
        ledger, chain = rec.totals_sat()
        unconfirmed = sum(u.delta_sat for u in rec.unconfirmed)
        unknown = [w for w in rec.wallets if w.name not in compared and w.ledger_sat]
        self.totals.setText(
            self.tr("All wallets on {date}: ledger {ledger} BTC, chain {chain} BTC, difference {difference} BTC").format(
                date=rec.date.isoformat(), ledger=_btc8(btc(ledger)), chain=_btc8(btc(chain)),
                difference=_btc8(btc(ledger - chain)))
            + (self.tr(", of which {amount} BTC by the ledger in {wallets} with no address registered (not "
                       "compared)").format(amount=_btc8(btc(sum(w.ledger_sat for w in unknown))),
                                           wallets=_count(len(unknown), self.tr("{n} wallet"), self.tr("{n} wallets")))
               if unknown else "")
            + (self.tr("; unconfirmed {amount} BTC, kept apart").format(amount=_btc8(btc(unconfirmed)))
               if rec.unconfirmed else "")
            + ("; " + _count(rec.foreign_transactions,
                             self.tr("{n} transaction in the statements touches no registered address"),
                             self.tr("{n} transactions in the statements touch no registered address"))
               if rec.foreign_transactions else "") + ".")
        differing = sum(1 for r in rows if r.differs)
        self.totals.setStyleSheet("color: #b00020;" if differing else "")
        self.proposed_model.set_records(rec.proposed)
        # an entry of a wallet with no address registered cannot be looked for on the chain: not listed as missing
        ledger_entries = [e for e in rec.unmatched_ledger if e.wallet in compared or e.to_wallet in compared]
        self.ledger_model.set_records(ledger_entries)
        left_out = len(rec.unmatched_ledger) - len(ledger_entries)
        self.ledger_note.setText(self.tr(LEDGER_NOTE) + (" " + _count(
            left_out, self.tr("{n} entry of wallets with no address registered is not listed: their addresses are "
                              "needed to look for them."),
            self.tr("{n} entries of wallets with no address registered are not listed: their addresses are needed "
                    "to look for them.")) if left_out else ""))
        self.transfer_model.set_records(rec.internal_transfers)
        self.difference_model.set_records(rec.quantity_differences)
        self.unconfirmed_model.set_records(rec.unconfirmed)
        counts = (rec.proposed, ledger_entries, rec.internal_transfers, rec.quantity_differences, rec.unconfirmed)
        for i, (title, found) in enumerate(zip(MOVEMENT_TABS, counts, strict=True)):
            #: a page's title and the count of its rows
            self.movements.setTabText(i, self.tr("{title} ({n})").format(title=self.tr(title),
                                                                        n=fmt.number(len(found))))
        self.pages.setTabText(self.pages.indexOf(self.reconciliation_page),
                              _count(differing, self.tr("Reconciliation ({n} wallet differs)"),
                                     self.tr("Reconciliation ({n} wallets differ)"))
                              if differing else self.tr("Reconciliation"))

    def _show_register(self) -> None:
        if self.view is None:
            return
        wallet, keep = self.wallet_filter.currentData(), FLAG_FILTERS[self.flag_filter.currentData()]
        rows = [r for r in self.view.rows if (wallet is None or r.wallet == wallet) and keep(r.flags)]
        self.register_model.set_records(rows)
        shown = _count(len(rows), self.tr("{n} address"), self.tr("{n} addresses"))
        self.register_count.setText(self.tr("{shown} of {total}").format(shown=shown, total=fmt.number(len(self.view.rows)))
                                    if len(rows) != len(self.view.rows) else shown)

    # ---- changes -------------------------------------------------------------------------------

    def _undo_stack(self):
        """The window's Edit > Undo stack (or the tab's own in a test)."""
        return getattr(self.window(), "undo_stack", None) or self.undo_stack

    def _refuse_read_only(self, title: str) -> bool:
        if self.workspace.read_only:
            QMessageBox.information(self, title, self.tr("{name} is open read-only here, nothing can be added to it: "
                                                         "{reason}.").format(name=self.workspace.path.name,
                                                                             reason=self.workspace.store.read_only_reason))
        return self.workspace.read_only

    def selected_proposals(self) -> list[Proposal]:
        rows = {self.proposed_view.model().mapToSource(i).row()
                for i in self.proposed_view.selectionModel().selectedRows()}
        return sorted((self.proposed_model.records[r] for r in rows), key=lambda p: p.entry.date)

    def add_proposed(self) -> None:
        """Add the selected proposed entries to the ledger, oldest first, each written and checked as a typed entry
        would be, as one step of Edit > Undo. An entry whose kind is a guess or that needs a price opens in the
        transaction dialog to check and complete first; cancelling it stops there."""
        from ..commands import AddTransaction
        from ..dialogs.transaction import TransactionDialog

        chosen = self.selected_proposals()
        if not chosen:
            QMessageBox.information(self, self.tr("Add to the ledger"), self.tr("Select the movements to add first."))
            return
        if self._refuse_read_only(self.tr("Add to the ledger")):
            return
        ws, commands = self.workspace, []
        for proposal in chosen:
            entry = proposal.entry
            if proposal.guessed or proposal.needs:
                dialog = TransactionDialog(ws, self, existing=entry)
                dialog.setWindowTitle(self.tr("Add the {kind} the chain shows").format(kind=kind_word(entry.kind))
                                      + (self.tr(" (kind guessed: check it)") if proposal.guessed else ""))
                accepted = dialog.exec() and dialog.accepted_transaction
                typed = dialog.accepted_transaction
                dialog.deleteLater()
                if not accepted:
                    break
                entry = dataclasses.replace(typed, source=entry.source)  # where it came from, as proposed
            try:
                transaction_id = ws.add_transaction(entry)
            except InputError as exc:
                QMessageBox.warning(self, self.tr("Entry refused"), self.tr("{kind} of {date} in {wallet}:").format(
                    kind=kind_word(entry.kind), date=entry.date.isoformat(), wallet=entry.wallet) + "\n"
                                    + "\n".join(exc.problems))
                break
            commands.append(AddTransaction(ws, self.changed.emit, entry, transaction_id))
        stack = self._undo_stack()
        if commands and stack is not None:
            stack.beginMacro(_count(len(commands), self.tr("Add {n} entry from the chain statements"),
                                    self.tr("Add {n} entries from the chain statements")))
            for command in commands:
                stack.push(command)
            stack.endMacro()
        if commands:
            self.changed.emit()

    def export_statement(self) -> None:
        from PySide6.QtWidgets import QMainWindow

        from ..dialogs.custody import StatementDialog

        dialog = StatementDialog(self.workspace, self.as_of_date, self)
        if dialog.exec() and dialog.written:
            window = self.window()
            message = self.tr("Wrote the statement as of {date}: {files}").format(
                date=dialog.date.isoformat(), files=self.tr(" and ").join(str(p) for p in dialog.written))
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 15000)
            else:
                self.summary.setText(message)
        dialog.deleteLater()

    def add_address(self) -> None:
        from ..commands import ImportRows
        from ..dialogs.custody import AddressDialog

        if self._refuse_read_only(self.tr("Add address or descriptor")):
            return
        ws = self.workspace
        marks = ws.store.last_rowids(("descriptors", "addresses"))  # the register only grows: undo removes these
        current = self.wallet_filter.currentData()
        dialog = AddressDialog(ws, self, wallet=current)
        if dialog.exec() and dialog.added is not None:
            descriptor, count = dialog.added
            rows = ws.rows_after(marks)
            wallet = dialog.wallet.currentText()
            text = (_count(count, self.tr("Register {n} address of a descriptor to {wallet}"),
                           self.tr("Register {n} addresses of a descriptor to {wallet}"), wallet=wallet)
                    if descriptor else self.tr("Register an address to {wallet}").format(wallet=wallet))
            stack = self._undo_stack()
            if stack is not None:
                stack.push(ImportRows(ws, lambda: self.tables_changed.emit(frozenset(rows)), text, rows))
            self.tables_changed.emit(frozenset(rows))  # written by the dialog's worker, through its own connection
        dialog.deleteLater()

    def import_chain(self) -> None:
        from ..commands import ImportRows
        from ..dialogs.custody import ChainImportDialog

        if self._refuse_read_only(self.tr("Import chain statements")):
            return
        ws = self.workspace
        dialog = ChainImportDialog(ws, self, undo_marks=ws.store.last_rowids(CHAIN_TABLES))
        if dialog.exec() and dialog.outcome is not None and dialog.outcome.written:
            outcome, rows = dialog.outcome, dialog.undo_rows  # rows: None when the import cannot be undone
            undoable = rows is not None
            stack = self._undo_stack()
            if stack is not None and undoable:
                stack.push(ImportRows(ws, lambda: self.tables_changed.emit(IMPORT_TABLES),
                                      self.tr("Import chain statements: {transactions}").format(
                                          transactions=_count(outcome.new, self.tr("{n} transaction"),
                                                              self.tr("{n} transactions"))), rows))
            self.last_import = outcome.summary() + ("." if undoable else
                                                    self.tr(". It updated what was known before: Edit > Undo does "
                                                            "not take it back."))
            self.tables_changed.emit(IMPORT_TABLES)
        dialog.deleteLater()
