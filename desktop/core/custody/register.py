"""The address register: what a wallet holds on the chain, as single addresses and output descriptors.

Parsing, checksums, derivation and network checks are embit's (Specter's bitcoin library: pure Python with an
optional libsecp256k1, no network, about 2.7 MB; the Bitcoin Dev Kit's Python wheel is 15 MB, more than the
standalone app has room for). This module adds the desk's rules:

- mainnet only unless the workspace says testnet, checked on every key and address;
- no private key is ever accepted: WIF keys, extended private keys (xprv, yprv, zprv, tprv…), descriptors that
  hold one and BIP-39 mnemonics are refused, and the refusal never repeats the string;
- a bare SLIP-132 key stands for its script type's receive and change chains (ypub: ``sh(wpkh(…/<0;1>/*))``,
  zpub: ``wpkh(…/<0;1>/*)``); a bare xpub does not say its script type and is refused with a request for a
  descriptor;
- derived addresses carry their path: the key origin (``m/84h/0h/0h`` when the descriptor gives one) and the
  branch and index (``/0/5``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from embit import base58, bip32, bip39, script
from embit.base import EmbitError
from embit.descriptor import Descriptor
from embit.networks import NETWORKS

from .. import fmt
from ..i18n import translate
from ..io.fields import FieldError, quoted

NETWORK_NAMES = {"main": "mainnet", "test": "testnet"}
MAX_DERIVED = 10_000  # per branch: a register of thousands of addresses, not an unbounded loop
DEFAULT_COUNT = 20  # addresses per branch derived at first
DEFAULT_GAP_LIMIT = 20  # unused addresses kept after the last used one (BIP-44's gap limit)
_PRIVATE_PREFIXES = ("xprv", "yprv", "zprv", "tprv", "uprv", "vprv", "Yprv", "Zprv", "Uprv", "Vprv")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]{50,52}")
_RAW_KEY = re.compile(r"(0x)?[0-9a-fA-F]{64}")
_MINIKEY = re.compile(r"S[1-9A-HJ-NP-Za-km-z]{21}|S[1-9A-HJ-NP-Za-km-z]{29}")  # checked by its SHA-256 (Casascius)


@dataclass(frozen=True)
class Derived:
    address: str
    path: str | None  # "m/84h/0h/0h/0/5", or "/0/5" without a key origin; None for a single address


@dataclass(frozen=True)
class Entry:
    """What the user gave, checked: a single address, or a descriptor (with its checksum) and what it derives."""
    descriptor: str | None
    addresses: tuple[Derived, ...]


class SecretRefused(FieldError):
    """The input is, or holds, a private key or a seed: it is refused, never stored, never repeated."""


def _refuse_secrets(text: str, field: str) -> None:
    """Refuse a secret, and anything shaped like one with a typo: a message must never repeat it."""
    words = text.split()
    if len(words) >= 11 and sum(w.lower() in bip39.WORDLIST for w in words) >= 0.8 * len(words):
        raise SecretRefused(field, translate("register", "this looks like a recovery phrase (BIP-39 seed words): it "
                                                         "gives control of the coins; Reserve Desk takes public "
                                                         "information only, and did not keep it"))
    if any(prefix in text for prefix in _PRIVATE_PREFIXES):
        raise SecretRefused(field, translate("register", "this holds an extended private key: it gives control of the "
                                                         "coins; give the matching public key (xpub, ypub, zpub) "
                                                         "instead; it was not kept"))
    if _RAW_KEY.fullmatch(text):  # never an address nor a descriptor; a key is 32 bytes: a message must not show it
        raise SecretRefused(field, translate("register", "64 hexadecimal digits are a raw private key (or a "
                                                         "transaction id), not an address or a descriptor; Reserve "
                                                         "Desk takes public information only; it was not kept"))
    for token in re.split(r"[^1-9A-HJ-NP-Za-km-z]", text):
        if _BASE58.fullmatch(token) and (_is_wif(token) or token[0] in "5KL9c"):  # a WIF key, or one mistyped
            raise SecretRefused(field, translate("register", "this holds a private key (WIF): it gives control of "
                                                             "the coins; Reserve Desk takes addresses and public keys "
                                                             "only; it was not kept"))
        if _MINIKEY.fullmatch(token) and hashlib.sha256(f"{token}?".encode()).digest()[0] == 0:
            raise SecretRefused(field, translate("register", "this holds a private key (a mini private key, as on a "
                                                             "physical coin): it gives control of the coins; Reserve "
                                                             "Desk takes addresses and public keys only; it was not "
                                                             "kept"))


def _is_wif(token: str) -> bool:
    from embit.ec import PrivateKey

    try:
        PrivateKey.from_wif(token)
    except Exception:  # noqa: BLE001 - embit raises several kinds for "not a WIF key"
        return False
    return True


_BASE58_VERSIONS = {0x00: "main", 0x05: "main", 0x6F: "test", 0xC4: "test"}  # P2PKH, P2SH on each network
_BECH32_HRP = {"bc": "main", "tb": "test"}


def check_address(text: str, network: str = "main") -> str:
    """The address as given, once its checksum and network are right; FieldError otherwise."""
    text = text.strip()
    _refuse_secrets(text, "address")
    hrp = text.lower().split("1", 1)[0] if "1" in text else ""
    try:
        if hrp in _BECH32_HRP:  # SegWit and Taproot (BIP-173, BIP-350)
            script.address_to_scriptpubkey(text.lower())
            found = _BECH32_HRP[hrp]
            text = text.lower()  # one spelling: upper case is allowed for QR codes only
        else:  # legacy and nested (Base58Check)
            raw = base58.decode_check(text)
            if len(raw) != 21 or raw[0] not in _BASE58_VERSIONS:
                raise ValueError("not a P2PKH or P2SH address")
            found = _BASE58_VERSIONS[raw[0]]
    except (EmbitError, ValueError, KeyError, IndexError) as exc:
        raise FieldError("address", translate("register", "{text} is not a valid bitcoin address ({why})").format(
            text=quoted(text), why=exc or translate("register", "bad checksum"))) from None
    if found != network:
        raise FieldError("address", translate("register", "{text} is a {network} address; this workspace is "
                                                          "{workspace}").format(
            text=quoted(text), network=NETWORK_NAMES[found], workspace=NETWORK_NAMES[network]))
    return text


def parse(text: str, network: str = "main", count: int = DEFAULT_COUNT) -> Entry:
    """A descriptor or a bare SLIP-132 key, checked, with ``count`` addresses derived on each branch."""
    text = text.strip()
    _refuse_secrets(text, "descriptor")
    if not 1 <= count <= MAX_DERIVED:
        raise FieldError("count", translate("register", "{count}: from 1 to {most} addresses per branch").format(
            count=fmt.number(count), most=fmt.number(MAX_DERIVED)))
    descriptor = _descriptor(text, network)
    for key in descriptor.keys:
        if key.is_private:  # a form the text checks did not catch
            raise SecretRefused("descriptor", translate("register", "this holds a private key; give the public "
                                                                    "descriptor; it was not kept"))
        if key.is_extended:
            _check_key_network(key.key, network)
            _check_slip132_script(key.key, str(descriptor), network)
    if descriptor.is_wildcard:
        derived = _derive(descriptor, network, 0, count)
    else:
        derived = [Derived(descriptor.address(NETWORKS[network]), _path(descriptor, None, None))]
    return Entry(_with_checksum(descriptor), tuple(derived))


def derive_range(registered: str, network: str, start: int, stop: int) -> list[list[Derived]]:
    """The addresses of a registered descriptor from index ``start`` to ``stop`` (excluded), branch by branch
    (receive, then change): to extend a wallet's register to its gap limit."""
    descriptor = _descriptor(registered, network)
    if not descriptor.is_wildcard:
        return []
    stop = min(stop, MAX_DERIVED)
    found = _derive(descriptor, network, start, stop)
    width = max(stop - start, 0)
    return [found[b * width:(b + 1) * width] for b in range(descriptor.num_branches)]


