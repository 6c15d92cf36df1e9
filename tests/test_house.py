"""Issue 17: a read-only window's workers read in its mode; one UserError, one Cancelled, one rule and a log."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT

from desktop.core.store import Store

HOLDER = """
import sys, time
from desktop.core.store import Store
store = Store(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""
LEDGER_ROWS = 100_000


def _add_mining_rows(path, count: int) -> None:
    """``count`` small mining receipts in the first wallet, written as one import (fast: no per-row audit entry)."""
    store = Store(path)
    try:
        wallet = store.db.execute("SELECT min(id) FROM wallets").fetchone()[0]
        rows = [(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "mining", wallet, "BTC", 0.0001) for i in range(count)]
        with store.transaction() as w:
            w.insert_many("transactions", ("date", "kind", "wallet_id", "asset", "quantity"), rows)
            w.log_import("transactions", "test ledger", count, None)
    finally:
        store.close()


@pytest.fixture
def held_large(sample_copy):
    """The El Salvador sample with a 100,000-row ledger, held open for writing by another process."""
    path = sample_copy("el-salvador")
    with Store(path, read_only=True) as store:
        sample_rows = store.transaction_count()
    _add_mining_rows(path, LEDGER_ROWS - sample_rows)
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                               cwd=PROJECT_ROOT)
    assert process.stdout.readline().strip() == "holding"
    yield path
    process.kill()
    process.wait()


