"""Issue 20 review: cases a demanding user, a model validator or an insider would try on the custody core and its
command line, each found wrong once and checked here against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.workspace import Workspace

SAT = 100_000_000
BIP84_ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"
X = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # BIP-173's example: someone else's
D = dt.date(2025, 3, 31)


def utc(text: str) -> int:
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).timestamp())


def txid(n: int) -> str:
    return f"{n:064x}"


def esplora(n: int, when: str, ins: list[tuple[str, int]], outs: list[tuple[str, int]]) -> dict:
    return {"txid": txid(n), "fee": sum(v for _, v in ins) - sum(v for _, v in outs),
            "status": {"confirmed": True, "block_height": 880_000 + n, "block_time": utc(when)},
            "vin": [{"prevout": {"scriptpubkey_address": a, "value": v}} for a, v in ins],
            "vout": [{"scriptpubkey_address": a, "value": v} for a, v in outs]}


@pytest.fixture
def cold(tmp_path):
    """A workspace whose wallet Cold holds BIP-84's zpub; returns it and Cold's first receive address."""
    ws = Workspace.create(tmp_path / "w.db")
    ws.add_wallet(d.Wallet(name="Cold", kind="cold"))
    paths = {a.path: a.address for a in ws.add_descriptor("Cold", BIP84_ZPUB, count=2)[1]}
    yield ws, paths["…/0/0"]
    ws.close()


def write(path, data) -> object:
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_an_esplora_coinbase_is_read_as_mining(cold, tmp_path):
    """Esplora gives a coinbase transaction ``"fee": 0`` and an input with ``is_coinbase`` and no prevout: its
    output is newly mined coins (kind guessed "mining"), not a purchase."""
    ws, r0 = cold
    coinbase = {"txid": txid(7), "fee": 0, "status": {"confirmed": True, "block_height": 880_007,
                                                      "block_time": utc("2025-03-02T00:00:00")},
                "vin": [{"txid": "0" * 64, "vout": 4294967295, "prevout": None, "is_coinbase": True}],
                "vout": [{"scriptpubkey_address": r0, "value": 312_500_000}]}
    ws.import_chain([write(tmp_path / "cb.json", [coinbase])])
    rec = ws.reconcile(D).to_json()
    assert [(m["kind_guess"], m["delta_btc"]) for m in rec["unmatched_chain"]] == [("mining", 3.125)]
    assert rec["proposed"][0]["kind"] == "mining" and rec["proposed"][0]["needs"] == []



@pytest.mark.parametrize("core_first", [False, True])
def test_a_file_calling_a_spending_transaction_newly_mined_is_refused(cold, tmp_path, core_first):
    """Found by fuzzing (CI): a Bitcoin Core 'generate' entry for a transaction an explorer shows spending X's coins
    marked it a coinbase, so the payment to Cold read as mining. A coinbase spends nothing: either order is refused,
    naming the transaction, and changes nothing."""
    ws, r0 = cold
    when = "2025-03-01T12:00:00"
    explorer = write(tmp_path / "e.json", [esplora(1, when, [(X, SAT + 500)], [(r0, SAT)])])
    core = write(tmp_path / "c.json", [{"txid": txid(1), "category": "generate", "address": r0, "amount": 1.0,
                                        "vout": 0, "confirmations": 10, "blocktime": utc(when)}])
    first, second = (core, explorer) if core_first else (explorer, core)
    ws.import_chain([first])
    before = ws.store.audit_head(), ws.chain_transactions()
    with pytest.raises(InputError, match=f"{second.name}: \\[0\\]: transaction {txid(1)}: .*newly mined"):
        ws.import_chain([second])
    assert (ws.store.audit_head(), ws.chain_transactions()) == before
    fresh = Workspace.create(tmp_path / "fresh.db")
    with pytest.raises(InputError, match="newly mined"):
        fresh.import_chain([first, second])  # the two in one import
    assert fresh.chain_transactions() == []
    fresh.close()


HOT = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"  # BIP-173's other example, registered to Hot


def test_a_csv_and_a_core_view_of_one_address_are_not_added_up(cold, tmp_path):
    """A CSV statement gives an address's net movement (+1 BTC), Bitcoin Core's listtransactions the same output
    (+1 BTC): adding them up read 2 BTC on the chain. The import is refused naming both, and changes nothing."""
    ws, r0 = cold
    when = utc("2025-03-01T12:00:00")
    csv_file = write(tmp_path / "a.csv", f"address,txid,block_time,delta_sat\n{r0},{txid(1)},{when},{SAT}\n")
    core = write(tmp_path / "b.json", [{"txid": txid(1), "category": "receive", "address": r0, "amount": 1.0,
                                        "vout": 0, "confirmations": 10, "blocktime": when}])
    before = ws.store.audit_head()
    with pytest.raises(InputError, match="would both be counted"):
        ws.import_chain([csv_file, core])
    assert ws.store.audit_head() == before and ws.chain_transactions() == []
    ws.import_chain([csv_file])
    with pytest.raises(InputError, match="would both be counted"):
        ws.import_chain([core])  # the CSV's view is stored: the same check
    assert ws.reconcile(D).wallets[0].chain_sat == SAT


def test_a_core_spend_and_a_csv_net_movement_of_the_same_wallet_are_not_added_up(cold, tmp_path):
    """Core's send entry (1 BTC and a 0.0001 BTC fee out of Cold, addresses unknown) and a CSV giving Cold's
    address's net movement in the same transaction (-1.0001 BTC) would take 2.0002 BTC from Cold."""
    ws, r0 = cold
    t0, t1 = utc("2025-03-01T12:00:00"), utc("2025-03-02T12:00:00")
    core = write(tmp_path / "core.json", [
        {"txid": txid(1), "category": "receive", "address": r0, "amount": 2.0, "vout": 0, "confirmations": 9,
         "blocktime": t0},
        {"txid": txid(2), "category": "send", "address": X, "amount": -1.0, "fee": -0.0001, "vout": 0,
         "confirmations": 8, "blocktime": t1}])
    csv_file = write(tmp_path / "a.csv", f"address,txid,block_time,delta_sat\n{r0},{txid(2)},{t1},-100010000\n")
    with pytest.raises(InputError, match="spend .* would both be counted"):
        ws.import_chain([core, csv_file])
    ws.import_chain([core])
    assert ws.reconcile(D).wallets[0].chain_sat == 2 * SAT - 100_010_000


