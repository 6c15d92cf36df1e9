"""Issue 20, item 5: the statement of public-sector bitcoin addresses and balances as of a date. Its totals are the
reconciliation's; its CSV reads back to the same figures; its PDF (made by the command, in its own process, as a
user runs it) holds every address, the totals, the chain statements' SHA-256 and the audit log's head."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest
from embit import bip32, bip39
from embit.util import secp256k1

from desktop.core import domain as d
from desktop.core.custody import proofs
from desktop.core.custody.statement import CSV_COLUMNS, btc_text
from desktop.core.workspace import Workspace
from tests.conftest import cli_command

SAT = 100_000_000
MNEMONIC = "abandon " * 11 + "about"  # BIP-84's test vector: the test holds the keys, so it can sign
BIP84_ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"
BIP86_DESCRIPTOR = ("tr([73c5da0a/86h/0h/0h]xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9"
                    "QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ/<0;1>/*)")
X = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # BIP-173's example: someone else's
Y = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"  # someone else's
FOUNDATION = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"  # BIP-173's other example, a non-public wallet's
D = dt.date(2025, 3, 31)
MESSAGE = "The Bitcoin Office controls this address. Statement as of 2025-03-31."


def utc(text: str) -> int:
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).timestamp())


def esplora(n: int, when: str | None, ins: list[tuple[str, int]], outs: list[tuple[str, int]]) -> dict:
    fee = sum(v for _, v in ins) - sum(v for _, v in outs)
    status = {"confirmed": True, "block_height": 880_000 + n, "block_time": utc(when)} if when else {"confirmed": False}
    return {"txid": f"{n:064x}", "fee": fee, "status": status,
            "vin": [{"prevout": {"scriptpubkey_address": a, "value": v}} for a, v in ins],
            "vout": [{"scriptpubkey_address": a, "value": v} for a, v in outs]}


def sign(path: str, message: str) -> str:
    """A BIP-137 P2WPKH signature (header 39 + recovery id) with the key at ``path`` of the test mnemonic."""
    secret = bip32.HDKey.from_seed(bip39.mnemonic_to_seed(MNEMONIC)).derive(path).key.secret
    compact, recid = secp256k1.ecdsa_recoverable_signature_serialize_compact(
        secp256k1.ecdsa_sign_recoverable(proofs.message_hash(message), secret))
    return base64.b64encode(bytes([39 + recid]) + compact).decode()


def make_desk(folder: Path) -> tuple[Workspace, dict[str, str], list[Path]]:
    """Cold (BIP-84's zpub) and Hot (BIP-86's taproot descriptor), public sector; Foundation, outside it. A receipt,
    a spend with change and a fee, a transfer Cold -> Hot, a receipt the ledger lacks, a block after the date and
    an unconfirmed payment; signed messages for two of Cold's addresses."""
    ws = Workspace.create(folder / "w.db")
    for name, public in (("Cold", True), ("Hot", True), ("Foundation", False)):
        ws.add_wallet(d.Wallet(name=name, kind="cold" if name != "Hot" else "hot", custodian="Banco Central",
                               public_sector=public))
    cold = {a.path: a.address for a in ws.add_descriptor("Cold", BIP84_ZPUB, count=2)[1]}
    hot = {a.path: a.address for a in ws.add_descriptor("Hot", BIP86_DESCRIPTOR, count=2)[1]}
    ws.add_address("Foundation", FOUNDATION)
    r0, r1, c0, c1 = (cold[f"…/{p}"] for p in ("0/0", "0/1", "1/0", "1/1"))
    h0 = hot["m/86h/0h/0h/0/0"]
    txs = {
        1: esplora(1, "2025-03-01T12:00:00", [(X, 250_000_000)], [(r0, 200_000_000), (X, 49_990_000)]),
        2: esplora(2, "2025-03-05T12:00:00", [(r0, 200_000_000)], [(Y, 50_000_000), (c0, 149_990_000)]),
        3: esplora(3, "2025-03-10T12:00:00", [(c0, 149_990_000)], [(h0, 100_000_000), (c1, 49_980_000)]),
        4: esplora(4, "2025-03-12T12:00:00", [(Y, 30_000_000)], [(h0, 25_000_000), (Y, 4_995_000)]),
        5: esplora(5, "2025-04-01T00:00:00", [(Y, 200_000_000)], [(r1, 100_000_000), (Y, 99_990_000)]),
        6: esplora(6, None, [(X, 40_000_000)], [(r1, 30_000_000), (X, 9_990_000)]),
        7: esplora(7, "2025-03-20T08:00:00", [(Y, 80_000_000)], [(FOUNDATION, 70_000_000), (Y, 9_990_000)]),
    }
    files = {r0: [2, 1], c0: [3, 2], c1: [3], h0: [4, 3], r1: [6, 5], FOUNDATION: [7]}
    paths = []
    for address, numbers in files.items():
        path = folder / ("foundation.json" if address == FOUNDATION else f"{address}.json")
        path.write_text(json.dumps([txs[n] for n in numbers]))
        paths.append(path)
    ws.import_chain(paths, "esplora")
    for t in (d.Transaction(dt.date(2025, 3, 1), "purchase", "Cold", 2.0, price_usd=85_000.0),
              d.Transaction(dt.date(2025, 3, 5), "sale", "Cold", 0.5, price_usd=90_000.0, reference=f"{2:064x}"),
              d.Transaction(dt.date(2025, 3, 10), "transfer", "Cold", 1.0, to_wallet="Hot"),
              d.Transaction(dt.date(2025, 3, 10), "fee", "Cold", 0.0001),
              d.Transaction(dt.date(2025, 3, 15), "purchase", "Hot", 0.1, price_usd=80_000.0)):
        ws.add_transaction(t)
    signed = folder / "proofs.csv"
    with open(signed, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("address", "message", "signature"))
        writer.writerow((r0, MESSAGE, sign("m/84h/0h/0h/0/0", MESSAGE)))
        writer.writerow((c1, MESSAGE, sign("m/84h/0h/0h/1/1", MESSAGE)))
    ws.add_proofs(signed)
    return ws, {"r0": r0, "r1": r1, "c0": c0, "c1": c1, "h0": h0}, paths


