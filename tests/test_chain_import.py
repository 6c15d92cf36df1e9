"""Chain statements brought over offline: Esplora JSON, Bitcoin Core JSON and CSV, merged by txid, all or nothing."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.workspace import Workspace
from tests.chain_files import A1, A2, B1, OUT, T0, esplora, txid


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "w.db")
    for name in ("Cold", "Treasury"):
        workspace.add_wallet(d.Wallet(name=name, kind="cold"))
    for address in (A1, A2):
        workspace.add_address("Cold", address)
    workspace.add_address("Treasury", B1)
    yield workspace
    workspace.close()


def write(tmp_path, name: str, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def balances(ws) -> Counter:
    """Satoshis per address from the confirmed transactions: paid to it less spent from it."""
    total = Counter()
    for tx in ws.chain_transactions():
        for leg in tx.legs if tx.confirmed else ():
            total[leg.address or leg.wallet] += leg.value_sat if leg.direction == "out" else -leg.value_sat
    return total


def state(ws) -> tuple:
    return ws.store.audit_count(), len(ws.chain_transactions()), len(ws.chain_files())


def test_an_explorer_statement_gives_each_address_its_movements_and_keeps_the_unconfirmed_apart(ws, tmp_path):
    receipt = esplora(1, [(OUT, 1_000_500)], [(A1, 1_000_000)], fee=500)
    spend = esplora(2, [(A1, 1_000_000)], [(OUT, 600_000), (A2, 399_000)], time=T0 + 600)  # fee 1,000 by difference
    pending = esplora(3, [(OUT, 50_000)], [(A1, 49_000)], time=None)
    result = ws.import_chain([write(tmp_path, "a1.json", [receipt, spend, pending])])
    assert (result.new, result.duplicates, result.unconfirmed, result.written) == (3, 0, 1, True)
    txs = {tx.txid: tx for tx in ws.chain_transactions()}
    assert txs[txid(2)].fee_sat == 1_000 and txs[txid(2)].complete and txs[txid(2)].block_height == 880_002
    assert not txs[txid(3)].confirmed and txs[txid(3)].block_time is None
    assert str(txs[txid(1)].block_date) == "2025-01-27"
    # A1: +1,000,000 -1,000,000 = 0 (the pending 49,000 does not count); A2: the change, 399,000
    assert balances(ws)[A1] == 0 and balances(ws)[A2] == 399_000
    assert [f.name for f in ws.chain_files()] == ["a1.json"] and len(ws.chain_files()[0].sha256) == 64


def test_a_transaction_in_two_statements_counts_once(ws, tmp_path):
    """The statements of two addresses both list a transfer between them: it is one transaction."""
    transfer = esplora(5, [(A2, 800_000)], [(B1, 799_000)])
    first = write(tmp_path, "a2.json", [esplora(4, [(OUT, 800_100)], [(A2, 800_000)]), transfer])
    second = write(tmp_path, "b1.json", [transfer])
    result = ws.import_chain([first, second])
    assert (result.new, result.duplicates) == (2, 1)
    assert balances(ws)[A2] == 0 and balances(ws)[B1] == 799_000
    again = ws.import_chain([second])  # the same file again: skipped whole, nothing written
    assert again.files[0].already_imported and again.new == 0 and not again.written


def test_one_bad_file_blocks_every_file_and_names_the_file_the_place_and_the_field(ws, tmp_path):
    good = write(tmp_path, "good.json", [esplora(1, [(OUT, 10_000)], [(A1, 9_000)])])
    bad = write(tmp_path, "bad.json", [esplora(2, [(OUT, 10_000)], [(A1, 9_000)]),
                                       {**esplora(3, [(OUT, 5)], [(A1, 1)]), "vout": [{"value": 1.5}]},
                                       esplora(4, [(OUT, 1_000)], [(A1, 2_000)])])
    before = state(ws)
    with pytest.raises(InputError) as caught:
        ws.import_chain([good, bad])
    problems = caught.value.problems
    assert problems == ["bad.json: [1]: vout[0].value: must be a whole number of satoshis",
                        "bad.json: [2]: vout: the outputs (2,000 sat) exceed the inputs (1,000 sat)"]
    assert state(ws) == before


def test_a_stated_fee_must_be_the_inputs_less_the_outputs(ws, tmp_path):
    with pytest.raises(InputError, match=r"\[0\]: fee: 700 sat, but the inputs less the outputs are 1,000 sat"):
        ws.import_chain([write(tmp_path, "f.json", [esplora(1, [(OUT, 10_000)], [(A1, 9_000)], fee=700)])])


def test_a_transaction_confirmed_since_an_earlier_statement_becomes_confirmed(ws, tmp_path):
    ws.import_chain([write(tmp_path, "monday.json", [esplora(7, [(OUT, 20_000)], [(A1, 19_000)], time=None)])])
    assert balances(ws)[A1] == 0
    later = ws.import_chain([write(tmp_path, "tuesday.json", [esplora(7, [(OUT, 20_000)], [(A1, 19_000)])])])
    assert (later.new, later.duplicates, later.now_confirmed) == (0, 1, 1)
    assert balances(ws)[A1] == 19_000
    # and a statement saved before it confirmed changes nothing afterwards
    ws.import_chain([write(tmp_path, "sunday.json", [esplora(7, [(OUT, 20_000)], [(A1, 19_000)], time=None),
                                                     esplora(8, [(OUT, 5_000)], [(A2, 4_000)])])])
    assert {tx.txid: tx.confirmed for tx in ws.chain_transactions()}[txid(7)]


def test_two_statements_that_disagree_about_a_block_are_refused(ws, tmp_path):
    ws.import_chain([write(tmp_path, "one.json", [esplora(9, [(OUT, 20_000)], [(A1, 19_000)])])])
    other = esplora(9, [(OUT, 20_000)], [(A1, 19_000)], time=T0 + 60)
    with pytest.raises(InputError, match=f"two.json: \\[0\\]: block_time: {T0 + 60}, but another statement gives {T0}"):
        ws.import_chain([write(tmp_path, "two.json", [other])])
    changed = esplora(9, [(OUT, 20_000)], [(A1, 18_000), (OUT, 1_000)])  # the same fee, other outputs
    with pytest.raises(InputError, match="differs from the same transaction in another statement"):
        ws.import_chain([write(tmp_path, "three.json", [changed])])


CORE = [  # listtransactions of a watch-only wallet holding A1 and A2 (amounts in BTC, as Core prints them)
    {"address": A1, "category": "receive", "amount": 0.3, "vout": 0, "confirmations": 10, "blockheight": 880001,
     "blocktime": T0, "txid": txid(21), "involvesWatchonly": True},
    {"address": OUT, "category": "send", "amount": -0.1, "fee": -0.0001, "vout": 0, "confirmations": 5,
     "blockheight": 880006, "blocktime": T0 + 3000, "txid": txid(22), "involvesWatchonly": True},
    {"address": OUT, "category": "send", "amount": -0.05, "fee": -0.0001, "vout": 2, "confirmations": 5,
     "blockheight": 880006, "blocktime": T0 + 3000, "txid": txid(22), "involvesWatchonly": True},
    {"address": A2, "category": "receive", "amount": 0.2, "vout": 0, "confirmations": -3, "txid": txid(23)},
]


def test_a_core_wallets_sends_are_given_to_the_wallet_its_receiving_addresses_are_registered_to(ws, tmp_path):
    result = ws.import_chain([write(tmp_path, "core.json", json.dumps(CORE))])
    assert result.files[0].format == "core" and result.files[0].left_out == 1  # the conflicted receipt
    assert result.new == 2
    tx = {t.txid: t for t in ws.chain_transactions()}[txid(22)]
    assert tx.fee_sat == 10_000 and not tx.complete
    spend = [leg for leg in tx.legs if leg.direction == "in"]
    # two sends of 0.10 and 0.05 BTC and one fee of 0.0001 BTC (Core repeats it on each entry): 15,010,000 sat
    assert [(leg.wallet, leg.address, leg.value_sat) for leg in spend] == [("Cold", None, 15_010_000)]
    assert balances(ws)[A1] == 30_000_000 and balances(ws)["Cold"] == -15_010_000


def test_listunspent_adds_nothing_listtransactions_already_gave_and_needs_its_block_times(ws, tmp_path):
    unspent = [{"txid": txid(21), "vout": 0, "address": A1, "amount": 0.3, "confirmations": 10, "spendable": False,
                "solvable": True, "safe": True}]
    ws.import_chain([write(tmp_path, "core.json", json.dumps(CORE)), write(tmp_path, "unspent.json", unspent)],
                    "core")
    assert balances(ws)[A1] == 30_000_000  # once, not twice
    lone = [{"txid": txid(30), "vout": 1, "address": A2, "amount": 0.01, "confirmations": 3, "spendable": False}]
    with pytest.raises(InputError, match=r"lone.json: \[0\]: blocktime: listunspent says transaction 0+1e is "
                                         "confirmed but no file gives its block time"):
        ws.import_chain([write(tmp_path, "lone.json", lone)], "core")


def test_core_sends_that_could_be_anyones_are_refused(ws, tmp_path):
    both = [*CORE[:3], {"address": B1, "category": "receive", "amount": 1, "vout": 0, "confirmations": 2,
                        "blocktime": T0, "txid": txid(24)}]
    with pytest.raises(InputError, match="registered to Cold, Treasury: save one Core wallet per Reserve Desk"):
        ws.import_chain([write(tmp_path, "both.json", json.dumps(both))])
    with pytest.raises(InputError, match="none of them is registered"):
        ws.import_chain([write(tmp_path, "none.json", json.dumps(CORE[1:3]))])


def test_core_amounts_are_exact_satoshis(ws, tmp_path):
    entries = [{"address": A1, "category": "receive", "amount": 0.1, "vout": 0, "confirmations": 1,
                "blocktime": T0, "txid": txid(40)},
               {"address": A2, "category": "receive", "amount": 0.2, "vout": 1, "confirmations": 1,
                "blocktime": T0, "txid": txid(40)}]
    ws.import_chain([write(tmp_path, "exact.json", json.dumps(entries))])
    assert balances(ws)[A1] + balances(ws)[A2] == 30_000_000  # 0.1 + 0.2 is 0.30000000000000004 in floats
    dust = [{**entries[0], "txid": txid(41), "amount": 0.000000001}]
    with pytest.raises(InputError, match=r"\[0\]: amount: 1E-9 BTC is not a whole number of satoshis"):
        ws.import_chain([write(tmp_path, "dust.json", json.dumps(dust))])


def test_a_csv_statement_gives_net_movements(ws, tmp_path):
    text = (f"address,txid,block_time,delta_sat\n{A1},{txid(50)},{T0},250000\n"
            f"{A1},{txid(51)},2025-02-01T10:00:00Z,-100000\n{A2},{txid(51)},2025-02-01T10:00:00Z,99000\n"
            f"{A2},{txid(52)},,5000\n")
    result = ws.import_chain([write(tmp_path, "net.csv", text)])
    assert (result.new, result.unconfirmed) == (3, 1)
    assert balances(ws)[A1] == 150_000 and balances(ws)[A2] == 99_000
    tx = {t.txid: t for t in ws.chain_transactions()}[txid(51)]
    assert str(tx.block_date) == "2025-02-01" and tx.fee_sat is None


@pytest.mark.parametrize(("row", "problem"), [
    (f"{A1},{txid(1)},{T0},1.5", "row 2: delta_sat: '1.5' is not a whole number of satoshis"),
    (f"{A1},xyz,{T0},1", "row 2: txid: must be a transaction id"),
    (f"{A1},{txid(1)},2999-01-01,1", "row 2: block_time: 32472144000 is before the first block or in the future"),
    (f"{A1},{txid(1)},yesterday,1", "row 2: block_time: 'yesterday' is not Unix seconds or an ISO 8601"),
    (f"{A1},{txid(1)},{T0}", "row 2: row: has 3 fields; the header has 4"),
    (f"{A1},{txid(1)},{T0},1\n{A1},{txid(1)},{T0},2", "row 3: address: " + A1 + " appears twice in transaction"),
])
def test_a_bad_csv_row_is_named(ws, tmp_path, row, problem):
    before = state(ws)
    with pytest.raises(InputError) as caught:
        ws.import_chain([write(tmp_path, "bad.csv", "address,txid,block_time,delta_sat\n" + row + "\n")])
    assert any(p.startswith("bad.csv: " + problem) for p in caught.value.problems), caught.value.problems
    assert state(ws) == before


def test_a_complete_view_supersedes_partial_ones(ws, tmp_path):
    """A CSV says A1 lost 100,000 sat; the explorer's statement of the same transaction then shows the whole of
    it (100,000 in, 99,000 out to someone else, 1,000 fee): the net is the same, the detail is the explorer's."""
    ws.import_chain([write(tmp_path, "net.csv", f"address,txid,block_time,delta_sat\n{A1},{txid(60)},{T0},-100000\n")])
    ws.import_chain([write(tmp_path, "full.json", [esplora(60, [(A1, 100_000)], [(OUT, 99_000)])])])
    tx = ws.chain_transactions()[0]
    assert tx.complete and tx.fee_sat == 1_000 and {(leg.direction, leg.n) for leg in tx.legs} == {("in", 0),
                                                                                                  ("out", 0)}
    assert balances(ws)[A1] == -100_000


