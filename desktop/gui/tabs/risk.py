"""Risk: the BTC price's drawdowns and volatility, today's VaR and ES by model for the reserve's holdings, the
return distribution, and how each model's one-day VaR held up when backtested on the period.

Everything is computed by ``core.risk_view`` in a worker with its own connection (the GARCH backtest takes a
second or two on ten years); a new request cancels the one under way, and only the newest result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fmt
from ...core import risk_view as rv
from ...core.engine.backtest import BASEL_DAYS, GARCH_REFIT_DAYS, SIGNIFICANCE, Backtest
from ...core.engine.var_models import HORIZON_DAYS
from ...core.errors import Cancelled, InvalidInput, error_text
from ...core.io.output_target import write_output
from ...core.workspace import Workspace
from ..charts import ChartPanel
from ..risk_charts import BacktestChart, Distribution, PriceDrawdown, Volatility, plots_picture
from ..table_model import Column, RecordTableModel
from ..widgets import button, note_label, png_bytes, record_table, save_output, section_title
from ..worker import Task
from .base import HOLDINGS_TABLES, Tab

CONFIDENCE_LABELS = {0.95: "95%", 0.975: "97.5%", 0.99: "99%"}
SPIN_PAUSE_MS = 400
LIGHT_COLOURS = {"green": "#c6efce", "yellow": "#ffeb9c", "red": "#ffc7ce"}
VAR_TIP = ("Value at risk: the loss that the day's (or ten days') return should exceed only with the chosen "
           "probability, e.g. one day in a hundred at 99%.")
ES_TIP = "Expected shortfall: the average loss on the days beyond the VaR, i.e. how bad the bad days are on average."
# the pages, in order; the first holds tables only (no chart to save as a picture), the others a chart each
PAGE_TITLES = ("VaR and ES", "Price and drawdown", "Volatility", "Distribution", "Backtest")
VOLATILITY_PAGE, BACKTEST_PAGE = 2, 4
# the tables and series behind each page, as the Export data button offers them
PAGE_TABLES = [
    [("measures", "VaR and ES by model"), ("falls", "Deepest falls")],
    [("prices", "Prices and drawdown"), ("falls", "Deepest falls")],
    [("volatility", "Returns and volatility")],
    [("distribution", "Histogram and fitted densities"), ("qq", "QQ plot points")],
    [("backtest_tests", "Backtest tests by model"), ("backtest", "Daily VaR forecasts and exceptions")],
]


def _pct(x: float | None) -> str:
    return fmt.pct(x, 2)


def _confidence_text(confidence: float) -> str:
    return CONFIDENCE_LABELS.get(confidence, f"{confidence:.1%}")


class _Ratio(float):
    """A likelihood ratio that sorts as its value and is shown with its p-value."""

    def __new__(cls, lr: float, p: float):
        ratio = super().__new__(cls, lr)
        ratio.p = p
        return ratio


def _lr_p(ratio: _Ratio | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f} ({fmt.p_value(ratio.p)})"


def _tested(figure: Callable[[Backtest], object]) -> Callable[[Backtest], object]:
    """A backtest's figure, or None (a dash) for a model that forecast no day: its NaN statistics read as
    "nan (<0.001)", a certain failure, when the model was not tested at all."""
    return lambda b: figure(b) if b.observations else None


def _fit_rows(view, rows: int) -> None:
    """As tall as the header and ``rows`` rows: the table never scrolls its few rows out of sight."""
    header = view.horizontalHeader().sizeHint().height()
    view.setMinimumHeight(header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 4)
    view.setMaximumHeight(view.minimumHeight())


def _usd(view: rv.RiskView, fraction: float | None) -> float | None:
    """A loss in US$ for the bitcoin held; none (a dash, not "0") when the reserve holds no bitcoin."""
    return view.usd(fraction) if view.btc_held > 0 else None


# each figure of the VaR and ES table: its title, the ModelRisk attribute and its header tip
MEASURE_FIGURES = [("1-day VaR", "var_1d", VAR_TIP), ("1-day ES", "es_1d", ES_TIP),
                   ("10-day VaR", "var_10d", VAR_TIP), ("10-day ES", "es_10d", ES_TIP)]


def measure_columns(view_of) -> list[Column]:
    """Columns of the VaR and ES table; ``view_of()`` is the view shown (for the US$ figures)."""
    def share(title: str, attr: str, tip: str) -> Column:
        return Column(title, lambda x: getattr(x, attr), _pct, numeric=True, tooltip=lambda x: x.problem,
                      header_tip=tip + " As a share of the holdings' value.")

    def usd(title: str, attr: str, tip: str) -> Column:
        return Column(f"{title} (US$)", lambda x: _usd(view_of(), getattr(x, attr)), fmt.usd, numeric=True,
                      tooltip=lambda x: x.problem, header_tip=tip + " In US$ for the bitcoin held on the valuation date.")

    return [Column("Model", lambda x: rv.METHOD_LABELS[x.method], tooltip=lambda x: x.problem),
            *(share(*figure) for figure in MEASURE_FIGURES),
            *(usd(*figure) for figure in MEASURE_FIGURES),
            Column("10-day rule", lambda x: x.ten_day_rule, tooltip=lambda x: x.problem,
                   header_tip=f"How the {HORIZON_DAYS}-day figure is obtained: the one-day figure times the square "
                   f"root of {HORIZON_DAYS}, or simulated day by day with the model's own volatility.")]

FALL_COLUMNS = [
    Column("Fall", lambda f: f.depth, _pct, numeric=True, header_tip="Peak-to-trough fall of the close"),
    Column("Peak", lambda f: f.peak.isoformat()),
    Column("Trough", lambda f: f.trough.isoformat()),
    Column("Recovered", lambda f: f.recovery.isoformat() if f.recovery else "not recovered",
           header_tip="First day the close was back at the peak's, within the period"),
    Column("Days peak to trough", lambda f: (f.trough - f.peak).days, lambda v: f"{v:,}", numeric=True),
]

BACKTEST_COLUMNS = [
    Column("Model", lambda b: rv.METHOD_LABELS[b.method], tooltip=lambda b: b.problem),
    Column("Observations", lambda b: b.observations, lambda v: f"{v:,}", numeric=True,
           header_tip="Days with a forecast (a day whose model gives none is left out)"),
    Column("Exceptions", lambda b: b.exceptions, lambda v: f"{v:,}", numeric=True,
           header_tip="Days whose return fell below minus the one-day VaR forecast"),
    Column("Exception rate", _tested(lambda b: b.exception_rate), _pct, numeric=True,
           header_tip="Exceptions / observations: about 1 - confidence when the model is right"),
    # each test's likelihood ratio with its p-value beside it, one column a test: twelve columns did not fit 1366
    Column("Kupiec LR (p)", _tested(lambda b: _Ratio(b.kupiec_lr, b.kupiec_p)), _lr_p, numeric=True,
           header_tip="Kupiec's proportion of failures: is the exception rate 1 - confidence? Likelihood ratio "
           "(chi-squared, 1 d.o.f.) and its p-value"),
    Column("Independence LR (p)", _tested(lambda b: _Ratio(b.christoffersen_ind_lr, b.christoffersen_ind_p)), _lr_p,
           numeric=True,
           header_tip="Christoffersen's independence: does an exception make another the next day more likely? "
           "Likelihood ratio (chi-squared, 1 d.o.f.) and its p-value"),
    Column("Conditional coverage LR (p)", _tested(lambda b: _Ratio(b.christoffersen_cc_lr, b.christoffersen_cc_p)), _lr_p,
           numeric=True, header_tip="Christoffersen's conditional coverage, both at once: Kupiec's LR + the "
           "independence LR (chi-squared, 2 d.o.f.) and its p-value"),
    Column("Basel zone", lambda b: b.zone_text,
           header_tip=f"Basel traffic light: exceptions of the 99% VaR in the last {BASEL_DAYS} days; green 0-4, "
           "yellow 5-9, red 10 or more"),
    Column("Passes at 5%", lambda b: "not tested" if b.problem else "Yes" if b.passes else "No",
           tooltip=lambda b: b.problem,
           header_tip=f"Yes when all three tests have a p-value of at least {SIGNIFICANCE:.0%}"),
]


class _BacktestModel(RecordTableModel):
    """The comparison table, the Basel zone's cell coloured as its light."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and self.columns[index.column()].title == "Basel zone"):
            light = self.records[index.row()].traffic_light
            return QBrush(QColor(LIGHT_COLOURS[light])) if light else None
        value = super().data(index, role)
        return float(value) if isinstance(value, _Ratio) else value  # Qt sorts a float, not a Python object


