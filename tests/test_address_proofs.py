"""Issue 20, item 5: signed messages proving control of an address. Verification is checked against published
signatures (bitcoinjs-message's test fixtures; Trezor's device tests of its "all all … all" seed, in P2PKH,
P2SH-P2WPKH, native P2WPKH and Electrum's header convention) and against signatures made here with embit's
libsecp256k1; the CSV import is all or nothing, naming each refused row, and is fuzzed."""

from __future__ import annotations

import base64
import contextlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
from embit import bip32, bip39, ec, script
from embit.util import secp256k1
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop import cli
from desktop.core.custody import proofs
from desktop.core.domain import Wallet
from desktop.core.io.fields import FieldError, InputError
from desktop.core.workspace import Workspace

# bitcoinjs-message, test/fixtures.json: "vires is numeris" signed with the private key 1, in every header form
VIRES = "vires is numeris"
PUBLISHED = [
    ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", VIRES,
     "G8JawPtQOrybrSP1WHQnQPr67B9S3qrxBrl1mlzoTJOSHEpmnF7D3+t+LX0Xei9J20B5AIdPbeL3AaTBZ4N3bY0="),  # uncompressed
    ("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", VIRES,
     "H8JawPtQOrybrSP1WHQnQPr67B9S3qrxBrl1mlzoTJOSHEpmnF7D3+t+LX0Xei9J20B5AIdPbeL3AaTBZ4N3bY0="),  # compressed
    ("3JvL6Ymt8MVWiCNHC7oWU6nLeHNJKLZGLN", VIRES,
     "JF8nHqFr3K2UKYahhX3soVeoW8W1ECNbr0wfck7lzyXjCS5Q16Ek45zyBuy1Fiy9sTPKVgsqqOuPvbycuVSSVl8="),  # P2SH-P2WPKH
    ("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", VIRES,
     "KF8nHqFr3K2UKYahhX3soVeoW8W1ECNbr0wfck7lzyXjCS5Q16Ek45zyBuy1Fiy9sTPKVgsqqOuPvbycuVSSVl8="),  # P2WPKH
    # Trezor firmware, tests/device_tests/test_msg_signmessage.py (seed "all all … all")
    ("1JAd7XCBzGudGpJQSDSfpmJhiygtLQWaGL", "VeryLongMessage!" * 64,
     "IApGR2zrhNBu9XhIKAJvkiyIFfV6rIN7jAEwB8qKhGDbY++Rfb6669EIscgUu+6m2x8rIkGpWOU/5xXMhrGZ2cM="),
    ("3CwYaeWxhpXXiHue3ciQez1DLaTEAXcKa1", "This is an example of a signed message.",
     "JJ4j7fDk5H/x3sJ/Ms14xQ507wGO6Kat81rhfHqbDdlvSLST/X26sD77b0OcY4PJUjs7vF8afRWKavkKsVTpvoA="),
    ("bc1qannfxke2tfd4l7vhepehpvt05y83v3qsf6nfkk", "This is an example of a signed message.",
     "KLVddgDZ6afipJFV3fPP2455bCB/qrgzAQ+kH7eCiIm8R89iNIp6qgkjwIMqWJ+rVB6PEutU+3EckOIwfw9msZQ="),
    # the same signature with Electrum's header (31 + recovery id): Electrum signs segwit addresses so
    ("bc1qannfxke2tfd4l7vhepehpvt05y83v3qsf6nfkk", "This is an example of a signed message.",
     "ILVddgDZ6afipJFV3fPP2455bCB/qrgzAQ+kH7eCiIm8R89iNIp6qgkjwIMqWJ+rVB6PEutU+3EckOIwfw9msZQ="),
]


def test_the_message_hash_is_bitcoin_cores():
    # bitcoinjs-message, fixtures "magicHash"
    assert proofs.message_hash("").hex() == "80e795d4a4caadd7047af389d9f7f220562feb6196032e2131e10563352c4bcc"
    assert proofs.message_hash("Vires is Numeris").hex() == ("f8a5affbef4a3241b19067aa694562f64f513310817297089a8929a9"
                                                             "30f4f933")


@pytest.mark.parametrize(("address", "message", "signature"), PUBLISHED)
def test_published_signatures_verify(address, message, signature):
    proofs.verify(address, message, signature)


