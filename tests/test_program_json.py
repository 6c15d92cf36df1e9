"""The IMF program JSON of docs/formats.md: good documents load, bad ones name every bad field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.io.program_json import (
    arrangement_from_dict,
    arrangement_to_dict,
    import_program,
    read_program,
)

D = dt.date

DOCUMENTED_EXAMPLE = {
    "name": "El Salvador EFF 2025", "facility": "EFF", "approval_date": "2025-02-26", "months": 40,
    "access_sdr": 1033920000, "quota_sdr": 287200000, "usd_per_sdr": 1.3281,
    "sdr_rate": [{"from": "2025-01-01", "rate": 0.031}], "charges_policy": "2024-11",
    "purchases": [{"date": "2025-02-26", "amount_sdr": 86160000, "status": "disbursed"}],
    "test_dates": [{"date": "2025-12-31", "nir_floor_usd": 4000000000}],
    "benchmarks": [{"description": "No voluntary accumulation of bitcoin by the public sector",
                    "type": "non_accumulation", "start_date": "2025-02-26"}],
}


def test_the_documented_example_loads():
    a = arrangement_from_dict(DOCUMENTED_EXAMPLE)
    assert a.name == "El Salvador EFF 2025" and a.approval_date == dt.date(2025, 2, 26)
    assert a.purchases[0].amount_sdr == 86_160_000 and a.sdr_rates[0].sdr_rate == 0.031
    assert a.test_dates[0].nir_floor_usd == 4e9 and a.benchmarks[0].type == "non_accumulation"


def test_a_flat_rate_applies_from_approval():
    a = arrangement_from_dict({**DOCUMENTED_EXAMPLE, "sdr_rate": 0.031})
    assert [(r.from_date, r.sdr_rate) for r in a.sdr_rates] == [(dt.date(2025, 2, 26), 0.031)]


@pytest.mark.parametrize("change, message", [
    ({"facility": "PRGT"}, "facility: 'PRGT' is not one of EFF, SBA, RFI, RSF, ECF, custom"),
    ({"approval_date": "26/02/2025"}, "approval_date: '26/02/2025' is not a date"),
    ({"months": 0}, "months: 0 is outside 1..120"),
    ({"access_sdr": -1}, "access_sdr: -1 must be greater than 0"),
    ({"usd_per_sdr": float("nan")}, "usd_per_sdr: nan is not a finite number"),
    ({"charges_policy": "2030"}, "charges_policy: '2030' is not one of"),
    ({"facility": "custom"}, "repayment: required for a custom facility"),
    ({"purchases": [{"date": "2025-02-26", "amount_sdr": "lots", "status": "disbursed"}]}, "purchases[0].amount_sdr: 'lots' is not a number"),
    ({"purchases": [{"date": "2024-01-01", "amount_sdr": 1, "status": "disbursed"}]}, "purchases[0].date: 2024-01-01 is before the approval date"),
    ({"purchases": [{"date": "2025-03-01", "amount_sdr": 2e9, "status": "planned"}]}, "more than access"),
    ({"purchases": [{"date": "2025-03-01", "amount_sdr": 1, "status": "maybe"}]}, "purchases[0].status"),
    ({"sdr_rate": [{"from": "2025-01-01", "rate": 3.1}]}, "sdr_rate[0].rate: 3.1 is larger than the maximum 0.5"),
    ({"benchmarks": [{"description": "x", "type": "non_accumulation"}]}, "benchmarks[0].start_date: required"),
    ({"test_dates": "soon"}, "test_dates: must be a list of objects"),
])
def test_bad_fields_are_named(change, message):
    with pytest.raises(InputError) as info:
        arrangement_from_dict({**DOCUMENTED_EXAMPLE, **change})
    assert any(message in p for p in info.value.problems), info.value.problems


def test_every_problem_is_reported_at_once():
    with pytest.raises(InputError) as info:
        arrangement_from_dict({**DOCUMENTED_EXAMPLE, "months": -1, "quota_sdr": -5, "facility": "X"})
    assert len(info.value.problems) == 3


def test_files_that_are_not_json(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"name": "x",', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_program(path)
    path.write_bytes("{}".encode("utf-16"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_program(path)
    path.write_text(json.dumps([1, 2]), encoding="utf-8")
    with pytest.raises(InputError, match="JSON object"):
        read_program(path)


# ---- issue 18: the quota and the SDR-rate path are the workspace's; the charges policy may follow the dates ----

def test_quota_charges_policy_and_sdr_rate_are_optional_and_not_written_back_when_absent():
    bare = {k: v for k, v in DOCUMENTED_EXAMPLE.items() if k not in ("quota_sdr", "charges_policy", "sdr_rate")}
    a = arrangement_from_dict(bare)
    assert (a.quota_sdr, a.charges_policy, a.sdr_rates) == (None, None, ())
    assert not {"quota_sdr", "charges_policy", "sdr_rate"} & set(arrangement_to_dict(a))
    assert arrangement_from_dict(arrangement_to_dict(a)) == a
    full = arrangement_from_dict(DOCUMENTED_EXAMPLE)
    assert {k: arrangement_to_dict(full)[k] for k in ("quota_sdr", "charges_policy", "sdr_rate")} == {
        "quota_sdr": 287200000, "charges_policy": "2024-11", "sdr_rate": [{"from": "2025-01-01", "rate": 0.031}]}
    assert arrangement_from_dict({**bare, "charges_policy": None}).charges_policy is None


@pytest.mark.parametrize("facility", ["RFI", "RSF", "ECF"])
def test_the_facilities_of_the_whole_position_import(facility):
    assert arrangement_from_dict({**DOCUMENTED_EXAMPLE, "facility": facility}).window == d.WINDOW[facility]


def program_file(tmp_path, **changes) -> Path:
    path = tmp_path / ("p.json" if "name" not in changes else f"{changes['name']}.json")
    path.write_text(json.dumps({**DOCUMENTED_EXAMPLE, **changes}), encoding="utf-8")
    return path


def test_import_adds_the_files_quota_to_a_workspace_without_one_and_merges_its_sdr_rates(store, tmp_path):
    a = import_program(store, program_file(tmp_path))
    member = store.member()
    assert [(q.effective_date, q.quota_sdr) for q in member.quotas] == [(D(2025, 2, 26), 287_200_000)]
    assert [(r.from_date, r.sdr_rate, r.source) for r in member.sdr_rates] == [(D(2025, 1, 1), 0.031, "program file: p.json")]
    assert store.arrangements()[0].quota_sdr == a.quota_sdr == 287_200_000
    # a second arrangement: the same quota and an SDR-rate step the path has with the same rate, one new step
    import_program(store, program_file(tmp_path, name="Second", sdr_rate=[
        {"from": "2025-01-01", "rate": 0.031}, {"from": "2025-04-01", "rate": 0.029, "source": "IMF"}]))
    assert [(r.from_date, r.sdr_rate, r.source) for r in store.member().sdr_rates] == [
        (D(2025, 1, 1), 0.031, "program file: p.json"), (D(2025, 4, 1), 0.029, "IMF")]  # the first file's
    assert len(store.member().quotas) == 1
    bare = {k: v for k, v in DOCUMENTED_EXAMPLE.items() if k not in ("quota_sdr", "sdr_rate")}
    path = tmp_path / "bare.json"
    path.write_text(json.dumps({**bare, "name": "Third"}), encoding="utf-8")
    assert import_program(store, path).quota_sdr is None and store.arrangements()[-1].quota_sdr == 287_200_000


def test_a_quota_or_an_sdr_rate_that_differs_from_the_workspaces_refuses_the_file_naming_both(store, tmp_path):
    import_program(store, program_file(tmp_path))
    with pytest.raises(InputError) as info:
        import_program(store, program_file(tmp_path, name="Other", quota_sdr=2_031_000_000,
                                           sdr_rate=[{"from": "2025-01-01", "rate": 0.035}]))
    assert info.value.problems == [
        "quota_sdr: SDR 2,031,000,000 in the file, but the workspace's quota on 2025-02-26 is SDR 287,200,000 (from "
        "2025-02-26); remove quota_sdr from the file or correct the workspace's quota",
        "sdr_rate: the SDR rate from 2025-01-01 is 3.5000% in the file and 3.1000% in the workspace"]
    assert [a.name for a in store.arrangements()] == ["El Salvador EFF 2025"] and len(store.member().sdr_rates) == 1
    # an arrangement approved before the first quota the workspace knows brings its own (an older quota)
    older = import_program(store, program_file(tmp_path, name="Old SBA", approval_date="2019-03-01", quota_sdr=171_300_000,
                                               purchases=[], sdr_rate=[]))
    assert [(q.effective_date, q.quota_sdr) for q in store.member().quotas] == [
        (D(2019, 3, 1), 171_300_000), (D(2025, 2, 26), 287_200_000)]
    assert older.quota_sdr == store.arrangements()[0].quota_sdr == 171_300_000