def test_a_dry_run_counts_and_writes_nothing(ws, tmp_path):
    before = state(ws)
    result = ws.import_chain([write(tmp_path, "a.json", [esplora(1, [(OUT, 10_000)], [(A1, 9_000)])])], dry_run=True)
    assert result.new == 1 and not result.written and state(ws) == before
    assert "would add 1 new" in result.summary()


def test_transactions_that_touch_no_registered_address_are_reported(ws, tmp_path):
    result = ws.import_chain([write(tmp_path, "other.json", [esplora(70, [(OUT, 10_000)], [(OUT, 9_000)])])])
    assert result.unregistered == [txid(70)] and "touch no registered address" in result.summary()


@pytest.mark.parametrize(("content", "problem"), [
    ("", "the file is empty"),
    ("{\"txid\": 1}", "the file must be a JSON array"),
    ("[1", "not valid JSON"),
    (b"\xff\xfe[]", "the file is not UTF-8 text"),
])
def test_files_that_are_not_statements_are_refused(ws, tmp_path, content, problem):
    path = tmp_path / "x.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(InputError, match=problem):
        ws.import_chain([path], "esplora")


def test_the_command_line_imports_several_files_and_prints_the_report(ws, tmp_path, capsys):
    from desktop import cli

    files = [write(tmp_path, "a.json", [esplora(1, [(OUT, 10_000)], [(A1, 9_000)])]),
             write(tmp_path, "b.csv", f"address,txid,block_time,delta_sat\n{A2},{txid(2)},{T0},5\n")]
    path = ws.path
    ws.close()
    assert cli.main(["import", "chain", *map(str, files), "--workspace", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["new"] == 2 and [f["format"] for f in out["files"]] == ["esplora", "csv"] and out["written"]
    assert cli.main(["import", "chain", str(files[0]), "--workspace", str(path), "--format", "core"]) != 0
    assert cli.main(["import", "prices", str(files[0]), str(files[1]), "--workspace", str(path)]) != 0
    assert "takes one file" in capsys.readouterr().err


def test_a_used_address_near_the_end_of_a_descriptors_addresses_derives_more_to_its_gap_limit(ws, tmp_path):
    """BIP-84's zpub with 3 addresses per branch and a gap limit of 2: a receipt to …/0/2 leaves no unused
    address after it, so indexes 3 and 4 of both branches are derived (4 addresses); a receipt to the new …/0/4
    then derives 5 and 6 (4 more). An address used at …/0/0 derives nothing."""
    from embit import bip32, script
    from embit.networks import NETWORKS
    from test_address_register import BIP84_ZPUB

    fresh = Workspace.create(tmp_path / "fresh.db")  # the fixture's workspace holds the zpub's first addresses
    fresh.add_wallet(d.Wallet(name="Reserve", kind="cold"))
    fresh.add_descriptor("Reserve", BIP84_ZPUB, count=3, gap_limit=2)
    by_path = {a.path[-4:]: a.address for a in fresh.registered_addresses()}
    first = fresh.import_chain([write(tmp_path, "r0.json", [esplora(1, [(OUT, 2_000)], [(by_path["/0/0"], 1_000)])])])
    assert first.addresses_derived == 0
    second = fresh.import_chain([write(tmp_path, "r2.json", [esplora(2, [(OUT, 2_000)], [(by_path["/0/2"], 1_000)])])])
    paths = [a.path[-4:] for a in fresh.registered_addresses()]  # in branch and index order, derived later or not
    assert second.addresses_derived == 4 and paths == [f"/{b}/{i}" for b in (0, 1) for i in range(5)]
    new = {a.path[-4:]: a.address for a in fresh.registered_addresses()}
    key = bip32.HDKey.from_string(BIP84_ZPUB)  # the child keys themselves, without the descriptor code
    assert all(new[f"/{b}/{i}"] == script.p2wpkh(key.derive([b, i]).key).address(NETWORKS["main"])
               for b in (0, 1) for i in range(5))
    third = fresh.import_chain([write(tmp_path, "r4.json", [esplora(3, [(OUT, 2_000)], [(new["/0/4"], 1_000)])])])
    assert third.addresses_derived == 4 and third.unregistered == []
    fresh.close()


def test_newly_mined_coins_from_a_core_wallet_are_offered_as_mining(ws, tmp_path):
    """Core lists a coinbase output to the wallet as "generate" (or "immature" before 100 blocks): the transaction
    is a coinbase, and its receipt is proposed as mining, not guessed a purchase needing a price."""
    import datetime as dt

    entries = [{"address": A1, "category": "generate", "amount": 3.125, "vout": 0, "confirmations": 150,
                "blocktime": T0, "blockheight": 880_000, "txid": txid(80)},
               {"address": A2, "category": "receive", "amount": 0.5, "vout": 1, "confirmations": 150,
                "blocktime": T0, "blockheight": 880_000, "txid": txid(81)}]
    ws.import_chain([write(tmp_path, "mined.json", json.dumps(entries))])
    assert {t.txid: t.coinbase for t in ws.chain_transactions()} == {txid(80): True, txid(81): False}
    kinds = {m["txid"]: m["kind_guess"] for m in ws.reconcile(dt.date(2025, 1, 31)).to_json()["unmatched_chain"]}
    assert kinds == {txid(80): "mining", txid(81): "purchase"}


def test_an_input_without_an_address_is_someone_elses_so_the_fee_is_not_the_workspaces(ws, tmp_path):
    """An input spending a pay-to-public-key output has no address: it is still an input, and not the workspace's,
    so the workspace did not pay the whole fee alone and no fee entry is proposed for it."""
    import datetime as dt

    tx = esplora(90, [(A1, 100_000), (None, 50_000)], [(OUT, 149_000)])  # fee 1,000; one input is a P2PK coin
    ws.import_chain([write(tmp_path, "p2pk.json", [esplora(89, [(OUT, 100_500)], [(A1, 100_000)]), tx])])
    legs = {t.txid: t.legs for t in ws.chain_transactions()}[txid(90)]
    assert ("in", 1, None, 50_000, None) in legs
    proposed = ws.reconcile(dt.date(2025, 1, 31)).to_json()["proposed"]
    assert [p["kind"] for p in proposed if p["reference"].startswith(txid(90))] == ["sale"]
    assert not any(p["kind"] == "fee" for p in proposed)
