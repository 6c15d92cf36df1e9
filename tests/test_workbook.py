"""Issue 23, item 2: Excel workbooks read back with openpyxl, as Excel would open them: real numbers and dates with
thousands-separator formats, frozen headers and autofilters, text that never runs as a formula, and the same figures
as the command line's JSON, in US$, SDR or a local currency at the rate of each figure's own date."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import subprocess

import openpyxl
import pytest
from conftest import cli_command

from desktop.core import tables
from desktop.core.domain import Transaction
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.io.workbook import export_workbook, sheet_name
from desktop.core.workspace import Workspace

SDR_PER_USD_CSV = "date,close\n2025-10-31,1.3500\n2025-11-14,1.3600\n"  # US$ per SDR, as the IMF quotes it


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=300)


def cli_json(*args) -> dict:
    done = run(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def import_rates(path, code: str, text: str, tmp_path, quote: str = "per-usd") -> None:
    csv_path = tmp_path / f"{code}.csv"
    csv_path.write_text(text)
    ws = Workspace.open(path)
    try:
        report = IMPORTERS["fx"](ws.store, csv_path, ImportOptions(currency=code, quote=quote))
        assert not report.blocked
    finally:
        ws.close()


def pkr_series() -> tuple[list[dt.date], list[float]]:
    """A rate every 20 days from 2013 to 2025-12 that moves every time (so each figure's own date matters), with
    no rate at all in 2014 (figures then have none)."""
    days, rates = [], []
    day = dt.date(2013, 1, 1)
    while day <= dt.date(2025, 12, 10):
        if day.year != 2014:
            days.append(day)
            rates.append(round(100 + (day - dt.date(2013, 1, 1)).days * 0.04, 4))
        day += dt.timedelta(days=20)
    return days, rates


def hand_rate(days: list[dt.date], rates: list[float], valuation: dt.date, day: dt.date) -> float | None:
    """The methodology's rule, by hand: the last rate on or before the date (the valuation date's for a later
    date, held flat), at most 31 days old."""
    on = min(day, valuation)
    i = bisect.bisect_right(days, on) - 1
    if i < 0 or (on - days[i]).days > 31:
        return None
    return rates[i]


def sheet_rows(book, title: str) -> tuple[list[str], list[tuple]]:
    rows = list(book[title].iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def as_date(cell) -> dt.date:
    assert isinstance(cell, dt.datetime), cell  # a real date, not text
    return cell.date()


@pytest.fixture
def pakistan_pkr(sample_copy, tmp_path):
    path = sample_copy("pakistan")
    days, rates = pkr_series()
    import_rates(path, "PKR", "date,close\n" + "".join(f"{d},{r}\n" for d, r in zip(days, rates, strict=True)),
                 tmp_path)
    return path, days, rates


def test_pakistan_in_rupees_matches_the_imf_json_row_by_row_at_each_payment_dates_rate(pakistan_pkr, tmp_path):
    path, days, rates = pakistan_pkr
    out = tmp_path / "pk.xlsx"
    written = cli_json("export", "workbook", str(out), "--workspace", str(path), "--currency", "pkr")
    schedule = cli_json("imf", "schedule", "--workspace", str(path), "--currency", "PKR", "--json")
    position = cli_json("imf", "position", "--workspace", str(path), "--currency", "PKR", "--json")
    parts = ("principal", "charges", "surcharges", "service_charge", "commitment_fee")
    valuation = dt.date.fromisoformat(written["date"])
    assert written["currency"] == "PKR" and valuation == dt.date(2025, 12, 19)
    usd_per_sdr = {a["name"]: a["usd_per_sdr"] for a in schedule["arrangements"]}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Inputs" and book.sheetnames[-1] == "Rates used"

    header, rows = sheet_rows(book, "IMF schedule")
    col = {h: i for i, h in enumerate(header)}
    assert len(rows) == len(schedule["rows"]) == written["tables"]["imf_schedule"] > 700
    blank = 0
    for got, want in zip(rows, schedule["rows"], strict=True):
        assert got[col["Arrangement"]] == want["arrangement"]
        assert as_date(got[col["Date"]]).isoformat() == want["date"]
        for key, title in (("principal_sdr", "Principal (SDR)"), ("charges_sdr", "Charges (SDR)"),
                           ("surcharges_sdr", "Surcharges (SDR)"), ("commitment_fee_sdr", "Commitment fee (SDR)"),
                           ("credit_outstanding_sdr", "Credit outstanding (SDR)")):
            assert got[col[title]] == pytest.approx(want[key], abs=1e-6)
        total_sdr = sum(want[k] for k in ("principal_sdr", "charges_sdr", "surcharges_sdr", "service_charge_sdr",
                                          "commitment_fee_sdr"))
        total_usd = total_sdr * usd_per_sdr[want["arrangement"]]
        assert got[col["Total (US$)"]] == pytest.approx(total_usd, rel=1e-12)
        rate = hand_rate(days, rates, valuation, dt.date.fromisoformat(want["date"]))
        twins = [want[f"{k}_local"] for k in parts]
        if rate is None:  # 2014 and early 2015: no rate within 31 days; left empty, never guessed
            assert got[col["Total (PKR)"]] is None and twins == [None] * 5
            blank += 1
        else:
            assert got[col["Total (PKR)"]] == pytest.approx(total_usd * rate, rel=1e-12)
            assert got[col["Total (PKR)"]] == pytest.approx(sum(twins), rel=1e-12)  # the command line's twins
    assert blank > 0
    assert any(dt.date.fromisoformat(r["date"]) > valuation for r in schedule["rows"])  # the flat assumption was used

    years = book["IMF by year"]
    assert years["A2"].value == 2013 and years["A2"].number_format == "0"  # a year, not 2,013
    assert years.page_setup.orientation == "landscape" and years.sheet_properties.pageSetUpPr.fitToPage
    assert years.page_setup.fitToHeight == 0  # one page wide (the default 1), as many pages long as it takes
    assert years.print_title_rows == "$1:$1" and years.print_area == f"'IMF by year'!$A$1:$F${years.max_row}"

    header, rows = sheet_rows(book, "IMF position")
    by_month = position["by_month"]
    assert len(rows) == len(by_month) and header[:4] == ["Month end", "GRA credit (SDR)", "RST credit (SDR)",
                                                          "Total credit (SDR)"]
    latest_usd_per_sdr = usd_per_sdr[max(schedule["arrangements"], key=lambda a: a["approval_date"] or "")["name"]]
    for got, want in zip(rows, by_month, strict=True):
        assert as_date(got[0]).isoformat() == want["date"]
        assert got[1:4] == pytest.approx((want["gra_credit_sdr"], want["rst_credit_sdr"], want["total_credit_sdr"]))
        rate = hand_rate(days, rates, valuation, dt.date.fromisoformat(want["date"]))
        expected = None if rate is None else want["total_credit_sdr"] * latest_usd_per_sdr * rate
        assert got[header.index("Total credit (PKR)")] == (None if expected is None else pytest.approx(expected))
        for key, title in (("gra_credit", "GRA credit (PKR)"), ("rst_credit", "RST credit (PKR)"),
                           ("total_credit", "Total credit (PKR)")):
            assert got[header.index(title)] == (None if want[f"{key}_local"] is None else
                                                pytest.approx(want[f"{key}_local"], rel=1e-12))

    header, rows = sheet_rows(book, "IMF by year")
    assert [r[0] for r in rows] == [y["year"] for y in schedule["by_year"]]
    # by hand: a year's rupees are its payments' SDR at their arrangement's US$ per SDR, each at its own date's rate
    year_parts: dict[int, list] = {}
    for r in schedule["rows"]:
        day = dt.date.fromisoformat(r["date"])
        rate = hand_rate(days, rates, valuation, day)
        total_sdr = sum(r[k] for k in ("principal_sdr", "charges_sdr", "surcharges_sdr", "service_charge_sdr",
                                       "commitment_fee_sdr"))
        year_parts.setdefault(day.year, []).append(None if rate is None else
                                                   total_sdr * usd_per_sdr[r["arrangement"]] * rate)
    for got, want in zip(rows, schedule["by_year"], strict=True):
        assert got[header.index("Total (SDR)")] == pytest.approx(want["total_sdr"])
        assert got[header.index("Total (US$)")] == pytest.approx(want["total_usd"])
        assert got[header.index("Total (PKR)")] == (None if want["total_local"] is None else
                                                    pytest.approx(want["total_local"], rel=1e-12))
        parts = year_parts[want["year"]]
        assert got[header.index("Total (PKR)")] == (None if None in parts else pytest.approx(sum(parts), rel=1e-12))

    inputs = {r[0]: r[1:] for r in book["Inputs"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert as_date(inputs["Valuation date"][0]) == valuation and inputs["Reporting currency"][0] == "PKR"
    rate_now = hand_rate(days, rates, valuation, valuation)
    assert inputs["Rate at the valuation date"][0] == pytest.approx(rate_now)
    last_day = max(d for d in days if d <= valuation)
    assert inputs["Rate at the valuation date"][1].endswith(f"the rate of {last_day}")
    assert "held flat" in inputs["After the valuation date"][1]
    no_rate = {r[1]: r[2] for r in book["Inputs"].iter_rows(min_row=2, values_only=True) if r[0] == "No rate"}
    assert {"IMF schedule", "IMF by year", "IMF position"} <= set(no_rate)
    first_without = min(dt.date.fromisoformat(r["date"]) for r in schedule["rows"]
                        if hand_rate(days, rates, valuation, dt.date.fromisoformat(r["date"])) is None)
    assert no_rate["IMF schedule"].endswith(f"no PKR rate on or in the 31 days before {first_without}")
    ws = Workspace.open(path, read_only=True)
    try:
        entries, head_hash = ws.store.audit_head()
    finally:
        ws.close()
    assert inputs["Audit log"][0] == entries and inputs["Audit log"][1].endswith(f"has hash {head_hash}")
    assert inputs["Checkpoint"][1].startswith("signed ")  # as the PDF's cover: the head, signed now
    _, rate_rows = sheet_rows(book, "Rates used")
    assert len(rate_rows) == written["rates_used"] and all(r[1] in rates for r in rate_rows)


def test_a_years_rupee_total_is_the_sum_of_its_payments_each_at_its_own_rate(pakistan_pkr):
    path, days, rates = pakistan_pkr
    ws = Workspace.open(path, read_only=True)
    try:
        conv = ws.converter("PKR")
        rows = tables.imf_schedule(ws, conv)
        years = tables.imf_by_year(ws, conv)
    finally:
        ws.close()
    total_local, date_col = rows.column("total_local"), rows.column("date")
    by_year: dict[int, list] = {}
    for r in rows.rows:
        by_year.setdefault(r[date_col].year, []).append(r[total_local])
    for y in years.rows:
        parts = by_year[y[0]]
        local = y[years.column("total_local")]
        if None in parts:  # a year with a payment that has no rate has no total either
            assert local is None
        else:
            assert local == pytest.approx(sum(parts))
            one_rate = y[years.column("total_usd")] * hand_rate(days, rates, conv.valuation, dt.date(y[0], 12, 31))
            if y[0] < 2025 and len(set(parts)) > 1:
                assert local != pytest.approx(one_rate, rel=1e-9)  # not the year's total at one rate
    assert any(y[years.column("total_local")] is None for y in years.rows if y[0] == 2014)


def test_el_salvador_in_sdr_types_formats_frozen_headers_and_the_holdings_json(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    import_rates(path, "SDR", SDR_PER_USD_CSV, tmp_path, quote="usd-per-unit")
    ws = Workspace.open(path)
    try:
        wallet = ws.wallets[0].name
        ws.add_transaction(Transaction(date=dt.date(2025, 1, 2), kind="purchase", wallet=wallet, quantity=0.5,
                                       price_usd=95_000.0, note='=HYPERLINK("http://example.com","click")',
                                       counterparty="+1-555 @desk"))
        transactions = ws.store.transaction_count()
    finally:
        ws.close()
    out = tmp_path / "sv.xlsx"
    written = cli_json("export", "workbook", str(out), "--workspace", str(path), "--currency", "XDR")
    holdings = cli_json("holdings", "--workspace", str(path), "--currency", "SDR", "--json")
    assert written["currency"] == "SDR" and holdings["date"] == written["date"] == "2025-11-18"
    book = openpyxl.load_workbook(out)

    header, rows = sheet_rows(book, "Wallets")
    assert header == ["Wallet", "Kind", "Bitcoin (BTC)", "Value (US$)", "Value (SDR)", "Share", "Cap (BTC)",
                      "Over cap"]
    assert len(rows) == len(holdings["wallets"])
    sdr_per_usd = 1 / 1.3600  # the rate of 2025-11-14, four days before the valuation date
    for got, want in zip(rows, holdings["wallets"], strict=True):
        assert got[:3] == (want["name"], want["kind"], pytest.approx(want["btc"], abs=1e-8))
        assert got[3] == pytest.approx(want["value_usd"], abs=0.01)
        assert got[4] == pytest.approx(want["value_usd"] * sdr_per_usd, abs=0.01)
        assert got[4] == pytest.approx(want["value_local"], abs=0.01)  # the command line's twin (of cents)
        assert got[5] == pytest.approx(want["share"], abs=1e-6) and got[7] is want["over_cap"]
    sheet = book["Wallets"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:H{len(rows) + 1}"
    assert sheet["C2"].number_format == "#,##0.00000000" and sheet["D2"].number_format == "#,##0.00"
    assert sheet["F2"].number_format == "0.00%" and sheet["A1"].font.b

    ledger = book["Ledger"]
    header, rows = sheet_rows(book, "Ledger")
    assert len(rows) == transactions == written["tables"]["ledger"]
    assert ledger.freeze_panes == "A2" and ledger.auto_filter.ref == f"A1:N{transactions + 1}"
    assert ledger["A2"].is_date and ledger["A2"].number_format == "yyyy-mm-dd"
    assert header[5:11] == ["Quantity (BTC)", "Price (US$)", "Fee (US$)", "Price (SDR)", "Fee (SDR)", "SDR per US$"]
    assert all(isinstance(r[5], (int, float)) for r in rows)
    note_col, party_col = header.index("Note") + 1, header.index("Counterparty") + 1
    noted = next(c for c in ledger.iter_rows(min_row=2) if c[note_col - 1].value and c[note_col - 1].value.startswith("="))
    assert noted[note_col - 1].value == '=HYPERLINK("http://example.com","click")'
    assert noted[note_col - 1].data_type == "s"  # text: openpyxl reads a formula as data_type "f"
    assert noted[party_col - 1].value == "+1-555 @desk" and noted[party_col - 1].data_type == "s"
    widths = [ledger.column_dimensions[c].width for c in "ABCDEFGHIJKLMN"]
    assert widths[0] >= 12 and all(6 <= w <= 62 for w in widths)  # fitted: a date in full, nothing absurd

    header, rows = sheet_rows(book, "Test dates")
    assert header[:3] == ["Arrangement", "Test date", "NIR floor (US$)"] and "NIR floor (SDR)" in header
    assert all(isinstance(r[2], (int, float)) and r[2] > 1e9 for r in rows)  # whole US$, not millions as text


def test_us_dollars_keep_only_the_stored_figures(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    ws = Workspace.open(path, read_only=True)
    try:
        found = {t.key: t for t in tables.all_tables(ws, ws.converter())}
    finally:
        ws.close()
    assert {"ledger", "wallets", "prices", "imf_schedule", "imf_by_year", "imf_position", "test_dates", "planner",
            "audit_log"} <= set(found)
    for t in found.values():
        assert not any("_local" in c.key or c.key == "rate" for c in t.columns), t.key
        assert all(c.kind in tables.KINDS for c in t.columns)
        assert all(len(r) == len(t.columns) for r in t.rows)
        assert not t.missing


def test_a_workbook_is_never_written_over_the_workspace_nor_without_rates_and_keeps_an_existing_file(sample_copy,
                                                                                                    tmp_path):
    path = sample_copy("pakistan")
    refused = run("export", "workbook", str(path), "--workspace", str(path))
    assert refused.returncode == 1 and "is the open workspace" in refused.stderr
    no_rates = run("export", "workbook", str(tmp_path / "pk.xlsx"), "--workspace", str(path), "--currency", "PKR")
    assert no_rates.returncode == 1 and "no PKR exchange rates" in no_rates.stderr and "import fx" in no_rates.stderr
    assert not (tmp_path / "pk.xlsx").exists()
    kept = tmp_path / "kept.xlsx"
    kept.write_bytes(b"an earlier workbook")
    again = run("export", "workbook", str(kept), "--workspace", str(path))
    assert again.returncode == 1 and "already exists" in again.stderr and kept.read_bytes() == b"an earlier workbook"
    assert cli_json("export", "workbook", str(kept), "--workspace", str(path), "--force")["sheets"] >= 5
    assert openpyxl.load_workbook(kept).sheetnames[0] == "Inputs"
    assert not list(tmp_path.glob(".kept.xlsx.*"))  # no temporary file left beside it
    csv_name = run("export", "workbook", str(tmp_path / "x.csv"), "--workspace", str(path))
    assert csv_name.returncode == 1 and "ends in .xlsx" in csv_name.stderr


def test_a_failed_write_leaves_the_earlier_workbook_as_it_was(sample_copy, tmp_path, monkeypatch):
    import errno

    from desktop.core.errors import UserError
    from desktop.core.io import output_target

    path = sample_copy("pakistan")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "book.xlsx"
    target.write_bytes(b"yesterday's workbook")

    def full_disk(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_target, "_write", full_disk)
    ws = Workspace.open(path, read_only=True)
    try:
        with pytest.raises(UserError, match="the disk is full"):
            export_workbook(ws, target)
    finally:
        ws.close()
    assert target.read_bytes() == b"yesterday's workbook"
    assert [p.name for p in target.parent.iterdir()] == ["book.xlsx"]  # the partial file was removed


def test_sheet_names_follow_excels_rules():
    taken: set[str] = set()
    assert sheet_name("IMF schedule", taken) == "IMF schedule"
    assert sheet_name("imf SCHEDULE", taken) == "imf SCHEDULE (2)"  # Excel compares names without case
    assert sheet_name("Runs [a/b]: *new*?", taken) == "Runs _a_b__ _new__"
    long = sheet_name("x" * 40, taken)
    assert long == "x" * 31 and sheet_name("x" * 40, taken) == "x" * 27 + " (2)"


def test_stored_runs_and_the_planner_as_the_window_has_them_in_sdr_at_the_programs_rate(sample_copy):
    from desktop.core import fx, planner

    path = sample_copy("el-salvador")
    for scenario in ("btc-2021-22", "btc-covid-2020"):
        cli_json("simulate", "--scenario", scenario, "--workspace", str(path), "--save")
    ws = Workspace.open(path, read_only=True)
    try:
        conv = ws.converter("SDR")  # no SDR series: the latest arrangement's US$ per SDR, said so
        usd_per_sdr = ws.arrangements[-1].usd_per_sdr
        runs = tables.stress_runs(ws, conv)
        compared = tables.run_comparison(ws, conv, [runs.rows[-1][0]])
        stored = {r[0]: ws.stored_run(r[0])[1] for r in runs.rows}
        projection = planner.project(planner.plan_inputs(ws, paths=0))
        path_table = tables.planner_path(projection, conv)
    finally:
        ws.close()
    assert len(runs.rows) == 2 and [r[0] for r in compared.rows] == [runs.rows[-1][0]]
    col = {c.key: i for i, c in enumerate(runs.columns)}
    for row in runs.rows:
        s = stored[row[0]]
        assert row[col["scenario"]] == s["scenario_name"] and row[col["start_date"]].isoformat() == s["start_date"]
        assert row[col["start_value_usd"]] == s["start_value_usd"] and row[col["median_usd"]] == s["terminal"]["p50"]
        assert row[col["start_value_local"]] == pytest.approx(s["start_value_usd"] / usd_per_sdr)
        assert row[col["median_local"]] == pytest.approx(s["terminal"]["p50"] / usd_per_sdr)
        assert row[col["var_99"]] == s["var"]["0.99"]
    assert [r.basis for r in fx.rates_used(conv, sorted(runs.dates))] == ["program"]
    last = path_table.rows[-1]
    assert last[0].isoformat() == projection.summary["end"] and last[1] == pytest.approx(projection.summary["btc_at_end"])
    assert last[path_table.column("value_local")] == pytest.approx(projection.summary["value_at_end_usd"] / usd_per_sdr)
