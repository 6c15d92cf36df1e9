"""The Risk tab's charts, each drawn from a ``core.risk_view.RiskView``: price and drawdown, volatility, the
return distribution with its fits and QQ plot, and the VaR backtest. Each reads out the point under the mouse."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import fmt
from ..core import risk_view as rv
from ..core.engine import fits
from ..core.engine.backtest import EWMA_LAMBDA, METHODS
from ..core.engine.valuation import day_number, from_day_number
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .charts import SECONDS_PER_DAY, date_plot, day_seconds, histogram_plot, legend_below, pen

# a colour for each VaR model, in the registry's order
MODEL_COLOURS = dict(zip(METHODS, ("#1f4e79", "#c07a00", "#7b3294", "#008837", "#b00020", "#2b8cbe"), strict=True))
LEFT_AXIS_PX = 72
LABEL_ROOM_POINTS = 20  # percentage points below the deepest fall, for its label
LABEL_SPAN_SHARE = 0.1  # a fall's label is some 110 px wide: a tenth of the drawdown chart on a 1366 px screen
RETURN_PEN = pg.mkPen("#9a9a9a", width=1)
READOUT_HINT = QT_TRANSLATE_NOOP("RiskCharts", "Point at a chart to read its values.")
CAPTION_PX = 28
DENSITY_CURVE_POINTS = 400  # a smooth fitted density across the histogram's range
UNSHOWN_PLOT_PX = (1000, 400)  # width and height in a picture of a plot never shown (it has no size of its own)
MOUSE_READS_PER_S = 30  # readouts a second at most as the mouse moves
LABEL_BELOW, LABEL_ABOVE = (0.5, -0.2), (0.5, 1.2)  # a trough label's anchor: under the point or over it


class DollarLogAxis(pg.AxisItem):
    """A log-scale price axis in plain dollars (20,000 50,000 100,000), labelling 1, 2 and 5 of each power of ten:
    pyqtgraph's own '9·10⁴ 8·10⁴ 7·10⁴' crowded the axis and is not how a price is read."""

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        labels = []
        for v in values:
            price = 10.0 ** v
            mantissa = price / 10.0 ** np.floor(v + 1e-9)
            labels.append(price_text(price) if any(abs(mantissa - m) < 0.05 for m in (1, 2, 5)) else "")
        return labels


def price_text(usd: float) -> str:
    """A BTC price in dollars, with the cents of bitcoin's first years (US$0.06 in 2010, not "0")."""
    if usd >= 10:
        return fmt.number(usd, 0)
    return fmt.number(usd, 2) if usd >= 0.01 else f"{usd:.2g}"


