"""Issue 22, item 2: the methodology in Spanish (what Help > Methodology and the PDF summary's last section show when
the interface is in Spanish) is the whole English text, section for section: the same headings, tables, code,
figures and addresses, each heading translated, shipped with the app, and under the same rules as every shipped
text (public sources, no project files, identifiers only in code type)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter

from conftest import PROJECT_ROOT
from test_desk_sources import FORMULA, PROJECT_FILES, SNAKE, shipped_resources

ENGLISH = PROJECT_ROOT / "resources" / "methodology.md"
SPANISH = PROJECT_ROOT / "resources" / "methodology.es.md"
PROPER_NAMES = {"Monte Carlo"}  # a heading that is the same word in both languages
# figures the Spanish writes in words or in full: "14th General Review" is "Decimocuarta Revisión General", and
# Pakistan's "FY25" is its "ejercicio fiscal 2025"
WRITTEN_OUT = Counter({"14": 2, "25": 1})


def _texts() -> tuple[str, str]:
    return ENGLISH.read_text(encoding="utf-8"), SPANISH.read_text(encoding="utf-8")


def headings(text: str) -> list[tuple[int, str]]:
    return [(len(m[1]), m[2].strip()) for m in re.finditer(r"^(#{1,6})\s+(.*)$", text, re.M)]


def code_spans(text: str) -> Counter:
    """Every span in code type, its spaces and line breaks folded (a span may wrap across lines)."""
    return Counter(" ".join(span.split()) for span in re.findall(r"`([^`]+)`", text))


def table_rows(text: str) -> list[int]:
    """The number of cells of each table row, in order."""
    return [line.strip().strip("|").count("|") + 1 for line in text.splitlines() if line.lstrip().startswith("|")]


def numbers(text: str) -> Counter:
    return Counter(re.findall(r"\d+(?:[.,]\d+)*", re.sub(r"`[^`]*`", "", text)))


def addresses(text: str) -> list[str]:
    return re.findall(r"https?://[^\s)]+|\b[\w.-]+\.(?:org|com|int|net)/[^\s);,]*", text)


def test_the_spanish_methodology_has_every_heading_translated_in_the_same_order():
    english, spanish = _texts()
    en, es = headings(english), headings(spanish)
    assert [level for level, _ in es] == [level for level, _ in en]
    assert len(es) == len(en) == 26
    untranslated = [title for (_, title), (_, original) in zip(es, en, strict=True)
                    if title == original and title not in PROPER_NAMES]
    assert untranslated == []
    assert es[0] == (1, "Reserve Desk — metodología")
    # a heading's code stays the command users type
    assert ("### Modelo de confianza: qué prueba `audit verify`") in spanish.splitlines()


def test_the_spanish_methodology_keeps_the_tables_code_figures_and_addresses():
    english, spanish = _texts()
    assert table_rows(spanish) == table_rows(english) and len(table_rows(english)) == 9
    assert code_spans(spanish) == code_spans(english)
    assert addresses(spanish) == addresses(english) == ["owasp.org/www-community/attacks/CSV_Injection"]
    # every figure of the English is in the Spanish as often, in the English's 1,234.56 form (one text for every
    # locale), except the two the Spanish writes out
    assert numbers(english) - numbers(spanish) == WRITTEN_OUT
    flat = " ".join(spanish.split())
    assert "DEG 1,033.92 millones" in flat and "US$1.3281 por DEG" in flat


def test_the_spanish_methodology_uses_the_glossary_terms():
    spanish = " ".join(_texts()[1].split()).lower()
    for term in ("Servicio Ampliado del FMI (SAF)", "evaluación de la suficiencia de reservas (ARA)", "cuota", "recompras", "cargos", "sobretasas", "DEG",
                 "reservas internacionales netas", "RIN", "suficiencia de reservas", "valor en riesgo (VaR)",
                 "déficit esperado (ES)", "pruebas retrospectivas (backtesting)", "escenario de tensión",
                 "libro de movimientos", "billetera", "fecha de evaluación", "referencia estructural",
                 "comisión por compromiso de recursos", "crédito pendiente de reembolso", "informe del personal técnico",
                 "Directorio Ejecutivo", "caída desde el máximo", "rendimientos"):
        assert term.lower() in spanish, term
    prose = re.sub(r"`[^`]*`", "", spanish)
    # the glossary's "never" (an arrangement is an "acuerdo", a return a "rendimiento"; a carriage return is a
    # "retorno de carro"), and English words left in the prose
    for avoided in (r"\barreglo", r"\bretornos?\b(?! de carro)", r"\bstress", r"\bwallets?\b", r"\bledger"):
        assert not re.search(avoided, prose.lower()), avoided


def test_the_spanish_methodology_ships_and_follows_the_rules_of_every_shipped_text():
    assert SPANISH in shipped_resources()  # the wheel force-includes it beside the English
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"][
        "resources/methodology.es.md"] == "desktop/_resources/methodology.es.md"
    spec = (PROJECT_ROOT / "build" / "reserve-desk.spec").read_text(encoding="utf-8")
    assert 'glob("methodology*.md")' in spec and SPANISH in sorted(SPANISH.parent.glob("methodology*.md"))
    text = SPANISH.read_text(encoding="utf-8")
    assert not PROJECT_FILES.search(text), PROJECT_FILES.search(text).group()
    prose = re.sub(r"`[^`]*`", "", text)
    assert [name for name in SNAKE.findall(prose) if not FORMULA.match(name)] == []
    assert not re.search(r"\bissue\b|\.py\b|resources/", text, re.I)


def test_help_methodology_in_spanish_opens_the_spanish_text_rendered(qapp):
    from PySide6.QtWidgets import QTextBrowser

    from desktop.resources import methodology_path

    assert methodology_path("es") == SPANISH.resolve() or methodology_path("es").name == "methodology.es.md"
    assert methodology_path("en").name == "methodology.md"
    browser = QTextBrowser()
    browser.setMarkdown(methodology_path("es").read_text(encoding="utf-8"))
    shown = browser.toPlainText()
    assert shown.startswith("Reserve Desk — metodología")
    for raw in ("**", "##", "|---", "`", "](", "\\*"):
        assert raw not in shown, raw
    assert "Unidades y signos" in shown and "Modelo de confianza: qué prueba audit verify" in shown
    browser.deleteLater()


def test_the_translation_ends_where_the_english_does():
    """The Spanish ends with the English's last source, so no section was left half-written."""
    english, spanish = _texts()
    assert english.rstrip().endswith("as any block explorer shows them).")
    assert spanish.rstrip().endswith("tal como\n  los muestra cualquier explorador de bloques).")
