"""Fuzzing the importers: whatever the file holds, the outcome is a report or a clean refusal, and the
workspace is either unchanged or holds exactly the rows the report counts as new.

Every importer is fuzzed with 2,000 examples: the transactions CSV, each price format (date,close, Yahoo
Finance, CoinGecko, CoinMarketCap, mapped columns), the macro CSV and the IMF program JSON (through the
``reserve-desk import program`` command itself, in process: its exit code, messages and writes). Files are mostly
well formed with fuzzed values, so that a good share of the real (not dry-run) imports does write; each
example then deletes what it wrote, through the store, so that every example starts from the same workspace.
Strategies are built once, at import, and examples draw coarse choices: the fuzzing has to fit in CI's time.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import json
import math
import re
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop import cli
from desktop.core import domain as d
from desktop.core.domain import Wallet
from desktop.core.io.csv_source import DATE_ORDERS, DECIMALS, CsvOptions
from desktop.core.io.fields import InputError
from desktop.core.io.macro_csv import COLUMNS as MACRO_COLUMNS
from desktop.core.io.macro_csv import import_macro, read_macro
from desktop.core.io.plausibility import PlausibilityCheck
from desktop.core.io.prices_csv import PriceColumns, import_prices
from desktop.core.io.program_json import read_program
from desktop.core.io.transactions_csv import COLUMNS, import_transactions
from desktop.core.store.records import add_arrangement
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.slow

TODAY = dt.date(2026, 11, 27)
FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
cell = st.one_of(
    st.sampled_from(["", "0", "-1", "1.5", "1,5", "nan", "inf", "1e400", "2024-02-30", "2024-01-02", "31/12/2024",
                     "purchase", "sale", "transfer", "Cold", "Hot", "BTC", "\u00a0", '"', ";", "x" * 1200]),
    st.text(max_size=12),
)
row = st.lists(cell, min_size=0, max_size=13)
# near misses: values just outside what the importers accept, or right on their bounds
near_miss = st.sampled_from(["2009-01-02", "2009-01-03", "2026-11-28", "1899-12-31", "1900-01-01", "2099-01-01",
                             "0", "-0", "-1", "0.0000000001", "21000000", "21000000.1", "999999999999", "1e12",
                             "100000000000000", "1e14", "1e15", "1.234,5", "1,234.5", "1 234,5", "12,5", " 7 ",
                             "١٢", "2024-13-01", "2024-1-2", "02/30/2024", "30/02/2024", "SEED-1", "fixed", "pegged"])
spoiled = st.one_of(cell, near_miss)
OPTIONS = tuple(CsvOptions(order, decimal) for order in DATE_ORDERS for decimal in DECIMALS)
DRY_RUNS = (True, False, True, True)  # most examples are dry runs, a quarter real imports
ROOT = Path(tempfile.mkdtemp(prefix="fuzz-"))  # the workspaces (and their backups) and the fuzzed files
FILES = ROOT / "files"
FILES.mkdir()
_WORKSPACE: dict[str, Workspace] = {}


def event(what: str) -> None:
    """Count an outcome in Hypothesis's statistics; the regression tests call the same checks outside it."""
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


SCRAMBLE = 6_700_417  # a prime


