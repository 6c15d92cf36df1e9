"""Holdings > Custody as an analyst of the Bitcoin Office uses it: problems found walking the real window (issue
20), each pinned by what the analyst reads."""

from __future__ import annotations

import json

import pytest

from desktop.core import domain as d
from desktop.core.workspace import Workspace
from tests.chain_files import A1, OUT, T0, ZPUB


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "walk.db")
    workspace.add_wallet(d.Wallet(name="Cold", kind="cold"))
    workspace.add_descriptor("Cold", ZPUB, 2)
    yield workspace
    workspace.close()


def receipt(n: int, sat: int) -> dict:
    return {"txid": f"{n:064x}", "fee": 500, "status": {"confirmed": True, "block_height": 880_000 + n,
                                                         "block_time": T0},
            "vin": [{"prevout": {"scriptpubkey_address": OUT, "value": sat + 500}}],
            "vout": [{"scriptpubkey_address": A1, "value": sat}]}


def test_a_json_syntax_error_is_one_reason_of_its_file_not_cut_into_field_and_reason(qtbot, ws, tmp_path):
    """Python's JSON message holds ": " ("Unterminated string starting at: line 1 column 300"): it was cut there,
    the Field column reading "not valid JSON (Unterminated string starting at" and the Reason "line 1 column …"."""
    from desktop.gui.dialogs.custody import ChainImportDialog

    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps([receipt(1, 100_000)])[:60])
    empty = tmp_path / "empty.json"
    empty.write_text("")
    dialog = ChainImportDialog(ws, paths=[str(cut), str(empty)])
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    problems = {p.file: p for p in dialog.problems.records}
    assert set(problems) == {"cut.json", "empty.json"}  # a whole file's problem names its file too
    assert problems["cut.json"].field == "" and problems["cut.json"].where == ""
    assert problems["cut.json"].reason.startswith("not valid JSON (") and "line 1 column" in problems["cut.json"].reason
    assert problems["empty.json"].reason == "the file is empty"


def test_a_field_problem_keeps_its_place_field_and_whole_reason():
    from desktop.gui.dialogs.custody import Problem

    assert Problem.read("b.json: [0]: txid: must be a transaction id: 64 hexadecimal characters") == Problem(
        "b.json", "[0]", "txid", "must be a transaction id: 64 hexadecimal characters")
    assert Problem.read("s.csv: row 2: delta_sat: must be a whole number") == Problem(
        "s.csv", "row 2", "delta_sat", "must be a whole number")


def test_removing_the_refused_file_takes_its_problems_away(qtbot, ws, tmp_path):
    """The problems of a file taken off the list stayed under "Nothing was written: 1 problem below"."""
    from desktop.gui.dialogs.custody import ChainImportDialog

    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps([receipt(1, 100_000)]))
    bad.write_text("[{]")
    dialog = ChainImportDialog(ws, paths=[str(good), str(bad)])
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert [p.file for p in dialog.problems.records] == ["bad.json"]
    dialog.files.item(1).setSelected(True)
    dialog._remove()
    assert dialog.paths() == [str(good)]
    assert dialog.problems.records == [] and "Check again" in dialog.summary.text()


@pytest.fixture
def partly_registered(ws, tmp_path):
    """Cold's addresses are registered and its chain statement agrees with its ledger; Vault holds 5 BTC by the
    ledger but none of its addresses is registered yet (the sample's 16 reserve wallets, as first met)."""
    import datetime as dt

    ws.add_wallet(d.Wallet(name="Vault", kind="cold"))
    path = tmp_path / "cold.json"
    path.write_text(json.dumps([receipt(1, 100_000)]))
    ws.import_chain([path])
    ws.add_transaction(d.Transaction(dt.date(2025, 1, 27), "purchase", "Cold", 0.001, price_usd=100_000))
    ws.add_transaction(d.Transaction(dt.date(2025, 1, 20), "purchase", "Vault", 5, price_usd=100_000))
    return ws


def custody_page(qtbot, ws):
    import datetime as dt

    from PySide6.QtGui import QUndoStack

    from desktop.gui.tabs.holdings import HoldingsTab

    tab = HoldingsTab(ws, dt.date(2025, 1, 31))
    qtbot.addWidget(tab)
    tab.undo_stack = QUndoStack(tab)
    tab.resize(1300, 720)
    tab.show()
    tab.pages.setCurrentWidget(tab.custody)
    qtbot.waitUntil(lambda: tab.custody._task is None and tab.custody.view is not None, timeout=20_000)
    return tab.custody


