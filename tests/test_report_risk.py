"""The PDF summary's Risk section: its tables are the risk view's own figures, its empty state is one sentence, its
charts are painted on a logarithmic axis and with dots where asked, and the PDF carries the section."""

from __future__ import annotations

import datetime as dt
import math
import shutil
import subprocess

import numpy as np
import pytest
from conftest import cli_command

from desktop.core import domain as d
from desktop.core import fmt
from desktop.core import risk_view as rv
from desktop.core.io.prices_csv import import_prices
from desktop.core.summary import Chart, Paragraph, Series, Table, build_report, esc
from desktop.core.workspace import Workspace

START = dt.date(2022, 1, 1)
HELD_BTC = 12.5


def workspace_with_prices(path, days: int, btc: float = HELD_BTC, seed: int = 11) -> tuple[Workspace, dt.date]:
    """A workspace holding a seeded fat-tailed price walk of ``days`` closes from START, and ``btc`` bought on START."""
    rng = np.random.default_rng(seed)
    prices = 30_000 * np.cumprod(np.r_[1.0, 1 + rng.standard_t(4, days - 1) * 0.03 / math.sqrt(2)])
    history = path.parent / f"{path.stem}-btc.csv"
    history.write_text("date,close\n" + "".join(f"{START + dt.timedelta(days=i)},{p:.2f}\n" for i, p in enumerate(prices)))
    ws = Workspace.create(path)
    import_prices(ws.store, history, today=dt.date(2030, 1, 1))
    if btc:
        ws.add_wallet(d.Wallet(name="Cold", kind="cold"))
        ws.add_transaction(d.Transaction(date=START, kind="purchase", wallet="Cold", quantity=btc, price_usd=30_000.0))
    return ws, START + dt.timedelta(days=days - 1)


def risk_blocks(ws, date, sections=("risk",)) -> tuple:
    report = build_report(ws, date, list(sections))
    return next(s for s in report.sections if s.key == "risk").blocks, report


def table(blocks, title_start: str) -> Table:
    return next(b for b in blocks if isinstance(b, Table) and b.title.startswith(title_start))


def test_the_tables_are_the_risk_views_figures(tmp_path):
    ws, end = workspace_with_prices(tmp_path / "w.db", 900)
    try:
        blocks, report = risk_blocks(ws, end, ("summary", "risk"))
        view = rv.for_workspace(ws, rv.RiskRequest(end=end, start=rv.years_before(end, 5)))
    finally:
        ws.close()
    assert view.problem is None and view.btc_held == HELD_BTC
    first = blocks[0].text
    assert f"from <b>{START}</b> to <b>{end}</b> (899 daily returns); confidence 99%" in first
    assert f"{HELD_BTC:,.2f} BTC" in first and f"US${view.price_usd:,.0f} per BTC" in first
    measures = table(blocks, "VaR and ES by model")
    assert measures.columns == ("Model", "1-day VaR", "1-day ES", "10-day VaR", "10-day ES", "10-day rule")
    assert measures.rows == tuple((rv.METHOD_LABELS[x.method], f"{x.var_1d * 100:.2f}%", f"{x.es_1d * 100:.2f}%",
                                   f"{x.var_10d * 100:.2f}%", f"{x.es_10d * 100:.2f}%", x.ten_day_rule)
                                  for x in view.models)
    value = HELD_BTC * view.price_usd
    in_usd = table(blocks, "The same in US$ millions")
    assert in_usd.rows == tuple((rv.METHOD_LABELS[x.method], *(f"{v * value / 1e6:,.1f}" for v in
                                                               (x.var_1d, x.es_1d, x.var_10d, x.es_10d)))
                                for x in view.models)
    counts, tests = table(blocks, "Backtest of one-day VaR 99%"), table(blocks, "The backtest's tests")
    assert len(tests.rows) == 6 and tests.columns[-1] == "Passes at 5%"
    for count, row, b in zip(counts.rows, tests.rows, view.backtests, strict=True):
        assert count == (rv.METHOD_LABELS[b.method], f"{b.observations:,}", f"{b.exceptions:,}",
                         f"{b.exception_rate * 100:.2f}%", f"{b.traffic_light} ({b.basel_exceptions})")
        assert row == (rv.METHOD_LABELS[b.method], fmt.p_value(b.kupiec_p), fmt.p_value(b.christoffersen_ind_p),
                       fmt.p_value(b.christoffersen_cc_p), "yes" if b.passes else "no")
    assert b.observations == 899 - 250
    falls = table(blocks, "Deepest falls")
    assert falls.rows[0][:3] == (f"{view.falls[0].depth * 100:.1f}%", str(view.falls[0].peak), str(view.falls[0].trough))
    charts = {c.title: c for c in blocks if isinstance(c, Chart)}
    price = charts["BTC price (logarithmic scale)"]
    assert price.log_y and len(price.series[0].x) == 900
    backtest = charts["Backtest: daily returns and the historical model's 99% VaR"]
    hist = view.backtests[0]
    returns, var, exceptions = backtest.series
    assert exceptions.kind == "points" and len(exceptions.x) == hist.exceptions > 0
    assert var.y == pytest.approx(tuple(-hist.var * 100))
    assert all(r < v for r, v in zip(exceptions.y, (var.y[returns.x.index(x)] for x in exceptions.x), strict=True))
    headline = dict(next(s for s in report.sections if s.key == "summary").blocks[0].rows)
    assert headline["One-day VaR 99% (historical, last 5 years)"] == \
        f"{hist_var(view) * 100:.2f}% ({fmt.usd_short(hist_var(view) * value)})"


def hist_var(view) -> float:
    return next(x.var_1d for x in view.models if x.method == "historical")


