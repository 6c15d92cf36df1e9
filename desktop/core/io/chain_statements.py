"""Reading chain statements: what a block explorer or a node said about the workspace's addresses, saved on a
connected machine and brought over.

Three formats, each read whole and checked field by field (a problem names the file, the place and the field):

- ``esplora``: the JSON array Esplora and mempool.space return for ``/api/address/ADDR/txs``: every input (its
  ``prevout``) and output of each transaction, with values in satoshis and the fee: a *complete* view.
- ``core``: Bitcoin Core's ``listtransactions`` and ``listunspent`` JSON from a watch-only wallet (amounts in
  BTC as decimals): the wallet's side only. A ``send`` entry names where the coins went but not which of the
  wallet's addresses they left; its amount and fee become one spend of the wallet (``Leg.wallet``, resolved by
  the workspace). Conflicted (negative confirmations) and orphaned entries are left out and counted.
- ``csv``: ``address,txid,block_time,delta_sat``: one address's net movement in a transaction; an empty
  ``block_time`` is an unconfirmed transaction. Block times are Unix seconds or ISO 8601 (UTC when no offset).

Amounts are exact: JSON decimals are read as ``Decimal`` and must be whole satoshis.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..custody.chain import NET_MOVEMENT, SAT_PER_BTC, Leg
from ..fmt import number as grouped  # 'fmt' here is a statement's format
from ..i18n import translate
from .csv_source import CsvSource, not_utf8
from .fields import FieldError, InputError, not_one_of, quoted

FORMATS = ("esplora", "core", "csv")
MAX_FILE_BYTES = 1 << 30  # a statement of 100,000 transactions is about 150 MB of Esplora JSON
MAX_SAT = 21_000_000 * SAT_PER_BTC
GENESIS_TIME = 1231006505  # 2009-01-03 18:15:05 UTC, the first block
MAX_PROBLEMS = 200  # problems listed before the rest are counted
MAX_INPUTS_OR_OUTPUTS = 1_000_000  # inputs or outputs of one transaction (a block holds about 100,000 outputs at most)
_TXID = re.compile(r"[0-9a-fA-F]{64}")
CORE_RECEIVES = ("receive", "generate", "immature")
CORE_LEFT_OUT = ("orphan",)


@dataclass
class ParsedTx:
    """One transaction as one file shows it."""

    txid: str
    confirmed: bool
    block_height: int | None
    block_time: int | None
    fee_sat: int | None
    complete: bool
    legs: list[Leg]
    where: str  # for messages: "[12]" (JSON) or "row 7" (CSV)
    spend_sat: int = 0  # Core: what the wallet's send entries took out (amounts and fee), its addresses unknown
    coinbase: bool = False  # newly mined coins


@dataclass
class ParsedFile:
    name: str
    sha256: str
    format: str
    transactions: list[ParsedTx] = field(default_factory=list)
    left_out: int = 0  # Core entries of conflicted or orphaned transactions
    own_addresses: set[str] = field(default_factory=set)  # Core: the wallet's addresses (receipts, unspent outputs)

    @property
    def spends(self) -> bool:
        return any(tx.spend_sat for tx in self.transactions)


class _Problems:
    def __init__(self, name: str):
        self.name, self.items, self.count = name, [], 0

    def add(self, where: str, error: FieldError) -> None:
        self.count += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(f"{where}: {error}")  # the place ([3], row 5) stays as the reader finds it

    def raise_any(self) -> None:
        if self.count:
            more = [translate("chain_statements", "and {count} more problems").format(
                count=grouped(self.count - len(self.items)))] if self.count > len(self.items) else []
            raise InputError(self.name, self.items + more)


def read_statement(path: Path, fmt: str | None = None, today: dt.date | None = None) -> ParsedFile:
    """Read one statement file whole; InputError naming every problem (nothing is taken from a bad file)."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise InputError(path.name, [translate("csv_source", "the file is empty")])
    if size > MAX_FILE_BYTES:
        raise InputError(path.name, [translate("chain_statements", "the file is {size} GB; split the statement into "
                                                                   "files under {maximum} GB").format(
            size=grouped(size / 1e9, 1), maximum=grouped(MAX_FILE_BYTES / 1e9, 1))])
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    fmt = fmt or _guess_format(path.name, data)
    if fmt not in FORMATS:
        raise InputError(path.name, ["format: " + not_one_of(quoted(fmt), FORMATS)])
    latest = _end_of(today or dt.datetime.now(dt.UTC).date())
    parsed = ParsedFile(path.name, sha256, fmt)
    problems = _Problems(path.name)
    if fmt == "csv":
        _read_csv(path, parsed, problems, latest)
    else:
        entries = _json_array(path.name, data)
        (_read_esplora if fmt == "esplora" else _read_core)(entries, parsed, problems, latest)
    problems.raise_any()
    return parsed


