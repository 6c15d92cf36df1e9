"""Issue 20, item 1: the address register. Derivation is checked against the published test vectors of BIP-84 and
BIP-86 (their mnemonic, account keys and first receive and change addresses), in descriptor and zpub forms; bad
checksums, the wrong network and private keys are refused, and a refused secret is never stored."""

from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import cli
from desktop.core.custody import register
from desktop.core.domain import Wallet
from desktop.core.io.fields import FieldError
from desktop.core.workspace import Workspace

MNEMONIC = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
# BIP-84, "Test vectors": account 0 (m/84'/0'/0'), as zpub, and its addresses
BIP84_ZPUB = "zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs"
BIP84_XPUB = "xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V"
BIP84 = {"m/84h/0h/0h/0/0": "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu",
         "m/84h/0h/0h/0/1": "bc1qnjg0jd8228aq7egyzacy8cys3knf9xvrerkf9g",
         "m/84h/0h/0h/1/0": "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"}
# BIP-86, "Test vectors": account 0 (m/86'/0'/0')
BIP86_XPUB = "xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ"
BIP86 = {"m/86h/0h/0h/0/0": "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr",
         "m/86h/0h/0h/0/1": "bc1p4qhjn9zdvkux4e44uhx8tc55attvtyu358kutcqkudyccelu0was9fqzwh",
         "m/86h/0h/0h/1/0": "bc1p3qkhfews2uk44qtvauqyr2ttdsw7svhkl9nkm9s9c3x4ax5h60wqwruhk7"}
FINGERPRINT = "73c5da0a"  # of the mnemonic's master key


def test_the_vectors_account_keys_come_from_the_bips_mnemonic():
    """The account keys below are the BIPs' own, derived here from their mnemonic (the app never sees a seed)."""
    from embit import bip32, bip39
    from embit.networks import NETWORKS

    root = bip32.HDKey.from_seed(bip39.mnemonic_to_seed(MNEMONIC))
    assert root.my_fingerprint.hex() == FINGERPRINT
    assert root.derive("m/84h/0h/0h").to_public().to_string(NETWORKS["main"]["zpub"]) == BIP84_ZPUB
    assert root.derive("m/84h/0h/0h").to_public().to_string() == BIP84_XPUB
    assert root.derive("m/86h/0h/0h").to_public().to_string() == BIP86_XPUB


def _by_path(entry: register.Entry) -> dict:
    return {a.path: a.address for a in entry.addresses}


def test_bip84_in_descriptor_form_with_key_origin():
    entry = register.parse(f"wpkh([{FINGERPRINT}/84h/0h/0h]{BIP84_XPUB}/<0;1>/*)", count=2)
    assert BIP84.items() <= _by_path(entry).items()
    assert entry.descriptor.endswith("#qf45pmyh") and len(entry.addresses) == 4


def test_bip84_as_a_bare_zpub_gives_receive_and_change_chains():
    entry = register.parse(BIP84_ZPUB, count=2)
    found = {a.path: a.address for a in entry.addresses}
    assert found["…/0/0"] == BIP84["m/84h/0h/0h/0/0"] and found["…/1/0"] == BIP84["m/84h/0h/0h/1/0"]
    assert entry.descriptor.startswith(f"wpkh({BIP84_XPUB}/<0;1>/*)#")


def test_bip86_taproot():
    entry = register.parse(f"tr([{FINGERPRINT}/86h/0h/0h]{BIP86_XPUB}/<0;1>/*)", count=2)
    assert BIP86.items() <= _by_path(entry).items()


def test_a_multisig_descriptor_derives_each_index():
    entry = register.parse(f"wsh(sortedmulti(2,[{FINGERPRINT}/48h/0h/0h/2h]{BIP84_XPUB}/0/*,{BIP86_XPUB}/0/*))", count=3)
    assert [a.path for a in entry.addresses] == ["…/0", "…/1", "…/2"]
    assert all(a.address.startswith("bc1q") and len(a.address) == 62 for a in entry.addresses)  # P2WSH


@pytest.mark.parametrize("text, reason", [
    (f"wpkh({BIP84_XPUB}/0/*)#kj7aqcx7", "checksum #kj7aqcx7 does not match (expected #kj7aqcx6)"),
    (BIP84_XPUB, "a bare xpub does not say which addresses it makes"),
    ("wpkh(tpubD6NzVbkrYhZ4XgiXtGrdW5XDAPFCL9h7we1vwNCpn8tGbBcgfVYjXyhWo4E1xkh56hjod1RhGjxbaTLV3X4FyWuejifB9jusQ46QzG87VKp/0/*)",
     "it holds a testnet key; this workspace is mainnet"),
    ("wpkh(xpub-not-a-key/0/*)", "not a valid output descriptor"),
])
def test_bad_descriptors_are_refused_with_the_reason(text, reason):
    with pytest.raises(FieldError, match=f"^descriptor: .*{reason[:40]}".replace("(", r"\(").replace(")", r"\)")):
        register.parse(text)


