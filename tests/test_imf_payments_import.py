"""Issue 18, item 5: the IMF's "Projected Payments to the IMF" (TSV) imports whole or is refused whole, every
problem named by row and column; Hypothesis fuzzing of the file's shapes and values."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from desktop import cli
from desktop.core import domain as d
from desktop.core.io.fields import InputError
from desktop.core.io.imf_payments_tsv import KNOWN, import_imf_payments, read_imf_payments
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.store.backup import list_backups

D = dt.date
HEADER = "Description\tSchedule Date\tTotal Amount Due"
# as the IMF's page for Pakistan showed it as of December 31, 2022 (the 2020 RFI's repurchases, SDR 126,937,500
# each), with the title lines the page puts above the table and a total after each year
PAKISTAN = "\r\n".join([
    "Pakistan: Projected Payments to the IMF", "as of December 31, 2022", "(in SDRs)", HEADER,
    "Net SDR Charges\tFebruary 01, 2023\t20,497,542",
    "GRA Repurchase (EFF)\tMarch 06, 2023\t30,000,000",
    "SDR Assessments\tApril 30, 2023\t37,502",
    "GRA Repurchase (RFI)\tJuly 20, 2023\t126,937,500",
    "GRA Repurchase (RFI)\tOctober 20, 2023\t126,937,500",
    "GRA Charges\tNovember 01, 2023\t60,946,977",
    "Total for the year 2023\t\t365,357,021",
    " ",
    'RST Interest\t"January 02, 2024"\t"1,234.50"',
    "PRGT Interest 1/\tJanuary 02, 2024\t0",
    "GRA Repurchase (SBA)\tMarch 27, 2024\t1,000",
    "Total for the year 2024\t\t2,235",
    "1/ The rate of interest on PRGT loans is set by the Executive Board.", ""])


def write(tmp_path: Path, text: str, name: str = "payments.tsv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        read_imf_payments(path)
    return info.value.problems


def test_a_file_saved_from_the_imf_page_imports(tmp_path):
    rows = read_imf_payments(write(tmp_path, "\ufeff" + PAKISTAN))
    assert [(p.date, p.description, p.amount_sdr) for p in rows if p.facility == "RFI"] == [
        (D(2023, 7, 20), "GRA Repurchase (RFI)", 126_937_500), (D(2023, 10, 20), "GRA Repurchase (RFI)", 126_937_500)]
    assert len(rows) == 9 and rows[6] == d.ProjectedPayment(D(2024, 1, 2), "RST Interest", 1234.5)
    assert rows[7].description == "PRGT Interest" and rows[7].item == "charges"  # the footnote marker is dropped
    assert [p.item for p in rows[:3]] == ["other", "principal", "other"]


def test_a_spreadsheets_unicode_text_and_a_file_without_title_or_header_import(tmp_path):
    body = "GRA Repurchase (RFI)\tJul 20, 2023\t126937500\t\t\nGRA Charges\t2023-11-01\t5.25\n"
    assert len(read_imf_payments(write(tmp_path, body))) == 2
    assert len(read_imf_payments(write(tmp_path, HEADER + "\n" + body, encoding="utf-16"))) == 2
    shuffled = "Total Amount Due\tDescription\tSchedule Date\n126,937,500\tGRA Repurchase (RFI)\tJuly 20, 2023\n"
    assert read_imf_payments(write(tmp_path, shuffled))[0].amount_sdr == 126_937_500


def test_a_total_that_is_not_the_sum_of_its_year_is_a_row_error(tmp_path):
    text = PAKISTAN.replace("Total for the year 2023\t\t365,357,021", "Total for the year 2023\t\t365,357,121")
    assert problems_of(write(tmp_path, text)) == [
        "row 11: Total Amount Due: the total for 2023, 365,357,121, is not the sum of its 6 lines, 365,357,021"]


def test_every_problem_is_named_by_row_and_column_at_once(tmp_path):
    text = "\n".join([HEADER, "GRA Repurchase (XYZ)\tJuly 20, 2023\t1,000", "GRA Charges\tJuly 32, 2023\t-5",
                      "Net SDR Charges\t20/07/2023\t1.000,5", "SDR Assessments\tJuly 20, 1900\t1e13",
                      "GRA Charges\tJuly 20, 2023", "GRA Charges\tJuly 20, 2023\t1\textra",
                      "GRA Charges\tJuly 20, 2023\t99,999,999,999,999"])
    problems = problems_of(write(tmp_path, text))
    assert problems[0] == ("row 2: Description: 'GRA Repurchase (XYZ)' is not one this app knows: GRA Repurchase "
                           "(EFF, SBA, RFI, FCL, PLL, SLL or CFF), PRGT Repayment (ECF, SCF, RCF, PRGF or ESF), "
                           "RST Repayment (RSF), GRA Charges, RST Interest, PRGT Interest, Net SDR Charges, "
                           "SDR Assessments")
    assert problems[1:] == [
        "row 3: Schedule Date: 'July 32, 2023' is not a date like 'July 20, 2023'",
        "row 3: Total Amount Due: '-5' is negative; a payment due is at least 0",
        "row 4: Schedule Date: '20/07/2023' is not a date like 'July 20, 2023'",
        "row 4: Total Amount Due: '1.000,5' is not an amount in SDR like 126,937,500",
        "row 5: Schedule Date: 1900-07-20 is outside 1945..2100",
        "row 5: Total Amount Due: '1e13' is not an amount in SDR like 126,937,500",
        "row 6: row: has 2 fields; Description, Schedule Date and Total Amount Due are expected",
        "row 7: row: has 4 fields; Description, Schedule Date and Total Amount Due are expected",
        "row 8: Total Amount Due: 1e+14 must be less than 1e+13 SDR"]


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"), (b" \r\n\r\n", "the file is empty"), (b"\xff\xfe\x00", "not UTF-8"),
    (b"GRA Charges\tJuly 20, 2023\t1\x00", "binary"), (b"\xe9t\xe9\tJuly 20, 2023\t1", "not UTF-8"),
    (HEADER.encode() + b"\r\n", "no payment lines"), (b"Pakistan: Projected Payments\n", "no payment lines"),
])
def test_files_that_hold_no_schedule_are_refused(tmp_path, data, message):
    path = tmp_path / "p.tsv"
    path.write_bytes(data)
    assert any(message in p for p in problems_of(path))


def imf_payment_count(store) -> int:
    return store.db.conn.execute("SELECT count(*) FROM imf_payments").fetchone()[0]


def test_import_writes_the_projection_as_of_the_date_the_file_states_after_a_backup(store, tmp_path):
    path = write(tmp_path, PAKISTAN)
    rows, as_of = import_imf_payments(store, path, dry_run=True)
    assert as_of == D(2022, 12, 31) and imf_payment_count(store) == 0 and store.member().projection == ()
    assert [b.label for b in list_backups(store.path)] == []
    import_imf_payments(store, path)
    member = store.member()
    assert member.projection_as_of == D(2022, 12, 31) and sorted(member.projection, key=repr) == sorted(rows, key=repr)
    assert [b.label for b in list_backups(store.path)] == ["before-import"]
    with pytest.raises(InputError, match="as of 2022-12-31 is already in the workspace"):
        import_imf_payments(store, path)
    assert imf_payment_count(store) == len(rows)


def test_without_a_stated_date_the_projection_is_as_of_the_day_before_its_first_payment(store, tmp_path):
    path = write(tmp_path, "GRA Charges\tNovember 01, 2023\t1\nGRA Repurchase (RFI)\tJuly 20, 2023\t2\n")
    assert import_imf_payments(store, path)[1] == D(2023, 7, 19)
    assert import_imf_payments(store, path, as_of=D(2023, 6, 30))[1] == D(2023, 6, 30)  # the user's date wins
    assert store.member().projection_as_of == D(2023, 7, 19)  # the latest projection is the workspace's


def test_a_refused_file_leaves_the_workspace_unchanged(store, tmp_path):
    text = PAKISTAN.replace("GRA Charges\tNovember 01, 2023\t60,946,977", "GRA Charges\tNovember 01, 2023\tlots")
    result = IMPORTERS["imf-payments"](store, str(write(tmp_path, text)), ImportOptions())
    assert result.blocked and not result.written and imf_payment_count(store) == 0
    assert [(p.row, p.field) for p in result.invalid] == [(10, "Total Amount Due")]


def test_the_importer_row_summarises_and_the_command_line_prints_its_json(store, tmp_path, capsys):
    path = write(tmp_path, PAKISTAN)
    checked = IMPORTERS["imf-payments"](store, str(path), ImportOptions(dry_run=True))
    assert checked.summary() == ("payments.tsv: the IMF's projected payments as of 2022-12-31, 9 lines from 2023 to "
                                 "2024, SDR 365.36 m in all; would add them") and not checked.written
    assert IMPORTERS["imf-payments"].tables == ("imf_payments",) and "as_of" in IMPORTERS["imf-payments"].options
    store.close()
    assert cli.main(["import", "imf-payments", str(path), "--workspace", str(store.path)]) == 0
    assert json.loads(capsys.readouterr().out) == {"what": "imf-payments", "as_of": "2022-12-31", "rows": 9,
                                                   "written": True}
    assert cli.main(["import", "imf-payments", str(path), "--workspace", str(store.path)]) == cli.EXIT_INPUT
    assert "already in the workspace" in capsys.readouterr().err


# ---- fuzzing: files shaped like the IMF's, with values spoiled or not ------------------------------------------

FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
DATE_STYLES = (lambda x: f"{MONTH_NAMES[x.month - 1]} {x.day:02d}, {x.year}",  # the IMF's
               lambda x: f"{MONTH_NAMES[x.month - 1]} {x.day}, {x.year}", lambda x: f"{MONTH_NAMES[x.month - 1][:3]} "
               f"{x.day:02d}, {x.year}", lambda x: x.isoformat(), lambda x: f"{MONTH_NAMES[x.month - 1].upper()} "
               f"{x.day:02d},  {x.year}")
AMOUNT_STYLES = (lambda v: f"{v:,.0f}", lambda v: f"{v:.0f}", lambda v: f"{v:,.2f}", lambda v: f'"{v:,.0f}"',
                 lambda v: f" {v:,.0f} ")
# values no line of the IMF's may hold, by column
BAD = {"Description": ("GRA Repurchase (XYZ)", "GRA Repurchase", "GRA charges", "PRGT Repayment (RSF)", "Charges",
                       "", "Total for 2024", "GRA Repurchase (EFF", "x" * 300),
       "Schedule Date": ("", "July 32, 2023", "20/07/2023", "07/20/2023", "Julio 20, 2023", "July 20 2023 x",
                         "February 29, 2023", "December 31, 1944", "January 01, 2101", "2023-7-20", "July, 2023"),
       "Total Amount Due": ("", "-5", "-1,000", "1e5", "nan", "inf", "1.000,5", "12,34", "1,0000", "10,000,000,000,000",
                            "SDR 5", "5 SDR", "0x10", "١٢")}
SPOILS = (None,) * 27 + tuple(BAD)  # one line in ten is spoiled
payment = st.tuples(st.sampled_from(KNOWN), st.integers(0, 364), st.floats(0, 9.99e12).map(round),
                    st.sampled_from(range(len(DATE_STYLES))), st.sampled_from(range(len(AMOUNT_STYLES))),
                    st.sampled_from(SPOILS), st.integers(0, 100))
shape = st.fixed_dictionaries({
    "title": st.sampled_from(("none",) * 3 + ("title",) * 6 + ("bad as of",)), "header": st.sampled_from((True, True, False)),
    "years": st.lists(st.tuples(st.integers(1946, 2099), st.lists(payment, min_size=0, max_size=4),
                                st.sampled_from(("right",) * 6 + ("none",) * 3 + ("wrong",))), min_size=0, max_size=3,
                      unique_by=lambda y: y[0]),
    "crlf": st.booleans(), "bom": st.booleans(), "garbage": st.sampled_from((None,) * 18 + ("one cell", "four cells")),
    "dry_run": st.sampled_from((True, True, True, False))})


def build(s: dict) -> tuple[str, list[d.ProjectedPayment], set[int], dt.date | None]:
    """The file's text, the payments it holds, the rows that must be named as problems (every bad one; a wrong
    total only when nothing else is wrong, as a total cannot be checked against lines that are refused) and the
    date its title states."""
    lines, rows, bad, wrong_totals, stated = [], [], set(), set(), None
    if s["title"] != "none":
        lines += ["Pakistan: Projected Payments to the IMF",
                  "as of December 31, 2022" if s["title"] == "title" else "as of the end of 2022", "(in SDRs)"]
        stated = D(2022, 12, 31) if s["title"] == "title" else None
        bad |= {2} if s["title"] == "bad as of" else set()
    if s["header"]:
        lines.append(HEADER)
    for year, payments, total in s["years"]:
        amounts = []
        for description, day, amount, date_style, amount_style, spoil, pick in payments:
            when = D(year, 1, 1) + dt.timedelta(days=day % (365 if year % 4 else 366))
            cells = {"Description": description, "Schedule Date": DATE_STYLES[date_style](when),
                     "Total Amount Due": AMOUNT_STYLES[amount_style](amount)}
            if spoil:
                cells[spoil] = BAD[spoil][pick % len(BAD[spoil])]
                bad.add(len(lines) + 1)
            else:
                rows.append(d.ProjectedPayment(when, description, float(amount)))
                amounts.append(amount)
            lines.append("\t".join(cells.values()))
        if total != "none":
            lines.append(f"Total for the year {year}\t\t{sum(amounts) + (1_000 if total == 'wrong' else 0):,.0f}")
            wrong_totals |= {len(lines)} if total == "wrong" else set()
        lines.append("")
    # a line of one cell before any line of the table is a title line (the IMF's page has three)
    in_table = s["header"] or any(payments or total != "none" for _, payments, total in s["years"])
    if s["garbage"] == "four cells" or (s["garbage"] and in_table):
        bad.add(len(lines) + 1)
    if s["garbage"]:
        lines.append("Total due" if s["garbage"] == "one cell" else "GRA Charges\tJuly 20, 2023\t1\t2")
    text = ("\r\n" if s["crlf"] else "\n").join(lines)
    return ("\ufeff" if s["bom"] else "") + text, rows, bad or wrong_totals, stated


def event(what: str) -> None:
    """Count an outcome in Hypothesis's statistics (the parametrized check below runs outside it)."""
    with contextlib.suppress(InvalidArgument):
        hypothesis_event(what)


