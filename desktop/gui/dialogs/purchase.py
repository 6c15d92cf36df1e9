"""Add or edit one purchase of an IMF arrangement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
)

from ...core import domain as d
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.words import problem_text
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from .forms import amount_field, form_footer

STATUS_WORDS = {  # a purchase's status in words (the stored codes, which the program's JSON keeps)
    #: an IMF purchase (a drawing) not yet made
    "planned": QT_TRANSLATE_NOOP("PurchaseDialog", "planned"),
    #: an IMF purchase (a drawing) already paid out
    "disbursed": QT_TRANSLATE_NOOP("PurchaseDialog", "disbursed"),
}


def status_text(status: str) -> str:
    """A purchase's status in the interface's language (the stored code when it has no words)."""
    return translate("PurchaseDialog", STATUS_WORDS[status]) if status in STATUS_WORDS else status


class PurchaseDialog(QDialog):
    """Add or edit one purchase of an IMF arrangement (amounts in SDR millions, as the IMF quotes them)."""

    def __init__(self, workspace: Workspace, arrangement: d.Arrangement, parent=None, existing: d.Purchase | None = None):
        super().__init__(parent)
        self.workspace, self.arrangement, self.existing = workspace, arrangement, existing
        self.accepted_purchase: d.Purchase | None = None
        title = self.tr("Edit purchase: {arrangement}") if existing else self.tr("Add purchase: {arrangement}")
        self.setWindowTitle(title.format(arrangement=arrangement.name))
        self.date = DateField()
        self.date.setMinimumDate(to_qdate(arrangement.approval_date))
        self.amount = amount_field(2, 1e7)
        self.status = QComboBox()
        for status in d.PURCHASE_STATUSES:
            self.status.addItem(status_text(status), status)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        form = QFormLayout()
        for label, widget in ((self.tr("Date"), self.date), (self.tr("Amount (SDR millions)"), self.amount),
                              (self.tr("Status"), self.status), (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        p = existing or d.Purchase(arrangement.approval_date, 0.0, "planned")
        self.date.setDate(to_qdate(p.date))
        self.amount.setValue(p.amount_sdr / 1e6)
        self.status.setCurrentIndex(max(self.status.findData(p.status), 0))
        self.note.setText(p.note or "")
        self.error = form_footer(self, form)

    def _accept(self) -> None:
        p = d.Purchase(date=to_date(self.date.date()), amount_sdr=self.amount.value() * 1e6, status=self.status.currentData(),
                       note=self.note.text() or None, source=self.existing.source if self.existing else "entered in Reserve Desk")
        pid = self.existing.id if self.existing else None
        problems = self.workspace.purchase_problems(self.arrangement, p, pid)
        if problems:
            self.error.setText("; ".join(map(problem_text, problems)))
            return
        self.accepted_purchase = p
        self.accept()
