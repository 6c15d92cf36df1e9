"""Signed messages that prove control of an address: the legacy "Bitcoin Signed Message" format.

A custodian signs a message (for example "The Bitcoin Office controls this address, 2026-06-30") with the key of
an address; anyone holding the address, the message and the signature can check it without the key. The format is
Bitcoin Core's ``signmessage``: the message is hashed as double-SHA256 of the varint-prefixed magic
"\\x18Bitcoin Signed Message:\\n", the message's length as a varint and its UTF-8 bytes; the signature is 65
bytes in base64: a header byte, then r and s. The header carries the recovery id (0-3) and the key's kind:

- 27-30: an uncompressed key, P2PKH address (Bitcoin Core);
- 31-34: a compressed key, P2PKH (Bitcoin Core); Electrum signs P2WPKH and P2SH-P2WPKH addresses with these too;
- 35-38: P2SH-P2WPKH, and 39-42: P2WPKH (BIP-137, as Trezor and most hardware wallets sign).

The public key is recovered from the signature and the message hash by libsecp256k1 (through embit's bindings),
and the address derived from it with embit must be the one claimed. Such a signature proves single-key addresses
only: a taproot or multisig address needs BIP-322, which embit does not implement; those are refused, saying so.
"""

from __future__ import annotations

import binascii
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from embit import compact, ec, hashes, script
from embit.util import secp256k1

from ..io.csv_source import WRONG_WIDTH, CsvSource
from ..io.fields import FieldError, InputError
from . import register

MAGIC = b"\x18Bitcoin Signed Message:\n"
SIGNATURE_BYTES = 65
MAX_MESSAGE_CHARS = 2000  # the address_proofs table's bound
MAX_SIGNATURE_CHARS = 200  # 65 bytes are 88 characters of base64; more is not a legacy signature
BIP322_REFUSED = "BIP-322 signatures are not supported yet"
COLUMNS = ("address", "message", "signature")

# what each header range may sign for: (first header, key compressed, script types)
_HEADERS = ((27, False, ("p2pkh",)), (31, True, ("p2pkh", "p2wpkh", "p2sh-p2wpkh")),
            (35, True, ("p2sh-p2wpkh",)), (39, True, ("p2wpkh",)))


@dataclass(frozen=True)
class Proof:
    address: str
    message: str
    signature: str  # base64, as given (without surrounding spaces)
    row: int = 0  # the CSV row it came from


@dataclass(frozen=True)
class StoredProof:
    address: str
    message: str
    checked_at: str  # when it was imported and first verified (ISO, UTC)


def message_hash(message: str) -> bytes:
    data = message.encode("utf-8")
    return hashes.double_sha256(MAGIC + compact.to_bytes(len(data)) + data)


def _scripts(key: ec.PublicKey, kinds: tuple[str, ...]) -> list[bytes]:
    found = []
    for kind in kinds:
        if kind == "p2pkh":
            found.append(script.p2pkh(key).data)
        elif kind == "p2wpkh":
            found.append(script.p2wpkh(key).data)
        else:
            found.append(script.p2sh(script.p2wpkh(key)).data)
    return found


