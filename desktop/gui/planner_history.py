"""The accumulation the ledger shows so far, month by month: the record a policy projects from."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..core import fmt
from ..core.engine.valuation import day_number
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .charts import PALETTE, ChartPanel, date_plot, day_seconds, pen
from .table_model import Column, RecordTableModel
from .widgets import FigureCard, column, record_table, splitter

INFLOWS = ("purchase", "mining", "seizure", "donation")
NO_LEDGER = QT_TRANSLATE_NOOP("AccumulationHistory", "This chart shows the bitcoin added each month and the stock it "
                              "builds. The ledger holds no transaction up to the toolbar's date: add one on the "
                              "Holdings tab, or import a ledger (File > Import), to see it.")
KIND_COLUMNS = {  # the ledger's kinds of transaction, as column titles
    "purchase": QT_TRANSLATE_NOOP("AccumulationHistory", "Purchase (BTC)"),
    "mining": QT_TRANSLATE_NOOP("AccumulationHistory", "Mining (BTC)"),
    "seizure": QT_TRANSLATE_NOOP("AccumulationHistory", "Seizure (BTC)"),
    "donation": QT_TRANSLATE_NOOP("AccumulationHistory", "Donation (BTC)"),
    "sale": QT_TRANSLATE_NOOP("AccumulationHistory", "Sale (BTC)"),
    #: a transaction fee paid in bitcoin
    "fee": QT_TRANSLATE_NOOP("AccumulationHistory", "Fee (BTC)"),
}


class AccumulationHistory(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [
            ("rate", self.tr("Purchase pace, last 365 days")), ("bought", self.tr("Bought to date")),
            ("avg", self.tr("Average purchase price")), ("mined", self.tr("Mined, seized or donated"))]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)

        columns = [Column(self.tr("Month"), lambda m: m.month.strftime("%Y-%m"))]
        columns += [Column(translate("AccumulationHistory", KIND_COLUMNS[k]), lambda m, k=k: m.btc_by_kind.get(k), lambda v: fmt.btc(v, 2) if v else "",
                           numeric=True) for k in (*INFLOWS, "sale", "fee")]
        columns += [
            Column(self.tr("Net (BTC)"), lambda m: m.net_btc, fmt.btc, numeric=True, warn=lambda m: m.net_btc < 0),
            Column(self.tr("Spent (US$)"), lambda m: m.spent_usd, lambda v: fmt.usd(v) if v else "", numeric=True),
            Column(self.tr("Average price (US$)"), lambda m: m.spent_usd / m.btc_by_kind["purchase"] if m.btc_by_kind.get("purchase") else None,
                   lambda v: "" if v is None else fmt.number(v, 0), numeric=True),
        ]
        self.month_model = RecordTableModel(columns)
        self.month_view = record_table(self.month_model, sort_column=0, descending=True)
        self.plot = date_plot(self.tr("Bitcoin added per month and cumulative stock"), self.tr("BTC per month"), long_series=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=1, brush=PALETTE["bar"], pen=None)
        self.plot.addItem(self.bars)
        # cumulative stock on a right-hand axis
        self.stock_view = pg.ViewBox()
        item = self.plot.getPlotItem()
        item.showAxis("right")
        item.scene().addItem(self.stock_view)
        item.getAxis("right").linkToView(self.stock_view)
        item.getAxis("right").setLabel(self.tr("Cumulative BTC"))
        self.stock_view.setXLink(item)
        item.vb.sigResized.connect(lambda: self.stock_view.setGeometry(item.vb.sceneBoundingRect()))
        self.stock_curve = pg.PlotCurveItem(pen=pen("stock"))
        self.stock_view.addItem(self.stock_curve)

        self.panel = ChartPanel(self.plot, self.tr(NO_LEDGER))
        table = column(self.tr("Accumulation by month (from the ledger; transfers between own wallets excluded)"), self.month_view)
        layout.addWidget(splitter(Qt.Orientation.Vertical, self.panel, table, sizes=[430, 330]), 1)

    def refresh(self, workspace, date) -> None:
        ws = workspace
        months = [m for m in ws.accumulation_by_month() if m.month <= date]
        self.month_model.set_records(months)
        purchases = [t for t in ws.transactions if t.kind == "purchase" and t.date <= date]
        bought = sum(t.quantity for t in purchases)
        spent = sum(t.quantity * t.price_usd + (t.fee_usd or 0.0) for t in purchases)
        last_year = sum(t.quantity for t in purchases if (date - t.date).days < 365)
        c = self.cards
        c["rate"].set(self.tr("{rate} BTC/day").format(rate=fmt.number(last_year / 365, 2)),
                      self.tr("{btc} BTC bought in the 365 days to {date}").format(btc=fmt.btc(last_year), date=date),
                      self.tr("Purchases only; mining, seizures and donations are shown separately."))
        c["bought"].set(f"{fmt.btc(bought)} BTC", self.tr("for {usd}").format(usd=fmt.usd_short(spent)) if bought
                        else self.tr("no purchases recorded"))
        c["avg"].set("—" if not bought else "US$" + fmt.number(spent / bought, 0), self.tr("per BTC, fees included"))
        other = sum(t.quantity for t in ws.transactions if t.kind in ("mining", "seizure", "donation") and t.date <= date)
        c["mined"].set(f"{fmt.btc(other)} BTC", self.tr("accumulation outside purchases"))
        self._plot(ws, date, months)

    def _plot(self, ws, date, months) -> None:
        if not months:
            self.bars.setOpts(x=[], height=[])
            self.stock_curve.setData([], [])
            self.panel.show_empty()
            return
        self.panel.show_chart()
        starts = np.array([day_number(m.month) for m in months])
        mids = day_seconds(starts + 15)
        net = np.array([m.net_btc for m in months])
        self.bars.setOpts(x=mids, height=net, width=25 * 86400)
        series = ws.holdings_series(months[0].month, date)
        self.stock_curve.setData(day_seconds(series.days), series.stock_btc)
        self.stock_view.enableAutoRange()
        self.plot.getPlotItem().enableAutoRange()
