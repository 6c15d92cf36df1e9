"""The Stress Scenarios tab in Spanish: every text this module sets (library, stored runs, run controls, details,
status lines) in Spanish on El Salvador's sample, through a run stored and reproduced; the English as it was.
The results and comparison panes (stress_results.py) and the scenario kinds (scenario_dialog.py) are other areas."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from desktop.core.workspace import Workspace
from desktop.gui.tabs.stress import StressTab
from tests.i18n_walk import still_english

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def ws(sample_copy):
    workspace = Workspace.open(sample_copy("el-salvador"))
    yield workspace
    workspace.close()


def _tab(qtbot, workspace) -> StressTab:
    tab = StressTab(workspace, workspace.default_date())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    return tab


def _run(qtbot, tab, scenario_id: str) -> None:
    tab._select(scenario_id)
    tab.run()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    qtbot.waitUntil(lambda: tab.run_model.rowCount() > 0)


def _headers(model, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    """Header titles, a title wrapped over two lines read as one."""
    return [model.headerData(c, Qt.Orientation.Horizontal, role).replace("\n", " ") for c in range(model.columnCount())]


def _own_english(tab) -> list[tuple[str, str]]:
    """Texts left in English, less those of the results and comparison panes (stress_results.py's area)."""
    left = Counter(still_english(tab))
    left -= Counter(still_english(tab.results)) + Counter(still_english(tab.comparison))
    return sorted(left.elements())


def test_the_stress_tab_reads_in_spanish(qtbot, spanish, ws):
    tab = _tab(qtbot, ws)
    assert _own_english(tab) == []
    assert _headers(tab.scenario_model) == ["Escenario", "Tipo", "Horizonte (días)"]
    assert _headers(tab.run_model)[:4] == ["N.º", "Creada", "Escenario", "Trayect."]
    assert tab.run_button.text() == "Ejecutar escenario" and tab.cancel_button.text() == "Cancelar"
    assert tab.liquidation_days.suffix() == " días" and tab.volume.suffix() == " mil mill."
    assert tab.status.text().startswith("Fecha de valoración ")
    assert tab.runs_note.text() == "Aún no hay ejecuciones guardadas en este espacio de trabajo: ejecute un escenario."
    assert [tab.result_tabs.tabText(i) for i in range(2)] == ["Resultados de la ejecución", "Comparar ejecuciones"]
    tab._select("btc-minus-50")
    details = tab.details.toPlainText()
    assert "Choque al bitcoin" in details and ", horizonte de " in details
    assert tab.edit_button.text() == "Editar una copia…"

    _run(qtbot, tab, "btc-minus-50")
    assert tab.status.text().startswith("Ejecución 1 guardada: "), tab.status.text()
    assert tab.runs_note.text().startswith("1 ejecución guardada. Una ejecución guardada conserva")
    assert tab.results.title.text().startswith("<b>Ejecución 1: ")
    assert _own_english(tab) == []
    tab.run_view.selectRow(0)
    tab.reproduce_selected_run()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    assert tab.status.text() == "Ejecución 1 reproducida con exactitud: misma semilla, mismas cifras."
    tab.compare_selected_runs()
    assert tab.status.text() == "Seleccione dos o más ejecuciones guardadas (Ctrl+clic) para compararlas."


def test_counts_of_stored_runs_agree_in_spanish(qtbot, spanish, ws):
    tab = _tab(qtbot, ws)
    _run(qtbot, tab, "btc-minus-50")
    _run(qtbot, tab, "btc-minus-80")
    qtbot.waitUntil(lambda: tab.run_model.rowCount() == 2)
    assert tab.runs_note.text().startswith("2 ejecuciones guardadas. ")


def test_in_english_the_tab_reads_as_before(qtbot, ws):
    tab = _tab(qtbot, ws)
    assert _headers(tab.scenario_model) == ["Scenario", "Kind", "Horizon (days)"]
    assert _headers(tab.run_model) == ["Run", "Created", "Scenario", "Paths", "Seed", "Seconds"]
    assert tab.run_button.text() == "Run scenario" and tab.liquidation_days.suffix() == " days"
    assert tab.status.text() == f"Valuation date {tab.date} (the toolbar's date)."
    assert tab.runs_note.text() == "No stored runs in this workspace yet: run a scenario."
    tab._select("btc-minus-50")
    assert "Bitcoin shock" in tab.details.toPlainText() and ", horizon " in tab.details.toPlainText()
    _run(qtbot, tab, "btc-minus-50")
    _run(qtbot, tab, "btc-minus-80")
    qtbot.waitUntil(lambda: tab.run_model.rowCount() == 2)
    assert tab.runs_note.text().startswith("2 stored runs. A stored run keeps its inputs")
    assert tab.status.text().startswith("Run 2 stored: ")
    assert tab.results.title.text().startswith("<b>Run 2: ")


def test_the_delete_questions_read_in_spanish(qtbot, spanish, ws, monkeypatch):
    asked = []
    monkeypatch.setattr("desktop.gui.tabs.stress.QMessageBox.question",
                        lambda parent, title, text: asked.append((title, text)))
    tab = _tab(qtbot, ws)
    _run(qtbot, tab, "btc-minus-50")
    tab.run_view.selectRow(0)
    tab.delete_selected_runs()
    assert asked[-1] == ("Eliminar ejecuciones", "¿Eliminar 1 ejecución guardada? Editar > Deshacer la restaura.")
    _run(qtbot, tab, "btc-minus-80")
    qtbot.waitUntil(lambda: tab.run_model.rowCount() == 2)
    tab.run_view.selectAll()
    tab.delete_selected_runs()
    assert asked[-1][1] == "¿Eliminar 2 ejecuciones guardadas? Editar > Deshacer las restaura."
