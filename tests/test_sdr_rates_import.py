"""Issue 18, item 3: one SDR interest-rate path per workspace, imported from a CSV of `date,rate` (fractions): all
rows or none, a conflict with the workspace's path named with both values; Hypothesis fuzzing."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop import cli
from desktop.core import domain as d
from desktop.core.io.csv_source import CsvOptions
from desktop.core.io.fields import InputError
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.io.sdr_rates_csv import import_sdr_rates, read_sdr_rates
from desktop.core.store.backup import list_backups

D = dt.date


def write(tmp_path: Path, text: str, name: str = "rates.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, options: CsvOptions | None = None) -> list[str]:
    with pytest.raises(InputError) as info:
        read_sdr_rates(path, options or CsvOptions())
    return info.value.problems


def path_of(store) -> list[tuple[dt.date, float]]:
    return [(r.from_date, r.sdr_rate) for r in store.member().sdr_rates]


def test_a_weekly_series_reads_as_steps_by_date(tmp_path):
    text = "Date,Rate,Source\n2024-01-08,0.04014,IMF SDR interest rate\n2024-01-01,0.04068,\n"
    steps = read_sdr_rates(write(tmp_path, "\ufeff" + text))
    assert steps == [d.RateStep(D(2024, 1, 1), 0.04068, "SDR rates CSV: rates.csv"),
                     d.RateStep(D(2024, 1, 8), 0.04014, "IMF SDR interest rate")]
    semicolons = "date;rate\n08/01/2024;0,04014\n"
    assert read_sdr_rates(write(tmp_path, semicolons), CsvOptions("dmy", "comma"))[0].sdr_rate == 0.04014


def test_a_rate_in_percent_is_refused_with_the_hint(tmp_path):
    assert problems_of(write(tmp_path, "date,rate\n2024-01-01,4.068\n")) == [
        "row 2: rate: 4.068 is more than 0.5: the rate is a fraction (0.0312 for 3.12%); is this column in percent?"]


def test_every_problem_is_named_at_once(tmp_path):
    text = "date,rate\n2024-01-01,0.04\n2024-01-01,0.04\n1960-01-01,0.01\n2024-02-30,0.01\n2024-03-01,-0.01\n2024-04-01\n2024-05-01,x\n"
    assert problems_of(write(tmp_path, text)) == [
        "row 3: date: 2024-01-01 appears twice (first on row 2)", "row 4: date: 1960-01-01 is outside 1969..2100",
        "row 5: date: '2024-02-30' is not a date in YYYY-MM-DD form",
        "row 6: rate: -0.01 is negative; the SDR interest rate is at least 0", "row 7: row: has 1 fields; the header has 2",
        "row 8: rate: 'x' is not a number"]
    assert problems_of(write(tmp_path, "date,value,rate,rate\n")) == [
        "row 1: unknown columns: value", "row 1: columns named twice: rate"]
    assert problems_of(write(tmp_path, "date,rate\n")) == ["the file has a header but no rows"]


def test_the_path_merges_a_date_with_another_rate_refuses_the_whole_file(store, tmp_path):
    first = write(tmp_path, "date,rate\n2024-01-01,0.04068\n2024-01-08,0.04014\n")
    steps, added = import_sdr_rates(store, first, dry_run=True)
    assert len(steps) == len(added) == 2 and path_of(store) == [] and list_backups(store.path) == []
    import_sdr_rates(store, first)
    assert path_of(store) == [(D(2024, 1, 1), 0.04068), (D(2024, 1, 8), 0.04014)]
    assert [b.label for b in list_backups(store.path)] == ["before-import"]
    more = write(tmp_path, "date,rate\n2024-01-08,0.04014\n2024-01-15,0.0399\n", "more.csv")
    assert import_sdr_rates(store, more)[1] == [d.RateStep(D(2024, 1, 15), 0.0399, "SDR rates CSV: more.csv")]
    clash = write(tmp_path, "date,rate\n2024-01-22,0.039\n2024-01-01,0.05\n", "clash.csv")
    with pytest.raises(InputError) as info:
        import_sdr_rates(store, clash)
    assert info.value.problems == ["date: the SDR rate from 2024-01-01 is 5.0000% in the file and 4.0680% in the "
                                   "workspace"]
    assert len(path_of(store)) == 3  # nothing of the refused file, not even its new date


def test_the_importer_row_and_the_command_line(store, tmp_path, capsys):
    path = write(tmp_path, "date,rate\n2024-01-01,0.04068\n2024-01-08,0.04014\n")
    importer = IMPORTERS["sdr-rates"]
    assert importer.tables == ("sdr_rates",) and importer.whole_file and "csv" in importer.options
    checked = importer(store, str(path), ImportOptions(dry_run=True))
    assert checked.summary() == "rates.csv: 2 SDR rates from 2024-01-01 to 2024-01-08; would add 2 new steps"
    store.close()
    assert cli.main(["import", "sdr-rates", str(path), "--workspace", str(store.path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"what": "sdr-rates", "rows": 2, "new": 2, "written": True}
    assert cli.main(["import", "sdr-rates", str(path), "--workspace", str(store.path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"what": "sdr-rates", "rows": 2, "new": 0, "written": False}
    write(tmp_path, "date,rate\n2024-01-01,4.068\n")
    assert cli.main(["import", "sdr-rates", str(path), "--workspace", str(store.path)]) == cli.EXIT_INPUT
    assert capsys.readouterr().err.startswith("row 2: rate: 4.068 is more than 0.5")


# ---- fuzzing ---------------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
SEEDED = (D(2024, 1, 1), 0.04068)  # the workspace's path holds this step in every example
BAD = {"date": ("", "2024-13-01", "1968-12-31", "2101-01-01", "01/02/2024x", "yesterday", "2024-02-30"),
       "rate": ("", "3.5", "-0.01", "nan", "inf", "x", "0.5000001", "1e400", "50%")}
rate_row = st.tuples(st.dates(D(1969, 7, 28), D(2100, 12, 31)), st.floats(0, 0.5),
                     st.sampled_from((None,) * 30 + ("date", "rate", "twice", "seeded other", "seeded same", "ragged")),
                     st.integers(0, 100))
rate_file = st.fixed_dictionaries({
    "rows": st.lists(rate_row, max_size=6, unique_by=lambda r: r[0]), "order": st.sampled_from(("iso", "dmy", "mdy")),
    "decimal": st.sampled_from(("point", "comma")), "delimiter": st.sampled_from((",", ";", "\t")),
    "header": st.sampled_from(("date,rate",) * 6 + ("Date,Rate,source", "rate,date", "date,rates", "date")),
    "dry_run": st.sampled_from((True, True, True, False))})


def day_text(day: dt.date, order: str) -> str:
    first, second = (day.day, day.month) if order == "dmy" else (day.month, day.day)
    return day.isoformat() if order == "iso" else f"{first:02d}/{second:02d}/{day.year}"


def build(f: dict) -> tuple[str, dict[dt.date, float] | None, set[int]]:
    """The file, the steps it holds when its header is right (None when not) and the rows that must be named."""
    columns = [c.strip().lower() for c in f["header"].split(",")]
    delimiter = ";" if f["decimal"] == "comma" and f["delimiter"] == "," else f["delimiter"]  # as a spreadsheet writes
    lines, seen, bad = [delimiter.join(columns)], {}, set()
    for day, rate, spoil, pick in f["rows"]:
        if spoil in ("seeded other", "seeded same"):
            day, rate = SEEDED[0], SEEDED[1] + (0.001 if spoil == "seeded other" else 0)
        elif spoil == "twice" and seen:  # the date of the last good line again
            day, rate = next(reversed(seen.items()))
        cells = {"date": day_text(day, f["order"]), "rate": repr(rate), "source": ""}
        if f["decimal"] == "comma":
            cells["rate"] = cells["rate"].replace(".", ",")
        if spoil in BAD:
            cells[spoil] = BAD[spoil][pick % len(BAD[spoil])]
        line = [cells.get(c, "") for c in columns]
        lines.append(delimiter.join(line[:-1] if spoil == "ragged" else line))
        if spoil in (*BAD, "ragged") or day in seen:
            bad.add(len(lines))
        else:
            seen[day] = rate
    known = set(columns) <= {"date", "rate", "source"} and {"date", "rate"} <= set(columns)
    return "\n".join(lines) + "\n", (seen if known else None), bad


def event(what: str) -> None:
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


@pytest.mark.slow
@FUZZ
@given(f=rate_file)
def test_fuzzed_rate_files_add_exactly_their_new_steps_or_nothing(store, tmp_path, f):
    if not path_of(store):
        import_sdr_rates(store, write(tmp_path, f"date,rate\n{SEEDED[0]},{SEEDED[1]}\n", "seed.csv"))
    before = path_of(store)
    path = tmp_path / "fuzz.csv"
    text, expected, bad = build(f)
    path.write_text(text, encoding="utf-8")
    conflict = expected is not None and abs(expected.get(SEEDED[0], SEEDED[1]) - SEEDED[1]) > 1e-12
    try:
        steps, added = import_sdr_rates(store, path, CsvOptions(f["order"], f["decimal"]), dry_run=f["dry_run"])
    except InputError as exc:
        event("refused")
        assert expected is None or bad or conflict or not expected, exc.problems  # a good file is never refused
        assert exc.problems and path_of(store) == before
        named = set()
        for problem in exc.problems:
            found = re.match(r"row (\d+): (date|rate|row): \S", problem)
            assert found or re.match(r"row 1: (missing|unknown) columns|date: the SDR rate from \d{4}-\d\d-\d\d is "
                                     r"[\d.]+% in the file and [\d.]+% in the workspace|the file has a header but no "
                                     "rows", problem), problem
            named |= {int(found.group(1))} if found else set()
        assert expected is None or bad <= named, (bad, exc.problems)
        return
    event("dry run" if f["dry_run"] else "written")
    assert expected is not None and not bad and not conflict
    assert {s.from_date: s.sdr_rate for s in steps} == expected
    assert {s.from_date for s in added} == set(expected) - {SEEDED[0]}
    after = path_of(store)
    assert after == (before if f["dry_run"] else sorted(before + [(s.from_date, s.sdr_rate) for s in added]))
    if added and not f["dry_run"]:  # deleted again, so that every example starts from the seeded path
        with store.transaction() as w:
            for s in added:
                w.delete("sdr_rates", store.sdr_rate_id(s.from_date))
