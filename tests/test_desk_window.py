"""Issue 15: the window at the analyst's desk — typed dates, screen fit, keyboard, recent files, tables."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest

from desktop.gui.app import create_app
from desktop.gui.main_window import MainWindow


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
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        dialog = TransactionDialog(ws, day=dt.date(2025, 11, 18))
        assert dialog.date.date() == QDate(2025, 11, 18)  # a new row starts on the date the window shows
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
    assert [a.text() for a in window.recent_menu.actions()] == [f"&1 {first.resolve()}"]
    window.open_workspace(second)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == [f"&1 {second.resolve()}", f"&2 {first.resolve()}"]


# ---- item 4: the window fits the screen ---------------------------------------------------------

@pytest.mark.parametrize("screen", [(1366, 728), (1093, 574), (1280, 680), (1536, 824), (1920, 1040)])
def test_first_window_fits_the_available_screen(window, screen):
    """Available areas (below a 40-px taskbar) of 1366x768 at 100% and 125%, 1280x720, 1920x1080 at 125%
    and 150%: the window and its title bar fit, and it is never smaller than its minimum."""
    from PySide6.QtCore import QRect

    from desktop.gui.main_window import TITLE_BAR_PX

    width, height = screen
    window.fit_to_screen(QRect(0, 0, width, height))
    assert window.width() <= width and window.height() + TITLE_BAR_PX <= height
    assert window.x() >= 0 and window.y() >= 0
    assert window.minimumSize().width() <= width and window.minimumSize().height() + TITLE_BAR_PX <= height


def test_every_tab_scrolls_instead_of_forcing_the_window_size(window, qtbot, sample_copy):
    from PySide6.QtWidgets import QScrollArea

    window.open_workspace(sample_copy("el-salvador"))
    window.resize(1366, 728)  # a 1366x768 laptop below its taskbar: wrapped text takes the lines it needs there
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        assert isinstance(window.tabs.widget(i), QScrollArea)
        tab = window.tab(i)
        # the content fits a 1366x768 laptop's window (about 1366 x 600 below the menus) without scrolling
        assert tab.minimumSizeHint().width() <= 1366 and tab.minimumSizeHint().height() <= 600, type(tab).__name__


def test_splitters_and_columns_are_remembered_per_tab(qapp, qtbot, sample_copy, tmp_path):
    from PySide6.QtWidgets import QSplitter

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    path = sample_copy("el-salvador")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_workspace(path)
    window.resize(1300, 760)
    window.show()
    window.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    split = window.tab(1).findChildren(QSplitter)[0]
    split.setSizes([300, 900])
    sizes = split.sizes()
    window.tab(1).wallet_view.setColumnWidth(0, 222)
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.open_workspace(path)
    again.resize(1300, 760)
    again.show()
    again.tabs.setCurrentIndex(1)
    qtbot.wait(10)
    assert again.tab(1).findChildren(QSplitter)[0].sizes() == sizes
    assert again.tab(1).wallet_view.columnWidth(0) == 222


def test_cards_shrink_their_figures_and_wrap_their_captions(qapp):
    from desktop.gui.widgets import FigureCard

    create_app()  # the style sheet sets the figures' size
    card = FigureCard("Bitcoin reserve held in cold storage")
    card.set("US$694.7 m")
    card.resize(120, 90)
    card.show()
    font, text = card.value.fitted_font()
    assert font.pointSizeF() < card.value.font().pointSizeF()  # smaller before it cuts
    assert card.caption.wordWrap()  # a long caption takes a second line instead of losing words
    assert card.minimumSizeHint().width() <= 120
    card.resize(600, 90)
    assert card.value.fitted_font()[1] == "US$694.7 m"
    exact = card.value.fontMetrics().horizontalAdvance("US$694.7 m") + card.width() - card.value.contentsRect().width()
    card.resize(exact, 90)  # a figure that just fits is drawn whole, not "US$694.7 …"
    assert card.value.fitted_font() == (card.value.font(), "US$694.7 m")


# ---- item 5: keyboard ---------------------------------------------------------------------------

def test_tab_leaves_the_tables(window, qtbot, sample_copy):
    from PySide6.QtWidgets import QAbstractItemView

    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    for i in (1, 2, 4):  # Holdings, Risk, Stress Scenarios
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        views = window.tab(i).findChildren(QAbstractItemView)
        assert views and not any(v.tabKeyNavigation() for v in views)
    holdings = window.tab(1)
    holdings.wallet_view.setFocus()
    QTest.keyClick(holdings.wallet_view, Qt.Key.Key_Tab)
    assert qapp_focus() is not holdings.wallet_view


def qapp_focus():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_every_button_action_has_a_menu_entry(window, qtbot, sample_copy, monkeypatch):
    from desktop.gui.shortcuts_dialog import menu_shortcuts

    window.open_workspace(sample_copy("el-salvador"))
    shortcuts = dict(menu_shortcuts(window.menuBar()))
    for path in ("Edit > Add transaction…", "Edit > Add wallet…", "Tools > Run the selected scenario",
                 "Edit > New policy…", "File > Export PDF summary…", "Help > Keyboard shortcuts"):
        assert path in shortcuts, path
    called = []
    from desktop.gui.tabs.holdings import HoldingsTab

    monkeypatch.setattr(HoldingsTab, "add_transaction", lambda self: called.append("add"))
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text() == "Add &transaction…")
    action.trigger()
    assert called == ["add"] and window.tabs.currentIndex() == 1


# ---- item 11: tables ----------------------------------------------------------------------------

def test_no_sort_arrow_on_a_table_in_its_own_order(qapp):
    from desktop.gui.table_model import Column, RecordTableModel
    from desktop.gui.widgets import record_table

    model = RecordTableModel([Column("Date", lambda r: r[0]), Column("Close", lambda r: r[1], numeric=True)])
    model.set_records([("2025-11-18", 3.0), ("2025-11-17", 1.0), ("2025-11-16", 2.0)])
    view = record_table(model)
    assert view.horizontalHeader().sortIndicatorSection() == -1
    assert [view.model().index(r, 0).data() for r in range(3)] == ["2025-11-18", "2025-11-17", "2025-11-16"]
    sorted_view = record_table(model, sort_column=1)
    assert sorted_view.horizontalHeader().sortIndicatorSection() == 1


def test_a_new_wallet_is_shown_and_selected(window, qtbot, sample_copy, monkeypatch):
    from desktop.gui.dialogs.wallet import WalletDialog

    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    window.tabs.setCurrentIndex(1)
    qtbot.wait(1)
    holdings = window.tab(1)

    def accept(dialog):
        dialog.name.setText("Zeta cold storage")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(WalletDialog, "exec", accept)
    holdings.add_wallet()
    names = [w.name for w in holdings.wallet_model.records]
    assert "Zeta cold storage" in names  # empty and without a cap, yet shown: the user just made it
    current = holdings.wallet_view.currentIndex()
    assert current.isValid() and holdings.wallet_view.model().index(current.row(), 0).data() == "Zeta cold storage"


def test_no_key_is_bound_twice(window, qtbot, sample_copy):
    """A key bound to two actions does nothing at all (F5 was both Reload and Run scenario)."""
    from PySide6.QtGui import QAction

    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    from PySide6.QtWidgets import QAbstractButton

    for b in window.findChildren(QAbstractButton):
        if not b.shortcut().isEmpty():
            owners.setdefault(b.shortcut().toString(), []).append(b.text())
    twice = {key: names for key, names in owners.items() if len(names) > 1}
    assert twice == {}
    from desktop.gui.shortcuts_dialog import menu_shortcuts

    assert dict(menu_shortcuts(window.menuBar()))["Tools > Run the selected scenario"] == "F5, Ctrl+R"


def test_every_menu_entry_has_its_own_mnemonic(window, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))

    def check(menu, path):
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            assert "&" in text.replace("&&", ""), f"{path} > {text}: no underlined letter"
            letters.append(text[text.index("&") + 1].lower())
            if action.menu() is not None:
                check(action.menu(), f"{path} > {text}")
        assert len(letters) == len(set(letters)), f"{path}: a letter underlined twice: {sorted(letters)}"

    for top in window.menuBar().actions():
        window._fill_recent()
        check(top.menu(), top.text())



def test_a_form_dialog_opens_on_its_first_field_and_tabs_down_the_form(qapp, qtbot, sample_copy):
    from PySide6.QtWidgets import QApplication

    from desktop.core.workspace import Workspace
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        dialog = TransactionDialog(ws, day=dt.date(2025, 11, 18))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        assert QApplication.focusWidget() is dialog.date.edit  # typing a date types it into the date
        QTest.keyClicks(dialog.date.edit, "2025-11-17")
        assert dialog.date.date() == QDate(2025, 11, 17)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.kind
        dialog.close()
    finally:
        ws.close()


def test_ctrl_number_puts_the_keyboard_in_the_tab(window, qtbot, sample_copy):
    from PySide6.QtWidgets import QApplication

    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    window.activateWindow()
    window.date_edit.setFocus()
    for i in range(window.tabs.count()):
        # looked up each time: PySide can drop a menu's Python wrapper while the menu itself lives on
        view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        (action,) = [a for a in view.actions() if a.shortcut().toString() == f"Ctrl+{i + 1}"]
        action.trigger()
        qtbot.wait(1)
        focus = QApplication.focusWidget()
        assert window.tabs.currentIndex() == i and focus is not None and window.tab(i).isAncestorOf(focus), i


def test_holdings_charts_show_the_ledgers_dates_in_either_tab(window, qtbot, sample_copy):
    """Each chart has its own date range: linked to a chart in a hidden tab, the value chart showed 0 to 1."""
    window.open_workspace(sample_copy("el-salvador"))
    window.resize(1366, 736)
    window.show()
    window.show_tab(1)
    holdings = window.tab(1)
    for index, plot in ((0, holdings.value_plot), (1, holdings.stock_plot)):
        holdings.chart_page.setCurrentIndex(index)
        qtbot.wait(20)
        start, end = plot.viewRange()[0]
        assert dt.datetime(2021, 1, 1).timestamp() < start < end < dt.datetime(2026, 6, 1).timestamp(), (index, start)


def test_only_cards_that_lead_somewhere_take_the_focus(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    window.show_tab(1)
    assert all(c.focusPolicy() == Qt.FocusPolicy.NoFocus for c in window.tab(1).cards.values())
    window.show_tab(0)
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in window.tab(0).cards.values())


def test_reopening_leaves_no_old_pages_behind(window, qtbot, sample_copy):
    from PySide6.QtWidgets import QApplication, QScrollArea

    from desktop.gui.tabs.base import Tab

    path = sample_copy("el-salvador")
    window.open_workspace(path)
    window.show()
    for _ in range(3):
        for i in range(window.tabs.count()):
            window.show_tab(i)
            qtbot.wait(1)
        window.open_workspace(path)  # File > Reload does this
    window.show_tab(0)
    for _ in range(5):
        QApplication.sendPostedEvents(None, 0)  # the deferred deletes
        qtbot.wait(5)
    # only the tabs built since the last reopen (the one shown then, and the Overview); the 15 before are gone
    assert set(window.findChildren(Tab)) == set(window._built.values()) and len(window._built) == 2
    assert len(window.findChildren(QScrollArea)) <= 2 + 2 * len(window._built)
    # and the menus the window keeps still answer: walking Qt's focus chain on each tab switch once made PySide
    # drop the Open recent menu's wrapper, and File > Open recent failed with "already deleted"
    window._fill_recent()
    assert window.recent_menu.title() == "Open &recent"
