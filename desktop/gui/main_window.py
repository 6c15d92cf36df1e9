"""The main window: menus, the as-of date, the six tabs and the status bar."""

from __future__ import annotations

import datetime as dt
import importlib
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, QEvent, QRect, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core import fmt, fx, i18n
from ..core.errors import error_text, explain, log_path
from ..core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from ..core.io.importers import EXPORTERS, IMPORTERS
from ..core.samples import SAMPLES
from ..core.store import DamagedWorkspace, StoreError, WorkspaceLocked, WorkspaceReadOnly
from ..core.table_cache import ARRANGEMENT_TABLES, MEMBER_TABLES
from ..core.workspace import WORKSPACE_SUFFIX, WORKSPACE_SUFFIXES, Workspace
from ..resources import methodology_path
from . import language, workbook_dialog, worker
from .date_field import DateField
from .tabs.base import Tab
from .widgets import export_csv, fit_dialog, one_tab_stop_per_table, screen_area

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Reserve Desk workspace (*.reservedesk *.db *.sqlite);;All files (*)")
SAVE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Reserve Desk workspace (*.reservedesk)")  # what New and Save a copy write
# each label with its underlined letter for File > New from sample; the plain label is the text without "&"
SAMPLE_MENU = {"el-salvador": QT_TRANSLATE_NOOP("MainWindow", "&El Salvador (public data)"),
               "pakistan": QT_TRANSLATE_NOOP("MainWindow", "&Pakistan (public data)"),
               "empty": QT_TRANSLATE_NOOP("MainWindow", "E&mpty")}
# File > Export's entry for each exporter
EXPORT_MENU = {"transactions": QT_TRANSLATE_NOOP("MainWindow", "&Transactions CSV…"),
               "prices": QT_TRANSLATE_NOOP("MainWindow", "&Prices CSV…")}
MAX_RECENT = 8
# what a converter reads (Workspace.converter): a change to these changes the figures of a tab not in US$
FX_TABLES = frozenset({"fx_rates", *MEMBER_TABLES, *ARRANGEMENT_TABLES})
PREFERRED_SIZE = QSize(1320, 860)
MINIMUM_SIZE = QSize(860, 520)  # fits 1280x720, and 1366x768 at 125% (1093x614) with a title bar and a taskbar
TITLE_BAR_PX = 32  # the window manager's frame is not known until the window is shown


