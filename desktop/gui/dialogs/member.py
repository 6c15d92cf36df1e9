"""Member terms: the member's IMF quota (a history), the one SDR interest-rate path every arrangement uses with
what is assumed past its last observation, and the RST pricing group. Each change is written when it is made and
is one step of Edit > Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ...core import domain as d
from ...core import fmt
from ...core.engine import fund
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import InputError
from ...core.words import problem_text
from ...core.workspace import Workspace
from ..commands import EditMember, EditMemberStep
from ..date_field import DateField, to_date, to_qdate
from ..table_model import Column, RecordTableModel
from ..widgets import button, fit_dialog, note_label, record_table
from .forms import amount_field, error_label, form_footer

ENTERED = QT_TRANSLATE_NOOP("MemberDialog", "entered in Reserve Desk")  # stored as the source: shown translated
RATE_RANGE_PCT = (0.0, 20.0)  # the SDR rate's floor is 0.05%; its highest since 1981 was under 15%
RST_GROUPS = (  # who each RST pricing group is
    ("A", QT_TRANSLATE_NOOP("MemberDialog", "PRGT-eligible members with income per head below the IDA operational cutoff")),
    ("B", QT_TRANSLATE_NOOP("MemberDialog", "other PRGT-eligible members")),
    ("C", QT_TRANSLATE_NOOP("MemberDialog", "every other RSF-eligible member")))


def rst_groups_text() -> str:
    """One line per RST pricing group: who is in it and its margin over the SDR rate."""
    return "\n".join(translate("MemberDialog", "{group}: {who}: SDR rate + {margin} bp.").format(
        group=g, who=translate("MemberDialog", who), margin=fmt.number(fund.RST_MARGIN[g] * 1e4, 0))
        for g, who in RST_GROUPS)


def rst_group_tip() -> str:
    return "\n".join((
        translate("MemberDialog", "The Resilience and Sustainability Trust prices RSF loans by country group: interest "
                  "is the SDR interest rate plus the group's margin, with no service charge, commitment fee or surcharge."),
        rst_groups_text(),
        translate("MemberDialog", "Not set: group C is assumed, and the schedules say so."),
        translate("MemberDialog", "Source: IMF Policy Paper No. 2022/013, Proposal to Establish a Resilience and "
                  "Sustainability Trust (April 2022), which tiers the interest rate by country group; IMF, RSF "
                  "factsheet (2023).")))


def source_text(source: str | None) -> str | None:
    """A step's source as shown: the app's own mark for a figure typed in is in the interface's language."""
    return translate("MemberDialog", ENTERED) if source == ENTERED else source


def rate_text(rate: float) -> str:
    """An SDR interest rate (a fraction) in percent to a thousandth, as the IMF publishes it weekly."""
    return f"{fmt.number(rate * 100, 3)}%"


