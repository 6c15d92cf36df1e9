"""The audit log viewer: every recorded change to the workspace, filtered by date, table and user, exportable as CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from ..core import fmt
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
from ..core.errors import UserError
from ..core.words import table_name
from ..core.workspace import Workspace
from .date_field import DateField
from .table_model import Column, RecordTableModel
from .widgets import button, fit_dialog, note_label, record_table

SHOWN_ENTRIES = 5000  # newest first; a long log stays quick to open, and Export CSV writes every match
DEFAULT_DAYS = 30  # the range offered when "All dates" is unticked


def _change_tip(e: AuditEntry) -> str:
    parts = [f"{label}:\n{row_text(value)}" for label, value in (("Before", e.before), ("After", e.after)) if value is not None]
    return "\n\n".join(parts) or describe(e)


COLUMNS = [
    Column("#", lambda e: e.id, numeric=True, tooltip=lambda e: f"hash {e.hash}"),
    Column("Time", lambda e: e.at, text=lambda at: at[:19].replace("T", " "), header_tip="UTC"),
    Column("User", lambda e: e.os_user, header_tip="the operating-system login that made the change"),
    Column("Action", lambda e: action_text(e.action)),
    Column("Table", lambda e: table_name(e.table_name)),
    Column("Row", lambda e: key_text(e.row_key, e.table_name)),
    Column("Change", describe, tooltip=_change_tip),
]


class AuditDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(f"Audit log: {workspace.name}")
        fit_dialog(self, 1000, 600)
        today = dt.datetime.now(dt.UTC).date()
        self.all_dates = QCheckBox("All dates")
        self.all_dates.setChecked(True)
        self.start, self.end = DateField(), DateField()
        for edit, day in ((self.start, today - dt.timedelta(days=DEFAULT_DAYS)), (self.end, today)):
            edit.setDate(day)
            edit.setEnabled(False)
            edit.setToolTip("UTC date, inclusive")
        tables, users = audit_facets(workspace)
        self.table, self.user = QComboBox(), QComboBox()
        for combo, everything, values, shown in ((self.table, "All tables", tables, table_name),
                                                 (self.user, "All users", users, str)):
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(shown(value), value)
        filters = QHBoxLayout()
        for widget in (self.all_dates, QLabel("From"), self.start, QLabel("to"), self.end, QLabel("Table"), self.table,
                       QLabel("User"), self.user):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.model = RecordTableModel(COLUMNS)
        self.view = record_table(self.model, stretch_column=len(COLUMNS) - 1, sort_column=0, descending=True)
        self.count = note_label()
        self.status = note_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(button("Export CSV…", self.export, "write the entries the filters show, with their full JSON"))
        buttons.addWidget(button("Close", self.accept))
        layout = QVBoxLayout(self)
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
            self.count.setText(f"Newest {SHOWN_ENTRIES:,} matching entries shown of {total:,}: narrow the filters to see older ones")
        else:
            self.count.setText(f"{len(entries):,} of {fmt.count(total, 'entry', 'entries')}")
        self.model.set_records(entries)

    def export(self) -> None:
        default = Path.home() / f"{self.workspace.path.stem} audit log.csv"
        path, _ = QFileDialog.getSaveFileName(self, "Export audit log", str(default), "CSV files (*.csv)")
        if not path:
            return
        out = Path(path if path.lower().endswith(".csv") else f"{path}.csv")
        try:
            count = entries_to_csv(audit_entries(self.workspace, **self.filters()), out, self.workspace.path)
        except (OSError, UserError) as exc:
            self.status.setText(f"Nothing was exported: {exc}")
            return
        self.status.setText(f"{fmt.count(count, 'entry', 'entries')} written to {out}")
