"""Small widgets shared by the tabs: headline figure cards, section titles, tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..core import fmt
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .table_model import RecordTableModel, sortable


class FittedLabel(QLabel):
    """One line that never clips: it shrinks its font (down to ``min_scale`` of the style's size) and then
    elides, with the whole text in the tooltip. At 150% scaling "US$694.7 m" and "Bitcoin reserve" were cut."""

    def __init__(self, text: str = "", min_scale: float = 1.0, parent: QWidget | None = None, *,
                 two_lines: bool = False):
        super().__init__(text, parent)
        self.min_scale = min_scale
        # a figure too long at the smallest size breaks between words instead of eliding: "PKR 924.44 mil…"
        # (Spanish billions, "mil mill.", cut) read as thousands
        self.two_lines = two_lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name: the layout may make it narrow
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def fitted_font(self) -> tuple[QFont, str]:
        """The font and text drawn in the label's width."""
        width = self.contentsRect().width()
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        scale = 1.0
        while QFontMetrics(font).horizontalAdvance(self.text()) > width and scale > self.min_scale:
            scale = max(self.min_scale, scale - 0.05)
            font.setPointSizeF(size * scale)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(self.text()) <= width:  # elidedText cuts a text that just fits
            return font, self.text()
        words = self.text().split(" ")
        if self.two_lines and len(words) > 1:  # the break that leaves the longer line shortest
            lines = min(((" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))),
                        key=lambda pair: max(metrics.horizontalAdvance(line) for line in pair))
            return font, "\n".join(line if metrics.horizontalAdvance(line) <= width else
                                   metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(width, 0))
                                   for line in lines)
        return font, metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, max(width, 0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name: two lines need their height
        super().resizeEvent(event)
        self._fit_height()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        if not self.two_lines:
            return
        font, text = self.fitted_font()
        margins = self.contentsMargins()
        needed = QFontMetrics(font).lineSpacing() * 2 + margins.top() + margins.bottom() if "\n" in text else 0
        if needed != self.minimumHeight():  # only the height changes: the width, and so the break, stay
            self.setMinimumHeight(needed)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        font, text = self.fitted_font()
        if text == self.text() and font.pointSizeF() == self.font().pointSizeF():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)

    def event(self, event) -> bool:
        """A cut text shows whole in its tooltip, above what the card's own tooltip says."""
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.fitted_font()[1] != self.text():
            owner = self.parentWidget().toolTip() if self.parentWidget() else ""
            QToolTip.showText(event.globalPos(), self.text() + (f"\n\n{owner}" if owner else ""), self)
            return True
        return super().event(event)


class FigureCard(QFrame):
    """A headline figure: a caption, a large value and a detail line. Clicking it emits ``activated``."""

    activated = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FigureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = WrappedLabel(caption)  # a second line rather than lost words ("Maximum dra…")
        self.caption.setObjectName("CardCaption")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value = FittedLabel("—", min_scale=0.6, two_lines=True)
        self.value.setObjectName("CardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = WrappedLabel("")
        self.detail.setObjectName("CardDetail")
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", tooltip: str = "", warn: bool = False) -> None:
        self.value.setText(value)
        self.value.setProperty("warn", warn)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name: Enter or Space opens the card's tab
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)


def screen_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without the taskbar): the one place that says it, so tests
    can stand in a laptop's screen."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


DIALOG_FRAME_PX = 40  # a title bar and borders, not known before the dialog is shown


def fit_dialog(dialog: QWidget, width: int, height: int) -> None:
    """Size a dialog as asked where the screen has room, else to the screen (1366x768 at 125% is 1093x614)."""
    area = screen_area(dialog.parentWidget() or dialog)
    dialog.resize(min(width, area.width() - 8), min(height, area.height() - DIALOG_FRAME_PX))


def one_tab_stop_per_table(root: QWidget) -> None:
    """Tab leaves a table instead of walking its cells (the arrow keys move inside): keyboard users were
    trapped in the first table of Holdings and Stress Scenarios."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def button(text: str, slot, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(slot)
    if tip:
        b.setToolTip(tip)
    return b


def section_title(text: str) -> QLabel:
    label = FittedLabel(text)
    label.setObjectName("SectionTitle")
    return label


def column(*items: QWidget | str) -> QWidget:
    """Widgets stacked without margins; a string becomes a section title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        layout.addWidget(section_title(item) if isinstance(item, str) else item)
    return box


def splitter(orientation: Qt.Orientation, *widgets: QWidget, sizes: list[int] | None = None) -> QSplitter:
    split = QSplitter(orientation)
    for w in widgets:
        split.addWidget(w)
    if sizes:
        split.setSizes(sizes)
    return split


def boxed(layout) -> QWidget:
    """A layout as a widget without margins, to stack in a column or a splitter."""
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


class WrappedLabel(QLabel):
    """Wrapped text that is never cut: its minimum height is what its lines need at its width, so a splitter
    or a short window makes room or scrolls instead of clipping (the Planner's conflict note at 125%)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._width = -1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != self._width:  # a new width: a new number of lines
            self._width = event.size().width()
            self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.updateGeometry()


def note_label(text: str = "") -> QLabel:
    label = WrappedLabel(text)
    label.setObjectName("Note")
    return label


RESIZE_SAMPLE_ROWS = 200


def record_table(model: RecordTableModel, *, stretch_column: int | None = None, sort_column: int | None = None,
                 descending: bool = False, max_width: int = 420) -> QTableView:
    """A read-only, sortable table view over a RecordTableModel."""
    view = QTableView()
    proxy = sortable(model, view)
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # else enabling sorts by column 0
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # size columns from the first rows only: reading every row of a 100,000-row ledger takes seconds
    header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    if sort_column is not None:
        view.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    else:  # the records' own order, and no arrow claiming a sort that is not there
        proxy.sort(-1)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    fit_columns(view, stretch_column, max_width)
    model.modelReset.connect(lambda: fit_columns(view, stretch_column, max_width))  # widths follow the data shown
    return view


def fit_columns(view: QTableView, stretch_column: int | None = None, max_width: int = 420) -> None:
    """Size columns to their contents (sampled rows), capped, optionally stretching one into the room left."""
    header = view.horizontalHeader()
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for i in range(header.count()):
        if header.sectionSize(i) > max_width:
            header.resizeSection(i, max_width)
    if stretch_column is not None:
        _StretchWhileRoom.on(view, stretch_column)


class _StretchWhileRoom(QObject):
    """Stretch one column into the room the others leave, but not below about 20 characters: a stretched
    column was squeezed to "…" when the others overflowed (scenario names on a 1366x768 laptop); the table
    then scrolls sideways instead."""

    def __init__(self, view: QTableView, column: int):
        super().__init__(view)
        self.view, self.column = view, column
        self.content = view.horizontalHeader().sectionSize(column)
        view.viewport().installEventFilter(self)

    @classmethod
    def on(cls, view: QTableView, column: int) -> None:
        for old in view.findChildren(cls, options=Qt.FindChildOption.FindDirectChildrenOnly):
            view.viewport().removeEventFilter(old)
            old.deleteLater()
        cls(view, column).apply()

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        room = self.view.viewport().width() - others
        # a long text (a benchmark's wording) may elide, with its tooltip, down to about 20 characters: the
        # columns after it (its status) stay in view
        floor = min(self.content, 20 * self.view.fontMetrics().averageCharWidth())
        if room >= floor:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, self.content)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False


def png_bytes(image) -> bytes:
    """A QImage as the bytes of a PNG file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def save_output(parent: QWidget, title: str, write) -> bool:
    """Run ``write`` (an export through io.output_target); a refusal (the workspace's own file, a full disk) is
    shown, not raised. True when written."""
    from PySide6.QtWidgets import QMessageBox

    from ..core.errors import UserError

    try:
        write()
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    return True


EXPORT_TITLES = {  # what export_csv writes -> its dialogs' title and the message once written
    "transactions": (QT_TRANSLATE_NOOP("ExportCsv", "Export transactions"),
                     QT_TRANSLATE_NOOP("ExportCsv", "{count} transactions written to {path}")),
    "prices": (QT_TRANSLATE_NOOP("ExportCsv", "Export prices"),
               QT_TRANSLATE_NOOP("ExportCsv", "{count} prices written to {path}")),
}


def export_csv(parent: QWidget, workspace, what: str) -> None:
    """Ask for a file and write the workspace's transactions or prices to it as CSV."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..core.errors import UserError
    from ..core.io.importers import EXPORTERS

    title, written = (translate("ExportCsv", text) for text in EXPORT_TITLES[what])
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / f"{what}.csv"),
                                          QCoreApplication.translate("ExportCsv", "CSV files (*.csv)"))
    if path:
        try:  # the exporter refuses the workspace's own files and replaces a file only once complete
            count = EXPORTERS[what](workspace.store, path, "BTC")
        except UserError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        QMessageBox.information(parent, QCoreApplication.translate("ExportCsv", "Exported"),
                                written.format(count=fmt.number(count), path=path))