@functools.cache
def ints(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@functools.cache
def one_of_these(values: tuple) -> st.SearchStrategy:
    return st.sampled_from(values)


def picks(**choices: tuple) -> st.SearchStrategy[SimpleNamespace]:
    """Several independent choices in one draw, as an index into their product: each draw costs time, and 2,000
    examples of each importer have to fit in CI. Hypothesis favours small indices, so the index is scrambled
    (times a prime, modulo the product) before it is split; it still shrinks towards the first of each choice."""
    total = math.prod(len(values) for values in choices.values())
    assert math.gcd(SCRAMBLE, total) == 1

    def pick(index: int) -> SimpleNamespace:
        index, chosen = index * SCRAMBLE % total, {}
        for name, values in choices.items():
            index, at = divmod(index, len(values))
            chosen[name] = values[at]
        return SimpleNamespace(**chosen)

    return st.sampled_from(range(total)).map(pick)


# ---- one seeded workspace per test -------------------------------------------------------------------------

DATA_TABLES = ("wallets", "transactions", "prices", "macro_inputs", "arrangements", "purchases", "sdr_rates",
               "quotas", "test_dates", "benchmarks")
UNDO_ORDER = ("purchases", "sdr_rates", "quotas", "test_dates", "benchmarks", "arrangements", "transactions", "prices",
              "macro_inputs", "wallets")  # rows that refer to others first
SEED_TRANSACTIONS = [  # Cold ends with 90 BTC, Hot with 60
    ["2020-01-02", "purchase", "Cold", "", "BTC", "100", "7000", "", "Seller", "SEED-1", ""],
    ["2020-01-03", "mining", "Hot", "", "BTC", "50", "", "", "", "SEED-2", ""],
    ["2021-05-01", "transfer", "Cold", "Hot", "BTC", "10", "", "1.5", "", "", "seed transfer"],
]
SEED_PRICE_DAYS = (dt.date(2020, 1, 2), dt.date(2021, 5, 1), dt.date(2024, 1, 2))
SEED_CLOSES = (6_985.47, 57_828.05, 45_897.57)  # BTC closes of those days: the seed must look like bitcoin
SEED_MACRO_DAYS = (dt.date(2020, 12, 31), dt.date(2024, 6, 30))
SEED_PROGRAM = {
    "name": "Seed program", "facility": "EFF", "approval_date": "2024-09-25", "months": 37, "access_sdr": 5.32e9,
    "quota_sdr": 2.03e9, "usd_per_sdr": 1.33, "sdr_rate": [{"from": "2024-09-25", "rate": 0.035}],
    "purchases": [{"date": "2024-09-30", "amount_sdr": 7.6e8, "status": "disbursed"}],
    "test_dates": [{"date": "2025-06-30", "nir_floor_usd": 1.0e9, "budget_support_baseline_usd": 2.0e8}],
    "benchmarks": [{"description": "No new BTC purchases", "type": "non_accumulation", "start_date": "2024-09-25"}],
}


def workspace(key: str = "shared") -> Workspace:
    """One workspace per test (``key``), seeded once through the importers: every example starts from it."""
    if key not in _WORKSPACE:
        folder = Path(tempfile.mkdtemp(prefix="workspace-", dir=ROOT))
        ws = Workspace.create(folder / "w.db", "empty")
        ws.store.db.conn.execute("PRAGMA synchronous = OFF")  # thousands of commits; durability is not tested here
        ws.add_wallet(Wallet(name="Cold", kind="cold"))
        ws.add_wallet(Wallet(name="Hot", kind="hot"))
        seed = folder / "seed.csv"
        seed.write_text("\n".join([",".join(COLUMNS)] + [",".join(r) for r in SEED_TRANSACTIONS]) + "\n")
        assert import_transactions(ws.store, seed, today=TODAY).written
        seed.write_text("date,close\n" + "".join(f"{day},{close}\n" for day, close in zip(SEED_PRICE_DAYS, SEED_CLOSES, strict=True)))
        assert import_prices(ws.store, seed, today=TODAY).written
        seed.write_text("date,close\n1990-01-02,400\n")
        assert import_prices(ws.store, seed, asset="XAU", today=TODAY).written
        seed.write_text(",".join(MACRO_COLUMNS) + "\n"
                        + "".join(f"{day},1e10,1e9,,,,5e9,,floating\n" for day in SEED_MACRO_DAYS))
        assert import_macro(ws.store, seed) == len(SEED_MACRO_DAYS)
        seed = seed.with_suffix(".json")
        seed.write_text(json.dumps(SEED_PROGRAM))
        with ws.store.transaction() as w:
            add_arrangement(w, read_program(seed))
        _WORKSPACE[key] = ws
    return _WORKSPACE[key]


@pytest.fixture(scope="module", autouse=True)
def _remove_workspaces():
    yield
    for ws in _WORKSPACE.values():
        ws.close()
    _WORKSPACE.clear()
    shutil.rmtree(ROOT, ignore_errors=True)


def count(ws: Workspace, table: str) -> int:
    return ws.store.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


COUNTS_SQL = "SELECT " + ", ".join(f"(SELECT count(*) FROM {table})" for table in DATA_TABLES)
LAST_ROWIDS_SQL = "SELECT " + ", ".join(f"(SELECT coalesce(max(rowid), 0) FROM {table})" for table in UNDO_ORDER)


def counts(ws: Workspace) -> dict[str, int]:
    return dict(zip(DATA_TABLES, ws.store.db.conn.execute(COUNTS_SQL).fetchone(), strict=True))


def assert_rows_added(ws: Workspace, before: dict[str, int], added: dict[str, int] | None = None) -> None:
    """No partial write: each table holds what it held plus exactly ``added`` (nothing on a refusal or dry run)."""
    assert counts(ws) == {table: n + (added or {}).get(table, 0) for table, n in before.items()}


@contextlib.contextmanager
def undone(ws: Workspace):
    """Whatever the import adds is deleted again afterwards, through the store so that the audit log records it,
    and whether or not the example failed, so that Hypothesis replays each example on the same workspace."""
    conn = ws.store.db.conn
    last = dict(zip(UNDO_ORDER, conn.execute(LAST_ROWIDS_SQL).fetchone(), strict=True))
    try:
        yield
    finally:
        now = dict(zip(UNDO_ORDER, conn.execute(LAST_ROWIDS_SQL).fetchone(), strict=True))
        doomed = []
        for table in (t for t in UNDO_ORDER if now[t] > last[t]):
            pks = ws.store.db[table].pks
            for values in conn.execute(f"SELECT {', '.join(pks)} FROM {table} WHERE rowid > ?", [last[table]]):
                doomed.append((table, values[0] if len(values) == 1 else tuple(values)))
        if doomed:
            with ws.store.transaction() as w:
                for table, key in doomed:
                    w.delete(table, key)


# ---- what a refusal and a report must say ------------------------------------------------------------------

WHOLE_FILE = re.compile(r"^(row \d+: )?(the (file|header|document) |line \d+, column \d+: not valid JSON)")


def names_a_field(problem: str, fields: set[str]) -> bool:
    """A data row's problem reads 'row N: field: reason' (the field "row" when its number of fields is wrong); a
    header problem (row 1) names columns; any other problem names a field; only problems with the file as a
    whole (empty, not UTF-8, not JSON, not an object) name none."""
    if WHOLE_FILE.match(problem):
        return True
    at_row = re.match(r"row (\d+): ", problem)
    if at_row and int(at_row.group(1)) > 1:
        return any(problem.startswith(f"{at_row.group(0)}{f}: ") for f in {*fields, "row"})
    if at_row:
        return "column" in problem or any(f in problem for f in fields if f)
    return any(f in problem for f in fields if f)


def assert_refusal_names_fields(exc: InputError, fields: set[str]) -> None:
    assert exc.problems, "a refusal lists its problems"
    for problem in exc.problems:
        assert isinstance(problem, str) and problem.strip(), exc.problems
        assert names_a_field(problem, fields), f"{problem!r} names no field"


def assert_problems_name_rows_and_fields(report, fields: set[str]) -> None:
    for p in report.invalid:
        assert isinstance(p.row, int) and p.row >= 0, p
        assert isinstance(p.field, str) and p.field in fields, p  # a column of the file, or "row" (its field count)
        assert isinstance(p.reason, str) and p.reason.strip(), p


def assert_whole_or_nothing(report, dry_run: bool, skip: bool) -> None:
    """A report's counts add up, and it is written only when wanted and acceptable as a whole."""
    assert report.dry_run == dry_run
    assert report.written == (not dry_run and not report.blocked and report.new > 0)
    if report.invalid and not skip:
        assert report.blocked and not report.written
    accounted = report.new + report.duplicates + len(report.invalid)
    if report.blocked:  # the balance check adds a problem for a row already counted as new
        assert accounted in (report.rows_read, report.rows_read + 1)
    else:
        assert accounted == report.rows_read


# ---- writing fuzzed CSV files ------------------------------------------------------------------------------

def write_csv(header: str, rows: list[list[str]], delimiter: str, name: str = "fuzz.csv") -> Path:
    path = FILES / name  # one file per test, rewritten by each example
    path.write_text("\n".join([header] + [delimiter.join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


def is_blank(cells: list[str]) -> bool:
    return not cells or (len(cells) == 1 and not cells[0].strip())


QUOTING = (True, True, True, False)  # False: values are written as they are, delimiters and quotes and all
# how a file can go wrong as a whole; None leaves it as written
MANGLES = (None,) * 24 + ("bom", "blank lines", "crlf", "utf-16", "latin-1", "nul", "empty", "header only")


def write_table(name: str, header: list[str], rows: list[list[str]], delimiter: str, quoted: bool,
                mangle: str | None) -> tuple[Path, int | None]:
    """Write a CSV file; return it and, when the csv module reads it back as written, its number of data rows."""
    if quoted:
        buffer = io.StringIO()
        ends = "\r\n" if any("\r" in c for r in rows for c in r) else "\n"  # the writer quotes only these
        csv.writer(buffer, delimiter=delimiter, lineterminator=ends).writerows([header, *rows])
        text = buffer.getvalue()
    else:
        text = "\n".join(delimiter.join(r) for r in [header, *rows]) + "\n"
    data_rows = sum(not is_blank(r) for r in rows) if quoted else None
    if mangle == "bom":
        text = "\ufeff" + text
    elif mangle == "blank lines":
        text = text.replace("\n", "\n\n")
    elif mangle == "crlf":
        text, data_rows = text.replace("\n", "\r\n"), None
    elif mangle == "header only":
        text, data_rows = text.split("\n", 1)[0] + "\n", 0
    data = text.encode("utf-8")
    if mangle == "utf-16":
        data = text.encode("utf-16")
    elif mangle == "latin-1":
        data += "1,\xe9t\xe9\n".encode("latin-1")
    elif mangle == "nul":
        data += b"\0\n"
    elif mangle == "empty":
        data = b""
    if mangle in ("utf-16", "latin-1", "nul", "empty"):
        data_rows = None
    path = FILES / name
    path.write_bytes(data)
    return path, data_rows


def day_text(day: dt.date, order: str) -> str:
    if order == "iso":
        return day.isoformat()
    first, second = (day.day, day.month) if order == "dmy" else (day.month, day.day)
    return f"{first:02d}/{second:02d}/{day.year:04d}"


NUMBER_STYLES = (0, 1, 0, 2, 3)  # repr, 2 decimals, thousands separators, exponent


def number_text(value: float, decimal: str, style: int) -> str:
    text = (repr(value), f"{value:.2f}", f"{value:,.2f}", f"{value:.6e}")[style]
    return text.translate(str.maketrans(",.", ".,")) if decimal == "comma" else text


# Changes to a header (a blank column name has its own test below).
HEADER_CHANGES = ("as is",) * 15 + ("shuffled", "upper case", "column dropped", "extra column", "column twice")
# The choices of a whole CSV file; each test adds its own.
CSV_FILE = {"dry_run": DRY_RUNS, "clean": (True, False), "mangle": MANGLES, "opts": OPTIONS, "style": NUMBER_STYLES,
            "header": HEADER_CHANGES, "quoted": QUOTING, "skip": (False, True), "rows": (1, 2, 3, 4)}


def draw_header(draw, columns: tuple[str, ...], how: str) -> list[tuple[str, str | None]]:
    """The header as (label, column it holds): as is, reordered, shouted, short of a column or with one too many."""
    cols = [(c, c) for c in columns]
    if how == "shuffled":
        cols = draw(st.permutations(cols))
    elif how == "upper case":
        cols = [(label.upper(), key) for label, key in cols]
    elif how == "column dropped":
        cols.pop(draw(ints(0, len(cols) - 1)))
    elif how == "extra column":
        cols.insert(draw(ints(0, len(cols))), (draw(one_of_these(("extra", "Comment", " x "))), None))
    elif how == "column twice":
        cols.append(cols[draw(ints(0, len(cols) - 1))])
    return cols


def layout(rec: dict[str, str], header: list[tuple[str, str | None]]) -> list[str]:
    return [rec.get(key, "x") if key else "x" for _, key in header]


ROW_FATES = ("whole",) * 6 + ("spoiled",) * 2 + ("ragged", "garbage")


def draw_rows(draw, records: st.SearchStrategy, header, clean: bool, count: int) -> list[list[str]]:
    """Rows laid out under ``header``: ``records`` gives (record, fate), and unless the file is ``clean`` the fate
    may spoil a value or give the row the wrong number of fields."""
    rows = []
    for _ in range(count):
        rec, fate = draw(records)
        fate = "whole" if clean else fate
        if fate == "spoiled":
            rec[draw(one_of_these(tuple(sorted(rec))))] = draw(spoiled)
        cells = layout(rec, header)
        if fate == "ragged":
            cells = cells[:-1] if len(cells) % 2 else [*cells, ""]
        elif fate == "garbage":
            cells = draw(row)
        rows.append(cells)
    return rows


def dated(day: dt.date, stamp: str | None, opts: CsvOptions) -> str:
    """A date as a file has it: in the user's date order, or stamped the vendor's way (ISO, whatever the order)."""
    return stamp.format(day.isoformat()) if stamp else day_text(day, opts.date_order)


# ---- transactions ------------------------------------------------------------------------------------------

@FUZZ
@given(rows=st.lists(row, max_size=8), delimiter=st.sampled_from([",", ";"]), skip=st.booleans())
def test_transaction_import_never_crashes_or_half_writes(rows, delimiter, skip):
    ws = workspace()
    before = counts(ws)
    path = write_csv(delimiter.join(COLUMNS), rows, delimiter)
    try:
        report = import_transactions(ws.store, path, dry_run=True, skip_invalid=skip, today=TODAY)
    except InputError as exc:
        assert_refusal_names_fields(exc, set(COLUMNS))
    else:
        assert_problems_name_rows_and_fields(report, {*COLUMNS, "row"})
        assert_whole_or_nothing(report, True, skip)
    assert_rows_added(ws, before)


TEXTS = (("", "", ""), ("", "R-1", ""), ("", "R-2", "a note"), ("Exchange A", "", ""), ("", "SEED-1", ""),
         ("Banco Central", "SEED-2", "é ü ñ"), ("x" * 1000, "R-1", "x" * 1000), ("a,b", "", 'say "hi"'))
transaction_rows = st.tuples(
    picks(kind=d.TRANSACTION_KINDS, spelling=(str.lower, str.lower, str.upper, lambda k: f" {k.title()} "),
          wallets=(("Cold", "Hot"), ("Hot", "Cold")), asset=("", "BTC", "btc"),
          fee=(None, None, None, 0.0, 0.5, 12.25, 499.99),  # None: no fee, and no price unless the kind needs one
          texts=TEXTS, fate=ROW_FATES),
    st.dates(d.GENESIS_DATE, TODAY), st.floats(1e-8, 120), st.floats(0.01, 2e5))


@functools.cache
def transaction_records(opts: CsvOptions, style: int) -> st.SearchStrategy[tuple[dict[str, str], str]]:
    def record(values) -> tuple[dict[str, str], str]:
        c, day, quantity, price = values
        (wallet, other), (counterparty, reference, note) = c.wallets, c.texts
        return {
            "date": day_text(day, opts.date_order), "kind": c.spelling(c.kind), "wallet": wallet,
            "to_wallet": other if c.kind == "transfer" else "", "asset": c.asset,
            "quantity": number_text(quantity, opts.decimal, style),
            "price_usd": number_text(price, opts.decimal, style) if c.kind in d.PRICED_KINDS or c.fee is None else "",
            "fee_usd": "" if c.fee is None else number_text(c.fee, opts.decimal, style),
            "counterparty": counterparty, "reference": reference, "note": note,
        }, c.fate

    return transaction_rows.map(record)


transaction_file = picks(**CSV_FILE, delimiter=(",", ";", ",", "\t"), twice=(False,) * 9 + (True,))


@st.composite
def transaction_files(draw):
    f = draw(transaction_file)
    header = draw_header(draw, COLUMNS, f.header)
    rows = draw_rows(draw, transaction_records(f.opts, f.style), header, f.clean, f.rows)
    if f.twice:
        rows.append(list(rows[0]))  # a row twice: the second is a duplicate, or its reference is used twice
    return f, header, rows


@FUZZ
@given(case=transaction_files())
def test_transaction_import_of_fuzzed_ledgers_writes_all_it_reports_or_nothing(case):
    f, header, rows = case
    ws = workspace("transactions")
    before = counts(ws)
    path, data_rows = write_table("ledger.csv", [label for label, _ in header], rows, f.delimiter, f.quoted, f.mangle)
    with undone(ws):
        try:
            report = import_transactions(ws.store, path, f.opts, dry_run=f.dry_run, skip_invalid=f.skip, today=TODAY)
        except InputError as exc:
            event("refused")
            assert_refusal_names_fields(exc, {*COLUMNS, *(label.strip() for label, _ in header)})
            assert_rows_added(ws, before)
            return
        event("written" if report.written else "dry run" if f.dry_run else "not written")
        assert_problems_name_rows_and_fields(report, {*COLUMNS, "row"})
        assert_whole_or_nothing(report, f.dry_run, f.skip)
        if data_rows is not None:
            assert report.rows_read == data_rows
        assert_rows_added(ws, before, {"transactions": report.new if report.written else 0})


# ---- prices ------------------------------------------------------------------------------------------------

@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=3), max_size=8), header=st.sampled_from(
    ["date,close", "Date,Open,High,Low,Close,Adj Close,Volume", "snapped_at,price,market_cap,total_volume", "a,b"]),
    dry_run=st.sampled_from(DRY_RUNS))
def test_price_import_never_crashes_and_writes_exactly_what_it_reports(rows, header, dry_run):
    ws = workspace()
    before = counts(ws)
    path = write_csv(header, rows, ",")
    with undone(ws):
        try:
            report = import_prices(ws.store, path, dry_run=dry_run, today=TODAY)
        except InputError as exc:
            assert_refusal_names_fields(exc, set(header.split(",")))
            assert_rows_added(ws, before)
            return
        assert_problems_name_rows_and_fields(report, {*header.split(","), "row"})
        assert_whole_or_nothing(report, dry_run, False)
        assert_rows_added(ws, before, {"prices": report.new if report.written else 0})


# Each vendor format: its header, delimiter, date and close columns, and how its rows stamp the date (vendor
# exports carry ISO times whatever the user's date order; a plain date,close file follows that order).
PRICE_FORMATS = {
    "date,close": (("date", "close"), ",", "date", "close", None),
    "Yahoo Finance": (("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"), ",", "Date", "Close", "{}"),
    "CoinGecko": (("snapped_at", "price", "market_cap", "total_volume"), ",", "snapped_at", "price",
                  "{} 00:00:00 UTC"),
    "CoinMarketCap": (("timeOpen", "timeClose", "timeHigh", "timeLow", "name", "open", "high", "low", "close",
                       "volume", "marketCap", "timestamp"), ";", "timeOpen", "close", "{}T00:00:00.000Z"),
}
# Headers to map by hand: odd names, scripts, spaces and look-alikes of the vendors' columns.
MAPPED_HEADERS = (("Fecha", "Cierre"), ("day", "value", "note"), ("Дата", "Закрытие"), ("التاريخ", "الإغلاق"),
                  ("日付", "終値", "出来高"), ("d", "c"), ("When ", " Last price"), ("💰 date", "💰 close"),
                  ("Date ", "Close*", "Adj Close**"), ("date", "price"), ("x" * 200, "y"), ("close", "date"))
ASSETS = ("BTC", "BTC", "BTC", "btc", " XAU ", "eth", "", "X" * 13, "\u00df" * 6, "\u00df" * 7)
PRICE_FILE = {**CSV_FILE, "asset": ASSETS, "seed_day": (None,) * 5 + SEED_PRICE_DAYS, "twice": (False, True),
              "ohlcv": (False, True), "accept": (True, True, False)}  # accept: an implausible series, once asked
price_rows = st.tuples(one_of_these(ROW_FATES), st.dates(d.GENESIS_DATE, TODAY), st.floats(0.01, 999999999999.0))


@functools.cache
def price_records(columns: tuple[str, ...], date_column: str, close_column: str, stamp: str | None,
                  opts: CsvOptions, style: int) -> st.SearchStrategy[tuple[dict[str, str], str]]:
    def record(values) -> tuple[dict[str, str], str]:
        fate, day, close = values
        return {**dict.fromkeys(columns, "1"), date_column: dated(day, stamp, opts),
                close_column: number_text(close, opts.decimal, style)}, fate

    return price_rows.map(record)


@functools.cache
def price_file_choices(fmt: str) -> st.SearchStrategy[SimpleNamespace]:
    if fmt != "mapped columns":
        return picks(**PRICE_FILE)
    return picks(**PRICE_FILE, columns=MAPPED_HEADERS, stamp=(None, None, "{}", "{}T00:00:00Z"),
                 named=("as is",) * 5 + ("upper case", "missing"), delimiter=(",", ";", "\t"), reversed=(False, True))


@functools.cache
def price_files(fmt: str) -> st.SearchStrategy:
    return _price_files(fmt)


@st.composite
def _price_files(draw, fmt: str):
    """The choices, header, rows, delimiter and columns to name (or None) of a file in one price format."""
    f = draw(price_file_choices(fmt))
    mapping = None
    if fmt == "mapped columns":
        columns, delimiter, stamp = tuple(c.strip() for c in f.columns), f.delimiter, f.stamp
        date_column, close_column = columns[0], columns[1]
        named = {"as is": date_column, "upper case": date_column.upper(), "missing": "missing"}[f.named]
        mapping = PriceColumns(named, close_column, "Bank export", vendor_iso=stamp is not None)
        header = [(c, c) for c in reversed(columns)] if f.reversed else [(c, c) for c in columns]
    else:
        columns, delimiter, date_column, close_column, stamp = PRICE_FORMATS[fmt]
        header = draw_header(draw, columns, f.header)
        if fmt == "date,close" and f.ohlcv:  # any other columns are ignored
            header += [("volume", "volume"), ("Open", "Open")]
            columns = (*columns, "volume", "Open")
    records = price_records(tuple(columns), date_column, close_column, stamp, f.opts, f.style)
    rows = draw_rows(draw, records, header, f.clean, f.rows)
    if f.seed_day:  # a date the workspace has (a duplicate), and maybe one the file has twice (refused)
        rec, _ = draw(records)
        rec[date_column] = dated(f.seed_day, stamp, f.opts)
        rows.append(layout(rec, header))
        if f.twice:
            rows.append(list(rows[0]))
    return f, [label.strip() for label, _ in header], rows, delimiter, mapping


@pytest.mark.parametrize("fmt", [*PRICE_FORMATS, "mapped columns"])
@FUZZ
@given(data=st.data())
def test_price_import_of_each_format_writes_all_it_reports_or_nothing(fmt, data):
    f, header, rows, delimiter, mapping = data.draw(price_files(fmt), label="file")
    ws = workspace(f"prices {fmt}")
    before = counts(ws)
    path, data_rows = write_table("prices.csv", header, rows, delimiter, f.quoted, f.mangle)
    fields = set(header) | ({mapping.date, mapping.close} if mapping else set())
    with undone(ws):
        try:
            report = import_prices(ws.store, path, f.opts, asset=f.asset, columns=mapping, dry_run=f.dry_run,
                                   skip_invalid=f.skip, today=TODAY, accept_implausible=f.accept)
        except InputError as exc:
            event("refused")
            assert_refusal_names_fields(exc, fields | {"asset"})
            assert_rows_added(ws, before)
            return
        event("written" if report.written else "dry run" if f.dry_run else "not written")
        if mapping is None and {n.lower() for n in PRICE_FORMATS[fmt][0]} <= {c.lower() for c in header}:
            assert report.format == fmt  # recognised by its header
        assert_problems_name_rows_and_fields(report, fields | {"row"})
        assert_whole_or_nothing(report, f.dry_run, f.skip)
        if report.implausible:  # the evidence is said; without the user's yes nothing is written
            event("implausible")
            assert report.implausible.strip() and report.implausible in report.summary()
            assert f.accept or (report.blocked and not report.written)
        if data_rows is not None:
            assert report.rows_read == data_rows
        assert_rows_added(ws, before, {"prices": report.new if report.written else 0})


# Regression: a header with a blank column name (a trailing delimiter, as spreadsheets export) once made every
# row look like a row of the wrong width, refused with an empty reason.
@pytest.mark.parametrize("text", ["date,close,\n2011-02-03,0.9,\n", "date,,close\n2011-02-03,note,0.9\n"])
def test_price_import_of_a_file_with_a_blank_column_name(text):
    ws = workspace("prices blank column")
    path = FILES / "blank.csv"
    path.write_text(text)
    before = counts(ws)
    with undone(ws):
        report = import_prices(ws.store, path, today=TODAY)
        assert_problems_name_rows_and_fields(report, {"date", "close", "row"})
        assert report.written and report.new == 1
        assert_rows_added(ws, before, {"prices": 1})


# ---- macro inputs ------------------------------------------------------------------------------------------

SCALES = (1.0, 0.3, 0.1, 2.0, 0.5, 0.6, 0.05)  # of one drawn amount, for the seven amount columns
macro_rows = st.tuples(
    picks(given=((True,) * 7, (True, False) * 3 + (True,), (False, True) * 3 + (False,), (False,) * 7),
          regime=("", "", "fixed", "floating", " Floating ", "FIXED"), fate=ROW_FATES),
    st.dates(dt.date(1950, 1, 1), dt.date(2026, 6, 30)), st.floats(0, 5e13))


@functools.cache
def macro_records(opts: CsvOptions, style: int) -> st.SearchStrategy[tuple[dict[str, str], str]]:
    def record(values) -> tuple[dict[str, str], str]:
        c, day, amount = values
        amounts = {name: number_text(amount * scale, opts.decimal, style) if there else ""
                   for name, scale, there in zip(MACRO_COLUMNS[1:-1], SCALES, c.given, strict=True)}
        return {"date": day_text(day, opts.date_order), **amounts, "regime": c.regime}, c.fate

    return macro_rows.map(record)


macro_file = picks(**{**CSV_FILE, "dry_run": (True, False)}, delimiter=(",", ";", "\t"),
                   seed_day=(None,) * 16 + SEED_MACRO_DAYS)


@st.composite
def macro_files(draw):
    f = draw(macro_file)
    header = draw_header(draw, MACRO_COLUMNS, f.header)
    rows = draw_rows(draw, macro_records(f.opts, f.style), header, f.clean, f.rows)
    if f.seed_day:  # a date already in the workspace: the whole file is refused
        rec, _ = draw(macro_records(f.opts, f.style))
        rows.append(layout({**rec, "date": day_text(f.seed_day, f.opts.date_order)}, header))
    return f, header, rows


@FUZZ
@given(case=macro_files())
def test_macro_import_writes_the_whole_file_or_nothing(case):
    f, header, rows = case
    ws = workspace("macro")
    before = counts(ws)
    path, data_rows = write_table("macro.csv", [label for label, _ in header], rows, f.delimiter, f.quoted, f.mangle)
    with undone(ws):
        try:
            if f.dry_run:  # the macro importer has no dry run: reading the file is its check
                written = len(read_macro(path, f.opts, today=TODAY))
            else:
                written = import_macro(ws.store, path, f.opts)
        except InputError as exc:
            event("refused")
            assert_refusal_names_fields(exc, {*MACRO_COLUMNS, *(label.strip() for label, _ in header)})
            assert_rows_added(ws, before)
            return
        event("dry run" if f.dry_run else "written")
        if data_rows is not None:
            assert written == data_rows  # all the file's rows, or none
        assert_rows_added(ws, before, {} if f.dry_run else {"macro_inputs": written})


# ---- IMF program JSON --------------------------------------------------------------------------------------

PROGRAM_KEYS = {"name", "facility", "approval_date", "months", "access_sdr", "quota_sdr", "usd_per_sdr",
                "charges_policy", "repayment", "purchases", "test_dates", "benchmarks", "sdr_rate", "source", "note"}
PROGRAM_PROBLEM = re.compile(r"^(?P<key>[a-z_]+)(\[\d+\])?(\.[a-z_]+)?: \S")
MISSING = object()
# Values the parser once accepted and the schema refused: on the bounds, or text that SQLite
# measures as empty because it starts with a NUL character.
BUG_VALUES = {100, 10 ** 13, 10 ** 14, -(10 ** 14)}
texts = st.text(max_size=8).filter(lambda t: not t.strip().startswith("\x00"))
json_scalars = st.one_of(st.none(), st.booleans(), texts, st.integers(-(2 ** 70), 2 ** 70).filter(
    lambda v: v not in BUG_VALUES), st.floats().filter(lambda v: v not in BUG_VALUES))
any_json = st.recursive(json_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                            st.dictionaries(texts, inner, max_size=3)),
                        max_leaves=8)
