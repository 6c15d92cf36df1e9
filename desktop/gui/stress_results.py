"""What a stress run shows: headline figures, the fan chart, the two distributions and the test-date table.

Everything is drawn from a run's summary (the dict ``core.stress.execute`` returns and the workspace
stores), so a reopened run looks exactly like a fresh one.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ..core import builtin_words, fmt, fx
from ..core.engine.models import model_label
from ..core.engine.valuation import day_number
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.stress import is_earlier_engine, sale_text, with_sale_advice
from .charts import PALETTE, ChartPanel, date_plot, day_seconds, histogram_plot, legend_below, pen
from .table_model import Column, RecordTableModel
from .widgets import FigureCard, column, note_label, record_table

MILLION = 1e6
BAND_BRUSHES = {"outer": (31, 78, 121, 45), "inner": (31, 78, 121, 90)}
RUN_COLOURS = ("#1f4e79", "#c07a00", "#2e7d32", "#8e24aa", "#b00020", "#00838f", "#5d4037", "#546e7a")
HOW_TO_RUN = QT_TRANSLATE_NOOP("RunResults", "Select a scenario in the library and press Run scenario (F5), or open a stored run.")
EMPTY = {  # what each chart and the test-date table will show, in their place until a run fills them
    "fan": QT_TRANSLATE_NOOP("RunResults", "Run a scenario to see the value of the bitcoin reserve along the scenario: its path, or for Monte Carlo the median and the 25-75% and 5-95% bands of the paths, with the IMF test dates marked."),
    "terminal": QT_TRANSLATE_NOOP("RunResults", "Run a Monte Carlo scenario to see how the reserve's value at the horizon is spread across the paths, with today's value, VaR and ES marked (a historical episode or a shock follows one path)."),
    "drawdown": QT_TRANSLATE_NOOP("RunResults", "Run a scenario to see the deepest peak-to-trough fall of the reserve along each path, and its mean."),
    "test_dates": QT_TRANSLATE_NOOP("RunResults", "For each IMF test date within the scenario's horizon, this table will show the projected NIR (without bitcoin) against the program's adjusted floor, the headroom, the bitcoin to sell to close a shortfall (never more than the reserve holds), what would still be short after that sale, and the liquidation schedule."),
}
RESULTS_MIN_WIDTH_PX = 420  # a run's figures never widen the results and push the splitter the user set


def _empty_text(key: str) -> str:
    return f"{translate('RunResults', EMPTY[key])}\n\n{translate('RunResults', HOW_TO_RUN)}"


def _signed_pct(x: float) -> str:
    """A change as a percentage with its sign: +12.5%, -50.0%."""
    return ("+" if x >= 0 else "") + fmt.pct(x)


def date_seconds(iso_dates: list[str]) -> np.ndarray:
    return day_seconds(np.array([day_number(dt.date.fromisoformat(x)) for x in iso_dates]))


def _to_sell_text(t: dict) -> str:
    """BTC to sell, never more than held; "all" when the whole stock goes and still falls short."""
    if t["headroom_usd"] is None or t["btc_to_sell"] is None:
        return "—"
    whole = t["uncovered_usd"] > 0 and t["btc_to_sell"] > 0 and t["btc_to_sell"] >= t["btc_held"]
    btc = fmt.btc(t["btc_to_sell"], 0)
    #: the whole stock of bitcoin is to be sold, and still falls short
    return translate("RunResults", "all {btc}").format(btc=btc) if whole else btc


def _unit(text: str, code: str) -> str:
    """A translated label or axis with its unit in the reporting currency: "Headroom (US$ m)" -> "Headroom (PKR m)"."""
    return text if code == fx.USD else text.replace("US$", fmt.currency_label(code))


def _convert(conv: fx.Converter | None, usd: float | None, day: str) -> float | None:
    """A US$ figure dated ``day`` (ISO) in the reporting currency; None when it or its rate is missing."""
    if usd is None or conv is None or conv.identity:
        return usd
    return conv.from_usd(usd, dt.date.fromisoformat(day))


def _rate_tip(conv: fx.Converter | None, day: str) -> str:
    """Which rate a figure dated ``day`` converts at, or why it has none (nothing to say in US$)."""
    return "" if conv is None else conv.explain(dt.date.fromisoformat(day))


def _horizon_date(s: dict) -> str:
    return (dt.date.fromisoformat(s["start_date"]) + dt.timedelta(days=s["horizon_days"])).isoformat()


def _millions(v: float | None, decimals: int = 0) -> str:
    return "—" if v is None else fmt.number(v / MILLION, decimals)


@dataclass(frozen=True)
class Figure:
    """One row of the test-date table: a figure shown for each test date (the dates are the columns). A money
    figure gives its US$ amount (``usd``) and is shown in the reporting currency at its test date's rate."""

    label: str
    text: Callable[[dict], str] | None = None
    tip: str = ""
    warn: Callable[[dict], bool] = lambda t: False
    usd: Callable[[dict], float | None] | None = None
    scale: float = MILLION

    def shown(self, t: dict, conv: fx.Converter | None) -> str:
        if self.usd is None:
            return self.text(t)
        value = _convert(conv, self.usd(t), t["date"])
        return "—" if value is None else fmt.number(value / self.scale, 0)


