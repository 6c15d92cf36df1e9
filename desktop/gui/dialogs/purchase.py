"""Add or edit one purchase of an IMF arrangement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
)

from ...core import domain as d
from ...core.words import problem_text
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from .forms import amount_field, form_footer


class PurchaseDialog(QDialog):
    """Add or edit one purchase of an IMF arrangement (amounts in SDR millions, as the IMF quotes them)."""

    def __init__(self, workspace: Workspace, arrangement: d.Arrangement, parent=None, existing: d.Purchase | None = None):
        super().__init__(parent)
        self.workspace, self.arrangement, self.existing = workspace, arrangement, existing
        self.accepted_purchase: d.Purchase | None = None
        self.setWindowTitle(f"{'Edit' if existing else 'Add'} purchase: {arrangement.name}")
        self.date = DateField()
        self.date.setMinimumDate(to_qdate(arrangement.approval_date))
        self.amount = amount_field(2, 1e7)
        self.status = QComboBox()
        self.status.addItems(d.PURCHASE_STATUSES)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        form = QFormLayout()
        for label, widget in (("Date", self.date), ("Amount (SDR millions)", self.amount), ("Status", self.status),
                              ("Note", self.note)):
            form.addRow(label, widget)
        p = existing or d.Purchase(arrangement.approval_date, 0.0, "planned")
        self.date.setDate(to_qdate(p.date))
        self.amount.setValue(p.amount_sdr / 1e6)
        self.status.setCurrentText(p.status)
        self.note.setText(p.note or "")
        self.error = form_footer(self, form)

    def _accept(self) -> None:
        p = d.Purchase(date=to_date(self.date.date()), amount_sdr=self.amount.value() * 1e6, status=self.status.currentText(),
                       note=self.note.text() or None, source=self.existing.source if self.existing else "entered in Reserve Desk")
        pid = self.existing.id if self.existing else None
        problems = self.workspace.purchase_problems(self.arrangement, p, pid)
        if problems:
            self.error.setText("; ".join(map(problem_text, problems)))
            return
        self.accepted_purchase = p
        self.accept()
