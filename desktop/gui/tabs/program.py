"""IMF Program: arrangements and purchases, what is owed and when, credit against quota, test dates,
benchmarks with the bitcoin non-accumulation check, and reserve adequacy with and without bitcoin."""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fmt, fx
from ...core.engine import adequacy as adq
from ...core.engine import fund, imf
from ...core.engine.compliance import benchmark_overdue
from ...core.engine.valuation import day_number
from ...core.errors import InvalidInput
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.io.fields import InputError
from ...core.words import value_text
from ...core.workspace import ACCESS_SENTENCE, arrangement_terms, reserves_as_of_note
from ..charts import date_line, date_plot, day_seconds, legend_below, pen
from ..commands import EditPurchase, EditTerms, EditTransaction, SetPurchaseAmounts
from ..dialogs.arrangement import ArrangementDialog
from ..dialogs.member import MemberDialog, rate_text, rst_group_tip, source_text
from ..dialogs.purchase import PurchaseDialog
from ..dialogs.transaction import TransactionDialog
from ..table_model import Column, RecordTableModel
from ..widgets import button, column, note_label, record_table, section_title, splitter
from ..workbook_dialog import beside, excel_button
from .base import HOLDINGS_TABLES, PROGRAM_TABLES, Tab
from .fund_position import (
    FundPositionView,
    converted_by_year,
    money_unit,
    scaled_text,
    sdr_text,
    shortest,
    window_text,
    year_tip,
)

POLICY_TEXT = {  # oldest first, as engine.fund.POLICY_FROM dates them
    "pre-2016-02": QT_TRANSLATE_NOOP(
        "ProgramTab", "Charges policy before 2016-02-17: SDR rate + 100 bp; level surcharge 200 bp above 300% of the "
        "quotas before the 14th General Review; time surcharge 100 bp (IMF Decision No. 12346-(00/117))."),
    "pre-2024-11": QT_TRANSLATE_NOOP(
        "ProgramTab", "Charges policy from 2016-02-17 to 2024-10-31: SDR rate + 100 bp; level surcharge 200 bp above "
        "187.5% of quota; time surcharge 100 bp; commitment-fee thresholds 115% and 575% of quota (IMF, Frequently "
        "Asked Questions on the Fund's Charges and the Surcharge Policy, 2024-10-11)."),
    "2024-11": QT_TRANSLATE_NOOP(
        "ProgramTab", "Charges policy in force since 2024-11-01: SDR rate + 60 bp; level surcharge 200 bp above 300% "
        "of quota; time surcharge 75 bp after 51 months (EFF) / 36 months (SBA, RFI); service charge 50 bp; commitment "
        "fee 15/30/60 bp (IMF review of charges and the surcharge policy, Board decision of 11 Oct 2024)."),
}
INPUT_LABELS = {"gross_reserves_usd": QT_TRANSLATE_NOOP("ProgramTab", "Gross reserves"),
                "short_term_debt_usd": QT_TRANSLATE_NOOP("ProgramTab", "Short-term external debt"),
                "other_liabilities_usd": QT_TRANSLATE_NOOP("ProgramTab", "Other liabilities"),
                "broad_money_usd": QT_TRANSLATE_NOOP("ProgramTab", "Broad money"),
                "exports_usd": QT_TRANSLATE_NOOP("ProgramTab", "Exports, 12 months"),
                "imports_usd": QT_TRANSLATE_NOOP("ProgramTab", "Imports, 12 months"),
                "remittances_usd": QT_TRANSLATE_NOOP("ProgramTab", "Remittances, 12 months"),
                "gdp_usd": QT_TRANSLATE_NOOP("ProgramTab", "GDP, 12 months"),
                "reserve_liabilities_usd": QT_TRANSLATE_NOOP("ProgramTab", "Reserve liabilities"),
                "regime": QT_TRANSLATE_NOOP("ProgramTab", "Exchange-rate regime")}
# the US$ columns of the test dates, 1 to 4; in another currency the table's title names the unit (the Spanish
# "(mil mill. PKR)" under each would push the last column out of sight at 1366 px)
TEST_COLUMNS = (("nir_floor_usd", QT_TRANSLATE_NOOP("ProgramTab", "NIR floor")),
                ("adjusted_floor_usd", QT_TRANSLATE_NOOP("ProgramTab", "Adjusted floor")),
                ("nir_usd", QT_TRANSLATE_NOOP("ProgramTab", "Projected NIR")),
                ("headroom_usd", QT_TRANSLATE_NOOP("ProgramTab", "Headroom")))
MACRO_COLUMNS = (("gross_reserves_usd", QT_TRANSLATE_NOOP("ProgramTab", "Gross reserves ({unit})")),  # 1 to 8
                 ("imports_usd", QT_TRANSLATE_NOOP("ProgramTab", "Imports, 12 m ({unit})")),
                 ("exports_usd", QT_TRANSLATE_NOOP("ProgramTab", "Exports, 12 m ({unit})")),
                 ("remittances_usd", QT_TRANSLATE_NOOP("ProgramTab", "Remittances, 12 m ({unit})")),
                 ("short_term_debt_usd", QT_TRANSLATE_NOOP("ProgramTab", "Short-term debt ({unit})")),
                 ("other_liabilities_usd", QT_TRANSLATE_NOOP("ProgramTab", "Other liabilities ({unit})")),
                 ("broad_money_usd", QT_TRANSLATE_NOOP("ProgramTab", "Broad money ({unit})")),
                 ("reserve_liabilities_usd", QT_TRANSLATE_NOOP("ProgramTab", "Reserve liabilities ({unit})")))
STACK = (("principal_sdr", QT_TRANSLATE_NOOP("ProgramTab", "Principal"), "#1f4e79"),
         ("charges_sdr", QT_TRANSLATE_NOOP("ProgramTab", "Charges"), "#4f81bd"),
         ("surcharges_sdr", QT_TRANSLATE_NOOP("ProgramTab", "Surcharges"), "#c0504d"),
         ("fees_sdr", QT_TRANSLATE_NOOP("ProgramTab", "Fees"), "#9bbb59"))