def plots_picture(plots: list[pg.PlotWidget], width_px: int = 1200, caption: str = "") -> QImage:
    """The plots laid out as on the page (the histogram beside its QQ plot, the price above its drawdown), all at
    one scale: exported one by one at ``width_px`` each, a narrow plot came out with its text twice as large and
    the picture three times as tall. Drawn from their scenes; plots never shown (no size yet) are stacked.
    ``caption``: a line above the charts saying what they are of (a picture pasted in a note has no tab around it)."""
    from pyqtgraph.exporters import ImageExporter

    window = plots[0].window()
    boxes = [QRect(plot.mapTo(window, QPoint(0, 0)), plot.size()) for plot in plots]
    if any(box.isEmpty() for box in boxes) or any(plot.window() is not window for plot in plots):
        unshown_width_px, unshown_height_px = UNSHOWN_PLOT_PX
        boxes = [QRect(0, i * unshown_height_px, unshown_width_px, unshown_height_px) for i in range(len(plots))]
    bounds = boxes[0]
    for box in boxes[1:]:
        bounds = bounds.united(box)
    scale = width_px / bounds.width()
    caption_px = CAPTION_PX if caption else 0
    picture = QImage(width_px, caption_px + round(bounds.height() * scale), QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    if caption:
        painter.setPen(QColor("#333333"))
        painter.drawText(QRect(8, 0, width_px - 16, caption_px), Qt.AlignmentFlag.AlignVCenter, caption)
    for plot, box in zip(plots, boxes, strict=True):
        exporter = ImageExporter(plot.getPlotItem())
        exporter.parameters()["width"] = round(box.width() * scale)
        painter.drawImage(round((box.x() - bounds.x()) * scale), caption_px + round((box.y() - bounds.y()) * scale),
                          exporter.export(toBytes=True))
    painter.end()
    return picture


def readout_hint() -> str:
    return translate("RiskCharts", READOUT_HINT)


def readout_label() -> QLabel:
    label = QLabel(readout_hint())
    label.setObjectName("Note")
    # a long readout is cut at the page's edge rather than widening the tab past the screen
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(1)
    return label


def _follow_mouse(plot: pg.PlotWidget, on_point) -> pg.SignalProxy:
    """Call ``on_point(x, y)`` in the plot's coordinates as the mouse moves over it (keep the proxy alive)."""

    def moved(event) -> None:
        position = event[0]
        if plot.sceneBoundingRect().contains(position):
            point = plot.getPlotItem().vb.mapSceneToView(position)
            on_point(point.x(), point.y())

    return pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=MOUSE_READS_PER_S, slot=moved)


def _day_index(days: np.ndarray, x_seconds: float) -> int | None:
    """The index of the day under the mouse; None beyond the series' ends (no reading of the last day there)."""
    day = x_seconds / SECONDS_PER_DAY
    if not len(days) or not days[0] - 0.5 <= day <= days[-1] + 0.5:
        return None
    return int(np.clip(np.searchsorted(days, day - 0.5), 0, len(days) - 1))


class _ViewChart(QWidget):
    """A page's charts of a RiskView, below a line that reads out the point under the mouse."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: rv.RiskView | None = None
        self.readout = readout_label()
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)

    def _day_at(self, days: np.ndarray, x_seconds: float) -> int | None:
        """The index of the day under the mouse; None beyond the series' ends, saying where it runs."""
        i = _day_index(days, x_seconds)
        if i is None:
            self.readout.setText(self.tr("No data there: the series runs from {first} to {last}.").format(
                first=from_day_number(int(days[0])), last=from_day_number(int(days[-1]))))
        return i


def _show_range(plot: pg.PlotWidget, x_seconds: np.ndarray) -> None:
    """Fit the plot to a new series. The x range is set first: the curves are clipped to the view, so a hidden
    page's autoRange alone measured only the part of the new series inside the old period's range."""
    if len(x_seconds):
        plot.setXRange(float(x_seconds[0]), float(x_seconds[-1]))
    plot.autoRange()


