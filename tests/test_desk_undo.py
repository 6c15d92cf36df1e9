"""Edit > Undo after later changes: a deletion of stored runs undone after a new run was stored, and a program
import undone after an SDR-rate edit of it. Both went through the window's undo stack and failed on a row id
that had been taken or changed in between."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core import stress
from desktop.core.store.verify import verify

PROGRAM, STRESS = 2, 3


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
    """An SDR rate of an imported program changed, or a step removed, through Edit terms; then that edit, a
    later import and the program's own import undone, and all of it redone."""
    from desktop.core.io.program_json import arrangement_to_dict, import_program
    from desktop.core.store import Store
    from desktop.gui.dialogs.arrangement import ArrangementDialog
    from desktop.gui.dialogs.import_file import ImportDialog

    window.open_workspace(sample_copy("pakistan"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    ws = window.workspace
    start = ws.arrangements
    rows_at_start = {t: ws.store.db.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()  # noqa: S608
                     for t in ("arrangements", "rate_assumptions", "purchases", "test_dates", "benchmarks")}

    def import_copy(name: str) -> None:
        doc = {**arrangement_to_dict(start[0]), "name": name}
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")

        def exec_(dialog):
            store = Store(dialog.workspace.path)
            try:
                import_program(store, path)
            finally:
                store.close()
            return True

        monkeypatch.setattr(ImportDialog, "exec", exec_)
        window.import_csv("program")

    import_copy("Program B")
    import_copy("Program C")
    _select_arrangement(program, "Program B")
    b = program._selected()
    assert len(b.sdr_rates) >= 2
    first, second = b.sdr_rates[:2]
    b_ids = [r for (r,) in ws.store.db.conn.execute(
        "SELECT r.id FROM rate_assumptions r JOIN arrangements a ON a.id = r.arrangement_id WHERE a.name = ?"
        " ORDER BY r.from_date", ["Program B"])]

    def exec_(dialog):  # the second step's rate changed, or the step removed; everything else as it was
        steps = [f"{r.from_date}: {(0.05 if r is second else r.sdr_rate) * 100:g}" for r in b.sdr_rates
                 if r is not second or edit == "change"]
        dialog.rates.setText("; ".join(steps))
        dialog._accept()
        assert dialog.result() == 1, dialog.error.text()
        return True

    monkeypatch.setattr(ArrangementDialog, "exec", exec_)
    program.edit_terms()
    edited = next(a for a in ws.arrangements if a.name == "Program B")
    audit = ws.store.db.conn.execute("SELECT action, row_key FROM audit_log WHERE table_name = 'rate_assumptions'"
                                     " ORDER BY id DESC LIMIT 1").fetchone()
    if edit == "change":
        assert [(r.sdr_rate, r.source) for r in edited.sdr_rates[:2]] == \
            [(first.sdr_rate, first.source), (0.05, "entered in Reserve Desk")]
        assert audit == ("update", str(b_ids[1]))  # a changed step is logged as changed, in place
    else:
        assert second not in edited.sdr_rates and audit == ("delete", str(b_ids[1]))

    window.undo_stack.undo()  # the terms edit: each step back exactly, its source included
    assert next(a for a in ws.arrangements if a.name == "Program B").sdr_rates == b.sdr_rates
    assert [r for (r,) in ws.store.db.conn.execute(
        "SELECT r.id FROM rate_assumptions r JOIN arrangements a ON a.id = r.arrangement_id WHERE a.name = ?"
        " ORDER BY r.from_date", ["Program B"])] == b_ids  # a removed step comes back under its own key
    window.undo_stack.undo()  # the import of C
    window.undo_stack.undo()  # the import of B
    assert ws.arrangements == start
    assert {t: ws.store.db.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()  # noqa: S608
            for t in rows_at_start} == rows_at_start
    window.undo_stack.redo()  # B again, the terms edit and C can still be redone
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert next(a for a in ws.arrangements if a.name == "Program B").sdr_rates == edited.sdr_rates
    assert {a.name for a in ws.arrangements} == {a.name for a in start} | {"Program B", "Program C"}
    _intact(ws)
