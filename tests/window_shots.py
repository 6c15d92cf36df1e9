"""Walk every tab and dialog of the window on each sample: list what is clipped, and save screenshots.

On a real X server, at a laptop's size and scaling (the screenshots are of the whole screen, as a user sees it):

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25 \\
        .venv/bin/python -m tests.window_shots --out /tmp/shots-125 [--lang es]

Without --out it only checks, offscreen, at the logical sizes given (tests/test_desk_fit.py runs it so).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

# (name, what opens it): each opens a modal dialog, which the walk checks, grabs and closes
DIALOGS: list[tuple[str, Callable]] = [
    ("add-transaction", lambda w: w.run_tab_action(1, "add_transaction")),
    ("add-wallet", lambda w: w.run_tab_action(1, "add_wallet")),
    ("import-transactions", lambda w: w.import_csv("transactions")),
    ("import-prices", lambda w: w.import_csv("prices")),
    ("import-program", lambda w: w.import_csv("program")),
    ("import-macro", lambda w: w.import_csv("macro")),
    ("edit-terms", lambda w: w.run_tab_action(3, "edit_terms")),
    ("add-purchase", lambda w: w.run_tab_action(3, "add_purchase")),
    ("new-scenario", lambda w: w.run_tab_action(4, "new_scenario")),
    ("new-policy", lambda w: w.run_tab_action(5, "new_policy")),
    ("export-pdf", lambda w: w.export_report()),
    ("export-workbook", lambda w: w.export_workbook()),
    ("restore-backup", lambda w: w.restore_dialog()),
    ("audit-log", lambda w: w.audit_dialog()),
    ("keyboard-shortcuts", lambda w: w.show_shortcuts()),
    ("methodology", lambda w: w.show_methodology()),
    ("about", lambda w: w.show_about()),
]
RICH = re.compile(r"<[a-zA-Z/][^>]*>")
QUIET_S = 0.1  # idle this long: settled
DIALOG_WAIT_S = 5.0  # an action opens its dialog within this, or it opened none


def clipped(root: QWidget, sideways_ok: bool = False) -> list[str]:
    """Visible text that does not fit where it is shown, and tables whose columns run past their view."""
    problems = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():  # wrapped: all its lines in its height
            needed = label.heightForWidth(label.width())  # Qt's own measure: the widget's height for its width
            if needed > label.height() + 2:
                problems.append(f"wrapped text cut: {label.text()[:60]!r} needs {needed} px high, has {label.height()}")
        if not label.isVisible() or label.wordWrap() or not label.text() or RICH.search(label.text()):
            continue
        if hasattr(label, "fitted_font"):  # shrinks, then elides with the whole text in its tooltip
            continue
        text = label.text()
        if label.buddy() is not None:  # a mnemonic's "&" underlines the next letter and is not drawn
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if needed > label.contentsRect().width() + 2:
            problems.append(f"label cut: {label.text()[:60]!r} needs {needed} px, has {label.contentsRect().width()}")
    for view in root.findChildren(QTableView):
        if not view.isVisible() or view.model() is None or view.width() < 50:
            continue
        if view.horizontalScrollBar().isVisible() and not sideways_ok:
            header = view.horizontalHeader()
            names = [str(view.model().headerData(c, header.orientation())) for c in range(header.count())
                     if not header.isSectionHidden(c) and header.sectionViewportPosition(c) + header.sectionSize(c)
                     > view.viewport().width()]
            problems.append(f"table scrolls sideways to show: {', '.join(names)}")
    return problems


def busy(app) -> bool:
    """Work under way or about to start: a worker running, or a single-shot timer of a window or dialog still to
    fire (the Planner recomputes 250 ms after its inputs change)."""
    from PySide6.QtCore import QThreadPool

    from desktop.gui import worker

    if worker._RUNNING or QThreadPool.globalInstance().activeThreadCount():
        return True
    return any(timer.isActive() and timer.isSingleShot()
               for top in app.topLevelWidgets() for timer in top.findChildren(QTimer))


def settle(app, timeout_s: float = 30.0) -> None:
    """Let the tab's background work (the Planner's projection) finish and its results arrive: wait until nothing
    has been busy for a moment (a fixed wait would cost most tabs far more than their work takes)."""
    end = time.monotonic() + timeout_s
    quiet_since = None
    while time.monotonic() < end:
        app.processEvents()
        now = time.monotonic()
        if busy(app):
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= QUIET_S:
            break
        time.sleep(0.01)
    for _ in range(10):  # results arrive, then the layout follows the new text in a few rounds of events
        app.processEvents()
        QApplication.sendPostedEvents()
        time.sleep(0.01)


def _grab(path: Path | None) -> None:
    if path is not None:
        QApplication.primaryScreen().grabWindow(0).save(str(path))


def walk(sample: str, size: tuple[int, int], out: Path | None, folder: Path,
         sideways_ok: bool = False) -> dict[str, list[str]]:
    """Every tab and dialog of ``sample`` in a window of ``size`` (logical pixels): what is clipped in each.
    ``sideways_ok``: a table may scroll sideways (at 125% and 150% a laptop is 1093 or 1280 pixels wide)."""
    from desktop.core.workspace import Workspace
    from desktop.gui import widgets, worker
    from desktop.gui.main_window import TAB_TITLES, MainWindow

    app = QApplication.instance()
    path = folder / f"{sample}.db"
    if not path.exists():
        Workspace.create(path, sample).close()
    window = MainWindow(settings=None)
    window.open_workspace(path)
    window.resize(*size)
    window.move(0, 0)
    window.show()
    found: dict[str, list[str]] = {}
    for i, title in enumerate(TAB_TITLES):
        window.tabs.setCurrentIndex(i)
        settle(app)
        name = f"{sample}-{i + 1}-{title.lower().replace(' ', '-')}"
        found[name] = clipped(window, sideways_ok)
        if found[name]:  # a second look once the layout has had time, as a user's eye would take
            settle(app, timeout_s=5.0)
            found[name] = clipped(window, sideways_ok)
        _grab(out / f"{name}.png" if out else None)
    for name, opener in DIALOGS:
        key = f"{sample}-dialog-{name}"

        timer = QTimer(interval=20)  # polls until the dialog is open, then inspects it once
        deadline = time.monotonic() + DIALOG_WAIT_S

        def inspect(key=key, timer=timer, deadline=deadline) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if time.monotonic() > deadline:
                    timer.stop()
                    found[key] = ["no dialog opened"]
                return  # looked again at the timer's next tick
            timer.stop()
            give_up = time.monotonic() + 10.0
            while busy(app) and time.monotonic() < give_up:  # a dialog's own work (a list it loads) first
                app.processEvents()
                time.sleep(0.01)
            for _ in range(10):
                app.processEvents()
            screen = widgets.screen_area(dialog)
            width, height = dialog.width(), dialog.height() + widgets.DIALOG_FRAME_PX
            found[key] = clipped(dialog, sideways_ok) + ([f"dialog {width}x{height} with its frame is larger than the screen's "
                                             f"{screen.width()}x{screen.height()}"]
                                            if width > screen.width() or height > screen.height() else [])
            _grab(out / f"{key}.png" if out else None)
            dialog.done(0)

        timer.timeout.connect(inspect)
        timer.start()
        opener(window)  # returns when the dialog closes, or at once when the action opened none
        timer.stop()
        for _ in range(5):
            app.processEvents()
        if key not in found:
            found[key] = ["did not open a dialog"]
    window.close()
    worker.shutdown()
    window.deleteLater()
    app.processEvents()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="save a screenshot of each tab and dialog here")
    parser.add_argument("--samples", default="el-salvador,pakistan,empty")
    parser.add_argument("--size", help="window size in logical pixels (default: the screen's available area)")
    parser.add_argument("--lang", default="en", help="the interface's language: en or es")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from desktop.gui.app import create_app

    app = create_app()
    from desktop.gui import language

    language.install(args.lang)
    area = app.primaryScreen().availableGeometry()
    size = tuple(int(v) for v in args.size.split("x")) if args.size else (area.width(), area.height())
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="window-shots-"))
    bad = 0
    try:
        for sample in args.samples.split(","):
            for name, problems in walk(sample, size, args.out, folder).items():
                for problem in problems:
                    print(f"{name}: {problem}")
                    bad += 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{bad} problem(s) at {size[0]}x{size[1]}" + (f"; screenshots in {args.out}" if args.out else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
