"""Planner: accumulation and mining policies, projected from the toolbar's date against stored prices and
Monte Carlo paths, with the program check; and the ledger's accumulation so far.

A projection is recomputed by a worker a moment after any input changes (policies, horizon, paths, date);
a newer request cancels an older one, so the window never waits for it.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import builtin_words, fmt, fx, planner
from ...core.errors import error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.workspace import Workspace
from .. import money
from ..charts import PALETTE, ChartPanel, date_plot, histogram_plot, legend_below, pen
from ..commands import EditPolicy
from ..planner_history import AccumulationHistory
from ..policy_dialog import KIND_TITLES, PolicyDialog
from ..stress_results import BAND_BRUSHES, MILLION
from ..table_model import Column, RecordTableModel
from ..widgets import FigureCard, boxed, button, column, note_label, record_table, splitter
from ..workbook_dialog import excel_button
from ..worker import Task
from .base import HOLDINGS_TABLES, PROGRAM_TABLES, Tab

RECOMPUTE_DELAY_MS = 250
SHOWS = {  # what each chart shows, for the sentence in its place while it has nothing to draw
    "stock": QT_TRANSLATE_NOOP("PlannerTab", "This chart shows the bitcoin stock the enabled policies would build from "
                               "the toolbar's date, with what they buy and mine."),
    "fan": QT_TRANSLATE_NOOP("PlannerTab", "This chart shows the value of that stock across Monte Carlo price paths "
                             "(median, 25-75% and 5-95%)."),
    "end": QT_TRANSLATE_NOOP("PlannerTab", "This chart shows how the stock's value at the end spreads across the Monte "
                             "Carlo price paths."),
    "mining": QT_TRANSLATE_NOOP("PlannerTab", "This chart shows the bitcoin a mining policy would mine each year."),
}
MONTE_CARLO_OFF = QT_TRANSLATE_NOOP("PlannerTab", "Monte Carlo is off (Paths 0): set Paths above 0 to see how the "
                                    "stock's value at the end spreads across price paths.")
NO_MINING = QT_TRANSLATE_NOOP("PlannerTab", "No mining policy is switched on: add one with New… (kind: Mining with "
                              "state power), or switch one on, to see the bitcoin it would mine each year, its energy "
                              "and its power cost.")


def _seconds(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[s]").astype(np.float64)


def _day_numbers(days: np.ndarray) -> np.ndarray:
    """datetime64[D] days as the ledger's day numbers (days since 1970-01-01)."""
    return days.astype("datetime64[D]").astype(np.int64)


class Converted:
    """A projection's money in the reporting currency: purchases day by day and the mining's power cost year by
    year, each at its own date's rate (after the valuation date, the toolbar's date, the stated assumption); values
    at the end at the end's rate. ``missing``: the first date with no rate, if any."""

    def __init__(self, conv: fx.Converter, p: planner.Projection):
        s = p.summary
        self.conv, self.end = conv, dt.date.fromisoformat(s["end"])
        days = _day_numbers(p.days)
        daily_usd = np.diff(p.spent_usd, prepend=0.0)
        daily = money.series(conv, daily_usd, days)
        lacking = np.isnan(daily) & (daily_usd != 0)
        self.missing: dt.date | None = None
        if lacking.any():
            self.missing = money.EPOCH + dt.timedelta(days=int(days[lacking][0]))
        self.spent = None if self.missing else float(np.nansum(daily))
        power, days = [], planner.mining_year_dates(p)  # a year's power cost at the middle of its days in the plan
        for row, day in zip(p.mining_by_year, days, strict=True):
            power.append(money.amount(conv, row["power_cost_usd"], day) if row["power_cost_usd"] else 0.0)
        if None in power and self.missing is None:
            self.missing = min(day for day, x in zip(days, power, strict=True) if x is None)
        self.power = None if None in power else float(sum(power))
        self.end_rate = conv.rate(self.end)

    def at_end(self, usd: float | None) -> float | None:
        """A value at the projection's end."""
        return None if usd is None or self.end_rate is None else usd * self.end_rate.per_usd

    def why(self) -> str:
        """Why a figure is missing ("" when none is)."""
        day = self.missing or (self.end if self.end_rate is None else None)
        return self.conv.no_rate_text(day) if day else ""


