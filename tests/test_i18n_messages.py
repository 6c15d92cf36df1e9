"""The messages users read when their input is refused or the store refuses something, in Spanish: an import's
problems name the row and the file's own column (never translated) with the reason in Spanish; the workspace's
refusals (locked, read-only) too; in English nothing changes, and the command line's JSON stays English whatever
the system's language."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from PySide6.QtCore import QLocale

from desktop.core.domain import Wallet
from desktop.core.io.fields import InputError
from desktop.core.io.import_report import ImportReport
from desktop.core.io.importers import IMPORTERS, ImportOptions
from desktop.core.io.prices_csv import import_prices
from desktop.core.io.transactions_csv import COLUMNS, import_transactions
from desktop.core.store.lock import WorkspaceLocked
from desktop.core.workspace import Workspace
from tests.conftest import cli_command

BAD_PRICES = "date,close\n2024-01-02,abc\n2024-01-03,42000\n2024-13-01,43000\n"
BAD_LEDGER = ",".join(COLUMNS) + "\n2024-01-02,purchase,Cold,,BTC,2,40000,10,,R1,\n2024-01-03,gift,Cold,,BTC,1,,,,R2,\n" \
    "2024-01-04,sale,Vault,,BTC,1,41000,,,R3,\n"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "ws.db", "empty")
    w.add_wallet(Wallet(name="Cold", kind="cold"))
    yield w
    w.close()


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_bad_prices_file_is_refused_in_spanish_naming_row_and_column(spanish, ws, tmp_path):
    report = import_prices(ws.store, write(tmp_path, "precios.csv", BAD_PRICES))
    assert [(p.row, p.field) for p in report.invalid] == [(2, "close"), (4, "date")]  # the file's own column names
    assert report.invalid[0].reason == "'abc' no es un número"
    assert str(report.invalid[1]) == "fila 4, campo «date»: '2024-13-01' no es una fecha con la forma AAAA-MM-DD"
    assert report.summary() == ("precios.csv: filas leídas: 3, nuevas: 1, duplicadas: 0, no válidas: 2; la importación "
                                "quedó bloqueada (2 filas no válidas bloquean la importación); no se agregó nada")
    assert not report.written


def test_a_bad_transactions_file_is_refused_in_spanish_naming_row_and_column(spanish, ws, tmp_path):
    report = import_transactions(ws.store, write(tmp_path, "libro.csv", BAD_LEDGER))
    assert [str(p) for p in report.invalid] == [
        "fila 3, campo «kind»: 'gift' no es uno de estos: purchase, sale, mining, seizure, transfer, donation, fee",
        "fila 4, campo «wallet»: billetera desconocida 'Vault'; agréguela primero"]
    with pytest.raises(InputError) as refused:  # a header without the ledger's columns: the whole file
        import_transactions(ws.store, write(tmp_path, "otro.csv", "date,kind,qty\n2024-01-02,purchase,1\n"))
    assert str(refused.value).startswith("otro.csv: fila 1: faltan columnas: wallet, to_wallet, asset, quantity")
    assert "columnas desconocidas: qty" in str(refused.value)


def test_a_whole_file_refused_in_spanish_is_still_tabulated_by_row_and_column(spanish, ws, tmp_path):
    """The window lists a whole file's problems by row and column: it reads them back from the Spanish words."""
    header = "date,gross_reserves_usd,short_term_debt_usd,other_liabilities_usd,broad_money_usd,exports_usd," \
             "imports_usd,remittances_usd,regime"
    path = write(tmp_path, "macro.csv", header + "\n2024-12-31,-5,1,1,1,1,1,1,\n2024-12-31,5,1,1,1,1,1,1,pegged\n")
    result = IMPORTERS["macro"](ws.store, path, ImportOptions())
    assert result.summary() == "macro.csv: rechazado, no se agregó nada (2 problemas)"
    assert [(p.row, p.field) for p in result.invalid] == [(2, "gross_reserves_usd"), (3, "regime")]
    assert result.invalid[0].reason == "-5 debe estar entre 0 y 1e14 US$"


def test_the_import_menus_titles_are_spanish(spanish):
    assert IMPORTERS["prices"].title == "Importar precios (CSV)"
    assert IMPORTERS["transactions"].menu_label == "CSV de &transacciones…"
    assert IMPORTERS["program"].file_filter.startswith("Archivos JSON (*.json)")


def test_a_locked_workspace_is_said_in_spanish(spanish, tmp_path):
    """Another program holds the workspace: who holds it, and what the user can do, in Spanish; opened read-only
    anyway, a change is refused saying why."""
    import fcntl

    from desktop.core.store.store import StoreError

    path = tmp_path / "reservas.db"
    Workspace.create(path, "empty").close()
    holder = os.open(path.with_name("reservas.db.lock"), os.O_RDWR)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as another Reserve Desk would hold it
        os.write(holder, json.dumps({"pid": 4242, "user": "maria", "host": "DESK-7", "path": str(path)}).encode())
        with pytest.raises(WorkspaceLocked) as locked:
            Workspace.open(path)
        assert str(locked.value) == ("reservas.db está abierto para escritura por maria (proceso 4242 en DESK-7); "
                                     "ábralo en solo lectura, o antes ciérrelo allí")
        ws = Workspace.open(path, read_only=True)
        try:
            with pytest.raises(StoreError) as refused:
                ws.store.check_writable()
            assert str(refused.value) == ("reservas.db está abierto en solo lectura, no se cambió nada: otro Reserve "
                                          "Desk lo tiene abierto para escritura")
        finally:
            ws.close()
    finally:
        os.close(holder)


