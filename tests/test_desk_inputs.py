"""Issue 15, items 9 and 10 and the window's program/macro import: input kept or refused with its reason,
implausible price series caught, dry runs that tell the truth, and words that match the numbers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess

import pytest
from conftest import SHARED_DATA, cli_command
from PySide6.QtWidgets import QMessageBox

from desktop.core.io.csv_source import CsvOptions
from desktop.core.io.fields import InputError
from desktop.core.io.plausibility import PlausibilityCheck, btc_usd_bounds
from desktop.core.io.prices_csv import import_prices
from desktop.core.io.transactions_csv import COLUMNS, import_transactions
from desktop.core.workspace import Workspace

USD_PKR = SHARED_DATA / "usd_pkr.csv"
needs_market_data = pytest.mark.skipif(not (USD_PKR.exists() and (SHARED_DATA / "btc_usd_daily.csv").exists()),
                                       reason="../shared/data (real market data: BTC/USD, USD/PKR) is not present")


def price_count(ws: Workspace) -> int:
    return ws.store.db.conn.execute("SELECT count(*) FROM prices").fetchone()[0]


# ---- item 10: a refused entry keeps what was typed; errors go when the field is fixed -----------------

def test_a_sale_larger_than_the_wallet_keeps_the_dialog_open_with_the_reason_by_the_field(qapp, sample_copy):
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        count = ws.store.transaction_count()
        dialog = TransactionDialog(ws)
        dialog.kind.setCurrentText("sale")
        dialog.wallet.setCurrentText("Daily purchases (hot)")
        dialog.quantity.setValue(500.0)
        dialog.price.setValue(92_000.0)
        dialog.note.setText("typed by the analyst")
        dialog._accept()
        assert dialog.result() == 0 and dialog.accepted_transaction is None  # not accepted: still open
        shown = dialog.field_errors.shown()
        assert list(shown) == ["quantity"] and "more than 'Daily purchases (hot)' holds" in shown["quantity"]
        assert dialog.note.text() == "typed by the analyst" and dialog.quantity.value() == 500.0
        assert ws.store.transaction_count() == count  # the check wrote nothing
        dialog.quantity.setValue(0.5)  # fixing the field takes its reason away at once
        assert dialog.field_errors.shown() == {} and dialog.error.text() == ""
        dialog._accept()
        assert dialog.result() == 1 and dialog.accepted_transaction.quantity == 0.5
        assert ws.store.transaction_count() == count  # the tab, not the dialog, writes it
    finally:
        ws.close()


def test_an_edit_that_unfunds_a_later_sale_is_refused_in_the_dialog(qapp, sample_copy):
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        table = ws.ledger_table()
        first_purchase = next(t for t in ws.store.transactions() if t.kind == "purchase")
        dialog = TransactionDialog(ws, existing=first_purchase)
        dialog.quantity.setValue(0.00000001)
        dialog._accept()
        assert dialog.result() == 0 and "quantity" in dialog.field_errors.shown()
        assert len(ws.ledger_table().id) == len(table.id)
    finally:
        ws.close()


def test_a_transaction_in_a_workspace_without_wallets_says_to_add_one(qapp, sample_copy):
    from desktop.gui.dialogs.transaction import TransactionDialog

    ws = Workspace.open(sample_copy("empty"))
    try:
        dialog = TransactionDialog(ws)
        dialog.quantity.setValue(1.0)
        dialog._accept()
        assert dialog.result() == 0 and "no wallet yet: add one first" in dialog.field_errors.shown()["wallet"]
    finally:
        ws.close()


def test_wallet_dialog_error_clears_when_the_name_changes(qapp, sample_copy):
    from desktop.gui.dialogs.wallet import WalletDialog

    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        dialog = WalletDialog(ws)
        dialog.name.setText(ws.wallets[0].name)
        dialog._accept()
        assert "already exists" in dialog.field_errors.shown()["name"] and dialog.result() == 0
        dialog.name.setText("A new wallet")
        assert dialog.field_errors.shown() == {}
    finally:
        ws.close()


# ---- item 10: a dry run that would be blocked says so -----------------------------------------------

def test_a_dry_run_blocked_by_one_row_promises_nothing(sample_copy, tmp_path):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        wallet = ws.wallets[0].name
        path = tmp_path / "t.csv"
        with path.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(COLUMNS)
            w.writerow(["2025-01-02", "purchase", wallet, "", "BTC", "1", "90000", "", "", "", ""])
            w.writerow(["2025-01-03", "purchase", wallet, "", "BTC", "1", "90000", "", "", "", ""])
            w.writerow(["2025-01-04", "purchase", wallet, "", "BTC", "-1", "90000", "", "", "", ""])
        report = import_transactions(ws.store, path, dry_run=True)
        assert report.blocked and not report.written
        assert "would add" not in report.summary()
        assert "the import would be blocked (1 invalid row blocks the import); nothing would be added" in report.summary()
        clean = import_transactions(ws.store, path, dry_run=True, skip_invalid=True)
        assert "would add 2 transactions" in clean.summary()
    finally:
        ws.close()


# ---- item 10: an exchange-rate file is not bitcoin prices ------------------------------------------

@needs_market_data
def test_the_usd_pkr_file_is_refused_as_bitcoin_prices_with_the_evidence(sample_copy):
    ws = Workspace.open(sample_copy("pakistan"))
    try:
        before = price_count(ws)
        for dry_run in (True, False):
            report = import_prices(ws.store, USD_PKR, dry_run=dry_run, skip_invalid=True)
            assert report.blocked and not report.written and price_count(ws) == before
            assert "do not look like BTC prices in US$" in report.blocked_reason
            assert "far outside the range BTC traded" in report.implausible and "nothing" in report.summary()
        accepted = import_prices(ws.store, USD_PKR, skip_invalid=True, accept_implausible=True)
        assert accepted.written and price_count(ws) == before + accepted.new
    finally:
        ws.close()


def test_a_series_far_from_the_stored_closes_is_caught_on_the_overlap(sample_copy, tmp_path):
    ws = Workspace.open(sample_copy("el-salvador"))
    try:
        stored = ws.store.db.conn.execute("SELECT date, close_usd FROM prices WHERE asset = 'BTC' ORDER BY date DESC "
                                          "LIMIT 30").fetchall()
        path = tmp_path / "eur.csv"
        path.write_text("date,close\n" + "".join(f"{day},{close / 1000:.2f}\n" for day, close in stored))
        report = import_prices(ws.store, path, dry_run=True)
        assert report.blocked and "median 0.001 times the stored BTC closes" in report.implausible
        revised = tmp_path / "revised.csv"  # a vendor's revision of a few per cent is no reason to ask
        revised.write_text("date,close\n" + "".join(f"{day},{close * 1.02:.2f}\n" for day, close in stored))
        assert import_prices(ws.store, revised, dry_run=True).implausible is None
    finally:
        ws.close()


@needs_market_data
def test_the_real_bitcoin_history_passes_the_check(sample_copy):
    ws = Workspace.open(sample_copy("empty"))
    try:
        report = import_prices(ws.store, SHARED_DATA / "btc_usd_daily.csv", dry_run=True)
        assert report.implausible is None and not report.blocked and report.new > 5000
    finally:
        ws.close()


@needs_market_data
def test_the_yearly_bounds_hold_the_real_closes_and_refuse_an_exchange_rate():
    for row in csv.DictReader((SHARED_DATA / "btc_usd_daily.csv").open()):
        low, high = btc_usd_bounds(int(row["date"][:4]))
        assert low <= float(row["close"]) <= high, row
    check = PlausibilityCheck("BTC", {})
    for day in range(1, 29):
        check.add(f"2023-02-{day:02d}", 260.0 + day)
    assert "28 of 28 closes" in check.evidence


@needs_market_data
def test_the_cli_refuses_an_implausible_series_unless_accepted(sample_copy):
    path = sample_copy("pakistan")
    base = [*cli_command(), "import", "prices", str(USD_PKR), "--workspace", str(path), "--skip-invalid"]
    refused = subprocess.run(base, capture_output=True, text=True)
    assert refused.returncode == 1
    assert "does not look like BTC prices in US$" in refused.stderr and "--accept-implausible" in refused.stderr
    accepted = subprocess.run([*base, "--accept-implausible", "--json"], capture_output=True, text=True)
    assert accepted.returncode == 0 and json.loads(accepted.stdout)["written"]


@needs_market_data
def test_the_window_asks_before_importing_an_implausible_series(qapp, qtbot, sample_copy, monkeypatch):
    from desktop.gui.dialogs.import_file import ImportDialog

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        before = price_count(ws)
        questions = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)
        dialog = ImportDialog(ws, "prices", path=str(USD_PKR))
        dialog.skip_invalid.setChecked(True)
        dialog._run(dry_run=False)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
        assert len(questions) == 1 and "does not look like BTC prices in US$" in questions[0]
        assert "far outside the range BTC traded" in questions[0]  # the evidence, named
        assert not dialog.report.written and price_count(ws) == before and dialog.result() == 0
        assert "blocked" in dialog.summary.text()
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog._run(dry_run=False)
        qtbot.waitUntil(lambda: dialog.task is None and dialog.report.written, timeout=20_000)
        assert price_count(ws) > before and dialog.result() == 1
    finally:
        ws.close()


# ---- the window imports a program (JSON) and macro data (CSV) ----------------------------------------

@pytest.fixture
def program_and_macro(sample_copy, tmp_path):
    """The Pakistan sample's arrangement as a program file and its macro rows as a macro CSV."""
    from desktop.core.io.macro_csv import COLUMNS as MACRO_COLUMNS
    from desktop.core.io.program_json import arrangement_to_dict

    ws = Workspace.open(sample_copy("pakistan"), read_only=True)
    try:
        program = tmp_path / "program.json"
        program.write_text(json.dumps(arrangement_to_dict(ws.arrangements[0])))
        macro = tmp_path / "macro.csv"
        with macro.open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(MACRO_COLUMNS)
            for m in ws.macro_inputs:
                w.writerow([m.date] + ["" if getattr(m, c) is None else getattr(m, c) for c in MACRO_COLUMNS[1:]])
        return program, macro, ws.arrangements[0].name, [m.date for m in ws.macro_inputs]
    finally:
        ws.close()


