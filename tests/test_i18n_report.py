"""The PDF summary and the statement of addresses in Spanish (issue 22): `reserve-desk report|statement --lang es`
writes every title, header, note and sentence of the summary's and the statement's own text in Spanish, numbers by
the system's locale, while `--lang en` and the command's JSON stay as they were."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import cli_command

from tests.i18n_walk import I18N

VALUATION = "2025-11-18"
TAPROOT = "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"  # BIP-86's first receive address
SECTION_TITLES_ES = ("Resumen ejecutivo", "Tenencias", "Riesgo", "Programa con el FMI", "Suficiencia de reservas",
                     "Pruebas de tensión", "Políticas de acumulación", "Supuestos, metodología y fuentes")
SECTION_TITLES_EN = ("Executive summary", "Holdings", "Risk", "IMF program", "Reserve adequacy", "Stress results",
                     "Accumulation policies", "Assumptions, methodology and sources")
METHODOLOGY_START = {"es": "Las convenciones siguientes son las que aplica la aplicación",
                     "en": "The conventions below are the ones the application applies"}


def run(*args: str, lang_env: str = "C.UTF-8") -> str:
    env = {**os.environ, "LC_ALL": lang_env, "LANG": lang_env, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([*cli_command(), *args], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def translated_sources(*areas: str) -> list[str]:
    """The English sources of these areas' .ts files whose Spanish differs (the texts a Spanish PDF must not show)."""
    return [m.findtext("source") for area in areas for m in ET.parse(I18N / "es" / f"{area}.ts").iter("message")
            if (m.find("translation").text or "") != m.findtext("source")]


def english_left(text: str, *areas: str) -> list[str]:
    """The English of these areas found in ``text``: any run of three or more words of a source between its
    placeholders and tags (a sentence, a note, a caption), and any short source (a title, a column header) standing
    as a line of its own."""
    lines = {" ".join(line.split()) for line in text.splitlines()}
    flat = " ".join(text.split())
    found = []
    for source in translated_sources(*areas):
        for part in re.split(r"\{\w+\}|<[^>]+>|%n", source):
            part = " ".join(part.split()).strip(" .,;:()'\"")
            if len(part.split()) >= 3 and part in flat:
                found.append(part)
        if not re.search(r"\{\w+\}|<", source) and source in lines:
            found.append(source)
    return found


def own_text(text: str, language: str) -> str:
    """The summary's own text: up to the methodology document it quotes (its file, with its sources' English titles)."""
    return text.split(METHODOLOGY_START[language])[0]


@pytest.fixture(scope="module")
def reports(sample_files, tmp_path_factory, compiled_translations):  # the .qm files the command loads
    """The El Salvador sample with five years of daily closes and a stored stress run: its summary in Spanish, in
    English, and with no --lang on an es_ES system; each command's JSON."""
    folder = tmp_path_factory.mktemp("i18n-report")
    ws = folder / "es.db"
    shutil.copyfile(sample_files["el-salvador"], ws)
    import datetime as dt

    import numpy as np

    rng = np.random.default_rng(5)
    closes = 92_949 * np.cumprod(np.r_[1.0, 1 + rng.standard_t(4, 1899) * 0.02])[::-1]  # ends on the sample's price
    start = dt.date(2020, 8, 1)
    prices = folder / "btc.csv"
    prices.write_text("date,close\n" + "".join(f"{start + dt.timedelta(days=i)},{p:.2f}\n" for i, p in enumerate(closes)))
    run("import", "prices", str(prices), "--workspace", str(ws), "--accept-implausible")
    run("simulate", "--scenario", "btc-ftx-2022", "--workspace", str(ws), "--save")
    out = {}
    for key, args, env in (("es", ["--lang", "es"], "C.UTF-8"), ("en", ["--lang", "en"], "C.UTF-8"),
                           ("es_ES", [], "es_ES.UTF-8"), ("default", [], "C.UTF-8")):
        pdf = folder / f"{key}.pdf"
        printed = json.loads(run("report", "--workspace", str(ws), "--out", str(pdf), *args, lang_env=env))
        out[key] = (pdf_text(pdf), printed)
    return out


def test_the_summary_in_spanish_leaves_no_english_of_its_own(reports):
    text, _ = reports["es"]
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert set(SECTION_TITLES_ES) <= lines, set(SECTION_TITLES_ES) - lines
    for phrase in ("Tenencias por billetera", "VaR a 1 día", "Prueba retrospectiva del VaR a un día 99%",
                   "Semáforo (últimos 250 días)", "Indicadores del crédito del Fondo", "RIN en las fechas de evaluación",
                   "Ejecución 1: cifras clave", "Valores predeterminados y fuentes utilizadas", "Página 1 de ",
                   "Generado el ", "Huella de los datos (SHA-256)"):
        assert phrase in text, phrase
    assert english_left(own_text(text, "es"), "core_summary", "report") == []
    assert not set(SECTION_TITLES_EN) & lines and "Page 1 of " not in text


