"""The IMF program: arrangements, purchases, reserves and macro inputs, adequacy, non-accumulation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from .. import domain as d
from .. import fmt
from ..engine import fund
from ..engine.imf import add_months
from ..i18n import translate
from ..io.fields import InputError, date_out_of_bounds
from ..table_cache import ARRANGEMENT_TABLES, MEMBER_TABLES, reads

ITEM_ORDER = ("principal", "charges", "other")  # the items of an IMF projection (ProjectedPayment.item)
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
    def expired(self) -> bool:
        return self.date > self.end_date

    @property
    def undrawn_sdr(self) -> float:
        """Access still available: none once the arrangement has ended (what was not drawn lapsed with it)."""
        return 0.0 if self.expired else self.arrangement.access_sdr - self.disbursed_sdr

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
    """The top-level terms of an arrangement in the program format (no purchases, test dates or benchmarks, and no
    quota or SDR rates: those are the member's), with its note: what a terms edit changes and its undo puts back."""
    from ..io.program_json import arrangement_to_dict

    doc = arrangement_to_dict(a)
    for key in ("purchases", "test_dates", "benchmarks", "quota_sdr", "sdr_rate"):
        doc.pop(key, None)
    for key in ("note", "repayment", "charges_policy"):
        doc.setdefault(key, None)
    return doc


def _must_be_one_of(choices) -> str:
    return translate("program", "must be one of {choices}").format(choices=", ".join(choices))


def _not_a_fraction(rate: float) -> str:
    return translate("program", "{value} must be a fraction between 0 and 0.5 (3.1% is 0.031)").format(value=f"{rate:g}")


def _above_access(total_sdr: float, access_sdr: float) -> str:
    return translate("program", "purchases would add up to SDR {total} m, more than access SDR {access} m").format(
        total=fmt.number(total_sdr / 1e6, 2), access=fmt.number(access_sdr / 1e6, 2))


def reserves_as_of_note(date: dt.date, later: list[dt.date], last_test_date: dt.date | None) -> str | None:
    """Why a projected NIR ignores reserve observations dated after ``date`` up to the last test date shown (those a
    projection would otherwise have started from); None when there are none. The window, the PDF and a stress run
    say it in the same words, on the same condition."""
    ignored = [x for x in later if last_test_date is not None and x <= last_test_date]
    if not ignored:
        return None
    shown = ", ".join(str(x) for x in ignored[:3])
    if len(ignored) > 3:
        #: the first three dates, then how many more: "2025-12-31, 2026-03-31, 2026-06-30 and 2 more"
        shown = translate("program", "{dates} and {more} more").format(dates=shown, more=len(ignored) - 3)
    return translate("program", "As of {date}: NIR starts from the last reserve observation by then; later ones "
                                "({dates}) are not used.").format(date=date, dates=shown)


class ProgramPart:
    """The program concern of the workspace service (mixed into Workspace, which holds the store and the cache)."""

    @property
    @reads(*ARRANGEMENT_TABLES, "quotas")  # each arrangement carries the member's quota on its approval date
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
        """The reserves an NIR starts from, as known on ``date``: each gross reserve observation dated on or before
        it less the short-term reserve liabilities known at its date (none when the workspace has no figure), as
        (date, US$); and the dates of later observations. A figure as of ``date`` (an NIR baseline, a stress run)
        projects from the first list only: an observation dated after it was not known then."""
        known, later, liabilities = [], [], 0.0
        for m in self.macro_inputs:
            if m.reserve_liabilities_usd is not None:
                liabilities = m.reserve_liabilities_usd
            if m.gross_reserves_usd is not None:
                (known.append((m.date, m.gross_reserves_usd - liabilities)) if m.date <= date else later.append(m.date))
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
            problems.append("amount_sdr: " + translate("program", "must be greater than 0"))
        if purchase.status not in d.PURCHASE_STATUSES:
            problems.append("status: " + _must_be_one_of(d.PURCHASE_STATUSES))
        if purchase.date < arrangement.approval_date:
            problems.append("date: " + translate("program", "{date} is before the approval date {approval}").format(
                date=purchase.date, approval=arrangement.approval_date))
        elif why := date_out_of_bounds(purchase.date):
            problems.append(f"date: {why}")
        others = sum(p.amount_sdr for p in arrangement.purchases if p.id != replacing)
        if others + purchase.amount_sdr > arrangement.access_sdr * (1 + 1e-9):
            problems.append("amount_sdr: " + _above_access(others + purchase.amount_sdr, arrangement.access_sdr))
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
        """Change an arrangement's terms (any top-level field of the program format but the member's quota and SDR
        rates, "note" included). The result is validated exactly like an imported program file; purchases, test
        dates and benchmarks are kept. The note's sentence on access ("Access SDR … m = …% of quota.") is
        rewritten from the new terms, the rest of the note is kept."""
        from ..io.program_json import arrangement_from_dict, arrangement_to_dict

        current = next(a for a in self.arrangements if a.name == name)
        updated = arrangement_from_dict({**arrangement_to_dict(current), **changes}, name)
        if updated.name != name and any(a.name == updated.name for a in self.arrangements):
            raise InputError("arrangement", ["name: " + translate("program", "an arrangement named {name} already exists")
                                             .format(name=repr(updated.name))])
        quota = self.quota_on(updated.approval_date)
        note = updated.note
        if note and quota:
            note = ACCESS_SENTENCE.sub(access_sentence(updated.access_sdr, quota), note)
        rep = updated.repayment
        with self.store.transaction() as w:
            w.update("arrangements", self.store.arrangement_id(name), {
                "name": updated.name, "facility": updated.facility, "approval_date": updated.approval_date,
                "months": updated.months, "access_sdr": updated.access_sdr, "usd_per_sdr": updated.usd_per_sdr,
                "charges_policy": updated.charges_policy,
                "repayment_installments": rep.installments if rep else None,
                "repayment_months_between": rep.months_between if rep else None,
                "repayment_first_after_months": rep.first_after_months if rep else None,
                "source": updated.source, "note": note})

    # ---- the member: quota, SDR-rate path, RST group, the IMF's projection ----------------------------------------

    @property
    @reads(*MEMBER_TABLES)
    def member(self) -> d.Member:
        return self.store.member()

    def quota_on(self, date: dt.date) -> float | None:
        return self.member.quota_on(date)

    @reads(*ARRANGEMENT_TABLES, *MEMBER_TABLES)
    def fund_position(self, include_planned: bool = True) -> fund.FundPosition:
        """Every arrangement of the member together, with existing obligations from an imported IMF projection."""
        return fund.position(self.arrangements, self.member, include_planned)

    def fund_indicators(self, include_planned: bool = True) -> list[dict]:
        """"Indicators of Fund credit" by year, as IMF staff reports lay them out: obligations (principal and
        charges, SDR and US$, and in percent of exports, gross reserves and GDP) and credit outstanding at the
        year's end (SDR, percent of quota and of gross reserves). A percent is None when its input is missing;
        inputs are the latest observations on or before the year's end (``inputs_date``: the latest used)."""
        position = self.fund_position(include_planned)
        usd = position.usd_per_sdr

        def pct(part: float, whole: float | None) -> float | None:
            return part / whole * 100 if whole else None

        result = []
        for y in position.obligations_by_year():
            end = dt.date(y["year"], 12, 31)
            values, observed = self.macro_on(end)
            reserves = values.get("gross_reserves_usd")
            credit = position.credit_on(end)
            used = [observed[k] for k in ("exports_usd", "gross_reserves_usd", "gdp_usd") if k in observed]
            result.append({"year": y["year"], "principal_sdr": y["principal_sdr"], "charges_sdr": y["charges_sdr"],
                           "total_sdr": y["total_sdr"], "total_usd": y["total_usd"],
                           "pct_exports": pct(y["total_usd"], values.get("exports_usd")),
                           "pct_gross_reserves": pct(y["total_usd"], reserves), "pct_gdp": pct(y["total_usd"], values.get("gdp_usd")),
                           "credit_sdr": credit, "credit_pct_quota": pct(credit, position.quota_on(end)),
                           "credit_pct_gross_reserves": pct(credit * usd, reserves),
                           "inputs_date": max(used).isoformat() if used else None})
        return result

    def imf_compare(self) -> dict | None:
        """The app's projection of payments to the Fund beside the IMF's imported one, by year and item, after the
        IMF's as-of date (None without an imported projection). The app's side counts what the IMF's projection
        can know: purchases disbursed on or before its as-of date. It compares principal and charges (charges,
        surcharges, RST and PRGT interest); service charges and commitment fees are not in the IMF's projection,
        and the SDR Department's items (net SDR charges, assessments) are not modelled: their app figure and
        difference are None."""
        member = self.member
        if not member.projection:
            return None
        as_of = member.projection_as_of
        known = [dataclasses.replace(a, purchases=tuple(p for p in a.purchases if p.date <= as_of)) for a in self.arrangements]
        imf_sdr: dict[tuple[int, str], float] = defaultdict(float)
        app_sdr: dict[tuple[int, str], float] = defaultdict(float)
        for p in member.projection:
            if p.date > as_of:
                imf_sdr[(p.date.year, p.item)] += p.amount_sdr
        for _, r in fund.position(known, member, include_planned=False).rows():
            if r.date > as_of:
                app_sdr[(r.date.year, "principal")] += r.principal_sdr
                app_sdr[(r.date.year, "charges")] += r.charges_sdr + r.surcharges_sdr
        rows = []
        for year, item in sorted(set(imf_sdr) | set(app_sdr), key=lambda k: (k[0], ITEM_ORDER.index(k[1]))):
            imf, app = imf_sdr.get((year, item), 0.0), None if item == "other" else app_sdr.get((year, item), 0.0)
            rows.append({"year": year, "item": item, "imf_sdr": imf, "app_sdr": app,
                         "difference_sdr": None if app is None else app - imf})
        return {"as_of": as_of.isoformat(), "rows": rows}

    def save_quota(self, step: d.QuotaStep, replacing: dt.date | None = None, row_id: int | None = None) -> None:
        """Add a quota step, or change the one effective on ``replacing``. ``row_id``: the id a deleted step had
        (its deletion undone keeps the row's identity, which undoing the import that added it looks for)."""
        problems = [f"effective_date: {why}"] if (why := date_out_of_bounds(step.effective_date)) else []
        if not 0 < step.quota_sdr < 1e13:
            problems.append("quota_sdr: " + translate("program", "must be greater than 0"))
        if self.store.quota_id(step.effective_date) is not None and step.effective_date != replacing:
            problems.append("effective_date: " + translate("program", "a quota is already effective from {date}").format(
                date=step.effective_date))
        if problems:
            raise InputError("quota", problems)
        row = {"effective_date": step.effective_date, "quota_sdr": step.quota_sdr, "source": step.source, "note": step.note}
        self._write_step("quotas", self.store.quota_id(replacing) if replacing else None, row, row_id)

    def delete_quota(self, effective_date: dt.date) -> int:
        """Delete the quota step effective on ``effective_date``; returns its row id."""
        quota_id = self.store.quota_id(effective_date)
        if quota_id is None:
            raise InputError("quota", ["effective_date: " + translate("program", "no quota is effective from {date}")
                                       .format(date=effective_date)])
        if len(self.member.quotas) == 1 and self.arrangements:
            raise InputError("quota", ["quota_sdr: " + translate("program", "the arrangements need a quota; change it "
                                                                            "instead of deleting it")])
        with self.store.transaction() as w:
            w.delete("quotas", quota_id)
        return quota_id

    def save_sdr_rate(self, step: d.RateStep, replacing: dt.date | None = None, row_id: int | None = None) -> None:
        """Add a step to the SDR interest-rate path, or change the one from ``replacing``; ``row_id`` as in
        ``save_quota``."""
        problems = [f"from_date: {why}"] if (why := date_out_of_bounds(step.from_date)) else []
        if not 0 <= step.sdr_rate <= 0.5:
            problems.append("sdr_rate: " + _not_a_fraction(step.sdr_rate))
        if self.store.sdr_rate_id(step.from_date) is not None and step.from_date != replacing:
            problems.append("from_date: " + translate("program", "the path already has a rate from {date}").format(
                date=step.from_date))
        if problems:
            raise InputError("SDR rate", problems)
        row = {"from_date": step.from_date, "sdr_rate": step.sdr_rate, "source": step.source or "entered in Reserve Desk"}
        self._write_step("sdr_rates", self.store.sdr_rate_id(replacing) if replacing else None, row, row_id)

    def _write_step(self, table: str, old_id: int | None, row: dict, row_id: int | None) -> None:
        """Change the step ``old_id`` of a member's history, or add one (under ``row_id`` when a deletion is undone)."""
        with self.store.transaction() as w:
            if old_id is None:
                w.insert(table, row if row_id is None else {"id": row_id, **row})
            else:
                w.update(table, old_id, row)

    def delete_sdr_rate(self, from_date: dt.date) -> int:
        """Delete the path's step from ``from_date``; returns its row id."""
        rate_id = self.store.sdr_rate_id(from_date)
        if rate_id is None:
            raise InputError("SDR rate", ["from_date: " + translate("program", "the path has no rate from {date}").format(
                date=from_date)])
        with self.store.transaction() as w:
            w.delete("sdr_rates", rate_id)
        return rate_id

    def update_member(self, **changes) -> None:
        """Change the member's settings: ``rst_group`` (A, B, C, or None: group C assumed) and ``sdr_rate_after``
        (a fraction, or None to hold the last rate flat)."""
        problems = [f"{k}: " + translate("program", "not a member setting") for k in changes
                    if k not in ("rst_group", "sdr_rate_after")]
        if changes.get("rst_group") not in (None, *d.RST_GROUPS):
            problems.append("rst_group: " + _must_be_one_of(d.RST_GROUPS))
        after = changes.get("sdr_rate_after")
        if after is not None and not 0 <= after <= 0.5:
            problems.append("sdr_rate_after: " + _not_a_fraction(after))
        if problems:
            raise InputError("member", problems)
        with self.store.transaction() as w:
            w.update("member", 1, changes)

    def rescaled_planned_purchases(self, name: str) -> dict[int, float]:
        """New amounts (SDR) of the planned purchases of arrangement ``name``, in the same proportions, so that
        all purchases add up to access again; disbursed purchases are never changed."""
        a = next(x for x in self.arrangements if x.name == name)
        planned = [p for p in a.purchases if p.status == "planned"]
        planned_sdr = sum(p.amount_sdr for p in planned)
        target_sdr = a.access_sdr - sum(p.amount_sdr for p in a.purchases if p.status != "planned")
        if not planned:
            raise InputError("purchases", ["status: " + translate("program", "no planned purchase to rescale; add one")])
        if target_sdr <= 0:
            raise InputError("purchases", ["access_sdr: " + translate(
                "program", "disbursed purchases already use all of access SDR {access} m; nothing is left to plan").format(
                access=fmt.number(a.access_sdr / 1e6, 2))])
        return {p.id: p.amount_sdr * target_sdr / planned_sdr for p in planned}

    def set_purchase_amounts(self, name: str, amounts_sdr: dict[int, float]) -> None:
        """Change the amounts of several purchases of arrangement ``name`` at once (one change in the audit log);
        refused, and nothing written, if they would add up to more than access."""
        a = next(x for x in self.arrangements if x.name == name)
        known = {p.id for p in a.purchases}
        total = sum(amounts_sdr.get(p.id, p.amount_sdr) for p in a.purchases)
        problems = [f"purchase {pid}: " + translate("program", "not a purchase of {name}").format(name=name)
                    for pid in amounts_sdr if pid not in known]
        problems += ["amount_sdr: " + translate("program", "SDR {value} m must be greater than 0").format(value=f"{v / 1e6:g}")
                     for v in amounts_sdr.values() if not 0 < v < 1e13]
        if total > a.access_sdr * (1 + 1e-9):
            problems.append("amount_sdr: " + _above_access(total, a.access_sdr))
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
                         "exports_usd", "imports_usd", "remittances_usd", "gdp_usd", "reserve_liabilities_usd", "regime"):
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
            raise InputError("adequacy", [translate("program", "no gross reserves on or before {date}: import macro "
                                                               "inputs").format(date=date)])
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