def _run(dialog, qtbot, dry_run):
    dialog._run(dry_run=dry_run)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    return dialog.summary.text()


def test_the_window_imports_a_program_and_macro_data(qapp, qtbot, sample_copy, program_and_macro):
    from desktop.gui.dialogs.import_file import ImportDialog

    program, macro, name, dates = program_and_macro
    ws = Workspace.open(sample_copy("empty"))
    try:
        dialog = ImportDialog(ws, "program", path=str(program))
        assert dialog.windowTitle() == "Import IMF program (JSON)"
        assert "would add the arrangement" in _run(dialog, qtbot, True) and name in dialog.summary.text()
        ws.invalidate()
        assert ws.arrangements == []  # a check writes nothing
        _run(dialog, qtbot, False)
        assert dialog.result() == 1
        ws.invalidate()
        assert [a.name for a in ws.arrangements] == [name]

        again = ImportDialog(ws, "program", path=str(program))  # the same program twice: refused with the field
        assert "refused" in _run(again, qtbot, False) and again.result() == 0
        assert [p.field for p in again.problems.records] == ["name"]

        dialog = ImportDialog(ws, "macro", path=str(macro))
        assert f"{len(dates)} dates from {dates[0]} to {dates[-1]}; would add them" in _run(dialog, qtbot, True)
        assert ws.macro_inputs == []
        _run(dialog, qtbot, False)
        ws.invalidate()
        assert dialog.result() == 1 and [m.date for m in ws.macro_inputs] == dates
    finally:
        ws.close()


