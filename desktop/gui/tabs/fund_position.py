"""IMF Program > Fund position: the member's whole position in the Fund, every arrangement and the existing
obligations together. Credit outstanding stacked by credit line against the level-surcharge threshold, the
obligations by year, the staff reports' "Indicators of Fund credit" and the IMF's own projection beside this
one. The figures are the workspace's (the same the PDF and `imf position` show), computed in a worker: a
position covers every day of every arrangement."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fmt, fx
from ...core.engine.valuation import EPOCH, day_number, from_day_number
from ...core.errors import InvalidInput, error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.csv_safe import text_cell
from ...core.io.output_target import write_output
from ...core.summary import (
    NO_INPUT,
    THRESHOLD_COLOUR,
    as_date,
    compare_rows,
    from_year_of,
    indicator_table,
    line_colours,
    peak_from,
    threshold_text,
)
from ...core.workspace import Workspace
from ..charts import date_line, date_plot, day_seconds, legend_below
from ..table_model import Column, RecordTableModel
from ..widgets import button, column, note_label, png_bytes, record_table, save_output, splitter
from ..workbook_dialog import excel_button
from ..worker import Task

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "FundPositionView", "No credit from the Fund in this workspace. Import the program's terms and purchases from a "
    "program file (JSON), or the IMF's \"Projected Payments to the IMF\" for the member (the tab-separated file its "
    "\"Financial Position in the Fund\" page offers), whose repurchases give the credit still outstanding from earlier "
    "arrangements.")
READOUT_HINT = QT_TRANSLATE_NOOP("FundPositionView", "Fund credit outstanding by credit line: point at a day to read it")
INDICATORS_NOTE = QT_TRANSLATE_NOOP(
    "FundPositionView", "As the IMF staff reports lay them out. Percents of exports, gross reserves and GDP use the "
    "latest macro inputs on or before each year's end (Reserve adequacy page); '{no_input}' where there is none.")
NOTHING_DRAWN_TEXT = QT_TRANSLATE_NOOP(
    "FundPositionView", "No purchase has been disbursed, and no credit from earlier arrangements is known: tick "
    "Include planned purchases to see the credit the program plans.")
NO_PROJECTION_TEXT = QT_TRANSLATE_NOOP(
    "FundPositionView", "No IMF projection imported. Import the \"Projected Payments to the IMF\" file from the "
    "member's \"Financial Position in the Fund\" page (imf.org) to compare this projection with the IMF's, by year "
    "and item.")
BAR_COLOURS = {"principal_sdr": "#1f4e79", "charges_sdr": "#c07a00"}
WINDOWS = {  # the Fund's lending windows by their acronyms, as the IMF writes them in the interface's language
    "GRA": QT_TRANSLATE_NOOP("FundPositionView", "GRA"), "RST": QT_TRANSLATE_NOOP("FundPositionView", "RST"),
    "PRGT": QT_TRANSLATE_NOOP("FundPositionView", "PRGT")}


def window_text(window: str) -> str:
    """A lending window's acronym in the interface's language (CRG for the GRA in Spanish)."""
    return translate("FundPositionView", WINDOWS[window]) if window in WINDOWS else window


def sdr_text(amount_sdr: float) -> str:
    """SDR amounts in millions, as the IMF quotes them: 'SDR 1,033.92 m'."""
    return translate("FundPositionView", "SDR {amount} m").format(amount=fmt.sdr_m(amount_sdr))


def money_unit(conv) -> tuple[float, str, str]:
    """How a table shows figures converted to ``conv``'s currency (not US$): the scale, its short name for headers ("PKR bn",
    "SDR m") and its long one for axes and choices ("PKR billions"). Billions for a currency of 100 units or more
    per US$ at the valuation date (PKR), so that its figures keep about the digits of the US$ millions."""
    if conv.code == fx.SDR:
        return 1e6, translate("FundPositionView", "SDR m"), translate("FundPositionView", "SDR millions")
    r = conv.rate(conv.valuation)
    if r is not None and r.per_usd >= 100:
        #: a column's unit, billions (thousands of millions) of a currency named by its code
        return 1e9, translate("FundPositionView", "{code} bn").format(code=conv.code), \
            translate("FundPositionView", "{code} billions").format(code=conv.code)
    #: a column's unit, millions of a currency named by its code
    return 1e6, translate("FundPositionView", "{code} m").format(code=conv.code), \
        translate("FundPositionView", "{code} millions").format(code=conv.code)


def scaled_text(v: float | None, scale: float, decimals: int) -> str:
    """A converted figure in its table's unit; "—" when it has no rate (its tooltip says why)."""
    return "—" if v is None else fmt.number(v / scale, decimals)


