"""Holdings > Custody (issue 20, item 6): the address register, chain statements imported from files, the flags,
the reconciliation and the statement, as the analyst sees them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog

from desktop.core import domain as d
from desktop.core.workspace import Workspace
from tests.chain_files import A1, A2, B1, OUT, T0, ZPUB, esplora, txid

WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # a well-known example private key


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "custody.db")
    for name in ("Cold", "Treasury"):
        workspace.add_wallet(d.Wallet(name=name, kind="cold"))
    workspace.add_descriptor("Cold", ZPUB, 2)
    workspace.add_address("Treasury", B1)
    yield workspace
    workspace.close()


def statement(tmp_path, name: str, txs: list[dict]):
    path = tmp_path / name
    path.write_text(json.dumps(txs))
    return path


def custody_page(qtbot, ws):
    """Holdings built and shown on its Custody page, read once."""
    from desktop.gui.tabs.holdings import HoldingsTab

    tab = HoldingsTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    tab.undo_stack = QUndoStack(tab)
    # what the window does with a worker's writes: forget the answers that read them, read again
    tab.tables_changed.connect(lambda tables: (ws.invalidate(tables), tab.reload()))
    tab.resize(1300, 720)
    tab.show()
    tab.pages.setCurrentWidget(tab.custody)
    wait_read(qtbot, tab.custody)
    return tab


def wait_read(qtbot, custody) -> None:
    qtbot.waitUntil(lambda: custody._task is None and not custody._stale and custody.view is not None, timeout=20_000)


def column(model, title: str) -> list[str]:
    c = next(i for i, col in enumerate(model.columns) if col.title == title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


# ---- the register ----------------------------------------------------------------------------------------------

def test_holdings_has_a_custody_page_listing_every_registered_address_by_wallet(qtbot, ws):
    tab = custody_page(qtbot, ws)
    custody = tab.custody
    assert tab.pages.tabText(0) == "Wallets and ledger" and tab.pages.currentWidget() is custody
    assert sorted(column(custody.register_model, "Address")) == sorted(a.address for a in ws.registered_addresses())
    paths = dict(zip(column(custody.register_model, "Address"), column(custody.register_model, "Path"), strict=True))
    assert paths[A1] == "…/0/0" and paths[A2] == "…/1/0" and paths[B1] == "single address"
    assert "5 addresses in 2 wallets" in custody.summary.text()
    custody.wallet_filter.setCurrentIndex(custody.wallet_filter.findData("Treasury"))
    assert column(custody.register_model, "Address") == [B1]
    assert custody.register_count.text() == "1 address of 5"


def test_the_custody_page_reads_when_it_is_shown_and_again_when_the_register_changes(qtbot, ws):
    from desktop.gui.tabs.holdings import HoldingsTab

    tab = HoldingsTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    tab.show()
    assert tab.custody.view is None  # hidden behind the ledger page: nothing read yet
    tab.pages.setCurrentWidget(tab.custody)
    wait_read(qtbot, tab.custody)
    assert tab.custody.register_model.rowCount() == 5
    ws.add_address("Treasury", OUT)
    tab.reload()  # what the window does when the register's tables change
    wait_read(qtbot, tab.custody)
    assert tab.custody.register_model.rowCount() == 6


def test_the_add_dialog_registers_a_descriptor_in_a_worker_and_undo_takes_it_back(qtbot, ws, monkeypatch):
    from desktop.gui.dialogs.custody import AddressDialog

    other = Workspace.create(ws.path.with_name("other.db"))  # a fresh register, to add the zpub again
    other.add_wallet(d.Wallet(name="Cold", kind="cold"))
    tab = custody_page(qtbot, other)

    def typed(self):
        self.text.setText(ZPUB)
        self.count.setValue(3)
        assert "output descriptor" in self.reading.text() and self.count.isEnabled()
        self._accept()
        qtbot.waitUntil(lambda: self.task is None, timeout=20_000)
        return self.result()

    monkeypatch.setattr(AddressDialog, "exec", typed)
    tab.add_address()  # the menu's Edit > Add address or descriptor…: shows the page and opens the dialog
    assert len(other.registered_addresses("Cold")) == 6
    wait_read(qtbot, tab.custody)
    assert tab.custody.register_model.rowCount() == 6
    assert tab.undo_stack.undoText() == "Register 6 addresses of a descriptor to Cold"
    tab.undo_stack.undo()
    assert other.registered_addresses() == []
    tab.undo_stack.redo()
    assert len(other.registered_addresses()) == 6
    other.close()


def test_a_private_key_is_refused_in_the_dialog_cleared_from_the_field_and_never_stored(qtbot, ws):
    from desktop.gui.dialogs.custody import AddressDialog

    dialog = AddressDialog(ws, wallet="Treasury")
    qtbot.addWidget(dialog)
    before = ws.store.audit_count()
    dialog.text.setText(WIF)
    assert "single address" in dialog.reading.text() and not dialog.count.isEnabled()
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    shown = dialog.field_errors.shown()
    assert "private key" in shown["text"] and WIF not in shown["text"]
    assert dialog.text.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    assert ws.store.audit_count() == before and len(ws.registered_addresses()) == 5


def test_a_bad_address_is_refused_under_its_field_and_the_text_kept_to_correct(qtbot, ws):
    from desktop.gui.dialogs.custody import AddressDialog

    dialog = AddressDialog(ws, wallet="Treasury")
    qtbot.addWidget(dialog)
    typo = A1[:-1] + "x"
    dialog.text.setText(typo)
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "not a valid bitcoin address" in dialog.field_errors.shown()["text"]
    assert dialog.text.text() == typo and len(ws.registered_addresses()) == 5


# ---- chain statements -----------------------------------------------------------------------------------------

def test_chain_statements_are_checked_then_imported_and_listed_with_their_sha256(qtbot, ws, tmp_path, monkeypatch):
    from desktop.gui.dialogs.custody import ChainImportDialog

    tab = custody_page(qtbot, ws)
    path = statement(tmp_path, "b1.json", [esplora(1, [(OUT, 1_000_500)], [(B1, 1_000_000)], fee=500),
                                           esplora(2, [(OUT, 60_000)], [(B1, 50_000)], time=None)])
    dialog = ChainImportDialog(ws, paths=[str(path)])
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.summary.text().startswith("Nothing written yet: 1 file, 2 transactions read: would add 2 new")
    assert ws.chain_transactions() == []

    def run(self):
        self.add_paths([str(path)])
        self.import_button.click()
        qtbot.waitUntil(lambda: self.task is None, timeout=20_000)
        return self.result()

    monkeypatch.setattr(ChainImportDialog, "exec", run)
    tab.import_chain()  # File > Import > Chain statements…
    assert len(ws.chain_transactions()) == 2
    tab.reload()
    wait_read(qtbot, tab.custody)
    files = tab.custody.file_model
    assert column(files, "File") == ["b1.json"] and len(column(files, "SHA-256")[0]) == 64
    assert "2 transactions (1 unconfirmed, kept apart" in tab.custody.files_note.text()
    assert tab.undo_stack.undoText() == "Import chain statements: 2 transactions"
    tab.undo_stack.undo()
    assert ws.chain_transactions() == [] and ws.chain_files() == []


def test_an_import_that_derives_addresses_to_the_gap_limit_is_not_offered_to_undo(qtbot, ws, tmp_path, monkeypatch):
    from desktop.gui.dialogs.custody import ChainImportDialog

    tab = custody_page(qtbot, ws)
    path = statement(tmp_path, "a1.json", [esplora(1, [(OUT, 1_000_500)], [(A1, 1_000_000)], fee=500)])

    def run(self):
        self.add_paths([str(path)])
        self.import_button.click()
        qtbot.waitUntil(lambda: self.task is None, timeout=20_000)
        return self.result()

    monkeypatch.setattr(ChainImportDialog, "exec", run)
    tab.import_chain()
    assert len(ws.registered_addresses("Cold")) > 4  # A1, the first of 2, used: 20 unused after it now
    assert tab.undo_stack.count() == 0  # undoing only the new rows would leave the descriptor's count changed
    wait_read(qtbot, tab.custody)
    assert "Edit > Undo does not take it back" in tab.custody.files_note.text()
    assert tab.custody.register_model.rowCount() == len(ws.registered_addresses())


def test_a_refused_import_lists_each_problem_by_file_place_and_field_and_writes_nothing(qtbot, ws, tmp_path):
    from desktop.gui.dialogs.custody import ChainImportDialog

    good = statement(tmp_path, "good.json", [esplora(1, [(OUT, 1_000_500)], [(A1, 1_000_000)], fee=500)])
    bad_tx = esplora(2, [(OUT, 10)], [(A1, 5)])
    bad_tx["vout"][0]["value"] = -5
    bad = statement(tmp_path, "bad.json", [bad_tx])
    before = ws.store.audit_count()
    dialog = ChainImportDialog(ws, paths=[str(good), str(bad)])
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    problems = dialog.problems.records
    assert problems and problems[0].file == "bad.json" and problems[0].where == "[0]"
    assert "vout[0]" in problems[0].field and problems[0].reason
    assert dialog.summary.text().startswith("Nothing was written")
    assert ws.store.audit_count() == before and ws.chain_transactions() == []
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_file_import_menu_opens_the_chain_statements_import_on_the_custody_page(qtbot, sample_copy, monkeypatch):
    from desktop.gui.dialogs.custody import ChainImportDialog
    from desktop.gui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(ChainImportDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("el-salvador"))
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Chain statements…")
    action.trigger()
    assert opened == ["Import chain statements"]
    holdings = window.tab(1)
    assert window.tabs.currentIndex() == 1 and holdings.pages.currentWidget() is holdings.custody


# ---- flags and reconciliation -----------------------------------------------------------------------------------

DAY = 86_400


@pytest.fixture
def reconciled(ws, tmp_path):
    """The issue's hand-built case: a receipt; a spend with change to the wallet's next address and a fee; a transfer
    between the two own wallets (its fee paid by Cold); a receipt missing from the ledger. The ledger has the
    purchase, the sale and the transfer, but neither fee. Cap: 0.005 BTC per address."""
    ws.set_address_cap(0.005)
    txs = [esplora(1, [(OUT, 1_000_500)], [(A1, 1_000_000)], fee=500),
           esplora(2, [(A1, 1_000_000)], [(OUT, 600_000), (A2, 399_000)], time=T0 + DAY, fee=1_000),
           esplora(3, [(A2, 399_000)], [(B1, 398_500)], time=T0 + 2 * DAY, fee=500),
           esplora(4, [(OUT, 200_700)], [(B1, 200_000)], time=T0 + 3 * DAY, fee=700)]
    ws.import_chain([statement(tmp_path, "statement.json", txs)])
    day = d.Transaction
    import datetime as dt

    first = dt.date(2025, 1, 27)
    for entry in (day(first, "purchase", "Cold", 0.01, price_usd=100_000),
                  day(first + dt.timedelta(1), "sale", "Cold", 0.006, price_usd=101_000),
                  day(first + dt.timedelta(2), "transfer", "Cold", 0.003985, to_wallet="Treasury")):
        ws.add_transaction(entry)
    return ws


def reconciliation_page(qtbot, ws):
    import datetime as dt

    tab = custody_page(qtbot, ws)
    tab.set_date(dt.date(2025, 1, 31))  # the window's date: the page follows it
    wait_read(qtbot, tab.custody)
    assert tab.custody.view.date == dt.date(2025, 1, 31)
    return tab


def test_each_address_shows_its_balance_at_the_date_and_its_custody_flags(qtbot, reconciled):
    custody = reconciliation_page(qtbot, reconciled).custody
    rows = {r.address: r for r in custody.register_model.records}
    model = custody.register_model
    cells = {title: dict(zip(column(model, "Address"), column(model, title), strict=True))
             for title in ("Balance (BTC)", "Over cap", "Reused", "Key exposed")}
    assert cells["Balance (BTC)"][B1] == "0.00598500" and cells["Balance (BTC)"][A1] == "0.00000000"
    assert (cells["Over cap"][B1], cells["Reused"][B1], cells["Key exposed"][B1]) == ("yes", "yes", "taproot key path")
    assert cells["Key exposed"][A1] == cells["Key exposed"][A2] == "spent from" and cells["Over cap"][A2] == ""
    assert rows[B1].flags.over_cap and not rows[A2].flags.over_cap
    over = model.columns.index(next(c for c in model.columns if c.title == "Over cap"))
    red = [model.index(r, over).data(Qt.ItemDataRole.ForegroundRole) for r in range(model.rowCount())]
    assert [bool(x) for x in red].count(True) == 1  # the one over the cap, highlighted
    custody.flag_filter.setCurrentText("over the cap")
    assert column(model, "Address") == [B1] and custody.register_count.text().startswith("1 address of ")
    custody.flag_filter.setCurrentText("key exposed")
    assert sorted(column(model, "Address")) == sorted([A1, A2, B1])
    custody.wallet_filter.setCurrentIndex(custody.wallet_filter.findData("Cold"))
    assert sorted(column(model, "Address")) == sorted([A1, A2])
    summary = custody.summary.text()
    assert "1 over the cap of 0.005 BTC, 1 reused, 3 with the public key exposed" in summary
    assert "ledger and chain differ in 2 wallets" in summary


def test_the_reconciliation_shows_each_wallets_difference_and_the_movements_that_explain_it(qtbot, reconciled):
    custody = reconciliation_page(qtbot, reconciled).custody
    wallets = custody.wallet_model
    assert column(wallets, "Wallet") == ["Cold", "Treasury"]
    assert column(wallets, "Ledger (BTC)") == ["0.00001500", "0.00398500"]
    assert column(wallets, "Chain (BTC)") == ["0.00000000", "0.00598500"]
    assert column(wallets, "Difference (BTC)") == ["0.00001500", "-0.00200000"]
    difference = 4
    assert all(wallets.index(r, difference).data(Qt.ItemDataRole.ForegroundRole) for r in range(2))
    assert custody.pages.tabText(1) == "Reconciliation (2 wallets differ)"
    proposed = custody.proposed_model
    assert column(proposed, "Kind") == ["fee", "fee", "purchase (guess)"]
    assert column(proposed, "Quantity (BTC)") == ["0.00001000", "0.00000500", "0.00200000"]
    assert column(proposed, "Reference") == [f"{txid(2)}:fee", f"{txid(3)}:fee", txid(4)]
    assert column(custody.transfer_model, "In the ledger") == ["yes"]
    assert custody.ledger_model.rowCount() == 0
    assert [custody.movements.tabText(i) for i in range(5)] == [
        "On the chain, not in the ledger (3)", "In the ledger, not on the chain (0)", "Between own wallets (1)",
        "Quantity differences (0)", "Unconfirmed (0)"]
    assert "difference -0.00198500 BTC" in custody.totals.text()


def test_the_selected_proposals_are_added_to_the_ledger_as_one_undo_step_a_guess_checked_first(
        qtbot, reconciled, monkeypatch):
    from desktop.gui.dialogs.transaction import TransactionDialog

    tab = reconciliation_page(qtbot, reconciled)
    tab.changed.connect(lambda: (reconciled.invalidate(None), tab.reload()))  # the window's part
    custody = tab.custody
    opened = []

    def check(self):  # the analyst reads the guess, keeps the kind, gives the price
        opened.append((self.windowTitle(), self.kind.currentText(), self.quantity.value(), self.reference.text()))
        self.price.setValue(102_000)
        self._accept()
        return self.result()

    monkeypatch.setattr(TransactionDialog, "exec", check)
    custody.proposed_view.selectAll()
    before = {t.id for t in reconciled.transactions}
    custody.add_proposed()
    assert opened == [("Add the purchase the chain shows (kind guessed: check it)", "purchase", 0.002, txid(4))]
    added = sorted((t for t in reconciled.transactions if t.id not in before), key=lambda t: t.date)
    assert [(t.kind, t.wallet, t.quantity, t.reference) for t in added] == [
        ("fee", "Cold", 0.00001, f"{txid(2)}:fee"), ("fee", "Cold", 0.000005, f"{txid(3)}:fee"),
        ("purchase", "Treasury", 0.002, txid(4))]
    assert added[2].price_usd == 102_000 and {t.source for t in added} == {"chain statement (reconciliation)"}
    wait_read(qtbot, custody)
    assert column(custody.wallet_model, "Difference (BTC)") == ["0.00000000", "0.00000000"]
    assert custody.proposed_model.rowCount() == 0 and custody.pages.tabText(1) == "Reconciliation"
    assert tab.undo_stack.count() == 1 and tab.undo_stack.undoText() == "Add 3 entries from the chain statements"
    tab.undo_stack.undo()
    assert {t.id for t in reconciled.transactions} == before


def test_a_cancelled_check_adds_nothing_after_it(qtbot, reconciled, monkeypatch):
    from desktop.gui.dialogs.transaction import TransactionDialog

    custody = reconciliation_page(qtbot, reconciled).custody
    monkeypatch.setattr(TransactionDialog, "exec", lambda self: 0)
    before = len(reconciled.transactions)
    view = custody.proposed_view
    view.selectRow(2)  # the guessed purchase only
    custody.add_proposed()
    assert len(reconciled.transactions) == before
    assert custody._undo_stack().count() == 0


def test_the_overview_says_whether_ledger_and_chain_agree_and_counts_the_flags(qtbot, reconciled):
    import datetime as dt

    from desktop.gui.tabs.overview import OverviewTab

    tab = OverviewTab(reconciled, dt.date(2025, 1, 31))
    qtbot.addWidget(tab)
    card = tab.cards["custody"]
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=20_000)
    assert card.value.text() == "-0.00198500 BTC" and card.value.property("warn")
    addresses = len(reconciled.registered_addresses())
    assert card.detail.text() == (f"ledger less chain, 2 wallets differ; {addresses:,} addresses: 1 over the 0.005 BTC "
                                  "cap, 1 reused, 3 key exposed, 0 proven")
    tab.set_date(dt.date(2025, 1, 27))  # only the receipt, in the ledger too; A1 holds 0.01 BTC, over the cap
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=20_000)
    assert card.value.text() == "agree" and card.detail.text().startswith(f"in the 2 wallets with addresses; {addresses:,} addresses: "
                                                                          "1 over the 0.005 BTC cap, 0 reused")


def test_the_overview_says_when_no_address_is_registered(qtbot, sample_copy):
    from desktop.gui.tabs.overview import OverviewTab

    ws = Workspace.open(sample_copy("el-salvador"))
    tab = OverviewTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    card = tab.cards["custody"]
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=20_000)
    assert card.value.text() == "—" and "no address registered" in card.detail.text()
    ws.close()


# ---- the statement ----------------------------------------------------------------------------------------------

def test_the_statement_is_exported_as_pdf_and_csv_with_the_reconciliations_totals(qtbot, reconciled, tmp_path):
    import csv
    import datetime as dt

    from desktop.gui.dialogs.custody import StatementDialog
    from desktop.report.pdf import page_count

    dialog = StatementDialog(reconciled, dt.date(2025, 1, 31))
    qtbot.addWidget(dialog)
    dialog.pdf.setText(str(tmp_path / "statement.pdf"))
    dialog.csv.setText(str(tmp_path / "statement.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.written == [tmp_path / "statement.pdf", tmp_path / "statement.csv"], dialog.status.text()
    assert page_count((tmp_path / "statement.pdf").read_bytes()) >= 1
    rows = list(csv.DictReader((tmp_path / "statement.csv").open()))
    total = next(r for r in rows if r["row"] == "total")
    rec = reconciled.reconcile(dt.date(2025, 1, 31)).to_json()["totals"]
    assert (float(total["balance_btc"]), float(total["ledger_btc"]), float(total["difference_btc"])) == \
        (rec["chain_btc"], rec["ledger_btc"], rec["difference_btc"]) == (0.005985, 0.004, -0.001985)


def test_the_statement_is_never_written_over_the_workspace(qtbot, reconciled, tmp_path):
    import datetime as dt

    from desktop.gui.dialogs.custody import StatementDialog

    link = tmp_path / "looks-like-a.pdf"
    link.symlink_to(reconciled.path)
    dialog = StatementDialog(reconciled, dt.date(2025, 1, 31))
    qtbot.addWidget(dialog)
    dialog.with_csv.setChecked(False)
    dialog.pdf.setText(str(link))
    before = reconciled.path.read_bytes()
    dialog.export_button.click()
    assert dialog.task is None and dialog.status.text().startswith("PDF:")
    assert "the open workspace" in dialog.status.text() and reconciled.path.read_bytes() == before


def test_export_statement_on_the_custody_page_uses_the_pages_date(qtbot, reconciled, monkeypatch):
    import datetime as dt

    from desktop.gui.dialogs.custody import StatementDialog

    custody = reconciliation_page(qtbot, reconciled).custody
    asked = []
    monkeypatch.setattr(StatementDialog, "exec", lambda self: asked.append(self.date) or 0)
    custody.statement_button.click()
    assert asked == [dt.date(2025, 1, 31)]


def test_reading_a_large_register_shows_progress_and_stops_when_asked(qtbot, ws, monkeypatch):
    import time

    import desktop.gui.tabs.custody as page
    from desktop.core.errors import Cancelled

    tab = custody_page(qtbot, ws)
    custody = tab.custody

    def slow(workspace, date, progress, cancelled):  # thousands of addresses: the read takes seconds
        progress(0.25)
        while not cancelled():
            time.sleep(0.01)
        raise Cancelled

    monkeypatch.setattr(page, "read_custody", slow)
    custody.reload()
    qtbot.waitUntil(lambda: custody.progress.value() == 25, timeout=10_000)
    assert custody.stop_button.isVisible() and custody.progress.isVisible()
    assert custody.register_model.rowCount() == 5  # what was read before stays while the new read runs
    custody.stop_button.click()
    qtbot.waitUntil(lambda: custody._task is None, timeout=10_000)
    assert custody.summary.text().startswith("Stopped") and not custody.stop_button.isVisible()


def test_a_read_only_workspace_says_why_nothing_can_be_added_before_any_dialog(qtbot, ws, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = ws.path
    ws.close()
    reader = Workspace.open(path, read_only=True)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(title))
    tab = custody_page(qtbot, reader)
    assert tab.custody.register_model.rowCount() == 5  # it reads, in the window's mode
    tab.custody.add_button.click()
    tab.custody.import_button.click()
    assert said == ["Add address or descriptor", "Import chain statements"]
    reader.close()


def test_the_statements_csv_is_never_written_over_a_chain_statement_it_cites(qtbot, reconciled, tmp_path):
    """The window's CSV as well as its PDF: the evidence behind the balances cannot be replaced by the statement,
    even when the analyst says to replace the file."""
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.dialogs.custody import StatementDialog

    cited = tmp_path / "net.csv"  # a CSV chain statement: the name the window's CSV field takes
    cited.write_text(f"address,txid,block_time,delta_sat\n{A1},{'9' * 64},{T0 + 4 * DAY},1000\n")
    reconciled.import_chain([cited])
    before = cited.read_bytes()
    dialog = StatementDialog(reconciled, dt.date(2025, 1, 31))
    qtbot.addWidget(dialog)
    dialog.pdf.setText(str(tmp_path / "out.pdf"))
    dialog.csv.setText(str(cited))
    with pytest.MonkeyPatch.context() as m:
        m.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert cited.read_bytes() == before
    assert "cites by its SHA-256" in dialog.status.text()
