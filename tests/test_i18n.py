"""Translations: Qt's lupdate finds every text marked in the code, each .ts entry is finished, lrelease compiles
them, the window reads them at start, core's words go through the same translators, and the language is chosen
and remembered as View > Language says."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from desktop.core import i18n
from desktop.gui import language, locale_formats
from tests.i18n_walk import i18n_build

ROOT = Path(__file__).resolve().parents[1]
ACCESS_KEY = re.compile(r"(?<![A-Z])&(?!&)\w|(?<=[A-Z])&(?=[a-z])")  # &File, E&xport; not P&L, S&P or &&


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name"), message.findtext("source")): message
            for context in ET.parse(ts).iter("context") for message in context.iter("message")}


def test_core_words_are_the_english_sources_until_a_translator_is_installed():
    assert i18n.translate("Ctx", "Risk") == "Risk"
    assert i18n.translate("Ctx", "%n day(s)", None, 3) == "3 day(s)"  # as Qt replaces %n
    i18n.install(lambda context, text, disambiguation=None, n=-1: f"[{context}] {text}")
    try:
        assert i18n.translate("Ctx", "Risk") == "[Ctx] Risk"
    finally:
        i18n.install(None)
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Risk") == "Risk"


def test_every_marked_text_is_in_its_areas_ts_and_every_entry_is_finished(tmp_path, monkeypatch):
    """A text marked in the code but missing from the .ts (lupdate not run) or left unfinished fails, naming it."""
    committed = {ts.stem: messages(ts) for ts in (ROOT / "resources" / "i18n" / "es").glob("*.ts")}
    monkeypatch.setattr(i18n_build, "I18N", tmp_path)
    i18n_build.update()
    fresh = {ts.stem: messages(ts) for ts in (tmp_path / "es").glob("*.ts")}
    assert {a: set(m) for a, m in fresh.items()} == {a: set(m) for a, m in committed.items()}, \
        "run: python build/i18n.py update, then translate the new entries"
    for area, entries in committed.items():
        for (context, source), message in entries.items():
            translation = message.find("translation")
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            assert translation.get("type") is None and all(texts), f"{area}.ts: {context}: {source!r} unfinished"
            for placeholder in ("{", "%n"):
                if placeholder in source:
                    assert all(placeholder in t for t in texts), f"{area}.ts: {source!r} lost {placeholder!r}"
            if ACCESS_KEY.search(source):  # a menu entry's or a button's underlined letter, not the & of "P&L"
                assert all(ACCESS_KEY.search(t) for t in texts), f"{area}.ts: {source!r} lost its access key"


def test_release_compiles_each_ts_with_qts_lrelease():
    written = i18n_build.release()
    sources = sorted((ROOT / "resources" / "i18n").glob("*/*.ts"))
    assert [qm.with_suffix(".ts") for qm in written] == sources
    assert all(qm.stat().st_size > 0 for qm in written)


def test_a_plural_passed_to_translate_gets_numerus_forms(tmp_path):
    ts = tmp_path / "core.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
                  "<context><name>C</name><message><source>%n wallet(s)</source>"
                  '<translation type="unfinished"></translation></message>'
                  "<message><source>Risk</source><translation>Riesgo</translation></message></context></TS>")
    i18n_build.mark_plurals(ts)
    found = messages(ts)
    assert found[("C", "%n wallet(s)")].get("numerus") == "yes"
    assert found[("C", "%n wallet(s)")].find("translation/numerusform") is not None
    assert found[("C", "Risk")].get("numerus") is None


def test_each_part_of_the_code_has_its_own_file():
    desktop = ROOT / "desktop"
    assert i18n_build.area_of(desktop / "gui" / "tabs" / "risk.py") == "tab_risk"
    assert i18n_build.area_of(desktop / "gui" / "dialogs" / "custody.py") == "dialog_custody"
    assert i18n_build.area_of(desktop / "gui" / "main_window.py") == "gui_main_window"
    assert i18n_build.area_of(desktop / "report" / "pdf.py") == "report"
    assert i18n_build.area_of(desktop / "core" / "summary.py") == "core_summary"
    assert i18n_build.area_of(desktop / "core" / "engine" / "backtest.py") == "core_engine"
    assert i18n_build.area_of(desktop / "cli.py") == "cli"


def test_in_spanish_the_window_and_qts_own_dialogs_speak_spanish(qtbot, spanish):
    from desktop.gui.main_window import TAB_TITLES, MainWindow

    window = MainWindow(None)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(len(TAB_TITLES))][:3] == ["Vista general", "Tenencias", "Riesgo"]
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&Archivo", "&Editar", "&Ver"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own, qtbase_es
    assert i18n.translate("MainWindow", "Risk") == "Riesgo"  # core's words go through the same translators
    # the language changes the words, never the number formats: those are the system's (C: read as en_US)
    assert QLocale() == locale_formats.number_locale(QLocale.system())


def test_back_in_english_nothing_is_translated(qapp, spanish):
    language.install("en")
    assert i18n.translate("MainWindow", "Risk") == "Risk"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_language_follows_the_system_only_when_wholly_translated(monkeypatch, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(language, "system_language", lambda: "es")
    assert language.COMPLETE == ("en", "es")
    assert language.chosen(settings) == "es"  # an es_SV or es_ES system starts in Spanish
    monkeypatch.setattr(language, "system_language", lambda: "fr")
    assert language.chosen(settings) == "en"  # a language the app does not speak: English
    monkeypatch.setattr(language, "system_language", lambda: "es")
    monkeypatch.setattr(language, "COMPLETE", ("en",))
    assert language.chosen(settings) == "en"  # a translation still being written is offered, never imposed
    monkeypatch.setattr(language, "COMPLETE", ("en", "es"))
    settings.setValue(language.SETTING, "en")
    assert language.chosen(settings) == "en"  # the user's choice wins
    settings.setValue(language.SETTING, "xx")
    assert language.chosen(settings) == "es"  # a value no release knows is ignored


def test_view_language_remembers_the_choice_for_the_next_start(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.main_window import MainWindow

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    entries = next(a.menu() for a in view.actions() if a.text() == "&Language").actions()
    assert [a.text() for a in entries] == ["&English", "E&spañol"]
    assert entries[0].isChecked() and not entries[1].isChecked()
    entries[1].trigger()
    assert settings.value(language.SETTING) == "es" and "Español" in said[0] and "next start" in said[0]
    assert entries[1].isChecked()


def test_the_wheels_build_hook_compiles_the_translations():
    """An install from source (pip install ., or -e as the test command does) runs the hook: the .qm files exist."""
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    for qm in (ROOT / "resources" / "i18n").glob("*/*.qm"):
        qm.unlink()
    hook = hatch_build.TranslationsHook(str(ROOT), {}, None, None, str(ROOT / "dist"), "wheel")
    hook.initialize("editable", {})
    assert sorted(qm.with_suffix(".ts") for qm in (ROOT / "resources" / "i18n").glob("*/*.qm")) == \
        sorted((ROOT / "resources" / "i18n").glob("*/*.ts"))


def test_the_walk_finds_a_marked_text_shown_in_english(qtbot, spanish):
    """The tool every Spanish test uses: a text shown without passing through the translators is found."""
    from PySide6.QtWidgets import QLabel

    from desktop.gui.main_window import MainWindow
    from tests.i18n_walk import still_english, visible_texts

    window = MainWindow(None)
    qtbot.addWidget(window)
    assert not [t for t in still_english(window) if t[0] in ("tab", "menu")]
    stale = QLabel("Risk", window)  # as if built without tr()
    assert ("QLabel", "Risk") in visible_texts(window) and ("QLabel", "Risk") in still_english(window)
    stale.deleteLater()


def test_update_keeps_the_plural_forms_a_translator_wrote(tmp_path):
    """lupdate does not see a plural passed to translate(): it cut a translator's two forms to one, unfinished,
    at every update (the audit dialog's counts). They are put back."""
    before = tmp_path / "before.ts"
    before.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
                      '<context><name>C</name><message numerus="yes"><source>%n entries</source><translation>'
                      "<numerusform>%n entrada</numerusform><numerusform>%n entradas</numerusform>"
                      "</translation></message></context></TS>")
    after = tmp_path / "after.ts"  # what lupdate writes: one form, unfinished
    after.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
                     '<context><name>C</name><message><source>%n entries</source><translation type="unfinished">'
                     "%n entrada</translation></message></context></TS>")
    i18n_build.mark_plurals(after)
    i18n_build.restore_plurals(after, i18n_build.plural_forms(before))
    message = messages(after)[("C", "%n entries")]
    translation = message.find("translation")
    assert [f.text for f in translation.iter("numerusform")] == ["%n entrada", "%n entradas"]
    assert translation.get("type") is None
