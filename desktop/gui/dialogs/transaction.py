"""Add or edit one ledger row; validation is the core's (the same rules as the CSV importer)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
)

from ...core import domain as d
from ...core.io.fields import InputError
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from ..ledger_model import kind_text
from .forms import FieldErrors, amount_field, form_footer


class TransactionDialog(QDialog):
    """Add or edit one ledger row. ``accepted_transaction`` holds the validated entry."""

    def __init__(self, workspace: Workspace, parent=None, existing: d.Transaction | None = None,
                 day: dt.date | None = None):
        """``day``: a new row's date, the date the window shows (else today): a row added for today while the
        window shows an earlier date changed none of the figures in view."""
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Edit transaction") if existing else self.tr("Add transaction"))
        self.accepted_transaction: d.Transaction | None = None
        wallets = [w.name for w in workspace.wallets if not w.archived or (existing and w.name in (existing.wallet, existing.to_wallet))]
        form = QFormLayout()
        self.date = DateField()
        self.date.setDateRange(to_qdate(d.GENESIS_DATE), to_qdate(dt.date.today()))
        self.kind = QComboBox()
        for kind in d.TRANSACTION_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.wallet = QComboBox()
        self.wallet.addItems(wallets)
        self.to_wallet = QComboBox()
        self.to_wallet.addItems(wallets)
        self.quantity = amount_field(8, d.MAX_BTC)
        #: an amount field at zero: no price or fee given
        none = self.tr("none")
        self.price = amount_field(2, 1e11, none)
        self.fee = amount_field(2, 1e11, none)
        self.counterparty, self.reference, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.counterparty, self.reference, self.note):
            w.setMaxLength(1000)
        for label, widget in ((self.tr("Date"), self.date), (self.tr("Kind"), self.kind), (self.tr("Wallet"), self.wallet),
                              (self.tr("To wallet"), self.to_wallet), (self.tr("Quantity (BTC)"), self.quantity),
                              (self.tr("Price per BTC (USD)"), self.price), (self.tr("Fee (USD)"), self.fee),
                              (self.tr("Counterparty"), self.counterparty), (self.tr("Reference"), self.reference),
                              (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        self.kind.currentIndexChanged.connect(lambda *_: self._kind_changed(self.kind.currentData()))
        self.error = form_footer(self, form)
        self.existing_id = existing.id if existing else None
        self.setMinimumWidth(480)  # a reason under a field reads on two lines, not six
        self.field_errors = FieldErrors(form, {
            "date": self.date, "kind": self.kind, "wallet": self.wallet, "to_wallet": self.to_wallet,
            "quantity": self.quantity, "price_usd": self.price, "fee_usd": self.fee, "counterparty": self.counterparty,
            "reference": self.reference, "note": self.note}, self.error)
        if existing:
            self.date.setDate(to_qdate(existing.date))
            self.kind.setCurrentIndex(max(self.kind.findData(existing.kind), 0))
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
            self.date.setDate(to_qdate(min(day or dt.date.today(), dt.date.today())))
        self._kind_changed(self.kind.currentData())

    def _kind_changed(self, kind: str) -> None:
        self.to_wallet.setEnabled(kind == "transfer")
        self.price.setEnabled(kind not in ("transfer", "seizure", "donation", "fee"))

    def transaction(self) -> d.Transaction:
        kind = self.kind.currentData()
        price = self.price.value() if self.price.isEnabled() and self.price.value() > 0 else None
        return d.Transaction(
            date=to_date(self.date.date()), kind=kind, wallet=self.wallet.currentText(),
            to_wallet=self.to_wallet.currentText() if kind == "transfer" else None,
            quantity=self.quantity.value(), price_usd=price, fee_usd=self.fee.value() or None,
            counterparty=self.counterparty.text() or None, reference=self.reference.text() or None,
            note=self.note.text() or None)

    def _accept(self) -> None:
        if not self.wallet.count():
            self.field_errors.show(["wallet: " + self.tr("this workspace has no wallet yet: add one first "
                                                         "(Holdings > Add wallet…)")])
            return
        t = self.transaction()
        try:  # the fields, then every wallet's balance with the entry in: a refusal keeps what was typed
            self.workspace.check_transaction(t, self.existing_id)
        except InputError as exc:
            self.field_errors.show(exc.problems)
            return
        self.accepted_transaction = t
        self.accept()
