"""Issue 15: the window at the analyst's desk — typed dates, screen fit, keyboard, recent files, tables."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest

from desktop.gui.app import create_app
from desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    create_app()
    w = MainWindow(settings=None)
    qtbot.addWidget(w)
    return w


def type_over(field, text: str) -> None:
    """Select everything in the field and type, as a user does."""
    field.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.edit, text)


# ---- item 3: typing a date takes the whole date -------------------------------------------------

def test_typing_a_date_over_figures_on_takes_the_year_too(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    window.tabs.setCurrentIndex(1)
    qtbot.wait(1)
    type_over(window.date_edit, "2024-04-28")
    assert window.date == dt.date(2024, 4, 28)
    assert window._built[1].date == dt.date(2024, 4, 28)  # the figures follow at once


def test_a_date_that_is_not_one_is_refused_in_words(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    before = window.date
    type_over(window.date_edit, "2025-02-30")
    QTest.keyClick(window.date_edit.edit, Qt.Key.Key_Return)
    assert window.date == before
    assert window.date_edit.text() == before.isoformat()
    assert "2025-02-30 is not a date" in window.statusBar().currentMessage()


def test_arrow_keys_step_the_date(window, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    before = window.date
    window.date_edit.setFocus()
    QTest.keyClick(window.date_edit.edit, Qt.Key.Key_Up)
    QTest.keyClick(window.date_edit.edit, Qt.Key.Key_PageDown)
    q = QDate(before.year, before.month, before.day).addDays(1).addMonths(-1)
    assert window.date_edit.date() == q


def test_typing_a_date_in_add_transaction(qapp, sample_copy):
    from desktop.core.workspace import Workspace
    from desktop.gui.dialogs import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        dialog = TransactionDialog(ws)
        dialog.show()
        type_over(dialog.date, "2024-04-28")
        assert dialog.date.date() == QDate(2024, 4, 28)
        dialog.close()
    finally:
        ws.close()


# ---- item 11: open recent ---------------------------------------------------------------------

def test_open_recent_lists_whole_paths(qapp, qtbot, sample_copy, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first, second = sample_copy("el-salvador"), sample_copy("pakistan")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_workspace(first)
    settings.sync()
    window.close()
    # a restart: QSettings reads a one-entry list back from the file as a plain string
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == [str(first.resolve())]
    window.open_workspace(second)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == [str(second.resolve()), str(first.resolve())]