def test_a_damaged_workspace_offers_its_backup_in_spanish(spanish, tmp_path):
    from desktop.core.store.store import DamagedWorkspace

    path = tmp_path / "reservas.db"
    ws = Workspace.create(path, "empty")
    ws.store.backup("before-import")
    ws.close()
    path.write_bytes(b"overwritten by another program" * 100)
    with pytest.raises(DamagedWorkspace) as damaged:
        Workspace.open(path)
    text = str(damaged.value)
    assert text.startswith("reservas.db: ya no es un archivo SQLite (sobrescrito o truncado). La copia de seguridad "
                           "más reciente es reservas-")
    assert text.endswith("o con Archivo > Restaurar desde una copia de seguridad.")


def test_a_refused_change_to_the_workspace_is_said_in_spanish_keyed_by_its_field(spanish, ws):
    """A dialog places each problem beside its field by the key before ': ' (never translated); the reason is
    Spanish."""
    with pytest.raises(InputError) as refused:
        ws.add_wallet(Wallet(name="Cold", kind="vault", cap_btc=-1))
    assert refused.value.problems == ["name: ya existe una billetera llamada 'Cold'",
                                      "kind: 'vault' no es uno de estos: cold, hot, multisig, exchange, custodial",
                                      "cap_btc: -1 debe ser mayor que 0 y como máximo 21,000,000"]


def test_a_restore_is_refused_in_spanish_and_its_audit_entry_keeps_the_english(spanish, tmp_path):
    """What a forced restore overrides is said in Spanish, and the audit log records it in English: a stored value
    is never translated."""
    import shutil

    from desktop.core.store import lock, restore

    path, other = tmp_path / "reservas.db", tmp_path / "otro.db"
    Workspace.create(path, "empty").close()
    Workspace.create(other, "empty").close()
    foreign = tmp_path / "copia.db"
    shutil.copyfile(other, foreign)
    lock.acquire(path)
    try:
        with pytest.raises(restore.RestoreRefused) as refused:
            restore.restore(path, foreign)
        assert str(refused.value).startswith("copia.db no se restaura: es de otro espacio de trabajo (id ")
        assert str(refused.value).endswith("--force la restaura de todos modos")
        done = restore.restore(path, foreign, force=True)
    finally:
        lock.release(path)
    assert done.candidate.overrides[0].startswith("es de otro espacio de trabajo")
    assert done.entry["overridden"][0].startswith("it is of another workspace (id ")
    assert done.entry["overridden"] == done.candidate.overrides_logged


def test_a_bad_chain_statement_is_refused_in_spanish_its_place_kept_for_the_custody_dialog(spanish, ws, tmp_path):
    """The reason is Spanish; the place in the file (row 2, [0]) stays as the custody dialog reads it."""
    from desktop.gui.dialogs.custody import Problem

    path = write(tmp_path, "estado.csv", "address,txid,block_time,delta_sat\n"
                                         "bc1qexampleaddress0000000000000,xyz,1735689600,1\n")
    with pytest.raises(InputError) as refused:
        ws.import_chain([path])
    [problem] = refused.value.problems
    assert problem == "estado.csv: row 2: txid: debe ser un id de transacción: 64 caracteres hexadecimales"
    assert Problem.read(problem) == Problem("estado.csv", "row 2", "txid",
                                            "debe ser un id de transacción: 64 caracteres hexadecimales")


def test_in_english_the_messages_are_unchanged(ws, tmp_path):
    report = import_prices(ws.store, write(tmp_path, "prices.csv", BAD_PRICES))
    assert str(report.invalid[0]) == "row 2: close: 'abc' is not a number"
    assert report.summary().startswith("prices.csv: 3 rows read, 1 new, 0 duplicates, 2 invalid; the import was blocked "
                                       "(2 invalid rows block the import)")
    ledger = import_transactions(ws.store, write(tmp_path, "ledger.csv", BAD_LEDGER))
    assert str(ledger.invalid[1]) == "row 4: wallet: unknown wallet 'Vault'; add it first"
    assert IMPORTERS["prices"].title == "Import prices (CSV)"


def test_counts_in_a_spanish_message_follow_the_locale(spanish):
    from desktop.gui import locale_formats

    locale_formats.install("es", QLocale("es_ES"))  # the fixture puts the machine's formats back
    report = ImportReport("prices", "p.csv", "date,close", rows_read=12345, new=12000, duplicates=345)
    assert report.summary().startswith("p.csv: filas leídas: 12.345, nuevas: 12.000, duplicadas: 345")


def test_the_command_lines_json_stays_english_under_a_spanish_system(tmp_path):
    path = write(tmp_path, "prices.csv", BAD_PRICES)
    Workspace.create(tmp_path / "cli.db", "empty").close()
    env = {**os.environ, "LANG": "es_SV.UTF-8", "LC_ALL": "es_SV.UTF-8", "LANGUAGE": "es"}
    done = subprocess.run([*cli_command(), "import", "prices", path, "--workspace", str(tmp_path / "cli.db"), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    out = json.loads(done.stdout)
    assert out["problems"][0] == "row 2: close: 'abc' is not a number"
    assert out["blocked_reason"] == "2 invalid rows block the import"


def test_the_reserves_as_of_note_in_spanish(spanish):
    import datetime as dt

    from desktop.core.workspace import reserves_as_of_note

    later = [dt.date(2025, 12, 31), dt.date(2026, 3, 31), dt.date(2026, 6, 30), dt.date(2026, 9, 30),
             dt.date(2026, 12, 31)]
    note = reserves_as_of_note(dt.date(2025, 11, 18), later, dt.date(2026, 12, 31))
    assert note == ("Al 2025-11-18: las RIN parten de la última observación de reservas hasta esa fecha; las "
                    "posteriores (2025-12-31, 2026-03-31, 2026-06-30 y 2 más) no se usan.")