def converted_by_year(conv, payments, usd_per_sdr: float) -> dict[int, dict]:
    """SDR payments, ``[(date, {key: SDR})]``, added up by year in ``conv``'s currency, each converted at the rate
    of its own date (never a year's total at one rate). A year with a payment that has no rate has None for
    every key: its sum would understate it. Each year also lists its payment dates and those with no rate."""
    years: dict[int, dict] = {}
    for day, amounts in payments:
        y = years.setdefault(day.year, {"dates": [], "missing": [], **dict.fromkeys(amounts, 0.0)})
        y["dates"].append(day)
        converted = {k: conv.from_sdr(v, day, usd_per_sdr) for k, v in amounts.items()}
        if any(v is None for v in converted.values()):
            y["missing"].append(day)
        for k, v in converted.items():
            y[k] = None if v is None or y[k] is None else y[k] + v
    return years


def year_tip(conv, year: dict) -> str:
    """How a year's converted sum was made: the rates of its payment dates, or the dates with no rate."""
    if year["missing"]:
        return "\n".join(dict.fromkeys(conv.no_rate_text(day) for day in sorted(set(year["missing"]))))
    rates = fx.rates_used(conv, year["dates"])
    return "\n".join([translate("FundPositionView", "The sum of the year's payments, each converted at the rate of "
                                 "its own date:")] + [f"{r.for_date}: {r.describe()}" for r in rates if r is not None])


def shortest(x: float, max_decimals: int = 3) -> str:
    """``x`` with no more decimals than it needs (300, 187.5), grouped by the locale, as Python's :g writes it."""
    decimals = next((k for k in range(max_decimals + 1) if round(x, k) == round(x, max_decimals)), max_decimals)
    return fmt.number(x, decimals)


@dataclass(frozen=True)
class FundFigures:
    position: object  # fund.FundPosition
    obligations: list[dict]  # by year; empty when the charges cannot be computed
    indicators: list[dict]
    compare: dict | None
    charges_problem: str | None = None  # why there are no charges (no SDR rate): the credit still shows


def compute(ws, include_planned: bool) -> FundFigures:
    """Everything the view shows, in the worker: the obligations read every payment of every credit line."""
    position = ws.fund_position(include_planned)
    try:
        return FundFigures(position, position.obligations_by_year(), ws.fund_indicators(include_planned),
                           ws.imf_compare())
    except InvalidInput as exc:  # a missing input (the SDR rate): said in the view; anything else is a bug
        return FundFigures(position, [], [], None, str(exc))


def month_end_indices(days: np.ndarray) -> np.ndarray:
    """The positions in ``days`` (consecutive day numbers) of each month's last day, and of the last day."""
    months = np.array([d.year * 12 + d.month for d in map(from_day_number, days)])
    return np.flatnonzero(np.append(np.diff(months) != 0, True))


def write_position_csv(position, path: str | Path, workspace: str | Path | None = None) -> int:
    """Credit outstanding at each month end, by credit line, with the quota and the surcharge threshold (SDR);
    written as every export is (never over ``workspace``'s files, complete or not at all)."""
    rows = month_end_indices(position.days)
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("date", *(text_cell(f"{line.name} ({line.window}), SDR") for line in position.lines),
                     "gra_credit_sdr", "rst_credit_sdr", "prgt_credit_sdr", "total_credit_sdr", "quota_sdr",
                     "threshold_sdr"))
    for i in rows:
        writer.writerow((from_day_number(position.days[i]).isoformat(),
                         *(f"{line.credit_sdr[i]:.2f}" for line in position.lines),
                         *(f"{a[i]:.2f}" for a in (position.gra_credit_sdr, position.rst_credit_sdr,
                                                   position.prgt_credit_sdr, position.total_credit_sdr,
                                                   position.quota_sdr, position.threshold_sdr))))
    write_output(path, text.getvalue().encode("utf-8"), workspace)
    return len(rows)


