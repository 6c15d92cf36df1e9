"""Import a file (transactions, prices, an IMF program, macro and reserve data): check it, then import it
in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ...core import fx
from ...core.errors import error_text
from ...core.io.csv_source import CsvOptions, CsvSource
from ...core.io.fields import InputError
from ...core.io.import_report import ImportReport
from ...core.io.importers import IMPORTERS, ImportOptions, WholeFileResult
from ...core.io.prices_csv import PriceColumns, detect_columns
from ...core.workspace import Workspace
from ..table_model import Column, RecordTableModel
from ..widgets import fit_dialog, record_table
from ..worker import Task
from .forms import check_and_import_buttons


class ImportDialog(QDialog):
    """Choose a file and its conventions, check it (dry run), then import it in the background: transactions
    or prices (CSV, row by row), an IMF program (JSON) or macro and reserve data (CSV), both whole or not at all."""

    def __init__(self, workspace: Workspace, what: str, parent=None, path: str | None = None):
        super().__init__(parent)
        if what not in IMPORTERS:
            raise ValueError(f"what: one of {', '.join(IMPORTERS)}")
        self.workspace, self.what, self.importer = workspace, what, IMPORTERS[what]
        self.report: ImportReport | WholeFileResult | None = None
        self.task: Task | None = None
        self.accept_implausible = False  # prices: set once the user has seen the evidence and said yes
        self.setWindowTitle(self.importer.title)
        fit_dialog(self, 760, 520)
        self.file = QLineEdit(path or "")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.date_order = QComboBox()
        #: the order of a date's parts in the file (YYYY, MM, DD as the reader's language writes them)
        for label, key in ((self.tr("YYYY-MM-DD (ISO)"), "iso"), (self.tr("DD/MM/YYYY (day first)"), "dmy"),
                           (self.tr("MM/DD/YYYY (month first)"), "mdy")):
            self.date_order.addItem(label, key)
        self.decimal = QComboBox()
        #: the file's decimal mark
        self.decimal.addItem(self.tr("point: 1234.56"), "point")
        #: the file's decimal mark
        self.decimal.addItem(self.tr("comma: 1234,56"), "comma")
        self.asset = QLineEdit("BTC")
        self.date_column, self.close_column = QComboBox(), QComboBox()
        # an exchange-rate series: its currency (offered: the workspace's, or any code typed) and its quote
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if "currency" in self.importer.options:  # the only importer that reads the workspace's currencies
            local = workspace.member.local_currency  # first: the series a member imports most
            self.currency.addItems(sorted((c for c in workspace.reporting_currencies() if c != fx.USD),
                                          key=lambda c: c != local))
        self.currency.setToolTip(self.tr("The currency the file's rates are for: choose one or type its code (three "
                                         "letters, such as PKR; SDR or XDR for the SDR)"))
        self.quote = QComboBox()
        #: how an exchange-rate file quotes its rates
        self.quote.addItem(self.tr("units of the currency per US$ (USD/PKR: 278.40)"), "per-usd")
        #: how an exchange-rate file quotes its rates
        self.quote.addItem(self.tr("US$ per unit of the currency (the IMF's SDR: 1.3281)"), "usd-per-unit")
        self.quote_note = QLabel()
        self.quote_note.setObjectName("Note")
        self.quote_note.setWordWrap(True)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.quote.currentIndexChanged.connect(lambda *_: self._explain_quote())
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows even if some rows are invalid"))
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        applies = self.importer.options
        if "csv" in applies:
            form.addRow(self.tr("Dates"), self.date_order)
            form.addRow(self.tr("Decimal mark"), self.decimal)
        if "asset" in applies:
            form.addRow(self.tr("Asset"), self.asset)
        if "currency" in applies:
            form.addRow(self.tr("Currency"), self.currency)
        if "quote" in applies:
            #: how the file's exchange rates are quoted
            form.addRow(self.tr("Quoted as"), self.quote)
            form.addRow("", self.quote_note)
            self._currency_changed(self.currency.currentText())
        if "columns" in applies:
            form.addRow(self.tr("Date column"), self.date_column)
            #: the file's column holding the closing price
            form.addRow(self.tr("Close column"), self.close_column)
        if "skip_invalid" in applies:
            form.addRow("", self.skip_invalid)
        if self.importer.note:  # macro: the IMF's definitions, where the figures are entered
            inputs = QLabel(self.importer.note)
            inputs.setWordWrap(True)
            form.addRow(self.tr("Columns"), inputs)
        self.summary = QLabel(self._intro())
        self.summary.setWordWrap(True)
        self.problems = RecordTableModel([
            #: the row of the file a problem is in
            Column(self.tr("Row"), lambda p: p.row or "", numeric=True), Column(self.tr("Field"), lambda p: p.field),
            Column(self.tr("Reason"), lambda p: p.reason, tooltip=lambda p: p.reason)])  # a long reason, whole on hover
        self.problem_view = record_table(self.problems, stretch_column=2)
        buttons = check_and_import_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(buttons)
        self.file.textChanged.connect(self._file_changed)
        self.asset.textChanged.connect(self._forget_acceptance)
        self._file_changed(self.file.text())

    def _currency_changed(self, text: str) -> None:
        """The usual quote of the currency chosen: the SDR in US$ per SDR as the IMF publishes it, any other per
        US$ as markets quote USD/PKR; the user can still choose the other."""
        code = text.strip().upper()
        self.quote.setCurrentIndex(self.quote.findData("usd-per-unit" if code in (fx.SDR, "XDR") else "per-usd"))
        self._explain_quote()

    def _explain_quote(self) -> None:
        code = self.currency.currentText().strip().upper() or "PKR"
        code = fx.symbol(fx.ALIASES.get(code, code))  # the SDR reads DEG in Spanish
        if self.quote.currentData() == "per-usd":
            text = self.tr("A rate of 278.40 means {code} 278.40 for one US$.")
        else:
            text = self.tr("A rate of 1.3281 means US$1.3281 for one {code}; it is kept as {code} per US$ (1 / "
                           "1.3281 = 0.7530).")
        self.quote_note.setText(text.format(code=code) + " " + self.tr(
            "A figure converts at the last rate on or before its own date, if at most {days} days old.").format(
            days=fx.MAX_RATE_AGE_DAYS))

    def _intro(self) -> str:
        intro = self.tr("Choose a file, then Check to see what it holds before anything is written.")
        return intro + (" " + self.tr("The file is accepted whole or refused whole.") if self.importer.whole_file else "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.importer.title, str(Path.home()), self.importer.file_filter)
        if path:
            self.file.setText(path)

    def _forget_acceptance(self, *_) -> None:
        self.accept_implausible = False

    def _file_changed(self, text: str) -> None:
        self._forget_acceptance()
        self.date_column.clear()
        self.close_column.clear()
        if "columns" not in self.importer.options or not Path(text).is_file():
            return
        try:
            with CsvSource(text) as source:
                columns = source.columns
        except (InputError, OSError) as exc:
            self.summary.setText(str(exc))
            return
        detected = detect_columns(columns)
        self.date_column.addItems(columns)
        self.close_column.addItems(columns)
        if detected:
            self.date_column.setCurrentText(detected.date)
            self.close_column.setCurrentText(detected.close)
            self.summary.setText(self.tr("Recognised as {format}.").format(format=detected.format))
        else:
            self.summary.setText(self.tr("Columns not recognised: choose the date and close columns."))

    def _columns(self) -> PriceColumns | None:
        detected = detect_columns([self.date_column.itemText(i) for i in range(self.date_column.count())])
        chosen = (self.date_column.currentText(), self.close_column.currentText())
        if detected and (detected.date, detected.close) == chosen:
            return detected
        return PriceColumns(*chosen) if all(chosen) else None

    def options(self) -> CsvOptions:
        return CsvOptions(date_order=self.date_order.currentData(), decimal=self.decimal.currentData())

    def _run(self, dry_run: bool) -> None:
        path = self.file.text().strip()
        if not Path(path).is_file():
            self.summary.setText(self.tr("Choose a file first."))
            return
        options, skip, source = self.options(), self.skip_invalid.isChecked(), self.workspace.store
        chosen = ImportOptions(options, asset=self.asset.text(), columns=self._columns(), skip_invalid=skip,
                               accept_implausible=self.accept_implausible, currency=self.currency.currentText().strip(),
                               quote=self.quote.currentData(), dry_run=dry_run)
        importer = self.importer

        def work(progress, cancelled):
            store = source.reopen()  # its own connection, in the worker thread
            try:
                return importer(store, path, chosen, progress, cancelled)
            finally:
                store.close()

        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(int(f * 100)),
                             finished=lambda report: self._finished(report, dry_run), failed=self._failed)
        self._busy(True)
        self.task.start()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def _finished(self, report: ImportReport | WholeFileResult, dry_run: bool) -> None:
        self._busy(False)
        self.task = None
        self.report = report
        self.summary.setText(report.summary())
        self.problems.set_records(list(report.invalid))
        if report.written:
            self.accept()
        elif report.implausible and report.blocked and not self.accept_implausible \
                and self.ask_implausible(report.implausible):
            self.accept_implausible = True
            self._run(dry_run)  # the same step again, now that the user has accepted the evidence

    def ask_implausible(self, evidence: str) -> bool:
        """Ask before importing a series that does not look like the asset; the default answer is No."""
        asset = self.asset.text().strip().upper()
        answer = QMessageBox.question(
            self, self.tr("These may not be prices of {asset}").format(asset=asset),
            self.tr("{file} does not look like {asset} prices in US$:\n\n{evidence}.\n\nIt may be another series (an "
                    "exchange rate, another asset or currency). Import it as {asset} prices anyway?").format(
                file=Path(self.file.text()).name, asset=asset, evidence=evidence),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.task = None
        self.summary.setText(self.tr("Nothing was written: {error}").format(error=error_text(error)))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()