CODE_WORDS = {  # stored codes (statuses, kinds, regimes, the ARA band) -> the words shown; the codes stay as stored
    #: a purchase from the IMF not yet made (feminine: la compra)
    "planned": QT_TRANSLATE_NOOP("ProgramTab", "planned"),
    #: a purchase from the IMF already made (feminine: la compra)
    "disbursed": QT_TRANSLATE_NOOP("ProgramTab", "disbursed"),
    #: a ledger entry that adds bitcoin to public wallets (a non-accumulation breach)
    "purchase": QT_TRANSLATE_NOOP("ProgramTab", "purchase"),
    #: a ledger entry that adds bitcoin to public wallets (a non-accumulation breach)
    "mining": QT_TRANSLATE_NOOP("ProgramTab", "mining"),
    #: a structural benchmark's status (feminine: la referencia estructural)
    "pending": QT_TRANSLATE_NOOP("ProgramTab", "pending"),
    #: a structural benchmark's status (feminine: la referencia estructural)
    "met": QT_TRANSLATE_NOOP("ProgramTab", "met"),
    #: a structural benchmark's status (feminine: la referencia estructural)
    "not_met": QT_TRANSLATE_NOOP("ProgramTab", "not met"),
    #: a structural benchmark's status (feminine: la referencia estructural)
    "ongoing": QT_TRANSLATE_NOOP("ProgramTab", "ongoing"),
    #: a structural benchmark past its due date (feminine: la referencia estructural)
    "overdue": QT_TRANSLATE_NOOP("ProgramTab", "overdue"),
    #: exchange-rate regime (IMF ARA classification)
    "fixed": QT_TRANSLATE_NOOP("ProgramTab", "fixed"),
    #: exchange-rate regime (IMF ARA classification)
    "floating": QT_TRANSLATE_NOOP("ProgramTab", "floating"),
    #: reserves against the IMF's ARA metric: under 100% (the same words as the PDF summary)
    "below": QT_TRANSLATE_NOOP("ProgramTab", "below"),
    #: reserves against the IMF's ARA metric: 100-150%
    "adequate": QT_TRANSLATE_NOOP("ProgramTab", "adequate"),
    #: reserves against the IMF's ARA metric: over 150%
    "above": QT_TRANSLATE_NOOP("ProgramTab", "above"),
}


def code_text(code: str | None) -> str:
    """A stored code in words ("not met"); a code this tab has no word for shows as stored, underscores spaced."""
    if code is None:
        return "—"
    return translate("ProgramTab", CODE_WORDS[code]) if code in CODE_WORDS else code.replace("_", " ")


def policy_name(a, member) -> str:
    """What prices an arrangement's credit, in a word: "by date" unless its GRA charges policy is pinned; RSF
    credit is priced by the RST's terms for the member's group."""
    if a.window == "RST":
        return translate("ProgramTab", "RST group {group}").format(group=member.rst_group or "C")
    if a.window != "GRA":
        return translate("ProgramTab", "{window} terms").format(window=window_text(a.window))
    #: the IMF's charges policy in force on each day
    return translate("ProgramTab", "by date") if a.charges_policy is None else value_text("charges_policy", a.charges_policy)


def _policy(name: str) -> str:
    return translate("ProgramTab", POLICY_TEXT[name])


def policy_tip(a, member) -> str:
    if a.window == "RST":
        return ("" if member.rst_group else translate("ProgramTab", "No RST group set: group C assumed.") + " ") \
            + rst_group_tip()
    if a.window != "GRA":
        return translate("ProgramTab", "{facility} credit is priced by the {window}'s own terms, not the GRA charges "
                         "policy.").format(facility=a.facility, window=window_text(a.window))
    if a.charges_policy is not None:
        return translate("ProgramTab", "Pinned for this arrangement's margin and fees: {policy} Surcharges are the "
                         "member's, on its total GRA credit.").format(policy=_policy(a.charges_policy))
    return "\n".join((translate("ProgramTab", "By date: each day's charges follow the IMF's policy then in force."),
                      *map(_policy, POLICY_TEXT)))


def policy_sentence(a, member) -> str:
    """The pricing of an arrangement's credit, said once under the arrangements."""
    if a.window == "RST":
        return (translate("ProgramTab", "Priced by the RST's terms for group {group} (Member terms…).").format(
            group=member.rst_group) if member.rst_group else
            translate("ProgramTab", "Priced by the RST's terms for group C (assumed: none set) (Member terms…)."))
    if a.window != "GRA":
        return policy_tip(a, member)
    if a.charges_policy is not None:
        return translate("ProgramTab", "{policy} Pinned for its margin and fees.").format(policy=_policy(a.charges_policy))
    return translate("ProgramTab", "Charges: the IMF's policy in force on each day (it changed on 2024-11-01; the "
                     "Charges policy column's tooltip gives both).")


def _source_tip(item) -> str:
    source = item.source and translate("ProgramTab", "Source: {source}").format(source=source_text(item.source))
    return "\n".join(x for x in (getattr(item, "note", None), source) if x)


CHARGES_DUE_TIP = QT_TRANSLATE_NOOP(
    "ProgramTab", "Charges and surcharges accrue daily over each IMF quarter (to 31 Jan, 30 Apr, 31 Jul, 31 Oct) and "
    "fall due on the fourth business day after it ends (IMF Rules and Regulations, Rule I-2).")


def _quarter_tip(row) -> str | None:
    return row.charges_quarter_end and translate("ProgramTab", "For the IMF quarter ending {date}").format(
        date=row.charges_quarter_end.isoformat())


def definition(key: str) -> str:
    """The IMF's definition of an adequacy input (engine.adequacy), in the interface's language."""
    return translate("adequacy", adq.INPUT_DEFINITIONS[key])


def _usd_m(v: float | None) -> str:
    return "" if v is None else fmt.number(v / 1e6, 1)


def _nan(v: float | None) -> float:
    """A converted figure with no rate as NaN: a table shows it "—", apart from a figure there is none of (blank)."""
    return math.nan if v is None else v


def _millions(v: float, decimals: int = 2) -> str:
    """A schedule's amount in millions of its unit (SDR or US$); blank for none."""
    return fmt.number(v / 1e6, decimals) if v else ""


