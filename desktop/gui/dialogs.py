"""Dialogs for changing the ledger and wallets, and for importing files (CSV, and the IMF program JSON).

Validation is the core's (the same rules as the CSV importer); a refused entry keeps the dialog open
with the reason, naming the field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core import domain as d
from ..core.errors import error_text
from ..core.io.csv_source import CsvOptions, CsvSource
from ..core.io.fields import InputError
from ..core.io.importers import IMPORTERS, ImportOptions, WholeFileResult
from ..core.io.prices_csv import PriceColumns, detect_columns
from ..core.io.report import ImportReport
from ..core.words import problem_text
from ..core.workspace import Workspace
from .date_field import DateField
from .table_model import Column, RecordTableModel
from .widgets import fit_dialog, record_table, screen_area
from .worker import Task


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def _form_widgets(layout) -> list[QWidget]:
    """The widgets of a form in the order a reader meets them, rows top to bottom, nested layouts included."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            widget = item.widget()
            inner = widget.layout()
            found += [widget] if inner is None or widget.focusProxy() is not None else _form_widgets(inner) or [widget]
        elif item.layout() is not None:
            found += _form_widgets(item.layout())
    return found


def form_footer(dialog: QDialog, form: QFormLayout) -> QLabel:
    """The form, a line for the reason a value is refused, and OK/Cancel (OK runs ``dialog._accept``)."""
    error = error_label()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog._accept)
    buttons.rejected.connect(dialog.reject)
    # the form scrolls when the screen is shorter than it (the scenario editor is 650 px tall; 1366x768 at 125%
    # leaves about 570), and OK and Cancel stay in view
    body = QWidget()
    body.setLayout(form)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(error)
    layout.addWidget(buttons)
    # Tab goes down the form, then to OK and Cancel, and the first field has the focus when the dialog opens
    # (the buttons were made first, so they came first and a typed date went nowhere)
    chain = [w.focusProxy() or w for w in _form_widgets(form) if (w.focusProxy() or w).focusPolicy() != Qt.FocusPolicy.NoFocus]
    chain += buttons.buttons()
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    if chain:
        chain[0].setFocus()
    scroll.setMinimumWidth(body.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
    footer = buttons.sizeHint().height() + error.sizeHint().height() + 4 * layout.spacing() + 24
    fit_dialog(dialog, scroll.minimumWidth() + 24, body.sizeHint().height() + footer)
    return error


def _changed_signal(widget: QWidget):
    for name in ("valueChanged", "dateChanged", "currentTextChanged", "textChanged", "toggled"):
        if hasattr(widget, name):
            return getattr(widget, name)
    raise TypeError(f"{type(widget).__name__} has no change signal")


class FieldErrors:
    """A refusal's reasons ("field: reason"), each shown under the field it names and cleared as soon as that
    field changes; a reason naming no field goes to the dialog's general error line."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], general: QLabel):
        self.form, self.general, self.fields = form, general, fields
        self.labels: dict[str, QLabel] = {}
        for key, widget in fields.items():
            row, _ = form.getWidgetPosition(widget)
            label = error_label()
            label.setObjectName(f"Error_{key}")
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            self.labels[key] = label
            _changed_signal(widget).connect(lambda *_, k=key: self.clear(k))

    def show(self, problems: list[str]) -> None:
        unplaced, first = [], None
        for problem in problems:
            key, _, reason = problem.partition(": ")
            label = self.labels.get(key)
            if label is None or not reason:
                unplaced.append(problem)
                continue
            label.setText(reason)
            self.form.setRowVisible(label, True)
            first = first or self.fields[key]
        self.general.setText("; ".join(unplaced))
        self._make_room()
        if first is not None:
            first.setFocus()

    def _make_room(self) -> None:
        """Grow the dialog by the reasons' height (within the screen), so the form need not scroll to show them."""
        body = self.form.parentWidget()
        scroll = body.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        dialog = self.general.window()
        if scroll is not None:
            room = screen_area(dialog).height() - 200  # the title bar, error line and buttons
            scroll.setMinimumHeight(min(body.sizeHint().height(), room))
        dialog.adjustSize()

    def clear(self, key: str) -> None:
        self.labels[key].clear()
        self.form.setRowVisible(self.labels[key], False)
        self.general.clear()

    def shown(self) -> dict[str, str]:
        """The reasons on screen by field (for tests and assistive checks)."""
        return {k: label.text() for k, label in self.labels.items() if label.text()}


def _amount(decimals: int, maximum: float, special: str | None = None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(0.0, maximum)
    box.setGroupSeparatorShown(True)
    if special:
        box.setSpecialValueText(special)  # shown at 0: "none"
    return box


class TransactionDialog(QDialog):
    """Add or edit one ledger row. ``accepted_transaction`` holds the validated entry."""

    def __init__(self, workspace: Workspace, parent=None, existing: d.Transaction | None = None,
                 day: dt.date | None = None):
        """``day``: a new row's date, the date the window shows (else today): a row added for today while the
        window shows an earlier date changed none of the figures in view."""
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle("Edit transaction" if existing else "Add transaction")
        self.accepted_transaction: d.Transaction | None = None
        wallets = [w.name for w in workspace.wallets if not w.archived or (existing and w.name in (existing.wallet, existing.to_wallet))]
        form = QFormLayout()
        self.date = DateField()
        self.date.setDateRange(_qdate(d.GENESIS_DATE), _qdate(dt.date.today()))
        self.kind = QComboBox()
        self.kind.addItems(d.TRANSACTION_KINDS)
        self.wallet = QComboBox()
        self.wallet.addItems(wallets)
        self.to_wallet = QComboBox()
        self.to_wallet.addItems(wallets)
        self.quantity = _amount(8, d.MAX_BTC)
        self.price = _amount(2, 1e11, "none")
        self.fee = _amount(2, 1e11, "none")
        self.counterparty, self.reference, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.counterparty, self.reference, self.note):
            w.setMaxLength(1000)
        for label, widget in (("Date", self.date), ("Kind", self.kind), ("Wallet", self.wallet), ("To wallet", self.to_wallet),
                              ("Quantity (BTC)", self.quantity), ("Price per BTC (USD)", self.price), ("Fee (USD)", self.fee),
                              ("Counterparty", self.counterparty), ("Reference", self.reference), ("Note", self.note)):
            form.addRow(label, widget)
        self.kind.currentTextChanged.connect(self._kind_changed)
        self.error = form_footer(self, form)
        self.existing_id = existing.id if existing else None
        self.setMinimumWidth(480)  # a reason under a field reads on two lines, not six
        self.field_errors = FieldErrors(form, {
            "date": self.date, "kind": self.kind, "wallet": self.wallet, "to_wallet": self.to_wallet,
            "quantity": self.quantity, "price_usd": self.price, "fee_usd": self.fee, "counterparty": self.counterparty,
            "reference": self.reference, "note": self.note}, self.error)
        if existing:
            self.date.setDate(_qdate(existing.date))
            self.kind.setCurrentText(existing.kind)
            self.wallet.setCurrentText(existing.wallet)
            if existing.to_wallet:
                self.to_wallet.setCurrentText(existing.to_wallet)
            self.quantity.setValue(existing.quantity)
            self.price.setValue(existing.price_usd or 0.0)
            self.fee.setValue(existing.fee_usd or 0.0)
            self.counterparty.setText(existing.counterparty or "")
            self.reference.setText(existing.reference or "")
            self.note.setText(existing.note or "")
        else:
            self.date.setDate(_qdate(min(day or dt.date.today(), dt.date.today())))
        self._kind_changed(self.kind.currentText())

    def _kind_changed(self, kind: str) -> None:
        self.to_wallet.setEnabled(kind == "transfer")
        self.price.setEnabled(kind not in ("transfer", "seizure", "donation", "fee"))

    def transaction(self) -> d.Transaction:
        kind = self.kind.currentText()
        price = self.price.value() if self.price.isEnabled() and self.price.value() > 0 else None
        return d.Transaction(
            date=_pydate(self.date.date()), kind=kind, wallet=self.wallet.currentText(),
            to_wallet=self.to_wallet.currentText() if kind == "transfer" else None,
            quantity=self.quantity.value(), price_usd=price, fee_usd=self.fee.value() or None,
            counterparty=self.counterparty.text() or None, reference=self.reference.text() or None,
            note=self.note.text() or None)

    def _accept(self) -> None:
        if not self.wallet.count():
            self.field_errors.show(["wallet: this workspace has no wallet yet: add one first (Holdings > Add wallet…)"])
            return
        t = self.transaction()
        try:  # the fields, then every wallet's balance with the entry in: a refusal keeps what was typed
            self.workspace.check_transaction(t, self.existing_id)
        except InputError as exc:
            self.field_errors.show(exc.problems)
            return
        self.accepted_transaction = t
        self.accept()


class WalletDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None, existing: d.Wallet | None = None):
        super().__init__(parent)
        self.workspace, self.existing = workspace, existing
        self.setWindowTitle("Edit wallet" if existing else "Add wallet")
        self.name, self.custodian, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.name, self.custodian, self.address):
            w.setMaxLength(200)
        self.kind = QComboBox()
        self.kind.addItems(d.WALLET_KINDS)
        self.cap = _amount(8, d.MAX_BTC, "no cap")
        self.archived = QCheckBox("Archived (hidden from new entries; its history stays)")
        form = QFormLayout()
        for label, widget in (("Name", self.name), ("Kind", self.kind), ("Custodian", self.custodian),
                              ("Address", self.address), ("Cap (BTC)", self.cap), ("", self.archived)):
            form.addRow(label, widget)
        if existing:
            self.name.setText(existing.name)
            self.kind.setCurrentText(existing.kind)
            self.custodian.setText(existing.custodian or "")
            self.address.setText(existing.address or "")
            self.cap.setValue(existing.cap_btc or 0.0)
            self.archived.setChecked(existing.archived)
        else:
            self.archived.hide()
        self.error = form_footer(self, form)
        self.field_errors = FieldErrors(form, {"name": self.name, "kind": self.kind, "custodian": self.custodian,
                                               "address": self.address, "cap_btc": self.cap}, self.error)

    def wallet(self) -> d.Wallet:
        return d.Wallet(name=self.name.text().strip(), kind=self.kind.currentText(), custodian=self.custodian.text() or None,
                        address=self.address.text() or None, cap_btc=self.cap.value() or None,
                        archived=self.archived.isChecked(), note=self.existing.note if self.existing else None)

    def _accept(self) -> None:
        try:
            if self.existing:
                self.workspace.update_wallet(self.existing.id, self.wallet())
            else:
                self.workspace.add_wallet(self.wallet())
        except InputError as exc:
            self.field_errors.show(exc.problems)
            return
        self.accept()