def _end_of(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()) + 86_400


def _guess_format(name: str, data: bytes) -> str:
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]  # a UTF-8 BOM: Notepad and PowerShell write one
    if head not in (b"[", b"{"):
        return "csv"
    sample = data[:20_000]
    return "core" if b'"category"' in sample or b'"spendable"' in sample else "esplora"


def _json_array(name: str, data: bytes) -> list:
    try:
        entries = json.loads(data.decode("utf-8-sig"), parse_float=Decimal, parse_int=int)
    except UnicodeDecodeError:
        raise InputError(name, [not_utf8()]) from None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        #: {reason} is Python's own English words for the error
        raise InputError(name, [translate("chain_statements", "not valid JSON ({reason})").format(
            reason=str(exc)[:120])]) from None
    if not isinstance(entries, list):
        raise InputError(name, [translate("chain_statements", "the file must be a JSON array of transactions (what the "
                                                              "explorer or node returned)")])
    return entries


# ---- values ----------------------------------------------------------------------------------------------------

def _txid(value, field_name: str = "txid") -> str:
    if not isinstance(value, str) or not _TXID.fullmatch(value):
        raise FieldError(field_name, translate("chain_statements", "must be a transaction id: 64 hexadecimal characters"))
    return value.lower()


def _sat(value, field_name: str, *, signed: bool = False) -> int:
    """A whole number of satoshis (JSON integer); at most 21 million BTC."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(field_name, translate("chain_statements", "must be a whole number of satoshis"))
    if abs(value) > MAX_SAT or (value < 0 and not signed):
        raise FieldError(field_name, translate("chain_statements", "{value} is not a possible amount of satoshis").format(
            value=value))
    return value


def _btc_amount(value, field_name: str) -> int:
    """A decimal amount of BTC (Core) as exact satoshis."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise FieldError(field_name, translate("chain_statements", "must be a number of BTC"))
    try:
        sat = Decimal(value) * SAT_PER_BTC
    except InvalidOperation:
        raise FieldError(field_name, translate("chain_statements", "must be a number of BTC")) from None
    if not sat.is_finite() or sat != sat.to_integral_value() or abs(sat) > MAX_SAT:
        raise FieldError(field_name, translate("chain_statements", "{value} BTC is not a whole number of satoshis up to "
                                                                   "21 million BTC").format(value=value))
    return int(sat)