class ProgramTab(Tab):
    reads = PROGRAM_TABLES | HOLDINGS_TABLES | {"macro_inputs"}  # adequacy "with bitcoin" values the holdings
    title = "IMF Program"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        layout = QVBoxLayout(self)
        self.arrangement_model = RecordTableModel([
            Column(self.tr("Arrangement"), lambda p: p.arrangement.name, tooltip=lambda p: _source_tip(p.arrangement)),
            Column(self.tr("Facility"), lambda p: p.arrangement.facility),
            Column(self.tr("Approved"), lambda p: p.arrangement.approval_date.isoformat()),
            Column(self.tr("Ends"), lambda p: p.end_date.isoformat()),
            Column(self.tr("Access (SDR m)"), lambda p: p.arrangement.access_sdr, fmt.sdr_m, numeric=True),
            Column(self.tr("Quota (SDR m)"), lambda p: p.arrangement.quota_sdr, fmt.sdr_m, numeric=True,
                   header_tip=self.tr("The member's quota on the approval date (Member terms…: one quota history for "
                                      "every arrangement).")),
            Column(self.tr("Access % quota"),
                   lambda p: p.arrangement.quota_sdr and p.arrangement.access_sdr / p.arrangement.quota_sdr,
                   fmt.pct, numeric=True),
            Column(self.tr("Disbursed (SDR m)"), lambda p: p.disbursed_sdr, fmt.sdr_m, numeric=True,
                   header_tip=self.tr("Purchases with status 'disbursed' on or before the chosen date.")),
            Column(self.tr("Disbursed % quota"), lambda p: p.disbursed_share_of_quota, fmt.pct, numeric=True),
            Column(self.tr("Undrawn (SDR m)"), lambda p: p.undrawn_sdr, fmt.sdr_m, numeric=True,
                   tooltip=lambda p: self.tr("Ended on {date}: {amount} of access was never drawn and lapsed with it.")
                   .format(date=p.end_date, amount=sdr_text(p.arrangement.access_sdr - p.disbursed_sdr))
                   if p.expired else None),
            Column(self.tr("USD per SDR"), lambda p: p.arrangement.usd_per_sdr, lambda v: fmt.number(v, 4), numeric=True),
            Column(self.tr("Charges policy"), lambda p: policy_name(p.arrangement, self.workspace.member),
                   tooltip=lambda p: policy_tip(p.arrangement, self.workspace.member)),
        ])
        self.arrangement_view = record_table(self.arrangement_model)
        self.arrangement_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        heading = QHBoxLayout()
        heading.addWidget(section_title(self.tr("Arrangements")))
        heading.addStretch(1)
        self.terms_button = button(self.tr("Edit terms…"), self.edit_terms)
        heading.addWidget(self.terms_button)
        heading.addWidget(button(self.tr("Member terms…"), self.edit_member, self.tr(
            "The member's quota history, the SDR interest-rate path every arrangement uses and the RST pricing group; "
            "Edit > Undo reverses each change.")))
        layout.addLayout(heading)
        layout.addWidget(self.arrangement_view)
        self.terms = note_label()
        layout.addWidget(self.terms)
        self.empty = self._empty_state()
        layout.addWidget(self.empty)

        self.pages = QTabWidget()
        self.pages.addTab(self._terms_page(), self.tr("Purchases and test dates"))
        self.pages.addTab(self._schedule_page(), self.tr("Repayments and charges"))
        self.fund_view = FundPositionView()  # the member's whole position: every arrangement together
        self.pages.addTab(self.fund_view, self.tr("Fund position"))
        self.pages.addTab(self._credit_page(), self.tr("Credit vs quota"))
        self.pages.addTab(self._compliance_page(), self.tr("Non-accumulation"))
        self.pages.addTab(self._adequacy_page(), self.tr("Reserve adequacy"))
        layout.addWidget(self.pages, 1)
        # the columns as built (US$ and SDR as stated); another reporting currency replaces some (_show_currency)
        self._as_built = [(m, list(m.columns)) for m in (self.purchase_model, self.test_model, self.macro_model)]
        self.refresh()

    # ---- pages ------------------------------------------------------------------------------------

    def _empty_state(self) -> QWidget:
        """What an empty workspace shows instead of the tables: what to do, with the buttons that do it."""
        self.empty_text = note_label(self.tr(
            "This workspace has no IMF arrangement yet. Import the program's terms, purchases, test dates and "
            "benchmarks from a program file (JSON), and the reserves and macro data the adequacy measures and the "
            "NIR test dates use (CSV). The IMF's \"Projected Payments to the IMF\" for the member (TSV, from its "
            "\"Financial Position in the Fund\" page) gives the credit still outstanding from earlier arrangements."))
        row = QHBoxLayout()
        self.empty_buttons = [button(text, lambda _=False, k=kind: self.import_file(k))
                              for text, kind in ((self.tr("Import IMF program (JSON)…"), "program"),
                                                 (self.tr("Import macro data (CSV)…"), "macro"),
                                                 (self.tr("Import IMF projected payments (TSV)…"), "imf-payments"))]
        for b in self.empty_buttons:
            row.addWidget(b)
        row.addStretch(1)
        box = column(self.empty_text)
        box.layout().addLayout(row)
        box.layout().addStretch(1)
        return box

    def first_controls(self) -> list[QWidget]:
        return [self.arrangement_view, *self.empty_buttons]

    def import_file(self, kind: str) -> None:
        """The window's import dialog for ``kind`` (File > Import); the window reloads every tab after an import."""
        self.window().import_csv(kind)

    def _terms_page(self) -> QWidget:
        self.purchase_model = RecordTableModel([
            Column(self.tr("Date"), lambda p: p.date.isoformat()),
            Column(self.tr("Amount (SDR m)"), lambda p: p.amount_sdr, fmt.sdr_m, numeric=True),
            Column(self.tr("Amount (US$ m)"), lambda p: p.amount_sdr * self._usd_per_sdr / 1e6, lambda v: fmt.number(v, 1),
                   numeric=True),
            Column(self.tr("Status"), lambda p: code_text(p.status)),
            Column(self.tr("Source or note"), lambda p: source_text(p.source) or p.note, tooltip=_source_tip),
        ])
        self.rate_model = RecordTableModel([
            Column(self.tr("From"), lambda r: r.from_date.isoformat()),
            Column(self.tr("SDR rate"), lambda r: r.sdr_rate, rate_text, numeric=True),
            Column(self.tr("Source"), lambda r: source_text(r.source)),
        ])
        self.test_model = RecordTableModel([
            Column(self.tr("Test date"), lambda t: t.date.isoformat()),
            Column(self.tr("NIR floor (US$ m)"), lambda t: t.nir_floor_usd, _usd_m, numeric=True),
            Column(self.tr("Adjusted floor (US$ m)"), lambda t: t.adjusted_floor_usd, _usd_m, numeric=True,
                   header_tip=self.tr("Down by a shortfall of budget support below its baseline (up to the cap), up by "
                                      "an excess; unchanged while realised support is not entered.")),
            Column(self.tr("Projected NIR (US$ m)"), lambda t: t.nir_usd, _usd_m, numeric=True,
                   header_tip=self.tr("Gross reserves - IMF credit outstanding, projected from the last reserve "
                                      "observation on or before the toolbar's date by the schedule's flows (Help > "
                                      "Methodology).")),
            Column(self.tr("Headroom (US$ m)"), lambda t: t.headroom_usd, _usd_m, numeric=True,
                   warn=lambda t: t.headroom_usd is not None and t.headroom_usd < 0),
            Column(self.tr("Reserves as of"), lambda t: fmt.date(t.reserves_date),
                   tooltip=lambda t: self.tests_note.text() or None),
        ])
        self.benchmark_model = RecordTableModel([
            Column(self.tr("Benchmark"), lambda b: b.description, tooltip=_source_tip),
            Column(self.tr("Type"), lambda b: value_text("type", b.type)),
            Column(self.tr("From"), lambda b: fmt.date(b.start_date)),
            Column(self.tr("Due"), lambda b: fmt.date(b.due_date)),
            Column(self.tr("Status"), lambda b: code_text("overdue" if benchmark_overdue(b, self.date) else b.status),
                   warn=lambda b: benchmark_overdue(b, self.date),
                   tooltip=lambda b: self.tr("Due {due}, still {status} on {date}: past its due date.").format(
                       due=b.due_date, status=code_text(b.status), date=self.date)
                   if benchmark_overdue(b, self.date) else None),
        ])
        views = {name: record_table(model, stretch_column=stretch) for name, model, stretch in [
            ("purchases", self.purchase_model, 4), ("tests", self.test_model, 5), ("benchmarks", self.benchmark_model, 0)]}
        # the path goes back years: the latest steps first, the one in force on the toolbar's date selected
        views["rates"] = self.rate_view = record_table(self.rate_model, stretch_column=2, sort_column=0, descending=True)
        self.purchase_view = views["purchases"]
        self.purchase_view.doubleClicked.connect(lambda *_: self.edit_purchase())
        self.purchase_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable_buttons())
        buttons = QHBoxLayout()
        self.purchase_buttons = {key: button(text, slot) for key, text, slot in (  # by their English names
            ("Add…", self.tr("Add…"), self.add_purchase), ("Edit…", self.tr("Edit…"), self.edit_purchase),
            ("Delete", self.tr("Delete"), self.delete_purchase))}
        for b in self.purchase_buttons.values():
            buttons.addWidget(b)
        self.rescale_button = button(self.tr("Rescale planned to access"), self.rescale_planned)
        self.rescale_button.setToolTip(self.tr("Change the planned (not yet disbursed) purchases in the same "
                                               "proportions so that all purchases add up to access. Edit > Undo "
                                               "reverses it."))
        buttons.addWidget(self.rescale_button)
        buttons.addStretch(1)
        self.phasing = note_label()
        purchases = column(self.tr("Purchases (planned and disbursed)"), self.purchase_view, self.phasing)
        purchases.layout().addLayout(buttons)
        self.rate_after = note_label()  # what the path assumes past its last observation
        self.tests_note = note_label()  # which reserve observations a projection as of the toolbar's date leaves out
        self.tests_note.hide()
        self.test_view = views["tests"]
        self.tests_title = section_title(self.tr("Test dates and NIR floors"))
        right = splitter(Qt.Orientation.Vertical,
                         column(beside(self.tests_title, excel_button(self, "test_dates", lambda: {"include_planned": self.include_planned.isChecked()})),
                                self.test_view, self.tests_note),
                         column(self.tr("Structural benchmarks"), views["benchmarks"]),
                         column(self.tr("SDR interest rate (one path, every arrangement)"), views["rates"], self.rate_after),
                         sizes=[120, 180, 130])
        return splitter(Qt.Orientation.Horizontal, purchases, right, sizes=[600, 800])  # the test dates' six columns in sight

    def _schedule_page(self) -> QWidget:
        self.include_planned = QCheckBox(self.tr("Include planned purchases"))
        self.include_planned.setChecked(True)
        self.include_planned.setToolTip(self.tr("Off: only what is owed on the credit actually drawn."))
        self.units = QComboBox()
        self.units.addItem(self.tr("SDR millions"), "sdr")
        self.units.addItem(self.tr("US$ millions"), "usd")
        for w in (self.include_planned, self.units):
            (w.toggled if isinstance(w, QCheckBox) else w.currentIndexChanged).connect(lambda *_: self._show_selected())
        self._local_years: dict[int, dict] = {}  # the by-year sums in the reporting currency (units "local")
        year_tip_ = lambda y: year_tip(self._local, self._local_years[y["year"]]) if self._local_units else None  # noqa: E731
        self.year_model = RecordTableModel([
            Column(self.tr("Year"), lambda y: y["year"], numeric=True),
            *(Column(title, lambda y, k=key: self._year_amount(y, k), self._year_text, numeric=True, tooltip=year_tip_)
              for key, title in (("principal_sdr", self.tr("Principal")), ("charges_sdr", self.tr("Charges")),
                                 ("surcharges_sdr", self.tr("Surcharges")), ("fees_sdr", self.tr("Fees")),
                                 ("total_sdr", self.tr("Total")))),
        ])
        row_tip = lambda r: self._local.explain(r.date) if self._local_units else None  # noqa: E731
        self.date_model = RecordTableModel([
            Column(self.tr("Date"), lambda r: r.date.isoformat()),
            Column(self.tr("Principal"), lambda r: self._amount(r.principal_sdr, r.date), self._schedule_text,
                   numeric=True, tooltip=row_tip),
            Column(self.tr("Charges"), lambda r: self._amount(r.charges_sdr, r.date), self._schedule_text, numeric=True,
                   tooltip=lambda r: "\n".join(x for x in (_quarter_tip(r), row_tip(r)) if x) or None,
                   header_tip=self.tr(CHARGES_DUE_TIP)),
            Column(self.tr("Surcharges"), lambda r: self._amount(r.surcharges_sdr, r.date), self._schedule_text,
                   numeric=True, tooltip=row_tip),
            Column(self.tr("Service charge"), lambda r: self._amount(r.service_charge_sdr, r.date), self._schedule_text,
                   numeric=True, tooltip=row_tip),
            Column(self.tr("Commitment fee"), lambda r: self._amount(r.commitment_fee_sdr, r.date),
                   lambda v: self._schedule_text(v, 3), numeric=True, tooltip=row_tip,
                   header_tip=self.tr("Charged at the start of each 12-month period; negative entries "
                                      "are refunds as purchases are drawn.")),
            Column(self.tr("Credit outstanding (SDR m)"), lambda r: r.credit_outstanding_sdr, fmt.sdr_m, numeric=True),
            Column(self.tr("% of quota"), lambda r: r.credit_share_of_quota, fmt.pct, numeric=True),
        ])
        self.year_plot = pg.PlotWidget()
        self.year_plot.setMenuEnabled(False)
        self.year_plot.showGrid(y=True, alpha=0.2)
        self.year_plot.setTitle(self.tr("Payments to the IMF by year"), size="10pt")
        self.year_plot.getAxis("left").enableAutoSIPrefix(False)
        self.year_plot.setLabel("bottom", self.tr("Year"))
        legend_below(self.year_plot, columns=4)  # under the axis: never over the bars
        self.year_bars = {}
        for key, label, colour in STACK:
            bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=colour, pen=None, name=self.tr(label))
            self.year_plot.addItem(bars)  # a named item joins the legend by itself
            self.year_bars[key] = bars
        controls = QHBoxLayout()
        controls.addWidget(self.include_planned)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Amounts in")))
        controls.addWidget(self.units)
        controls.addWidget(excel_button(self, "imf_schedule", lambda: {"include_planned": self.include_planned.isChecked()}))
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 4, 0, 0)
        tl.addLayout(controls)
        tl.addWidget(splitter(Qt.Orientation.Horizontal, column(self.tr("By year"), record_table(self.year_model)),
                              self.year_plot, sizes=[560, 840]), 1)
        return splitter(Qt.Orientation.Vertical, top, column(self.tr("By payment date"), record_table(self.date_model)),
                        sizes=[400, 300])

    def _credit_page(self) -> QWidget:
        self.credit_plot = date_plot(self.tr("IMF credit outstanding"), self.tr("% of quota"))
        self.credit_curve = self.credit_plot.plot(pen=pen("stock"), name=self.tr("Credit outstanding"))
        # the label's figure is written when the line moves (_show_selected), with the locale's decimal sign
        self.threshold_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#c0504d", width=1.5, style=Qt.PenStyle.DashLine),
                                              label="", labelOpts={"position": 0.1, "color": "#c0504d"})
        self.credit_plot.addItem(self.threshold_line, ignoreBounds=False)
        self.credit_date = date_line(self.credit_plot)
        self.credit_note = note_label()
        return column(self.credit_note, self.credit_plot)

    def _compliance_page(self) -> QWidget:
        self.compliance_summary = note_label()
        self.breach_model = RecordTableModel([
            Column(self.tr("Date"), lambda r: r["date"]), Column(self.tr("Kind"), lambda r: code_text(r["kind"])),
            Column(self.tr("Wallet"), lambda r: r["wallet"]),
            Column("BTC", lambda r: r["btc"], lambda v: fmt.btc(v, 8), numeric=True),
            Column(self.tr("Arrangement"), lambda r: r["arrangement"], tooltip=lambda r: r["benchmark"]),
        ])
        self.breach_view = record_table(self.breach_model, stretch_column=4)
        buttons = QHBoxLayout()
        buttons.addWidget(button(self.tr("Reclassify selected row…"), self.reclassify))
        buttons.addStretch(1)
        page = column(self.compliance_summary, self.breach_view)
        page.layout().addLayout(buttons)
        return page

    def _adequacy_page(self) -> QWidget:
        self.haircut = QDoubleSpinBox()
        self.haircut.setRange(0.0, 100.0)
        self.haircut.setSuffix(self.tr(" % haircut"))
        self.haircut.setValue(50.0)
        self.haircut.setToolTip(self.tr("Illustrative: no published haircut exists for bitcoin; set your own."))
        self.haircut.valueChanged.connect(lambda *_: self._show_adequacy())
        self.adequacy_model = RecordTableModel([
            Column(self.tr("Measure"), lambda r: r[0]), Column(self.tr("Without bitcoin (IMF definition)"), lambda r: r[1]),
            Column(self.tr("With bitcoin at the haircut (illustration)"), lambda r: r[2]),
            Column(self.tr("Benchmark"), lambda r: r[3]),
        ])
        self._input_tips: dict[str, str] = {}  # the IMF's definition of each input, by the label the table shows
        self.inputs_model = RecordTableModel([
            Column(self.tr("Input"), lambda r: r[0], tooltip=lambda r: self._input_tips.get(r[0])),
            Column(self.tr("Value"), lambda r: r[1], tooltip=lambda r: r[3]), Column(self.tr("As of"), lambda r: r[2]),
        ])
        self.macro_model = RecordTableModel([
            Column(self.tr("Date"), lambda m: m.date.isoformat()),
            Column(self.tr("Gross reserves (US$ m)"), lambda m: m.gross_reserves_usd, _usd_m, numeric=True,
                   header_tip=definition("gross_reserves_usd")),
            Column(self.tr("Imports, 12 m (US$ m)"), lambda m: m.imports_usd, _usd_m, numeric=True),
            Column(self.tr("Exports, 12 m (US$ m)"), lambda m: m.exports_usd, _usd_m, numeric=True),
            Column(self.tr("Remittances, 12 m (US$ m)"), lambda m: m.remittances_usd, _usd_m, numeric=True),
            Column(self.tr("Short-term debt (US$ m)"), lambda m: m.short_term_debt_usd, _usd_m, numeric=True,
                   header_tip=definition("short_term_debt_usd")),
            Column(self.tr("Other liabilities (US$ m)"), lambda m: m.other_liabilities_usd, _usd_m, numeric=True,
                   header_tip=definition("other_liabilities_usd")),
            Column(self.tr("Broad money (US$ m)"), lambda m: m.broad_money_usd, _usd_m, numeric=True),
            Column(self.tr("Reserve liabilities (US$ m)"), lambda m: m.reserve_liabilities_usd, _usd_m, numeric=True,
                   header_tip=definition("reserve_liabilities_usd")),
            Column(self.tr("Regime"), lambda m: m.regime and code_text(m.regime)),
            Column(self.tr("Source and note"), lambda m: m.source, tooltip=_source_tip),
        ])
        self.adequacy_note = note_label()
        bar = QHBoxLayout()
        bar.addWidget(self.adequacy_note, 1)
        bar.addWidget(self.haircut)
        bar.addWidget(button(self.tr("Import macro data (CSV)…"), lambda: self.import_file("macro"), self.tr(
            "Gross reserves, short-term debt at remaining maturity, other portfolio liabilities, broad money and "
            "12-month trade flows by date (File > Import)")))
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 4, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(splitter(Qt.Orientation.Horizontal, record_table(self.adequacy_model, stretch_column=2),
                              column(self.tr("Inputs used"), record_table(self.inputs_model, stretch_column=0)),
                              sizes=[900, 500]), 1)
        macro = column(self.tr("Reserves and macro inputs (stocks at the date; flows over the trailing 12 months)"),
                       record_table(self.macro_model, stretch_column=10))
        return splitter(Qt.Orientation.Vertical, top, macro, sizes=[300, 250])

    # ---- showing -----------------------------------------------------------------------------------

    @property
    def _unit(self) -> float:
        return self._schedule_usd_per_sdr if self.units.currentData() == "usd" else 1.0

    @property
    def _local_units(self) -> bool:
        """The schedule shows the reporting currency (neither US$ nor the SDR), each payment at its date's rate."""
        return self.units.currentData() == "local"

    def _amount(self, amount_sdr: float, day) -> float | None:
        """A schedule's SDR amount in the unit chosen; None when the reporting currency has no rate for ``day``."""
        if self._local_units:
            return self._local.from_sdr(amount_sdr, day, self._schedule_usd_per_sdr)
        return amount_sdr * self._unit

    def _schedule_text(self, v: float | None, decimals: int = 2) -> str:
        if not self._local_units:
            return _millions(v, decimals)
        return "—" if v is None else fmt.number(v / self._scale, decimals) if v else ""

    def _year_amount(self, year: dict, key: str) -> float | None:
        return self._local_years[year["year"]][key] if self._local_units else year[key] * self._unit

    def _year_text(self, v: float | None) -> str:
        return scaled_text(v, self._scale, 2) if self._local_units else fmt.number(v / 1e6, 2)

    def _converted(self, amount_usd: float | None, day) -> float | None:
        """A US$ figure in the reporting currency at ``day``'s rate: None when there is no figure, NaN no rate."""
        return None if amount_usd is None else _nan(self._conv.from_usd(amount_usd, day))

    def _figure_text(self, v: float | None) -> str:
        return "" if v is None else "—" if math.isnan(v) else fmt.number(v / self._scale, 1)

    def set_currency(self, code: str) -> None:
        """The schedule's amounts follow a change of the toolbar's currency (SDR, US$, or another one with each
        payment at its date's rate); the choice is the user's again until the next change."""
        if code != self.currency:
            self.units.blockSignals(True)
            local = self.units.findData("local")
            if local >= 0:
                self.units.removeItem(local)
            if code not in (fx.USD, fx.SDR):
                self.units.addItem(code, "local")  # named in full (millions or billions) by _show_currency
            self.units.setCurrentIndex(self.units.findData({fx.USD: "usd", fx.SDR: "sdr"}.get(code, "local")))
            self.units.blockSignals(False)
        super().set_currency(code)

    def _show_currency(self) -> None:
        """The reporting currency's converter and the titles that name it. The IMF's SDR figures (purchases, the
        schedule) show as stated in US$ and SDR mode and convert at their own dates in any other currency; US$
        figures (test dates, reserves) convert at their own dates in any currency but US$."""
        conv = None if self.currency == fx.USD else self.converter()
        self._conv = conv
        self._local = conv if conv is not None and conv.code != fx.SDR else None
        self._scale, unit, units = money_unit(conv) if conv is not None else (1e6, "", "")
        if (i := self.units.findData("local")) >= 0:
            self.units.setItemText(i, units)
        for model, columns in self._as_built:
            model.columns = list(columns)
        if self._local is not None:
            self.purchase_model.columns[2] = Column(
                self.tr("Amount ({unit})").format(unit=unit),
                lambda p: _nan(self._local.from_sdr(p.amount_sdr, p.date, self._usd_per_sdr)), self._figure_text,
                numeric=True, tooltip=lambda p: self._local.explain(p.date))
        self.tests_title.setText(self.tr("Test dates and NIR floors") if conv is None else
                                 self.tr("Test dates and NIR floors ({unit})").format(unit=unit))
        if conv is None:
            return
        for model, titles in ((self.test_model, TEST_COLUMNS), (self.macro_model, MACRO_COLUMNS)):
            for i, (key, title) in enumerate(titles, start=1):  # each figure at its own date: a test date, an observation
                model.columns[i] = replace(model.columns[i], title=translate("ProgramTab", title).format(unit=unit),
                                           value=lambda x, k=key: self._converted(getattr(x, k), x.date),
                                           text=self._figure_text, tooltip=lambda x: self._conv.explain(x.date))

    def refresh(self) -> None:
        ws = self.workspace
        self._show_currency()
        positions = ws.program_positions(self.date)
        row = self.arrangement_view.currentIndex().row()
        self._usd_per_sdr = 1.0
        self._schedule_usd_per_sdr = 1.0
        self.arrangement_model.set_records(positions)
        self._fit_arrangements()
        self.macro_model.set_records(ws.macro_inputs)
        self._show_rates(ws.member)
        if positions:
            if row < 0:  # first shown: the current program (the latest GRA arrangement), not the oldest still repaid
                gra = [i for i, p in enumerate(positions) if p.arrangement.window == "GRA"] or [len(positions) - 1]
                row = self.arrangement_view.model().mapFromSource(self.arrangement_model.index(gra[-1], 0)).row()
            self.arrangement_view.selectRow(min(row, len(positions) - 1))
        empty = not positions and not ws.member.projection  # the credit of earlier arrangements alone shows too
        self.empty.setVisible(empty)
        for w in (self.arrangement_view, self.terms, self.pages):
            w.setVisible(not empty)
        if not positions and not empty:
            self.pages.setCurrentWidget(self.fund_view)
        self._show_selected()
        self.fund_view.show_for(ws, self.date, self.currency)
        self._show_compliance()
        self._show_adequacy()

    def _show_rates(self, member) -> None:
        """The workspace's one SDR-rate path and what it assumes after its last observation."""
        self.rate_model.set_records(member.sdr_rates)
        in_force = [i for i, r in enumerate(member.sdr_rates) if r.from_date <= self.date]
        if in_force:
            self.rate_view.selectRow(self.rate_view.model().mapFromSource(self.rate_model.index(in_force[-1], 0)).row())
        last = member.sdr_rates[-1] if member.sdr_rates else None
        self.rate_after.setText(
            self.tr("No SDR interest rate: add one in Member terms…, or import the IMF's weekly rates (File > Import).")
            if last is None else
            self.tr("After {date}: held flat at {rate} (Member terms… to change).").format(
                date=last.from_date, rate=rate_text(last.sdr_rate))
            if member.sdr_rate_after is None else
            self.tr("After {date}: {rate}, your assumption (Member terms…).").format(
                date=last.from_date, rate=rate_text(member.sdr_rate_after)))

    def _fit_arrangements(self) -> None:
        """Every arrangement's row stays in sight (Pakistan's RSF below its EFF) whatever the font size, with
        room for the horizontal scroll bar; the pages below take the rest of the height."""
        view = self.arrangement_view
        rows = min(max(self.arrangement_model.rowCount(), 1), 4)  # more than four scroll
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                            + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth())

    def _fit_tests(self) -> None:
        """The test dates stay in sight (up to three rows, then they scroll) at any font size: the panes below
        give way first, and scroll."""
        view = self.test_view
        rows = min(max(self.test_model.rowCount(), 1), 3)
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                              + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth())

    def _selected(self):
        index = self.arrangement_view.currentIndex()
        if not index.isValid():
            return None
        return self.arrangement_model.records[self.arrangement_view.model().mapToSource(index).row()].arrangement

    def _show_selected(self) -> None:
        a = self._selected()
        if a is None:
            for model in (self.purchase_model, self.test_model, self.benchmark_model, self.year_model, self.date_model):
                model.set_records([])
            self.credit_curve.setData([], [])
            self.phasing.clear()
            self._enable_buttons()
            return
        self._usd_per_sdr = a.usd_per_sdr
        months = self.tr("1 month") if a.months == 1 else self.tr("%n months", "", a.months)
        text = self.tr("<b>{name}</b>: {facility}, {months} from {start} to {end}").format(
            name=a.name, facility=a.facility, months=months, start=a.approval_date,
            end=imf.add_months(a.approval_date, a.months))
        if not ACCESS_SENTENCE.search(a.note or ""):  # else the note says it, from the same terms
            text += (self.tr("; access {access} = {share} of quota").format(
                access=sdr_text(a.access_sdr), share=fmt.pct(a.access_sdr / a.quota_sdr, 0)) if a.quota_sdr else
                self.tr("; access {access} (no quota yet: Member terms…)").format(access=sdr_text(a.access_sdr)))
        self.terms.setText(text + f". {policy_sentence(a, self.workspace.member)}"
                           + (f"<br><i>{html.escape(a.note)}</i>" if a.note else ""))
        self._show_phasing(a)
        self.purchase_model.set_records(a.purchases)
        self._enable_buttons()
        self.benchmark_model.set_records(a.benchmarks)
        try:
            position = self.workspace.fund_position(self.include_planned.isChecked())  # every arrangement together
            s = position.schedule(a.name)
            # the payments' US$ as the IMF schedule states them everywhere (the command line, the workbook, the
            # PDF): at the latest arrangement's US$ per SDR, not this one's of its approval (US$1.512 in 2013)
            self._schedule_usd_per_sdr = s.usd_per_sdr
        except InvalidInput as exc:  # a missing input (no SDR rate), a stored date out of bounds: said here
            self.terms.setText(self.terms.text() + "<br>" + self.tr("<b>Cannot compute the schedule:</b> {problem}").format(
                problem=exc))
            return
        reserves, later = self.workspace.reserves_known_on(self.date)  # as of the toolbar's date, like a stress run
        note = reserves_as_of_note(self.date, later, max((t.date for t in a.test_dates), default=None))
        self.tests_note.setText(note or "")
        self.tests_note.setVisible(note is not None)
        self._fit_tests()
        self.test_model.set_records(imf.nir_at_test_dates(a, position, reserves))
        years = s.by_year()
        self._local_years = converted_by_year(self._local, [
            (r.date, {"principal_sdr": r.principal_sdr, "charges_sdr": r.charges_sdr, "surcharges_sdr": r.surcharges_sdr,
                      "fees_sdr": r.service_charge_sdr + r.commitment_fee_sdr, "total_sdr": r.total_sdr})
            for r in s.rows], self._schedule_usd_per_sdr) if self._local_units else {}
        self.year_model.set_records(years)
        self.date_model.set_records(list(s.rows))
        self._plot_years(years)
        own = s.days >= day_number(a.approval_date)  # the member's days go back to its first arrangement
        if own.any():
            self.credit_curve.setData(day_seconds(s.days[own]), (s.credit_outstanding_sdr / s.quota_sdr * 100)[own])
        threshold = imf.POLICIES[fund.policy_name_on(self.date)].surcharge_threshold * 100  # the policy in force then
        quota = self.workspace.quota_on(self.date)
        self.threshold_line.setValue(threshold)
        self.threshold_line.label.setFormat(self.tr("surcharge threshold {share}%").format(share=fmt.number(threshold, 1)))
        self.credit_date.setValue(float(day_seconds(np.array([day_number(self.date)]))[0]))
        note = (self.tr("Peak {peak}% of quota with the planned purchases; on {date} level surcharges apply to the "
                        "member's total GRA credit above {threshold}% of quota ({amount}; Fund position shows it).")
                if s.include_planned else
                self.tr("Peak {peak}% of quota on disbursed credit; on {date} level surcharges apply to the member's "
                        "total GRA credit above {threshold}% of quota ({amount}; Fund position shows it)."))
        self.credit_note.setText(note.format(
            peak=fmt.number(s.peak_share_of_quota() * 100, 1), date=self.date, threshold=shortest(threshold),
            amount=self.tr("SDR {amount} m").format(amount=fmt.number(quota * threshold / 1e8, 0))))

    def _position(self, a):
        return next((p for p in self.arrangement_model.records if p.arrangement.name == a.name), None)

    def _show_phasing(self, a) -> None:
        """The purchases' total against access, flagged when they differ (after an edit of access, say)."""
        position = self._position(a)
        planned = sum(p.amount_sdr for p in a.purchases if p.status == "planned")
        gap = position.unphased_sdr if position else 0.0
        text = self.tr("Purchases add up to {total} (planned {planned}) of access {access}").format(
            total=sdr_text(a.access_sdr - gap), planned=sdr_text(planned), access=sdr_text(a.access_sdr))
        if gap:
            text += (self.tr(": {gap} of access is in no purchase.").format(gap=sdr_text(gap)) if gap > 0 else
                     self.tr(": {gap} more than access.").format(gap=sdr_text(-gap)))
        self._phasing_text = text + ("" if gap else ".")
        # more than access cannot be drawn: red; access not yet in a purchase (a sample that lists only some
        # tranches, an access just raised) is said plainly, with Rescale at hand
        self.phasing.setText(f"<b style='color:#b00020'>{self._phasing_text}</b>" if gap < 0 else
                             f"<b>{self._phasing_text}</b>" if gap else self._phasing_text)

    def _enable_buttons(self) -> None:
        """Say why a button does nothing rather than let it do nothing silently."""
        a = self._selected()
        none = self.tr("No IMF arrangement in this workspace: import a program first (File > Import).")
        self.terms_button.setEnabled(a is not None)
        self.terms_button.setToolTip(self.tr("Change the selected arrangement's terms; Edit > Undo reverses it.") if a
                                     else none)
        selected = self._selected_purchase() is not None
        for text, b in self.purchase_buttons.items():
            needs_row = text != "Add…"
            b.setEnabled(a is not None and (selected or not needs_row))
            b.setToolTip(none if a is None else self.tr("Select a purchase first.") if needs_row and not selected else "")
        position = self._position(a) if a is not None else None
        planned = a is not None and any(p.status == "planned" for p in a.purchases)
        self.rescale_button.setEnabled(bool(position and position.unphased_sdr and planned))

    def _plot_years(self, years: list[dict]) -> None:
        x = np.array([y["year"] for y in years], dtype=float)
        base = np.zeros(len(years))
        for key, _, _ in STACK:  # a year with no rate for one of its payments has no bar (the table says why)
            height = np.nan_to_num(np.array([_nan(self._year_amount(y, key)) for y in years], dtype=float)
                                   / (self._scale if self._local_units else 1e6))
            self.year_bars[key].setOpts(x=x, height=height, y0=base.copy(), width=0.7)
            base += height
        self.year_plot.setLabel("left", self.units.currentText())
        self.year_plot.enableAutoRange()

    def _money(self, amount_usd: float, day) -> str:
        """A US$ figure of the adequacy page, short, in the reporting currency at ``day``'s rate ("—": none)."""
        if self._conv is None:
            return fmt.usd_short(amount_usd)
        return fmt.money_short(self._conv.from_usd(amount_usd, day), self._conv.code)

    def _show_compliance(self) -> None:
        results = self.workspace.non_accumulation(self.date)
        rows = [{**r, "benchmark": res["benchmark"], "arrangement": res["arrangement"]} for res in results for r in res["rows"]]
        self.breach_model.set_records(rows)
        if not results:
            self.compliance_summary.setText(self.tr("No non-accumulation benchmark in this workspace's arrangements."))
            return
        one = self.tr("<b>{arrangement}</b>, from {start}: {count} purchase or mining entry into public wallets, {btc} "
                      "BTC, up to {date}.")
        many = self.tr("<b>{arrangement}</b>, from {start}: {count} purchases or mining entries into public wallets, "
                       "{btc} BTC, up to {date}.")
        lines = [(one if res["breaches"] == 1 else many).format(
            arrangement=res["arrangement"], start=res["start_date"], count=fmt.number(res["breaches"]),
            btc=fmt.btc(res["btc"], 2), date=self.date) for res in results]
        notes = [b.note for a in self.workspace.arrangements for b in a.benchmarks if b.type == "non_accumulation" and b.note]
        self.compliance_summary.setText("<br>".join(lines + [f"<i>{n}</i>" for n in notes]) + "<br>" + self.tr(
            "Seizures, donations and transfers between own wallets are not accumulation (the program's Technical "
            "Memorandum of Understanding). Reclassify a row that the ledger records wrongly."))
        self.compliance_summary.setTextFormat(Qt.TextFormat.RichText)

    def _show_adequacy(self) -> None:
        try:
            a = self.workspace.adequacy(self.date, haircut=self.haircut.value() / 100)
        except InputError as exc:
            self.adequacy_note.setText("; ".join(exc.problems))
            self.adequacy_model.set_records([])
            self.inputs_model.set_records([])
            return
        w, on = a["with_btc"], dt.date.fromisoformat(a["date"])
        money = self._money
        rows = [
            (self.tr("Gross reserves"), money(a["gross_reserves_usd"], on), money(w["gross_reserves_usd"], on), ""),
            (self.tr("ARA EM metric"), money(a["ara_metric_usd"], on), money(w["ara_metric_usd"], on),
             self.tr("{regime} regime").format(regime=code_text(a["regime"]))),
            (self.tr("Reserves / ARA metric"), fmt.pct(a["ara_ratio"]), fmt.pct(w["ara_ratio"]),
             self.tr("adequate at {low}-{high}%").format(low=fmt.number(adq.ADEQUATE_RANGE[0] * 100),
                                                        high=fmt.number(adq.ADEQUATE_RANGE[1] * 100))),
            (self.tr("Band"), code_text(a["ara_band"]), code_text(w["ara_band"]), ""),
            (self.tr("Months of imports"), fmt.number(a["months_of_imports"], 1), fmt.number(w["months_of_imports"], 1),
             self.tr("{months} months").format(months=fmt.number(3))),
            ("Greenspan-Guidotti", fmt.number(a["greenspan_guidotti"], 2), fmt.number(w["greenspan_guidotti"], 2),
             fmt.number(1.0, 1)),
        ]
        self.adequacy_model.set_records(rows)
        labels = {k: translate("ProgramTab", label) for k, label in INPUT_LABELS.items()}
        self._input_tips = {labels[k]: definition(k) for k in adq.INPUT_DEFINITIONS}
        self.inputs_model.set_records([
            (labels.get(k, k), code_text(v["value"]) if isinstance(v["value"], str) else money(v["value"], seen),
             v["date"], None if self._conv is None or isinstance(v["value"], str) else self._conv.explain(seen))
            for k, v in a["inputs_used"].items() for seen in [dt.date.fromisoformat(v["date"])]])
        missing = [labels.get(k, k).lower() for k in a["missing_inputs"]]
        note = (self.tr("On {date}. Bitcoin is not a reserve asset (BPM7): the right-hand column adds {added}, the "
                        "bitcoin's {value} less a {haircut}% haircut, as an illustration only.")
                if w["btc_value_usd"] else
                self.tr("On {date}. Bitcoin is not a reserve asset (BPM7): the workspace holds no bitcoin on this date, "
                        "so the right-hand column adds nothing."))
        note = note.format(date=a["date"], added=money(w["btc_added_usd"], on), value=money(w["btc_value_usd"], on),
                           haircut=shortest(self.haircut.value()))
        if self._conv is not None:  # the inputs' own rates are in their tooltips
            note += " " + self.tr("Amounts in {code}: {rate}.").format(code=self._conv.symbol,
                                                                       rate=self._conv.explain(on))
        if missing:
            note += " " + self.tr("Missing inputs: {inputs} — enter them to compute every measure.").format(
                inputs=", ".join(missing))
        self.adequacy_note.setText(note)

    # ---- changes --------------------------------------------------------------------------------------

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        self.changed.emit()

    def _no_arrangement(self, what: str) -> bool:
        """True, after saying why, when there is no arrangement to act on (a menu entry reaches here too)."""
        if self._selected() is not None:
            return False
        QMessageBox.information(self, what, self.tr("This workspace has no IMF arrangement yet. Import the program "
                                                    "first: File > Import > IMF program (JSON), or the button on this tab."))
        return True

    def edit_terms(self) -> None:
        if self._no_arrangement(self.tr("Edit arrangement terms")):
            return
        a = self._selected()
        dialog = ArrangementDialog(self.workspace, a, self)
        if not dialog.exec():
            return
        after = next(x for x in self.workspace.arrangements if x.name == dialog.saved_name)
        self._push(EditTerms(self.workspace, self.changed.emit, arrangement_terms(a), arrangement_terms(after)))
        position = self._position(after)  # the push re-read the workspace
        if position and position.unphased_sdr and any(p.status == "planned" for p in after.purchases):
            answer = QMessageBox.question(
                self, self.tr("Purchases differ from access"),
                f"{self._phasing_text}\n\n" + self.tr("Rescale the planned purchases, in the same proportions, so that "
                                                       "all purchases add up to the new access? Disbursed purchases are "
                                                       "not changed; Edit > Undo reverses it."))
            if answer == QMessageBox.StandardButton.Yes:
                self.rescale_planned()

    def edit_member(self) -> None:
        """Member terms…: each change is written and put on Edit > Undo as it is made."""
        MemberDialog(self.workspace, self._push, self.changed.emit, self,
                     import_rates=lambda: self.import_file("sdr-rates")).exec()

    def rescale_planned(self) -> None:
        a = self._selected()
        if a is None:
            return
        try:
            after = self.workspace.rescaled_planned_purchases(a.name)
            self.workspace.set_purchase_amounts(a.name, after)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Cannot rescale"), "\n".join(exc.problems))
            return
        before = {p.id: p.amount_sdr for p in a.purchases if p.id in after}
        text = (self.tr("Rescale 1 planned purchase of {arrangement} to access") if len(after) == 1 else
                self.tr("Rescale {count} planned purchases of {arrangement} to access"))
        self._push(SetPurchaseAmounts(self.workspace, self.changed.emit, a.name, before, after,
                                      text.format(count=fmt.number(len(after)), arrangement=a.name)))

    def add_purchase(self) -> None:
        if self._no_arrangement(self.tr("Add IMF purchase")):
            return
        a = self._selected()
        dialog = PurchaseDialog(self.workspace, a, self)
        if dialog.exec() and dialog.accepted_purchase:
            pid = self.workspace.save_purchase(a.name, dialog.accepted_purchase)
            self._push(EditPurchase(self.workspace, self.changed.emit, a.name, pid, None, dialog.accepted_purchase))

    def _selected_purchase(self):
        index = self.purchase_view.currentIndex()
        if not index.isValid():
            return None
        return self.purchase_model.records[self.purchase_view.model().mapToSource(index).row()]

    def edit_purchase(self) -> None:
        a, before = self._selected(), self._selected_purchase()
        if a is None or before is None:
            return
        dialog = PurchaseDialog(self.workspace, a, self, existing=before)
        if dialog.exec() and dialog.accepted_purchase:
            try:
                self.workspace.save_purchase(a.name, dialog.accepted_purchase, before.id)
            except InputError as exc:
                QMessageBox.warning(self, self.tr("Change refused"), "\n".join(exc.problems))
                return
            self._push(EditPurchase(self.workspace, self.changed.emit, a.name, before.id, before, dialog.accepted_purchase))

    def delete_purchase(self) -> None:
        a, before = self._selected(), self._selected_purchase()
        if a is None or before is None:
            return
        self.workspace.delete_purchase(before.id)
        self._push(EditPurchase(self.workspace, self.changed.emit, a.name, before.id, before, None))

    def reclassify(self) -> None:
        index = self.breach_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Reclassify"), self.tr("Select a row first."))
            return
        tid = self.breach_model.records[self.breach_view.model().mapToSource(index).row()]["id"]
        before = self.workspace.transaction(tid)
        dialog = TransactionDialog(self.workspace, self, existing=before)
        if dialog.exec() and dialog.accepted_transaction:
            try:
                self.workspace.update_transaction(tid, dialog.accepted_transaction)
            except InputError as exc:
                QMessageBox.warning(self, self.tr("Change refused"), "\n".join(exc.problems))
                return
            self._push(EditTransaction(self.workspace, self.changed.emit, tid, before, dialog.accepted_transaction))
