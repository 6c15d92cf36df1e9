"""Holdings: what the reserve holds, where, what it cost and what it is worth on the chosen date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import domain as d
from ...core import fmt, fx
from ...core.engine.valuation import day_number, from_day_number
from ...core.errors import error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import InputError
from ...core.io.output_target import write_output
from ...core.io.series_csv import export_holdings_series
from ...core.workspace import Workspace
from .. import money
from ..charts import date_line, date_plot, day_seconds, legend_below, pen
from ..commands import AddTransaction, DeleteTransaction, EditTransaction, EditWallet
from ..date_field import DateField
from ..dialogs.transaction import TransactionDialog
from ..dialogs.wallet import WalletDialog
from ..dialogs.wallet import kind_text as wallet_kind_text
from ..ledger_model import LedgerModel, kind_text
from ..table_model import Column, RecordTableModel
from ..widgets import (
    FigureCard,
    button,
    column,
    export_csv,
    note_label,
    png_bytes,
    record_table,
    save_output,
    section_title,
    splitter,
)
from ..workbook_dialog import excel_button
from ..worker import Task
from .base import HOLDINGS_TABLES, Tab
from .custody import CUSTODY_TABLES, CustodyTab

COST_METHODS = {  # the cost-basis methods in words, as the cost card's detail line names them
    #: a cost-basis method: one consolidated pool at its average cost
    "average": QT_TRANSLATE_NOOP("HoldingsTab", "average cost"),
    "fifo": "FIFO",
}
ANY_DATE = QDate(2009, 1, 3)
BACKGROUND_LOAD_ROWS = 20_000  # larger ledgers load their table off the GUI thread (over ~100 ms here)


class HoldingsTab(Tab):
    reads = HOLDINGS_TABLES | CUSTODY_TABLES
    title = "Holdings"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        self._new_wallet: str | None = None  # shown and selected even while empty
        reserve_page = QWidget()
        layout = QVBoxLayout(reserve_page)
        layout.setContentsMargins(0, 4, 0, 0)

        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [
            ("stock", self.tr("Total BTC")),
            #: the market value of the bitcoin held
            ("value", self.tr("Value")),
            ("cost", self.tr("Cost basis")), ("pnl", self.tr("Unrealised P&L")), ("price", self.tr("Price used"))]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        # wallets
        self.wallet_model = RecordTableModel([
            Column(self.tr("Wallet"), lambda w: w.name),
            Column(self.tr("Kind"), lambda w: wallet_kind_text(w.kind)),
            Column("BTC", lambda w: w.btc, fmt.btc, numeric=True),
            self._value_column(fx.Converter(fx.USD, date)),
            #: a wallet's share of the reserve's bitcoin
            Column(self.tr("Share"), lambda w: w.share, fmt.pct, numeric=True),
            Column(self.tr("Cap (BTC)"), lambda w: w.cap_btc, fmt.btc, numeric=True,
                   header_tip=self.tr("Optional per-wallet limit; a balance above it is shown in red."),
                   warn=lambda w: w.over_cap)])
        self.wallet_view = record_table(self.wallet_model)
        self.wallet_view.doubleClicked.connect(lambda *_: self.edit_wallet())
        self.cap_warning = note_label()
        wallet_buttons = QHBoxLayout()
        wallet_buttons.addWidget(button(self.tr("Add wallet…"), self.add_wallet))
        wallet_buttons.addWidget(button(self.tr("Edit or archive…"), self.edit_wallet))
        wallet_buttons.addWidget(excel_button(self, "wallets"))
        wallet_buttons.addStretch(1)
        self.method = QComboBox()
        self.method.addItem(self.tr("Average cost"), "average")
        self.method.addItem("FIFO", "fifo")
        self.method.setToolTip(self.tr("How the cost basis and realised P&L are computed (Help > Methodology)"))
        self.method.currentIndexChanged.connect(lambda *_: self.reload())
        wallet_buttons.addWidget(QLabel(self.tr("Cost basis:")))
        wallet_buttons.addWidget(self.method)
        wallets_box = column(self.tr("Wallets on the chosen date"), self.wallet_view, self.cap_warning)
        wallets_box.layout().addLayout(wallet_buttons)

        # charts
        self.stock_plot = date_plot(self.tr("BTC stock"), "BTC")
        self.value_plot = date_plot(self.tr("Value and cost basis"), self.tr("US$ millions"))
        self.chart_gaps = note_label()  # days of the charts with no rate in the reporting currency, when any
        legend_below(self.value_plot, columns=2)  # under the axis: never over the lines
        self.stock_curve = self.stock_plot.plot(pen=pen("stock"))
        self.value_curve = self.value_plot.plot(pen=pen("value"), name=self.tr("Value at the day's price"))
        self.cost_curve = self.value_plot.plot(pen=pen("cost", 2, Qt.PenStyle.DashLine), name=self.tr("Cost basis"))
        self.value_plot.setToolTip(self.tr("Value: stock x the last BTC close on or before each day. Cost basis: the "
                                           "chosen method."))
        self.date_lines = [date_line(plot) for plot in (self.stock_plot, self.value_plot)]
        self.cursor_lines = [pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1)) for _ in range(2)]
        for plot, line in zip((self.stock_plot, self.value_plot), self.cursor_lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.readout = QLabel(self.tr("Point at a chart to read the values of a day."))
        self.readout.setObjectName("Note")
        # the line takes the room beside the buttons and never asks for more: a long day's values (Spanish runs
        # longer) moved the splitter and shrank the wallets' table while the pointer moved
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._mouse = [pg.SignalProxy(p.scene().sigMouseMoved, rateLimit=30, slot=lambda ev, p=p: self._hover(p, ev[0]))
                       for p in (self.stock_plot, self.value_plot)]
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(self.readout, 1)
        chart_bar.addWidget(button(self.tr("Export data…"), self.export_chart_data,
                                   self.tr("The daily series behind the charts, as CSV")))
        chart_bar.addWidget(button(self.tr("Save PNG…"), self.save_chart_png, self.tr("Both charts as a picture")))
        # one chart at a time, each with the height the pair had: with the ledger at half of a 1366x768 screen,
        # two stacked charts left the value chart a sliver under its legend
        self.chart_page = QTabWidget()
        self.chart_page.setDocumentMode(True)
        self.chart_page.addTab(self.value_plot, self.tr("Value and cost basis"))
        self.chart_page.addTab(self.stock_plot, self.tr("BTC stock"))
        charts_inner = QWidget()
        ci = QVBoxLayout(charts_inner)
        ci.setContentsMargins(0, 0, 0, 0)
        ci.addLayout(chart_bar)
        ci.addWidget(self.chart_page, 1)
        ci.addWidget(self.chart_gaps)
        self.chart_gaps.hide()
        empty_note = note_label(self.tr("The ledger is empty: no bitcoin is recorded in this workspace, so there is no "
                                        "stock or value to chart. Add a transaction or import a ledger below."))
        empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts = QStackedWidget()
        self.charts.addWidget(charts_inner)
        self.charts.addWidget(empty_note)

        self.top = splitter(Qt.Orientation.Horizontal, wallets_box, self.charts, sizes=[620, 780])

        # ledger
        self.ledger_model = LedgerModel(self)
        self.ledger_view = QTableView()
        self.ledger_view.setModel(self.ledger_model)
        self.ledger_view.setSortingEnabled(True)
        self.ledger_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.ledger_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledger_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_view.setAlternatingRowColors(True)
        self.ledger_view.verticalHeader().setVisible(False)
        self.ledger_view.verticalHeader().setDefaultSectionSize(24)
        self.ledger_view.horizontalHeader().setStretchLastSection(True)
        self.ledger_view.doubleClicked.connect(lambda *_: self.edit_transaction())
        titles = QFont(self.ledger_view.horizontalHeader().font())
        titles.setWeight(QFont.Weight.DemiBold)  # the style sheet's header weight
        for i, width in enumerate((90, 80, 170, 170, 130, 110, 90, 130, 110)):
            # never narrower than the title and its sort arrow: Spanish titles run longer ("Comisión (USD)")
            title = QFontMetrics(titles).horizontalAdvance(self.ledger_model.headerData(i, Qt.Orientation.Horizontal))
            self.ledger_view.setColumnWidth(i, max(width, title + 28))

        self.wallet_filter, self.kind_filter = QComboBox(), QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for k in d.TRANSACTION_KINDS:
            self.kind_filter.addItem(kind_text(k), k)
        self.from_filter, self.to_filter = DateField(), DateField()
        #: the ledger's date filters with no limit set
        for edit, label in ((self.from_filter, self.tr("from: any")), (self.to_filter, self.tr("to: any"))):
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(label)  # the minimum date means "no limit"
            edit.setDate(ANY_DATE)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter: any text"))
        self.text_filter.setClearButtonEnabled(True)
        for w in (self.wallet_filter, self.kind_filter):
            w.currentIndexChanged.connect(lambda *_: self._apply_filter())
        for w in (self.from_filter, self.to_filter):
            w.dateChanged.connect(lambda *_: self._apply_filter())
        self.text_filter.textChanged.connect(lambda *_: self._apply_filter())
        self.ledger_count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(section_title(self.tr("Ledger")))
        filters.addWidget(self.ledger_count)
        filters.addStretch(1)
        for w in (self.wallet_filter, self.kind_filter, self.from_filter, self.to_filter, self.text_filter):
            filters.addWidget(w)
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("Add…"), self.add_transaction, self.tr("Add a ledger row")))
        actions.addWidget(button(self.tr("Edit…"), self.edit_transaction, self.tr("Edit the selected row")))
        actions.addWidget(button(self.tr("Delete"), self.delete_transaction,
                                 self.tr("Delete the selected row (Edit > Undo brings it back)")))
        actions.addStretch(1)
        actions.addWidget(button(self.tr("Import CSV…"), lambda: self.import_csv("transactions")))
        actions.addWidget(button(self.tr("Export CSV…"), lambda: self.export_csv("transactions")))
        actions.addWidget(excel_button(self, "ledger"))
        ledger_page = QWidget()
        ll = QVBoxLayout(ledger_page)
        ll.setContentsMargins(0, 4, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.ledger_view, 1)
        ll.addLayout(actions)

        # prices
        self.price_model = RecordTableModel([
            Column(self.tr("Date"), lambda p: p.date.isoformat()),
            #: a day's closing price of bitcoin
            Column(self.tr("Close (USD)"), lambda p: p.close_usd, lambda v: fmt.number(v, 2), numeric=True),
            Column(self.tr("Source"), lambda p: p.source)])
        self.price_view = record_table(self.price_model, stretch_column=2)  # records arrive newest first
        self.price_info = note_label()
        price_actions = QHBoxLayout()
        price_actions.addWidget(self.price_info, 1)
        price_actions.addWidget(button(self.tr("Import prices…"), lambda: self.import_csv("prices")))
        price_actions.addWidget(button(self.tr("Export prices…"), lambda: self.export_csv("prices")))
        price_actions.addWidget(excel_button(self, "prices"))
        price_page = QWidget()
        pl = QVBoxLayout(price_page)
        pl.setContentsMargins(0, 4, 0, 0)
        pl.addLayout(price_actions)
        pl.addWidget(self.price_view, 1)

        self.bottom = QTabWidget()
        self.bottom.addTab(ledger_page, self.tr("Ledger"))
        self.bottom.addTab(price_page, self.tr("BTC price history"))
        # the ledger gets half the height: on a 1366x768 laptop it showed three rows
        layout.addWidget(splitter(Qt.Orientation.Vertical, self.top, self.bottom, sizes=[400, 400]), 1)

        # the wallets' addresses and what the chain says of them, a page of its own: it needs the whole height
        self.custody = CustodyTab(workspace, date)
        self.custody.changed.connect(self.changed)
        self.custody.tables_changed.connect(self.tables_changed)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(reserve_page, self.tr("Wallets and ledger"))
        self.pages.addTab(self.custody, self.tr("Custody: addresses and chain"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._wallets_fitted = False
        self.reload()

    # ---- reading -------------------------------------------------------------------------------

    @property
    def cost_method(self) -> str:
        return self.method.currentData()

    def reload(self) -> None:
        ws = self.workspace
        current = self.wallet_filter.currentData()
        self.wallet_filter.blockSignals(True)
        self.wallet_filter.clear()
        self.wallet_filter.addItem(self.tr("All wallets"), None)
        for w in ws.wallets:
            self.wallet_filter.addItem(w.name, w.name)
        index = self.wallet_filter.findData(current)
        self.wallet_filter.setCurrentIndex(max(index, 0))
        self.wallet_filter.blockSignals(False)
        self.ledger_model.set_converter(self.history_converter())  # rates or the currency may have changed
        self._load_ledger_table()
        prices = ws.prices("BTC")
        self.price_model.set_records(prices[::-1])
        gaps = ws.price_gaps("BTC")
        sources = sorted({p.source for p in prices})
        if prices:
            largest = max(gaps, key=lambda g: g[2]) if gaps else None
            closes = (self.tr("{n} close from {start} to {end}") if len(prices) == 1 else
                      self.tr("{n} closes from {start} to {end}")).format(
                n=fmt.number(len(prices)), start=prices[0].date, end=prices[-1].date)
            gap_count = (self.tr("{n} gap") if len(gaps) == 1 else self.tr("{n} gaps")).format(n=fmt.number(len(gaps)))
            if largest:
                #: the longest run of days without a price
                gap_count += " " + (self.tr("(largest {n} day, {start} to {end})") if largest[2] == 1 else
                                    self.tr("(largest {n} days, {start} to {end})")).format(
                    n=fmt.number(largest[2]), start=largest[0], end=largest[1])
            self.price_info.setText(self.tr("{closes}; {gaps}; sources: {sources}. Valuation uses the last close on or "
                                            "before a date.").format(
                closes=closes, gaps=gap_count, sources=", ".join(sources[:3]) + (" …" if len(sources) > 3 else "")))
        else:
            self.price_info.setText(self.tr("No BTC prices in this workspace: import a price file to value the holdings."))
        self.charts.setCurrentIndex(0 if len(ws.ledger) else 1)
        self._plot_series()
        self.refresh()
        self.custody.reload()

    def _load_ledger_table(self) -> None:
        """Small ledgers load at once; a large one loads in a worker with its own connection while the
        rest of the tab is already usable, and the newest request wins."""
        self._table_generation = getattr(self, "_table_generation", 0) + 1
        if self.workspace.store.transaction_count() < BACKGROUND_LOAD_ROWS:
            self.ledger_model.set_table(self.workspace.ledger_table())
            self._count()
            return
        generation, source = self._table_generation, self.workspace.store
        self.ledger_count.setText(self.tr("loading the ledger…"))

        def work(progress, cancelled):
            store = source.reopen()
            try:
                table = Workspace(store).ledger_table()
                return table, table.search_text()  # so the first text filter does not pay for it
            finally:
                store.close()

        def loaded(result) -> None:
            if generation == self._table_generation:
                self.ledger_model.set_table(*result)
                self._count()

        self._table_task = Task(work)
        self._table_task.deliver_to(self, finished=loaded,
                                    failed=lambda error: self.ledger_count.setText(
                                        self.tr("cannot load: {error}").format(error=error_text(error))))
        self._table_task.start()

    def _value_column(self, conv: fx.Converter) -> Column:
        """The wallets' value in the reporting currency at the valuation date's rate."""
        if conv.identity:
            return Column(self.tr("Value (USD)"), lambda w: w.value_usd, fmt.usd, numeric=True)
        rate = conv.rate(self.date)
        note = rate.describe() if rate else fx.no_rate_text(conv.code, self.date)
        return Column(self.tr("Value ({currency})").format(currency=conv.symbol),
                      lambda w: None if rate is None or w.value_usd is None else w.value_usd * rate.per_usd,
                      fmt.usd, numeric=True, tooltip=lambda w: note)

    def history_converter(self) -> fx.Converter:
        """The ledger's rows and the charts' days at their own dates' rates: observed up to the last day the
        workspace has data for (or the window's date, if later), so a past row never takes an assumed rate."""
        return self.workspace.converter(self.currency, max(self.date, self.workspace.default_date()))

    def set_currency(self, code: str) -> None:
        self.currency = code
        self.ledger_model.set_converter(self.history_converter())
        self._plot_series()
        self.refresh()

    def _plot_series(self) -> None:
        ws = self.workspace
        if len(ws.ledger) == 0:
            self.series = None
            return
        s = ws.holdings_series(method=self.cost_method)
        self.series = s
        conv = self.history_converter()
        self.value_plot.setLabel("left", money.millions_label(conv, self.tr("US$ millions")))
        self.value_shown, self.cost_shown = (money.series(conv, usd, s.days) for usd in (s.value_usd, s.cost_usd))
        gaps = money.gaps_note(conv, self.cost_shown, s.days)
        self.chart_gaps.setText(gaps)
        self.chart_gaps.setVisible(bool(gaps))
        x = day_seconds(s.days)
        self.stock_curve.setData(x, s.stock_btc, stepMode=None)
        finite = np.isfinite(self.value_shown)
        self.value_curve.setData(x[finite], self.value_shown[finite] / 1e6)
        # a day with no rate breaks the line there (connect="finite") rather than joining across the gap
        self.cost_curve.setData(x, self.cost_shown / 1e6, connect="finite")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._wallets_fitted:
            self._wallets_fitted = True
            QTimer.singleShot(0, self._fit_wallets)  # once the splitter has its width on screen

    def _fit_wallets(self) -> None:
        """Widen the wallets' table to show all its columns (their Spanish titles run longer), up to half the width;
        the charts keep the rest."""
        table = self.wallet_view
        wanted_px = table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        left_px, right_px = self.top.sizes()
        if left_px < wanted_px:
            wanted_px = min(wanted_px, (left_px + right_px) // 2)
            self.top.setSizes([wanted_px, left_px + right_px - wanted_px])

    def first_controls(self) -> list[QWidget]:
        return [self.wallet_view, self.ledger_view, *self.custody.first_controls()]

    def set_date(self, date: dt.date) -> None:
        if self.currency != fx.USD:  # past the workspace's last day the history's rates become assumed ones
            self.date = date
            self.ledger_model.set_converter(self.history_converter())
            self._plot_series()
        super().set_date(date)
        self.custody.set_date(date)

    def show_custody(self, action: str) -> None:
        """Show the Custody page and do what its button does (the menus reach it from any tab)."""
        self.pages.setCurrentWidget(self.custody)
        getattr(self.custody, action)()

    def add_address(self) -> None:
        self.show_custody("add_address")

    def import_chain(self) -> None:
        self.show_custody("import_chain")

    def refresh(self) -> None:
        h = self.workspace.holdings(self.date, method=self.cost_method)
        c, date = self.cards, self.date
        conv = self.converter()  # every card at the valuation date's rate, cost and P&L included
        value, cost, pnl, realised = (money.short(conv, usd, date) for usd in (
            h.value_usd, h.cost_usd, h.unrealized_pnl_usd, h.realized_pnl_usd))
        at_valuation = "" if conv.identity else self.tr("Converted at the valuation date's rate, as the value is.")
        c["stock"].set(f"{fmt.btc(h.total_btc)} BTC", self.tr("on {date}").format(date=h.date),
                       self.tr("Ledger sum up to and including the date."))
        c["value"].set(value.text, value.note if value.missing else self.tr("stock x price used"), money.tip("", value),
                       warn=value.missing)
        method = translate("HoldingsTab", COST_METHODS[self.cost_method])
        if not h.average_cost_usd or cost.missing:
            cost_note = cost.note if cost.missing else method
        elif conv.identity:
            cost_note = self.tr("{method}: US${cost}/BTC").format(method=method, cost=fmt.number(h.average_cost_usd, 0))
        else:
            cost_note = self.tr("{method}: {cost}/BTC").format(method=method,
                                                               cost=money.full(conv, h.average_cost_usd, date).text)
        c["cost"].set(cost.text, cost_note, money.tip(" ".join(filter(None, (
            self.tr("Cost basis of the consolidated reserve by the chosen method (Help > Methodology)."), at_valuation))),
            cost))
        c["pnl"].set(pnl.text, pnl.note if pnl.missing else self.tr("realised to date {usd}").format(usd=realised.text),
                     money.tip(at_valuation, pnl), warn=(h.unrealized_pnl_usd or 0) < 0)
        if h.price_usd is None:
            #: the price card's value when no price is stored
            c["price"].set(self.tr("none"), self.tr("no BTC price on or before the date: import prices"),
                           warn=h.total_btc > 0)
        else:
            price = money.full(conv, h.price_usd, date)
            c["price"].set(price.text, price.note if price.missing else h.price_age_note(),
                           money.tip(self.tr("The last BTC close on or before the date."), price),
                           warn=h.total_btc > 0 and (h.price_age_days or 0) > 7 or price.missing)
        shown = [w for w in h.wallets if w.btc > 0 or w.cap_btc or w.name == self._new_wallet]
        self.wallet_model.columns[3] = self._value_column(conv)
        self.wallet_model.set_records(shown)
        self._select_wallet(self._new_wallet)
        over = [w.name for w in h.wallets if w.over_cap]
        wallets = len(h.wallets)
        self.cap_warning.setText(self.tr("Over its cap: {wallets}").format(wallets=", ".join(over)) if over else
                                 (self.tr("{n} wallet; empty wallets without a cap are hidden.") if wallets == 1 else
                                  self.tr("{n} wallets; empty wallets without a cap are hidden.")).format(
                                     n=fmt.number(wallets)))
        self.cap_warning.setStyleSheet("color: #b00020;" if over else "")
        marker = float(day_seconds(np.array([day_number(self.date)]))[0])
        for line in self.date_lines:
            line.setValue(marker)

    def _apply_filter(self) -> None:
        def chosen(edit: DateField) -> dt.date | None:
            q = edit.date()
            return None if q == ANY_DATE else dt.date(q.year(), q.month(), q.day())

        self.ledger_model.set_filter(wallet=self.wallet_filter.currentData(), kind=self.kind_filter.currentData(),
                                     start=chosen(self.from_filter), end=chosen(self.to_filter), text=self.text_filter.text())
        self._count()

    def _count(self) -> None:
        shown, total = self.ledger_model.rowCount(), len(self.ledger_model.table)
        rows = (self.tr("{n} row") if total == 1 else self.tr("{n} rows")).format(n=fmt.number(total))
        self.ledger_count.setText(rows if shown == total else
                                  self.tr("{shown} of {rows}").format(shown=fmt.number(shown), rows=rows))

    def _hover(self, plot, position) -> None:
        if self.series is None or not plot.sceneBoundingRect().contains(position):
            return
        x = plot.getPlotItem().vb.mapSceneToView(position).x()
        s = self.series
        i = int(np.clip(np.searchsorted(s.days, x / 86400.0), 0, len(s.days) - 1))
        for line in self.cursor_lines:
            line.setValue(float(s.days[i]) * 86400.0)
            line.show()
        conv, day = self.history_converter(), from_day_number(s.days[i])
        if np.isnan(s.value_usd[i]):
            value = self.tr("no price")
        elif conv.identity:
            value = self.tr("value {usd} at US${price}").format(usd=fmt.usd_short(float(s.value_usd[i])),
                                                                price=fmt.number(s.price_usd[i], 0))
        else:
            value = self.tr("value {value} at {price}").format(
                value=money.short(conv, float(s.value_usd[i]), day).text,
                price=money.full(conv, float(s.price_usd[i]), day).text)
        cost = money.short(conv, float(s.cost_usd[i]), day)
        self.readout.setText(self.tr("{day}: {btc} BTC · {value} · cost basis {cost}").format(
            day=day, btc=fmt.number(s.stock_btc[i], 2), value=value, cost=cost.text)
                             + (f" ({cost.note})" if cost.missing else ""))

    # ---- changes -----------------------------------------------------------------------------------

    def _selected_id(self) -> int | None:
        index = self.ledger_view.currentIndex()
        return self.ledger_model.transaction_id(index.row()) if index.isValid() else None

    def _after_change(self) -> None:
        self.changed.emit()

    def add_transaction(self) -> None:
        dialog = TransactionDialog(self.workspace, self, day=self.date)
        if dialog.exec() and dialog.accepted_transaction:
            self._apply(lambda t=dialog.accepted_transaction: AddTransaction(
                self.workspace, self._after_change, t, self.workspace.add_transaction(t)))

    def edit_transaction(self) -> None:
        tid = self._selected_id()
        if tid is None:
            return
        before = self.workspace.transaction(tid)
        dialog = TransactionDialog(self.workspace, self, existing=before)
        if dialog.exec() and dialog.accepted_transaction:
            after = dialog.accepted_transaction

            def command():
                self.workspace.update_transaction(tid, after)
                return EditTransaction(self.workspace, self._after_change, tid, before, after)

            self._apply(command)

    def delete_transaction(self) -> None:
        tid = self._selected_id()
        if tid is None:
            return
        before = self.workspace.transaction(tid)

        def command():
            self.workspace.delete_transaction(tid)
            return DeleteTransaction(self.workspace, self._after_change, tid, before)

        self._apply(command)

    def _apply(self, make_command) -> None:
        """Write the change now (refused changes never reach the undo stack), then record it."""
        try:
            command = make_command()
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Change refused"), "\n".join(exc.problems))
            return
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        self._after_change()

    def add_wallet(self) -> None:
        dialog = WalletDialog(self.workspace, self)
        if dialog.exec():
            self._wallet_saved(None, dialog.wallet().name)

    def _select_wallet(self, name: str | None) -> None:
        """Select and show the wallet just added or edited: sorted by name, a new one could land out of view
        (and an empty one without a cap was hidden altogether)."""
        rows = [i for i, w in enumerate(self.wallet_model.records) if w.name == name]
        if rows:
            index = self.wallet_view.model().mapFromSource(self.wallet_model.index(rows[0], 0))
            self.wallet_view.setCurrentIndex(index)
            self.wallet_view.scrollTo(index)

    def _wallet_saved(self, before, name: str) -> None:
        """The dialog wrote the wallet: record it for Edit > Undo."""
        self._new_wallet = name
        after = next(w for w in self.workspace.wallets if w.name == name)
        if self.undo_stack is not None:
            self.undo_stack.push(EditWallet(self.workspace, self._after_change, before, after))
        self._after_change()

    def edit_wallet(self) -> None:
        index = self.wallet_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Edit wallet"), self.tr("Select a wallet first."))
            return
        name = self.wallet_model.records[self.wallet_view.model().mapToSource(index).row()].name
        wallet = next(w for w in self.workspace.wallets if w.name == name)
        dialog = WalletDialog(self.workspace, self, existing=wallet)
        if dialog.exec():
            self._wallet_saved(wallet, dialog.wallet().name)

    # ---- files ---------------------------------------------------------------------------------------

    def import_csv(self, what: str) -> None:
        self.window().import_csv(what)  # the window's import: Edit > Undo can take it back

    def export_csv(self, what: str) -> None:
        export_csv(self, self.workspace, what)

    def export_chart_data(self) -> None:
        if self.series is None:
            return
        title = self.tr("Export chart data")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / "holdings-series.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            save_output(self, title, lambda: export_holdings_series(self.series, path, self.workspace.path))

    def charts_picture(self, width_px: int = 1200) -> QImage:
        """Both charts, one above the other, whichever tab is shown: drawn from their scenes, as a hidden tab's
        widget has no size of its own to grab."""
        from pyqtgraph.exporters import ImageExporter

        pictures = []
        for plot in (self.value_plot, self.stock_plot):
            exporter = ImageExporter(plot.getPlotItem())
            exporter.parameters()["width"] = width_px
            pictures.append(exporter.export(toBytes=True))
        picture = QImage(width_px, sum(p.height() for p in pictures), QImage.Format.Format_RGB32)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.drawImage(0, 0, pictures[0])
        painter.drawImage(0, pictures[0].height(), pictures[1])
        painter.end()
        return picture

    def save_chart_png(self) -> None:
        title = self.tr("Save charts as PNG")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / "holdings.png"), self.tr("PNG images (*.png)"))
        if path:
            save_output(self, title,
                        lambda: write_output(path, png_bytes(self.charts_picture()), self.workspace.path))
