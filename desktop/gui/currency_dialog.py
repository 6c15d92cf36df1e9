"""Tools > Currency settings: the member's local currency and the yearly depreciation of it assumed after the
valuation date (0 holds its rate flat), written through the workspace as one step of Edit > Undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QFormLayout

from ..core import fmt, fx
from ..core.io.fields import InputError
from ..core.words import problem_text
from ..core.workspace import Workspace
from .dialogs.forms import form_footer
from .widgets import note_label

DEPRECIATION_RANGE_PCT = (-50.0, 90.0)  # what the workspace accepts (set_currency_settings)


class CurrencySettingsDialog(QDialog):
    """On OK the settings are written; ``before`` and ``after`` are then the ``set_currency_settings`` keywords
    that changed (empty when nothing did), for the window's undo step."""

    def __init__(self, workspace: Workspace, date: dt.date, parent=None):
        super().__init__(parent)
        self.workspace, self.date = workspace, date
        self.before: dict = {}
        self.after: dict = {}
        self.setWindowTitle(self.tr("Currency settings"))
        member = workspace.member
        self.local = QComboBox()
        self.local.setEditable(True)
        self.local.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        #: no local currency set
        self.local.addItem(self.tr("none"), "")
        for code in workspace.fx_currencies():
            if code != fx.SDR:
                self.local.addItem(code, code)
        if member.local_currency and self.local.findData(member.local_currency) < 0:
            self.local.addItem(member.local_currency, member.local_currency)
        self.local.setCurrentIndex(max(self.local.findData(member.local_currency or ""), 0))
        self.local.setToolTip(self.tr("The currency the member budgets in (three letters, such as PKR); the toolbar "
                                      "offers it beside US$ and the SDR"))
        self.depreciation = QDoubleSpinBox()
        self.depreciation.setRange(*DEPRECIATION_RANGE_PCT)
        self.depreciation.setDecimals(1)
        self.depreciation.setSingleStep(1.0)
        #: the assumed depreciation: a percentage a year
        self.depreciation.setSuffix(self.tr(" % a year"))
        self.depreciation.setValue(member.fx_depreciation_per_year * 100)
        self.explain = note_label(self.tr(
            "Figures dated after the valuation date (the toolbar's date), such as IMF obligations and projections, "
            "convert at the valuation date's rate moved along this path: the local currency loses this share of its "
            "US$ value each year. 0 holds the rate flat. The SDR and other currencies are held flat."))
        self.preview = note_label()
        form = QFormLayout()
        form.addRow(self.tr("Local currency"), self.local)
        form.addRow(self.tr("Assumed depreciation"), self.depreciation)
        form.addRow(self.explain)
        form.addRow(self.preview)
        self.error = form_footer(self, form)
        self.local.currentTextChanged.connect(lambda *_: self._show_preview())
        self.depreciation.valueChanged.connect(lambda *_: self._show_preview())
        self._show_preview()

    def _code(self) -> str:
        """The code chosen or typed ('' for none)."""
        text = self.local.currentText().strip()
        return self.local.currentData() if text == self.local.itemText(self.local.currentIndex()) else text

    def _show_preview(self) -> None:
        """The assumption in figures: the rate at the valuation date and a year after it."""
        try:
            code = fx.normalise_code(self._code())
        except ValueError:
            self.preview.setText("")
            return
        d = self.depreciation.value() / 100
        rate = self.workspace.converter(code, self.date).rate(self.date) if code in self.workspace.fx_currencies() else None
        if rate is None:
            self.preview.setText(fx.no_rate_text(code, self.date).capitalize() + ".")
            return
        later = self.date + dt.timedelta(days=365)
        text = (self.tr("{now} on {date}; under this assumption {later} on {later_date}.") if rate.date == self.date else
                # the valuation date takes the last rate before it: say which
                self.tr("{now} on {date} (the rate of {observed}); under this assumption {later} on {later_date}."))
        self.preview.setText(text.format(
            now=fx.per_usd_text(code, rate.per_usd), date=fmt.date(self.date), observed=fmt.date(rate.date),
            later=fx.per_usd_text(code, rate.per_usd / (1 - d) ** (365 / fx.DAYS_PER_YEAR)), later_date=fmt.date(later)))

    def _accept(self) -> None:
        member = self.workspace.member
        wanted = {"local_currency": self._code() or None, "fx_depreciation_per_year": round(self.depreciation.value() / 100, 4)}
        current = {"local_currency": member.local_currency, "fx_depreciation_per_year": member.fx_depreciation_per_year}
        try:
            if wanted["local_currency"]:
                wanted["local_currency"] = fx.normalise_code(wanted["local_currency"])
            changed = {k: v for k, v in wanted.items() if v != current[k]}
            if changed:
                self.workspace.set_currency_settings(**changed)
        except InputError as exc:  # the workspace's refusal, each problem with its field named
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except ValueError as exc:  # not three letters
            self.error.setText(self.tr("Local currency: {reason}").format(reason=exc))
            return
        self.before = {k: current[k] for k in changed}
        self.after = changed
        self.accept()
