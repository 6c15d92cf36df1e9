"""Wallets, the ledger, prices and the holdings they add up to."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from .. import domain as d
from .. import fmt
from ..engine import valuation as val
from ..errors import InvalidInput
from ..i18n import translate
from ..io.fields import InputError, is_required, not_one_of
from ..io.transactions_csv import DB_COLUMNS
from ..store.records import add_wallet as add_wallet_row
from ..table_cache import reads

COST_METHOD_LABELS = {"average": "average cost", "fifo": "FIFO"}


TX_DB_COLUMNS = DB_COLUMNS[:-1]  # what parse_row returns: the row without its source


def _btc_text(x: float) -> str:
    """A bitcoin amount to the satoshi, without trailing zeros: 100.37, 0.00012, 1,000,000."""
    return f"{x:,.8f}".rstrip("0").rstrip(".")


class _Trial(Exception):  # noqa: N818 - a control signal: undo a write made only to check it
    pass


def _at_most_200() -> str:
    return translate("ledger", "at most 200 characters")


def wallet_problems(wallet: d.Wallet, taken_names: set[str]) -> list[str]:
    problems = []
    name = (wallet.name or "").strip()
    if not name:
        problems.append("name: " + is_required())
    elif len(name) > 200:
        problems.append("name: " + _at_most_200())
    elif name in taken_names:
        problems.append("name: " + translate("ledger", "a wallet named {name} already exists").format(name=repr(name)))
    if wallet.kind not in d.WALLET_KINDS:
        problems.append("kind: " + not_one_of(repr(wallet.kind), d.WALLET_KINDS))
    if wallet.cap_btc is not None and not (0 < wallet.cap_btc <= d.MAX_BTC):
        problems.append("cap_btc: " + translate("ledger", "{value} must be above 0 and at most {maximum}").format(
            value=f"{wallet.cap_btc:g}", maximum=fmt.number(d.MAX_BTC)))
    for field_name in ("custodian", "address"):
        value = getattr(wallet, field_name)
        if value is not None and len(value) > 200:
            problems.append(f"{field_name}: " + _at_most_200())
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
        if self.date == today:
            return (translate("ledger", "close of {date}, today") if age == 0 else
                    translate("ledger", "close of {date}, 1 day old") if age == 1 else
                    translate("ledger", "close of {date}, {days} days old")).format(date=self.price_date,
                                                                                  days=fmt.number(age))
        before_today = (today - self.price_date).days
        text = (translate("ledger", "close of {date}, the date shown; {before} before today") if age == 0 else
                translate("ledger", "close of {date}, 1 day before the date shown; {before} before today") if age == 1
                else translate("ledger", "close of {date}, {days} days before the date shown; {before} before today"))
        before = (translate("ledger", "1 day") if before_today == 1 else
                  translate("ledger", "{days} days").format(days=fmt.number(before_today)))
        return text.format(date=self.price_date, days=fmt.number(age), before=before)

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


class LedgerPart:
    """The ledger concern of the workspace service (mixed into Workspace, which holds the store and the cache)."""

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
            raise InvalidInput(translate("ledger", "cost method must be one of {choices}").format(
                choices=", ".join(val.COST_METHODS)))
        return self._cost_track(method)

    @reads("transactions", "wallets")
    def _cost_track(self, method: str) -> val.CostTrack:
        return val.COST_METHODS[method](self.ledger)

    @reads("prices")
    def price_arrays(self, asset: str) -> tuple[np.ndarray, np.ndarray]:
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
        quote = val.price_on_or_before(*self.price_arrays("BTC"), day)
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
        price_days, closes = self.price_arrays("BTC")
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
        used = self.store.wallet_use_count(wallet_id)
        if used:
            raise InputError("wallet", ["wallet: " + (
                translate("ledger", "1 transaction uses it; archive it instead") if used == 1 else
                translate("ledger", "{count} transactions use it; archive it instead").format(count=fmt.number(used)))])
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
        from ..io.csv_source import CsvOptions
        from ..io.fields import FieldError
        from ..io.transactions_csv import parse_row  # noqa: I001

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
        return "quantity: " + translate("ledger", "{quantity} BTC is more than {wallet} holds on {date} ({held} BTC)").format(
            quantity=_btc_text(t.quantity), wallet=repr(t.wallet), date=t.date, held=_btc_text(held))

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
        rows = self.store.ledger_columns()  # storage order: sequential; sorted below
        names = {wid: name for name, wid in self.store.wallet_ids().items()}
        return LedgerTable.from_rows(rows, names)

    def price_gaps(self, asset: str = "BTC", min_days: int = 2) -> list[tuple[dt.date, dt.date, int]]:
        """Runs of calendar days without a price: (last day with a price, next day with one, days between)."""
        days, _ = self.price_arrays(asset)
        step = np.diff(days)
        where = np.flatnonzero(step >= min_days)
        return [(val.from_day_number(days[i]), val.from_day_number(days[i + 1]), int(step[i]) - 1) for i in where]

    def transaction(self, transaction_id: int) -> d.Transaction:
        for t in self.transactions:
            if t.id == transaction_id:
                return t
        raise KeyError(transaction_id)
