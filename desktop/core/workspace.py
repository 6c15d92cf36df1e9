"""The application service: opens a workspace and answers the questions the window and the command line ask.

The GUI and the CLI both call these methods, so a figure on screen and the same figure from the
command line come from the same function.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import domain as d
from . import fmt
from .engine import valuation as val
from .engine.imf import add_months
from .errors import InvalidInput
from .io.fields import InputError
from .io.transactions_csv import DB_COLUMNS
from .store import Store
from .store.records import add_wallet as add_wallet_row
from .table_cache import ARRANGEMENT_TABLES, TableCache, reads

DEFAULT_BTC_HAIRCUT = 0.5  # illustrative: no published figure; the user sets their own
COST_METHOD_LABELS = {"average": "average cost", "fifo": "FIFO"}
TX_DB_COLUMNS = DB_COLUMNS[:-1]  # what parse_row returns: the row without its source


def _btc_text(x: float) -> str:
    """A bitcoin amount to the satoshi, without trailing zeros: 100.37, 0.00012, 1,000,000."""
    return f"{x:,.8f}".rstrip("0").rstrip(".")


class _Trial(Exception):  # noqa: N818 - a control signal: undo a write made only to check it
    pass


def wallet_problems(wallet: d.Wallet, taken_names: set[str]) -> list[str]:
    problems = []
    name = (wallet.name or "").strip()
    if not name:
        problems.append("name: is required")
    elif len(name) > 200:
        problems.append("name: at most 200 characters")
    elif name in taken_names:
        problems.append(f"name: a wallet named {name!r} already exists")
    if wallet.kind not in d.WALLET_KINDS:
        problems.append(f"kind: {wallet.kind!r} is not one of {', '.join(d.WALLET_KINDS)}")
    if wallet.cap_btc is not None and not (0 < wallet.cap_btc <= d.MAX_BTC):
        problems.append(f"cap_btc: {wallet.cap_btc:g} must be above 0 and at most 21,000,000")
    for field_name in ("custodian", "address"):
        value = getattr(wallet, field_name)
        if value is not None and len(value) > 200:
            problems.append(f"{field_name}: at most 200 characters")
    return problems


@dataclass(frozen=True)
class WalletHolding:
    name: str
    kind: str
    btc: float
    value_usd: float | None
    share: float  # of the total stock, 0..1
    cap_btc: float | None

    @property
    def over_cap(self) -> bool:
        return self.cap_btc is not None and self.btc > self.cap_btc + 1e-9


@dataclass(frozen=True)
class Holdings:
    date: dt.date
    total_btc: float
    price_usd: float | None
    price_date: dt.date | None
    value_usd: float | None
    cost_usd: float
    realized_pnl_usd: float
    wallets: tuple[WalletHolding, ...]
    method: str = "average cost"

    @property
    def unrealized_pnl_usd(self) -> float | None:
        return None if self.value_usd is None else self.value_usd - self.cost_usd

    @property
    def average_cost_usd(self) -> float | None:
        return self.cost_usd / self.total_btc if self.total_btc > 0 else None

    @property
    def price_age_days(self) -> int | None:
        """Days from the price's close to the valuation date (not to today)."""
        return None if self.price_date is None else (self.date - self.price_date).days

    def price_age_note(self, today: dt.date | None = None) -> str | None:
        """The price's date and its age in words: against the date shown and, when that is not today, against
        today too, so a year-old close on a past date never reads as fresh."""
        if self.price_date is None:
            return None
        today = today or dt.date.today()
        age = self.price_age_days
        on_date = "the date shown" if age == 0 else f"{fmt.count(age, 'day')} before the date shown"
        if self.date == today:
            return f"close of {self.price_date}, " + ("today" if age == 0 else f"{fmt.count(age, 'day')} old")
        return f"close of {self.price_date}, {on_date}; {fmt.count((today - self.price_date).days, 'day')} before today"

    def to_json(self) -> dict:
        usd = lambda x: None if x is None else round(x, 2)  # noqa: E731
        return {
            "date": self.date.isoformat(),
            "total_btc": round(self.total_btc, 8),
            "value_usd": usd(self.value_usd),
            "cost_usd": usd(self.cost_usd),
            "unrealized_pnl_usd": usd(self.unrealized_pnl_usd),
            "realized_pnl_usd": usd(self.realized_pnl_usd),
            "average_cost_usd": usd(self.average_cost_usd),
            "cost_method": self.method,
            "price_usd": self.price_usd,
            "price_date": self.price_date.isoformat() if self.price_date else None,
            "price_age_days": self.price_age_days,
            "wallets": [
                {"name": w.name, "kind": w.kind, "btc": round(w.btc, 8), "value_usd": usd(w.value_usd),
                 "share": round(w.share, 6), "cap_btc": w.cap_btc, "over_cap": w.over_cap}
                for w in self.wallets
            ],
        }


@dataclass(frozen=True)
class HoldingsSeries:
    """Daily stock, cost basis and value from ``days[0]`` to ``days[-1]`` (day numbers since 1970)."""

    days: np.ndarray
    stock_btc: np.ndarray
    cost_usd: np.ndarray
    price_usd: np.ndarray  # NaN before the first price
    value_usd: np.ndarray


