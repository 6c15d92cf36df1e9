"""Risk: the BTC price's drawdowns and volatility, today's VaR and ES by model for the reserve's holdings, the
return distribution, and how each model's one-day VaR held up when backtested on the period.

Everything is computed by ``core.risk_view`` in a worker with its own connection (the GARCH backtest takes a
second or two on ten years); a new request cancels the one under way, and only the newest result is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
from ...core.i18n import QT_TRANSLATE_NOOP, translate
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
VAR_TIP = QT_TRANSLATE_NOOP("RiskTab", "Value at risk: the loss that the day's (or ten days') return should exceed "
                            "only with the chosen probability, e.g. one day in a hundred at 99%.")
ES_TIP = QT_TRANSLATE_NOOP("RiskTab", "Expected shortfall: the average loss on the days beyond the VaR, i.e. how bad "
                           "the bad days are on average.")
# the pages, in order; the first holds tables only (no chart to save as a picture), the others a chart each
PAGE_TITLES = (QT_TRANSLATE_NOOP("RiskTab", "VaR and ES"), QT_TRANSLATE_NOOP("RiskTab", "Price and drawdown"),
               QT_TRANSLATE_NOOP("RiskTab", "Volatility"), QT_TRANSLATE_NOOP("RiskTab", "Distribution"),
               QT_TRANSLATE_NOOP("RiskTab", "Backtest"))
VOLATILITY_PAGE, BACKTEST_PAGE = 2, 4
DEEPEST_FALLS = QT_TRANSLATE_NOOP("RiskTab", "Deepest falls")
# the tables and series behind each page, as the Export data button offers them
PAGE_TABLES = [
    [("measures", QT_TRANSLATE_NOOP("RiskTab", "VaR and ES by model")), ("falls", DEEPEST_FALLS)],
    [("prices", QT_TRANSLATE_NOOP("RiskTab", "Prices and drawdown")), ("falls", DEEPEST_FALLS)],
    [("volatility", QT_TRANSLATE_NOOP("RiskTab", "Returns and volatility"))],
    [("distribution", QT_TRANSLATE_NOOP("RiskTab", "Histogram and fitted densities")),
     ("qq", QT_TRANSLATE_NOOP("RiskTab", "QQ plot points"))],
    [("backtest_tests", QT_TRANSLATE_NOOP("RiskTab", "Backtest tests by model")),
     ("backtest", QT_TRANSLATE_NOOP("RiskTab", "Daily VaR forecasts and exceptions"))],
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
    return "—" if ratio is None else f"{fmt.number(ratio, 2)} ({fmt.p_value(ratio.p)})"


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
MEASURE_FIGURES = [(QT_TRANSLATE_NOOP("RiskTab", "1-day VaR"), "var_1d", VAR_TIP),
                   (QT_TRANSLATE_NOOP("RiskTab", "1-day ES"), "es_1d", ES_TIP),
                   (QT_TRANSLATE_NOOP("RiskTab", "10-day VaR"), "var_10d", VAR_TIP),
                   (QT_TRANSLATE_NOOP("RiskTab", "10-day ES"), "es_10d", ES_TIP)]


def measure_columns(view_of) -> list[Column]:
    """Columns of the VaR and ES table; ``view_of()`` is the view shown (for the US$ figures)."""
    def share(title: str, attr: str, tip: str) -> Column:
        return Column(translate("RiskTab", title), lambda x: getattr(x, attr), _pct, numeric=True,
                      tooltip=lambda x: x.problem,
                      header_tip=QCoreApplication.translate("RiskTab", "{tip} As a share of the holdings' value.")
                      .format(tip=translate("RiskTab", tip)))

    def usd(title: str, attr: str, tip: str) -> Column:
        return Column(f"{translate('RiskTab', title)} (US$)", lambda x: _usd(view_of(), getattr(x, attr)), fmt.usd,
                      numeric=True, tooltip=lambda x: x.problem,
                      header_tip=QCoreApplication.translate(
                          "RiskTab", "{tip} In US$ for the bitcoin held on the valuation date.")
                      .format(tip=translate("RiskTab", tip)))

    return [Column(QCoreApplication.translate("RiskTab", "Model"), lambda x: rv.method_label(x.method),
                   tooltip=lambda x: x.problem),
            *(share(*figure) for figure in MEASURE_FIGURES),
            *(usd(*figure) for figure in MEASURE_FIGURES),
            Column(QCoreApplication.translate("RiskTab", "10-day rule"), lambda x: rv.ten_day_rule_text(x.ten_day_rule),
                   tooltip=lambda x: x.problem,
                   header_tip=QCoreApplication.translate(
                       "RiskTab", "How the {days}-day figure is obtained: the one-day figure times the square root "
                       "of {days}, or simulated day by day with the model's own volatility.").format(days=HORIZON_DAYS))]


def fall_columns() -> list[Column]:
    """Columns of the deepest falls' table."""
    not_recovered = QCoreApplication.translate("RiskTab", "not recovered")
    return [
        Column(QCoreApplication.translate("RiskTab", "Fall"), lambda f: f.depth, _pct, numeric=True,
               header_tip=QCoreApplication.translate("RiskTab", "Peak-to-trough fall of the close")),
        Column(QCoreApplication.translate("RiskTab", "Peak"), lambda f: f.peak.isoformat()),
        Column(QCoreApplication.translate("RiskTab", "Trough"), lambda f: f.trough.isoformat()),
        Column(QCoreApplication.translate("RiskTab", "Recovered"),
               lambda f: f.recovery.isoformat() if f.recovery else not_recovered,
               header_tip=QCoreApplication.translate("RiskTab",
                                                     "First day the close was back at the peak's, within the period")),
        Column(QCoreApplication.translate("RiskTab", "Days peak to trough"), lambda f: (f.trough - f.peak).days,
               lambda v: fmt.number(v), numeric=True),
    ]


