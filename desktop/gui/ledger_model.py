"""The ledger table: sorting and filtering by NumPy operations so 100,000 rows stay smooth.

Qt asks only for the cells on screen; ordering and filtering never call back into Python per row.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core import fmt, fx
from ..core.engine.valuation import day_number
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.workspace import LedgerTable

COLUMNS = (  # titles translated when the model is built
    QT_TRANSLATE_NOOP("LedgerModel", "Date"), QT_TRANSLATE_NOOP("LedgerModel", "Kind"),
    QT_TRANSLATE_NOOP("LedgerModel", "Wallet"), QT_TRANSLATE_NOOP("LedgerModel", "To wallet"), "BTC",
    QT_TRANSLATE_NOOP("LedgerModel", "Price (USD)"), QT_TRANSLATE_NOOP("LedgerModel", "Fee (USD)"),
    QT_TRANSLATE_NOOP("LedgerModel", "Counterparty"), QT_TRANSLATE_NOOP("LedgerModel", "Reference"),
    QT_TRANSLATE_NOOP("LedgerModel", "Note"))
NUMERIC = {4, 5, 6}
MONEY_TITLES = {5: QT_TRANSLATE_NOOP("LedgerModel", "Price ({currency})"),  # in the reporting currency, not US$
                6: QT_TRANSLATE_NOOP("LedgerModel", "Fee ({currency})")}
_ROOT = QModelIndex()
# the kinds of transaction in words (the stored codes, which the CSV files and the command line keep)
KIND_WORDS = {
    #: a kind of ledger transaction: bitcoin bought
    "purchase": QT_TRANSLATE_NOOP("LedgerModel", "purchase"),
    #: a kind of ledger transaction: bitcoin sold
    "sale": QT_TRANSLATE_NOOP("LedgerModel", "sale"),
    #: a kind of ledger transaction: bitcoin mined by the state
    "mining": QT_TRANSLATE_NOOP("LedgerModel", "mining"),
    #: a kind of ledger transaction: bitcoin seized by the courts
    "seizure": QT_TRANSLATE_NOOP("LedgerModel", "seizure"),
    #: a kind of ledger transaction: bitcoin moved between two of the reserve's wallets
    "transfer": QT_TRANSLATE_NOOP("LedgerModel", "transfer"),
    #: a kind of ledger transaction: bitcoin received as a gift
    "donation": QT_TRANSLATE_NOOP("LedgerModel", "donation"),
    #: a kind of ledger transaction: a network fee paid in bitcoin
    "fee": QT_TRANSLATE_NOOP("LedgerModel", "fee"),
}
ENTERED = QT_TRANSLATE_NOOP("LedgerModel", "entered in Reserve Desk")  # a row's stored source: shown translated


def kind_text(kind: str) -> str:
    """A transaction's kind in the interface's language (the stored code when it has no words)."""
    return translate("LedgerModel", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _money(x: float) -> str:
    return "" if np.isnan(x) else fmt.number(x, 2)


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = LedgerTable.from_rows([], {})
        self._search = None
        self.rows = np.zeros(0, dtype=np.int64)  # positions in ``table`` in display order
        self._sort = (0, Qt.SortOrder.DescendingOrder)
        self._filter: dict = {}
        self._titles = [translate("LedgerModel", title) for title in COLUMNS]
        self._kinds = {kind: kind_text(kind) for kind in KIND_WORDS}  # asked for each cell on screen
        self._entered = translate("LedgerModel", ENTERED)
        self._conv: fx.Converter | None = None  # the reporting currency's; None: US$ as stored
        self._rate = self._price = self._fee = None  # each row's rate, and its price and fee in the currency
        self._convert()

    def set_converter(self, conv: fx.Converter | None) -> None:
        """Price and fee in ``conv``'s currency, each row at the rate of its own date (core.fx); None or US$: as
        stored."""
        self.beginResetModel()
        self._conv = None if conv is None or conv.identity else conv
        self._titles = [translate("LedgerModel", title) for title in COLUMNS]
        if self._conv is not None:
            for c, title in MONEY_TITLES.items():
                self._titles[c] = translate("LedgerModel", title).format(currency=self._conv.symbol)
        self._convert()
        self.rows = self._apply(self._filter, *self._sort)
        self.endResetModel()

    def _convert(self) -> None:
        t = self.table
        if self._conv is None:
            self._rate, self._price, self._fee = None, t.price_usd, t.fee_usd
            return
        from .money import series  # the window's conversions of day-numbered figures

        self._rate = series(self._conv, np.ones(len(t)), t.day)
        self._price, self._fee = t.price_usd * self._rate, t.fee_usd * self._rate

    def _money_cell(self, values: np.ndarray, usd: np.ndarray, i: int) -> str:
        """A row's price or fee: blank when it has none, "—" when its date has no rate."""
        if self._rate is not None and np.isnan(self._rate[i]) and not np.isnan(usd[i]):
            return "—"
        return _money(values[i])

    def _rate_tip(self, i: int) -> str:
        """The rate a row's price and fee converted at, or why there is none."""
        return self._conv.explain(dt.date.fromisoformat(self.table.date[i]))

    # ---- data ------------------------------------------------------------------------------------

    def set_table(self, table: LedgerTable, search: np.ndarray | None = None) -> None:
        self.beginResetModel()
        self.table = table
        self._search = search  # else built on the first text filter: most sessions never need it
        self._convert()
        self.rows = self._apply(self._filter, *self._sort)
        self.endResetModel()

    def transaction_id(self, row: int) -> int:
        return int(self.table.id[self.rows[row]])

    def row_of_id(self, transaction_id: int) -> int | None:
        hits = np.flatnonzero(self.table.id[self.rows] == transaction_id)
        return int(hits[0]) if hits.size else None

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t, i, c = self.table, int(self.rows[index.row()]), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return t.date[i]
            if c == 1:
                kind = str(t.kind[i])
                return self._kinds.get(kind, kind)
            if c == 2:
                return str(t.wallet[i])
            if c == 3:
                return str(t.to_wallet[i])
            if c == 4:
                return fmt.number(t.quantity_btc[i], 8)
            if c == 5:
                return self._money_cell(self._price, t.price_usd, i)
            if c == 6:
                return self._money_cell(self._fee, t.fee_usd, i)
            return (t.counterparty, t.reference, t.note)[c - 7][i] or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and c in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            source = t.source[i] and self.tr("Source: {source}").format(
                source=self._entered if t.source[i] == ENTERED else t.source[i])
            rate = self._rate_tip(i) if self._conv is not None and c in (5, 6) else None
            return "\n".join(x for x in (rate, t.note[i], source) if x) or None
        if role == Qt.ItemDataRole.ForegroundRole and c == 1 and t.kind[i] in ("sale", "fee"):
            return QBrush(QColor("#b00020"))
        return None

    # ---- sorting and filtering ---------------------------------------------------------------------

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt's name
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self.rows = self._apply(self._filter, column, order)
        self.layoutChanged.emit()

    def set_filter(self, *, wallet: str | None = None, kind: str | None = None, start: dt.date | None = None,
                   end: dt.date | None = None, text: str = "") -> None:
        self.beginResetModel()
        self._filter = {"wallet": wallet, "kind": kind, "start": start, "end": end, "text": text.strip().lower()}
        self.rows = self._apply(self._filter, *self._sort)
        self.endResetModel()

    def _apply(self, f: dict, column: int, order) -> np.ndarray:
        t = self.table
        n = len(t)
        mask = np.ones(n, dtype=bool)
        if f.get("wallet"):
            mask &= (t.wallet == f["wallet"]) | (t.to_wallet == f["wallet"])
        if f.get("kind"):
            mask &= t.kind == f["kind"]
        if f.get("start"):
            mask &= t.day >= day_number(f["start"])
        if f.get("end"):
            mask &= t.day <= day_number(f["end"])
        if f.get("text"):
            if self._search is None:
                self._search = t.search_text() if n else np.zeros(0, dtype=str)
            found = np.char.find(self._search, f["text"]) >= 0
            # a kind as the table shows it ("transferencia"): the search text holds the stored code
            kinds = [kind for kind, word in self._kinds.items() if f["text"] in word.lower()]
            mask &= found | np.isin(t.kind, kinds) if kinds else found
        positions = np.flatnonzero(mask)
        key = self._sort_key(column)[positions]
        # stable: ties keep booking order (positions ascend); descending reverses the whole ordering
        ordered = positions[np.argsort(key, kind="stable")]
        return ordered[::-1].copy() if order == Qt.SortOrder.DescendingOrder else ordered

    def _sort_key(self, column: int) -> np.ndarray:
        t = self.table
        if column == 0:
            return np.arange(len(t))  # booking order is date order, with entry order within a day
        if column in NUMERIC:
            values = (t.quantity_btc, self._price, self._fee)[column - 4]
            return np.where(np.isnan(values), -np.inf, values)  # blanks first when ascending
        if column in (1, 2, 3):
            return (t.kind, t.wallet, t.to_wallet)[column - 1]
        return np.array([v or "" for v in (t.counterparty, t.reference, t.note)[column - 7]], dtype=str)