@dataclass(frozen=True)
class ProgramPosition:
    """Where an arrangement stands on a date, from the purchases stored in the workspace."""

    arrangement: d.Arrangement
    date: dt.date
    disbursed_sdr: float
    planned_sdr: float
    next_purchase: d.Purchase | None

    @property
    def disbursed_share_of_quota(self) -> float:
        return self.disbursed_sdr / self.arrangement.quota_sdr

    @property
    def undrawn_sdr(self) -> float:
        return self.arrangement.access_sdr - self.disbursed_sdr

    @property
    def end_date(self) -> dt.date:
        return add_months(self.arrangement.approval_date, self.arrangement.months)

    @property
    def phased_sdr(self) -> float:
        """What the purchases add up to, disbursed and planned, whatever their date."""
        return sum(p.amount_sdr for p in self.arrangement.purchases)

    @property
    def unphased_sdr(self) -> float:
        """Access that no purchase draws (negative: purchases above access); 0 within a thousandth of an SDR."""
        gap = self.arrangement.access_sdr - self.phased_sdr
        return 0.0 if abs(gap) < 1e-3 else gap


# the sentence a program file's note may state about its access; regenerated whenever the terms change
ACCESS_SENTENCE = re.compile(r"Access SDR [\d,]+(?:\.\d+)? m = [\d,]+(?:\.\d+)?% of quota\.")


def access_sentence(access_sdr: float, quota_sdr: float) -> str:
    return f"Access SDR {access_sdr / 1e6:,.2f} m = {access_sdr / quota_sdr * 100:,.0f}% of quota."


@dataclass(frozen=True)
class ImportedRows:
    """The rows an import added to one table: columns, values, and SQLite row ids (the key to remove them by)."""

    columns: tuple[str, ...]
    values: list[tuple]
    rowids: list[int]


# the tables each kind of import adds rows to, parents first
def arrangement_terms(a: d.Arrangement) -> dict:
    """The top-level terms of an arrangement in the program format (no purchases, test dates or benchmarks),
    with each SDR-rate step's source and the note: what a terms edit changes and its undo puts back."""
    from .io.program_json import arrangement_to_dict

    doc = arrangement_to_dict(a)
    for key in ("purchases", "test_dates", "benchmarks"):
        doc.pop(key)
    doc.setdefault("note", None)
    doc.setdefault("repayment", None)
    return doc


@dataclass(frozen=True)
class MonthlyAccumulation:
    month: dt.date  # first day of the month
    btc_by_kind: dict[str, float] = field(default_factory=dict)
    spent_usd: float = 0.0

    @property
    def net_btc(self) -> float:
        return sum(q * (1 if k in d.INFLOW_KINDS else -1) for k, q in self.btc_by_kind.items())


@dataclass(frozen=True)
class LedgerTable:
    """Ledger columns in booking order; text columns are lists, the rest NumPy arrays."""

    id: np.ndarray
    day: np.ndarray
    date: list[str]
    kind: np.ndarray  # str
    wallet: np.ndarray  # str
    to_wallet: np.ndarray  # str, "" when none
    quantity_btc: np.ndarray
    price_usd: np.ndarray  # NaN when none
    fee_usd: np.ndarray  # NaN when none
    counterparty: list[str | None]
    reference: list[str | None]
    note: list[str | None]
    source: list[str | None]

    def __len__(self) -> int:
        return len(self.id)

    @classmethod
    def from_rows(cls, rows: list[tuple], wallet_names: dict[int, str]) -> LedgerTable:
        """From (id, date, kind, wallet_id, to_wallet_id, quantity, price, fee, counterparty, reference, note,
        source) rows in any order."""
        cols = list(zip(*rows, strict=True)) if rows else [[] for _ in range(12)]
        ids = np.array(cols[0], dtype=np.int64)
        day = np.array(cols[1], dtype="datetime64[D]").astype(np.int64)
        order = np.lexsort((ids, day))
        names = np.array([""] + list(wallet_names.values()), dtype=str)
        lookup = np.zeros(max(wallet_names, default=0) + 1, dtype=np.int64)
        lookup[list(wallet_names)] = np.arange(1, len(wallet_names) + 1)
        wallet = np.array(cols[3], dtype=np.int64)
        to_wallet = np.array([0 if t is None else t for t in cols[4]], dtype=np.int64)

        def ordered(values) -> list:
            return np.array(values, dtype=object)[order].tolist() if len(values) else []

        return cls(
            id=ids[order], day=day[order], date=ordered(cols[1]), kind=np.array(cols[2], dtype=str)[order],
            wallet=names[lookup[wallet]][order] if len(wallet) else np.zeros(0, dtype=str),
            to_wallet=names[np.where(to_wallet > 0, lookup[to_wallet], 0)][order] if len(wallet) else np.zeros(0, dtype=str),
            quantity_btc=np.array(cols[5], dtype=np.float64)[order], price_usd=np.array(cols[6], dtype=np.float64)[order],
            fee_usd=np.array(cols[7], dtype=np.float64)[order], counterparty=ordered(cols[8]), reference=ordered(cols[9]),
            note=ordered(cols[10]), source=ordered(cols[11]),
        )

    def search_text(self) -> np.ndarray:
        """One lower-case string per row holding every text field, for free-text filtering."""
        parts = zip(self.date, self.kind, self.wallet, self.to_wallet, self.counterparty, self.reference, self.note,
                    strict=True)
        return np.array([" ".join(p for p in row if p).lower() for row in parts], dtype=str)


def reserves_as_of_note(date: dt.date, later: list[dt.date], last_test_date: dt.date | None) -> str | None:
    """Why a projected NIR ignores reserve observations dated after ``date`` up to the last test date shown (those a
    projection would otherwise have started from); None when there are none. The window, the PDF and a stress run
    say it in the same words, on the same condition."""
    ignored = [x for x in later if last_test_date is not None and x <= last_test_date]
    if not ignored:
        return None
    shown = ", ".join(str(x) for x in ignored[:3]) + (f" and {len(ignored) - 3} more" if len(ignored) > 3 else "")
    return f"As of {date}: NIR starts from the last reserve observation by then; later ones ({shown}) are not used."


