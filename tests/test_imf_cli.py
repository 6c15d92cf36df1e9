"""The IMF and adequacy commands, and importing programs and macro inputs, as a user runs them."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import cli_command

PROGRAM = {"name": "Test EFF", "facility": "EFF", "approval_date": "2025-02-26", "months": 40, "access_sdr": 1033920000,
           "quota_sdr": 287200000, "usd_per_sdr": 1.3281, "sdr_rate": [{"from": "2025-01-01", "rate": 0.031}],
           "charges_policy": "2024-11",
           "purchases": [{"date": "2025-02-26", "amount_sdr": 86160000, "status": "disbursed"}],
           "test_dates": [{"date": "2025-12-31", "nir_floor_usd": 4000000000}],
           "benchmarks": [{"description": "No voluntary accumulation", "type": "non_accumulation", "start_date": "2025-02-26"}]}


def run(*args):
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "w.db"
    assert run("init", str(path), "--sample", "empty").returncode == 0
    return path


def test_import_program_then_schedule(empty, tmp_path):
    program = tmp_path / "p.json"
    program.write_text(json.dumps(PROGRAM))
    assert run("import", "program", str(program), "--workspace", str(empty)).returncode == 0
    again = run("import", "program", str(program), "--workspace", str(empty))
    assert again.returncode != 0 and "already in the workspace" in again.stderr
    data = json.loads(run("imf", "schedule", "--workspace", str(empty), "--json").stdout)
    assert data["arrangements"][0]["name"] == "Test EFF"
    principal = [r for r in data["rows"] if r["principal_sdr"]]
    assert len(principal) == 12 and principal[0]["date"] == "2029-08-26" and principal[-1]["date"] == "2035-02-26"
    keys = {"date", "principal_sdr", "charges_sdr", "surcharges_sdr", "service_charge_sdr", "commitment_fee_sdr",
            "credit_outstanding_sdr", "credit_share_of_quota"}
    assert keys <= set(data["rows"][0])
    for year in data["by_year"]:
        assert year["total_sdr"] == pytest.approx(year["principal_sdr"] + year["charges_total_sdr"])
        assert year["total_usd"] == pytest.approx(year["total_sdr"] * 1.3281)
    assert sum(y["principal_sdr"] for y in data["by_year"]) == pytest.approx(86160000)


def test_a_bad_program_names_each_field(empty, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**PROGRAM, "months": 0, "facility": "PRGT"}))
    result = run("import", "program", str(bad), "--workspace", str(empty))
    assert result.returncode != 0
    assert "months: 0 is outside 1..120" in result.stderr and "facility: 'PRGT' is not one of" in result.stderr


def test_import_macro_then_adequacy(empty, tmp_path):
    macro = tmp_path / "m.csv"
    macro.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                     "imports_usd,remittances_usd,regime\n2025-06-30,8200000000,4000000000,10000000000,30000000000,"
                     "20000000000,24000000000,,fixed\n")
    assert run("import", "macro", str(macro), "--workspace", str(empty)).returncode == 0
    data = json.loads(run("adequacy", "--workspace", str(empty), "--date", "2025-12-31", "--json").stdout)
    assert data["ara_metric_usd"] == pytest.approx(8.2e9) and data["ara_ratio"] == pytest.approx(1.0)
    assert data["ara_band"] == "adequate" and data["months_of_imports"] == pytest.approx(4.1)
    assert data["greenspan_guidotti"] == pytest.approx(2.05) and data["with_btc"]["haircut"] == 0.5


def test_bad_macro_rows_are_named(empty, tmp_path):
    macro = tmp_path / "m.csv"
    macro.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                     "imports_usd,remittances_usd,regime\n2025-06-30,-5,,,,,,,fixed\n2025-07-31,1,,,,,,,pegged\n")
    result = run("import", "macro", str(macro), "--workspace", str(empty))
    assert result.returncode != 0
    assert result.stderr.splitlines() == ["row 2: gross_reserves_usd: -5 must be between 0 and 1e14 US$",
                                          "row 3: regime: 'pegged' is not one of fixed, floating"]
