"""The installed ``reserve-desk`` command, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from conftest import cli_command


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_init_then_holdings_reports_the_reported_stock(tmp_path):
    path = tmp_path / "sv.db"
    created = run("init", str(path), "--sample", "el-salvador")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["sample"] == "el-salvador"
    result = run("holdings", "--workspace", str(path), "--date", "2025-11-18", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["date"] == "2025-11-18"
    assert abs(data["total_btc"] - 7474.37) < 0.01
    assert {"value_usd", "cost_usd", "unrealized_pnl_usd", "wallets"} <= set(data)
    assert data["value_usd"] == pytest.approx(7474.37 * 92_949, abs=1)


def test_holdings_defaults_to_the_workspace_valuation_date(tmp_path):
    path = tmp_path / "pk.db"
    assert run("init", str(path), "--sample", "pakistan").returncode == 0
    data = json.loads(run("holdings", "--workspace", str(path), "--json").stdout)
    assert data["date"] == "2025-12-19" and data["total_btc"] == 0 and data["wallets"] == []


@pytest.mark.parametrize("args, fragment", [
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["holdings", "--workspace", "/no/such/file.db", "--json"], "does not exist"),
    (["holdings"], "required: --workspace"),
    (["init", "/no/such/folder/x.db"], "does not exist"),
    (["init", "x.db", "--sample", "atlantis"], "invalid choice: 'atlantis'"),
])
def test_bad_input_gives_one_line_and_a_nonzero_exit(args, fragment):
    result = run(*args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reserve-desk: error:") and fragment in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_date_and_damaged_file(tmp_path):
    path = tmp_path / "sv.db"
    run("init", str(path), "--sample", "empty")
    bad_date = run("holdings", "--workspace", str(path), "--date", "2025-02-30")
    assert bad_date.returncode != 0 and "not a date" in bad_date.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    damaged = run("holdings", "--workspace", str(junk))
    assert damaged.returncode != 0 and len(damaged.stderr.strip().splitlines()) == 1
    assert "not a Reserve Desk workspace" in damaged.stderr


def test_init_never_overwrites(tmp_path):
    path = tmp_path / "keep.db"
    assert run("init", str(path), "--sample", "pakistan").returncode == 0
    before = path.read_bytes()
    again = run("init", str(path), "--sample", "el-salvador")
    assert again.returncode != 0 and "already exists" in again.stderr
    assert path.read_bytes() == before


def test_self_test_passes_headless():
    result = run("self-test", timeout=180)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout.splitlines()


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("reserve-desk ")


def test_macro_dry_run_reads_and_checks_the_file(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    header = "date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,imports_usd,remittances_usd,regime"
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(f"{header}\n2026-01-31,5000000000,,,,,,,fixed\n")
    bad.write_text(f"{header}\n2026-02-30,5000000000,,,,,,,fixed\n")
    done = subprocess.run([*cli_command(), "import", "macro", str(good), "--workspace", str(path), "--dry-run"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout) == {"what": "macro", "rows": 1, "written": False}
    done = subprocess.run([*cli_command(), "import", "macro", str(bad), "--workspace", str(path), "--dry-run"],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "row 2" in done.stderr and "date" in done.stderr
