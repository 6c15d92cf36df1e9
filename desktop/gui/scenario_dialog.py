"""Create or edit a stress scenario. The rules are the core's (core.scenario_rules): a refused scenario keeps the
dialog open with every reason, each naming its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ..core import builtin_words
from ..core import domain as d
from ..core.engine.models import PARAMS as MODEL_PARAMS
from ..core.engine.models import SPECS, Param, model_label, param_label, scenario_params
from ..core.engine.simulate import MAX_PATHS
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.fields import InputError
from ..core.scenario_rules import MACRO_FLOWS, MAX_FX_DEPRECIATION, MAX_HORIZON_DAYS
from ..core.stress import DEFAULT_PATHS
from ..core.workspace import Workspace
from .date_field import DateField
from .dialogs.forms import form_footer
from .widgets import note_label

KIND_TITLES = {"historical": QT_TRANSLATE_NOOP("ScenarioDialog", "Historical episode"),
               "shock": QT_TRANSLATE_NOOP("ScenarioDialog", "Hypothetical shock"),
               "monte_carlo": QT_TRANSLATE_NOOP("ScenarioDialog", "Monte Carlo")}  # translated where shown
MACRO_LABELS = {"exports": QT_TRANSLATE_NOOP("ScenarioDialog", "Exports (change of the 12-month flow)"),
                "imports": QT_TRANSLATE_NOOP("ScenarioDialog", "Imports (change of the 12-month flow)"),
                "remittances": QT_TRANSLATE_NOOP("ScenarioDialog", "Remittances (change of the 12-month flow)")}


def _percent(low: float, high: float, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSuffix(" %")
    return box


def _date_edit() -> DateField:
    box = DateField()
    box.setMinimumDate(QDate(2009, 1, 3))
    return box


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setGroupSeparatorShown(True)
    return box


def _param_box(p: Param) -> QSpinBox | QDoubleSpinBox:
    """The field of a model parameter, within the bounds a scenario keeps (fractions entered as percentages)."""
    if p.integer:
        return _spin(int(p.low), int(p.high))
    if p.percent:
        return _percent(p.low * 100, p.high * 100)
    box = QDoubleSpinBox()
    box.setRange(p.low, p.high)
    box.setDecimals(3)
    return box


class ScenarioDialog(QDialog):
    """``existing`` None: a new scenario; a built-in given as ``existing`` is duplicated, never changed."""

    def __init__(self, workspace: Workspace, parent=None, existing: d.Scenario | None = None, duplicate: bool = False):
        super().__init__(parent)
        self.workspace = workspace
        self.replacing = existing.id if existing and not duplicate else None
        self.saved: d.Scenario | None = None
        self.setWindowTitle(self.tr("Edit scenario") if self.replacing else self.tr("New scenario"))
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText(self.tr("lower-case letters, digits and '-', e.g. btc-minus-60"))
        self.identifier.setMaxLength(64)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(translate("ScenarioDialog", title), kind)
        self.horizon = _spin(1, MAX_HORIZON_DAYS)
        self.horizon.setSuffix(self.tr(" days"))
        self.note = QLineEdit()
        self.note.setMaxLength(2000)

        self.peak, self.trough = _date_edit(), _date_edit()
        self.depth = _percent(0.1, 99.9)
        self.btc_shock = _percent(-99.0, 1000.0)
        self.model = QComboBox()
        for spec in SPECS.values():
            label = model_label(spec.kind)  # core's label, written for mid-sentence
            self.model.addItem(label[:1].upper() + label[1:], spec.kind)
        self.model_params = {name: _param_box(p) for name, p in MODEL_PARAMS.items()}  # shown for the models that read them
        self.paths = _spin(1, MAX_PATHS)
        self.seed = _spin(0, 2**31 - 1)
        pages = {}
        for kind, rows in {
            "historical": [(self.tr("Peak"), self.peak), (self.tr("Trough"), self.trough),
                           (self.tr("Published peak-to-trough fall"), self.depth)],
            "shock": [(self.tr("Bitcoin price change"), self.btc_shock)],
            "monte_carlo": [(self.tr("Model"), self.model),
                            *((param_label(name), box) for name, box in self.model_params.items()),
                            (self.tr("Paths"), self.paths), (self.tr("Seed"), self.seed)],
        }.items():
            page, form = QWidget(), QFormLayout()
            page.setLayout(form)
            for label, widget in rows:
                form.addRow(label, widget)
            pages[kind] = page
        self.model_form = pages["monte_carlo"].layout()
        self.model.currentIndexChanged.connect(self._show_model_params)
        self.pages = QStackedWidget()
        for kind in KIND_TITLES:
            self.pages.addWidget(pages[kind])
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)

        self.macro = {flow: _percent(-100.0, 1000.0) for flow in MACRO_FLOWS}
        self.macro_months = _spin(1, 120)
        self.other_flows = QDoubleSpinBox()
        self.other_flows.setRange(-1e7, 1e7)
        self.other_flows.setDecimals(1)
        self.other_flows.setGroupSeparatorShown(True)
        macro_box = QGroupBox(self.tr("Macro shocks to the baseline reserve path (0 = none)"))
        macro_form = QFormLayout(macro_box)
        for flow, box in self.macro.items():
            macro_form.addRow(translate("ScenarioDialog", MACRO_LABELS[flow]), box)
        macro_form.addRow(self.tr("Lasting"), self.macro_months)
        macro_form.addRow(self.tr("Other net inflows (US$ m a year)"), self.other_flows)
        self.macro_months.setSuffix(self.tr(" months"))

        # the member's local currency losing value against the US$: it prices the payments due to the Fund
        code = workspace.member.local_currency
        example = code or "PKR"
        self.fx_depreciation = _percent(0.0, MAX_FX_DEPRECIATION * 100)
        explanation = self.tr(
            "The {code} loses this share of its US$ value on the first day and stays there: at 20%, {code} 280 per "
            "US$ becomes 280 / (1 - 0.20) = {code} 350 per US$, and what is owed to the Fund costs a quarter more in "
            "{code}. US$ and SDR figures do not change. For scale: the rupee went from about 226 per US$ at the end "
            "of 2022 to 305 on 5 September 2023, a loss of 26% (Yahoo Finance, PKR=X daily closes).").format(code=example)
        self.fx_depreciation.setToolTip(explanation)
        self.fx_note = note_label(explanation if code else explanation + " " + self.tr(
            "This workspace names no local currency: set one in Currency settings to see the cost in it."))
        fx_box = QGroupBox(self.tr("Local currency against the US$ (0 = no change)"))
        fx_form = QFormLayout(fx_box)
        fx_form.addRow(self.tr("Depreciation on day 1"), self.fx_depreciation)
        fx_form.addRow(self.fx_note)

        form = QFormLayout()
        for label, widget in ((self.tr("Identifier"), self.identifier), (self.tr("Name"), self.name),
                              (self.tr("Kind"), self.kind), (self.tr("Horizon"), self.horizon), (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        form.addRow(self.pages)
        form.addRow(macro_box)
        form.addRow(fx_box)
        self.error = form_footer(self, form)
        self._load(existing, duplicate)

    def _load(self, s: d.Scenario | None, duplicate: bool) -> None:
        s = s or d.Scenario(id="", name="", kind="shock", horizon_days=365, params={"btc_shock": -0.5})
        p = s.params
        self.identifier.setText(f"{s.id}-copy" if duplicate else s.id)
        # a copy is the user's own scenario: a built-in's name and note in the words the user reads them in
        name = builtin_words.scenario_name(s.id, s.name) if duplicate else s.name
        self.name.setText(self.tr("{name} (copy)").format(name=name) if duplicate else name)
        self.kind.setCurrentIndex(list(KIND_TITLES).index(s.kind))
        self.pages.setCurrentIndex(list(KIND_TITLES).index(s.kind))
        self.horizon.setValue(s.horizon_days)
        self.note.setText((builtin_words.scenario_note(s.id, s.note) if duplicate else s.note) or "")
        today = dt.date.today()
        for box, key, default in ((self.peak, "peak_date", today - dt.timedelta(days=365)), (self.trough, "trough_date", today)):
            day = dt.date.fromisoformat(p[key]) if key in p else default
            box.setDate(QDate(day.year, day.month, day.day))
        self.depth.setValue(p.get("depth", 0.5) * 100)
        self.btc_shock.setValue(p.get("btc_shock", -0.5 if s.kind == "shock" else 0.0) * 100)
        self.model.setCurrentIndex(max(0, self.model.findData(p.get("model", "gbm"))))
        self._show_model_params()
        for name, box in self.model_params.items():
            param = MODEL_PARAMS[name]
            box.setValue(p.get(name, param.default) * (100 if param.percent else 1))
        self.paths.setValue(p.get("paths", DEFAULT_PATHS))
        self.seed.setValue(p.get("seed", 1))
        for flow, box in self.macro.items():
            box.setValue(p.get("macro_shocks", {}).get(flow, 0.0) * 100)
        self.macro_months.setValue(p.get("macro_months", 12))
        self.other_flows.setValue(p.get("other_flows_usd", 0.0) / 1e6)
        self.fx_depreciation.setValue(p.get("fx_depreciation", 0.0) * 100)

    def _show_model_params(self) -> None:
        used = scenario_params(self.model.currentData())
        for name, box in self.model_params.items():
            self.model_form.setRowVisible(box, name in used)

    def _param_value(self, name: str) -> float | int:
        value = self.model_params[name].value()
        return value / 100 if MODEL_PARAMS[name].percent else value

    def scenario(self) -> d.Scenario:
        kind = self.kind.currentData()
        if kind == "historical":
            params = {"asset": "BTC", "peak_date": self.peak.date().toString("yyyy-MM-dd"),
                      "trough_date": self.trough.date().toString("yyyy-MM-dd"), "depth": self.depth.value() / 100}
        elif kind == "shock":
            params = {"btc_shock": self.btc_shock.value() / 100} if self.btc_shock.value() else {}
        else:
            model = self.model.currentData()
            params = {"model": model, **{name: self._param_value(name) for name in scenario_params(model)},
                      "paths": self.paths.value(), "seed": self.seed.value()}
        shocks = {flow: box.value() / 100 for flow, box in self.macro.items() if box.value()}
        if shocks:
            params.update(macro_shocks=shocks, macro_months=self.macro_months.value())
        if self.other_flows.value():
            params["other_flows_usd"] = self.other_flows.value() * 1e6
        if self.fx_depreciation.value():
            params["fx_depreciation"] = self.fx_depreciation.value() / 100
        return d.Scenario(id=self.identifier.text().strip(), name=self.name.text().strip(), kind=kind,
                          horizon_days=self.horizon.value(), params=params, note=self.note.text().strip() or None)

    def _accept(self) -> None:
        s = self.scenario()
        try:
            self.workspace.save_scenario(s, replacing=self.replacing)
        except InputError as exc:
            self.error.setText("; ".join(exc.problems))
            return
        self.saved = s
        self.accept()