def test_a_bad_macro_file_lists_each_row_and_field(qapp, qtbot, sample_copy, tmp_path):
    from desktop.gui.dialogs.import_file import ImportDialog

    path = tmp_path / "bad.csv"
    path.write_text("date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd,"
                    "imports_usd,remittances_usd,regime\n2025-01-31,-5,,,,,,,floating\n2025-02-28,1e10,,,,,,,pegged-ish\n")
    ws = Workspace.open(sample_copy("empty"))
    try:
        dialog = ImportDialog(ws, "macro", path=str(path))
        assert "refused" in _run(dialog, qtbot, True)
        assert [(p.row, p.field) for p in dialog.problems.records] == [(2, "gross_reserves_usd"), (3, "regime")]
    finally:
        ws.close()


def test_file_import_menu_offers_program_and_macro(qapp, qtbot, sample_copy, monkeypatch):
    from desktop.gui.app import create_app
    from desktop.gui.dialogs.import_file import ImportDialog
    from desktop.gui.main_window import MainWindow

    create_app()
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("empty"))
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append((self.what, self.windowTitle())) or 0)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    import_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Import")
    for action in import_menu.actions():
        if "program" in action.text().replace("&", "") or "Macro" in action.text().replace("&", ""):
            action.trigger()
    assert opened == [("program", "Import IMF program (JSON)"), ("macro", "Import macro and reserve data (CSV)")]


