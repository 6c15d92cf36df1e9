"""Holdings > Custody and its dialogs in Spanish (issue 22): the register, the reconciliation and the chain
statements, the address, import and statement dialogs, and the words core gives them (why a key is exposed, the
import's summary, a proposed entry's note), with nothing marked left in English, English as before, and figures
by the locale (Spain's comma decimal)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.gui import language
from desktop.gui.dialogs.custody import AddressDialog, ChainImportDialog, StatementDialog
from desktop.gui.tabs.custody import CustodyTab
from tests.chain_files import A1, A2, B1, OUT, T0, ZPUB, esplora, txid
from tests.i18n_walk import still_english

COLD, HOT = "Treasury cold wallet", "Daily purchases (hot)"  # two of the El Salvador sample's wallets
DAY = 86_400
AS_OF = dt.date(2025, 1, 31)
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # a well-known example private key


def statement_file(tmp_path) -> str:
    """A receipt, a spend with change and a fee, a transfer from Cold to Hot (to B1, a Taproot address) and a
    receipt of Hot's: every page of the reconciliation has rows."""
    txs = [esplora(1, [(OUT, 1_000_500)], [(A1, 1_000_000)], fee=500),
           esplora(2, [(A1, 1_000_000)], [(OUT, 600_000), (A2, 399_000)], time=T0 + DAY, fee=1_000),
           esplora(3, [(A2, 399_000)], [(B1, 398_500)], time=T0 + 2 * DAY, fee=500),
           esplora(4, [(OUT, 200_700)], [(B1, 200_000)], time=T0 + 3 * DAY, fee=700)]
    path = tmp_path / "statement.json"
    path.write_text(json.dumps(txs))
    return str(path)


def new_statement(tmp_path) -> str:
    """One more receipt of B1's, not imported yet."""
    path = tmp_path / "more.json"
    path.write_text(json.dumps([esplora(5, [(OUT, 100_700)], [(B1, 100_000)], time=T0 + 4 * DAY, fee=700)]))
    return str(path)


@pytest.fixture
def registered(es, tmp_path):
    """The El Salvador sample with a descriptor registered to its cold wallet (its first address on each branch and
    the 20 unused after it), a Taproot address to its hot wallet, and a chain statement imported."""
    es.add_descriptor(COLD, ZPUB, 1)
    es.add_address(HOT, B1)
    es.import_chain([statement_file(tmp_path)])
    return es


def custody_page(qtbot, ws) -> CustodyTab:
    tab = CustodyTab(ws, AS_OF)
    qtbot.addWidget(tab)
    tab.resize(1320, 640)
    tab.show()
    qtbot.waitUntil(lambda: tab._task is None and not tab._stale and tab.view is not None, timeout=20_000)
    return tab


def cells(model, title: str) -> list[str]:
    c = next(i for i, col in enumerate(model.columns) if col.title == title)
    return [model.index(r, c).data() for r in range(model.rowCount())]