def _money(label: str, usd: Callable[[dict], float | None], tip: str = "",
           warn: Callable[[dict], bool] = lambda t: False, scale: float = MILLION) -> Figure:
    return Figure(label, None, tip, warn, usd, scale)


# labels and tips marked for translation (context RunResults) and translated where the table shows them
TEST_DATE_FIGURES = [
    Figure(QT_TRANSLATE_NOOP("RunResults", "Arrangement"), lambda t: t["arrangement"]),
    _money(QT_TRANSLATE_NOOP("RunResults", "NIR floor, adjusted (US$ m)"), lambda t: t["adjusted_floor_usd"],
           QT_TRANSLATE_NOOP("RunResults", "The program's floor, adjusted for budget support received above or below "
                                           "its baseline")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Baseline NIR (US$ m)"), lambda t: t["baseline_nir_usd"],
           QT_TRANSLATE_NOOP("RunResults", "Gross reserves less IMF credit, projected by the program's purchases and "
                                           "repayments (no bitcoin)")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Macro shocks (US$ m)"), lambda t: 0.0 - t["macro_loss_usd"],  # 0.0 - 0.0: no "-0"
           QT_TRANSLATE_NOOP("RunResults", "Change of reserves from the scenario's export, import, remittance and "
                                           "other-flow shocks")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Projected NIR (US$ m)"), lambda t: t["nir_usd"]),
    _money(QT_TRANSLATE_NOOP("RunResults", "Headroom (US$ m)"), lambda t: t["headroom_usd"],
           QT_TRANSLATE_NOOP("RunResults", "Projected NIR less the adjusted floor"),
           lambda t: t["headroom_usd"] is not None and t["headroom_usd"] < 0),
    Figure(QT_TRANSLATE_NOOP("RunResults", "BTC to sell to close the gap"), _to_sell_text,
           QT_TRANSLATE_NOOP("RunResults", "Sold in one day at the 5th-percentile price, so that the proceeds net of "
                                           "the expected execution cost (square-root law) close a negative headroom; "
                                           "never more than the bitcoin held")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Still short after the sale (US$ m)"), lambda t: t["uncovered_usd"],
           QT_TRANSLATE_NOOP("RunResults", "The shortfall less the net proceeds of the sale above: what the bitcoin "
                                           "cannot cover"),
           lambda t: (t["uncovered_usd"] or 0) > 0),
    Figure(QT_TRANSLATE_NOOP("RunResults", "Bitcoin held"), lambda t: fmt.btc(t["btc_held"], 0),
           QT_TRANSLATE_NOOP("RunResults", "The reserve's bitcoin on the valuation date, held to the horizon")),
    _money(QT_TRANSLATE_NOOP("RunResults", "BTC price, 5th percentile (US$)"), lambda t: t["btc_price_p05_usd"], scale=1.0),
    _money(QT_TRANSLATE_NOOP("RunResults", "Holdings at that price (US$ m)"), lambda t: t["btc_value_p05_usd"]),
    Figure(QT_TRANSLATE_NOOP("RunResults", "P(holdings fall short)"), lambda t: fmt.pct(t["prob_btc_insufficient"]),
           QT_TRANSLATE_NOOP("RunResults", "Share of paths on which selling the whole stock could not raise the "
                                           "shortfall"),
           lambda t: (t["prob_btc_insufficient"] or 0) > 0.05),
    _money(QT_TRANSLATE_NOOP("RunResults", "Execution cost of that one-day sale (US$ m)"),
           lambda t: t["impact_cost_usd"],
           QT_TRANSLATE_NOOP("RunResults", "Expected cost of selling progressively through the day: 2/3 of the "
                                           "square-root law's peak impact (Tóth et al. 2011), on the value sold")),
    Figure(QT_TRANSLATE_NOOP("RunResults", "Price fall by the sale's end"), lambda t: fmt.pct(t.get("peak_impact")),
           QT_TRANSLATE_NOOP("RunResults", "Peak impact of that sale, Y x daily volatility x sqrt(value sold / daily "
                                           "volume): how far the price has fallen when the last bitcoin is sold")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Schedule: expected cost (US$ m)"),
           lambda t: (t["liquidation"] or {}).get("expected_cost_usd"),
           QT_TRANSLATE_NOOP("RunResults", "The same bitcoin sold evenly over the chosen days (Almgren-Chriss, "
                                           "risk-neutral): the square-root law's expected execution cost at that "
                                           "daily rate")),
    _money(QT_TRANSLATE_NOOP("RunResults", "Schedule: cost std. dev. (US$ m)"),
           lambda t: (t["liquidation"] or {}).get("cost_std_usd")),
    Figure(QT_TRANSLATE_NOOP("RunResults", "Schedule: BTC sold each day"),
           lambda t: ", ".join(fmt.number(x, 0) for x in (t["liquidation"] or {}).get("schedule_btc", [])) or "—"),
]


# a run of an engine before "stress 4" priced its sale at the whole peak impact and front-loaded its schedule
EARLIER_ENGINE_FIGURES = {
    "Execution cost of that one-day sale (US$ m)": _money(
        QT_TRANSLATE_NOOP("RunResults", "Impact cost of that one-day sale (US$ m)"), lambda t: t["impact_cost_usd"],
        QT_TRANSLATE_NOOP("RunResults", "The square-root law's whole peak impact on the value sold (an earlier "
                                        "engine's rule; today: 2/3 of it)")),
    "Schedule: expected cost (US$ m)": _money(
        QT_TRANSLATE_NOOP("RunResults", "Schedule: expected cost (US$ m)"),
        lambda t: (t["liquidation"] or {}).get("expected_cost_usd"),
        QT_TRANSLATE_NOOP("RunResults", "Almgren-Chriss over the chosen days, front-loaded by a risk aversion of 1e-8 "
                                        "per US$ (an earlier engine's rule; today: sold evenly)")),
}


def _figures(earlier_engine: bool) -> list[Figure]:
    return [EARLIER_ENGINE_FIGURES.get(f.label, f) for f in TEST_DATE_FIGURES] if earlier_engine else TEST_DATE_FIGURES


def _place(line: pg.InfiniteLine, position: float, label: str | None = None) -> None:
    """Show a marker line at ``position``; visible first, since a hidden line's label does not follow it."""
    line.setVisible(True)
    line.setPos(position)
    if label is not None:
        line.label.setFormat(label)


def _scales(conv: fx.Converter | None, iso_dates: list[str]) -> np.ndarray | None:
    """Millions of the reporting currency per US$ on each date (1e-6 in US$); None when a date has no rate."""
    if conv is None or conv.identity:
        return np.full(len(iso_dates), 1 / MILLION)
    days = np.array([dt.date.fromisoformat(x).toordinal() for x in iso_dates], dtype=np.int64)
    rates = conv.from_usd_series(np.ones(len(days)), days)
    return None if np.isnan(rates).any() else rates / MILLION


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
        self.title = note_label(self.tr("Run a scenario, or open a stored run, to see its results."))
        layout.addWidget(self.title)
        cards = QHBoxLayout()
        self.cards = {k: FigureCard(c) for k, c in [
            ("start", self.tr("Bitcoin reserve today")), ("median", self.tr("Median, horizon")),
            ("p05", self.tr("5th percentile, horizon")), ("var", self.tr("VaR 95%, horizon")),
            ("drawdown", self.tr("Maximum drawdown")), ("headroom", self.tr("Worst headroom"))]}
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        self.setMinimumWidth(RESULTS_MIN_WIDTH_PX)  # not the cards' widths, which change with each run

        self.tabs = QTabWidget()
        self.fan = date_plot(self.tr("Bitcoin reserve value: median, 25-75% and 5-95% of paths"), self.tr("US$ millions"),
                             long_series=False)
        legend_below(self.fan, columns=3)
        self.terminal = histogram_plot(self.tr("Value of the bitcoin reserve at the horizon (end bars gather the 0.1% "
                                               "tails)"), self.tr("Value at the horizon (US$ millions)"))
        self.drawdown = histogram_plot(self.tr("Deepest peak-to-trough fall of each path"), self.tr("Maximum drawdown (%)"))
        self.panels = {key: ChartPanel(plot, _empty_text(key)) for key, plot in
                       (("fan", self.fan), ("terminal", self.terminal), ("drawdown", self.drawdown))}
        self.tabs.addTab(self.panels["fan"], self.tr("Fan chart"))
        self.tabs.addTab(self.panels["terminal"], self.tr("Terminal distribution"))
        self.tabs.addTab(self.panels["drawdown"], self.tr("Maximum drawdown"))
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
        self.tabs.addTab(self.test_pages, self.tr("Test dates"))
        self.fund_note = note_label()
        self.fund_model = RecordTableModel([])
        self.fund_view = record_table(self.fund_model, stretch_column=None, max_width=600)
        self.tabs.addTab(column(self.fund_note, self.fund_view), self.tr("Owed to the IMF"))
        layout.addWidget(self.tabs, 1)
        self.notes = note_label()
        layout.addWidget(self.notes)
        self._pending: list = []
        self.shown: tuple[dict, str] | None = None  # the run on show and its title, drawn again in another currency
        self.conv: fx.Converter | None = None  # the reporting currency at the run's valuation date; None: US$
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

    def clear(self, message: str | None = None) -> None:
        self.title.setText(message or self.tr("Run a scenario, or open a stored run, to see its results."))
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
        self._show_test_empty(_empty_text("test_dates"))
        self.test_note.setText("")
        self.notes.setText("")
        self.shown = None
        self._fill_fund(None)

    def _show_test_empty(self, text: str) -> None:
        self.test_empty.setText(text)
        self.test_pages.setCurrentWidget(self.test_empty)

    def show_run(self, summary: dict, title: str, conv: fx.Converter | None = None) -> None:
        """Show a run, its money figures in ``conv``'s currency (its valuation date the run's start date), each at
        the rate of its own date; without ``conv``, in US$."""
        self.shown, self.conv = (summary, title), conv
        code = conv.code if conv else fx.USD
        s = with_sale_advice(summary)  # a run stored before sales were capped at the holdings is capped here
        self.title.setText(title)
        start, start_date, end_date = s["start_value_usd"], s["start_date"], _horizon_date(s)
        single = s["paths"] == 1

        def money(usd: float | None, day: str) -> str:
            return fmt.money_short(_convert(conv, usd, day), code)

        start_local = _convert(conv, start, start_date)
        self.cards["start"].set(money(start, start_date), self.tr("{btc} BTC at {price} on {date}").format(
            btc=fmt.btc(s["btc"]), price=fmt.money(_convert(conv, s["price_usd"], start_date), code), date=start_date),
            tooltip=_rate_tip(conv, start_date))
        t = s["terminal"]
        days = s["horizon_days"]
        median = _convert(conv, t["p50"], end_date)
        self.cards["median"].set(money(t["p50"], end_date), self.tr("{change} after {days} days").format(
            change=_signed_pct(median / start_local - 1), days=days) if start_local and median is not None else
            self.tr("after {days} days").format(days=days), tooltip=_rate_tip(conv, end_date))
        self.cards["p05"].set(money(t["p05"], end_date), self.tr("one path: the scenario's value") if single else
                              self.tr("1st percentile {value}").format(value=money(t["p01"], end_date)),
                              tooltip=_rate_tip(conv, end_date))
        self.cards["var"].set(fmt.pct(s["var"]["0.95"]), self.tr("ES {es95}; at 99%: VaR {var99}, ES {es99} of today's "
                                                                 "value").format(
                                  es95=fmt.pct(s["es"]["0.95"]), var99=fmt.pct(s["var"]["0.99"]), es99=fmt.pct(s["es"]["0.99"])),
                              tooltip=self.tr("Loss at the horizon as a fraction of today's value: historical quantile "
                                              "of the simulated values (lower empirical quantile); ES averages the "
                                              "tail beyond it."))
        dd = s["max_drawdown"]
        #: the card's figure is the maximum drawdown of the scenario's one path
        self.cards["drawdown"].set(fmt.pct(dd["mean"]), self.tr("the path's") if single else
                                   self.tr("mean; median {median}, 95th percentile {p95}").format(
                                       median=fmt.pct(dd["p50"]), p95=fmt.pct(dd["p95"])))
        worst = _worst(s)
        if worst is None:
            self.cards["headroom"].set("—", self.tr("no test date within the horizon") if not s["test_dates"] else
                                       self.tr("no reserve figure to project NIR from"))
        else:
            advice = (sale_text(worst, lambda usd: money(usd, worst["date"])) if worst["headroom_usd"] < 0 else
                      self.tr("above the floor"))
            self.cards["headroom"].set(money(worst["headroom_usd"], worst["date"]), f"{worst['date']}: {advice}",
                                       tooltip=_rate_tip(conv, worst["date"]), warn=worst["headroom_usd"] < 0)
        self._pending.clear()
        for draw in (self._draw_fan, self._draw_terminal, self._draw_drawdown):
            self.queue(functools.partial(draw, s))
        self._fill_test_dates(s["test_dates"], is_earlier_engine(s))
        if s["test_dates"]:
            self.test_pages.setCurrentIndex(1)
        else:
            self._show_test_empty(self.tr(
                "No IMF test date of the workspace's arrangements falls within this run's {days}-day horizon from "
                "{date}: there is no NIR floor to test. Enter the program's test dates in IMF Program, or run a longer "
                "scenario.").format(days=fmt.number(days), date=s["start_date"]))
        self.test_note.setText(
            self.tr("No IMF test date falls within the horizon.") if not s["test_dates"] else
            self.tr("Bitcoin is not counted in NIR (the IMF's definition). Market impact: square-root law, daily "
                    "volume US${volume} bn, volatility {volatility} a day; hover a figure for its method.").format(
                volume=fmt.number(s["daily_volume_usd"] / 1e9, 1), volatility=fmt.pct(s["daily_volatility_for_impact"], 2)))
        self._fill_fund(s)
        rates = None
        if conv is not None and not conv.identity:
            #: the run's money figures in the reporting currency: the rate they convert at (today's and the horizon's)
            start_rate, later_rate = _rate_tip(conv, start_date), _rate_tip(conv, end_date)
            rates = (self.tr("Money figures in {currency} at {rate}.").format(currency=fmt.currency_label(code),
                                                                              rate=start_rate)
                     if start_rate == later_rate else
                     self.tr("Money figures in {currency}: today's at {start}; later dates at {later}.").format(
                         currency=fmt.currency_label(code), start=start_rate, later=later_rate))
        self.notes.setText(" ".join(filter(None, [rates, s.get("calibration"), *s.get("notes", [])])))

    def _fill_fund(self, s: dict | None) -> None:
        """The payments due to the Fund within the horizon, and their cost in the local currency with and without
        the scenario's depreciation; a run stored before engine "stress 6" did not record them."""
        f = (s or {}).get("fund_obligations")
        code = (f or {}).get("currency") or ""
        label = fmt.currency_label(code) if code else ""
        columns = [Column(self.tr("Date"), lambda r: r["date"]), Column(self.tr("Credit line"), lambda r: r["line"]),
                   Column(self.tr("SDR m"), lambda r: r["amount_sdr"], lambda v: _millions(v, 1), numeric=True),
                   Column(self.tr("US$ m"), lambda r: r["amount_usd"], lambda v: _millions(v, 1), numeric=True)]
        if f and f["local_missing"] is None:
            columns += [
                Column(self.tr("{currency} per US$ (path)").format(currency=label), lambda r: r["fx_rate_path"],
                       lambda v: "" if v is None else fmt.number(v, 2), numeric=True),
                Column(self.tr("{currency} m at the path").format(currency=label), lambda r: r["local_at_path"],
                       _millions, numeric=True),
                Column(self.tr("{currency} m with the shock").format(currency=label), lambda r: r["local_with_shock"],
                       _millions, numeric=True)]
        self.fund_model.columns = columns
        if s is None:
            self.fund_note.setText(self.tr("Run a scenario to see what falls due to the IMF within its horizon and its "
                                           "cost in the local currency, with and without the scenario's depreciation."))
            self.fund_model.set_records([])
            return
        if f is None:
            self.fund_note.setText(self.tr("This run was stored before runs recorded the payments due to the IMF: "
                                           "run the scenario again to see them."))
            self.fund_model.set_records([])
            return
        rows = f["payments"]
        total = {"date": self.tr("Total"), "line": "", **{k: f[k] for k in ("local_at_path", "local_with_shock")},
                 "amount_sdr": f["total_sdr"], "amount_usd": f["total_usd"], "fx_rate_path": None}
        self.fund_model.set_records([*rows, total] if rows else [])
        self.fund_note.setText(self._fund_text(f, s))

    def _fund_text(self, f: dict, s: dict) -> str:
        if f["payments_missing"]:
            return self.tr("The payments due to the IMF cannot be listed: {reason}.").format(reason=f["payments_missing"])
        if not f["payments"]:
            return self.tr("No payment to the IMF falls due within this run's {days}-day horizon.").format(
                days=fmt.number(s["horizon_days"]))
        due = self.tr("Due to the IMF within the horizon: {sdr} ({usd} at US${rate} per SDR, the rate of the IMF "
                      "figures).").format(
            sdr=fmt.money_short(f["total_sdr"], fx.SDR), usd=fmt.usd_short(f["total_usd"]),
            rate=fmt.number(f["usd_per_sdr"], 4))
        code = f["currency"]
        if f["local_missing"] == "no_local_currency":
            return due + " " + self.tr("Their cost in the local currency is not available: this workspace names no "
                                       "local currency (Currency settings).")
        start = dt.date.fromisoformat(s["start_date"])
        if f["local_missing"] == "no_rate":
            return due + " " + self.tr("Their cost in {currency} is not available: {reason}.").format(
                currency=code, reason=fx.no_rate_text(code, start))
        rate = fx.per_usd_text(code, f["fx_rate_start"])
        path = (self.tr("held flat after the valuation date") if not f["depreciation_per_year"] else
                self.tr("losing {pct} of its US$ value a year after the valuation date").format(
                    pct=fmt.pct(f["depreciation_per_year"], 1)))
        local = self.tr("In {currency}: {at_path} at {rate} (the rate of {date}), {path}.").format(
            currency=code, at_path=fmt.money_short(f["local_at_path"], code), rate=rate,
            date=fmt.date(dt.date.fromisoformat(f["fx_date"])), path=path)
        d = f["fx_depreciation"]
        if not d:
            return " ".join([due, local, self.tr("The scenario has no depreciation of the {currency}: give it one "
                                                 "(Edit…) to see what a fall would add.").format(currency=code)])
        shocked = self.tr("If the {currency} loses {pct} of its US$ value on day 1 (every rate divided by {keep}): "
                          "{with_shock}, {more} more (+{rise}).").format(
            currency=code, pct=fmt.pct(d, 1), keep=fmt.number(1 - d, 2),
            with_shock=fmt.money_short(f["local_with_shock"], code), more=fmt.money_short(f["shock_cost_local"], code),
            rise=fmt.pct(f["shock_cost_local"] / f["local_at_path"], 1) if f["local_at_path"] else "—")
        return " ".join([due, local, shocked])

    def _fill_test_dates(self, tests: list[dict], earlier_engine: bool = False) -> None:
        def tip(f: Figure) -> str | None:
            return translate("RunResults", f.tip) if f.tip else None

        def cell_tip(f: Figure, t: dict) -> str | None:
            return "\n\n".join(filter(None, [tip(f), _rate_tip(self.conv, t["date"]) if f.usd else ""])) or None

        code = self.conv.code if self.conv else fx.USD
        columns = [Column(self.tr("Figure"), lambda f: _unit(translate("RunResults", f.label), code), tooltip=tip)]
        columns += [Column(t["date"], lambda f, t=t: f.shown(t, self.conv), numeric=True, warn=lambda f, t=t: f.warn(t),
                           tooltip=lambda f, t=t: cell_tip(f, t)) for t in tests]
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
        #: a marker line on a chart: the reserve's value today
        today = self.tr("today")
        self.fan_today = self._line(self.fan, 0, PALETTE["cost"], Qt.PenStyle.DotLine, today, 0.97)
        self.test_lines: list[pg.InfiniteLine] = []
        self._legend_for_bands: bool | None = None
        self.terminal_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=PALETTE["bar"], pen=pg.mkPen("w"))
        self.terminal.addItem(self.terminal_bars)
        self.terminal_lines = [self._line(self.terminal, 90, colour, style, label, position) for colour, style, label, position in (
            (PALETTE["cost"], Qt.PenStyle.DotLine, today, 0.9), ("#b00020", Qt.PenStyle.DashLine, "VaR 95%", 0.9),
            ("#b00020", Qt.PenStyle.SolidLine, "ES 95%", 0.8))]
        self.drawdown_bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=PALETTE["bar"], pen=pg.mkPen("w"))
        self.drawdown.addItem(self.drawdown_bars)
        #: a marker line on the drawdown chart: the mean of the paths' maximum drawdowns
        self.drawdown_mean = self._line(self.drawdown, 90, "#b00020", Qt.PenStyle.DashLine, self.tr("mean"), 0.9)

    @staticmethod
    def _line(plot: pg.PlotWidget, angle: int, colour: str, style, label: str, position: float) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=angle, pen=pg.mkPen(colour, width=1.5 if angle else 1, style=style), label=label,
                               labelOpts={"position": position, "color": colour})
        line.setVisible(False)
        plot.addItem(line)
        return line

    def _scales(self, iso_dates: list[str]) -> np.ndarray | None:
        """Millions of the reporting currency per US$ on each date (1e-6 in US$); None when a date has no rate."""
        return _scales(self.conv, iso_dates)

    def _no_rate(self, day: str) -> str:
        return self.conv.no_rate_text(dt.date.fromisoformat(day)) if self.conv else ""

    def _draw_fan(self, s: dict) -> None:
        scale = self._scales(s["fan"]["dates"])
        if scale is None:
            self.panels["fan"].show_empty(self._no_rate(s["start_date"]))
            return
        self.panels["fan"].show_chart()
        code = self.conv.code if self.conv else fx.USD
        self.fan.setLabel("left", _unit(self.tr("US$ millions"), code))
        x = date_seconds(s["fan"]["dates"])
        several = s["paths"] > 1
        for key, curve in self.bands.items():
            curve.setData(x, np.array(s["fan"][key]) * scale)
        self.outer_band.setVisible(several)
        self.inner_band.setVisible(several)
        self.median.setData(x, np.array(s["fan"]["p50"]) * scale)
        if several != self._legend_for_bands:  # rebuilt only when the kind of run changes: it is slow to draw
            legend = self.fan.getPlotItem().legend
            legend.clear()
            if several:
                legend.addItem(self.outer_key, self.tr("5-95% of paths"))
                legend.addItem(self.inner_key, self.tr("25-75% of paths"))
            legend.addItem(self.median, self.tr("Median") if several else self.tr("The scenario's path"))
            self._legend_for_bands = several
        _place(self.fan_today, s["start_value_usd"] * scale[0])
        tests = s["test_dates"]
        while len(self.test_lines) < len(tests):
            self.test_lines.append(self._line(self.fan, 90, "#b00020", Qt.PenStyle.DashLine, "", 0.06))
        for line, t in zip(self.test_lines, tests, strict=False):
            _place(line, float(date_seconds([t["date"]])[0]), self.tr("test date {date}").format(date=t["date"]))
        for line in self.test_lines[len(tests):]:
            line.setVisible(False)
        self.fan.getPlotItem().enableAutoRange()

    @staticmethod
    def _set_bars(bars: pg.BarGraphItem, histogram: dict, scale: float) -> None:
        edges = np.array(histogram["edges"]) * scale
        bars.setOpts(x0=edges[:-1], x1=edges[1:], height=np.array(histogram["counts"]))

    def _draw_terminal(self, s: dict) -> None:
        scales = self._scales([s["start_date"], _horizon_date(s)])
        if scales is None:
            self.panels["terminal"].show_empty(self._no_rate(s["start_date"]))
            return
        self.panels["terminal"].show_chart()
        code = self.conv.code if self.conv else fx.USD
        self.terminal.setLabel("bottom", _unit(self.tr("Value at the horizon (US$ millions)"), code))
        self._set_bars(self.terminal_bars, s["terminal_histogram"], scales[1])
        # today's value and the VaR and ES levels are fractions of it: drawn at the horizon's rate, on the same axis
        start = s["start_value_usd"] * scales[1]
        for line, level in zip(self.terminal_lines, (start, start * (1 - s["var"]["0.95"]), start * (1 - s["es"]["0.95"])),
                               strict=True):
            _place(line, level)
        self.terminal.getPlotItem().enableAutoRange()

    def _draw_drawdown(self, s: dict) -> None:
        self.panels["drawdown"].show_chart()
        self._set_bars(self.drawdown_bars, s["drawdown_histogram"], 100)
        _place(self.drawdown_mean, s["max_drawdown"]["mean"] * 100)
        self.drawdown.getPlotItem().enableAutoRange()