def _zone_text(b: Backtest) -> str:
    return b.zone_text


def backtest_columns() -> list[Column]:
    """Columns of the backtest's comparison table, one row a model."""
    yes, no = QCoreApplication.translate("RiskTab", "Yes"), QCoreApplication.translate("RiskTab", "No")
    untested = QCoreApplication.translate("RiskTab", "not tested")
    return [
        Column(QCoreApplication.translate("RiskTab", "Model"), lambda b: rv.method_label(b.method),
               tooltip=lambda b: b.problem),
        Column(QCoreApplication.translate("RiskTab", "Observations"), lambda b: b.observations, fmt.number,
               numeric=True, header_tip=QCoreApplication.translate(
                   "RiskTab", "Days with a forecast (a day whose model gives none is left out)")),
        Column(QCoreApplication.translate("RiskTab", "Exceptions"), lambda b: b.exceptions, fmt.number,
               numeric=True, header_tip=QCoreApplication.translate(
                   "RiskTab", "Days whose return fell below minus the one-day VaR forecast")),
        Column(QCoreApplication.translate("RiskTab", "Exception rate"), _tested(lambda b: b.exception_rate), _pct,
               numeric=True, header_tip=QCoreApplication.translate(
                   "RiskTab", "Exceptions / observations: about 1 - confidence when the model is right")),
        # each test's likelihood ratio with its p-value beside it, one column a test: twelve columns did not fit 1366
        Column(QCoreApplication.translate("RiskTab", "Kupiec LR (p)"),
               _tested(lambda b: _Ratio(b.kupiec_lr, b.kupiec_p)), _lr_p, numeric=True,
               header_tip=QCoreApplication.translate(
                   "RiskTab", "Kupiec's proportion of failures: is the exception rate 1 - confidence? Likelihood "
                   "ratio (chi-squared, 1 d.o.f.) and its p-value")),
        Column(QCoreApplication.translate("RiskTab", "Independence LR (p)"),
               _tested(lambda b: _Ratio(b.christoffersen_ind_lr, b.christoffersen_ind_p)), _lr_p, numeric=True,
               header_tip=QCoreApplication.translate(
                   "RiskTab", "Christoffersen's independence: does an exception make another the next day more "
                   "likely? Likelihood ratio (chi-squared, 1 d.o.f.) and its p-value")),
        Column(QCoreApplication.translate("RiskTab", "Conditional coverage LR (p)"),
               _tested(lambda b: _Ratio(b.christoffersen_cc_lr, b.christoffersen_cc_p)), _lr_p, numeric=True,
               header_tip=QCoreApplication.translate(
                   "RiskTab", "Christoffersen's conditional coverage, both at once: Kupiec's LR + the independence "
                   "LR (chi-squared, 2 d.o.f.) and its p-value")),
        Column(QCoreApplication.translate("RiskTab", "Basel zone"), _zone_text,
               header_tip=QCoreApplication.translate(
                   "RiskTab", "Basel traffic light: exceptions of the 99% VaR in the last {days} days; green 0-4, "
                   "yellow 5-9, red 10 or more").format(days=BASEL_DAYS)),
        Column(QCoreApplication.translate("RiskTab", "Passes at 5%"),
               lambda b: untested if b.problem else yes if b.passes else no, tooltip=lambda b: b.problem,
               header_tip=QCoreApplication.translate(
                   "RiskTab", "Yes when all three tests have a p-value of at least {significance}")
               .format(significance=f"{SIGNIFICANCE:.0%}")),
    ]


