"""Holdings > Custody (issue 20, item 6): the address register, chain statements imported from files, the flags,
the reconciliation and the statement, as the analyst sees them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog

from desktop.core import domain as d
from desktop.core.workspace import Workspace

# BIP-84's account key as a zpub: receive /0/0 and change /1/0 are the BIP's own test vectors
ZPUB = ("zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2"
        "AGutZYs")
A1 = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"  # zpub /0/0 (Cold)
A2 = "bc1q8c6fshw2dlwun7ekn9qwf37cu2rn755upcp6el"  # zpub /1/0 (Cold's change)
B1 = "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr"  # BIP-86's first address (Treasury)
OUT = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # someone else's
T0 = 1_738_000_000  # 2025-01-27 17:46:40 UTC
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # a well-known example private key


def txid(n: int) -> str:
    return f"{n:064x}"


def esplora(n: int, ins, outs, *, time: int | None = T0, fee: int | None = None) -> dict:
    tx = {"txid": txid(n),
          "status": {"confirmed": True, "block_height": 880_000 + n, "block_time": time} if time else
          {"confirmed": False},
          "vin": [{"prevout": {"scriptpubkey_address": a, "value": v}} for a, v in ins],
          "vout": [{"scriptpubkey_address": a, "value": v} for a, v in outs]}
    if fee is not None:
        tx["fee"] = fee
    return tx


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