# wrong in kind or in range (or missing)
junk = st.one_of(st.sampled_from([MISSING, None, True, False, 0, -1, -0.0, 1e308, -1e308, float("nan"),
                                  float("inf"), float("-inf"), "", " ", "2024-02-30", "20240101", "2024-1-1",
                                  "31/12/2024", "2024-W01-1", "x" * 5000, [], {}, [1], {"a": 1}, "EFF ", "eff",
                                  12.5, 10 ** 30]), json_scalars)
# and the values that once made the importer crash: bounds the schema refuses, integers too large
# for a float, text SQLite measures as empty or cannot store (a lone surrogate), a source or note not short text
bug_junk = st.one_of(junk, st.sampled_from([10 ** 400, -(10 ** 400), 1e13, 100, 1e14, -1e14, "\ud800", "a\udfff",
                                            "\x00P"]))
bug_text = st.sampled_from([5, True, [], {}, "x" * 4001, "\ud800", "IMF staff report", ""])
NAMES = ("P", "EFF 2024", "Seed program", "Programa de Servicio Ampliado", "برنامج", "プログラム", "🏦 EFF", "x" * 200,
         "  padded  ", "tab\tinside", "new\nline", "P\x00 inner nul")
# Fields of the document that a spoiled document gets junk in (for a list, in each of its items).
SPOILABLE = ("name", "facility", "approval_date", "months", "access_sdr", "quota_sdr", "usd_per_sdr", "charges_policy",
             "repayment.installments", "repayment.months_between", "repayment.first_after_months", "purchases.date",
             "purchases.amount_sdr", "purchases.status", "test_dates.date", "test_dates.nir_floor_usd",
             "test_dates.budget", "benchmarks.description", "benchmarks.type", "benchmarks.status",
             "benchmarks.start_date", "benchmarks.due_date", "sdr_rate.rate", "purchases", "test_dates", "benchmarks",
             "sdr_rate", "repayment")
