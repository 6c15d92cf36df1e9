"""Stress Scenarios: the scenario library, runs in the background, their results, stored runs compared.

A run is planned on the GUI thread (it reads the workspace, which is quick) and executed by a worker
(``core.stress.execute``, which may draw millions of paths); only a finished run is stored, so a
cancelled one leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import html
import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import builtin_words, fmt, fx, stress
from ...core.engine.models import PARAMS as MODEL_PARAMS
from ...core.engine.models import param_label
from ...core.engine.simulate import MAX_PATHS
from ...core.errors import Cancelled, error_text
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.workspace import Workspace, store_run
from ..commands import DeleteRuns, EditScenario
from ..scenario_dialog import KIND_TITLES, ScenarioDialog
from ..stress_results import RunComparison, RunResults
from ..table_model import Column, RecordTableModel
from ..widgets import boxed, button, column, note_label, record_table, splitter
from ..workbook_dialog import stress_runs_button
from ..worker import Task
from .base import Tab

# this module's labels are marked for translation (context StressTab); the models' own come from core in English
PARAM_LABEL = {
    "asset": QT_TRANSLATE_NOOP("StressTab", "Asset"), "peak_date": QT_TRANSLATE_NOOP("StressTab", "Peak"),
    "trough_date": QT_TRANSLATE_NOOP("StressTab", "Trough"),
    "depth": QT_TRANSLATE_NOOP("StressTab", "Peak-to-trough fall"), "replay": QT_TRANSLATE_NOOP("StressTab", "Replay"),
    "btc_shock": QT_TRANSLATE_NOOP("StressTab", "Bitcoin shock"),
    "macro_shocks": QT_TRANSLATE_NOOP("StressTab", "Macro shocks"),
    "macro_months": QT_TRANSLATE_NOOP("StressTab", "Macro shock length (months)"),
    "other_flows_usd": QT_TRANSLATE_NOOP("StressTab", "Other net inflows (US$ a year)"),
    "fx_depreciation": QT_TRANSLATE_NOOP("StressTab", "Local currency's fall against the US$ on day 1"),
    "model": QT_TRANSLATE_NOOP("StressTab", "Model"), **{p.name: p.label for p in MODEL_PARAMS.values()},
    "paths": QT_TRANSLATE_NOOP("StressTab", "Paths"), "seed": QT_TRANSLATE_NOOP("StressTab", "Seed"),
}
_PARAM_ORDER = {k: i for i, k in enumerate(PARAM_LABEL)}
FRACTION_KEYS = {"depth", "btc_shock", "fx_depreciation", *(p.name for p in MODEL_PARAMS.values() if p.percent)}


def describe_param(key: str, value) -> str:
    if key in FRACTION_KEYS:
        return f"{value * 100:+.1f}%" if key in ("btc_shock", "drift") else f"{value * 100:.1f}%"
    if key == "macro_shocks":
        return ", ".join(f"{name} {shock * 100:+.0f}%" for name, shock in value.items())
    if key == "other_flows_usd":
        return f"{value:+,.0f}"
    if isinstance(value, int) and not isinstance(value, bool) and key != "seed":
        return f"{value:,}"
    return str(value)


class StressTab(Tab):
    reads = frozenset({"scenarios", "runs"})
    title = "Stress Scenarios"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        self.task: Task | None = None
        self._shown_scenario = None

        # the name, whole, and what fits beside it on a 1366x768 laptop (a stretched name column was squeezed to
        # "…"); the identifier and whether it is built in are in the details below and the name's tooltip
        built_in = self.tr(" (built in: editing makes a copy)")
        self.scenario_model = RecordTableModel([
            Column(self.tr("Scenario"), lambda s: builtin_words.scenario_name(s.id, s.name), tooltip=lambda s: "\n\n".join(
                filter(None, [s.id + (built_in if s.builtin else ""), builtin_words.scenario_note(s.id, s.note)]))),
            Column(self.tr("Kind"), lambda s: translate("ScenarioDialog", KIND_TITLES[s.kind])),
            Column(self.tr("Horizon (days)"), lambda s: s.horizon_days, lambda v: f"{v:,}", numeric=True),
        ])
        self.scenario_view = record_table(self.scenario_model, stretch_column=0, max_width=300)
        self.scenario_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scenario_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.scenario_view.doubleClicked.connect(lambda *_: self.run())
        self.edit_button = button(self.tr("Edit…"), self.edit_scenario,
                                  self.tr("Change this scenario (built-in ones are duplicated instead)"))
        self.delete_button = button(self.tr("Delete"), self.delete_scenario,
                                    self.tr("Delete this scenario (its stored runs are kept)"))
        library_buttons = QHBoxLayout()
        for b in (button(self.tr("New…"), self.new_scenario), self.edit_button,
                  button(self.tr("Duplicate…"), self.duplicate_scenario), self.delete_button):
            library_buttons.addWidget(b)
        library_buttons.addStretch(1)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        library = column(self.tr("Scenario library"), self.scenario_view, boxed(library_buttons), self.details)

        deleted = self.tr("(deleted scenario)")
        self.run_model = RecordTableModel([
            Column(self.tr("Run"), lambda r: r["id"], numeric=True),
            Column(self.tr("Created"), lambda r: r["created_at"].replace("T", " ")),
            Column(self.tr("Scenario"), lambda r: builtin_words.scenario_name(r["scenario_id"], r["scenario_name"]) or deleted, tooltip=lambda r: r["scenario_id"]),
            Column(self.tr("Paths", "column title"), lambda r: r["paths"], lambda v: fmt.number(v), numeric=True),
            Column(self.tr("Seed"), lambda r: r["seed"], numeric=True),
            Column(self.tr("Seconds"), lambda r: r["elapsed_s"], lambda v: "" if v is None else fmt.number(v, 1), numeric=True),
        ])
        self.run_view = record_table(self.run_model)
        self.run_view.horizontalHeader().setStretchLastSection(True)
        self.run_view.doubleClicked.connect(lambda *_: self.open_selected_run())
        run_buttons = QHBoxLayout()
        for b in (button(self.tr("Open"), self.open_selected_run, self.tr("Show the selected run's results")),
                  button(self.tr("Compare"), self.compare_selected_runs,
                         self.tr("Select two or more runs (Ctrl+click) to compare them")),
                  button(self.tr("Reproduce"), self.reproduce_selected_run,
                         self.tr("Run the selected run again from its stored inputs and seed, and check the numbers match")),
                  #: deletes the selected stored runs
                  button(self.tr("Delete", "runs"), self.delete_selected_runs)):
            run_buttons.addWidget(b)
        run_buttons.addWidget(stress_runs_button(self, self._selected_run_ids))
        run_buttons.addStretch(1)
        self.runs_note = note_label()
        runs = column(self.tr("Stored runs"), self.runs_note, self.run_view, boxed(run_buttons))
        left = splitter(Qt.Orientation.Vertical, library, runs, sizes=[520, 300])

        self.paths = QSpinBox()
        self.paths.setRange(1, MAX_PATHS)
        self.paths.setGroupSeparatorShown(True)
        self.paths.setToolTip(self.tr("Monte Carlo paths (historical and shock scenarios follow one path)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.liquidation_days = QSpinBox()
        self.liquidation_days.setRange(1, 365)
        self.liquidation_days.setValue(stress.DEFAULT_LIQUIDATION_DAYS)
        self.liquidation_days.setSuffix(self.tr(" days"))
        self.liquidation_days.setToolTip(self.tr(
            "Days over which the advised sale is spread evenly (a risk-neutral Almgren-Chriss schedule): fewer days "
            "cost more market impact, more days carry more price risk"))
        self.volume = QDoubleSpinBox()
        self.volume.setRange(0.01, 1000.0)
        self.volume.setValue(stress.DEFAULT_DAILY_VOLUME_USD / 1e9)
        self.volume.setPrefix("US$ ")
        #: billions of US dollars
        self.volume.setSuffix(self.tr(" bn"))
        self.volume.setToolTip(self.tr(
            "Daily traded volume of bitcoin for the square-root impact law. Default: the lowest daily volume Yahoo "
            "Finance reported in 2025 (reported volume overstates real volume)."))
        self.run_button = button(self.tr("Run scenario"), self.run, self.tr("Run the selected scenario on the workspace (F5)"))
        # F5 is the window's Tools > Run the selected scenario, from any tab
        self.run_button.setDefault(True)
        self.cancel_button = button(self.tr("Cancel"), self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setObjectName("Note")
        self.status.setWordWrap(True)  # a reproduction that differs names both engine versions
        form = QFormLayout()
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Paths"), self.paths), (self.tr("Seed"), self.seed),
                              (self.tr("Sell over"), self.liquidation_days), (self.tr("Daily volume"), self.volume)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        form.addRow(controls)
        actions = QHBoxLayout()
        for w in (self.run_button, self.cancel_button):
            actions.addWidget(w)
        actions.addWidget(self.progress, 1)
        form.addRow(actions)
        form.addRow(self.status)

        self.results = RunResults()
        self.comparison = RunComparison()
        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(self.results, self.tr("Run results"))
        self.result_tabs.addTab(self.comparison, self.tr("Compare runs"))
        #: the section title: running a scenario
        right = column(self.tr("Run", "section"), boxed(form), self.result_tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter(Qt.Orientation.Horizontal, left, right, sizes=[560, 1000]), 1)
        self.refresh()

    # ---- library -------------------------------------------------------------------------------

    def first_controls(self) -> list[QWidget]:
        return [self.scenario_view]

    def refresh(self) -> None:
        ws = self.workspace
        selected = self.selected_scenario()
        self.scenario_model.set_records(ws.scenarios)
        ids = [s.id for s in ws.scenarios]
        row = ids.index(selected.id) if selected and selected.id in ids else 0
        if ids:
            self.scenario_view.selectRow(self.scenario_view.model().mapFromSource(self.scenario_model.index(row, 0)).row())
        self._show_selected()
        self._show_runs()
        self.status.setText(self.tr("Valuation date {date} (the toolbar's date).").format(date=self.date))

    def _show_runs(self) -> None:
        runs = self.workspace.runs()
        self.run_model.set_records(runs)
        count = len(runs)
        stored = self.tr("1 stored run.") if count == 1 else self.tr("%n stored runs.", "", count).replace(
            str(count), f"{count:,}", 1)  # grouped in thousands as every figure of the window is
        self.runs_note.setText(stored + " " + self.tr("A stored run keeps its inputs, seed and engine version so it "
                                                      "can be reproduced exactly.") if runs else
                               self.tr("No stored runs in this workspace yet: run a scenario."))

    def selected_scenario(self):
        index = self.scenario_view.currentIndex()
        if not index.isValid():
            return None
        return self.scenario_model.records[self.scenario_view.model().mapToSource(index).row()]

    def _show_selected(self) -> None:
        s = self.selected_scenario()
        if s is None:
            self.details.setHtml("<p>" + html.escape(self.tr("Select a scenario.")) + "</p>")
            return
        rows = "".join(f"<tr><td><b>{html.escape(param_label(k) if k in MODEL_PARAMS else translate('StressTab', PARAM_LABEL.get(k, k)))}</b></td><td>{html.escape(describe_param(k, builtin_words.param_text(k, v)))}</td></tr>"
                       for k, v in sorted(s.params.items(), key=lambda kv: _PARAM_ORDER.get(kv[0], len(_PARAM_ORDER))))
        self.details.setHtml(
            f"<h3>{html.escape(builtin_words.scenario_name(s.id, s.name))}</h3><p><code>{html.escape(s.id)}</code> — "
            + html.escape(self.tr("{kind}, horizon {days} days").format(kind=translate("ScenarioDialog", KIND_TITLES[s.kind]), days=f"{s.horizon_days:,}"))
            + f"</p><table cellspacing='0' cellpadding='3'>{rows}</table>"
            f"<p>{html.escape(builtin_words.scenario_note(s.id, s.note) or '')}</p>")
        monte_carlo = s.kind == "monte_carlo"
        self.edit_button.setText(self.tr("Edit…") if not s.builtin else self.tr("Edit a copy…"))
        self.delete_button.setEnabled(not s.builtin)
        if s == self._shown_scenario:  # keep the user's paths and seed across a refresh
            return
        self._shown_scenario = s
        self.paths.setEnabled(monte_carlo)
        self.seed.setEnabled(monte_carlo)
        self.paths.setValue(s.params.get("paths", stress.DEFAULT_PATHS) if monte_carlo else 1)
        self.seed.setValue(s.params.get("seed", 1) if monte_carlo else 0)

    def _edit(self, existing=None, duplicate: bool = False) -> None:
        dialog = ScenarioDialog(self.workspace, self, existing, duplicate)
        if dialog.exec():
            self._record(EditScenario(self.workspace, self.changed.emit, None if duplicate else existing, dialog.saved))
            self._select(dialog.saved.id)

    def _select(self, scenario_id: str) -> None:
        ids = [s.id for s in self.scenario_model.records]
        if scenario_id in ids:
            self.scenario_view.selectRow(
                self.scenario_view.model().mapFromSource(self.scenario_model.index(ids.index(scenario_id), 0)).row())

    def new_scenario(self) -> None:
        self._edit()

    def edit_scenario(self) -> None:
        s = self.selected_scenario()
        if s is not None:
            self._edit(s, duplicate=s.builtin)

    def duplicate_scenario(self) -> None:
        s = self.selected_scenario()
        if s is not None:
            self._edit(s, duplicate=True)

    def delete_scenario(self) -> None:
        s = self.selected_scenario()
        if s is None or s.builtin:
            return
        answer = QMessageBox.question(self, self.tr("Delete scenario"), self.tr(
            "Delete the scenario '{name}'? Its stored runs are kept.").format(name=s.name))
        if answer == QMessageBox.StandardButton.Yes:
            runs = self.workspace.delete_scenario(s.id)
            self._record(EditScenario(self.workspace, self.changed.emit, s, None, runs))

    def _record(self, command) -> None:
        """The change was written: record it for Edit > Undo, then let every tab re-read."""
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        self.changed.emit()

    # ---- runs ------------------------------------------------------------------------------------

    def run(self) -> None:
        s = self.selected_scenario()
        if s is None or self.task is not None:
            return
        source, date, monte_carlo = self.workspace.store, self.date, s.kind == "monte_carlo"
        options = {"paths": self.paths.value() if monte_carlo else None, "seed": self.seed.value() if monte_carlo else None,
                   "liquidation_days": self.liquidation_days.value(), "daily_volume_usd": self.volume.value() * 1e9}

        def work(progress, cancelled):
            # the worker's own connection: reading the ledger, running and storing all stay off the GUI thread
            store = source.reopen()
            try:
                store.check_writable()  # a run is stored: a read-only window says so before simulating, not after
                plan = stress.plan_run(Workspace(store), s, date, **options)
                summary = stress.execute(plan, progress, cancelled)
                return store_run(store, plan.inputs, summary), summary
            finally:
                store.close()

        self._start(work, self._stored, self.tr("Running {name}…").format(name=builtin_words.scenario_name(s.id, s.name)))

    def _start(self, work, done, message: str) -> None:
        self.task = Task(work)
        self.task.deliver_to(self, progress=lambda f: self.progress.setValue(round(f * 100)), finished=done,
                             failed=self._failed)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(message)
        self.task.start()

    def _idle(self) -> None:
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _stored(self, result: tuple[int, dict]) -> None:
        self._idle()
        run_id, summary = result
        self.status.setText(self.tr("Run {run_id} stored: {name}, {paths} paths in {seconds} s.").format(
            run_id=run_id, name=builtin_words.scenario_name(summary.get("scenario_id"), summary["scenario_name"]), paths=f"{summary['paths']:,}",
            seconds=f"{summary['elapsed_s']:,.1f}"))
        self.results.show_run(summary, self._title(run_id, summary), self._run_converter(summary))
        self.result_tabs.setCurrentWidget(self.results)
        self.results.queue(self._show_runs)
        # other tabs re-read after the charts are drawn; the worker stored the run through its own connection
        self.results.queue(lambda: self.tables_changed.emit(frozenset({"runs"})))

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled: nothing was stored.") if isinstance(error, Cancelled) else
                            self.tr("Cannot run: {reason}").format(reason=error_text(error)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling after the paths under way…"))

    @staticmethod
    def _title(run_id: int, s: dict) -> str:
        return QCoreApplication.translate(
            "StressTab", "<b>Run {run_id}: {name}</b> — {description}; valuation date {date}, horizon {days} days.").format(
            run_id=run_id, name=html.escape(builtin_words.scenario_name(s.get("scenario_id"), s["scenario_name"])), description=stress.describe_run(s), date=s["start_date"],
            days=f"{s['horizon_days']:,}")

    def _run_converter(self, summary: dict) -> fx.Converter | None:
        """The toolbar's currency with the run's valuation date as the converter's (None: US$, shown as stored)."""
        if self.currency == fx.USD:
            return None
        return self.workspace.converter(self.currency, dt.date.fromisoformat(summary["start_date"]))

    def set_currency(self, code: str) -> None:
        """The toolbar's currency changed: the run and the comparison on show are drawn again in it."""
        super().set_currency(code)
        self._redraw_in_currency()

    def reload(self) -> None:
        """The workspace changed: its rates or currency settings may have too (the toolbar's currency may even have
        gone back to US$), so the run and the comparison on show are converted again."""
        super().reload()
        self._redraw_in_currency()

    def _redraw_in_currency(self) -> None:
        if self.results.shown:
            summary, title = self.results.shown
            self.results.show_run(summary, title, self._run_converter(summary))
        if self.comparison.shown:
            runs, _ = self.comparison.shown
            self.comparison.show_runs(runs, [self._run_converter(s) for _, s in runs])

    def _selected_run_ids(self) -> list[int]:
        proxy = self.run_view.model()
        rows = sorted({proxy.mapToSource(i).row() for i in self.run_view.selectionModel().selectedRows()})
        return [self.run_model.records[r]["id"] for r in rows]

    def _stored_summary(self, run_id: int) -> dict:
        """A stored run's results; one stored before sales were capped at the holdings is capped here."""
        inputs, summary = self.workspace.stored_run(run_id)
        return stress.with_sale_advice(summary, inputs)

    def open_selected_run(self) -> None:
        ids = self._selected_run_ids()
        if ids:
            summary = self._stored_summary(ids[0])
            self.results.show_run(summary, self._title(ids[0], summary), self._run_converter(summary))
            self.result_tabs.setCurrentWidget(self.results)

    def compare_selected_runs(self) -> None:
        ids = self._selected_run_ids()
        if len(ids) < 2:
            self.status.setText(self.tr("Select two or more stored runs (Ctrl+click) to compare them."))
            return
        runs = [(i, self._stored_summary(i)) for i in ids]
        self.comparison.show_runs(runs, [self._run_converter(s) for _, s in runs])
        self.result_tabs.setCurrentWidget(self.comparison)

    def reproduce_selected_run(self) -> None:
        ids = self._selected_run_ids()
        if not ids or self.task is not None:
            return
        run_id = ids[0]
        inputs, as_stored = self.workspace.stored_run(run_id)
        stored = stress.with_sale_advice(as_stored, inputs)  # a run stored before sales were capped: compared capped
        # the engine's numbers are compared as stored; only the sale advice, a rule applied to them, is redone
        advice = "" if stored is as_stored else " " + self.tr(
            "The sale advice was worked out again by today's rule (never more than held).")
        try:
            plan = stress.RunPlan(inputs, stress.history_for(self.workspace, inputs))
        except stress.StressError as exc:
            self.status.setText(self.tr("Run {run_id} cannot be reproduced: {reason}").format(run_id=run_id, reason=exc))
            return

        def compare(summary: dict) -> None:
            self._idle()
            if advice:  # the stored advice was redone by a rule, not computed by the engine: compare the engine's numbers
                same = _without_timing(stress.without_sale_advice(summary)) == _without_timing(stress.without_sale_advice(stored))
            else:
                same = _without_timing(summary) == _without_timing(stored)
            self.status.setText((self.tr("Run {run_id} reproduced exactly: same seed, same numbers.").format(run_id=run_id)
                                 if same else self.tr("Run {run_id} gave different numbers (engine now {engine}, stored "
                                                      "{stored}).").format(run_id=run_id, engine=stress.ENGINE_VERSION,
                                                                           stored=inputs["engine_version"])) + advice)
            self.results.show_run(summary, self._title(run_id, summary) + " "
                                  + (self.tr("Reproduced.") if same else self.tr("<b>Differs.</b>")),
                                  self._run_converter(summary))

        self._start(lambda progress, cancelled: stress.execute(plan, progress, cancelled), compare,
                    self.tr("Reproducing run {run_id}…").format(run_id=run_id))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.results.drop_pending()  # drawing and re-reading after a run: not once the tab and its workspace go
        super().closeEvent(event)

    def delete_selected_runs(self) -> None:
        ids = self._selected_run_ids()
        if not ids:
            return
        count = len(ids)
        question = (self.tr("Delete 1 stored run? Edit > Undo brings them back.") if count == 1 else
                    self.tr("Delete %n stored runs? Edit > Undo brings them back.", "", count).replace(
                        str(count), f"{count:,}", 1))
        answer = QMessageBox.question(self, self.tr("Delete runs"), question)
        if answer == QMessageBox.StandardButton.Yes:
            rows = self.workspace.run_rows(ids)
            self.workspace.delete_runs(ids)
            self.results.clear()
            self._record(DeleteRuns(self.workspace, self.changed.emit, rows))


def _without_timing(summary: dict) -> str:
    return json.dumps({k: v for k, v in summary.items() if k != "elapsed_s"}, sort_keys=True)
