"""Help > Keyboard shortcuts: read from the menus themselves, so the list is never out of date."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .widgets import fit_dialog

MOVING_AROUND = [
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous control; a table is one stop")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move inside a table, a list or a chart's options")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+letter"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a menu by its underlined letter")),
    ("Up, Down / Page Up, Page Down",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "In a date field: a day / a month later or earlier")),
    ("Alt+Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "In a date field: the calendar")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "In a table: open or edit the selected row where the tab allows it")),
    ("Escape", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog without changing anything")),
]


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(menu path, shortcut) of every action that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            text = action.text().replace("&", "")
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {text}")
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((f"{path} > {text}", keys))

    for top in bar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # key names Qt writes in English (Tab, Enter) stay as on the keyboard
        rows = menu_shortcuts(bar) + [(translate("ShortcutsDialog", meaning), translate("ShortcutsDialog", keys))
                                      for keys, meaning in MOVING_AROUND]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for r, (action, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(action))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every action of the menus is also reachable with Alt and the underlined letters.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_dialog(self, 620, 560)