def texts(model, title: str) -> list[str]:
    c = next(i for i, col in enumerate(model.columns) if col.title == title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_a_wallet_with_no_address_registered_is_not_read_as_a_chain_balance_of_zero(qtbot, partly_registered):
    """Vault's chain balance was shown as 0.00000000 and its whole 5 BTC as a red difference, its purchase "in the
    ledger, not on the chain", and the page said the ledger and the chain differ, when every wallet whose
    addresses are known agrees."""
    from PySide6.QtCore import Qt

    custody = custody_page(qtbot, partly_registered)
    wallets = custody.wallet_model
    assert texts(wallets, "Wallet") == ["Cold", "Vault"]
    assert texts(wallets, "Chain (BTC)") == ["0.00100000", "not registered"]
    assert texts(wallets, "Difference (BTC)") == ["0.00000000", "not compared"]
    assert not any(wallets.index(r, 4).data(Qt.ItemDataRole.ForegroundRole) for r in range(2))
    assert "not known" in wallets.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert custody.pages.tabText(1) == "Reconciliation"
    assert custody.ledger_model.rowCount() == 0 and custody.movements.tabText(1).endswith("(0)")
    assert "1 entry of wallets with no address registered is not listed" in custody.ledger_note.text()
    assert "5.00000000 BTC by the ledger in 1 wallet with no address registered" in custody.totals.text()
    summary = custody.summary.text()
    assert "ledger and chain agree in every wallet with addresses (1)" in summary
    assert "1 wallet holding coins by the ledger has no address registered" in summary


def test_the_overview_card_compares_only_the_wallets_with_addresses(qtbot, partly_registered):
    import datetime as dt

    from desktop.gui.tabs.overview import OverviewTab

    tab = OverviewTab(partly_registered, dt.date(2025, 1, 31))
    qtbot.addWidget(tab)
    card = tab.cards["custody"]
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=20_000)
    assert card.value.text() == "agree"  # was "5.00000000 BTC", "ledger less chain, 1 wallet differs"
    assert card.detail.text().startswith("in the 1 wallet with addresses; 1 wallet with no address registered, "
                                         "not compared; ")


WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # a well-known example private key


def test_a_refused_private_key_cannot_be_brought_back_with_undo(qtbot, ws):
    """The field was emptied with clear(), which the field's own undo reverses: Ctrl+Z put the key back on
    screen after the warning that it was not kept."""
    from PySide6.QtTest import QTest

    from desktop.gui.dialogs.custody import AddressDialog

    dialog = AddressDialog(ws, wallet="Cold")
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.text, WIF)  # typed or pasted: the field's undo history holds it
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "private key" in dialog.field_errors.shown()["text"]
    assert dialog.text.text() == "" and not dialog.text.isUndoAvailable()
    dialog.text.undo()
    assert WIF not in dialog.text.text()


def test_the_add_dialog_opens_ready_for_the_address_to_be_pasted(qtbot, ws):
    """The wallet comes from the page; the focus was on it, so a paste (Ctrl+V) went nowhere."""
    from desktop.gui.dialogs.custody import AddressDialog

    dialog = AddressDialog(ws, wallet="Cold")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.text


@pytest.mark.parametrize("derives", [False, True])
def test_an_imports_rows_for_undo_are_read_in_the_worker_and_only_when_it_can_be_undone(
        qtbot, ws, tmp_path, monkeypatch, derives):
    """After importing 100,000 transactions the page read every row they added (hundreds of megabytes) on the
    window's thread, 0.5 s frozen, even for an import Edit > Undo is not offered (one that derived addresses)."""
    import threading

    from desktop.gui.dialogs.custody import ChainImportDialog

    ws.add_wallet(d.Wallet(name="Treasury", kind="cold"))
    ws.add_address("Treasury", OUT)
    custody = custody_page(qtbot, ws)
    tx = receipt(1, 100_000)
    if not derives:  # paid to Treasury's single address: nothing to derive
        tx["vout"][0]["scriptpubkey_address"], tx["vin"][0]["prevout"]["scriptpubkey_address"] = OUT, A1.upper()
    path = tmp_path / "s.json"
    path.write_text(json.dumps([tx]))
    readers = []
    original = Workspace.rows_after
    monkeypatch.setattr(Workspace, "rows_after", lambda self, marks: (
        readers.append(threading.current_thread()), original(self, marks))[1])

    def run(self):
        self.add_paths([str(path)])
        self.import_button.click()
        qtbot.waitUntil(lambda: self.task is None, timeout=20_000)
        return self.result()

    monkeypatch.setattr(ChainImportDialog, "exec", run)
    custody.import_chain()
    assert len(ws.chain_transactions()) == 1
    assert threading.main_thread() not in readers
    assert len(readers) == (0 if derives else 1)
    assert custody._undo_stack().count() == (0 if derives else 1)
    if not derives:
        custody._undo_stack().undo()
        assert ws.chain_transactions() == []


