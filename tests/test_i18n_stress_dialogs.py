"""A stress run's results, the scenario and policy dialogs, the built-in scenarios' and policies' words and Edit >
Undo's texts in Spanish: nothing marked is left in English, the glossary's terms, numbers by the reader's locale;
a user's own scenario keeps its name; the English reads as before."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout

from desktop.core import builtin_words, fmt, stress
from desktop.core import domain as d
from desktop.gui import locale_formats
from desktop.gui.commands import AddTransaction, DeleteRuns, EditPolicy, EditScenario
from desktop.gui.policy_dialog import PolicyDialog
from desktop.gui.scenario_dialog import ScenarioDialog
from desktop.gui.stress_results import RunComparison, RunResults
from tests.i18n_walk import I18N, still_english

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
# shown as they are in both languages: a model's name
SAME_IN_SPANISH = {"Monte Carlo: GARCH(1,1)"}


def _run(ws, scenario_id: str, paths: int | None = None) -> dict:
    scenario = next(s for s in ws.scenarios if s.id == scenario_id)
    return stress.execute(stress.plan_run(ws, scenario, ws.default_date(), paths=paths, seed=7 if paths else None))


def _results(qtbot, summary: dict, title: str = "Ejecución 1") -> RunResults:
    view = RunResults()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_run(summary, title)
    qtbot.waitUntil(lambda: not view._pending)  # the charts are drawn a piece a turn
    return view


def _form_labels(widget) -> list[str]:
    return [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
            for form in widget.findChildren(QFormLayout) for r in range(form.rowCount())
            if form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None
            and form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget() is not None]


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(model.columnCount())]


def _translations() -> dict[str, str]:
    import xml.etree.ElementTree as ET

    return {m.findtext("source"): m.findtext("translation") or ""
            for m in ET.parse(I18N / "es" / "core_builtin_words.ts").iter("message")}


def test_every_built_in_name_and_note_is_marked_and_translated():
    """A scenario added to scenarios.json or a policy to a sample without its words in builtin_words (and their
    Spanish in core_builtin_words.ts) fails here."""
    scenarios = json.loads((RESOURCES / "scenarios.json").read_text(encoding="utf-8"))
    assert {s["id"]: (s["name"], s["note"]) for s in scenarios} == builtin_words.SCENARIOS
    assert {s["params"]["replay"] for s in scenarios if "replay" in s["params"]} == {builtin_words.REPLAY}
    policies = [p for f in (RESOURCES / "samples").glob("*.json")
                for p in json.loads(f.read_text(encoding="utf-8")).get("policies") or []]
    assert policies and {t for p in policies for t in (p["name"], p["note"])} == builtin_words.POLICY_TEXTS
    spanish = _translations()
    shipped = {t for pair in builtin_words.SCENARIOS.values() for t in pair} | builtin_words.POLICY_TEXTS | {
        builtin_words.REPLAY}
    for text in shipped:
        assert spanish.get(text), f"not in core_builtin_words.ts: {text!r}"
        assert (spanish[text] == text) == (text in SAME_IN_SPANISH), f"left in English: {text!r}"


def test_built_in_words_in_spanish_and_a_users_own_as_written(spanish):
    assert builtin_words.scenario_name("btc-minus-50", "Bitcoin falls 50%") == "El bitcoin cae un 50%"
    assert builtin_words.scenario_note("mc-bootstrap", builtin_words.SCENARIOS["mc-bootstrap"][1]).startswith(
        "Remuestrea con reemplazo bloques de 20 días")
    assert builtin_words.param_text("replay", builtin_words.REPLAY).startswith("con el historial de precios importado")
    assert builtin_words.policy_text("One bitcoin a day") == "Un bitcoin al día"
    # a user's scenario with a built-in's words, a built-in renamed, a user's policy: as the user wrote them
    assert builtin_words.scenario_name("my-crash", "Bitcoin falls 50%") == "Bitcoin falls 50%"
    assert builtin_words.scenario_name("btc-minus-50", "Our own name") == "Our own name"
    assert builtin_words.policy_text("Two bitcoin a day") == "Two bitcoin a day"
    assert builtin_words.scenario_name(None, None) is None


def test_a_runs_results_in_spanish(qtbot, spanish, es):
    view = _results(qtbot, _run(es, "btc-minus-50"))
    assert still_english(view) == []
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Gráfico de abanico", "Distribución al horizonte", "Caída máxima", "Fechas de evaluación", "Adeudado al FMI"]
    assert [c.caption.text() for c in view.cards.values()] == [
        "Reserva de bitcoin hoy", "Mediana, horizonte", "Percentil 5, horizonte", "VaR 95%, horizonte",
        "Caída máxima", "Menor margen"]
    assert " BTC a US$" in view.cards["start"].detail.text()
    assert view.cards["median"].detail.text() == "-50.0% tras 365 días"
    assert view.cards["p05"].detail.text() == "una trayectoria: el valor del escenario"
    assert view.cards["var"].detail.text().startswith("ES 50.0%; al 99%: VaR ")
    assert view.cards["headroom"].detail.text().startswith("2026-")  # the worst test date: core's sale advice follows
    assert view.test_pages.currentIndex() == 1  # the sample's EFF test dates fall within the year
    assert _headers(view.test_model)[0] == "Cifra"
    rows = [view.test_model.data(view.test_model.index(r, 0)) for r in range(view.test_model.rowCount())]
    assert rows[:3] == ["Acuerdo", "Piso de las RIN, ajustado (millones de US$)", "RIN de base (millones de US$)"]
    assert "BTC a vender para cerrar la brecha" in rows and rows[-1] == "Calendario: BTC vendidos cada día"
    assert view.test_model.data(view.test_model.index(1, 0), Qt.ItemDataRole.ToolTipRole).startswith(
        "El piso del programa, ajustado")
    assert view.test_note.text().startswith("El bitcoin no se cuenta en las RIN (definición del FMI). Impacto de ")
    assert view.fan.getPlotItem().titleLabel.text.startswith("Valor de la reserva de bitcoin: mediana")
    assert view.fan.getPlotItem().getAxis("left").labelText == "millones de US$"
    assert view.terminal.getPlotItem().getAxis("left").labelText == "Trayectorias"  # charts.histogram_plot
    legend = [label.text for _, label in view.fan.getPlotItem().legend.items]
    assert legend == ["La trayectoria del escenario"]
    assert view.test_lines[0].label.format.startswith("evaluación 20")  # short: two labels fit between the dates
    view.clear()
    assert view.title.text() == "Ejecute un escenario, o abra una ejecución guardada, para ver sus resultados."
    assert view.panels["fan"].message.text().endswith(
        "Seleccione un escenario de la biblioteca y pulse Ejecutar escenario (F5), o abra una ejecución guardada.")
    assert still_english(view) == []


def test_a_monte_carlo_run_and_a_comparison_in_spanish(qtbot, spanish, es):
    summary = _run(es, "mc-gbm", paths=200)
    view = _results(qtbot, summary)
    assert view.cards["drawdown"].detail.text().startswith("media; mediana ")
    assert [label.text for _, label in view.fan.getPlotItem().legend.items] == [
        "5-95% de las trayectorias", "25-75% de las trayectorias", "Mediana"]
    comparison = RunComparison()
    qtbot.addWidget(comparison)
    assert comparison.note.text() == "Seleccione dos o más ejecuciones guardadas y pulse Comparar."
    comparison.show_runs([(1, _run(es, "btc-minus-50")), (2, summary)])
    assert still_english(comparison) == []
    assert _headers(comparison.model) == ["Cifra", "Ejecución 1", "Ejecución 2"]
    rows = {comparison.model.records[r][0]: comparison.model.records[r][1] for r in range(comparison.model.rowCount())}
    assert rows["Escenario"] == ["El bitcoin cae un 50%", "Monte Carlo: movimiento browniano geométrico"]
    assert rows["Tipo"][0] == "choque hipotético" and rows["Tipo"][1].startswith("Monte Carlo, ")
    assert comparison.note.text().startswith("2 ejecuciones comparadas. Valores en US$ salvo indicación")
    names = [label.text for _, label in comparison.plot.getPlotItem().legend.items]
    assert names == ["Ejecución 1: El bitcoin cae un 50%", "Ejecución 2: Monte Carlo: movimiento browniano geométrico"]


def test_a_figure_under_es_ES_has_a_decimal_comma(qtbot, spanish, es):
    previous = QLocale()
    locale_formats.install("es", QLocale("es_ES"))
    try:
        view = _results(qtbot, _run(es, "btc-minus-50"))
        assert view.cards["var"].value.text() == "50,0%"
        assert view.cards["median"].detail.text() == "-50,0% tras 365 días"
        volume = view.test_note.text().split("volumen diario de US$")[1]
        assert volume.split(" ")[0] == fmt.number(stress.DEFAULT_DAILY_VOLUME_USD / 1e9, 1) and "," in volume.split(" ")[0]
        axis = view.drawdown.getPlotItem().getAxis("bottom")  # charts' ticks too (pyqtgraph wrote 0.5)
        assert axis.tickStrings([0.5, 1.0, 12500.0], 1, 0.5) == ["0,5", "1,0", "12.500,0"]
        dialog = PolicyDialog(es, es.default_date(), existing=d.Policy(name="x", kind="lump", params={
            "purchases": [{"date": "2026-03-01", "btc": 1.5}]}))
        qtbot.addWidget(dialog)
        assert dialog.lumps.item(0, 1).text() == "1,5"  # written and read back in the locale's way
        assert dialog.policy([]).params["purchases"] == [{"date": "2026-03-01", "btc": 1.5}]
    finally:
        locale_formats.install("en")
        QLocale.setDefault(previous)


def test_the_scenario_dialog_in_spanish(qtbot, spanish, es):
    builtin = next(s for s in es.scenarios if s.id == "btc-minus-50")
    dialog = ScenarioDialog(es, existing=builtin, duplicate=True)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == "Nuevo escenario"
    # the copy is the user's own scenario, named in the words the user read the built-in in
    assert dialog.name.text() == "El bitcoin cae un 50% (copia)"
    assert dialog.note.text().startswith("Hipotético: una caída inmediata del 50%")
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Episodio histórico", "Choque hipotético", "Monte Carlo"]
    labels = _form_labels(dialog)
    for label in ("Identificador", "Nombre", "Tipo", "Horizonte", "Nota", "Máximo", "Mínimo", "Trayectorias",
                  "Exportaciones (variación del flujo de 12 meses)", "Duración"):
        assert label in labels, label
    assert dialog.horizon.suffix() == " días" and dialog.macro_months.suffix() == " meses"
    editing = ScenarioDialog(es, existing=d.Scenario(id="mine", name="Bitcoin falls 50%", kind="shock",
                                                     horizon_days=365, params={"btc_shock": -0.5}))
    qtbot.addWidget(editing)
    assert editing.windowTitle() == "Editar escenario" and editing.name.text() == "Bitcoin falls 50%"


def test_the_policy_dialog_in_spanish(qtbot, spanish, es):
    (policy,) = es.policies
    dialog = PolicyDialog(es, es.default_date(), existing=policy)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == "Editar política"
    assert dialog.name.text() == "One bitcoin a day"  # the stored name is what the user edits and saves
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Compras diarias", "Compras mensuales", "Compras en fechas dadas", "Minería estatal"]
    labels = _form_labels(dialog)
    for label in ("Nombre", "Tipo", "Primera compra", "Última compra", "Potencia del sitio", "Tasa de hash de la red",
                  "Recuperación de costos", "Último bloque"):
        assert label in labels, label
    assert dialog.enabled.text() == "Incluir en la proyección"
    assert dialog.block_height.toolTip().startswith("Opcional. Las alturas de bloque")
    assert _headers(dialog.lumps.model()) == ["Fecha (AAAA-MM-DD)", "Monto", "Unidad (BTC o US$)"]
    header = dialog.lumps.horizontalHeader()  # the date's title whole (it was cut to "a (AAAA-MM-")
    assert header.sectionSize(0) > header.fontMetrics().horizontalAdvance("Fecha (AAAA-MM-DD)")
    dialog.kind.setCurrentIndex(2)
    dialog._add_lump("2026-03-01", "cinco", "BTC")
    dialog._accept()
    assert "purchases[1].amount: 'cinco' no es un número" in dialog.error.text()


def test_undo_texts_in_spanish(spanish, es):
    scenario = next(s for s in es.scenarios if s.id == "btc-minus-50")
    copy = d.Scenario(id="mine", name="Mi choque", kind="shock", horizon_days=365, params={"btc_shock": -0.4})
    assert EditScenario(es, lambda: None, None, copy).text() == "Agregar escenario Mi choque"
    assert EditScenario(es, lambda: None, scenario, None).text() == "Eliminar escenario El bitcoin cae un 50%"
    assert EditPolicy(es, lambda: None, es.policies[0], es.policies[0]).text() == "Editar política Un bitcoin al día"
    assert DeleteRuns(es, lambda: None, [{"id": 1}]).text() == "Eliminar 1 ejecución guardada"
    assert DeleteRuns(es, lambda: None, [{"id": i} for i in range(2)]).text() == "Eliminar 2 ejecuciones guardadas"
    purchase = d.Transaction(date=dt.date(2026, 3, 1), kind="purchase", wallet="w", quantity=1.0)
    assert AddTransaction(es, lambda: None, purchase, 1).text() == "Agregar compra del 2026-03-01"


def test_in_english_the_results_dialogs_and_undo_texts_read_as_before(qtbot, qapp, es):
    view = _results(qtbot, _run(es, "btc-minus-50"), "Run 1")
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Fan chart", "Terminal distribution", "Maximum drawdown", "Test dates", "Owed to the IMF"]
    assert view.cards["median"].detail.text() == "-50.0% after 365 days"
    assert view.cards["start"].detail.text().endswith(f" on {es.default_date()}") and " BTC at US$" in \
        view.cards["start"].detail.text()
    assert view.test_note.text().startswith("Bitcoin is not counted in NIR (the IMF's definition). Market impact: ")
    assert view.test_model.data(view.test_model.index(1, 0)) == "NIR floor, adjusted (US$ m)"
    assert view.terminal.getPlotItem().getAxis("left").labelText == "Paths"
    builtin = next(s for s in es.scenarios if s.id == "btc-minus-50")
    dialog = ScenarioDialog(es, existing=builtin, duplicate=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New scenario" and dialog.name.text() == "Bitcoin falls 50% (copy)"
    assert dialog.kind.itemText(0) == "Historical episode" and dialog.horizon.suffix() == " days"
    policy = PolicyDialog(es, es.default_date(), existing=es.policies[0])
    qtbot.addWidget(policy)
    assert policy.windowTitle() == "Edit policy" and policy.kind.itemText(3) == "Mining with state power"
    assert DeleteRuns(es, lambda: None, [{"id": i} for i in range(2)]).text() == "Delete 2 stored runs"
    assert EditScenario(es, lambda: None, builtin, None).text() == "Delete scenario Bitcoin falls 50%"
    purchase = d.Transaction(date=dt.date(2026, 3, 1), kind="purchase", wallet="w", quantity=1.0)
    assert AddTransaction(es, lambda: None, purchase, 1).text() == "Add purchase of 2026-03-01"


@pytest.mark.parametrize("n", [1, 2])
def test_english_counts_of_deleted_runs(es, n):
    assert DeleteRuns(es, lambda: None, [{"id": i} for i in range(n)]).text() == (
        "Delete 1 stored run" if n == 1 else f"Delete {n} stored runs")


def test_the_stress_and_planner_tabs_show_built_in_words_in_spanish(qtbot, spanish, es):
    from desktop.gui.tabs.planner import PlannerTab
    from desktop.gui.tabs.stress import StressTab

    tab = StressTab(es, es.default_date())
    qtbot.addWidget(tab)
    rows = {s.id: r for r, s in enumerate(tab.scenario_model.records)}
    name = tab.scenario_model.data(tab.scenario_model.index(rows["btc-minus-50"], 0))
    assert name == "El bitcoin cae un 50%"
    assert tab.scenario_model.data(tab.scenario_model.index(rows["btc-minus-50"], 1)) == "Choque hipotético"
    tab._select("btc-2013-15")
    details = tab.details.toPlainText()
    assert "Mercado bajista BTC 2013-15" in details and "Episodio histórico, horizonte de " in details
    assert "con el historial de precios importado cuando cubre las fechas" in details
    tab._select("mc-gbm")
    assert "Volatilidad anualizada" in tab.details.toPlainText()  # core's words for a model's parameter
    planner = PlannerTab(es, es.default_date())
    qtbot.addWidget(planner)
    qtbot.waitUntil(lambda: planner.projection is not None and planner.task is None, timeout=60_000)
    assert planner.policy_model.data(planner.policy_model.index(0, 1)) == "Un bitcoin al día"
    assert planner.policy_model.data(planner.policy_model.index(0, 2)) == "Compras diarias"
    assert planner.breach_model.data(planner.breach_model.index(0, 0)) == "Un bitcoin al día"


def test_a_stored_run_of_a_built_in_is_named_in_spanish_where_runs_are_listed(qtbot, spanish, es):
    from desktop.core.workspace import store_run
    from desktop.gui.report_dialog import ReportDialog
    from desktop.gui.tabs.overview import OverviewTab

    scenario = next(s for s in es.scenarios if s.id == "btc-minus-50")
    plan = stress.plan_run(es, scenario, es.default_date())
    store_run(es.store, plan.inputs, stress.execute(plan))
    dialog = ReportDialog(es, es.default_date())
    qtbot.addWidget(dialog)
    assert dialog.runs.item(0).text().startswith("Ejecución 1: El bitcoin cae un 50%, ")
    overview = OverviewTab(es, es.default_date())
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: overview.cards["last_run"].detail.text() != "", timeout=60_000)
    assert overview.cards["last_run"].detail.text().startswith("El bitcoin cae un 50%, ")


def _month_and_day_ticks() -> tuple[list[str], list[str]]:
    from pyqtgraph.graphicsItems import DateAxisItem as axes

    from desktop.gui.charts import DateAxis

    axis = DateAxis(orientation="bottom", utcOffset=0)
    february, wednesday = dt.datetime(2026, 2, 1).timestamp(), dt.datetime(2026, 12, 2).timestamp()
    offset = dt.datetime(1970, 1, 1).timestamp()  # the machine's offset from UTC, which the axis does not apply
    axis.zoomLevel = axes.YEAR_MONTH_ZOOM_LEVEL
    months = axis.tickStrings([february - offset], 1, axes.MONTH_SPACING)
    axis.zoomLevel = axes.DAY_HOUR_ZOOM_LEVEL
    days = axis.tickStrings([wednesday - offset], 1, axes.DAY_SPACING)
    return months, days


def test_date_axes_name_months_and_days_in_the_interfaces_language(spanish):
    assert _month_and_day_ticks() == (["feb"], ["mié 02"])


def test_date_axes_name_months_and_days_in_english_as_before(qapp):
    from desktop.gui.charts import NumberAxis

    assert _month_and_day_ticks() == (["Feb"], ["Wed 02"])
    assert NumberAxis("left").tickStrings([0.0, 0.5, 1.0], 1, 0.5) == ["0.0", "0.5", "1.0"]
    assert NumberAxis("left").tickStrings([0.0, 500.0, 1000.0], 1, 500) == ["0", "500", "1,000"]