@pytest.mark.parametrize(("address", "message", "signature"), [
    ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", "foobar", PUBLISHED[0][2]),  # another message
    ("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", VIRES, PUBLISHED[1][2]),  # compressed signature, uncompressed address
    ("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", VIRES, PUBLISHED[0][2]),  # and the other way round
    ("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", VIRES, PUBLISHED[2][2]),  # a P2SH-P2WPKH header for a P2PKH address
    ("3JvL6Ymt8MVWiCNHC7oWU6nLeHNJKLZGLN", VIRES, PUBLISHED[3][2]),  # a P2WPKH header for a P2SH address
    ("1JAd7XCBzGudGpJQSDSfpmJhiygtLQWaGL", "VeryLongMessage!" * 63, PUBLISHED[4][2]),
    ("bc1qannfxke2tfd4l7vhepehpvt05y83v3qsf6nfkk", "This is an example of a signed message. ", PUBLISHED[6][2]),
])
def test_a_signature_for_another_message_key_or_address_kind_does_not_verify(address, message, signature):
    with pytest.raises(FieldError, match="^signature: does not verify"):
        proofs.verify(address, message, signature)


# ---- signatures made here -----------------------------------------------------------------------------------------

ROOT = bip32.HDKey.from_seed(bip39.mnemonic_to_seed("abandon " * 11 + "about"))
HEADER_BASE = {"p2pkh": 31, "p2sh-p2wpkh": 35, "p2wpkh": 39}


def key(index: int) -> bip32.HDKey:
    return ROOT.derive(f"m/84h/0h/0h/0/{index}")


def address_of(k: bip32.HDKey, kind: str) -> str:
    pub = k.get_public_key()
    spk = {"p2pkh": script.p2pkh, "p2wpkh": script.p2wpkh}.get(kind, lambda p: script.p2sh(script.p2wpkh(p)))(pub)
    return spk.address()


def sign(k: bip32.HDKey, message: str, kind: str, *, compressed: bool = True) -> str:
    recoverable = secp256k1.ecdsa_sign_recoverable(proofs.message_hash(message), k.key.secret)
    compact, recid = secp256k1.ecdsa_recoverable_signature_serialize_compact(recoverable)
    header = (HEADER_BASE[kind] if compressed else 27) + recid
    return base64.b64encode(bytes([header]) + compact).decode()


@pytest.mark.parametrize("kind", ["p2pkh", "p2sh-p2wpkh", "p2wpkh"])
def test_signatures_made_with_libsecp256k1_verify_and_only_for_their_key(kind):
    message = "The Ministry of Finance controls this address on 2026-06-30.\nSigned for the IMF."
    signature = sign(key(0), message, kind)
    proofs.verify(address_of(key(0), kind), message, signature)
    with pytest.raises(FieldError, match="does not verify"):
        proofs.verify(address_of(key(1), kind), message, signature)


def test_an_uncompressed_key_signs_its_own_p2pkh_address():
    pub = ec.PublicKey(key(2).get_public_key()._point, compressed=False)
    message = "uncompressed"
    proofs.verify(script.p2pkh(pub).address(), message, sign(key(2), message, "p2pkh", compressed=False))
    with pytest.raises(FieldError, match="does not verify"):  # its compressed address is another address
        proofs.verify(address_of(key(2), "p2pkh"), message, sign(key(2), message, "p2pkh", compressed=False))


@pytest.mark.parametrize(("address", "signature", "reason"), [
    (address_of(key(0), "p2wpkh"), "not base64!", "signature: is not base64 text"),
    (address_of(key(0), "p2wpkh"), base64.b64encode(bytes(64)).decode(), "decodes to 64 bytes, not the 65"),
    (address_of(key(0), "p2wpkh"), base64.b64encode(b"\x00" * 300).decode(), "BIP-322 signatures are not supported yet"),
    (address_of(key(0), "p2wpkh"), base64.b64encode(bytes([43]) + bytes(64)).decode(), "header byte is 43"),
    (address_of(key(0), "p2wpkh"), base64.b64encode(bytes([31]) + bytes(64)).decode(), "no public key can be recovered"),
    ("bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr", PUBLISHED[1][2],
     "taproot address: a legacy signed message proves only single-key addresses.*BIP-322 signatures are not supported"),
])
def test_what_cannot_be_a_legacy_signature_is_refused_with_the_reason(address, signature, reason):
    with pytest.raises(FieldError, match=reason):
        proofs.verify(address, "m", signature)


# ---- the import ---------------------------------------------------------------------------------------------------

@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "ws.db")
    workspace.add_wallet(Wallet(name="Cold 1", kind="cold"))
    workspace.add_wallet(Wallet(name="Hot", kind="hot"))
    for i, kind in enumerate(("p2wpkh", "p2sh-p2wpkh", "p2pkh")):
        workspace.add_address("Cold 1", address_of(key(i), kind))
    workspace.add_address("Hot", address_of(key(3), "p2wpkh"))
    yield workspace
    workspace.close()


