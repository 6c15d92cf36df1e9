"""Custody, a page of Holdings: the address register of the wallets, the chain statements brought over from a
connected machine, each address's flags, the reconciliation of the ledger with the chain, and the statement.

Everything shown is read in a worker with its own connection (a register of 20,000 addresses and 100,000 chain
transactions takes seconds), for the date of the page's own field, which follows the window's date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
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
    return fmt.btc(cap_btc, 8).rstrip("0").rstrip(".")


def _path_text(row: RegisterRow) -> str:
    return row.path or ("single address" if row.descriptor is None else "")


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def _btc8(value: float | None) -> str:
    return fmt.btc(value, 8)


REGISTER_COLUMNS = [
    Column("Wallet", lambda r: r.wallet),
    Column("Address", lambda r: r.address, tooltip=lambda r: r.address),
    Column("Path", _path_text, header_tip="The derivation path: the key origin, then the branch (0 receive, 1 change) "
                                          "and the index"),
    Column("Balance (BTC)", lambda r: r.flags.balance_btc, _btc8, numeric=True,
           header_tip="Confirmed by the end of the date (UTC), from the chain statements imported",
           warn=lambda r: r.flags.over_cap),
    Column("Over cap", lambda r: r.flags.over_cap, _yes, warn=lambda r: r.flags.over_cap,
           header_tip="Holds more than the workspace's cap per address (500 BTC unless set: the Bitcoin Office's "
                      "practice)"),
    Column("Reused", lambda r: r.flags.reused, _yes, tooltip=lambda r: f"paid by {fmt.count(r.flags.receipts, 'transaction')}",
           header_tip="More than one transaction paid to it"),
    Column("Key exposed", lambda r: r.flags.exposure or "",
           header_tip="Its public key is on the chain: coins were spent from it, or it is a Taproot address (key "
                      "path)"),
    Column("Proven", lambda r: r.flags.proven, _yes, header_tip="A signed message proving control of it was verified"),
    Column("Descriptor", lambda r: r.descriptor or "", tooltip=lambda r: r.descriptor),
]
@dataclass(frozen=True)
class WalletRow:
    """A wallet's line of the reconciliation; ``compared`` is False when none of its addresses is registered."""

    wallet: WalletReconciliation
    compared: bool

    @property
    def differs(self) -> bool:
        return self.compared and self.wallet.difference_sat != 0


NOT_REGISTERED = ("No address of this wallet is registered: its balance on the chain is not known, so its ledger is "
                  "not compared (Add address or descriptor… registers them)")
RECONCILED_COLUMNS = [
    Column("Wallet", lambda r: r.wallet.name),
    Column("Addresses", lambda r: r.wallet.addresses, lambda v: f"{v:,}", numeric=True),
    Column("Ledger (BTC)", lambda r: btc(r.wallet.ledger_sat), _btc8, numeric=True),
    Column("Chain (BTC)", lambda r: btc(r.wallet.chain_sat) if r.compared else None,
           lambda v: "not registered" if v is None else _btc8(v), numeric=True,
           tooltip=lambda r: None if r.compared else NOT_REGISTERED,
           header_tip="Confirmed by the end of the date (UTC); the unconfirmed are kept apart"),
    Column("Difference (BTC)", lambda r: btc(r.wallet.difference_sat) if r.compared else None,
           lambda v: "not compared" if v is None else _btc8(v), numeric=True,
           tooltip=lambda r: None if r.compared else NOT_REGISTERED,
           header_tip="Ledger less chain: the movements below explain it", warn=lambda r: r.differs),
]


def _kind(p: Proposal) -> str:
    return f"{p.entry.kind} (guess)" if p.guessed else p.entry.kind