def describe(p) -> str:
    """A policy's terms in one line (a module function: the table's column calls it for each policy)."""
    q = p.params
    if p.kind in ("daily", "monthly"):
        amount = f"{q['btc']:,.4g} BTC" if q.get("btc") is not None else "US$" + fmt.number(q['usd'], 0)
        text = (QCoreApplication.translate("PlannerTab", "{amount} a day from {start}") if p.kind == "daily"
                else QCoreApplication.translate("PlannerTab", "{amount} a month from {start}"))
        text = text.format(amount=amount, start=q["start_date"])
        if q.get("end_date"):
            text += QCoreApplication.translate("PlannerTab", " to {end}").format(end=q["end_date"])
        return text
    if p.kind == "lump":
        n, first = len(q["purchases"]), min(x["date"] for x in q["purchases"])
        text = (QCoreApplication.translate("PlannerTab", "{n} purchase, on {first}") if n == 1
                else QCoreApplication.translate("PlannerTab", "{n} purchases, first on {first}"))
        return text.format(n=n, first=first)
    text = QCoreApplication.translate("PlannerTab", "{mw} MW at {efficiency} J/TH, PUE {pue}, from {start}; "
                                      "network {network} EH/s").format(
        mw=fmt.number(q['mw'], 0), efficiency=f"{q['j_per_th']:g}", pue=f"{q.get('pue', 1.1):g}", start=q["start_date"],
        network=fmt.number(q.get('network_eh', 0), 0))
    if q.get("network_growth"):
        #: the network's hash rate grows by this share each year
        text += QCoreApplication.translate("PlannerTab", " +{growth}/yr").format(growth=f"{q['network_growth']:.0%}")
    if q.get("last_block_height"):
        text += QCoreApplication.translate("PlannerTab", "; blocks from {height} on {date}").format(
            height=fmt.number(q['last_block_height']), date=q["last_block_date"])
    return text


