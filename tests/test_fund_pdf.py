"""Issue 18, item 7: the PDF's IMF section shows the member's position in the Fund as the window does: every
credit line stacked against the threshold step, the obligations by year, the "Indicators of Fund credit" (years
split so a table fits the page, "no input" where a figure is missing) and the comparison with an imported IMF
projection."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import numpy as np
import pytest

from desktop.core.engine.valuation import day_number
from desktop.core.summary import (
    INDICATOR_ROWS,
    INDICATOR_YEARS_A_TABLE,
    NO_INPUT,
    THRESHOLD_COLOUR,
    Chart,
    Table,
    build_report,
)
from desktop.core.workspace import Workspace

DATE = dt.date(2025, 6, 30)


@pytest.fixture
def pakistan(sample_copy):
    ws = Workspace.open(sample_copy("pakistan"))
    yield ws
    ws.close()


def _program(ws):
    return build_report(ws, DATE, sections=["program"]).sections[0]


def _titled(section, kind, start: str) -> list:
    return [b for b in section.blocks if isinstance(b, kind) and b.title.startswith(start)]


def test_the_credit_chart_stacks_every_line_against_the_threshold_step(pakistan):
    p = pakistan.fund_position(True)
    [chart] = _titled(_program(pakistan), Chart, "Fund credit outstanding by credit line")
    bands = [s for s in chart.series if s.kind == "band"]
    assert [s.name for s in bands] == [f"{line.name} ({line.window})" for line in p.lines]
    step = max(1, len(p.days) // 400)
    assert np.allclose(bands[0].y, 0.0)
    assert np.allclose(bands[-1].high, (p.total_credit_sdr / p.quota_sdr * 100)[::step])
    for below, above in zip(bands, bands[1:], strict=False):
        assert below.high == above.y  # each band stands on the one below
    [threshold] = [s for s in chart.series if s.kind == "dashed"]
    x, y = np.array(threshold.x), np.array(threshold.y)
    # 300% of quota before 2016-02-17 (14th General Review's quotas), 187.5% from then, 300% from 2024-11-01
    assert np.allclose(y, np.where(x < day_number(dt.date(2016, 2, 17)), 300.0,
                                   np.where(x < day_number(dt.date(2024, 11, 1)), 187.5, 300.0)))
    assert (x < day_number(dt.date(2024, 11, 1))).any() and (x >= day_number(dt.date(2024, 11, 1))).any()
    peak = p.peak(DATE) or p.peak()
    assert (float(day_number(DATE)), str(DATE)) in chart.markers
    assert any(label.startswith("GRA peak") and x_ == day_number(dt.date.fromisoformat(peak["date"]))
               for x_, label in chart.markers)


def test_obligations_and_indicators_by_year(pakistan):
    section = _program(pakistan)
    years = [y for y in pakistan.fund_position(True).obligations_by_year() if y["year"] >= DATE.year]  # still due
    [bars] = [b for b in section.blocks if isinstance(b, Chart) and b.title.startswith("Obligations to the Fund by year")]
    principal, charges = bars.series
    assert principal.x == tuple(float(y["year"]) for y in years)
    assert np.allclose(principal.y, [y["principal_sdr"] / 1e6 for y in years])
    assert np.allclose(charges.y, [y["charges_sdr"] / 1e6 for y in years])
    indicators = [y for y in pakistan.fund_indicators(True) if y["year"] >= DATE.year]
    tables = _titled(section, Table, "Indicators of Fund credit")
    assert len(tables) == -(-len(indicators) // INDICATOR_YEARS_A_TABLE)
    shown = [int(c) for t in tables for c in t.columns[1:]]
    assert shown == [y["year"] for y in indicators]
    by_year = {y["year"]: y for y in indicators}
    for t in tables:
        assert len(t.rows) == len(INDICATOR_ROWS)
        for (key, _), row in zip(INDICATOR_ROWS, t.rows, strict=True):
            for column, text in zip(t.columns[1:], row[1:], strict=True):
                value = None if key is None else by_year[int(column)][key]
                assert (text == NO_INPUT) == (key is not None and value is None)


def test_the_comparison_shows_only_with_an_imported_projection(pakistan, add_imf_projection):
    assert not _titled(_program(pakistan), Table, "The IMF's projected payments")
    add_imf_projection(pakistan.store)
    compare = pakistan.imf_compare()
    [table] = _titled(_program(pakistan), Table, "The IMF's projected payments")
    assert str(compare["as_of"]) in table.title
    assert len(table.rows) == len(compare["rows"]) > 0


def test_an_empty_workspace_says_there_is_no_data(sample_copy):
    ws = Workspace.open(sample_copy("empty"))
    try:
        [block] = _program(ws).blocks
        assert block.text.startswith("No data")
    finally:
        ws.close()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_pages_read_as_text(pakistan, tmp_path, qapp):
    from desktop.report.pdf import render_pdf

    out = tmp_path / "r.pdf"
    render_pdf(build_report(pakistan, DATE, sections=["program"]), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for phrase in ("Position in the Fund", "Indicators of Fund credit", "In percent of quota",
                   "In percent of gross reserves", "300% of quota from 2024-11-01"):
        assert phrase in text, phrase


def test_a_long_legend_wraps_instead_of_running_off_the_chart(pakistan, qapp):
    """Pakistan's six credit lines and the threshold: the last legend entry (the threshold's dashed red line) is
    drawn, on a row of its own, below the axis."""
    from PySide6.QtGui import QColor

    from desktop.report.charts import paint_chart

    [chart] = _titled(_program(pakistan), Chart, "Fund credit outstanding by credit line")
    assert len(chart.series) >= 7
    image = paint_chart(chart, 1400, 700, 200)
    red = QColor(THRESHOLD_COLOUR).rgb()
    legend_rows = range(image.height() - 60, image.height())  # the last legend row, under the axis labels
    assert any(image.pixel(x, y) == red for y in legend_rows for x in range(image.width()))