PROPOSED_COLUMNS = [
    Column("Date", lambda p: p.entry.date.isoformat()),
    Column("Kind", _kind, header_tip="What the chain shows; a receipt's or a spend's kind is a guess: the chain "
                                     "does not say why coins came or went"),
    Column("Wallet", lambda p: p.entry.wallet),
    Column("To wallet", lambda p: p.entry.to_wallet or ""),
    Column("Quantity (BTC)", lambda p: p.entry.quantity, _btc8, numeric=True),
    Column("Reference", lambda p: p.entry.reference, tooltip=lambda p: p.entry.reference,
           header_tip="The entry's reference: the transaction id (a fee's: the id and :fee)"),
    Column("Note", lambda p: p.entry.note or "", tooltip=lambda p: p.entry.note),
]
LEDGER_COLUMNS = [
    Column("Date", lambda e: e.date.isoformat()),
    Column("Kind", lambda e: e.kind),
    Column("Wallet", lambda e: e.wallet),
    Column("To wallet", lambda e: e.to_wallet or ""),
    Column("Quantity (BTC)", lambda e: e.quantity, _btc8, numeric=True),
    Column("Reference", lambda e: e.reference or "", tooltip=lambda e: e.reference),
]
TRANSFER_COLUMNS = [
    Column("Date", lambda t: t.movement.date.isoformat()),
    Column("From wallet", lambda t: t.movement.wallet),
    Column("To wallet", lambda t: t.movement.to_wallet),
    Column("Amount (BTC)", lambda t: btc(t.movement.value_sat), _btc8, numeric=True),
    Column("Fee (BTC)", lambda t: btc(t.movement.fee_sat), _btc8, numeric=True),
    Column("In the ledger", lambda t: "yes" if t.in_ledger else "no", warn=lambda t: not t.in_ledger),
    Column("Transaction", lambda t: t.movement.txid, tooltip=lambda t: t.movement.txid),
]
DIFFERENCE_COLUMNS = [
    Column("Transaction", lambda q: q.movement.txid, tooltip=lambda q: q.movement.txid),
    Column("Kind", lambda q: q.entry.kind),
    Column("Wallet", lambda q: q.entry.wallet),
    Column("Ledger (BTC)", lambda q: q.entry.quantity, _btc8, numeric=True),
    Column("Chain (BTC)", lambda q: btc(q.movement.value_sat), _btc8, numeric=True),
]
UNCONFIRMED_COLUMNS = [
    Column("Wallet", lambda u: u.wallet),
    Column("Change (BTC)", lambda u: btc(u.delta_sat), _btc8, numeric=True),
    Column("Transaction", lambda u: u.txid, tooltip=lambda u: u.txid),
]
FILE_COLUMNS = [
    Column("File", lambda f: f.name),
    Column("Format", lambda f: f.format),
    Column("Transactions", lambda f: f.transactions, lambda v: f"{v:,}", numeric=True),
    Column("Imported (UTC)", lambda f: f.imported_at.replace("T", " ").removesuffix("+00:00")),
    Column("SHA-256", lambda f: f.sha256, tooltip=lambda f: f.sha256,
           header_tip="The file's fingerprint, printed in the statement"),
]


FLAG_FILTERS = {  # the register's "Show" choices: which addresses, by their flags at the date
    "every address": lambda f: True,
    "holding coins": lambda f: f.balance_btc > 0,
    "over the cap": lambda f: f.over_cap,
    "reused": lambda f: f.reused,
    "key exposed": lambda f: f.exposed,
    "not proven": lambda f: not f.proven,
}
LEDGER_NOTE = ("Ledger entries dated by then that no chain movement matches: by a transaction id in their reference, "
               "else by wallet, day and quantity to the satoshi.")
