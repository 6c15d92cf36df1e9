"""Custody at scale, measured in one run: 10,000 registered addresses and 100,000 chain transactions.

Four wallets, one descriptor each (native SegWit, Taproot, nested SegWit and a 2-of-3 sorted multisig), with
1,250 addresses on each of the receive and change branches: 10,000 addresses, derived by ``ws.add_descriptor``.
The chain is simulated (fixed seed) from September 2021: receipts from outside (60 %), spends to outside
with change back to the wallet, transfers between the wallets, consolidations, a few coinbase payouts; fees are
the transaction's virtual size times a log-normal fee rate, blocks come every ten minutes. The last 200
transactions are unconfirmed receipts. Each wallet's transactions are saved as Esplora's ``/api/address/…/txs``
JSON (with the fields Esplora gives: scripts, witnesses, sizes, block hashes), so a transfer between wallets is
in two files and is merged by txid. The ledger books every confirmed movement (with the txid as reference, but
fees, which match by wallet, day and amount), less some receipts and fees never booked, plus some entries with no
chain movement and some quantities off by a few satoshis: the reconciliation must find exactly those differences.

Files and ledger are written by a child process, so the peak resident set size printed is that of the work
timed here (opening the workspace, registering, importing, reconciling), the interpreter included.

    python benchmarks/custody.py            targets: import < 10 s; reconcile < 10 s
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.custody.chain import btc  # noqa: E402

SEED = 20261130
PER_BRANCH = 1_250
TRANSACTIONS = 100_000
UNCONFIRMED = 200
LATER = 1_000  # a further statement, imported on top of the 100,000
FIRST_HEIGHT, FIRST_TIME = 700_000, 1_631_333_672  # block 700,000: 2021-09-11, days after the Bitcoin Law
WALLETS = (  # name, kind, script, BIP-32 purpose
    ("Cold storage A", "cold", "wpkh", 84),
    ("Cold storage B", "cold", "tr", 86),
    ("Hot wallet", "hot", "sh-wpkh", 49),
    ("Treasury multisig", "cold", "wsh-sortedmulti", 48),
)
SCRIPT_TYPES = {"wpkh": "v0_p2wpkh", "tr": "v1_p2tr", "sh-wpkh": "p2sh", "wsh-sortedmulti": "v0_p2wsh"}
LEDGER_COLUMNS = ("date", "kind", "wallet", "to_wallet", "asset", "quantity", "price_usd", "fee_usd", "counterparty",
                  "reference", "note")


# ---- the files (written by a child process) ---------------------------------------------------------------------

def descriptors() -> list[str]:
    """One descriptor per wallet, from fixed seeds (public keys only leave this function)."""
    from embit import bip32

    def account(name: str, path: str) -> tuple[str, str]:
        root = bip32.HDKey.from_seed(hashlib.sha256(f"reserve desk benchmark {name}".encode()).digest())
        return root.my_fingerprint.hex(), root.derive(path).to_public().to_string()

    found = []
    for name, _, script, purpose in WALLETS:
        if script == "wsh-sortedmulti":
            keys = [account(f"{name} {k}", "m/48h/0h/0h/2h") for k in range(3)]
            found.append("wsh(sortedmulti(2," + ",".join(f"[{fp}/48h/0h/0h/2h]{xpub}/<0;1>/*" for fp, xpub in keys)
                         + "))")
            continue
        fp, xpub = account(name, f"m/{purpose}h/0h/0h")
        key = f"[{fp}/{purpose}h/0h/0h]{xpub}/<0;1>/*"
        found.append({"wpkh": f"wpkh({key})", "tr": f"tr({key})", "sh-wpkh": f"sh(wpkh({key}))"}[script])
    return found


class Chain:
    """A simulated chain around the four wallets; ``step`` makes one transaction as Esplora shows it."""

    def __init__(self, addresses: list[tuple[list[str], list[str]]]):
        from embit import script
        from embit.networks import NETWORKS

        self.rng = random.Random(SEED)
        self.receive = [r for r, _ in addresses]
        self.change = [c for _, c in addresses]
        self.next_receive = [0] * len(WALLETS)
        self.next_change = [0] * len(WALLETS)
        self.utxos: list[list[tuple[str, int, str, int]]] = [[] for _ in WALLETS]  # (txid, vout, address, sat)
        self.script_of: dict[str, tuple[str, str]] = {}
        for w, (receive, change) in enumerate(addresses):
            for address in receive + change:
                self.script_of[address] = (script.address_to_scriptpubkey(address).data.hex(),
                                           SCRIPT_TYPES[WALLETS[w][2]])
        self.foreign = []
        for i in range(20_000):
            h = hashlib.sha256(f"foreign {i}".encode()).digest()[:20]
            s = script.Script(b"\x00\x14" + h) if i % 3 else script.Script(b"\xa9\x14" + h + b"\x87")
            address = s.address(NETWORKS["main"])
            self.script_of[address] = (s.data.hex(), "v0_p2wpkh" if i % 3 else "p2sh")
            self.foreign.append(address)
        self.height, self.count = FIRST_HEIGHT, 0

    # -- parts of a transaction --

    def _hex(self, n_bytes: int) -> str:
        return self.rng.randbytes(n_bytes).hex()

    def _output(self, address: str | None, value: int) -> dict:
        if address is None:  # an OP_RETURN output: no address
            return {"scriptpubkey": "6a24aa21a9ed" + self._hex(32), "scriptpubkey_asm": "OP_RETURN OP_PUSHBYTES_36",
                    "scriptpubkey_type": "op_return", "value": value}
        spk, kind = self.script_of[address]
        return {"scriptpubkey": spk, "scriptpubkey_asm": f"OP_{spk[:2]} OP_PUSHBYTES_{len(spk) // 2 - 2} {spk[4:]}",
                "scriptpubkey_type": kind, "scriptpubkey_address": address, "value": value}

    def _input(self, prev_txid: str, vout: int, address: str, value: int) -> dict:
        return {"txid": prev_txid, "vout": vout, "prevout": self._output(address, value), "scriptsig": "",
                "scriptsig_asm": "", "witness": [self._hex(71), self._hex(33)], "is_coinbase": False,
                "sequence": 4294967293}

    def _fee(self, inputs: int, outputs: int) -> int:
        vsize = 11 + 68 * inputs + 31 * outputs
        return vsize * min(max(round(self.rng.lognormvariate(2.3, 1.0)), 1), 500)

    def _own(self, w: int, branch: str) -> str:
        addresses, nexts = (self.receive, self.next_receive) if branch == "receive" else (self.change, self.next_change)
        address = addresses[w][nexts[w] % PER_BRANCH]  # past the last derived address the wallet reuses its own
        nexts[w] += 1
        return address

    def _take(self, w: int, n: int) -> list[tuple[str, int, str, int]]:
        pool = self.utxos[w]
        taken = []
        for _ in range(min(n, len(pool))):
            i = self.rng.randrange(len(pool))
            pool[i], pool[-1] = pool[-1], pool[i]
            taken.append(pool.pop())
        return taken

    # -- one transaction --

    def step(self, confirmed: bool = True) -> tuple[dict, list[tuple], set[int]]:
        """One transaction: (its Esplora JSON, its ledger movements, the wallets it touches). A movement is
        (kind, wallet, to_wallet, sat)."""
        self.count += 1
        txid = hashlib.sha256(f"{SEED} tx {self.count}".encode()).hexdigest()
        rng = self.rng
        roll = rng.random()
        spenders = [w for w in range(len(WALLETS)) if len(self.utxos[w]) >= 20]
        vin, vout, moves, fee = [], [], [], 0
        if not confirmed or roll < 0.60 or not spenders:  # a receipt from outside
            w = rng.randrange(len(WALLETS))
            amount = max(round(rng.lognormvariate(17.0, 1.6)), 10_000)  # median 0.24 BTC
            change = round(amount * rng.uniform(0.05, 3.0))
            fee = self._fee(2, 2)
            paid = amount + change + fee
            first = rng.randrange(paid // 4, paid // 2)
            for part in (first, paid - first):
                vin.append(self._input(self._hex(32), rng.randrange(4), rng.choice(self.foreign), part))
            outs = [(self._own(w, "receive"), amount, w), (rng.choice(self.foreign), change, None)]
            moves.append(("purchase", w, None, amount))
        elif roll < 0.61:  # a coinbase payout from the desk's own mining
            w = rng.randrange(len(WALLETS))
            amount = 312_500_000 + rng.randrange(5_000_000, 40_000_000)
            vin.append({"txid": "0" * 64, "vout": 4294967295, "prevout": None, "scriptsig": self._hex(40),
                        "scriptsig_asm": "OP_PUSHBYTES_3", "witness": ["00" * 32], "is_coinbase": True,
                        "sequence": 4294967295, "inner_redeemscript_asm": "", "inner_witnessscript_asm": ""})
            outs = [(self._own(w, "receive"), amount, w), (None, 0, None)]
            moves.append(("mining", w, None, amount))
        else:
            w = rng.choice(spenders)
            if roll < 0.63:  # a consolidation of many small outputs into one
                taken = self._take(w, rng.randrange(5, 20))
                fee = self._fee(len(taken), 1)
                outs = [(self._own(w, "change"), sum(t[3] for t in taken) - fee, w)]
            else:  # a spend to outside (or to another own wallet) with change
                taken = self._take(w, rng.randrange(1, 3))
                total = sum(t[3] for t in taken)
                fee = self._fee(len(taken), 2)
                amount = round((total - fee) * rng.uniform(0.1, 0.9))
                rest = total - fee - amount
                to = rng.choice([x for x in range(len(WALLETS)) if x != w]) if roll < 0.78 else None
                payee = (self._own(to, "receive"), amount, to) if to is not None else (rng.choice(self.foreign), amount,
                                                                                       None)
                outs = [payee] + ([(self._own(w, "change"), rest, w)] if rest >= 1_000 else [])
                if rest < 1_000:  # dust change goes to the fee
                    fee += rest
                moves.append(("transfer", w, to, amount) if to is not None else ("sale", w, None, amount))
            moves.append(("fee", w, None, fee))
            vin = [self._input(*t) for t in taken]
        for n, (address, value, owner) in enumerate(outs):
            vout.append(self._output(address, value))
            if owner is not None and confirmed:
                self.utxos[owner].append((txid, n, address, value))
        touched = {w} | {owner for _, _, owner in outs if owner is not None}
        size = 10 + 148 * len(vin) + 34 * len(vout)
        status = {"confirmed": False}
        if confirmed:
            self.height += 1 + int(rng.expovariate(1 / 1.5))
            status = {"confirmed": True, "block_height": self.height,
                      "block_hash": hashlib.sha256(f"block {self.height}".encode()).hexdigest(),
                      "block_time": block_time(self.height)}
        tx = {"txid": txid, "version": 2, "locktime": 0, "vin": vin, "vout": vout, "size": size,
              "weight": 4 * size - 3 * 100, "sigops": len(vin), "fee": fee, "status": status}
        return tx, moves, touched


def block_time(height: int) -> int:
    return FIRST_TIME + (height - FIRST_HEIGHT) * 600 + height * 7919 % 300


def write_files(folder: Path) -> None:
    """The statements, the ledger and what the reconciliation must find (``expected.json``)."""
    from desktop.core.custody import register

    texts = descriptors()
    addresses = []
    for text in texts:
        derived = register.parse(text, "main", PER_BRANCH).addresses
        addresses.append(([a.address for a in derived[:PER_BRANCH]], [a.address for a in derived[PER_BRANCH:]]))
    chain = Chain(addresses)
    rng = random.Random(SEED + 1)
    names = [name for name, *_ in WALLETS]
    difference = dict.fromkeys(names, 0)  # ledger less chain, in satoshis
    unbooked = extra = off = 0
    files = [open(folder / f"esplora-{n}.json", "w") for n in range(len(WALLETS))]  # noqa: SIM115
    firsts = [True] * len(WALLETS)
    ledger = open(folder / "ledger.csv", "w", newline="")  # noqa: SIM115
    book = csv.writer(ledger)
    book.writerow(LEDGER_COLUMNS)
    last_day = None
    try:
        for i in range(TRANSACTIONS):
            confirmed = i < TRANSACTIONS - UNCONFIRMED
            tx, moves, touched = chain.step(confirmed)
            text = json.dumps(tx, separators=(",", ":"))
            for w in sorted(touched):
                files[w].write(("[" if firsts[w] else ",\n") + text)
                firsts[w] = False
            if not confirmed:
                continue
            day = dt.datetime.fromtimestamp(tx["status"]["block_time"], dt.UTC).date()
            last_day = day
            late = i > TRANSACTIONS // 2
            for kind, w, to, value in moves:
                if late and kind in ("purchase", "fee") and rng.random() < 0.004:  # never booked
                    difference[names[w]] -= value if kind == "purchase" else -value
                    unbooked += 1
                    continue
                if late and kind == "purchase" and rng.random() < 0.001:  # booked a few satoshis high
                    difference[names[w]] += 7
                    value += 7
                    off += 1
                price = f"{rng.uniform(20_000, 110_000):.2f}" if kind in ("purchase", "sale") else ""
                reference = "" if kind == "fee" else tx["txid"]  # a reference is used once: a fee matches by its day
                book.writerow((day.isoformat(), kind, names[w], names[to] if to is not None else "", "BTC",
                               f"{btc(value):.8f}", price, "", "", reference, ""))
            if late and rng.random() < 0.0005:  # booked with no chain movement (an over-the-counter purchase)
                value = rng.randrange(1_000_000, 50_000_000)
                w = rng.randrange(len(WALLETS))
                book.writerow((day.isoformat(), "purchase", names[w], "", "BTC", f"{btc(value):.8f}", "60000.00", "",
                               "OTC desk", f"OTC-{i}", ""))
                difference[names[w]] += value
                extra += 1
        for w, f in enumerate(files):
            f.write("]\n" if not firsts[w] else "[]\n")
    finally:
        for f in files:
            f.close()
        ledger.close()
    # a later statement: the unconfirmed receipts are not in it (a later page of the explorer), new ones are
    chain.height += 2_000
    with open(folder / "esplora-later.json", "w") as f:
        f.write("[" + ",\n".join(json.dumps(chain.step()[0], separators=(",", ":")) for _ in range(LATER)) + "]\n")
    (folder / "expected.json").write_text(json.dumps({
        "descriptors": texts, "date": last_day.isoformat(), "difference_sat": difference, "unbooked": unbooked,
        "extra": extra, "off": off, "today": dt.datetime.fromtimestamp(block_time(chain.height), dt.UTC).date()
        .isoformat()}))


# ---- the measurements -------------------------------------------------------------------------------------------

def timed(run):
    started = time.perf_counter()
    result = run()
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-files", type=Path, help=argparse.SUPPRESS)  # the child's part
    parser.add_argument("--profile", action="store_true", help="profile the import (cProfile, top 25)")
    args = parser.parse_args()
    if args.write_files:
        write_files(args.write_files)
        return

    from desktop.core.domain import Wallet
    from desktop.core.io.transactions_csv import import_transactions
    from desktop.core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _, made_s = timed(lambda: subprocess.run([sys.executable, __file__, "--write-files", str(folder)], check=True))
        expected = json.loads((folder / "expected.json").read_text())
        today = dt.date.fromisoformat(expected["today"])
        statements = sorted(folder.glob("esplora-[0-9].json"))
        size_mb = sum(p.stat().st_size for p in statements) / 1e6

        ws = Workspace.create(folder / "custody.db", "empty")
        for name, kind, *_ in WALLETS:
            ws.add_wallet(Wallet(name=name, kind=kind))
        _, register_s = timed(lambda: [ws.add_descriptor(name, text, count=PER_BRANCH)
                                       for (name, *_), text in zip(WALLETS, expected["descriptors"], strict=True)])
        registered = len(ws.registered_addresses())
        report, ledger_s = timed(lambda: import_transactions(ws.store, folder / "ledger.csv", today=today))
        assert report.written, report.summary()
        print(f"register {registered:,} addresses (4 descriptors, {PER_BRANCH:,} per branch): {register_s:.2f} s; "
              f"ledger of {report.new:,} entries imported in {ledger_s:.2f} s; files written in {made_s:.0f} s")

        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
        result, import_s = timed(lambda: ws.import_chain(statements, today=today))
        if args.profile:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        read = sum(f.transactions for f in result.files)
        assert result.written and result.new == TRANSACTIONS and not result.unregistered, result.summary()
        print(f"import chain: {len(statements)} Esplora files ({size_mb:.0f} MB), {read:,} transactions read, "
              f"{result.new:,} new ({result.unconfirmed:,} unconfirmed), {result.duplicates:,} merged by txid, "
              f"{result.addresses_derived:,} addresses derived to keep the gap limit: {import_s:.2f} s (target < 10 s)")

        date = dt.date.fromisoformat(expected["date"])
        ws.close()  # reconcile as the command does: in a workspace just opened, nothing loaded yet
        ws = Workspace.open(folder / "custody.db")
        rec, reconcile_s = timed(lambda: ws.reconcile(date))
        found = {w.name: w.difference_sat for w in rec.wallets}
        assert found == expected["difference_sat"], (found, expected["difference_sat"])
        ledger_btc, chain_btc = (btc(s) for s in rec.totals_sat())
        print(f"reconcile at {date}: {reconcile_s:.2f} s (target < 10 s), loading the ledger and the chain "
              f"transactions included; ledger {ledger_btc:,.8f} BTC, chain {chain_btc:,.8f} BTC; "
              f"{len(rec.unmatched_chain):,} chain movements and {len(rec.unmatched_ledger):,} ledger entries "
              f"unmatched, {len(rec.internal_transfers):,} transfers between own wallets, "
              f"{len(rec.quantity_differences):,} quantities differ: every wallet's difference as planted "
              f"({expected['unbooked']} movements never booked, {expected['extra']} entries with no chain movement, "
              f"{expected['off']} quantities off)")
        ws.close()
        ws = Workspace.open(folder / "custody.db")
        txs, load_s = timed(ws.chain_transactions)
        print(f"  of which loading the {len(txs):,} chain transactions from SQLite (views merged): {load_s:.2f} s")

        out = folder / "statement.csv"
        data, statement_s = timed(lambda: ws.statement(date))
        _, csv_s = timed(lambda: out.write_text(data.csv_text(), encoding="utf-8"))
        print(f"statement at {date} ({len(data.addresses):,} addresses; the chain already loaded): {statement_s:.2f} s, "
              f"its CSV {csv_s:.2f} s ({out.stat().st_size / 1e6:.1f} MB)")

        later, later_s = timed(lambda: ws.import_chain([folder / "esplora-later.json"], today=today))
        assert later.written and later.new == LATER, later.summary()
        print(f"a later statement of {LATER:,} transactions on top of {TRANSACTIONS:,}: {later_s:.2f} s")
        ws.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (registering, importing, reconciling; files written by a child): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
