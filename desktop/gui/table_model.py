"""A read-only table model over a list of records, with typed sorting and tooltips.

Columns say how to read, show and sort a value, so a view sorts dates as dates and numbers as
numbers rather than as the text it displays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    numeric: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    header_tip: str | None = None
    warn: Callable[[Any], bool] | None = None  # paint the cell red when true


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], records: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.records = list(records)

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(col.value(record))
        if role == SORT_ROLE:
            value = col.value(record)
            if value is None:  # blanks sort first, whatever the column's type
                return float("-inf") if col.numeric else ""
            return value if col.numeric else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and col.warn and col.warn(record):
            return QBrush(QColor("#b00020"))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return two_lines(self.columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].header_tip or self.columns[section].title
        return None


HEADER_LINE_CHARS = 12


def two_lines(title: str) -> str:
    """A long column title on two lines, the unit on the second ("NIR floor" / "(US$ m)"): the titles set the
    columns' widths, and on a 1366x768 laptop they pushed "Headroom" out of the view."""
    if len(title) <= HEADER_LINE_CHARS or " " not in title:
        return title
    unit = title.rfind(" (")
    if unit > 0:
        return f"{title[:unit]}\n{title[unit + 1:]}"
    middle = len(title) / 2
    split = min((i for i, c in enumerate(title) if c == " "), key=lambda i: abs(i - middle))
    return f"{title[:split]}\n{title[split + 1:]}"


def sortable(model: QAbstractTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