class StepDialog(QDialog):
    """Add or edit one step of the quota history (``kind`` "quota") or of the SDR-rate path ("sdr_rate"). OK
    writes it; a refusal is said under the form and changes nothing."""

    def __init__(self, workspace: Workspace, kind: str, existing=None, parent=None):
        super().__init__(parent)
        self.workspace, self.kind, self.existing = workspace, kind, existing
        self.saved = None
        quota = kind == "quota"
        self.setWindowTitle((self.tr("Edit quota") if existing else self.tr("Add quota")) if quota else
                            self.tr("Edit SDR interest rate") if existing else self.tr("Add SDR interest rate"))
        self.date = DateField()
        if quota:
            self.value = amount_field(2, 1e7)
        else:
            self.value = QDoubleSpinBox()
            self.value.setDecimals(3)
            self.value.setRange(*RATE_RANGE_PCT)
            self.value.setSuffix(" %")
        self.source = QLineEdit()
        self.source.setMaxLength(1000)
        self.source.setMinimumWidth(self.source.fontMetrics().averageCharWidth() * 50)  # a citation, read whole
        self.source.setPlaceholderText(self.tr("e.g. IMF, Members' quotas and voting power") if quota else
                                       self.tr("e.g. IMF, SDR interest rate for the week of …"))
        form = QFormLayout()
        form.addRow(self.tr("Effective from") if quota else self.tr("From"), self.date)
        form.addRow(self.tr("Quota (SDR millions)") if quota else self.tr("SDR interest rate"), self.value)
        form.addRow(self.tr("Source"), self.source)
        self.note = None
        if quota:
            self.note = QLineEdit()
            self.note.setMaxLength(1000)
            form.addRow(self.tr("Note"), self.note)
        steps = workspace.member.quotas if quota else workspace.member.sdr_rates
        latest = existing or (steps[-1] if steps else None)
        if latest is not None:  # a new step starts from the latest figure: a quota review raises it, a rate moves
            self.value.setValue(latest.quota_sdr / 1e6 if quota else latest.sdr_rate * 100)
        if existing is not None:
            self.date.setDate(to_qdate(existing.effective_date if quota else existing.from_date))
            self.source.setText(source_text(existing.source) or "")
            self.source.setCursorPosition(0)  # a long citation reads from its start
            if quota:
                self.note.setText(existing.note or "")
                self.note.setCursorPosition(0)
        self.error = form_footer(self, form)

    def step(self):
        """The step as entered. A value the user left as shown keeps the stored figure (a rate typed in percent and
        divided back differs in the last binary digit); a changed value whose source was left alone is the user's."""
        old = self.existing
        quota = self.kind == "quota"
        shown = (old.quota_sdr / 1e6 if quota else old.sdr_rate * 100) if old is not None else None
        same = shown is not None and round(shown, self.value.decimals()) == round(self.value.value(), self.value.decimals())
        source = self.source.text().strip() or None
        if source == source_text(ENTERED):  # the app's own mark, as shown in the interface's language
            source = ENTERED
        if old is not None and not same and source == old.source:
            source = None
        source = source or ENTERED
        day = to_date(self.date.date())
        if quota:  # quotas are whole SDR; a rate shown to a thousandth of a percent is five decimals of a fraction
            return d.QuotaStep(day, old.quota_sdr if same else float(round(self.value.value() * 1e6)), source,
                               self.note.text().strip() or None)
        return d.RateStep(day, old.sdr_rate if same else round(self.value.value() / 100, 5), source)

    def _accept(self) -> None:
        step = self.step()
        try:
            EditMemberStep.replace(self.workspace, self.kind, self.existing, step)
        except InputError as exc:
            self.error.setText("; ".join(map(problem_text, exc.problems)))
            return
        self.saved = step
        self.accept()


