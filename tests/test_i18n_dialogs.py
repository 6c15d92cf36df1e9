"""File > Export PDF summary… and File > Restore from backup… in Spanish: every text the dialogs mark is shown
translated, in the glossary's terms, and the English is what it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QMessageBox

from desktop.core.store import restore
from desktop.core.workspace import Workspace
from desktop.gui.backup_dialog import BackupDialog, confirm_restore
from desktop.gui.report_dialog import ReportDialog
from tests.i18n_walk import still_english


@pytest.fixture
def workspace(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    ws.store.backup("manual")  # a row in the backups' table
    yield ws
    ws.close()


def report_dialog(qtbot, ws) -> ReportDialog:
    dialog = ReportDialog(ws, ws.default_date())
    qtbot.addWidget(dialog)
    return dialog


def form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    return [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())
            if form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None]


def test_the_export_dialog_in_spanish(qtbot, spanish, workspace):
    dialog = report_dialog(qtbot, workspace)
    assert still_english(dialog) == []
    assert dialog.sections["summary"].text() == "Resumen ejecutivo" and dialog.paper.itemData(1) == "letter"
    assert [dialog.paper.itemText(i) for i in range(2)] == ["A4", "Carta (EE. UU.)"]
    assert dialog.windowTitle() == "Exportar resumen en PDF"
    assert form_labels(dialog)[:6] == ["Secciones", "Ejecuciones de tensión", "Moneda", "Papel", "Clasificación", "Archivo"]
    assert dialog.export_button.text() == "Exportar" and dialog.cancel_button.text() == "Cerrar"
    assert dialog.open_after.text() == "Abrir el PDF al terminar"
    runs = [dialog.runs.item(i).text() for i in range(dialog.runs.count())]
    assert all(r.startswith("Ejecución ") and " trayectoria" in r for r in runs) or runs == [
        "Sin ejecuciones guardadas: ejecute una en Escenarios de tensión."]
    for box in dialog.sections.values():
        box.setChecked(False)
    dialog.export()
    assert dialog.status.text() == "Secciones: elija al menos una."


def test_the_export_dialog_in_english_is_unchanged(qtbot, qapp, workspace):
    dialog = report_dialog(qtbot, workspace)
    assert dialog.windowTitle() == "Export PDF summary"
    assert form_labels(dialog)[:6] == ["Sections", "Stress runs", "Currency", "Paper", "Marking", "File"]
    assert dialog.marking.placeholderText() == "none"
    dialog.file.setText("/nowhere/x.pdf")
    dialog.export()
    assert dialog.status.text() == "File: /nowhere/x.pdf must be a .pdf in an existing folder."


def test_the_backup_dialog_in_spanish(qtbot, spanish, workspace):
    dialog = BackupDialog(workspace.path)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == f"Restaurar {workspace.path.name} desde una copia de seguridad"
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(4)] == [
        "Tomada (hora local)", "Motivo", "Tamaño (KB)", "Archivo"]
    assert dialog.restore_button.text() == "Restaurar…"
    assert dialog.note.text().startswith("Copias de seguridad en ")
    reasons = {dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())}
    assert "manual" in reasons and "by hand" not in reasons


def test_the_restore_confirmation_in_spanish(qtbot, spanish, workspace, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1:3]) or QMessageBox.StandardButton.No)
    found = restore.Candidate(workspace.path.with_name("b.db"), entries=1204, shared_entries=1204,
                              current=restore.Current(entries=1206))
    assert confirm_restore(None, workspace.path, found) is None
    title, text = asked[0]
    assert title == "Restaurar"
    assert text.startswith(f"¿Reemplazar el contenido de {workspace.path.name} por el archivo b.db?")
    assert "Contiene 1,204 entradas del registro de auditoría; restaurarla descarta 2 entradas del registro actual." in text


def test_the_export_dialogs_defaults_in_spanish(qtbot, spanish, workspace):
    from desktop.gui.dialogs.custody import StatementDialog

    dialog = report_dialog(qtbot, workspace)
    assert dialog.marking.text() == "USO OFICIAL - SENSIBLE"
    assert dialog.file.text().endswith(f" resumen {workspace.default_date()}.pdf")
    statement = StatementDialog(workspace, workspace.default_date())
    qtbot.addWidget(statement)
    assert statement.marking.text() == "USO OFICIAL - SENSIBLE"
    assert statement.pdf.text().endswith(f" estado de direcciones {workspace.default_date()}.pdf")


def test_the_export_dialogs_defaults_in_english(qtbot, qapp, workspace):
    dialog = report_dialog(qtbot, workspace)
    assert dialog.marking.text() == "OFFICIAL - SENSITIVE"
    assert dialog.file.text().endswith(f" summary {workspace.default_date()}.pdf")