def test_the_custody_page_in_spanish_leaves_nothing_in_english(spanish, qtbot, registered):
    tab = custody_page(qtbot, registered)
    assert still_english(tab) == []
    assert [tab.pages.tabText(i) for i in range(3)] == [
        "Direcciones (43)", "Conciliación (2 billeteras difieren)", "Estados de la cadena (1)"]
    assert [tab.movements.tabText(i) for i in range(5)] == [
        "En la cadena, no en el libro (6)", "En el libro, no en la cadena (810)", "Entre billeteras propias (1)",
        "Diferencias de cantidad (0)", "Sin confirmar (0)"]
    summary = tab.summary.text()
    assert summary.startswith("Al 2025-01-31: 43 direcciones en 2 billeteras, 4 transacciones en la cadena de 1 "
                              "archivo")
    assert "sobre el tope de 500 BTC: 0" in summary and "el libro y la cadena difieren en 2 billeteras" in summary
    assert tab.add_button.text() == "Agregar dirección o descriptor…" and tab.stop_button.text() == "Detener"
    # the words core gives the page: why a key is public, a proposed entry's kind and note
    register = tab.register_model
    exposed = dict(zip(cells(register, "Dirección"), cells(register, "Clave expuesta"), strict=True))
    assert (exposed[A1], exposed[A2], exposed[B1]) == ("por gasto", "por gasto", "por Taproot")
    assert cells(register, "Reutilizada")[cells(register, "Dirección").index(B1)] == "sí"
    proposed = tab.proposed_model
    assert set(cells(proposed, "Tipo")) == {"comisión", "compra (supuesto)", "venta (supuesto)", "transferencia"}
    fee = [p.entry.reference for p in proposed.records].index(f"{txid(2)}:fee")
    assert cells(proposed, "Nota")[fee] == f"comisión de red de la transacción {txid(2)}"
    assert proposed.records[fee].entry.note == f"network fee of transaction {txid(2)}"  # stored in English
    assert cells(tab.transfer_model, "En el libro") == ["no"]
    # the filter's items are words; what it filters by is their code
    tab.flag_filter.setCurrentIndex(tab.flag_filter.findText("con clave expuesta"))
    assert sorted(cells(register, "Dirección")) == sorted([A1, A2, B1])
    tab.flag_filter.setCurrentIndex(tab.flag_filter.findText("reutilizadas"))
    assert cells(register, "Dirección") == [B1] and tab.register_count.text() == "1 dirección de 43"


def test_the_custody_dialogs_in_spanish_leave_nothing_in_english(spanish, qtbot, registered, tmp_path):
    address = AddressDialog(registered, wallet=COLD)
    qtbot.addWidget(address)
    assert still_english(address) == []
    assert address.windowTitle() == "Agregar dirección o descriptor"
    assert address.reading.text().startswith("Una dirección única, un descriptor de salida")
    address.text.setText(ZPUB)
    assert address.reading.text().startswith("Se lee como descriptor de salida")

    chain = ChainImportDialog(registered, paths=[new_statement(tmp_path)])
    qtbot.addWidget(chain)
    assert still_english(chain) == []
    assert chain.windowTitle() == "Importar estados de la cadena" and chain.format.itemText(0) == "Reconocer cada archivo"
    chain._run(dry_run=True)  # the import's summary, in core's words
    qtbot.waitUntil(lambda: chain.task is None, timeout=20_000)
    assert chain.summary.text() == ("Aún no se escribió nada: 1 archivo, transacciones leídas: 1; agregaría nuevas: 1 "
                                    "(sin confirmar, aparte: 0); ya conocidas: 0.")

    export = StatementDialog(registered, AS_OF)
    qtbot.addWidget(export)
    assert still_english(export) == []
    assert export.windowTitle() == "Exportar el estado al 2025-01-31"
    assert export.export_button.text() == "Exportar" and export.with_csv.text().startswith("Escribir también el CSV")


def test_the_custody_page_and_dialogs_in_english_are_unchanged(qapp, qtbot, registered, tmp_path):
    language.install("en")
    tab = custody_page(qtbot, registered)
    assert tab.pages.tabText(1) == "Reconciliation (2 wallets differ)"
    assert tab.summary.text().startswith("As of 2025-01-31: 43 addresses in 2 wallets, 4 chain transactions from 1 "
                                         "file")
    assert "Flags: 0 over the cap of 500 BTC, 1 reused, 3 with the public key exposed" in tab.summary.text()
    assert sorted(set(cells(tab.register_model, "Key exposed"))) == ["", "spent from", "taproot key path"]
    assert set(cells(tab.proposed_model, "Kind")) == {"fee", "purchase (guess)", "sale (guess)", "transfer"}
    assert f"network fee of transaction {txid(2)}" in cells(tab.proposed_model, "Note")
    assert tab.movements.tabText(1) == "In the ledger, not on the chain (810)"
    tab.flag_filter.setCurrentText("reused")
    assert tab.register_count.text() == "1 address of 43"
    chain = ChainImportDialog(registered, paths=[new_statement(tmp_path)])
    qtbot.addWidget(chain)
    chain._run(dry_run=True)
    qtbot.waitUntil(lambda: chain.task is None, timeout=20_000)
    assert chain.summary.text() == ("Nothing written yet: 1 file, 1 transactions read: would add 1 new (0 unconfirmed, "
                                    "kept apart), 0 already known.")


