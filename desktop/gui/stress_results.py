"""What a stress run shows: headline figures, the fan chart, the two distributions and the test-date table.

Everything is drawn from a run's summary (the dict ``core.stress.execute`` returns and the workspace
stores), so a reopened run looks exactly like a fresh one.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ..core import fmt
from ..core.engine.models import model_label
from ..core.engine.valuation import day_number
from ..core.stress import is_earlier_engine, sale_text, with_sale_advice
from .charts import PALETTE, ChartPanel, date_plot, day_seconds, histogram_plot, legend_below, pen
from .table_model import Column, RecordTableModel
from .widgets import FigureCard, column, note_label, record_table

MILLION = 1e6
BAND_BRUSHES = {"outer": (31, 78, 121, 45), "inner": (31, 78, 121, 90)}
RUN_COLOURS = ("#1f4e79", "#c07a00", "#2e7d32", "#8e24aa", "#b00020", "#00838f", "#5d4037", "#546e7a")
HOW_TO_RUN = "Select a scenario in the library and press Run scenario (F5), or open a stored run."
EMPTY = {
    "fan": "Run a scenario to see the value of the bitcoin reserve along the scenario: its path, or for Monte "
           "Carlo the median and the 25-75% and 5-95% bands of the paths, with the IMF test dates marked.",
    "terminal": "Run a Monte Carlo scenario to see how the reserve's value at the horizon is spread across the "
                "paths, with today's value, VaR and ES marked (a historical episode or a shock follows one path).",
    "drawdown": "Run a scenario to see the deepest peak-to-trough fall of the reserve along each path, and its mean.",
    "test_dates": "For each IMF test date within the scenario's horizon, this table will show the projected NIR "
                  "(without bitcoin) against the program's adjusted floor, the headroom, the bitcoin to sell to "
                  "close a shortfall (never more than the reserve holds), what would still be short after that "
                  "sale, and the liquidation schedule.",
}
RESULTS_MIN_WIDTH_PX = 420  # a run's figures never widen the results and push the splitter the user set


def date_seconds(iso_dates: list[str]) -> np.ndarray:
    return day_seconds(np.array([day_number(dt.date.fromisoformat(x)) for x in iso_dates]))


def _to_sell_text(t: dict) -> str:
    """BTC to sell, never more than held; "all" when the whole stock goes and still falls short."""
    if t["headroom_usd"] is None or t["btc_to_sell"] is None:
        return "—"
    whole = t["uncovered_usd"] > 0 and t["btc_to_sell"] > 0 and t["btc_to_sell"] >= t["btc_held"]
    return ("all " if whole else "") + fmt.btc(t["btc_to_sell"], 0)


def _musd(v: float | None) -> str:
    return "—" if v is None else fmt.usd(v / MILLION)


@dataclass(frozen=True)
class Figure:
    """One row of the test-date table: a figure shown for each test date (the dates are the columns)."""

    label: str
    text: Callable[[dict], str]
    tip: str = ""
    warn: Callable[[dict], bool] = lambda t: False


TEST_DATE_FIGURES = [
    Figure("Arrangement", lambda t: t["arrangement"]),
    Figure("NIR floor, adjusted (US$ m)", lambda t: _musd(t["adjusted_floor_usd"]),
           "The program's floor, adjusted for budget support received above or below its baseline"),
    Figure("Baseline NIR (US$ m)", lambda t: _musd(t["baseline_nir_usd"]),
           "Gross reserves less IMF credit, projected by the program's purchases and repayments (no bitcoin)"),
    Figure("Macro shocks (US$ m)", lambda t: _musd(0.0 - t["macro_loss_usd"]),  # 0.0 - 0.0: no "-0"
           "Change of reserves from the scenario's export, import, remittance and other-flow shocks"),
    Figure("Projected NIR (US$ m)", lambda t: _musd(t["nir_usd"])),
    Figure("Headroom (US$ m)", lambda t: _musd(t["headroom_usd"]), "Projected NIR less the adjusted floor",
           lambda t: t["headroom_usd"] is not None and t["headroom_usd"] < 0),
    Figure("BTC to sell to close the gap", _to_sell_text,
           "Sold in one day at the 5th-percentile price, so that the proceeds net of the expected execution cost "
           "(square-root law) close a negative headroom; never more than the bitcoin held"),
    Figure("Still short after the sale (US$ m)", lambda t: _musd(t["uncovered_usd"]),
           "The shortfall less the net proceeds of the sale above: what the bitcoin cannot cover",
           lambda t: (t["uncovered_usd"] or 0) > 0),
    Figure("Bitcoin held", lambda t: fmt.btc(t["btc_held"], 0), "The reserve's bitcoin on the valuation date, held to the horizon"),
    Figure("BTC price, 5th percentile (US$)", lambda t: fmt.usd(t["btc_price_p05_usd"])),
    Figure("Holdings at that price (US$ m)", lambda t: _musd(t["btc_value_p05_usd"])),
    Figure("P(holdings fall short)", lambda t: fmt.pct(t["prob_btc_insufficient"]),
           "Share of paths on which selling the whole stock could not raise the shortfall",
           lambda t: (t["prob_btc_insufficient"] or 0) > 0.05),
    Figure("Execution cost of that one-day sale (US$ m)", lambda t: _musd(t["impact_cost_usd"]),
           "Expected cost of selling progressively through the day: 2/3 of the square-root law's peak impact "
           "(Tóth et al. 2011), on the value sold"),
    Figure("Price fall by the sale's end", lambda t: fmt.pct(t.get("peak_impact")),
           "Peak impact of that sale, Y x daily volatility x sqrt(value sold / daily volume): how far the price "
           "has fallen when the last bitcoin is sold"),
    Figure("Schedule: expected cost (US$ m)", lambda t: _musd((t["liquidation"] or {}).get("expected_cost_usd")),
           "The same bitcoin sold evenly over the chosen days (Almgren-Chriss, risk-neutral): the square-root "
           "law's expected execution cost at that daily rate"),
    Figure("Schedule: cost std. dev. (US$ m)", lambda t: _musd((t["liquidation"] or {}).get("cost_std_usd"))),
    Figure("Schedule: BTC sold each day", lambda t: ", ".join(f"{x:,.0f}" for x in (t["liquidation"] or {}).get("schedule_btc", []))
           or "—"),
]


# a run of an engine before "stress 4" priced its sale at the whole peak impact and front-loaded its schedule
EARLIER_ENGINE_FIGURES = {
    "Execution cost of that one-day sale (US$ m)": Figure(
        "Impact cost of that one-day sale (US$ m)", lambda t: _musd(t["impact_cost_usd"]),
        "The square-root law's whole peak impact on the value sold (an earlier engine's rule; today: 2/3 of it)"),
    "Schedule: expected cost (US$ m)": Figure(
        "Schedule: expected cost (US$ m)", lambda t: _musd((t["liquidation"] or {}).get("expected_cost_usd")),
        "Almgren-Chriss over the chosen days, front-loaded by a risk aversion of 1e-8 per US$ (an earlier engine's "
        "rule; today: sold evenly)"),
}


def _figures(earlier_engine: bool) -> list[Figure]:
    return [EARLIER_ENGINE_FIGURES.get(f.label, f) for f in TEST_DATE_FIGURES] if earlier_engine else TEST_DATE_FIGURES


def _place(line: pg.InfiniteLine, position: float, label: str | None = None) -> None:
    """Show a marker line at ``position``; visible first, since a hidden line's label does not follow it."""
    line.setVisible(True)
    line.setPos(position)
    if label is not None:
        line.label.setFormat(label)