# rows sampled to fit a table's columns: addresses, paths and txids are of a few fixed widths, and the 200 rows of
# the other tables took 0.3 s of the window's thread for each read of 10,000 addresses and 15,000 transfers
FIT_SAMPLE_ROWS = 40
MOVEMENT_TABS = ("On the chain, not in the ledger", "In the ledger, not on the chain", "Between own wallets",
                 "Quantity differences", "Unconfirmed")


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
        self.as_of.setToolTip("Balances, flags and the reconciliation at the end of this day (UTC); it follows the "
                              "window's date, and another day can be chosen here")
        self.as_of.dateChanged.connect(lambda *_: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel("As of"))
        top.addWidget(self.as_of)
        top.addStretch(1)
        self.add_button = button("Add address or descriptor…", self.add_address,
                                 "Register a wallet's single address, output descriptor, ypub or zpub (public only)")
        self.import_button = button("Import chain statements…", self.import_chain,
                                    "Esplora or mempool JSON, Bitcoin Core JSON or CSV files saved on a connected "
                                    "machine")
        self.statement_button = button("Export statement…", self.export_statement,
                                       "The statement of public-sector addresses and balances as of the date: PDF "
                                       "with the officials' signature block, and CSV")
        for b in (self.add_button, self.import_button, self.statement_button):
            top.addWidget(b)
        layout.addLayout(top)

        status = QHBoxLayout()
        self.summary = note_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.stop_button = QPushButton("Stop")
        self.stop_button.clicked.connect(self._stop)
        status.addWidget(self.summary, 1)
        status.addWidget(self.progress)
        status.addWidget(self.stop_button)
        self._show_busy(False)
        layout.addLayout(status)

        # the register
        self.register_model = RecordTableModel(REGISTER_COLUMNS)
        # a Taproot or P2WSH address has 62 characters, wider than the tables' usual cap: it was cut to "…"
        longest_address = self.fontMetrics().horizontalAdvance("bc1p" + "m" * 58)
        self.register_view = record_table(self.register_model, stretch_column=len(REGISTER_COLUMNS) - 1,
                                          max_width=max(420, longest_address))
        self.wallet_filter = QComboBox()
        self.wallet_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wallet_filter.currentIndexChanged.connect(lambda *_: self._show_register())
        self.flag_filter = QComboBox()
        for label in FLAG_FILTERS:
            self.flag_filter.addItem(label)
        self.flag_filter.currentIndexChanged.connect(lambda *_: self._show_register())
        self.register_count = QLabel()
        register_bar = QHBoxLayout()
        register_bar.addWidget(QLabel("Wallet"))
        register_bar.addWidget(self.wallet_filter)
        register_bar.addWidget(QLabel("Show"))
        register_bar.addWidget(self.flag_filter)
        register_bar.addWidget(self.register_count, 1)
        register_page = QWidget()
        rl = QVBoxLayout(register_page)
        rl.setContentsMargins(0, 4, 0, 0)
        rl.addLayout(register_bar)
        rl.addWidget(self.register_view, 1)

        # the chain statements imported
        self.file_model = RecordTableModel(FILE_COLUMNS)
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
        self.wallet_model = RecordTableModel(RECONCILED_COLUMNS)
        self.wallet_view = record_table(self.wallet_model, stretch_column=0)
        self.totals = note_label()
        self.proposed_model = RecordTableModel(PROPOSED_COLUMNS)
        self.proposed_view = record_table(self.proposed_model, stretch_column=len(PROPOSED_COLUMNS) - 1)
        self.proposed_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_proposed_button = button("Add the selected to the ledger…", self.add_proposed,
                                          "Each through Edit > Undo; a guessed kind or a missing price opens the "
                                          "entry to check first")
        proposed_bar = QHBoxLayout()
        proposed_bar.addWidget(note_label("Movements on the chain with no ledger entry, as the entries they would be. "
                                          "A kind marked (guess) is read from the chain's shape only: check it; a "
                                          "purchase or sale asks for its price."), 1)
        proposed_bar.addWidget(self.add_proposed_button, 0, Qt.AlignmentFlag.AlignBottom)
        proposed_page = QWidget()
        pl = QVBoxLayout(proposed_page)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.addLayout(proposed_bar)
        pl.addWidget(self.proposed_view, 1)
        self.ledger_model = RecordTableModel(LEDGER_COLUMNS)
        self.transfer_model = RecordTableModel(TRANSFER_COLUMNS)
        self.difference_model = RecordTableModel(DIFFERENCE_COLUMNS)
        self.unconfirmed_model = RecordTableModel(UNCONFIRMED_COLUMNS)
        self.movements = QTabWidget()
        self.movements.setDocumentMode(True)
        self.movements.addTab(proposed_page, MOVEMENT_TABS[0])
        self.ledger_note = note_label(LEDGER_NOTE)  # says too which entries are not listed
        for title, model, note in zip(MOVEMENT_TABS[1:], (
                self.ledger_model, self.transfer_model, self.difference_model, self.unconfirmed_model), (
                self.ledger_note,
                note_label("Transfers between the workspace's own wallets, matched by transaction: consolidation, "
                           "neither accumulation nor a loss."),
                note_label("Ledger entries whose reference names a transaction that moved another quantity."),
                note_label("Transactions not yet in a block when the statement was saved: never in a balance.")),
                strict=True):
            self.movements.addTab(column(note, record_table(model, stretch_column=len(model.columns) - 1)), title)
        self.reconciliation_page = splitter(Qt.Orientation.Vertical, column(self.wallet_view, self.totals),
                                            self.movements, sizes=[220, 380])

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(register_page, "Addresses")
        self.pages.addTab(self.reconciliation_page, "Reconciliation")
        self.pages.addTab(files_page, "Chain statements")
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
                self.summary.setText("Stopped: press Reload (Ctrl+Shift+R) or change the date to read again."
                                     if isinstance(error, Cancelled) else f"Cannot read the register: {error_text(error)}")

        self._task = Task(work)
        self._task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)), finished=finished,
                              failed=failed)
        self._show_busy(True)
        self.summary.setText(f"Reading the register and the chain statements as of {date}…")
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
        self.wallet_filter.addItem("All wallets", None)
        for name in wallets:
            self.wallet_filter.addItem(name, name)
        self.wallet_filter.setCurrentIndex(max(self.wallet_filter.findData(current), 0))
        self.wallet_filter.blockSignals(False)
        self._show_register()
        self._show_reconciliation(view.reconciliation)
        self.file_model.set_records(view.files)
        self.files_note.setText(
            (f"Last import: {self.last_import}\n" if self.last_import else "") +
            f"{fmt.count(len(view.files), 'file')} imported, {fmt.count(view.transactions, 'transaction')} "
            f"({view.unconfirmed:,} unconfirmed, kept apart from balances). A transaction seen in several files "
            "counts once." if view.files else
            "No chain statements yet. On a connected machine, save what a block explorer (Esplora, mempool.space: "
            "/api/address/ADDRESS/txs) or a watch-only Bitcoin Core wallet (listtransactions, listunspent) says "
            "about the addresses, then Import chain statements…")
        self.pages.setTabText(self.pages.indexOf(self.register_view.parentWidget()),
                              f"Addresses ({len(view.rows):,})")
        self.pages.setTabText(self.pages.indexOf(self.file_view.parentWidget()),
                              f"Chain statements ({len(view.files):,})")
        self.summary.setText(self._summary(view))

    def _summary(self, view: CustodyView) -> str:
        wallets = len({r.wallet for r in view.rows})
        if not view.rows:
            return ("No address is registered yet: Add address or descriptor… registers a wallet's addresses "
                    "(public information only) so that its balance can be read from the chain.")
        c, rec = view.flags.counts, view.reconciliation
        compared = compared_wallets(rec)
        differing = [w for w in rec.wallets if w.name in compared and w.difference_sat]
        agreement = (f"ledger and chain differ in {fmt.count(len(differing), 'wallet')} (see Reconciliation)"
                     if differing else f"ledger and chain agree in every wallet with addresses ({len(compared):,})")
        unknown = sum(1 for w in rec.wallets if w.name not in compared and w.ledger_sat)
        if unknown:
            agreement += (f"; {fmt.count(unknown, 'wallet')} holding coins by the ledger "
                          f"{'has' if unknown == 1 else 'have'} no address registered")
        return (f"As of {view.date}: {fmt.count(len(view.rows), 'address', 'addresses')} in "
                f"{fmt.count(wallets, 'wallet')}, {fmt.count(view.transactions, 'chain transaction')} from "
                f"{fmt.count(len(view.files), 'file')}; {agreement}. Flags: {c['over_cap']:,} over the cap of "
                f"{cap_text(view.flags.cap_btc)} BTC, {c['reused']:,} reused, "
                f"{c['exposed']:,} with the public key exposed, {c['proven']:,} proven by a signed message.")

    def _show_reconciliation(self, rec: Reconciliation) -> None:
        compared = compared_wallets(rec)
        rows = [WalletRow(w, w.name in compared) for w in rec.wallets]
        self.wallet_model.set_records(sorted(rows, key=lambda r: not r.compared))  # the wallets compared first
        ledger, chain = rec.totals_sat()
        unconfirmed = sum(u.delta_sat for u in rec.unconfirmed)
        unknown = [w for w in rec.wallets if w.name not in compared and w.ledger_sat]
        self.totals.setText(
            f"All wallets on {rec.date}: ledger {_btc8(btc(ledger))} BTC, chain {_btc8(btc(chain))} BTC, difference "
            f"{_btc8(btc(ledger - chain))} BTC"
            + (f", of which {_btc8(btc(sum(w.ledger_sat for w in unknown)))} BTC by the ledger in "
               f"{fmt.count(len(unknown), 'wallet')} with no address registered (not compared)" if unknown else "")
            + (f"; unconfirmed {_btc8(btc(unconfirmed))} BTC, kept apart" if rec.unconfirmed else "")
            + (f"; {fmt.count(rec.foreign_transactions, 'transaction')} in the statements touch no registered "
               "address" if rec.foreign_transactions else "") + ".")
        differing = sum(1 for r in rows if r.differs)
        self.totals.setStyleSheet("color: #b00020;" if differing else "")
        self.proposed_model.set_records(rec.proposed)
        # an entry of a wallet with no address registered cannot be looked for on the chain: not listed as missing
        ledger_entries = [e for e in rec.unmatched_ledger if e.wallet in compared or e.to_wallet in compared]
        self.ledger_model.set_records(ledger_entries)
        left_out = len(rec.unmatched_ledger) - len(ledger_entries)
        self.ledger_note.setText(LEDGER_NOTE + (f" {fmt.count(left_out, 'entry', 'entries')} of wallets with no "
                                                f"address registered {'is' if left_out == 1 else 'are'} not listed: "
                                                "their addresses are needed to look for them." if left_out else ""))
        self.transfer_model.set_records(rec.internal_transfers)
        self.difference_model.set_records(rec.quantity_differences)
        self.unconfirmed_model.set_records(rec.unconfirmed)
        counts = (rec.proposed, ledger_entries, rec.internal_transfers, rec.quantity_differences, rec.unconfirmed)
        for i, (title, found) in enumerate(zip(MOVEMENT_TABS, counts, strict=True)):
            self.movements.setTabText(i, f"{title} ({len(found):,})")
        self.pages.setTabText(self.pages.indexOf(self.reconciliation_page),
                              f"Reconciliation ({fmt.count(differing, 'wallet')} "
                              f"differ{'s' if differing == 1 else ''})" if differing else "Reconciliation")

    def _show_register(self) -> None:
        if self.view is None:
            return
        wallet, keep = self.wallet_filter.currentData(), FLAG_FILTERS[self.flag_filter.currentText()]
        rows = [r for r in self.view.rows if (wallet is None or r.wallet == wallet) and keep(r.flags)]
        self.register_model.set_records(rows)
        self.register_count.setText(fmt.count(len(rows), "address", "addresses")
                                    + (f" of {len(self.view.rows):,}" if len(rows) != len(self.view.rows) else ""))

    # ---- changes -------------------------------------------------------------------------------

    def _undo_stack(self):
        """The window's Edit > Undo stack (or the tab's own in a test)."""
        return getattr(self.window(), "undo_stack", None) or self.undo_stack

    def _refuse_read_only(self, title: str) -> bool:
        if self.workspace.read_only:
            QMessageBox.information(self, title, f"{self.workspace.path.name} is open read-only here, nothing can be "
                                    f"added to it: {self.workspace.store.read_only_reason}.")
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
            QMessageBox.information(self, "Add to the ledger", "Select the movements to add first.")
            return
        if self._refuse_read_only("Add to the ledger"):
            return
        ws, commands = self.workspace, []
        for proposal in chosen:
            entry = proposal.entry
            if proposal.guessed or proposal.needs:
                dialog = TransactionDialog(ws, self, existing=entry)
                dialog.setWindowTitle(f"Add the {entry.kind} the chain shows"
                                      + (" (kind guessed: check it)" if proposal.guessed else ""))
                accepted = dialog.exec() and dialog.accepted_transaction
                typed = dialog.accepted_transaction
                dialog.deleteLater()
                if not accepted:
                    break
                entry = dataclasses.replace(typed, source=entry.source)  # where it came from, as proposed
            try:
                transaction_id = ws.add_transaction(entry)
            except InputError as exc:
                QMessageBox.warning(self, "Entry refused", f"{entry.kind} of {entry.date} in {entry.wallet}:\n"
                                    + "\n".join(exc.problems))
                break
            commands.append(AddTransaction(ws, self.changed.emit, entry, transaction_id))
        stack = self._undo_stack()
        if commands and stack is not None:
            stack.beginMacro(f"Add {fmt.count(len(commands), 'entry', 'entries')} from the chain statements")
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
            message = f"Wrote the statement as of {dialog.date}: {' and '.join(str(p) for p in dialog.written)}"
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 15000)
            else:
                self.summary.setText(message)
        dialog.deleteLater()

    def add_address(self) -> None:
        from ..commands import ImportRows
        from ..dialogs.custody import AddressDialog

        if self._refuse_read_only("Add address or descriptor"):
            return
        ws = self.workspace
        marks = ws.store.last_rowids(("descriptors", "addresses"))  # the register only grows: undo removes these
        current = self.wallet_filter.currentData()
        dialog = AddressDialog(ws, self, wallet=current)
        if dialog.exec() and dialog.added is not None:
            descriptor, count = dialog.added
            rows = ws.rows_after(marks)
            text = (f"Register {fmt.count(count, 'address', 'addresses')} of a descriptor to {dialog.wallet.currentText()}"
                    if descriptor else f"Register an address to {dialog.wallet.currentText()}")
            stack = self._undo_stack()
            if stack is not None:
                stack.push(ImportRows(ws, lambda: self.tables_changed.emit(frozenset(rows)), text, rows))
            self.tables_changed.emit(frozenset(rows))  # written by the dialog's worker, through its own connection
        dialog.deleteLater()

    def import_chain(self) -> None:
        from ..commands import ImportRows
        from ..dialogs.custody import ChainImportDialog

        if self._refuse_read_only("Import chain statements"):
            return
        ws = self.workspace
        dialog = ChainImportDialog(ws, self, undo_marks=ws.store.last_rowids(CHAIN_TABLES))
        if dialog.exec() and dialog.outcome is not None and dialog.outcome.written:
            outcome, rows = dialog.outcome, dialog.undo_rows  # rows: None when the import cannot be undone
            undoable = rows is not None
            stack = self._undo_stack()
            if stack is not None and undoable:
                stack.push(ImportRows(ws, lambda: self.tables_changed.emit(IMPORT_TABLES),
                                      f"Import chain statements: {fmt.count(outcome.new, 'transaction')}", rows))
            self.last_import = outcome.summary() + ("." if undoable else
                                                    ". It updated what was known before: Edit > Undo does not take it "
                                                    "back.")
            self.tables_changed.emit(IMPORT_TABLES)
        dialog.deleteLater()
