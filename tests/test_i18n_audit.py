"""Tools > Audit log… and the date field in Spanish: every text the two modules mark is shown translated, in the
glossary's terms ("registro de auditoría", "punto de control"), the refusals of a mistyped date in Spanish, and the
English is what it was. Audit entries' actions and table names are core's words, not these modules'."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core.store.verify import verify
from desktop.core.workspace import Workspace
from desktop.gui.audit_dialog import AuditDialog, verdict_text
from desktop.gui.date_field import DateField
from tests.i18n_walk import I18N, _strip, still_english

OURS = {_strip(m.findtext("source") or "") for area in ("gui_audit_dialog", "gui_date_field")
        for m in ET.parse(I18N / "es" / f"{area}.ts").iter("message")}


@pytest.fixture
def workspace(sample_copy):
    ws = Workspace.open(sample_copy("el-salvador"))
    yield ws
    ws.close()


def audit_dialog(qtbot, ws) -> AuditDialog:
    dialog = AuditDialog(ws)
    qtbot.addWidget(dialog)
    return dialog


def headers(dialog: AuditDialog) -> list[str]:
    model = dialog.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def refusal(qtbot, field: DateField, typed: str) -> str:
    field.edit.setText(typed)
    with qtbot.waitSignal(field.refused) as signal:
        field.edit.editingFinished.emit()
    return signal.args[0]


def test_the_audit_dialog_in_spanish(qtbot, spanish, workspace):
    dialog = audit_dialog(qtbot, workspace)
    assert [t for t in still_english(dialog) if t[1] in OURS] == []
    assert dialog.windowTitle() == f"Registro de auditoría: {workspace.name}"
    assert headers(dialog) == ["#", "Fecha y hora", "Usuario", "Acción", "Tabla", "Fila", "Cambio"]
    assert dialog.all_dates.text() == "Todas las fechas"
    assert (dialog.verify_button.text(), dialog.checkpoint_button.text()) == ("&Verificar", "&Punto de control…")
    assert dialog.table.itemText(0) == "Todas las tablas" and dialog.user.itemText(0) == "Todos los usuarios"
    assert dialog.verdict.text().startswith("Sin verificar desde que se abrió esta ventana")
    assert "Los puntos de control que usted firma llevan la clave" in dialog.key_note.text()
    total = workspace.store.audit_count()
    assert dialog.count.text() == f"{total:,} de {total:,} entradas"
    assert dialog.start.edit.placeholderText() == "AAAA-MM-DD"


def test_the_verdict_in_spanish_agrees_in_number(spanish, workspace):
    result = verify(workspace.path)
    text = verdict_text(result)
    assert text.startswith(f"Íntegro: {result.entries:,} entradas, {len(result.tables_checked)} tablas comprobadas, ")
    held = sum(c["status"] == "contained" for c in result.checkpoints)  # opening the sample signs one
    assert held == 1 and "1 punto de control firmado sigue en el registro (el más reciente: " in text


def test_the_date_field_refuses_in_spanish(qtbot, spanish):
    field = DateField(QDate(2026, 4, 28))
    qtbot.addWidget(field)
    field.setDateRange(QDate(2020, 1, 1), QDate(2026, 12, 31))
    assert [t for t in still_english(field) if t[1] in OURS] == []
    assert field.edit.placeholderText() == "AAAA-MM-DD"
    assert field.calendar_button.toolTip() == "Elegir una fecha en un calendario (Alt+Flecha abajo)"
    assert field.toolTip().startswith("Escriba una fecha como AAAA-MM-DD, del 2020-01-01 al 2026-12-31; ")
    assert refusal(qtbot, field, "28/04") == "“28/04” no es una fecha: escríbala como AAAA-MM-DD. Se mantiene el 2026-04-28."
    assert refusal(qtbot, field, "2026-02-30") == "2026-02-30 no es una fecha del calendario. Se mantiene el 2026-04-28."
    assert refusal(qtbot, field, "2019-05-01") == \
        "2019-05-01 está fuera del intervalo del 2020-01-01 al 2026-12-31. Se mantiene el 2026-04-28."
    assert field.date() == QDate(2026, 4, 28)


def test_the_english_is_unchanged(qtbot, workspace):
    field = DateField(QDate(2026, 4, 28))
    qtbot.addWidget(field)
    field.setMinimumDate(QDate(2020, 1, 1))
    assert field.edit.placeholderText() == "YYYY-MM-DD"
    assert field.toolTip() == ("Type a date as YYYY-MM-DD, from 2020-01-01; Up and Down change it by a day, "
                               "Page Up and Page Down by a month.")
    assert refusal(qtbot, field, "28/04") == "“28/04” is not a date: type it as YYYY-MM-DD. Kept 2026-04-28."
    assert refusal(qtbot, field, "2019-05-01") == "2019-05-01 is before 2020-01-01. Kept 2026-04-28."
    dialog = audit_dialog(qtbot, workspace)
    assert dialog.windowTitle() == f"Audit log: {workspace.name}"
    assert headers(dialog) == ["#", "Time", "User", "Action", "Table", "Row", "Change"]
    total = workspace.store.audit_count()
    assert dialog.count.text() == f"{total:,} of {total:,} entries"
    result = verify(workspace.path)
    assert verdict_text(result).startswith(f"Intact: {result.entries:,} entries, {len(result.tables_checked)} tables "
                                           "checked, 1 signed checkpoint still in the log (newest: ")
