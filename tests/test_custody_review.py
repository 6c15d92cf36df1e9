"""Issue 20 review: cases a demanding user, a model validator or an insider would try on the custody core and its
command line, each found wrong once and checked here against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.core import domain as d
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
