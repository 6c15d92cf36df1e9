"""The PDF summary, read back with poppler: the figures equal the CLI's, fonts are embedded, pages are the
size asked for, charts are at print resolution, empty sections say so, and nothing is left half-written."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from conftest import cli_command

from desktop.core import fmt, stress
from desktop.core.errors import Cancelled
from desktop.core.summary import Chart, Report, Section, Series, Table
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext, pdffonts, pdfinfo) "
                                "is not installed: apt-get install poppler-utils")


def cli(*args: str) -> dict:
    done = subprocess.run([*cli_command(), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def text_of(pdf) -> str:
    return poppler("pdftotext", "-layout", str(pdf), "-")


def marking_bands(pdf, page: int) -> list[str]:
    """The lines set in the header band and the footer band of a page (within 80 points of its top and bottom) that
    carry a marking word. Layout text cannot show this: the clipped line of a paragraph crossing the page break is
    also in the file, level with the header, and interleaves with it."""
    import xml.etree.ElementTree as ET

    xml = poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    root = ET.fromstring(xml.replace(' xmlns="http://www.w3.org/1999/xhtml"', ""))
    height = float(root.find(".//page").get("height"))
    words = [(float(w.get("yMin")), float(w.get("xMin")), w.text) for w in root.iter("word")]
    found = []
    for band in (lambda y: y < 80, lambda y: y > height - 80):
        rows = {y for y, _, text in words if band(y) and text == "SENSITIVE"}
        found += [" ".join(t for _, _, t in sorted((w for w in words if w[0] == y), key=lambda w: w[1])) for y in sorted(rows)]
    return found


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan"])
def test_the_summary_says_what_the_cli_says(sample_copy, tmp_path, sample):
    ws = str(sample_copy(sample))
    run = cli("simulate", "--workspace", ws, "--scenario", "mc-gbm", "--paths", "5000", "--seed", "3", "--save", "--json")
    out = tmp_path / "summary.pdf"
    written = cli("report", "--workspace", ws, "--out", str(out), "--runs", str(run["run_id"]), "--marking", "OFFICIAL - SENSITIVE")
    text = text_of(out)
    holdings = cli("holdings", "--workspace", ws, "--json")
    assert f"{fmt.btc(holdings['total_btc'])} BTC" in text
    assert fmt.usd_short(holdings["value_usd"]) in text
    schedule = cli("imf", "schedule", "--workspace", ws, "--json")
    due = [r for r in schedule["rows"] if r["date"] > holdings["date"]
           and r["principal_sdr"] + r["charges_sdr"] + r["surcharges_sdr"] + r["service_charge_sdr"] + r["commitment_fee_sdr"] > 0]
    first = min(r["date"] for r in due)
    total = sum(r["principal_sdr"] + r["charges_sdr"] + r["surcharges_sdr"] + r["service_charge_sdr"] + r["commitment_fee_sdr"]
                for r in due if r["date"] == first)
    assert f"SDR {total / 1e6:,.2f} m on {first}" in text
    adequacy = cli("adequacy", "--workspace", ws, "--json")
    ratio = adequacy["ara_ratio"] if adequacy["ara_ratio"] is not None else adequacy["months_of_imports"]
    assert ratio is not None and f"{ratio:.2f}" in text
    assert f"{run['var']['0.95'] * 100:,.1f}%" in text  # VaR 95% of the run, as the CLI computed it
    for page in range(1, written["pages"] + 1):  # the marking in the header band and the footer band of every page
        header, footer = marking_bands(out, page)
        assert "OFFICIAL - SENSITIVE" in header and "OFFICIAL - SENSITIVE" in footer, page
    assert f"Page {written['pages']} of {written['pages']}" in text
    assert written["inputs_digest"] in text.replace("\n", "")
    fonts = poppler("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(re.split(r"\s{2,}", line.strip())[3].startswith("yes") for line in fonts), fonts
    assert "(A4)" in poppler("pdfinfo", str(out))
    images = poppler("pdfimages", "-list", str(out)).splitlines()[2:]
    assert images and all(int(line.split()[12]) >= 200 for line in images)  # x-ppi of every chart


def test_letter_paper(sample_copy, tmp_path):
    out = tmp_path / "letter.pdf"
    cli("report", "--workspace", str(sample_copy("pakistan")), "--out", str(out), "--paper", "letter",
        "--sections", "summary,program")
    info = poppler("pdfinfo", str(out))
    assert "612 x 792 pts (letter)" in info
    assert "Holdings" not in text_of(out).split("Executive summary", 1)[1].split("IMF program")[0]


def test_an_empty_workspace_and_a_cancelled_run_say_no_data(sample_copy, tmp_path):
    path = sample_copy("empty")
    ws = Workspace.open(sample_copy("el-salvador"))
    try:  # a run cancelled half-way stores nothing, so the report asks for a run that does not exist
        plan = stress.plan_run(ws, ws.scenario("mc-gbm"), paths=50_000)
        with pytest.raises(Cancelled):
            stress.execute(plan, cancelled=lambda: True)
        missing = 1 + max((r["id"] for r in ws.runs()), default=0)
    finally:
        ws.close()
    out = tmp_path / "empty.pdf"
    cli("report", "--workspace", str(path), "--out", str(out), "--runs", str(missing))
    text = text_of(out)
    for phrase in ("No data: the ledger holds no bitcoin transactions", "No data: no IMF arrangement",
                   "No data: no gross reserves", f"Run {missing}: No data", "No data: no accumulation or mining policy"):
        assert phrase in " ".join(text.split()), phrase


def test_long_tables_repeat_their_header_on_every_page(tmp_path, qapp):
    from desktop.report.pdf import render_pdf

    rows = tuple((f"row {i:03d}", f"{i:,}") for i in range(200))
    report = Report("Reserve Desk summary: test", "", (("Workspace", "test"),),
                    (Section("holdings", "Holdings", (Table(("Wallet name", "Bitcoin held"), rows, (False, True)),)),))
    out = tmp_path / "long.pdf"
    pages = render_pdf(report, out)
    assert pages >= 4
    for page in range(2, pages + 1):
        text = poppler("pdftotext", "-f", str(page), "-l", str(page), str(out), "-")
        assert "Wallet name" in text and "Bitcoin held" in text, f"page {page}"


def test_a_cancelled_render_writes_nothing(tmp_path, qapp):
    from desktop.report.pdf import render_pdf

    report = Report("t", "", (), (Section("holdings", "Holdings", (Chart("c", "BTC", (Series("s", (0.0, 1.0), (1.0, 2.0)),)),)),))
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_pdf(report, out, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_report_cli_errors(sample_copy, tmp_path):
    ws = str(sample_copy("el-salvador"))
    for args, message in ((["--sections", "holdings,nonsense"], "sections: nonsense unknown"),
                          (["--runs", "x,y"], "--runs: 'x,y' is not a list"),
                          (["--out", str(tmp_path / "missing" / "a.pdf")], "does not exist")):
        out = ["--out", str(tmp_path / "r.pdf")] if "--out" not in args else []
        done = subprocess.run([*cli_command(), "report", "--workspace", ws, *out, *args], capture_output=True, text=True)
        assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_export_dialog_renders_in_the_background(qtbot, sample_copy, tmp_path):
    from desktop.gui.report_dialog import ReportDialog

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        dialog = ReportDialog(ws, ws.default_date())
        qtbot.addWidget(dialog)
        dialog.open_after.setChecked(False)
        dialog.file.setText(str(tmp_path / "dialog.pdf"))
        dialog.sections["methodology"].setChecked(False)
        dialog.export()
        assert dialog.task is not None and not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
        assert dialog.written == tmp_path / "dialog.pdf"
        text = text_of(dialog.written)
        assert "Pakistan" in text and "Assumptions, methodology" not in text
        dialog.file.setText(str(tmp_path / "nowhere" / "x.pdf"))
        dialog.export()
        assert "must be a .pdf in an existing folder" in dialog.status.text()
    finally:
        ws.close()


def test_export_is_one_action_with_ctrl_p(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    (export,) = [a for a in file_menu.actions() if "PDF summary" in a.text().replace("&", "")]
    assert export.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert export.shortcutContext() == Qt.ShortcutContext.WindowShortcut  # works from every tab
