"""Issue 15, item 6 and the PDF parts of item 11: users see public sources and words, never this project's files
or raw identifiers; PDF sections start a new page only when they would not fit; an export never overwrites a file
without asking, nor the workspace's own files."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import numpy as np
import pytest
from conftest import PROJECT_ROOT
from PySide6.QtCore import Qt

from desktop.core.audit_view import audit_entries, describe
from desktop.core.summary import build_report
from desktop.core.workspace import Workspace

PROJECT_FILES = re.compile(r"DOMAIN\.md|SPEC\.md|ARCHITECTURE\.md|DOMAIN §|§\s*\d|\bissue \d+|resources/|\.py\b")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # access_sdr, non_accumulation, rate_assumptions
FORMULA = re.compile(r"^(?:[a-z]+_[a-z0-9]|sigma_daily)$")  # the methodology's notation: r_t, x_j, sigma_daily
PROSE_KEYS = {"name", "description", "note", "source", "note_before", "note_after", "custodian"}  # shown to users
needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
                                   reason="poppler-utils is not installed: apt-get install poppler-utils")


def shipped_resources() -> list[Path]:
    """Every text file the wheel force-includes from resources/ (what users get)."""
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    sources = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    files = []
    for source in sources:
        path = PROJECT_ROOT / source
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return [f for f in files if f.suffix in (".json", ".md", ".qss", ".svg", ".desktop", ".txt")]


def documented_names() -> set[str]:
    """Identifiers the methodology names as such, in code type (columns of the import files and keys of the
    command line's JSON, which are the names users type or read there), and its formulas' notation."""
    text = (PROJECT_ROOT / "resources" / "methodology.md").read_text(encoding="utf-8")
    return ({name for span in re.findall(r"`([^`]+)`", text) for name in SNAKE.findall(span)}
            | {name for name in SNAKE.findall(text) if FORMULA.match(name)})


def strings(value) -> list[str]:
    """The prose of a JSON document: names, notes and sources (keys and coded values are the file's format)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in ([v] if k in PROSE_KEYS and isinstance(v, str) else strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def test_shipped_resources_name_public_sources_only():
    files = shipped_resources()
    assert {f.name for f in files} >= {"el-salvador.json", "pakistan.json", "empty.json", "scenarios.json", "methodology.md"}
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert not PROJECT_FILES.search(text), f"{f.name}: {PROJECT_FILES.search(text).group()}"
        if f.suffix == ".json":
            shown = strings(json.loads(text))
            raw = sorted({name for s in shown for name in SNAKE.findall(s)})
            assert raw == [], f"{f.name} shows identifiers: {raw}"
        if f.suffix == ".md":  # identifiers only in code type, as the names of file columns and JSON keys
            prose = re.sub(r"`[^`]*`", "", text)
            assert [name for name in SNAKE.findall(prose) if not FORMULA.match(name)] == [], f.name
    sample = json.loads((PROJECT_ROOT / "resources" / "samples" / "el-salvador.json").read_text(encoding="utf-8"))
    (eff,) = [a for a in sample["arrangements"] if a["facility"] == "EFF"]
    assert eff["source"].startswith("IMF press release, 26 Feb 2025: Executive Board approves a 40-month EFF")
    assert {s["source"] for s in sample["sdr_rates"]} >= {"IMF, SDR interest rate for the week of 29 Jul 2024 (3.942%)",
                                                           "IMF, SDR interest rate, 25 Mar 2025 (3.100%)"}
    assert all(p["source"].startswith("Yahoo Finance, BTC-USD daily close") for p in sample["prices"])


def test_samples_store_the_public_sources(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        reconstructed = [t for t in ws.transactions if t.note and t.note.startswith("Reconstructed: the increase")]
        assert reconstructed and all(t.source.startswith("El Salvador National Bitcoin Office, public dashboard")
                                     for t in reconstructed)
        (benchmark,) = [b for a in ws.arrangements for b in a.benchmarks if b.type == "non_accumulation"]
        assert benchmark.source.startswith("IMF, El Salvador: Request for an Extended Arrangement under the EFF, staff "
                                           "report, March 2025")
        texts = list(ws.metadata.values()) + [x for t in ws.transactions for x in (t.note, t.source) if x]
        texts += [x for a in ws.arrangements for x in (a.source, a.note, *(r.source for r in a.sdr_rates)) if x]
        texts += [x for s in ws.scenarios for x in (s.note,) if x] + [x for p in ws.policies for x in (p.note, p.source) if x]
        assert not [t for t in texts if PROJECT_FILES.search(t)]
    finally:
        ws.close()


def _pdf(qapp, ws, out: Path) -> str:
    from desktop.report.pdf import render_pdf

    render_pdf(build_report(ws, run_ids=[r["id"] for r in ws.runs()]), out)
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout


def _save_runs(path: Path) -> None:
    from conftest import cli_command

    for args in (["--scenario", "mc-gbm", "--paths", "2000", "--seed", "7"], ["--scenario", "btc-minus-80"]):
        subprocess.run([*cli_command(), "simulate", "--workspace", str(path), *args, "--save"], check=True,
                       capture_output=True)


@pytest.fixture(scope="module")
def summary_pdf(qapp, sample_files, tmp_path_factory):
    """``summary_pdf(sample)``: the sample's summary PDF with two stored runs, and its text; rendered once for the
    tests that only read it."""
    made: dict[str, tuple[Path, str]] = {}

    def get(sample: str) -> tuple[Path, str]:
        if sample not in made:
            folder = tmp_path_factory.mktemp(f"summary-{sample}")
            path = folder / f"{sample}.db"
            shutil.copyfile(sample_files[sample], path)
            _save_runs(path)
            ws = Workspace.open(path)
            try:
                made[sample] = (folder / "summary.pdf", _pdf(qapp, ws, folder / "summary.pdf"))
            finally:
                ws.close()
        return made[sample]

    return get


@needs_poppler
@pytest.mark.parametrize("sample", ["el-salvador", "pakistan"])
def test_the_pdf_names_public_sources_and_words(summary_pdf, sample):
    _, text = summary_pdf(sample)
    flat = " ".join(text.split())
    assert not PROJECT_FILES.search(flat), PROJECT_FILES.search(flat).group()
    raw = sorted(set(SNAKE.findall(flat)) - documented_names())
    assert raw == [], f"the PDF shows identifiers: {raw}"
    assert "Monte Carlo (geometric Brownian motion)" in flat  # the model in words, not "gbm"
    assert "IMF review of charges and the surcharge policy" in flat and "Yahoo Finance BTC-USD daily closes" in flat
    if sample == "el-salvador":
        assert "non-accumulation of bitcoin" in flat and "Help > Methodology" in flat


def _ink_bottoms(pdf: Path, folder: Path) -> list[float]:
    """For each page, how far down its body the lowest ink is, as a fraction (the header and footer left out)."""
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(pdf), str(folder / "page")], check=True)
    bottoms = []
    for page in sorted(folder.glob("page-*.pgm")):
        data = page.read_bytes()
        magic, width, height, maxval, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", data, re.S).groups()
        image = np.frombuffer(pixels, np.uint8)[: int(width) * int(height)].reshape(int(height), int(width))
        top, bottom = round(0.12 * image.shape[0]), round(0.9 * image.shape[0])  # inside the header and footer
        rows = np.nonzero((image[top:bottom] < 200).any(axis=1))[0]
        bottoms.append(0.0 if not len(rows) else (rows[-1] + 1) / (bottom - top))
    return bottoms


@needs_poppler
@pytest.mark.parametrize("sample", ["el-salvador", "pakistan"])
def test_pdf_pages_are_not_left_mostly_blank(summary_pdf, tmp_path, sample):
    pdf, text = summary_pdf(sample)
    pages = text.split("\f")[:-1]
    bottoms = _ink_bottoms(pdf, tmp_path)
    assert len(bottoms) == len(pages)
    thin = [n + 1 for n, b in enumerate(bottoms[:-1]) if b < 0.5]
    assert thin == [], f"pages {thin} of {len(pages)} end before half their height: {np.round(bottoms, 2)}"
    # the executive summary shares the cover's page, and a section that fits follows the one before it
    assert "Inputs digest" in pages[0] and "Executive summary" in pages[0]
    headings = ["Executive summary", "Holdings", "IMF program", "Reserve adequacy", "Stress results",
                "Accumulation policies", "Assumptions, methodology and sources"]
    starts = [next(n for n, p in enumerate(pages) if re.search(rf"^{re.escape(h)}$", p, re.M)) for h in headings]
    assert starts == sorted(starts)
    lines = [[x for x in page.splitlines() if x.strip()] for page in pages]
    # some section starts below the end of the one before it (the page's first line is the running header)
    assert any(lines[n].index(h) > 1 for h, n in zip(headings[1:], starts[1:], strict=True))
    for h, n in zip(headings, starts, strict=True):  # a heading is never the last thing on its page
        assert lines[n].index(h) < len(lines[n]) - 3, h


def test_audit_viewer_reads_an_arrangement_edit_in_words(qtbot, sample_copy):
    from desktop.gui.audit_dialog import AuditDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        before = next(a for a in ws.arrangements if a.facility == "EFF")  # the sample's first: arrangement 1
        ws.update_arrangement_terms(before.name, {"access_sdr": 1_100_000_000.0, "months": 48})
        (edit,) = [e for e in audit_entries(ws, table="arrangements", limit=1)]
        line = describe(edit)
        assert line.startswith(f"Arrangement 1 changed: Access: SDR {before.access_sdr / 1e6:,.2f} m → SDR 1,100.00 m; "
                               f"Length: {before.months} months → 48 months")
        dialog = AuditDialog(ws)
        qtbot.addWidget(dialog)
        model = dialog.model
        shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                shown += [str(model.data(index) or ""), str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")]
        shown += [dialog.table.itemText(i) for i in range(dialog.table.count())]
        raw = sorted({name for text in shown for name in SNAKE.findall(text)})
        assert raw == [], f"the audit viewer shows identifiers: {raw}"
        assert line in shown and "SDR interest rates" in shown and "IMF arrangements" in shown
        assert "Access: SDR 1,100.00 m" in shown[shown.index(line) + 1]  # the tooltip: every field, in words
    finally:
        ws.close()


def test_a_refused_purchase_names_its_field_in_words_and_millions(qtbot, sample_copy):
    from desktop.gui.dialogs.purchase import PurchaseDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        a = ws.arrangements[0]
        phased = sum(p.amount_sdr for p in a.purchases)
        assert phased == a.access_sdr  # the sample's purchases take up its access
        dialog = PurchaseDialog(ws, a)
        qtbot.addWidget(dialog)
        dialog.amount.setValue(100.0)  # SDR 100 m more than the phasing leaves
        dialog._accept()
        text = dialog.error.text()
        assert text == (f"Amount: purchases would add up to SDR {(phased + 100e6) / 1e6:,.2f} m, more than access "
                        f"SDR {a.access_sdr / 1e6:,.2f} m"), text
    finally:
        ws.close()


@pytest.fixture
def export_dialog(qtbot, sample_copy, tmp_path):
    from desktop.gui.report_dialog import ReportDialog

    ws = Workspace.open(sample_copy("pakistan"))
    dialog = ReportDialog(ws, ws.default_date())
    qtbot.addWidget(dialog)
    dialog.open_after.setChecked(False)
    for key in ("holdings", "program", "adequacy", "stress", "planner", "methodology"):
        dialog.sections[key].setChecked(False)
    yield dialog
    ws.close()


def test_export_asks_before_replacing_a_file(qtbot, export_dialog, tmp_path, monkeypatch):
    from desktop.gui import report_dialog

    dialog, out = export_dialog, tmp_path / "summary.pdf"
    out.write_bytes(b"the minister's annotated copy")
    answers, asked = [report_dialog.QMessageBox.StandardButton.No], []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(report_dialog.QMessageBox, "question", question)
    dialog.file.setText(str(out))
    dialog.export()
    assert dialog.task is None and out.read_bytes() == b"the minister's annotated copy"
    assert asked == [f"summary.pdf already exists in {tmp_path}.\n\nReplace it with the new summary?"]
    assert "already exists and was kept" in dialog.status.text()
    answers.append(report_dialog.QMessageBox.StandardButton.Yes)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert len(asked) == 2 and out.read_bytes().startswith(b"%PDF")
    fresh = tmp_path / "new.pdf"
    dialog.file.setText(str(fresh))
    dialog.export()  # a new file: nothing to ask
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert len(asked) == 2 and fresh.read_bytes().startswith(b"%PDF")


def test_export_never_writes_over_the_workspace_or_its_backups(qtbot, sample_copy, tmp_path):
    from desktop.gui.report_dialog import ReportDialog

    path = tmp_path / "reserves.pdf"  # a workspace file whose name ends in .pdf
    shutil.copyfile(sample_copy("el-salvador"), path)
    ws = Workspace.open(path)
    try:
        ws.store.backup("manual")
        backup = next((tmp_path / "reserves-backups").glob("*.db"))
        before = path.read_bytes()
        dialog = ReportDialog(ws, ws.default_date())
        qtbot.addWidget(dialog)
        dialog.open_after.setChecked(False)
        dialog.file.setText(str(tmp_path / "." / "reserves.pdf"))
        dialog.export()  # no question is asked (conftest fails on one): it is refused outright
        assert dialog.task is None and path.read_bytes() == before
        assert "is the open workspace; the summary is never written over it" in dialog.status.text()
        dialog.file.setText(str(backup.with_suffix(".pdf")))
        dialog.export()
        assert dialog.task is None and "in the workspace's backup folder" in dialog.status.text()
        assert not backup.with_suffix(".pdf").exists()
    finally:
        ws.close()


def _shown_texts(root) -> list[str]:
    """What a window shows: labels, buttons, tabs, combo items, tooltips, and every cell, header and tooltip of
    its tables."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QTabWidget,
        QWidget,
    )

    shown = []
    for w in [root, *root.findChildren(QWidget)]:
        shown.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            shown.append(w.text())
        elif isinstance(w, QGroupBox):
            shown.append(w.title())
        elif isinstance(w, QComboBox):
            shown += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            shown += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's model keeps its column count private: one column
                columns = 1
            for c in range(columns):
                shown += [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "")
                          for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            for r in range(min(model.rowCount(QModelIndex()), 200)):
                for c in range(columns):
                    shown += [str(model.data(model.index(r, c), role) or "")
                              for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    return shown


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan", "empty"])
def test_every_tab_of_the_window_names_public_sources_and_words(qtbot, sample_copy, sample):
    from PySide6.QtWidgets import QTabWidget

    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    path = sample_copy(sample)
    window.open_workspace(path)
    window.resize(1366, 768)
    window.show()
    tabs = window.findChild(QTabWidget)
    shown = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        shown += [t.replace(str(path.parent), "") for t in _shown_texts(window)]  # the test's folder has "_"
    assert not [t for t in shown if PROJECT_FILES.search(t)]
    raw = sorted({name for t in shown for name in SNAKE.findall(t)})
    assert raw == [], f"the window shows identifiers: {raw}"
    if sample == "el-salvador":  # the benchmark's type, in words
        assert "non-accumulation of bitcoin" in shown
        assert any("Benchmark: 3 months (IMF, Assessing Reserve Adequacy, Feb 2011)" in t for t in shown)