def check(store, path: Path, s: dict) -> None:
    text, rows, bad, stated = build(s)
    path.write_text(text, encoding="utf-8", newline="")
    before = imf_payment_count(store)
    try:
        got, as_of = import_imf_payments(store, path, dry_run=s["dry_run"])
    except InputError as exc:
        assert bad or not rows, exc.problems  # a good file is never refused
        named = set()
        for problem in exc.problems:
            found = re.match(r"row (\d+): (Description|Schedule Date|Total Amount Due|row|as of): \S", problem)
            assert found or problem.startswith(("the file holds no payment lines", "the file is empty")), problem
            named |= {int(found.group(1))} if found else set()
        assert bad <= named, (bad, exc.problems)
        assert imf_payment_count(store) == before
        event("refused")
        return
    event("dry run" if s["dry_run"] else "written")
    assert not bad and got == rows and as_of == (stated or min(p.date for p in rows) - dt.timedelta(days=1))
    assert imf_payment_count(store) == before + (0 if s["dry_run"] else len(rows))
    if not s["dry_run"]:  # deleted again through the store, so that every example starts from an empty projection
        ids = [r[0] for r in store.db.conn.execute("SELECT id FROM imf_payments")]
        with store.transaction() as w:
            for rowid in ids:
                w.delete("imf_payments", rowid)