def test_two_wallets_sides_of_one_transfer_in_like_statements_add_up(cold, tmp_path):
    """Cold's Core wallet (the send) and Hot's Core wallet (the receipt) see the two sides of one transfer: both
    are taken, and reconcile reads 1 BTC moved from Cold to Hot, 0.0001 BTC fee. A CSV of Hot's address beside
    Cold's Core send would count Hot's output twice (Core lists where a send went): refused."""
    ws, r0 = cold
    ws.add_wallet(d.Wallet(name="Hot", kind="hot"))
    ws.add_address("Hot", HOT)
    t0, t1 = utc("2025-03-01T12:00:00"), utc("2025-03-02T12:00:00")
    cold_core = write(tmp_path / "cold.json", [
        {"txid": txid(1), "category": "receive", "address": r0, "amount": 2.0, "vout": 0, "confirmations": 9,
         "blocktime": t0},
        {"txid": txid(2), "category": "send", "address": HOT, "amount": -1.0, "fee": -0.0001, "vout": 0,
         "confirmations": 8, "blocktime": t1}])
    hot_core = write(tmp_path / "hot.json", [{"txid": txid(2), "category": "receive", "address": HOT, "amount": 1.0,
                                              "vout": 0, "confirmations": 8, "blocktime": t1}])
    hot_csv = write(tmp_path / "hot.csv", f"address,txid,block_time,delta_sat\n{HOT},{txid(2)},{t1},{SAT}\n")
    with pytest.raises(InputError, match="would both be counted"):
        ws.import_chain([cold_core, hot_csv])
    ws.import_chain([cold_core, hot_core])
    rec = ws.reconcile(D)
    assert {w.name: w.chain_sat for w in rec.wallets} == {"Cold": SAT - 10_000, "Hot": SAT}
    assert [(t.movement.wallet, t.movement.to_wallet, t.movement.value_sat) for t in rec.internal_transfers] == [
        ("Cold", "Hot", SAT)]