SPOILS = ((),) * len(SPOILABLE) + tuple((f,) for f in SPOILABLE) + tuple(zip(SPOILABLE, SPOILABLE[5:], strict=False))
TEST_DATE_EXTRAS = ((), ("budget_support_baseline_usd",), ("budget_support_baseline_usd", "adjustor_cap_usd"),
                    ("budget_support_baseline_usd", "adjustor_cap_usd", "budget_support_actual_usd"))
SOURCES = ((), ("source",), ("note",), ("source", "note"), (), ())
program_shape = picks(spoil=SPOILS, facility=d.FACILITIES, policy=(MISSING, *d.CHARGES_POLICIES), name=NAMES,
                      purchases=(0, 1, 2, 3), benchmarks=(0, 1, 2), rates=("missing", "flat", "steps"),
                      repayment=(False, False, False, True), sources=SOURCES)
purchase_shape = picks(status=d.PURCHASE_STATUSES, percent=(1, 5, 10, 25), sources=SOURCES)
test_date_shape = picks(extras=TEST_DATE_EXTRAS, sources=SOURCES)
benchmark_shape = picks(type=(MISSING, *d.BENCHMARK_TYPES), status=(MISSING, *d.BENCHMARK_STATUSES),
                        start=(False, True), due=(False, True), sources=SOURCES, description=NAMES)