def _derive(descriptor: Descriptor, network: str, start: int, stop: int) -> list[Derived]:
    return [Derived(descriptor.derive(index, branch_index=branch).address(NETWORKS[network]),
                    _path(descriptor, branch, index))
            for branch in range(descriptor.num_branches) for index in range(start, stop)]


def _descriptor(text: str, network: str) -> Descriptor:
    if re.fullmatch(r"[A-Za-z0-9]{100,120}", text):  # a bare extended key
        return _from_slip132(text, network)
    body, _, checksum = text.partition("#")
    try:
        expected = _with_checksum_text(body)
    except (EmbitError, ValueError) as exc:
        raise FieldError("descriptor", translate("register", "not a valid output descriptor: {why}").format(
            why=exc)) from None
    if checksum and expected != text:
        raise FieldError("descriptor", translate("register", "its checksum #{given} does not match (expected "
                                                             "#{expected}): a character was changed").format(
            given=checksum[:8], expected=expected.partition("#")[2]))
    try:
        return Descriptor.from_string(body)
    except (EmbitError, ValueError, KeyError, IndexError, TypeError) as exc:
        reason = (translate("register", "its checksum does not match") if "checksum" in str(exc).lower()
                  else str(exc) or type(exc).__name__)
        raise FieldError("descriptor", translate("register", "not a valid output descriptor: {why}").format(
            why=reason)) from None


