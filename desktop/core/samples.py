"""Build the sample workspaces from their definitions in resources/samples/.

A definition holds only published facts, each naming its public source, and the rules that expand
them: the daily purchase policy, the wallet split of late Aug 2025, and the reported stock at dated
checkpoints. Where the
recorded purchases fall short of a reported figure, the builder books a *reconstructed* purchase for
the difference, so the sample's stock matches every reported figure; every such row says so.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

from .. import __version__
from ..resources import resource_path
from . import domain as d
from .errors import InvalidInput
from .i18n import translate
from .io.program_json import arrangement_from_dict
from .policies import policy_problems
from .store import Store
from .store.records import (
    add_arrangement,
    add_macro_inputs,
    add_prices,
    add_quota,
    add_scenarios,
    add_sdr_rates,
    add_transactions,
    add_wallet,
    policy_row,
)

SAMPLES = ("el-salvador", "pakistan", "empty")
SATOSHI_DECIMALS = 8


def load_definition(sample: str) -> dict:
    if sample not in SAMPLES:
        raise InvalidInput(translate("samples", "unknown sample {name}; choose one of {choices}").format(
            name=repr(sample), choices=", ".join(SAMPLES)))
    return json.loads(resource_path("samples", f"{sample}.json").read_text(encoding="utf-8"))


def builtin_scenarios() -> list[d.Scenario]:
    raw = json.loads(resource_path("scenarios.json").read_text(encoding="utf-8"))
    return [d.Scenario(builtin=True, **s) for s in raw]


def _dated_choice(rules: list[dict], day: dt.date, key: str) -> str:
    """The value of ``key`` in the last rule whose ``from`` is on or before ``day``."""
    chosen = None
    for rule in rules:
        if dt.date.fromisoformat(rule["from"]) <= day:
            chosen = rule[key]
    if chosen is None:
        raise ValueError(f"no rule covers {day}")
    return chosen


class _PurchasePrices:
    def __init__(self, spec: dict, prices: list[d.PricePoint]):
        self.avg_cost = float(spec["reported_average_cost_usd"])
        self.avg_cost_until = dt.date.fromisoformat(spec["reported_average_cost_until"])
        self.note_before = spec["note_before"]
        self.note_after = spec["note_after"]
        self.by_date = {p.date: p.close_usd for p in prices}
        self.by_month = {(p.date.year, p.date.month): p.close_usd for p in prices if (p.date + dt.timedelta(days=1)).day == 1}

    def __call__(self, day: dt.date) -> tuple[float, str]:
        if day <= self.avg_cost_until:
            return self.avg_cost, self.note_before
        price = self.by_date.get(day) or self.by_month.get((day.year, day.month))
        if price is None:
            raise ValueError(f"the sample has no price for a purchase on {day}")
        return price, self.note_after


def build_ledger(defn: dict, prices: list[d.PricePoint]) -> list[d.Transaction]:
    """Expand a definition's rules into ledger rows in booking order."""
    if not defn.get("daily_purchases") and not defn["transactions"]:
        return []
    price_for = _PurchasePrices(defn["purchase_prices"], prices)
    by_day: dict[dt.date, list[dict]] = defaultdict(list)
    for t in defn["transactions"]:
        by_day[dt.date.fromisoformat(t["date"])].append(t)
    daily = defn.get("daily_purchases")
    if daily:
        day, last = dt.date.fromisoformat(daily["from"]), dt.date.fromisoformat(daily["to"])
        while day <= last:
            by_day[day].append({"kind": "purchase", "quantity": daily["btc_per_day"],
                                "wallet": _dated_choice(daily["wallets"], day, "wallet"),
                                "note": daily["note"], "source": daily["source"]})
            day += dt.timedelta(days=1)
    checkpoints = {dt.date.fromisoformat(c["date"]): c for c in defn.get("reported_holdings", [])}
    splits = {dt.date.fromisoformat(s["date"]): s for s in defn.get("wallet_splits", [])}
    recon = defn.get("reconciliation")

    ledger: list[d.Transaction] = []
    balance: dict[str, float] = defaultdict(float)

    def book(day: dt.date, row: dict) -> None:
        qty = round(float(row["quantity"]), SATOSHI_DECIMALS)
        price = note = None
        if row["kind"] == "purchase":
            price, price_note = price_for(day)
            note = f"{row.get('note', '')} {price_note}".strip()
        ledger.append(d.Transaction(date=day, kind=row["kind"], wallet=row["wallet"], to_wallet=row.get("to_wallet"),
                                    quantity=qty, price_usd=price, note=note or row.get("note"), source=row.get("source")))
        if row["kind"] == "transfer":
            balance[row["wallet"]] -= qty
            balance[row["to_wallet"]] += qty
        else:
            balance[row["wallet"]] += qty if row["kind"] in d.INFLOW_KINDS else -qty

    for day in sorted(set(by_day) | set(checkpoints) | set(splits)):
        for row in by_day.get(day, []):
            book(day, row)
        check = checkpoints.get(day)
        if check and not check["approximate"] and recon:
            gap = round(check["btc"] - sum(balance.values()), SATOSHI_DECIMALS)
            if gap < -1e-8:
                raise ValueError(f"reported stock on {day} ({check['btc']}) is below the recorded purchases")
            if gap > 1e-8:
                book(day, {"kind": recon["kind"], "quantity": gap, "wallet": _dated_choice(recon["wallet_by_date"], day, "wallet"),
                           "note": recon["note"], "source": f"{recon['source']}: {check['btc']:,} BTC on {day}"})
        split = splits.get(day)
        if split:
            total = round(balance[split["from_wallet"]], SATOSHI_DECIMALS)
            targets = split["to_wallets"]
            each = round(total / len(targets), SATOSHI_DECIMALS)
            if each > split["max_btc_each"]:
                raise ValueError(f"split on {day}: {total} BTC does not fit {len(targets)} wallets of {split['max_btc_each']} BTC")
            for i, target in enumerate(targets):
                qty = each if i < len(targets) - 1 else round(total - each * (len(targets) - 1), SATOSHI_DECIMALS)
                book(day, {"kind": "transfer", "wallet": split["from_wallet"], "to_wallet": target, "quantity": qty,
                           "note": split["note"], "source": split["source"]})
    return ledger


