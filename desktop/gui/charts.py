"""pyqtgraph set-up shared by every chart: one binding, a light theme, date axes in UTC days, legends below
the axis (never over the lines) and, before there is anything to draw, a sentence in the chart's place."""

from __future__ import annotations

import datetime as dt
import math
import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # never let pyqtgraph pick another binding

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget  # noqa: E402

from ..core import fmt, i18n  # noqa: E402

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

SECONDS_PER_DAY = 86400
PALETTE = {"stock": "#1f4e79", "value": "#c07a00", "cost": "#5a5a5a", "bar": "#4f81bd", "line": "#1f4e79"}


def day_seconds(days: np.ndarray) -> np.ndarray:
    """Day numbers since 1970-01-01 as the UTC timestamps DateAxisItem expects."""
    return days.astype(np.float64) * SECONDS_PER_DAY


class NumberAxis(pg.AxisItem):
    """Tick labels written as every figure of the window is, by the reader's locale (0,5 and 12.500 in Spain), with
    pyqtgraph's own choice of decimals; pyqtgraph wrote 0.5 everywhere and 1e+06 for a million."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        places = max(0, math.ceil(-math.log10(spacing * scale))) if spacing * scale > 0 else 0
        return [fmt.number(v * scale, places) if v == 0 or abs(v * scale) >= 1e-3 else f"{v * scale:g}" for v in values]


class DateAxis(pg.DateAxisItem):
    """Months and weekdays named in the interface's language ("ene", "feb" in Spanish): pyqtgraph's strftime
    names them in the C library's locale, English unless the system's is another, whatever the interface's."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        words = QLocale(i18n.language())
        short = QLocale.FormatType.ShortFormat
        texts = []
        for value in values:
            day = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=value - (self.utcOffset or 0))
            named = spec.format.replace("%b", words.monthName(day.month, short)).replace(
                "%a", words.dayName(day.isoweekday(), short))
            texts.append(day.strftime(named))
        return texts


def date_plot(title: str, y_label: str, *, long_series: bool = True) -> pg.PlotWidget:
    """A plot with a date axis. ``long_series``: peak downsampling and clip-to-view for curves of many
    points (leave off for plots holding bar items, which do not downsample)."""
    plot = pg.PlotWidget(axisItems={"bottom": DateAxis(orientation="bottom", utcOffset=0), "left": NumberAxis("left")})
    plot.setTitle(title, size="10pt")
    plot.setLabel("left", y_label)
    plot.getAxis("left").enableAutoSIPrefix(False)  # the label carries the unit; no "(x0.001)" suffixes
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMenuEnabled(False)
    if long_series:
        plot.getPlotItem().setDownsampling(auto=True, mode="peak")
        plot.getPlotItem().setClipToView(True)
    plot.setMinimumHeight(110)  # two stacked charts and a table still fit a 1366x768 laptop
    return plot


def pen(name: str, width: float = 2.0, style=None) -> pg.mkPen:
    kwargs = {"color": PALETTE[name], "width": width}
    if style is not None:
        kwargs["style"] = style
    return pg.mkPen(**kwargs)


def date_line(plot: pg.PlotWidget) -> pg.InfiniteLine:
    """A vertical dotted line marking a date on a date plot; move it with setValue(seconds)."""
    line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#b00020", width=1, style=pg.QtCore.Qt.PenStyle.DotLine))
    plot.addItem(line, ignoreBounds=True)
    return line


def histogram_plot(title: str, x_label: str) -> pg.PlotWidget:
    """A plot for a distribution: numeric axes without SI prefixes (the label carries the unit), counts of paths."""
    plot = pg.PlotWidget(axisItems={"bottom": NumberAxis("bottom"), "left": NumberAxis("left")})
    plot.setTitle(title, size="10pt")
    plot.setLabel("bottom", x_label)
    #: the count of simulated price paths in a histogram's bar
    plot.setLabel("left", QCoreApplication.translate("charts", "Paths"))
    plot.getAxis("left").enableAutoSIPrefix(False)
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMenuEnabled(False)
    plot.setMinimumHeight(110)  # two stacked charts and a table still fit a 1366x768 laptop
    return plot


class _LegendBelow(pg.LegendItem):
    """A legend laid out by the plot's own grid: its size goes to the layout instead of moving it to (0, 0)."""

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph's name
        self.updateGeometry()


LEGEND_ROW = 4  # the plot's grid: title 0, top axis 1, data 2, bottom axis 3


def legend_below(plot: pg.PlotWidget, columns: int = 4) -> pg.LegendItem:
    """A legend under the bottom axis, outside the data, so it never covers a line; named items join it as
    they would join ``addLegend``'s. ``columns``: entries a row."""
    item = plot.getPlotItem()
    legend = _LegendBelow(colCount=columns)
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    item.layout.addItem(legend, LEGEND_ROW, 1)
    item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter)
    item.legend = legend
    return legend


class ChartPanel(QStackedWidget):
    """A chart, or in its place a sentence saying what will fill it and how, while there is nothing to draw:
    empty axes with made-up ranges ("59.600 ... 00:00:00") tell the user nothing."""

    def __init__(self, plot: pg.PlotWidget, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = plot
        self.message = QLabel(empty_text)
        self.message.setObjectName("Note")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.addWidget(self.message)
        self.addWidget(plot)

    def show_empty(self, text: str | None = None) -> None:
        if text is not None:
            self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_chart(self) -> None:
        self.setCurrentWidget(self.plot)

    @property
    def empty(self) -> bool:
        return self.currentWidget() is self.message
