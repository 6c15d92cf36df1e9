"""The acceptance walk of the Spanish window: every tab (each of its pages) and every dialog of the app, in
Spanish, with no text left in English. Two checks on everything a user reads (labels, buttons, headers, table
cells, tooltips, menus, chart titles, axes and legends): no marked English source is shown untranslated
(``still_english``), and no text holds a word of the app's English that the translation never uses
(``english_words_in``: it catches a text that was never marked at all). Names, codes and the samples' data pass.
"""

from __future__ import annotations

import inspect
import pkgutil

import pytest
from PySide6.QtWidgets import QDialog, QStackedWidget, QTabWidget, QWidget

import desktop.gui
from desktop.core.workspace import Workspace
from desktop.gui import worker
from tests.i18n_walk import english_words_in, readable_texts, still_english

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
SCREEN = (1366, 768)


def untranslated(root: QWidget) -> list[str]:
    """Each text left in English once, with where it is (and its English words, when it was never marked)."""
    found = [f"{where}: {text!r}" for where, text in still_english(root)]
    found += [f"{where}: {text!r} {words}" for where, text, words in english_words_in(readable_texts(root))]
    return list(dict.fromkeys(found))


def assert_all_spanish(found: dict[str, list[str]]) -> None:
    left = [f"{where}:\n    " + "\n    ".join(problems) for where, problems in found.items() if problems]
    if left:
        pytest.fail("text left in English:\n" + "\n".join(left), pytrace=False)


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=120_000)
    qtbot.wait(50)  # the finished work delivered on the GUI thread


def pages_of(root: QWidget):
    """Show each page of each tab widget and stack inside ``root`` in turn (one level at a time)."""
    for book in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
        for i in range(book.count()):
            book.setCurrentIndex(i)
            yield f"{type(book).__name__} page {i}"


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan", "empty"])
def test_every_tab_and_page_of_the_window_reads_in_spanish(qtbot, spanish, sample_copy, sample):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.open_workspace(sample_copy(sample))
    found = {}
    for index in range(window.tabs.count()):
        window.show_tab(index)
        idle(qtbot)
        tab = window.page_of(index)
        seen = set(untranslated(tab))
        for _ in pages_of(tab):
            idle(qtbot)
            seen |= set(untranslated(tab))
        found[window.tabs.tabText(index)] = sorted(seen)
    found["menus, toolbar and status bar"] = untranslated(window.menuBar()) + untranslated(window)
    assert_all_spanish(found)


def _dialog_classes() -> set[type]:
    classes = set()
    for module in pkgutil.walk_packages(desktop.gui.__path__, "desktop.gui."):
        loaded = __import__(module.name, fromlist=["_"])
        classes |= {c for _, c in inspect.getmembers(loaded, inspect.isclass)
                    if issubclass(c, QDialog) and c.__module__ == module.name}
    return classes


def _builders(ws: Workspace, window):
    """Each dialog of the app, built as the window builds it, on El Salvador's sample."""
    from desktop.gui.audit_dialog import AuditDialog
    from desktop.gui.backup_dialog import BackupDialog
    from desktop.gui.currency_dialog import CurrencySettingsDialog
    from desktop.gui.dialogs.arrangement import ArrangementDialog
    from desktop.gui.dialogs.custody import AddressDialog, ChainImportDialog, StatementDialog
    from desktop.gui.dialogs.import_file import ImportDialog
    from desktop.gui.dialogs.member import MemberDialog, StepDialog
    from desktop.gui.dialogs.purchase import PurchaseDialog
    from desktop.gui.dialogs.transaction import TransactionDialog
    from desktop.gui.dialogs.wallet import WalletDialog
    from desktop.gui.policy_dialog import PolicyDialog
    from desktop.gui.report_dialog import ReportDialog
    from desktop.gui.scenario_dialog import ScenarioDialog
    from desktop.gui.shortcuts_dialog import ShortcutsDialog
    from desktop.gui.workbook_dialog import WorkbookDialog

    date = ws.default_date()
    arrangement = ws.arrangements[0]
    yield ReportDialog, lambda: ReportDialog(ws, date)
    yield WorkbookDialog, lambda: WorkbookDialog(ws, date, "SDR")
    yield AuditDialog, lambda: AuditDialog(ws)
    yield BackupDialog, lambda: BackupDialog(ws.path)
    yield CurrencySettingsDialog, lambda: CurrencySettingsDialog(ws, date)
    yield ScenarioDialog, lambda: ScenarioDialog(ws)
    yield PolicyDialog, lambda: PolicyDialog(ws, date)
    yield ShortcutsDialog, lambda: ShortcutsDialog(window.menuBar())
    yield ArrangementDialog, lambda: ArrangementDialog(ws, arrangement)
    yield PurchaseDialog, lambda: PurchaseDialog(ws, arrangement)
    yield TransactionDialog, lambda: TransactionDialog(ws)
    yield WalletDialog, lambda: WalletDialog(ws)
    yield MemberDialog, lambda: MemberDialog(ws, lambda command: None, lambda: None)
    yield StepDialog, lambda: StepDialog(ws, "quota")
    yield StepDialog, lambda: StepDialog(ws, "sdr_rate")
    yield AddressDialog, lambda: AddressDialog(ws)
    yield ChainImportDialog, lambda: ChainImportDialog(ws)
    yield StatementDialog, lambda: StatementDialog(ws, date)
    for what in ("transactions", "prices", "program", "macro", "imf-payments", "sdr-rates"):
        yield ImportDialog, lambda what=what: ImportDialog(ws, what)


def test_every_dialog_of_the_app_reads_in_spanish(qtbot, spanish, sample_copy):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("el-salvador"))
    ws = window.workspace
    ws.store.backup("manual")  # a row in the backup dialog's table
    built, found = set(), {}
    for cls, build in _builders(ws, window):
        dialog = build()
        qtbot.addWidget(dialog)
        if dialog.width() > SCREEN[0]:
            dialog.resize(*SCREEN)
        dialog.show()
        idle(qtbot)
        built.add(cls)
        name = f"{cls.__name__} {dialog.windowTitle()!r}"
        seen = set(untranslated(dialog) + [f"title: {t!r} {w}" for _, t, w in english_words_in(
            [("title", dialog.windowTitle())])])
        for _ in pages_of(dialog):
            idle(qtbot)
            seen |= set(untranslated(dialog))
        found[name] = sorted(seen)
        dialog.close()
    assert_all_spanish(found)
    assert _dialog_classes() - built == set(), "a dialog this walk does not open: add it to _builders"
