"""Start the window: the QApplication, the first-launch sample, settings, and the headless self-test."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

_PROCESS_START = time.perf_counter()
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from .. import APP_NAME, ORG_NAME, __version__  # noqa: E402
from ..resources import resource_path  # noqa: E402

FIRST_SAMPLE = "el-salvador"
PROBE_ENV = "RESERVE_DESK_STARTUP_PROBE"  # set: print 'window shown' once the window is on screen, then quit


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reserve-desk")
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    if app.styleSheet() != sheet:  # styled already (a second call): styling again re-polishes every widget alive
        app.setStyle("Fusion")  # the same look on every platform, and readable offscreen
        app.setWindowIcon(QIcon(str(resource_path("icons", "reserve-desk.svg"))))
        app.setStyleSheet(sheet)
    return app


def app_data_dir() -> Path:
    """The platform's per-user application data folder (never inside the code or a frozen bundle)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def first_workspace() -> Path:
    """The built-in El Salvador sample in the app-data folder, created on first launch (a user who has the one of
    earlier versions, a .db, keeps it: no second sample)."""
    from ..core.workspace import WORKSPACE_SUFFIX, Workspace

    earlier = app_data_dir() / f"{FIRST_SAMPLE}-sample.db"
    if earlier.exists():
        return earlier
    path = earlier.with_suffix(WORKSPACE_SUFFIX)
    if not path.exists():
        Workspace.create(path, FIRST_SAMPLE).close()
    return path


def run(workspace: str | None = None) -> int:
    """The window, on ``workspace`` if given (absent: the one of last time, or the sample). A workspace a window of
    this account has open already is not opened again: that window comes to the front instead."""
    app = create_app()
    from . import handoff

    if workspace and handoff.show_elsewhere(Path(workspace)):
        print(f"{Path(workspace).name} is open in a Reserve Desk window already: that window was brought to the front")
        return 0
    from .gc_guard import MainThreadCollector

    MainThreadCollector(app)  # cyclic garbage collected on this thread only (a worker's collection deadlocked)
    from ..core.errors import explain, start_log
    from . import language, worker
    from .main_window import MainWindow

    with contextlib.suppress(OSError):  # an unwritable profile: the window still works and says what went wrong
        start_log(app_data_dir())  # internal errors, with their tracebacks: Help > Open log folder

    settings = QSettings()
    language.install(language.chosen(settings))  # before the first widget reads its words
    window = MainWindow(settings)
    window.handoff = handoff.Listener(window)
    candidates = [workspace] if workspace else [settings.value("last_workspace"), None]
    opened = False
    sys.excepthook = _report_unexpected  # an error in a slot is said in a dialog, and the window carries on
    for candidate in candidates:
        if candidate and not workspace and not Path(candidate).exists():  # remembered, since moved: the sample
            continue
        try:
            opened = window.open_or_offer(candidate or first_workspace())
        except Exception as exc:  # shown in a dialog; a bad remembered file must not stop the app
            QMessageBox.warning(None, QCoreApplication.translate("app", "Cannot open workspace"),
                                QCoreApplication.translate("app", "{file}: {reason}").format(
                                    file=candidate or QCoreApplication.translate("app", "The sample workspace"),
                                    reason=explain(exc, "opening a workspace")))
        if opened:
            break
    if workspace and not opened:
        return 1
    window.show()
    if os.environ.get(PROBE_ENV):
        def report() -> None:
            print(f"window shown {time.perf_counter() - _PROCESS_START:.3f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    app.aboutToQuit.connect(worker.shutdown)  # no worker may outlive the window's objects
    return app.exec()


def _check_report(folder: Path, workspace: Path) -> str | None:
    """The PDF summary renders with embedded fonts (the bundle must carry what QPdfWriter needs)."""
    from ..core.store import checkpoint
    from ..core.summary import build_report
    from ..core.workspace import Workspace
    from ..report.pdf import render_pdf

    ws = Workspace.open(workspace)
    try:
        report = build_report(ws, sections=["summary", "holdings"])
        pages = render_pdf(report, folder / "self-test.pdf")
    finally:
        ws.close()
    if report.checkpoint is None:  # the bundle must carry libsodium: every summary signs the audit log's head
        return "the PDF summary's audit checkpoint was not signed: " + report.cover[-1][1]  # the cover's last: why
    checkpoint.check_signature(report.checkpoint, "of the self-test")
    data = (folder / "self-test.pdf").read_bytes()
    if pages < 2 or not data.startswith(b"%PDF") or b"/FontFile2" not in data:
        return f"the PDF summary did not render ({pages} pages, {len(data):,} bytes, fonts embedded: {b'/FontFile2' in data})"
    return None


def _check_workbook(folder: Path, workspace: Path) -> str | None:
    """An Excel workbook in SDR (the sample's program rate) writes whole (the bundle must carry XlsxWriter)."""
    import zipfile

    from ..core.io.workbook import export_workbook
    from ..core.workspace import Workspace

    ws = Workspace.open(workspace)
    try:
        written = export_workbook(ws, folder / "self-test.xlsx", "SDR")
    finally:
        ws.close()
    with zipfile.ZipFile(folder / "self-test.xlsx") as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
    if len(sheets) != written["sheets"] or written["tables"].get("ledger", 0) == 0:
        return f"the workbook did not write whole ({len(sheets)} sheets of {written['sheets']}, {written['tables']})"
    return None


def _check_bitcoin() -> str | None:
    """Addresses derive as BIP-84's test vector says, and a published signed message verifies (the bundle must
    carry embit and libsecp256k1 with its key-recovery module)."""
    from ..core.custody import proofs, register
    from ..core.errors import InvalidInput

    xpub = ("xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V")
    first = register.parse(f"wpkh([73c5da0a/84h/0h/0h]{xpub}/0/*)", count=1).addresses[0].address
    if first != "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu":
        return f"BIP-84 derivation gave {first}"
    try:  # bitcoinjs-message's fixture: "vires is numeris" signed with the private key 1 (compressed)
        proofs.verify("1PMycacnJaSqwwJqjawXBErnLsZ7RkXUAs", "vires is numeris",
                      "H8JawPtQOrybrSP1WHQnQPr67B9S3qrxBrl1mlzoTJOSHEpmnF7D3+t+LX0Xei9J20B5AIdPbeL3AaTBZ4N3bY0=")
    except InvalidInput as exc:
        return f"a published signed message did not verify: {exc}"
    return None


def _check_text_services() -> str | None:
    """Qt's ICU-backed services answer (the Linux bundle ships a trimmed ICU data library)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("es_SV"))
    if not collator.compare("ñu", "nz") > 0:
        return "Spanish collation does not sort ñ after n"
    if QLocale("en_US").toUpper("straße") != "STRASSE":
        return "locale-aware upper-casing failed"
    return None


def _check_handoff(window, path: Path) -> str | None:
    """A second open of the window's workspace reaches the window (the bundle must carry the standard library's
    local channels: a Unix socket, a named pipe on Windows, never the network)."""
    from . import handoff

    if not window.handoff.listening:
        return "the window does not listen for a second open of its workspace"
    if not handoff.show_elsewhere(path):
        return "a second open of the window's workspace was not answered by the window"
    return None


def _report_unexpected(kind, error, trace) -> None:
    """Qt calls slots from its event loop: an exception there must not pass silently or end the app."""
    from ..core.errors import Cancelled, internal_error_text, is_user_error, log_internal

    if isinstance(error, Cancelled):  # the user stopped the work: nothing to report
        return
    if is_user_error(error):  # the user's situation (a read-only workspace, a refused value)
        QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("app", "Not done"), str(error))
        return
    log_internal(error.with_traceback(trace), "the window")
    text = internal_error_text(error)
    QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("app", "Unexpected error"),
                         f"{text[0].upper()}{text[1:]}\n\n" + QCoreApplication.translate(
                             "app", "Nothing was half-written: every change is one transaction."))


def _check_translations() -> str | None:
    """Each language ships its compiled translations and Qt's own, and they load (then back to English)."""
    from PySide6.QtCore import QLocale

    from ..core.i18n import LANGUAGES, SOURCE_LANGUAGE
    from . import language

    locale = QLocale()
    try:
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            if not language.translation_files(code):
                return f"no compiled translations for {LANGUAGES[code]} in the bundle"
            language.install(code)
            loaded = [Path(f).name for f in language.loaded_files()]
            if f"qtbase_{code}.qm" not in loaded:
                return f"Qt's own translations into {LANGUAGES[code]} did not load"
            if len(loaded) != 1 + len(language.translation_files(code)):
                return f"the app's translations into {LANGUAGES[code]} did not load: {', '.join(loaded)}"
    finally:
        language.install(SOURCE_LANGUAGE)
        QLocale.setDefault(locale)
    return None


