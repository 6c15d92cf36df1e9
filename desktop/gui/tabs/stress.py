"""Stress Scenarios: the scenario library stored in the workspace and the stored runs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..table_model import Column, RecordTableModel
from ..widgets import column, note_label, record_table, splitter
from .base import Tab

KIND_LABEL = {"historical": "Historical episode", "shock": "Hypothetical shock", "monte_carlo": "Monte Carlo"}
PARAM_LABEL = {
    "asset": "Asset", "peak_date": "Peak", "trough_date": "Trough", "depth": "Peak-to-trough fall", "replay": "Replay",
    "btc_shock": "Bitcoin shock", "macro_shocks": "Macro shocks", "macro_months": "Macro shock length (months)",
    "model": "Model", "vol": "Annualised volatility", "drift": "Annualised drift", "df": "Student-t degrees of freedom",
    "paths": "Paths", "seed": "Seed", "block_days": "Block length (days)",
}
_PARAM_ORDER = {k: i for i, k in enumerate(PARAM_LABEL)}
FRACTION_KEYS = {"depth", "btc_shock", "vol", "drift"}


def describe_param(key: str, value) -> str:
    if key in FRACTION_KEYS:
        return f"{value * 100:+.1f}%" if key in ("btc_shock", "drift") else f"{value * 100:.1f}%"
    if key == "macro_shocks":
        return ", ".join(f"{name} {shock * 100:+.0f}%" for name, shock in value.items())
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


class StressTab(Tab):
    title = "Stress Scenarios"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        layout = QVBoxLayout(self)
        self.scenario_model = RecordTableModel([
            Column("Identifier", lambda s: s.id),
            Column("Scenario", lambda s: s.name, tooltip=lambda s: s.note),
            Column("Kind", lambda s: KIND_LABEL[s.kind]),
            Column("Horizon (days)", lambda s: s.horizon_days, lambda v: f"{v:,}", numeric=True),
            Column("Built in", lambda s: "yes" if s.builtin else "no"),
        ])
        self.scenario_view = record_table(self.scenario_model, stretch_column=1)
        self.scenario_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)

        top = splitter(Qt.Orientation.Horizontal, column("Scenario library", self.scenario_view),
                       column("Scenario details", self.details), sizes=[780, 520])

        self.run_model = RecordTableModel([
            Column("Run", lambda r: r["id"], numeric=True),
            Column("Created", lambda r: r["created_at"]),
            Column("Scenario", lambda r: r["scenario_id"]),
            Column("Paths", lambda r: r["paths"], lambda v: f"{v:,}", numeric=True),
            Column("Seed", lambda r: r["seed"], numeric=True),
            Column("Horizon (days)", lambda r: r["horizon_days"], numeric=True),
            Column("Engine", lambda r: r["engine_version"]),
        ])
        self.run_view = record_table(self.run_model, stretch_column=6)
        self.runs_note = note_label()
        runs = column("Stored runs", self.runs_note, self.run_view)
        layout.addWidget(splitter(Qt.Orientation.Vertical, top, runs, sizes=[560, 200]), 1)
        self.refresh()

    def refresh(self) -> None:
        ws = self.workspace
        self.scenario_model.set_records(ws.scenarios)
        runs = ws.runs()
        self.run_model.set_records(runs)
        self.runs_note.setText(f"{len(runs)} stored runs. A stored run keeps its inputs, seed and engine version "
                               "so it can be reproduced exactly." if runs else
                               "No stored runs in this workspace yet.")
        if ws.scenarios and not self.scenario_view.currentIndex().isValid():
            self.scenario_view.selectRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        index = self.scenario_view.currentIndex()
        if not index.isValid():
            self.details.setHtml("<p>Select a scenario.</p>")
            return
        s = self.scenario_model.records[self.scenario_view.model().mapToSource(index).row()]
        rows = "".join(f"<tr><td><b>{html.escape(PARAM_LABEL.get(k, k))}</b></td><td>{html.escape(describe_param(k, v))}</td></tr>"
                       for k, v in sorted(s.params.items(), key=lambda kv: _PARAM_ORDER.get(kv[0], len(_PARAM_ORDER))))
        self.details.setHtml(
            f"<h3>{html.escape(s.name)}</h3><p><code>{html.escape(s.id)}</code> — {KIND_LABEL[s.kind]}, horizon "
            f"{s.horizon_days:,} days</p><table cellspacing='0' cellpadding='3'>{rows}</table>"
            f"<p>{html.escape(s.note or '')}</p>")