@pytest.fixture
def desk(tmp_path):
    ws, named, paths = make_desk(tmp_path)
    yield ws, named, paths
    ws.close()


def test_the_statement_lists_every_public_sector_address_and_its_totals_are_the_reconciliations(desk):
    ws, a, paths = desk
    s = ws.statement(D)
    assert s.title == "Statement of public-sector bitcoin addresses and balances as of 2025-03-31"
    assert [w.name for w in s.wallets] == ["Cold", "Hot"] and s.left_out == ("Foundation",)
    recon = {w.name: w for w in ws.reconcile(D).wallets}
    for w in s.wallets:
        assert (w.chain_sat, w.ledger_sat, w.difference_sat) == (recon[w.name].chain_sat, recon[w.name].ledger_sat,
                                                                 recon[w.name].difference_sat)
        assert [x.address for x in w.addresses] == [r.address for r in ws.registered_addresses(w.name)]
        assert w.unattributed_sat == 0  # Esplora names every address
    assert s.chain_sat == recon["Cold"].chain_sat + recon["Hot"].chain_sat == 49_980_000 + 125_000_000
    assert s.ledger_sat == round((0.4999 + 1.1) * SAT) and s.difference_sat == s.ledger_sat - s.chain_sat
    by = {x.address: x for x in s.addresses}
    assert by[a["c1"]].balance_sat == 49_980_000 and by[a["h0"]].balance_sat == 125_000_000
    assert by[a["r1"]].balance_sat == 0  # paid the day after the date; its unconfirmed 0.3 BTC kept apart
    assert s.unconfirmed_sat == 30_000_000
    assert {x.address for x in s.addresses if x.proven} == {a["r0"], a["c1"]}
    assert [p.address for p in s.proofs] == [a["r0"], a["c1"]] and s.proofs[0].message == MESSAGE
    assert by[a["r0"]].flags == ("key exposed (spent from)",)
    assert by[a["h0"]].flags == ("reused (2 receipts)", "key exposed (taproot key path)")
    assert [f.sha256 for f in s.files] == [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    assert (s.audit_entries, s.audit_hash) == ws.store.audit_head()
    assert s.unmatched_chain == 2 and s.unmatched_ledger == 1  # tx 2's fee, tx 4's receipt; Hot's 0.1 purchase
    assert s.newest_block == dt.date(2025, 4, 1) and not s.stale  # the files were imported after the date
    late = ws.statement(s.newest_import)  # files imported that day were saved before its end: movements may be missing
    assert late.stale and late.chain_sat == s.chain_sat + 100_000_000


def test_the_csv_reads_back_to_the_statements_figures(desk):
    ws, a, _ = desk
    s = ws.statement(D)
    rows = list(csv.DictReader(io.StringIO(s.csv_text())))
    assert tuple(rows[0]) == CSV_COLUMNS and {r["as_of"] for r in rows} == {"2025-03-31"}
    addresses = [r for r in rows if r["row"] == "address"]
    assert [r["address"] for r in addresses] == [x.address for x in s.addresses]
    for w in s.wallets:
        total = next(r for r in rows if r["row"] == "wallet total" and r["wallet"] == w.name)
        listed = sum(round(float(r["balance_btc"]) * SAT) for r in addresses if r["wallet"] == w.name)
        assert listed == round(float(total["balance_btc"]) * SAT) == w.chain_sat
        assert round(float(total["ledger_btc"]) * SAT) == w.ledger_sat
        assert round(float(total["difference_btc"]) * SAT) == w.difference_sat
    total = rows[-1]
    assert total["row"] == "total" and total["balance_btc"] == "1.74980000" and total["difference_btc"] == "-0.14990000"
    assert {r["address"]: r["proven"] for r in addresses}[a["c1"]] == "yes"


def test_wallet_names_that_look_like_formulas_stay_text_in_the_csv(tmp_path):
    ws = Workspace.create(tmp_path / "w.db")
    try:
        ws.add_wallet(d.Wallet(name="=HYPERLINK(1)", kind="cold"))
        ws.add_address("=HYPERLINK(1)", X)
        rows = list(csv.reader(io.StringIO(ws.statement(D).csv_text())))
        assert rows[1][2] == "'=HYPERLINK(1)" and rows[1][5] == "0.00000000"
    finally:
        ws.close()


def test_amounts_are_exact_to_the_satoshi():
    assert btc_text(150_000_000) == "1.50000000" and btc_text(-1) == "-0.00000001"
    assert btc_text(2_100_000_000_000_000) == "21,000,000.00000000"
    assert btc_text(2_100_000_000_000_000, grouped=False) == "21000000.00000000"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_the_command_writes_the_pdf_and_csv_with_every_address_total_digest_and_the_audit_head(desk, tmp_path):
    ws, _, _ = desk
    s = ws.statement(D)
    path = str(ws.path)
    ws.close()
    out, table = tmp_path / "statement.pdf", tmp_path / "statement.csv"
    done = _run("statement", "--workspace", path, "--date", "2025-03-31", "--out", str(out), "--csv", str(table))
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["totals"]["chain_btc"] == "1.74980000" and answer["pages"] >= 2
    assert table.read_text(encoding="utf-8") == s.csv_text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Statement of public-sector bitcoin addresses and balances as of 2025-03-31" in flat
    for x in s.addresses:
        assert x.address in flat, x.address
    for f in s.files:
        assert f.sha256 in flat
    assert s.audit_hash in flat and f"{s.audit_entries:,} entries" in flat
    assert "1.74980000" in flat and "1.59990000" in flat and "-0.14990000" in flat  # chain, ledger, difference
    assert "Foundation" in flat and "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" not in flat  # named, not listed
    assert MESSAGE in flat and "Signature" in flat and "Certification" in flat
    assert "newest block 2025-04-01" in flat and "not after the date of this statement" not in flat
    again = _run("statement", "--workspace", path, "--date", "2025-03-31", "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr  # kept unless --force
    over = _run("statement", "--workspace", path, "--date", "2025-03-31", "--out", str(tmp_path / "x.pdf"),
                "--csv", path, "--force")
    assert over.returncode == 1 and "the open workspace" in over.stderr


@pytest.mark.slow
def test_a_wallet_without_registered_addresses_is_said_so_not_shown_as_an_empty_table(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    out = tmp_path / "s.pdf"
    done = _run("statement", "--workspace", str(path), "--date", "2025-06-30", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["totals"] == {"chain_btc": "0.00000000", "ledger_btc": "6200.00000000",
                                                 "difference_btc": "6200.00000000", "addresses": 0, "proven": 0}
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    # its chain balance is unknown, not zero: the wallet is not compared, and the cover says how much that covers
    assert "Treasury cold wallet cold 0 0 not registered 6,200.00000000 not compared" in text
    assert ("6,200.00000000 BTC; 6,200.00000000 BTC of it in 1 wallet with no registered address (not compared)"
            in text)
    assert ("Wallets with no registered address No address is registered to these wallets: their ledger balances "
            "are not shown on the chain by this statement") in text
    assert "Addresses of Treasury cold wallet" not in text
    assert "No chain statement has been imported" in text
