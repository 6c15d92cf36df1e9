"""Excel workbooks from the window: "Export to Excel…" beside each table's own export, and File > Export > All to
Excel… (one workbook: a sheet of inputs, then a sheet per table). The tables and the file are core's
(``core.tables``, ``core.io.workbook``, as ``reserve-desk export workbook`` writes them); here are the choices of
file, reporting currency and valuation date, and the work on a worker with progress and a Cancel that leaves no
file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import fmt, fx, tables
from ..core.errors import Cancelled, UserError, error_text
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.output_target import refusal
from ..core.workspace import Workspace
from .date_field import DateField, to_date
from .dialogs.forms import error_label
from .widgets import WrappedLabel, fit_dialog
from .worker import Task

# File > Export's entry (the main window's menu) and its tip
ALL_TO_EXCEL = QT_TRANSLATE_NOOP("Workbook", "All to &Excel…")
ALL_TO_EXCEL_TIP = QT_TRANSLATE_NOOP("Workbook", "Every table in one Excel workbook, in a reporting currency, after a "
                                                 "sheet of its inputs")
WROTE = QT_TRANSLATE_NOOP("Workbook", "Wrote the workbook to {path}")
SUFFIX = ".xlsx"
FOLDER_SETTING = "workbook/folder"
# Build = (workspace, converter, valuation date, the reasons a table was left out) -> the tables of one export
Build = Callable[[Workspace, fx.Converter, dt.date, list], list]

# each table a button exports -> the words of its default file name ("El Salvador ledger 2025-11-18.xlsx")
FILE_WORDS = {
    "ledger": QT_TRANSLATE_NOOP("Workbook", "ledger"),
    "wallets": QT_TRANSLATE_NOOP("Workbook", "wallets"),
    "prices": QT_TRANSLATE_NOOP("Workbook", "BTC prices"),
    "imf_schedule": QT_TRANSLATE_NOOP("Workbook", "IMF schedule"),
    "imf_position": QT_TRANSLATE_NOOP("Workbook", "Fund position"),
    "test_dates": QT_TRANSLATE_NOOP("Workbook", "test dates"),
    "stress_runs": QT_TRANSLATE_NOOP("Workbook", "stress runs"),
    "run_comparison": QT_TRANSLATE_NOOP("Workbook", "stress runs compared"),
    "planner": QT_TRANSLATE_NOOP("Workbook", "planner"),
    "audit_log": QT_TRANSLATE_NOOP("Workbook", "audit log"),
}


def builder(key: str, *, include_planned: bool = True, run_ids: list[int] | None = None, projection=None,
            audit_filters: dict | None = None) -> Build:
    """How the table ``key`` is built on the worker's own connection, with what the window shows of it."""
    from ..core.audit_view import audit_entries

    return {
        "ledger": lambda ws, conv, date, skipped: [tables.ledger(ws, conv)],
        "wallets": lambda ws, conv, date, skipped: [tables.wallets(ws, conv, date)],
        "prices": lambda ws, conv, date, skipped: [tables.prices(ws, conv)],
        "imf_schedule": lambda ws, conv, date, skipped: [tables.imf_schedule(ws, conv, include_planned),
                                                         tables.imf_by_year(ws, conv, include_planned)],
        "imf_position": lambda ws, conv, date, skipped: [tables.imf_position(ws, conv, include_planned)],
        "test_dates": lambda ws, conv, date, skipped: [tables.test_dates(ws, conv, date, include_planned)],
        "stress_runs": lambda ws, conv, date, skipped: [tables.stress_runs(ws, conv)],
        "run_comparison": lambda ws, conv, date, skipped: [tables.run_comparison(ws, conv, run_ids or [])],
        "planner": lambda ws, conv, date, skipped: [tables.planner_path(projection, conv),
                                                    tables.planner_mining(projection, conv)],
        "audit_log": lambda ws, conv, date, skipped: [tables.audit_log(ws, audit_entries(ws, **(audit_filters or {})))],
    }[key]


def every_table(ws: Workspace, conv: fx.Converter, date: dt.date, skipped: list) -> list:
    """File > Export > All to Excel…: every table with rows, as ``reserve-desk export workbook`` writes them."""
    return tables.all_tables(ws, conv, date, skipped=skipped)


