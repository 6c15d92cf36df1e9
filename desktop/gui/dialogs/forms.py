"""The parts every form dialog shares: the error line, OK/Cancel under a form that scrolls, each refused
field's reason under the field, and an amount field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..widgets import fit_dialog, screen_area


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def _form_widgets(layout) -> list[QWidget]:
    """The widgets of a form in the order a reader meets them, rows top to bottom, nested layouts included."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            widget = item.widget()
            inner = widget.layout()
            found += [widget] if inner is None or widget.focusProxy() is not None else _form_widgets(inner) or [widget]
        elif item.layout() is not None:
            found += _form_widgets(item.layout())
    return found


def form_footer(dialog: QDialog, form: QFormLayout) -> QLabel:
    """The form, a line for the reason a value is refused, and OK/Cancel (OK runs ``dialog._accept``)."""
    error = error_label()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog._accept)
    buttons.rejected.connect(dialog.reject)
    # the form scrolls when the screen is shorter than it (the scenario editor is 650 px tall; 1366x768 at 125%
    # leaves about 570), and OK and Cancel stay in view
    body = QWidget()
    body.setLayout(form)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(error)
    layout.addWidget(buttons)
    # Tab goes down the form, then to OK and Cancel, and the first field has the focus when the dialog opens
    # (the buttons were made first, so they came first and a typed date went nowhere)
    chain = [w.focusProxy() or w for w in _form_widgets(form) if (w.focusProxy() or w).focusPolicy() != Qt.FocusPolicy.NoFocus]
    chain += buttons.buttons()
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    if chain:
        chain[0].setFocus()
    scroll.setMinimumWidth(body.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
    footer = buttons.sizeHint().height() + error.sizeHint().height() + 4 * layout.spacing() + 24
    fit_dialog(dialog, scroll.minimumWidth() + 24, body.sizeHint().height() + footer)
    return error


def _changed_signal(widget: QWidget):
    for name in ("valueChanged", "dateChanged", "currentTextChanged", "textChanged", "toggled"):
        if hasattr(widget, name):
            return getattr(widget, name)
    raise TypeError(f"{type(widget).__name__} has no change signal")


class FieldErrors:
    """A refusal's reasons ("field: reason"), each shown under the field it names and cleared as soon as that
    field changes; a reason naming no field goes to the dialog's general error line."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], general: QLabel):
        self.form, self.general, self.fields = form, general, fields
        self.labels: dict[str, QLabel] = {}
        for key, widget in fields.items():
            row, _ = form.getWidgetPosition(widget)
            label = error_label()
            label.setObjectName(f"Error_{key}")
            form.insertRow(row + 1, "", label)
            form.setRowVisible(label, False)
            self.labels[key] = label
            _changed_signal(widget).connect(lambda *_, k=key: self.clear(k))

    def show(self, problems: list[str]) -> None:
        unplaced, first = [], None
        for problem in problems:
            key, _, reason = problem.partition(": ")
            label = self.labels.get(key)
            if label is None or not reason:
                unplaced.append(problem)
                continue
            label.setText(reason)
            self.form.setRowVisible(label, True)
            first = first or self.fields[key]
        self.general.setText("; ".join(unplaced))
        self._make_room()
        if first is not None:
            first.setFocus()

    def _make_room(self) -> None:
        """Grow the dialog by the reasons' height (within the screen), so the form need not scroll to show them."""
        body = self.form.parentWidget()
        scroll = body.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        dialog = self.general.window()
        if scroll is not None:
            room = screen_area(dialog).height() - 200  # the title bar, error line and buttons
            scroll.setMinimumHeight(min(body.sizeHint().height(), room))
        dialog.adjustSize()

    def clear(self, key: str) -> None:
        self.labels[key].clear()
        self.form.setRowVisible(self.labels[key], False)
        self.general.clear()

    def shown(self) -> dict[str, str]:
        """The reasons on screen by field (for tests and assistive checks)."""
        return {k: label.text() for k, label in self.labels.items() if label.text()}


def amount_field(decimals: int, maximum: float, special: str | None = None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(0.0, maximum)
    box.setGroupSeparatorShown(True)
    if special:
        box.setSpecialValueText(special)  # shown at 0: "none"
    return box


def check_and_import_buttons(dialog: QDialog) -> QHBoxLayout:
    """The row an import dialog ends with: a progress bar (hidden until work runs) and Check, Import and Close,
    set on ``dialog`` as ``progress``, ``check_button``, ``import_button`` and ``cancel_button`` and connected to
    its ``_run(dry_run)`` and ``_cancel``."""
    dialog.progress = QProgressBar()
    dialog.progress.setRange(0, 100)
    dialog.progress.hide()
    #: check a file before importing it: a dry run that writes nothing
    dialog.check_button = QPushButton(QCoreApplication.translate("ImportButtons", "C&heck"))
    dialog.import_button = QPushButton(QCoreApplication.translate("ImportButtons", "&Import"))
    dialog.cancel_button = QPushButton(QCoreApplication.translate("ImportButtons", "Close"))
    dialog.check_button.clicked.connect(lambda: dialog._run(dry_run=True))
    dialog.import_button.clicked.connect(lambda: dialog._run(dry_run=False))
    dialog.cancel_button.clicked.connect(dialog._cancel)
    buttons = QHBoxLayout()
    buttons.addWidget(dialog.progress, 1)
    buttons.addStretch(1)  # the buttons keep their size while the progress bar is hidden
    for b in (dialog.check_button, dialog.import_button, dialog.cancel_button):
        buttons.addWidget(b)
    return buttons
