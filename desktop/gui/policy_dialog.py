"""Create or edit a planner policy. The rules are the core's (core.policies): a refused policy keeps the dialog
open with every reason, each naming its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import domain as d
from ..core import fmt
from ..core.engine.imf import add_months
from ..core.engine.mining import (
    DEFAULT_FEE_BTC,
    LAST_BLOCK_DATE,
    LAST_BLOCK_HEIGHT,
    REFERENCE_DATE,
    REFERENCE_HEIGHT,
)
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.io.fields import InputError
from ..core.workspace import Workspace
from .date_field import DateField
from .dialogs.forms import form_footer
from .widgets import fit_dialog

KIND_TITLES = {"daily": QT_TRANSLATE_NOOP("PolicyDialog", "Daily purchases"),
               "monthly": QT_TRANSLATE_NOOP("PolicyDialog", "Monthly purchases"),
               "lump": QT_TRANSLATE_NOOP("PolicyDialog", "Purchases on dates"),
               "mining": QT_TRANSLATE_NOOP("PolicyDialog", "Mining with state power")}  # translated where shown
UNITS = {"btc": "BTC", "usd": "US$"}


def _date_edit(day: dt.date) -> DateField:
    box = DateField()
    box.setDate(QDate(day.year, day.month, day.day))
    return box


def _iso(box: DateField) -> str:
    return box.date().toString("yyyy-MM-dd")


def _number(low: float, high: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setGroupSeparatorShown(True)
    if suffix:
        box.setSuffix(suffix)
    return box


def _amount(text: str) -> float:
    """An amount typed in a purchase's cell: in the locale's way (1.234,5 in Spain), else plainly (1234.5)."""
    value, ok = QLocale().toDouble(text)
    return value if ok else float(text.replace(",", ""))


def _form(*rows) -> QWidget:
    page, form = QWidget(), QFormLayout()
    page.setLayout(form)
    for label, widget in rows:
        form.addRow(label, widget)
    return page


class PolicyDialog(QDialog):
    def __init__(self, workspace: Workspace, start: dt.date, parent=None, existing: d.Policy | None = None):
        super().__init__(parent)
        self.workspace, self.existing = workspace, existing
        self.setWindowTitle(self.tr("Edit policy") if existing else self.tr("New policy"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(translate("PolicyDialog", title), kind)
        self.enabled = QCheckBox(self.tr("Include in the projection"))
        self.note = QLineEdit()
        self.note.setMaxLength(2000)

        # daily and monthly
        self.start, self.end = _date_edit(start), _date_edit(add_months(start, 36))
        self.open_ended = QCheckBox(self.tr("no end date"))
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        end_row = QHBoxLayout()
        end_row.addWidget(self.end)
        end_row.addWidget(self.open_ended)
        end_box = QWidget()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_box.setLayout(end_row)
        self.amount = _number(0, 1e13, 8)
        self.unit = QComboBox()
        for unit, title in UNITS.items():
            self.unit.addItem(title, unit)
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.unit)
        amount_box = QWidget()
        amount_box.setLayout(amount_row)
        periodic = _form((self.tr("First purchase"), self.start), (self.tr("Last purchase"), end_box),
                         (self.tr("Each purchase"), amount_box))

        # purchases on dates
        self.lumps = QTableWidget(0, 3)
        self.lumps.setHorizontalHeaderLabels([self.tr("Date (YYYY-MM-DD)"), self.tr("Amount"), self.tr("Unit (BTC or US$)")])
        self.lumps.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):  # the date's title with its pattern whole, in either language
            self.lumps.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lumps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lump_buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add a purchase")), QPushButton(self.tr("Remove selected"))
        add.clicked.connect(lambda: self._add_lump(start.isoformat(), "", "BTC"))
        remove.clicked.connect(lambda: [self.lumps.removeRow(i.row()) for i in
                                        sorted(self.lumps.selectionModel().selectedRows(), key=lambda i: -i.row())])
        lump_buttons.addWidget(add)
        lump_buttons.addWidget(remove)
        lump_buttons.addStretch(1)
        lump_page = QWidget()
        lump_layout = QVBoxLayout(lump_page)
        lump_layout.addWidget(self.lumps)
        lump_layout.addLayout(lump_buttons)

        # mining
        self.mw = _number(0, 100_000, 1, " MW")
        self.j_per_th = _number(1, 500, 2, " J/TH")
        self.pue = _number(1, 3, 2)
        self.uptime = _number(1, 100, 1, " %")
        self.mining_start = _date_edit(start)
        self.mining_end = _date_edit(add_months(start, 120))
        self.mining_open = QCheckBox(self.tr("no end date"))
        self.mining_open.toggled.connect(lambda on: self.mining_end.setEnabled(not on))
        mining_end_row = QHBoxLayout()
        mining_end_row.setContentsMargins(0, 0, 0, 0)
        mining_end_row.addWidget(self.mining_end)
        mining_end_row.addWidget(self.mining_open)
        mining_end_box = QWidget()
        mining_end_box.setLayout(mining_end_row)
        self.network = _number(0, 1e6, 1, " EH/s")
        self.network.setToolTip(self.tr("The network's hashrate at the start, without this fleet"))
        self.growth = _number(-99, 1000, 1, self.tr(" % a year"))
        self.fee = _number(0, 10, 4, self.tr(" BTC a block"))
        self.priced = QCheckBox(self.tr("priced at"))
        self.power_price = _number(0, 10, 4, " US$/kWh")
        self.basis = QComboBox()
        self.basis.addItem(self.tr("the tariff"), "tariff")
        self.basis.addItem(self.tr("the export price of the power (opportunity cost)"), "export")
        self.priced.toggled.connect(self.power_price.setEnabled)
        self.priced.toggled.connect(self.basis.setEnabled)
        price_row = QHBoxLayout()
        price_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.priced, self.power_price, self.basis):
            price_row.addWidget(w)
        price_box = QWidget()
        price_box.setLayout(price_row)
        self.cost_recovery = _number(0, 10, 4, " US$/kWh")
        self.cost_recovery.setSpecialValueText(self.tr("not stated"))
        self.cost_recovery.setToolTip(self.tr("What a kWh costs the power system to supply. A tariff at or above it is "
                                              "not subsidised, which a commitment against subsidised power for mining "
                                              "requires."))
        # optional: a block observed after the built-in one, from which heights (and the halvings) are projected
        self.later_block = QCheckBox(self.tr("later block"))
        self.block_height = QSpinBox()
        self.block_height.setRange(LAST_BLOCK_HEIGHT, 10_000_000)
        self.block_height.setGroupSeparatorShown(True)
        self.block_height.setPrefix(self.tr("height "))
        self.block_date = _date_edit(LAST_BLOCK_DATE)
        self.later_block.toggled.connect(self.block_height.setEnabled)
        self.later_block.toggled.connect(self.block_date.setEnabled)
        block_row = QHBoxLayout()
        block_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.later_block, self.block_height, self.block_date):
            block_row.addWidget(w)
        block_box = QWidget()
        block_box.setLayout(block_row)
        block_tip = self.tr("Optional. Block heights, and so the halving dates, are projected at the pace observed since "
                            "block {reference} ({reference_date}), from the last block known: block {last}, mined on "
                            "{last_date}, unless you tick 'later block' and enter a later block's height and the day it "
                            "was mined (from a block explorer).").format(
            reference=fmt.number(REFERENCE_HEIGHT), reference_date=REFERENCE_DATE, last=fmt.number(LAST_BLOCK_HEIGHT),
            last_date=LAST_BLOCK_DATE)
        for w in (block_box, self.later_block, self.block_height, self.block_date):
            w.setToolTip(block_tip)
        mining = _form((self.tr("Site power"), self.mw), (self.tr("Machine efficiency"), self.j_per_th),
                       (self.tr("Site overhead (PUE)"), self.pue), (self.tr("Uptime"), self.uptime),
                       (self.tr("Start"), self.mining_start), (self.tr("End"), mining_end_box),
                       (self.tr("Network hashrate"), self.network), (self.tr("Network growth"), self.growth),
                       (self.tr("Fees"), self.fee), (self.tr("Power"), price_box),
                       (self.tr("Cost recovery"), self.cost_recovery), (self.tr("Last block"), block_box))

        self.pages = QStackedWidget()
        self._page_of = {"daily": 0, "monthly": 0, "lump": 1, "mining": 2}
        for page in (periodic, lump_page, mining):
            self.pages.addWidget(page)
        self.kind.currentIndexChanged.connect(lambda _: self.pages.setCurrentIndex(self._page_of[self.kind.currentData()]))

        form = QFormLayout()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Kind"), self.kind), ("", self.enabled),
                              (self.tr("Note"), self.note)):
            form.addRow(label, widget)
        form.addRow(self.pages)
        self.error = form_footer(self, form)
        fit_dialog(self, 640, 520)
        self._load(existing or d.Policy(name="", kind="daily", params={"start_date": start.isoformat(), "btc": 1.0}))

    def _add_lump(self, date: str, amount: str, unit: str) -> None:
        row = self.lumps.rowCount()
        self.lumps.insertRow(row)
        for col, text in enumerate((date, amount, unit)):
            self.lumps.setItem(row, col, QTableWidgetItem(text))

    def _load(self, p: d.Policy) -> None:
        q = p.params
        self.name.setText(p.name)
        self.kind.setCurrentIndex(list(KIND_TITLES).index(p.kind))
        self.pages.setCurrentIndex(self._page_of[p.kind])
        self.enabled.setChecked(p.enabled)
        self.note.setText(p.note or "")
        if p.kind in ("daily", "monthly"):
            self.start.setDate(QDate.fromString(q["start_date"], "yyyy-MM-dd"))
            if q.get("end_date"):
                self.end.setDate(QDate.fromString(q["end_date"], "yyyy-MM-dd"))
            self.open_ended.setChecked(not q.get("end_date"))
            unit = "btc" if q.get("btc") is not None else "usd"
            self.unit.setCurrentIndex(list(UNITS).index(unit))
            self.amount.setValue(q[unit])
        for item in q.get("purchases", []):
            unit = "btc" if item.get("btc") is not None else "usd"
            self._add_lump(item["date"], QLocale().toString(float(item[unit]), "g", 15), UNITS[unit])
        self.mw.setValue(q.get("mw", 100.0))
        self.j_per_th.setValue(q.get("j_per_th", 17.5))
        self.pue.setValue(q.get("pue", 1.10))
        self.uptime.setValue(q.get("uptime", 1.0) * 100)
        if p.kind == "mining":
            self.mining_start.setDate(QDate.fromString(q["start_date"], "yyyy-MM-dd"))
            if q.get("end_date"):
                self.mining_end.setDate(QDate.fromString(q["end_date"], "yyyy-MM-dd"))
        self.mining_open.setChecked(not q.get("end_date"))
        self.network.setValue(q.get("network_eh", 1000.0))
        self.growth.setValue(q.get("network_growth", 0.0) * 100)
        self.fee.setValue(q.get("fee_btc", DEFAULT_FEE_BTC))
        self.priced.setChecked(q.get("power_usd_kwh") is not None)
        self.power_price.setEnabled(self.priced.isChecked())
        self.basis.setEnabled(self.priced.isChecked())
        self.power_price.setValue(q.get("power_usd_kwh", 0.05))
        self.basis.setCurrentIndex(0 if q.get("power_basis", "tariff") == "tariff" else 1)
        self.cost_recovery.setValue(q.get("cost_recovery_usd_kwh") or 0.0)
        self.later_block.setChecked(q.get("last_block_height") is not None)
        self.block_height.setEnabled(self.later_block.isChecked())
        self.block_date.setEnabled(self.later_block.isChecked())
        self.block_height.setValue(q.get("last_block_height") or LAST_BLOCK_HEIGHT)
        self.block_date.setDate(QDate.fromString(q.get("last_block_date") or LAST_BLOCK_DATE.isoformat(), "yyyy-MM-dd"))

    def _lump_purchases(self, problems: list[str]) -> list[dict]:
        purchases = []
        for row in range(self.lumps.rowCount()):
            cells = [(self.lumps.item(row, c).text().strip() if self.lumps.item(row, c) else "") for c in range(3)]
            unit = {"btc": "btc", "us$": "usd", "usd": "usd"}.get(cells[2].lower())
            try:
                amount = _amount(cells[1])
            except ValueError:
                problems.append(self.tr("purchases[{row}].amount: {text} is not a number").format(row=row + 1, text=repr(cells[1])))
                continue
            if unit is None:
                problems.append(self.tr("purchases[{row}].unit: BTC or US$, not {text}").format(row=row + 1, text=repr(cells[2])))
                continue
            purchases.append({"date": cells[0], unit: amount})
        return purchases

    def policy(self, problems: list[str]) -> d.Policy:
        kind = self.kind.currentData()
        if kind in ("daily", "monthly"):
            params = {"start_date": _iso(self.start), self.unit.currentData(): self.amount.value()}
            if not self.open_ended.isChecked():
                params["end_date"] = _iso(self.end)
        elif kind == "lump":
            params = {"purchases": self._lump_purchases(problems)}
        else:
            params = {"mw": self.mw.value(), "j_per_th": self.j_per_th.value(), "pue": self.pue.value(),
                      "uptime": self.uptime.value() / 100, "start_date": _iso(self.mining_start),
                      "network_eh": self.network.value(), "network_growth": self.growth.value() / 100,
                      "fee_btc": self.fee.value()}
            if not self.mining_open.isChecked():
                params["end_date"] = _iso(self.mining_end)
            if self.priced.isChecked():
                params.update(power_usd_kwh=self.power_price.value(), power_basis=self.basis.currentData())
            if self.cost_recovery.value() > 0:
                params["cost_recovery_usd_kwh"] = self.cost_recovery.value()
            if self.later_block.isChecked():
                params.update(last_block_height=self.block_height.value(), last_block_date=_iso(self.block_date))
        e = self.existing
        return d.Policy(name=self.name.text().strip(), kind=kind, params=params, enabled=self.enabled.isChecked(),
                        note=self.note.text().strip() or None, source=e.source if e else None, id=e.id if e else None)

    def _accept(self) -> None:
        problems: list[str] = []
        p = self.policy(problems)
        if problems:
            self.error.setText("; ".join(problems))
            return
        try:
            self.workspace.save_policy(p)
        except InputError as exc:
            self.error.setText("; ".join(exc.problems))
            return
        self.accept()
