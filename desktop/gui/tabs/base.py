"""What every tab has: the workspace it shows, the date it shows it for, and a way to ask for another tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...core.table_cache import ARRANGEMENT_TABLES, MEMBER_TABLES
from ...core.workspace import Workspace

HOLDINGS_TABLES = frozenset({"wallets", "transactions", "prices", "metadata"})
PROGRAM_TABLES = frozenset(ARRANGEMENT_TABLES + MEMBER_TABLES)  # the member's quota, rates and IMF projection


class Tab(QWidget):
    title = ""
    wraps_text = False  # True: the page needs its wrapped text's height and scrolls for it (see _Fitted)
    navigate = Signal(str)  # the title of the tab the user asked to go to
    changed = Signal()  # this tab wrote through the workspace's own connection (the store knows the tables)
    tables_changed = Signal(object)  # a worker of this tab wrote these tables through its own connection
    reads: frozenset[str] | None = None  # the tables what the tab shows comes from; None: all of them

    def __init__(self, workspace: Workspace, date: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.date = date
        self.currency = "USD"  # the reporting currency the toolbar chose (core.fx); money figures convert to it
        self.undo_stack: QUndoStack | None = None  # set by the main window

    def first_controls(self) -> list[QWidget]:
        """Where the keyboard starts when the tab is shown (Ctrl+1…6): the first of these that can take it."""
        return []

    def reload(self) -> None:
        """The workspace changed (an edit, an import, an undo): re-read what the tab shows."""
        self.refresh()

    def set_date(self, date: dt.date) -> None:
        self.date = date
        self.refresh()

    def set_currency(self, code: str) -> None:
        """The toolbar's reporting currency changed: show money figures in ``code``."""
        self.currency = code
        self.refresh()

    def converter(self):
        """US$ (and SDR) figures in the reporting currency, ``self.date`` being the valuation date (core.fx)."""
        return self.workspace.converter(self.currency, self.date)

    def refresh(self) -> None:
        """Recompute what the tab shows for ``self.date``."""
        raise NotImplementedError