def test_the_check_finds_the_english_it_looks_for(reports):
    """The English summary fails the check that the Spanish one passes: it would catch an untranslated text."""
    text, _ = reports["en"]
    left = english_left(own_text(text, "en"), "core_summary", "report")
    assert {"Executive summary", "Holdings by wallet", "Days tested"} <= set(left)
    assert {"the ledger holds", "Reserve adequacy on"} <= set(left)  # a sentence's words, a caption's


def test_in_english_the_summary_and_the_json_are_as_before(reports):
    text, printed = reports["en"]
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert set(SECTION_TITLES_EN) <= lines and "Page 1 of " in text and "Holdings by wallet" in text
    assert not set(SECTION_TITLES_ES) & lines and "Página" not in text
    default_text, default_printed = reports["default"]  # a C locale: English, as before --lang
    assert "Executive summary" in default_text and "Resumen ejecutivo" not in default_text
    spanish = reports["es"][1]
    for key in ("sections", "inputs_digest", "paper", "pages"):  # the JSON is the command's, in English, either way
        assert printed[key] == default_printed[key]
    assert spanish["sections"] == printed["sections"] == ["summary", "holdings", "risk", "program", "adequacy", "stress",
                                                          "planner", "methodology"]
    assert spanish["inputs_digest"] == printed["inputs_digest"]


def test_an_es_es_system_gets_the_summary_in_spanish_with_its_numbers(reports):
    text, printed = reports["es_ES"]
    assert "Resumen ejecutivo" in text and "Tenencias por billetera" in text
    # Spain writes the decimal with ',' and groups with '.' from five digits (Qt's rules for es_ES)
    assert "7474,37 BTC" in text and "US$92.949 por BTC" in text and "US$694,7 mill." in text
    assert "7,474.37 BTC" in reports["es"][0]  # a C system reads as en_US (El Salvador writes the same)
    assert re.fullmatch(r"[0-9a-f]{64}", printed["inputs_digest"])


def test_the_statement_in_spanish(sample_files, tmp_path, compiled_translations):
    ws = tmp_path / "es.db"
    shutil.copyfile(sample_files["el-salvador"], ws)
    run("addresses", "add", "--workspace", str(ws), "--address", TAPROOT, "Reserve address 01")
    texts = {}
    for language in ("es", "en"):
        pdf = tmp_path / f"statement-{language}.pdf"
        printed = json.loads(run("statement", "--workspace", str(ws), "--date", VALUATION, "--out", str(pdf),
                                 "--lang", language))
        assert printed["title"] == f"Statement of public-sector bitcoin addresses and balances as of {VALUATION}"
        texts[language] = pdf_text(pdf)
    es, en = texts["es"], texts["en"]
    for phrase in (f"Estado de direcciones y saldos de bitcoin del sector público al {VALUATION}", "Saldos por billetera",
                   "Direcciones de Reserve address 01", "Billetera fría", "1 dirección registrada",
                   "Dirección y ruta de derivación", "expuesta", "Cómo se obtienen las cifras", "Certificación", "Firma",
                   "Cargo", "Página 1 de "):
        assert phrase in es, phrase
    assert english_left(es, "report") == []
    assert TAPROOT in es  # on one line of its column, whole
    assert "Statement of public-sector bitcoin addresses and balances as of" in en and "Signature" in en
    assert "Cold wallet; 1 registered addresses." not in en and "Cold wallet" in en


@pytest.fixture
def documents_in_spanish(qapp, compiled_translations):
    """Core's words in Spanish as the command line installs them (no translator in the application)."""
    from PySide6.QtCore import QLocale

    from desktop.gui import language

    locale = QLocale()
    language.install_for_documents("es")
    yield
    language.install_for_documents("en")
    QLocale.setDefault(locale)


def test_the_charts_words_are_spanish(documents_in_spanish, reports, sample_files, tmp_path):
    """Chart titles, axes, legends and markers are painted into images, out of pdftotext's reach: read from the model
    the PDF paints, and the month names of a date axis."""
    import datetime as dt

    from desktop.core.summary import Chart, build_report
    from desktop.core.workspace import Workspace
    from desktop.report.charts import _date_ticks

    shutil.copyfile(sample_files["el-salvador"], tmp_path / "es.db")
    ws = Workspace.open(tmp_path / "es.db")
    try:
        report = build_report(ws, dt.date.fromisoformat(VALUATION), ["holdings", "program"])
    finally:
        ws.close()
    charts = [b for s in report.sections for b in s.blocks if isinstance(b, Chart)]
    words = [c.title for c in charts] + [c.y_label for c in charts] + [c.x_label for c in charts if c.x_label] + [
        s.name for c in charts for s in c.series if "(" not in s.name] + [label for c in charts for _, label in c.markers]
    assert "Valor y costo de adquisición del bitcoin en tenencia" in words and "Millones de DEG" in words
    assert "Año" in words and "Umbral de las sobretasas" in words
    assert set(words) & set(translated_sources("core_summary")) == set()
    epoch = dt.date(1970, 1, 1)
    ticks = _date_ticks((dt.date(2025, 11, 1) - epoch).days, (dt.date(2026, 4, 30) - epoch).days)
    assert [label for _, label in ticks] == ["nov 2025", "dic", "ene 2026", "feb", "mar", "abr"]