MULTI_KEYS = ("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1"
              "EGMcet8", "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3"
              "tgFxHmwMkQTPH")  # BIP-32's test vector 1: m and m/0h


def test_a_multisig_with_receive_and_change_gives_each_address_its_own_path():
    """wsh(sortedmulti(…/<0;1>/*)) derives a receive and a change address at each index: both were listed as
    "…/0" in the register and the statement, so the two could not be told apart (nor sorted in branch order)."""
    from desktop.core.custody import register

    def multi(branch: str) -> str:
        return f"wsh(sortedmulti(1,{MULTI_KEYS[0]}/{branch}/*,{MULTI_KEYS[1]}/{branch}/*))"

    both = register.parse(multi("<0;1>"), count=2).addresses
    receive, change = register.parse(multi("0"), count=2).addresses, register.parse(multi("1"), count=2).addresses
    assert [(a.path, a.address) for a in both] == [
        ("…/0/0", receive[0].address), ("…/0/1", receive[1].address),
        ("…/1/0", change[0].address), ("…/1/1", change[1].address)]
    assert [a.path for a in receive] == ["…/0", "…/1"]  # one branch: the index says which, as before


def test_a_ledger_dated_in_local_time_matches_the_next_or_previous_utc_day():
    """A purchase booked on 28 February in San Salvador (UTC-6) at 20:00 is in a block of 1 March, 02:00 UTC. The
    ledger has no txid: it matched nothing, so the reconciliation listed it as missing from the chain, the block
    as missing from the ledger, and proposed adding the purchase a second time. A day apart it matches, once an
    exact day has had its chance; a block of Karachi's night (UTC+5) matches the ledger's next day."""
    from desktop.core.custody.chain import ChainTx, Leg
    from desktop.core.custody.reconcile import reconcile

    def receipt(n: int, when: str) -> ChainTx:
        return ChainTx(txid(n), True, 880_000 + n, utc(when), 10_000, True,
                       (Leg("in", 0, X, SAT + 10_000), Leg("out", 0, "c1", SAT)))

    register = {"c1": "Cold"}
    evening = [receipt(1, "2025-03-01T02:00:00")]
    booked = [d.Transaction(dt.date(2025, 2, 28), "purchase", "Cold", 1.0, price_usd=85_000.0, id=1)]
    found = reconcile(evening, register, booked, D)
    assert (found.unmatched_chain, found.unmatched_ledger, found.proposed) == ((), (), ())
    assert found.wallets[0].difference_sat == 0
    # the exact day first: of two blocks a day apart, each entry takes its own
    two = [receipt(2, "2025-03-05T12:00:00"), receipt(3, "2025-03-06T12:00:00")]
    entries = [d.Transaction(dt.date(2025, 3, 6), "purchase", "Cold", 1.0, price_usd=1.0, id=6),
               d.Transaction(dt.date(2025, 3, 7), "purchase", "Cold", 1.0, price_usd=1.0, id=7)]
    found = reconcile(two, register, entries, D)
    assert (found.unmatched_chain, found.unmatched_ledger) == ((), ())
    night = [receipt(4, "2025-03-09T21:00:00")]  # 02:00 on 10 March in Karachi
    found = reconcile(night, register, [d.Transaction(dt.date(2025, 3, 10), "purchase", "Cold", 1.0,
                                                      price_usd=1.0, id=8)], D)
    assert (found.unmatched_chain, found.unmatched_ledger) == ((), ())


def test_the_statement_is_never_written_over_a_chain_statement_it_cites(cold, tmp_path):
    """``statement --out FILE --force`` with FILE the Esplora statement the balances come from replaced it: the
    statement then cited a SHA-256 no file had. It is refused (PDF or CSV), and neither output is written. (In a
    subprocess: the statement makes a QGuiApplication, which must not outlive this test in the test process.)"""
    import subprocess

    from tests.conftest import cli_command

    def statement(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*cli_command(), "statement", "--workspace", path, "--date", "2025-03-31", *args],
                              capture_output=True, text=True, timeout=300)

    ws, r0 = cold
    chain = write(tmp_path / "r0.json", [esplora(1, "2025-03-01T12:00:00", [(X, SAT + 10_000)], [(r0, SAT)])])
    ws.import_chain([chain])
    path = str(ws.path)
    ws.close()
    before = chain.read_bytes()
    for outputs in (["--out", str(chain)], ["--out", str(tmp_path / "s.pdf"), "--csv", str(chain)]):
        done = statement("--force", *outputs)
        assert done.returncode != 0 and "cites by its SHA-256" in done.stderr
        assert chain.read_bytes() == before and not (tmp_path / "s.pdf").exists()
    assert statement("--out", str(tmp_path / "s.pdf")).returncode == 0