def no_rates(workspace: Workspace, code: str, date: dt.date) -> str | None:
    """Why ``code`` cannot be the workbook's currency (no rates imported for it), or None."""
    if workspace.converter(code, date).has_rates:
        return None
    return translate("Workbook", "Reporting currency: the workspace has no {code} exchange rates, so every figure in "
                                 "{code} would be empty. Import a series of them first (File > Import > Exchange "
                                 "rates), or choose another currency.").format(code=fmt.currency_label(code))


def write_job(workspace: Workspace, out: Path, build: Build, code: str, date: dt.date):
    """The worker's job: the tables, built on the worker's own connection, written to ``out`` after the sheet of
    inputs; returns (sheets written, rows written, the tables left out and why)."""
    from ..core.io import workbook  # XlsxWriter: loaded by the first export, not at the window's start

    source, workspace_path = workspace.store, workspace.path

    def work(progress, cancelled):
        store = source.reopen()
        try:
            ws = Workspace(store)
            conv = ws.converter(code, date)
            skipped: list[str] = []
            book = build(ws, conv, date, skipped)
            if not any(t.rows for t in book):  # the window shows the table empty too: no file of headers only
                raise UserError(translate("Workbook", "{tables}: no rows to write, so no file was written.").format(
                    tables=", ".join(t.title for t in book)))
            if cancelled():
                raise Cancelled()
            progress(0.4)  # building the file takes about as long as reading the tables
            inputs = workbook.workspace_inputs(ws, conv, date, book, skipped)
            sheets = workbook.write_workbook(out, book, inputs, workspace_path, cancelled)
            progress(1.0)
            return sheets, sum(len(t.rows) for t in book), skipped
        finally:
            store.close()

    return work


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_()" else "_" for c in name).strip() or "workspace"


def _folder(settings: QSettings | None) -> Path:
    return Path(str(settings.value(FOLDER_SETTING, str(Path.home())))) if settings is not None else Path.home()


def default_name(workspace: Workspace, what: str, date: dt.date) -> str:
    #: a workbook's default file name: "El Salvador ledger 2025-11-18.xlsx" ({what}: the table, in the interface's words)
    return translate("Workbook", "{workspace} {what} {date}.xlsx").format(
        workspace=_safe(workspace.name), what=what, date=date.isoformat())


def target_problem(out: Path, workspace: Workspace) -> str | None:
    """Why ``out`` cannot be written (the field and the reason), or None."""
    if out.suffix.lower() != SUFFIX or not out.parent.is_dir():
        return translate("Workbook", "File: {file} must be an .xlsx file in an existing folder.").format(file=out)
    if reason := refusal(out, workspace.path):
        return translate("Workbook", "File: {file} is {reason}; a workbook is never written over it. Choose another "
                                     "name.").format(file=out, reason=reason)
    return None


