"""A date field that takes what the user types.

QDateEdit edits a date section by section: with the whole text selected, typing "2026-04-28" over
"2025-11-18" gave 2025-04-28 (Qt 6.11 refuses the year section's intermediate digits), so every figure was
silently for the wrong date. This field is a line edit that reads a whole ISO date, with a calendar button,
arrow keys that step the date, and a refusal said in words instead of a silent change.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(9999, 12, 31)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def iso_pattern() -> str:
    """How a date is typed, in the interface's words (the placeholder and the refusals say it)."""
    #: the letters for year, month and day in the pattern a date is typed in (digits are typed, as 2026-04-28)
    return QCoreApplication.translate("DateField", "YYYY-MM-DD")


class DateField(QWidget):
    """``date()``/``setDate()`` as QDateEdit, in YYYY-MM-DD. ``dateChanged`` fires when a whole valid date in
    range has been typed or picked; text that is not such a date is refused when editing ends (Return or
    leaving the field), the last good date is put back and the reason is shown beside the field.

    With ``setSpecialValueText(label)`` the minimum date means "no date" (a filter's "any"): the field is then
    empty with the label as placeholder, and clearing it chooses the minimum."""

    dateChanged = Signal(QDate)
    refused = Signal(str)

    def __init__(self, day: dt.date | QDate | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._minimum, self._maximum = EARLIEST, LATEST
        self._special = ""
        self._tip = ""
        self._date = QDate.currentDate()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(iso_pattern())
        self.edit.setMaxLength(12)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finish)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Pick a date from a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the text
        self.calendar_button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # not the toolbar's whole width
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 18)
        if day is not None:
            self.setDate(day)
        else:
            self._show()

    # ---- QDateEdit's interface, as the app uses it ----------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: dt.date | QDate) -> None:  # noqa: N802 - Qt's name
        q = day if isinstance(day, QDate) else to_qdate(day)
        q = min(max(q, self._minimum), self._maximum)
        changed = q != self._date
        self._date = q
        self._show()
        if changed:
            self.dateChanged.emit(QDate(q))

    def setMinimumDate(self, q: QDate) -> None:  # noqa: N802
        self.setDateRange(q, max(q, self._maximum))

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:  # noqa: N802
        self._minimum, self._maximum = QDate(minimum), QDate(maximum)
        self.setToolTip(self._tip)
        self.setDate(self._date)

    def setSpecialValueText(self, label: str) -> None:  # noqa: N802
        self._special = label
        self.edit.setPlaceholderText(label or iso_pattern())
        self._show()

    def text(self) -> str:
        return self.edit.text()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - the range is part of every tip
        self._tip = base = tip
        earliest = self._minimum.toString(Qt.DateFormat.ISODate)
        latest = self._maximum.toString(Qt.DateFormat.ISODate)
        hint = (self.tr("Type a date as {pattern}, from {earliest} to {latest}; Up and Down change it by a day, "
                        "Page Up and Page Down by a month.") if self._maximum != LATEST else
                self.tr("Type a date as {pattern}, from {earliest}; Up and Down change it by a day, Page Up and "
                        "Page Down by a month.")).format(pattern=iso_pattern(), earliest=earliest, latest=latest)
        super().setToolTip(f"{base}\n\n{hint}" if base else hint)
        self.edit.setToolTip(super().toolTip())

    # ---- typing ----------------------------------------------------------------------------------

    def _show(self) -> None:
        special = bool(self._special) and self._date == self._minimum
        self.edit.setText("" if special else self._date.toString(Qt.DateFormat.ISODate))
        self._mark(False)

    def _parse(self, text: str) -> tuple[QDate | None, str]:
        """The date the text names, or None and why not."""
        if not text.strip() and self._special:
            return QDate(self._minimum), ""
        match = ISO.fullmatch(text)
        if not match:
            return None, self.tr("“{text}” is not a date: type it as {pattern}").format(text=text.strip(),
                                                                                        pattern=iso_pattern())
        q = QDate(*(int(g) for g in match.groups()))
        if not q.isValid():
            return None, self.tr("{text} is not a date in the calendar").format(text=text.strip())
        if q < self._minimum or q > self._maximum:
            earliest = self._minimum.toString(Qt.DateFormat.ISODate)
            latest = self._maximum.toString(Qt.DateFormat.ISODate)
            why = (self.tr("{text} is outside {earliest} to {latest}") if self._maximum != LATEST
                   else self.tr("{text} is before {earliest}"))
            return None, why.format(text=text.strip(), earliest=earliest, latest=latest)
        return q, ""

    def _typed(self, text: str) -> None:
        q, _ = self._parse(text)
        if q is not None and (len(text.strip()) >= 10 or not text.strip()):
            self._commit(q)  # a whole date: take it at once, as the figures should follow what was typed
        else:
            self._mark(q is None and len(text.strip()) >= 10)

    def _finish(self) -> None:
        q, why = self._parse(self.edit.text())
        if q is None:
            kept = self._date.toString(Qt.DateFormat.ISODate)
            message = self.tr("{why}. Kept {kept}.").format(why=why, kept=kept)
            self._show()
            QToolTip.showText(self.edit.mapToGlobal(QPoint(0, self.edit.height())), message, self.edit)
            self.refused.emit(message)
        else:
            self._commit(q)
            self._show()

    def _commit(self, q: QDate) -> None:
        self._mark(False)
        if q != self._date:
            self._date = QDate(q)
            self.dateChanged.emit(QDate(q))

    def _mark(self, bad: bool) -> None:
        if self.edit.property("invalid") != bad:
            self.edit.setProperty("invalid", bad)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier or key == Qt.Key.Key_F4:
                self.show_calendar()
                return True
            steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                     Qt.Key.Key_PageDown: (0, -1)}
            if key in steps:
                days, months = steps[key]
                self.setDate(self._date.addDays(days).addMonths(months))
                self.edit.selectAll()
                return True
        return super().eventFilter(watched, event)

    # ---- calendar --------------------------------------------------------------------------------

    def show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setDateRange(self._minimum, min(self._maximum, QDate(2200, 12, 31)))
        calendar.setSelectedDate(self._date)
        calendar.setGridVisible(True)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def picked(q: QDate) -> None:
            menu.close()
            self.setDate(q)

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        calendar.setFocus()
        menu.exec(self.mapToGlobal(QPoint(0, self.height())))
        menu.deleteLater()
        self.edit.setFocus()
