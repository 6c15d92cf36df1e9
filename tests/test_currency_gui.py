"""The window's reporting currency: the toolbar's choice, the fx import's fields, the currency settings and the
figures of Overview, Holdings and Planner in PKR and SDR against hand conversions (Pakistan sample, valuation
date 2025-12-19, on small rate series written here)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.core.domain import Transaction, Wallet
from desktop.core.io.fx_csv import import_fx
from desktop.gui.main_window import MainWindow

VALUATION = dt.date(2025, 12, 19)
# USD/PKR, units per US$: the valuation date converts at 2025-12-15's 281.50
PKR_RATES = "date,close\n2025-11-03,280.10\n2025-12-01,280.00\n2025-12-15,281.50\n"
# US$ per SDR, as the IMF quotes it: the valuation date converts at 1 / 1.3700 SDR per US$
SDR_RATES = "date,close\n2025-12-10,1.3650\n2025-12-18,1.3700\n"
# (date, BTC, US$ per BTC, fee US$): 2025-10-01 has no PKR rate (the series starts on 2025-11-03)
PURCHASES = ((dt.date(2025, 10, 1), 2.0, 100_000.0, None), (dt.date(2025, 12, 1), 10.0, 80_000.0, 100.0))
PRICE_USD = 90_413.0  # the sample's last BTC close on or before 2025-12-19


def add_rates(store, tmp_path, code: str, text: str, quote: str = "per-usd") -> None:
    path = tmp_path / f"{code.lower()}.csv"
    path.write_text(text)
    report = import_fx(store, path, currency=code, quote=quote)
    assert report.written


@pytest.fixture
def pakistan(sample_copy, tmp_path):
    """The Pakistan sample with the PKR and SDR series above."""
    from desktop.core.workspace import Workspace

    path = sample_copy("pakistan")
    ws = Workspace.open(path)
    add_rates(ws.store, tmp_path, "PKR", PKR_RATES)
    add_rates(ws.store, tmp_path, "SDR", SDR_RATES, "usd-per-unit")
    # the sample holds no bitcoin: a wallet and two purchases, one on a day the PKR series does not reach
    ws.add_wallet(Wallet("Treasury cold", "cold"))
    for day, btc, price_usd, fee_usd in PURCHASES:
        ws.add_transaction(Transaction(day, "purchase", "Treasury cold", btc, price_usd=price_usd, fee_usd=fee_usd))
    ws.close()
    return path


def settings_at(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def choose(window, code: str) -> None:
    window.currency_box.setCurrentIndex(window.currency_box.findData(code))


def offered(window) -> list[tuple[str, str]]:
    box = window.currency_box
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


# ---- the toolbar's choice ----------------------------------------------------------------------------


def test_toolbar_offers_the_workspace_currencies_and_tells_every_tab(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    assert offered(window) == [("US$", "USD"), ("SDR", "SDR"), ("PKR", "PKR")]
    assert window.currency == "USD"
    for i in range(6):
        window.tabs.setCurrentIndex(i)
    choose(window, "PKR")
    assert {tab.currency for tab in window._built.values()} == {"PKR"}
    assert "PKR 281.50 per US$, the rate of 2025-12-15" in window.currency_box.toolTip()
    choose(window, "SDR")
    assert {tab.currency for tab in window._built.values()} == {"SDR"}
    assert "US$1.3700 per SDR, the rate of 2025-12-18" in window.currency_box.toolTip()


def test_a_tab_built_later_takes_the_toolbar_currency(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    choose(window, "PKR")
    window.tabs.setCurrentIndex(5)  # the Planner, first built now
    assert window._built[5].currency == "PKR"


def test_the_tooltip_says_when_the_date_has_no_rate(window, qtbot, pakistan):
    from PySide6.QtCore import QDate

    window.open_workspace(pakistan)
    choose(window, "PKR")
    window.date_edit.setDate(QDate(2025, 10, 1))  # the series starts on 2025-11-03
    assert "no PKR rate on or in the 31 days before 2025-10-01" in window.currency_box.toolTip()


def test_the_choice_is_remembered_per_workspace(qapp, qtbot, pakistan, sample_copy, tmp_path):
    settings = settings_at(tmp_path)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.open_workspace(pakistan)
    choose(w, "PKR")
    w.open_workspace(sample_copy("el-salvador"))  # another workspace: its own choice, US$ by default
    assert w.currency == "USD"
    w.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.open_workspace(pakistan)
    assert again.currency == "PKR" and again._built[again.tabs.currentIndex()].currency == "PKR"


def test_the_list_follows_an_import_and_its_undo(window, qtbot, sample_copy, tmp_path):
    window.open_workspace(sample_copy("el-salvador"))  # dollarised: US$ and the SDR until a series comes in
    assert offered(window) == [("US$", "USD"), ("SDR", "SDR")]
    marks = window.workspace.row_marks("fx")
    add_rates(window.workspace.store, tmp_path, "PKR", PKR_RATES)
    window.workspace_changed(frozenset({"fx_rates"}))  # as the window's import does once the dialog has written
    assert offered(window)[-1] == ("PKR", "PKR")
    choose(window, "PKR")
    window.workspace.remove_rows(window.workspace.rows_after(marks), "undo")  # what Edit > Undo of the import does
    window.workspace_changed()
    assert offered(window) == [("US$", "USD"), ("SDR", "SDR")]
    assert window.currency == "USD" and window._built[0].currency == "USD"


def test_the_keyboard_reaches_the_choice(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    window.show()
    window.date_edit.setFocus()
    assert window.currency_box.focusPolicy() & window.currency_box.focusPolicy().TabFocus
    label = next(x for x in window.findChildren(type(window.status_workspace)) if x.buddy() is window.currency_box)
    assert "&" in label.text()


# ---- File > Import > Exchange rates CSV… ----------------------------------------------------------------------


def fx_dialog(ws, path):
    from desktop.gui.dialogs.import_file import ImportDialog

    return ImportDialog(ws, "fx", path=str(path))


def import_with(dialog, qtbot) -> None:
    dialog._run(dry_run=False)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_the_fx_import_offers_the_local_currency_first_and_the_quote_follows_the_currency(qapp, qtbot, sample_copy,
                                                                                           tmp_path):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        path = tmp_path / "rates.csv"
        path.write_text(SDR_RATES)
        dialog = fx_dialog(ws, path)
        assert dialog.currency.isEditable()
        assert [dialog.currency.itemText(i) for i in range(dialog.currency.count())] == ["PKR", "SDR"]
        assert dialog.quote.currentData() == "per-usd" and "PKR 278.40 for one US$" in dialog.quote_note.text()
        dialog.currency.setCurrentText("SDR")
        assert dialog.quote.currentData() == "usd-per-unit" and "US$1.3281 for one SDR" in dialog.quote_note.text()
        import_with(dialog, qtbot)
        assert dialog.report.written and ws.store.fx_rates("SDR") == [("2025-12-10", pytest.approx(1 / 1.3650)),
                                                                      ("2025-12-18", pytest.approx(1 / 1.3700))]
    finally:
        ws.close()


def test_the_fx_import_takes_a_typed_code_and_names_a_bad_one(qapp, qtbot, sample_copy, tmp_path):
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        path = tmp_path / "eur.csv"
        path.write_text("date,close\n2025-12-15,0.9512\n")
        dialog = fx_dialog(ws, path)
        dialog.currency.setCurrentText("eu")
        import_with(dialog, qtbot)
        assert "currency" in dialog.summary.text() and "not a currency code" in dialog.summary.text()
        assert ws.store.fx_currencies() == []
        dialog.currency.setCurrentText("eur")  # typed, in any case
        import_with(dialog, qtbot)
        ws.invalidate(frozenset({"fx_rates"}))  # written through the worker's connection, as the window does
        assert ws.store.fx_rates("EUR") == [("2025-12-15", pytest.approx(0.9512))] and "EUR" in ws.reporting_currencies()
    finally:
        ws.close()


# ---- Tools > Currency settings… ----------------------------------------------------------------------------


def answering(monkeypatch, **values):
    """The settings dialog, when the window opens it, filled with ``values`` and OK pressed."""
    from desktop.gui.currency_dialog import CurrencySettingsDialog

    seen = {}

    def exec_(self):
        if "local" in values:
            self.local.setCurrentText(values["local"])
        if "pct" in values:
            self.depreciation.setValue(values["pct"])
        seen["preview"] = self.preview.text()
        self._accept()
        seen["error"] = self.error.text()
        return self.result()

    monkeypatch.setattr(CurrencySettingsDialog, "exec", exec_)
    return seen


def test_currency_settings_are_written_and_undone_as_one_step(window, qtbot, pakistan, monkeypatch):
    window.open_workspace(pakistan)
    seen = answering(monkeypatch, pct=10.0)
    window.currency_settings()
    assert window.workspace.member.fx_depreciation_per_year == pytest.approx(0.10)
    # the preview in figures: PKR 281.50 at the valuation date, losing 10% of its US$ value over 365 days
    later = 281.50 / 0.9 ** (365 / 365.25)
    assert seen["preview"] == (f"PKR 281.50 per US$ on 2025-12-19 (the rate of 2025-12-15); under this assumption "
                               f"PKR {later:.2f} per US$ on 2026-12-19.")
    year_after = window.workspace.converter("PKR", VALUATION).rate(dt.date(2026, 12, 19))
    assert year_after.per_usd == pytest.approx(281.50 / 0.9 ** (365 / 365.25))
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Edit currency settings"
    window.undo_stack.undo()
    assert window.workspace.member.fx_depreciation_per_year == 0.0
    window.undo_stack.redo()
    assert window.workspace.member.fx_depreciation_per_year == pytest.approx(0.10)


def test_a_new_local_currency_joins_the_toolbar(window, qtbot, sample_copy, monkeypatch):
    window.open_workspace(sample_copy("el-salvador"))
    answering(monkeypatch, local="svc")
    window.currency_settings()
    assert window.workspace.member.local_currency == "SVC"
    assert offered(window) == [("US$", "USD"), ("SDR", "SDR"), ("SVC", "SVC")]
    window.undo_stack.undo()
    assert window.workspace.member.local_currency is None and len(offered(window)) == 2


def test_a_bad_currency_setting_is_named_and_nothing_is_written(window, qtbot, pakistan, monkeypatch):
    window.open_workspace(pakistan)
    seen = answering(monkeypatch, local="P1")
    window.currency_settings()
    assert "Local currency" in seen["error"] and "'P1' is not a currency code" in seen["error"]
    seen = answering(monkeypatch, local="SDR")
    window.currency_settings()
    assert "US$ and the SDR are offered anyway" in seen["error"]
    assert window.workspace.member.local_currency == "PKR" and window.undo_stack.count() == 0


# ---- Overview and Holdings in PKR and SDR ------------------------------------------------------------------------
# 12 BTC on 2025-12-19 at US$90,413: value US$1,084,956; cost basis 2 x 100,000 + 10 x 80,000 + 100 = US$1,000,100


def shown_in(window, code: str, index: int):
    window.tabs.setCurrentIndex(index)
    choose(window, code)
    return window._built[index]


def test_holdings_cards_and_wallets_in_pkr_at_the_valuation_date(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    holdings = shown_in(window, "PKR", 1)
    assert holdings.date == VALUATION
    c = holdings.cards
    assert c["value"].value.text() == "PKR 305.4 m"  # 1,084,956 x 281.50 = 305,415,114
    assert c["cost"].value.text() == "PKR 281.5 m"  # 1,000,100 x 281.50 = 281,528,150
    assert c["pnl"].value.text() == "PKR 23.9 m"  # 84,856 x 281.50 = 23,886,964
    assert "PKR 281.50 per US$, the rate of 2025-12-15" in c["cost"].toolTip()
    assert "valuation date's rate" in c["pnl"].toolTip()
    model = holdings.wallet_model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Value (PKR)"
    assert model.data(model.index(0, 3)) == "305,415,114"
    assert "PKR 281.50 per US$" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)


def test_holdings_ledger_rows_convert_at_their_own_dates(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    ledger = shown_in(window, "PKR", 1).ledger_model
    assert ledger.headerData(5, Qt.Orientation.Horizontal) == "Price (PKR)"
    rows = {ledger.data(ledger.index(r, 0)): r for r in range(ledger.rowCount())}
    december, october = rows["2025-12-01"], rows["2025-10-01"]
    assert ledger.data(ledger.index(december, 5)) == "22,400,000.00"  # 80,000 x 280.00, the rate of 2025-12-01
    assert ledger.data(ledger.index(december, 6)) == "28,000.00"  # a fee of 100
    assert "PKR 280.00 per US$, the rate of 2025-12-01" in ledger.data(ledger.index(december, 5), Qt.ItemDataRole.ToolTipRole)
    assert ledger.data(ledger.index(october, 5)) == "—"
    assert "no PKR rate on or in the 31 days before 2025-10-01" in ledger.data(ledger.index(october, 5),
                                                                                Qt.ItemDataRole.ToolTipRole)


def test_holdings_chart_converts_each_day_and_stops_where_there_is_no_rate(window, qtbot, pakistan):
    from desktop.core.engine.valuation import day_number

    window.open_workspace(pakistan)
    holdings = shown_in(window, "PKR", 1)
    s = holdings.series
    assert holdings.value_plot.getAxis("left").labelText == "PKR millions"
    on = {day: i for i, day in enumerate(s.days)}
    nov_20, oct_15 = on[day_number(dt.date(2025, 11, 20))], on[day_number(dt.date(2025, 10, 15))]
    assert holdings.cost_shown[nov_20] == pytest.approx(s.cost_usd[nov_20] * 280.10)  # the rate of 2025-11-03
    assert np.isnan(holdings.cost_shown[oct_15])
    assert not holdings.chart_gaps.isHidden() and "No PKR rate for" in holdings.chart_gaps.text()


def test_holdings_in_sdr(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    c = shown_in(window, "SDR", 1).cards
    assert c["value"].value.text() == "SDR 791,939"  # 1,084,956 / 1.3700
    assert c["cost"].value.text() == "SDR 730,000"  # 1,000,100 / 1.3700
    assert "US$1.3700 per SDR, the rate of 2025-12-18" in c["value"].toolTip()


def test_overview_in_pkr(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    c = shown_in(window, "PKR", 0).cards
    assert c["value"].value.text() == "PKR 305.4 m"
    assert "at PKR 25,451,2" in c["value"].detail.text()  # US$90,413 x 281.50
    # the IMF credit stays in SDR; beside it its US$ figure in PKR: SDR 7,447 m x 1.3281 = US$9,890,360,700
    assert c["credit"].value.text() == "SDR 7,447.00 m"
    assert c["credit"].detail.text().startswith("PKR 2,784.14 bn;")  # x 281.50
    # purchases to date: one of them on a day with no PKR rate, so no total, and why
    assert c["policy"].detail.text() == "for — (no PKR rate on or in the 31 days before 2025-10-01)"


def test_us_dollars_read_as_before(window, qtbot, pakistan):
    window.open_workspace(pakistan)
    holdings = shown_in(window, "USD", 1)
    assert holdings.cards["value"].value.text() == "US$1.1 m"
    assert holdings.cards["value"].toolTip() == ""
    assert holdings.wallet_model.headerData(3, Qt.Orientation.Horizontal) == "Value (USD)"
    assert holdings.ledger_model.headerData(5, Qt.Orientation.Horizontal) == "Price (USD)"
    overview = shown_in(window, "USD", 0)
    assert overview.cards["policy"].detail.text() == "for US$1.0 m"


# ---- the Planner in PKR: future purchases under the stated depreciation ---------------------------------------


def test_planner_costs_a_future_purchase_on_the_assumed_path(window, qtbot, pakistan):
    from desktop.core import domain as d
    from desktop.core.workspace import Workspace

    ws = Workspace.open(pakistan)
    for policy in ws.policies:  # the sample's mining policy: only the purchase below is costed
        ws.delete_policy(policy.id)
    ws.save_policy(d.Policy(name="half-year lump", kind="lump", params={"purchases": [{"date": "2026-06-19", "usd": 9e6}]}))
    ws.set_currency_settings(fx_depreciation_per_year=0.10)
    ws.close()
    window.open_workspace(pakistan)
    planner = shown_in(window, "PKR", 5)
    planner.paths.setValue(0)
    qtbot.waitUntil(lambda: planner.projection is not None and planner.task is None and planner.paths.value() == 0
                    and planner.projection.summary.get("mc_value_at_end_usd") is None, timeout=30_000)
    # 182 days after 2025-12-19 the rupee has lost 10% a year of its US$ value: 281.50 / 0.9 ** (182 / 365.25)
    rate = 281.50 / 0.9 ** (182 / 365.25)
    assert planner.converted.spent == pytest.approx(9e6 * rate)
    assert planner.cards["cost"].value.text() == f"PKR {9e6 * rate / 1e9:.2f} bn"
    summary = dict(planner.summary_model.records)
    assert summary["Spent (PKR)"] == f"{9e6 * rate:,.0f}"
    # the value at the end converts at the end's rate: the projection's last day on the same path
    s = planner.projection.summary
    end_days = (dt.date.fromisoformat(s["end"]) - VALUATION).days
    assert summary["Value at the end, baseline price (PKR)"] == \
        f"{s['value_at_end_usd'] * 281.50 / 0.9 ** (end_days / 365.25):,.0f}"
    assert planner.fan_plot.getAxis("left").labelText == "PKR millions"
