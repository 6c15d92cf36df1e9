"""Add or edit a wallet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
)

from ...core import domain as d
from ...core.io.fields import InputError
from ...core.workspace import Workspace
from .forms import FieldErrors, amount_field, form_footer


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
        self.cap = amount_field(8, d.MAX_BTC, "no cap")
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