def _decode(signature: str) -> bytes:
    try:
        raw = binascii.a2b_base64(signature.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        raise FieldError("signature", "is not base64 text (a legacy signed message's signature is 88 characters "
                                      "of A-Z, a-z, 0-9, + and /, ending in =)") from None
    if len(raw) != SIGNATURE_BYTES:
        raise FieldError("signature", f"decodes to {len(raw):,} bytes, not the {SIGNATURE_BYTES} of a legacy "
                                      f"signed message (a longer one may be BIP-322: {BIP322_REFUSED})")
    return raw


def verify(address: str, message: str, signature: str, network: str = "main") -> None:
    """Return if ``signature`` (base64) signs ``message`` with the key of ``address``; FieldError naming the field
    and why otherwise. ``address`` must already be checked (register.check_address)."""
    spk = script.address_to_scriptpubkey(address)
    kind = spk.script_type()
    if kind in ("p2tr", "p2wsh"):
        raise FieldError("address", f"{address} is a {'taproot' if kind == 'p2tr' else 'P2WSH (script, e.g. multisig)'} "
                                    f"address: a legacy signed message proves only single-key addresses (P2PKH, "
                                    f"P2SH-P2WPKH, P2WPKH); it needs a BIP-322 signature, and {BIP322_REFUSED}")
    raw = _decode(signature)
    header = raw[0]
    if not 27 <= header <= 42:
        raise FieldError("signature", f"its header byte is {header}, not 27 to 42 as in a legacy signed message")
    first, compressed, kinds = next(h for h in reversed(_HEADERS) if header >= h[0])
    try:
        recoverable = secp256k1.ecdsa_recoverable_signature_parse_compact(raw[1:], header - first)
        point = secp256k1.ecdsa_recover(recoverable, message_hash(message))
    except ValueError:
        raise FieldError("signature", "does not verify: no public key can be recovered from it for this "
                                      "message") from None
    if spk.data not in _scripts(ec.PublicKey(point, compressed), kinds):
        raise FieldError("signature", f"does not verify for {address} and this message: it was made with another "
                                      "key, or for another message (the message must be copied exactly, every "
                                      "space and line break)")


def read_proofs(path: str | Path, network: str, registered: set[str]) -> list[Proof]:
    """Every row of an ``address,message,signature`` CSV, each checked: the address valid and in ``registered``,
    the signature verifying. InputError listing every problem ("row N: field: reason") when any row is wrong."""
    path = Path(path)
    problems, proofs, seen = [], [], {}
    with CsvSource(path) as source:
        source.expect_columns(COLUMNS)
        for row, rec in source.rows():
            if WRONG_WIDTH in rec:
                problems.append(f"row {row}: row: {rec[WRONG_WIDTH]}")
                continue
            try:
                proof = _proof(row, rec, network, registered)
            except FieldError as exc:
                problems.append(f"row {row}: {exc.field}: {exc.reason}")
                continue
            key = (proof.address, proof.message, proof.signature)
            if key in seen:
                problems.append(f"row {row}: signature: the same proof as row {seen[key]}")
                continue
            seen[key] = row
            proofs.append(proof)
    if problems:
        raise InputError(path.name, problems)
    if not proofs:
        raise InputError(path.name, ["the file has a header but no rows"])
    return proofs


def _proof(row: int, rec: dict[str, str], network: str, registered: set[str]) -> Proof:
    text = rec["address"].strip()
    if not text:
        raise FieldError("address", "is required")
    address = register.check_address(text, network)
    if address not in registered:
        raise FieldError("address", f"{address} is not in the address register; register it to its wallet first")
    message = rec["message"]  # as signed: surrounding spaces are part of it
    if not message:
        raise FieldError("message", "is required")
    if len(message) > MAX_MESSAGE_CHARS:
        raise FieldError("message", f"is {len(message):,} characters long; at most {MAX_MESSAGE_CHARS:,} are kept")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in message):
        raise FieldError("message", "holds control characters")
    signature = rec["signature"].strip()
    if not signature:
        raise FieldError("signature", "is required")
    if len(signature) > MAX_SIGNATURE_CHARS:
        raise FieldError("signature", f"is {len(signature):,} characters long, not the 88 of a legacy signed message "
                                      f"(a longer one may be BIP-322: {BIP322_REFUSED})")
    verify(address, message, signature, network)
    return Proof(address, message, signature, row)


@dataclass(frozen=True)
class ProofImport:
    file: str
    proofs: int  # rows in the file, each verified
    added: int  # new to the workspace (the others were there already)
    addresses: tuple[str, ...]  # the addresses the file proves
    dry_run: bool

    def to_json(self) -> dict:
        return {"file": self.file, "proofs": self.proofs, "added": self.added, "already_stored": self.proofs - self.added,
                "addresses": list(self.addresses), "dry_run": self.dry_run}


def checked_at() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

