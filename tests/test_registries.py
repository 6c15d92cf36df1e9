"""The model and importer registries drive every list of models and import kinds (CLI, window, rules), and
simulate and stress runs report their outcomes through one summary."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
import pytest

from desktop import cli
from desktop.core import domain as d
from desktop.core import stress
from desktop.core.engine import models
from desktop.core.engine import simulate as sim
from desktop.core.engine.measures import historical_var_es
from desktop.core.io import importers
from desktop.core.scenario_rules import scenario_problems
from desktop.core.workspace import Workspace

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


@pytest.fixture
def heston(monkeypatch):
    """A model with a parameter of its own, added to the registry only."""
    monkeypatch.setitem(models.PARAMS, "kappa", models.Param("kappa", "Mean reversion (a year)", 2.0, 0.0, 50.0))
    monkeypatch.setitem(models.SPECS, "heston", models.ModelSpec(
        "heston", "Heston stochastic volatility", ("vol", "drift", "kappa"), models.FROM_VOLATILITY))


def _choices(parser: argparse.ArgumentParser, *path: str) -> dict[str, tuple]:
    """The choices of every option of the subcommand at ``path``, by option name."""
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return {(a.option_strings or [a.dest])[0]: tuple(a.choices) for a in parser._actions if a.choices is not None
            and not isinstance(a, argparse._SubParsersAction)}


def test_a_model_added_to_the_registry_reaches_the_cli_the_rules_and_the_scenario_editor(heston, qtbot, sample_copy):
    from desktop.gui.scenario_dialog import ScenarioDialog

    args = cli.build_parser().parse_args(["simulate", "--model", "heston", "--kappa", "3"])
    assert args.model == "heston" and args.kappa == 3.0
    good = d.Scenario(id="mc-heston", name="Heston", kind="monte_carlo", horizon_days=365,
                      params={"model": "heston", "vol": 0.6, "kappa": 3.0})
    assert scenario_problems(good) == []
    too_fast = d.Scenario(**{**good.__dict__, "params": {**good.params, "kappa": 60.0}})
    assert scenario_problems(too_fast) == ["kappa: 60 is outside 0 to 50"]

    ws = Workspace.open(sample_copy("empty"))
    try:
        dialog = ScenarioDialog(ws)
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("monte_carlo"))
        dialog.model.setCurrentIndex(dialog.model.findData("heston"))
        assert dialog.model.currentText() == "Heston stochastic volatility"
        shown = {name for name, box in dialog.model_params.items() if dialog.model_form.isRowVisible(box)}
        assert shown == {"vol", "drift", "kappa"}
        dialog.model_params["kappa"].setValue(4.5)
        params = dialog.scenario().params
        assert params["model"] == "heston" and params["kappa"] == 4.5 and "df" not in params
    finally:
        ws.close()


def test_an_importer_added_to_the_registry_reaches_the_cli_and_file_import(monkeypatch, qtbot, sample_copy, capsys,
                                                                         tmp_path):
    from desktop.gui.app import create_app
    from desktop.gui.dialogs.import_file import ImportDialog
    from desktop.gui.main_window import MainWindow

    calls = []

    def run(store, path, options, progress, cancelled):
        calls.append((Path(path).name, options.csv.decimal, options.dry_run))
        return importers.WholeFileResult("reserves.csv: 1 date", written=not options.dry_run,
                                         json={"what": "reserves", "written": not options.dry_run})

    monkeypatch.setitem(importers.IMPORTERS, "reserves", importers.Importer(
        "reserves", "Import reserves (CSV)", "&Reserves CSV…", importers.CSV_FILES, frozenset({"csv"}), ("macro_inputs",),
        run, whole_file=True))
    workspace = sample_copy("empty")
    source = tmp_path / "reserves.csv"
    source.write_text("date,reserves\n2025-01-31,1\n")
    assert cli.main(["import", "reserves", str(source), "--workspace", str(workspace), "--decimal", "comma",
                     "--dry-run"]) == 0
    assert json.loads(capsys.readouterr().out) == {"what": "reserves", "written": False}
    assert calls == [("reserves.csv", "comma", True)]

    create_app()
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    import_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Import")
    next(a for a in import_menu.actions() if a.text() == "&Reserves CSV…").trigger()
    dialog = opened[0]
    assert dialog.what == "reserves" and dialog.windowTitle() == "Import reserves (CSV)"
    assert dialog.decimal.isVisibleTo(dialog) and not dialog.skip_invalid.isVisibleTo(dialog)
    assert not dialog.asset.isVisibleTo(dialog)


def test_the_cli_choice_lists_follow_the_core_constants(monkeypatch):
    """A value added to a core list is a choice of the CLI at once: the CLI keeps no copy."""
    from desktop.core import samples, summary
    from desktop.core.engine import valuation
    from desktop.core.io import chain_statements, csv_source, fx_csv

    monkeypatch.setattr(samples, "SAMPLES", (*samples.SAMPLES, "kenya"))
    monkeypatch.setattr(d, "WALLET_KINDS", (*d.WALLET_KINDS, "vault"))
    monkeypatch.setattr(csv_source, "DATE_ORDERS", (*csv_source.DATE_ORDERS, "ymd"))
    monkeypatch.setattr(csv_source, "DECIMALS", (*csv_source.DECIMALS, "apostrophe"))
    monkeypatch.setitem(valuation.COST_METHODS, "lifo", valuation.COST_METHODS["fifo"])
    monkeypatch.setitem(summary.SECTIONS, "mining", "Mining")
    monkeypatch.setitem(importers.EXPORTERS, "macro", importers.EXPORTERS["prices"])
    parser = cli.build_parser()
    assert _choices(parser, "simulate")["--model"] == tuple(models.SPECS)
    monkeypatch.setattr(chain_statements, "FORMATS", (*chain_statements.FORMATS, "electrum"))
    monkeypatch.setattr(fx_csv, "QUOTES", (*fx_csv.QUOTES, "per-eur"))
    parser = cli.build_parser()
    assert _choices(parser, "import") == {"what": (*importers.IMPORTERS, "chain"), "--date-order": csv_source.DATE_ORDERS,
                                          "--decimal": csv_source.DECIMALS, "--format": chain_statements.FORMATS,
                                          "--quote": fx_csv.QUOTES}
    assert _choices(parser, "risk") == {"--date-order": csv_source.DATE_ORDERS, "--decimal": csv_source.DECIMALS}
    assert _choices(parser, "export")["what"] == (*importers.EXPORTERS, "workbook")
    assert _choices(parser, "init")["--sample"] == samples.SAMPLES
    assert _choices(parser, "wallets", "add")["--kind"] == d.WALLET_KINDS
    assert _choices(parser, "holdings")["--cost-method"] == tuple(valuation.COST_METHODS)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "mining" in next(a.help for a in sub.choices["report"]._actions if a.dest == "sections")
    assert set(models.PARAMS) <= {a.dest for a in sub.choices["simulate"]._actions}  # an option per model parameter


def test_model_names_are_written_only_in_the_registry_and_the_engine_increments():
    """Only the registry and the engine's increments name a model (gbm, the default and the correlated
    factors' model, aside); a list of models anywhere else is a copy that can fall behind."""
    names = "|".join(re.escape(k) for k in models.SPECS if k != "gbm")
    named = re.compile(rf"""["']({names})["']""")
    # backtest.py is the registry of VaR models backtested, a list of its own: "garch" and "fhs" there are one-day
    # VaR forecasts, not the Monte Carlo models of the same names; var_models.py computes today's figures by them
    allowed = {DESKTOP / "core/engine/models.py", DESKTOP / "core/engine/simulate.py", DESKTOP / "core/engine/backtest.py",
               DESKTOP / "core/engine/var_models.py"}
    found = [f"{path.relative_to(DESKTOP)}:{n}: {line.strip()}" for path in DESKTOP.rglob("*.py") if path not in allowed
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if named.search(line)]
    assert found == []
    kinds = "|".join(importers.IMPORTERS)
    compared = re.compile(rf"""what\s*(==|!=|in|not in)\s*\(?["']({kinds})["']""")
    assert [p.name for p in DESKTOP.rglob("*.py") if compared.search(p.read_text(encoding="utf-8"))] == []