SOURCE_WORDS = {"replayed": QT_TRANSLATE_NOOP("RunComparison", "historical, replayed"),
                "stylised": QT_TRANSLATE_NOOP("RunComparison", "historical, stylised"),
                "shock": QT_TRANSLATE_NOOP("RunComparison", "hypothetical shock")}


def _kind(s: dict) -> str:
    if s["source"] == "monte carlo":
        return translate("RunComparison", "Monte Carlo, {model}").format(model=model_label(s["model"]))
    return translate("RunComparison", SOURCE_WORDS[s["source"]])


# each row's title marked for translation (context RunComparison) and translated when the rows are shown
def _m(s: dict, conv: fx.Converter | None, usd: float | None, day: str) -> str:
    """Millions of the reporting currency: a US$ figure of run ``s`` dated ``day``."""
    return _millions(_convert(conv, usd, day))


def _most_short(s: dict, conv: fx.Converter | None) -> str:
    short = [_convert(conv, t["uncovered_usd"], t["date"]) for t in s["test_dates"] if t["uncovered_usd"] is not None]
    return "—" if None in short else _millions(max(short, default=None))


def _owed(s: dict, conv: fx.Converter | None) -> str:
    """What falls due to the IMF within the horizon, each payment at its own date's rate."""
    f = s.get("fund_obligations")
    if f is None:
        return "—"
    amounts = [_convert(conv, r["amount_usd"], r["date"]) for r in f["payments"]]
    return "—" if None in amounts else _millions(math.fsum(amounts))


