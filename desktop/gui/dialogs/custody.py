"""The custody dialogs: register an address or a descriptor to a wallet; import chain statements."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core import fmt as number_format
from ...core.custody import register
from ...core.custody.chain_merge import ChainImport
from ...core.custody.register import SecretRefused
from ...core.errors import Cancelled, error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import FieldError, InputError
from ...core.io.output_target import refusal, write_output
from ...core.summary import PAPERS
from ...core.workspace import Workspace
from ...report.statement_pdf import MAX_MARKING_CHARS, render_statement_pdf, statement_report
from ..report_dialog import DEFAULT_MARKING
from ..report_dialog import _safe as safe_name
from ..table_model import Column, RecordTableModel
from ..widgets import fit_dialog, note_label, record_table
from ..worker import Task
from .forms import FieldErrors, check_and_import_buttons, form_footer

BARE_KEY = re.compile(r"\s*[A-Za-z0-9]{100,120}\s*")  # an extended key alone (register.parse reads it)


def is_descriptor(text: str) -> bool:
    """Whether the text is read as an output descriptor or a bare extended key, rather than a single address.
    Either reading refuses a private key or seed words, so a wrong guess cannot let a secret through."""
    return "(" in text or bool(BARE_KEY.fullmatch(text))


class AddressDialog(QDialog):
    """Add a single address, or an output descriptor (or a bare ypub/zpub) and its first addresses, to a wallet.

    The register writes in a worker with its own connection (deriving 10,000 addresses a branch takes seconds);
    ``added`` then holds what was registered. A private key or seed words are refused: the field is cleared at
    once, so the secret stays on screen no longer than it takes to read the warning."""

    def __init__(self, workspace: Workspace, parent=None, wallet: str | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.added: tuple[str | None, int] | None = None  # (descriptor or None, addresses registered)
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Add address or descriptor"))
        self.wallet = QComboBox()
        self.wallet.addItems([w.name for w in workspace.wallets if not w.archived])
        if wallet:
            self.wallet.setCurrentText(wallet)
        self.text = QLineEdit()
        self.text.setMaxLength(5000)
        self.text.setPlaceholderText("bc1q…, wpkh([fingerprint/84h/0h/0h]xpub…/<0;1>/*), zpub…")
        # the whole example in view (it was cut at "zpu…"), and room for a descriptor's start
        self.text.setMinimumWidth(max(self.text.fontMetrics().averageCharWidth() * 60,
                                      self.text.fontMetrics().horizontalAdvance(self.text.placeholderText()) + 16))
        self.reading = note_label()
        self.count = QSpinBox()
        self.count.setRange(1, register.MAX_DERIVED)
        self.count.setValue(register.DEFAULT_COUNT)
        self.count.setGroupSeparatorShown(True)
        self.count.setToolTip(self.tr("How many addresses of each branch (receive, change) are derived and registered "
                                      "now"))
        self.gap_limit = QSpinBox()
        self.gap_limit.setRange(1, register.MAX_DERIVED)
        self.gap_limit.setValue(register.DEFAULT_GAP_LIMIT)
        self.gap_limit.setToolTip(self.tr("Unused addresses kept after the last used one (BIP-44's gap limit, usually "
                                          "20): a chain statement that shows one of them used derives more"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # deriving gives no steps to count
        self.progress.hide()
        form = QFormLayout()
        form.addRow(self.tr("Wallet"), self.wallet)
        form.addRow(self.tr("Address or descriptor"), self.text)
        form.addRow("", self.reading)
        form.addRow(self.tr("Addresses per branch"), self.count)
        form.addRow(self.tr("Gap limit"), self.gap_limit)
        form.addRow("", self.progress)
        self._read_as(self.text.text())  # the longest note, before the dialog is sized to the form
        self.error = form_footer(self, form)
        self.field_errors = FieldErrors(form, {"wallet": self.wallet, "text": self.text, "count": self.count,
                                                "gap_limit": self.gap_limit},
                                        self.error)
        self.text.textChanged.connect(self._read_as)
        self.text.setFocus()  # the wallet is chosen already (the page's): what is typed or pasted goes here

    def _read_as(self, text: str) -> None:
        descriptor = is_descriptor(text)
        self.count.setEnabled(descriptor)
        self.gap_limit.setEnabled(descriptor)
        if not text.strip():
            self.reading.setText(self.tr("A single address, an output descriptor, or a ypub or zpub (its receive and "
                                         "change chains). Public information only: a private key or seed words are "
                                         "refused."))
        elif descriptor:
            self.reading.setText(self.tr("Read as an output descriptor: its first addresses on each branch are derived "
                                         "and registered with their paths."))
        else:
            self.reading.setText(self.tr("Read as a single address."))

    def _accept(self) -> None:
        wallet, text = self.wallet.currentText(), self.text.text().strip()
        count, gap_limit = self.count.value(), self.gap_limit.value()
        if not wallet:
            self.field_errors.show(["wallet: " + self.tr("add a wallet first (Holdings > Add wallet…)")])
            return
        if not text:
            self.field_errors.show(["text: " + self.tr("give an address or a descriptor")])
            return
        source, descriptor = self.workspace.store, is_descriptor(text)

        def work(progress, cancelled):
            store = source.reopen()  # its own connection, in the worker thread, in the window's mode
            try:
                ws = Workspace(store)
                if descriptor:
                    full, added = ws.add_descriptor(wallet, text, count, gap_limit=gap_limit)
                    return full, len(added)
                ws.add_address(wallet, text)
                return None, 1
            finally:
                store.close()

        self.task = Task(work)
        self.task.deliver_to(self, finished=self._done, failed=self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.wallet, self.text, self.findChild(QDialogButtonBox)):
            widget.setEnabled(not busy)
        for widget in (self.count, self.gap_limit):
            widget.setEnabled(not busy and is_descriptor(self.text.text()))
        self.error.setText("")  # the refusals' line, in red: the work in progress is said under the field
        if busy:
            self.reading.setText(self.tr("Checking and deriving the addresses…"))
        else:
            self._read_as(self.text.text())

    def _done(self, result) -> None:
        self.task = None
        self._busy(False)
        self.added = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self._busy(False)
        if isinstance(error, SecretRefused):
            # never left on screen, nor in the field's own undo (clear() can be undone with Ctrl+Z; setText
            # forgets the history); the message does not repeat it
            self.text.setText("")
        if isinstance(error, FieldError):
            field = "text" if error.field in ("address", "descriptor") else error.field
            self.field_errors.show([f"{field}: {error.reason}"])
        else:
            self.error.setText(self.tr("Nothing was registered: {error}").format(error=error_text(error)))

    def reject(self) -> None:
        if self.task is None:  # the register is written whole or not at all: it is not stopped half-way
            super().reject()


FORMAT_CHOICES = ((QT_TRANSLATE_NOOP("ChainImportDialog", "Recognise each file"), None),
                  ("Esplora or mempool.space JSON (/api/address/…/txs)", "esplora"),
                  ("Bitcoin Core JSON (listtransactions, listunspent)", "core"),
                  ("CSV: address, txid, block_time, delta_sat", "csv"))  # the others: names and codes


@dataclass(frozen=True)
class Problem:
    """One problem of a refused import: the file, the place in it (an array index or a row), the field, why."""

    file: str
    where: str
    field: str
    reason: str

    @classmethod
    def read(cls, text: str) -> Problem:
        """From the importer's "file: where: field: reason"; a problem of a whole file has no place or field
        ("file: not valid JSON (…: line 1 column 300)"), and a reason may itself hold ": " (inside brackets or
        after the field), so only a position ([3], row 5) is read as the place and a short name as the field."""
        parts = _split_outside_brackets(text)
        if len(parts) < 2:
            return cls("", "", "", text)
        file, rest = parts[0], parts[1:]
        where = rest.pop(0) if len(rest) > 1 and _WHERE.fullmatch(rest[0]) else ""
        field = rest.pop(0) if len(rest) > 1 and _FIELD.fullmatch(rest[0]) else ""
        return cls(file, where, field, ": ".join(rest))


_WHERE = re.compile(r"\[\d+\]|[^\W\d_]+ \d+")  # the readers' places: a JSON array's index, a CSV row ("row 5", "fila 5")
_FIELD = re.compile(r"[A-Za-z_][\w.\[\]]{0,39}( [a-z_]+)?")  # txid, vout[2].value, send entries


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at each ": " that is not inside brackets (a JSON error's "(… at: line 1 column 3)")."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == ":" and depth == 0 and text.startswith(": ", i):
            parts.append(text[start:i])
            start = i + 2
    return [*parts, text[start:]]


def undoable(outcome: ChainImport) -> bool:
    """Whether Edit > Undo can take the import back by deleting the rows it added: one that met known
    transactions may have updated them (confirmed since, block, fee), and one that derived addresses to a gap
    limit changed its descriptors' counts; deleting the new rows would leave those changes."""
    return not outcome.duplicates and not outcome.addresses_derived