def create_sample(path: str | Path, sample: str) -> Store:
    """Create a new workspace file at ``path`` holding the named sample; nothing is left behind on failure."""
    defn = load_definition(sample)
    prices = [d.PricePoint(asset="BTC", date=dt.date.fromisoformat(p["date"]), close_usd=float(p["close_usd"]),
                           source=p["source"], note=p.get("note")) for p in defn["prices"]]
    ledger = build_ledger(defn, prices)
    arrangements = [arrangement_from_dict(a, f"sample {sample}") for a in defn["arrangements"]]
    macro = [d.MacroInput(**{**m, "date": dt.date.fromisoformat(m["date"])}) for m in defn["macro"]]
    quotas = [d.QuotaStep(dt.date.fromisoformat(q["effective_date"]), float(q["quota_sdr"]), q.get("source"), q.get("note"))
              for q in defn.get("quotas", [])]
    rates = [d.RateStep(dt.date.fromisoformat(r["from"]), float(r["rate"]), r.get("source")) for r in defn.get("sdr_rates", [])]
    member = defn.get("member", {})
    policies = [d.Policy(**p) for p in defn.get("policies", [])]
    for p in policies:
        if problems := policy_problems(p):
            raise ValueError(f"sample {sample}: policy {p.name}: " + "; ".join(problems))
    path = Path(path)
    store = Store.create(path)
    try:
        with store.transaction() as w:
            meta = {"name": defn["name"], "country": defn["country"], "sample": sample, "description": defn["description"],
                    "created_with": __version__, "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
            if defn.get("valuation_date"):
                meta["valuation_date"] = defn["valuation_date"]
            for key, value in meta.items():
                w.set_metadata(key, value)
            for wallet in defn["wallets"]:
                add_wallet(w, d.Wallet(**wallet))
            ids = store.wallet_ids()  # the same connection: it sees the wallets just written
            if ledger:
                add_transactions(w, ledger, ids, label=f"sample {sample}: ledger")
            if prices:
                add_prices(w, prices, label=f"sample {sample}: prices")
            if macro:
                add_macro_inputs(w, macro, label=f"sample {sample}: macro inputs")
            for q in quotas:
                add_quota(w, q)
            add_sdr_rates(w, rates)
            if member:
                w.update("member", 1, {k: member.get(k) for k in ("rst_group", "sdr_rate_after", "source", "note",
                                                                  "local_currency")})
            for a in arrangements:
                if a.quota_sdr is not None and not quotas:  # a sample without a quota history: its arrangement's
                    quotas.append(d.QuotaStep(a.approval_date, a.quota_sdr, a.source))
                    add_quota(w, quotas[-1])
                add_sdr_rates(w, a.sdr_rates, rates)
                rates = sorted({r.from_date: r for r in (*rates, *a.sdr_rates)}.values(), key=lambda r: r.from_date)
                add_arrangement(w, a)
            add_scenarios(w, builtin_scenarios(), label="built-in scenario library")
            for p in policies:
                w.insert("policies", policy_row(p))
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store