@pytest.mark.parametrize("address, reason", [
    ("bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyv", "is not a valid bitcoin address"),
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "is not a valid bitcoin address"),
    ("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", "is a testnet address; this workspace is mainnet"),
    ("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", "is a testnet address"),
])
def test_bad_addresses_are_refused(address, reason):
    with pytest.raises(FieldError, match=reason):
        register.check_address(address)


def test_good_addresses_of_every_kind_are_taken_in_one_spelling():
    for address in ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", BIP84["m/84h/0h/0h/0/0"],
                    BIP86["m/86h/0h/0h/0/0"]):
        assert register.check_address(address) == address
    assert register.check_address(BIP84["m/84h/0h/0h/0/0"].upper()) == BIP84["m/84h/0h/0h/0/0"]
    assert register.check_address("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", "test")


SECRETS = [
    MNEMONIC,
    "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn",  # WIF of the private key 1
    "wpkh(KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn)",
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
    "wpkh([73c5da0a/84h/0h/0h]xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi/0/*)",
    "KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWm",  # the same WIF mistyped: still never repeated
    MNEMONIC.replace("about", "abuot"),  # seed words with a typo
]


@pytest.mark.parametrize("secret", SECRETS)
def test_a_private_key_or_seed_is_refused_never_stored_and_never_repeated(sample_copy, capsys, secret):
    path = sample_copy("el-salvador")
    flag = "--address" if secret.startswith(("K", "x")) and "(" not in secret else "--descriptor"
    assert cli.main(["addresses", "add", "Reserve address 01", "--workspace", str(path), flag, secret]) == 1
    err = capsys.readouterr().err
    assert "gives control of the coins" in err and secret not in err and secret.split()[0][:12] not in err
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert secret not in dump and "addresses" in dump  # nothing of it in any table, the audit log included


def test_the_cli_registers_a_descriptor_and_lists_it(sample_copy, capsys):
    path = str(sample_copy("el-salvador"))
    descriptor = f"wpkh([{FINGERPRINT}/84h/0h/0h]{BIP84_XPUB}/<0;1>/*)"
    assert cli.main(["addresses", "add", "Reserve address 01", "--workspace", path, "--descriptor", descriptor,
                     "--count", "2"]) == 0
    assert cli.main(["addresses", "add", "Reserve address 02", "--workspace", path, "--address", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"]) == 0
    capsys.readouterr()
    assert cli.main(["addresses", "list", "--workspace", path, "--wallet", "Reserve address 01", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["addresses"]
    assert [(a["wallet"], a["address"], a["path"]) for a in listed][:1] == [
        ("Reserve address 01", BIP84["m/84h/0h/0h/0/0"], "m/84h/0h/0h/0/0")]
    assert len(listed) == 4 and all(a["descriptor"] == descriptor + "#qf45pmyh" for a in listed)
    assert cli.main(["audit", "verify", "--workspace", path]) == 0  # every row through the audit log
    capsys.readouterr()
    # the same address twice, in any wallet, is refused, naming who holds it
    assert cli.main(["addresses", "add", "Reserve address 02", "--workspace", path, "--address", BIP84["m/84h/0h/0h/1/0"]]) == 1
    assert "already registered to wallet 'Reserve address 01'" in capsys.readouterr().err


def test_a_testnet_workspace_takes_testnet_addresses(sample_copy):
    path = sample_copy("empty")
    ws = Workspace.open(path)
    with ws.store.transaction() as w:
        w.set_metadata("network", "test")
    ws.add_wallet(Wallet(name="Test", kind="hot"))
    assert ws.add_address("Test", "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx").address.startswith("tb1")
    with pytest.raises(FieldError, match="is a mainnet address; this workspace is testnet"):
        ws.add_address("Test", BIP84["m/84h/0h/0h/0/0"])
    ws.close()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_either_taken_or_refused_with_a_field_error(text):
    for check in (register.check_address, lambda t: register.parse(t, count=1)):
        with contextlib.suppress(FieldError):  # anything else (an embit error, a crash) fails the test
            check(text)
