"""Issue 23, the command line's --currency: holdings, the IMF's schedule and position, and a stress run in PKR and
SDR, checked against figures worked by hand from the rate series written here (never through the converter).

The workspace: 10 BTC bought on 2025-02-03 at US$100,000, worth US$108,000 each on 2025-08-29 (the valuation
date, its last price); an EFF of SDR 86.16 m drawn on 2025-02-26 at US$1.3281 per SDR. The rupee's rates have
gaps on purpose: none from Saturday 3 May to Tuesday 6 May (a charges payment's day), none in March, April, June
or July (month ends with no rate within 31 days).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop import cli
from desktop.core.workspace import Workspace

D = dt.date
USD_PER_SDR = 1.3281  # the program's, which the IMF figures' US$ amounts use
VALUATION = D(2025, 8, 29)  # a Friday
PKR = {D(2025, 2, 26): 280.10, D(2025, 5, 2): 281.00, D(2025, 8, 6): 282.50, D(2025, 8, 29): 283.00}
SDR_USD = {D(2025, 2, 26): 1.3300, D(2025, 8, 29): 1.3450}  # US$ per SDR, as the IMF quotes it
PROGRAM = {"name": "Test EFF", "facility": "EFF", "approval_date": "2025-02-26", "months": 40, "access_sdr": 1033920000,
           "quota_sdr": 287200000, "usd_per_sdr": USD_PER_SDR, "sdr_rate": [{"from": "2025-01-01", "rate": 0.031}],
           "charges_policy": "2024-11",
           "purchases": [{"date": "2025-02-26", "amount_sdr": 86160000, "status": "disbursed"}],
           "test_dates": [{"date": "2025-12-31", "nir_floor_usd": 4000000000}]}


def pkr_by_hand(day: D, depreciation: float = 0.0) -> float | None:
    """The rule written out: the last rate on or before the day, at most 31 days old; after the valuation date
    the valuation date's, losing ``depreciation`` of its US$ value a year."""
    if day > VALUATION:
        return PKR[VALUATION] / (1 - depreciation) ** ((day - VALUATION).days / 365.25)
    earlier = [d for d in PKR if d <= day]
    return PKR[max(earlier)] if earlier and (day - max(earlier)).days <= 31 else None