def test_import_options_match_the_kind_of_file(qapp, sample_copy):
    from desktop.gui.dialogs.import_file import ImportDialog

    ws = Workspace.open(sample_copy("empty"))
    try:
        program = ImportDialog(ws, "program")
        assert not program.date_order.isVisibleTo(program) and not program.skip_invalid.isVisibleTo(program)
        macro = ImportDialog(ws, "macro")
        assert macro.date_order.isVisibleTo(macro) and not macro.skip_invalid.isVisibleTo(macro)
        with pytest.raises(ValueError):
            ImportDialog(ws, "wallets")
    finally:
        ws.close()


def test_core_macro_dry_run_checks_dates_already_stored(sample_copy, program_and_macro):
    from desktop.core.io.macro_csv import import_macro

    _, macro, _, _ = program_and_macro
    ws = Workspace.open(sample_copy("pakistan"))
    try:
        with pytest.raises(InputError, match="already in the workspace"):
            import_macro(ws.store, macro, CsvOptions(), dry_run=True)
    finally:
        ws.close()




# ---- item 9: words that match the numbers ---------------------------------------------------------



def test_the_adequacy_text_states_what_bitcoin_adds_after_the_haircut(window, sample_copy):
    from desktop.core import fmt
    from desktop.core.summary import build_report
    from desktop.gui.main_window import TAB_TITLES

    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(TAB_TITLES.index("IMF Program"))
    program = window._built[TAB_TITLES.index("IMF Program")]
    a = window.workspace.adequacy(window.date, haircut=0.5)["with_btc"]
    assert a["btc_added_usd"] == pytest.approx(a["btc_value_usd"] / 2) and a["btc_value_usd"] > 1e8
    value, added = fmt.usd_short(a["btc_value_usd"]), fmt.usd_short(a["btc_added_usd"])
    note = program.adequacy_note.text()
    assert f"adds {added}, the bitcoin's {value} less a 50% haircut" in note
    assert f"adds {value}" not in note
    program.haircut.setValue(20.0)
    assert f"adds {fmt.usd_short(a['btc_value_usd'] * 0.8)}" in program.adequacy_note.text()
    (section,) = build_report(window.workspace, window.date, ["adequacy"]).sections
    text = " ".join(getattr(b, "text", "") for b in section.blocks)
    assert f"the right adds {added}, the bitcoin's {value} less the 50% haircut" in text
    cli = subprocess.run([*cli_command(), "adequacy", "--workspace", str(window.workspace.path), "--date",
                          window.date.isoformat()], capture_output=True, text=True)
    with_btc = json.loads(cli.stdout)["with_btc"]
    assert with_btc["btc_added_usd"] == pytest.approx(with_btc["btc_value_usd"] / 2)


def test_counts_agree_with_their_nouns(window, sample_copy):
    from desktop.core import fmt
    from desktop.core.domain import Transaction, Wallet

    assert (fmt.count(1, "wallet"), fmt.count(2, "wallet"), fmt.count(1_204, "entry", "entries")) == \
        ("1 wallet", "2 wallets", "1,204 entries")
    path = sample_copy("empty")
    ws = Workspace.open(path)
    ws.add_wallet(Wallet(name="Cold", kind="cold"))
    ws.add_transaction(Transaction(date=dt.date(2024, 3, 1), kind="purchase", wallet="Cold", quantity=2.0,
                                   price_usd=60_000.0))
    ws.close()
    window.open_workspace(path)
    assert window._built[0].cards["stock"].detail.text() == "in 1 wallet"
    window.tabs.setCurrentIndex(1)
    assert window._built[1].cap_warning.text().startswith("1 wallet;")


def test_a_price_on_a_past_date_also_says_how_old_it_is_today():
    from desktop.core.workspace import Holdings

    h = Holdings(date=dt.date(2025, 11, 18), total_btc=1.0, price_usd=92_000.0, price_date=dt.date(2025, 11, 18),
                 value_usd=92_000.0, cost_usd=0.0, realized_pnl_usd=0.0, wallets=())
    assert h.price_age_days == 0
    assert h.price_age_note(today=dt.date(2026, 11, 30)) == "close of 2025-11-18, the date shown; 377 days before today"
    older = Holdings(date=dt.date(2025, 11, 18), total_btc=1.0, price_usd=92_000.0, price_date=dt.date(2025, 11, 17),
                     value_usd=92_000.0, cost_usd=0.0, realized_pnl_usd=0.0, wallets=())
    assert older.price_age_note(today=dt.date(2025, 11, 18)) == "close of 2025-11-17, 1 day old"
    assert older.price_age_note(today=dt.date(2025, 11, 19)) == \
        "close of 2025-11-17, 1 day before the date shown; 2 days before today"


