"""Holdings: what the reserve holds, where, what it cost and what it is worth on the chosen date."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from ...core.engine.valuation import day_number
from .. import fmt
from ..charts import date_line, date_plot, day_seconds, pen
from ..table_model import Column, RecordTableModel
from ..widgets import FigureCard, column, note_label, record_table, section_title, splitter
from .base import Tab

WALLET_COLUMNS = [
    Column("Wallet", lambda w: w.name),
    Column("Kind", lambda w: w.kind),
    Column("BTC", lambda w: w.btc, fmt.btc, numeric=True),
    Column("Value (USD)", lambda w: w.value_usd, fmt.usd, numeric=True),
    Column("Share", lambda w: w.share, fmt.pct, numeric=True),
    Column("Cap (BTC)", lambda w: w.cap_btc, fmt.btc, numeric=True,
           header_tip="Optional per-wallet limit; a balance above it is shown in red.",
           warn=lambda w: w.over_cap),
]


def _ledger_columns() -> list[Column]:
    return [
        Column("Date", lambda t: t.date.isoformat()),
        Column("Kind", lambda t: t.kind),
        Column("Wallet", lambda t: t.wallet),
        Column("To wallet", lambda t: t.to_wallet),
        Column("BTC", lambda t: t.quantity, lambda v: fmt.btc(v, 8), numeric=True),
        Column("Price (USD)", lambda t: t.price_usd, lambda v: "" if v is None else f"{v:,.2f}", numeric=True),
        Column("Fee (USD)", lambda t: t.fee_usd, lambda v: "" if v is None else f"{v:,.2f}", numeric=True),
        Column("Reference", lambda t: t.reference),
        Column("Note", lambda t: t.note, tooltip=lambda t: "\n".join(x for x in (t.note, t.source and f"Source: {t.source}") if x)),
    ]


class HoldingsTab(Tab):
    title = "Holdings"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        layout = QVBoxLayout(self)

        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [("stock", "Total BTC"), ("value", "Value"), ("cost", "Cost basis"),
                                                      ("pnl", "Unrealised P&L"), ("price", "Price used")]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        self.wallet_model = RecordTableModel(WALLET_COLUMNS)
        self.wallet_view = record_table(self.wallet_model)
        self.cap_warning = note_label()
        wallets_box = column("Wallets on the chosen date", self.wallet_view, self.cap_warning)

        self.stock_plot = date_plot("BTC stock", "BTC")
        self.value_plot = date_plot("Value and cost basis", "US$ millions")
        self.value_plot.setXLink(self.stock_plot)
        self.value_plot.addLegend(offset=(10, 10))
        self.stock_curve = self.stock_plot.plot(pen=pen("stock"), stepMode=None)
        self.value_curve = self.value_plot.plot(pen=pen("value"), name="Value at the day's price")
        self.cost_curve = self.value_plot.plot(pen=pen("cost", 2, Qt.PenStyle.DashLine), name="Cost basis")
        # a dotted line marks the chosen date on both charts
        self.date_lines = [date_line(plot) for plot in (self.stock_plot, self.value_plot)]
        chart_page = column(self.stock_plot, self.value_plot)
        empty_note = note_label("The ledger is empty: no bitcoin is recorded in this workspace, so there is no stock "
                                "or value to chart.")
        empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        charts = QStackedWidget()
        charts.addWidget(chart_page)
        charts.addWidget(empty_note)
        charts.setCurrentIndex(0 if len(self.workspace.ledger) else 1)

        top = splitter(Qt.Orientation.Horizontal, wallets_box, charts, sizes=[560, 840])

        self.ledger_model = RecordTableModel(_ledger_columns())
        self.ledger_view = record_table(self.ledger_model, sort_column=0, descending=True, max_width=260)
        self.ledger_view.horizontalHeader().setStretchLastSection(True)
        ledger_box = QWidget()
        ll = QVBoxLayout(ledger_box)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(section_title("Ledger"))
        self.ledger_count = QLabel()
        bar.addWidget(self.ledger_count)
        bar.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter: any text in any column")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(320)
        self.filter_edit.textChanged.connect(self._filter)
        bar.addWidget(self.filter_edit)
        ll.addLayout(bar)
        ll.addWidget(self.ledger_view)

        layout.addWidget(splitter(Qt.Orientation.Vertical, top, ledger_box, sizes=[470, 330]), 1)

        self.ledger_model.set_records(self.workspace.transactions)
        self._plot_series()
        self.refresh()

    def _filter(self, text: str) -> None:
        self.ledger_view.model().setFilterFixedString(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.ledger_view.model().rowCount(), self.ledger_model.rowCount()
        self.ledger_count.setText(f"{total:,} rows" if shown == total else f"{shown:,} of {total:,} rows")

    def _plot_series(self) -> None:
        s = self.workspace.holdings_series()
        if len(s.days) == 0:
            return
        x = day_seconds(s.days)
        self.stock_curve.setData(x, s.stock_btc)
        finite = np.isfinite(s.value_usd)
        self.value_curve.setData(x[finite], s.value_usd[finite] / 1e6)
        self.cost_curve.setData(x, s.cost_usd / 1e6)
        self.value_plot.setToolTip(
            "Value: stock x the last BTC close on or before each day (prices stored in the workspace). "
            "Cost basis: average cost of the consolidated pool.")

    def refresh(self) -> None:
        h = self.workspace.holdings(self.date)
        c = self.cards
        c["stock"].set(f"{fmt.btc(h.total_btc)} BTC", f"on {h.date}", "Ledger sum up to and including the date.")
        c["value"].set(fmt.usd_short(h.value_usd), "stock x price used")
        c["cost"].set(fmt.usd_short(h.cost_usd),
                      f"average US${h.average_cost_usd:,.0f}/BTC" if h.average_cost_usd else "",
                      "Average-cost method over the consolidated reserve (resources/methodology.md).")
        c["pnl"].set(fmt.usd_short(h.unrealized_pnl_usd), f"realised to date {fmt.usd_short(h.realized_pnl_usd)}",
                     warn=(h.unrealized_pnl_usd or 0) < 0)
        if h.price_usd is None:
            c["price"].set("none", "no BTC price on or before the date: import prices", warn=True)
        else:
            c["price"].set(f"US${h.price_usd:,.0f}", f"close of {h.price_date}, {h.price_age_days} days old",
                           "The last BTC close on or before the date.",
                           warn=h.total_btc > 0 and (h.price_age_days or 0) > 7)
        self.wallet_model.set_records([w for w in h.wallets if w.btc > 0 or w.cap_btc])
        over = [w.name for w in h.wallets if w.over_cap]
        self.cap_warning.setText(f"Over cap: {', '.join(over)}" if over else
                                 f"{len(h.wallets)} wallets; empty wallets without a cap are hidden.")
        self._count()
        marker = float(day_seconds(np.array([day_number(self.date)]))[0])
        for line in self.date_lines:
            line.setValue(marker)
