"""Issue 15, the IMF Program tab and undo: terms edits leave no stale figure and can be undone, every edit the
window makes is on Edit > Undo, the empty workspace guides with buttons, Back up now, overdue benchmarks, every
arrangement row in sight, and a restore that keeps the user's tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.domain import Policy, Purchase, Scenario, Transaction, Wallet
from desktop.core.summary import build_report
from desktop.gui.main_window import MainWindow

PROGRAM, STRESS, PLANNER = 3, 4, 5
LEDGER_HEADER = "date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n"




def _tab(window, sample_copy, sample: str, index: int):
    window.open_workspace(sample_copy(sample))
    window.tabs.setCurrentIndex(index)
    return window._built[index]


def _stored_run(ws, scenario_id: str) -> int:
    """A real run of a scenario, stored as the Stress tab stores it."""
    from desktop.core import stress

    plan = stress.plan_run(ws, ws.scenario(scenario_id))
    return ws.save_run(plan.inputs, stress.execute(plan))


def _no_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Yes):
    """Message boxes answer ``answer``; a warning fails the test (a refused change it did not expect)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning: {a[2] if len(a) > 2 else a}"))


def _edit_terms(program, monkeypatch, **fields):
    """Edit terms… with the dialog's fields set as a user would type them, then OK."""
    from desktop.gui.dialogs.arrangement import ArrangementDialog

    def exec_(dialog):
        for name, value in fields.items():
            getattr(dialog, name).setValue(value)
        dialog._accept()
        assert dialog.result() == 1, dialog.error.text()
        return True

    monkeypatch.setattr(ArrangementDialog, "exec", exec_)
    program.edit_terms()


# ---- item 8: edits that leave stale figures -------------------------------------------------------------


def test_terms_edit_regenerates_the_note_keeps_sources_and_undoes(window, sample_copy, monkeypatch):
    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    _no_dialogs(monkeypatch, QMessageBox.StandardButton.No)  # do not rescale here
    a = program._selected()
    path = window.workspace.member.sdr_rates  # the workspace's, not the arrangement's: a terms edit leaves it
    note, access, months = a.note, a.access_sdr, a.months
    sentence = f"Access SDR {access / 1e6:,.2f} m = {access / a.quota_sdr:.0%} of quota."
    assert note.startswith(sentence)

    _edit_terms(program, monkeypatch, access=1100.0, months=48)
    a = program._selected()
    assert (a.access_sdr, a.months) == (1100e6, 48)
    assert a.note.startswith(f"Access SDR 1,100.00 m = {1100e6 / a.quota_sdr:.0%} of quota.")  # from the new terms
    assert a.note.endswith(note.removeprefix(sentence))  # the rest kept
    assert f"{access / 1e6:,.2f}" not in program.terms.text() and "1,100.00" in program.terms.text()
    assert window.workspace.member.sdr_rates == path and program.rate_model.records == list(path)

    assert window.undo_stack.count() == 1 and window.undo_stack.undoText().startswith("Edit terms")
    window.undo_stack.undo()
    a = program._selected()
    assert (a.access_sdr, a.months, a.note) == (access, months, note)
    window.undo_stack.redo()
    assert program._selected().months == 48


