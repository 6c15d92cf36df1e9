"""Custody, a page of Holdings: the address register of the wallets, the chain statements brought over from a
connected machine, each address's flags, the reconciliation of the ledger with the chain, and the statement.

Everything shown is read in a worker with its own connection (a register of 20,000 addresses and 100,000 chain
transactions takes seconds), for the date of the page's own field, which follows the window's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fmt
from ...core.custody.chain import ChainFile
from ...core.errors import Cancelled, error_text
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from ..table_model import Column, RecordTableModel
from ..widgets import button, note_label, record_table
from ..worker import Task
from .base import Tab

# what the page shows besides the ledger's own tables (wallets, transactions, metadata: HOLDINGS_TABLES)
CUSTODY_TABLES = frozenset({"addresses", "descriptors", "chain_files", "chain_transactions", "chain_legs",
                            "address_proofs"})
CHAIN_TABLES = ("chain_files", "chain_transactions", "chain_legs")  # parents first: an undo deletes in reverse
# what an import of chain statements writes: a descriptor's gap limit may derive more addresses
IMPORT_TABLES = frozenset({*CHAIN_TABLES, "descriptors", "addresses"})


@dataclass(frozen=True)
class RegisterRow:
    wallet: str
    address: str
    path: str | None
    descriptor: str | None


@dataclass(frozen=True)
class CustodyView:
    """What the page shows, read in one go for one date."""

    date: dt.date
    rows: list[RegisterRow]
    files: list[ChainFile]
    transactions: int
    unconfirmed: int


def read_custody(ws: Workspace, date: dt.date, progress=lambda f: None, cancelled=lambda: False) -> CustodyView:
    """The register and the chain data as of ``date`` (the worker's work; any thread, its own workspace)."""
    rows = [RegisterRow(a.wallet, a.address, a.path, a.descriptor) for a in ws.registered_addresses()]
    progress(0.3)
    if cancelled():
        raise Cancelled
    txs = ws.chain_transactions()
    progress(0.6)
    return CustodyView(date, rows, ws.chain_files(), len(txs), sum(not t.confirmed for t in txs))


def _path_text(row: RegisterRow) -> str:
    return row.path or ("single address" if row.descriptor is None else "")


REGISTER_COLUMNS = [
    Column("Wallet", lambda r: r.wallet),
    Column("Address", lambda r: r.address),
    Column("Path", _path_text, header_tip="The derivation path: the key origin, then the branch (0 receive, 1 change) "
                                          "and the index"),
    Column("Descriptor", lambda r: r.descriptor or "", tooltip=lambda r: r.descriptor),
]
FILE_COLUMNS = [
    Column("File", lambda f: f.name),
    Column("Format", lambda f: f.format),
    Column("Transactions", lambda f: f.transactions, lambda v: f"{v:,}", numeric=True),
    Column("Imported (UTC)", lambda f: f.imported_at.replace("T", " ").removesuffix("+00:00")),
    Column("SHA-256", lambda f: f.sha256, header_tip="The file's fingerprint, printed in the statement"),
]


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
        self.as_of.setToolTip("Balances, flags and the reconciliation at the end of this day (UTC); follows the "
                              "window's date until changed here")
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
        for b in (self.add_button, self.import_button):
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
        self.register_view = record_table(self.register_model, stretch_column=3)
        self.wallet_filter = QComboBox()
        self.wallet_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wallet_filter.currentIndexChanged.connect(lambda *_: self._show_register())
        self.register_count = QLabel()
        register_bar = QHBoxLayout()
        register_bar.addWidget(QLabel("Wallet"))
        register_bar.addWidget(self.wallet_filter)
        register_bar.addWidget(self.register_count, 1)
        register_page = QWidget()
        rl = QVBoxLayout(register_page)
        rl.setContentsMargins(0, 4, 0, 0)
        rl.addLayout(register_bar)
        rl.addWidget(self.register_view, 1)

        # the chain statements imported
        self.file_model = RecordTableModel(FILE_COLUMNS)
        self.file_view = record_table(self.file_model, stretch_column=0)
        self.files_note = note_label()
        files_page = QWidget()
        fl = QVBoxLayout(files_page)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.addWidget(self.files_note)
        fl.addWidget(self.file_view, 1)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(register_page, "Addresses")
        self.pages.addTab(files_page, "Chain statements")
        layout.addWidget(self.pages, 1)

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
        return (f"As of {view.date}: {fmt.count(len(view.rows), 'address', 'addresses')} in "
                f"{fmt.count(wallets, 'wallet')}; {fmt.count(view.transactions, 'chain transaction')} from "
                f"{fmt.count(len(view.files), 'file')}.")

    def _show_register(self) -> None:
        if self.view is None:
            return
        wallet = self.wallet_filter.currentData()
        rows = [r for r in self.view.rows if wallet is None or r.wallet == wallet]
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
        marks = ws.store.last_rowids(CHAIN_TABLES)
        dialog = ChainImportDialog(ws, self)
        if dialog.exec() and dialog.outcome is not None and dialog.outcome.written:
            outcome = dialog.outcome
            rows = ws.rows_after(marks)
            # an import that met known transactions may have updated them (confirmed since, block, fee), and one
            # that derived addresses to a gap limit changed its descriptors' counts: taking only the new rows away
            # would leave those changes, so such an import is not offered to Edit > Undo
            undoable = not outcome.duplicates and not outcome.addresses_derived
            stack = self._undo_stack()
            if stack is not None and undoable:
                stack.push(ImportRows(ws, lambda: self.tables_changed.emit(IMPORT_TABLES),
                                      f"Import chain statements: {fmt.count(outcome.new, 'transaction')}", rows))
            self.last_import = outcome.summary() + ("." if undoable else
                                                    ". It updated what was known before: Edit > Undo does not take it "
                                                    "back.")
            self.tables_changed.emit(IMPORT_TABLES)
        dialog.deleteLater()
