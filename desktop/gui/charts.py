"""pyqtgraph set-up shared by every chart: one binding, a light theme, date axes in UTC days."""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")  # never let pyqtgraph pick another binding

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

SECONDS_PER_DAY = 86400
PALETTE = {"stock": "#1f4e79", "value": "#c07a00", "cost": "#5a5a5a", "bar": "#4f81bd", "line": "#1f4e79"}


def day_seconds(days: np.ndarray) -> np.ndarray:
    """Day numbers since 1970-01-01 as the UTC timestamps DateAxisItem expects."""
    return days.astype(np.float64) * SECONDS_PER_DAY


def date_plot(title: str, y_label: str, *, long_series: bool = True) -> pg.PlotWidget:
    """A plot with a date axis. ``long_series``: peak downsampling and clip-to-view for curves of many
    points (leave off for plots holding bar items, which do not downsample)."""
    plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
    plot.setTitle(title, size="10pt")
    plot.setLabel("left", y_label)
    plot.getAxis("left").enableAutoSIPrefix(False)  # the label carries the unit; no "(x0.001)" suffixes
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMenuEnabled(False)
    if long_series:
        plot.getPlotItem().setDownsampling(auto=True, mode="peak")
        plot.getPlotItem().setClipToView(True)
    plot.setMinimumHeight(160)
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
    plot = pg.PlotWidget()
    plot.setTitle(title, size="10pt")
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", "Paths")
    plot.getAxis("left").enableAutoSIPrefix(False)
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setMenuEnabled(False)
    plot.addLegend(offset=(-10, 10))
    plot.setMinimumHeight(160)
    return plot
