"""Issue 23: exchange-rate series imported in the price files' formats, either quote, stored per US$; all rows or
none; bad rows named with their row and field; Hypothesis fuzzing of the reader; the real USD/PKR series."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import SHARED_DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop import cli
from desktop.core.io.csv_source import CsvOptions
from desktop.core.io.fields import InputError
from desktop.core.io.fx_csv import import_fx
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.io.prices_csv import PriceColumns

D = dt.date
TODAY = D(2026, 11, 27)
USD_PKR = SHARED_DATA / "usd_pkr.csv"


def write(tmp_path: Path, text: str, name: str = "rates.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_per_usd_rates_are_stored_as_read(store, tmp_path):
    path = write(tmp_path, "date,close\n2024-01-05,280.50\n2024-01-08,279.90\n")
    report = import_fx(store, path, currency="pkr", today=TODAY)
    assert (report.new, report.duplicates, report.invalid, report.written) == (2, 0, [], True)
    assert store.fx_rates("PKR") == [("2024-01-05", 280.50), ("2024-01-08", 279.90)]
    assert store.fx_currencies() == ["PKR"] and store.fx_sources("PKR") == ["date,close: rates.csv (per-usd)"]


def test_usd_per_unit_rates_are_stored_inverted(store, tmp_path):
    path = write(tmp_path, "date,close\n2024-01-05,1.3281\n")
    import_fx(store, path, currency="XDR", quote="usd-per-unit", today=TODAY)
    [(day, per_usd)] = store.fx_rates("SDR")  # ISO's XDR is the SDR
    assert day == "2024-01-05" and per_usd == pytest.approx(1 / 1.3281, rel=1e-15)


def test_yahoo_and_named_columns(store, tmp_path):
    yahoo = write(tmp_path, "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-05,281,282,280,280.5,280.5,0\n",
                  "PKR=X.csv")
    assert import_fx(store, yahoo, currency="PKR", today=TODAY).format == "Yahoo Finance"
    named = write(tmp_path, "Fecha;Cierre\n08/01/2024;279,90\n", "bcp.csv")
    report = import_fx(store, named, CsvOptions("dmy", "comma"), currency="PKR",
                       columns=PriceColumns("Fecha", "Cierre"), today=TODAY)
    assert report.new == 1 and store.fx_rates("PKR") == [("2024-01-05", 280.5), ("2024-01-08", 279.90)]


def test_a_date_already_stored_is_a_duplicate_and_keeps_its_rate(store, tmp_path):
    import_fx(store, write(tmp_path, "date,close\n2024-01-05,280.50\n"), currency="PKR", today=TODAY)
    again = import_fx(store, write(tmp_path, "date,close\n2024-01-05,290\n2024-01-08,279.90\n"), currency="PKR",
                      today=TODAY)
    assert (again.new, again.duplicates) == (1, 1)
    assert store.fx_rates("PKR") == [("2024-01-05", 280.50), ("2024-01-08", 279.90)]
    # the same dates for another currency are its own
    assert import_fx(store, write(tmp_path, "date,close\n2024-01-05,0.75\n"), currency="SDR", today=TODAY).new == 1


def test_bad_rows_are_named_and_nothing_is_written(store, tmp_path):
    path = write(tmp_path, "date,close\n2024-01-05,280.50\n2024-01-06,-3\n2024-01-05,281\n2027-01-01,280\n"
                           "2024-01-09,abc\n2024-01-10,0.0000000001\n")
    report = import_fx(store, path, currency="PKR", today=TODAY)
    assert report.blocked and not report.written and store.fx_rates("PKR") == []
    assert [str(p) for p in report.invalid] == [
        "row 3: close: -3 must be greater than 0",
        "row 4: date: 2024-01-05 appears twice (first on row 2)",
        "row 5: date: 2027-01-01 is outside 1900-01-01 .. 2026-11-27",
        "row 6: close: 'abc' is not a number",
        "row 7: close: 1e-10 is not a rate (1e-10 units per US$); is the quote right?"]
    kept = import_fx(store, path, currency="PKR", today=TODAY, skip_invalid=True)  # the user's choice
    assert kept.written and store.fx_rates("PKR") == [("2024-01-05", 280.50)]


def test_a_quote_read_the_wrong_way_round_is_refused(store, tmp_path):
    path = write(tmp_path, "date,close\n2024-01-05,0.0000000005\n")
    report = import_fx(store, path, currency="PKR", quote="usd-per-unit", today=TODAY)
    assert "is the quote right?" in str(report.invalid[0]) and store.fx_rates("PKR") == []


@pytest.mark.parametrize("currency, quote, fragment", [
    ("USD", "per-usd", "currency: US$ figures need no rate"),
    ("PK", "per-usd", "currency: 'PK' is not a currency code"),
    ("PKR", "per-unit", "quote: must be per-usd or usd-per-unit"),
])
def test_a_bad_currency_or_quote_refuses_the_file(store, tmp_path, currency, quote, fragment):
    path = write(tmp_path, "date,close\n2024-01-05,280.50\n")
    with pytest.raises(InputError) as info:
        import_fx(store, path, currency=currency, quote=quote, today=TODAY)
    assert any(fragment in p for p in info.value.problems) and store.fx_currencies() == []


def test_the_command_line(store, tmp_path, capsys):
    path = write(tmp_path, "date,close\n2024-01-05,1.3281\n2024-01-08,1.3302\n")
    importer = IMPORTERS["fx"]
    assert {"currency", "quote"} <= importer.options and importer.tables == ("fx_rates",)
    assert importer(store, str(path), ImportOptions(currency="SDR", quote="usd-per-unit", dry_run=True)).new == 2
    store.close()
    ws = str(store.path)
    assert cli.main(["import", "fx", str(path), "--workspace", ws]) == cli.EXIT_INPUT
    assert "import fx needs --currency CODE" in capsys.readouterr().err
    assert cli.main(["import", "prices", str(path), "--workspace", ws, "--currency", "PKR"]) == cli.EXIT_INPUT
    assert "--currency is for exchange rates (import fx), not prices" in capsys.readouterr().err
    assert cli.main(["import", "fx", str(path), "--workspace", ws, "--currency", "SDR", "--quote", "usd-per-unit",
                     "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["new"] == 2
    assert cli.main(["import", "fx", str(path), "--workspace", ws, "--currency", "SDR", "--quote", "usd-per-unit"]) == 0
    assert capsys.readouterr().out.strip().endswith("added 2 exchange rates")
    from desktop.core.store import Store

    with contextlib.closing(Store(ws)) as reopened:
        assert [round(1 / r, 4) for _, r in reopened.fx_rates("SDR")] == [1.3281, 1.3302]


@pytest.mark.skipif(not USD_PKR.exists(), reason="../shared/data/usd_pkr.csv is not present")
def test_the_real_usd_pkr_series(store):
    report = import_fx(store, USD_PKR, currency="PKR")
    assert (report.rows_read, report.new, report.invalid, report.written) == (4649, 4649, [], True)
    rates = dict(store.fx_rates("PKR"))
    assert rates["2023-09-05"] == pytest.approx(305.15, abs=0.005)  # the rupee's low of September 2023
    assert min(rates) == "2006-05-16" and max(rates) == "2024-07-15"
    again = import_fx(store, USD_PKR, currency="PKR")
    assert (again.new, again.duplicates, again.written) == (0, 4649, False)


# ---- fuzzing ---------------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
SEEDED = ("2024-01-02", 281.20)  # stored before every example: its date in a file is a duplicate
BAD = {"date": ("", "2024-13-01", "1899-12-31", "2026-11-28", "31/31/2024", "yesterday", "2024-02-30"),
       "close": ("", "0", "-1", "x", "nan", "inf", "1e400", "1e-12", "1e12")}
fx_row = st.tuples(st.dates(D(1990, 1, 1), TODAY), st.floats(0.001, 100_000),
                   st.sampled_from((None,) * 24 + ("date", "close", "twice", "seeded", "ragged")), st.integers(0, 100))
fx_file = st.fixed_dictionaries({
    "rows": st.lists(fx_row, max_size=6, unique_by=lambda r: r[0]), "order": st.sampled_from(("iso", "dmy", "mdy")),
    "decimal": st.sampled_from(("point", "comma")), "delimiter": st.sampled_from((",", ";", "\t")),
    "header": st.sampled_from(("date,close",) * 5 + ("Date,Close,Adj Close", "close,date", "date,rate")),
    "quote": st.sampled_from(("per-usd", "usd-per-unit")), "skip_invalid": st.booleans(),
    "dry_run": st.sampled_from((True, True, True, False))})


def day_text(day: dt.date, order: str) -> str:
    first, second = (day.day, day.month) if order == "dmy" else (day.month, day.day)
    return day.isoformat() if order == "iso" else f"{first:02d}/{second:02d}/{day.year}"


def build(f: dict) -> tuple[str, dict[str, float] | None, set[int]]:
    """The file, its rates per US$ by ISO date when its header is known (None when not), the rows to be named."""
    columns = [c.strip() for c in f["header"].split(",")]
    yahoo = "Adj Close" in columns  # vendor dates are ISO whatever the user's order
    order = "iso" if yahoo else f["order"]
    delimiter = ";" if f["decimal"] == "comma" and f["delimiter"] == "," else f["delimiter"]
    lines, seen, bad = [delimiter.join(columns)], {}, set()
    for day, value, spoil, pick in f["rows"]:
        key = day.isoformat()
        if spoil == "seeded":
            key = SEEDED[0]
        elif spoil == "twice" and seen:
            key = next(reversed(seen))
        cells = {"date": day_text(D.fromisoformat(key), order), "close": repr(value)}
        if f["decimal"] == "comma":
            cells["close"] = cells["close"].replace(".", ",")
        if spoil in BAD:
            cells[spoil] = BAD[spoil][pick % len(BAD[spoil])]
        cells["Date"], cells["Close"], cells["Adj Close"] = cells["date"], cells["close"], cells["close"]
        line = [cells.get(c, "") for c in columns]
        lines.append(delimiter.join(line[:-1] if spoil == "ragged" else line))
        if spoil in (*BAD, "ragged") or key in seen:
            bad.add(len(lines))
        else:
            seen[key] = value if f["quote"] == "per-usd" else 1 / value
    known = {c.lower() for c in columns} >= {"date", "close"}
    return "\n".join(lines) + "\n", (seen if known else None), bad


def event(what: str) -> None:
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


@pytest.mark.slow
@FUZZ
@given(f=fx_file)
def test_fuzzed_rate_files_add_exactly_their_new_rows_or_nothing(store, tmp_path, f):
    if not store.fx_rates("PKR"):
        import_fx(store, write(tmp_path, f"date,close\n{SEEDED[0]},{SEEDED[1]}\n", "seed.csv"), currency="PKR",
                  today=TODAY)
    before = store.fx_rates("PKR")
    path = tmp_path / "fuzz.csv"
    text, expected, bad = build(f)
    path.write_text(text, encoding="utf-8")
    try:
        report = import_fx(store, path, CsvOptions(f["order"], f["decimal"]), currency="PKR", quote=f["quote"],
                           dry_run=f["dry_run"], skip_invalid=f["skip_invalid"], today=TODAY)
    except InputError as exc:
        event("refused whole")
        assert expected is None or not f["rows"], exc.problems  # only an unknown header or an empty file
        assert exc.problems and store.fx_rates("PKR") == before
        return
    assert expected is not None
    named = {p.row for p in report.invalid}
    assert named == bad, (bad, [str(p) for p in report.invalid])
    for p in report.invalid:
        assert re.fullmatch(r"row \d+: (date|close|Date|Close|row): \S.*", str(p)), str(p)
    new = {k: v for k, v in expected.items() if k != SEEDED[0]}
    assert report.new == len(new) and report.duplicates == len(expected) - len(new)
    after = store.fx_rates("PKR")
    if f["dry_run"] or not new or (bad and not f["skip_invalid"]):
        event("nothing written")
        assert after == before and not report.written
        return
    event("written")
    assert report.written
    assert dict(after) == pytest.approx({**dict(before), **new}, rel=1e-12)
    with store.transaction() as w:  # deleted again, so that every example starts from the seeded rate
        for (row_id,) in store.db.execute("SELECT id FROM fx_rates WHERE date <> ?", [SEEDED[0]]).fetchall():
            w.delete("fx_rates", row_id)
