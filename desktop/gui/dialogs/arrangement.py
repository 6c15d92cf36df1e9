"""Edit an IMF arrangement's terms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from ...core import domain as d
from ...core import fmt
from ...core.io.fields import InputError
from ...core.words import problem_text, value_text
from ...core.workspace import Workspace
from ..date_field import DateField, to_date, to_qdate
from .forms import amount_field, form_footer


class ArrangementDialog(QDialog):
    """Edit an arrangement's terms. Validation is the program file's: a change that would make the
    purchases exceed access, say, is refused with the field named. The quota and the SDR-rate path are the
    member's, one for every arrangement (Member terms…), not an arrangement's."""

    def __init__(self, workspace: Workspace, arrangement: d.Arrangement, parent=None):
        super().__init__(parent)
        self.workspace, self.arrangement = workspace, arrangement
        self.setWindowTitle(self.tr("Terms: {name}").format(name=arrangement.name))
        a = arrangement
        self.name = QLineEdit(a.name)
        self.facility = QComboBox()
        for code in d.FACILITIES:  # the IMF's codes stay; a facility of the user's own terms is said in words
            #: a facility with repayment terms the user sets
            self.facility.addItem(self.tr("custom") if code == "custom" else code, code)
        self.facility.setCurrentIndex(max(self.facility.findData(a.facility), 0))
        self.approval = DateField()
        self.approval.setDate(to_qdate(a.approval_date))
        self.months = QDoubleSpinBox()
        self.months.setDecimals(0)
        self.months.setRange(1, 120)
        self.months.setValue(a.months)
        self.access = amount_field(2, 1e7)
        self.access.setValue(a.access_sdr / 1e6)
        # the member's quota is one figure of the workspace (Member terms…): shown here for access as % of quota
        self.quota = QLabel()
        self.quota.setToolTip(self.tr("The member's quota on the approval date; change it in Member terms… (a "
                                      "history with effective dates, one for every arrangement)."))
        for signal in (self.approval.dateChanged, self.access.valueChanged):
            signal.connect(lambda *_: self._show_quota())
        self.usd_per_sdr = amount_field(4, 100)
        self.usd_per_sdr.setValue(a.usd_per_sdr)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("By date (the policy in force on each day)"), None)
        for name in d.CHARGES_POLICIES:
            self.policy.addItem(self.tr("Pinned: {policy}").format(policy=value_text("charges_policy", name)), name)
        self.policy.setCurrentIndex(max(self.policy.findData(a.charges_policy), 0))
        self.policy.setToolTip(self.tr("By date: the IMF's charges changed on 2024-11-01 and each day's charges follow "
                                       "the policy then in force. Pinned: this arrangement's margin and fees follow one "
                                       "policy."))
        rep = a.repayment or d.Repayment(12, 6, 54)
        self.repayment = QLineEdit(f"{rep.installments}, {rep.months_between}, {rep.first_after_months}")
        self.repayment.setToolTip(self.tr("custom facilities: installments, months between them, months to the first"))
        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Facility"), self.facility),
                              (self.tr("Approved"), self.approval), (self.tr("Length (months)"), self.months),
                              (self.tr("Access (SDR millions)"), self.access), (self.tr("Member's quota"), self.quota),
                              (self.tr("USD per SDR"), self.usd_per_sdr), (self.tr("Charges policy"), self.policy),
                              (self.tr("Repayment (custom)"), self.repayment)):
            form.addRow(label, widget)
        self._show_quota()
        self.error = form_footer(self, form)

    def _show_quota(self) -> None:
        quota = self.workspace.quota_on(to_date(self.approval.date()))
        self.quota.setText(self.tr("none yet: add it in Member terms…") if quota is None else
                           self.tr("SDR {quota} m on the approval date; access {share} of quota").format(
                               quota=fmt.sdr_m(quota), share=fmt.pct(self.access.value() * 1e6 / quota, 0)))

    def changes(self) -> dict:
        changes = {"name": self.name.text().strip(), "facility": self.facility.currentData(),
                   "approval_date": to_date(self.approval.date()).isoformat(), "months": int(self.months.value()),
                   "access_sdr": self.access.value() * 1e6, "usd_per_sdr": self.usd_per_sdr.value(),
                   "charges_policy": self.policy.currentData()}
        if self.facility.currentData() == "custom":
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