def _page(*widgets, stretch: int | None = None) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    for i, w in enumerate(widgets):
        layout.addWidget(w, 1 if i == stretch else 0)
    return page


class RiskTab(Tab):
    reads = HOLDINGS_TABLES  # the prices, and the holdings the US$ figures are for
    title = "Risk"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        self.view: rv.RiskView | None = None  # the view shown
        self.task: Task | None = None
        self._generation = 0
        self._requested: rv.RiskRequest | None = None  # the newest request computed or under way

        self.period = QComboBox()
        for name in rv.PERIOD_YEARS:
            self.period.addItem(name)
        self.period.setCurrentText(rv.DEFAULT_PERIOD)
        self.period.setToolTip("The period ends on the valuation date (the toolbar's date)")
        self.confidence = QComboBox()
        for c in rv.CONFIDENCES:
            self.confidence.addItem(_confidence_text(c), c)
        self.confidence.setCurrentIndex(self.confidence.findData(rv.DEFAULT_CONFIDENCE))
        self.confidence.setToolTip("The VaR's confidence: at 99% the loss should be exceeded one day in a hundred")
        self.vol_window = self._days_spin(2, 1000, rv.DEFAULT_VOL_WINDOW_DAYS,
                                          "Days in the rolling volatility window")
        self.backtest_window = self._days_spin(30, 2000, rv.DEFAULT_BACKTEST_WINDOW_DAYS,
                                               "Days of returns each day's VaR forecast is estimated from in the backtest")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.cancel_button = button("Cancel", self.cancel, "Stop the computation under way; the figures shown stay")
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton("Export data…")
        self.export_button.setToolTip("The numbers behind this page, as CSV")
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.png_button = button("Save PNG…", self.save_png, "This page's charts as a picture")
        controls = QHBoxLayout()
        for label, widget in (("Period", self.period), ("Confidence", self.confidence),
                              ("Volatility window", self.vol_window), ("Backtest window", self.backtest_window)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        for w in (self.cancel_button, self.export_button, self.png_button):
            controls.addWidget(w)
        for combo in (self.period, self.confidence):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        # a window's days: computed once the typing or the arrow clicks pause, not at each keystroke
        self._spin_pause = QTimer(self)
        self._spin_pause.setSingleShot(True)
        self._spin_pause.setInterval(SPIN_PAUSE_MS)
        self._spin_pause.timeout.connect(self._spin_changed)
        for spin in (self.vol_window, self.backtest_window):
            spin.setKeyboardTracking(False)  # typed digits count once the field is left or Enter is pressed
            spin.valueChanged.connect(lambda *_: self._spin_pause.start())
            spin.editingFinished.connect(self._spin_changed)
        self.status = note_label()

        # page 1: VaR and ES
        self.summary = note_label()
        self.measure_model = RecordTableModel(measure_columns(lambda: self.view))
        self.measure_table = record_table(self.measure_model, stretch_column=0)
        self.falls_model = RecordTableModel(FALL_COLUMNS)
        self.falls_table = record_table(self.falls_model)
        self.moments = note_label()
        _fit_rows(self.measure_table, len(rv.METHOD_LABELS))
        _fit_rows(self.falls_table, rv.DEEPEST_FALLS)
        measures = _page(self.summary, self.measure_table, section_title("Deepest falls of the close"),
                         self.falls_table, self.moments, QWidget(), stretch=5)
        # page 5: the backtest
        self.backtest_chart = BacktestChart()
        self.backtest_model = _BacktestModel(BACKTEST_COLUMNS)
        self.backtest_table = record_table(self.backtest_model, stretch_column=0)
        self.backtest_note = note_label()
        _fit_rows(self.backtest_table, len(rv.METHOD_LABELS))
        backtest = _page(self.backtest_chart, self.backtest_table, self.backtest_note, stretch=0)
        self.backtest_panel = ChartPanel(backtest, "")  # in the backtest's place: why there is none
        self.price_drawdown, self.volatility, self.distribution = PriceDrawdown(), Volatility(), Distribution()

        self.panels = [ChartPanel(w, "") for w in (measures, self.price_drawdown, self.volatility,
                                                     self.distribution, self.backtest_panel)]
        self.page_charts = (None, self.price_drawdown, self.volatility, self.distribution, self.backtest_chart)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for panel, title in zip(self.panels, PAGE_TITLES, strict=True):
            self.pages.addTab(panel, title)
        self.pages.currentChanged.connect(lambda *_: self._page_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self._show(None)
        self.refresh()

    @staticmethod
    def _days_spin(low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(" days")
        spin.setGroupSeparatorShown(True)
        spin.setToolTip(tip)
        return spin

    def first_controls(self) -> list[QWidget]:
        return [self.period]

    # ---- computing -----------------------------------------------------------------------------------

    def request(self) -> rv.RiskRequest:
        years = rv.PERIOD_YEARS[self.period.currentText()]
        return rv.RiskRequest(self.date, rv.years_before(self.date, years), self.confidence.currentData(),
                              self.vol_window.value(), self.backtest_window.value())

    def _spin_changed(self) -> None:
        self._spin_pause.stop()
        if self._requested is None or (self._requested.vol_window_days, self._requested.backtest_window_days) != (
                self.vol_window.value(), self.backtest_window.value()):
            self.refresh()

    def refresh(self) -> None:
        """Compute the view for the controls and the valuation date in a worker, cancelling any run under way."""
        try:
            request = self.request()
            request.check()
        except InvalidInput as exc:
            self.status.setText(f"Not computed: {exc}.")
            return
        if self.task is not None:
            self.task.cancel()  # its result, if it still comes, is not the newest: dropped below
        self._generation += 1
        self._requested = request
        generation, source = self._generation, self.workspace.store

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection
            try:
                return rv.for_workspace(Workspace(store), request, progress, cancelled)
            finally:
                store.close()

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda fraction: self._progress(generation, fraction),
                             finished=lambda view: self._finished(generation, view),
                             failed=lambda exc: self._failed(generation, exc))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.status.setText(f"Computing the risk measures for {self._describe(request)}…")
        self.task.start()

    def cancel(self) -> None:
        """Stop now: the worker checks between models only (the GARCH backtest of the whole history runs for
        seconds), so its result, if it still comes, is dropped rather than shown after the user said Cancel."""
        if self.task is not None:
            self.task.cancel()
            self._generation += 1
            self._failed(self._generation, Cancelled())

    def _progress(self, generation: int, fraction: float) -> None:
        if generation == self._generation:  # a cancelled run still reporting does not move the bar
            self.progress.setValue(round(fraction * 100))

    def _finished(self, generation: int, view: rv.RiskView) -> None:
        if generation != self._generation:
            return
        self._idle()
        self._show(view)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._idle()
        self._requested = self.view.request if self.view is not None else None  # what is shown, not what failed
        if isinstance(exc, Cancelled):
            shown = (f"the figures shown are still those for {self._describe(self.view.request)}"
                     if self.view is not None else "nothing is shown")
            self.status.setText(f"Cancelled: {shown}. Change a setting to compute again.")
        else:
            self.status.setText(f"The risk measures could not be computed: {error_text(exc)}")

    def _idle(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)

    @staticmethod
    def _describe(request: rv.RiskRequest) -> str:
        start = request.start.isoformat() if request.start else "the first price"
        return (f"{start} to {request.end} at {_confidence_text(request.confidence)}, "
                f"{request.vol_window_days:,}-day volatility window, {request.backtest_window_days:,}-day "
                "backtest window")

    # ---- showing -------------------------------------------------------------------------------------

    def _show(self, view: rv.RiskView | None) -> None:
        self.view = view
        problem = "Computing…" if view is None else view.problem
        if problem:
            self._show_problem(problem, view)
        else:
            self._show_figures(view)
        self._page_buttons()

    def _show_problem(self, problem: str, view: rv.RiskView | None) -> None:
        """The sentence saying why there are no figures in every page's place, and empty tables."""
        for panel in self.panels:
            panel.show_empty(problem)
        self.measure_model.set_records([])
        self.falls_model.set_records([])
        self.backtest_model.set_records([])
        if view is not None:
            self.status.setText(f"No risk figures for {self._describe(view.request)}.")

    def _show_figures(self, view: rv.RiskView) -> None:
        for panel in self.panels:
            panel.show_chart()
        self.status.setText(f"Period {view.first_date} to {view.last_date}: {len(view.returns):,} daily returns; "
                            f"confidence {_confidence_text(view.request.confidence)}.")
        # a model without figures says why in sight, not only in its dashes' tooltips
        self.summary.setText(" ".join([self._holdings_text(view)] + [f"{x.problem}." for x in view.models
                                                                      if x.problem]))
        self.measure_model.set_records(view.models)
        self.falls_model.set_records(view.falls)
        self.moments.setText(
            f"Daily returns: mean {_pct(view.mean)}, standard deviation {_pct(view.std)}, skewness "
            f"{view.skewness:.2f}, excess kurtosis {view.excess_kurtosis:.2f} (0 for a normal distribution: "
            "higher means fatter tails than the normal and parametric models assume).")
        for chart in (self.price_drawdown, self.volatility, self.distribution):
            chart.show_view(view)
        if view.backtest_problem:
            self.backtest_panel.show_empty(view.backtest_problem)
            self.backtest_model.set_records([])
        else:
            self.backtest_panel.show_chart()
            self.backtest_chart.show_view(view)
            self.backtest_model.set_records(view.backtests)
            self.backtest_note.setText(self._backtest_text(view))

    @staticmethod
    def _holdings_text(view: rv.RiskView) -> str:
        confidence = _confidence_text(view.request.confidence)
        text = (f"VaR and ES at {confidence} from {len(view.returns):,} daily returns, {view.first_date} to "
                f"{view.last_date}, as positive losses: a share of the holdings' value, and in US$ for ")
        if view.btc_held <= 0:
            return text + (f"the bitcoin held on {view.request.end}: the reserve holds none on that date, so the "
                           "US$ columns are empty.")
        if view.value_usd is None:
            return text + (f"the {fmt.btc(view.btc_held)} BTC held on {view.request.end}: there is no BTC price on "
                           "or before that date, so the US$ columns are empty.")
        return text + (f"the {fmt.btc(view.btc_held)} BTC held on {view.request.end}, worth "
                       f"{fmt.usd_short(view.value_usd)} at US${view.price_usd:,.0f} (close of {view.price_date}).")

    @staticmethod
    def _backtest_text(view: rv.RiskView) -> str:
        r = view.request
        untested = [f"Not tested: {b.problem}." if b.problem.startswith(rv.METHOD_LABELS[b.method]) else
                    f"{rv.METHOD_LABELS[b.method]} is not tested: {b.problem}." for b in view.backtests if b.problem]
        return " ".join(untested + [
                f"Each day's one-day VaR is estimated from the {r.backtest_window_days:,} daily returns before it "
                f"and compared with that day's return ({view.backtests[0].observations:,} days tested for the "
                f"historical model); GARCH(1,1) is refitted every {GARCH_REFIT_DAYS} days. Kupiec's test asks whether "
                "the exception rate is 1 - confidence; Christoffersen's independence test whether exceptions "
                "cluster; conditional coverage asks both. A test passes when its p-value is at least "
                f"{SIGNIFICANCE:.0%}. The Basel traffic light counts the exceptions of the 99% VaR in the last "
                f"{BASEL_DAYS} days, whatever the confidence chosen."])

    def _page_buttons(self) -> None:
        page = self.pages.currentIndex()
        names = rv.tables(self.view) if self.view is not None else {}
        self.export_menu.clear()
        for name, label in PAGE_TABLES[page]:
            if name in names:
                self.export_menu.addAction(f"{label}…", lambda n=name: self.export_data(n))
        self.export_button.setEnabled(not self.export_menu.isEmpty())
        self.png_button.setEnabled(bool(self._page_plots()))

    def _page_plots(self) -> list:
        page = self.pages.currentIndex()
        chart = self.page_charts[page]
        if chart is None or self.view is None or self.panels[page].empty:
            return []
        if page == BACKTEST_PAGE and self.backtest_panel.empty:  # the sentence in the backtest's place: its chart is stale
            return []
        return chart.plots

    # ---- files ---------------------------------------------------------------------------------------

    def export_data(self, name: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export risk data", str(Path.home() / f"risk-{name}.csv"),
                                              "CSV files (*.csv)")
        if path:
            view = self.view
            save_output(self, "Export risk data", lambda: rv.write_csv(view, name, path, self.workspace.path))

    def save_png(self) -> None:
        plots = self._page_plots()
        if not plots:
            return
        title = self.pages.tabText(self.pages.currentIndex()).lower().replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, "Save charts as PNG", str(Path.home() / f"risk-{title}.png"),
                                              "PNG images (*.png)")
        if path:
            picture = plots_picture(plots, caption=self._caption())
            save_output(self, "Save charts as PNG", lambda: write_output(path, png_bytes(picture), self.workspace.path))

    def _caption(self) -> str:
        """What the page's picture is of: its page, the prices' dates and the settings."""
        v, r = self.view, self.view.request
        page = self.pages.currentIndex()
        text = f"Reserve Desk · {self.pages.tabText(page)}: BTC daily closes {v.first_date} to {v.last_date}"
        if page == VOLATILITY_PAGE:
            text += f", {r.vol_window_days:,}-day volatility window"
        if page == BACKTEST_PAGE:
            text += (f", one-day VaR at {_confidence_text(r.confidence)} estimated from the "
                     f"{r.backtest_window_days:,} days before each day")
        return text
