"""Issue 17 review: what the refactor must not have changed, and the rule's edges."""

from __future__ import annotations

import datetime as dt
import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import Cancelled, is_user_error
from desktop.core.headline import headline

DATE = dt.date(2025, 11, 18)


def test_the_overview_shows_a_workspace_whose_arrangement_has_no_sdr_rate(es, qtbot):
    """Without an SDR rate no schedule can be computed: the headline has no next payment, and everything else."""
    from desktop.gui.tabs.overview import OverviewTab

    for step in es.member.sdr_rates:  # the workspace's one SDR-rate path, emptied
        es.delete_sdr_rate(step.from_date)
    x = headline(es, DATE)
    assert x.next_imf_payment is None and x.holdings.total_btc > 0
    tab = OverviewTab(es, DATE)
    qtbot.addWidget(tab)
    assert tab.cards["credit"].value.text().startswith("SDR ")


def test_the_system_refusing_a_named_file_is_the_user_s_to_put_right():
    assert is_user_error(OSError(errno.EROFS, "Read-only file system", "/media/usb/summary.pdf"))
    assert is_user_error(OSError(errno.ENOSPC, "No space left on device", "/home/a/ws.db"))
    assert not is_user_error(OSError(errno.EIO, "Input/output error"))  # no file named: ours to look into
    assert not is_user_error(ValueError("a bug"))


def test_a_cancel_that_reaches_the_event_loop_is_no_error(qapp, monkeypatch):
    from desktop.gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a))
    app._report_unexpected(Cancelled, Cancelled("stopped"), None)
    assert shown == []


def test_a_resampling_scenario_keeps_the_volatility_it_falls_back_to(es, qtbot):
    """Bootstrap and FHS fall back to GBM at the scenario's volatility without a daily history: the editor keeps it."""
    from desktop.gui.scenario_dialog import ScenarioDialog

    builtin = es.scenario("mc-bootstrap")
    dialog = ScenarioDialog(es, None, builtin, duplicate=True)
    qtbot.addWidget(dialog)
    params = dialog.scenario().params
    assert params["model"] == "bootstrap" and params["vol"] == pytest.approx(builtin.params.get("vol", 0.618))


def test_a_stress_run_without_an_sdr_rate_runs_and_says_why_nir_is_not_projected(es):
    from desktop.core import stress

    for step in es.member.sdr_rates:
        es.delete_sdr_rate(step.from_date)
    scenario = next(s for s in es.scenarios if s.id == "btc-minus-50")
    plan = stress.plan_run(es, scenario, DATE)
    summary = stress.execute(plan)
    assert summary["test_dates"] == []
    assert any("NIR at the IMF test dates is not projected: no SDR interest rate" in n for n in summary["notes"])
