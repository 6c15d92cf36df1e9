"""Fuzzing the chain statement importers (Esplora JSON, Bitcoin Core JSON, CSV) through ``ws.import_chain``.

Whatever the files hold (any bytes; JSON of the right shape with wrong types, huge or negative numbers, NaN and
other decimals, deep nesting, missing fields; CSV with any cells), the import either succeeds or is refused with
InputError whose every problem names the file, and the place and field when the problem is in an entry or a row;
nothing else is raised, and a refused import leaves the workspace as it was (audit log and tables). Imports that
succeed for real are deleted again through the store, so every example starts from the same workspace.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.workspace import Workspace

TODAY = dt.date(2026, 11, 30)
FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
A1 = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP-84's first receive address (Cold)
A2 = "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"  # its first change address (Cold)
B1 = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"  # BIP-86's first address (Hot)
OUT = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # someone else's
ADDRESSES = (A1, A2, B1, OUT, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
T0 = 1_738_000_000  # 2025-01-27 UTC
SEED_TXIDS = (f"{1:064x}", f"{2:064x}")
TABLES = ("chain_files", "chain_transactions", "chain_views", "addresses", "descriptors", "wallets", "transactions")
UNDO = ("chain_views", "chain_transactions", "chain_files", "addresses")  # rows that refer to others first
# A problem reads "file: where: field: reason"; "where" is an entry ("[3]") or a row ("row 4"); a problem with the
# file as a whole names no place, and one found merging files names the transaction.
FIELD = r"(txid|transaction|entry|status(\.\w+)?|v(in|out)(\[\d+\])?(\.\w+)*|fee|category|confirmations|blocktime" \
        r"|blockheight|block_height|amount|address|block_time|delta_sat|row|send entries|(in|out)put \d+ of transaction)"
NUMBERS = re.compile(r"[0-9a-f]{64}|[0-9,]+|bc1\w+")  # left out of the statistics of refusals
IN_PLACE = re.compile(rf"^(\[\d+\]|row \d+): {FIELD}[: ]")

_ROOT = Path(tempfile.mkdtemp(prefix="chain-fuzz-"))
_WS: list[Workspace] = []


def workspace() -> Workspace:
    """Two wallets, three registered addresses and a seed statement already imported (so files merge with it)."""
    if not _WS:
        ws = Workspace.create(_ROOT / "w.db", "empty")
        ws.store.db.conn.execute("PRAGMA synchronous = OFF")  # hundreds of commits; durability is not tested here
        ws.add_wallet(d.Wallet(name="Cold", kind="cold"))
        ws.add_wallet(d.Wallet(name="Hot", kind="hot"))
        for wallet, address in (("Cold", A1), ("Cold", A2), ("Hot", B1)):
            ws.add_address(wallet, address)
        seed = _ROOT / "seed.json"
        seed.write_text(json.dumps([esplora(SEED_TXIDS[0], [(OUT, 1_000_500)], [(A1, 1_000_000)], 700_000, T0),
                                    esplora(SEED_TXIDS[1], [(A1, 1_000_000)], [(OUT, 600_000), (B1, 399_000)],
                                            700_001, T0 + 600)]))
        assert ws.import_chain([seed], today=TODAY).written
        _WS.append(ws)
    return _WS[0]


@pytest.fixture(scope="module", autouse=True)
def _remove_workspace():
    yield
    for ws in _WS:
        ws.close()
    _WS.clear()
    shutil.rmtree(_ROOT, ignore_errors=True)


def esplora(txid: str, ins, outs, height: int | None, time: int | None) -> dict:
    return {"txid": txid,
            "status": {"confirmed": True, "block_height": height, "block_time": time} if time else {"confirmed": False},
            "vin": [{"prevout": {"scriptpubkey_address": a, "value": v}, "is_coinbase": False} for a, v in ins],
            "vout": [{"scriptpubkey_address": a, "value": v} for a, v in outs]}


def event(what: str) -> None:
    """Count an outcome in Hypothesis's statistics (the regression tests call the same checks outside it)."""
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


