"""Translation for the parts of core whose words users read (the PDF summary's text, error messages).

Core never imports Qt, so the front end that has Qt's translators installs ``QCoreApplication.translate`` here
(``install``); until then, and in the command line's JSON, every text is the English source. Calls keep Qt's
signature, ``translate(context, text, disambiguation, n)``, so that Qt's ``lupdate`` finds them in core's modules
as it finds them in the window's; a text kept in a constant is marked with ``QT_TRANSLATE_NOOP(context, text)``
and translated where it is shown. ``%n`` in a text is replaced by ``n`` (Qt chooses the plural form by it).
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = {"en": "English", "es": "Español"}  # code -> the language's name in itself (View > Language)
SOURCE_LANGUAGE = "en"

Translator = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated
_language = SOURCE_LANGUAGE


def install(translator: Translator | None, language: str = SOURCE_LANGUAGE) -> None:
    """Translate into ``language`` through ``translator`` from now on (None: the English sources again)."""
    global _translator, _language
    _translator = translator or _untranslated
    _language = language if translator else SOURCE_LANGUAGE


def language() -> str:
    """The code of the language texts are translated into now ("en": the sources)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation in ``context`` without translating it (a constant, translated when shown)."""
    return text
