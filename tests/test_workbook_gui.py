"""Issue 23, the window's workbooks: File > Export > All to Excel… and "Export to Excel…" beside each table write
.xlsx files that openpyxl reads back (real dates and numbers, a sheet per table after the inputs), in the window's
reporting currency and date; a Cancel leaves no file; a workspace's own file and a currency without rates are
refused in words."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from desktop.core.errors import Cancelled
from desktop.gui import workbook_dialog, worker
from desktop.gui.main_window import MainWindow

openpyxl = pytest.importorskip("openpyxl")
REAL_EXEC = QDialog.exec  # conftest refuses modal dialogs; the tests that open one answer it themselves


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=60_000)
    qtbot.wait(30)  # what the finished work delivers on the GUI thread


@pytest.fixture
def opened(qtbot, sample_copy):
    def open_(sample: str) -> MainWindow:
        window = MainWindow(settings=None)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.open_workspace(sample_copy(sample))
        return window
    return open_


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The save dialog answers ``answers.file``; the messages are kept in ``answers.said``."""

    class Answers:
        file: Path = tmp_path / "out.xlsx"
        said: list[tuple[str, str]] = []

    answers = Answers()
    answers.said = []
    monkeypatch.setattr(workbook_dialog.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(answers.file), ""))
    for kind in ("information", "warning"):
        monkeypatch.setattr(workbook_dialog.QMessageBox, kind,
                            lambda parent, title, text, kind=kind, *rest: answers.said.append((kind, text)))
    return answers


def sheets(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def excel_button(root, key: str) -> QPushButton:
    found = root.findChild(QPushButton, f"excel-{key}")
    assert found is not None, f"no Export to Excel button for {key}"
    return found


# ---- File > Export > All to Excel… -----------------------------------------------------------------------------

def test_all_to_excel_from_the_menu_defaults_to_the_window_currency_and_date_and_writes_every_table(
        qtbot, opened, tmp_path, monkeypatch):
    window = opened("el-salvador")
    window.currency_box.setCurrentIndex(window.currency_box.findData("SDR"))
    window.date_edit.setDate(window.date_edit.date().addDays(-30))
    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, workbook_dialog.WorkbookDialog)
        seen["currency"], seen["date"] = dialog.currency.currentData(), dialog.date.date()
        seen["file"] = Path(dialog.file.text()).name
        dialog.file.setText(str(tmp_path / "all.xlsx"))
        dialog.export_button.click()
        close_when_written(dialog)

    def close_when_written(dialog) -> None:  # polled from the dialog's own event loop (no loop nested in it)
        if dialog.written is None or worker._RUNNING:
            QTimer.singleShot(20, lambda: close_when_written(dialog))
            return
        seen["done"] = dialog.outcome.text()
        dialog.close_button.click()

    QTimer.singleShot(0, answer)
    action = next(a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                  for a in menu.actions() if a.text() == "All to &Excel…")
    action.trigger()
    assert seen["currency"] == "SDR"
    assert seen["date"] == window.date_edit.date()
    assert seen["file"] == f"El Salvador (public data) tables {window.date.isoformat()}.xlsx"
    assert "all.xlsx" in seen["done"] and "sheets" in seen["done"]
    assert "all.xlsx" in window.statusBar().currentMessage()
    book = sheets(tmp_path / "all.xlsx")
    names = list(book)
    assert names[0] == "Inputs"
    assert {"Ledger", "Wallets", "Prices", "IMF schedule", "IMF position", "Audit log"} <= set(names)
    inputs = {row[0]: row[1] for row in book["Inputs"][1:]}
    assert inputs["Valuation date"] == dt.datetime.combine(window.date, dt.time())
    assert inputs["Reporting currency"] == "SDR"
    ledger = book["Ledger"]
    assert len(ledger) - 1 == window.workspace.store.transaction_count()
    assert isinstance(ledger[1][0], dt.datetime)  # a date, not text
    assert any(isinstance(v, float) for v in ledger[1])  # numbers as numbers
    assert "Value (SDR)" in book["Wallets"][0]


def test_all_to_excel_cancel_leaves_no_file(qtbot, opened, tmp_path, monkeypatch):
    window = opened("el-salvador")
    release = threading.Event()
    real = workbook_dialog.every_table

    def slow(*args):  # the tables take their time: the user cancels meanwhile
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(workbook_dialog, "every_table", slow)
    dialog = workbook_dialog.WorkbookDialog(window.workspace, window.date, "USD", None, window)
    qtbot.addWidget(dialog)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "cancelled.xlsx"
    dialog.file.setText(str(out))
    dialog.export_button.click()
    assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
    dialog.close_button.click()
    release.set()
    wait_idle(qtbot)
    assert dialog.status.text() == "Cancelled: no file was written."
    assert list(out.parent.iterdir()) == []
    assert dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"