def csv_file(tmp_path: Path, rows: list[tuple[str, str, str]], name: str = "proofs.csv") -> Path:
    import csv

    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(("address", "message", "signature"))
        writer.writerows(rows)
    return path


def good_rows(message: str = "Bitcoin Office, 2026-06-30") -> list[tuple[str, str, str]]:
    kinds = ("p2wpkh", "p2sh-p2wpkh", "p2pkh")
    return [(address_of(key(i), kind), message, sign(key(i), message, kind)) for i, kind in enumerate(kinds)]


def stored(ws) -> int:
    return ws.store.db.execute("SELECT count(*) FROM address_proofs").fetchone()[0]


def test_a_file_of_good_proofs_is_stored_once_and_marks_its_addresses_proven(ws, tmp_path):
    head = ws.store.audit_head()
    result = ws.add_proofs(csv_file(tmp_path, good_rows()))
    assert (result.proofs, result.added) == (3, 3) and stored(ws) == 3
    assert ws.proven_addresses() == {address_of(key(i), k) for i, k in enumerate(("p2wpkh", "p2sh-p2wpkh", "p2pkh"))}
    assert ws.store.audit_head()[0] == head[0] + 1  # one audited batch
    entry = ws.store.db.execute("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "proofs.csv" in entry and "sha256" in entry
    again = ws.add_proofs(csv_file(tmp_path, good_rows()))
    assert (again.added, again.to_json()["already_stored"], stored(ws)) == (0, 3, 3)


def test_a_dry_run_verifies_and_stores_nothing(ws, tmp_path):
    assert ws.add_proofs(csv_file(tmp_path, good_rows()), dry_run=True).added == 3
    assert stored(ws) == 0 and ws.proven_addresses() == frozenset()


def test_one_bad_row_refuses_the_whole_file_naming_each_row(ws, tmp_path):
    rows = good_rows()
    unregistered = address_of(key(9), "p2wpkh")
    rows += [(unregistered, "m", sign(key(9), "m", "p2wpkh")),  # row 5
             (rows[0][0], "m", "%%%"),  # row 6
             (rows[0][0], "another message", rows[0][2]),  # row 7
             ("bc1qnotanaddress", "m", rows[0][2]),  # row 8
             (rows[1][0], "", rows[1][2]),  # row 9
             rows[2]]  # row 10: row 4 again
    head = ws.store.audit_head()
    with pytest.raises(InputError) as info:
        ws.add_proofs(csv_file(tmp_path, rows))
    problems = info.value.problems
    assert problems[0] == f"row 5: address: {unregistered} is not in the address register; register it to its wallet first"
    assert problems[1].startswith("row 6: signature: is not base64 text")
    assert problems[2].startswith(f"row 7: signature: does not verify for {rows[0][0]} and this message")
    assert problems[3].startswith("row 8: address: 'bc1qnotanaddress' is not a valid bitcoin address")
    assert problems[4] == "row 9: message: is required"
    assert problems[5] == "row 10: signature: the same proof as row 4"
    assert len(problems) == 6 and stored(ws) == 0 and ws.store.audit_head() == head


def test_a_private_key_in_the_address_column_is_refused_and_not_repeated(ws, tmp_path):
    wif = key(0).key.wif()
    with pytest.raises(InputError) as info:
        ws.add_proofs(csv_file(tmp_path, [(wif, "m", "x")]))
    assert "private key" in str(info.value) and wif not in str(info.value) and stored(ws) == 0


def test_a_wrong_header_is_named(ws, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("address,signature\nbc1q,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 1: missing columns: message"):
        ws.add_proofs(path)


def test_a_proof_changed_behind_the_applications_back_proves_nothing(ws, tmp_path):
    ws.add_proofs(csv_file(tmp_path, good_rows()))
    first = good_rows()[0][0]
    path = ws.path
    ws.close()
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE address_proofs SET message = 'Bitcoin Office, 2027-06-30' WHERE address = ?", [first])
    reopened = Workspace.open(path)
    try:
        assert first not in reopened.proven_addresses() and len(reopened.proven_addresses()) == 2
    finally:
        reopened.close()


def test_the_cli_proves_addresses_and_refuses_a_bad_file(ws, tmp_path, capsys):
    good = csv_file(tmp_path, good_rows())
    path = str(ws.path)
    ws.close()
    assert cli.main(["addresses", "prove", str(good), "--workspace", path, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["proofs"], out["added"], out["dry_run"]) == (3, 3, True)
    assert cli.main(["addresses", "prove", str(good), "--workspace", path]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    bad = csv_file(tmp_path, [(good_rows()[0][0], "x", good_rows()[0][2])], "bad.csv")
    assert cli.main(["addresses", "prove", str(bad), "--workspace", path]) == cli.EXIT_INPUT
    assert "row 2: signature: does not verify" in capsys.readouterr().err


# ---- fuzzing ------------------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
SPOILS = ("message", "signature", "base64", "unregistered", "address", "empty", "ragged", "bip322", "twice")
proof_row = st.tuples(st.integers(0, 3), st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                                                 max_size=40),
                      st.sampled_from((None,) * 40 + SPOILS))
proof_file = st.fixed_dictionaries({"rows": st.lists(proof_row, max_size=6),
                                    "header": st.sampled_from(("address,message,signature",) * 6
                                                              + ("Signature,Address,Message", "address,message",
                                                                 "address,message,signature,extra")),
                                    "delimiter": st.sampled_from((",", ";", "\t")),
                                    "dry_run": st.booleans()})
KINDS = ("p2wpkh", "p2sh-p2wpkh", "p2pkh", "p2wpkh")


def build(f: dict) -> tuple[str, set[int], set[tuple], bool]:
    """The file, the row numbers that must be named, the proofs a good file holds, and whether its header is right."""
    import csv
    import io

    columns = [c.strip().lower() for c in f["header"].split(",")]
    lines, bad, good, seen = [], set(), set(), set()
    for index, message, spoil in f["rows"]:
        spoil = None if spoil == "twice" and not lines else spoil
        k, kind = key(index), KINDS[index]
        cells = {"address": address_of(k, kind), "message": message, "signature": sign(k, message, kind), "extra": ""}
        if spoil == "message":
            cells["message"] = message + "!"
        elif spoil == "signature":
            cells["signature"] = sign(key(index + 1), message, kind)
        elif spoil == "base64":
            cells["signature"] = cells["signature"][:-3]
        elif spoil == "unregistered":
            cells["address"], cells["signature"] = address_of(key(7), kind), sign(key(7), message, kind)
        elif spoil == "address":
            cells["address"] = cells["address"][:-1] + ("q" if cells["address"][-1] != "q" else "p")
        elif spoil == "empty":
            cells[("address", "message", "signature")[index % 3]] = ""
        elif spoil == "bip322":
            cells["signature"] = base64.b64encode(b"\x02" + bytes(100)).decode()
        elif spoil == "twice" and lines:
            cells = dict(zip(columns, lines[-1], strict=False))
        row = [cells.get(c, "") for c in columns]
        lines.append(row[:-1] if spoil == "ragged" else row)
        number = len(lines) + 1
        triple = (cells.get("address"), cells.get("message"), cells.get("signature"))
        if spoil in SPOILS or triple in seen:
            bad.add(number)
        else:  # a row the reader takes (a spoiled row's proof may still come, good, on a later row)
            seen.add(triple)
            good.add(triple)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=f["delimiter"])
    writer.writerow(columns)
    writer.writerows(lines)
    return buffer.getvalue(), bad, good, set(columns) == {"address", "message", "signature"}


def event(what: str) -> None:
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


@pytest.mark.slow
@FUZZ
@given(f=proof_file)
def test_fuzzed_proof_files_store_exactly_their_proofs_or_nothing(ws, tmp_path, f):
    text, bad, good, known_header = build(f)
    path = tmp_path / "fuzz.csv"
    path.write_text(text, encoding="utf-8")
    before = stored(ws), ws.store.audit_head()
    try:
        result = ws.add_proofs(path, dry_run=f["dry_run"])
    except InputError as exc:
        event("refused")
        assert bad or not known_header or not good, exc.problems  # a good file is never refused
        assert (stored(ws), ws.store.audit_head()) == before
        named = set()
        for problem in exc.problems:
            found = re.match(r"row (\d+): (address|message|signature|row): \S", problem)
            assert found or re.match(r"row 1: (missing|unknown) columns|the file has a header but no rows", problem), problem
            named |= {int(found.group(1))} if found else set()
        assert not known_header or bad <= named, (bad, exc.problems)
        return
    event("dry run" if f["dry_run"] else "written")
    assert known_header and not bad and result.proofs == len(good)
    if not f["dry_run"]:
        rows = {tuple(r[:3]) for r in ws.store.address_proofs()}
        assert good <= rows and stored(ws) == before[0] + result.added
        assert {a for a, _, _ in good} <= ws.proven_addresses()
        with ws.store.transaction() as w:  # so that every example starts with none stored
            for (rowid,) in ws.store.db.execute("SELECT id FROM address_proofs").fetchall():
                w.delete("address_proofs", rowid)