def cli_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert cli.main(list(args)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("currency")
    ws = str(folder / "w.db")
    files = {"t.csv": "date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n"
                      "2025-02-03,purchase,Cold,,BTC,10,100000,,Seller,R1,\n",
             "p.csv": "date,close\n2025-02-03,100000\n2025-05-02,96000\n2025-08-29,108000\n",
             "prog.json": json.dumps(PROGRAM),
             "pkr.csv": "date,close\n" + "".join(f"{d},{r}\n" for d, r in PKR.items()),
             "eur.csv": "date,close\n2025-01-02,0.96\n"}
    for name, text in files.items():
        (folder / name).write_text(text)
    for args in (["init", ws, "--sample", "empty"], ["wallets", "add", "Cold", "--workspace", ws],
                 ["import", "transactions", str(folder / "t.csv"), "--workspace", ws],
                 ["import", "prices", str(folder / "p.csv"), "--workspace", ws],
                 ["import", "program", str(folder / "prog.json"), "--workspace", ws],
                 ["import", "fx", str(folder / "pkr.csv"), "--currency", "PKR", "--workspace", ws],
                 ["import", "fx", str(folder / "eur.csv"), "--currency", "EUR", "--workspace", ws]):
        assert cli.main(args) == 0, args
    return folder


@pytest.fixture
def workspace(built, tmp_path):
    """A private copy; ``workspace(depreciation=0.10, sdr=True)`` sets the rupee's path and imports an SDR series."""
    def make(depreciation: float = 0.0, sdr: bool = False) -> str:
        path = tmp_path / "w.db"
        shutil.copy(built / "w.db", path)
        ws = Workspace.open(path)
        try:
            ws.set_currency_settings(local_currency="PKR", fx_depreciation_per_year=depreciation)
        finally:
            ws.close()
        if sdr:
            series = tmp_path / "sdr.csv"
            series.write_text("date,close\n" + "".join(f"{d},{r}\n" for d, r in SDR_USD.items()))
            assert cli.main(["import", "fx", str(series), "--currency", "XDR", "--quote", "usd-per-unit",
                             "--workspace", str(path)]) == 0
        return str(path)
    return make


# ---- holdings ---------------------------------------------------------------------------------------------

def test_holdings_in_rupees_at_the_valuation_dates_rate(workspace, capsys):
    data = cli_json(capsys, "holdings", "--workspace", workspace(), "--currency", "pkr")
    assert (data["currency"], data["fx_rate"], data["fx_date"], data["fx_basis"]) == ("PKR", 283.00, "2025-08-29",
                                                                                      "observed")
    assert data["value_usd"] == 1_080_000 and data["cost_usd"] == 1_000_000  # kept as they were
    assert data["value_local"] == pytest.approx(10 * 108_000 * 283.00)  # PKR 305,640,000
    assert data["cost_local"] == pytest.approx(1_000_000 * 283.00)  # the cost basis at the valuation date's rate
    assert data["unrealized_pnl_local"] == pytest.approx(80_000 * 283.00)
    assert data["price_local"] == pytest.approx(108_000 * 283.00)
    assert data["wallets"][0]["value_local"] == pytest.approx(305_640_000)


def test_holdings_on_a_sunday_take_fridays_rate(workspace, capsys):
    data = cli_json(capsys, "holdings", "--workspace", workspace(), "--currency", "PKR", "--date", "2025-08-31")
    assert data["fx_date"] == "2025-08-29" and data["value_local"] == pytest.approx(1_080_000 * 283.00)


def test_holdings_in_sdr_from_the_program_then_from_a_series(workspace, capsys):
    program = cli_json(capsys, "holdings", "--workspace", workspace(), "--currency", "SDR")
    assert program["fx_basis"] == "program" and program["value_local"] == pytest.approx(1_080_000 / USD_PER_SDR)
    series = cli_json(capsys, "holdings", "--workspace", workspace(sdr=True), "--currency", "XDR")
    assert (series["currency"], series["fx_basis"]) == ("SDR", "observed")
    assert series["value_local"] == pytest.approx(1_080_000 / 1.3450)  # SDR 802,973.98
    assert series["fx_rate"] == pytest.approx(1 / 1.3450)


def test_us_dollars_are_their_own_twins(workspace, capsys):
    data = cli_json(capsys, "holdings", "--workspace", workspace(), "--currency", "USD")
    assert data["fx_rate"] == 1.0 and data["value_local"] == data["value_usd"]


def test_a_currency_with_rates_but_none_for_the_date_gives_null_and_says_why(workspace, capsys):
    data = cli_json(capsys, "holdings", "--workspace", workspace(), "--currency", "EUR")  # its one rate: 2025-01-02
    assert data["value_local"] is None and data["cost_local"] is None and data["fx_rate"] is None
    assert data["fx_missing"] == "no EUR rate on or in the 31 days before 2025-08-29"
    assert data["value_usd"] == 1_080_000


@pytest.mark.parametrize("argv", [["holdings"], ["imf", "schedule"], ["imf", "position"],
                                  ["simulate", "--scenario", "btc-covid-2020"]])
def test_a_currency_without_rates_is_refused_naming_the_fix(workspace, capsys, argv):
    path = workspace()
    capsys.readouterr()
    assert cli.main([*argv, "--workspace", path, "--currency", "JPY"]) == cli.EXIT_INPUT
    err = capsys.readouterr().err.strip()
    assert err == (f"reserve-desk: error: --currency JPY: the workspace has no JPY exchange rates; import a series "
                   f"first: reserve-desk import fx FILE.csv --currency JPY --workspace {path}")
    assert cli.main(["holdings", "--workspace", path, "--currency", "YEN!"]) == cli.EXIT_INPUT
    assert "--currency: 'YEN!' is not a currency code" in capsys.readouterr().err


def test_the_sdr_without_an_arrangement_or_a_series_is_refused(tmp_path, capsys):
    path = str(tmp_path / "e.db")
    assert cli.main(["init", path, "--sample", "empty"]) == 0
    capsys.readouterr()
    assert cli.main(["holdings", "--workspace", path, "--currency", "SDR"]) == cli.EXIT_INPUT
    assert "--currency SDR --quote usd-per-unit" in capsys.readouterr().err


# ---- the IMF's schedule and position ----------------------------------------------------------------------

def row_total_sdr(row: dict) -> float:
    return sum(row[k] for k in ("principal_sdr", "charges_sdr", "surcharges_sdr", "service_charge_sdr",
                                "commitment_fee_sdr"))


def test_schedule_rows_each_at_their_own_dates_rate(workspace, capsys):
    data = cli_json(capsys, "imf", "schedule", "--workspace", workspace(depreciation=0.10), "--currency", "PKR")
    assert data["currency"] == "PKR" and data["fx_depreciation_per_year"] == 0.10
    rows = {r["date"]: r for r in data["rows"]}
    drawn = rows["2025-02-26"]  # the purchase's service charge: a rate on the day
    assert drawn["service_charge_sdr"] == pytest.approx(86_160_000 * 0.005)
    assert drawn["service_charge_local"] == pytest.approx(430_800 * USD_PER_SDR * 280.10)
    assert (drawn["fx_date"], drawn["fx_basis"]) == ("2025-02-26", "observed")
    may = rows["2025-05-06"]  # no rate that Tuesday, nor over the weekend before: Friday 2 May's
    assert may["charges_local"] == pytest.approx(may["charges_sdr"] * USD_PER_SDR * 281.00)
    assert may["fx_date"] == "2025-05-02"
    august = rows["2025-08-06"]
    assert august["charges_local"] == pytest.approx(august["charges_sdr"] * USD_PER_SDR * 282.50)
    november = rows["2025-11-06"]  # after the valuation date: 283.00 losing 10% of its US$ value a year
    assumed = 283.00 / 0.9 ** ((D(2025, 11, 6) - VALUATION).days / 365.25)
    assert november["fx_basis"] == "assumed" and november["fx_rate"] == pytest.approx(assumed, rel=1e-12)
    assert november["charges_local"] == pytest.approx(november["charges_sdr"] * USD_PER_SDR * assumed)
    first_repurchase = rows["2029-08-26"]
    assumed = 283.00 / 0.9 ** ((D(2029, 8, 26) - VALUATION).days / 365.25)
    assert first_repurchase["principal_local"] == pytest.approx(86_160_000 / 12 * USD_PER_SDR * assumed)
    # a year: each payment at its own rate, added up (not the year's SDR total at one rate)
    for year in data["by_year"]:
        expected = sum(row_total_sdr(r) * USD_PER_SDR * pkr_by_hand(D.fromisoformat(r["date"]), 0.10)
                       for r in data["rows"] if r["date"].startswith(str(year["year"])))
        assert year["total_local"] == pytest.approx(expected, rel=1e-12)
    y2029 = next(y for y in data["by_year"] if y["year"] == 2029)
    assert y2029["total_local"] != pytest.approx(y2029["total_usd"] * pkr_by_hand(D(2029, 12, 31), 0.10), rel=1e-6)
    [line] = data["arrangements"]
    assert line["by_year"][0]["total_local"] == pytest.approx(data["by_year"][0]["total_local"])
    assert line["access_local"] == pytest.approx(1_033_920_000 * USD_PER_SDR * 283.00)  # at the valuation date
    assert line["usd_per_sdr"] == USD_PER_SDR and "usd_per_local" not in line  # a rate, not money


def test_schedule_in_sdr_stays_sdr(workspace, capsys):
    data = cli_json(capsys, "imf", "schedule", "--workspace", workspace(sdr=True), "--currency", "SDR")
    for row in data["rows"]:
        assert row["principal_local"] == row["principal_sdr"] and row["charges_local"] == row["charges_sdr"]
    for year in data["by_year"]:
        assert year["total_local"] == pytest.approx(year["total_sdr"])


def test_position_by_month_each_at_its_month_ends_rate(workspace, capsys):
    data = cli_json(capsys, "imf", "position", "--workspace", workspace(), "--currency", "PKR")
    assert data["date"] == "2025-08-29" and data["fx_rate"] == 283.00
    assert data["gra_credit_local"] == pytest.approx(86_160_000 * USD_PER_SDR * 283.00)
    assert data["by_arrangement"][0]["credit_local"] == pytest.approx(86_160_000 * USD_PER_SDR * 283.00)
    months = {m["date"]: m for m in data["by_month"]}
    assert months["2025-02-28"]["gra_credit_local"] == pytest.approx(86_160_000 * USD_PER_SDR * 280.10)
    assert months["2025-05-31"]["gra_credit_local"] == pytest.approx(86_160_000 * USD_PER_SDR * 281.00)
    for day in ("2025-03-31", "2025-04-30", "2025-06-30", "2025-07-31"):  # no rate within 31 days
        assert months[day]["gra_credit_local"] is None and months[day]["fx_rate"] is None
        assert months[day]["fx_missing"] == f"no PKR rate on or in the 31 days before {day}"
    assert months["2025-08-31"]["fx_basis"] == "assumed" and months["2025-08-31"]["fx_date"] == "2025-08-29"
    for day, month in months.items():
        rate = pkr_by_hand(D.fromisoformat(day))
        assert month["total_credit_local"] == (None if rate is None else pytest.approx(
            month["total_credit_sdr"] * USD_PER_SDR * rate))


# ---- a stress run -----------------------------------------------------------------------------------------

def test_a_stress_run_in_rupees_under_10_percent_a_year(workspace, capsys):
    data = cli_json(capsys, "simulate", "--scenario", "btc-covid-2020", "--workspace", workspace(depreciation=0.10),
                    "--currency", "PKR")
    assert (data["start_date"], data["fx_rate"], data["fx_date"]) == ("2025-08-29", 283.00, "2025-08-29")
    assert data["start_value_local"] == pytest.approx(1_080_000 * 283.00)
    [test] = data["test_dates"]  # 2025-12-31: after the start, on the stated path
    assumed = 283.00 / 0.9 ** ((D(2025, 12, 31) - VALUATION).days / 365.25)
    assert test["fx_basis"] == "assumed" and test["fx_rate"] == pytest.approx(assumed, rel=1e-12)
    assert test["nir_floor_local"] == pytest.approx(4_000_000_000 * assumed)
    assert test["btc_value_p05_usd"] == pytest.approx(1_080_000 * (1 - 0.341))  # the COVID crash's depth
    assert test["btc_value_p05_local"] == pytest.approx(1_080_000 * (1 - 0.341) * assumed)
    assert test["nir_local"] is None and test["nir_usd"] is None  # no reserves in the workspace: null stays null
    assert "terminal_local" not in data and data["terminal"]["p50"] == pytest.approx(1_080_000 * (1 - 0.341))
    owed = data["fund_obligations"]  # the payments due to the Fund within the horizon, each at its own date's rate
    assert [p["date"] for p in owed["payments"]] == ["2025-11-06", "2026-02-05", "2026-05-06", "2026-08-06"]
    for p in owed["payments"]:
        rate = 283.00 / 0.9 ** ((D.fromisoformat(p["date"]) - VALUATION).days / 365.25)
        assert p["amount_local"] == pytest.approx(p["amount_sdr"] * USD_PER_SDR * rate) and p["fx_basis"] == "assumed"
    assert owed["total_local"] == pytest.approx(sum(
        p["amount_sdr"] * USD_PER_SDR * pkr_by_hand(D.fromisoformat(p["date"]), 0.10) for p in owed["payments"]))
    assert owed["total_local"] != pytest.approx(owed["total_usd"] * 283.00, rel=1e-4)  # not one rate for all


def test_a_stress_run_in_sdr(workspace, capsys):
    data = cli_json(capsys, "simulate", "--scenario", "btc-covid-2020", "--workspace", workspace(sdr=True),
                    "--currency", "SDR")
    [test] = data["test_dates"]
    assert test["nir_floor_local"] == pytest.approx(4_000_000_000 / 1.3450)  # the SDR held flat after the start
    assert data["start_value_local"] == pytest.approx(1_080_000 / 1.3450)
    owed = data["fund_obligations"]
    assert owed["total_local"] == pytest.approx(owed["total_sdr"])  # SDR stays SDR
    assert [p["amount_local"] for p in owed["payments"]] == [p["amount_sdr"] for p in owed["payments"]]


def test_currency_needs_a_scenario(capsys):
    assert cli.main(["simulate", "--model", "gbm", "--vol", "0.6", "--paths", "100", "--currency", "PKR"]) == 1
    assert "--currency goes with --scenario and --workspace" in capsys.readouterr().err