day_offsets = st.lists(st.integers(0, 2000), max_size=3, unique=True)


@st.composite
def program_documents(draw, bugs: bool):
    """A program whose values are valid except, in a spoiled document, one or two fields that hold junk."""
    shape = draw(program_shape)
    bad = bug_junk if bugs else junk

    def value(field: str, valid):
        return draw(bad) if field in shape.spoil else valid

    def sources(item: dict, wanted: tuple[str, ...]) -> dict:
        for key in wanted:
            item[key] = draw(bug_text) if bugs and shape.spoil else "IMF staff report"
        return item

    approval = dt.date(2000, 1, 1) + dt.timedelta(days=draw(ints(0, 11_000)))

    def day(field: str, offset: int) -> str:
        return value(field, (approval + dt.timedelta(days=offset)).isoformat())

    access = value("access_sdr", draw(money(0, 1e13)))
    doc = {"name": value("name", shape.name), "facility": value("facility", shape.facility),
           "approval_date": day("approval_date", 0), "months": value("months", draw(ints(1, 120))),
           "access_sdr": access, "quota_sdr": value("quota_sdr", draw(money(0, 1e13))),
           "usd_per_sdr": value("usd_per_sdr", draw(money(0, 100))),
           "charges_policy": value("charges_policy", shape.policy)}
    if shape.facility == "custom" or shape.repayment:
        doc["repayment"] = {"installments": value("repayment.installments", 12),
                            "months_between": value("repayment.months_between", 6),
                            "first_after_months": value("repayment.first_after_months", 54)}
    share = access if isinstance(access, float) and 0 < access < 1e13 else 1e6
    doc["purchases"] = []
    for _ in range(shape.purchases):
        p = draw(purchase_shape)
        doc["purchases"].append(sources({
            "date": day("purchases.date", draw(ints(0, 2000))),
            "amount_sdr": value("purchases.amount_sdr", share * p.percent / 100),
            "status": value("purchases.status", p.status)}, p.sources))
    doc["test_dates"] = []
    for offset in draw(day_offsets):
        t = draw(test_date_shape)
        doc["test_dates"].append(sources({
            "date": day("test_dates.date", offset),
            "nir_floor_usd": value("test_dates.nir_floor_usd", draw(money(-1e14, 1e14))),
            **{key: value("test_dates.budget", draw(money(0, 1e14))) for key in t.extras}}, t.sources))
    doc["benchmarks"] = []
    for _ in range(shape.benchmarks):
        b = draw(benchmark_shape)
        item = {"description": value("benchmarks.description", b.description),
                "type": value("benchmarks.type", b.type), "status": value("benchmarks.status", b.status)}
        if b.type == "non_accumulation" or b.start:
            item["start_date"] = day("benchmarks.start_date", 0)
        if b.due:
            item["due_date"] = day("benchmarks.due_date", draw(ints(0, 2000)))
        doc["benchmarks"].append(sources(item, b.sources))
    if shape.rates == "flat":
        doc["sdr_rate"] = value("sdr_rate.rate", draw(sdr_rates))
    elif shape.rates == "steps":
        doc["sdr_rate"] = [{"from": (approval + dt.timedelta(days=n)).isoformat(),
                            "rate": value("sdr_rate.rate", draw(sdr_rates))} for n in draw(day_offsets)]
    sources(doc, shape.sources)
    for key in ("purchases", "test_dates", "benchmarks", "sdr_rate", "repayment"):
        if key in shape.spoil:  # a list or an object where another is wanted
            doc[key] = draw(bad)

    def prune(node):  # drop what is marked missing
        if isinstance(node, dict):
            return {k: prune(v) for k, v in node.items() if v is not MISSING}
        if isinstance(node, list):
            return [prune(v) for v in node if v is not MISSING]
        return node

    return prune(doc)