@pytest.mark.parametrize("secret", [
    "0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D",  # the Bitcoin wiki's private key in hex
    "0x0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d",
    "S6c56bnXQiBjk9mqSYE7ykVQ7NzrRy",  # the wiki's mini private key (Casascius coins), and its 22-character form
    "SzavMBLoXU6kDrqtUVmffv",
])
def test_a_raw_or_mini_private_key_is_refused_without_repeating_it(secret, cold):
    """A private key in hex or as a mini key was refused as "not a valid address" quoting the whole key (or, as a
    descriptor, its first 7 characters), in the window's message and on the command line's stderr. It is refused
    as a secret, and no part of it is repeated."""
    from desktop.core.custody import register

    ws, _ = cold
    for field, add in (("address", lambda: ws.add_address("Cold", secret)),
                       ("descriptor", lambda: ws.add_descriptor("Cold", secret))):
        with pytest.raises(register.SecretRefused) as refused:
            add()
        assert refused.value.field == field and "private key" in str(refused.value)
        assert secret[:6].lower() not in str(refused.value).lower() and secret[-6:] not in str(refused.value)
    assert len(ws.registered_addresses()) == 4


def test_a_segwit_address_in_upper_case_in_a_csv_statement_is_the_registered_one(cold, tmp_path):
    """BIP-173 allows a SegWit address in upper case (QR codes; a spreadsheet may give it so). The register keeps
    it in lower case; a CSV statement's upper-case spelling touched "no registered address" and its 1 BTC was
    missing from the chain balance."""
    ws, r0 = cold
    when = utc("2025-03-01T12:00:00")
    result = ws.import_chain([write(tmp_path / "a.csv", f"address,txid,block_time,delta_sat\n{r0.upper()},{txid(1)},"
                                                         f"{when},{SAT}\n")])
    assert result.unregistered == [] and ws.reconcile(D).wallets[0].chain_sat == SAT
    assert ws.address_balances(D)[r0] == SAT


def test_a_zpub_in_a_descriptor_of_another_script_type_is_refused():
    """A zpub says its wallet makes native SegWit (wpkh) addresses; ``pkh(zpub…)`` or ``sh(wpkh(zpub…))`` was
    taken and registered legacy or nested addresses the wallet never uses (balances of zero in the statement)."""
    from desktop.core.custody import register
    from desktop.core.io.fields import FieldError

    for wrong in (f"pkh({BIP84_ZPUB}/0/*)", f"sh(wpkh({BIP84_ZPUB}/0/*))", f"tr({BIP84_ZPUB}/0/*)"):
        with pytest.raises(FieldError, match=r"a zpub is a key for wpkh\(…\) addresses"):
            register.parse(wrong)
    right = register.parse(f"wpkh([73c5da0a/84h/0h/0h]{BIP84_ZPUB}/<0;1>/*)", count=1).addresses
    assert right[0].address == register.parse(BIP84_ZPUB, count=1).addresses[0].address == \
        "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP-84's first receive address


def test_an_esplora_statement_saved_with_a_utf8_bom_is_read_as_json(cold, tmp_path):
    """Notepad and Windows PowerShell save UTF-8 with a byte-order mark: the JSON was taken for a CSV (its format
    guessed from the first byte) and refused as a CSV without the columns address,txid,block_time,delta_sat."""
    ws, r0 = cold
    path = tmp_path / "r0.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([esplora(1, "2025-03-01T12:00:00", [(X, SAT + 10_000)],
                                                           [(r0, SAT)])]).encode())
    result = ws.import_chain([path])
    assert result.files[0].format == "esplora" and ws.reconcile(D).wallets[0].chain_sat == SAT
