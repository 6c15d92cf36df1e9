"""Outputs that cannot destroy inputs (issue 19, item 4): the PDF summary and every CSV export refuse the
workspace, its sidecars and its backups (by path and by file identity), replace a file only once every byte is
on disk (a full disk leaves the previous file and no temporary file), and are owner-only."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess

import pytest
from conftest import cli_command

from desktop.core.audit_view import audit_entries, entries_to_csv
from desktop.core.io import output_target
from desktop.core.io.output_target import OutputRefused, refusal
from desktop.core.io.prices_csv import export_prices
from desktop.core.io.transactions_csv import export_transactions
from desktop.core.store.backup import folder_of
from desktop.core.summary import Report, Section, Table


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=180)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_report(rows: int = 120) -> Report:
    table = Table(("Wallet name", "Bitcoin held"), tuple((f"row {i:03d}", f"{i:,}") for i in range(rows)), (False, True))
    return Report("Reserve Desk summary: test", "", (("Workspace", "test"),), (Section("holdings", "Holdings", (table,)),))


def fail_after_first_write(monkeypatch):
    """The disk fills up after the first write(2): the first chunk lands, the next one raises ENOSPC."""
    calls = []

    def write(fd, data):
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data[: max(1, len(data) // 2)])

    monkeypatch.setattr(output_target, "_write", write)
    return calls


@pytest.mark.parametrize("what", ["report", "export"])
def test_the_cli_refuses_to_write_over_the_workspace_and_leaves_it_intact(sample_copy, what):
    ws = sample_copy("el-salvador")
    before = digest(ws)
    args = (["report", "--workspace", str(ws), "--out", str(ws)] if what == "report"
            else ["export", "transactions", "--workspace", str(ws), str(ws)])
    done = run(*args)
    assert done.returncode != 0
    assert "is the open workspace" in done.stderr and str(ws.name) in done.stderr
    assert digest(ws) == before
    assert run("audit", "verify", "--workspace", str(ws)).returncode == 0


def test_a_hard_link_or_symlink_to_the_workspace_is_refused(sample_copy, tmp_path):
    ws = sample_copy("el-salvador")
    before = digest(ws)
    hard, soft = tmp_path / "summary.pdf", tmp_path / "prices.csv"
    os.link(ws, hard)
    soft.symlink_to(ws)
    done = run("report", "--workspace", str(ws), "--out", str(hard))
    assert done.returncode != 0 and "another name" in done.stderr
    done = run("export", "prices", "--workspace", str(ws), str(soft))
    assert done.returncode != 0 and "open workspace" in done.stderr
    assert digest(ws) == before


def test_sidecars_and_backups_are_refused(tmp_path, store):
    ws = store.path
    backups = folder_of(ws)
    backups.mkdir()
    kept = backups / "ws-20240101T000000Z-manual.db"
    kept.write_bytes(b"a backup")
    elsewhere = tmp_path / "elsewhere.csv"
    os.link(kept, elsewhere)
    for target in (f"{ws}-wal", f"{ws}-shm", f"{ws}.lock", backups / "new.csv", elsewhere):
        assert refusal(target, ws), target
        with pytest.raises(OutputRefused):
            export_transactions(store, target)
    assert kept.read_bytes() == b"a backup"
    assert refusal(tmp_path / "fine.csv", ws) is None


def test_a_full_disk_leaves_the_previous_pdf_and_no_temporary_file(tmp_path, qapp, monkeypatch):
    from desktop.report.pdf import render_pdf

    out = tmp_path / "summary.pdf"
    good_pages = render_pdf(small_report(), out)
    good = digest(out)
    calls = fail_after_first_write(monkeypatch)
    with pytest.raises(OutputRefused, match="the disk is full; the file already there is unchanged"):
        render_pdf(small_report(300), out)
    assert len(calls) == 2  # it did try: the second write failed
    assert digest(out) == good and good_pages >= 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_a_full_disk_in_the_cli_report_is_a_plain_error_not_bytes_zero(sample_copy, tmp_path, qapp, monkeypatch, capsys):
    from desktop.cli import main

    ws = sample_copy("el-salvador")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "r.pdf"
    assert main(["report", "--workspace", str(ws), "--out", str(out), "--sections", "summary"]) == 0
    good = digest(out)
    capsys.readouterr()
    fail_after_first_write(monkeypatch)
    assert main(["report", "--workspace", str(ws), "--out", str(out), "--sections", "summary", "--force"]) == 1
    printed = capsys.readouterr()
    assert printed.out == "" and "r.pdf was not written: the disk is full" in printed.err
    assert digest(out) == good
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.pdf"]


def test_a_full_disk_leaves_the_previous_csv_exports(es, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    files = {"transactions": folder / "t.csv", "prices": folder / "p.csv", "audit": folder / "a.csv"}
    export_transactions(es.store, files["transactions"])
    export_prices(es.store, files["prices"])
    entries_to_csv(audit_entries(es), files["audit"], es.path)
    good = {k: digest(p) for k, p in files.items()}
    fail_after_first_write(monkeypatch)
    for name, write in (("transactions", lambda p: export_transactions(es.store, p)),
                        ("prices", lambda p: export_prices(es.store, p)),
                        ("audit", lambda p: entries_to_csv(audit_entries(es), p, es.path))):
        with pytest.raises(OutputRefused, match="disk is full"):
            write(files[name])
        assert digest(files[name]) == good[name], name
    assert sorted(p.name for p in folder.iterdir()) == ["a.csv", "p.csv", "t.csv"]


def test_a_pdf_that_reads_back_with_the_wrong_page_count_is_not_put_in_place(tmp_path, qapp, monkeypatch):
    from desktop.report import pdf

    out = tmp_path / "summary.pdf"
    out.write_bytes(b"the previous summary")
    monkeypatch.setattr(pdf, "page_count", lambda data: 1)  # as a truncated or damaged file would read
    with pytest.raises(OutputRefused, match="reads back with 1 pages"):
        pdf.render_pdf(small_report(), out)
    assert out.read_bytes() == b"the previous summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_exports_are_owner_only(es, tmp_path, qapp):
    from desktop.report.pdf import render_pdf

    folder = tmp_path / "out"
    folder.mkdir()
    old = os.umask(0o022)
    try:
        export_transactions(es.store, folder / "t.csv")
        export_prices(es.store, folder / "p.csv")
        entries_to_csv(audit_entries(es), folder / "a.csv", es.path)
        render_pdf(small_report(), folder / "r.pdf")
    finally:
        os.umask(old)
    assert len(list(folder.iterdir())) == 4
    for p in folder.iterdir():
        assert p.stat().st_mode & 0o777 == 0o600, p.name


def test_the_window_refuses_to_export_over_its_workspace(window, sample_copy, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    ws = sample_copy("el-salvador")
    window.open_workspace(ws)
    link = ws.with_name("ledger.csv")
    os.link(ws, link)  # the same file under a name a save dialog would offer
    before = digest(ws)
    warned, told = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    for target in (ws, link):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        window.export_csv("transactions")
    assert told == [] and len(warned) == 2
    assert "is the open workspace;" in warned[0] and "another name" in warned[1]
    assert digest(ws) == before


def test_the_chart_exports_refuse_the_workspace_and_write_owner_only(window, qtbot, sample_copy, monkeypatch, tmp_path):
    """The Holdings charts' data and picture and the Fund position's, through the same rule as every export."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    ws = sample_copy("el-salvador")
    window.show()  # the Fund position computes only in sight
    window.open_workspace(ws)
    window.tabs.setCurrentIndex(1)
    holdings = window._built[1]
    qtbot.waitUntil(lambda: holdings.series is not None, timeout=20_000)
    window.tabs.setCurrentIndex(3)  # IMF Program
    program = window._built[3]
    fund = program.fund_view
    program.pages.setCurrentWidget(fund)  # the view computes when it is in sight
    qtbot.waitUntil(lambda: fund.figures is not None, timeout=20_000)
    before = digest(ws)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    exports = (holdings.export_chart_data, holdings.save_chart_png, fund.export_csv, fund.save_png)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ws), ""))
    for export in exports:
        export()
    assert len(warned) == 4 and all("is the open workspace;" in w for w in warned)
    assert digest(ws) == before
    old = os.umask(0o022)
    try:
        for export, name in zip(exports, ("h.csv", "h.png", "f.csv", "f.png"), strict=True):
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(tmp_path / n), ""))
            export()
    finally:
        os.umask(old)
    assert len(warned) == 4
    for name in ("h.csv", "h.png", "f.csv", "f.png"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
    assert not QImage(str(tmp_path / "f.png")).isNull() and not QImage(str(tmp_path / "h.png")).isNull()


def test_an_existing_file_is_kept_unless_force(sample_copy, tmp_path):
    ws = sample_copy("el-salvador")
    pdf, csv_file = tmp_path / "summary.pdf", tmp_path / "prices.csv"
    pdf.write_text("the previous summary")
    csv_file.write_text("the previous prices")
    for args, out in ((["report", "--workspace", str(ws), "--out", str(pdf), "--sections", "summary"], pdf),
                      (["export", "prices", "--workspace", str(ws), str(csv_file)], csv_file)):
        done = run(*args)
        assert done.returncode == 1 and "already exists and was kept" in done.stderr and "--force" in done.stderr
        assert out.read_text().startswith("the previous")
        assert run(*args, "--force").returncode == 0
        assert not out.read_text(errors="replace").startswith("the previous")
    assert pdf.read_bytes().startswith(b"%PDF-") and csv_file.read_text().startswith("date,close")
    done = run("report", "--workspace", str(ws), "--out", str(ws), "--force")  # --force never covers the workspace
    assert done.returncode == 1 and "is the open workspace" in done.stderr
