"""Edit an IMF arrangement's terms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
)

from ...core import domain as d
from ...core.io.fields import InputError
from ...core.words import problem_text
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from .forms import amount_field, form_footer


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
        self.approval.setDate(to_qdate(a.approval_date))
        self.months = QDoubleSpinBox()
        self.months.setDecimals(0)
        self.months.setRange(1, 120)
        self.months.setValue(a.months)
        self.access, self.quota = amount_field(2, 1e7), amount_field(2, 1e7)
        self.access.setValue(a.access_sdr / 1e6)
        self.quota.setValue(a.quota_sdr / 1e6)
        self.usd_per_sdr = amount_field(4, 100)
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
                   "approval_date": to_date(self.approval.date()).isoformat(), "months": int(self.months.value()),
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