def may_replace(parent: QWidget, title: str, out: Path) -> bool:
    answer = QMessageBox.question(parent, title, translate("Workbook", "{file} already exists in {folder}.\n\nReplace "
                                                                       "it with the new workbook?").format(
        file=out.name, folder=out.parent), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_file(parent: QWidget, title: str, start: Path) -> tuple[Path, bool] | None:
    """The file chosen in the save dialog, .xlsx added, and whether the dialog already agreed to replace it (a
    name we extended it never saw)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start),
                                          translate("Workbook", "Excel workbooks (*.xlsx)"))
    if not path:
        return None
    out = Path(path if path.lower().endswith(SUFFIX) else f"{path}{SUFFIX}").expanduser()
    return out, str(out) == path


def written_text(out: Path, result) -> str:
    sheets, rows, skipped = result
    #: {sheets} counts the sheets (always two or more: the inputs and a table); {rows}: "1,121 rows"
    text = translate("Workbook", "Written to {file}: {sheets} sheets, {rows}.").format(
        file=out, sheets=fmt.number(sheets), rows=translate("Workbook", "%n rows", None, rows).replace(
            str(rows), fmt.number(rows), 1))
    if skipped:
        text += "\n" + translate("Workbook", "Left out: {reasons}").format(reasons="; ".join(skipped))
    return text


def _owner_view(widget: QWidget):
    """The tab the widget belongs to: its workspace, reporting currency and date."""
    from .tabs.base import Tab

    while widget is not None and not isinstance(widget, Tab):
        widget = widget.parentWidget()
    return widget


def export_table(owner: QWidget, key: str, *, workspace: Workspace | None = None, currency: str | None = None,
                 date: dt.date | None = None, **options) -> None:
    """Ask for a file and write the table ``key`` (with ``options``: what the window shows of it) as a workbook,
    its inputs sheet first, in the reporting currency of the tab it is in (else ``currency``), as of its date;
    a progress dialog's Cancel leaves no file; a message says where it went or why not."""
    tab = _owner_view(owner)
    workspace = workspace or tab.workspace
    code = currency or tab.currency
    date = date or tab.date
    title = translate("Workbook", "Export to Excel")
    if key == "run_comparison" and len(options.get("run_ids") or []) < 2:
        QMessageBox.information(owner, title, translate(
            "Workbook", "Select two or more stored runs (Ctrl+click) to export their comparison."))
        return
    if key == "planner" and options.get("projection") is None:
        QMessageBox.information(owner, title, translate(
            "Workbook", "The projection is not ready yet: export it once it is shown."))
        return
    if problem := no_rates(workspace, code, date):
        QMessageBox.warning(owner, title, problem)
        return
    settings = getattr(owner.window(), "settings", None)
    start = _folder(settings) / default_name(workspace, translate("Workbook", FILE_WORDS[key]), date)
    choice = ask_file(owner, title, start)
    if choice is None:
        return
    out, confirmed = choice
    if problem := target_problem(out, workspace):
        QMessageBox.warning(owner, title, problem)
        return
    if out.exists() and not confirmed and not may_replace(owner, title, out):
        return
    progress = QProgressDialog(translate("Workbook", "Writing {file}…").format(file=out.name),
                               translate("Workbook", "Cancel"), 0, 100, owner)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)  # a small table is written before it would show
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    task = Task(write_job(workspace, out, builder(key, **options), code, date))
    progress.canceled.connect(task.cancel)

    def finish() -> None:
        progress.close()  # which says canceled: to a task already ended
        progress.deleteLater()

    def done(result) -> None:
        finish()
        if settings is not None:
            settings.setValue(FOLDER_SETTING, str(out.parent))
        QMessageBox.information(owner, title, written_text(out, result))

    def failed(error: Exception) -> None:
        finish()
        QMessageBox.warning(owner, title, translate("Workbook", "Cancelled: no file was written.")
                            if isinstance(error, Cancelled) else
                            translate("Workbook", "The workbook could not be written: {error}").format(
                                error=error_text(error)))

    task.deliver_to(owner, progress=lambda f: progress.setValue(round(f * 100)), finished=done, failed=failed)
    task.start()


TIPS = {  # what a button's workbook holds, where the table's name does not say it all
    "planner": QT_TRANSLATE_NOOP("Workbook", "The projection shown, month by month, and the bitcoin mined each year, "
                                             "as an Excel workbook"),
    "audit_log": QT_TRANSLATE_NOOP("Workbook", "The entries the filters show, with their full JSON, as an Excel "
                                               "workbook"),
}
TABLE_TIP = QT_TRANSLATE_NOOP("Workbook", "This table as an Excel workbook: numbers as numbers, dates as dates, money "
                                          "also in the reporting currency at each figure's own date")


def excel_button(owner: QWidget, key: str, options: Callable[[], dict] | None = None) -> QPushButton:
    """"Export to Excel…" for the table ``key`` of the tab ``owner`` is in; ``options()`` says what the window
    shows of it when the button is pressed (the planned purchases included or not, the runs compared...)."""
    b = QPushButton(translate("Workbook", "Export to Excel…"))
    b.setObjectName(f"excel-{key}")
    b.setToolTip(translate("Workbook", TIPS.get(key, TABLE_TIP)))
    b.clicked.connect(lambda: export_table(owner, key, **(options() if options else {})))
    return b