def test_showing_a_large_register_reads_few_cells_on_the_windows_thread(qtbot, tmp_path):
    """Each read of the page refits its tables' columns on the window's thread; sampling 200 rows of each took
    0.3 s for 10,000 addresses and 15,000 transfers. The cells read to show 2,000 addresses stay few."""
    import dataclasses

    workspace = Workspace.create(tmp_path / "large.db")
    workspace.add_wallet(d.Wallet(name="Cold", kind="cold"))
    workspace.add_descriptor("Cold", ZPUB, 1_000)
    custody = custody_page(qtbot, workspace)
    model = custody.register_model
    assert model.rowCount() == 2_000
    rows_read = set()

    def counted(value):
        return lambda record: (rows_read.add(id(record)), value(record))[1]

    model.columns = [dataclasses.replace(c, value=counted(c.value)) for c in model.columns]
    custody.show_view(custody.view)
    assert len(rows_read) <= 80  # the rows in sight and the sample; 200 were sampled
    workspace.close()


def test_a_taproot_address_is_shown_whole_in_the_register(qtbot, ws):
    """The register capped its columns at 420 pixels: a Taproot address (62 characters) ended in "…" on a
    1366x768 screen, the one figure of the page an official copies or compares."""
    from PySide6.QtCore import Qt

    taproot = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"  # BIP-86's first address
    ws.add_wallet(d.Wallet(name="Treasury", kind="cold"))
    ws.add_address("Treasury", taproot)
    custody = custody_page(qtbot, ws)
    view, model = custody.register_view, custody.register_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == taproot)
    needed = view.fontMetrics().horizontalAdvance(taproot) + 2 * view.style().pixelMetric(
        view.style().PixelMetric.PM_FocusFrameHMargin)
    assert view.horizontalHeader().sectionSize(1) >= needed
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == taproot


def test_the_work_in_progress_is_not_said_on_the_refusals_red_line(qtbot, ws):
    """"Checking and deriving the addresses…" was written on the line kept for refusals, in red, as if the
    descriptor had been refused."""
    from desktop.gui.dialogs.custody import AddressDialog

    dialog = AddressDialog(ws, wallet="Cold")
    qtbot.addWidget(dialog)
    dialog.text.setText("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")
    dialog._busy(True)
    assert dialog.error.text() == "" and dialog.reading.text() == "Checking and deriving the addresses…"
    dialog._busy(False)
    assert dialog.reading.text() == "Read as a single address."


def test_stop_while_the_statement_is_read_draws_no_page_and_writes_nothing(qtbot, ws, tmp_path, monkeypatch):
    """Stop was only seen once the pages were being drawn: with 10,000 addresses the bar sat at 0 % for seconds
    of reading, Stop changed nothing meanwhile, and the drawing began anyway."""
    import threading

    import desktop.gui.dialogs.custody as dialogs

    stopped, drawn = threading.Event(), []
    original = Workspace.statement

    def slow_statement(self, date):  # still reading when Stop is pressed
        stopped.wait(10)
        return original(self, date)

    monkeypatch.setattr(Workspace, "statement", slow_statement)
    monkeypatch.setattr(dialogs, "render_statement_pdf", lambda *args, **kwargs: drawn.append(args) or 1)
    dialog = dialogs.StatementDialog(ws, ws.default_date())
    qtbot.addWidget(dialog)
    dialog.pdf.setText(str(tmp_path / "s.pdf"))
    dialog.csv.setText(str(tmp_path / "s.csv"))
    dialog.export()
    dialog.cancel_button.click()  # Stop
    assert dialog.status.text().startswith("Stopping")
    stopped.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert drawn == [] and dialog.status.text() == "Stopped: no file was written."
    assert not (tmp_path / "s.pdf").exists() and not (tmp_path / "s.csv").exists()


def test_a_chain_statements_sha256_is_shown_whole(qtbot, ws, tmp_path):
    """The SHA-256 of each file was cut to "dd9e12e756d1280d517dd5f9…" at 1366x768: the fingerprint an official
    compares with sha256sum's on the connected machine."""
    from PySide6.QtCore import Qt

    path = tmp_path / "cold-statement-with-a-rather-long-name.json"
    path.write_text(json.dumps([receipt(1, 100_000)]))
    ws.import_chain([path])
    custody = custody_page(qtbot, ws)
    view, model = custody.file_view, custody.file_model
    sha = model.records[0].sha256
    assert view.horizontalHeader().sectionSize(4) >= view.fontMetrics().horizontalAdvance(sha)
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == sha