def test_figures_follow_spains_formats(spanish, spain, qtbot, registered):
    """es_ES writes 0,00598500 BTC and a cap of 500 BTC as "500" (the cap's decimals were cut at a point Spain does
    not write: "500,")."""
    registered.set_address_cap(0.005)
    tab = custody_page(qtbot, registered)
    balances = dict(zip(cells(tab.register_model, "Dirección"), cells(tab.register_model, "Saldo (BTC)"), strict=True))
    assert balances[B1] == "0,00598500"
    assert "sobre el tope de 0,005 BTC: 1" in tab.summary.text()
    registered.set_address_cap(500)
    registered.invalidate(None)
    tab.reload()
    qtbot.waitUntil(lambda: tab._task is None and "500 BTC: 0" in tab.summary.text(), timeout=20_000)
    assert "sobre el tope de 500 BTC: 0;" in tab.summary.text()


def test_a_secret_is_refused_in_spanish_under_the_field(spanish, qtbot, registered):
    """The register's refusal (core's words, worded in the worker) reads in the interface's language."""
    dialog = AddressDialog(registered, wallet=HOT)
    qtbot.addWidget(dialog)
    dialog.text.setText(WIF)
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    shown = dialog.field_errors.shown()["text"]
    assert shown.startswith("esto contiene una clave privada (WIF): da el control de los fondos") and WIF not in shown
    assert dialog.text.text() == ""
    dialog.text.setText(A1[:-1] + "x")  # a typo: the address's checksum
    dialog._accept()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "no es una dirección bitcoin válida" in dialog.field_errors.shown()["text"]


def test_the_statements_exact_amounts_follow_spains_formats_and_its_csv_stays_plain(spanish, spain):
    from desktop.core.custody.statement import UNATTRIBUTED, btc_text
    from desktop.core.i18n import translate

    assert btc_text(12_345_678_901_234) == "123.456,78901234" and btc_text(-5) == "-0,00000005"
    assert btc_text(123_456_789_012, grouped=False) == "1234.56789012"  # a CSV or JSON number
    assert translate("statement", UNATTRIBUTED).startswith("movimientos de una billetera de Bitcoin Core")


def test_the_statements_amounts_in_english_are_unchanged():
    from desktop.core.custody.statement import btc_text

    assert btc_text(123_456_789_012) == "1,234.56789012" and btc_text(150_000_000, grouped=False) == "1.50000000"


def test_an_import_refused_lists_its_problems_in_spanish(spanish, qtbot, registered, tmp_path):
    """A statement giving another fee for a known transaction: the problem's place and field as the file names them,
    its reason in Spanish, and the count agreeing with it."""
    path = tmp_path / "other-fee.json"
    path.write_text(json.dumps([esplora(1, [(OUT, 1_000_600)], [(A1, 1_000_000)], fee=600)]))
    dialog = ChainImportDialog(registered, paths=[str(path)])
    qtbot.addWidget(dialog)
    dialog._run(dry_run=True)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.summary.text().startswith("No se escribió nada: 1 problema abajo")
    [problem] = dialog.problems.records
    assert (problem.file, problem.where, problem.field) == ("other-fee.json", "[0]", "fee")
    assert problem.reason == f"600 sat, pero otro estado da 500 sat para la transacción {txid(1)}"
    assert still_english(dialog) == []