def store_run(store: Store, inputs: dict, summary: dict) -> int:
    """Store a finished run with everything needed to reproduce it; returns its id. A function of the store,
    so that a worker thread can store a run through its own connection."""
    row = {"scenario_id": inputs["scenario"]["id"], "created_at": dt.datetime.now().isoformat(timespec="seconds"),
           "seed": inputs["seed"], "paths": inputs["paths"], "horizon_days": inputs["scenario"]["horizon_days"],
           "engine_version": inputs["engine_version"], "inputs_json": json.dumps(inputs, allow_nan=False),
           "summary_json": json.dumps(summary, allow_nan=False), "elapsed_s": summary.get("elapsed_s")}
    with store.transaction() as w:
        return w.insert("runs", {"id": _new_run_id(store), **row})


def _new_run_id(store: Store) -> int:
    """A number no stored run has ever had. Reports and the audit log name runs by number, and Edit > Undo of a
    deletion puts runs back under theirs, so a deleted run's number is never given again (SQLite would reuse
    it: the table has no AUTOINCREMENT). The append-only audit log holds every run ever inserted."""
    return store.db.conn.execute(
        "SELECT coalesce(max(n), 0) + 1 FROM (SELECT max(id) AS n FROM runs UNION ALL SELECT"
        " max(CAST(row_key AS INTEGER)) FROM audit_log WHERE table_name = 'runs' AND action = 'insert')").fetchone()[0]


