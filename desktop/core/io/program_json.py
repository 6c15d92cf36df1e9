"""Read and write an IMF arrangement in the program JSON of docs/formats.md ("import program").

Amounts are in SDR units (not millions) and rates are fractions. Every problem is reported with the
path of the field it concerns, for example ``purchases[2].amount_sdr: -5 must be greater than 0``.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from .. import domain as d
from .. import fmt
from ..i18n import translate
from .csv_source import not_utf8
from .fields import FieldError, InputError, parse_choice, parse_date, parse_int, parse_number, parse_text

MAX_SDR = 1e13  # larger than the whole Fund
MAX_USD = 1e14


def _collect(problems: list[str], fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except FieldError as exc:
        problems.append(str(exc))
        return None


def _text(problems: list[str], item: dict, key: str, where: str = "", max_length: int = 1000) -> str | None:
    """An optional text field, its problem named with its place in the document."""
    return _collect(problems, parse_text, item.get(key), f"{where}.{key}" if where else key, required=False,
                    max_length=max_length)


def _list(doc: dict, key: str, problems: list[str]) -> list[dict]:
    items = doc.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        problems.append(f"{key}: " + translate("program_json", "must be a list of objects"))
        return []
    return items


def _rates(doc: dict, approval, problems: list[str]) -> tuple[d.RateStep, ...]:
    raw = doc.get("sdr_rate")
    if raw is None:
        return ()
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):  # a flat rate from approval
        rate = _collect(problems, parse_number, raw, "sdr_rate", minimum=0, maximum=0.5)
        return (d.RateStep(approval, rate),) if rate is not None and approval else ()
    if not isinstance(raw, list):
        problems.append("sdr_rate: " + translate("program_json", "must be a number or a list of {from, rate}"))
        return ()
    steps = []
    for i, step in enumerate(raw):
        if not isinstance(step, dict):
            problems.append(f"sdr_rate[{i}]: " + translate("program_json", "must be an object with from and rate"))
            continue
        day = _collect(problems, parse_date, step.get("from"), f"sdr_rate[{i}].from")
        rate = _collect(problems, parse_number, step.get("rate"), f"sdr_rate[{i}].rate", minimum=0, maximum=0.5)
        if day and rate is not None:
            steps.append(d.RateStep(day, rate, _collect(problems, parse_text, step.get("source"), f"sdr_rate[{i}].source", required=False)))
    days = [s.from_date for s in steps]
    if len(set(days)) != len(days):
        problems.append("sdr_rate: " + translate("program_json", "two steps start on the same date"))
    return tuple(sorted(steps, key=lambda s: s.from_date))


def arrangement_from_dict(doc: Any, source_name: str = "program") -> d.Arrangement:
    """Validate a program document; raises InputError listing every problem."""
    if not isinstance(doc, dict):
        raise InputError(source_name, [translate("program_json", "the document must be a JSON object")])
    p: list[str] = []
    name = _collect(p, parse_text, doc.get("name"), "name", max_length=200)
    facility = _collect(p, parse_choice, doc.get("facility"), "facility", d.FACILITIES)
    approval = _collect(p, parse_date, doc.get("approval_date"), "approval_date")
    months = _collect(p, parse_int, doc.get("months"), "months", minimum=1, maximum=120)
    access = _collect(p, parse_number, doc.get("access_sdr"), "access_sdr", minimum=0, maximum=MAX_SDR, exclusive_minimum=True,
                     exclusive_maximum=True)
    quota = None if doc.get("quota_sdr") is None else _collect(  # optional: the workspace's quota history has it
        p, parse_number, doc.get("quota_sdr"), "quota_sdr", minimum=0, maximum=MAX_SDR, exclusive_minimum=True,
        exclusive_maximum=True)
    usd_per_sdr = _collect(p, parse_number, doc.get("usd_per_sdr"), "usd_per_sdr", minimum=0, maximum=100, exclusive_minimum=True,
                          exclusive_maximum=True)
    policy = None if doc.get("charges_policy") is None else _collect(  # None: the policy in force on each day
        p, parse_choice, doc.get("charges_policy"), "charges_policy", d.CHARGES_POLICIES)

    repayment = None
    if facility == "custom":
        rep = doc.get("repayment")
        if not isinstance(rep, dict):
            p.append("repayment: " + translate("program_json", "required for a custom facility, as {installments, "
                                                               "months_between, first_after_months}"))
        else:
            n = _collect(p, parse_int, rep.get("installments"), "repayment.installments", minimum=1, maximum=240)
            gap = _collect(p, parse_int, rep.get("months_between"), "repayment.months_between", minimum=1, maximum=60)
            lag = _collect(p, parse_int, rep.get("first_after_months"), "repayment.first_after_months", minimum=0, maximum=480)
            if None not in (n, gap, lag):
                repayment = d.Repayment(n, gap, lag)

    purchases = []
    for i, item in enumerate(_list(doc, "purchases", p)):
        day = _collect(p, parse_date, item.get("date"), f"purchases[{i}].date")
        amount = _collect(p, parse_number, item.get("amount_sdr"), f"purchases[{i}].amount_sdr", minimum=0, maximum=MAX_SDR, exclusive_minimum=True,
                     exclusive_maximum=True)
        status = _collect(p, parse_choice, item.get("status"), f"purchases[{i}].status", d.PURCHASE_STATUSES)
        if approval and day and day < approval:
            p.append(f"purchases[{i}].date: " + translate("program_json", "{date} is before the approval date "
                                                                          "{approval}").format(date=day, approval=approval))
        if None not in (day, amount, status):
            purchases.append(d.Purchase(day, amount, status, _text(p, item, "source", f"purchases[{i}]"),
                                        _text(p, item, "note", f"purchases[{i}]")))
    if access and purchases and sum(x.amount_sdr for x in purchases) > access * (1 + 1e-9):
        p.append("purchases: " + translate("program_json", "they add up to SDR {total} m, more than access SDR {access} m")
                 .format(total=fmt.number(sum(x.amount_sdr for x in purchases) / 1e6, 2),
                         access=fmt.number(access / 1e6, 2)))

    tests = []
    for i, item in enumerate(_list(doc, "test_dates", p)):
        day = _collect(p, parse_date, item.get("date"), f"test_dates[{i}].date")
        floor = _collect(p, parse_number, item.get("nir_floor_usd"), f"test_dates[{i}].nir_floor_usd", minimum=-MAX_USD,
                        maximum=MAX_USD, exclusive_minimum=True, exclusive_maximum=True)
        base = item.get("budget_support_baseline_usd")
        cap = item.get("adjustor_cap_usd")
        actual = item.get("budget_support_actual_usd")
        actual = None if actual is None else _collect(p, parse_number, actual, f"test_dates[{i}].budget_support_actual_usd", minimum=0, maximum=MAX_USD)
        base = None if base is None else _collect(p, parse_number, base, f"test_dates[{i}].budget_support_baseline_usd", minimum=0, maximum=MAX_USD)
        cap = None if cap is None else _collect(p, parse_number, cap, f"test_dates[{i}].adjustor_cap_usd", minimum=0, maximum=MAX_USD)
        if day and floor is not None:
            tests.append(d.TestDate(day, floor, base, cap, _text(p, item, "source", f"test_dates[{i}]"),
                                    _text(p, item, "note", f"test_dates[{i}]"), budget_support_actual_usd=actual))
    if len({t.date for t in tests}) != len(tests):
        p.append("test_dates: " + translate("program_json", "two test dates fall on the same day"))

    benchmarks = []
    for i, item in enumerate(_list(doc, "benchmarks", p)):
        desc = _collect(p, parse_text, item.get("description"), f"benchmarks[{i}].description")
        kind = _collect(p, parse_choice, item.get("type", "general"), f"benchmarks[{i}].type", d.BENCHMARK_TYPES)
        start = item.get("start_date")
        start = None if start is None else _collect(p, parse_date, start, f"benchmarks[{i}].start_date")
        due = item.get("due_date")
        due = None if due is None else _collect(p, parse_date, due, f"benchmarks[{i}].due_date")
        status = _collect(p, parse_choice, item.get("status", "pending"), f"benchmarks[{i}].status", d.BENCHMARK_STATUSES)
        if kind == "non_accumulation" and start is None:
            p.append(f"benchmarks[{i}].start_date: " + translate("program_json", "required for a non_accumulation "
                                                                                 "benchmark"))
        if desc and kind and status:
            benchmarks.append(d.Benchmark(desc, kind, start, due, status, _text(p, item, "source", f"benchmarks[{i}]"),
                                          _text(p, item, "note", f"benchmarks[{i}]")))

    rates = _rates(doc, approval, p)
    source, note = _text(p, doc, "source"), _text(p, doc, "note", max_length=4000)
    if p:
        raise InputError(source_name, p)
    return d.Arrangement(
        name=name, facility=facility, approval_date=approval, months=months, access_sdr=access, quota_sdr=quota,
        usd_per_sdr=usd_per_sdr, charges_policy=policy, repayment=repayment,
        purchases=tuple(sorted(purchases, key=lambda x: x.date)), sdr_rates=rates,
        test_dates=tuple(sorted(tests, key=lambda t: t.date)), benchmarks=tuple(benchmarks),
        source=source, note=note,
    )


def arrangement_to_dict(a: d.Arrangement) -> dict:
    """The exchange format of an arrangement (what read_program reads back)."""
    doc = {
        "name": a.name, "facility": a.facility, "approval_date": a.approval_date.isoformat(), "months": a.months,
        "access_sdr": a.access_sdr, "usd_per_sdr": a.usd_per_sdr,
        "purchases": [{"date": p.date.isoformat(), "amount_sdr": p.amount_sdr, "status": p.status,
                       **{k: v for k, v in (("source", p.source), ("note", p.note)) if v}} for p in a.purchases],
        "test_dates": [{"date": t.date.isoformat(), "nir_floor_usd": t.nir_floor_usd,
                        **{k: v for k, v in (("budget_support_baseline_usd", t.budget_support_baseline_usd),
                                             ("adjustor_cap_usd", t.adjustor_cap_usd),
                                             ("budget_support_actual_usd", t.budget_support_actual_usd),
                                             ("source", t.source), ("note", t.note)) if v is not None}} for t in a.test_dates],
        "benchmarks": [{"description": b.description, "type": b.type, "status": b.status,
                        **{k: v for k, v in (("start_date", b.start_date and b.start_date.isoformat()),
                                             ("due_date", b.due_date and b.due_date.isoformat()),
                                             ("source", b.source), ("note", b.note)) if v}} for b in a.benchmarks],
    }
    # the quota and the SDR-rate path are the workspace's (written when an arrangement carries them); no
    # charges policy means the one in force on each day
    for key, value in (("quota_sdr", a.quota_sdr), ("charges_policy", a.charges_policy)):
        if value is not None:
            doc[key] = value
    if a.sdr_rates:
        doc["sdr_rate"] = [{"from": r.from_date.isoformat(), "rate": r.sdr_rate, **({"source": r.source} if r.source else {})}
                           for r in a.sdr_rates]
    if a.repayment:
        doc["repayment"] = {"installments": a.repayment.installments, "months_between": a.repayment.months_between,
                            "first_after_months": a.repayment.first_after_months}
    for key in ("source", "note"):
        if getattr(a, key):
            doc[key] = getattr(a, key)
    return doc


def read_program(path: Path) -> d.Arrangement:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(Path(path).name, [not_utf8()]) from None
    except json.JSONDecodeError as exc:
        #: {reason} is Python's own English words for the error
        raise InputError(Path(path).name, [translate("program_json", "line {line}, column {column}: not valid JSON "
                                                                     "({reason})").format(
            line=exc.lineno, column=exc.colno, reason=exc.msg)]) from None
    except RecursionError:
        raise InputError(Path(path).name, [translate("program_json", "the document is nested too deeply to be a "
                                                                     "program")]) from None
    except ValueError:  # json refuses integers of thousands of digits
        raise InputError(Path(path).name, [translate("program_json", "the document holds a number too long to "
                                                                     "read")]) from None
    return arrangement_from_dict(doc, Path(path).name)


def import_program(store, path: str | Path, *, dry_run: bool = False) -> d.Arrangement:
    """Read a program file and add its arrangement (after a backup), or with ``dry_run`` only check it.
    Refused whole, with every problem named, when the file is invalid, its name is already taken, its quota is
    not the workspace's on the approval date or an SDR-rate step conflicts with the workspace's path. The file's
    quota joins the workspace's history when none is in force on the approval date; its SDR-rate steps join the
    workspace's one path."""
    from ..store.records import add_arrangement, add_quota, add_sdr_rates
    from .sdr_rates_csv import conflicts

    name = Path(path).name
    arrangement = read_program(Path(path))
    member = store.member()
    problems = []
    if any(a.name == arrangement.name for a in store.arrangements()):
        problems.append("name: " + translate("program_json", "an arrangement named {name} is already in the workspace "
                                                             "(rename it in the file, or edit the one there)").format(
            name=repr(arrangement.name)))
    quota = _new_quota(arrangement, member, problems)
    problems += conflicts(list(arrangement.sdr_rates), member.sdr_rates, "sdr_rate")
    if problems:
        raise InputError(name, problems)
    cited = arrangement.source or f"program file: {name}"
    rates = [dataclasses.replace(r, source=r.source or cited) for r in arrangement.sdr_rates]
    if not dry_run:
        store.backup("before-import")
        with store.transaction() as w:
            if quota is not None:
                add_quota(w, d.QuotaStep(arrangement.approval_date, quota, cited,
                                         f"the quota_sdr of {arrangement.name}'s program file"))
            add_sdr_rates(w, rates, member.sdr_rates)
            add_arrangement(w, arrangement)
    return arrangement


def _new_quota(a: d.Arrangement, member: d.Member, problems: list[str]) -> float | None:
    """The file's quota when the workspace has none in force on the approval date (to be added to its history);
    a problem when it has one and the file's differs."""
    if a.quota_sdr is None:
        return None
    in_force = [q for q in member.quotas if q.effective_date <= a.approval_date]
    if not in_force:  # none known yet, or only later ones (the quota may have been smaller then)
        return None if member.quota_on(a.approval_date) == a.quota_sdr else a.quota_sdr
    if abs(in_force[-1].quota_sdr - a.quota_sdr) > 0.5:  # quotas are whole SDR
        problems.append("quota_sdr: " + translate(
            "program_json", "SDR {file_quota} in the file, but the workspace's quota on {date} is SDR {quota} (from "
                            "{since}); remove quota_sdr from the file or correct the workspace's quota").format(
            file_quota=fmt.number(a.quota_sdr), date=a.approval_date, quota=fmt.number(in_force[-1].quota_sdr),
            since=in_force[-1].effective_date))
    return None
