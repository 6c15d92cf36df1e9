"""What the custody tests share: the BIP test vectors' addresses and an Esplora transaction built by hand."""

from __future__ import annotations

ZPUB = ("zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2"
        "AGutZYs")  # BIP-84's account key
A1 = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # BIP-84's first receive address (the zpub's /0/0)
A2 = "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"  # its first change address (/1/0)
B1 = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"  # BIP-86's first address
OUT = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # someone else's
T0 = 1_738_000_000  # 2025-01-27 17:46:40 UTC


def txid(n: int) -> str:
    return f"{n:064x}"


def esplora(n: int, ins: list[tuple[str, int]], outs: list[tuple[str, int]], *, time: int | None = T0,
            fee: int | None = None) -> dict:
    """One transaction as Esplora's /api/address/ADDR/txs lists it (``time`` None: unconfirmed)."""
    tx = {"txid": txid(n),
          "status": {"confirmed": True, "block_height": 880_000 + n, "block_time": time} if time else
          {"confirmed": False},
          "vin": [{"prevout": {"scriptpubkey_address": a, "value": v}} for a, v in ins],
          "vout": [{"scriptpubkey_address": a, "value": v} for a, v in outs]}
    if fee is not None:
        tx["fee"] = fee
    return tx