def stress_runs_button(owner: QWidget, selected_runs: Callable[[], list[int]]) -> QPushButton:
    """"Export to Excel…" beside the stored runs: every stored run, or the comparison of those selected."""
    b = QPushButton(translate("Workbook", "Export to Excel…"))
    b.setObjectName("excel-stress")
    b.setToolTip(translate("Workbook", "The stored runs, or the comparison of those selected, as an Excel workbook"))
    menu = QMenu(b)
    for label, key in ((translate("Workbook", "Stored runs…"), "stress_runs"),
                       (translate("Workbook", "The selected runs compared…"), "run_comparison")):
        action = menu.addAction(label, lambda k=key: export_table(owner, k, run_ids=selected_runs()))
        action.setObjectName(f"excel-{key}")
    b.setMenu(menu)
    return b


def beside(title: QWidget, *buttons: QWidget) -> QWidget:
    """A section's title with buttons at the right of its line: they take no height of their own."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(title, 1)
    for b in buttons:
        row.addWidget(b)
    box = QWidget()
    box.setLayout(row)
    return box


class WorkbookDialog(QDialog):
    """File > Export > All to Excel…: every table in one workbook, in a reporting currency and as of a date."""

    def __init__(self, workspace: Workspace, date: dt.date, currency: str = fx.USD,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.settings = workspace, settings
        self.task: Task | None = None
        self.written: Path | None = None
        self.replace_confirmed: Path | None = None  # the file the save dialog already agreed to replace
        self.setWindowTitle(self.tr("Export all to Excel"))
        self.currency = QComboBox()
        for code in workspace.reporting_currencies():
            self.currency.addItem(fmt.currency_label(code), code)
        self.currency.setCurrentIndex(max(self.currency.findData(currency), 0))
        self.currency.setToolTip(self.tr("Money columns are also given in this currency, each figure at the rate of "
                                         "its own date; the Inputs sheet says which rates"))
        self.date = DateField(date)
        self.date.setToolTip(self.tr("The valuation date: the wallets' holdings on this day, the test dates' NIR from "
                                     "the reserves known on it, figures after it at the assumed rate"))
        #: the default file name of the workbook of every table: "El Salvador tables 2025-11-18.xlsx"
        self.file = QLineEdit(str(_folder(settings) / self.tr("{workspace} tables {date}.xlsx").format(
            workspace=_safe(workspace.name), date=date.isoformat())))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Reporting currency"), self.currency)
        form.addRow(self.tr("Valuation date"), self.date)
        form.addRow(self.tr("File"), file_row)
        about = WrappedLabel(self.tr("A first sheet of inputs (the workspace, the date, the currency and its rates, the "
                                     "sources, the audit log's head), then a sheet per table: ledger, wallets, prices, "
                                     "the IMF schedule and position, test dates, stress runs, the planner's results "
                                     "and the audit log."))
        about.setObjectName("Note")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        keep_place = self.progress.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the buttons stay at the right, at their own width
        self.progress.setSizePolicy(keep_place)
        self.progress.setVisible(False)
        self.status = error_label()
        self.outcome = WrappedLabel()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # it names a file
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_dialog(self, 660, 260)

    def _browse(self) -> None:
        choice = ask_file(self, self.tr("Export all to Excel"), Path(self.file.text()))
        if choice is not None:
            out, confirmed = choice
            self.file.setText(str(out))
            self.replace_confirmed = out.resolve() if confirmed else None

    def export(self) -> None:
        self.status.setText("")
        self.outcome.setText("")
        out = Path(self.file.text().strip()).expanduser()
        code, date = self.currency.currentData(), to_date(self.date.date())
        if problem := no_rates(self.workspace, code, date) or target_problem(out, self.workspace):
            self.status.setText(problem)
            return
        if out.exists() and out.resolve() != self.replace_confirmed and \
                not may_replace(self, self.tr("Export all to Excel"), out):
            self.status.setText(self.tr("File: {file} already exists and was kept. Choose another name, or export "
                                        "again and replace it.").format(file=out.name))
            return
        self.task = Task(write_job(self.workspace, out, every_table, code, date))
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)),
                             finished=lambda result: self._done(out, result), failed=self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)
        for w in (self.currency, self.date, self.file):
            w.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _done(self, out: Path, result) -> None:
        self._busy(False)
        self.task = None
        self.written = out
        if self.settings is not None:
            self.settings.setValue(FOLDER_SETTING, str(out.parent))
        self.outcome.setText(written_text(out, result))

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        self.status.setText(self.tr("Cancelled: no file was written.") if isinstance(error, Cancelled) else
                            self.tr("The workbook could not be written: {error}").format(error=error_text(error)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()