class Workspace(TableCache):
    """An open workspace and the answers computed from it, each kept until a table it reads changes."""

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        store.on_commit(self.invalidate)  # each change forgets exactly the answers that read what it changed

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Workspace:
        return cls(Store(path, read_only=read_only))

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @classmethod
    def create(cls, path: str | Path, sample: str = "empty") -> Workspace:
        from .samples import create_sample

        return cls(create_sample(path, sample))

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    @reads("metadata")
    def metadata(self) -> dict[str, str]:
        return self.store.metadata()

    @property
    def name(self) -> str:
        return self.metadata.get("name") or self.path.stem

    @property
    def country(self) -> str:
        return self.metadata.get("country", "")

    def default_date(self) -> dt.date:
        """The date figures are shown for when the user has not chosen one: the workspace's valuation date,
        else the last price date, else today."""
        if "valuation_date" in self.metadata:
            return dt.date.fromisoformat(self.metadata["valuation_date"])
        prices = self._price_arrays("BTC")
        if len(prices[0]):
            return val.from_day_number(prices[0][-1])
        return dt.date.today()

    # ---- holdings --------------------------------------------------------------------------

    @property
    @reads("wallets")
    def wallets(self) -> list[d.Wallet]:
        return self.store.wallets()

    @property
    @reads("transactions")
    def transactions(self) -> list[d.Transaction]:
        return self.store.transactions()

    @property
    @reads("transactions", "wallets")
    def ledger(self) -> val.Ledger:
        ledger, _ = val.Ledger.from_chunks(self.store.ledger_chunks(), self.store.wallet_ids())
        val.check_balances(ledger)
        return ledger

    def _cost(self, method: str = "average") -> val.CostTrack:
        if method not in val.COST_METHODS:
            raise InvalidInput(f"cost method must be one of {', '.join(val.COST_METHODS)}")
        return self._cost_track(method)

    @reads("transactions", "wallets")
    def _cost_track(self, method: str) -> val.CostTrack:
        return val.COST_METHODS[method](self.ledger)

    @reads("prices")
    def _price_arrays(self, asset: str) -> tuple[np.ndarray, np.ndarray]:
        points = self.store.prices(asset)
        days = np.fromiter((val.day_number(p.date) for p in points), dtype=np.int64, count=len(points))
        closes = np.fromiter((p.close_usd for p in points), dtype=np.float64, count=len(points))
        return days, closes

    def prices(self, asset: str = "BTC") -> list[d.PricePoint]:
        return self.store.prices(asset)

    def holdings(self, date: dt.date | None = None, method: str = "average") -> Holdings:
        date = date or self.default_date()
        day = val.day_number(date)
        ledger, cost = self.ledger, self._cost(method)
        k = val.rows_through(ledger, day)
        # bitcoin exists in whole satoshis: rounding to 8 decimals removes floating-point dust
        total = round(float(cost.stock_btc[k - 1]), 8) if k else 0.0
        basis = float(cost.cost_usd[k - 1]) if k else 0.0
        realized = float(cost.realized_pnl_usd[k - 1]) if k else 0.0
        quote = val.price_on_or_before(*self._price_arrays("BTC"), day)
        price, price_day = quote if quote else (None, None)
        balances = np.round(val.wallet_balances(ledger, day), 8)
        wallets = tuple(
            WalletHolding(name=w.name, kind=w.kind, btc=float(b), value_usd=None if price is None else float(b) * price,
                          share=float(b) / total if total > 0 else 0.0, cap_btc=w.cap_btc)
            for w, b in zip(self.wallets, balances, strict=True)
            if b != 0 or not w.archived
        )
        return Holdings(
            date=date, total_btc=total, price_usd=price,
            price_date=val.from_day_number(price_day) if price_day is not None else None,
            value_usd=None if price is None else total * price, cost_usd=basis, realized_pnl_usd=realized,
            wallets=wallets, method=COST_METHOD_LABELS[method],
        )

    def holdings_series(self, start: dt.date | None = None, end: dt.date | None = None,
                        method: str = "average") -> HoldingsSeries:
        ledger = self.ledger
        price_days, closes = self._price_arrays("BTC")
        first = start or (val.from_day_number(ledger.day[0]) if len(ledger) else self.default_date())
        last = end or self.default_date()
        days = np.arange(val.day_number(first), val.day_number(last) + 1, dtype=np.int64)
        track = self._cost(method)
        stock = val.step_series(ledger.day, track.stock_btc, days)
        cost = val.step_series(ledger.day, track.cost_usd, days)
        price = val.price_series(price_days, closes, days)
        return HoldingsSeries(days=days, stock_btc=stock, cost_usd=cost, price_usd=price, value_usd=stock * price)

    def accumulation_by_month(self) -> list[MonthlyAccumulation]:
        """Bitcoin added or removed per calendar month, by kind, and USD spent on purchases."""
        months: dict[dt.date, MonthlyAccumulation] = {}
        for t in self.transactions:
            if t.kind == "transfer":
                continue
            key = t.date.replace(day=1)
            m = months.setdefault(key, MonthlyAccumulation(month=key))
            m.btc_by_kind[t.kind] = m.btc_by_kind.get(t.kind, 0.0) + t.quantity
            if t.kind == "purchase":
                months[key] = MonthlyAccumulation(key, m.btc_by_kind, m.spent_usd + t.quantity * (t.price_usd or 0) + (t.fee_usd or 0))
        return [months[k] for k in sorted(months)]

    # ---- changes (each one store transaction with its audit entry) -------------------------------

    def add_wallet(self, wallet: d.Wallet, *, wallet_id: int | None = None) -> int:
        problems = wallet_problems(wallet, {w.name for w in self.wallets})
        if problems:
            raise InputError("wallet", problems)
        with self.store.transaction() as w:
            if wallet_id is None:
                wid = add_wallet_row(w, wallet)
            else:  # redo of an addition keeps the wallet's identity
                wid = w.insert("wallets", {**dataclasses.asdict(wallet), "id": wallet_id, "name": wallet.name.strip(),
                                           "public_sector": int(wallet.public_sector), "archived": int(wallet.archived)})
        return wid

    def delete_wallet(self, wallet_id: int) -> None:
        """Remove a wallet that no transaction uses (undo of its addition); a used wallet is archived instead."""
        used = self.store.db.conn.execute("SELECT count(*) FROM transactions WHERE wallet_id = ? OR to_wallet_id = ?",
                                          [wallet_id, wallet_id]).fetchone()[0]
        if used:
            raise InputError("wallet", [f"wallet: {used:,} transactions use it; archive it instead"])
        with self.store.transaction() as w:
            w.delete("wallets", wallet_id)

    def update_wallet(self, wallet_id: int, wallet: d.Wallet) -> None:
        others = {w.name for w in self.wallets if w.id != wallet_id}
        problems = wallet_problems(wallet, others)
        if problems:
            raise InputError("wallet", problems)
        with self.store.transaction() as w:
            w.update("wallets", wallet_id, {
                "name": wallet.name.strip(), "kind": wallet.kind, "custodian": wallet.custodian, "address": wallet.address,
                "cap_btc": wallet.cap_btc, "archived": int(wallet.archived), "note": wallet.note})

    def transaction_row(self, t: d.Transaction, today: dt.date | None = None) -> tuple:
        """Validate ``t`` exactly as a CSV row would be; raises InputError naming the field."""
        from .io.csv_source import CsvOptions
        from .io.fields import FieldError
        from .io.transactions_csv import parse_row  # noqa: I001

        def text(v) -> str:
            return "" if v is None else (repr(float(v)) if isinstance(v, float) else str(v))  # numpy floats too

        rec = {"date": t.date.isoformat(), "kind": t.kind, "wallet": t.wallet, "to_wallet": text(t.to_wallet),
               "asset": t.asset, "quantity": text(t.quantity), "price_usd": text(t.price_usd), "fee_usd": text(t.fee_usd),
               "counterparty": text(t.counterparty), "reference": text(t.reference), "note": text(t.note)}
        try:
            return parse_row(rec, self.store.wallet_ids(), CsvOptions(), today or dt.date.today())
        except FieldError as exc:
            raise InputError("transaction", [str(exc)]) from None

    def _write_checked(self, change) -> int | None:
        """Apply ``change(writer)`` in one transaction and keep it only if every wallet stays funded."""
        with self.store.transaction() as w:
            result = change(w)
            self._check_funded()
        return result

    def _check_funded(self) -> None:
        ledger, _ = val.Ledger.from_chunks(self.store.ledger_chunks(), self.store.wallet_ids())
        try:
            val.check_balances(ledger)
        except val.LedgerError as exc:
            raise InputError("transaction", [f"quantity: {exc}"]) from None

    def check_transaction(self, t: d.Transaction, transaction_id: int | None = None) -> None:
        """Raise InputError exactly as adding ``t`` (or replacing row ``transaction_id`` by it) would, writing
        nothing: a dialog can then keep what was typed when a sale is larger than the wallet holds."""
        row = dict(zip(TX_DB_COLUMNS, self.transaction_row(t), strict=True), source=t.source or "entered in Reserve Desk")

        def trial(w):
            if transaction_id is None:
                w.insert("transactions", row)
            else:
                w.update("transactions", transaction_id, {k: v for k, v in row.items() if k != "source"})
            self._check_funded()
            raise _Trial  # the checks passed; undo the trial write

        try:
            with self.store.transaction() as w:
                trial(w)
        except _Trial:
            pass
        except InputError as exc:
            raise InputError("transaction", [self._shortfall(t, transaction_id) or exc.problems[0]]) from None

    def _shortfall(self, t: d.Transaction, transaction_id: int | None) -> str | None:
        """'quantity: more than the wallet holds' in the user's terms, when that is why ``t`` is refused."""
        if t.kind not in ("sale", "transfer", "fee") or transaction_id is not None:
            return None  # an edit can unfund a later entry: the ledger's own message says which
        held = next((w.btc for w in self.holdings(t.date).wallets if w.name == t.wallet), 0.0)
        if t.quantity <= held + 1e-9:
            return None
        return (f"quantity: {_btc_text(t.quantity)} BTC is more than {t.wallet!r} holds on {t.date} "
                f"({_btc_text(held)} BTC)")

    def add_transaction(self, t: d.Transaction, *, transaction_id: int | None = None) -> int:
        row = dict(zip(TX_DB_COLUMNS, self.transaction_row(t), strict=True), source=t.source or "entered in Reserve Desk")
        if transaction_id is not None:  # redo of a deletion keeps the row's identity
            row["id"] = transaction_id
        return self._write_checked(lambda w: w.insert("transactions", row))

    def update_transaction(self, transaction_id: int, t: d.Transaction) -> None:
        row = dict(zip(TX_DB_COLUMNS, self.transaction_row(t), strict=True))
        self._write_checked(lambda w: w.update("transactions", transaction_id, row))

    def delete_transaction(self, transaction_id: int) -> None:
        self._write_checked(lambda w: w.delete("transactions", transaction_id))

    def ledger_table(self) -> LedgerTable:
        """The whole ledger as columns in booking order, for views that sort and filter many rows."""
        rows = self.store.db.conn.execute(
            "SELECT id, date, kind, wallet_id, to_wallet_id, quantity, price_usd, fee_usd, counterparty, reference, "
            "note, source FROM transactions").fetchall()  # storage order: sequential; sorted below
        names = {wid: name for name, wid in self.store.wallet_ids().items()}
        return LedgerTable.from_rows(rows, names)

    def price_gaps(self, asset: str = "BTC", min_days: int = 2) -> list[tuple[dt.date, dt.date, int]]:
        """Runs of calendar days without a price: (last day with a price, next day with one, days between)."""
        days, _ = self._price_arrays(asset)
        step = np.diff(days)
        where = np.flatnonzero(step >= min_days)
        return [(val.from_day_number(days[i]), val.from_day_number(days[i + 1]), int(step[i]) - 1) for i in where]

    def transaction(self, transaction_id: int) -> d.Transaction:
        for t in self.transactions:
            if t.id == transaction_id:
                return t
        raise KeyError(transaction_id)

    # ---- IMF program and reserves ------------------------------------------------------------

    @property
    @reads(*ARRANGEMENT_TABLES)
    def arrangements(self) -> list[d.Arrangement]:
        return self.store.arrangements()

    def program_positions(self, date: dt.date | None = None) -> list[ProgramPosition]:
        date = date or self.default_date()
        result = []
        for a in self.arrangements:
            disbursed = sum(p.amount_sdr for p in a.purchases if p.status == "disbursed" and p.date <= date)
            planned = sum(p.amount_sdr for p in a.purchases if p.status == "planned")
            upcoming = [p for p in a.purchases if p.date > date or p.status == "planned"]
            result.append(ProgramPosition(a, date, disbursed, planned, upcoming[0] if upcoming else None))
        return result

    @property
    @reads("macro_inputs")
    def macro_inputs(self) -> list[d.MacroInput]:
        return self.store.macro_inputs()

    def reserves_on(self, date: dt.date | None = None) -> d.MacroInput | None:
        """The latest reserve observation on or before ``date``."""
        date = date or self.default_date()
        known = [m for m in self.macro_inputs if m.date <= date and m.gross_reserves_usd is not None]
        return known[-1] if known else None

    def reserves_known_on(self, date: dt.date) -> tuple[list[tuple[dt.date, float]], list[dt.date]]:
        """The gross reserve observations known on ``date`` (dated on or before it) as (date, US$), and the dates
        of later ones. A figure as of ``date`` (an NIR baseline, a stress run) projects from the first list only:
        an observation dated after it was not known then."""
        known, later = [], []
        for m in self.macro_inputs:
            if m.gross_reserves_usd is not None:
                (known.append((m.date, m.gross_reserves_usd)) if m.date <= date else later.append(m.date))
        return known, later

    def imports_on(self, date: dt.date | None = None) -> d.MacroInput | None:
        """The latest trailing-12-month imports figure on or before ``date``."""
        date = date or self.default_date()
        known = [m for m in self.macro_inputs if m.date <= date and m.imports_usd]
        return known[-1] if known else None

    def months_of_imports(self, date: dt.date | None = None) -> float | None:
        """The same figure `adequacy` reports: the engine's formula on the latest inputs."""
        from .engine import adequacy as adq

        values, _ = self.macro_on(date)
        if values.get("gross_reserves_usd") is None:
            return None
        return adq.measures(values["gross_reserves_usd"], values, values.get("regime"))[0].months_of_imports

    def _purchase_problems(self, arrangement: d.Arrangement, purchase: d.Purchase, replacing: int | None) -> list[str]:
        problems = []
        if not (0 < purchase.amount_sdr < 1e13):
            problems.append("amount_sdr: must be greater than 0")
        if purchase.status not in d.PURCHASE_STATUSES:
            problems.append(f"status: must be one of {', '.join(d.PURCHASE_STATUSES)}")
        if purchase.date < arrangement.approval_date:
            problems.append(f"date: {purchase.date} is before the approval date {arrangement.approval_date}")
        others = sum(p.amount_sdr for p in arrangement.purchases if p.id != replacing)
        if others + purchase.amount_sdr > arrangement.access_sdr * (1 + 1e-9):
            problems.append(f"amount_sdr: purchases would add up to SDR {(others + purchase.amount_sdr) / 1e6:,.2f} m, "
                            f"more than access SDR {arrangement.access_sdr / 1e6:,.2f} m")
        return problems

    def save_purchase(self, arrangement_name: str, purchase: d.Purchase, purchase_id: int | None = None) -> int:
        """Add (no id) or change (id) one purchase, validated against the arrangement; returns its id."""
        arrangement = next(a for a in self.arrangements if a.name == arrangement_name)
        problems = self._purchase_problems(arrangement, purchase, purchase_id)
        if problems:
            raise InputError("purchase", problems)
        row = {"date": purchase.date, "amount_sdr": purchase.amount_sdr, "status": purchase.status, "note": purchase.note,
               "source": purchase.source}
        with self.store.transaction() as w:
            if purchase_id is None or not any(p.id == purchase_id for p in arrangement.purchases):
                row["arrangement_id"] = self.store.arrangement_id(arrangement_name)
                if purchase_id is not None:  # redo of a deletion keeps the row's identity
                    row["id"] = purchase_id
                purchase_id = w.insert("purchases", row)
            else:
                w.update("purchases", purchase_id, row)
        return purchase_id

    def update_arrangement_terms(self, name: str, changes: dict) -> None:
        """Change an arrangement's terms (any top-level field of the program format, "sdr_rate" and "note"
        included). The result is validated exactly like an imported program file; purchases, test dates and
        benchmarks are kept. An SDR-rate step that is unchanged keeps its source; the note's sentence on access
        ("Access SDR … m = …% of quota.") is rewritten from the new terms, the rest of the note is kept."""
        from .io.program_json import arrangement_from_dict, arrangement_to_dict

        current = next(a for a in self.arrangements if a.name == name)
        updated = arrangement_from_dict({**arrangement_to_dict(current), **changes}, name)
        if updated.name != name and any(a.name == updated.name for a in self.arrangements):
            raise InputError("arrangement", [f"name: an arrangement named {updated.name!r} already exists"])
        note = updated.note and ACCESS_SENTENCE.sub(access_sentence(updated.access_sdr, updated.quota_sdr), updated.note)
        # a step the user left as it was keeps its stored rate and source (a rate typed in percent and divided
        # back differs in the last binary digit); only a new or changed step is "entered in Reserve Desk"
        known = {r.from_date: r for r in current.sdr_rates}
        rates = []
        for r in updated.sdr_rates:
            same = known.get(r.from_date)
            if same is not None and abs(same.sdr_rate - r.sdr_rate) < 1e-12:
                rates.append((r.from_date, same.sdr_rate, r.source or same.source or "entered in Reserve Desk"))
            else:
                rates.append((r.from_date, r.sdr_rate, r.source or "entered in Reserve Desk"))
        rep = updated.repayment
        aid = self.store.arrangement_id(name)
        with self.store.transaction() as w:
            w.update("arrangements", aid, {
                "name": updated.name, "facility": updated.facility, "approval_date": updated.approval_date,
                "months": updated.months, "access_sdr": updated.access_sdr, "quota_sdr": updated.quota_sdr,
                "usd_per_sdr": updated.usd_per_sdr, "charges_policy": updated.charges_policy,
                "repayment_installments": rep.installments if rep else None,
                "repayment_months_between": rep.months_between if rep else None,
                "repayment_first_after_months": rep.first_after_months if rep else None,
                "source": updated.source, "note": note})
            # each step is kept in place, by its date: a changed one is updated, so its row (which the undo of the
            # import that added it removes by row id) stays, and the audit log shows a change, not a new row
            stored = {dt.date.fromisoformat(day): (rid, rate, source) for rid, day, rate, source in self.store.db.conn.execute(
                "SELECT id, from_date, sdr_rate, source FROM rate_assumptions WHERE arrangement_id = ?", [aid])}
            for day, rate, source in rates:
                if day not in stored:
                    w.insert("rate_assumptions", {**self._former_rate_key(aid, day), "arrangement_id": aid, "from_date": day,
                                                  "sdr_rate": rate, "source": source})
                elif stored[day][1:] != (rate, source):
                    w.update("rate_assumptions", stored[day][0], {"sdr_rate": rate, "source": source})
            for day in stored.keys() - {day for day, _, _ in rates}:
                w.delete("rate_assumptions", stored[day][0])

    def _former_rate_key(self, arrangement_id: int, day: dt.date) -> dict:
        """``{"id": …}`` of the arrangement's step on ``day`` when it was last deleted, if no row has that id now:
        a step put back (a terms edit undone) comes back under its own key, which undoing the import that added
        it looks for. Empty for a step the arrangement never had."""
        row = self.store.db.conn.execute(
            "SELECT CAST(row_key AS INTEGER) FROM audit_log WHERE table_name = 'rate_assumptions' AND action = 'delete'"
            " AND json_extract(before_json, '$.arrangement_id') = ? AND json_extract(before_json, '$.from_date') = ?"
            " ORDER BY id DESC LIMIT 1", [arrangement_id, day.isoformat()]).fetchone()
        if row is None or self.store.db.conn.execute("SELECT 1 FROM rate_assumptions WHERE id = ?", row).fetchone():
            return {}
        return {"id": row[0]}

    def rescaled_planned_purchases(self, name: str) -> dict[int, float]:
        """New amounts (SDR) of the planned purchases of arrangement ``name``, in the same proportions, so that
        all purchases add up to access again; disbursed purchases are never changed."""
        a = next(x for x in self.arrangements if x.name == name)
        planned = [p for p in a.purchases if p.status == "planned"]
        planned_sdr = sum(p.amount_sdr for p in planned)
        target_sdr = a.access_sdr - sum(p.amount_sdr for p in a.purchases if p.status != "planned")
        if not planned:
            raise InputError("purchases", ["status: no planned purchase to rescale; add one"])
        if target_sdr <= 0:
            raise InputError("purchases", [f"access_sdr: disbursed purchases already use all of access SDR "
                                           f"{a.access_sdr / 1e6:,.2f} m; nothing is left to plan"])
        return {p.id: p.amount_sdr * target_sdr / planned_sdr for p in planned}

    def set_purchase_amounts(self, name: str, amounts_sdr: dict[int, float]) -> None:
        """Change the amounts of several purchases of arrangement ``name`` at once (one change in the audit log);
        refused, and nothing written, if they would add up to more than access."""
        a = next(x for x in self.arrangements if x.name == name)
        known = {p.id for p in a.purchases}
        total = sum(amounts_sdr.get(p.id, p.amount_sdr) for p in a.purchases)
        problems = [f"purchase {pid}: not a purchase of {name}" for pid in amounts_sdr if pid not in known]
        problems += [f"amount_sdr: SDR {v / 1e6:g} m must be greater than 0" for v in amounts_sdr.values() if not 0 < v < 1e13]
        if total > a.access_sdr * (1 + 1e-9):
            problems.append(f"amount_sdr: purchases would add up to SDR {total / 1e6:,.2f} m, more than access "
                            f"SDR {a.access_sdr / 1e6:,.2f} m")
        if problems:
            raise InputError("purchases", problems)
        with self.store.transaction() as w:
            for pid, amount in amounts_sdr.items():
                w.update("purchases", pid, {"amount_sdr": amount})

    def delete_purchase(self, purchase_id: int) -> None:
        with self.store.transaction() as w:
            w.delete("purchases", purchase_id)

    def macro_on(self, date: dt.date | None = None) -> tuple[dict[str, float | None], dict[str, dt.date]]:
        """Each macro input's latest value on or before ``date``, with the date it was observed."""
        date = date or self.default_date()
        values: dict[str, float | None] = {}
        observed: dict[str, dt.date] = {}
        for m in self.macro_inputs:
            if m.date > date:
                break
            for name in ("gross_reserves_usd", "short_term_debt_usd", "other_liabilities_usd", "broad_money_usd",
                         "exports_usd", "imports_usd", "remittances_usd", "regime"):
                value = getattr(m, name)
                if value is not None:
                    values[name], observed[name] = value, m.date
        return values, observed

    def adequacy(self, date: dt.date | None = None, haircut: float = DEFAULT_BTC_HAIRCUT) -> dict:
        """Adequacy without bitcoin (IMF definition) and, labelled separately, with bitcoin at a haircut."""
        from .engine import adequacy as adq

        date = date or self.default_date()
        values, observed = self.macro_on(date)
        reserves = values.get("gross_reserves_usd")
        if reserves is None:
            raise InputError("adequacy", [f"no gross reserves on or before {date}: import macro inputs"])
        regime = values.get("regime")
        base, missing = adq.measures(reserves, values, regime)
        h = self.holdings(date)
        btc_value = h.value_usd or 0.0
        btc = adq.with_bitcoin(reserves, btc_value, haircut, values, regime)

        def as_json(m):
            return {"gross_reserves_usd": m.reserves_usd, "ara_metric_usd": m.ara_metric_usd, "ara_ratio": m.ara_ratio,
                    "ara_band": m.ara_band, "months_of_imports": m.months_of_imports,
                    "greenspan_guidotti": m.greenspan_guidotti}

        return {"date": date.isoformat(), "regime": regime, **as_json(base),
                "with_btc": {**as_json(btc), "haircut": haircut, "btc_value_usd": btc_value,
                             "btc_added_usd": btc_value * (1.0 - haircut),  # what the right-hand column adds
                             "note": "bitcoin is not a reserve asset under BPM7; shown only as an illustration"},
                "inputs_used": {k: {"value": values[k], "date": observed[k].isoformat()} for k in sorted(values)},
                "missing_inputs": missing}

    def non_accumulation(self, date: dt.date | None = None) -> list[dict]:
        """Each non-accumulation benchmark with the ledger rows that breach it up to ``date``."""
        from .engine.compliance import accumulation_breaches

        date = date or self.default_date()
        results = []
        for a in self.arrangements:
            for b in a.benchmarks:
                if b.type != "non_accumulation":
                    continue
                rows = accumulation_breaches(self.transactions, self.wallets, b.start_date, date)
                results.append({"arrangement": a.name, "benchmark": b.description, "start_date": b.start_date.isoformat(),
                                "breaches": len(rows), "btc": sum(t.quantity for t in rows),
                                "rows": [{"id": t.id, "date": t.date.isoformat(), "kind": t.kind, "wallet": t.wallet,
                                          "btc": t.quantity} for t in rows]})
        return results

    # ---- scenarios -----------------------------------------------------------------------------

    @property
    @reads("scenarios")
    def scenarios(self) -> list[d.Scenario]:
        return self.store.scenarios()

    def scenario(self, scenario_id: str) -> d.Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        raise InputError("scenario", [f"id: no scenario {scenario_id!r} in this workspace "
                                      f"(known: {', '.join(s.id for s in self.scenarios)})"])

    def save_scenario(self, s: d.Scenario, replacing: str | None = None) -> None:
        """Add a scenario (``replacing`` None) or change the one with id ``replacing``; built-ins are read-only."""
        from .scenarios import scenario_problems

        problems = scenario_problems(s)
        taken = {x.id: x for x in self.scenarios}
        if replacing is not None and taken.get(replacing, s).builtin:
            problems.append(f"id: {replacing!r} is built in and cannot be changed; duplicate it to edit a copy")
        if s.id in taken and s.id != replacing:
            problems.append(f"id: {s.id!r} is already used by another scenario")
        if problems:
            raise InputError("scenario", problems)
        row = {"id": s.id, "name": s.name.strip(), "kind": s.kind, "horizon_days": s.horizon_days,
               "params_json": json.dumps(s.params, sort_keys=True), "builtin": 0, "note": s.note}
        with self.store.transaction() as w:
            if replacing is None:
                w.insert("scenarios", row)
            elif replacing == s.id:
                w.update("scenarios", s.id, row)
            else:  # a new identifier: the stored runs follow the scenario
                w.insert("scenarios", row)
                for (run_id,) in self.store.db.conn.execute("SELECT id FROM runs WHERE scenario_id = ?", [replacing]).fetchall():
                    w.update("runs", run_id, {"scenario_id": s.id})
                w.delete("scenarios", replacing)

    def delete_scenario(self, scenario_id: str) -> list[int]:
        """Delete a scenario; its stored runs are kept, unlinked. Returns their ids (to link them again on undo)."""
        if self.scenario(scenario_id).builtin:
            raise InputError("scenario", [f"id: {scenario_id!r} is built in and cannot be deleted"])
        runs = [r for (r,) in self.store.db.conn.execute("SELECT id FROM runs WHERE scenario_id = ?", [scenario_id])]
        with self.store.transaction() as w:
            w.delete("scenarios", scenario_id)
        return runs

    def restore_scenario(self, s: d.Scenario, run_ids: list[int]) -> None:
        """Undo of a deletion: the scenario again, with the stored runs it had."""
        self.save_scenario(s)
        with self.store.transaction() as w:
            for run_id in run_ids:
                w.update("runs", run_id, {"scenario_id": s.id})

    # ---- planner policies ----------------------------------------------------------------------

    @property
    @reads("policies")
    def policies(self) -> list[d.Policy]:
        return self.store.policies()

    def save_policy(self, p: d.Policy) -> int:
        """Add (``p.id`` None) or change a policy; returns its id."""
        from .policies import policy_problems
        from .store.records import policy_row

        problems = policy_problems(p)
        if any(x.name == p.name.strip() and x.id != p.id for x in self.policies):
            problems.append(f"name: a policy named {p.name.strip()!r} already exists")
        if problems:
            raise InputError("policy", problems)
        row = policy_row(p)
        with self.store.transaction() as w:
            if p.id is None or not any(x.id == p.id for x in self.policies):  # an id: redo of an addition
                policy_id = w.insert("policies", {**row, "source": p.source or "entered in Reserve Desk",
                                                  **({"id": p.id} if p.id is not None else {})})
            else:
                w.update("policies", p.id, row)
                policy_id = p.id
        return policy_id

    def delete_policy(self, policy_id: int) -> None:
        with self.store.transaction() as w:
            w.delete("policies", policy_id)

    # ---- stress runs ---------------------------------------------------------------------------

    def runs(self) -> list[dict]:
        """Stored runs, newest first, each with its scenario's name (None once the scenario is deleted)."""
        names = {s.id: s.name for s in self.scenarios}
        return [{**r, "scenario_name": names.get(r["scenario_id"])} for r in self.store.runs()]

    def save_run(self, inputs: dict, summary: dict) -> int:
        return store_run(self.store, inputs, summary)

    def stored_run(self, run_id: int) -> tuple[dict, dict]:
        """The inputs and summary of a stored run."""
        row = self.store.db.conn.execute("SELECT inputs_json, summary_json FROM runs WHERE id = ?", [run_id]).fetchone()
        if row is None:
            raise InputError("run", [f"id: no stored run {run_id}"])
        return json.loads(row[0]), json.loads(row[1])

    def run_rows(self, run_ids: list[int]) -> list[dict]:
        """Stored runs as rows, exactly (to put them back with ``restore_runs`` after a deletion)."""
        conn = self.store.db.conn
        cursor = conn.execute(f"SELECT * FROM runs WHERE id IN ({', '.join('?' * len(run_ids))})", run_ids)  # noqa: S608
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def restore_runs(self, rows: list[dict]) -> None:
        known = {s.id for s in self.scenarios}
        with self.store.transaction() as w:
            for row in rows:  # a run whose scenario has gone since comes back unlinked
                w.insert("runs", {**row, "scenario_id": row["scenario_id"] if row["scenario_id"] in known else None})

    # ---- imports undone and redone ---------------------------------------------------------------

    def row_marks(self, what: str) -> dict[str, int]:
        """The last row of each table an import of ``what`` adds to (imports only add rows, after these)."""
        from .io.importers import IMPORTERS

        conn = self.store.db.conn
        return {t: conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0]  # noqa: S608
                for t in IMPORTERS[what].tables}

    def rows_after(self, marks: dict[str, int]) -> dict[str, ImportedRows]:
        """The rows added after ``marks``, per table: what an import wrote, exactly."""
        found = {}
        for table, mark in marks.items():
            cursor = self.store.db.conn.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid > ?', [mark])  # noqa: S608
            rows = cursor.fetchall()
            found[table] = ImportedRows(tuple(c[0] for c in cursor.description[1:]), [r[1:] for r in rows],
                                        [r[0] for r in rows])
        return found

    def remove_rows(self, rows: dict[str, ImportedRows], label: str) -> None:
        """Undo an import: exactly its rows go, children before parents, in one transaction; refused (nothing
        written) if a wallet would go below zero without them."""
        with self.store.transaction() as w:
            for table in reversed(list(rows)):
                w.delete_batch(table, rows[table].rowids, label)
            if "transactions" in rows:
                self._check_funded()

    def restore_rows(self, rows: dict[str, ImportedRows], label: str) -> None:
        """Redo an import: the same rows, with the same keys, as one audited batch per table."""
        with self.store.transaction() as w:
            for table, r in rows.items():
                w.insert_many(table, ("rowid", *r.columns), [(i, *v) for i, v in zip(r.rowids, r.values, strict=True)])
                w.log_import(table, f"{label} (redone)", len(r.values), None)

    def delete_runs(self, run_ids: list[int]) -> None:
        with self.store.transaction() as w:
            for run_id in run_ids:
                w.delete("runs", run_id)
