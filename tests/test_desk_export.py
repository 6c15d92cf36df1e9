"""Issue 15, item 1: File > Export PDF summary from the window, dialog included, never crashes the app."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.gui.app import create_app
from desktop.gui.main_window import MainWindow

REAL_EXEC = QDialog.exec  # conftest refuses modal dialogs; this test answers its own


def test_ten_exports_in_a_row_from_the_window(qtbot, sample_copy, tmp_path, monkeypatch):
    from desktop.gui import report_dialog

    monkeypatch.setattr(QDialog, "exec", REAL_EXEC)
    opened = []
    monkeypatch.setattr(report_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    create_app()
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("el-salvador"))
    window.show()
    seen = []

    def answer(n: int) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, report_dialog.ReportDialog)
        seen.append(n)
        dialog.file.setText(str(tmp_path / f"summary {n}.pdf"))
        dialog.open_after.setChecked(n % 2 == 0)  # "open when done" on and off
        dialog.export_button.click()

    for n in range(10):
        QTimer.singleShot(0, lambda n=n: answer(n))
        window.export_report()  # modal: returns when the dialog closes after writing
        qtbot.wait(20)  # the event loop runs what the dialog left queued; the crash happened here
        assert window.isVisible()
    assert seen == list(range(10))
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(f"summary {n}.pdf" for n in range(10))
    assert opened == [str(tmp_path / f"summary {n}.pdf") for n in range(0, 10, 2)]
    assert "summary 9.pdf" in window.statusBar().currentMessage()