class ImportDialog(QDialog):
    """Choose a file and its conventions, check it (dry run), then import it in the background: transactions
    or prices (CSV, row by row), an IMF program (JSON) or macro and reserve data (CSV), both whole or not at all."""

    def __init__(self, workspace: Workspace, what: str, parent=None, path: str | None = None):
        super().__init__(parent)
        if what not in IMPORTERS:
            raise ValueError(f"what: one of {', '.join(IMPORTERS)}")
        self.workspace, self.what, self.importer = workspace, what, IMPORTERS[what]
        self.report: ImportReport | WholeFileResult | None = None
        self.task: Task | None = None
        self.accept_implausible = False  # prices: set once the user has seen the evidence and said yes
        self.setWindowTitle(self.importer.title)
        fit_dialog(self, 760, 520)
        self.file = QLineEdit(path or "")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.date_order = QComboBox()
        for label, key in (("YYYY-MM-DD (ISO)", "iso"), ("DD/MM/YYYY (day first)", "dmy"), ("MM/DD/YYYY (month first)", "mdy")):
            self.date_order.addItem(label, key)
        self.decimal = QComboBox()
        self.decimal.addItem("point: 1234.56", "point")
        self.decimal.addItem("comma: 1234,56", "comma")
        self.asset = QLineEdit("BTC")
        self.date_column, self.close_column = QComboBox(), QComboBox()
        self.skip_invalid = QCheckBox("Import the valid rows even if some rows are invalid")
        form = QFormLayout()
        form.addRow("File", file_row)
        applies = self.importer.options
        if "csv" in applies:
            form.addRow("Dates", self.date_order)
            form.addRow("Decimal mark", self.decimal)
        if "asset" in applies:
            form.addRow("Asset", self.asset)
        if "columns" in applies:
            form.addRow("Date column", self.date_column)
            form.addRow("Close column", self.close_column)
        if "skip_invalid" in applies:
            form.addRow("", self.skip_invalid)
        if self.importer.note:  # macro: the IMF's definitions, where the figures are entered
            inputs = QLabel(self.importer.note)
            inputs.setWordWrap(True)
            form.addRow("Columns", inputs)
        self.summary = QLabel(self._intro())
        self.summary.setWordWrap(True)
        self.problems = RecordTableModel([
            Column("Row", lambda p: p.row or "", numeric=True), Column("Field", lambda p: p.field),
            Column("Reason", lambda p: p.reason)])
        self.problem_view = record_table(self.problems, stretch_column=2)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.check_button = QPushButton("C&heck")
        self.import_button = QPushButton("&Import")
        self.cancel_button = QPushButton("Close")
        self.check_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for b in (self.check_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(buttons)
        self.file.textChanged.connect(self._file_changed)
        self.asset.textChanged.connect(self._forget_acceptance)
        self._file_changed(self.file.text())

    def _intro(self) -> str:
        whole = " The file is accepted whole or refused whole." if self.importer.whole_file else ""
        return f"Choose a file, then Check to see what it holds before anything is written.{whole}"

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.importer.title, str(Path.home()), self.importer.file_filter)
        if path:
            self.file.setText(path)

    def _forget_acceptance(self, *_) -> None:
        self.accept_implausible = False

    def _file_changed(self, text: str) -> None:
        self._forget_acceptance()
        self.date_column.clear()
        self.close_column.clear()
        if "columns" not in self.importer.options or not Path(text).is_file():
            return
        try:
            with CsvSource(text) as source:
                columns = source.columns
        except (InputError, OSError) as exc:
            self.summary.setText(str(exc))
            return
        detected = detect_columns(columns)
        self.date_column.addItems(columns)
        self.close_column.addItems(columns)
        if detected:
            self.date_column.setCurrentText(detected.date)
            self.close_column.setCurrentText(detected.close)
            self.summary.setText(f"Recognised as {detected.format}.")
        else:
            self.summary.setText("Columns not recognised: choose the date and close columns.")

    def _columns(self) -> PriceColumns | None:
        detected = detect_columns([self.date_column.itemText(i) for i in range(self.date_column.count())])
        chosen = (self.date_column.currentText(), self.close_column.currentText())
        if detected and (detected.date, detected.close) == chosen:
            return detected
        return PriceColumns(*chosen) if all(chosen) else None

    def options(self) -> CsvOptions:
        return CsvOptions(date_order=self.date_order.currentData(), decimal=self.decimal.currentData())

    def _run(self, dry_run: bool) -> None:
        path = self.file.text().strip()
        if not Path(path).is_file():
            self.summary.setText("Choose a file first.")
            return
        options, skip, source = self.options(), self.skip_invalid.isChecked(), self.workspace.store
        chosen = ImportOptions(options, asset=self.asset.text(), columns=self._columns(), skip_invalid=skip,
                               accept_implausible=self.accept_implausible, dry_run=dry_run)
        importer = self.importer

        def work(progress, cancelled):
            store = source.reopen()  # its own connection, in the worker thread
            try:
                return importer(store, path, chosen, progress, cancelled)
            finally:
                store.close()

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(int(f * 100)),
                             finished=lambda report: self._finished(report, dry_run), failed=self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.cancel_button.setText("Stop" if busy else "Close")

    def _finished(self, report: ImportReport | WholeFileResult, dry_run: bool) -> None:
        self._busy(False)
        self.task = None
        self.report = report
        self.summary.setText(report.summary())
        self.problems.set_records(list(report.invalid))
        if report.written:
            self.accept()
        elif report.implausible and report.blocked and not self.accept_implausible \
                and self.ask_implausible(report.implausible):
            self.accept_implausible = True
            self._run(dry_run)  # the same step again, now that the user has accepted the evidence

    def ask_implausible(self, evidence: str) -> bool:
        """Ask before importing a series that does not look like the asset; the default answer is No."""
        asset = self.asset.text().strip().upper()
        answer = QMessageBox.question(
            self, "These may not be prices of " + asset,
            f"{Path(self.file.text()).name} does not look like {asset} prices in US$:\n\n{evidence}.\n\n"
            f"It may be another series (an exchange rate, another asset or currency). Import it as {asset} prices "
            "anyway?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        self.summary.setText(f"Nothing was written: {error_text(error)}")

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()


class PurchaseDialog(QDialog):
    """Add or edit one purchase of an IMF arrangement (amounts in SDR millions, as the IMF quotes them)."""

    def __init__(self, workspace: Workspace, arrangement: d.Arrangement, parent=None, existing: d.Purchase | None = None):
        super().__init__(parent)
        self.workspace, self.arrangement, self.existing = workspace, arrangement, existing
        self.accepted_purchase: d.Purchase | None = None
        self.setWindowTitle(f"{'Edit' if existing else 'Add'} purchase: {arrangement.name}")
        self.date = DateField()
        self.date.setMinimumDate(_qdate(arrangement.approval_date))
        self.amount = _amount(2, 1e7)
        self.status = QComboBox()
        self.status.addItems(d.PURCHASE_STATUSES)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        form = QFormLayout()
        for label, widget in (("Date", self.date), ("Amount (SDR millions)", self.amount), ("Status", self.status),
                              ("Note", self.note)):
            form.addRow(label, widget)
        p = existing or d.Purchase(arrangement.approval_date, 0.0, "planned")
        self.date.setDate(_qdate(p.date))
        self.amount.setValue(p.amount_sdr / 1e6)
        self.status.setCurrentText(p.status)
        self.note.setText(p.note or "")
        self.error = form_footer(self, form)

    def _accept(self) -> None:
        p = d.Purchase(date=_pydate(self.date.date()), amount_sdr=self.amount.value() * 1e6, status=self.status.currentText(),
                       note=self.note.text() or None, source=self.existing.source if self.existing else "entered in Reserve Desk")
        pid = self.existing.id if self.existing else None
        problems = self.workspace._purchase_problems(self.arrangement, p, pid)
        if problems:
            self.error.setText("; ".join(map(problem_text, problems)))
            return
        self.accepted_purchase = p
        self.accept()


class ArrangementDialog(QDialog):
    """Edit an arrangement's terms. Validation is the program file's: a change that would make the
    purchases exceed access, say, is refused with the field named."""

    def __init__(self, workspace: Workspace, arrangement: d.Arrangement, parent=None):
        super().__init__(parent)
        self.workspace, self.arrangement = workspace, arrangement
        self.setWindowTitle(f"Terms: {arrangement.name}")
        a = arrangement
        self.name = QLineEdit(a.name)
        self.facility = QComboBox()
        self.facility.addItems(d.FACILITIES)
        self.facility.setCurrentText(a.facility)
        self.approval = DateField()
        self.approval.setDate(_qdate(a.approval_date))
        self.months = QDoubleSpinBox()
        self.months.setDecimals(0)
        self.months.setRange(1, 120)
        self.months.setValue(a.months)
        self.access, self.quota = _amount(2, 1e7), _amount(2, 1e7)
        self.access.setValue(a.access_sdr / 1e6)
        self.quota.setValue(a.quota_sdr / 1e6)
        self.usd_per_sdr = _amount(4, 100)
        self.usd_per_sdr.setValue(a.usd_per_sdr)
        self.policy = QComboBox()
        self.policy.addItems(d.CHARGES_POLICIES)
        self.policy.setCurrentText(a.charges_policy)
        self.rates = QLineEdit("; ".join(f"{r.from_date}: {r.sdr_rate * 100:g}" for r in a.sdr_rates))
        self.rates.setToolTip("SDR interest rate steps, 'YYYY-MM-DD: percent' separated by ';', e.g. 2025-03-25: 3.1")
        rep = a.repayment or d.Repayment(12, 6, 54)
        self.repayment = QLineEdit(f"{rep.installments}, {rep.months_between}, {rep.first_after_months}")
        self.repayment.setToolTip("custom facilities: installments, months between them, months to the first")
        form = QFormLayout()
        for label, widget in (("Name", self.name), ("Facility", self.facility), ("Approved", self.approval),
                              ("Length (months)", self.months), ("Access (SDR millions)", self.access),
                              ("Quota (SDR millions)", self.quota), ("USD per SDR", self.usd_per_sdr),
                              ("Charges policy", self.policy), ("SDR rate steps (%)", self.rates),
                              ("Repayment (custom)", self.repayment)):
            form.addRow(label, widget)
        self.error = form_footer(self, form)

    def changes(self) -> dict:
        rates = []
        for part in filter(None, (p.strip() for p in self.rates.text().split(";"))):
            day, _, rate = part.partition(":")
            try:
                rates.append({"from": day.strip(), "rate": float(rate) / 100})
            except ValueError:
                rates.append({"from": day.strip(), "rate": rate.strip()})  # the validator names it
        changes = {"name": self.name.text().strip(), "facility": self.facility.currentText(),
                   "approval_date": _pydate(self.approval.date()).isoformat(), "months": int(self.months.value()),
                   "access_sdr": self.access.value() * 1e6, "quota_sdr": self.quota.value() * 1e6,
                   "usd_per_sdr": self.usd_per_sdr.value(), "charges_policy": self.policy.currentText(), "sdr_rate": rates}
        if self.facility.currentText() == "custom":
            try:
                n, gap, first = (int(x) for x in self.repayment.text().split(","))
                changes["repayment"] = {"installments": n, "months_between": gap, "first_after_months": first}
            except ValueError:
                changes["repayment"] = None  # the validator names it
        return changes

    def _accept(self) -> None:
        changes = self.changes()
        try:
            self.workspace.update_arrangement_terms(self.arrangement.name, changes)
        except InputError as exc:
            self.error.setText("; ".join(map(problem_text, exc.problems)))
            return
        self.saved_name = changes["name"]
        self.accept()