def test_a_short_history_says_why_the_backtest_and_garch_are_missing(tmp_path):
    ws, end = workspace_with_prices(tmp_path / "w.db", 200, btc=0)
    try:
        blocks, _ = risk_blocks(ws, end)
        view = rv.for_workspace(ws, rv.RiskRequest(end=end, start=rv.years_before(end, 5)))
    finally:
        ws.close()
    assert f"The reserve holds no bitcoin on {end}, so no US$ figures are given." in blocks[0].text
    measures = table(blocks, "VaR and ES by model")
    assert not any(isinstance(b, Table) and "US$" in b.title for b in blocks)  # nothing held: no US$ 0 figures
    garch = next(x for x in view.models if x.problem)
    row = next(r for r in measures.rows if r[0] == rv.METHOD_LABELS[garch.method])
    assert row[1:5] == ("—",) * 4
    assert any(b.note and f"{rv.METHOD_LABELS[garch.method]}: {esc(garch.problem)}" in b.text for b in blocks
               if isinstance(b, Paragraph))
    assert view.backtest_problem and f"Backtest: {esc(view.backtest_problem)}" in [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(isinstance(b, Table) and b.title.startswith("Backtest") for b in blocks)
    assert "Backtest: daily returns" not in [b.title for b in blocks if isinstance(b, Chart)]


def test_a_sample_as_shipped_says_one_sentence(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        date = ws.default_date()
        blocks, report = risk_blocks(ws, date, ("summary", "risk"))
        problem = rv.for_workspace(ws, rv.RiskRequest(end=date, start=rv.years_before(date, 5))).problem
    finally:
        ws.close()
    assert problem and blocks == (Paragraph(esc(problem)),)  # no empty table or chart
    assert not any("VaR 99%" in row[0] for row in next(s for s in report.sections if s.key == "summary").blocks[0].rows)


def red_centres(image) -> list[tuple[float, float]]:
    """The centres of the red dots of a painted chart: red pixels clustered by distance."""
    pixels = np.array([[image.pixelColor(x, y).getRgb()[:3] for x in range(image.width())] for y in range(image.height())])
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)
    clusters: list[list[tuple[int, int]]] = []
    for y, x in zip(*np.nonzero(red), strict=True):
        home = next((c for c in clusters if abs(c[0][0] - x) <= 10 and abs(c[0][1] - y) <= 10), None)
        (home.append if home else lambda p: clusters.append([p]))((int(x), int(y)))
    return [(float(np.mean([p[0] for p in c])), float(np.mean([p[1] for p in c]))) for c in clusters]


def test_points_on_a_logarithmic_axis_are_dots_evenly_spaced_by_decade(qapp):
    from desktop.report.charts import paint_chart

    dots = Series("Exceptions", (0.0, 1.0, 2.0), (1.0, 10.0, 100.0), kind="points", colour="#ff0000", width=8)
    image = paint_chart(Chart("t", "US$", (dots,), dates=False, log_y=True), 400, 300, 96)
    centres = red_centres(image)
    assert len(centres) == 4  # the three dots and the legend's dot
    (x1, y1), (x2, y2), (x3, y3) = sorted(centres, key=lambda c: c[1])[:3]  # the legend's dot is the lowest
    assert y2 - y1 == pytest.approx(y3 - y2, abs=1.5) and y2 - y1 > 30  # a decade is a decade
    assert x1 > x2 > x3  # 100 top right, 1 bottom left
    pixel = image.pixelColor(round((x1 + x2) / 2), round((y1 + y2) / 2))
    assert pixel.red() > 200 and pixel.green() > 200  # dots, not a line between them


def test_a_log_axis_is_ticked_at_round_values_and_a_drawdown_tops_at_zero(qapp):
    from desktop.report.charts import _log_ticks, paint_chart

    assert _log_ticks(math.log10(15_000), math.log10(120_000)) == [15_000, 20_000, 30_000, 50_000, 70_000, 100_000]
    assert _log_ticks(-1.2, 5.1) == [0.1, 1, 10, 100, 1_000, 10_000, 100_000]
    under = Series("Drawdown", (0.0, 1.0, 2.0), (-10.0, -55.0, -20.0), kind="band", high=(0.0,) * 3, colour="#0000ff")
    image = paint_chart(Chart("t", "%", (under,), dates=False), 400, 300, 96)
    blue_rows = [y for y in range(300) if any(image.pixelColor(x, y).getRgb()[:3] == (0, 0, 255) for x in range(100, 300))]
    assert blue_rows[0] <= 35  # the band reaches the plot's top (34 px under the title): no empty space above zero


pdf = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


@pdf
def test_the_pdf_carries_the_risk_section(tmp_path):
    ws, end = workspace_with_prices(tmp_path / "w.db", 900)
    try:
        view = rv.for_workspace(ws, rv.RiskRequest(end=end, start=rv.years_before(end, 5)))
    finally:
        ws.close()
    out = tmp_path / "risk.pdf"
    done = subprocess.run([*cli_command(), "report", "--workspace", str(tmp_path / "w.db"), "--out", str(out),
                           "--sections", "risk", "--date", str(end)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    for phrase in ("Risk", "VaR and ES by model, 99%", "The same in US$ millions", "10-day rule",
                   "Backtest of one-day VaR 99%", "Days tested", "Exception rate", "Traffic light (last 250 days)",
                   "Kupiec", "Independence", "Conditional coverage", "Passes at 5%", "Deepest falls from a peak",
                   "Basel Committee on Banking Supervision", f"{hist_var(view) * 100:.2f}%"):
        assert phrase in text, phrase
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len({line.split()[10] for line in images.splitlines()[2:]}) == 3  # backtest, price and drawdown charts
