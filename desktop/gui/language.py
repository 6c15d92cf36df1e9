"""The interface's language: the one chosen in View > Language (remembered), else the system's when the app is
wholly translated into it, else English; Qt's translators for it and core's translate hook.

The language is set once, before the window is built: every widget reads its words as it is made, so a change
takes effect at the next start (View > Language says so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from ..core import i18n
from ..resources import resources_dir
from . import locale_formats

SETTING = "language"
# languages whose translation covers the whole window and the PDF: only these follow the system's locale
# unasked; another is offered in View > Language and marked as in progress
COMPLETE = ("en", "es")
_INSTALLED: list[QTranslator] = []
_DOCUMENTS: list[QTranslator] = []  # the command line's, installed in no application


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def chosen(settings: QSettings | None) -> str:
    saved = settings.value(SETTING) if settings is not None else None
    if saved in i18n.LANGUAGES:
        return saved
    return system_language() if system_language() in COMPLETE else i18n.SOURCE_LANGUAGE


def translation_files(language: str) -> list[str]:
    """The compiled translations of the app for ``language`` (one per area of the code)."""
    folder = resources_dir() / "i18n" / language
    return sorted(str(qm) for qm in folder.glob("*.qm")) if folder.is_dir() else []


def install(language: str) -> None:
    """Translate the app and Qt's own dialogs into ``language`` (English: the sources, no translator). Numbers are
    a matter of the system's locale, not of the language (``locale_formats``): a Spanish interface on an es_SV
    system writes 1,234.56, on es_ES 1.234,56."""
    app = QCoreApplication.instance()
    for translator in _INSTALLED:
        app.removeTranslator(translator)
    _INSTALLED.clear()
    _INSTALLED.extend(t for t in load(language, app) if app.installTranslator(t))
    i18n.install(QCoreApplication.translate if _INSTALLED else None, language)
    locale_formats.install(language)


def load(language: str, parent: QObject | None = None) -> list[QTranslator]:
    """Qt's own and the app's compiled translations into ``language``, loaded (none for English)."""
    if language == i18n.SOURCE_LANGUAGE:
        return []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for path, folder in [(f"qtbase_{language}", qt_folder), *((f, "") for f in translation_files(language))]:
        translator = QTranslator(parent)
        if translator.load(path, folder):
            loaded.append(translator)
    return loaded


def install_for_documents(language: str) -> None:
    """Translate core's words (the PDF's) into ``language`` and format numbers by the system's locale, with no
    application to install translators in (the command line): core asks the loaded translators directly."""
    _DOCUMENTS[:] = load(language)  # kept alive while core uses them

    def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = next((t for t in (x.translate(context, text, disambiguation, n) for x in _DOCUMENTS) if t), text)
        return found.replace("%n", str(n)) if n >= 0 else found  # as QCoreApplication.translate does

    i18n.install(translated if _DOCUMENTS else None, language)
    locale_formats.install(language)


def loaded_files() -> list[str]:
    """The translation files the installed translators loaded (Qt's own first)."""
    return [translator.filePath() for translator in _INSTALLED]