def _from_slip132(text: str, network: str) -> Descriptor:
    try:
        key = bip32.HDKey.from_string(text)
    except (EmbitError, ValueError, KeyError, IndexError) as exc:
        raise FieldError("descriptor", translate("register", "not a valid extended public key ({why})").format(
            why=exc)) from None
    version = key.version
    for name, net in NETWORKS.items():
        kinds = {net["zpub"]: "wpkh({})", net["ypub"]: "sh(wpkh({}))"}
        if version in kinds:
            if name not in NETWORK_NAMES or name != network:
                raise FieldError("descriptor", translate("register", "a {network} key; this workspace is "
                                                                     "{workspace}").format(
                    network=NETWORK_NAMES.get(name, name), workspace=NETWORK_NAMES[network]))
            xpub = bip32.HDKey(key.key, key.chain_code, version=NETWORKS[network]["xpub"], depth=key.depth,
                               fingerprint=key.fingerprint, child_number=key.child_number)
            return Descriptor.from_string(kinds[version].format(f"{xpub.to_string()}/<0;1>/*"))
        if version == net["xpub"]:
            raise FieldError("descriptor", translate("register", "a bare xpub does not say which addresses it makes "
                                                                 "(legacy, nested or native SegWit, Taproot): give an "
                                                                 "output descriptor, e.g. wpkh([fingerprint/84h/0h/0h]"
                                                                 "xpub…/<0;1>/*) as the wallet software exports it"))
    raise FieldError("descriptor", translate("register", "not an extended public key this desk reads (xpub in a "
                                                         "descriptor, ypub, zpub)"))


def _check_key_network(key: bip32.HDKey, network: str) -> None:
    if key.version not in {v for k, v in NETWORKS[network].items() if k in ("xpub", "ypub", "zpub", "Ypub", "Zpub")}:
        other = "testnet" if network == "main" else "mainnet"
        raise FieldError("descriptor", translate("register", "it holds a {network} key; this workspace is "
                                                             "{workspace}").format(network=other,
                                                                                   workspace=NETWORK_NAMES[network]))


_SLIP132_SCRIPTS = {"ypub": "sh(wpkh(", "zpub": "wpkh(", "Ypub": "sh(wsh(", "Zpub": "wsh("}  # what each says


def _check_slip132_script(key: bip32.HDKey, descriptor: str, network: str) -> None:
    """A ypub or zpub says which addresses its wallet makes: a descriptor making others (``pkh(zpub…)``) would
    register addresses the wallet never uses."""
    for kind, script_start in _SLIP132_SCRIPTS.items():
        if key.version == NETWORKS[network][kind] and not descriptor.startswith(script_start):
            raise FieldError("descriptor", translate("register", "a {kind} is a key for {script} addresses, but this "
                                                                 "descriptor makes others; give the descriptor as the "
                                                                 "wallet software exports it").format(
                kind=kind, script=f"{script_start}…{')' * script_start.count('(')}"))


def _path(descriptor: Descriptor, branch: int | None, index: int | None) -> str | None:
    """The derivation path of one address: the key origin when the descriptor gives it (``m/84h/0h/0h``, else
    ``…``), then the key's own steps with the branch chosen and the index in place of ``*``."""
    key = descriptor.keys[0]
    if len(descriptor.keys) != 1:  # a multisig's keys have their own paths: the branch (when it has two) and index
        if index is None:
            return None
        choice = next((s for s in (key.allowed_derivation.indexes if key.allowed_derivation else [])
                       if isinstance(s, list)), None)
        return f"…/{_step(choice[branch])}/{index}" if choice else f"…/{index}"
    origin = "m" + "".join(f"/{_step(n)}" for n in key.origin.derivation) if key.origin else "…"
    steps = []
    for step in key.allowed_derivation.indexes if key.allowed_derivation else []:
        if step is None:
            steps.append(str(index))
        elif isinstance(step, list):
            steps.append(_step(step[branch]))
        else:
            steps.append(_step(step))
    if not steps and not key.origin:
        return None  # a bare public key: no path to give
    return origin + "".join(f"/{s}" for s in steps)


def _step(n: int) -> str:
    return f"{n - 0x80000000}h" if n >= 0x80000000 else str(n)


def _with_checksum(descriptor: Descriptor) -> str:
    return _with_checksum_text(str(descriptor).partition("#")[0])


def _with_checksum_text(body: str) -> str:
    from embit.descriptor.checksum import add_checksum

    return add_checksum(body)
