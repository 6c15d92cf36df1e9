"""The IMF program: arrangements, purchases, reserves and macro inputs, adequacy, non-accumulation."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import domain as d
from ..engine.imf import add_months
from ..io.fields import InputError
from ..table_cache import ARRANGEMENT_TABLES, reads

DEFAULT_BTC_HAIRCUT = 0.5  # illustrative: no published figure; the user sets their own


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


# the tables each kind of import adds rows to, parents first
def arrangement_terms(a: d.Arrangement) -> dict:
    """The top-level terms of an arrangement in the program format (no purchases, test dates or benchmarks),
    with each SDR-rate step's source and the note: what a terms edit changes and its undo puts back."""
    from ..io.program_json import arrangement_to_dict

    doc = arrangement_to_dict(a)
    for key in ("purchases", "test_dates", "benchmarks"):
        doc.pop(key)
    doc.setdefault("note", None)
    doc.setdefault("repayment", None)
    return doc


def reserves_as_of_note(date: dt.date, later: list[dt.date], last_test_date: dt.date | None) -> str | None:
    """Why a projected NIR ignores reserve observations dated after ``date`` up to the last test date shown (those a
    projection would otherwise have started from); None when there are none. The window, the PDF and a stress run
    say it in the same words, on the same condition."""
    ignored = [x for x in later if last_test_date is not None and x <= last_test_date]
    if not ignored:
        return None
    shown = ", ".join(str(x) for x in ignored[:3]) + (f" and {len(ignored) - 3} more" if len(ignored) > 3 else "")
    return f"As of {date}: NIR starts from the last reserve observation by then; later ones ({shown}) are not used."


class ProgramPart:
    """The program concern of the workspace service (mixed into Workspace, which holds the store and the cache)."""

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
        from ..engine import adequacy as adq

        values, _ = self.macro_on(date)
        if values.get("gross_reserves_usd") is None:
            return None
        return adq.measures(values["gross_reserves_usd"], values, values.get("regime"))[0].months_of_imports

    def purchase_problems(self, arrangement: d.Arrangement, purchase: d.Purchase, replacing: int | None) -> list[str]:
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
        problems = self.purchase_problems(arrangement, purchase, purchase_id)
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
        from ..io.program_json import arrangement_from_dict, arrangement_to_dict

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
            stored = {dt.date.fromisoformat(day): (rid, rate, source) for rid, day, rate, source in self.store.rate_steps(aid)}
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
        former = self.store.deleted_rate_step_id(arrangement_id, day.isoformat())
        return {} if former is None else {"id": former}

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
        from ..engine import adequacy as adq

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
        from ..engine.compliance import accumulation_breaches

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