class PriceDrawdown(_ViewChart):
    """The BTC close on a log scale and, below it on the same dates, the fall from the running peak."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        axis_label = self.tr("US$ (log scale)")
        self.price_plot = date_plot(self.tr("BTC close (US$, log scale)"), axis_label)
        self.price_plot.setAxisItems({"left": DollarLogAxis(orientation="left")})
        self.price_plot.setLabel("left", axis_label)  # the new axis takes date_plot's label and grid again
        self.price_plot.showGrid(x=True, y=True, alpha=0.2)
        self.price_plot.setLogMode(y=True)  # a tenfold rise is as tall in 2017 as in 2024
        self.drawdown_plot = date_plot(self.tr("Drawdown: fall from the running peak, with the deepest falls"),
                                       self.tr("% from the peak"))
        self.drawdown_plot.setXLink(self.price_plot)
        for plot in (self.price_plot, self.drawdown_plot):  # one axis width: the same date is above the same date
            plot.getAxis("left").setWidth(LEFT_AXIS_PX)
        self.price_curve = self.price_plot.plot(pen=pen("line", 1.5))
        self.drawdown_curve = self.drawdown_plot.plot(pen=pg.mkPen("#b00020", width=1.2), fillLevel=0,
                                                      brush=pg.mkBrush(176, 0, 32, 50))
        self.troughs = pg.ScatterPlotItem(size=8, pen=pg.mkPen("#5a0010"), brush=pg.mkBrush("#b00020"))
        self.drawdown_plot.addItem(self.troughs)
        self.fall_labels: list[pg.TextItem] = []
        self._rows.addWidget(self.readout)
        self._rows.addWidget(self.price_plot, 3)
        self._rows.addWidget(self.drawdown_plot, 2)
        self._mouse = [_follow_mouse(p, lambda x, y: self._hover(x)) for p in self.plots]

    @property
    def plots(self) -> list[pg.PlotWidget]:
        return [self.price_plot, self.drawdown_plot]

    def show_view(self, view: rv.RiskView) -> None:
        self.view = view
        x = day_seconds(view.days)
        self.price_curve.setData(x, view.prices_usd)
        self.drawdown_curve.setData(x, -view.drawdown * 100)
        for label in self.fall_labels:
            self.drawdown_plot.removeItem(label)
        self.fall_labels = []
        points = []
        span_days = max(int(view.days[-1] - view.days[0]), 1)
        below_day = None  # the trough whose label is below it, last in date order
        for fall in sorted(view.falls, key=lambda f: f.trough):
            trough_day = day_number(fall.trough)
            trough = (float(trough_day * SECONDS_PER_DAY), -fall.depth * 100)
            points.append({"pos": trough})
            # a label too near the previous one below its trough goes above its own (two troughs in 2017 printed
            # "−35% Jul 2017" over "−36% Sep 2017")
            near = below_day is not None and trough_day - below_day < span_days * LABEL_SPAN_SHARE
            label = pg.TextItem(f"−{fall.depth * 100:.0f}% {fall.trough:%b %Y}", color="#5a0010",
                                anchor=LABEL_ABOVE if near else LABEL_BELOW)
            if not near:
                below_day = trough_day
            label.setPos(*trough)
            self.drawdown_plot.addItem(label)
            self.fall_labels.append(label)
        self.troughs.setData(points)
        self.readout.setText(readout_hint())  # a reading of the previous view would pass for this one's
        _show_range(self.price_plot, x)
        # room under the deepest trough for its label
        self.drawdown_plot.setYRange(-max(float(view.drawdown.max()) * 100, 1) - LABEL_ROOM_POINTS, 2, padding=0)

    def _hover(self, x: float) -> None:
        v = self.view
        if v is None or not len(v.days):
            return
        i = self._day_at(v.days, x)
        if i is None:
            return
        self.readout.setText(self.tr("{day}: close US${price} · {fall} below the running peak").format(
            day=from_day_number(int(v.days[i])), price=price_text(v.prices_usd[i]), fall=fmt.pct(float(v.drawdown[i]))))


class Volatility(_ViewChart):
    """Rolling-window and EWMA volatility of the daily log returns, annualised over the 365 days a year bitcoin
    trades (``risk_view.DAYS_PER_YEAR``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = date_plot(self.tr("Volatility of daily returns, annualised ({days} days a year)").format(
            days=f"{rv.DAYS_PER_YEAR:.0f}"), self.tr("% a year"))
        self.legend = legend_below(self.plot, columns=2)
        self.rolling_curve = self.plot.plot(pen=pen("line", 1.5), name=self.tr("Rolling window"))
        self.ewma_curve = self.plot.plot(pen=pen("value", 1.5),
                                         name=self.tr("EWMA (lambda {decay})").format(decay=EWMA_LAMBDA))
        self._rows.addWidget(self.readout)
        self._rows.addWidget(self.plot, 1)
        self._mouse = _follow_mouse(self.plot, lambda x, y: self._hover(x))

    @property
    def plots(self) -> list[pg.PlotWidget]:
        return [self.plot]

    def show_view(self, view: rv.RiskView) -> None:
        self.view = view
        x = day_seconds(view.days[1:])
        finite = np.isfinite(view.rolling_vol)
        self.rolling_curve.setData(x[finite], view.rolling_vol[finite] * 100)
        self.legend.clear()  # the rolling line's name has the window's days
        self.legend.addItem(self.rolling_curve, self.tr("Rolling {days}-day window").format(
            days=view.request.vol_window_days))
        self.legend.addItem(self.ewma_curve, self.ewma_curve.name())
        seeded = np.isfinite(view.ewma_vol)  # from the window's last day on, as the rolling window
        self.ewma_curve.setData(x[seeded], view.ewma_vol[seeded] * 100)
        self.readout.setText(readout_hint())
        _show_range(self.plot, x)

    def _hover(self, x: float) -> None:
        v = self.view
        if v is None or len(v.days) < 2:
            return
        i = self._day_at(v.days[1:], x)  # a return's day: the first day has none
        if i is None:
            return
        day, rolling, ewma = from_day_number(int(v.days[1 + i])), v.rolling_vol[i], v.ewma_vol[i]
        if not np.isfinite(rolling):
            self.readout.setText(self.tr("{day}: not a full {days}-day window of the period yet").format(
                day=day, days=v.request.vol_window_days))
            return
        self.readout.setText(self.tr("{day}: rolling {days}-day {rolling} · EWMA {ewma} a year").format(
            day=day, days=v.request.vol_window_days, rolling=fmt.pct(float(rolling)), ewma=fmt.pct(float(ewma))))


class Distribution(_ViewChart):
    """The histogram of daily returns with the fitted normal and Student-t densities, and a normal QQ plot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.histogram: tuple[np.ndarray, np.ndarray] | None = None  # the bins' edges and densities shown
        self.hist_plot = histogram_plot(self.tr("Daily returns and fitted densities"), self.tr("Daily return (%)"))
        self.hist_plot.setLabel("left", self.tr("Density (per percentage point)"))
        self.legend = legend_below(self.hist_plot, columns=1)
        self.bars = self.hist_plot.plot(stepMode="center", fillLevel=0, brush=pg.mkBrush(79, 129, 189, 110),
                                        pen=pg.mkPen("#4f81bd", width=1), name=self.tr("Daily returns"))
        #: the normal distribution fitted to the returns
        self.normal_curve = self.hist_plot.plot(pen=pen("value", 2), name=self.tr("Normal"))
        self.t_curve = self.hist_plot.plot(pen=pg.mkPen("#b00020", width=2, style=Qt.PenStyle.DashLine),
                                           name=self.tr("Student t"))
        self.qq_plot = histogram_plot(self.tr("Normal QQ plot"), self.tr("Normal quantile"))
        self.qq_plot.setLabel("left", self.tr("Standardised return"))
        self.qq_points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(31, 78, 121, 140))
        self.qq_plot.addItem(self.qq_points)
        self.diagonal = pg.InfiniteLine(pos=(0, 0), angle=45, pen=pg.mkPen("#5a5a5a", width=1,
                                                                            style=Qt.PenStyle.DashLine))
        self.qq_plot.addItem(self.diagonal, ignoreBounds=True)
        charts = QHBoxLayout()
        charts.addWidget(self.hist_plot, 3)
        charts.addWidget(self.qq_plot, 2)
        self._rows.addWidget(self.readout)
        self._rows.addLayout(charts, 1)
        self._mouse = [_follow_mouse(self.hist_plot, self._hover_hist), _follow_mouse(self.qq_plot, self._hover_qq)]

    @property
    def plots(self) -> list[pg.PlotWidget]:
        return [self.hist_plot, self.qq_plot]

    def show_view(self, view: rv.RiskView) -> None:
        self.view = view
        self.histogram = edges, density = view.histogram()
        self.bars.setData(edges * 100, density / 100)
        x = np.linspace(edges[0], edges[-1], DENSITY_CURVE_POINTS)
        t = view.student_t
        self.normal_curve.setData(x * 100, fits.normal_pdf(x, view.mean, view.std) / 100)
        self.t_curve.setData(x * 100, t.pdf(x) / 100)
        self.legend.clear()
        self.legend.addItem(self.bars, self.tr("Daily returns ({count}; skewness {skewness}, excess kurtosis "
                                               "{kurtosis})").format(count=fmt.number(len(view.returns)),
                                                                     skewness=fmt.number(view.skewness, 2),
                                                                     kurtosis=fmt.number(view.excess_kurtosis, 2)))
        self.legend.addItem(self.normal_curve, self.tr("Normal: mean {mean}, sd {sd}").format(
            mean=fmt.pct(view.mean, 2), sd=fmt.pct(view.std, 2)))
        self.legend.addItem(self.t_curve, self.tr("Student t: loc {loc}, scale {scale}, df {df}").format(
            loc=fmt.pct(t.loc, 2), scale=fmt.pct(t.scale, 2), df=fmt.number(t.df, 2)))
        self.hist_plot.autoRange()
        normal_q, standardised = view.qq
        self.qq_points.setData(normal_q, standardised)
        self.qq_plot.autoRange()
        self.readout.setText(readout_hint())

    def _hover_hist(self, x: float, y: float) -> None:
        v = self.view
        if v is None:
            return
        edges, density = self.histogram
        i = int(np.searchsorted(edges * 100, x)) - 1
        if 0 <= i < len(density):
            share = density[i] * (edges[i + 1] - edges[i])
            self.readout.setText(self.tr("Returns from {low}% to {high}%: {share} of the days · normal density "
                                         "{normal}, Student t {t} per point").format(
                low=fmt.number(edges[i] * 100, 2), high=fmt.number(edges[i + 1] * 100, 2), share=fmt.pct(float(share), 2),
                normal=fmt.number(fits.normal_pdf(np.array([x / 100]), v.mean, v.std)[0] / 100, 3),
                t=fmt.number(v.student_t.pdf(np.array([x / 100]))[0] / 100, 3)))
        else:  # not the last bin's reading, left on the label as if it were this point's
            self.readout.setText(self.tr("No daily return there: the returns run from {low}% to {high}%.").format(
                low=fmt.number(edges[0] * 100, 2), high=fmt.number(edges[-1] * 100, 2)))

    def _hover_qq(self, x: float, y: float) -> None:
        v = self.view
        if v is None or v.qq is None:
            return
        normal_q, standardised = v.qq
        i = int(np.clip(np.searchsorted(normal_q, x), 0, len(normal_q) - 1))
        self.readout.setText(self.tr("Normal quantile {quantile}: the standardised return there is {standardised} "
                                     "(on the dashed line if returns were normal)").format(
            quantile=fmt.number(normal_q[i], 2), standardised=fmt.number(standardised[i], 2)))


class BacktestChart(_ViewChart):
    """Each tested day's return, a model's VaR line drawn at minus the forecast, and its exceptions (returns
    below the line) marked in the model's colour."""

    ALL = "all"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_choice = QComboBox()
        for method in rv.METHOD_LABELS:
            self.model_choice.addItem(rv.method_label(method), method)
        self.model_choice.addItem(self.tr("All six models"), self.ALL)
        self.model_choice.setToolTip(self.tr("The model whose VaR line and exceptions are drawn (all six at once "
                                             "are hard to tell apart)"))
        self.model_choice.currentIndexChanged.connect(lambda *_: self._draw())
        self.plot = date_plot(self.tr("Daily returns and minus the one-day VaR forecast"), self.tr("Daily return (%)"))
        self.legend = legend_below(self.plot, columns=4)
        # drawn once and updated: a change of model only shows and hides them
        self.return_curve = self.plot.plot(pen=RETURN_PEN)
        self.var_lines = {m: self.plot.plot(pen=pg.mkPen(MODEL_COLOURS[m], width=1.5)) for m in METHODS}
        self.exception_marks = {m: pg.ScatterPlotItem(size=7, pen=pg.mkPen("#333333", width=0.5),
                                                      brush=pg.mkBrush(MODEL_COLOURS[m])) for m in METHODS}
        for marks in self.exception_marks.values():
            self.plot.addItem(marks)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Model:")))
        bar.addWidget(self.model_choice)
        bar.addWidget(self.readout, 1)
        self._rows.addLayout(bar)
        self._rows.addWidget(self.plot, 1)
        self._mouse = _follow_mouse(self.plot, lambda x, y: self._hover(x))

    @property
    def plots(self) -> list[pg.PlotWidget]:
        return [self.plot]

    def chosen(self) -> list:
        method = self.model_choice.currentData()
        return [b for b in self.view.backtests if method == self.ALL or b.method == method] if self.view else []

    def show_view(self, view: rv.RiskView) -> None:
        self.view = view
        self.readout.setText(readout_hint())
        for item in (self.return_curve, *self.var_lines.values(), *self.exception_marks.values()):
            item.setData([], [])  # no line of the previous view stays
        if view.backtests:
            x = day_seconds(view.backtest_days)
            realised = view.backtests[0].realised
            self.return_curve.setData(x, realised * 100)
            for b in view.backtests:
                known = np.isfinite(b.var)
                self.var_lines[b.method].setData(x[known], -b.var[known] * 100)
                self.exception_marks[b.method].setData(x[known][b.hits], realised[known][b.hits] * 100)
        self._draw()

    def _draw(self) -> None:
        """Show the chosen models' lines and exceptions, and name them in the legend."""
        self.legend.clear()
        chosen = self.chosen()
        for method in METHODS:
            visible = any(b.method == method for b in chosen)
            self.var_lines[method].setVisible(visible)
            self.exception_marks[method].setVisible(visible)
        v = self.view
        if v is None or not v.backtests:
            return
        self.legend.addItem(self.return_curve, self.tr("Daily return"))
        for b in chosen:
            line, marks = self.var_lines[b.method], self.exception_marks[b.method]
            # not "0 exceptions" for a model that forecast no day
            exceptions = (self.tr("%n exceptions", "", b.exceptions) if b.observations
                          else self.tr("not tested: no forecast"))
            if len(chosen) == 1:
                self.legend.addItem(line, self.tr("{model} VaR").format(model=rv.method_label(b.method)))
                self.legend.addItem(marks, exceptions)
            else:  # one entry a model: its line and, in its colour, its exceptions
                self.legend.addItem(line, f"{rv.method_short_label(b.method)} ({exceptions})")
        _show_range(self.plot, day_seconds(v.backtest_days))

    def _hover(self, x: float) -> None:
        v = self.view
        if v is None or not v.backtests:
            return
        i = self._day_at(v.backtest_days, x)
        if i is None:
            return
        r = v.backtests[0].realised[i]
        parts = []
        chosen = self.chosen()
        for b in chosen:
            var = b.var[i]
            name = (self.tr("{model} VaR").format(model=rv.method_label(b.method)) if len(chosen) == 1
                    else rv.method_short_label(b.method))
            if not np.isfinite(var):
                #: a model's VaR on a day it gives no forecast
                parts.append(self.tr("{model} none").format(model=name))
            elif r < -var:
                parts.append(self.tr("{model} {var} (exception)").format(model=name, var=fmt.pct(float(var), 2)))
            else:
                parts.append(f"{name} {fmt.pct(float(var), 2)}")
        self.readout.setText(self.tr("{day}: return {r} · {models}").format(
            day=from_day_number(int(v.backtest_days[i])), r=fmt.pct(float(r), 2), models=" · ".join(parts)))