class FundPositionView(QWidget):
    """The Fund position page. ``show_for`` gives it the workspace and date; it computes when it is in sight."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.date, self.figures = None, None, None
        self.local = None  # a Converter when the reporting currency is neither US$ nor the SDR (the IMF's own units)
        self._local_years: dict[int, dict] = {}
        self.task: Task | None = None
        self._generation = 0
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.include_planned = QCheckBox(self.tr("Include planned purchases"))
        self.include_planned.setChecked(True)
        self.include_planned.setToolTip(self.tr("Off: only the credit actually drawn, and what is owed on it."))
        self.include_planned.toggled.connect(lambda *_: self._compute())
        self.units = QComboBox()
        self.units.addItem(self.tr("% of quota"), "pct")
        self.units.addItem(self.tr("SDR millions"), "sdr")
        self.units.currentIndexChanged.connect(lambda *_: self._plot_credit())
        self.summary = note_label()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.include_planned)
        bar.addWidget(QLabel(self.tr("Credit in")))
        bar.addWidget(self.units)
        layout.addLayout(bar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._credit_page(), self.tr("Credit outstanding"))
        self.pages.addTab(self._obligations_page(), self.tr("Obligations by year"))
        self.pages.addTab(self._indicators_page(), self.tr("Indicators of Fund credit"))
        self.pages.addTab(self._compare_page(), self.tr("IMF projection compared"))
        self.pages.setCornerWidget(self._chart_buttons())
        self.pages.currentChanged.connect(lambda i: self.pages.cornerWidget().setVisible(i == 0))
        self.stack.addWidget(self.pages)
        layout.addWidget(self.stack, 1)

    # ---- pages ------------------------------------------------------------------------------------

    def _empty_page(self) -> QWidget:
        self.empty_text = note_label(self.tr(EMPTY_TEXT))
        row = QHBoxLayout()
        for text, kind in ((self.tr("Import IMF program (JSON)…"), "program"),
                           (self.tr("Import IMF projected payments…"), "imf-payments")):
            row.addWidget(button(text, lambda _=False, k=kind: self.window().import_csv(k)))
        row.addStretch(1)
        box = column(self.empty_text)
        box.layout().addLayout(row)
        box.layout().addStretch(1)
        return box

    def _credit_page(self) -> QWidget:
        # the title row is the hover readout: at 1366x768 under the arrangements the chart has no height to spare
        self.credit_plot = date_plot(self.tr(READOUT_HINT), self.tr("% of quota"), long_series=False)
        self.credit_plot.getViewBox().setDefaultPadding(0.06)  # room above the peak for its label
        self.legend = legend_below(self.credit_plot, columns=4)
        self.layers: list[pg.PlotDataItem] = []
        self.marks: list[pg.GraphicsObject] = []  # the threshold's labels and the peak, redrawn with the data
        self.threshold_curve = pg.PlotDataItem(pen=pg.mkPen(THRESHOLD_COLOUR, width=1.5, style=Qt.PenStyle.DashLine))
        self.threshold_curve.setZValue(10)
        self.credit_plot.addItem(self.threshold_curve)
        self.today_line = date_line(self.credit_plot)
        self.today_line.setZValue(15)  # over the fills
        # at the foot of the line: the threshold's and the peak's labels are at the top
        self.today_label = pg.InfLineLabel(self.today_line, "", position=0.1, anchors=[(0, 1), (0, 1)],
                                           color="#b00020", fill=(255, 255, 255, 220))
        self.cursor_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", width=1))
        self.credit_plot.addItem(self.cursor_line, ignoreBounds=True)
        self.cursor_line.hide()
        self._mouse = pg.SignalProxy(self.credit_plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=lambda ev: self._hover(ev[0]))
        return self.credit_plot

    def _chart_buttons(self) -> QWidget:
        """Export and Save PNG beside the page tabs (the chart's page), where they take no height of their own."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(button(self.tr("Export data…"), self.export_csv, self.tr(
            "Credit outstanding at each month end by credit line, with the quota and the threshold, as CSV")))
        row.addWidget(button(self.tr("Save PNG…"), self.save_png, self.tr("The chart as a picture")))
        row.addWidget(excel_button(self, "imf_position", lambda: {"include_planned": self.include_planned.isChecked()}))
        return box

    def _obligations_page(self) -> QWidget:
        self.obligation_model = RecordTableModel([
            Column(self.tr("Year"), lambda y: y["year"], numeric=True, header_tip=self.tr("From the year of the date shown.")),
            Column(self.tr("Principal (SDR m)"), lambda y: y["principal_sdr"], fmt.sdr_m, numeric=True),
            Column(self.tr("Charges (SDR m)"), lambda y: y["charges_sdr"], fmt.sdr_m, numeric=True,
                   header_tip=self.tr("GRA charges and surcharges, RST and PRGT interest, service charges and "
                                      "commitment fees.")),
            Column(self.tr("Total (SDR m)"), lambda y: y["total_sdr"], fmt.sdr_m, numeric=True),
            Column(self.tr("Total (US$ m)"), self._total_shown, self._total_text, numeric=True,
                   header_tip=self.tr("At the rate stated above the table (the latest approved arrangement's US$ per "
                                      "SDR)."), tooltip=lambda y: self.local and year_tip(self.local,
                                                                                            self._local_years[y["year"]])),
        ])
        self.usd_total_column = self.obligation_model.columns[-1]  # in US$ and SDR mode, as the IMF states it
        self.obligation_plot = pg.PlotWidget()
        self.obligation_plot.setMenuEnabled(False)
        self.obligation_plot.showGrid(y=True, alpha=0.2)
        self.obligation_plot.setTitle(self.tr("Obligations to the Fund by year, from the year of the date shown"),
                                      size="10pt")
        self.obligation_plot.getAxis("left").enableAutoSIPrefix(False)
        self.obligation_plot.setLabel("left", self.tr("SDR millions"))
        self.obligation_plot.setMinimumHeight(110)
        legend_below(self.obligation_plot, columns=2)
        self.obligation_bars = {key: pg.BarGraphItem(x=[], height=[], width=0.7, brush=colour, pen=None, name=label)
                                for key, label, colour in (
                                    ("principal_sdr", self.tr("Principal"), BAR_COLOURS["principal_sdr"]),
                                    ("charges_sdr", self.tr("Charges and interest"), BAR_COLOURS["charges_sdr"]))}
        for bars in self.obligation_bars.values():
            self.obligation_plot.addItem(bars)
        self.rate_note = note_label()
        table = column(record_table(self.obligation_model), self.rate_note)
        return splitter(Qt.Orientation.Horizontal, table, self.obligation_plot, sizes=[580, 740])  # five columns in sight

    def _indicators_page(self) -> QWidget:
        self.indicator_view = QTableWidget()
        self.indicator_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_view.setAlternatingRowColors(True)
        self.indicator_view.verticalHeader().setDefaultSectionSize(22)  # the eleven rows in sight at 1366x768
        self.indicator_view.setWordWrap(False)
        self.indicator_note = note_label()
        return column(self.indicator_view, self.indicator_note)

    def _compare_page(self) -> QWidget:
        self.compare_model = RecordTableModel([Column(title, lambda r, i=i: r[i], numeric=i >= 2) for i, title in enumerate(
            (self.tr("Year"), self.tr("Item"), self.tr("IMF (SDR m)"), self.tr("This projection (SDR m)"),
             self.tr("Difference (SDR m)")))])
        self.compare_note = note_label()
        self.compare_view = record_table(self.compare_model)
        self.compare_button = button(self.tr("Import IMF projected payments…"),
                                     lambda: self.window().import_csv("imf-payments"))
        row = QHBoxLayout()
        row.addWidget(self.compare_note, 1)
        row.addWidget(self.compare_button)
        page = QWidget()
        self.compare_layout = QVBoxLayout(page)
        self.compare_layout.setContentsMargins(0, 0, 0, 0)
        self.compare_layout.addLayout(row)
        self.compare_layout.addWidget(self.compare_view, 1)
        self.compare_layout.addStretch(0)  # takes the room instead of the table while there is none
        return page

    # ---- computing --------------------------------------------------------------------------------

    def show_for(self, workspace, date, currency: str = fx.USD) -> None:
        """Show ``workspace``'s position as of ``date``: computed now when the page is in sight, else when it comes
        into sight (the tab refreshes on every change; most of them the page never shows). ``currency``: the
        reporting currency; the payments by year show in it when it is neither US$ nor the SDR."""
        self.workspace, self.date = workspace, date
        self.local = None if currency in (fx.USD, fx.SDR) else workspace.converter(currency, date)
        self._offer_local_units()
        self._stale = True
        if self.isVisible():
            self._compute()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._compute()

    def _offer_local_units(self) -> None:
        """The credit chart offers the reporting currency when it is neither US$ nor the SDR (chosen when the
        toolbar chose it); each day's credit at that day's rate."""
        units = self.units
        units.blockSignals(True)
        was = units.findData("local")
        if was >= 0 and (self.local is None or units.itemText(was) != money_unit(self.local)[2]):
            units.removeItem(was)
            if self.local is None:  # back to the chart's default
                units.setCurrentIndex(units.findData("pct"))
        if self.local is not None and units.findData("local") < 0:
            units.addItem(money_unit(self.local)[2], "local")
            units.setCurrentIndex(units.findData("local"))
        units.blockSignals(False)

    def _compute(self) -> None:
        if self.workspace is None:
            return
        self._stale = False
        source, planned = self.workspace.store, self.include_planned.isChecked()

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection
            try:
                return compute(Workspace(store), planned)
            finally:
                store.close()

        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Computing the member's position in the Fund…"))
        self.task = Task(work)
        self.task.deliver_to(self, finished=lambda figures: self._show(generation, figures),
                             failed=lambda error: self._failed(generation, error))
        self.task.start()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.task, self.figures = None, None
            self.summary.setText("")
            self.empty_text.setText(self.tr("<b>Cannot compute the position in the Fund:</b> {problem}.").format(
                problem=error_text(error)))
            self.stack.setCurrentIndex(0)

    # ---- showing ----------------------------------------------------------------------------------

    def _show(self, generation: int, figures: FundFigures) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.task = None
        self.figures = figures
        p = figures.position
        if p.empty:
            self.summary.setText("")
            self.empty_text.setText(self.tr(EMPTY_TEXT) if self.include_planned.isChecked() else self.tr(NOTHING_DRAWN_TEXT))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._show_summary()
        self._plot_credit()
        self._show_obligations()
        self._show_indicators()
        self._show_compare()

    def _show_summary(self) -> None:
        p = self.figures.position
        now, peak = p.on(self.date), peak_from(p, self.date)
        windows = ", ".join(f"{window_text(w)} {sdr_text(now[k])}" for w, k in
                            (("GRA", "gra_credit_sdr"), ("RST", "rst_credit_sdr"), ("PRGT", "prgt_credit_sdr"))
                            if now[k] or w == "GRA")
        text = (self.tr("On {date}: credit outstanding <b>{total}</b> ({windows}); GRA credit <b>{share}% of quota</b> "
                        "({quota}). Peak GRA credit with the planned purchases: {peak}% on {peak_date}.")
                if self.include_planned.isChecked() else
                self.tr("On {date}: credit outstanding <b>{total}</b> ({windows}); GRA credit <b>{share}% of quota</b> "
                        "({quota}). Peak GRA credit on the credit drawn: {peak}% on {peak_date}."))
        text = text.format(date=self.date, total=sdr_text(now["total_credit_sdr"]), windows=windows,
                           share=fmt.number(now["gra_pct_of_quota"], 1), quota=sdr_text(now["quota_sdr"]),
                           peak=fmt.number(peak["gra_pct_of_quota"], 1), peak_date=peak["date"])
        if self.figures.charges_problem:
            text += self.tr(" <b>No charges:</b> {problem}.").format(problem=self.figures.charges_problem)
        self.summary.setText(text)

    def _plot_credit(self) -> None:
        if self.figures is None or self.figures.position.empty:
            return
        p = self.figures.position
        pct, local = self.units.currentData() == "pct", self.units.currentData() == "local"
        scale = 100.0 / p.quota_sdr if pct else np.full(len(p.days), 1e-6)
        if local:  # each day's credit through its US$ figure at that day's rate; NaN (a gap) where there is none
            unit_scale = money_unit(self.local)[0]
            scale = self.local.from_usd_series(np.full(len(p.days), p.usd_per_sdr),
                                               p.days + EPOCH.toordinal()) / unit_scale
        x = day_seconds(p.days)
        for item in self.layers + self.marks:
            self.credit_plot.removeItem(item)
        self.legend.clear()
        colours = line_colours(p.lines)
        tops, base = [], np.zeros(len(p.days))
        for line in p.lines:
            base = base + line.credit_sdr * scale
            tops.append(base)
        # each layer is filled down to zero, the lower ones drawn over the higher: the stack shows each line's part
        self.layers = [pg.PlotDataItem(x, top, pen=pg.mkPen(QColor(colour).darker(130), width=1), fillLevel=0.0,
                                       brush=pg.mkBrush(colour), antialias=False,  # no seams inside the fills
                                       connect="finite")
                       for top, colour in zip(tops, colours, strict=True)]
        for z, item in enumerate(self.layers):
            item.setZValue(-z)
            self.credit_plot.addItem(item)
        for item, line in zip(self.layers, p.lines, strict=True):
            self.legend.addItem(item, f"{line.name} ({window_text(line.window)})")
        # in another currency the threshold moves with the rate: drawn past the last day of GRA credit it only
        # traces the assumed depreciation (PKR 22,000 bn by 2047 at 10% a year) and squeezes the credit it bounds
        # (credit under half an SDR is the float residue of repurchases adding up to the purchase)
        gra_days = np.flatnonzero(p.gra_credit_sdr > 0.5) if local else np.array([len(p.days) - 1])
        shown = int(gra_days[-1]) + 1 if gra_days.size else len(p.days)
        line_x, threshold = x[:shown], (p.threshold_sdr * scale)[:shown]
        self.threshold_curve.setData(line_x, threshold)
        self.legend.addItem(self.threshold_curve, self.tr("Surcharge threshold"))
        # the threshold in force at the end, labelled where the credit has mostly been repaid: earlier levels are
        # the steps themselves, read by pointing at them
        steps = p.threshold_sdr[:shown] / 1e6 if local else threshold
        since = int(np.flatnonzero(np.append(True, np.diff(np.round(steps, 6)) != 0))[-1])
        level = (self.tr("{share}% of quota").format(share=shortest(threshold[-1])) if pct else
                 self.tr("{share}% of quota").format(share=shortest(p.threshold_sdr[shown - 1] / p.quota_sdr[shown - 1]
                                                                    * 100))
                 if local else self.tr("SDR {amount} m").format(amount=fmt.number(threshold[-1], 0)))
        text = (self.tr("surcharge threshold {level} from {date}").format(level=level, date=from_day_number(p.days[since]))
                if since else self.tr("surcharge threshold {level}").format(level=level))
        # above the line's end where the line is flat; below it where it rises to its end (another currency), whose
        # top is the chart's, so the label is not drawn out of the chart
        label = pg.TextItem(text, color=THRESHOLD_COLOUR, anchor=(1, 0) if local else (1, 1), fill=(255, 255, 255, 220))
        label.setPos(line_x[-1], threshold[-1])
        self.marks = [label]
        peak = peak_from(p, self.date)
        peak_x = float(day_seconds(np.array([day_number(as_date(peak["date"]))]))[0])
        peak_y = (peak["gra_pct_of_quota"] if pct else peak["gra_credit_sdr"] / 1e6 if not local else
                  peak["gra_credit_sdr"] * scale[int(np.searchsorted(p.days, day_number(as_date(peak["date"]))))])
        self.marks.append(pg.ScatterPlotItem([peak_x], [peak_y], size=9, brush=pg.mkBrush("#222222"), pen=None))
        share = fmt.number(peak["gra_pct_of_quota"], 0)
        text = (self.tr("GRA peak {date}: {share}% of quota").format(date=peak["date"], share=share) if pct else
                self.tr("GRA peak {date}: {amount}, {share}% of quota").format(
                    date=peak["date"], amount=fmt.money_short(None if np.isnan(peak_y) else peak_y * unit_scale,
                                                       self.local.code) if local else
                    sdr_text(peak["gra_credit_sdr"]), share=share))
        peak_label = pg.TextItem(text, color="#222222", anchor=(-0.03, 0.5),
                                 fill=(255, 255, 255, 220))  # right of the point, over the fills
        peak_label.setPos(peak_x, peak_y)
        self.marks.append(peak_label)
        for item in self.marks:
            item.setZValue(20)
            self.credit_plot.addItem(item)
        self.credit_plot.setLabel("left", self.units.currentText())
        self.credit_plot.setTitle(self.tr(READOUT_HINT), size="10pt")  # no day's figures from before the change
        self.credit_plot.setToolTip(self.tr("Level-surcharge threshold on total GRA credit: {threshold}.").format(
            threshold=threshold_text(p)))
        self.cursor_line.hide()
        today = float(day_seconds(np.array([day_number(self.date)]))[0])
        self.today_line.setValue(today)
        self.today_label.setFormat(str(self.date))
        self.credit_plot.enableAutoRange()

    def _hover(self, position) -> None:
        if self.figures is None or self.figures.position.empty or \
                not self.credit_plot.sceneBoundingRect().contains(position):
            return
        p = self.figures.position
        x = self.credit_plot.getPlotItem().vb.mapSceneToView(position).x()
        i = int(np.clip(np.searchsorted(p.days, np.rint(x / 86400.0)), 0, len(p.days) - 1))
        self.cursor_line.setValue(float(p.days[i]) * 86400.0)
        self.cursor_line.show()
        quota, day = float(p.quota_sdr[i]), from_day_number(p.days[i])
        other = [f"{window_text(w)} {sdr_text(float(a[i]))}" for w, a in (("RST", p.rst_credit_sdr),
                                                                          ("PRGT", p.prgt_credit_sdr)) if a[i] > 0.5]
        self.credit_plot.setTitle(self.tr(
            "<b>{day}</b>: total {total} · GRA {gra} = {share}% of quota (threshold {threshold}%)").format(
            day=day, total=sdr_text(float(p.total_credit_sdr[i])), gra=sdr_text(float(p.gra_credit_sdr[i])),
            share=fmt.number(p.gra_credit_sdr[i] / quota * 100, 1), threshold=shortest(p.threshold_sdr[i] / quota * 100))
            + "".join(f" · {t}" for t in other), size="10pt")
        lines = [f"{line.name} ({window_text(line.window)}): {sdr_text(float(line.credit_sdr[i]))}" for line in p.lines
                 if line.credit_sdr[i] > 0.5]
        self.credit_plot.setToolTip(self.tr("{day}, credit outstanding by line").format(day=day) + "\n"
                                    + ("\n".join(lines) or self.tr("none")))

    def _total_shown(self, y: dict) -> float | None:
        return self._local_years[y["year"]]["total"] if self.local else y["total_usd"]

    def _total_text(self, v: float | None) -> str:
        return scaled_text(v, money_unit(self.local)[0], 2) if self.local else fmt.number(v / 1e6, 1)

    def _show_obligations(self) -> None:
        p, years = self.figures.position, from_year_of(self.figures.obligations, self.date)
        local = self.local
        self._local_years = converted_by_year(local, [
            (r.date, {"principal": r.principal_sdr, "charges": r.total_sdr - r.principal_sdr,
                      "total": r.total_sdr}) for _, r in p.rows()], p.usd_per_sdr) if local and years else {}
        scale, unit, units = money_unit(local) if local else (1e6, "", self.tr("SDR millions"))
        self.obligation_model.columns[-1] = self.usd_total_column if local is None else replace(
            self.usd_total_column, title=self.tr("Total ({unit})").format(unit=unit), header_tip=self.tr(
                "Each payment converted at the rate of its own date, then added up by year (the cells' tooltips give "
                "the rates)."))
        self.obligation_model.set_records(years)
        x = np.array([y["year"] for y in years], dtype=float)
        base = np.zeros(len(years))
        for key, bars in self.obligation_bars.items():
            shown = [self._local_years[y["year"]][key.removesuffix("_sdr")] if local else y[key] for y in years]
            height = np.array([np.nan if v is None else v for v in shown], dtype=float) / scale
            bars.setOpts(x=x, height=np.nan_to_num(height), y0=base.copy(), width=0.7)  # no rate: no bar (the table says)
            base += np.nan_to_num(height)
        self.obligation_plot.setLabel("left", units)
        self.obligation_plot.enableAutoRange()
        problem = self.figures.charges_problem
        note = (self.tr("Cannot compute the charges: {problem}.").format(problem=problem) if problem
                else self.tr("US$ amounts at {rate}.").format(rate=p.usd_rate_source))
        if local and not problem:
            note += " " + self.tr("{code} amounts: each payment at the rate of its own date, through its US$ figure; "
                                  "after {date} under the stated assumption.").format(code=local.code, date=self.date)
        self.rate_note.setText(note)

    def _show_indicators(self) -> None:
        years, rows = indicator_table(from_year_of(self.figures.indicators, self.date))
        view = self.indicator_view
        view.clear()
        view.setColumnCount(len(years))
        view.setRowCount(len(rows))
        view.setHorizontalHeaderLabels([str(y) for y in years])
        view.setVerticalHeaderLabels([label for label, _, _ in rows])  # the labels stay in sight as the years scroll
        grey = QBrush(QColor("#767676"))
        for r, (_, _, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if text in (NO_INPUT, translate("summary", NO_INPUT)):  # whichever language core wrote it in
                    item.setForeground(grey)
                view.setItem(r, c, item)
        view.resizeColumnsToContents()
        problem = self.figures.charges_problem
        self.indicator_note.setText(
            self.tr("Cannot compute the indicators: {problem}.").format(problem=problem) if problem else
            self.tr("Years from {year} (the date shown).").format(year=self.date.year) + " "
            + self.tr(INDICATORS_NOTE).format(no_input=translate("summary", NO_INPUT)))

    def _show_compare(self) -> None:
        compare = self.figures.compare
        self.compare_model.set_records(compare_rows(compare) if compare else [])
        self.compare_view.setVisible(compare is not None)
        self.compare_layout.setStretch(2, 0 if compare else 1)
        problem = self.figures.charges_problem
        self.compare_button.setVisible(compare is None and problem is None)
        self.compare_note.setText(
            self.tr("The IMF's projected payments to the Fund as of {date} (imported), beside this projection, by year "
                    "and item. A difference is this projection less the IMF's.").format(date=compare["as_of"]) if compare
            else self.tr("Cannot compare with the IMF's projection: {problem}.").format(problem=problem) if problem
            else self.tr(NO_PROJECTION_TEXT))

    # ---- files ------------------------------------------------------------------------------------

    def picture(self, width_px: int = 1400):
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.credit_plot.getPlotItem())
        exporter.parameters()["width"] = width_px
        return exporter.export(toBytes=True)

    def save_png(self) -> None:
        if self.figures is None or self.figures.position.empty:
            return
        title = self.tr("Save chart as PNG")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / "fund-position.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            save_output(self, title, lambda: write_output(path, png_bytes(self.picture()), self.workspace.path))

    def export_csv(self) -> None:
        if self.figures is None or self.figures.position.empty:
            return
        title = self.tr("Export Fund position")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / "fund-position.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            save_output(self, title,
                        lambda: write_position_csv(self.figures.position, path, self.workspace.path))