class ChainImportDialog(QDialog):
    """Choose chain statement files and their format, check them (nothing written), then import them in the
    background, all files at once or none: the same steps as the other imports. ``outcome`` says what it found;
    given the tables' last rowids before (``undo_marks``), ``undo_rows`` holds the rows an undoable import added,
    read by the worker (100,000 transactions are hundreds of megabytes: seconds on the window's thread)."""

    def __init__(self, workspace: Workspace, parent=None, paths: list[str] | None = None,
                 undo_marks: dict[str, int] | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.outcome: ChainImport | None = None
        self.undo_marks, self.undo_rows = undo_marks, None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import chain statements"))
        fit_dialog(self, 820, 560)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(self.files.fontMetrics().height() * 6)
        add, remove = QPushButton(self.tr("&Add files…")), QPushButton(self.tr("&Remove"))
        add.clicked.connect(self._browse)
        remove.clicked.connect(self._remove)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.format = QComboBox()
        for label, key in FORMAT_CHOICES:
            self.format.addItem(translate("ChainImportDialog", label), key)
        form = QFormLayout()
        form.addRow(self.tr("Files"), file_row)
        form.addRow(self.tr("Format"), self.format)
        self.summary = QLabel(self.tr("Add the files saved on the connected machine, then Check to see what they hold "
                                      "before anything is written. The files are imported together or not at all; a "
                                      "transaction seen in several files counts once."))
        self.summary.setWordWrap(True)
        self.problems = RecordTableModel([
            Column(self.tr("File"), lambda p: p.file),
            #: where in a file a problem is: an array index or a row
            Column(self.tr("Where"), lambda p: p.where),
            Column(self.tr("Field"), lambda p: p.field),
            Column(self.tr("Reason"), lambda p: p.reason, tooltip=lambda p: p.reason)])
        self.problem_view = record_table(self.problems, stretch_column=3)
        buttons = check_and_import_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(buttons)
        self.add_paths(paths or [])

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def add_paths(self, paths: list[str]) -> None:
        known = set(self.paths())
        for path in paths:
            if path not in known:
                self.files.addItem(path)
                known.add(path)
        self._files_changed()

    def _files_changed(self) -> None:
        """What a check found no longer holds for other files: its problems and summary are taken away."""
        if self.problems.records or self.outcome is not None:
            self.problems.set_records([])
            self.outcome = None
            self.summary.setText(self.tr("The files changed: Check again to see what they hold before anything is "
                                         "written."))

    def _browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chain statements"), str(Path.home()),
                                                self.tr("Chain statements (*.json *.csv *.txt);;All files (*)"))
        self.add_paths(paths)

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._files_changed()

    def _run(self, dry_run: bool) -> None:
        paths = [Path(p) for p in self.paths()]
        missing = [p.name for p in paths if not p.is_file()]
        if not paths or missing:
            self.summary.setText(self.tr("Files: {names} cannot be read.").format(names=", ".join(missing)) if missing
                                 else self.tr("Add the files first."))
            return
        source, fmt, marks = self.workspace.store, self.format.currentData(), self.undo_marks

        def work(progress, cancelled):
            def step(fraction: float) -> None:
                if fraction < 1 and cancelled():  # before anything is written; at 1 the import is done
                    raise Cancelled
                progress(fraction)

            store = source.reopen()  # its own connection, in the worker thread, in the window's mode
            try:
                ws = Workspace(store)
                result = ws.import_chain(paths, fmt, dry_run=dry_run, progress=step)
                wrote = result.written and marks is not None and undoable(result)
                return result, ws.rows_after(marks) if wrote else None
            finally:
                store.close()

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)),
                             finished=self._finished, failed=self._failed)
        self._busy(True)
        self.problems.set_records([])
        self.summary.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _finished(self, done: tuple[ChainImport, dict | None]) -> None:
        self._busy(False)
        self.task = None
        result, self.undo_rows = done
        self.outcome = result
        self.summary.setText((self.tr("Nothing written yet: ") if result.dry_run else "") + result.summary() + ".")
        if result.written:
            self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Stopped: nothing was written."))
        elif isinstance(error, InputError):
            self.problems.set_records([Problem.read(p) for p in error.problems])
            n = len(error.problems)
            self.summary.setText((self.tr("Nothing was written: {n} problem below (every file is checked; any problem "
                                          "blocks the whole import).") if n == 1 else
                                  self.tr("Nothing was written: {n} problems below (every file is checked; any "
                                          "problem blocks the whole import).")).format(n=number_format.number(n)))
        else:
            self.summary.setText(self.tr("Nothing was written: {error}").format(error=error_text(error)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()


DATA_SHARE = 0.4  # of the statement's progress bar: reading and reconciling, before the pages are drawn


class StatementDialog(QDialog):
    """Export the statement of public-sector addresses and balances as of a date: a PDF with the officials'
    signature block and, if asked, its CSV; rendered in a worker with progress and Stop. ``written`` holds the
    files once done."""

    def __init__(self, workspace: Workspace, date: dt.date, parent=None):
        super().__init__(parent)
        self.workspace, self.date = workspace, date
        self.task: Task | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export statement as of {date}").format(date=date.isoformat()))
        folder = Path.home()
        #: the default file name, without its .pdf or .csv: "El Salvador statement 2025-11-18"
        stem = self.tr("{workspace} statement {date}").format(workspace=safe_name(workspace.name), date=date)
        self.pdf = QLineEdit(str(folder / f"{stem}.pdf"))
        self.csv = QLineEdit(str(folder / f"{stem}.csv"))
        self.with_csv = QCheckBox(self.tr("Also write the CSV (one row per address, then the totals)"))
        self.with_csv.setChecked(True)
        self.with_csv.toggled.connect(self.csv.setEnabled)
        self.paper = QComboBox()
        for key, label in PAPERS.items():
            self.paper.addItem(translate("summary", label), key)
        self.marking = QLineEdit(translate("ReportDialog", DEFAULT_MARKING))
        self.marking.setMaxLength(MAX_MARKING_CHARS)
        #: a marking of none: the statement's pages carry no classification
        self.marking.setPlaceholderText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.tr("As of"), QLabel(self.tr("{date} (end of the day, UTC): the Custody page's date").format(
            date=date.isoformat())))
        form.addRow("PDF", self._with_browse(self.pdf, "PDF (*.pdf)"))
        form.addRow("", self.with_csv)
        form.addRow("CSV", self._with_browse(self.csv, self.tr("CSV files (*.csv)")))
        form.addRow(self.tr("Paper"), self.paper)
        #: the classification printed on every page (OFFICIAL - SENSITIVE)
        form.addRow(self.tr("Marking"), self.marking)
        self.status = QLabel(self.tr("The statement lists every registered address with its confirmed balance, each "
                                     "wallet's ledger and chain balances, the chain statements' SHA-256 and the audit "
                                     "log's head."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        fit_dialog(self, 720, 330)

    def _with_browse(self, field: QLineEdit, file_filter: str) -> QHBoxLayout:
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._browse(field, file_filter))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        return row

    def _browse(self, field: QLineEdit, file_filter: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), field.text(), file_filter)
        if path:
            field.setText(path)

    def outputs(self) -> list[Path]:
        return [Path(self.pdf.text().strip()).expanduser()] + (
            [Path(self.csv.text().strip()).expanduser()] if self.with_csv.isChecked() else [])

    def _refused(self, outputs: list[Path]) -> str | None:
        """Why the files cannot be written as named (said before any work), or None."""
        for out, suffix, label in zip(outputs, (".pdf", ".csv"), ("PDF", "CSV"), strict=False):
            if out.suffix.lower() != suffix or not out.parent.is_dir():
                return self.tr("{label}: {path} must be a {suffix} file in an existing folder.").format(
                    label=label, path=out, suffix=suffix)
            if reason := refusal(out, self.workspace.path):
                return self.tr("{label}: {path} is {reason}; the statement is never written over it.").format(
                    label=label, path=out, reason=reason)
        if len(outputs) == 2 and outputs[0].resolve() == outputs[1].resolve():
            return self.tr("CSV: the same file as the PDF.")
        return None

    def export(self) -> None:
        outputs = self.outputs()
        if reason := self._refused(outputs):
            self.status.setText(reason)
            return
        existing = [out.name for out in outputs if out.exists()]
        exist = (self.tr("{name} already exists.").format(name=existing[0]) if len(existing) == 1 else
                 self.tr("{names} already exist.").format(names=self.tr(" and ").join(existing)))
        if existing and QMessageBox.question(
                self, self.windowTitle(), exist + "\n\n" + self.tr("Replace with the new statement?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            self.status.setText(self.tr("Nothing written: choose other file names, or export again and replace them."))
            return
        source, date, paper, marking = self.workspace.store, self.date, self.paper.currentData(), self.marking.text()

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection: the statement reads the whole workspace
            try:
                ws = Workspace(store)
                statement = ws.statement(date)  # seconds for 10,000 addresses: the first part of the bar
                report = statement_report(ws, statement, marking.strip())
            finally:
                store.close()
            if cancelled():
                raise Cancelled
            progress(DATA_SHARE)
            if len(outputs) > 1:
                statement.check_output(outputs[1])  # before either is written: never over a chain statement it cites
            pages = render_statement_pdf(statement, report, outputs[0], paper, source.path,
                                         lambda f: progress(DATA_SHARE + (1 - DATA_SHARE) * f), cancelled)
            if len(outputs) > 1:
                write_output(outputs[1], statement.csv_text().encode("utf-8"), source.path)
            return pages

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)),
                             finished=lambda pages: self._done(outputs, pages), failed=self._failed)
        self._busy(True)
        self.status.setText(self.tr("Writing the statement…"))
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _done(self, outputs: list[Path], pages: int) -> None:
        self._busy(False)
        self.task = None
        self.written = outputs
        self.pages = pages
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        self.status.setText(self.tr("Stopped: no file was written.") if isinstance(error, Cancelled) else
                            self.tr("The statement could not be written: {error}").format(error=error_text(error)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # seen when the reading or the page being drawn is done
            self.status.setText(self.tr("Stopping: no file will be written…"))
        else:
            self.reject()
