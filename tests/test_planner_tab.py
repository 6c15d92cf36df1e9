"""The Planner tab: projections recomputed in the background as inputs change, the policy editor, the check."""

from __future__ import annotations

import pytest

from desktop.core import domain as d
from desktop.core.workspace import Workspace
from desktop.gui.policy_dialog import PolicyDialog
from desktop.gui.tabs.planner import PlannerTab


@pytest.fixture
def tab(qtbot, sample_copy):
    opened = []

    def open_(sample: str) -> PlannerTab:
        ws = Workspace.open(sample_copy(sample))
        widget = PlannerTab(ws, ws.default_date())
        qtbot.addWidget(widget)
        widget.resize(1400, 900)
        widget.show()
        opened.append((widget, ws))
        qtbot.waitUntil(lambda: widget.projection is not None and widget.task is None, timeout=60_000)
        return widget

    yield open_
    for widget, ws in opened:
        if widget.task is not None:
            widget.task.cancel()
            qtbot.waitUntil(lambda w=widget: w.task is None, timeout=60_000)
        ws.close()


def test_pakistan_mining_case(tab):
    t = tab("pakistan")
    s = t.projection.summary
    assert s["mined_btc"] > 20_000 and t.mining_model.rowCount() == 3  # 2026 (from July), 2027, 2028
    assert "BTC" in t.cards["added"].value.text()
    assert t.cards["check"].value.text() == "1 breach"  # mining under "no subsidised power for bitcoin mining"
    assert t.stock_curve.getData()[0] is not None and len(t.fan_median.getData()[0]) > 10


def test_el_salvador_one_a_day_is_flagged(tab):
    t = tab("el-salvador")
    assert t.breach_model.rowCount() == 1 and t.breach_model.records[0]["first_date"] == "2025-11-19"
    assert t.cards["check"].value.text() == "1 breach"
    assert t.projection.summary["bought_btc"] == pytest.approx(len(t.projection.days))


def test_inputs_recompute_in_the_background(qtbot, tab):
    t = tab("el-salvador")
    before = t.projection
    t.years.setValue(5)
    t.years.setValue(6)  # a burst of changes gives one recomputation after the last
    qtbot.waitUntil(lambda: t.projection is not before and t.task is None, timeout=60_000)
    assert t.projection.summary["end"] == "2031-11-18"
    t.paths.setValue(0)
    qtbot.waitUntil(lambda: t.projection.summary["paths"] == 0 and t.task is None, timeout=60_000)
    assert "mc_value_at_end_usd" not in t.projection.summary and "Monte Carlo off" in t.notes.text()


def test_switching_a_policy_off_and_adding_one(qtbot, tab):
    t = tab("el-salvador")
    t.policy_view.selectRow(0)
    t.toggle_policy()
    t.refresh()  # what the main window does when a tab says it changed the workspace
    qtbot.waitUntil(lambda: t.task is None and t.projection.summary["policies"] == [], timeout=60_000)
    assert t.projection.summary["bought_btc"] == 0 and t.breach_model.rowCount() == 0
    dialog = PolicyDialog(t.workspace, t.date, t)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lump")
    dialog.kind.setCurrentIndex(2)
    dialog._add_lump("2026-03-01", "five", "BTC")
    dialog._accept()
    assert "purchases[1].amount: 'five' is not a number" in dialog.error.text()
    dialog.lumps.item(0, 1).setText("5")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [p.name for p in t.workspace.policies] == ["One bitcoin a day", "Lump"]
    assert t.workspace.policies[1].params == {"purchases": [{"date": "2026-03-01", "btc": 5.0}]}


def test_mining_policy_dialog_round_trips(qtbot, tab):
    t = tab("pakistan")
    (policy,) = t.workspace.policies
    dialog = PolicyDialog(t.workspace, t.date, t, policy)
    qtbot.addWidget(dialog)
    rebuilt = dialog.policy([])
    assert rebuilt.params.keys() == policy.params.keys()
    for key, value in policy.params.items():
        assert rebuilt.params[key] == (pytest.approx(value) if isinstance(value, float) else value), key
    dialog.mw.setValue(0)
    dialog._accept()
    assert dialog.error.text().startswith("mw:")
    assert t.workspace.policies == [policy]


def test_bad_dates_in_a_lump_are_named(qtbot, tab):
    t = tab("el-salvador")
    dialog = PolicyDialog(t.workspace, t.date, t, d.Policy(name="x", kind="lump", params={"purchases": []}))
    qtbot.addWidget(dialog)
    dialog._add_lump("2026-02-30", "1", "BTC")
    dialog._accept()
    assert "purchases[1].date: '2026-02-30' is not a YYYY-MM-DD date" in dialog.error.text()
