"""File > Restore from backup…: the workspace's backups with their date, reason and size; restore one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from ..core.store.backup import folder_of, list_backups
from .table_model import Column, RecordTableModel
from .widgets import fit_dialog, note_label, record_table

LABELS = {"daily": "first open of the day", "before-import": "before an import", "manual": "by hand",
          "before-restore": "before a restore", "damaged": "damaged file set aside"}


class BackupDialog(QDialog):
    def __init__(self, workspace: Path, parent=None):
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(f"Restore {workspace.name} from a backup")
        self.model = RecordTableModel([
            Column("Taken (local time)", lambda b: b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
            Column("Why", lambda b: LABELS.get(b.label, b.label.replace("-", " ").replace("before schema", "before upgrade to schema"))),
            Column("Size (KB)", lambda b: b.size_bytes, lambda v: f"{v / 1024:,.0f}", numeric=True),
            Column("File", lambda b: b.path.name),
        ], list_backups(workspace))
        self.view = record_table(self.model, stretch_column=3)
        self.view.doubleClicked.connect(lambda *_: self._restore())
        if self.model.rowCount():
            self.view.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton("Restore…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(f"Backups in {folder_of(workspace)}, newest first. Restoring replaces the "
                                    "workspace's content; what it holds now is backed up first." if self.model.rowCount()
                                    else f"No backups of {workspace.name} yet."))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_dialog(self, 760, 420)

    def _restore(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        chosen = self.model.records[self.view.model().mapToSource(index).row()]
        answer = QMessageBox.question(self, "Restore", f"Replace the workspace's content with the backup of "
                                      f"{chosen.taken_at.astimezone():%Y-%m-%d %H:%M}?")
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = chosen.path
            self.accept()