@pytest.mark.slow
@FUZZ
@given(s=shape)
def test_fuzzed_payment_files_import_exactly_their_lines_or_are_refused_naming_each_bad_row(store, tmp_path, s):
    check(store, tmp_path / "fuzz.tsv", s)


GOOD = {"title": "title", "header": True, "crlf": True, "bom": True, "garbage": None, "dry_run": False,
        "years": [(2023, [(KNOWN[2], 200, 126_937_500.0, 0, 0, None, 0)], "right")]}


@pytest.mark.parametrize("changes, bad_rows", [
    ({}, set()), ({"years": [(2023, [(KNOWN[2], 200, 126_937_500.0, 0, 0, "Schedule Date", 1)], "right")]}, {5}),
    ({"years": [(2023, [(KNOWN[2], 200, 126_937_500.0, 0, 0, None, 0)], "wrong")]}, {6}),
    ({"garbage": "one cell", "header": False, "years": []}, set()), ({"garbage": "one cell"}, {8}),
])
def test_the_fuzzing_check_itself(store, tmp_path, changes, bad_rows):
    """The fuzzing's expectations on one file of each kind: a good file is written (and removed again), a bad
    one is refused naming its rows, a lone line before the table is a title."""
    s = {**GOOD, **changes}
    assert build(s)[2] == bad_rows
    check(store, tmp_path / "one.tsv", s)
    assert imf_payment_count(store) == 0