def test_purchases_flagged_against_access_and_rescaled_as_an_undoable_step(window, sample_copy, monkeypatch):
    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    _no_dialogs(monkeypatch, QMessageBox.StandardButton.No)
    assert not program.rescale_button.isEnabled()
    access, quota = program._selected().access_sdr, program._selected().quota_sdr
    phased = sum(p.amount_sdr for p in program._selected().purchases)
    assert phased == access  # the sample's purchases take up its access
    assert f"add up to SDR {phased / 1e6:,.2f} m" in program.phasing.text() and "#b00020" not in program.phasing.text()
    planned_before = {p.id: p.amount_sdr for p in program._selected().purchases if p.status == "planned"}
    disbursed = {p.id: p.amount_sdr for p in program._selected().purchases if p.status == "disbursed"}

    _edit_terms(program, monkeypatch, access=1100.0, months=48)
    gap = f"SDR {(1100e6 - phased) / 1e6:,.2f} m of access is in no purchase"
    assert gap in program.phasing.text()  # said in bold, Rescale at hand
    assert "<b>" in program.phasing.text() and program.rescale_button.isEnabled()
    peak_before = max(program.credit_curve.getData()[1])

    program.rescale_planned()
    a = program._selected()
    assert sum(p.amount_sdr for p in a.purchases) == pytest.approx(1100e6)
    assert {p.id: p.amount_sdr for p in a.purchases if p.status == "disbursed"} == disbursed  # never changed
    planned = {p.id: p.amount_sdr for p in a.purchases if p.status == "planned"}
    assert planned.keys() == planned_before.keys()
    assert len({round(v / planned_before[k], 12) for k, v in planned.items()}) == 1  # same proportions
    assert max(program.credit_curve.getData()[1]) == pytest.approx(1100e6 / quota * 100)  # the peak follows
    assert "<b>" not in program.phasing.text() and not program.rescale_button.isEnabled()

    assert window.undo_stack.count() == 2
    window.undo_stack.undo()  # the rescale
    assert {p.id: p.amount_sdr for p in program._selected().purchases if p.status == "planned"} == planned_before
    assert max(program.credit_curve.getData()[1]) == pytest.approx(peak_before)
    window.undo_stack.undo()  # the terms
    assert program._selected().access_sdr == access


def test_terms_edit_offers_the_rescale(window, sample_copy, monkeypatch):
    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    asked = []
    phased = sum(p.amount_sdr for p in program._selected().purchases)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    _edit_terms(program, monkeypatch, access=1100.0)
    assert f"SDR {(1100e6 - phased) / 1e6:,.2f} m of access is in no purchase" in asked[0]
    assert sum(p.amount_sdr for p in program._selected().purchases) == pytest.approx(1100e6)
    assert window.undo_stack.count() == 2  # the terms, then the rescale: each undone on its own


def test_the_pdf_reads_the_current_terms(window, sample_copy, monkeypatch):
    from desktop.core.store import Store
    from desktop.core.workspace import Workspace

    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    _no_dialogs(monkeypatch, QMessageBox.StandardButton.No)
    phased = sum(p.amount_sdr for p in program._selected().purchases)
    _edit_terms(program, monkeypatch, access=1100.0, months=48)

    def program_text():
        store = Store(window.workspace.path)  # as the export dialog's worker reads it
        try:
            section = next(s for s in build_report(Workspace(store), window.date, ["program"]).sections)
        finally:
            store.close()
        return " ".join(getattr(b, "text", "") for b in section.blocks)

    text = program_text()
    assert "48 months" in text and "access SDR 1,100.00 m" in text
    assert f"The purchases add up to SDR {phased / 1e6:,.2f} m, not the access of SDR 1,100.00 m" in text  # stale peak
    program.rescale_planned()
    text = program_text()
    # the member's GRA peak is the EFF's now that the 2020 RFI is repaid
    assert f"{1100e6 / program._selected().quota_sdr:.1%} of quota, on" in text and "not the access" not in text


# ---- item 9 (program part): overdue benchmarks, on screen and in the PDF ------------------------------------


def test_a_benchmark_past_its_due_date_is_overdue(window, sample_copy):
    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    assert program.date == dt.date(2025, 11, 18)
    model = program.benchmark_model
    row = next(i for i, b in enumerate(model.records) if b.due_date == dt.date(2025, 7, 31))
    status = model.index(row, [c.title for c in model.columns].index("Status"))
    assert status.data() == "overdue" and "past its due date" in status.data(3)  # 3: the tooltip role
    window.date_edit.setDate(window.date_edit.date().addYears(-1))  # before the due date: still pending
    assert model.index(row, status.column()).data() == "pending"

    report = build_report(window.workspace, dt.date(2025, 11, 18), ["program"])
    table = next(b for b in report.sections[0].blocks if getattr(b, "title", "").startswith("Structural benchmarks"))
    assert table.columns == ("Structural benchmark", "Type", "From", "Due", "Status")
    chivo = next(r for r in table.rows if r[3] == "2025-07-31")
    assert chivo[4] == "overdue (pending)"


