"""Charts of the PDF summary, painted with QPainter onto an image at print resolution.

pyqtgraph needs widgets, which live on the GUI thread only; the report renders on a worker, so its charts
are painted here from the report model's data: lines, dashed lines, points, bands, stacked bars, reference lines,
date or numeric axes with rounded ticks (or a logarithmic y axis), a title and a legend.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ..core import fmt
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.summary import Chart

EPOCH = dt.date(1970, 1, 1)
GRID = QColor("#e3e3e3")
AXIS = QColor("#555555")
MARK = QColor("#b00020")
MONTHS = (QT_TRANSLATE_NOOP("report", "Jan"), QT_TRANSLATE_NOOP("report", "Feb"), QT_TRANSLATE_NOOP("report", "Mar"),
          QT_TRANSLATE_NOOP("report", "Apr"), QT_TRANSLATE_NOOP("report", "May"), QT_TRANSLATE_NOOP("report", "Jun"),
          QT_TRANSLATE_NOOP("report", "Jul"), QT_TRANSLATE_NOOP("report", "Aug"), QT_TRANSLATE_NOOP("report", "Sep"),
          QT_TRANSLATE_NOOP("report", "Oct"), QT_TRANSLATE_NOOP("report", "Nov"), QT_TRANSLATE_NOOP("report", "Dec"))
LINE_WIDTH_PX, POINT_DIAMETER_PX = 2.0, 6.0  # the defaults, in screen pixels


def _nice_step(span: float, target: int = 6) -> float:
    raw = span / max(target, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


def _number(v: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return fmt.number(v, decimals)


def _log_ticks(lo: float, hi: float) -> list[float]:
    """Round values between 10**lo and 10**hi: 1, 2, 3, 5 and 7 (or 1, 2, 5) times a power of ten over a decade or
    two, only powers of ten (every few) over more."""
    decades = hi - lo
    mantissas = (1, 1.5, 2, 3, 5, 7) if decades <= 1.5 else (1, 2, 5) if decades <= 3 else (1,)
    stride = max(1, math.ceil(decades / 8))
    return [m * 10.0**k for k in range(math.floor(lo), math.ceil(hi) + 1) if k % stride == 0 for m in mantissas
            if lo <= math.log10(m * 10.0**k) <= hi]


def _log_label(v: float) -> str:
    plain = f"{v:.12g}"  # 0.05, 1.5, 20,000: as many decimals as the round value has
    if "e" in plain:
        return plain
    return fmt.number(v, len(plain.split(".")[1]) if "." in plain else 0)


def _date_ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Month starts, thinned to a readable count, labelled by month or year."""
    first, last = EPOCH + dt.timedelta(days=math.floor(lo)), EPOCH + dt.timedelta(days=math.ceil(hi))
    span_months = (last.year - first.year) * 12 + last.month - first.month
    every = next(m for m in (1, 2, 3, 6, 12, 24, 60, 120) if span_months / m <= 8)
    ticks = []
    year, month = first.year, first.month
    while (day := dt.date(year, month, 1)) <= last:
        if (year * 12 + month - 1) % every == 0 and day >= first:
            name = translate("report", MONTHS[month - 1])  # the month's short name in the reader's language
            label = str(year) if every >= 12 else (f"{name} {year}" if month == 1 or not ticks else name)
            ticks.append(((day - EPOCH).days, label))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def paint_chart(chart: Chart, width_px: int, height_px: int, dpi: float) -> QImage:
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = dpi / 96  # pixels per screen pixel
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(11 * s))
    p.setFont(font)
    fm = QFontMetricsF(font)
    title_font = QFont(font)
    title_font.setPixelSize(round(12.5 * s))
    title_font.setBold(True)

    xs = [x for series in chart.series for x in series.x]
    ys = [y for series in chart.series for y in (*series.y, *series.high) if math.isfinite(y)]
    ys += [y for y, _ in chart.levels]
    if chart.log_y:
        ys = [math.log10(y) for y in ys if y > 0]
    if not xs or not ys:
        p.drawText(QRectF(0, 0, width_px, height_px), Qt.AlignmentFlag.AlignCenter, translate("report", "No data"))
        p.end()
        return image
    bars = [series for series in chart.series if series.kind == "bar"]
    if bars:  # stacked: the top of each stack counts
        tops: dict[float, float] = {}
        for series in bars:
            for x, y in zip(series.x, series.y, strict=True):
                tops[x] = tops.get(x, 0.0) + y
        ys += list(tops.values()) + [0.0]
    x_lo, x_hi = min(xs), max(xs)
    if bars:
        x_lo, x_hi = x_lo - 0.6, x_hi + 0.6
    if x_hi == x_lo:
        x_lo, x_hi = x_lo - 1, x_hi + 1
    y_lo, y_hi = min(ys), max(ys)
    if chart.log_y:  # the axis holds log10 of the values, ticked at round values
        pad = (y_hi - y_lo) * 0.04 or 0.1
        y_lo, y_hi = y_lo - pad, y_hi + pad
        y_ticks = [(math.log10(v), _log_label(v)) for v in _log_ticks(y_lo, y_hi)]
    else:
        pad = (y_hi - y_lo) * 0.06 or abs(y_hi) * 0.1 or 1.0
        # bars stand on zero; a line keeps zero in view unless its values are all well above it (or below: a
        # drawdown's top is zero)
        y_lo = y_lo - pad if y_lo < 0 or (not bars and y_lo - pad > 0) else 0.0
        y_hi = 0.0 if y_lo < 0 and y_hi <= 0 < y_hi + pad else y_hi + pad
        step = _nice_step(y_hi - y_lo)
        y_lo, y_hi = math.floor(y_lo / step) * step, math.ceil(y_hi / step) * step
        y_ticks = [(v, _number(v, step)) for v in (y_lo + i * step for i in range(round((y_hi - y_lo) / step) + 1))]
    left = max(fm.horizontalAdvance(label) for _, label in y_ticks) + fm.height() + 22 * s  # ticks and the axis title
    # the legend wraps onto as many rows as its entries need (a member's credit lines are many)
    entries = [28 * s + fm.horizontalAdvance(series.name) + 22 * s for series in chart.series]
    room, rows, used = width_px - left - 14 * s, 1, 0.0
    for w in entries:
        if used and used + w > room:
            rows, used = rows + 1, 0.0
        used += w
    legend_h = fm.height() * (0.6 + rows)
    plot = QRectF(left, 34 * s, width_px - left - 14 * s, height_px - 34 * s - 30 * s - legend_h)

    def px(x: float) -> float:
        return plot.left() + (x - x_lo) / (x_hi - x_lo) * plot.width()

    def py(y: float) -> float:
        if chart.log_y:
            y = math.log10(y) if y > 0 else math.nan
        return plot.bottom() - (y - y_lo) / (y_hi - y_lo) * plot.height()

    def at(v: float) -> float:  # a tick's height: ticks are already on the axis's scale
        return plot.bottom() - (v - y_lo) / (y_hi - y_lo) * plot.height()

    p.setFont(title_font)
    p.setPen(AXIS)
    p.drawText(QRectF(0, 0, width_px, 28 * s), Qt.AlignmentFlag.AlignCenter, chart.title)
    p.setFont(font)
    # y axis: grid, ticks, label
    for v, label in y_ticks:
        p.setPen(QPen(GRID, 1 * s))
        p.drawLine(QPointF(plot.left(), at(v)), QPointF(plot.right(), at(v)))
        p.setPen(AXIS)
        p.drawText(QRectF(0, at(v) - fm.height() / 2, left - 8 * s, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    p.save()
    p.translate(6 * s + fm.height() / 2, plot.center().y())
    p.rotate(-90)
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt.AlignmentFlag.AlignCenter,
               chart.y_label)
    p.restore()
    # x axis
    if chart.dates:
        x_ticks = _date_ticks(x_lo, x_hi)
    elif bars:
        x_ticks = [(x, f"{x:g}") for x in sorted({x for series in bars for x in series.x})]
    else:
        x_step = _nice_step(x_hi - x_lo)
        x_ticks = [(v, _number(v, x_step)) for v in
                   (math.ceil(x_lo / x_step) * x_step + i * x_step for i in range(int((x_hi - x_lo) / x_step) + 1))]
    last_right = -math.inf
    for x, label in x_ticks:
        if not x_lo <= x <= x_hi:
            continue
        w = fm.horizontalAdvance(label)
        if px(x) - w / 2 < last_right + 10 * s:
            continue  # would overlap the previous label: many yearly bars get every other label
        last_right = px(x) + w / 2
        p.setPen(QPen(GRID, 1 * s))
        p.drawLine(QPointF(px(x), plot.top()), QPointF(px(x), plot.bottom()))
        p.setPen(AXIS)
        p.drawText(QRectF(px(x) - w / 2 - 4 * s, plot.bottom() + 4 * s, w + 8 * s, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
    if chart.x_label:
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 6 * s, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignCenter, chart.x_label)
    p.setPen(QPen(AXIS, 1.2 * s))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())

    p.setClipRect(plot.adjusted(-1, -1, 1, 1))
    width = 0.6 * plot.width() / max(1.0, x_hi - x_lo) if bars else 0
    base: dict[float, float] = {}
    for series in chart.series:
        colour = QColor(series.colour)
        if series.kind == "band":
            polygon = QPolygonF([QPointF(px(x), py(y)) for x, y in zip(series.x, series.high, strict=True)]
                                + [QPointF(px(x), py(y)) for x, y in reversed(list(zip(series.x, series.y, strict=True)))])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawPolygon(polygon)
        elif series.kind == "bar":
            p.setPen(QPen(QColor("white"), 1 * s))
            p.setBrush(QBrush(colour))
            for x, y in zip(series.x, series.y, strict=True):
                bottom = base.get(x, 0.0)
                p.drawRect(QRectF(px(x) - width / 2, py(bottom + y), width, py(bottom) - py(bottom + y)))
                base[x] = bottom + y
        elif series.kind == "points":
            d = (series.width or POINT_DIAMETER_PX) * s
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            for x, y in zip(series.x, series.y, strict=True):
                if math.isfinite(py(y)):
                    p.drawEllipse(QPointF(px(x), py(y)), d / 2, d / 2)
        else:
            path = QPainterPath()
            gap = True  # a value that is not finite (or not positive on a log axis) breaks the line
            for x, y in zip(series.x, series.y, strict=True):
                if not math.isfinite(py(y)):
                    gap = True
                    continue
                (path.moveTo if gap else path.lineTo)(QPointF(px(x), py(y)))
                gap = False
            pen = QPen(colour, (series.width or LINE_WIDTH_PX) * s)
            if series.kind == "dashed":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
    for y, label in chart.levels:
        p.setPen(QPen(MARK, 1.2 * s, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), py(y)), QPointF(plot.right(), py(y)))
        p.drawText(QRectF(plot.left() + 6 * s, py(y) - fm.height() - 2 * s, plot.width() - 12 * s, fm.height()),
                   Qt.AlignmentFlag.AlignRight, label)
    for i, (x, label) in enumerate(chart.markers):
        if x_lo <= x <= x_hi:
            p.setPen(QPen(MARK, 1.2 * s, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(px(x), plot.top()), QPointF(px(x), plot.bottom()))
            y_text = plot.bottom() - (i + 1) * (fm.height() + 4 * s)
            p.drawText(QPointF(px(x) + 4 * s, y_text + fm.ascent()), label)
    p.setClipping(False)
    # legend, below the axis labels
    x = plot.left()
    y = height_px - legend_h + fm.height() * 0.3
    for series, w in zip(chart.series, entries, strict=True):
        if x > plot.left() and x + w > plot.right():
            x, y = plot.left(), y + fm.height()
        colour = QColor(series.colour)
        if series.kind in ("band", "bar"):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawRect(QRectF(x, y + fm.height() * 0.2, 22 * s, fm.height() * 0.6))
        elif series.kind == "points":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            d = (series.width or POINT_DIAMETER_PX) * s
            p.drawEllipse(QPointF(x + 11 * s, y + fm.height() / 2), d / 2, d / 2)
        else:
            pen = QPen(colour, max(series.width or LINE_WIDTH_PX, LINE_WIDTH_PX) * s, Qt.PenStyle.DashLine if series.kind == "dashed" else Qt.PenStyle.SolidLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 22 * s, y + fm.height() / 2))
        p.setPen(AXIS)
        p.drawText(QPointF(x + 28 * s, y + fm.ascent()), series.name)
        x += 28 * s + fm.horizontalAdvance(series.name) + 22 * s
    p.end()
    return image
