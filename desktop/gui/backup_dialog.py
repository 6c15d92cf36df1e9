"""File > Restore from backup…: the workspace's backups with their date, reason and size; restore one.

A backup is checked before the user is asked (off the GUI thread: it is copied and its audit log verified), so the
confirmation can say what the restore does: the backup's date, its entries, and how many entries of the current
log it drops. What can never be restored is refused with the reason; what a second, explicit confirmation may
override (another workspace's backup, a log that is no past state of the current one and that no checkpoint
signed with this account's key vouches for) is named in that confirmation.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from ..core import fmt
from ..core.errors import error_text
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.store import restore
from ..core.store.backup import folder_of, folder_problem, future_dated, list_backups
from . import worker
from .table_model import Column, RecordTableModel
from .widgets import fit_dialog, note_label, record_table

LABELS = {"daily": QT_TRANSLATE_NOOP("BackupDialog", "first open of the day"),
          "before-import": QT_TRANSLATE_NOOP("BackupDialog", "before an import"),
          "manual": QT_TRANSLATE_NOOP("BackupDialog", "by hand"),
          "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "before a restore"),
          "damaged": QT_TRANSLATE_NOOP("BackupDialog", "damaged file set aside")}
SCHEMA_LABEL = "before-schema-"  # migrate's label: before-schema-8


def why(label: str) -> str:
    """Why a backup was taken, in words: its label as the store writes it (daily, before-schema-8...)."""
    if label in LABELS:
        return translate("BackupDialog", LABELS[label])
    if label.startswith(SCHEMA_LABEL):
        return QCoreApplication.translate("BackupDialog", "before upgrade to schema {version}").format(
            version=label.removeprefix(SCHEMA_LABEL))
    return label.replace("-", " ")


def checked(workspace: Path, file: Path) -> restore.Candidate:
    """``file`` checked as a backup of ``workspace`` (slow: run it on a worker)."""
    with tempfile.TemporaryDirectory(prefix="reserve-desk-check-") as scratch:
        return restore.assess(workspace, file, Path(scratch))


def confirm_restore(parent: QWidget, workspace: Path, found: restore.Candidate) -> bool | None:
    """Ask before a restore: None when it must not or the user declines, else whether it overrides a check (the
    user confirmed that a second time, reading exactly what it overrides)."""
    if found.refusal:
        QMessageBox.warning(parent, QCoreApplication.translate("BackupDialog", "Cannot restore"), restore.refusal_text(found))
        return None
    when = (QCoreApplication.translate("BackupDialog", "the backup of {taken}").format(taken=f"{found.taken_at.astimezone():%Y-%m-%d %H:%M}")
            if found.taken_at else QCoreApplication.translate("BackupDialog", "the file {file}").format(file=found.backup.name))
    drops = found.dropped_entries
    entries = fmt.number(found.entries)
    # '1 entry' / '2 entries' as English writes them: a %n plural would read 'entry(s)' and lose the grouping
    effect = (QCoreApplication.translate("BackupDialog", "It holds {entries} audit entries.").format(entries=entries) if drops is None else
              QCoreApplication.translate("BackupDialog", "It holds {entries} audit entries; restoring it drops 1 entry of the current log.").format(
                  entries=entries) if drops == 1 else
              QCoreApplication.translate("BackupDialog", "It holds {entries} audit entries; restoring it drops {drops} entries of the current log.").format(
                  entries=entries, drops=fmt.number(drops)))
    notes = "".join(f"\n\n{note[0].upper()}{note[1:]}." for note in found.notes)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("BackupDialog", "Restore"),
        QCoreApplication.translate("BackupDialog", "Replace the content of {workspace} with {backup}?\n\n{effect} What "
                                   "the workspace holds now is backed up first, and the restore is recorded in the "
                                   "audit log.").format(workspace=workspace.name, backup=when, effect=effect) + notes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    if not found.overrides:
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BackupDialog", "Restore anyway?"),
                      QCoreApplication.translate("BackupDialog", "{file} is not an ordinary backup of {workspace}:").format(
                          file=found.backup.name, workspace=workspace.name) + "\n\n"
                      + "\n".join(f"• {o[0].upper()}{o[1:]}." for o in found.overrides) + "\n\n"
                      + QCoreApplication.translate("BackupDialog", "Restoring it anyway overrides exactly this, and the audit log records that it did."),
                      QMessageBox.StandardButton.Cancel, parent)
    anyway = box.addButton(QCoreApplication.translate("BackupDialog", "Restore anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return True if box.clickedButton() is anyway else None


class BackupDialog(QDialog):
    def __init__(self, workspace: Path, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.chosen: Path | None = None
        self.force = False  # the user confirmed what restoring ``chosen`` overrides
        self.setWindowTitle(self.tr("Restore {workspace} from a backup").format(workspace=workspace.name))
        folder = folder_of(workspace)
        unsafe = folder_problem(folder)
        self.model = RecordTableModel([
            Column(self.tr("Taken (local time)"), lambda b: b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
            #: why the backup was taken (first open of the day, before an import...)
            Column(self.tr("Why"), lambda b: why(b.label)),
            Column(self.tr("Size (KB)"), lambda b: b.size_bytes, lambda v: fmt.number(v / 1024, 0), numeric=True),
            Column(self.tr("File"), lambda b: b.path.name),
        ], list_backups(workspace))
        self.view = record_table(self.model, stretch_column=3)
        self.view.doubleClicked.connect(lambda *_: self._restore())
        if self.model.rowCount():
            self.view.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.model.rowCount() > 0 and unsafe is None)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if unsafe:
            text = self.tr("No backup is restored from this folder: {reason}.").format(reason=unsafe)
        elif self.model.rowCount():
            text = self.tr("Backups in {folder}, newest first. A backup is checked before it is restored: it must be "
                           "of this workspace, intact by its own audit log, and a past state of the current log. "
                           "Restoring replaces the workspace's content; what it holds now is backed up first.").format(
                               folder=folder)
        else:
            text = self.tr("No backups of {workspace} yet.").format(workspace=workspace.name)
        planted = len(future_dated(workspace))
        if planted and not unsafe:
            text += " " + (self.tr("1 file named as a backup but dated later than now is not listed: Reserve Desk did "
                                   "not take it, and never restores it.") if planted == 1 else
                           self.tr("{count} files named as a backup but dated later than now are not listed: Reserve "
                                   "Desk did not take them, and never restores them.").format(count=planted))
        self.note = note_label(text)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_dialog(self, 760, 420)

    def _restore(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.restore_button.isEnabled():
            return
        chosen = self.model.records[self.view.model().mapToSource(index).row()]
        self.restore_button.setEnabled(False)
        self.restore_button.setText(self.tr("Checking…"))
        task = worker.Task(lambda progress, cancelled: checked(self.workspace, chosen.path))
        task.deliver_to(self, finished=self._checked, failed=self._check_failed)
        task.start()

    def _ready(self) -> None:
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(True)

    def _check_failed(self, error: Exception) -> None:
        self._ready()
        QMessageBox.warning(self, self.tr("Cannot restore"),
                            self.tr("The backup could not be checked: {error}").format(error=error_text(error)))

    def _checked(self, found: restore.Candidate) -> None:
        self._ready()
        force = confirm_restore(self, self.workspace, found)
        if force is not None:
            self.chosen, self.force = found.backup, force
            self.accept()