def test_the_write_itself_stops_at_cancel_and_keeps_the_file_already_there(tmp_path, es):
    from desktop.core import tables
    from desktop.core.io import workbook

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "kept.xlsx"
    out.write_bytes(b"the user's own file")
    book = [tables.prices(es, es.converter())]
    for answers in ([True], [False, True]):  # Cancel once the file is built; Cancel while it is written
        with pytest.raises(Cancelled):
            workbook.write_workbook(out, book, None, es.path, cancelled=iter(answers).__next__)
        assert out.read_bytes() == b"the user's own file"
        assert [p.name for p in folder.iterdir()] == ["kept.xlsx"]


def test_all_to_excel_refuses_the_workspace_and_a_currency_without_rates(qtbot, opened):
    window = opened("pakistan")  # the rupee is its local currency; it ships no rates
    dialog = workbook_dialog.WorkbookDialog(window.workspace, window.date, "PKR", None, window)
    qtbot.addWidget(dialog)
    assert dialog.currency.currentData() == "PKR"
    dialog.file.setText(str(window.workspace.path.with_suffix(".xlsx")))
    dialog.export_button.click()
    assert "no PKR exchange rates" in dialog.status.text() and "File > Import > Exchange rates" in dialog.status.text()
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    dialog.file.setText(str(window.workspace.path))  # the workspace itself, named .xlsx or not
    dialog.export_button.click()
    assert dialog.status.text().startswith("File: ") and "must be an .xlsx" in dialog.status.text()
    link = window.workspace.path.parent / "link.xlsx"
    link.hardlink_to(window.workspace.path)
    dialog.file.setText(str(link))
    dialog.export_button.click()
    assert "the open workspace under another name" in dialog.status.text()
    assert not dialog.progress.isVisible() and dialog.task is None


# ---- Export to Excel… beside each table ------------------------------------------------------------------------

def export_with(qtbot, answers, button: QPushButton, out: Path) -> dict[str, list[tuple]]:
    answers.file = out
    answers.said.clear()
    button.click()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=60_000)
    kind, text = answers.said[-1]
    assert kind == "information", text
    assert str(out) in text
    return sheets(out)


def test_holdings_buttons_write_the_ledger_wallets_and_prices(qtbot, opened, answers, tmp_path):
    window = opened("el-salvador")
    window.show_tab(1)
    tab = window.tab(1)
    ws = window.workspace
    book = export_with(qtbot, answers, excel_button(tab, "ledger"), tmp_path / "ledger.xlsx")
    assert list(book) == ["Inputs", "Ledger"]
    assert len(book["Ledger"]) - 1 == ws.store.transaction_count()
    book = export_with(qtbot, answers, excel_button(tab, "wallets"), tmp_path / "wallets.xlsx")
    wallets = book["Wallets"]
    assert len(wallets) - 1 == len(ws.holdings(tab.date).wallets)
    value = wallets[0].index("Value (US$)")
    assert sum(r[value] for r in wallets[1:]) == pytest.approx(ws.holdings(tab.date).value_usd)
    book = export_with(qtbot, answers, excel_button(tab, "prices"), tmp_path / "prices.xlsx")
    assert len(book["Prices"]) - 1 == len(ws.prices("BTC"))
    assert answers.said[-1][1].startswith(f"Written to {tmp_path / 'prices.xlsx'}: 2 sheets, ")


def test_a_table_button_follows_the_toolbar_currency_and_refuses_one_without_rates(qtbot, opened, answers, tmp_path):
    window = opened("pakistan")
    window.show_tab(1)
    tab = window.tab(1)
    window.currency_box.setCurrentIndex(window.currency_box.findData("PKR"))
    answers.file = tmp_path / "pkr.xlsx"
    excel_button(tab, "prices").click()
    assert answers.said and answers.said[-1][0] == "warning" and "no PKR exchange rates" in answers.said[-1][1]
    assert not answers.file.exists()
    window.currency_box.setCurrentIndex(window.currency_box.findData("SDR"))
    book = export_with(qtbot, answers, excel_button(tab, "prices"), tmp_path / "sdr.xlsx")
    assert "Close (SDR)" in book["Prices"][0]


def test_a_table_button_cancel_leaves_no_file(qtbot, opened, answers, tmp_path, monkeypatch):
    window = opened("el-salvador")
    window.show_tab(1)
    release = threading.Event()
    real = workbook_dialog.builder

    def slow_builder(key, **options):
        build = real(key, **options)

        def slow(*args):
            release.wait(10)
            return build(*args)
        return slow

    monkeypatch.setattr(workbook_dialog, "builder", slow_builder)
    folder = tmp_path / "out"
    folder.mkdir()
    answers.file = folder / "ledger.xlsx"
    excel_button(window.tab(1), "ledger").click()
    window.tab(1).findChildren(QProgressDialog)[-1].findChild(QPushButton).click()  # its Cancel button
    release.set()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=60_000)
    assert answers.said[-1] == ("warning", "Cancelled: no file was written.")
    wait_idle(qtbot)
    assert list(folder.iterdir()) == []


