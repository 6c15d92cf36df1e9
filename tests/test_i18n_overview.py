"""The Overview tab and the shared widgets in Spanish: every card's caption, value word and detail line is the
translation, nothing marked is left in English, and English reads as before."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.gui import language
from desktop.gui.tabs.overview import OverviewTab
from desktop.gui.widgets import export_csv
from tests.i18n_walk import still_english


def overview(qtbot, ws) -> OverviewTab:
    tab = OverviewTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.cards["custody"].value.text() != "…", timeout=20_000)  # the worker's card
    return tab


def captions(tab: OverviewTab) -> dict[str, str]:
    return {key: card.caption.text() for key, card in tab.cards.items()}


def test_the_overview_in_spanish_leaves_nothing_in_english(spanish, qtbot, es):
    tab = overview(qtbot, es)
    assert still_english(tab) == []
    shown = captions(tab)
    assert shown["reserves"] == "Reservas internacionales brutas"
    assert shown["credit"] == "Crédito del FMI pendiente de reembolso"
    assert shown["benchmarks"] == "Referencias estructurales"
    assert shown["test_date"] == "Próxima fecha de evaluación"
    assert shown["pnl"] == "Resultado no realizado (P&L)"
    assert shown["cost"] == "Costo promedio de adquisición" and shown["custody"] == "Conciliación y direcciones"
    assert tab.cards["regime"].value.text() == "fijo"  # the stored code "fixed", in words
    assert tab.cards["scenarios"].detail.text() == "6 históricos, 4 choques, 4 Monte Carlo"
    assert tab.cards["benchmarks"].detail.text().startswith("4 pendientes o en curso")
    assert " — cifras al " in tab.heading.text()
    assert tab.cards["stock"].detail.text().startswith("en ") and "billetera" in tab.cards["stock"].detail.text()
    assert tab.cards["credit"].value.text().startswith("DEG ") and tab.cards["credit"].value.text().endswith(" millones")
    assert tab.cards["custody"].detail.text().startswith("sin direcciones registradas: Tenencias > Custodia")
    assert "Suma del libro de movimientos" in tab.cards["stock"].toolTip()


def test_each_spanish_caption_holds_on_one_line_on_a_1366_wide_window(spanish, qtbot, es):
    """A caption on two lines pushed its card's figure below its neighbours' ("Costo de adquisición (costo
    promedio)" on the 1366x768 laptop): every caption of a row fits the width its card gets."""
    tab = overview(qtbot, es)
    tab.resize(1320, 900)  # the tab's width in the maximised window at 1366x768
    tab.show()
    qtbot.waitExposed(tab)
    wrapped = {key: card.caption.text() for key, card in tab.cards.items()
               if card.caption.heightForWidth(card.caption.width()) > 1.5 * card.caption.fontMetrics().lineSpacing()}
    assert wrapped == {}


def test_the_overview_in_english_is_unchanged(qapp, qtbot, es):
    language.install("en")
    tab = overview(qtbot, es)
    assert captions(tab)["reserves"] == "Gross reserves" and captions(tab)["custody"] == "Ledger and chain, address checks"
    assert tab.heading.text().endswith(f" — figures on {es.default_date().isoformat()}")
    assert tab.cards["stock"].detail.text() in {"in 1 wallet", *(f"in {n} wallets" for n in range(2, 100))}
    assert tab.cards["credit"].value.text().startswith("SDR ") and tab.cards["credit"].value.text().endswith(" m")
    assert tab.cards["custody"].detail.text().startswith("no address registered: Holdings > Custody")
    assert tab.cards["regime"].value.text() == "fixed"
    assert tab.cards["scenarios"].detail.text() == "6 historical, 4 shocks, 4 Monte Carlo"


def test_a_single_count_takes_the_spanish_singular(spanish, qtbot, sample_copy):
    """Pakistan's program has one structural benchmark pending: "1 pendiente", not "1 pendientes"."""
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("pakistan"))
    try:
        tab = overview(qtbot, ws)
        assert tab.cards["benchmarks"].detail.text() == "1 pendiente o en curso"
    finally:
        ws.close()


def test_a_csv_export_asks_and_answers_in_spanish(spanish, qtbot, es, tmp_path, monkeypatch):
    target = tmp_path / "tx.csv"
    asked, told = [], []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, path, filters: asked.append((title, filters)) or (str(target), filters))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    export_csv(None, es, "transactions")
    assert asked == [("Exportar transacciones", "Archivos CSV (*.csv)")]
    assert told[0][0] == "Exportado" and told[0][1].endswith(f" transacciones escritas en {target}")