def self_test() -> int:
    """Build the window on a fresh sample in a temporary folder, visit every tab, check the figures."""
    from ..core.workspace import Workspace
    from . import worker
    from .main_window import TAB_TITLES, MainWindow

    app = create_app()
    with tempfile.TemporaryDirectory(prefix="reserve-desk-self-test-") as tmp:
        path = Path(tmp) / "self-test.db"
        ws = Workspace.create(path, FIRST_SAMPLE)
        holdings = ws.holdings()
        ws.close()
        if not holdings.total_btc > 0 or holdings.value_usd is None:
            print(f"self-test failed: holdings of the sample are {holdings.total_btc} BTC", file=sys.stderr)
            return 1
        window = MainWindow(settings=None)
        from . import handoff

        window.handoff = handoff.Listener(window)
        window.open_workspace(path)
        problem = _check_handoff(window, path)
        if problem:
            print(f"self-test failed: {problem}", file=sys.stderr)
            return 1
        window.show()
        for i, title in enumerate(TAB_TITLES):
            window.tabs.setCurrentIndex(i)
            app.processEvents()
            if window.tab(i) is None or window.page_of(i) is not window.tab(i):
                print(f"self-test failed: tab {title} was not built", file=sys.stderr)
                return 1
        resource_path("methodology.md")
        problem = (_check_text_services() or _check_translations() or _check_bitcoin()
                   or _check_report(Path(tmp), path) or _check_workbook(Path(tmp), path))
        if problem:
            print(f"self-test failed: {problem}", file=sys.stderr)
            return 1
        window.close()
        app.processEvents()
        worker.shutdown()  # the tabs' background work, before the folder it reads goes away
    print(f"sample holdings {holdings.total_btc:,.2f} BTC on {holdings.date}; {len(TAB_TITLES)} tabs built")
    print("self-test ok")
    return 0