def _worst(summary: dict) -> dict | None:
    """The test date with the least headroom."""
    known = [t for t in summary["test_dates"] if t["headroom_usd"] is not None]
    return min(known, key=lambda t: t["headroom_usd"], default=None)


class RunResults(QWidget):
    """One run: cards, fan chart, terminal and drawdown distributions, test-date table, notes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = note_label("Run a scenario, or open a stored run, to see its results.")
        layout.addWidget(self.title)
        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [
            ("start", "Bitcoin reserve today"), ("median", "Median, horizon"), ("p05", "5th percentile, horizon"),
            ("var", "VaR 95%, horizon"), ("drawdown", "Maximum drawdown"), ("headroom", "Worst headroom")]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        self.setMinimumWidth(RESULTS_MIN_WIDTH_PX)  # not the cards' widths, which change with each run

        self.tabs = QTabWidget()
        self.fan = date_plot("Bitcoin reserve value: median, 25-75% and 5-95% of paths", "US$ millions", long_series=False)
        legend_below(self.fan, columns=3)
        self.terminal = histogram_plot("Value of the bitcoin reserve at the horizon (end bars gather the 0.1% tails)",
                                             "Value at the horizon (US$ millions)")
        self.drawdown = histogram_plot("Deepest peak-to-trough fall of each path", "Maximum drawdown (%)")
        self.panels = {key: ChartPanel(plot, f"{EMPTY[key]}\n\n{HOW_TO_RUN}") for key, plot in
                       (("fan", self.fan), ("terminal", self.terminal), ("drawdown", self.drawdown))}
        self.tabs.addTab(self.panels["fan"], "Fan chart")
        self.tabs.addTab(self.panels["terminal"], "Terminal distribution")
        self.tabs.addTab(self.panels["drawdown"], "Maximum drawdown")
        self.test_model = RecordTableModel([])
        self.test_view = record_table(self.test_model, stretch_column=None, max_width=600)
        self.test_note = note_label()
        self.test_empty = QLabel()
        self.test_empty.setObjectName("Note")
        self.test_empty.setWordWrap(True)
        self.test_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.test_empty.setMargin(24)
        self.test_pages = QStackedWidget()  # the table, or while there is none a sentence saying what it will hold
        self.test_pages.addWidget(self.test_empty)
        self.test_pages.addWidget(column(self.test_view, self.test_note))
        self.tabs.addTab(self.test_pages, "Test dates")
        layout.addWidget(self.tabs, 1)
        self.notes = note_label()
        layout.addWidget(self.notes)
        self._pending: list = []
        self._build_charts()
        self.clear()  # every chart and the table say what will fill them

    def queue(self, work) -> None:
        """Run ``work`` in a later turn of the event loop, one piece a turn, so that drawing a run's charts
        never holds the window for long."""
        self._pending.append(work)
        if len(self._pending) == 1:
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            QTimer.singleShot(0, self, self._next)

    def drop_pending(self) -> None:
        self._pending.clear()

    def clear(self, message: str = "Run a scenario, or open a stored run, to see its results.") -> None:
        self.title.setText(message)
        for card in self.cards.values():
            card.set("—")
        for curve in (*self.bands.values(), self.median):
            curve.setData([], [])
        for bars in (self.terminal_bars, self.drawdown_bars):
            bars.setOpts(x0=[], x1=[], height=[])
        for line in (self.fan_today, *self.test_lines, *self.terminal_lines, self.drawdown_mean):
            line.setVisible(False)
        for panel in self.panels.values():
            panel.show_empty()
        self._fill_test_dates([])
        self._show_test_empty(f"{EMPTY['test_dates']}\n\n{HOW_TO_RUN}")
        self.test_note.setText("")
        self.notes.setText("")

    def _show_test_empty(self, text: str) -> None:
        self.test_empty.setText(text)
        self.test_pages.setCurrentWidget(self.test_empty)

    def show_run(self, summary: dict, title: str) -> None:
        s = with_sale_advice(summary)  # a run stored before sales were capped at the holdings is capped here
        self.title.setText(title)
        start = s["start_value_usd"]
        single = s["paths"] == 1
        self.cards["start"].set(fmt.usd_short(start), f"{fmt.btc(s['btc'])} BTC at US${s['price_usd']:,.0f} on {s['start_date']}")
        t = s["terminal"]
        self.cards["median"].set(fmt.usd_short(t["p50"]), f"{t['p50'] / start - 1:+.1%} after {s['horizon_days']} days"
                                 if start else f"after {s['horizon_days']} days")
        self.cards["p05"].set(fmt.usd_short(t["p05"]), "one path: the scenario's value" if single else
                              f"1st percentile {fmt.usd_short(t['p01'])}")
        self.cards["var"].set(fmt.pct(s["var"]["0.95"]), f"ES {fmt.pct(s['es']['0.95'])}; at 99%: VaR "
                              f"{fmt.pct(s['var']['0.99'])}, ES {fmt.pct(s['es']['0.99'])} of today's value",
                              tooltip="Loss at the horizon as a fraction of today's value: historical quantile of the "
                                      "simulated values (lower empirical quantile); ES averages the tail beyond it.")
        dd = s["max_drawdown"]
        self.cards["drawdown"].set(fmt.pct(dd["mean"]), "the path's" if single else
                                   f"mean; median {fmt.pct(dd['p50'])}, 95th percentile {fmt.pct(dd['p95'])}")
        worst = _worst(s)
        if worst is None:
            self.cards["headroom"].set("—", "no test date within the horizon" if not s["test_dates"] else
                                       "no reserve figure to project NIR from")
        else:
            self.cards["headroom"].set(fmt.usd_short(worst["headroom_usd"]), f"{worst['date']}: "
                                       + (sale_text(worst) if worst["headroom_usd"] < 0 else "above the floor"),
                                       warn=worst["headroom_usd"] < 0)
        self._pending.clear()
        for draw in (self._draw_fan, self._draw_terminal, self._draw_drawdown):
            self.queue(functools.partial(draw, s))
        self._fill_test_dates(s["test_dates"], is_earlier_engine(s))
        if s["test_dates"]:
            self.test_pages.setCurrentIndex(1)
        else:
            self._show_test_empty(f"No IMF test date of the workspace's arrangements falls within this run's "
                                  f"{s['horizon_days']:,}-day horizon from {s['start_date']}: there is no NIR floor "
                                  "to test. Enter the program's test dates in IMF Program, or run a longer scenario.")
        self.test_note.setText(
            "No IMF test date falls within the horizon." if not s["test_dates"] else
            f"Bitcoin is not counted in NIR (the IMF's definition). Market impact: square-root law, daily volume "
            f"US${s['daily_volume_usd'] / 1e9:,.1f} bn, volatility {s['daily_volatility_for_impact']:.2%} a day; "
            "hover a figure for its method.")
        self.notes.setText(" ".join(filter(None, [s.get("calibration"), *s.get("notes", [])])))

    def _fill_test_dates(self, tests: list[dict], earlier_engine: bool = False) -> None:
        columns = [Column("Figure", lambda f: f.label, tooltip=lambda f: f.tip or None)]
        columns += [Column(t["date"], lambda f, t=t: f.text(t), numeric=True, warn=lambda f, t=t: f.warn(t),
                           tooltip=lambda f: f.tip or None) for t in tests]
        self.test_model.columns = columns
        self.test_model.set_records(_figures(earlier_engine) if tests else [])

    def _build_charts(self) -> None:
        """Every chart item is made once, here; a run only sets their data, which keeps showing it quick."""
        self.bands = {k: pg.PlotCurveItem(pen=None) for k in ("p05", "p25", "p75", "p95")}
        self.outer_band = pg.FillBetweenItem(self.bands["p05"], self.bands["p95"], brush=BAND_BRUSHES["outer"])
        self.inner_band = pg.FillBetweenItem(self.bands["p25"], self.bands["p75"], brush=BAND_BRUSHES["inner"])
        for band in (self.outer_band, self.inner_band):
            self.fan.addItem(band)
        self.median = self.fan.plot([], [], pen=pen("line", 2.5))
        # legend keys for the bands: bar items that are never drawn
        self.outer_key = pg.BarGraphItem(x=[0], height=[0], width=0, brush=BAND_BRUSHES["outer"])
        self.inner_key = pg.BarGraphItem(x=[0], height=[0], width=0, brush=BAND_BRUSHES["inner"])
        self.fan_today = self._line(self.fan, 0, PALETTE["cost"], Qt.PenStyle.DotLine, "today", 0.97)
        self.test_lines: list[pg.InfiniteLine] = []
        self._legend_for_bands: bool | None = None
        self.terminal_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=PALETTE["bar"], pen=pg.mkPen("w"))
        self.terminal.addItem(self.terminal_bars)
        self.terminal_lines = [self._line(self.terminal, 90, colour, style, label, position) for colour, style, label, position in (
            (PALETTE["cost"], Qt.PenStyle.DotLine, "today", 0.9), ("#b00020", Qt.PenStyle.DashLine, "VaR 95%", 0.9),
            ("#b00020", Qt.PenStyle.SolidLine, "ES 95%", 0.8))]
        self.drawdown_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=PALETTE["bar"], pen=pg.mkPen("w"))
        self.drawdown.addItem(self.drawdown_bars)
        self.drawdown_mean = self._line(self.drawdown, 90, "#b00020", Qt.PenStyle.DashLine, "mean", 0.9)

    @staticmethod
    def _line(plot: pg.PlotWidget, angle: int, colour: str, style, label: str, position: float) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=angle, pen=pg.mkPen(colour, width=1.5 if angle else 1, style=style), label=label,
                               labelOpts={"position": position, "color": colour})
        line.setVisible(False)
        plot.addItem(line)
        return line

    def _draw_fan(self, s: dict) -> None:
        self.panels["fan"].show_chart()
        x = date_seconds(s["fan"]["dates"])
        several = s["paths"] > 1
        for key, curve in self.bands.items():
            curve.setData(x, np.array(s["fan"][key]) / MILLION)
        self.outer_band.setVisible(several)
        self.inner_band.setVisible(several)
        self.median.setData(x, np.array(s["fan"]["p50"]) / MILLION)
        if several != self._legend_for_bands:  # rebuilt only when the kind of run changes: it is slow to draw
            legend = self.fan.getPlotItem().legend
            legend.clear()
            if several:
                legend.addItem(self.outer_key, "5-95% of paths")
                legend.addItem(self.inner_key, "25-75% of paths")
            legend.addItem(self.median, "Median" if several else "The scenario's path")
            self._legend_for_bands = several
        _place(self.fan_today, s["start_value_usd"] / MILLION)
        tests = s["test_dates"]
        while len(self.test_lines) < len(tests):
            self.test_lines.append(self._line(self.fan, 90, "#b00020", Qt.PenStyle.DashLine, "", 0.06))
        for line, t in zip(self.test_lines, tests, strict=False):
            _place(line, float(date_seconds([t["date"]])[0]), f"test date {t['date']}")
        for line in self.test_lines[len(tests):]:
            line.setVisible(False)
        self.fan.getPlotItem().enableAutoRange()

    @staticmethod
    def _set_bars(bars: pg.BarGraphItem, histogram: dict, scale: float) -> None:
        edges = np.array(histogram["edges"]) * scale
        bars.setOpts(x0=edges[:-1], x1=edges[1:], height=np.array(histogram["counts"]))

    def _draw_terminal(self, s: dict) -> None:
        self.panels["terminal"].show_chart()
        self._set_bars(self.terminal_bars, s["terminal_histogram"], 1 / MILLION)
        start = s["start_value_usd"] / MILLION
        for line, level in zip(self.terminal_lines, (start, start * (1 - s["var"]["0.95"]), start * (1 - s["es"]["0.95"])),
                               strict=True):
            _place(line, level)
        self.terminal.getPlotItem().enableAutoRange()

    def _draw_drawdown(self, s: dict) -> None:
        self.panels["drawdown"].show_chart()
        self._set_bars(self.drawdown_bars, s["drawdown_histogram"], 100)
        _place(self.drawdown_mean, s["max_drawdown"]["mean"] * 100)
        self.drawdown.getPlotItem().enableAutoRange()


COMPARE_ROWS = [
    ("Scenario", lambda s: s["scenario_name"]),
    ("Kind", lambda s: f"Monte Carlo, {model_label(s['model'])}" if s["source"] == "monte carlo" else
     {"replayed": "historical, replayed", "stylised": "historical, stylised", "shock": "hypothetical shock"}[s["source"]]),
    ("Paths", lambda s: f"{s['paths']:,}"),
    ("Seed", lambda s: str(s["seed"])),
    ("Valuation date", lambda s: s["start_date"]),
    ("Horizon (days)", lambda s: f"{s['horizon_days']:,}"),
    ("Reserve today (US$ m)", lambda s: fmt.usd(s["start_value_usd"] / MILLION)),
    ("Median at horizon (US$ m)", lambda s: fmt.usd(s["terminal"]["p50"] / MILLION)),
    ("5th percentile (US$ m)", lambda s: fmt.usd(s["terminal"]["p05"] / MILLION)),
    ("VaR 95% / 99%", lambda s: f"{fmt.pct(s['var']['0.95'])} / {fmt.pct(s['var']['0.99'])}"),
    ("ES 95% / 99%", lambda s: f"{fmt.pct(s['es']['0.95'])} / {fmt.pct(s['es']['0.99'])}"),
    ("Mean maximum drawdown", lambda s: fmt.pct(s["max_drawdown"]["mean"])),
    ("Worst headroom (US$ m)", lambda s: fmt.usd(None if _worst(s) is None else _worst(s)["headroom_usd"] / MILLION)),
    ("Bitcoin held (BTC)", lambda s: fmt.btc(s["btc"], 0)),
    ("Most BTC to sell", lambda s: fmt.btc(max((t["btc_to_sell"] or 0 for t in s["test_dates"]), default=None), 0)),
    ("Most left short after selling (US$ m)", lambda s: fmt.usd(max((t["uncovered_usd"] / MILLION for t in s["test_dates"]
                                                                      if t["uncovered_usd"] is not None), default=None))),
    ("Highest P(holdings fall short)", lambda s: fmt.pct(max((t["prob_btc_insufficient"] for t in s["test_dates"]
                                                               if t["prob_btc_insufficient"] is not None), default=None))),
]


class RunComparison(QWidget):
    """Two or more stored runs side by side: their key figures and their medians on one chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecordTableModel([Column("Figure", lambda r: r[0])])
        self.view = record_table(self.model, stretch_column=None)
        self.plot = date_plot("Median value of the bitcoin reserve, each run", "US$ millions", long_series=False)
        legend_below(self.plot, columns=3)
        self.panel = ChartPanel(self.plot, "Select two or more stored runs in the list on the left (Ctrl+click) and "
                                           "press Compare: their key figures appear side by side above, and their "
                                           "medians on one chart here.")
        self.note = note_label("Select two or more stored runs and press Compare.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.panel, 2)

    def show_runs(self, runs: list[tuple[int, dict]]) -> None:
        columns = [Column("Figure", lambda r: r[0])]
        columns += [Column(f"Run {run_id}", lambda r, i=i: r[1][i]) for i, (run_id, _) in enumerate(runs)]
        self.model.columns = columns
        runs = [(run_id, with_sale_advice(s)) for run_id, s in runs]  # runs stored before sales were capped
        self.model.set_records([(label, [get(s) for _, s in runs]) for label, get in COMPARE_ROWS])
        self.plot.clear()
        self.panel.show_chart()
        for i, (run_id, s) in enumerate(runs):
            colour = RUN_COLOURS[i % len(RUN_COLOURS)]
            self.plot.plot(date_seconds(s["fan"]["dates"]), np.array(s["fan"]["p50"]) / MILLION,
                           pen=pg.mkPen(colour, width=2), name=f"Run {run_id}: {s['scenario_name']}")
        self.note.setText(f"{len(runs)} runs compared. Values in US$ unless marked; each run at its own valuation date.")