def test_the_documented_example_imports(tmp_path):
    """docs/formats.md shows the file: its example reads as it says."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text(encoding="utf-8")
    example = re.search(r"## IMF projected payments TSV.*?```text\n(.*?)```", text, re.S).group(1)
    rows = read_imf_payments(write(tmp_path, example))
    assert [(p.date, p.item, p.amount_sdr) for p in rows] == [
        (D(2023, 7, 20), "principal", 126_937_500), (D(2023, 11, 1), "charges", 60_946_977),
        (D(2024, 1, 2), "charges", 1234.5)]


# ---- the macro file's optional GDP column (the denominator of the indicators of Fund credit) --------------------

MACRO_HEADER = "date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd," \
               "imports_usd,remittances_usd,regime"


def test_the_macro_file_takes_an_optional_gdp_column(store, tmp_path):
    from desktop.core.io.macro_csv import import_macro, read_macro

    with_gdp = write(tmp_path, f"{MACRO_HEADER},GDP_usd\n2024-06-30,9.4e9,,,,3.2e10,,,floating,3.74e11\n", "m.csv")
    assert read_macro(with_gdp)[0].gdp_usd == 3.74e11
    without = write(tmp_path, f"{MACRO_HEADER}\n2024-06-30,9.4e9,,,,3.2e10,,,floating\n", "old.csv")
    assert read_macro(without)[0].gdp_usd is None and read_macro(without)[0].gross_reserves_usd == 9.4e9
    assert import_macro(store, with_gdp) == 1 and store.macro_inputs()[0].gdp_usd == 3.74e11
    with pytest.raises(InputError) as info:
        read_macro(write(tmp_path, f"{MACRO_HEADER},gdp_usd\n2024-06-30,,,,,,,,,-1\n", "bad.csv"))
    assert info.value.problems == ["row 2: gdp_usd: -1 must be between 0 and 1e14 US$"]


def test_the_import_dialog_shows_a_long_reason_whole_on_hover(qapp, store, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.gui.dialogs.import_file import ImportDialog

    ws = SimpleNamespace(store=store)
    dialog = ImportDialog(ws, "imf-payments", path=str(write(tmp_path, "GRA Repurchase (XYZ)\tJuly 20, 2023\t1\n")))
    dialog._finished(IMPORTERS["imf-payments"](store, dialog.file.text(), ImportOptions(dry_run=True)), True)
    reason = dialog.problems.index(0, 2)
    assert dialog.problems.data(reason, Qt.ItemDataRole.ToolTipRole).endswith("Net SDR Charges, SDR Assessments")
    dialog.deleteLater()