sdr_rates = st.floats(0, 0.5)


@functools.cache
def money(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, exclude_min=True, exclude_max=True)  # the schema's bounds are exclusive


PROGRAM_DOCUMENTS = {bugs: program_documents(bugs) for bugs in (False, True)}
FILE_SHAPES = ("program",) * 12 + ("any JSON", "truncated", "not UTF-8", "BOM", "empty")
PROGRAM_FILE_SHAPES = {False: picks(shape=FILE_SHAPES, ascii_only=(True, False)),
                       True: picks(shape=(*FILE_SHAPES, "deep", "long integer"), ascii_only=(True, False))}


@st.composite
def program_files(draw, bugs: bool) -> tuple[bytes, object]:
    """The bytes of a program file and the document they hold (MISSING when they hold no JSON document)."""
    f = draw(PROGRAM_FILE_SHAPES[bugs])
    shape = f.shape
    doc = draw(any_json) if shape == "any JSON" else draw(PROGRAM_DOCUMENTS[bugs])
    data = json.dumps(doc, ensure_ascii=f.ascii_only).encode("utf-8", "surrogatepass")
    if shape == "truncated":
        return data[: draw(ints(0, max(len(data) - 1, 0)))], MISSING
    if shape == "not UTF-8":
        return b"\xff" + data, MISSING
    if shape == "empty":
        return b"", MISSING
    if shape == "deep":
        return b"[" * 5000 + b"]" * 5000, MISSING
    if shape == "long integer":
        return data.rstrip(b"}") + b', "months": 1' + b"0" * 5000 + b"}", MISSING
    return (b"\xef\xbb\xbf" + data if shape == "BOM" else data), doc


