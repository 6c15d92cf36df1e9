"""File > Export PDF summary…: choose what the summary holds, then render it on a worker with progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import builtin_words, fmt, fx
from ..core.errors import Cancelled, error_text
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.output_target import refusal
from ..core.summary import PAPERS, SECTIONS, build_report
from ..core.workspace import Workspace
from ..report.pdf import render_pdf
from .dialogs.forms import error_label
from .widgets import fit_dialog
from .worker import Task

DEFAULT_MARKING = QT_TRANSLATE_NOOP("ReportDialog", "OFFICIAL - SENSITIVE")  # translated where it is offered
RUN_ID = Qt.ItemDataRole.UserRole


class ReportDialog(QDialog):
    def __init__(self, workspace: Workspace, date: dt.date, settings: QSettings | None = None, parent=None,
                 currency: str | None = None):
        super().__init__(parent)
        self.workspace, self.date, self.settings = workspace, date, settings
        self.task: Task | None = None
        self.written: Path | None = None
        self.replace_confirmed: Path | None = None  # the file the save dialog already asked to replace
        self.setWindowTitle(self.tr("Export PDF summary"))
        self.sections = {}
        grid = QGridLayout()
        for i, (key, title) in enumerate(SECTIONS.items()):
            box = QCheckBox(translate("summary", title))
            box.setChecked(True)
            self.sections[key] = box
            grid.addWidget(box, i // 2, i % 2)
        section_box = QWidget()
        section_box.setLayout(grid)
        self.runs = QListWidget()
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        stored = workspace.runs()
        latest = {r["id"] for r in stored[:2]}  # the two newest are ticked, as in `reserve-desk report`
        for r in stored:
            # '1 path' / '10,000 paths' as English writes them: a %n plural would read 'path(s)' and lose the grouping
            paths = self.tr("1 path") if r["paths"] == 1 else self.tr("{paths} paths").format(paths=fmt.number(r['paths']))
            item = QListWidgetItem(self.tr("Run {run_id}: {scenario}, {paths}, {created}").format(
                run_id=r["id"], scenario=builtin_words.scenario_name(r["scenario_id"], r["scenario_name"]) or self.tr("(deleted scenario)"), paths=paths,
                created=r["created_at"].replace("T", " ")))
            item.setData(RUN_ID, r["id"])
            item.setCheckState(Qt.CheckState.Checked if r["id"] in latest else Qt.CheckState.Unchecked)
            self.runs.addItem(item)
        if not self.runs.count():
            self.runs.addItem(self.tr("No stored runs: run a scenario in Stress Scenarios to include it."))
        self.runs.setMaximumHeight(130)
        self.paper = QComboBox()
        for key, label in PAPERS.items():
            self.paper.addItem(translate("summary", label), key)
        # the money figures' currency: the window's toolbar choice unless the caller names one
        self.currency = QComboBox()
        for code in workspace.reporting_currencies():
            self.currency.addItem(fx.symbol(code), code)
        wanted = currency or getattr(parent, "currency", fx.USD)
        self.currency.setCurrentIndex(max(self.currency.findData(wanted), 0))
        self.currency.setToolTip(self.tr("Every money figure of the summary in this currency, each at the rate of its own "
                                         "date; the rates used and their sources are listed in its last section."))
        self.marking = QLineEdit(self._setting("report/marking", translate("ReportDialog", DEFAULT_MARKING)))
        self.marking.setMaxLength(100)
        #: the placeholder of an empty security marking: the PDF carries no marking
        self.marking.setPlaceholderText(self.tr("none"))
        folder = Path(self._setting("report/folder", str(Path.home())))
        #: the default file name: "El Salvador summary 2025-11-18.pdf"
        self.file = QLineEdit(str(folder / self.tr("{workspace} summary {date}.pdf").format(
            workspace=_safe(workspace.name), date=date)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.open_after = QCheckBox(self.tr("Open the PDF when done"))
        self.open_after.setChecked(self._setting("report/open", "true") == "true")
        form = QFormLayout()
        form.addRow(self.tr("Sections"), section_box)
        form.addRow(self.tr("Stress runs"), self.runs)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Paper"), self.paper)
        #: the security classification printed on every page (e.g. OFFICIAL - SENSITIVE)
        form.addRow(self.tr("Marking"), self.marking)
        form.addRow(self.tr("File"), file_row)
        form.addRow("", self.open_after)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = error_label()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        fit_dialog(self, 620, 520)

    def _setting(self, key: str, default: str) -> str:
        return str(self.settings.value(key, default)) if self.settings is not None else default

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF summary"), self.file.text(), "PDF (*.pdf)")
        if path:
            chosen = path if path.lower().endswith(".pdf") else f"{path}.pdf"
            self.file.setText(chosen)
            if chosen == path:  # the save dialog asked before choosing an existing file; a name we extended it did not
                self.replace_confirmed = Path(path).expanduser().resolve()

    def chosen_runs(self) -> list[int]:
        items = (self.runs.item(i) for i in range(self.runs.count()))
        return [item.data(RUN_ID) for item in items if item.data(RUN_ID) is not None and item.checkState() == Qt.CheckState.Checked]

    def export(self) -> None:
        out = Path(self.file.text().strip()).expanduser()
        sections = [key for key, box in self.sections.items() if box.isChecked()]
        if not sections:
            self.status.setText(self.tr("Sections: choose at least one."))
            return
        if out.suffix.lower() != ".pdf" or not out.parent.is_dir():
            self.status.setText(self.tr("File: {file} must be a .pdf in an existing folder.").format(file=out))
            return
        if reason := self._input_file(out):
            self.status.setText(self.tr("File: {file} is {reason}; the summary is never written over it. Choose another "
                                         "name.").format(file=out, reason=reason))
            return
        if out.exists() and not self._may_replace(out):
            self.status.setText(self.tr("File: {file} already exists and was kept. Choose another name, or export "
                                        "again and replace it.").format(file=out.name))
            return
        source, date, runs, marking, paper = (self.workspace.store, self.date, self.chosen_runs(),
                                              self.marking.text().strip(), self.paper.currentData())
        currency = self.currency.currentData()

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection: the model reads every input table (its digest)
            try:
                report = build_report(Workspace(store), date, sections, runs, marking, currency=currency)
            finally:
                store.close()
            return render_pdf(report, out, paper, progress, cancelled, self.workspace.path)

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)),
                             finished=lambda pages: self._done(out, pages), failed=self._failed)
        self._busy(True)
        self.status.setText(self.tr("Rendering…"))
        self.task.start()

    def _input_file(self, out: Path) -> str | None:
        """Why ``out`` is one of the workspace's own files (never to be written over), or None: the rule of
        io.output_target, which render_pdf applies again."""
        return refusal(out, self.workspace.path)

    def _may_replace(self, out: Path) -> bool:
        if out.resolve() == self.replace_confirmed:
            return True
        answer = QMessageBox.question(self, self.tr("Export PDF summary"),
                                      self.tr("{file} already exists in {folder}.\n\nReplace it with the new summary?")
                                      .format(file=out.name, folder=out.parent),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _done(self, out: Path, pages: int) -> None:
        self._busy(False)
        self.task = None
        self.written = out
        if self.settings is not None:
            self.settings.setValue("report/marking", self.marking.text().strip())
            self.settings.setValue("report/folder", str(out.parent))
            self.settings.setValue("report/open", "true" if self.open_after.isChecked() else "false")
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        self.status.setText(self.tr("Cancelled: no file was written.") if isinstance(error, Cancelled) else
                            self.tr("The summary could not be written: {error}").format(error=error_text(error)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_()" else "_" for c in name).strip() or "workspace"