# ---- item 11 (program part): every arrangement row in sight -------------------------------------------------


def test_every_arrangement_row_is_in_sight(window, qtbot, sample_copy):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = app.font()
    try:
        app.setFont(QFont(font.family(), round(font.pointSizeF() * 1.5)))  # as at 150% scaling
        program = _tab(window, sample_copy, "pakistan", PROGRAM)
        window.resize(1366, 768)
        window.show()
        qtbot.wait(10)
        view = program.arrangement_view
        assert len(program.arrangement_model.records) > 4  # the earlier arrangements still being repaid, too
        shown = [row for row in range(view.model().rowCount())
                 if view.rowViewportPosition(row) >= 0 and view.rowViewportPosition(row) + view.rowHeight(row)
                 <= view.viewport().height()]
        assert len(shown) == 4, "four rows in sight, the rest scroll"
        assert program._selected().name == "Pakistan EFF 2024"  # the current program is selected, and in sight
        assert view.currentIndex().row() in shown
    finally:
        app.setFont(font)


# ---- item 7: work the window can do -------------------------------------------------------------------------


def test_empty_workspace_guides_with_buttons(window, sample_copy, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    program = _tab(window, sample_copy, "empty", PROGRAM)
    assert not program.empty.isHidden() and program.pages.isHidden()
    assert "reserve-desk" not in program.empty_text.text()
    called = []
    monkeypatch.setattr(MainWindow, "import_csv", lambda self, what: called.append(what))
    buttons = {b.text(): b for b in program.empty.findChildren(QPushButton)}
    buttons["Import IMF program (JSON)…"].click()
    buttons["Import macro data (CSV)…"].click()
    assert called == ["program", "macro"]
    # no button does nothing silently: disabled, saying why; their menu entries say so too
    for b in (program.terms_button, *program.purchase_buttons.values()):
        assert not b.isEnabled() and "import a program" in b.toolTip()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    program.edit_terms()
    program.add_purchase()
    assert len(told) == 2 and all("Import the program first" in t for t in told)


def test_an_imported_program_replaces_the_empty_state(window, sample_copy, tmp_path):
    import json

    from desktop.core.io.program_json import arrangement_to_dict
    from desktop.core.workspace import Workspace

    source = Workspace.open(sample_copy("el-salvador"))
    doc = arrangement_to_dict(source.arrangements[0])
    source.close()
    program_file = tmp_path / "program.json"
    program_file.write_text(json.dumps(doc), encoding="utf-8")
    program = _tab(window, sample_copy, "empty", PROGRAM)
    from desktop.core.io.program_json import import_program
    from desktop.core.store import Store

    store = Store(window.workspace.path)
    try:
        import_program(store, program_file)
    finally:
        store.close()
    window.workspace_changed()  # what the window does after its import dialog wrote
    assert program.empty.isHidden() and not program.pages.isHidden()
    assert program.terms_button.isEnabled() and program.purchase_buttons["Add…"].isEnabled()
    assert not program.purchase_buttons["Edit…"].isEnabled()  # nothing selected: says so
    assert program.purchase_buttons["Edit…"].toolTip() == "Select a purchase first."


def test_back_up_now_while_the_window_holds_the_workspace(window, qtbot, sample_copy):
    from desktop.core.store.backup import list_backups

    window.open_workspace(sample_copy("el-salvador"))
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text() == "Bac&k up now")
    assert action.shortcut().toString() == "Ctrl+B"
    before = {b.path for b in list_backups(window.workspace.path)}
    action.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)
    taken = [b for b in list_backups(window.workspace.path) if b.path not in before]
    assert len(taken) == 1 and taken[0].label == "manual"
    assert str(taken[0].path) in window.statusBar().currentMessage()