class MemberDialog(QDialog):
    """The member's terms, each change written at once: ``record(command)`` puts it on Edit > Undo and lets the
    tabs re-read; ``changed`` is what the commands call after an undo or redo."""

    def __init__(self, workspace: Workspace, record: Callable[[QUndoCommand], None], changed: Callable[[], None],
                 parent=None, import_rates: Callable[[], None] | None = None):
        super().__init__(parent)
        self.workspace, self.record, self.changed = workspace, record, changed
        self._showing = False  # True while the widgets are set from the workspace: no change by the user
        self.setWindowTitle(self.tr("Member terms"))
        source = self.tr("Source: {source}")
        self.quota_model = RecordTableModel([
            Column(self.tr("Effective from"), lambda q: q.effective_date.isoformat()),
            Column(self.tr("Quota (SDR m)"), lambda q: q.quota_sdr, fmt.sdr_m, numeric=True),
            Column(self.tr("Source or note"), lambda q: source_text(q.source) or q.note,
                   tooltip=lambda q: "\n".join(x for x in (q.note, q.source and source.format(source=source_text(q.source)))
                                               if x)),
        ])
        self.rate_model = RecordTableModel([
            Column(self.tr("From"), lambda r: r.from_date.isoformat()),
            Column(self.tr("SDR rate"), lambda r: r.sdr_rate, rate_text, numeric=True),
            Column(self.tr("Source"), lambda r: source_text(r.source), tooltip=lambda r: source_text(r.source)),
        ])
        self.models = {"quota": self.quota_model, "sdr_rate": self.rate_model}
        self.views = {kind: record_table(model, stretch_column=2, sort_column=0, descending=True)  # the latest first
                      for kind, model in self.models.items()}
        self.buttons = {}
        for kind, view in self.views.items():
            view.doubleClicked.connect(lambda *_, k=kind: self.edit_step(k))
            view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
            self.buttons[kind] = [button(self.tr("Add…"), lambda _=False, k=kind: self.add_step(k)),
                                  button(self.tr("Edit…"), lambda _=False, k=kind: self.edit_step(k)),
                                  button(self.tr("Delete"), lambda _=False, k=kind: self.delete_step(k))]
        if import_rates is not None:  # the window's import (File > Import), undone as one step
            self.buttons["sdr_rate"].append(button(
                self.tr("Import weekly rates (CSV)…"), lambda: (import_rates(), self._show()),
                self.tr("The IMF's weekly SDR interest rate, saved as date,rate (the rate as a fraction); steps "
                        "already in the path are kept")))
        for b in (b for row in self.buttons.values() for b in row):
            b.setAutoDefault(False)  # Return in the rate field saves the rate; it must not also press Add…

        quota_box = self._box(self.tr("IMF quota"), self.views["quota"], self.buttons["quota"], note_label(self.tr(
            "Each figure holds from its date until the next. Access, credit as % of quota and the surcharge "
            "threshold use the quota in force on each day; credit before the first date uses the first quota.")))
        rate_box = self._box(self.tr("SDR interest rate (one path for every arrangement)"), self.views["sdr_rate"],
                             self.buttons["sdr_rate"], self._after_row())
        self.group = QComboBox()
        self.group.addItem(self.tr("Not set (group C assumed)"), None)
        for g in d.RST_GROUPS:
            self.group.addItem(self.tr("Group {group}").format(group=g), g)
        tip = rst_group_tip()
        self.group.setToolTip(tip)
        self.group.activated.connect(lambda *_: self._set_group())
        group_row = QHBoxLayout()
        group_label = QLabel(self.tr("RST pricing group (RSF loans):"))
        group_label.setToolTip(tip)
        group_label.setBuddy(self.group)
        group_row.addWidget(group_label)
        group_row.addWidget(self.group)
        group_row.addWidget(note_label(rst_groups_text().replace("\n", " ")), 1)

        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        tables = QHBoxLayout()
        tables.addWidget(quota_box, 1)
        tables.addWidget(rate_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr("The workspace's member in the Fund: every arrangement uses these. Each "
                                            "change is saved as you make it; Edit > Undo reverses it.")))
        layout.addLayout(tables, 1)
        layout.addLayout(group_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        # each edit is saved as it is made: Return in a field ends the edit, it does not press a button
        for push in self.findChildren(QPushButton):
            push.setAutoDefault(False)
            push.setDefault(False)
        fit_dialog(self, 980, 560)
        self._show()

    @staticmethod
    def _box(title: str, view, buttons, below) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        if isinstance(below, QLabel):
            layout.addWidget(below)
        else:
            layout.addLayout(below)
        return box

    def _after_row(self) -> QVBoxLayout:
        """What the path assumes past its last observation: the last rate held flat, or a rate the user sets."""
        self.after_label = QLabel()
        self.held_flat = QRadioButton(self.tr("Held flat at the last rate"))
        self.set_rate = QRadioButton(self.tr("A rate I set:"))
        self.after_rate = QDoubleSpinBox()
        self.after_rate.setDecimals(3)
        self.after_rate.setRange(*RATE_RANGE_PCT)
        self.after_rate.setSuffix(" %")
        self.after_rate.setToolTip(self.tr("The SDR interest rate assumed after the last step of the path, for every "
                                           "arrangement"))
        choice = QButtonGroup(self)
        for b in (self.held_flat, self.set_rate):
            choice.addButton(b)
            b.toggled.connect(lambda on, _b=b: on and self._set_after())
        self.after_rate.editingFinished.connect(self._set_after)
        row = QHBoxLayout()
        row.addWidget(self.held_flat)
        row.addWidget(self.set_rate)
        row.addWidget(self.after_rate)
        row.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(self.after_label)
        box.addLayout(row)
        return box

    # ---- showing ------------------------------------------------------------------------------------

    def _show(self, selected=None) -> None:
        """The terms as stored, with a step selected: ``selected`` (one just saved), else the one selected before,
        else the latest."""
        m = self.workspace.member
        self._showing = True
        try:
            for kind, steps in (("quota", m.quotas), ("sdr_rate", m.sdr_rates)):
                before = self._selected(kind)
                self.models[kind].set_records(steps)
                target = next((s for s in (selected, before) if s in steps), steps[-1] if steps else None)
                if target is not None:
                    self.select(kind, target)
            last = m.sdr_rates[-1] if m.sdr_rates else None
            self.after_label.setText(
                self.tr("No SDR rate yet: add one, or import a program file that states it.") if last is None else
                self.tr("After the last observation ({date}, {rate}):").format(date=last.from_date,
                                                                               rate=rate_text(last.sdr_rate)))
            (self.held_flat if m.sdr_rate_after is None else self.set_rate).setChecked(True)
            rate = m.sdr_rate_after if m.sdr_rate_after is not None else last.sdr_rate if last else 0.0
            self.after_rate.setValue(rate * 100)
            self.group.setCurrentIndex(max(self.group.findData(m.rst_group), 0))
        finally:
            self._showing = False
        self._enable()

    def _enable(self) -> None:
        has_rate = bool(self.rate_model.records)
        for b in (self.held_flat, self.set_rate):
            b.setEnabled(has_rate)
        self.after_rate.setEnabled(has_rate and self.set_rate.isChecked())
        for kind, (_, edit, delete, *_) in self.buttons.items():
            selected = self._selected(kind) is not None
            for b in (edit, delete):
                b.setEnabled(selected)
                b.setToolTip("" if selected else self.tr("Select a row first."))

    def select(self, kind: str, step) -> None:
        """Select ``step`` in its table (the tables show the latest first)."""
        model, view = self.models[kind], self.views[kind]
        view.selectRow(view.model().mapFromSource(model.index(model.records.index(step), 0)).row())

    def _selected(self, kind: str):
        view = self.views[kind]
        index = view.currentIndex()
        if not index.isValid():
            return None
        return self.models[kind].records[view.model().mapToSource(index).row()]

    # ---- changes ------------------------------------------------------------------------------------

    def _done(self, command: QUndoCommand, saved=None) -> None:
        """A change was written: record it for Edit > Undo (the tabs re-read) and show the terms as stored, with
        the step ``saved`` selected."""
        self.error.clear()
        self.record(command)
        self._show(saved)

    def add_step(self, kind: str) -> None:
        dialog = StepDialog(self.workspace, kind, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._done(EditMemberStep(self.workspace, self.changed, kind, None, dialog.saved), dialog.saved)

    def edit_step(self, kind: str) -> None:
        before = self._selected(kind)
        if before is None:
            return
        dialog = StepDialog(self.workspace, kind, before, parent=self)
        if dialog.exec() and dialog.saved is not None and dialog.saved != before:
            self._done(EditMemberStep(self.workspace, self.changed, kind, before, dialog.saved), dialog.saved)

    def delete_step(self, kind: str) -> None:
        before = self._selected(kind)
        if before is None:
            return
        try:
            row_id = EditMemberStep.replace(self.workspace, kind, before, None)
        except InputError as exc:
            self.error.setText("; ".join(map(problem_text, exc.problems)))
            return
        self._done(EditMemberStep(self.workspace, self.changed, kind, before, None, row_id))

    def _update(self, text: str, **after) -> None:
        """Change the member's settings ``after`` (keywords of ``update_member``) unless they are as stored."""
        m = self.workspace.member
        before = {k: getattr(m, k) for k in after}
        if before == after:
            return
        try:
            self.workspace.update_member(**after)
        except InputError as exc:
            self.error.setText("; ".join(map(problem_text, exc.problems)))
            self._show()  # the widgets show what is stored again
            return
        self._done(EditMember(self.workspace, self.changed, before, after, text))

    def _set_group(self) -> None:
        group = self.group.currentData()
        self._update(self.tr("RST pricing group: {group}").format(group=group) if group else
                     self.tr("RST pricing group: not set"), rst_group=group)

    def _set_after(self) -> None:
        if self._showing:
            return
        self._enable()
        if self.held_flat.isChecked():
            self._update(self.tr("SDR rate after the last observation: held flat"), sdr_rate_after=None)
            return
        stored = self.workspace.member.sdr_rate_after
        shown = self.after_rate.value()
        if stored is not None and round(stored * 100, 3) == round(shown, 3):
            return  # as stored (the percent shown, divided back, may differ in the last digit)
        self._update(self.tr("SDR rate after the last observation: {rate}").format(rate=rate_text(shown / 100)),
                     sdr_rate_after=round(shown / 100, 5))