def test_program_buttons_write_the_schedule_with_its_years_the_test_dates_and_the_position(
        qtbot, opened, answers, tmp_path):
    from desktop.core import tables

    window = opened("el-salvador")
    window.show_tab(3)
    tab = window.tab(3)
    ws = window.workspace
    book = export_with(qtbot, answers, excel_button(tab, "imf_schedule"), tmp_path / "schedule.xlsx")
    assert list(book) == ["Inputs", "IMF schedule", "IMF by year"]
    assert len(book["IMF schedule"]) - 1 == len(tables.imf_schedule(ws, ws.converter()).rows)
    tab.include_planned.setChecked(False)  # what the page shows: only the credit drawn
    book = export_with(qtbot, answers, excel_button(tab, "imf_schedule"), tmp_path / "drawn.xlsx")
    assert len(book["IMF schedule"]) - 1 == len(tables.imf_schedule(ws, ws.converter(), False).rows)
    book = export_with(qtbot, answers, excel_button(tab, "test_dates"), tmp_path / "tests.xlsx")
    tests = book["Test dates"]
    assert len(tests) - 1 == sum(len(a.test_dates) for a in ws.arrangements) > 0
    assert isinstance(tests[1][tests[0].index("Test date")], dt.datetime)
    book = export_with(qtbot, answers, excel_button(tab, "imf_position"), tmp_path / "position.xlsx")
    assert len(book["IMF position"]) - 1 == len(ws.fund_position(True).by_month())  # the Fund position page's own box
    tab.fund_view.include_planned.setChecked(False)
    book = export_with(qtbot, answers, excel_button(tab, "imf_position"), tmp_path / "position drawn.xlsx")
    assert len(book["IMF position"]) - 1 == len(ws.fund_position(False).by_month())


def test_stress_buttons_write_every_run_and_the_selected_runs_compared(qtbot, opened, answers, tmp_path):
    window = opened("el-salvador")
    window.show_tab(4)
    tab = window.tab(4)
    for scenario_id in ("btc-minus-50", "btc-minus-30"):
        tab._select(scenario_id)
        tab.run()
        qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    qtbot.waitUntil(lambda: tab.run_model.rowCount() == 2)
    menu = excel_button(tab, "stress").menu()
    action = {a.objectName(): a for a in menu.actions()}
    answers.file = tmp_path / "runs.xlsx"
    book = export_with(qtbot, answers, _Trigger(action["excel-stress_runs"]), tmp_path / "runs.xlsx")
    runs = book["Stress runs"]
    assert len(runs) == 3 and {r[0] for r in runs[1:]} == {r["id"] for r in tab.workspace.runs()}
    tab.run_view.selectRow(0)
    answers.said.clear()
    action["excel-run_comparison"].trigger()  # one run selected: nothing to compare
    assert answers.said == [("information", "Select two or more stored runs (Ctrl+click) to export their comparison.")]
    tab.run_view.selectAll()
    book = export_with(qtbot, answers, _Trigger(action["excel-run_comparison"]), tmp_path / "compared.xlsx")
    assert list(book) == ["Inputs", "Run comparison"] and len(book["Run comparison"]) == 3


def test_planner_button_writes_the_projection_shown(qtbot, opened, answers, tmp_path):
    from desktop.core import tables

    window = opened("el-salvador")
    window.show_tab(5)
    tab = window.tab(5)
    qtbot.waitUntil(lambda: tab.projection is not None, timeout=60_000)
    book = export_with(qtbot, answers, excel_button(tab, "planner"), tmp_path / "planner.xlsx")
    path = book["Planner"]
    expected = tables.planner_path(tab.projection, tab.converter())
    assert len(path) - 1 == len(expected.rows) > 12
    assert [r[0].date() for r in path[1:]] == [r[0] for r in expected.rows]  # the month ends, as dates


def test_audit_log_button_writes_the_entries_the_filters_show(qtbot, opened, answers, tmp_path):
    from desktop.core.audit_view import audit_entries
    from desktop.gui.audit_dialog import AuditDialog

    window = opened("el-salvador")
    dialog = AuditDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentIndex(dialog.table.findData("wallets"))
    book = export_with(qtbot, answers, excel_button(dialog, "audit_log"), tmp_path / "audit.xlsx")
    log = book["Audit log"]
    shown = audit_entries(window.workspace, **dialog.filters())
    assert 0 < len(log) - 1 == len(shown) < len(audit_entries(window.workspace))
    assert [r[0] for r in log[1:]] == [e.id for e in shown]


class _Trigger:
    """A menu's action pressed as export_with presses a button."""

    def __init__(self, action):
        self.action = action

    def click(self) -> None:
        self.action.trigger()


def test_an_empty_table_writes_no_file_and_says_so(qtbot, opened, answers, tmp_path):
    window = opened("pakistan")  # no NIR test dates in its programs: the Program tab's table is empty
    window.show_tab(3)
    answers.file = tmp_path / "out" / "tests.xlsx"
    answers.file.parent.mkdir()
    excel_button(window.tab(3), "test_dates").click()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=60_000)
    assert answers.said[-1] == ("warning", "The workbook could not be written: Test dates: no rows to write, so no "
                                           "file was written.")
    wait_idle(qtbot)
    assert list(answers.file.parent.iterdir()) == []