def test_a_restore_keeps_the_users_tab(window, qtbot, sample_copy, monkeypatch):
    from desktop.core.store.backup import list_backups

    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    window.workspace.store.backup("manual")
    chosen = list_backups(window.workspace.path)[0].path
    window.tabs.setCurrentIndex(PROGRAM)
    assert window._restore(window.workspace.path, chosen)
    assert window.tabs.currentIndex() == PROGRAM
    assert list(window._built) == [PROGRAM]  # no tab was built on the workspace being closed
    assert window._built[PROGRAM].workspace is window.workspace


# ---- undo covers every edit in the window --------------------------------------------------------------------


def test_purchase_add_edit_delete_undo(window, sample_copy, monkeypatch):
    from desktop.gui.dialogs.purchase import PurchaseDialog

    program = _tab(window, sample_copy, "pakistan", PROGRAM)
    _no_dialogs(monkeypatch)
    program.arrangement_view.selectRow(1)  # the RSF: room under its access
    count = len(program.purchase_model.records)
    new = Purchase(dt.date(2026, 3, 1), 100e6, "planned", note="added in a test", source="entered in Reserve Desk")
    monkeypatch.setattr(PurchaseDialog, "exec", lambda self: setattr(self, "accepted_purchase", new) or True)
    program.add_purchase()
    assert len(program.purchase_model.records) == count + 1
    row = next(i for i, p in enumerate(program.purchase_model.records) if p.note == "added in a test")
    program.purchase_view.selectRow(row)
    monkeypatch.setattr(PurchaseDialog, "exec",
                        lambda self: setattr(self, "accepted_purchase", replace(new, amount_sdr=50e6)) or True)
    program.edit_purchase()
    program.purchase_view.selectRow(row)
    program.delete_purchase()
    assert len(program.purchase_model.records) == count and window.undo_stack.count() == 3
    window.undo_stack.undo()
    assert [p.amount_sdr for p in program.purchase_model.records if p.note == "added in a test"] == [50e6]
    window.undo_stack.undo()
    assert [p.amount_sdr for p in program.purchase_model.records if p.note == "added in a test"] == [100e6]
    window.undo_stack.undo()
    assert len(program.purchase_model.records) == count


def test_reclassify_undo(window, sample_copy, monkeypatch):
    from desktop.gui.dialogs.transaction import TransactionDialog

    program = _tab(window, sample_copy, "el-salvador", PROGRAM)
    _no_dialogs(monkeypatch)
    program.pages.setCurrentIndex(3)
    breaches = len(program.breach_model.records)
    program.breach_view.selectRow(0)
    tid = program.breach_model.records[program.breach_view.model().mapToSource(program.breach_view.currentIndex()).row()]["id"]
    before = window.workspace.transaction(tid)
    seizure = Transaction(**{**before.__dict__, "kind": "seizure", "price_usd": None, "id": None})
    monkeypatch.setattr(TransactionDialog, "exec", lambda self: setattr(self, "accepted_transaction", seizure) or True)
    program.reclassify()
    assert len(program.breach_model.records) == breaches - 1
    window.undo_stack.undo()
    assert len(program.breach_model.records) == breaches and window.workspace.transaction(tid).kind == before.kind


