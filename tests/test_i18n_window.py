"""The main window in Spanish: its menus, their tips and underlined letters, the toolbar, the status bar and the
keyboard shortcuts dialog; in English, the same words as before."""

from __future__ import annotations

from tests.i18n_walk import still_english


def build(qtbot, sample_copy):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("el-salvador"))
    window._fill_recent()
    return window


def entries(window) -> dict[str, dict[str, str]]:
    """Menu title -> {entry's text: its status tip}, for every menu and submenu."""
    found: dict[str, dict[str, str]] = {}

    def walk(menu, title):
        found[title] = {a.text(): a.statusTip() for a in menu.actions() if not a.isSeparator()}
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), action.text())

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return found


def distinct_letters(window) -> None:
    for title, menu in entries(window).items():
        letters = []
        for text in menu:
            assert "&" in text.replace("&&", ""), f"{title} > {text}: no underlined letter"
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), f"{title}: a letter underlined twice: {sorted(letters)}"


def test_the_window_in_spanish_has_no_english_left_in_its_menus_toolbar_and_status_bar(spanish, qtbot, sample_copy):
    from desktop.core.io.importers import IMPORTERS

    window = build(qtbot, sample_copy)
    core_labels = {importer.menu_label.replace("&", "") for importer in IMPORTERS.values()}  # core's area: its own .ts
    assert [t for t in still_english(window.menuBar()) if t[1] not in core_labels] == []
    assert [t for t in still_english(window) if t[1] not in core_labels] == []
    menus = entries(window)
    assert menus["&Archivo"]["Exportar resumen en &PDF…"] == "El resumen en PDF que leen el ministro y la misión del FMI"
    assert "Agregar &transacción…" in menus["&Editar"] and "&Deshacer" in menus["&Editar"]
    assert menus["&Herramientas"]["&Ejecutar el escenario seleccionado"] == \
        "Ejecutar el escenario seleccionado en Escenarios de tensión"
    assert "&Metodología" in menus["Ay&uda"] and "Re&cargar el espacio de trabajo" in menus["&Ver"]
    assert set(menus["&Nuevo desde un ejemplo…"]) == {"&El Salvador (datos públicos)", "&Pakistán (datos públicos)",
                                                       "&Vacío"}
    status = window.status_workspace.text()
    assert status.startswith("Espacio de trabajo: ") and "esquema" in status and "transacciones" in status


def test_every_spanish_menu_entry_has_its_own_underlined_letter(spanish, qtbot, sample_copy):
    distinct_letters(build(qtbot, sample_copy))


def test_the_read_only_banner_and_title_in_spanish(spanish, qtbot, sample_copy):
    from desktop.gui.main_window import MainWindow

    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    window.open_workspace(sample_copy("el-salvador"), read_only=True, reason="otro programa lo escribe")
    assert "(solo lectura)" in window.windowTitle()
    assert "está abierto en solo lectura" in window.read_only_banner.text()
    assert "otro programa lo escribe" in window.read_only_banner.text()


def test_the_shortcuts_dialog_in_spanish(spanish, qtbot, sample_copy):
    from desktop.gui.shortcuts_dialog import ShortcutsDialog

    window = build(qtbot, sample_copy)
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == "Atajos de teclado"
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Archivo > Abrir…" in rows and "Cerrar un diálogo sin cambiar nada" in rows
    assert dialog.table.horizontalHeaderItem(0).text() == "Acción"


def test_english_is_unchanged(qtbot, sample_copy):
    window = build(qtbot, sample_copy)
    menus = entries(window)
    assert menus["&File"]["Export PDF &summary…"] == "The PDF summary the minister and the IMF mission read"
    assert "Add &transaction…" in menus["&Edit"]
    assert set(menus["&Export"]) == {"&Transactions CSV…", "&Prices CSV…", "All to &Excel…"}
    assert window.status_workspace.text().startswith("Workspace: ")
    assert window.status_workspace.text().endswith(" transactions")
    distinct_letters(window)


def test_edit_undo_names_the_step_in_each_languages_way(qtbot, sample_copy, request):
    from PySide6.QtGui import QUndoCommand

    def menu_texts(window):
        edit = window.menuBar().actions()[1].menu()
        return [a.text() for a in edit.actions()[:2]]

    for language, expected in (("en", ["&Undo Delete 2 stored runs", "&Redo"]),
                               ("es", ["&Deshacer: Delete 2 stored runs", "&Rehacer"])):
        if language == "es":
            request.getfixturevalue("spanish")
        window = build(qtbot, sample_copy)
        assert menu_texts(window) == ([ "&Undo", "&Redo"] if language == "en" else ["&Deshacer", "&Rehacer"])
        window.undo_stack.push(QUndoCommand("Delete 2 stored runs"))  # the step's own words, as a command names it
        assert menu_texts(window) == expected
        window.undo_stack.undo()
        assert menu_texts(window)[1] == expected[0].replace("&Undo", "&Redo").replace("&Deshacer", "&Rehacer")
        assert window.menuBar().actions()[1].menu().actions()[1].isEnabled()
