"""The labels and sentences core hands to the window and the PDF, in Spanish under the Spanish translators and in
English without them; the Risk tab's combos read back their codes, never a translated label; the command line's
JSON keeps the English."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core import risk_view as rv
from desktop.core.engine import backtest as bt
from desktop.core.engine import var_models as vm
from desktop.gui.tabs.risk import RiskTab
from tests.conftest import cli_command
from tests.i18n_walk import still_english
from tests.price_history import sample_with_history, walk

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def ws(sample_copy, tmp_path):
    """El Salvador's sample (its bitcoin) with 800 days of prices before its own."""
    workspace = sample_with_history(sample_copy("el-salvador"), tmp_path / "history.csv", walk(800, seed=21))
    yield workspace
    workspace.close()



def _tab(qtbot, workspace) -> RiskTab:
    tab = RiskTab(workspace, workspace.default_date())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.task is None, timeout=60_000)
    return tab


def _column(model, title: str) -> list[str]:
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") == title)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _short_backtest() -> bt.Backtest:
    returns = np.random.default_rng(3).normal(0, 0.03, 400)
    return bt.backtest(returns, "historical", 0.99, 100)


# ---- the risk labels -------------------------------------------------------------------------------------------

def test_risk_labels_are_english_without_a_translator():
    assert [rv.method_label(m) for m in bt.METHODS] == list(bt.METHOD_LABELS.values())
    assert rv.method_short_label("fhs") == "FHS" and rv.period_label("Last 5 years") == "Last 5 years"
    assert vm.ten_day_rule_text(vm.SQRT_TIME) == "square root of time"
    zone = _short_backtest().zone_text
    assert zone.startswith(("green (", "yellow (", "red (")), zone
    garch = bt.backtest(np.random.default_rng(3).normal(0, 0.03, 400), "garch", 0.99, 100)
    assert garch.problem.startswith("GARCH(1,1) is fitted on 250 returns")


def test_risk_labels_in_spanish(spanish):
    assert rv.method_label("historical") == "Histórico"
    assert rv.method_label("fhs") == "Simulación histórica filtrada"
    assert rv.method_label("garch") == "GARCH(1,1)"  # a model's acronym stays
    assert rv.period_label("Last 5 years") == "Últimos 5 años" and rv.period_label("All history") == "Toda la historia"
    assert vm.ten_day_rule_text(vm.SQRT_TIME) == "raíz cuadrada del tiempo"
    assert vm.ten_day_rule_text(vm.SIMULATED) == "simulado"
    b = _short_backtest()
    assert b.zone_text.split(" (")[0] in ("verde", "amarilla", "roja")
    garch = bt.backtest(np.random.default_rng(3).normal(0, 0.03, 400), "garch", 0.99, 100)
    assert garch.problem.startswith("GARCH(1,1) se estima con 250 rendimientos")
    # stored and written as the English: the code, the rule, the JSON's problem
    assert b.traffic_light in ("green", "yellow", "red") and garch.to_json()["problem"].startswith("GARCH(1,1) is")
    few = rv.compute(np.arange(20), np.linspace(100, 120, 20), rv.RiskRequest(end=rv.from_day_number(19)))
    assert few.problem.startswith("Las medidas de riesgo requieren al menos 31 precios diarios del BTC")
    assert "Archivo > Importar > CSV de precios…" in few.problem


def test_the_risk_tab_in_spanish_shows_no_english_and_its_combos_read_back_their_codes(qtbot, spanish, ws):
    tab = _tab(qtbot, ws)
    assert still_english(tab) == []
    periods = [tab.period.itemText(i) for i in range(tab.period.count())]
    assert periods == ["Último año", "Últimos 3 años", "Últimos 5 años", "Últimos 10 años", "Toda la historia"]
    assert tab.period.currentText() == "Últimos 5 años" and tab.period.currentData() == rv.DEFAULT_PERIOD
    models = _column(tab.measure_model, "Modelo")
    assert models[0] == "Histórico" and "Simulación histórica filtrada" in models
    assert set(_column(tab.measure_model, "Regla a 10 días")) <= {"raíz cuadrada del tiempo", "simulado"}
    zones = _column(tab.backtest_model, "Zona de Basilea")
    assert all(z.split(" (")[0] in ("verde", "amarilla", "roja", "ninguna") for z in zones), zones
    chart = tab.backtest_chart.model_choice
    assert chart.itemText(0) == "Histórico" and chart.itemData(0) == "historical"
    # the Spanish label chosen drives the same computation as the English one: its code, not its words
    tab.period.setCurrentIndex(tab.period.findText("Último año"))
    qtbot.waitUntil(lambda: tab.task is None and tab.view.request.start is not None
                    and tab.view.request.start == rv.years_before(tab.date, 1), timeout=60_000)
    tab.period.setCurrentIndex(tab.period.findText("Toda la historia"))
    qtbot.waitUntil(lambda: tab.task is None and tab.view.request.start is None, timeout=60_000)
    assert still_english(tab) == []