def test_overview_and_holdings_say_how_old_the_price_is_today(window, sample_copy):
    window.open_workspace(sample_copy("el-salvador"))
    window.tabs.setCurrentIndex(1)
    shown = window.date
    assert shown != dt.date.today()  # the sample's date is in the past
    h = window.workspace.holdings(shown)
    behind = f"{(dt.date.today() - h.price_date).days:,} days before today"
    assert behind in window._built[0].cards["value"].detail.text()
    assert behind in window._built[1].cards["price"].detail.text()


# ---- item 9: the planner sees a commitment against subsidised power for mining ----------------------

def _mining_policy(ws, **power):
    from dataclasses import replace

    (policy,) = ws.policies
    params = {k: v for k, v in policy.params.items()
              if k not in ("power_usd_kwh", "power_basis", "cost_recovery_usd_kwh")} | power
    ws.save_policy(replace(policy, params=params))


def test_the_pakistan_mining_policy_conflicts_with_no_subsidised_power(sample_copy):
    from desktop.core import planner

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        (benchmark,) = next(a for a in ws.arrangements if a.name == "Pakistan EFF 2024").benchmarks
        assert benchmark.type == "general" and planner.benchmark_concern(benchmark) == planner.MINING_POWER
        (breach,) = planner.project(planner.plan_inputs(ws, paths=0)).breaches
        assert breach["concern"] == "mining_power" and breach["policy"].startswith("2,000 MW")
        assert "export price" in breach["reason"] and breach["first_date"] == "2026-07-01"
        _mining_policy(ws, power_usd_kwh=0.05, power_basis="tariff", cost_recovery_usd_kwh=0.09)
        (breach,) = planner.project(planner.plan_inputs(ws, paths=0)).breaches
        assert "below cost recovery (US$0.090/kWh)" in breach["reason"]
        _mining_policy(ws, power_usd_kwh=0.05, power_basis="tariff")
        (breach,) = planner.project(planner.plan_inputs(ws, paths=0)).breaches
        assert "not compared with a cost-recovery level" in breach["reason"]
        _mining_policy(ws, power_usd_kwh=0.10, power_basis="tariff", cost_recovery_usd_kwh=0.09)
        assert planner.project(planner.plan_inputs(ws, paths=0)).breaches == []  # cost-recovering: allowed
    finally:
        ws.close()


def test_only_benchmarks_about_mining_power_or_accumulation_concern_the_planner():
    from desktop.core.domain import Benchmark
    from desktop.core.planner import MINING_POWER, NON_ACCUMULATION, benchmark_concern

    def bench(text, kind="general"):
        return Benchmark(description=text, type=kind, start_date=dt.date(2025, 1, 1), status="ongoing")

    assert benchmark_concern(bench("No voluntary accumulation", "non_accumulation")) == NON_ACCUMULATION
    assert benchmark_concern(bench("No subsidised electricity tariffs for crypto miners")) == MINING_POWER
    assert benchmark_concern(bench("Adopt a mining code for minerals")) is None
    assert benchmark_concern(bench("Eliminate power subsidies in the budget")) is None


def test_the_planner_tab_and_the_pdf_show_the_mining_power_conflict(window, qtbot, sample_copy):
    from desktop.core.summary import build_report
    from desktop.gui.main_window import TAB_TITLES

    window.open_workspace(sample_copy("pakistan"))
    window.tabs.setCurrentIndex(TAB_TITLES.index("Planner"))
    planner_tab = window._built[TAB_TITLES.index("Planner")]
    qtbot.waitUntil(lambda: planner_tab.breach_model.rowCount() == 1, timeout=20_000)
    assert "1 breach" in planner_tab.cards["check"].value.text()
    row = planner_tab.breach_model.records[0]
    assert row["commitment"] == "no subsidised power for bitcoin mining" and "export price" in row["reason"]
    assert "'2,000 MW state mining (proposed)' mines while the power is valued at its export price" in \
        planner_tab.breach_note.text()  # said in words above the table, which may be narrow
    (section,) = build_report(window.workspace, window.date, ["planner"]).sections
    text = " ".join(getattr(b, "text", "") for b in section.blocks)
    assert "Program check" in text and "no subsidised power for bitcoin mining" in text
    assert "mines while the power is valued at its export price" in text