class _BacktestModel(RecordTableModel):
    """The comparison table, the Basel zone's cell coloured as its light."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and self.columns[index.column()].value is _zone_text):  # its title is in the interface's language
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
        for name in rv.PERIOD_YEARS:  # shown in the interface's language, read back by its code
            self.period.addItem(rv.period_label(name), name)
        self.period.setCurrentIndex(self.period.findData(rv.DEFAULT_PERIOD))
        self.period.setToolTip(self.tr("The period ends on the valuation date (the toolbar's date)"))
        self.confidence = QComboBox()
        for c in rv.CONFIDENCES:
            self.confidence.addItem(_confidence_text(c), c)
        self.confidence.setCurrentIndex(self.confidence.findData(rv.DEFAULT_CONFIDENCE))
        self.confidence.setToolTip(self.tr("The VaR's confidence: at 99% the loss should be exceeded one day in a "
                                           "hundred"))
        self.vol_window = self._days_spin(2, 1000, rv.DEFAULT_VOL_WINDOW_DAYS,
                                          self.tr("Days in the rolling volatility window"))
        self.backtest_window = self._days_spin(
            30, 2000, rv.DEFAULT_BACKTEST_WINDOW_DAYS,
            self.tr("Days of returns each day's VaR forecast is estimated from in the backtest"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.cancel_button = button(self.tr("Cancel"), self.cancel,
                                    self.tr("Stop the computation under way; the figures shown stay"))
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setToolTip(self.tr("The numbers behind this page, as CSV"))
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.png_button = button(self.tr("Save PNG…"), self.save_png, self.tr("This page's charts as a picture"))
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.period), (self.tr("Confidence"), self.confidence),
                              (self.tr("Volatility window"), self.vol_window),
                              (self.tr("Backtest window"), self.backtest_window)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.png_button)
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
        self.falls_model = RecordTableModel(fall_columns())
        self.falls_table = record_table(self.falls_model)
        self.moments = note_label()
        _fit_rows(self.measure_table, len(rv.METHOD_LABELS))
        _fit_rows(self.falls_table, rv.DEEPEST_FALLS)
        measures = _page(self.summary, self.measure_table, section_title(self.tr("Deepest falls of the close")),
                         self.falls_table, self.moments, QWidget(), stretch=5)
        # page 5: the backtest
        self.backtest_chart = BacktestChart()
        self.backtest_model = _BacktestModel(backtest_columns())
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
            self.pages.addTab(panel, translate("RiskTab", title))
        self.pages.currentChanged.connect(lambda *_: self._page_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        # the computation's progress beside the line saying what is computed: the controls' row keeps room for the
        # settings' labels, some 20% longer in Spanish (it did not fit 1366 px with the bar and Cancel in it)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)
        layout.addLayout(status_row)
        layout.addWidget(self.pages, 1)
        self._show(None)
        self.refresh()

    def _days_spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        #: after a number of days (2 or more), with its leading space
        spin.setSuffix(self.tr(" days"))
        spin.setGroupSeparatorShown(True)
        spin.setToolTip(tip)
        return spin

    def first_controls(self) -> list[QWidget]:
        return [self.period]

    # ---- computing -----------------------------------------------------------------------------------

    def request(self) -> rv.RiskRequest:
        years = rv.PERIOD_YEARS[self.period.currentData()]
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
            self.status.setText(self.tr("Not computed: {reason}.").format(reason=exc))
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
        self.status.setText(self.tr("Computing the risk measures for {request}…").format(
            request=self._describe(request)))
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
            if self.view is not None:
                text = self.tr("Cancelled: the figures shown are still those for {request}. Change a setting to "
                               "compute again.").format(request=self._describe(self.view.request))
            else:
                text = self.tr("Cancelled: nothing is shown. Change a setting to compute again.")
            self.status.setText(text)
        else:
            self.status.setText(self.tr("The risk measures could not be computed: {reason}").format(
                reason=error_text(exc)))

    def _idle(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)

    def _describe(self, request: rv.RiskRequest) -> str:
        start = request.start.isoformat() if request.start else self.tr("the first price")
        return self.tr("{start} to {end} at {confidence}, {vol_days}-day volatility window, {backtest_days}-day "
                       "backtest window").format(
            start=start, end=request.end, confidence=_confidence_text(request.confidence),
            vol_days=fmt.number(request.vol_window_days), backtest_days=fmt.number(request.backtest_window_days))

    # ---- showing -------------------------------------------------------------------------------------

    def _show(self, view: rv.RiskView | None) -> None:
        self.view = view
        problem = self.tr("Computing…") if view is None else view.problem
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
            self.status.setText(self.tr("No risk figures for {request}.").format(request=self._describe(view.request)))

    def _show_figures(self, view: rv.RiskView) -> None:
        for panel in self.panels:
            panel.show_chart()
        self.status.setText(self.tr("Period {first} to {last}: {returns} daily returns; confidence {confidence}.")
                            .format(first=view.first_date, last=view.last_date, returns=fmt.number(len(view.returns)),
                                    confidence=_confidence_text(view.request.confidence)))
        # a model without figures says why in sight, not only in its dashes' tooltips
        self.summary.setText(" ".join([self._holdings_text(view)] + [f"{x.problem}." for x in view.models
                                                                      if x.problem]))
        self.measure_model.set_records(view.models)
        self.falls_model.set_records(view.falls)
        self.moments.setText(self.tr(
            "Daily returns: mean {mean}, standard deviation {std}, skewness {skewness}, excess kurtosis {kurtosis} "
            "(0 for a normal distribution: higher means fatter tails than the normal and parametric models "
            "assume).").format(mean=_pct(view.mean), std=_pct(view.std), skewness=fmt.number(view.skewness, 2),
                               kurtosis=fmt.number(view.excess_kurtosis, 2)))
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

    def _holdings_text(self, view: rv.RiskView) -> str:
        figures = dict(confidence=_confidence_text(view.request.confidence), returns=fmt.number(len(view.returns)),
                       first=view.first_date, last=view.last_date, end=view.request.end)
        if view.btc_held <= 0:
            return self.tr("VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive "
                           "losses: a share of the holdings' value, and in US$ for the bitcoin held on {end}: the "
                           "reserve holds none on that date, so the US$ columns are empty.").format(**figures)
        btc = fmt.btc(view.btc_held)
        if view.value_usd is None:
            return self.tr("VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive "
                           "losses: a share of the holdings' value, and in US$ for the {btc} BTC held on {end}: "
                           "there is no BTC price on or before that date, so the US$ columns are empty.").format(
                btc=btc, **figures)
        return self.tr("VaR and ES at {confidence} from {returns} daily returns, {first} to {last}, as positive "
                       "losses: a share of the holdings' value, and in US$ for the {btc} BTC held on {end}, worth "
                       "{value} at US${price} (close of {price_date}).").format(
            btc=btc, value=fmt.usd_short(view.value_usd), price=fmt.number(view.price_usd, 0), price_date=view.price_date,
            **figures)

    def _backtest_text(self, view: rv.RiskView) -> str:
        untested = [self.tr("Not tested: {problem}.").format(problem=b.problem)
                    if b.problem.startswith(rv.method_label(b.method)) else
                    self.tr("{model} is not tested: {problem}.").format(model=rv.method_label(b.method),
                                                                         problem=b.problem)
                    for b in view.backtests if b.problem]
        return " ".join(untested + [self.tr(
            "Each day's one-day VaR is estimated from the {window} daily returns before it and compared with that "
            "day's return ({tested} days tested for the historical model); GARCH(1,1) is refitted every {refit} days. "
            "Kupiec's test asks whether the exception rate is 1 - confidence; Christoffersen's independence test "
            "whether exceptions cluster; conditional coverage asks both. A test passes when its p-value is at least "
            "{significance}. The Basel traffic light counts the exceptions of the 99% VaR in the last {basel_days} "
            "days, whatever the confidence chosen.").format(
            window=fmt.number(view.request.backtest_window_days), tested=fmt.number(view.backtests[0].observations),
            refit=GARCH_REFIT_DAYS, significance=f"{SIGNIFICANCE:.0%}", basel_days=BASEL_DAYS)])

    def _page_buttons(self) -> None:
        page = self.pages.currentIndex()
        names = rv.tables(self.view) if self.view is not None else {}
        self.export_menu.clear()
        for name, label in PAGE_TABLES[page]:
            if name in names:
                self.export_menu.addAction(f"{translate('RiskTab', label)}…", lambda n=name: self.export_data(n))
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
        title = self.tr("Export risk data")
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / f"risk-{name}.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            view = self.view
            save_output(self, title, lambda: rv.write_csv(view, name, path, self.workspace.path))

    def save_png(self) -> None:
        plots = self._page_plots()
        if not plots:
            return
        title = self.pages.tabText(self.pages.currentIndex()).lower().replace(" ", "-")
        dialog_title = self.tr("Save charts as PNG")
        path, _ = QFileDialog.getSaveFileName(self, dialog_title, str(Path.home() / f"risk-{title}.png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            picture = plots_picture(plots, caption=self._caption())
            save_output(self, dialog_title, lambda: write_output(path, png_bytes(picture), self.workspace.path))

    def _caption(self) -> str:
        """What the page's picture is of: its page, the prices' dates and the settings."""
        v, r = self.view, self.view.request
        page = self.pages.currentIndex()
        text = self.tr("Reserve Desk · {page}: BTC daily closes {first} to {last}").format(
            page=self.pages.tabText(page), first=v.first_date, last=v.last_date)
        if page == VOLATILITY_PAGE:
            text += self.tr(", {days}-day volatility window").format(days=fmt.number(r.vol_window_days))
        if page == BACKTEST_PAGE:
            text += self.tr(", one-day VaR at {confidence} estimated from the {days} days before each day").format(
                confidence=_confidence_text(r.confidence), days=fmt.number(r.backtest_window_days))
        return text