def snapshot(ws: Workspace) -> tuple:
    conn = ws.store.db.conn
    return ws.store.audit_count(), {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def import_and_check(ws: Workspace, paths: list[Path], fmt: str | None, dry_run: bool) -> None:
    """The whole property: a result or a refusal naming file, place and field; a refusal changes nothing; what a
    real import wrote is deleted again afterwards."""
    before = snapshot(ws)
    last = {t: ws.store.db.conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0] for t in UNDO}
    try:
        result = ws.import_chain(paths, fmt, dry_run=dry_run, today=TODAY)
    except InputError as exc:
        assert exc.problems
        names = {p.name for p in paths}
        for problem in exc.problems:
            name = next((n for n in names if problem.startswith(f"{n}: ")), None)
            assert name is not None, f"{problem!r} names no file"
            rest = problem[len(name) + 2:]
            if rest.startswith("row 1: "):  # the header: it names the columns, or says what is wrong with the file
                assert re.match(r"row 1: (missing |unknown )?(columns|the (header|file))", rest), problem
            elif rest.startswith(("[", "row ")):  # an entry or a row: its field, or the file's text as a whole
                assert IN_PLACE.match(rest) or re.match(r"row \d+: the file ", rest), f"{problem!r} names no field"
        assert snapshot(ws) == before, "a refused import changed the workspace"
        event("refused: " + NUMBERS.sub("#", exc.problems[0])[:70])
        return
    assert result.dry_run == dry_run
    if dry_run or not result.written:
        assert snapshot(ws) == before
        event("taken: a dry run, or nothing new")
        return
    event(f"written: {result.new} new transactions")
    conn = ws.store.db.conn
    with ws.store.transaction() as w:
        for table in UNDO:
            pk = "txid" if table == "chain_transactions" else "id"
            for (key,) in conn.execute(f"SELECT {pk} FROM {table} WHERE rowid > ?", [last[table]]).fetchall():
                w.delete(table, key)
        for txid in SEED_TXIDS:  # a file cannot unconfirm them, and the seed's fees are the inputs less outputs
            assert conn.execute("SELECT confirmed FROM chain_transactions WHERE txid = ?", [txid]).fetchone() == (1,)
    assert snapshot(ws)[1] == before[1]


# ---- values, raw JSON tokens and mutations --------------------------------------------------------------------

RAW = {  # JSON text the json module would not write: NaN, huge exponents, deep nesting
    "NaN": "NaN", "Infinity": "-Infinity", "1e400": "1e400", "tiny": "1e-400", "decimal": "0.000000015",
    "negzero": "-0.0", "longint": "9" * 5000, "deep": "[" * 3000 + "]" * 3000, "deeper": "[" * 200_000 + "]" * 200_000,
    "deepobj": '{"a":' * 2000 + "1" + "}" * 2000,
}
weird = st.one_of(
    st.sampled_from([None, True, False, "", "x", "0", "1.5", -1, 0, 1, 2**63, -(2**63), 10**30, -(10**30),
                     2_100_000_000_000_000, 2_100_000_000_000_001, 1_231_006_504, 1_231_006_505, 7_258_118_400,
                     1.5, -0.5, [], {}, [1, 2], {"value": 1}, "f" * 64, "F" * 64, "g" * 64, A1, OUT, "bc1" + "q" * 100,
                     "2025-01-27T12:00:00Z"]),
    st.sampled_from([f"__RAW_{k}__" for k in RAW]),
    st.integers(), st.text(max_size=20),
)


def raw_json(value) -> str:
    text = json.dumps(value)
    for key, token in RAW.items():
        text = text.replace(f'"__RAW_{key}__"', token)
    return text


