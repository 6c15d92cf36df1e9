"""Turn domain objects into rows and write them through a Writer (so every write is audited)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable

from .. import domain as d
from .store import Writer
from .store_errors import StoreError


def add_wallet(w: Writer, wallet: d.Wallet) -> int:
    row = dataclasses.asdict(wallet)
    row.pop("id")
    row["public_sector"] = int(wallet.public_sector)
    row["archived"] = int(wallet.archived)
    return w.insert("wallets", row)


def add_transactions(w: Writer, txns: Iterable[d.Transaction], wallet_ids: dict[str, int], *, label: str,
                     digest: str | None = None) -> int:
    rows = []
    for t in txns:
        if t.wallet not in wallet_ids:
            raise StoreError(f"transaction of {t.date}: unknown wallet {t.wallet!r}")
        if t.to_wallet is not None and t.to_wallet not in wallet_ids:
            raise StoreError(f"transaction of {t.date}: unknown wallet {t.to_wallet!r}")
        rows.append({
            "date": t.date, "kind": t.kind, "wallet_id": wallet_ids[t.wallet],
            "to_wallet_id": wallet_ids.get(t.to_wallet) if t.to_wallet else None, "asset": t.asset,
            "quantity": t.quantity, "price_usd": t.price_usd, "fee_usd": t.fee_usd, "counterparty": t.counterparty,
            "reference": t.reference, "note": t.note, "source": t.source,
        })
    return w.insert_batch("transactions", rows, label=label, digest=digest)


def add_prices(w: Writer, prices: Iterable[d.PricePoint], *, label: str, digest: str | None = None) -> int:
    return w.insert_batch("prices", (dataclasses.asdict(p) for p in prices), label=label, digest=digest)


def add_macro_inputs(w: Writer, inputs: Iterable[d.MacroInput], *, label: str, digest: str | None = None) -> int:
    return w.insert_batch("macro_inputs", (dataclasses.asdict(m) for m in inputs), label=label, digest=digest)


def add_arrangement(w: Writer, a: d.Arrangement) -> int:
    rep = a.repayment
    aid = w.insert("arrangements", {
        "name": a.name, "facility": a.facility, "approval_date": a.approval_date, "months": a.months,
        "access_sdr": a.access_sdr, "usd_per_sdr": a.usd_per_sdr, "charges_policy": a.charges_policy,
        "repayment_installments": rep.installments if rep else None,
        "repayment_months_between": rep.months_between if rep else None,
        "repayment_first_after_months": rep.first_after_months if rep else None,
        "source": a.source, "note": a.note,
    })
    for p in a.purchases:
        row = dataclasses.asdict(p)
        row.pop("id")
        w.insert("purchases", {"arrangement_id": aid, **row})
    for t in a.test_dates:
        w.insert("test_dates", {"arrangement_id": aid, **dataclasses.asdict(t)})
    for b in a.benchmarks:
        w.insert("benchmarks", {"arrangement_id": aid, **dataclasses.asdict(b)})
    return aid


def add_quota(w: Writer, step: d.QuotaStep) -> int:
    return w.insert("quotas", dataclasses.asdict(step))


def add_sdr_rates(w: Writer, steps: Iterable[d.RateStep], known: Iterable[d.RateStep] = ()) -> int:
    """Add the steps the path ``known`` does not have; a step on a date it has must carry the same rate (the
    caller reports a conflict in its own words first: this is the last line of defence)."""
    have = {r.from_date: r.sdr_rate for r in known}
    added = 0
    for r in steps:
        if r.from_date in have:
            if abs(have[r.from_date] - r.sdr_rate) > 1e-12:
                raise StoreError(f"SDR rate from {r.from_date}: {r.sdr_rate:.4%} conflicts with {have[r.from_date]:.4%}")
            continue
        w.insert("sdr_rates", dataclasses.asdict(r))
        have[r.from_date] = r.sdr_rate
        added += 1
    return added


def add_projected_payments(w: Writer, as_of, rows: Iterable[d.ProjectedPayment], source: str | None) -> int:
    return w.insert_batch("imf_payments", ({"as_of": as_of, **dataclasses.asdict(p), "source": source} for p in rows),
                          label=f"IMF projected payments as of {as_of}")


def add_scenarios(w: Writer, scenarios: Iterable[d.Scenario], *, label: str) -> int:
    rows = [
        {"id": s.id, "name": s.name, "kind": s.kind, "horizon_days": s.horizon_days,
         "params_json": json.dumps(s.params, sort_keys=True), "builtin": int(s.builtin), "note": s.note}
        for s in scenarios
    ]
    return w.insert_batch("scenarios", rows, label=label)


def policy_row(p: d.Policy) -> dict:
    return {"name": p.name.strip(), "kind": p.kind, "enabled": int(p.enabled), "params_json": json.dumps(p.params, sort_keys=True),
            "note": p.note, "source": p.source}
