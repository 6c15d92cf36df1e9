"""The Planner tab and its ledger history in Spanish: titles, cards, tables, charts and notes are the translation,
nothing marked is left in English, and English reads as before. Policy names (data) and kinds (the policy
dialog's titles) stay as stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.gui.tabs.planner import PlannerTab
from tests.i18n_walk import still_english


@pytest.fixture
def planner(qtbot, es):
    opened = []

    def open_() -> PlannerTab:
        tab = PlannerTab(es, es.default_date())
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        opened.append(tab)
        qtbot.waitUntil(lambda: tab.projection is not None and tab.task is None, timeout=60_000)
        return tab

    yield open_
    for tab in opened:
        if tab.task is not None:
            tab.task.cancel()
            qtbot.waitUntil(lambda t=tab: t.task is None, timeout=60_000)


def headers(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal).replace("\n", " ") for i in range(model.columnCount())]  # wrapped titles


def test_the_planner_in_spanish_leaves_nothing_in_english(spanish, planner):
    tab = planner()
    assert still_english(tab) == []
    assert [tab.views.tabText(i) for i in range(tab.views.count())] == ["Proyección", "Historial (libro de movimientos)"]
    assert [tab.charts.tabText(i) for i in range(tab.charts.count())] == ["Tenencia", "Valor (Monte Carlo)",
                                                                          "Minería por año"]
    assert tab.cards["stock"].caption.text() == "Bitcoin al final"
    assert tab.cards["check"].caption.text() == "Verificación del programa"
    assert tab.cards["check"].value.text() == "1 incumplimiento"  # the sample's one-a-day under non-accumulation
    assert tab.cards["check"].detail.text().startswith("el primero el 2025-11-19")
    assert tab.breach_note.text().startswith("Conflictos con un compromiso vigente (Ayuda > Metodología, Planificador): ")
    assert headers(tab.policy_model) == ["Activa", "Política", "Tipo", "Condiciones"]
    assert headers(tab.breach_model)[2:4] == ["Desde", "Hasta"]
    assert headers(tab.mining_model)[0] == "Año"
    assert tab.policy_model.data(tab.policy_model.index(0, 0)) in ("sí", "no")
    assert "al día desde el" in tab.policy_model.data(tab.policy_model.index(0, 3))
    assert tab.years.suffix() == " años" and tab.summary_model.records[0][0] == "Inicio"
    assert tab.notes.text().startswith("Precios de referencia: ")
    history = tab.history
    assert history.cards["rate"].caption.text() == "Ritmo de compra, últimos 365 días"
    assert headers(history.month_model)[:3] == ["Mes", "Compra (BTC)", "Minería (BTC)"]
    assert history.cards["rate"].value.text().endswith(" BTC/día")


def test_the_planner_in_english_reads_as_before(planner):
    tab = planner()
    assert tab.views.tabText(0) == "Projection" and tab.charts.tabText(2) == "Mining by year"
    assert tab.cards["check"].value.text() == "1 breach" and tab.cards["check"].detail.text() == "first on 2025-11-19"
    assert headers(tab.policy_model) == ["On", "Policy", "Kind", "Terms"]
    assert " a day from " in tab.policy_model.data(tab.policy_model.index(0, 3))
    assert tab.years.suffix() == " years" and tab.summary_model.records[0][0] == "Start"
    assert headers(tab.history.month_model)[:3] == ["Month", "Purchase (BTC)", "Mining (BTC)"]
    assert tab.history.cards["bought"].caption.text() == "Bought to date"
