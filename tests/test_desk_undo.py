"""Edit > Undo after later changes: a deletion of stored runs undone after a new run was stored, and a program
import undone after an SDR-rate edit of it. Both went through the window's undo stack and failed on a row id
that had been taken or changed in between."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core import stress
from desktop.core.store.verify import verify

PROGRAM, STRESS = 3, 4


@pytest.fixture
def window(window, monkeypatch):
    """conftest's window, with every question answered Yes."""
    w = window
    # every question answered Yes; a warning (a refused undo) fails the test with its text
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2] if len(a) > 2 else a}"))
    return w


def _intact(ws) -> None:
    ws.store.db.conn.execute("PRAGMA wal_checkpoint")
    report = verify(ws.path)
    assert report.intact, report


def _store_run(ws, scenario_id: str) -> int:
    """A real run of a scenario, stored as the Stress tab stores it."""
    plan = stress.plan_run(ws, ws.scenario(scenario_id))
    return ws.save_run(plan.inputs, stress.execute(plan))


def test_deleted_runs_come_back_after_a_new_run_was_stored(window, sample_copy, monkeypatch):
    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(STRESS)
    tab = window._built[STRESS]
    ws = window.workspace
    scenario = next(s.id for s in ws.scenarios if s.kind == "shock")
    first = _store_run(ws, scenario)
    tab.changed.emit()
    deleted = ws.run_rows([first])
    monkeypatch.setattr(tab, "_selected_run_ids", lambda: [first])
    tab.delete_selected_runs()
    assert ws.run_rows([first]) == []

    second = _store_run(ws, scenario)  # stored after the deletion: not an undo step
    assert second != first  # a run's number names that run only, in reports and in the audit log
    kept = ws.run_rows([second])
    window.undo_stack.undo()  # Delete 1 stored run
    assert ws.run_rows([first]) == deleted and ws.run_rows([second]) == kept
    window.undo_stack.redo()
    assert ws.run_rows([first]) == [] and ws.run_rows([second]) == kept
    window.undo_stack.undo()
    assert ws.run_rows([first]) == deleted and ws.run_rows([second]) == kept
    _intact(ws)


def _select_arrangement(program, name: str) -> None:
    row = next(i for i, r in enumerate(program.arrangement_model.records) if r.arrangement.name == name)
    view = program.arrangement_view
    view.setCurrentIndex(view.model().mapFromSource(program.arrangement_model.index(row, 0)))
    assert program._selected().name == name


@pytest.mark.parametrize("edit", ["change", "remove"])
def test_a_program_import_is_undone_after_an_sdr_rate_edit(window, sample_copy, tmp_path, monkeypatch, edit):
    """An SDR-rate step a program import added to the workspace's path changed, or removed, in Member terms; then
    that edit, a later import and the program's own import undone, and all of it redone."""
    from desktop.core.io.program_json import arrangement_to_dict, import_program
    from desktop.core.store import Store
    from desktop.gui.dialogs.import_file import ImportDialog
    from desktop.gui.dialogs.member import MemberDialog, StepDialog

    window.open_workspace(sample_copy("pakistan"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    ws = window.workspace
    start, path = ws.arrangements, ws.member.sdr_rates
    tables = ("arrangements", "sdr_rates", "quotas", "purchases", "test_dates", "benchmarks")
    rows_at_start = {t: ws.store.db.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()  # noqa: S608
                     for t in tables}
    new_steps = [{"from": "2026-01-05", "rate": 0.026, "source": "test"}, {"from": "2026-04-06", "rate": 0.025}]

    def import_copy(name: str, rates: list[dict]) -> None:
        doc = {**arrangement_to_dict(start[-1]), "name": name, "sdr_rate": rates}
        file = tmp_path / f"{name}.json"
        file.write_text(json.dumps(doc), encoding="utf-8")

        def exec_(dialog):
            store = Store(dialog.workspace.path)
            try:
                import_program(store, file)
            finally:
                store.close()
            return True

        monkeypatch.setattr(ImportDialog, "exec", exec_)
        window.import_csv("program")

    import_copy("Program B", new_steps)
    import_copy("Program C", [{"from": "2026-07-06", "rate": 0.024}])  # a later row: the step's id is not the last
    imported = ws.member.sdr_rates
    first, second, _ = (r for r in imported if r not in path)
    second_id = ws.store.sdr_rate_id(second.from_date)

    def exec_(step):  # the second new step's rate changed to 5%, everything else as it was
        step.value.setValue(5.0)
        step._accept()
        return step.result()

    monkeypatch.setattr(StepDialog, "exec", exec_)
    dialog = MemberDialog(ws, program._push, program.changed.emit, program)
    dialog.select("sdr_rate", second)
    dialog.edit_step("sdr_rate") if edit == "change" else dialog.delete_step("sdr_rate")
    edited = ws.member.sdr_rates
    audit = ws.store.db.conn.execute("SELECT action, row_key FROM audit_log WHERE table_name = 'sdr_rates'"
                                     " ORDER BY id DESC LIMIT 1").fetchone()
    if edit == "change":
        assert [(r.sdr_rate, r.source) for r in edited if r.from_date >= first.from_date][:2] == \
            [(first.sdr_rate, first.source), (0.05, "entered in Reserve Desk")]
        assert audit == ("update", str(second_id))  # a changed step is logged as changed, in place
    else:
        assert second not in edited and audit == ("delete", str(second_id))

    window.undo_stack.undo()  # the member edit: the step back exactly, its source included, under its own key
    assert ws.member.sdr_rates == imported and ws.store.sdr_rate_id(second.from_date) == second_id
    window.undo_stack.undo()  # the import of C
    window.undo_stack.undo()  # the import of B: its arrangement and the steps it added go
    assert ws.arrangements == start and ws.member.sdr_rates == path
    assert {t: ws.store.db.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()  # noqa: S608
            for t in rows_at_start} == rows_at_start
    window.undo_stack.redo()  # B again, the member edit and C can still be redone
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert ws.member.sdr_rates == edited
    assert {a.name for a in ws.arrangements} == {a.name for a in start} | {"Program B", "Program C"}
    _intact(ws)