def _former_summary(relative_terminal: np.ndarray, drawdowns: np.ndarray, start_value: float) -> dict:
    """The summary that simulate and execute each wrote inline before they shared outcome_summary."""
    terminal = relative_terminal * start_value
    q = np.quantile(terminal, [0.01, 0.05, 0.5, 0.95, 0.99])
    out = {"terminal": {"mean": float(terminal.mean()), "p01": float(q[0]), "p05": float(q[1]), "p50": float(q[2]),
                        "p95": float(q[3]), "p99": float(q[4])}, "var": {}, "es": {}}
    for a in (0.95, 0.99):
        var, es = historical_var_es(relative_terminal - 1.0, a)
        out["var"][f"{a:g}"], out["es"][f"{a:g}"] = var + 0.0, es + 0.0
    out["conventions"] = sim.VAR_CONVENTIONS
    out["max_drawdown"] = {"mean": float(drawdowns.mean()), "p50": float(np.quantile(drawdowns, 0.5)),
                           "p95": float(np.quantile(drawdowns, 0.95))}
    return out


def test_simulate_and_stress_runs_share_one_outcome_summary(monkeypatch, sample_copy):
    used = []

    def spy(*args, **kwargs):  # kwargs: a stress run's cancel check
        used.append(len(args))
        return sim_summary(*args, **kwargs)

    sim_summary = sim.outcome_summary
    monkeypatch.setattr(sim, "outcome_summary", spy)
    monkeypatch.setattr(stress, "outcome_summary", spy)
    shocks = []
    monkeypatch.setattr(stress, "shocked", lambda value, shock: shocks.append(shock) or value * (1.0 + shock))

    result = sim.simulate(sim.Request(model=sim.Model(vol=0.6), paths=2_000, horizon_days=30, seed=7))
    out = sim.summary(result)
    assert used == [2]
    assert {k: out[k] for k in ("terminal", "var", "es", "conventions", "max_drawdown")} == \
        _former_summary(result.terminal, result.max_drawdown, 1.0)

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        run = stress.execute(stress.plan_run(ws, ws.scenario("btc-minus-50")))
    finally:
        ws.close()
    assert used == [2, 3] and shocks == [-0.5]
    start = run["start_value_usd"]
    assert run["terminal"]["p50"] == 0.5 * start
    assert {k: run[k] for k in ("terminal", "var", "es", "conventions", "max_drawdown")} == \
        _former_summary(np.array([0.5]), np.array([0.5]), start)


def test_the_one_summary_gives_the_former_numbers_in_any_unit():
    rng = np.random.default_rng(3)
    relative = np.exp(rng.normal(0.0, 0.4, 5_001))
    drawdowns = rng.uniform(0.0, 0.9, 5_001)
    for start_value in (1.0, 7_474.37 * 92_949):
        assert sim.outcome_summary(relative, drawdowns, start_value) == _former_summary(relative, drawdowns, start_value)


def test_the_paper_sizes_are_one_list_for_the_cli_the_dialog_and_the_renderer():
    from desktop.cli import build_parser
    from desktop.core.summary import PAPERS
    from desktop.report.pdf import PAGE_SIZES

    assert set(PAGE_SIZES) == set(PAPERS)
    paper = next(a for p in build_parser()._subparsers._group_actions[0].choices.values()
                 for a in p._actions if a.dest == "paper")
    assert tuple(paper.choices) == tuple(PAPERS)