# (title, module, class): each tab's module is imported when the tab is first shown, so the window
# appears before the heavier modules (pyqtgraph among them) load.
TABS = [
    (QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview", "OverviewTab"),
    (QT_TRANSLATE_NOOP("MainWindow", "Holdings"), "holdings", "HoldingsTab"),
    (QT_TRANSLATE_NOOP("MainWindow", "Risk"), "risk", "RiskTab"),
    (QT_TRANSLATE_NOOP("MainWindow", "IMF Program"), "program", "ProgramTab"),
    (QT_TRANSLATE_NOOP("MainWindow", "Stress Scenarios"), "stress", "StressTab"),
    (QT_TRANSLATE_NOOP("MainWindow", "Planner"), "planner", "PlannerTab"),
]


def workspace_file(path: str) -> str:
    """A name typed in a save dialog, with the workspace extension unless it has one (so a double-click opens it)."""
    return path if Path(path).suffix.lower() in WORKSPACE_SUFFIXES else path + WORKSPACE_SUFFIX


def grouped(text: str, n: int) -> str:
    """A translated text with its count %n grouped in thousands as every figure of the window is (1,204)."""
    return text.replace(str(n), fmt.number(n), 1)


def tab_class(index: int) -> type[Tab]:
    _, module, name = TABS[index]
    return getattr(importlib.import_module(f"{__package__}.tabs.{module}"), name)


TAB_TITLES = [title for title, _, _ in TABS]

# Menu entries for the tabs' buttons: (text, tab index, the tab's method, shortcut, tip)
TAB_ACTIONS = {
    "edit": [
        (QT_TRANSLATE_NOOP("MainWindow", "Add &transaction…"), 1, "add_transaction", "Ctrl+T", QT_TRANSLATE_NOOP("MainWindow", "A purchase, sale, transfer or other ledger row")),
        (QT_TRANSLATE_NOOP("MainWindow", "Add &wallet…"), 1, "add_wallet", "Ctrl+Shift+W", QT_TRANSLATE_NOOP("MainWindow", "A wallet of the reserve")),
        (QT_TRANSLATE_NOOP("MainWindow", "Add a&ddress or descriptor…"), 1, "add_address", None,
         QT_TRANSLATE_NOOP("MainWindow", "Register a wallet's address, output descriptor, ypub or zpub (Holdings > Custody)")),
        (QT_TRANSLATE_NOOP("MainWindow", "Add IMF &purchase…"), 3, "add_purchase", None, QT_TRANSLATE_NOOP("MainWindow", "A planned or disbursed purchase of the selected arrangement")),
        (QT_TRANSLATE_NOOP("MainWindow", "&Edit arrangement terms…"), 3, "edit_terms", None, QT_TRANSLATE_NOOP("MainWindow", "Access, length, charges policy of the selected arrangement")),
        (QT_TRANSLATE_NOOP("MainWindow", "&Member terms…"), 3, "edit_member", None,
         QT_TRANSLATE_NOOP("MainWindow", "The member's quota history, the SDR interest-rate path every arrangement uses, the RST pricing group")),
        (QT_TRANSLATE_NOOP("MainWindow", "Resca&le planned purchases to access"), 3, "rescale_planned", None,
         QT_TRANSLATE_NOOP("MainWindow", "Scale the selected arrangement's planned purchases so that all purchases add up to its access")),
        (QT_TRANSLATE_NOOP("MainWindow", "New &scenario…"), 4, "new_scenario", "Ctrl+Shift+N", QT_TRANSLATE_NOOP("MainWindow", "A stress scenario of your own")),
        (QT_TRANSLATE_NOOP("MainWindow", "New p&olicy…"), 5, "new_policy", "Ctrl+Shift+L", QT_TRANSLATE_NOOP("MainWindow", "A purchase or mining policy to project in the Planner")),
    ],
    "tools": [
        (QT_TRANSLATE_NOOP("MainWindow", "&Run the selected scenario"), 4, "run", ("F5", "Ctrl+R"), QT_TRANSLATE_NOOP("MainWindow", "Run the scenario selected in Stress Scenarios")),
    ],
}


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings  # None: remember nothing (self-test)
        self.workspace: Workspace | None = None
        self.handoff = None  # a handoff.Listener: the window the desktop's second open of its workspace shows
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(MINIMUM_SIZE)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for title in TAB_TITLES:
            self.tabs.addTab(QWidget(), translate("MainWindow", title))  # replaced by the real tab when first shown
        self.tabs.currentChanged.connect(self._ensure_tab)
        self.tabs.currentChanged.connect(self._focus_tab)
        # why the open workspace cannot be changed (another Reserve Desk writes it, hard links, read-only media):
        # one line above the tabs, in plain text, since it names files
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("ReadOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("QLabel#ReadOnlyBanner { background: #fff4ce; color: #3d2e00; "
                                            "border-bottom: 1px solid #e0c36a; padding: 5px 10px; }")
        self.read_only_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._built: dict[int, Tab] = {}

        self.date_edit = DateField()
        self.date_edit.setMinimumDate(QDate(2009, 1, 3))
        self.date_edit.refused.connect(lambda message: self.statusBar().showMessage(
            self.tr("Figures on: {message}").format(message=message), 8000))
        self.date_edit.setToolTip(self.tr("The date every figure is shown for (end of day)."))
        self.date_edit.dateChanged.connect(self._date_changed)
        toolbar = QToolBar(self.tr("Date"))
        toolbar.setObjectName("DateToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel("  " + self.tr("Figures on:") + " "))
        toolbar.addWidget(self.date_edit)
        # the reporting currency: every money figure of the tabs in it, each at its own date's rate (core.fx)
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("CurrencyBox")
        self.currency_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.currency_box.setAccessibleName(self.tr("Reporting currency"))
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        currency_label = QLabel("   " + self.tr("C&urrency:") + " ")
        currency_label.setBuddy(self.currency_box)  # Alt+U, as Tab from the date, reaches it
        toolbar.addWidget(currency_label)
        toolbar.addWidget(self.currency_box)
        self.addToolBar(toolbar)
        self._fill_currencies(fx.USD)

        self.status_workspace = QLabel()
        self.statusBar().addWidget(self.status_workspace, 1)
        self._build_menus()
        geometry = settings.value("window/geometry") if settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            self.fit_to_screen()

    # ---- size and layout -----------------------------------------------------------------------

    def _available(self) -> QRect:
        return screen_area(self)

    def _fits_screen(self) -> bool:
        area = self._available()
        frame = self.frameGeometry()
        return area.contains(frame.topLeft()) and frame.width() <= area.width() and \
            frame.height() <= area.height() + TITLE_BAR_PX

    def fit_to_screen(self, area: QRect | None = None) -> None:
        """The first window: the preferred size where the screen has room, else all of the available area
        (on a 1366x768 laptop the status bar stays on screen), centred."""
        area = area or self._available()
        size = QSize(min(PREFERRED_SIZE.width(), area.width()),
                     min(PREFERRED_SIZE.height(), area.height() - TITLE_BAR_PX))
        self.resize(size.expandedTo(self.minimumSizeHint().boundedTo(size)))
        self.move(area.left() + (area.width() - size.width()) // 2,
                  area.top() + max(0, (area.height() - TITLE_BAR_PX - size.height()) // 2))

    def _history_action(self, label: str, named: str, can_changed, text_changed, trigger) -> QAction:
        """Edit > Undo or Redo with the step's name in the language's own way: Qt's createUndoAction joins its
        prefix and the step with a space, which reads as two commands in Spanish ("Deshacer Eliminar...")."""
        action = QAction(label, self)
        action.setEnabled(False)
        text_changed.connect(lambda step: action.setText(named.format(step=step) if step else label))
        can_changed.connect(action.setEnabled)
        action.triggered.connect(trigger)
        return action

    def run_tab_action(self, index: int, method: str) -> None:
        """Show the tab and do what its button does (the menus reach every button from any tab)."""
        if self.workspace is None:
            return
        self.tabs.setCurrentIndex(index)
        tab = self.tab(index)
        if tab is not None:
            getattr(tab, method)()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._focus_tab(index)

    def _focus_tab(self, index: int) -> None:
        """Ctrl+1…6 puts the keyboard in the tab shown, on its first control (the focus stayed in the tab left
        or the toolbar, so Tab did not reach the new tab)."""
        tab = self.tab(index)
        focus = QApplication.focusWidget()
        if tab is None or (focus is not None and tab.isAncestorOf(focus)):
            return
        # each tab names where the keyboard starts: walking Qt's focus chain from Python wrapped Qt's own
        # widgets on the way and made PySide drop the Open recent menu's wrapper ("already deleted")
        for widget in tab.first_controls():
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def tab(self, index: int) -> Tab | None:
        """The built tab at ``index`` (the tab bar holds it inside a scroll area)."""
        return self._built.get(index)

    def page_of(self, index: int) -> QWidget | None:
        """What the tab bar shows at ``index``: the tab itself, once built (for tests and the self-test)."""
        page = self.tabs.widget(index)
        return page.widget().tab if isinstance(page, QScrollArea) and isinstance(page.widget(), _Fitted) else page

    def _set_page(self, index: int, page: QWidget) -> None:
        """Put ``page`` in the tab bar at ``index``; the page it replaces is deleted (removeTab keeps it, so
        every reload or reopen used to leave the old pages, and the tabs in them, behind)."""
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, translate("MainWindow", TAB_TITLES[index]))
        if old is not None:
            old.deleteLater()

    def _page(self, tab: QWidget) -> QScrollArea:
        """Each tab scrolls when the window is smaller than its content, instead of clipping it or forcing
        the window's minimum size past the screen (150% scaling asked for 1440x960)."""
        page = QScrollArea()
        page.setObjectName(f"page-{type(tab).__name__}")
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidget(_Fitted(tab))
        return page

    def _layout_key(self, index: int) -> str:
        return f"layout/{TABS[index][1]}"

    def _restore_layout(self, index: int, tab: QWidget) -> None:
        """Splitter sizes and column widths as the user left them on this tab (kept across sessions)."""
        if self.settings is None:
            return
        key = self._layout_key(index)
        for i, splitter in enumerate(tab.findChildren(QSplitter)):
            state = self.settings.value(f"{key}/splitter{i}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        for i, view in enumerate(tab.findChildren(QTableView)):
            widths = self.settings.value(f"{key}/columns{i}")
            widths = [widths] if isinstance(widths, str) else widths or []
            if view.model() is not None and len(widths) == view.model().columnCount():
                for column, width in enumerate(widths):
                    if int(width) > 0:
                        view.setColumnWidth(column, int(width))

    def save_layout(self) -> None:
        if self.settings is None:
            return
        for index, tab in self._built.items():
            key = self._layout_key(index)
            for i, splitter in enumerate(tab.findChildren(QSplitter)):
                self.settings.setValue(f"{key}/splitter{i}", splitter.saveState())
            for i, view in enumerate(tab.findChildren(QTableView)):
                if view.model() is not None and view.model().columnCount():
                    self.settings.setValue(f"{key}/columns{i}",
                                           [view.columnWidth(c) for c in range(view.model().columnCount())])

    # ---- menus -------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, tuple):
            action.setShortcuts([QKeySequence(key) for key in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _language_menu(self, menu) -> None:
        """One entry a language, the one the next start uses checked; a translation still being written says so."""
        chosen = language.chosen(self.settings)
        group = QActionGroup(self)
        taken: set[str] = set()
        for code, name in LANGUAGES.items():
            # each entry its own underlined letter: English, Español -> &English, E&spañol
            i = next(i for i, ch in enumerate(name) if ch.isalpha() and ch.lower() not in taken)
            taken.add(name[i].lower())
            label = f"{name[:i]}&{name[i:]}" + ("" if code in language.COMPLETE else " (traducción en curso)")
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        """Remember the language for the next start: the window's words are read as it is built."""
        if self.settings is None or code == language.chosen(self.settings):
            return
        self.settings.setValue(language.SETTING, code)
        QMessageBox.information(self, self.tr("Language"), self.tr("Reserve Desk will be in {language} from its next "
                                                                   "start.").format(language=LANGUAGES[code]))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = file_menu.addMenu(self.tr("&New from sample…"))
        for sample in SAMPLES:
            self._action(new_menu, translate("MainWindow", SAMPLE_MENU[sample]), lambda _=False, s=sample: self.new_from_sample(s))
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("Save a &copy as…"), self.save_copy_dialog, "Ctrl+Shift+S",
                     self.tr("Write a consistent copy of the open workspace to another file"))
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Import"))
        for kind, importer in IMPORTERS.items():
            self._action(import_menu, translate("importers", importer.menu_label), lambda _=False, k=kind: self.import_csv(k),
                         "Ctrl+I" if kind == "transactions" else None)
        self._action(import_menu, self.tr("&Chain statements…"), lambda: self.run_tab_action(1, "import_chain"),
                     tip=self.tr("What a block explorer or a node says about the registered addresses "
                                 "(Holdings > Custody)"))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for kind in EXPORTERS:
            self._action(export_menu, translate("MainWindow", EXPORT_MENU[kind]), lambda _=False, k=kind: self.export_csv(k))
        self._action(export_menu, translate("Workbook", workbook_dialog.ALL_TO_EXCEL), self.export_workbook,
                     tip=translate("Workbook", workbook_dialog.ALL_TO_EXCEL_TIP))
        self._action(file_menu, self.tr("Bac&k up now"), self.backup_now, "Ctrl+B",
                     self.tr("Copy the workspace to its backup folder now"))
        self._action(file_menu, self.tr("Restore from &backup…"), self.restore_dialog,
                     tip=self.tr("Replace the workspace's content with one of its backups (the current content is "
                                 "kept too)"))
        self._action(file_menu, self.tr("Export PDF &summary…"), self.export_report, QKeySequence.StandardKey.Print,
                     self.tr("The PDF summary the minister and the IMF mission read"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.undo_stack
        undo = self._history_action(self.tr("&Undo"), self.tr("&Undo {step}"), stack.canUndoChanged,
                                    stack.undoTextChanged, stack.undo)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._history_action(self.tr("&Redo"), self.tr("&Redo {step}"), stack.canRedoChanged,
                                    stack.redoTextChanged, stack.redo)
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Copy selected rows"), self.copy_selection, QKeySequence.StandardKey.Copy,
                     self.tr("Copy the selected table rows as tab-separated text"))
        edit_menu.addSeparator()
        # every button's work is in a menu too, so the keyboard reaches it from any tab
        for text, index, method, shortcut, tip in TAB_ACTIONS["edit"]:
            self._action(edit_menu, translate("MainWindow", text),
                         lambda _=False, i=index, m=method: self.run_tab_action(i, m), shortcut, translate("MainWindow", tip))

        view_menu = bar.addMenu(self.tr("&View"))
        for i, title in enumerate(TAB_TITLES):
            self._action(view_menu, f"&{i + 1} {translate('MainWindow', title)}", lambda _=False, i=i: self.show_tab(i),
                         f"Ctrl+{i + 1}")
        view_menu.addSeparator()
        # not F5 (Qt's Refresh key): F5 runs the selected scenario, and a key bound twice does nothing
        self._action(view_menu, self.tr("&Reload workspace"), self.reload, "Ctrl+Shift+R")
        self._language_menu(view_menu.addMenu(self.tr("&Language")))

        tools_menu = bar.addMenu(self.tr("&Tools"))
        for text, index, method, shortcut, tip in TAB_ACTIONS["tools"]:
            self._action(tools_menu, translate("MainWindow", text),
                         lambda _=False, i=index, m=method: self.run_tab_action(i, m), shortcut, translate("MainWindow", tip))
        tools_menu.addSeparator()
        self._action(tools_menu, self.tr("C&urrency settings…"), self.currency_settings,
                     tip=self.tr("The local currency and the yearly depreciation of it assumed after the valuation date"))
        self._action(tools_menu, self.tr("&Audit log…"), self.audit_dialog,
                     tip=self.tr("Every change to the workspace, who made it and when; filter and export to CSV; "
                                 "verify the workspace against its log and signed checkpoints, and make a checkpoint"))
        self._action(tools_menu, self.tr("Show workspace &folder"), self.show_folder,
                     tip=self.tr("Open the folder that holds the workspace file in the file manager"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Methodology"), self.show_methodology, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/",
                     tip=self.tr("Every menu action with its shortcut, and how to move around without a mouse"))
        self._action(help_menu, self.tr("Open &log folder"), self.open_log_folder,
                     tip=self.tr("The folder of the log of internal errors (with their tracebacks, never workspace "
                                 "data), to send with a report"))
        self._action(help_menu, self.tr("&About Reserve Desk"), self.show_about)

    # ---- workspace -----------------------------------------------------------------------------

    def open_workspace(self, path: str | Path, read_only: bool = False, reason: str | None = None) -> None:
        """Open ``path`` and show it; raises StoreError (the caller shows it) and keeps the current one then.
        ``reason``: why it opens read-only, when the caller knows better than the file (another program writes it)."""
        workspace = Workspace.open(path, read_only=read_only)
        if read_only and reason:
            workspace.store.read_only_reason = reason
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = workspace
        self.save_layout()
        for index in list(self._built):
            self._built.pop(index).deleteLater()
        self.undo_stack.clear()
        default = workspace.default_date()
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(default.year, default.month, default.day))
        self.date_edit.blockSignals(False)
        self._fill_currencies(self.settings.value(self._currency_key()) if self.settings is not None else fx.USD)
        current = max(self.tabs.currentIndex(), 0)
        self.tabs.blockSignals(True)
        for i in range(len(TAB_TITLES)):
            self._set_page(i, QWidget())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._ensure_tab(current)
        self._focus_tab(current)
        # the file's name too: two windows on two files of one sample (a copy, last year's) must tell apart
        shown = workspace.path.name if workspace.name == workspace.path.stem else \
            f"{workspace.name} — {workspace.path.name}"
        title = self.tr("{workspace} (read-only)").format(workspace=shown) if read_only else shown
        self.setWindowTitle(f"{title} — {APP_NAME}")
        self.read_only_banner.setText(self.tr("{file} is open read-only, changes cannot be saved: {reason}. You can "
                                              "see, report and export everything.").format(
            file=workspace.path.name, reason=workspace.store.read_only_reason) if read_only else "")
        self.read_only_banner.setVisible(read_only)
        self._show_status()
        self._remember(workspace.path)
        if self.handoff is not None:
            self.handoff.follow(workspace.path)

    @property
    def date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _ensure_tab(self, index: int) -> None:
        if self.workspace is None or index < 0 or index in self._built:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            tab = tab_class(index)(self.workspace, self.date)
        except Exception as exc:  # say so in the tab instead of leaving it blank; the next visit retries
            error = QLabel(self.tr("This tab could not be shown: {reason}").format(
                reason=explain(exc, f"building the {TAB_TITLES[index]} tab")))
            error.setObjectName("Note")
            error.setWordWrap(True)
            self.tabs.blockSignals(True)
            self._set_page(index, error)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            return
        finally:
            QApplication.restoreOverrideCursor()
        tab.navigate.connect(lambda title: self.tabs.setCurrentIndex(TAB_TITLES.index(title)))
        tab.changed.connect(self.workspace_changed)
        tab.tables_changed.connect(self.workspace_changed)
        tab.undo_stack = self.undo_stack
        if tab.currency != self.currency:
            tab.set_currency(self.currency)
        self._built[index] = tab
        one_tab_stop_per_table(tab)
        self._restore_layout(index, tab)
        self.tabs.blockSignals(True)
        self._set_page(index, self._page(tab))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def workspace_changed(self, tables: frozenset[str] | None = None) -> None:
        """Something wrote to the workspace: forget the answers that read what changed and reload the tabs that
        show it. Writes through the window's own connection are known table by table (the store keeps them);
        a worker's writes through its own connection come as ``tables``; with neither, everything re-reads."""
        if self.workspace is None:
            return
        changed = self.workspace.store.take_changes() | (tables or frozenset())
        self.workspace.invalidate(changed or None)
        if not changed or changed & FX_TABLES:  # an fx import, its undo, the currency settings
            self._fill_currencies()
        for tab in self._built.values():
            converted = tab.currency != fx.USD and changed & FX_TABLES
            if tab.currency != self.currency:  # the currency left the list (its rates' import undone): US$
                tab.currency = self.currency
                converted = True
            if not changed or tab.reads is None or tab.reads & changed or converted:
                tab.reload()
        self._show_status()

    def _show_status(self) -> None:
        ws = self.workspace
        count = ws.store.transaction_count()
        self.status_workspace.setText(
            self.tr("Workspace: {name}   ·   {path}   ·   schema {schema}   ·   {transactions}").format(
                name=ws.name, path=ws.path, schema=ws.store.schema_version,
                transactions=self.tr("1 transaction") if count == 1 else grouped(self.tr("%n transactions", "", count), count)))
        self.status_workspace.setToolTip(str(ws.path))

    def export_report(self) -> None:
        from .report_dialog import ReportDialog

        if self.workspace is not None:
            dialog = ReportDialog(self.workspace, self.date, self.settings, self)
            if dialog.exec() and dialog.written:
                self.statusBar().showMessage(self.tr("Wrote the PDF summary to {path}").format(path=dialog.written), 8000)
            dialog.deleteLater()  # else every export left a hidden dialog behind

    def import_csv(self, what: str) -> None:
        from .commands import ImportRows
        from .dialogs.import_file import ImportDialog

        if self.workspace is None:
            return
        if self.workspace.read_only:  # every import writes: say why before a file is chosen, not after
            QMessageBox.information(self, IMPORTERS[what].title, self.tr(
                "{file} is open read-only here, nothing can be imported into it: {reason}.").format(
                file=self.workspace.path.name, reason=self.workspace.store.read_only_reason))
            return
        marks = self.workspace.row_marks(what)  # imports only add rows: Edit > Undo removes those after these
        dialog = ImportDialog(self.workspace, what, self)
        if dialog.exec():
            rows = self.workspace.rows_after(marks)
            count = sum(len(r.values) for r in rows.values())
            if count:
                self.undo_stack.push(ImportRows(self.workspace, self.workspace_changed,
                                                (self.tr("{what}: 1 row") if count == 1 else grouped(self.tr("{what}: %n rows", "", count), count)).format(
                                                    what=IMPORTERS[what].title), rows))
            self.workspace_changed(frozenset(t for t, r in rows.items() if r.values))  # written by the dialog's worker
            added = self.tr("{what}: 0 rows added") if not count else self.tr("{what}: 1 row added; Edit > Undo removes them") \
                if count == 1 else grouped(self.tr("{what}: %n rows added; Edit > Undo removes them", "", count), count)
            self.statusBar().showMessage(added.format(what=IMPORTERS[what].title), 8000)
        dialog.deleteLater()

    def export_workbook(self) -> None:
        if self.workspace is not None:
            dialog = workbook_dialog.WorkbookDialog(self.workspace, self.date, self.currency, self.settings, self)
            dialog.exec()
            if dialog.written:
                self.statusBar().showMessage(translate("Workbook", workbook_dialog.WROTE).format(path=dialog.written), 8000)
            dialog.deleteLater()

    def export_csv(self, what: str) -> None:
        if self.workspace is not None:
            export_csv(self, self.workspace, what)

    def _date_changed(self, _qdate) -> None:
        for tab in self._built.values():
            tab.set_date(self.date)
        self._currency_tip()

    # ---- reporting currency --------------------------------------------------------------------

    @property
    def currency(self) -> str:
        """The toolbar's reporting currency, a code (USD, SDR, PKR); the dialogs' default too."""
        return self.currency_box.currentData() or fx.USD

    def _currency_key(self) -> str:
        """Remembered per workspace: by its id, which a copy or a move keeps (its path before schema 8)."""
        return f"currency/{self.workspace.store.workspace_id or self.workspace.path}"

    def _fill_currencies(self, wanted: str | None = None) -> None:
        """The toolbar's list from the workspace (US$, SDR, the local currency, any other with rates), keeping
        ``wanted`` (default: the current choice) when it is still offered, else US$. The tabs are not told: the
        caller builds or reloads them."""
        wanted = wanted or self.currency
        codes = self.workspace.reporting_currencies() if self.workspace is not None else [fx.USD]
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        for code in codes:
            self.currency_box.addItem(fx.symbol(code), code)
        self.currency_box.setCurrentIndex(max(self.currency_box.findData(wanted), 0))
        self.currency_box.blockSignals(False)
        self._currency_tip()

    def _currency_changed(self, _index) -> None:
        if self.workspace is None:
            return
        code = self.currency
        if self.settings is not None:
            self.settings.setValue(self._currency_key(), code)
        for tab in self._built.values():
            tab.set_currency(code)
        self._currency_tip()

    def _currency_tip(self) -> None:
        """The rate in force at the window's date, or why there is none."""
        tip = self.tr("The currency money figures are shown in, each at the rate of its own date.")
        if self.workspace is not None:
            code, date = self.currency, self.date
            rate = self.workspace.converter(code, date).rate(date)
            tip += "\n" + self.tr("On {date}: {rate}.").format(
                date=fmt.date(date), rate=rate.describe() if rate else fx.no_rate_text(code, date))
        self.currency_box.setToolTip(tip)

    def reload(self) -> None:
        if self.workspace is not None:
            self.open_or_offer(self.workspace.path)

    def open_or_offer(self, path, read_only: bool = False, reason: str | None = None) -> bool:
        """Open ``path``; when another Reserve Desk is writing it, offer it read-only; when it must not be written
        (hard links, read-only media), open it read-only, the banner saying why; when it is damaged, offer its
        latest backup. Whatever goes wrong is said in words, and the current workspace stays open."""
        try:
            self.open_workspace(path, read_only, reason)
            return True
        except WorkspaceLocked as exc:
            answer = QMessageBox.question(
                self, self.tr("Workspace in use"), self.tr("{reason}.\n\nOpen it read-only? You can see and export everything, "
                                                 "but change nothing.").format(reason=exc), QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
            return answer == QMessageBox.StandardButton.Open and self.open_or_offer(path, True, exc.reason)
        except WorkspaceReadOnly as exc:
            return self.open_or_offer(path, True, exc.reason)
        except DamagedWorkspace as exc:
            return self._offer_backup(Path(path), exc)
        except Exception as exc:  # the user's situation in its words; an internal error is logged too
            QMessageBox.warning(self, self.tr("Cannot open workspace"), explain(exc, "opening a workspace"))
            return False

    def _offer_backup(self, path: Path, damaged: DamagedWorkspace) -> bool:
        """A damaged workspace: offer the newest backup that can be restored (named no later than now, intact by its
        own log), saying that whether it shares the damaged file's history cannot be checked."""
        from ..core.store import restore

        if damaged.latest_backup is None:
            QMessageBox.warning(self, self.tr("Workspace damaged"), str(damaged))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with tempfile.TemporaryDirectory(prefix="reserve-desk-check-") as scratch:
                found = restore.default_backup(path.resolve(), Path(scratch))
        except (restore.RestoreRefused, OSError) as exc:
            QMessageBox.warning(self, self.tr("Workspace damaged"),
                                self.tr("{file} is damaged, and {reason}").format(file=path.name, reason=exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        taken = f"{found.taken_at.astimezone():%Y-%m-%d %H:%M}" if found.taken_at else found.backup.name
        notes = "".join(f"\n\n{note[0].upper()}{note[1:]}." for note in found.notes)
        answer = QMessageBox.question(
            self, self.tr("Workspace damaged"),
            grouped(self.tr("{damage}\n\nRestore the backup of {taken} (%n audit entries, intact by its own log) now? "
                            "The damaged file is kept in the backup folder.", "", found.entries),
                    found.entries).format(damage=damaged, taken=taken) + notes,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes and self._restore(path, found.backup)

    def _restore(self, path: Path, chosen: Path, force: bool = False) -> bool:
        """Replace ``path``'s content with the backup ``chosen``, checked again as it is copied in (its workspace id,
        schema, audit log and history); ``force``: the user confirmed what it overrides. A refusal reopens the
        workspace as it was."""
        from ..core.store import lock, restore

        path = path.resolve()
        was_open = self.workspace is not None and self.workspace.path == path
        if was_open:
            self._close_workspace()
        try:
            lock.acquire(path)
        except WorkspaceReadOnly as exc:  # held elsewhere, hard links, read-only media
            refused = exc
        else:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                done, refused = restore.restore(path, chosen, force=force), None
            except (StoreError, sqlite3.DatabaseError, OSError) as exc:  # RestoreRefused says why
                refused = exc
            finally:
                QApplication.restoreOverrideCursor()
                lock.release(path)
        if refused is not None:
            QMessageBox.warning(self, self.tr("Cannot restore"), error_text(refused))
            if was_open:
                self.open_or_offer(path)
            return False
        dropped, aside = done.entry["dropped_entries"], len(done.checkpoints_set_aside)
        opened = self.open_or_offer(path)  # first: opening lays out the status bar, which would draw over the message
        restored = (self.tr("Restored {file} from {backup}: 1 audit entry dropped, the restore recorded")
                    if dropped == 1 else grouped(self.tr("Restored {file} from {backup}: %n audit entries dropped, "
                                                         "the restore recorded", "", dropped), dropped)
                    ).format(file=path.name, backup=chosen.name)
        if aside:
            restored += self.tr("; 1 checkpoint of the replaced history set aside") if aside == 1 else \
                grouped(self.tr("; %n checkpoints of the replaced history set aside", "", aside), aside)
        self.statusBar().showMessage(restored, 8000)
        return opened

    def backup_now(self) -> None:
        """A backup taken through the window's own hold on the workspace (the command line's ``backup`` is
        refused while the window has it open), on a worker; the status bar says where it went."""
        if self.workspace is None:
            return
        source = self.workspace.store

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection
            try:
                return store.backup("manual")
            finally:
                store.close()

        task = worker.Task(work)
        task.deliver_to(self, finished=lambda taken: self.statusBar().showMessage(
            self.tr("Backed up to {path}").format(path=taken), 15000),
                        failed=lambda error: QMessageBox.warning(self, self.tr("Back up now"), self.tr(
                            "No backup was made: {reason}").format(reason=error_text(error))))
        self.statusBar().showMessage(self.tr("Backing up…"))
        task.start()

    def restore_dialog(self) -> None:
        from .backup_dialog import BackupDialog

        if self.workspace is None:
            return
        dialog = BackupDialog(self.workspace.path, self)
        if dialog.exec() and dialog.chosen is not None:
            self._restore(self.workspace.path, dialog.chosen, dialog.force)

    def currency_settings(self) -> None:
        """Tools > Currency settings: written when the dialog is accepted, then one step of Edit > Undo."""
        from .commands import EditCurrencySettings
        from .currency_dialog import CurrencySettingsDialog

        if self.workspace is None:
            return
        if self.workspace.read_only:
            QMessageBox.information(self, self.tr("Currency settings"), self.tr(
                "{file} is open read-only here, its settings cannot be changed: {reason}.").format(
                file=self.workspace.path.name, reason=self.workspace.store.read_only_reason))
            return
        dialog = CurrencySettingsDialog(self.workspace, self.date, self)
        if dialog.exec() and dialog.after:
            self.undo_stack.push(EditCurrencySettings(self.workspace, self.workspace_changed, dialog.before, dialog.after))
            self.workspace_changed()
        dialog.deleteLater()

    def audit_dialog(self) -> None:
        from .audit_dialog import AuditDialog

        if self.workspace is not None:
            dialog = AuditDialog(self.workspace, self)
            one_tab_stop_per_table(dialog)
            dialog.exec()

    def _close_workspace(self) -> None:
        self.save_layout()
        for index in list(self._built):
            self._built.pop(index).deleteLater()
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # build no tab on a workspace about to close; the user's tab stays current
        for i in range(len(TAB_TITLES)):
            self._set_page(i, QWidget())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.undo_stack.clear()
        worker.shutdown()  # nothing may still read the file
        self.workspace.close()
        self.workspace = None
        self.read_only_banner.hide()
        if self.handoff is not None:
            self.handoff.follow(None)

    def open_dialog(self) -> None:
        start = str(self.workspace.path.parent) if self.workspace else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), start,
                                              translate("MainWindow", WORKSPACE_FILTER))
        if path:
            self.open_or_offer(path)

    def new_from_sample(self, sample: str) -> None:
        folder = self.workspace.path.parent if self.workspace else Path.home()
        start = str(folder / f"{sample}{WORKSPACE_SUFFIX}")
        label = translate("MainWindow", SAMPLE_MENU[sample]).replace("&", "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace: {sample}").format(sample=label), start,
                                              translate("MainWindow", SAVE_FILTER))
        if not path:
            return
        path = workspace_file(path)
        if Path(path).exists():
            QMessageBox.warning(self, self.tr("File exists"), self.tr(
                "{path} already exists. Choose a new file name; Reserve Desk never overwrites a workspace.").format(
                path=path))
            return
        try:
            Workspace.create(path, sample).close()
        except Exception as exc:  # shown to the user; nothing was left behind by create
            QMessageBox.warning(self, self.tr("Cannot create workspace"), explain(exc, "creating a workspace"))
            return
        self.open_or_offer(path)

    def save_copy_dialog(self) -> None:
        if self.workspace is None:
            return
        start = str(self.workspace.path.with_name(f"{self.workspace.path.stem}-copy{WORKSPACE_SUFFIX}"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the workspace"), start,
                                              translate("MainWindow", SAVE_FILTER))
        if path:
            path = workspace_file(path)
            try:
                self.workspace.store.save_copy(Path(path))
            except (OSError, sqlite3.Error, StoreError) as exc:
                QMessageBox.warning(self, self.tr("Cannot save a copy"), str(exc))
                return
            self.statusBar().showMessage(self.tr("Saved a copy to {path}").format(path=path), 5000)

    def _recent(self) -> list[str]:
        """QSettings gives a one-entry list back as a plain string after a restart; iterating that string
        listed "/", "t", "m", "p" under Open recent."""
        value = self.settings.value("recent", []) if self.settings is not None else []
        return [value] if isinstance(value, str) else [str(p) for p in value or []]

    def _remember(self, path: Path) -> None:
        if self.settings is None:
            return
        recent = [p for p in self._recent() if p != str(path)]
        self.settings.setValue("recent", [str(path), *recent][:MAX_RECENT])
        self.settings.setValue("last_workspace", str(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {path.replace('&', '&&')}")
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_or_offer(p))
        if not recent:
            self.recent_menu.addAction(self.tr("&(none)")).setEnabled(False)

    # ---- edit, tools, help ---------------------------------------------------------------------

    def copy_selection(self) -> None:
        view = self.focusWidget()
        if not isinstance(view, QTableView):
            return
        model = view.model()
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
        header = [str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ") for c in range(model.columnCount())]
        lines = ["\t".join(header)] + ["\t".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
                                        for r in rows]
        QApplication.clipboard().setText("\n".join(lines))

    def show_folder(self) -> None:
        if self.workspace is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.path.parent)))

    def show_methodology(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Methodology"))
        fit_dialog(dialog, 820, 700)
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        browser.setMarkdown(methodology_path(i18n.language()).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.exec()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def open_log_folder(self) -> None:
        from .app import app_data_dir

        logged = log_path()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logged.parent if logged else app_data_dir())))

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        schema = self.workspace.store.schema_version if self.workspace else "—"
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          + self.tr("<p>An offline calculator for a sovereign bitcoin reserve held under an IMF "
                                    "program.</p>")
                          + self.tr("<p>Workspace schema {schema} · Qt for Python {version} · no network "
                                    "access.</p>").format(schema=schema, version=pyside_version))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.save_layout()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self.handoff is not None:
            self.handoff.follow(None)
        super().closeEvent(event)


class _Fitted(QWidget):
    """Holds a tab in its scroll area and asks only for the tab's minimum size. A tab with wrapped text
    reports a height for its width, and QScrollArea then scrolled as soon as the *preferred* height did not
    fit, although everything fitted at the minimum."""

    def __init__(self, tab: QWidget):
        super().__init__()
        self.tab = tab
        tab.setParent(self)
        if getattr(tab, "wraps_text", False):  # a page of wrapped text: its height for the width, scrolling
            policy = self.sizePolicy()
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return max(self.minimumSizeHint().height(), self.tab.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.tab.minimumSizeHint().expandedTo(self.tab.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.tab.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event) -> bool:
        """The tab asks for more room (text arrived that needs more lines): pass it on to the scroll area, which
        has no layout of ours to tell it."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self.tab.setGeometry(self.rect())
        return super().event(event)
