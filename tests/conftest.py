"""Test set-up: offscreen Qt, isolated settings and app-data folders, sample workspaces."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: no display needed, and never touch the user's real settings or data.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
_ISOLATED_HOME = Path(tempfile.mkdtemp(prefix="reserve-desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_ISOLATED_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_ISOLATED_HOME / "data")
os.environ["XDG_RUNTIME_DIR"] = str(_ISOLATED_HOME / "runtime")
(_ISOLATED_HOME / "runtime").mkdir(mode=0o700)

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


def cli_command() -> list[str]:
    """The installed ``reserve-desk`` command of the environment running the tests."""
    exe = Path(sys.executable).parent / ("reserve-desk.exe" if os.name == "nt" else "reserve-desk")
    found = str(exe) if exe.exists() else shutil.which("reserve-desk")
    if not found:
        pytest.fail("the reserve-desk command is not installed: run the README's test command")
    return [found]


@pytest.fixture(scope="session")
def sample_files(tmp_path_factory) -> dict[str, Path]:
    """Each sample built once per session; tests copy them before changing anything."""
    from desktop.core.samples import SAMPLES, create_sample

    folder = tmp_path_factory.mktemp("samples")
    paths = {}
    for sample in SAMPLES:
        path = folder / f"{sample}.db"
        create_sample(path, sample).close()
        paths[sample] = path
    return paths


@pytest.fixture
def sample_copy(sample_files, tmp_path):
    """A private copy of a sample workspace: ``sample_copy("pakistan")``."""

    def copy(sample: str) -> Path:
        target = tmp_path / f"{sample}.db"
        shutil.copyfile(sample_files[sample], target)
        return target

    return copy


@pytest.fixture
def add_imf_projection():
    """Stores three lines of the IMF's "Projected Payments to the IMF" as of 2024-12-31 (an EFF repurchase, an SDR
    assessment, GRA charges) as the importer would: ``add_imf_projection(store)``."""
    import datetime as dt

    from desktop.core.domain import ProjectedPayment
    from desktop.core.store.records import add_projected_payments

    payments = (ProjectedPayment(dt.date(2025, 3, 6), "GRA Repurchase (EFF)", 30_000_000.0),
                ProjectedPayment(dt.date(2025, 4, 30), "SDR Assessments", 37_502.0),
                ProjectedPayment(dt.date(2025, 5, 1), "GRA Charges", 60_946_977.0))

    def add(store) -> None:
        with store.transaction() as w:
            add_projected_payments(w, dt.date(2024, 12, 31), payments,
                                   "IMF, Pakistan: Projected Payments to the IMF, as of 2024-12-31")

    return add


@pytest.fixture
def es(sample_copy):
    """A private copy of the El Salvador sample, open, closed with the test."""
    from desktop.core.workspace import Workspace

    ws = Workspace.open(sample_copy("el-salvador"))
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot):
    """The main window with no settings (nothing remembered), closed with the test."""
    from desktop.gui.app import create_app
    from desktop.gui.main_window import MainWindow

    create_app()
    w = MainWindow(settings=None)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def store(tmp_path):
    from desktop.core.store import Store

    s = Store.create(tmp_path / "ws.db")
    yield s
    s.close()


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_ISOLATED_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def compiled_translations() -> list[Path]:
    """The .qm files compiled from the .ts files by Qt's lrelease: once a session (54 runs of lrelease take
    seconds, and no test changes the .ts files the app loads)."""
    from tests.i18n_walk import i18n_build

    return i18n_build.release()


@pytest.fixture
def spanish(qapp, compiled_translations):
    """The app in Spanish for one test (its translations compiled by Qt's lrelease), then English and the locale
    as they were."""
    from PySide6.QtCore import QLocale

    from desktop.gui import language

    locale = QLocale()
    language.install("es")
    yield
    language.install("en")
    QLocale.setDefault(locale)


@pytest.fixture
def spain(spanish):
    """The Spanish interface with Spain's number formats (1.234,56), then English and the machine's formats."""
    from PySide6.QtCore import QLocale

    from desktop.gui import locale_formats

    locale_formats.install("es", QLocale("es_ES"))
    yield


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog offscreen waits forever: any a test does not answer itself fails it at once."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(kind):
        def fail(*args, **kwargs):
            text = next((a for a in args if isinstance(a, str)), "")
            pytest.fail(f"unexpected {kind} dialog: {text!r}")
        return fail

    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    monkeypatch.setattr(QDialog, "exec", refuse("modal"))


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread():
    """As the app does (gui/gc_guard.py): a collection inside a worker thread can deadlock with the GUI thread, so
    automatic collection is off and each test's garbage is collected here, on the main thread, when it is due."""
    import gc

    gc.disable()
    yield
    from desktop.gui.gc_guard import collect_due

    collect_due()


@pytest.fixture(autouse=True)
def no_background_work_left():
    """A test's worker threads end with it, so they cannot slow or touch the next test."""
    yield
    if "desktop.gui.worker" in sys.modules:
        assert sys.modules["desktop.gui.worker"].shutdown(), "a background task did not stop within 30 s"