def test_a_read_only_window_exports_projects_and_loads_a_large_ledger(held_large, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import report_dialog
    from desktop.gui.app import create_app
    from desktop.gui.main_window import TAB_TITLES, MainWindow

    before = held_large.read_bytes()
    create_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    monkeypatch.setattr(report_dialog.QDesktopServices, "openUrl", lambda url: True)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert window.open_or_offer(held_large)  # the lock is held elsewhere: offered read-only, and opened so
    assert window.workspace.read_only

    window.tabs.setCurrentIndex(TAB_TITLES.index("Holdings"))
    holdings = window.tab(TAB_TITLES.index("Holdings"))
    qtbot.waitUntil(lambda: holdings.ledger_model.rowCount() == LEDGER_ROWS or "cannot" in holdings.ledger_count.text(),
                    timeout=60_000)
    assert holdings.ledger_count.text() == f"{LEDGER_ROWS:,} rows"

    window.tabs.setCurrentIndex(TAB_TITLES.index("Planner"))
    planner = window.tab(TAB_TITLES.index("Planner"))
    qtbot.waitUntil(lambda: planner.task is None and (planner.projection is not None or "Cannot" in planner.notes.text()),
                    timeout=60_000)
    assert planner.projection is not None, planner.notes.text()

    dialog = report_dialog.ReportDialog(window.workspace, window.date, None, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "summary.pdf"
    dialog.file.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert dialog.written == out and out.read_bytes().startswith(b"%PDF"), dialog.status.text()

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window.import_csv("transactions")  # no dialog is offered (the test's conftest refuses modal ones): only why
    assert len(told) == 1 and "open read-only" in told[0] and "nothing can be imported" in told[0]

    window.tabs.setCurrentIndex(TAB_TITLES.index("Stress Scenarios"))
    stress = window.tab(TAB_TITLES.index("Stress Scenarios"))
    stress.run_button.click()
    qtbot.waitUntil(lambda: stress.task is None, timeout=60_000)
    assert "is open read-only" in stress.status.text() and "nothing was changed" in stress.status.text()
    window.close()
    assert held_large.read_bytes() == before  # the read-only window wrote nothing


# ---- one UserError, one Cancelled, one rule, and a log -----------------------------------------------------------

SECRET = "Cold wallet 7 holds 1234.5678 BTC"  # stands for workspace data in an error's message: never logged


def test_the_errors_meant_for_the_user_share_one_root_and_a_plain_value_error_is_a_bug():
    from desktop.cli import CliError
    from desktop.core.engine.measures import CornishFisherDomainError, SeriesError
    from desktop.core.engine.valuation import LedgerError
    from desktop.core.errors import InvalidInput, UserError, is_user_error
    from desktop.core.io.fields import FieldError, InputError
    from desktop.core.store import DamagedWorkspace, StoreError, WorkspaceLocked
    from desktop.core.store.store_errors import ConstraintError, MigrationError, SchemaTooNewError
    from desktop.core.stress import StressError

    for kind in (CliError, StoreError, SchemaTooNewError, MigrationError, ConstraintError, DamagedWorkspace,
                 WorkspaceLocked, FieldError, InputError, SeriesError, LedgerError, StressError, CornishFisherDomainError):
        assert issubclass(kind, UserError), kind
    assert is_user_error(FieldError("years", "from 1 to 10")) and is_user_error(FileNotFoundError(2, "gone", "x.csv"))
    assert not is_user_error(ValueError("a bug")) and not is_user_error(ZeroDivisionError())
    assert isinstance(InvalidInput("x"), ValueError)  # parsers that catch ValueError still see a refused value


def test_cancel_is_one_class(qapp, sample_copy, tmp_path):
    from desktop.core.engine.simulate import Model, Request, simulate
    from desktop.core.errors import Cancelled
    from desktop.core.io.csv_source import CsvOptions
    from desktop.core.io.transactions_csv import import_transactions
    from desktop.core.summary import build_report
    from desktop.core.workspace import Workspace
    from desktop.report.pdf import render_pdf

    csv = tmp_path / "t.csv"  # more rows than an import reads between two looks at the cancel flag
    csv.write_text("date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n"
                   + "".join(f"2024-01-02,purchase,Treasury cold wallet,,BTC,{1 + i / 1e4},40000,,,,\n" for i in range(6000)))
    ws = Workspace.open(sample_copy("el-salvador"))
    stop = lambda: True  # noqa: E731 - the user's cancel, already pressed
    try:
        for attempt in (  # the engine, an import and the PDF each stop with the one class
            lambda: simulate(Request(Model("gbm", vol=0.6), paths=10_000, horizon_days=10, seed=1), cancelled=stop),
            lambda: import_transactions(ws.store, csv, CsvOptions(), cancelled=stop),
            lambda: render_pdf(build_report(ws, sections=["summary"]), tmp_path / "r.pdf", cancelled=stop),
        ):
            with pytest.raises(Cancelled) as raised:
                attempt()
            assert type(raised.value) is Cancelled
    finally:
        ws.close()
    others = [f"{module.__name__}.{name}" for module in _desktop_modules() for name in vars(module)
              if name.endswith("Cancelled") and name != "Cancelled"]
    assert others == []


def _desktop_modules():
    import importlib
    import pkgutil

    import desktop

    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if ".gui" not in info.name and not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


@pytest.fixture
def log_folder(tmp_path):
    from desktop.core import errors

    folder = tmp_path / "app-data"
    yield errors.start_log(folder).parent
    for handler in list(errors._LOG.handlers):
        errors._LOG.removeHandler(handler)
        handler.close()


def test_the_command_line_tells_the_users_error_from_a_bug_and_logs_the_bug(monkeypatch, capsys, sample_copy, log_folder):
    from desktop import cli
    from desktop.core.errors import InvalidInput, log_path

    path = str(sample_copy("el-salvador"))

    def refused(args):
        raise InvalidInput("years: from 1 to 10")

    def bug(args):
        raise ZeroDivisionError(SECRET)

    monkeypatch.setattr(cli, "COMMANDS", {**cli.COMMANDS, "holdings": refused})
    assert cli.main(["holdings", "--workspace", path]) == cli.EXIT_INPUT
    assert capsys.readouterr().err == "reserve-desk: error: years: from 1 to 10\n"
    monkeypatch.setattr(cli, "COMMANDS", {**cli.COMMANDS, "holdings": bug})
    assert cli.main(["holdings", "--workspace", path]) == cli.EXIT_INTERNAL
    said = capsys.readouterr().err
    logged = log_path()  # the command line's log is the window's: Qt's app-data folder
    assert logged is not None and logged.name == "reserve-desk.log" and "Reserve Desk" in str(logged.parent)
    assert said.startswith("reserve-desk: internal error (ZeroDivisionError: ") and f"log file {logged}" in said
    text = logged.read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "in bug" in text and "raise ZeroDivisionError(SECRET)" in text
    assert SECRET not in text and path not in text  # the traceback, never a value


def test_the_window_tells_the_users_error_from_a_bug_and_logs_the_bug(qtbot, sample_copy, monkeypatch, log_folder):
    from desktop.core import planner as core_planner
    from desktop.core.errors import InvalidInput
    from desktop.core.workspace import Workspace
    from desktop.gui.tabs.planner import PlannerTab

    ws = Workspace.open(sample_copy("el-salvador"))
    tab = PlannerTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.task is None and tab.projection is not None, timeout=60_000)
    log = log_folder / "reserve-desk.log"

    def refused(*a, **k):
        raise InvalidInput("years: from 1 to 10")

    def bug(*a, **k):
        raise ZeroDivisionError(SECRET)

    for project, expected in ((refused, "Cannot project: years: from 1 to 10"),
                              (bug, "Cannot project: internal error (ZeroDivisionError: ")):
        monkeypatch.setattr(core_planner, "project", project)
        tab.notes.setText("")
        tab.years.setValue(tab.years.value() % 5 + 1)  # the projection runs again, on a worker
        qtbot.waitUntil(lambda: tab.task is None and "Cannot project" in tab.notes.text(), timeout=60_000)
        assert tab.notes.text().startswith(expected), tab.notes.text()
        if project is refused:
            assert not log.exists()  # the user's error is theirs to put right: nothing to report
    assert f"Please report this with the log file {log}" in tab.notes.text()
    text = log.read_text(encoding="utf-8")
    assert "internal error in a background task" in text and "ZeroDivisionError" in text and "in bug" in text
    assert SECRET not in text
    ws.close()


def test_a_task_passes_the_exception_itself(qtbot):
    from PySide6.QtCore import QObject

    from desktop.core.errors import InvalidInput
    from desktop.gui.worker import Task

    owner, got = QObject(), []
    refused = InvalidInput("paths: at most 10")

    def work(progress, cancelled):
        raise refused

    task = Task(work)
    task.deliver_to(owner, failed=got.append)
    task.start()
    qtbot.waitUntil(lambda: len(got) == 1, timeout=10_000)
    assert got == [refused]


def test_help_opens_the_log_folder(window, monkeypatch, log_folder):
    from desktop.gui import main_window

    opened = []
    monkeypatch.setattr(main_window.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Open log folder")
    action.trigger()
    assert opened == [str(log_folder)]
