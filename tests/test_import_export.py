"""CSV import and export: every supported format, round trips, and every kind of bad input.

Each refusal is checked for its message (row, field, reason) and for leaving the workspace unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys

import pytest
from conftest import SHARED_DATA, cli_command

from desktop.core.domain import Wallet
from desktop.core.io.csv_source import CsvOptions
from desktop.core.io.fields import InputError
from desktop.core.io.prices_csv import PriceColumns, export_prices, import_prices
from desktop.core.io.transactions_csv import COLUMNS, export_transactions, import_transactions
from desktop.core.workspace import Workspace

HEADER = ",".join(COLUMNS)
TODAY = dt.date(2026, 11, 27)


def fingerprint(store) -> str:
    """A digest of everything an import could touch."""
    h = hashlib.sha256()
    for table in ("transactions", "prices", "wallets", "audit_log"):
        for row in store.db.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode())
    return h.hexdigest()


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "ws.db", "empty")
    w.add_wallet(Wallet(name="Cold", kind="cold"))
    w.add_wallet(Wallet(name="Hot", kind="hot"))
    yield w
    w.close()


def write(tmp_path, text: str, name: str = "in.csv", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


GOOD = f"""{HEADER}
2024-01-02,purchase,Cold,,BTC,2,40000,10,Exchange A,R1,first
2024-01-03,transfer,Cold,Hot,,0.5,,,,R2,
2024-02-01,sale,Hot,,BTC,0.25,45000,5,Exchange B,R3,
2024-03-01,seizure,Cold,,BTC,1,,,Court order 7,R4,forfeited
"""


def test_import_a_good_ledger(ws, tmp_path):
    report = import_transactions(ws.store, write(tmp_path, GOOD), today=TODAY)
    assert (report.new, report.duplicates, report.invalid, report.written) == (4, 0, [], True)
    ws.invalidate()
    h = ws.holdings(dt.date(2024, 3, 1))
    assert h.total_btc == pytest.approx(2.75)
    assert {w.name: w.btc for w in h.wallets} == {"Cold": pytest.approx(2.5), "Hot": pytest.approx(0.25)}
    # average cost by hand: 80,010 for 2 BTC; the sale removes 0.25/2 of it -> 70,008.75
    assert h.cost_usd == pytest.approx(80_010 * (1 - 0.25 / 2))
    audit = ws.store.db.conn.execute("SELECT action, after_json FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[0] == "import" and '"rows":4' in audit[1]


def test_reimporting_the_same_file_finds_only_duplicates(ws, tmp_path):
    path = write(tmp_path, GOOD)
    import_transactions(ws.store, path, today=TODAY)
    before = fingerprint(ws.store)
    report = import_transactions(ws.store, path, today=TODAY)
    assert (report.new, report.duplicates, report.written) == (0, 4, False)
    assert fingerprint(ws.store) == before


def test_dry_run_counts_and_writes_nothing(ws, tmp_path):
    before = fingerprint(ws.store)
    report = import_transactions(ws.store, write(tmp_path, GOOD), dry_run=True, today=TODAY)
    assert report.new == 4 and not report.written and "would add 4" in report.summary()
    assert fingerprint(ws.store) == before


ROW_CASES = [
    ("2024-01-02,gift,Cold,,BTC,1,1,,,,", "kind", "'gift' is not one of"),
    ("2024-01-02,purchase,Vault,,BTC,1,1,,,,", "wallet", "unknown wallet 'Vault'"),
    ("2024-01-02,purchase,Cold,,BTC,one,1,,,,", "quantity", "'one' is not a number"),
    ("2024-01-02,purchase,Cold,,BTC,-1,1,,,,", "quantity", "must be positive"),
    ("2024-01-02,purchase,Cold,,BTC,0,1,,,,", "quantity", "must be positive"),
    ("2024-01-02,purchase,Cold,,BTC,nan,1,,,,", "quantity", "not a finite number"),
    ("2024-01-02,purchase,Cold,,BTC,inf,1,,,,", "quantity", "not a finite number"),
    ("2024-01-02,purchase,Cold,,BTC,22000000,1,,,,", "quantity", "more than will ever exist"),
    ("2024-01-02,purchase,Cold,,BTC,1,0,,,,", "price_usd", "must be greater than 0"),
    ("2024-01-02,purchase,Cold,,BTC,1,-5,,,,", "price_usd", "must be greater than 0"),
    ("2024-01-02,purchase,Cold,,BTC,1,,,,,", "price_usd", "is required for a purchase"),
    ("2024-13-02,purchase,Cold,,BTC,1,1,,,,", "date", "not a date in YYYY-MM-DD form"),
    ("yesterday,purchase,Cold,,BTC,1,1,,,,", "date", "not a date"),
    ("2008-12-31,purchase,Cold,,BTC,1,1,,,,", "date", "before the first bitcoin block"),
    ("2027-01-01,purchase,Cold,,BTC,1,1,,,,", "date", "in the future"),
    ("2024-01-02,transfer,Cold,,BTC,1,,,,,", "to_wallet", "is required for a transfer"),
    ("2024-01-02,purchase,Cold,,ETH,1,1,,,,", "asset", "only BTC"),
    ("2024-01-02,purchase,Cold,,BTC,1,1,,,,a,b", "row", "has 12 fields; the header has 11"),
]


@pytest.mark.parametrize("line, field, reason", ROW_CASES)
def test_each_bad_row_is_named_and_blocks_the_import(ws, tmp_path, line, field, reason):
    before = fingerprint(ws.store)
    text = f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,42000,,,,\n{line}\n"
    report = import_transactions(ws.store, write(tmp_path, text), today=TODAY)
    assert report.blocked and not report.written
    (problem,) = report.invalid
    assert problem.row == 3 and problem.field == field and reason in problem.reason, problem
    assert str(problem).startswith(f"row 3: {field}: ")
    assert fingerprint(ws.store) == before


def test_skipping_invalid_rows_is_the_users_choice(ws, tmp_path):
    text = f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,42000,,,,\n2024-01-02,purchase,Cold,,BTC,-1,1,,,,\n"
    report = import_transactions(ws.store, write(tmp_path, text), skip_invalid=True, today=TODAY)
    assert report.written and report.new == 1 and len(report.invalid) == 1


@pytest.mark.parametrize("text, fragment", [
    (f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,100,,,,\n2024-01-05,sale,Cold,,BTC,1.5,100,,,,\n", "row 3: quantity:"),
    (f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,100,,,,\n2024-01-05,transfer,Cold,Hot,BTC,2,,,,,\n", "row 3: quantity:"),
    (f"{HEADER}\n2024-01-05,sale,Hot,,BTC,0.1,100,,,,\n", "row 2: quantity:"),
])
def test_a_sale_or_transfer_beyond_the_balance_names_the_row(ws, tmp_path, text, fragment):
    before = fingerprint(ws.store)
    report = import_transactions(ws.store, write(tmp_path, text), skip_invalid=True, today=TODAY)
    assert report.blocked and not report.written
    assert any(str(p).startswith(fragment) and "below zero" in str(p) for p in report.invalid), report.invalid
    assert fingerprint(ws.store) == before


def test_duplicate_references_in_a_file(ws, tmp_path):
    text = f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,100,,,X-1,\n2024-01-02,purchase,Cold,,BTC,1,100,,,X-1,\n"
    before = fingerprint(ws.store)
    report = import_transactions(ws.store, write(tmp_path, text), today=TODAY)
    assert [str(p) for p in report.invalid] == ["row 3: reference: 'X-1' already used on row 2"]
    assert fingerprint(ws.store) == before


@pytest.mark.parametrize("content, fragment", [
    (b"", "the file is empty"),
    (HEADER.encode() + b"\n", "header but no rows"),
    (b"date,kind,wallet\n2024-01-01,purchase,Cold\n", "missing columns: to_wallet, asset"),
    ((HEADER + ",colour\n").encode(), "unknown columns: colour"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("\ufeff".encode("utf-16") + HEADER.encode("utf-16-le"), "UTF-16"),
    (HEADER.encode() + b"\n2024-01-01,purchase,Cold,,BTC,1,100,,,,caf\xe9\n", "not UTF-8"),
])
def test_unreadable_files_are_refused_whole(ws, tmp_path, content, fragment):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = fingerprint(ws.store)
    with pytest.raises(InputError) as info:
        import_transactions(ws.store, path, today=TODAY)
    assert fragment in str(info.value)
    assert fingerprint(ws.store) == before


def test_utf8_with_bom_semicolons_decimal_comma_and_day_first_dates(ws, tmp_path):
    text = ("\ufeff" + HEADER.replace(",", ";") + "\n"
            "02/01/2024;purchase;Cold;;BTC;1,5;40.000,50;;;;compra\n"
            "03/01/2024;transfer;Cold;Hot;;0,25;;;;;\n")
    report = import_transactions(ws.store, write(tmp_path, text), CsvOptions(date_order="dmy", decimal="comma"), today=TODAY)
    assert report.written and report.new == 2
    ws.invalidate()
    first = ws.transactions[0]
    assert (first.date, first.quantity, first.price_usd) == (dt.date(2024, 1, 2), 1.5, 40000.5)


def test_a_decimal_comma_is_not_guessed(ws, tmp_path):
    text = HEADER.replace(",", ";") + "\n2024-01-02;purchase;Cold;;BTC;1,5;40000;;;;\n"
    report = import_transactions(ws.store, write(tmp_path, text), today=TODAY)
    assert "choose the decimal comma option" in str(report.invalid[0])


def test_transactions_round_trip(sample_copy, tmp_path):
    source = Workspace.open(sample_copy("el-salvador"))
    exported = tmp_path / "ledger.csv"
    assert export_transactions(source.store, exported) == 1121
    target = Workspace.create(tmp_path / "copy.db", "empty")
    for w in source.wallets:
        target.add_wallet(Wallet(name=w.name, kind=w.kind, custodian=w.custodian, cap_btc=w.cap_btc))
    report = import_transactions(target.store, exported)
    assert report.written and report.new == 1121 and not report.invalid
    columns = "t.date, t.kind, w.name, tw.name, t.asset, t.quantity, t.price_usd, t.fee_usd, t.counterparty, t.reference, t.note"
    sql = (f"SELECT {columns} FROM transactions t JOIN wallets w ON w.id = t.wallet_id "
           "LEFT JOIN wallets tw ON tw.id = t.to_wallet_id ORDER BY t.date, t.id")
    assert target.store.db.conn.execute(sql).fetchall() == source.store.db.conn.execute(sql).fetchall()
    again = tmp_path / "again.csv"
    export_transactions(target.store, again)
    assert again.read_bytes() == exported.read_bytes()
    source.close()
    target.close()


PRICE_FILES = {
    "date,close": ("date,close\n2024-01-01,42280.23\n2024-01-02,44179.92\n", CsvOptions()),
    "Yahoo Finance": ("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-01,42280.23,44175.44,42214.97,42280.23,42280.23,18426978443\n"
                      "2024-01-02,44187.14,45899.71,44176.95,44179.92,44179.92,39335274536\n", CsvOptions()),
    "CoinGecko": ("snapped_at,price,market_cap,total_volume\n2024-01-01 00:00:00 UTC,42280.23,8.2e11,1.2e10\n"
                  "2024-01-02 00:00:00 UTC,44179.92,8.6e11,2.1e10\n", CsvOptions()),
    "CoinMarketCap": ('timeOpen;timeClose;timeHigh;timeLow;name;open;high;low;close;volume;marketCap;timestamp\n'
                      '"2024-01-01T00:00:00.000Z";"2024-01-01T23:59:59.999Z";"x";"x";"2781";42280.2;44175.4;42214.9;42280.23;1.8e10;8.2e11;"x"\n'
                      '"2024-01-02T00:00:00.000Z";"2024-01-02T23:59:59.999Z";"x";"x";"2781";44187.1;45899.7;44176.9;44179.92;3.9e10;8.6e11;"x"\n',
                      CsvOptions()),
    "date,close (es)": ("date;close\n01/01/2024;42.280,23\n02/01/2024;44.179,92\n", CsvOptions(date_order="dmy", decimal="comma")),
    "date,close (us)": ("date,close\n01/01/2024,\"42,280.23\"\n01/02/2024,\"44,179.92\"\n", CsvOptions(date_order="mdy")),
}


@pytest.mark.parametrize("name", PRICE_FILES)
def test_each_price_format(ws, tmp_path, name):
    text, options = PRICE_FILES[name]
    report = import_prices(ws.store, write(tmp_path, text), options, today=TODAY)
    assert report.written and report.new == 2, report.invalid
    assert report.format == name.split(" (")[0]
    assert [(p.date, p.close_usd) for p in ws.store.prices("BTC")] == [(dt.date(2024, 1, 1), 42280.23), (dt.date(2024, 1, 2), 44179.92)]


def test_unrecognised_price_columns_can_be_mapped(ws, tmp_path):
    path = write(tmp_path, "Fecha;Cierre\n01/01/2024;42.280,23\n")
    with pytest.raises(InputError, match="columns not recognised"):
        import_prices(ws.store, path, today=TODAY)
    report = import_prices(ws.store, path, CsvOptions("dmy", "comma"), columns=PriceColumns("Fecha", "Cierre"), today=TODAY)
    assert report.written and ws.store.prices()[0].close_usd == 42280.23


@pytest.mark.parametrize("line, fragment", [
    ("2024-01-03,0", "row 3: close: 0 must be greater than 0"),
    ("2024-01-03,-3", "row 3: close: -3 must be greater than 0"),
    ("2024-01-03,abc", "row 3: close: 'abc' is not a number"),
    ("2008-01-03,5", "row 3: date: 2008-01-03 is outside"),
    ("2027-01-03,5", "row 3: date: 2027-01-03 is outside"),
    ("2024-01-01,5", "row 3: date: 2024-01-01 appears twice (first on row 2)"),
])
def test_bad_prices_are_named_and_block(ws, tmp_path, line, fragment):
    before = fingerprint(ws.store)
    report = import_prices(ws.store, write(tmp_path, f"date,close\n2024-01-01,42000\n{line}\n"), today=TODAY)
    assert report.blocked and [str(p) for p in report.invalid][0].startswith(fragment)
    assert fingerprint(ws.store) == before


def test_prices_round_trip(ws, tmp_path):
    text, _ = PRICE_FILES["date,close"]
    import_prices(ws.store, write(tmp_path, text), today=TODAY)
    export_prices(ws.store, tmp_path / "out.csv")
    other = Workspace.create(tmp_path / "other.db", "empty")
    import_prices(other.store, tmp_path / "out.csv", today=TODAY)
    assert [(p.date, p.close_usd) for p in other.store.prices()] == [(p.date, p.close_usd) for p in ws.store.prices()]
    other.close()


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (real market data) is not present")
@pytest.mark.parametrize("name, rows", [("btc_usd_daily.csv", 5764), ("btc_usd_ohlcv_daily.csv", 4091)])
def test_import_real_market_data(ws, name, rows):
    report = import_prices(ws.store, SHARED_DATA / name)
    assert report.written and report.new == rows and not report.invalid
    prices = {p.date: p.close_usd for p in ws.store.prices()}
    assert prices[dt.date(2017, 12, 16)] == 19497.40 and prices[dt.date(2021, 11, 8)] == 67566.83


def test_cli_import_reports_each_bad_row_and_changes_nothing(tmp_path):
    workspace = tmp_path / "w.db"
    run = lambda *a: subprocess.run([*cli_command(), *a], capture_output=True, text=True, timeout=120)  # noqa: E731
    assert run("init", str(workspace), "--sample", "empty").returncode == 0
    assert run("wallets", "add", "Cold", "--workspace", str(workspace), "--kind", "cold").returncode == 0
    before = workspace.read_bytes()
    bad = write(tmp_path, f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,100,,,,\n2024-01-02,purchase,Cold,,BTC,-1,1,,,,\n"
                          "2024-01-03,purchase,Nope,,BTC,1,1,,,,\n")
    result = run("import", "transactions", bad, "--workspace", str(workspace))
    assert result.returncode != 0
    assert result.stderr.splitlines() == ["row 3: quantity: -1 must be positive (the kind gives the direction)",
                                          "row 4: wallet: unknown wallet 'Nope'; add it first"]
    ws = Workspace.open(workspace)
    assert ws.store.transaction_count() == 0
    ws.close()
    good = write(tmp_path, f"{HEADER}\n2024-01-01,purchase,Cold,,BTC,1,100,,,,\n", "good.csv")
    assert run("import", "transactions", good, "--workspace", str(workspace), "--dry-run").returncode == 0
    assert run("import", "transactions", good, "--workspace", str(workspace)).returncode == 0
    listed = run("wallets", "list", "--workspace", str(workspace), "--json")
    assert '"btc": 1.0' in listed.stdout
    assert len(before) > 0


@pytest.mark.slow
def test_a_million_rows_stream_and_stay_all_or_nothing(tmp_path):
    """The last of 1,000,000 rows is bad: nothing is written, and memory stays bounded."""
    workspace = tmp_path / "w.db"
    ws = Workspace.create(workspace, "empty")
    ws.add_wallet(Wallet(name="Cold", kind="cold"))
    ws.close()
    path = tmp_path / "million.csv"
    with open(path, "w") as fh:
        fh.write(HEADER + "\n")
        line = "2024-01-01,purchase,Cold,,BTC,0.001,40000,,,,\n"
        fh.write(line * 999_999)
        fh.write("2024-01-01,purchase,Cold,,BTC,-1,40000,,,,\n")
    # the child's own peak: VmHWM belongs to the process image started by exec, while ru_maxrss carries the
    # parent's peak over a vfork and exec (a large pytest process made a streaming import look like 550 MB)
    probe = (
        "import resource, sys; from pathlib import Path; from desktop.cli import main; code = main(sys.argv[1:]); "
        "status = Path('/proc/self/status'); hwm = [l.split()[1] for l in status.read_text().splitlines() "
        "if l.startswith('VmHWM:')] if status.exists() else []; "
        "print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", probe, "import", "transactions", str(path), "--workspace", str(workspace)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == ["row 1000001: quantity: -1 must be positive (the kind gives the direction)"]
    peak_mb = int(result.stdout.strip().splitlines()[-1]) / 1024
    assert peak_mb < 400, f"peak memory {peak_mb:.0f} MB: the import does not stream"
    ws = Workspace.open(workspace)
    assert ws.store.transaction_count() == 0
    ws.close()
