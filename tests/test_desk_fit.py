"""Nothing clipped on a laptop's screen, in English and in Spanish. Every tab and dialog of every sample is walked at
the logical sizes of 1366x768 at 100% and 125% and of 1920x1080 at 150% (the window's area below a taskbar):
no label cut, no dialog larger than the screen, and at 100% no table whose columns run past its view (at 125%
and 150% the widest tables scroll sideways: a laptop is then 1093 or 1280 logical pixels wide)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.gui.main_window import TAB_TITLES
from tests import window_shots

# conftest refuses modal dialogs; the walk answers and closes its own
REAL = {"exec": QDialog.exec} | {name: getattr(QMessageBox, name) for name in ("warning", "information", "critical",
                                                                                "question", "about")}

SIZES = {"1366x768 at 100%": (1366, 728), "1366x768 at 125%": (1093, 574), "1920x1080 at 150%": (1280, 680)}
# Spanish runs 20-30% longer than English: walked at a laptop's 100% and at 1920x1080's 150%
SCREENS = [(screen, "en") for screen in SIZES] + [("1366x768 at 100%", "es"), ("1920x1080 at 150%", "es")]


@pytest.mark.slow
@pytest.mark.parametrize("sample", ["el-salvador", "pakistan", "empty"])
@pytest.mark.parametrize("screen, language", SCREENS)
def test_nothing_is_clipped(qapp, sample, screen, language, tmp_path, monkeypatch, request):
    from PySide6.QtCore import QRect

    from desktop.gui import main_window, widgets
    from desktop.gui.app import create_app

    create_app()  # the app's own style sheet: its paddings and bold headers are part of what must fit
    if language == "es":
        request.getfixturevalue("spanish")
    area = QRect(0, 0, *SIZES[screen])  # the laptop's screen, in logical pixels, below its taskbar
    monkeypatch.setattr(widgets, "screen_area", lambda widget=None: area)
    monkeypatch.setattr(main_window, "screen_area", lambda widget=None: area)
    monkeypatch.setattr(QDialog, "exec", REAL["exec"])
    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, REAL[name])
    found = window_shots.walk(sample, SIZES[screen], None, tmp_path, sideways_ok=screen != "1366x768 at 100%")
    assert len(found) == len(TAB_TITLES) + len(window_shots.DIALOGS)  # every tab and every dialog
    problems = [f"{name}: {problem}" for name, items in found.items() for problem in items]
    assert problems == [], "\n".join(problems)