def test_wallet_add_edit_archive_undo(window, sample_copy, monkeypatch):
    from desktop.gui.dialogs.wallet import WalletDialog

    holdings = _tab(window, sample_copy, "pakistan", 1)
    _no_dialogs(monkeypatch)
    names = lambda: [w.name for w in window.workspace.wallets]  # noqa: E731

    def typed(name, archived=False, cap=None):
        def exec_(dialog):
            dialog.name.setText(name)
            dialog.cap.setValue(cap or 0.0)
            dialog.archived.setChecked(archived)
            dialog._accept()
            return dialog.result() == 1
        return exec_

    monkeypatch.setattr(WalletDialog, "exec", typed("SBP cold storage", cap=100.0))
    holdings.add_wallet()
    assert "SBP cold storage" in names()
    holdings.wallet_view.selectRow(next(i for i, w in enumerate(holdings.wallet_model.records) if w.name == "SBP cold storage"))
    monkeypatch.setattr(WalletDialog, "exec", typed("SBP vault", cap=100.0))
    holdings.edit_wallet()
    assert "SBP vault" in names() and "SBP cold storage" not in names()
    holdings.wallet_view.selectRow(next(i for i, w in enumerate(holdings.wallet_model.records) if w.name == "SBP vault"))
    monkeypatch.setattr(WalletDialog, "exec", typed("SBP vault", archived=True, cap=100.0))
    holdings.edit_wallet()
    assert next(w for w in window.workspace.wallets if w.name == "SBP vault").archived
    stack = window.undo_stack
    assert [stack.text(i).split()[0] for i in range(stack.count())] == ["Add", "Edit", "Archive"]
    stack.undo()
    assert not next(w for w in window.workspace.wallets if w.name == "SBP vault").archived
    stack.undo()
    assert "SBP cold storage" in names() and "SBP vault" not in names()
    stack.undo()
    assert "SBP cold storage" not in names()
    stack.redo()  # the wallet again, with the same identity
    assert "SBP cold storage" in names()