def test_the_risk_tab_in_english_reads_as_before(qtbot, ws):
    tab = _tab(qtbot, ws)
    assert [tab.period.itemText(i) for i in range(tab.period.count())] == list(rv.PERIOD_YEARS)
    assert tab.period.currentText() == "Last 5 years"
    assert _column(tab.measure_model, "Model")[0] == "Historical"
    assert set(_column(tab.measure_model, "10-day rule")) <= {"square root of time", "simulated"}


def test_the_risk_tab_writes_spains_decimal_comma(qtbot, spain, ws):
    tab = _tab(qtbot, ws)
    view = tab.view
    assert f"asimetría {view.skewness:.2f}".replace(".", ",") in tab.moments.text()
    observations = _column(tab.backtest_model, "Observaciones")
    assert observations[0] == f"{view.backtests[0].observations:,}".replace(",", ".")


def test_the_command_lines_backtest_json_stays_english(ws, tmp_path, spanish):
    """The CLI installs no translator: its JSON is the English, whatever the window's language."""
    path = ws.store.path
    done = subprocess.run([*cli_command(), "backtest", "--workspace", str(path), "--window", "100"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    by = {m["method"]: m for m in out["methods"]}
    assert list(by) == list(bt.METHODS)
    assert by["garch"]["problem"] == ("GARCH(1,1) is fitted on 250 returns or more: choose a window of 250 days or "
                                      "more")
    assert {m["traffic_light"] for m in out["methods"]} <= {"green", "yellow", "red", None}


# ---- words, the audit log, stress runs, scenario and policy rules, the planner ---------------------------------

def _audit_update():
    from desktop.core.audit_view import AuditEntry

    return AuditEntry(7, "2026-01-01T00:00:00Z", "ana", "update", "wallets", 2, {"cap_btc": None, "archived": False},
                      {"cap_btc": 5.0, "archived": True}, "h")


def _sale_rows() -> list[dict]:
    return [{"headroom_usd": 1.0, "btc_to_sell": 0.0},
            {"headroom_usd": -1e6, "btc_to_sell": 2345.0, "uncovered_usd": 0.0, "btc_held": 6000.0},
            {"headroom_usd": -9e7, "btc_to_sell": 6000.0, "uncovered_usd": 5.3e7, "btc_held": 6000.0}]


def _bad_scenario():
    from desktop.core import domain as d

    return d.Scenario("bad-one", "Bad", "shock", 30, {"btc_shock": 20.0})


def _mining_policy():
    from desktop.core import domain as d

    return d.Policy("Volcano mining", "mining", {"mw": 100, "j_per_th": 20, "start_date": "2026-01-01",
                                                        "network_eh": 800, "power_usd_kwh": 0.05,
                                                        "cost_recovery_usd_kwh": 0.08})


def test_words_and_sentences_are_english_without_a_translator():
    from desktop.core import planner, policies, stress, words
    from desktop.core.audit_view import action_text, describe
    from desktop.core.engine.models import model_label, param_label
    from desktop.core.scenario_rules import scenario_problems

    assert words.field_label("access_sdr") == "Access" and words.table_name("transactions") == "Ledger"
    assert words.value_text("public_sector", True) == "yes" and words.value_text("horizon_days", 1825) == "1,825 days"
    assert words.value_text("charges_policy", "2024-11") == "in force since 2024-11-01"
    assert words.value_text("kind", "cold") == "cold"
    assert describe(_audit_update()) == "Wallet 2 changed: Archived: no → yes; Cap: — → 5 BTC"
    assert action_text("insert") == "added"
    assert [stress.sale_text(r) for r in _sale_rows()] == ["none needed", "sell 2,345 BTC",
                                                          "sell all 6,000 BTC: US$53.0 m still short"]
    assert stress.describe_run({"source": "shock"}) == "hypothetical shock"
    assert model_label("gbm") == "geometric Brownian motion" and param_label("vol") == "Annualised volatility"
    assert scenario_problems(_bad_scenario()) == ["btc_shock: 20 is outside -0.99 to 10"]
    assert policies.power_subsidy_reason(_mining_policy()) == ("the tariff (US$0.050/kWh) is below cost recovery "
                                                               "(US$0.080/kWh)")
    assert planner.COMMITMENT_TEXT[planner.NON_ACCUMULATION] == "not to accumulate bitcoin"


def test_words_and_sentences_in_spanish(spanish):
    from desktop.core import policies, stress, words
    from desktop.core.audit_view import action_text, describe
    from desktop.core.engine.models import model_label, param_label
    from desktop.core.scenario_rules import scenario_problems

    assert words.field_label("access_sdr") == "Acceso" and words.table_name("transactions") == "Libro de movimientos"
    assert words.problem_text("amount_sdr: must be greater than 0").startswith("Monto: ")
    assert words.value_text("public_sector", True) == "sí" and words.value_text("horizon_days", 1825) == "1,825 días"
    assert words.value_text("charges_policy", "2024-11") == "vigente desde el 2024-11-01"
    assert words.value_text("kind", "cold") == "fría" and words.value_text("status", "planned") == "prevista"
    assert words.value_text("kind", "vault-7") == "vault-7"  # a code no table names stays as stored
    cap = words.field_label("cap_btc")  # the wallet's cap, in the glossary's word
    assert cap != "Cap" and describe(_audit_update()) == f"Cambio en billetera 2: Archivada: no → sí; {cap}: — → 5 BTC"
    assert action_text("insert") == "agregado"
    from desktop.core.audit_view import key_text

    assert key_text("valuation_date", "metadata") == "fecha de valoración" and key_text("x_y", "metadata") == "x y"
    assert [stress.sale_text(r) for r in _sale_rows()] == ["no se requiere", "vender 2,345 BTC",
                                                          "vender los 6,000 BTC: aún faltan US$53.0 mill."]
    assert stress.describe_run({"source": "monte carlo", "model": "gbm", "paths": 10_000, "seed": 7}) == \
        "Monte Carlo (movimiento browniano geométrico), 10,000 trayectorias, semilla 7"
    assert model_label("gbm") == "movimiento browniano geométrico" and param_label("vol") == "Volatilidad anualizada"
    # the field's key stays first: the editor finds the field by it
    assert scenario_problems(_bad_scenario()) == ["btc_shock: 20 está fuera del rango de -0.99 a 10"]
    assert policies.power_subsidy_reason(_mining_policy()).startswith("la tarifa (US$0.050/kWh) está por debajo")
    # stored with a run and compared there: the note on an earlier engine stays English, shown translated
    from desktop.core.i18n import translate

    assert stress.EARLIER_ENGINE_NOTE.startswith("Stored by an earlier engine")
    assert translate("stress", stress.EARLIER_ENGINE_NOTE).startswith("Guardada por un motor anterior")


def test_the_planner_says_its_breaches_and_halvings_in_spanish(spanish, sample_copy):
    from desktop.core import planner
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        p = planner.project(planner.plan_inputs(ws, paths=0))
    finally:
        ws.close()
    s = p.summary
    assert s["baseline_prices"].startswith("cierres guardados")
    if s["halvings"]:
        assert planner.halving_text(s["halvings"]).startswith("Bloques a ")
    for b in p.breaches:
        assert b["commitment"] in ("no acumular bitcoin", "no subsidiar la electricidad para la minería de bitcoin")


def test_spains_formats_reach_core_words(spain):
    from desktop.core import stress, words

    assert words.value_text("horizon_days", 12_345) == "12.345 días"
    assert words.value_text("access_sdr", 11_033_920_000) == "DEG 11.033,92 millones"
    assert stress.sale_text(_sale_rows()[2]) == "vender los 6000 BTC: aún faltan US$53,0 mill."


def test_engine_reasons_in_spanish_keep_the_fields_key(spanish):
    import datetime as dt

    from desktop.core.engine.mining import BlockPace
    from desktop.core.engine.valuation import OVERSOLD
    from desktop.core.errors import InvalidInput
    from desktop.core.i18n import translate

    with pytest.raises(InvalidInput) as refused:
        BlockPace(900_001, dt.date(2025, 1, 1)).check()
    assert str(refused.value).startswith("last_block_date: no antes del 2025-06-06")
    assert translate("valuation", OVERSOLD).format(row=3, date="2025-01-02") == \
        "la fila 3 (2025-01-02) vende más bitcoin del que se tiene"


def test_engine_reasons_in_english_as_before():
    import datetime as dt

    from desktop.core.engine.mining import BlockPace
    from desktop.core.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        BlockPace(900_001, dt.date(2025, 1, 1)).check()
    assert str(refused.value) == "last_block_date: not before 2025-06-06 (the built-in block 900,000)"


def test_the_imfs_input_definitions_are_marked_for_the_program_tab(spanish):
    from desktop.core.engine import adequacy
    from desktop.core.i18n import translate

    shown = {k: translate("adequacy", v) for k, v in adequacy.INPUT_DEFINITIONS.items()}
    assert shown["gross_reserves_usd"].startswith("Activos de reserva oficiales brutos")
    assert all(shown[k] != v for k, v in adequacy.INPUT_DEFINITIONS.items())


def test_the_audit_log_reads_cores_words_in_spanish_and_filters_by_the_tables_code(qtbot, spanish, sample_copy):
    from desktop.core.workspace import Workspace
    from desktop.gui.audit_dialog import AuditDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        dialog = AuditDialog(ws)
        qtbot.addWidget(dialog)
        assert still_english(dialog) == []
        tables = {dialog.table.itemText(i): dialog.table.itemData(i) for i in range(1, dialog.table.count())}
        assert tables["Libro de movimientos"] == "transactions" and tables["Billeteras"] == "wallets"
        model = dialog.model
        column = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
        changes = [model.data(model.index(r, column["Cambio"])) for r in range(model.rowCount())]
        actions = {model.data(model.index(r, column["Acción"])) for r in range(model.rowCount())}
        assert any(c.startswith("Importado en Libro de movimientos: ") and c.endswith(" filas)") for c in changes)
        assert "importado" in actions and not actions & {"imported", "added", "changed"}
    finally:
        ws.close()


def test_a_models_reason_is_shown_in_spanish_and_exported_in_english(spanish):
    """The window shows why GARCH has no figure in Spanish; the CSV export of the table keeps the English."""
    prices = 100 * np.cumprod(1 + np.random.default_rng(5).normal(0, 0.03, 120))
    view = rv.compute(np.arange(120), prices, rv.RiskRequest(end=rv.from_day_number(119)))
    garch = next(x for x in view.models if x.method == "garch")
    assert garch.problem == "estimar GARCH requiere al menos 250 rendimientos (119 en el período)"
    header, rows = rv.tables(view)["measures"]
    row = next(r for r in rows if r[0] == "garch")
    assert row[header.index("problem")] == "fitting GARCH needs at least 250 returns (119 in the period)"
    assert row[header.index("ten_day_rule")] == "simulated"


def test_the_funds_refusal_is_shown_in_spanish_and_noted_in_english_by_a_stress_run(spanish, sample_copy,
                                                                                    monkeypatch):
    """A member without a quota: the window says why in Spanish; a stress run stores its note in English, so that
    reproducing the run in another language finds the same notes."""
    from desktop.core import domain as d
    from desktop.core import stress
    from desktop.core.engine import fund
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        with pytest.raises(fund.FundRefusal) as refused:
            fund.position(list(ws.arrangements), d.Member())
        assert str(refused.value).startswith("la cuota del país miembro en el FMI no está en el espacio de trabajo")
        assert refused.value.english.startswith("the member's IMF quota is not in the workspace")

        def no_quota(*args, **kwargs):
            raise refused.value

        monkeypatch.setattr(type(ws), "fund_position", no_quota)
        notes: list[str] = []
        stress._test_dates(ws, ws.default_date(), 3650, notes)
        assert notes == [f"NIR at the IMF test dates is not projected: {refused.value.english}."]
    finally:
        ws.close()


def test_an_imports_record_and_millions_read_in_spanish_in_the_audit_log(spanish):
    from desktop.core import words
    from desktop.core.audit_view import AuditEntry, describe

    assert [words.field_label(k) for k in ("label", "rows", "sha256", "budget_support_actual_usd")] == [
        "Etiqueta", "Filas", "SHA-256", "Apoyo presupuestario efectivo (US$)"]
    assert words.value_text("nir_floor_usd", 4_000e6) == "US$4,000.0 mill."
    assert words.value_text("access_sdr", 1_033.92e6) == "DEG 1,033.92 millones"
    assert words.value_text("label", "built-in scenario library") == "biblioteca de escenarios predefinidos"
    assert words.value_text("label", "prices.csv") == "prices.csv"  # a file's name is the user's
    assert "biblioteca de escenarios predefinidos (14 filas)" in describe(AuditEntry(
        id=1, at="2025-01-01T00:00:00Z", os_user="analyst", action="import", table_name="scenarios", row_key=None,
        before=None, after={"label": "built-in scenario library", "rows": 14}, hash=""))