def paths_in(value, prefix=()) -> list[tuple]:
    """Every place in a JSON value (as key/index paths), the value itself included."""
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths_in(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += paths_in(v, (*prefix, i))
    return found


@st.composite
def mutated(draw, value):
    """``value`` with up to three places replaced by a weird value or removed (none in half the examples, so that
    a good share of the imports is taken and written)."""
    for _ in range(draw(st.sampled_from((0, 0, 0, 1, 2, 3)))):
        places = paths_in(value)
        place = draw(st.sampled_from(places))
        if not place:
            value = copy.deepcopy(draw(weird))  # a fresh copy: a later mutation may change it
            continue
        parent = value
        for step in place[:-1]:
            parent = parent[step]
        if draw(st.booleans()) or isinstance(parent, list):
            parent[place[-1]] = copy.deepcopy(draw(weird))
        else:
            del parent[place[-1]]
    return value


txids = st.integers(1, 30).map(lambda n: f"{n:064x}")  # 1 and 2 are the seed's
sats = st.integers(0, 2_000_000)  # the bounds come from the mutations
addresses = st.sampled_from((*ADDRESSES, None))
times = st.one_of(st.integers(T0 - 86_400, T0 + 86_400 * 30), st.integers(T0 - 86_400, T0 + 86_400 * 30), st.none())


@st.composite
def esplora_tx(draw) -> dict:
    ins = draw(st.lists(st.tuples(addresses, sats), max_size=3))
    paid = sum(v for _, v in ins)
    outs = []  # mostly within what the inputs give (the rest is the fee); sometimes more
    for address, share in draw(st.lists(st.tuples(addresses, st.floats(0, 1.2)), max_size=3)):
        outs.append((address, int(paid * share)))
        paid -= outs[-1][1]
    time = draw(times)
    tx = esplora(draw(txids), ins, outs, draw(st.integers(0, 900_000)), time)
    if draw(st.booleans()):  # the fee Esplora states: right, or anything
        tx["fee"] = sum(v for _, v in ins) - sum(v for _, v in outs) if draw(st.integers(0, 3)) else draw(sats)
    if draw(st.integers(0, 9)) == 0:
        tx["vin"] = [{"is_coinbase": True, "prevout": None}]
    return draw(mutated(tx))


CORE_CATEGORIES = ("receive", "send", "receive", "send", "generate", "immature", "orphan", None, None, "move")


@st.composite
def core_entry(draw) -> dict:
    category = draw(st.sampled_from(CORE_CATEGORIES))
    amount = draw(st.integers(0, 300_000_000)) * (-1 if category == "send" else 1) * draw(st.sampled_from((1, 1, -1)))
    entry = {"txid": draw(txids), "vout": draw(st.integers(0, 3)), "address": draw(addresses),
             "amount": f"__AMOUNT_{amount}__", "confirmations": draw(st.sampled_from([-1, 0, 1, 6, 10_000]))}
    if category is not None:
        entry["category"] = category
        entry["blocktime"] = draw(times)
        if draw(st.booleans()):
            entry["blockheight"] = draw(st.integers(0, 900_000))
        if category == "send":
            entry["fee"] = f"__AMOUNT_{-draw(st.integers(0, 100_000))}__"
    else:
        entry["spendable"] = draw(st.booleans())
    return draw(mutated(entry))


def core_json(entries) -> str:
    """Core writes amounts as decimals of BTC (0.00012345), never as strings."""
    text = raw_json(entries)
    return re.sub(r'"__AMOUNT_(-?\d+)__"', lambda m: _btc_text(int(m.group(1))), text)


def _btc_text(sat: int) -> str:
    sign, sat = ("-" if sat < 0 else ""), abs(sat)
    return f"{sign}{sat // 100_000_000}.{sat % 100_000_000:08d}"


# ---- the tests ----------------------------------------------------------------------------------------------------

FORMATS = (None, "esplora", "core", "csv")


@FUZZ
@given(data=st.binary(max_size=300), fmt=st.sampled_from(FORMATS), dry_run=st.booleans(),
       prefix=st.sampled_from([b"", b"[", b"{", b"\xef\xbb\xbf[", b"address,txid,block_time,delta_sat\n"]))
def test_any_bytes_are_imported_or_refused_cleanly(data, fmt, dry_run, prefix):
    path = _ROOT / "bytes.json"
    path.write_bytes(prefix + data)
    import_and_check(workspace(), [path], fmt, dry_run)


@FUZZ
@given(entries=st.lists(esplora_tx(), max_size=4), whole=weird, one_in_ten=st.integers(0, 9), fmt=st.sampled_from((None, "esplora")),
       dry_run=st.booleans(), twice=st.booleans())
def test_esplora_json_of_any_shape_is_imported_or_refused_cleanly(entries, whole, one_in_ten, fmt, dry_run, twice):
    entries = whole if one_in_ten == 7 else entries  # now and then the file is not an array of transactions (not 0:
    # Hypothesis draws the bounds more often)
    path = _ROOT / "esplora.json"
    path.write_text(raw_json(entries))
    paths = [path]
    if twice:  # a second statement of the same transactions, saved apart: merged by txid, or contradicting
        other = _ROOT / "esplora-2.json"
        other.write_text(raw_json(list(reversed(entries)) if isinstance(entries, list) else entries) + "\n")
        paths.append(other)
    import_and_check(workspace(), paths, fmt, dry_run)


@FUZZ
@given(entries=st.lists(core_entry(), max_size=5), whole=weird, one_in_ten=st.integers(0, 9), fmt=st.sampled_from((None, "core")),
       dry_run=st.booleans())
def test_bitcoin_core_json_of_any_shape_is_imported_or_refused_cleanly(entries, whole, one_in_ten, fmt, dry_run):
    entries = whole if one_in_ten == 7 else entries
    path = _ROOT / "listtransactions.json"
    path.write_text(core_json(entries))
    import_and_check(workspace(), [path], fmt, dry_run)


CELLS = st.one_of(
    st.sampled_from(["", " ", A1, B1, OUT, f"{1:064x}", f"{7:064x}", "F" * 64, "xyz", str(T0), str(T0 + 600), "0",
                     "-1", "1231006504", "99999999999", "2025-01-27", "2025-01-27T10:00:00Z", "2025-01-27T10:00:00+05:00",
                     "2025-02-30T00:00:00", "2100000000000000", "-2100000000000001", "1e3", "1.5", "١٢", '"', ",",
                     "\u00a0", "x" * 1200]),
    st.text(max_size=10),
)
csv_rows = st.lists(st.one_of(
    st.tuples(st.sampled_from(ADDRESSES), txids, st.one_of(st.just(""), st.integers(T0, T0 + 86_400).map(str)),
              st.integers(-2_000_000, 2_000_000).map(str)).map(list),
    st.lists(CELLS, max_size=6)), max_size=6)


@FUZZ
@given(rows=csv_rows, header=st.sampled_from(["address,txid,block_time,delta_sat", "ADDRESS,TxId,block_time,delta_sat",
                                              "txid,address,delta_sat,block_time", "address,txid,delta_sat",
                                              "address,txid,block_time,delta_sat,note", "address;txid;block_time;delta_sat",
                                              ""]),
       delimiter=st.sampled_from([",", ",", ";"]), fmt=st.sampled_from((None, "csv")), dry_run=st.booleans())
def test_csv_statements_with_any_cells_are_imported_or_refused_cleanly(rows, header, delimiter, fmt, dry_run):
    path = _ROOT / "statement.csv"
    path.write_text("\n".join([header] + [delimiter.join(r) for r in rows]) + "\n", encoding="utf-8")
    import_and_check(workspace(), [path], fmt, dry_run)


@FUZZ
@given(esplora_entries=st.lists(esplora_tx(), max_size=3), core_entries=st.lists(core_entry(), max_size=3),
       rows=csv_rows, dry_run=st.booleans())
def test_statements_of_all_three_formats_at_once_merge_or_are_refused_cleanly(esplora_entries, core_entries, rows,
                                                                              dry_run):
    """Complete (Esplora) and partial (Core, CSV) views of the same transactions in one import."""
    paths = [_ROOT / "mixed-esplora.json", _ROOT / "mixed-core.json", _ROOT / "mixed.csv"]
    paths[0].write_text(raw_json(esplora_entries))
    paths[1].write_text(core_json(core_entries))
    paths[2].write_text("\n".join(["address,txid,block_time,delta_sat"] + [",".join(r) for r in rows]) + "\n")
    import_and_check(workspace(), paths, None, dry_run)


# ---- what the fuzzing found ------------------------------------------------------------------------------------

def test_inputs_above_21_million_btc_are_refused_not_a_database_error():
    """Each input is a possible amount, but together they gave a fee the table refuses (a ConstraintError)."""
    path = _ROOT / "rich.json"
    path.write_text(json.dumps([esplora(f"{3:064x}", [(A1, 1), (A1, 2_100_000_000_000_000)], [], 0, T0)]))
    ws = workspace()
    before = snapshot(ws)
    with pytest.raises(InputError, match=r"rich\.json: \[0\]: vin: the inputs add up to more than 21 million BTC"):
        ws.import_chain([path], today=TODAY)
    assert snapshot(ws) == before


def test_core_send_entries_above_21_million_btc_are_refused_not_a_database_error():
    """Two sends of 20 million BTC each: the wallet's spend (their sum) would not fit a leg."""
    txid = f"{9:064x}"
    entries = [{"txid": f"{8:064x}", "category": "receive", "address": A1, "amount": "__AMOUNT_1__", "vout": 0,
                "confirmations": 3, "blocktime": T0}]
    entries += [{"txid": txid, "category": "send", "address": OUT, "amount": f"__AMOUNT_{-2 * 10**15}__", "vout": n,
                 "fee": "__AMOUNT_-1000__", "confirmations": 3, "blocktime": T0} for n in (0, 1)]
    path = _ROOT / "sends.json"
    path.write_text(core_json(entries))
    ws = workspace()
    before = snapshot(ws)
    with pytest.raises(InputError, match=rf"sends\.json: \[2\]: amount: the send entries of {txid} add up to more"):
        ws.import_chain([path], today=TODAY)
    assert snapshot(ws) == before


def test_a_transaction_of_more_outputs_than_the_table_numbers_is_refused_not_a_database_error():
    outputs = [{"value": 0}] * 1_000_001 + [{"scriptpubkey_address": A1, "value": 5}]
    path = _ROOT / "wide.json"
    path.write_text(json.dumps([{**esplora(f"{10:064x}", [(A2, 10)], [], 0, T0), "vout": outputs}]))
    ws = workspace()
    before = snapshot(ws)
    with pytest.raises(InputError, match=r"wide\.json: \[0\]: vout: 1,000,002 entries: no bitcoin transaction has"):
        ws.import_chain([path], today=TODAY)
    assert snapshot(ws) == before