def test_policy_add_edit_toggle_delete_undo(window, sample_copy, monkeypatch):
    from desktop.gui import policy_dialog
    from desktop.gui.tabs import planner as planner_module

    planner = _tab(window, sample_copy, "el-salvador", PLANNER)
    _no_dialogs(monkeypatch)
    monkeypatch.setattr(planner_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    policies = lambda: {p.name: p for p in window.workspace.policies}  # noqa: E731
    start = policies()
    added = Policy(name="Test monthly buy", kind="monthly", params={"start_date": "2026-01-01", "usd": 1e6})

    def saving(policy):
        def exec_(dialog):  # what OK does once the fields hold ``policy``
            dialog.name.setText(policy.name)
            dialog.workspace.save_policy(policy)
            return True
        return exec_

    monkeypatch.setattr(policy_dialog.PolicyDialog, "exec", saving(added))
    planner.new_policy()
    assert "Test monthly buy" in policies()
    p = policies()["Test monthly buy"]
    select = lambda name: planner.policy_view.selectRow(  # noqa: E731
        next(i for i, x in enumerate(planner.policy_model.records) if x.name == name))
    select(p.name)
    monkeypatch.setattr(policy_dialog.PolicyDialog, "exec", saving(replace(p, params={"start_date": "2026-01-01", "usd": 2e6})))
    planner.edit_policy()
    select(p.name)
    planner.toggle_policy()
    select(p.name)
    planner.delete_policy()
    assert "Test monthly buy" not in policies() and window.undo_stack.count() == 4
    window.undo_stack.undo()
    assert not policies()["Test monthly buy"].enabled and policies()["Test monthly buy"].id == p.id
    window.undo_stack.undo()
    assert policies()["Test monthly buy"].enabled
    window.undo_stack.undo()
    assert policies()["Test monthly buy"].params == {"start_date": "2026-01-01", "usd": 1e6}
    window.undo_stack.undo()
    assert policies() == start
    window.undo_stack.redo()
    assert policies()["Test monthly buy"].id == p.id


def test_scenario_add_edit_delete_and_runs_undo(window, sample_copy, monkeypatch):
    from desktop.gui import scenario_dialog
    from desktop.gui.tabs import stress as stress_module

    stress = _tab(window, sample_copy, "el-salvador", STRESS)
    _no_dialogs(monkeypatch)
    monkeypatch.setattr(stress_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ids = lambda: {s.id: s for s in window.workspace.scenarios}  # noqa: E731
    start = ids()
    new = Scenario(id="test-drop", name="Test drop", kind="shock", horizon_days=30, params={"btc_shock": -0.4})

    def saving(s):
        def exec_(dialog):
            dialog.workspace.save_scenario(s, replacing=dialog.replacing)
            dialog.saved = s
            return True
        return exec_

    monkeypatch.setattr(scenario_dialog.ScenarioDialog, "exec", saving(new))
    stress.new_scenario()
    assert "test-drop" in ids()
    stress._select("test-drop")
    renamed = replace(new, id="test-drop-2", name="Test drop, renamed")
    monkeypatch.setattr(scenario_dialog.ScenarioDialog, "exec", saving(renamed))
    stress.edit_scenario()
    assert "test-drop-2" in ids() and "test-drop" not in ids()
    stress._select("test-drop-2")
    stress.delete_scenario()
    assert "test-drop-2" not in ids()
    window.undo_stack.undo()
    assert ids()["test-drop-2"].name == "Test drop, renamed"
    window.undo_stack.undo()
    assert "test-drop" in ids() and "test-drop-2" not in ids()
    window.undo_stack.undo()
    assert ids().keys() == start.keys()

    # a stored run deleted, and undone: back exactly, linked to its scenario
    ws = window.workspace
    run_id = _stored_run(ws, next(s.id for s in ws.scenarios if s.kind == "shock"))
    stress.changed.emit()
    row = ws.run_rows([run_id])
    monkeypatch.setattr(stress, "_selected_run_ids", lambda: [run_id])
    stress.delete_selected_runs()
    assert ws.run_rows([run_id]) == []
    window.undo_stack.undo()
    assert ws.run_rows([run_id]) == row


def test_deleting_a_scenario_with_runs_is_undone_with_its_runs(window, sample_copy, monkeypatch):
    stress = _tab(window, sample_copy, "el-salvador", STRESS)
    _no_dialogs(monkeypatch)
    from desktop.gui.tabs import stress as stress_module

    monkeypatch.setattr(stress_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ws = window.workspace
    s = Scenario(id="mine", name="Mine", kind="shock", horizon_days=30, params={"btc_shock": -0.2})
    ws.save_scenario(s)
    run_id = _stored_run(ws, "mine")
    stress.changed.emit()
    stress._select("mine")
    stress.delete_scenario()
    assert ws.run_rows([run_id])[0]["scenario_id"] is None
    window.undo_stack.undo()
    assert ws.run_rows([run_id])[0]["scenario_id"] == "mine" and ws.scenario("mine").name == "Mine"


def test_transaction_add_undo_reaches_every_tab(window, sample_copy, monkeypatch):
    """Transactions were undoable before; checked here with the others so every kind of edit is listed."""
    from desktop.gui.dialogs.transaction import TransactionDialog

    holdings = _tab(window, sample_copy, "el-salvador", 1)
    _no_dialogs(monkeypatch)
    t = Transaction(date=dt.date(2025, 11, 18), kind="purchase", wallet="Daily purchases (hot)", quantity=1.0,
                    price_usd=90_000.0)
    monkeypatch.setattr(TransactionDialog, "exec", lambda self: setattr(self, "accepted_transaction", t) or True)
    count = len(window.workspace.transactions)
    holdings.add_transaction()
    assert len(window.workspace.transactions) == count + 1
    window.undo_stack.undo()
    assert len(window.workspace.transactions) == count


def test_wallet_in_use_cannot_be_deleted_by_undo(sample_copy):
    from desktop.core.io.fields import InputError
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        used = next(w for w in ws.wallets if any(t.wallet == w.name for t in ws.transactions))
        with pytest.raises(InputError, match="archive it instead"):
            ws.delete_wallet(used.id)
        wid = ws.add_wallet(Wallet(name="Spare", kind="cold"))
        ws.delete_wallet(wid)
        assert "Spare" not in [w.name for w in ws.wallets]
    finally:
        ws.close()


def _import_now(monkeypatch, run):
    """The import dialog, as if the user checked the file and pressed Import: ``run(store)`` writes it."""
    from desktop.core.store import Store
    from desktop.gui.dialogs.import_file import ImportDialog

    def exec_(dialog):
        store = Store(dialog.workspace.path)
        try:
            run(store, dialog.what)
        finally:
            store.close()
        return True

    monkeypatch.setattr(ImportDialog, "exec", exec_)


def test_imports_are_undone_and_redone(window, sample_copy, tmp_path, monkeypatch):
    import json

    from desktop.core.io.program_json import arrangement_to_dict, import_program
    from desktop.core.io.transactions_csv import import_transactions
    from desktop.core.store.verify import verify

    _no_dialogs(monkeypatch)
    holdings = _tab(window, sample_copy, "pakistan", 1)
    ws = window.workspace
    csv = tmp_path / "ledger.csv"
    csv.write_text(LEDGER_HEADER + "2025-01-02,purchase,Cold storage,,BTC,2.5,95000,,,,\n"
                   "2025-02-03,purchase,Cold storage,,BTC,1.5,97000,,,,\n", encoding="utf-8")
    ws.add_wallet(Wallet(name="Cold storage", kind="cold"))
    _import_now(monkeypatch, lambda store, what: import_transactions(store, csv))
    holdings.import_csv("transactions")  # the tab's button goes through the window's import
    assert len(ws.transactions) == 2 and window.undo_stack.undoText() == "Import transactions (CSV): 2 rows"
    ids = [t.id for t in ws.transactions]

    doc = arrangement_to_dict(ws.arrangements[0])
    doc["name"] = "Second arrangement"
    program_file = tmp_path / "program.json"
    program_file.write_text(json.dumps(doc), encoding="utf-8")
    _import_now(monkeypatch, lambda store, what: import_program(store, program_file))
    window.import_csv("program")
    second = lambda: [a for a in ws.arrangements if a.name == "Second arrangement"]  # noqa: E731
    purchases = len(second()[0].purchases)
    assert purchases > 0

    window.undo_stack.undo()
    assert second() == []
    assert ws.store.db.conn.execute("SELECT count(*) FROM purchases").fetchone()[0] == \
        sum(len(a.purchases) for a in ws.arrangements)  # its purchases went with it
    window.undo_stack.undo()
    assert ws.transactions == [] and holdings.ledger_model.rowCount() == 0
    window.undo_stack.redo()
    assert [t.id for t in ws.transactions] == ids  # the same rows, the same keys
    window.undo_stack.redo()
    assert len(second()[0].purchases) == purchases
    ws.store.db.conn.execute("PRAGMA wal_checkpoint")
    assert verify(ws.path).intact  # the audit chain and table states agree with every undo and redo


def test_undoing_an_import_a_later_sale_needs_is_refused(window, sample_copy, tmp_path, monkeypatch):
    from desktop.core.io.transactions_csv import import_transactions
    from desktop.gui import commands

    holdings = _tab(window, sample_copy, "pakistan", 1)
    ws = window.workspace
    ws.add_wallet(Wallet(name="Cold storage", kind="cold"))
    csv = tmp_path / "ledger.csv"
    csv.write_text(LEDGER_HEADER + "2025-01-02,purchase,Cold storage,,BTC,2.5,95000,,,,\n", encoding="utf-8")
    _import_now(monkeypatch, lambda store, what: import_transactions(store, csv))
    holdings.import_csv("transactions")
    ws.add_transaction(Transaction(date=dt.date(2025, 3, 1), kind="sale", wallet="Cold storage", quantity=1.0,
                                   price_usd=90_000.0))  # written outside the stack, as by another route
    warnings = []
    monkeypatch.setattr(commands.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window.undo_stack.undo()
    assert "below zero" in warnings[0] and len(ws.transactions) == 2  # refused: nothing removed