class PlannerTab(Tab):
    reads = HOLDINGS_TABLES | PROGRAM_TABLES | {"policies"}  # the program check reads the benchmarks
    title = "Planner"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        self.task: Task | None = None
        self.projection: planner.Projection | None = None
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOMPUTE_DELAY_MS)
        self.timer.timeout.connect(self._compute)

        self.policy_model = RecordTableModel([
            #: is the policy switched on (a column of yes/no)
            Column(self.tr("On"), lambda p: self.tr("yes") if p.enabled else self.tr("no")),
            Column(self.tr("Policy"), lambda p: builtin_words.policy_text(p.name), tooltip=lambda p: builtin_words.policy_text(p.note)),
            Column(self.tr("Kind"), lambda p: translate("PolicyDialog", KIND_TITLES[p.kind])),
            Column(self.tr("Terms"), describe),
        ])
        self.policy_view = record_table(self.policy_model, stretch_column=3, max_width=220)
        self.policy_view.doubleClicked.connect(lambda *_: self.edit_policy())
        buttons = QHBoxLayout()
        for b in (button(self.tr("New…"), self.new_policy), button(self.tr("Edit…"), self.edit_policy),
                  button(self.tr("Switch on/off"), self.toggle_policy, self.tr("Include or leave out the selected policy")),
                  button(self.tr("Delete"), self.delete_policy)):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(planner.DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.paths = QSpinBox()
        self.paths.setRange(0, 20_000)
        self.paths.setSingleStep(1000)
        self.paths.setValue(planner.DEFAULT_PATHS)
        self.paths.setGroupSeparatorShown(True)
        self.paths.setToolTip(self.tr("Monte Carlo price paths (0: stored prices only)"))
        for box in (self.years, self.paths):
            box.valueChanged.connect(lambda *_: self.schedule())
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        settings = QHBoxLayout()
        for w in (QLabel(self.tr("Project over")), self.years, QLabel(self.tr("Paths")), self.paths, self.progress):
            settings.addWidget(w)
        settings.addStretch(1)
        settings.addWidget(excel_button(self, "planner", lambda: {"projection": self.projection}))
        # why each policy conflicts is said in full in the note above and in every cell's tooltip: the table
        # keeps to what fits beside the chart on a 1366x768 laptop
        why = lambda b: f"{b['benchmark']}\n\n{b['reason']}"  # noqa: E731
        self.breach_model = RecordTableModel([
            Column(self.tr("Policy"), lambda b: builtin_words.policy_text(b["policy"]), tooltip=why),
            Column(self.tr("Commitment"), lambda b: f"{b['arrangement']}: {b['commitment']}", tooltip=why),
            Column(self.tr("First breach"), lambda b: b["first_date"], tooltip=why),
            #: the last date of a breach
            Column(self.tr("Last"), lambda b: b["last_date"], tooltip=why),
            Column(self.tr("Days"), lambda b: b["days"], lambda v: fmt.number(v), numeric=True, tooltip=why),
        ])
        self.breach_view = record_table(self.breach_model, stretch_column=1, max_width=150)
        self.breach_note = note_label()
        self.summary_model = RecordTableModel([Column(self.tr("Figure"), lambda r: r[0]),
                                               Column(self.tr("Value"), lambda r: r[1], numeric=True)])
        self.summary_view = record_table(self.summary_model, stretch_column=0)
        left = splitter(Qt.Orientation.Vertical,
                        column(self.tr("Policies"), self.policy_view, boxed(buttons), boxed(settings)),
                        column(self.tr("Program check"), self.breach_note, self.breach_view),
                        column(self.tr("Summary"), self.summary_view), sizes=[240, 260, 330])

        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [
            ("stock", self.tr("Bitcoin at the end")), ("added", self.tr("Added by the policies")), ("cost", self.tr("Cost")),
            ("value", self.tr("Value at the end")), ("check", self.tr("Program check"))]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.cards["check"].activated.connect(lambda: self.navigate.emit("IMF Program"))
        self.stock_plot = date_plot(self.tr("Bitcoin stock with the policies (stored prices, then the last one held)"), "BTC",
                                    long_series=True)
        legend_below(self.stock_plot, columns=3)
        self.stock_curve = self.stock_plot.plot([], [], pen=pen("stock"), name=self.tr("Stock"))
        self.stock_curve.setZValue(10)  # on top of a mined-only line it equals
        self.bought_curve = self.stock_plot.plot([], [], pen=pen("value"), name=self.tr("Bought (cumulative)"))
        self.mined_curve = self.stock_plot.plot([], [], pen=pg.mkPen("#2e7d32", width=2), name=self.tr("Mined (cumulative)"))
        self.fan_plot = date_plot(self.tr("Value of the stock: median, 25-75% and 5-95% of Monte Carlo paths"), self.tr("US$ millions"),
                                  long_series=False)
        legend_below(self.fan_plot, columns=4)
        self.fan_bands = {k: pg.PlotCurveItem(pen=None) for k in ("p05", "p25", "p75", "p95")}
        for low, high, brush, label in (("p05", "p95", "outer", self.tr("5-95% of paths")),
                                        ("p25", "p75", "inner", self.tr("25-75% of paths"))):
            band = pg.FillBetweenItem(self.fan_bands[low], self.fan_bands[high], brush=BAND_BRUSHES[brush])
            self.fan_plot.addItem(band)
            self.fan_plot.getPlotItem().legend.addItem(
                pg.BarGraphItem(x=[0], height=[0], width=0, brush=BAND_BRUSHES[brush]), label)
        self.fan_median = self.fan_plot.plot([], [], pen=pen("line", 2.5), name=self.tr("Median"))
        self.fan_baseline = self.fan_plot.plot([], [], pen=pg.mkPen(PALETTE["value"], width=1.5, style=Qt.PenStyle.DashLine),
                                               name=self.tr("Stored prices, then held"))
        self.mining_plot = pg.PlotWidget()
        self.mining_plot.setTitle(self.tr("Bitcoin mined each year (expected output)"), size="10pt")
        self.mining_plot.setLabel("left", self.tr("BTC mined"))
        self.mining_plot.setLabel("bottom", self.tr("Year"))
        self.mining_plot.getAxis("left").enableAutoSIPrefix(False)
        self.mining_plot.showGrid(y=True, alpha=0.2)
        self.mining_plot.setMenuEnabled(False)
        self.mining_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=PALETTE["bar"])
        self.mining_plot.addItem(self.mining_bars)
        self.mining_model = RecordTableModel([
            Column(self.tr("Year"), lambda r: r["year"]),
            Column(self.tr("BTC mined"), lambda r: r["btc"], lambda v: fmt.btc(v, 0), numeric=True),
            Column(self.tr("Share of blocks"), lambda r: r["share_of_network"], lambda v: fmt.pct(v, 2), numeric=True),
            Column(self.tr("Energy (GWh)"), lambda r: r["energy_mwh"], lambda v: fmt.number(v / 1000, 0), numeric=True),
            Column(self.tr("Power cost (US$ m)"), lambda r: r["power_cost_usd"] if r["power_cost_usd_per_btc"] else None,
                   lambda v: "—" if v is None else fmt.usd(v / MILLION), numeric=True),
            Column(self.tr("Cost per BTC (US$)"), lambda r: r["power_cost_usd_per_btc"], fmt.usd, numeric=True,
                   warn=lambda r: bool(r["power_cost_usd_per_btc"] and r["market_price_usd"]
                                       and r["power_cost_usd_per_btc"] > r["market_price_usd"]),
                   header_tip=self.tr("Power cost over the bitcoin mined by the policies with a power price only")),
            Column(self.tr("Market price (US$)"), lambda r: r["market_price_usd"], fmt.usd, numeric=True,
                   header_tip=self.tr("Baseline price, averaged over the year's output")),
        ])
        self.mining_view = record_table(self.mining_model)
        self.mining_note = note_label()
        self.charts = QTabWidget()
        waiting = self.tr("The projection appears here a moment after the tab opens or any input changes.")
        self.panels = {key: ChartPanel(plot, f"{self.tr(SHOWS[key])}\n\n{waiting}") for key, plot in (
            ("stock", self.stock_plot), ("fan", self.fan_plot), ("mining", self.mining_plot))}
        self.charts.addTab(self.panels["stock"], self.tr("Stock"))
        self.end_plot = histogram_plot(
            self.tr("Value of the stock at the end, across Monte Carlo paths (the last bar gathers the top 1%)"),
            self.tr("Value at the end (US$ millions)"))
        self.end_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=PALETTE["bar"], pen=pg.mkPen("w"))
        self.end_plot.addItem(self.end_bars)
        self.end_median = pg.InfiniteLine(angle=90, pen=pg.mkPen("#b00020", width=1.5, style=Qt.PenStyle.DashLine),
                                          label=self.tr("median"), labelOpts={"position": 0.9, "color": "#b00020"})
        self.end_plot.addItem(self.end_median)
        self.panels["end"] = ChartPanel(self.end_plot, f"{self.tr(SHOWS['end'])}\n\n{waiting}")
        self.charts.addTab(splitter(Qt.Orientation.Vertical, self.panels["fan"], self.panels["end"], sizes=[420, 260]),
                           self.tr("Value (Monte Carlo)"))
        self.charts.addTab(splitter(Qt.Orientation.Vertical, self.panels["mining"], column(self.mining_view, self.mining_note),
                                    sizes=[380, 260]), self.tr("Mining by year"))
        self.notes = note_label()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(cards)
        right_layout.addWidget(self.charts, 1)
        right_layout.addWidget(self.notes)
        projection = splitter(Qt.Orientation.Horizontal, left, right, sizes=[640, 940])
        self.history = AccumulationHistory()
        self.views = QTabWidget()
        self.views.addTab(projection, self.tr("Projection"))
        self.views.addTab(self.history, self.tr("History (ledger)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        self.refresh()

    # ---- inputs ------------------------------------------------------------------------------

    def first_controls(self) -> list[QWidget]:
        return [self.policy_view]

    def refresh(self) -> None:
        self.policy_model.set_records(self.workspace.policies)
        self.history.refresh(self.workspace, self.date)
        self.schedule()

    def schedule(self) -> None:
        """Recompute a moment after the last change (typing in a spin box sends many)."""
        self.timer.start()

    def _selected(self):
        index = self.policy_view.currentIndex()
        return None if not index.isValid() else \
            self.policy_model.records[self.policy_view.model().mapToSource(index).row()]

    def _record(self, before, after) -> None:
        """The policy was written: record it for Edit > Undo, then let every tab re-read."""
        if self.undo_stack is not None:
            self.undo_stack.push(EditPolicy(self.workspace, self.changed.emit, before, after))
        self.changed.emit()

    def new_policy(self) -> None:
        dialog = PolicyDialog(self.workspace, self.date, self)
        if dialog.exec():
            name = dialog.name.text().strip()
            self._record(None, next(x for x in self.workspace.policies if x.name == name))

    def edit_policy(self) -> None:
        p = self._selected()
        if p is not None and PolicyDialog(self.workspace, self.date, self, p).exec():
            self._record(p, next(x for x in self.workspace.policies if x.id == p.id))

    def toggle_policy(self) -> None:
        p = self._selected()
        if p is not None:
            from dataclasses import replace

            self.workspace.save_policy(replace(p, enabled=not p.enabled))
            self._record(p, replace(p, enabled=not p.enabled))

    def delete_policy(self) -> None:
        p = self._selected()
        if p is not None and QMessageBox.question(
                self, self.tr("Delete policy"), self.tr("Delete the policy '{name}'?").format(name=builtin_words.policy_text(p.name))) == \
                QMessageBox.StandardButton.Yes:
            self.workspace.delete_policy(p.id)
            self._record(p, None)

    # ---- projection ------------------------------------------------------------------------------

    def _compute(self) -> None:
        source, date, years, paths = self.workspace.store, self.date, self.years.value(), self.paths.value()

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection: reading the ledger and projecting leave the GUI thread
            try:
                return planner.project(planner.plan_inputs(Workspace(store), date, years, paths), progress, cancelled)
            finally:
                store.close()

        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)),
                             finished=lambda result: self._show(generation, result),
                             failed=lambda error: self._failed(generation, error))
        self.progress.setValue(0)
        self.task.start()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:  # an older request's cancel or failure is no news
            self.task = None
            message = error_text(error)
            self.notes.setText(self.tr("Cannot project: {message}").format(message=message))
            for key, panel in self.panels.items():
                panel.show_empty(self.tr(SHOWS[key]) + "\n\n"
                                 + self.tr("Cannot project the policies: {message}.").format(message=message))

    def _show(self, generation: int, p: planner.Projection) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.task = None
        self.progress.setValue(100)
        self.projection = p
        s = p.summary
        c = self.cards
        stock_mc = s.get("mc_btc_at_end")
        c["stock"].set(f"{fmt.btc(s['btc_at_end'], 0)} BTC",
                       self.tr("on {end}, from {start} BTC").format(end=s["end"], start=fmt.btc(s["btc_at_start"], 0))
                       + (f"; 5-95%: {fmt.btc(stock_mc['p05'], 0)}-{fmt.btc(stock_mc['p95'], 0)}"
                          if stock_mc and stock_mc["p95"] - stock_mc["p05"] > 0.5 else ""))
        c["added"].set(f"{fmt.btc(s['bought_btc'] + s['mined_btc'], 0)} BTC",
                       self.tr("bought {bought}, mined {mined}").format(bought=fmt.btc(s["bought_btc"], 0),
                                                                       mined=fmt.btc(s["mined_btc"], 0)))
        cost_detail = []
        if s["bought_btc"]:
            cost_detail.append(self.tr("purchases at US${price} a BTC on average").format(
                price=fmt.number(s['average_purchase_price_usd'], 0)))
        if s["mining_cost_usd_per_btc"]:
            cost_detail.append(self.tr("mining US${price} a BTC in power").format(price=fmt.number(s['mining_cost_usd_per_btc'], 0))
                               + (self.tr(" (priced policies)") if s["mined_btc_priced"] < s["mined_btc"] else ""))
        mc = s.get("mc_value_at_end_usd")
        x = self.converted = Converted(self.converter(), p)
        if x.conv.identity:
            c["cost"].set(fmt.usd_short(s["spent_usd"] + s["mining_power_cost_usd"]),
                          "; ".join(cost_detail) or self.tr("nothing spent"))
            c["value"].set(fmt.usd_short(mc["p50"] if mc else s["value_at_end_usd"]),
                           self.tr("Monte Carlo median; 5-95%: {low} to {high}").format(
                               low=fmt.usd_short(mc["p05"]), high=fmt.usd_short(mc["p95"])) if mc
                           else self.tr("at the baseline price"))
        else:
            self._converted_cards(x, s, mc)
        n = len(p.breaches)
        c["check"].set((self.tr("{n} breach") if n == 1 else self.tr("{n} breaches")).format(n=n) if p.breaches
                       else self.tr("no conflict"),
                       self.tr("first on {date}").format(date=min(b["first_date"] for b in p.breaches)) if p.breaches else
                       self.tr("with the program's commitments on bitcoin and mining power"), warn=bool(p.breaches))
        self.breach_model.set_records(p.breaches)
        # the reason, arrangement and commitment come from the workspace's program (data, in English)
        self.breach_note.setText(
            self.tr("Conflicts with a commitment in force (Help > Methodology, Planner): ") + "; ".join(
                self.tr("from {date}, '{policy}' {reason} ({arrangement}: {commitment})").format(
                    date=b["first_date"], policy=builtin_words.policy_text(b["policy"]), reason=b["reason"], arrangement=b["arrangement"],
                    commitment=b["commitment"])
                for b in p.breaches) + "." if p.breaches else
            self.tr("No enabled policy adds bitcoin under a non-accumulation commitment or mines with power that may be "
                    "subsidised under a commitment against it."))
        self._fill_summary(s)
        self._draw(p)
        self.notes.setText(self.tr("Baseline prices: {prices}. ").format(prices=s["baseline_prices"])
                           + (s["calibration"] or self.tr("Monte Carlo off (0 paths).")))

    def _converted_cards(self, x: Converted, s: dict, mc: dict | None) -> None:
        """The cost and value cards in the reporting currency, each figure at its dates' rates."""
        code, c = x.conv.code, self.cards
        spent = None if x.spent is None or x.power is None else x.spent + x.power
        if spent is None:
            c["cost"].set("—", x.why(), x.why())
        else:
            detail = []
            if s["bought_btc"]:
                detail.append(self.tr("purchases at {price} a BTC on average").format(
                    price=fmt.money(x.spent / s["bought_btc"], code)))
            if s["mined_btc_priced"] and x.power:
                detail.append(self.tr("mining {price} a BTC in power").format(
                    price=fmt.money(x.power / s["mined_btc_priced"], code)))
            c["cost"].set(fmt.money_short(spent, code), "; ".join(detail) or self.tr("nothing spent"),
                          self.tr("Each day's purchases at that day's rate, and each year's power cost at the rate "
                                  "of the middle of its days in the projection; after the valuation date: {rate}").format(
                              rate=x.end_rate.describe() if x.end_rate else x.why()))
        value = x.at_end(mc["p50"] if mc else s["value_at_end_usd"])
        if value is None:
            c["value"].set("—", x.why(), x.why())
            return
        c["value"].set(fmt.money_short(value, code),
                       self.tr("Monte Carlo median; 5-95%: {low} to {high}").format(
                           low=fmt.money_short(x.at_end(mc["p05"]), code), high=fmt.money_short(x.at_end(mc["p95"]), code))
                       if mc else self.tr("at the baseline price"),
                       self.tr("At the rate for the end, {end}: {rate}").format(end=fmt.date(x.end),
                                                                                 rate=x.end_rate.describe()))

    def _fill_summary(self, s: dict) -> None:
        if not self.converted.conv.identity:
            self.summary_model.set_records(self._converted_summary(self.converted, s))
            return
        rows = [(self.tr("Start"), s["start"]), (self.tr("End"), s["end"]), (self.tr("Bitcoin at the start"), fmt.btc(s["btc_at_start"])),
                (self.tr("Bought (BTC)"), fmt.btc(s["bought_btc"])), (self.tr("Spent (US$)"), fmt.usd(s["spent_usd"])),
                (self.tr("Average purchase price (US$)"), fmt.usd(s["average_purchase_price_usd"])),
                (self.tr("Mined (BTC)"), fmt.btc(s["mined_btc"])),
                (self.tr("Power cost of mining (US$)"), fmt.usd(s["mining_power_cost_usd"])),
                (self.tr("Power cost per BTC mined by policies with a power price (US$)"), fmt.usd(s["mining_cost_usd_per_btc"])),
                (self.tr("Bitcoin at the end"), fmt.btc(s["btc_at_end"])),
                (self.tr("Value at the end, baseline price (US$)"), fmt.usd(s["value_at_end_usd"]))]
        for key, label, show in (("mc_value_at_end_usd", self.tr("Value at the end"), fmt.usd),
                                 ("mc_average_purchase_price_usd", self.tr("Average purchase price"), fmt.usd),
                                 ("mc_spent_usd", self.tr("Spent"), fmt.usd), ("mc_btc_at_end", self.tr("Bitcoin at the end"), fmt.btc)):
            if key in s:
                rows += [(self.tr("{figure}, Monte Carlo {percentile}th percentile").format(figure=label, percentile=p[1:]),
                          show(s[key][p])) for p in ("p05", "p50", "p95")]
        self.summary_model.set_records(rows)

    def _converted_summary(self, x: Converted, s: dict) -> list[tuple[str, str]]:
        """The summary with its money in the reporting currency (the Monte Carlo paths' spending stays in US$: the
        paths keep no days to convert it by)."""
        unit = x.conv.symbol
        spent, power = x.spent, x.power
        rows = [(self.tr("Start"), s["start"]), (self.tr("End"), s["end"]), (self.tr("Bitcoin at the start"), fmt.btc(s["btc_at_start"])),
                (self.tr("Bought (BTC)"), fmt.btc(s["bought_btc"])),
                (self.tr("Spent ({currency})").format(currency=unit), fmt.usd(spent)),
                (self.tr("Average purchase price ({currency})").format(currency=unit),
                 fmt.usd(spent / s["bought_btc"] if spent is not None and s["bought_btc"] else None)),
                (self.tr("Mined (BTC)"), fmt.btc(s["mined_btc"])),
                (self.tr("Power cost of mining ({currency})").format(currency=unit), fmt.usd(power)),
                (self.tr("Power cost per BTC mined by policies with a power price ({currency})").format(currency=unit),
                 fmt.usd(power / s["mined_btc_priced"] if power is not None and s["mined_btc_priced"] else None)),
                (self.tr("Bitcoin at the end"), fmt.btc(s["btc_at_end"])),
                (self.tr("Value at the end, baseline price ({currency})").format(currency=unit),
                 fmt.usd(x.at_end(s["value_at_end_usd"])))]
        for key, label, show in (
                ("mc_value_at_end_usd", self.tr("Value at the end ({currency})").format(currency=unit),
                 lambda v: fmt.usd(x.at_end(v))),
                ("mc_average_purchase_price_usd", self.tr("Average purchase price (US$)"), fmt.usd),
                ("mc_spent_usd", self.tr("Spent (US$)"), fmt.usd), ("mc_btc_at_end", self.tr("Bitcoin at the end"), fmt.btc)):
            if key in s:
                rows += [(self.tr("{figure}, Monte Carlo {percentile}th percentile").format(figure=label, percentile=p[1:]),
                          show(s[key][p])) for p in ("p05", "p50", "p95")]
        if x.why():
            rows.append((self.tr("No rate"), x.why()))
        return rows

    def _draw(self, p: planner.Projection) -> None:
        x = _seconds(p.days)
        self.stock_curve.setData(x, p.stock_btc)
        self.bought_curve.setData(x, p.bought_btc)
        self.mined_curve.setData(x, p.mined_btc)
        self.stock_plot.getPlotItem().enableAutoRange()
        fan_x = _seconds(p.fan_days)
        conv = self.converted.conv  # each day at its rate: the valuation date's moved along the stated path
        self.fan_plot.setLabel("left", money.millions_label(conv, self.tr("US$ millions")))
        for i, key in enumerate(("p05", "p25", "p50", "p75", "p95")):
            data = money.series(conv, p.fan_value_usd[i], _day_numbers(p.fan_days)) / MILLION if len(fan_x) else []
            (self.fan_median if key == "p50" else self.fan_bands[key]).setData(fan_x, data)
        self.fan_baseline.setData(x, money.series(conv, p.stock_btc * p.price, _day_numbers(p.days)) / MILLION)
        self.fan_plot.getPlotItem().enableAutoRange()
        end_rate = 1.0 if conv.identity else self.converted.end_rate.per_usd if self.converted.end_rate else np.nan
        self.end_plot.setLabel("bottom", self.tr("Value at the end (US$ millions)") if conv.identity else
                               self.tr("Value at the end ({currency} millions)").format(currency=conv.symbol))
        end = p.terminal_value_usd * end_rate / MILLION if not np.isnan(end_rate) else np.zeros(0)
        if len(end):
            counts, edges = np.histogram(np.clip(end, *np.quantile(end, (0.0, 0.99))), bins=50)
            self.end_bars.setOpts(x0=edges[:-1], x1=edges[1:], height=counts)
            self.end_median.setVisible(True)  # visible before moving: a hidden line's label does not follow
            self.end_median.setPos(float(np.median(end)))
        else:
            self.end_bars.setOpts(x0=[], x1=[], height=[])
            self.end_median.setVisible(False)
        self.end_plot.getPlotItem().enableAutoRange()
        if len(end):
            self.end_plot.setXRange(float(edges[0]), float(edges[-1]), padding=0.02)
        years = p.mining_by_year
        self.mining_bars.setOpts(x=[r["year"] for r in years], height=[r["btc"] for r in years], width=0.6)
        self.mining_plot.getAxis("bottom").setTicks([[(r["year"], str(r["year"])) for r in years]])
        self.mining_plot.getPlotItem().enableAutoRange()
        self.panels["stock"].show_chart()
        self.panels["fan"].show_chart()  # Monte Carlo off still draws the stored prices' line
        if len(end):
            self.panels["end"].show_chart()
        elif len(p.terminal_value_usd):  # paths, but no rate for the end
            self.panels["end"].show_empty(self.converted.why())
        else:
            self.panels["end"].show_empty(self.tr(MONTE_CARLO_OFF))
        if years:
            self.panels["mining"].show_chart()
        else:
            self.panels["mining"].show_empty(self.tr(NO_MINING))
        self.mining_model.set_records(years)
        s = p.summary
        if not s["mined_btc_priced"]:
            cost = self.tr("Give the policy a power price to see its cost per bitcoin.")
        elif s["mined_btc_priced"] < s["mined_btc"]:
            cost = self.tr("Cost per BTC divides the power cost by the {priced} BTC mined by the policies with a power "
                           "price (of {mined} BTC); in red where it exceeds the market price.").format(
                priced=fmt.btc(s["mined_btc_priced"], 0), mined=fmt.btc(s["mined_btc"], 0))
        else:
            cost = self.tr("Cost per BTC in red where it exceeds the market price.")
        self.mining_note.setText(
            self.tr("No mining policy is switched on.") if not years else
            self.tr("Expected output: share of the blocks x (subsidy + fees).") + f" {planner.halving_text(s['halvings'])} {cost}")
