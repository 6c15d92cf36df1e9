"""What a user reads in a widget tree, and which of it is still English: for the tests of the Spanish window.

``visible_texts`` collects every text a user reads: labels, buttons, group boxes, tab titles, table and tree
headers, combo box items, menus and their actions, placeholders and tooltips. ``still_english`` keeps those that
are an English source of the .ts files whose translation differs: a text marked for translation but shown in
English (read before the translators were installed, or never passed through tr/translate).

``readable_texts`` adds what ``visible_texts`` leaves out: the cells of tables (their first rows), rich text, and
the charts' titles, axis labels, legends and text items. ``english_words_in`` finds a text that was never marked at
all: it holds a word of the app's English (a word of a string in its code) that no Spanish translation uses and
that is not the samples' data (their wallet names and notes are the user's own words).
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
_spec = importlib.util.spec_from_file_location("i18n_build", I18N.parents[1] / "build" / "i18n.py")
i18n_build = importlib.util.module_from_spec(_spec)  # build/i18n.py: lupdate and lrelease (not a package)
_spec.loader.exec_module(i18n_build)


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def sources(language: str = "es") -> dict[str, str]:
    """English source -> translation, over every .ts of ``language`` (access-key ampersands removed); the files are
    parsed again only when one of them changed (a walk asks for every page it reads)."""
    files = list((I18N / language).glob("*.ts"))
    return _parsed_sources(tuple((ts, ts.stat().st_mtime_ns, ts.stat().st_size) for ts in files))


@functools.lru_cache(maxsize=4)
def _parsed_sources(stamped: tuple[tuple[Path, int, int], ...]) -> dict[str, str]:
    found = {}
    for ts, _, _ in stamped:
        for message in ET.parse(ts).iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found[_strip(source)] = _strip(forms[0])
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user reads in ``root`` and its children."""
    out: list[tuple[str, str]] = []

    def add(where: str, text) -> None:
        # a str only: a combo box's list has no header titles, and its model's headerData gives section numbers
        if isinstance(text, str) and _strip(text):
            out.append((where, _strip(text)))

    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            add(name, w.text())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add("tab", w.tabText(i))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add("combo item", w.itemText(i))
        # a list has no header titles (and its model's columnCount is private to Python)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                add("column header", model.headerData(c, Qt.Orientation.Horizontal))
        if isinstance(w, QMenu):
            add("menu", w.title())
            for action in w.actions():
                add("menu entry", action.text())
        add(f"{name} tooltip", w.toolTip())
    return out


def still_english(root: QWidget, language: str = "es") -> list[tuple[str, str]]:
    """The visible texts that are an English source whose translation is not what is shown."""
    translations = sources(language)
    return [(where, text) for where, text in visible_texts(root)
            if text in translations and translations[text] != text]


CELL_ROWS = 40  # rows of each table read: enough to meet every kind of row of the samples
WORD = re.compile(r"(?<!\w)[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]{3,}(?!\w)")  # a word on its own: not in a hash or a_column_name
CODE = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])")  # an identifier such as a scenario's imf-downside
TAG = re.compile(r"<[^>]+>")
# words the Spanish keeps as they are: acronyms and names of models, units, institutions' and standards' names
KEPT = {"var", "ewma", "fhs", "garch", "btc", "bitcoin", "sat", "sats", "usd", "kupiec", "christoffersen", "basel",
        "cornish", "fisher", "student", "qq", "pdf", "csv", "json", "sha", "xpub", "ypub", "zpub", "esplora",
        "mempool", "core", "taproot", "segwit", "bip", "prgt", "rst", "gra", "eff", "ecf", "sba", "ara", "nir",
        "coinbase", "txid", "reserve", "desk", "pakistan", "salvador", "yahoo", "coingecko", "coinmetrics", "stooq",
        "ytd", "sqlite", "utc", "xlsx", "windows", "linux", "qt", "ctrl", "shift", "alt", "del", "esc",
        "tab", "enter", "pgup", "pgdown", "home", "end", "spdr", "gold", "multi", "sortedmulti", "wpkh", "wsh",
        "tr", "sh", "pkh", "descriptor", "english", "español",  # View > Language names each language in itself
        "fifo", "riskmetrics", "greenspan", "guidotti",  # a method's and a model's and a rule's own names
        "escape",  # a key as Qt names it in a shortcut
        "root"}  # the computer's user, as the audit log records it (the tests run as root)


def _texts_of(model, rows: int, columns: int) -> list[str]:
    texts = []
    for r in range(min(model.rowCount(), rows)):
        for c in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(r, c), role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def readable_texts(root: QWidget) -> list[tuple[str, str]]:
    """``visible_texts`` and the table cells, rich text and chart texts a user reads in ``root``."""
    import pyqtgraph as pg

    out = list(visible_texts(root))
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            # a list's model keeps its columnCount private to Python: a list has one column
            columns = 1 if isinstance(w, QListView) else w.model().columnCount()
            out += [("cell", t) for t in _texts_of(w.model(), CELL_ROWS, columns)]
        if isinstance(w, QTextEdit):
            out.append(("rich text", w.toPlainText()))
        if isinstance(w, pg.PlotWidget | pg.GraphicsLayoutWidget):
            for item in w.scene().items():
                if isinstance(item, pg.LabelItem):
                    out.append(("chart label", item.text))
                elif isinstance(item, pg.TextItem):
                    out.append(("chart text", item.textItem.toPlainText()))
                elif isinstance(item, pg.AxisItem) and item.isVisible():
                    out.append(("chart axis", item.labelText))
    return [(where, TAG.sub(" ", text)) for where, text in out if isinstance(text, str) and text.strip()]


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(CODE.sub(" ", text))}


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for item in items for s in _json_strings(item)]


@functools.cache
def english_only_words(language: str = "es") -> frozenset[str]:
    """Words of the app's English that the translation never uses, nor the samples' data."""
    desktop = I18N.parents[1] / "desktop"
    english = set().union(*(_words(t) for path in desktop.rglob("*.py") for t in _literals(path)))
    translated = set()
    for ts in (I18N / language).glob("*.ts"):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            translated |= _words(" ".join(translation.itertext()) if translation is not None else "")
    samples = I18N.parent / "samples"
    data = set().union(*(_words(s) for f in samples.glob("*.json")
                         for s in _json_strings(json.loads(f.read_text(encoding="utf-8")))))
    return frozenset(english - translated - data - KEPT)


def english_words_in(texts: list[tuple[str, str]], language: str = "es") -> list[tuple[str, str, list[str]]]:
    """(where, text, its English words) for each text holding a word of ``english_only_words``."""
    vocabulary = english_only_words(language)
    found = []
    for where, text in texts:
        words = sorted(_words(text) & vocabulary)
        if words:
            found.append((where, text, words))
    return found
