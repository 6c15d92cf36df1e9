"""Issue 18, items 1-4 in the window: the member's quota is one history of the workspace, one SDR-rate path with an
assumption past its last observation, the RST pricing group, each edited in Member terms… and undoable; the
arrangement dialog has no quota or SDR rate of its own; the Charges policy column says "by date" unless pinned."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import domain as d

PROGRAM = 3


def _program(window, sample_copy, sample: str):
    window.open_workspace(sample_copy(sample))
    window.tabs.setCurrentIndex(PROGRAM)
    return window._built[PROGRAM]


def _member_dialog(program):
    from desktop.gui.dialogs.member import MemberDialog

    return MemberDialog(program.workspace, program._push, program.changed.emit, program)


def _answer_step(monkeypatch, *, day: dt.date | None = None, value: float | None = None, source: str | None = None):
    """The next Add…/Edit… step dialog is filled in as a user would, then OK; its error line is kept."""
    from desktop.gui.date_field import to_qdate
    from desktop.gui.dialogs.member import StepDialog

    seen = {}

    def exec_(dialog):
        if day is not None:
            dialog.date.setDate(to_qdate(day))
        if value is not None:
            dialog.value.setValue(value)
        if source is not None:
            dialog.source.setText(source)
        dialog._accept()
        seen["error"] = dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", exec_)
    return seen


def _column(model, title: str, row: int = 0, role: int = 0):
    return model.index(row, [c.title for c in model.columns].index(title)).data(role)


def _row(model, name: str) -> int:
    return next(i for i, p in enumerate(model.records) if p.arrangement.name == name)


# ---- the quota: one history, read by every arrangement -------------------------------------------------------


def test_a_quota_step_added_in_member_terms_is_every_arrangements_quota_and_undoes(window, sample_copy, monkeypatch):
    program = _program(window, sample_copy, "pakistan")
    ws = window.workspace
    before = ws.member.quotas
    eff = [p.arrangement for p in program.arrangement_model.records if p.arrangement.facility == "EFF"][-1]
    assert eff.approval_date not in {q.effective_date for q in before}
    row = _row(program.arrangement_model, eff.name)
    assert _column(program.arrangement_model, "Quota (SDR m)", row) == f"{ws.quota_on(eff.approval_date) / 1e6:,.2f}"

    dialog = _member_dialog(program)
    assert [q.effective_date for q in dialog.quota_model.records] == [q.effective_date for q in before]
    _answer_step(monkeypatch, day=eff.approval_date, value=3000.0, source="IMF, test")
    dialog.add_step("quota")
    assert d.QuotaStep(eff.approval_date, 3000e6, "IMF, test") in ws.member.quotas
    assert dialog.quota_model.records == list(ws.member.quotas)  # the dialog shows what is stored
    row = _row(program.arrangement_model, eff.name)  # the tab re-read the arrangements
    assert _column(program.arrangement_model, "Quota (SDR m)", row) == "3,000.00"
    assert _column(program.arrangement_model, "Access % quota", row) == f"{eff.access_sdr / 3000e6 * 100:,.1f}%"

    assert window.undo_stack.undoText() == f"Add quota from {eff.approval_date}"
    window.undo_stack.undo()
    assert ws.member.quotas == before
    row = _row(program.arrangement_model, eff.name)
    assert _column(program.arrangement_model, "Quota (SDR m)", row) == f"{eff.quota_sdr / 1e6:,.2f}"
    window.undo_stack.redo()
    assert d.QuotaStep(eff.approval_date, 3000e6, "IMF, test") in ws.member.quotas


def test_a_quota_edited_to_another_date_moves_and_undo_puts_it_back(window, sample_copy, monkeypatch):
    program = _program(window, sample_copy, "el-salvador")
    ws = window.workspace
    (first,) = ws.member.quotas[:1]
    before = ws.member.quotas
    dialog = _member_dialog(program)
    dialog.select("quota", first)
    moved = first.effective_date - dt.timedelta(days=365)
    _answer_step(monkeypatch, day=moved)  # the figure as it was: kept exactly, with its source
    dialog.edit_step("quota")
    assert ws.member.quotas[0] == d.QuotaStep(moved, first.quota_sdr, first.source, first.note)
    assert first.effective_date not in {q.effective_date for q in ws.member.quotas}
    _answer_step(monkeypatch, value=first.quota_sdr / 1e6 + 1)  # a new figure, its source left alone: the user's
    dialog.select("quota", ws.member.quotas[0])
    dialog.edit_step("quota")
    assert ws.member.quotas[0].quota_sdr == pytest.approx(first.quota_sdr + 1e6)
    assert ws.member.quotas[0].source == "entered in Reserve Desk"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert ws.member.quotas == before


def test_bad_quota_and_rate_steps_are_refused_naming_the_field(window, sample_copy, monkeypatch):
    program = _program(window, sample_copy, "pakistan")
    ws = window.workspace
    member = ws.member
    dialog = _member_dialog(program)
    seen = _answer_step(monkeypatch, day=member.quotas[0].effective_date, value=2500.0)  # a date already there
    dialog.add_step("quota")
    assert seen["error"].startswith("Effective from:") and "already" in seen["error"]
    seen = _answer_step(monkeypatch, day=dt.date(2030, 1, 1), value=0.0)  # no quota is zero
    dialog.add_step("quota")
    assert seen["error"].startswith("Quota") and ws.member == member
    seen = _answer_step(monkeypatch, day=member.sdr_rates[0].from_date, value=3.0)
    dialog.add_step("sdr_rate")
    assert seen["error"].startswith("From:") and "already" in seen["error"]
    assert ws.member == member and window.undo_stack.count() == 0  # nothing written, nothing to undo


# ---- one SDR-rate path, and what it assumes after its last observation ---------------------------------------


def test_the_sdr_rate_path_is_the_workspaces_and_its_edits_reach_the_schedules(window, sample_copy, monkeypatch):
    program = _program(window, sample_copy, "el-salvador")
    ws = window.workspace
    view, model = program.arrangement_view, program.arrangement_model
    eff = _row(model, next(p.arrangement.name for p in model.records if p.arrangement.facility == "EFF"))
    view.setCurrentIndex(view.model().mapFromSource(model.index(eff, 0)))  # credit outstanding after the last step
    path = ws.member.sdr_rates
    assert program.rate_model.records == list(path)  # the tab shows the workspace's one path
    shown = program.rate_view.model().mapToSource(program.rate_view.currentIndex()).row()
    assert program.rate_model.records[shown] == [r for r in path if r.from_date <= program.date][-1]  # in force
    first_day = program.credit_curve.getData()[0][0]  # the arrangement's credit from its approval, not the member's
    assert dt.datetime.fromtimestamp(first_day, dt.UTC).date() == program._selected().approval_date
    assert f"held flat at {path[-1].sdr_rate * 100:.3f}%" in program.rate_after.text()
    charges = sum(y["charges_sdr"] for y in program.year_model.records)

    dialog = _member_dialog(program)
    dialog.select("sdr_rate", path[-1])
    _answer_step(monkeypatch, value=path[-1].sdr_rate * 100 + 1.0)  # one point higher from the last step on
    dialog.edit_step("sdr_rate")
    last = ws.member.sdr_rates[-1]
    assert last.sdr_rate == pytest.approx(path[-1].sdr_rate + 0.01) and last.source == "entered in Reserve Desk"
    assert ws.member.sdr_rates[:-1] == path[:-1]  # the steps not touched keep their rate and source
    assert program.rate_model.records == list(ws.member.sdr_rates)
    assert sum(y["charges_sdr"] for y in program.year_model.records) > charges  # the schedules re-read the path
    window.undo_stack.undo()
    assert ws.member.sdr_rates == path
    assert sum(y["charges_sdr"] for y in program.year_model.records) == pytest.approx(charges)


def test_the_rate_after_the_last_observation_is_held_flat_or_set_and_undone(window, sample_copy):
    program = _program(window, sample_copy, "el-salvador")
    ws = window.workspace
    assert ws.member.sdr_rate_after is None
    dialog = _member_dialog(program)
    last = ws.member.sdr_rates[-1]
    assert dialog.held_flat.isChecked() and not dialog.after_rate.isEnabled()
    assert f"({last.from_date}, {last.sdr_rate * 100:.3f}%)" in dialog.after_label.text()

    dialog.set_rate.setChecked(True)  # a rate of one's own, starting from the last one
    assert ws.member.sdr_rate_after == pytest.approx(last.sdr_rate) and dialog.after_rate.isEnabled()
    dialog.after_rate.setValue(4.25)
    dialog.after_rate.editingFinished.emit()
    assert ws.member.sdr_rate_after == pytest.approx(0.0425)
    assert "4.250%, your assumption" in program.rate_after.text()
    dialog.held_flat.setChecked(True)
    assert ws.member.sdr_rate_after is None and "held flat" in program.rate_after.text()
    assert window.undo_stack.undoText() == "SDR rate after the last observation: held flat"

    window.undo_stack.undo()
    assert ws.member.sdr_rate_after == pytest.approx(0.0425)
    window.undo_stack.undo()
    assert ws.member.sdr_rate_after == pytest.approx(last.sdr_rate)
    window.undo_stack.undo()
    assert ws.member.sdr_rate_after is None
    count = window.undo_stack.count()
    dialog._show()
    dialog.after_rate.editingFinished.emit()  # nothing changed: nothing written, nothing to undo
    assert window.undo_stack.count() == count


def test_return_in_the_assumed_rate_saves_it_and_keeps_member_terms_open(window, sample_copy, qtbot):
    from PySide6.QtCore import Qt

    program = _program(window, sample_copy, "el-salvador")
    dialog = _member_dialog(program)
    dialog.show()
    dialog.set_rate.setChecked(True)
    dialog.after_rate.setFocus()
    dialog.after_rate.lineEdit().selectAll()
    qtbot.keyClicks(dialog.after_rate.lineEdit(), "3.5")
    qtbot.keyClick(dialog.after_rate.lineEdit(), Qt.Key.Key_Return)
    assert window.workspace.member.sdr_rate_after == pytest.approx(0.035)
    assert dialog.isVisible()  # no button took the Return: the dialog stays for the next edit
    dialog.close()


# ---- the RST group ---------------------------------------------------------------------------------------------


def test_the_rst_group_is_set_with_its_meaning_and_source_and_undone(window, sample_copy):
    program = _program(window, sample_copy, "pakistan")
    ws = window.workspace
    rsf = _row(program.arrangement_model, next(p.arrangement.name for p in program.arrangement_model.records
                                               if p.arrangement.facility == "RSF"))
    group = ws.member.rst_group
    dialog = _member_dialog(program)
    tip = dialog.group.toolTip()
    assert all(f"\n{g}:" in tip for g in d.RST_GROUPS) and "Source: IMF" in tip
    other = next(g for g in d.RST_GROUPS if g != group)
    dialog.group.setCurrentIndex(dialog.group.findData(other))
    dialog.group.activated.emit(dialog.group.currentIndex())
    assert ws.member.rst_group == other
    assert _column(program.arrangement_model, "Charges policy", rsf) == f"RST group {other}"
    window.undo_stack.undo()
    assert ws.member.rst_group == group
    assert _column(program.arrangement_model, "Charges policy", rsf) == f"RST group {group or 'C'}"


# ---- the arrangement: no quota or SDR rate of its own; the charges policy by date unless pinned ----------------


def test_the_arrangement_dialog_has_no_quota_or_rate_of_its_own(window, sample_copy):
    from PySide6.QtWidgets import QLabel

    from desktop.gui.dialogs.arrangement import ArrangementDialog

    program = _program(window, sample_copy, "el-salvador")
    a = program._selected()
    dialog = ArrangementDialog(window.workspace, a, program)
    assert isinstance(dialog.quota, QLabel) and not hasattr(dialog, "rates")
    assert f"SDR {a.quota_sdr / 1e6:,.2f} m on the approval date" in dialog.quota.text()
    changes = dialog.changes()
    assert "quota_sdr" not in changes and "sdr_rate" not in changes
    assert changes["charges_policy"] is None  # the sample leaves it to the dates
    assert {dialog.facility.itemText(i) for i in range(dialog.facility.count())} >= {"RFI", "RSF"}


def test_the_charges_policy_is_by_date_unless_pinned(window, sample_copy, monkeypatch):
    from desktop.gui.dialogs.arrangement import ArrangementDialog

    program = _program(window, sample_copy, "el-salvador")
    model = program.arrangement_model
    assert _column(model, "Charges policy") == "by date"
    tip = _column(model, "Charges policy", role=3)  # 3: the tooltip role
    assert all(regime in tip for regime in ("before 2016-02-17", "from 2016-02-17 to 2024-10-31", "since 2024-11-01"))

    def exec_(dialog):
        dialog.policy.setCurrentIndex(dialog.policy.findData("pre-2024-11"))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ArrangementDialog, "exec", exec_)
    program.edit_terms()
    row = _row(model, program._selected().name)
    assert program._selected().charges_policy == "pre-2024-11"
    assert _column(model, "Charges policy", row) == "before 2024-11-01"
    assert _column(model, "Charges policy", row, role=3).startswith("Pinned")
    window.undo_stack.undo()
    assert program._selected().charges_policy is None and _column(model, "Charges policy", row) == "by date"


def test_member_terms_is_on_the_edit_menu(window, sample_copy, monkeypatch):
    from desktop.gui.dialogs.member import MemberDialog

    _program(window, sample_copy, "el-salvador")
    opened = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    action = next(a for a in window.menuBar().actions()[1].menu().actions() if a.text() == "&Member terms…")
    action.trigger()
    assert opened == ["Member terms"]


def test_an_empty_workspace_gets_its_member_terms_from_scratch(window, sample_copy, monkeypatch):
    program = _program(window, sample_copy, "empty")
    ws = window.workspace
    dialog = _member_dialog(program)
    assert dialog.after_label.text().startswith("No SDR rate yet") and not dialog.set_rate.isEnabled()
    _answer_step(monkeypatch, day=dt.date(2016, 2, 17), value=287.2, source="IMF, test")
    dialog.add_step("quota")
    _answer_step(monkeypatch, day=dt.date(2025, 9, 1), value=2.7)
    dialog.add_step("sdr_rate")
    dialog.group.setCurrentIndex(dialog.group.findData("A"))
    dialog.group.activated.emit(dialog.group.currentIndex())
    m = ws.member
    assert m.quotas == (d.QuotaStep(dt.date(2016, 2, 17), 287.2e6, "IMF, test"),)
    assert m.sdr_rates == (d.RateStep(dt.date(2025, 9, 1), 0.027, "entered in Reserve Desk"),)
    assert m.rst_group == "A" and dialog.set_rate.isEnabled()
    assert "held flat at 2.700%" in program.rate_after.text()
    assert window.undo_stack.count() == 3
