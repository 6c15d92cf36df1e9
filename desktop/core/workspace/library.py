"""The scenario library and the stored stress runs."""

from __future__ import annotations

import datetime as dt
import json

from .. import domain as d
from ..i18n import translate
from ..io.fields import InputError
from ..store import Store
from ..table_cache import reads


def store_run(store: Store, inputs: dict, summary: dict) -> int:
    """Store a finished run with everything needed to reproduce it; returns its id. A function of the store,
    so that a worker thread can store a run through its own connection."""
    row = {"scenario_id": inputs["scenario"]["id"], "created_at": dt.datetime.now().isoformat(timespec="seconds"),
           "seed": inputs["seed"], "paths": inputs["paths"], "horizon_days": inputs["scenario"]["horizon_days"],
           "engine_version": inputs["engine_version"], "inputs_json": json.dumps(inputs, allow_nan=False),
           "summary_json": json.dumps(summary, allow_nan=False), "elapsed_s": summary.get("elapsed_s")}
    with store.transaction() as w:
        return w.insert("runs", {"id": store.new_run_id(), **row})


class LibraryPart:
    """The scenario library and stored runs of the workspace service (mixed into Workspace, which holds the store and the cache)."""

    @property
    @reads("scenarios")
    def scenarios(self) -> list[d.Scenario]:
        return self.store.scenarios()

    def scenario(self, scenario_id: str) -> d.Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        raise InputError("scenario", ["id: " + translate("library", "no scenario {id} in this workspace (known: {known})")
                                      .format(id=repr(scenario_id), known=", ".join(s.id for s in self.scenarios))])

    def save_scenario(self, s: d.Scenario, replacing: str | None = None) -> None:
        """Add a scenario (``replacing`` None) or change the one with id ``replacing``; built-ins are read-only."""
        from ..scenario_rules import scenario_problems

        problems = scenario_problems(s)
        taken = {x.id: x for x in self.scenarios}
        if replacing is not None and taken.get(replacing, s).builtin:
            problems.append("id: " + translate("library", "{id} is built in and cannot be changed; duplicate it to edit "
                                                          "a copy").format(id=repr(replacing)))
        if s.id in taken and s.id != replacing:
            problems.append("id: " + translate("library", "{id} is already used by another scenario").format(id=repr(s.id)))
        if problems:
            raise InputError("scenario", problems)
        row = {"id": s.id, "name": s.name.strip(), "kind": s.kind, "horizon_days": s.horizon_days,
               "params_json": json.dumps(s.params, sort_keys=True), "builtin": 0, "note": s.note}
        with self.store.transaction() as w:
            if replacing is None:
                w.insert("scenarios", row)
            elif replacing == s.id:
                w.update("scenarios", s.id, row)
            else:  # a new identifier: the stored runs follow the scenario
                w.insert("scenarios", row)
                for run_id in self.store.run_ids_of(replacing):
                    w.update("runs", run_id, {"scenario_id": s.id})
                w.delete("scenarios", replacing)

    def delete_scenario(self, scenario_id: str) -> list[int]:
        """Delete a scenario; its stored runs are kept, unlinked. Returns their ids (to link them again on undo)."""
        if self.scenario(scenario_id).builtin:
            raise InputError("scenario", ["id: " + translate("library", "{id} is built in and cannot be deleted").format(
                id=repr(scenario_id))])
        runs = self.store.run_ids_of(scenario_id)
        with self.store.transaction() as w:
            w.delete("scenarios", scenario_id)
        return runs

    def restore_scenario(self, s: d.Scenario, run_ids: list[int]) -> None:
        """Undo of a deletion: the scenario again, with the stored runs it had."""
        self.save_scenario(s)
        with self.store.transaction() as w:
            for run_id in run_ids:
                w.update("runs", run_id, {"scenario_id": s.id})

    def runs(self) -> list[dict]:
        """Stored runs, newest first, each with its scenario's name (None once the scenario is deleted)."""
        names = {s.id: s.name for s in self.scenarios}
        return [{**r, "scenario_name": names.get(r["scenario_id"])} for r in self.store.runs()]

    def save_run(self, inputs: dict, summary: dict) -> int:
        return store_run(self.store, inputs, summary)

    def stored_run(self, run_id: int) -> tuple[dict, dict]:
        """The inputs and summary of a stored run."""
        row = self.store.run_json(run_id)
        if row is None:
            raise InputError("run", ["id: " + translate("library", "no stored run {id}").format(id=run_id)])
        return json.loads(row[0]), json.loads(row[1])

    def run_rows(self, run_ids: list[int]) -> list[dict]:
        """Stored runs as rows, exactly (to put them back with ``restore_runs`` after a deletion)."""
        return self.store.run_rows(run_ids)

    def restore_runs(self, rows: list[dict]) -> None:
        known = {s.id for s in self.scenarios}
        with self.store.transaction() as w:
            for row in rows:  # a run whose scenario has gone since comes back unlinked
                w.insert("runs", {**row, "scenario_id": row["scenario_id"] if row["scenario_id"] in known else None})

    def delete_runs(self, run_ids: list[int]) -> None:
        with self.store.transaction() as w:
            for run_id in run_ids:
                w.delete("runs", run_id)
