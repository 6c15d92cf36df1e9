"""Widget tests (pytest-qt, offscreen): the window opens every tab on every sample and shows real figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.gui.app import first_workspace
from desktop.gui.main_window import TAB_TITLES, MainWindow

PROGRAM = TAB_TITLES.index("IMF Program")


def visit_all(window, qtbot):
    for i in range(len(TAB_TITLES)):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        assert window.page_of(i) is window._built[i], TAB_TITLES[i]


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan", "empty"])
def test_every_tab_opens_on_every_sample(window, qtbot, sample_copy, sample):
    window.open_workspace(sample_copy(sample))
    window.show()
    visit_all(window, qtbot)
    assert window.workspace.name in window.windowTitle()
    assert str(window.workspace.path) in window.status_workspace.text()


def test_el_salvador_figures_on_screen(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    visit_all(window, qtbot)
    overview, holdings, _risk, program, stress, planner = (window._built[i] for i in range(6))
    h = window.workspace.holdings(holdings.date)
    assert overview.cards["stock"].value.text() == holdings.cards["stock"].value.text() == _btc(h.total_btc)
    assert holdings.cards["price"].value.text() == f"US${h.price_usd:,.0f}"
    assert holdings.ledger_model.rowCount() == window.workspace.store.transaction_count() == 1121
    assert program.arrangement_model.rowCount() == 2  # the 2020 RFI and the 2025 EFF, which is shown
    assert program._selected().name == "El Salvador EFF 2025" and program.purchase_model.rowCount() == 12
    assert stress.scenario_model.rowCount() == 14
    shown = stress.scenario_model.records[stress.scenario_view.model().mapToSource(stress.scenario_view.currentIndex()).row()]
    assert shown.name in stress.details.toPlainText() and "Peak-to-trough fall" in stress.details.toPlainText()
    assert planner.history.month_model.rowCount() > 30


def test_changing_the_date_refreshes_every_built_tab(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    visit_all(window, qtbot)
    window.date_edit.setDate(QDate(2024, 12, 29))
    assert window._built[0].cards["stock"].value.text() == "6,000.77 BTC"
    assert window._built[1].cards["stock"].value.text() == "6,000.77 BTC"
    assert window._built[1].cards["cost"].detail.text() == "average cost: US$45,450/BTC"
    program = window._built[PROGRAM]
    eff = next(i for i, p in enumerate(program.arrangement_model.records) if p.arrangement.name == "El Salvador EFF 2025")
    assert program.arrangement_model.records[eff].disbursed_sdr == 0  # before the 2025 EFF
    window.date_edit.setDate(QDate(2025, 7, 1))
    assert program.arrangement_model.records[eff].disbursed_sdr == pytest.approx(2 * 86.16e6)


def test_ledger_filter(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(1)
    holdings = window._built[1]
    holdings.text_filter.setText("transfer")
    assert holdings.ledger_model.rowCount() == 14
    assert holdings.ledger_count.text() == "14 of 1,121 rows"
    holdings.text_filter.clear()
    holdings.kind_filter.setCurrentIndex(holdings.kind_filter.findData("transfer"))
    assert holdings.ledger_model.rowCount() == 14
    holdings.kind_filter.setCurrentIndex(0)
    holdings.wallet_filter.setCurrentIndex(holdings.wallet_filter.findData("Reserve address 15"))
    assert holdings.ledger_model.rowCount() == 1
    holdings.wallet_filter.setCurrentIndex(0)
    holdings.from_filter.setDate(QDate(2025, 11, 1))
    holdings.to_filter.setDate(QDate(2025, 11, 30))
    assert holdings.ledger_model.rowCount() == 18 + 3 + 1  # 18 daily purchases, the +1,090 in 3 rows, one reconciliation
    assert holdings.ledger_count.text() == "22 of 1,121 rows"


def test_ledger_sorts_by_value_not_text(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(1)
    view = window._built[1].ledger_view
    btc_column = 4
    view.sortByColumn(btc_column, Qt.SortOrder.DescendingOrder)
    first = view.model().index(0, btc_column).data()
    assert first == "2,846.77000000"  # the largest row, not the largest string ("90.0..." would win as text)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.model().index(0, 0).data() == "2021-09-06"


def _btc(btc: float) -> str:
    """A stock as the cards show it."""
    return f"{btc:,.2f} BTC"


def _holdings(window, sample_copy, sample="el-salvador"):
    window.open_workspace(sample_copy(sample))
    window.tabs.setCurrentIndex(1)
    return window._built[1]


def test_add_edit_delete_with_undo_and_redo(window, qtbot, sample_copy, monkeypatch):
    from desktop.core.domain import Transaction
    from desktop.gui.dialogs.transaction import TransactionDialog

    holdings = _holdings(window, sample_copy)
    stack = window.undo_stack
    start_btc = window.workspace.holdings(holdings.date).total_btc

    def total() -> str:
        shown = holdings.cards["stock"].value.text()
        assert shown == _btc(window.workspace.holdings(holdings.date).total_btc)  # the card follows the ledger
        return shown

    assert total() == _btc(start_btc)
    sale = Transaction(date=dt.date(2025, 11, 18), kind="sale", wallet="Daily purchases (hot)", quantity=10.0,
                       price_usd=92_000.0, fee_usd=25.0, reference="SALE-1")

    def answer(transaction):
        def exec_(self):
            self.accepted_transaction = transaction
            return True
        return exec_

    monkeypatch.setattr(TransactionDialog, "exec", answer(sale))
    holdings.add_transaction()
    assert total() == _btc(start_btc - 10) and stack.count() == 1
    assert holdings.ledger_count.text() == "1,122 rows"
    assert holdings.cards["pnl"].detail.text().startswith("realised to date US$")

    row = holdings.ledger_model.row_of_id(max(holdings.ledger_model.table.id))
    holdings.ledger_view.selectRow(row)
    monkeypatch.setattr(TransactionDialog, "exec", answer(Transaction(**{**sale.__dict__, "quantity": 20.0, "id": None})))
    holdings.edit_transaction()
    assert total() == _btc(start_btc - 20) and stack.count() == 2

    holdings.ledger_view.selectRow(holdings.ledger_model.row_of_id(max(holdings.ledger_model.table.id)))
    holdings.delete_transaction()
    assert total() == _btc(start_btc) and stack.count() == 3

    stack.undo()
    assert total() == _btc(start_btc - 20)
    stack.undo()
    assert total() == _btc(start_btc - 10)
    stack.undo()
    assert total() == _btc(start_btc) and holdings.ledger_count.text() == "1,121 rows"
    stack.redo()
    assert total() == _btc(start_btc - 10)
    stack.redo()
    stack.redo()
    assert total() == _btc(start_btc)
    assert window._built[0].cards["stock"].value.text() == _btc(start_btc)  # the other tabs follow


def test_a_refused_change_never_reaches_the_undo_stack(window, qtbot, sample_copy, monkeypatch):
    from desktop.core.domain import Transaction
    from desktop.gui.dialogs.transaction import TransactionDialog
    from desktop.gui.tabs import holdings as holdings_module

    holdings = _holdings(window, sample_copy)
    start_btc = window.workspace.holdings(holdings.date).total_btc
    too_much = Transaction(date=dt.date(2025, 11, 18), kind="sale", wallet="Daily purchases (hot)", quantity=500.0,
                           price_usd=92_000.0)
    monkeypatch.setattr(TransactionDialog, "exec", lambda self: setattr(self, "accepted_transaction", too_much) or True)
    warnings = []
    monkeypatch.setattr(holdings_module.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    holdings.add_transaction()
    assert "below zero" in warnings[0]
    assert window.workspace.holdings(holdings.date).total_btc == start_btc
    assert window.undo_stack.count() == 0 and holdings.cards["stock"].value.text() == _btc(start_btc)


def test_transaction_dialog_names_the_bad_field(qapp, sample_copy):
    from desktop.core.workspace import Workspace
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    dialog = TransactionDialog(ws)
    dialog.kind.setCurrentText("purchase")
    dialog.quantity.setValue(0.0)
    dialog._accept()
    assert "quantity" in dialog.field_errors.shown() and dialog.result() == 0  # under the field it names
    dialog.quantity.setValue(1.0)
    dialog.price.setValue(0.0)
    dialog._accept()
    assert dialog.field_errors.shown()["price_usd"].startswith("is required")
    ws.close()


def test_wallet_added_and_archived(window, qtbot, sample_copy, monkeypatch):
    from desktop.gui.tabs import holdings as holdings_module

    holdings = _holdings(window, sample_copy, "pakistan")
    name = "SBP cold storage"

    def answer(fill):
        def exec_(dialog):
            fill(dialog)
            dialog._accept()  # the dialog's own OK: it writes the wallet
            return dialog.result() == holdings_module.WalletDialog.DialogCode.Accepted
        return exec_

    def new_entry_wallets() -> list[str]:
        dialog = holdings_module.TransactionDialog(window.workspace, holdings)
        return [dialog.wallet.itemText(i) for i in range(dialog.wallet.count())]

    def add(dialog):
        dialog.name.setText(name)
        dialog.cap.setValue(100.0)

    monkeypatch.setattr(holdings_module.WalletDialog, "exec", answer(add))
    holdings.add_wallet()
    assert holdings.wallet_filter.findData(name) > 0
    assert [w.name for w in holdings.wallet_model.records] == [name]  # shown: it has a cap
    assert name in new_entry_wallets()

    monkeypatch.setattr(holdings_module.WalletDialog, "exec", answer(lambda dialog: dialog.archived.setChecked(True)))
    holdings.edit_wallet()  # the wallet just added is the one selected
    assert next(w for w in window.workspace.wallets if w.name == name).archived
    assert window.undo_stack.undoText() == f"Archive wallet {name}"
    assert name not in new_entry_wallets()  # hidden from new entries
    assert holdings.wallet_filter.findData(name) > 0  # its history can still be filtered

    window.undo_stack.undo()
    assert not next(w for w in window.workspace.wallets if w.name == name).archived
    assert name in new_entry_wallets()


def test_cost_method_switch_updates_summary_and_charts(window, qtbot, sample_copy):
    holdings = _holdings(window, sample_copy)
    holdings.method.setCurrentIndex(holdings.method.findData("fifo"))
    assert holdings.cards["cost"].detail.text().startswith("FIFO")
    assert holdings.series is not None and len(holdings.series.days) > 1000
    x, y = holdings.stock_curve.getData()
    assert y[-1] == window.workspace.holdings(holdings.date).total_btc


def test_import_through_the_dialog_in_the_background(window, qtbot, sample_copy, tmp_path):
    from desktop.gui.dialogs.import_file import ImportDialog

    holdings = _holdings(window, sample_copy, "pakistan")
    csv_path = tmp_path / "p.csv"
    csv_path.write_text("date,close\n2025-12-20,88000\n2025-12-21,87000\n")
    dialog = ImportDialog(window.workspace, "prices", holdings, path=str(csv_path))
    assert dialog.date_column.currentText() == "date"
    dialog._run(dry_run=True)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "would add 2" in dialog.summary.text()
    dialog._run(dry_run=False)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.report.written and dialog.result() == 1
    holdings.changed.emit()
    assert "2025-12-21" in holdings.price_info.text()


def test_overview_card_navigates_to_its_tab(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window._built[0].cards["credit"].activated.emit()
    assert window.tabs.currentIndex() == TAB_TITLES.index("IMF Program")


def test_first_launch_creates_the_sample_in_app_data(qapp, tmp_path, monkeypatch):
    from desktop.gui import app as app_module

    monkeypatch.setattr(app_module, "app_data_dir", lambda: tmp_path)
    path = first_workspace()
    assert path.parent == tmp_path and path.exists()
    assert first_workspace() == path  # the second launch reuses it


def test_run_remembers_the_last_workspace(qapp, qtbot, sample_copy, monkeypatch, tmp_path):
    from desktop.gui import app as app_module

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    target = sample_copy("pakistan")
    w.open_workspace(target)
    w.close()
    assert settings.value("last_workspace") == str(target)
    assert Path(settings.value("recent")[0] if isinstance(settings.value("recent"), list) else settings.value("recent")) == target
    assert settings.value("window/geometry") is not None
    monkeypatch.setattr(app_module, "QSettings", lambda: settings)
    shown = {}
    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: shown.setdefault("ok", 0))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.setdefault("window", self))
    assert app_module.run() == 0
    assert shown["window"].workspace.path == target
    shown["window"].close()


def test_a_bad_file_is_explained_and_the_open_workspace_kept(window, qtbot, sample_copy, tmp_path, monkeypatch):
    window.open_workspace(sample_copy("el-salvador"))
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert window.open_or_offer(junk) is False
    assert "not a Reserve Desk workspace" in warnings[0]
    assert window.workspace.name == "El Salvador (public data)"


def test_save_a_copy(window, sample_copy, tmp_path):
    from desktop.core.workspace import Workspace

    window.open_workspace(sample_copy("el-salvador"))
    target = tmp_path / "copy.db"
    window.workspace.store.save_copy(target)
    copy = Workspace.open(target)
    assert copy.holdings(dt.date(2025, 11, 18)) == window.workspace.holdings(dt.date(2025, 11, 18))
    assert copy.store.transaction_count() == window.workspace.store.transaction_count()
    copy.close()


def test_a_large_ledger_loads_in_the_background(window, qtbot, sample_copy, monkeypatch):
    from desktop.gui.tabs import holdings as holdings_module

    monkeypatch.setattr(holdings_module, "BACKGROUND_LOAD_ROWS", 100)
    holdings = _holdings(window, sample_copy)
    qtbot.waitUntil(lambda: holdings.ledger_model.rowCount() == 1121, timeout=10_000)
    assert holdings.ledger_count.text() == "1,121 rows"
    assert holdings.cards["stock"].value.text() == _btc(window.workspace.holdings(holdings.date).total_btc)  # did not wait


def test_chart_data_and_picture_export(window, qtbot, sample_copy, tmp_path, monkeypatch):
    import csv

    from desktop.gui.tabs import holdings as holdings_module

    holdings = _holdings(window, sample_copy)
    target = tmp_path / "series.csv"
    monkeypatch.setattr(holdings_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    holdings.export_chart_data()
    rows = list(csv.DictReader(target.open()))
    first_trade = min(t.date for t in window.workspace.store.transactions())
    assert rows[0]["date"] == first_trade.isoformat() and rows[0]["price_usd"] == ""  # before the first price
    assert float(rows[0]["stock_btc"]) == window.workspace.holdings(first_trade).total_btc
    h, last = window.workspace.holdings(holdings.date), rows[-1]
    assert last["date"] == h.date.isoformat() and float(last["stock_btc"]) == h.total_btc
    assert float(last["value_usd"]) == pytest.approx(h.value_usd, abs=0.005)
    picture = tmp_path / "charts.png"
    monkeypatch.setattr(holdings_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(picture), ""))
    holdings.save_chart_png()
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    saved = QImage(str(picture))
    assert saved.width() == 1200 and saved.height() > 1.5 * 1200 * holdings.value_plot.height() / holdings.value_plot.width()
    top, bottom = saved.copy(0, 0, 1200, saved.height() // 2), saved.copy(0, saved.height() // 2, 1200, saved.height() // 2)
    assert top != bottom  # both charts, though only one tab is shown


def test_editing_a_purchase_updates_the_schedule_charts_and_test_dates(window, qtbot, sample_copy, monkeypatch):
    from desktop.core.domain import Purchase
    from desktop.gui.dialogs.purchase import PurchaseDialog
    from desktop.gui.tabs import program as program_module

    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    first_year = lambda: next(y for y in program.year_model.records if y["year"] == 2025)  # noqa: E731
    service_2025 = first_year()["fees_sdr"]
    headroom = program.test_model.records[0].headroom_usd
    peak_before = max(program.credit_curve.getData()[1])
    program.purchase_view.selectRow(2)  # the planned purchase of 2025-09-26
    before = program.purchase_model.records[2]
    smaller = Purchase(before.date, 40e6, "disbursed", note="edited in a test")  # access leaves no room to grow

    def answer(self):
        self.accepted_purchase = smaller
        return True

    monkeypatch.setattr(PurchaseDialog, "exec", answer)
    monkeypatch.setattr(program_module.QMessageBox, "warning", lambda *a: pytest.fail(f"refused: {a[2]}"))
    program.edit_purchase()
    assert program.purchase_model.records[2].amount_sdr == 40e6 and window.undo_stack.count() == 1
    assert max(program.credit_curve.getData()[1]) < peak_before  # the chart follows
    assert first_year()["fees_sdr"] < service_2025  # a smaller purchase pays a smaller service charge
    assert program.test_model.records[0].headroom_usd != headroom  # less IMF credit, a different NIR
    window.undo_stack.undo()
    assert program.purchase_model.records[2].amount_sdr == before.amount_sdr
    assert max(program.credit_curve.getData()[1]) == pytest.approx(peak_before)
    assert program.test_model.records[0].headroom_usd == pytest.approx(headroom)


def test_program_pages_on_pakistan(window, qtbot, sample_copy):
    window.open_workspace(sample_copy("pakistan"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    assert program.threshold_line.value() == 300
    assert "Peak 261.9% of quota" in program.credit_note.text()
    assert [r[0] for r in program.adequacy_model.records][:3] == ["Gross reserves", "ARA EM metric", "Reserves / ARA metric"]
    assert "Missing inputs" not in program.adequacy_note.text()  # the sample has every ARA input
    assert {r[0] for r in program.inputs_model.records} >= {"Short-term external debt", "Other liabilities", "Broad money"}
    program.units.setCurrentIndex(1)  # US$
    assert program.year_plot.getAxis("left").labelText == "US$ millions"


def test_arrangement_terms_dialog(window, qtbot, sample_copy):
    from desktop.gui.dialogs.arrangement import ArrangementDialog

    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(PROGRAM)
    program = window._built[PROGRAM]
    dialog = ArrangementDialog(window.workspace, program._selected())
    dialog.access.setValue(500.0)  # below what the purchases already add up to
    dialog._accept()
    assert "more than access" in dialog.error.text() and dialog.result() == 0
    dialog.access.setValue(1033.92)
    dialog._accept()
    assert dialog.result() == 1
    program.changed.emit()
    assert program._selected().access_sdr == pytest.approx(1033.92e6)


def test_export_from_the_window(window, qtbot, sample_copy, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window.open_workspace(sample_copy("el-salvador"))
    target = tmp_path / "ledger.csv"
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.export_csv("transactions")
    assert told == [f"1,121 transactions written to {target}"]
    assert target.read_text().splitlines()[0] == "date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note"