def _owed_local(s: dict, conv: fx.Converter | None) -> str:
    f = s.get("fund_obligations")
    if f is None or f["local_missing"]:
        return "—"
    return f"{fmt.money_short(f['local_at_path'], f['currency'])} / {fmt.money_short(f['local_with_shock'], f['currency'])}"


# each row's title marked for translation (context RunComparison) and translated when the rows are shown; each getter
# takes the run and the reporting currency at its valuation date (None: US$)
COMPARE_ROWS = [
    (QT_TRANSLATE_NOOP("RunComparison", "Scenario"), lambda s, c: builtin_words.scenario_name(s.get("scenario_id"), s["scenario_name"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Kind"), lambda s, c: _kind(s)),
    (QT_TRANSLATE_NOOP("RunComparison", "Paths"), lambda s, c: fmt.number(s["paths"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Seed"), lambda s, c: str(s["seed"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Valuation date"), lambda s, c: s["start_date"]),
    (QT_TRANSLATE_NOOP("RunComparison", "Horizon (days)"), lambda s, c: fmt.number(s["horizon_days"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Reserve today (US$ m)"), lambda s, c: _m(s, c, s["start_value_usd"], s["start_date"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Median at horizon (US$ m)"),
     lambda s, c: _m(s, c, s["terminal"]["p50"], _horizon_date(s))),
    (QT_TRANSLATE_NOOP("RunComparison", "5th percentile (US$ m)"), lambda s, c: _m(s, c, s["terminal"]["p05"], _horizon_date(s))),
    ("VaR 95% / 99%", lambda s, c: f"{fmt.pct(s['var']['0.95'])} / {fmt.pct(s['var']['0.99'])}"),
    ("ES 95% / 99%", lambda s, c: f"{fmt.pct(s['es']['0.95'])} / {fmt.pct(s['es']['0.99'])}"),
    (QT_TRANSLATE_NOOP("RunComparison", "Mean maximum drawdown"), lambda s, c: fmt.pct(s["max_drawdown"]["mean"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Worst headroom (US$ m)"),
     lambda s, c: "—" if _worst(s) is None else _m(s, c, _worst(s)["headroom_usd"], _worst(s)["date"])),
    (QT_TRANSLATE_NOOP("RunComparison", "Bitcoin held (BTC)"), lambda s, c: fmt.btc(s["btc"], 0)),
    (QT_TRANSLATE_NOOP("RunComparison", "Most BTC to sell"),
     lambda s, c: fmt.btc(max((t["btc_to_sell"] or 0 for t in s["test_dates"]), default=None), 0)),
    (QT_TRANSLATE_NOOP("RunComparison", "Most left short after selling (US$ m)"), _most_short),
    (QT_TRANSLATE_NOOP("RunComparison", "Highest P(holdings fall short)"),
     lambda s, c: fmt.pct(max((t["prob_btc_insufficient"] for t in s["test_dates"] if t["prob_btc_insufficient"] is not None),
                              default=None))),
    (QT_TRANSLATE_NOOP("RunComparison", "Owed to the IMF within the horizon (US$ m)"), _owed),
    (QT_TRANSLATE_NOOP("RunComparison", "Its local cost: at the path / with the shock"), _owed_local),
]


class RunComparison(QWidget):
    """Two or more stored runs side by side: their key figures and their medians on one chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecordTableModel([Column(self.tr("Figure"), lambda r: r[0])])
        self.view = record_table(self.model, stretch_column=None)
        self.shown: tuple[list, list | None] | None = None  # the runs on show, drawn again in another currency
        self.plot = date_plot(self.tr("Median value of the bitcoin reserve, each run"), self.tr("US$ millions"),
                              long_series=False)
        legend_below(self.plot, columns=3)
        self.panel = ChartPanel(self.plot, self.tr("Select two or more stored runs in the list on the left (Ctrl+click) "
                                                   "and press Compare: their key figures appear side by side above, "
                                                   "and their medians on one chart here."))
        self.note = note_label(self.tr("Select two or more stored runs and press Compare."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.panel, 2)

    def show_runs(self, runs: list[tuple[int, dict]], converters: list[fx.Converter | None] | None = None) -> None:
        """Runs side by side, their money figures in the converters' currency (one per run, at its valuation date;
        None: US$), each at the rate of its own date."""
        self.shown = (runs, converters)
        converters = converters or [None] * len(runs)
        code = next((c.code for c in converters if c is not None), fx.USD)
        columns = [Column(self.tr("Figure"), lambda r: r[0])]
        columns += [Column(self.tr("Run {run_id}").format(run_id=run_id), lambda r, i=i: r[1][i])
                    for i, (run_id, _) in enumerate(runs)]
        self.model.columns = columns
        runs = [(run_id, with_sale_advice(s)) for run_id, s in runs]  # runs stored before sales were capped
        self.model.set_records([(_unit(translate("RunComparison", label), code),
                                 [get(s, c) for (_, s), c in zip(runs, converters, strict=True)])
                                for label, get in COMPARE_ROWS])
        self.plot.clear()
        self.plot.setLabel("left", _unit(self.tr("US$ millions"), code))
        self.panel.show_chart()
        for i, ((run_id, s), conv) in enumerate(zip(runs, converters, strict=True)):
            colour = RUN_COLOURS[i % len(RUN_COLOURS)]
            scale = _scales(conv, s["fan"]["dates"])
            if scale is None:  # no rate on its valuation date: the table says "—", the chart leaves it out
                continue
            self.plot.plot(date_seconds(s["fan"]["dates"]), np.array(s["fan"]["p50"]) * scale,
                           pen=pg.mkPen(colour, width=2), name=self.tr("Run {run_id}: {name}").format(
                               run_id=run_id, name=builtin_words.scenario_name(s.get("scenario_id"), s["scenario_name"])))
        self.note.setText(_unit(self.tr("%n runs compared. Values in US$ unless marked; each run at its own valuation "
                                        "date.", "", len(runs)), code))