def _int(value, field_name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise FieldError(field_name, translate("chain_statements", "must be a whole number from {low} to {high}").format(
            low=grouped(low), high=grouped(high)))
    return value


def _block_time(value, field_name: str, latest: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(field_name, translate("chain_statements", "must be a block time in Unix seconds"))
    if not GENESIS_TIME <= value < latest:
        raise FieldError(field_name, translate("chain_statements", "{value} is before the first block or in the "
                                                                   "future").format(value=value))
    return value


def _address(value, field_name: str) -> str | None:
    if value is None:
        return None  # an output with no address: OP_RETURN, bare multisig, non-standard
    # letters and digits, 14 to 90 of them (the checksum is checked when an address is registered, not here:
    # a statement names hundreds of thousands of other people's addresses)
    if not isinstance(value, str) or not (14 <= len(value) <= 90 and value.isascii() and value.isalnum()):
        raise FieldError(field_name, translate("chain_statements", "must be a bitcoin address"))
    return value


def _object(value, field_name: str) -> dict:
    if not isinstance(value, dict):
        raise FieldError(field_name, translate("chain_statements", "must be a JSON object"))
    return value


def _list(value, field_name: str) -> list:
    if not isinstance(value, list):
        raise FieldError(field_name, translate("chain_statements", "must be a JSON array"))
    return value


def _inputs_or_outputs(value, field_name: str) -> list:
    """A transaction's inputs or outputs: a JSON array of at most MAX_INPUTS_OR_OUTPUTS."""
    if len(_list(value, field_name)) > MAX_INPUTS_OR_OUTPUTS:
        raise FieldError(field_name, translate("chain_statements", "{count} entries: no bitcoin transaction has more "
                                                                   "than {maximum}").format(
            count=grouped(len(value)), maximum=grouped(MAX_INPUTS_OR_OUTPUTS)))
    return value


# ---- Esplora ---------------------------------------------------------------------------------------------------

def _read_esplora(entries: list, parsed: ParsedFile, problems: _Problems, latest: int) -> None:
    for i, entry in enumerate(entries):
        where = f"[{i}]"
        try:
            parsed.transactions.append(_esplora_tx(_object(entry, "transaction"), where, latest))
        except FieldError as exc:
            problems.add(where, exc)


def _spent_or_paid(output) -> tuple[int | None, str | None]:
    """An output's (or an input's prevout's) satoshis and address, or (None, None) when either is not of the form
    ``_sat`` and ``_address`` accept: the fast test of a statement's half a million of them; the slow one names
    the field."""
    if type(output) is not dict:
        return None, None
    value, address = output.get("value"), output.get("scriptpubkey_address")
    if type(value) is not int or not 0 <= value <= MAX_SAT:
        return None, None
    if address is not None and not (type(address) is str and 14 <= len(address) <= 90 and address.isascii()
                                    and address.isalnum()):
        return None, None
    return value, address


def _esplora_tx(entry: dict, where: str, latest: int) -> ParsedTx:
    txid = _txid(entry.get("txid"))
    status = _object(entry.get("status"), "status")
    confirmed = status.get("confirmed")
    if not isinstance(confirmed, bool):
        raise FieldError("status.confirmed", translate("chain_statements", "must be true or false"))
    height = time = None
    if confirmed:
        height = _int(status.get("block_height"), "status.block_height", 0, 100_000_000)
        time = _block_time(status.get("block_time"), "status.block_time", latest)
    legs, total_in, total_out, coinbase = [], 0, 0, False
    for j, vin in enumerate(_inputs_or_outputs(entry.get("vin"), "vin")):
        if type(vin) is dict and vin.get("is_coinbase") is True:
            coinbase = True
            continue
        value, address = _spent_or_paid(vin.get("prevout") if type(vin) is dict else None)
        if value is None:  # the fast test failed: say which field, and why
            prevout = _object(vin, f"vin[{j}]").get("prevout")
            _sat(_object(prevout, f"vin[{j}].prevout").get("value"), f"vin[{j}].prevout.value")
            _address(prevout.get("scriptpubkey_address"), f"vin[{j}].prevout.scriptpubkey_address")
            raise FieldError(f"vin[{j}]", translate("chain_statements", "is not an input as Esplora gives it"))
        total_in += value
        legs.append(Leg("in", j, address, value))  # also without an address (P2PK, bare multisig): a foreign input
    for j, vout in enumerate(_inputs_or_outputs(entry.get("vout"), "vout")):
        value, address = _spent_or_paid(vout)
        if value is None:
            _sat(_object(vout, f"vout[{j}]").get("value"), f"vout[{j}].value")
            _address(vout.get("scriptpubkey_address"), f"vout[{j}].scriptpubkey_address")
            raise FieldError(f"vout[{j}]", translate("chain_statements", "is not an output as Esplora gives it"))
        total_out += value
        if address:
            legs.append(Leg("out", j, address, value))
    if total_in > MAX_SAT:
        raise FieldError("vin", translate("chain_statements", "the inputs add up to more than 21 million BTC"))
    if total_out > MAX_SAT:
        raise FieldError("vout", translate("chain_statements", "the outputs add up to more than 21 million BTC"))
    fee = None if coinbase else total_in - total_out
    if fee is not None and fee < 0:
        raise FieldError("vout", translate("chain_statements", "the outputs ({outputs} sat) exceed the inputs ({inputs} "
                                                               "sat)").format(outputs=grouped(total_out),
                                                                              inputs=grouped(total_in)))
    if "fee" in entry:
        stated = _sat(entry["fee"], "fee")
        if coinbase:  # Esplora says 0; a coinbase pays no fee, and reconcile.py reads None as newly mined coins
            if stated:
                raise FieldError("fee", translate("chain_statements", "{fee} sat, but a coinbase transaction pays no "
                                                                      "fee").format(fee=grouped(stated)))
            stated = None
        elif stated != fee:
            raise FieldError("fee", translate("chain_statements", "{fee} sat, but the inputs less the outputs are "
                                                                  "{difference} sat").format(
                fee=grouped(stated), difference=grouped(fee)))
        fee = stated
    return ParsedTx(txid, confirmed, height, time, fee, True, legs, where, coinbase=coinbase)


# ---- Bitcoin Core ----------------------------------------------------------------------------------------------

def _read_core(entries: list, parsed: ParsedFile, problems: _Problems, latest: int) -> None:
    txs: dict[str, ParsedTx] = {}
    for i, entry in enumerate(entries):
        where = f"[{i}]"
        try:
            _core_entry(_object(entry, "entry"), where, latest, txs, parsed)
        except FieldError as exc:
            problems.add(where, exc)
    parsed.transactions.extend(txs.values())


def _core_entry(entry: dict, where: str, latest: int, txs: dict[str, ParsedTx], parsed: ParsedFile) -> None:
    txid = _txid(entry.get("txid"))
    category = entry.get("category")
    unspent = category is None  # listunspent has no category
    if not unspent and category not in (*CORE_RECEIVES, "send", *CORE_LEFT_OUT):
        raise FieldError("category", translate("chain_statements", "{value} is not a listtransactions category").format(
            value=quoted(str(category))))
    confirmations = _int(entry.get("confirmations"), "confirmations", -100_000_000, 100_000_000)
    if confirmations < 0 or category in CORE_LEFT_OUT:
        parsed.left_out += 1  # conflicted or orphaned: never in the chain
        return
    confirmed = confirmations > 0
    height = time = None
    if confirmed and not unspent:
        time = _block_time(entry.get("blocktime"), "blocktime", latest)
        if "blockheight" in entry:
            height = _int(entry["blockheight"], "blockheight", 0, 100_000_000)
    vout = _int(entry.get("vout"), "vout", 0, 1_000_000)
    amount = _btc_amount(entry.get("amount"), "amount")
    address = _address(entry.get("address"), "address")
    tx = txs.get(txid)
    if tx is None:
        tx = txs[txid] = ParsedTx(txid, confirmed, height, time, None, False, [], where)
    tx.confirmed = tx.confirmed or confirmed  # listunspent and listtransactions may be saved a block apart
    if time is not None:
        if tx.block_time not in (None, time):
            raise FieldError("blocktime", translate("chain_statements", "transaction {txid} has two block times").format(
                txid=txid))
        tx.block_time, tx.block_height = time, height if height is not None else tx.block_height
    if category == "send":
        if amount > 0:
            raise FieldError("amount", translate("chain_statements", "a send is negative in listtransactions"))
        fee = -_btc_amount(entry.get("fee", 0), "fee")
        if fee < 0:
            raise FieldError("fee", translate("chain_statements", "a send's fee is negative in listtransactions"))
        tx.spend_sat += -amount + (fee if tx.fee_sat is None else 0)  # the fee is repeated on every send entry
        if tx.spend_sat > MAX_SAT:
            raise FieldError("amount", translate("chain_statements", "the send entries of {txid} add up to more than 21 "
                                                                     "million BTC").format(txid=txid))
        tx.fee_sat = fee if tx.fee_sat is None else tx.fee_sat
        if address:
            _add_leg(tx, Leg("out", vout, address, -amount))
    else:
        tx.coinbase = tx.coinbase or category in ("generate", "immature")
        if amount < 0:
            raise FieldError("amount", translate("chain_statements", "a receipt or unspent output must be positive"))
        if address is None:
            raise FieldError("address", translate("chain_statements", "a receipt must name the wallet's address"))
        _add_leg(tx, Leg("out", vout, address, amount))
        parsed.own_addresses.add(address)


def _add_leg(tx: ParsedTx, leg: Leg) -> None:
    for old in tx.legs:
        if old.key == leg.key:
            if old.value_sat != leg.value_sat:
                raise FieldError("amount", translate("chain_statements", "output {n} of {txid} is listed twice with "
                                                                         "different amounts").format(n=leg.n, txid=tx.txid))
            return
    tx.legs.append(leg)


# ---- CSV -------------------------------------------------------------------------------------------------------

CSV_COLUMNS = ("address", "txid", "block_time", "delta_sat")


def _read_csv(path: Path, parsed: ParsedFile, problems: _Problems, latest: int) -> None:
    txs: dict[str, ParsedTx] = {}
    with CsvSource(path) as source:
        source.expect_columns(CSV_COLUMNS)
        for row, rec in source.rows():
            where = f"row {row}"
            try:
                _csv_row(rec, where, latest, txs)
            except FieldError as exc:
                problems.add(where, exc)
    parsed.transactions.extend(txs.values())


def _csv_row(rec: dict[str, str], where: str, latest: int, txs: dict[str, ParsedTx]) -> None:
    if len(rec) != len(CSV_COLUMNS):
        raise FieldError("row", next(iter(rec.values())))  # a row of the wrong width: the source says how
    address = _address(rec["address"].strip() or None, "address")
    if address is None:
        raise FieldError("address", translate("chain_statements", "is empty"))
    if address[:3].lower() in ("bc1", "tb1") or address[:5].lower() == "bcrt1":
        address = address.lower()  # SegWit may be written in upper case (BIP-173); the register keeps lower case
    txid = _txid(rec["txid"].strip())
    time = _csv_time(rec["block_time"].strip(), latest)
    try:
        delta = _sat(int(rec["delta_sat"].strip()), "delta_sat", signed=True)
    except ValueError:
        raise FieldError("delta_sat", translate("chain_statements", "{value} is not a whole number of satoshis").format(
            value=quoted(rec["delta_sat"]))) from None
    tx = txs.get(txid)
    if tx is None:
        tx = txs[txid] = ParsedTx(txid, time is not None, None, time, None, False, [], where)
    elif tx.block_time != time:
        raise FieldError("block_time", translate("chain_statements", "transaction {txid} has another block time on "
                                                                     "{where}").format(txid=txid, where=tx.where))
    if any(leg.address == address for leg in tx.legs):
        raise FieldError("address", translate("chain_statements", "{address} appears twice in transaction {txid}; give "
                                                                  "one net movement").format(address=address, txid=txid))
    tx.legs.append(Leg("in" if delta < 0 else "out", NET_MOVEMENT, address, abs(delta)))


def _csv_time(text: str, latest: int) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return _block_time(int(text), "block_time", latest)
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise FieldError("block_time", translate("chain_statements", "{value} is not Unix seconds or an ISO 8601 date "
                                                                     "and time").format(value=quoted(text))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return _block_time(int(moment.timestamp()), "block_time", latest)