def import_program(ws: Workspace, path: Path, dry_run: bool) -> tuple[int, str, str]:
    """``reserve-desk import program`` on the workspace's file, run in this process (a process shares its hold
    on a workspace, so the CLI opens it beside the test's connection): exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["import", "program", str(path), "--workspace", str(ws.path), *(["--dry-run"] if dry_run else [])])
    return code, out.getvalue(), err.getvalue()


def check_program_import(ws: Workspace, data: bytes, doc, dry_run: bool) -> None:
    path = FILES / "program.json"
    path.write_bytes(data)
    before = counts(ws)
    with undone(ws):
        code, out, err = import_program(ws, path, dry_run)
        assert code in (0, cli.EXIT_INPUT) and "internal error" not in err, err
        if code:
            event("refused")
            problems = err.splitlines()
            assert problems, "a refusal lists its problems"
            for problem in problems:
                found = PROGRAM_PROBLEM.match(problem)
                assert WHOLE_FILE.match(problem) or (found and found.group("key") in PROGRAM_KEYS), \
                    f"{problem!r} names no field"
            assert_rows_added(ws, before)
            return
        result = json.loads(out)
        assert result["what"] == "program" and result["written"] == (not dry_run) and not err
        event("dry run" if dry_run else "written")
        if dry_run:
            if isinstance(doc, dict):
                assert result["purchases"] == len(doc.get("purchases", []))
            assert_rows_added(ws, before)
            return
        stored = [a for a in ws.store.arrangements() if a.name == result["name"]]
        assert len(stored) == 1 and len(stored[0].purchases) == result["purchases"]
        arrangement = stored[0]
        # the seeded workspace has no quota and no SDR-rate path: an accepted file brings its own to them
        rates, quotas = len(ws.store.member().sdr_rates), len(ws.store.member().quotas)
        if isinstance(doc, dict):  # accepted whole: no item of the document was dropped
            for key, got in (("purchases", arrangement.purchases), ("test_dates", arrangement.test_dates),
                             ("benchmarks", arrangement.benchmarks)):
                assert len(got) == len(doc.get(key, [])), key
            steps = doc.get("sdr_rate")
            assert rates == (len(steps) if isinstance(steps, list) else int(steps is not None))
            assert quotas == int(doc.get("quota_sdr") is not None)
        assert_rows_added(ws, before, {
            "arrangements": 1, "purchases": len(arrangement.purchases), "sdr_rates": rates, "quotas": quotas,
            "test_dates": len(arrangement.test_dates), "benchmarks": len(arrangement.benchmarks)})


@FUZZ
@given(case=program_files(bugs=True), dry_run=st.booleans())
def test_program_import_never_crashes_or_half_writes(case, dry_run):
    check_program_import(workspace("program"), *case, dry_run)


def _program(**changes) -> bytes:
    return json.dumps({**SEED_PROGRAM, "name": "Bug", **changes}).encode()


# Regressions found by the fuzzing above: each once crashed instead of being refused by name.
@pytest.mark.parametrize("data", [
    pytest.param(_program(access_sdr=1e13), id="access 1e13"),
    pytest.param(_program(usd_per_sdr=100), id="usd_per_sdr 100"),
    pytest.param(_program(test_dates=[{"date": "2025-06-30", "nir_floor_usd": 1e14}]), id="nir floor 1e14"),
    pytest.param(_program(name="\x00P"), id="name starting with NUL"),
    pytest.param(_program(purchases=[{"date": "2024-09-30", "amount_sdr": 1, "status": "planned", "source": 5}]),
                 id="purchase source 5"),
    pytest.param(_program(note=5), id="note 5"),
    pytest.param(_program(access_sdr=10 ** 400), id="access 10**400"),
    pytest.param(_program(name="\ud800"), id="lone surrogate"),
    pytest.param(_program()[:-1] + b', "quota_sdr": 1' + b"0" * 5000 + b"}", id="5001-digit integer"),
    pytest.param(b"[" * 5000, id="deep nesting"),
])
def test_program_import_regression(data):
    check_program_import(workspace("program"), data, MISSING, dry_run=False)


# ---- the plausibility of a price series (core.io.plausibility) ---------------------------------------------

STORED_DAYS = tuple(dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(40))
STORED = {day.isoformat(): 40_000.0 + 500 * i for i, day in enumerate(STORED_DAYS)}
series = st.lists(st.tuples(st.dates(d.GENESIS_DATE, TODAY), st.floats(1e-9, 1e12)), max_size=30)


@FUZZ
@given(rows=series, asset=st.sampled_from(["BTC", "XAU"]), stored=st.booleans())
def test_the_plausibility_check_never_crashes_and_gives_evidence_in_words(rows, asset, stored):
    check = PlausibilityCheck(asset, STORED if stored else {})
    for day, close in rows:
        check.add(day.isoformat(), close)
    evidence = check.evidence
    assert evidence is None or (isinstance(evidence, str) and evidence.strip() and "\n" not in evidence)
    if asset != "BTC" and not (stored and check.ratios):
        assert evidence is None  # another asset is judged only against its own stored closes


@FUZZ
@given(factor=st.floats(1 / 2.9, 2.9), noise=st.lists(st.floats(0.98, 1.02), min_size=40, max_size=40),
       wild=st.floats(3.1, 1e6), down=st.booleans())
def test_a_series_near_the_stored_one_passes_and_one_far_from_it_is_caught(factor, noise, wild, down):
    near, far = PlausibilityCheck("BTC", STORED), PlausibilityCheck("BTC", STORED)
    for (day, close), jitter in zip(STORED.items(), noise, strict=True):
        near.add(day, close * factor * jitter / 1.02 if factor > 1 else close * factor * jitter / 0.98)
        far.add(day, close / wild if down else close * wild)
    assert near.evidence is None
    assert far.evidence is not None and "times the stored BTC closes" in far.evidence
