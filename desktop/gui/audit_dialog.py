"""The audit log viewer: every recorded change to the workspace, filtered by date, table and user, exportable as CSV;
verified, and anchored by a signed checkpoint, without the command line."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from ..core import fmt, fx
from ..core.audit_view import (
    AuditEntry,
    action_text,
    audit_entries,
    audit_facets,
    describe,
    entries_to_csv,
    key_text,
    row_text,
)
from ..core.errors import UserError, error_text
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.output_target import write_output
from ..core.store import checkpoint
from ..core.store.backup import folder_of
from ..core.store.store_errors import StoreError
from ..core.store.verify import Verification, verify
from ..core.words import table_name
from ..core.workspace import Workspace
from . import worker
from .date_field import DateField
from .table_model import Column, RecordTableModel
from .widgets import WrappedLabel, button, fit_dialog, note_label, record_table
from .workbook_dialog import excel_button

SHOWN_ENTRIES = 5000  # newest first; a long log stays quick to open, and Export CSV writes every match
DEFAULT_DAYS = 30  # the range offered when "All dates" is unticked


def _grouped(text: str, n: int) -> str:
    """A translated text with its count %n grouped in thousands as every figure of the window is (1,204)."""
    return text.replace(str(n), fmt.number(n), 1)


def _entries(n: int) -> str:
    """'1 entry', '1,204 entries': a %n plural would read 'entry(s)' in English and lose the grouping."""
    if n == 1:
        return translate("AuditDialog", "1 entry")
    return _grouped(translate("AuditDialog", "%n entries", None, n), n)


def _change_tip(e: AuditEntry) -> str:
    before, after = translate("AuditDialog", "Before"), translate("AuditDialog", "After")
    parts = [f"{label}:\n{row_text(value)}" for label, value in ((before, e.before), (after, e.after)) if value is not None]
    return "\n\n".join(parts) or describe(e)


COLUMNS = [  # titles translated when the dialog is built (columns())
    Column("#", lambda e: e.id, numeric=True, tooltip=lambda e: translate("AuditDialog", "hash {hash}").format(hash=e.hash)),
    Column(QT_TRANSLATE_NOOP("AuditDialog", "Time"), lambda e: e.at, text=lambda at: at[:19].replace("T", " "),
           header_tip="UTC"),
    Column(QT_TRANSLATE_NOOP("AuditDialog", "User"), lambda e: e.os_user,
           header_tip=QT_TRANSLATE_NOOP("AuditDialog", "the operating-system login that made the change")),
    Column(QT_TRANSLATE_NOOP("AuditDialog", "Action"), lambda e: action_text(e.action)),
    Column(QT_TRANSLATE_NOOP("AuditDialog", "Table"), lambda e: table_name(e.table_name)),
    #: the row of a table an audit entry changed
    Column(QT_TRANSLATE_NOOP("AuditDialog", "Row"), lambda e: key_text(e.row_key, e.table_name)),
    Column(QT_TRANSLATE_NOOP("AuditDialog", "Change"), describe, tooltip=_change_tip),
]


def columns() -> list[Column]:
    """COLUMNS with their titles and header tips in the interface's language."""
    return [replace(c, title=translate("AuditDialog", c.title),
                    header_tip=c.header_tip and translate("AuditDialog", c.header_tip)) for c in COLUMNS]

PROBLEM_RED = "#b00020"
DETAILS_SHOWN = 5  # problems and notes listed under the verdict before the list scrolls
# the verdict's frame: a log that does not verify must be impossible to miss
VERDICT_STYLES = {
    "neutral": "background: #f4f6f9; color: #333333; border: 1px solid #d5dbe3; padding: 6px 10px;",
    "intact": "background: #e8f5ec; color: #0f4d2a; border: 1px solid #8cc7a0; padding: 6px 10px;",
    "broken": f"background: #fdecee; color: #8a0016; border: 2px solid {PROBLEM_RED}; padding: 6px 10px; font-weight: 600;",
}
WHY_A_COPY = QT_TRANSLATE_NOOP("AuditDialog", "Anyone with the workspace file can also delete the checkpoints kept "
                               "beside its backups; a copy on another machine, or the cover of a printed PDF summary, "
                               "is out of their reach.")


def _utc_minute(iso: str) -> str:
    return f"{iso[:16].replace('T', ' ')} UTC"


