"""No injection (issue 19, item 5): CSV exports never hand a spreadsheet a formula, and an import reads such a cell
back to the same text; stored names with markup show in the PDF as text, with no image and no link."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import struct
import subprocess
import zlib

import pytest
from conftest import cli_command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.audit_view import AuditEntry, entries_to_csv
from desktop.core.domain import Transaction, Wallet
from desktop.core.io.csv_safe import FORMULA_STARTS, read_text_cell, row_cells, text_cell
from desktop.core.io.transactions_csv import export_transactions, import_transactions
from desktop.core.summary import Paragraph, build_report
from desktop.core.workspace import Workspace

TODAY = dt.date(2026, 11, 27)
HYPERLINK = '=HYPERLINK("http://x","click")'


def read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_text_cells_that_start_a_formula_get_a_quote_and_numbers_do_not():
    for start in FORMULA_STARTS:
        assert text_cell(f"{start}1+1") == f"'{start}1+1"
        assert read_text_cell(f"'{start}1+1") == f"{start}1+1"
    assert text_cell("Cold storage") == "Cold storage"
    assert text_cell("'quoted") == "'quoted" and read_text_cell("'quoted") == "'quoted"
    assert text_cell("'=x") == "''=x" and read_text_cell("''=x") == "'=x"  # a quote the user typed survives
    assert text_cell("") == "" and read_text_cell("'") == "'"
    assert row_cells([-5, -5.5, 0.1, None, "-5", "x"]) == ["-5", "-5.5", "0.1", "", "'-5", "x"]


@given(st.text(max_size=30))
def test_reading_a_cell_gives_back_the_text_that_was_written(text):
    cell = text_cell(text)
    assert read_text_cell(cell) == text
    assert cell[:1] not in FORMULA_STARTS or cell == ""


def ledger(tmp_path, name: str, wallets: tuple[str, str]) -> Workspace:
    ws = Workspace.create(tmp_path / name, "empty")
    for wallet in wallets:
        ws.add_wallet(Wallet(name=wallet, kind="cold"))
    return ws


def test_a_hostile_ledger_exports_as_text_and_imports_back(tmp_path):
    wallets = ("=1+1", "@SUM(A1)")
    ws = ledger(tmp_path, "a.db", wallets)
    ws.add_transaction(Transaction(date=dt.date(2024, 1, 2), kind="purchase", wallet=wallets[0], quantity=2.0,
                                   price_usd=40000.0, fee_usd=0.0, counterparty="+cmd|' /C calc'!A0",
                                   reference="-2+3", note=HYPERLINK))
    ws.add_transaction(Transaction(date=dt.date(2024, 1, 3), kind="transfer", wallet=wallets[0], to_wallet=wallets[1],
                                   quantity=0.5, note="'=already quoted"))
    out = tmp_path / "ledger.csv"
    export_transactions(ws.store, out)
    first, second = read_csv(out)
    assert (first["wallet"], first["counterparty"], first["reference"], first["note"]) == (
        "'=1+1", "'+cmd|' /C calc'!A0", "'-2+3", "'" + HYPERLINK)
    assert (second["to_wallet"], second["note"]) == ("'@SUM(A1)", "''=already quoted")
    assert (first["quantity"], first["price_usd"], first["fee_usd"]) == ("2.0", "40000.0", "0.0")  # numbers untouched

    other = ledger(tmp_path, "b.db", wallets)
    report = import_transactions(other.store, out, today=TODAY)
    assert (report.new, report.invalid) == (2, [])
    assert list(other.store.ledger_export_rows()) == list(ws.store.ledger_export_rows())
    ws.close()
    other.close()


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("=+-@'\t"), min_size=1,
               max_size=12).map(str.strip).filter(bool)  # stored text is stripped, as every way in strips it


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wallets=st.lists(TEXT, min_size=2, max_size=2, unique=True), counterparty=TEXT, reference=TEXT, note=TEXT)
@example(wallets=["=1+1", "@w"], counterparty="+x", reference="-1", note="'=q")
def test_export_then_import_keeps_every_text_field(tmp_path_factory, wallets, counterparty, reference, note):
    folder = tmp_path_factory.mktemp("roundtrip")
    ws = ledger(folder, "a.db", wallets)
    ws.add_transaction(Transaction(date=dt.date(2024, 1, 2), kind="purchase", wallet=wallets[0], quantity=1.0,
                                   price_usd=100.0, counterparty=counterparty, reference=reference, note=note))
    ws.add_transaction(Transaction(date=dt.date(2024, 1, 3), kind="transfer", wallet=wallets[0], to_wallet=wallets[1],
                                   quantity=0.25, note=note))
    export_transactions(ws.store, folder / "out.csv")
    for row in read_csv(folder / "out.csv"):
        assert not any(row[c][:1] in FORMULA_STARTS for c in ("wallet", "to_wallet", "counterparty", "reference", "note"))
    other = ledger(folder, "b.db", wallets)
    report = import_transactions(other.store, folder / "out.csv", today=TODAY)
    assert report.invalid == []
    assert list(other.store.ledger_export_rows()) == list(ws.store.ledger_export_rows())
    ws.close()
    other.close()


def test_the_audit_log_csv_never_holds_a_formula(tmp_path):
    entry = AuditEntry(id=7, at="2026-11-27T10:00:00+00:00", os_user="=cmd|' /C calc'!A0", action="@insert",
                       table_name="-wallets", row_key="=1+1", before=None, after={"note": HYPERLINK}, hash="ab")
    entries_to_csv([entry], tmp_path / "audit.csv")
    (row,) = read_csv(tmp_path / "audit.csv")
    assert [row[c] for c in ("id", "os_user", "action", "table")] == ["7", "'=cmd|' /C calc'!A0", "'@insert", "'-wallets"]
    assert all(v[:1] not in FORMULA_STARTS for v in row.values())


# ---- the PDF ----------------------------------------------------------------------------------------------------

HOSTILE = '<img src="{png}"><a href="http://x">click</a> & Co'


def tiny_png(path) -> None:
    """A 2x2 red PNG: what an <img src=...> in a stored name would pull into the PDF."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def render(workspace, out) -> tuple[str, bytes, int]:
    """The PDF's text, its bytes and how many images it holds."""
    done = subprocess.run([*cli_command(), "report", "--workspace", str(workspace), "--out", str(out),
                           "--sections", "holdings,program", "--runs", "none"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    return text, out.read_bytes(), len(images.splitlines()) - 2  # less the two header lines


@pytest.mark.skipif(not shutil.which("pdfimages"), reason="poppler-utils is not installed")
def test_names_with_markup_show_as_text_in_the_pdf(sample_copy, tmp_path):
    plain = sample_copy("el-salvador")
    hostile = tmp_path / "hostile.db"
    shutil.copyfile(plain, hostile)
    tiny_png(tmp_path / "x.png")
    name = HOSTILE.format(png=tmp_path / "x.png")
    ws = Workspace.open(hostile)
    arrangement = ws.arrangements[0].name
    ws.update_arrangement_terms(arrangement, {"name": name})
    wallet = next(w for w in ws.wallets if w.name == "Reserve address 01")  # one that holds bitcoin: it is listed
    ws.update_wallet(wallet.id, Wallet(**{**wallet.__dict__, "name": '<a href="http://y">W</a> & <b>bold</b>'}))
    model = build_report(ws, sections=["program"], run_ids=[])
    ws.close()
    paragraphs = [b.text for s in model.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert any("<b>&lt;img src=" in p and "&lt;/a&gt; &amp; Co</b>" in p for p in paragraphs)

    text, data, images = render(hostile, tmp_path / "hostile.pdf")
    _, _, images_without_markup = render(plain, tmp_path / "plain.pdf")
    assert '<img src="' in text and '<a href="http://x">click</a> & Co' in text  # the literal markup, as typed
    assert '<a href="http://y">W</a> & <b>bold</b>' in text
    assert b"/URI" not in data  # no link annotation
    assert images == images_without_markup  # the charts only
