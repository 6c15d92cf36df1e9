"""What a user reads in a widget tree, and which of it is still English: for the tests of the Spanish window.

``visible_texts`` collects every text a user reads: labels, buttons, group boxes, tab titles, table and tree
headers, combo box items, menus and their actions, placeholders and tooltips. ``still_english`` keeps those that
are an English source of the .ts files whose translation differs: a text marked for translation but shown in
English (read before the translators were installed, or never passed through tr/translate).
"""

from __future__ import annotations

import importlib.util
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
    QWidget,
)

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
_spec = importlib.util.spec_from_file_location("i18n_build", I18N.parents[1] / "build" / "i18n.py")
i18n_build = importlib.util.module_from_spec(_spec)  # build/i18n.py: lupdate and lrelease (not a package)
_spec.loader.exec_module(i18n_build)


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def sources(language: str = "es") -> dict[str, str]:
    """English source -> translation, over every .ts of ``language`` (access-key ampersands removed)."""
    found = {}
    for ts in (I18N / language).glob("*.ts"):
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