def verdict_text(result: Verification) -> str:
    """The verification in one plain sentence: the first problem, or what was checked and the newest checkpoint."""
    if not result.intact:
        more = len(result.problems) - 1
        first = result.problems[0]  # the problems and notes are core's words (verify)
        if not more:
            return translate("AuditDialog", "NOT INTACT: {problem}").format(problem=first)
        if more == 1:
            return translate("AuditDialog", "NOT INTACT: {problem} (1 more problem listed below)").format(problem=first)
        return translate("AuditDialog", "NOT INTACT: {problem} (%n more problems listed below)", None, more).format(
            problem=first)
    tables = len(result.tables_checked)
    text = (translate("AuditDialog", "Intact: {entries}, 1 table checked, ") if tables == 1 else
            translate("AuditDialog", "Intact: {entries}, %n tables checked, ", None, tables)).format(
        entries=_entries(result.entries))
    held = [c for c in result.checkpoints if c["status"] == "contained"]
    if held:
        newest = max(held, key=lambda c: c["time"])
        text += (translate("AuditDialog", "1 signed checkpoint still in the log (newest: {time} by {user}, "
                                          "key {key}…)") if len(held) == 1 else
                 translate("AuditDialog", "%n signed checkpoints still in the log (newest: {time} by {user}, "
                                          "key {key}…)", None, len(held))
                 ).format(time=_utc_minute(newest["time"]), user=newest["signed_by"], key=newest["key"])
    else:
        text += translate("AuditDialog", "but no signed checkpoint was found beside the backups: the log was checked "
                                         "only against itself, which someone who recomputes its hashes can fake. "
                                         "Make a checkpoint.")
    others = sum(not c.get("own_key", True) for c in held)
    if others:  # an account's own key is the one it can vouch for; another's may be a stranger's
        text += (translate("AuditDialog", "; 1 checkpoint signed with another account's key") if others == 1 else
                 translate("AuditDialog", "; %n checkpoints signed with another account's key", None, others))
    return text


def _verified(path: Path) -> Verification:
    try:
        return verify(path)
    except sqlite3.DatabaseError as exc:  # damaged or not a workspace: the user's file, not our bug
        raise StoreError(translate("AuditDialog", "{file} cannot be read as a workspace: {error}").format(
            file=path.name, error=exc)) from None


class AuditDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Audit log: {workspace}").format(workspace=workspace.name))
        fit_dialog(self, 1000, 600)
        today = dt.datetime.now(dt.UTC).date()
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.all_dates.setChecked(True)
        self.start, self.end = DateField(), DateField()
        for edit, day in ((self.start, today - dt.timedelta(days=DEFAULT_DAYS)), (self.end, today)):
            edit.setDate(day)
            edit.setEnabled(False)
            edit.setToolTip(self.tr("UTC date, inclusive"))
        tables, users = audit_facets(workspace)
        self.table, self.user = QComboBox(), QComboBox()
        for combo, everything, values, shown in ((self.table, self.tr("All tables"), tables, table_name),
                                                 (self.user, self.tr("All users"), users, str)):
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(shown(value), value)
        filters = QHBoxLayout()
        #: "From <date> to <date>": the start of the range of dates shown
        since = QLabel(self.tr("From"))
        #: "From <date> to <date>": the end of the range of dates shown
        until = QLabel(self.tr("to"))
        for widget in (self.all_dates, since, self.start, until, self.end, QLabel(self.tr("Table")), self.table,
                       QLabel(self.tr("User")), self.user):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.model = RecordTableModel(columns())
        self.view = record_table(self.model, stretch_column=len(COLUMNS) - 1, sort_column=0, descending=True)
        self.count = note_label()
        self.status = note_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(button(self.tr("Export CSV…"), self.export, self.tr("write the entries the filters show, with their full JSON")))
        buttons.addWidget(excel_button(self, "audit_log", lambda: {
            "workspace": self.workspace, "currency": fx.USD, "date": self.workspace.default_date(),
            "audit_filters": self.filters()}))
        buttons.addWidget(button(self.tr("Close"), self.accept))
        self.verdict = WrappedLabel()
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)  # problems quote table and file names
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = button(self.tr("&Verify"), self.verify, self.tr(
            "check every entry's hash and time, the tables, triggers and views against the log, and the signed "
            "checkpoints kept beside the backups"))
        self.checkpoint_button = button(self.tr("&Checkpoint…"), self.make_checkpoint, self.tr(
            "verify, then sign the log's head with your key and keep the checkpoint beside the backups; then save a "
            "copy elsewhere"))
        trust = QHBoxLayout()
        trust.addWidget(self.verdict, 1)
        trust.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        trust.addWidget(self.checkpoint_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QListWidget()  # every problem after the first, and the notes (a restore)
        self.details.setWordWrap(True)
        self.details.hide()
        self.trust_status = note_label()
        self.trust_status.hide()
        self.key_note = note_label()
        self._show_key()
        self.key_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_verdict("neutral", self.tr("Not verified since this window opened: Verify checks the log and "
                                                 "the data now; Checkpoint… signs what it proves."))
        layout = QVBoxLayout(self)
        layout.addLayout(trust)
        layout.addWidget(self.details)
        layout.addWidget(self.trust_status)
        layout.addWidget(self.key_note)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.all_dates.toggled.connect(self._dates_toggled)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)
        for combo in (self.table, self.user):
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _show_key(self) -> None:
        """This account's key (made on first use), to compare with the one a PDF summary's cover prints."""
        try:
            public = checkpoint.signing_key().verify_key.encode().hex()
        except (OSError, UserError) as exc:
            self.key_note.setText(self.tr("Checkpoints cannot be signed on this account: {error}").format(error=error_text(exc)))
            return
        self.key_note.setToolTip(self.tr("Your public key in full (a PDF summary's cover prints it whole): {key}").format(
            key=public))
        self.key_note.setText(self.tr("Checkpoints you sign carry key {key}… (the start of the public key a PDF "
                                      "summary's cover prints).").format(key=public[:16])
                              + " " + translate("AuditDialog", WHY_A_COPY))

    def _show_verdict(self, state: str, text: str) -> None:
        self.verdict.setStyleSheet(f"QLabel {{ {VERDICT_STYLES[state]} }}")
        self.verdict.setText(text)

    def _show_result(self, result: Verification) -> None:
        self._show_verdict("intact" if result.intact else "broken", verdict_text(result))
        self.details.clear()
        for problem in result.problems[1:]:
            item = QListWidgetItem(self.tr("Problem: {problem}").format(problem=problem))
            item.setForeground(QBrush(QColor(PROBLEM_RED)))
            self.details.addItem(item)
        for note in result.notes:
            self.details.addItem(QListWidgetItem(self.tr("Note: {note}").format(note=note)))
        shown = range(min(self.details.count(), DETAILS_SHOWN))  # the rest scroll
        self.details.setFixedHeight(sum(self.details.sizeHintForRow(i) for i in shown) + 2 * self.details.frameWidth() + 2)
        self.details.setVisible(self.details.count() > 0)
        self.verdict.setToolTip("\n".join(result.problems + result.notes))

    def _say(self, text: str, problem: bool = False) -> None:
        self.trust_status.setStyleSheet(f"QLabel {{ color: {PROBLEM_RED}; }}" if problem else "")
        self.trust_status.setText(text)
        self.trust_status.setVisible(bool(text))

    def _busy(self, text: str) -> None:
        self.verify_button.setEnabled(False)
        self.checkpoint_button.setEnabled(False)
        self._show_verdict("neutral", text)
        self.details.hide()
        self._say("")

    def _idle(self) -> None:
        self.verify_button.setEnabled(True)
        self.checkpoint_button.setEnabled(True)

    def _failed(self, error: Exception, what: str) -> None:
        self._idle()
        self._show_verdict("neutral", self.tr("Not verified."))
        self._say(f"{what}: {error_text(error)}", problem=True)

    def verify(self) -> None:
        """Verify on a worker: it opens its own read-only connection, and a large log takes a second or two."""
        path = self.workspace.path
        task = worker.Task(lambda progress, cancelled: _verified(path))
        task.deliver_to(self, finished=self._verified, failed=lambda error: self._failed(error, self.tr("Verify did not run")))
        self._busy(self.tr("Verifying…"))
        task.start()

    def _verified(self, result: Verification) -> None:
        self._idle()
        self._show_result(result)

    def make_checkpoint(self) -> None:
        """Verify, then sign the head that verify proved (never a log that does not verify), through a worker's
        own connection; kept beside the backups, then a copy offered elsewhere."""
        path, source = self.workspace.path, self.workspace.store

        def work(progress, cancelled):  # -> (the verification, (file, checkpoint) or None, why not)
            result = _verified(path)
            if not result.intact:
                return result, None, translate("AuditDialog", "No checkpoint was made: a checkpoint signs only a log "
                                                              "that verifies, and this one does not (see above).")
            store = source.reopen()
            try:
                made = store.sign_checkpoint()
            except checkpoint.CheckpointError as exc:  # no workspace id, a key other accounts can read
                return result, None, translate("AuditDialog", "No checkpoint was made: {error}").format(error=exc)
            finally:
                store.close()
            if (made.entries, made.head_hash) != (result.entries, result.head_hash):
                return result, None, translate("AuditDialog", "No checkpoint was made: the log changed while it was "
                                                              "verified. Try again.")
            try:
                return result, (checkpoint.save(made, path), made), None
            except OSError as exc:
                why = translate("AuditDialog", "No checkpoint was made: the workspace is read-only ({reason}) and its "
                                               "backups folder {folder} cannot be written ({error}), where checkpoints "
                                               "are kept.") if source.read_only else \
                    translate("AuditDialog", "No checkpoint was made: its backups folder {folder} cannot be written "
                                             "({error}), where checkpoints are kept.")
                how = translate("AuditDialog", "Copy the workspace to a folder you can write, open the copy and make "
                                               "the checkpoint there.")
                why = why.format(reason=source.read_only_reason, folder=folder_of(path), error=exc.strerror or exc)
                return result, None, f"{why} {how}"

        task = worker.Task(work)
        task.deliver_to(self, finished=self._checkpoint_made,
                        failed=lambda error: self._failed(error, self.tr("No checkpoint was made")))
        self._busy(self.tr("Verifying before signing…"))
        task.start()

    def _checkpoint_made(self, outcome) -> None:
        result, kept, refusal = outcome
        self._idle()
        self._show_result(result)
        if kept is None:
            self._say(refusal, problem=True)
            return
        saved, made = kept
        self._show_key()  # the first checkpoint of an account makes its key
        self._say(self.tr("Checkpoint signed (entry {entry}, hash {hash}…, key {key}…) and kept beside the backups "
                          "as {file}.").format(entry=fmt.number(made.entries), hash=made.head_hash[:16],
                                               key=made.key_fingerprint, file=saved))
        self._offer_copy(saved.name, made)

    def _offer_copy(self, name: str, made: checkpoint.Checkpoint) -> None:
        title = self.tr("Save a copy of the checkpoint")
        while True:
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), self.tr("Checkpoints (*.json)"))
            if not chosen:
                self._say(self.trust_status.text() + " " + self.tr("No copy was saved elsewhere (why one matters: below)."))
                return
            target = Path(chosen if chosen.lower().endswith(".json") else f"{chosen}.json")
            try:
                write_output(target, checkpoint.encode(made), self.workspace.path)
            except (OSError, UserError) as exc:  # the workspace's own files, a full disk: say so, and ask again
                QMessageBox.warning(self, title, error_text(exc))
                continue
            self._say(self.tr("Checkpoint signed (entry {entry}) and kept beside the backups; a copy was saved as "
                              "{file}. Keep it where the workspace's users cannot reach it.").format(
                entry=fmt.number(made.entries), file=target))
            return

    def _dates_toggled(self, everything: bool) -> None:
        self.start.setEnabled(not everything)
        self.end.setEnabled(not everything)
        self.refresh()

    def filters(self) -> dict:
        start, end = (None, None) if self.all_dates.isChecked() else (self.start.date().toPython(), self.end.date().toPython())
        return {"start": start, "end": end, "table": self.table.currentData(), "user": self.user.currentData()}

    def refresh(self) -> None:
        entries = audit_entries(self.workspace, **self.filters(), limit=SHOWN_ENTRIES + 1)
        total = self.workspace.store.audit_count()
        if len(entries) > SHOWN_ENTRIES:
            entries = entries[:SHOWN_ENTRIES]
            self.count.setText(self.tr("Newest {shown} matching entries shown of {total}: narrow the filters to see "
                                       "older ones").format(shown=fmt.number(SHOWN_ENTRIES), total=fmt.number(total)))
        else:
            #: "12 of 1,204 entries": the entries the filters match, of the whole log
            self.count.setText(self.tr("{shown} of {total}").format(shown=fmt.number(len(entries)), total=_entries(total)))
        self.model.set_records(entries)

    def export(self) -> None:
        default = Path.home() / f"{self.workspace.path.stem} audit log.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), str(default), self.tr("CSV files (*.csv)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".csv") else f"{path}.csv")
        try:
            count = entries_to_csv(audit_entries(self.workspace, **self.filters()), out, self.workspace.path)
        except (OSError, UserError) as exc:
            self.status.setText(self.tr("Nothing was exported: {error}").format(error=exc))
            return
        self.status.setText((self.tr("1 entry written to {file}") if count == 1 else _grouped(
            self.tr("%n entries written to {file}", "", count), count)).format(file=out))
