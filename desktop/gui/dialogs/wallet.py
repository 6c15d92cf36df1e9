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
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import InputError
from ...core.workspace import Workspace
from .forms import FieldErrors, amount_field, form_footer

KIND_WORDS = {  # the kinds of wallet in words (the stored codes, which the CSV files and the command line keep)
    #: a kind of wallet: keys kept offline
    "cold": QT_TRANSLATE_NOOP("WalletDialog", "cold"),
    #: a kind of wallet: keys on a machine connected to the network
    "hot": QT_TRANSLATE_NOOP("WalletDialog", "hot"),
    #: a kind of wallet: several keys must sign
    "multisig": QT_TRANSLATE_NOOP("WalletDialog", "multisig"),
    #: a kind of wallet: an account at a trading platform
    "exchange": QT_TRANSLATE_NOOP("WalletDialog", "exchange"),
    #: a kind of wallet: held for the reserve by a custodian
    "custodial": QT_TRANSLATE_NOOP("WalletDialog", "custodial"),
}


def kind_text(kind: str) -> str:
    """A wallet's kind in the interface's language (the stored code when it has no words)."""
    return translate("WalletDialog", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


class WalletDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None, existing: d.Wallet | None = None):
        super().__init__(parent)
        self.workspace, self.existing = workspace, existing
        self.setWindowTitle(self.tr("Edit wallet") if existing else self.tr("Add wallet"))
        self.name, self.custodian, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.name, self.custodian, self.address):
            w.setMaxLength(200)
        self.kind = QComboBox()
        for kind in d.WALLET_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        #: the cap field at zero: the wallet has no limit
        self.cap = amount_field(8, d.MAX_BTC, self.tr("no cap"))
        self.archived = QCheckBox(self.tr("Archived (hidden from new entries; its history stays)"))
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind), (self.tr("Custodian"), self.custodian),
                              (self.tr("Address"), self.address), (self.tr("Cap (BTC)"), self.cap), ("", self.archived)):
            form.addRow(label, widget)
        if existing:
            self.name.setText(existing.name)
            self.kind.setCurrentIndex(max(self.kind.findData(existing.kind), 0))
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
        return d.Wallet(name=self.name.text().strip(), kind=self.kind.currentData(), custodian=self.custodian.text() or None,
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
