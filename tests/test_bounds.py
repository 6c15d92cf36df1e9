"""Bounds that protect the whole workspace (issue 19, item 7): dates outside 1900-01-01 … 2200-12-31 are refused
where they come in, naming the field; a stored date the engine cannot use (written by an older version) fails
the position in the Fund with a message, while the Overview, the Holdings, the PDF and stress runs still work."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import shutil
import sqlite3
import subprocess

import pytest
from conftest import cli_command
from test_program_json import DOCUMENTED_EXAMPLE

from desktop.core import domain as d
from desktop.core import stress
from desktop.core.errors import InvalidInput
from desktop.core.headline import headline
from desktop.core.io.fields import InputError
from desktop.core.io.program_json import arrangement_from_dict
from desktop.core.policies import policy_problems
from desktop.core.scenario_rules import scenario_problems
from desktop.core.workspace import Workspace


def refusal(doc: dict) -> str:
    with pytest.raises(InputError) as caught:
        arrangement_from_dict(doc)
    return str(caught.value)


@pytest.mark.parametrize(("path", "value", "message"), [
    (("purchases", 2, "date"), "9999-12-31", "purchases[2].date: 9999-12-31 is after 2200-12-31"),
    (("approval_date",), "1899-12-31", "approval_date: 1899-12-31 is before 1900-01-01"),
    (("test_dates", 0, "date"), "2201-01-01", "test_dates[0].date: 2201-01-01 is after 2200-12-31"),
    (("benchmarks", 0, "start_date"), "0001-01-01", "benchmarks[0].start_date: 0001-01-01 is before 1900-01-01"),
    (("sdr_rate", 0, "from"), "9999-12-31", "sdr_rate[0].from: 9999-12-31 is after 2200-12-31"),
])
def test_a_program_file_date_out_of_bounds_is_refused_naming_the_field(path, value, message):
    doc = copy.deepcopy(DOCUMENTED_EXAMPLE)
    doc["purchases"] += [{"date": "2025-06-30", "amount_sdr": 1_000_000, "status": "planned"}] * 2
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert message in refusal(doc)


def test_the_bounds_themselves_are_accepted():
    doc = copy.deepcopy(DOCUMENTED_EXAMPLE)
    doc["purchases"].append({"date": "2200-12-31", "amount_sdr": 1_000_000, "status": "planned"})
    doc["benchmarks"][0]["start_date"] = "1900-01-01"
    a = arrangement_from_dict(doc)
    assert a.purchases[-1].date == dt.date(2200, 12, 31) and a.benchmarks[0].start_date == dt.date(1900, 1, 1)


def test_member_terms_and_purchases_out_of_bounds_leave_the_workspace_unchanged(es):
    quotas, rates, arrangement = es.member.quotas, es.member.sdr_rates, es.arrangements[0]
    cases = ((lambda: es.save_quota(d.QuotaStep(dt.date(9999, 12, 31), 1e8)), "effective_date: 9999-12-31 is after 2200-12-31"),
             (lambda: es.save_sdr_rate(d.RateStep(dt.date(1800, 1, 1), 0.03)), "from_date: 1800-01-01 is before 1900-01-01"),
             (lambda: es.save_purchase(arrangement.name, d.Purchase(dt.date(9999, 12, 31), 1.0, "planned")),
              "date: 9999-12-31 is after 2200-12-31"))
    for save, message in cases:
        with pytest.raises(InputError, match=message):
            save()
    es.invalidate()
    assert es.member.quotas == quotas and es.member.sdr_rates == rates
    assert es.arrangements[0].purchases == arrangement.purchases


def test_policy_and_scenario_dates_out_of_bounds_are_refused():
    policy = d.Policy("daily", "daily", {"start_date": "9999-12-31", "usd": 1000})
    assert any(p.startswith("start_date: 9999-12-31") for p in policy_problems(policy))
    for date, message in (("9999-12-31", "trough_date: 9999-12-31 is after 2200-12-31"),
                          ("1066-10-14", "trough_date: 1066-10-14 is before 1900-01-01")):
        scenario = d.Scenario("episode", "Episode", "historical", 365,
                              {"peak_date": "2021-11-08", "trough_date": date, "depth": 0.77})
        assert message in scenario_problems(scenario)


@pytest.fixture
def stored_far_purchase(sample_copy, tmp_path):
    """The El Salvador sample with a purchase dated 9999-12-31 written past the checks (an older version's
    import), as raw SQL on the file."""
    path = sample_copy("el-salvador")
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT p.id FROM purchases p JOIN arrangements a ON a.id = p.arrangement_id "
                         "WHERE a.name = 'El Salvador EFF 2025' AND p.status = 'planned' ORDER BY p.date DESC").fetchone()
        db.execute("UPDATE purchases SET date = '9999-12-31' WHERE id = ?", row)
    db.close()
    return path


FAR_MESSAGE = "arrangement 'El Salvador EFF 2025': the purchase dated 9999-12-31 cannot be scheduled"


def test_a_stored_date_out_of_bounds_fails_the_position_not_the_workspace(stored_far_purchase):
    ws = Workspace.open(stored_far_purchase)
    try:
        with pytest.raises(InvalidInput, match=FAR_MESSAGE):
            ws.fund_position()
        x = headline(ws, ws.default_date())  # the Overview's figures
        assert x.holdings.total_btc > 0 and x.fund_credit is None and FAR_MESSAGE in x.fund_credit_problem
        scenario = next(s for s in ws.scenarios if s.kind == "shock")
        plan = stress.plan_run(ws, dataclasses.replace(scenario, horizon_days=3650))
        out = stress.execute(plan)
        assert any(FAR_MESSAGE in note for note in out["notes"]), out["notes"]
    finally:
        ws.close()


def test_cli_imf_position_names_the_purchase_and_report_says_why(stored_far_purchase, tmp_path):
    ws = str(stored_far_purchase)
    done = subprocess.run([*cli_command(), "imf", "position", "--workspace", ws], capture_output=True, text=True)
    assert done.returncode == 1 and FAR_MESSAGE in done.stderr and "internal error" not in done.stderr, done.stderr
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    pdf = tmp_path / "r.pdf"
    done = subprocess.run([*cli_command(), "report", "--workspace", ws, "--out", str(pdf)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Cannot compute the position in the Fund: " + FAR_MESSAGE in text
    assert "Bitcoin held" in text and "Reserve adequacy" in text
    # the headline row shows a dash and the reason (pdftotext may read the table's two columns one after the other)
    assert "IMF credit outstanding" in text and "— (" + FAR_MESSAGE in text and "SDR 0.00 m" not in text


def test_the_window_shows_every_tab_and_the_program_tab_says_why(window, qtbot, stored_far_purchase):
    from desktop.gui.main_window import TAB_TITLES

    window.open_workspace(stored_far_purchase)
    for i in range(len(TAB_TITLES)):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        assert window.page_of(i) is window._built[i], TAB_TITLES[i]
    overview, holdings, program = (window._built[TAB_TITLES.index(t)] for t in ("Overview", "Holdings", "IMF Program"))
    h = window.workspace.holdings(holdings.date)
    assert overview.cards["stock"].value.text() == holdings.cards["stock"].value.text()
    assert overview.cards["credit"].value.text() == "—" and FAR_MESSAGE in overview.cards["credit"].detail.text()
    assert h.total_btc > 0
    assert program._selected().name == "El Salvador EFF 2025"
    assert "Cannot compute the schedule:" in program.terms.text() and "9999-12-31" in program.terms.text()


def test_a_stored_approval_date_out_of_bounds_fails_the_position_not_the_window(window, qtbot, sample_copy, tmp_path):
    from desktop.gui.main_window import TAB_TITLES

    path = sample_copy("el-salvador")  # an approval date an older version let in, as raw SQL on the file
    with sqlite3.connect(path) as db:
        db.execute("UPDATE arrangements SET approval_date = '9999-12-31' WHERE name = 'El Salvador EFF 2025'")
    db.close()
    window.open_workspace(path)
    for i in range(len(TAB_TITLES)):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        assert window.page_of(i) is window._built[i], TAB_TITLES[i]
    assert "9999-12-31" in window._built[0].cards["credit"].detail.text()  # the Overview says why, the rest stands
    pdf = tmp_path / "r.pdf"
    done = subprocess.run([*cli_command(), "report", "--workspace", str(path), "--out", str(pdf)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
