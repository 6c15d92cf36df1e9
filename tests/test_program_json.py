"""The IMF program JSON of docs/formats.md: good documents load, bad ones name every bad field."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.core.io.fields import InputError
from desktop.core.io.program_json import arrangement_from_dict, read_program

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
    ({"facility": "PRGT"}, "facility: 'PRGT' is not one of EFF, SBA, custom"),
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
        arrangement_from_dict({**DOCUMENTED_EXAMPLE, "months": -1, "quota_sdr": None, "facility": "X"})
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
