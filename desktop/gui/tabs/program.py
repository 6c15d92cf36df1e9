"""IMF Program: arrangements and purchases, what is owed and when, credit against quota, test dates,
benchmarks with the bitcoin non-accumulation check, and reserve adequacy with and without bitcoin."""

from __future__ import annotations

import html

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

from ...core import fmt
from ...core.engine import adequacy as adq
from ...core.engine import fund, imf
from ...core.engine.compliance import benchmark_overdue
from ...core.engine.valuation import day_number
from ...core.errors import InvalidInput
from ...core.io.fields import InputError
from ...core.words import value_text
from ...core.workspace import ACCESS_SENTENCE, arrangement_terms, reserves_as_of_note
from ..charts import date_line, date_plot, day_seconds, legend_below, pen
from ..commands import EditPurchase, EditTerms, EditTransaction, SetPurchaseAmounts
from ..dialogs.arrangement import ArrangementDialog
from ..dialogs.member import RST_GROUP_TIP, MemberDialog
from ..dialogs.purchase import PurchaseDialog
from ..dialogs.transaction import TransactionDialog
from ..table_model import Column, RecordTableModel
from ..widgets import button, column, note_label, record_table, section_title, splitter
from .base import HOLDINGS_TABLES, PROGRAM_TABLES, Tab
from .fund_position import FundPositionView

POLICY_TEXT = {  # oldest first, as engine.fund.POLICY_FROM dates them
    "pre-2016-02": "Charges policy before 2016-02-17: SDR rate + 100 bp; level surcharge 200 bp above 300% of the "
                   "quotas before the 14th General Review; time surcharge 100 bp (IMF Decision No. 12346-(00/117)).",
    "pre-2024-11": "Charges policy from 2016-02-17 to 2024-10-31: SDR rate + 100 bp; level surcharge 200 bp above "
                   "187.5% of quota; time surcharge 100 bp; commitment-fee thresholds 115% and 575% of quota (IMF, "
                   "Frequently Asked Questions on the Fund's Charges and the Surcharge Policy, 2024-10-11).",
    "2024-11": "Charges policy in force since 2024-11-01: SDR rate + 60 bp; level surcharge 200 bp above 300% of quota; "
               "time surcharge 75 bp after 51 months (EFF) / 36 months (SBA, RFI); service charge 50 bp; commitment fee "
               "15/30/60 bp (IMF review of charges and the surcharge policy, Board decision of 11 Oct 2024).",
}
INPUT_LABELS = {"gross_reserves_usd": "Gross reserves", "short_term_debt_usd": "Short-term external debt",
                "other_liabilities_usd": "Other liabilities", "broad_money_usd": "Broad money",
                "exports_usd": "Exports, 12 months", "imports_usd": "Imports, 12 months",
                "remittances_usd": "Remittances, 12 months", "gdp_usd": "GDP, 12 months",
                "reserve_liabilities_usd": "Reserve liabilities", "regime": "Exchange-rate regime"}
INPUT_TIPS = {INPUT_LABELS[k]: text for k, text in adq.INPUT_DEFINITIONS.items()}  # by the label the table shows
STACK = (("principal_sdr", "Principal", "#1f4e79"), ("charges_sdr", "Charges", "#4f81bd"),
         ("surcharges_sdr", "Surcharges", "#c0504d"), ("fees_sdr", "Fees", "#9bbb59"))


def policy_name(a, member) -> str:
    """What prices an arrangement's credit, in a word: "by date" unless its GRA charges policy is pinned; RSF
    credit is priced by the RST's terms for the member's group."""
    if a.window == "RST":
        return f"RST group {member.rst_group or 'C'}"
    if a.window != "GRA":
        return f"{a.window} terms"
    return "by date" if a.charges_policy is None else value_text("charges_policy", a.charges_policy)


def policy_tip(a, member) -> str:
    if a.window == "RST":
        return ("" if member.rst_group else "No RST group set: group C assumed. ") + RST_GROUP_TIP
    if a.window != "GRA":
        return f"{a.facility} credit is priced by the {a.window}'s own terms, not the GRA charges policy."
    if a.charges_policy is not None:
        return (f"Pinned for this arrangement's margin and fees: {POLICY_TEXT[a.charges_policy]} Surcharges are the "
                "member's, on its total GRA credit.")
    return "\n".join(("By date: each day's charges follow the IMF's policy then in force.", *POLICY_TEXT.values()))


def policy_sentence(a, member) -> str:
    """The pricing of an arrangement's credit, said once under the arrangements."""
    if a.window == "RST":
        return f"Priced by the RST's terms for group {member.rst_group or 'C (assumed: none set)'} (Member terms…)."
    if a.window != "GRA":
        return policy_tip(a, member)
    if a.charges_policy is not None:
        return f"{POLICY_TEXT[a.charges_policy]} Pinned for its margin and fees."
    return ("Charges: the IMF's policy in force on each day (it changed on 2024-11-01; the Charges policy column's "
            "tooltip gives both).")


def _source_tip(item) -> str:
    return "\n".join(x for x in (getattr(item, "note", None), item.source and f"Source: {item.source}") if x)


CHARGES_DUE_TIP = ("Charges and surcharges accrue daily over each IMF quarter (to 31 Jan, 30 Apr, 31 Jul, 31 Oct) and "
                   "fall due on the fourth business day after it ends (IMF Rules and Regulations, Rule I-2).")


def _quarter_tip(row) -> str | None:
    return row.charges_quarter_end and f"For the IMF quarter ending {row.charges_quarter_end.isoformat()}"


def _usd_m(v: float | None) -> str:
    return "" if v is None else f"{v / 1e6:,.1f}"


class ProgramTab(Tab):
    reads = PROGRAM_TABLES | HOLDINGS_TABLES | {"macro_inputs"}  # adequacy "with bitcoin" values the holdings
    title = "IMF Program"

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        layout = QVBoxLayout(self)
        self.arrangement_model = RecordTableModel([
            Column("Arrangement", lambda p: p.arrangement.name, tooltip=lambda p: _source_tip(p.arrangement)),
            Column("Facility", lambda p: p.arrangement.facility),
            Column("Approved", lambda p: p.arrangement.approval_date.isoformat()),
            Column("Ends", lambda p: p.end_date.isoformat()),
            Column("Access (SDR m)", lambda p: p.arrangement.access_sdr, fmt.sdr_m, numeric=True),
            Column("Quota (SDR m)", lambda p: p.arrangement.quota_sdr, fmt.sdr_m, numeric=True,
                   header_tip="The member's quota on the approval date (Member terms…: one quota history for every "
                              "arrangement)."),
            Column("Access % quota", lambda p: p.arrangement.quota_sdr and p.arrangement.access_sdr / p.arrangement.quota_sdr,
                   fmt.pct, numeric=True),
            Column("Disbursed (SDR m)", lambda p: p.disbursed_sdr, fmt.sdr_m, numeric=True,
                   header_tip="Purchases with status 'disbursed' on or before the chosen date."),
            Column("Disbursed % quota", lambda p: p.disbursed_share_of_quota, fmt.pct, numeric=True),
            Column("Undrawn (SDR m)", lambda p: p.undrawn_sdr, fmt.sdr_m, numeric=True,
                   tooltip=lambda p: (f"Ended on {p.end_date}: SDR {fmt.sdr_m(p.arrangement.access_sdr - p.disbursed_sdr)} m "
                                      "of access was never drawn and lapsed with it.") if p.expired else None),
            Column("USD per SDR", lambda p: p.arrangement.usd_per_sdr, lambda v: f"{v:.4f}", numeric=True),
            Column("Charges policy", lambda p: policy_name(p.arrangement, self.workspace.member),
                   tooltip=lambda p: policy_tip(p.arrangement, self.workspace.member)),
        ])
        self.arrangement_view = record_table(self.arrangement_model)
        self.arrangement_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        heading = QHBoxLayout()
        heading.addWidget(section_title("Arrangements"))
        heading.addStretch(1)
        self.terms_button = button("Edit terms…", self.edit_terms)
        heading.addWidget(self.terms_button)
        heading.addWidget(button("Member terms…", self.edit_member, "The member's quota history, the SDR interest-rate "
                                 "path every arrangement uses and the RST pricing group; Edit > Undo reverses each change."))
        layout.addLayout(heading)
        layout.addWidget(self.arrangement_view)
        self.terms = note_label()
        layout.addWidget(self.terms)
        self.empty = self._empty_state()
        layout.addWidget(self.empty)

        self.pages = QTabWidget()
        self.pages.addTab(self._terms_page(), "Purchases and test dates")
        self.pages.addTab(self._schedule_page(), "Repayments and charges")
        self.fund_view = FundPositionView()  # the member's whole position: every arrangement together
        self.pages.addTab(self.fund_view, "Fund position")
        self.pages.addTab(self._credit_page(), "Credit vs quota")
        self.pages.addTab(self._compliance_page(), "Non-accumulation")
        self.pages.addTab(self._adequacy_page(), "Reserve adequacy")
        layout.addWidget(self.pages, 1)
        self.refresh()

    # ---- pages ------------------------------------------------------------------------------------

    def _empty_state(self) -> QWidget:
        """What an empty workspace shows instead of the tables: what to do, with the buttons that do it."""
        self.empty_text = note_label(
            "This workspace has no IMF arrangement yet. Import the program's terms, purchases, test dates and "
            "benchmarks from a program file (JSON), and the reserves and macro data the adequacy measures and the "
            "NIR test dates use (CSV). The IMF's \"Projected Payments to the IMF\" for the member (TSV, from its "
            "\"Financial Position in the Fund\" page) gives the credit still outstanding from earlier arrangements.")
        row = QHBoxLayout()
        self.empty_buttons = [button(text, lambda _=False, k=kind: self.import_file(k))
                              for text, kind in (("Import IMF program (JSON)…", "program"),
                                                 ("Import macro data (CSV)…", "macro"),
                                                 ("Import IMF projected payments (TSV)…", "imf-payments"))]
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
            Column("Date", lambda p: p.date.isoformat()),
            Column("Amount (SDR m)", lambda p: p.amount_sdr, fmt.sdr_m, numeric=True),
            Column("Amount (US$ m)", lambda p: p.amount_sdr * self._usd_per_sdr / 1e6, lambda v: f"{v:,.1f}", numeric=True),
            Column("Status", lambda p: p.status),
            Column("Source or note", lambda p: p.source or p.note, tooltip=_source_tip),
        ])
        self.rate_model = RecordTableModel([
            Column("From", lambda r: r.from_date.isoformat()),
            Column("SDR rate", lambda r: r.sdr_rate, lambda v: f"{v * 100:.3f}%", numeric=True),
            Column("Source", lambda r: r.source),
        ])
        self.test_model = RecordTableModel([
            Column("Test date", lambda t: t.date.isoformat()),
            Column("NIR floor (US$ m)", lambda t: t.nir_floor_usd, _usd_m, numeric=True),
            Column("Adjusted floor (US$ m)", lambda t: t.adjusted_floor_usd, _usd_m, numeric=True,
                   header_tip="Down by a shortfall of budget support below its baseline (up to the cap), up by an "
                              "excess; unchanged while realised support is not entered."),
            Column("Projected NIR (US$ m)", lambda t: t.nir_usd, _usd_m, numeric=True,
                   header_tip="Gross reserves - IMF credit outstanding, projected from the last reserve observation "
                              "on or before the toolbar's date by the schedule's flows (Help > Methodology)."),
            Column("Headroom (US$ m)", lambda t: t.headroom_usd, _usd_m, numeric=True,
                   warn=lambda t: t.headroom_usd is not None and t.headroom_usd < 0),
            Column("Reserves as of", lambda t: fmt.date(t.reserves_date),
                   tooltip=lambda t: self.tests_note.text() or None),
        ])
        self.benchmark_model = RecordTableModel([
            Column("Benchmark", lambda b: b.description, tooltip=_source_tip),
            Column("Type", lambda b: value_text("type", b.type)),
            Column("From", lambda b: fmt.date(b.start_date)),
            Column("Due", lambda b: fmt.date(b.due_date)),
            Column("Status", lambda b: "overdue" if benchmark_overdue(b, self.date) else b.status.replace("_", " "),
                   warn=lambda b: benchmark_overdue(b, self.date),
                   tooltip=lambda b: f"Due {b.due_date}, still {b.status.replace('_', ' ')} on {self.date}: past its due date."
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
        self.purchase_buttons = {text: button(text, slot) for text, slot in (
            ("Add…", self.add_purchase), ("Edit…", self.edit_purchase), ("Delete", self.delete_purchase))}
        for b in self.purchase_buttons.values():
            buttons.addWidget(b)
        self.rescale_button = button("Rescale planned to access", self.rescale_planned)
        self.rescale_button.setToolTip("Change the planned (not yet disbursed) purchases in the same proportions so "
                                       "that all purchases add up to access. Edit > Undo reverses it.")
        buttons.addWidget(self.rescale_button)
        buttons.addStretch(1)
        self.phasing = note_label()
        purchases = column("Purchases (planned and disbursed)", self.purchase_view, self.phasing)
        purchases.layout().addLayout(buttons)
        self.rate_after = note_label()  # what the path assumes past its last observation
        self.tests_note = note_label()  # which reserve observations a projection as of the toolbar's date leaves out
        self.tests_note.hide()
        self.test_view = views["tests"]
        right = splitter(Qt.Orientation.Vertical, column("Test dates and NIR floors", self.test_view, self.tests_note),
                         column("Structural benchmarks", views["benchmarks"]),
                         column("SDR interest rate (one path, every arrangement)", views["rates"], self.rate_after),
                         sizes=[120, 180, 130])
        return splitter(Qt.Orientation.Horizontal, purchases, right, sizes=[620, 780])

    def _schedule_page(self) -> QWidget:
        self.include_planned = QCheckBox("Include planned purchases")
        self.include_planned.setChecked(True)
        self.include_planned.setToolTip("Off: only what is owed on the credit actually drawn.")
        self.units = QComboBox()
        self.units.addItem("SDR millions", "sdr")
        self.units.addItem("US$ millions", "usd")
        for w in (self.include_planned, self.units):
            (w.toggled if isinstance(w, QCheckBox) else w.currentIndexChanged).connect(lambda *_: self._show_selected())
        self.year_model = RecordTableModel([
            Column("Year", lambda y: y["year"], numeric=True),
            Column("Principal", lambda y: y["principal_sdr"] * self._unit, lambda v: f"{v / 1e6:,.2f}", numeric=True),
            Column("Charges", lambda y: y["charges_sdr"] * self._unit, lambda v: f"{v / 1e6:,.2f}", numeric=True),
            Column("Surcharges", lambda y: y["surcharges_sdr"] * self._unit, lambda v: f"{v / 1e6:,.2f}", numeric=True),
            Column("Fees", lambda y: y["fees_sdr"] * self._unit, lambda v: f"{v / 1e6:,.2f}", numeric=True),
            Column("Total", lambda y: y["total_sdr"] * self._unit, lambda v: f"{v / 1e6:,.2f}", numeric=True),
        ])
        self.date_model = RecordTableModel([
            Column("Date", lambda r: r.date.isoformat()),
            Column("Principal", lambda r: r.principal_sdr * self._unit, lambda v: f"{v / 1e6:,.2f}" if v else "", numeric=True),
            Column("Charges", lambda r: r.charges_sdr * self._unit, lambda v: f"{v / 1e6:,.2f}" if v else "", numeric=True,
                   tooltip=_quarter_tip, header_tip=CHARGES_DUE_TIP),
            Column("Surcharges", lambda r: r.surcharges_sdr * self._unit, lambda v: f"{v / 1e6:,.2f}" if v else "", numeric=True),
            Column("Service charge", lambda r: r.service_charge_sdr * self._unit, lambda v: f"{v / 1e6:,.2f}" if v else "", numeric=True),
            Column("Commitment fee", lambda r: r.commitment_fee_sdr * self._unit, lambda v: f"{v / 1e6:,.3f}" if v else "", numeric=True,
                   header_tip="Charged at the start of each 12-month period; negative entries are refunds as purchases are drawn."),
            Column("Credit outstanding (SDR m)", lambda r: r.credit_outstanding_sdr, fmt.sdr_m, numeric=True),
            Column("% of quota", lambda r: r.credit_share_of_quota, fmt.pct, numeric=True),
        ])
        self.year_plot = pg.PlotWidget()
        self.year_plot.setMenuEnabled(False)
        self.year_plot.showGrid(y=True, alpha=0.2)
        self.year_plot.setTitle("Payments to the IMF by year", size="10pt")
        self.year_plot.getAxis("left").enableAutoSIPrefix(False)
        self.year_plot.setLabel("bottom", "Year")
        legend_below(self.year_plot, columns=4)  # under the axis: never over the bars
        self.year_bars = {}
        for key, label, colour in STACK:
            bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=colour, pen=None, name=label)
            self.year_plot.addItem(bars)  # a named item joins the legend by itself
            self.year_bars[key] = bars
        controls = QHBoxLayout()
        controls.addWidget(self.include_planned)
        controls.addStretch(1)
        controls.addWidget(QLabel("Amounts in"))
        controls.addWidget(self.units)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 4, 0, 0)
        tl.addLayout(controls)
        tl.addWidget(splitter(Qt.Orientation.Horizontal, column("By year", record_table(self.year_model)), self.year_plot,
                              sizes=[560, 840]), 1)
        return splitter(Qt.Orientation.Vertical, top, column("By payment date", record_table(self.date_model)), sizes=[400, 300])

    def _credit_page(self) -> QWidget:
        self.credit_plot = date_plot("IMF credit outstanding", "% of quota")
        self.credit_curve = self.credit_plot.plot(pen=pen("stock"), name="Credit outstanding")
        self.threshold_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#c0504d", width=1.5, style=Qt.PenStyle.DashLine),
                                              label="surcharge threshold {value:.1f}%",
                                              labelOpts={"position": 0.1, "color": "#c0504d"})
        self.credit_plot.addItem(self.threshold_line, ignoreBounds=False)
        self.credit_date = date_line(self.credit_plot)
        self.credit_note = note_label()
        return column(self.credit_note, self.credit_plot)

    def _compliance_page(self) -> QWidget:
        self.compliance_summary = note_label()
        self.breach_model = RecordTableModel([
            Column("Date", lambda r: r["date"]), Column("Kind", lambda r: r["kind"]), Column("Wallet", lambda r: r["wallet"]),
            Column("BTC", lambda r: r["btc"], lambda v: fmt.btc(v, 8), numeric=True),
            Column("Arrangement", lambda r: r["arrangement"], tooltip=lambda r: r["benchmark"]),
        ])
        self.breach_view = record_table(self.breach_model, stretch_column=4)
        buttons = QHBoxLayout()
        buttons.addWidget(button("Reclassify selected row…", self.reclassify))
        buttons.addStretch(1)
        page = column(self.compliance_summary, self.breach_view)
        page.layout().addLayout(buttons)
        return page

    def _adequacy_page(self) -> QWidget:
        self.haircut = QDoubleSpinBox()
        self.haircut.setRange(0.0, 100.0)
        self.haircut.setSuffix(" % haircut")
        self.haircut.setValue(50.0)
        self.haircut.setToolTip("Illustrative: no published haircut exists for bitcoin; set your own.")
        self.haircut.valueChanged.connect(lambda *_: self._show_adequacy())
        self.adequacy_model = RecordTableModel([
            Column("Measure", lambda r: r[0]), Column("Without bitcoin (IMF definition)", lambda r: r[1]),
            Column("With bitcoin at the haircut (illustration)", lambda r: r[2]), Column("Benchmark", lambda r: r[3]),
        ])
        self.inputs_model = RecordTableModel([
            Column("Input", lambda r: r[0], tooltip=lambda r: INPUT_TIPS.get(r[0])), Column("Value", lambda r: r[1]),
            Column("As of", lambda r: r[2]),
        ])
        self.macro_model = RecordTableModel([
            Column("Date", lambda m: m.date.isoformat()),
            Column("Gross reserves (US$ m)", lambda m: m.gross_reserves_usd, _usd_m, numeric=True,
                   header_tip=adq.INPUT_DEFINITIONS["gross_reserves_usd"]),
            Column("Imports, 12 m (US$ m)", lambda m: m.imports_usd, _usd_m, numeric=True),
            Column("Exports, 12 m (US$ m)", lambda m: m.exports_usd, _usd_m, numeric=True),
            Column("Remittances, 12 m (US$ m)", lambda m: m.remittances_usd, _usd_m, numeric=True),
            Column("Short-term debt (US$ m)", lambda m: m.short_term_debt_usd, _usd_m, numeric=True,
                   header_tip=adq.INPUT_DEFINITIONS["short_term_debt_usd"]),
            Column("Other liabilities (US$ m)", lambda m: m.other_liabilities_usd, _usd_m, numeric=True,
                   header_tip=adq.INPUT_DEFINITIONS["other_liabilities_usd"]),
            Column("Broad money (US$ m)", lambda m: m.broad_money_usd, _usd_m, numeric=True),
            Column("Reserve liabilities (US$ m)", lambda m: m.reserve_liabilities_usd, _usd_m, numeric=True,
                   header_tip=adq.INPUT_DEFINITIONS["reserve_liabilities_usd"]),
            Column("Regime", lambda m: m.regime),
            Column("Source and note", lambda m: m.source, tooltip=_source_tip),
        ])
        self.adequacy_note = note_label()
        bar = QHBoxLayout()
        bar.addWidget(self.adequacy_note, 1)
        bar.addWidget(self.haircut)
        bar.addWidget(button("Import macro data (CSV)…", lambda: self.import_file("macro"),
                             "Gross reserves, short-term debt at remaining maturity, other portfolio liabilities, "
                             "broad money and 12-month trade flows by date (File > Import)"))
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 4, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(splitter(Qt.Orientation.Horizontal, record_table(self.adequacy_model, stretch_column=2),
                              column("Inputs used", record_table(self.inputs_model, stretch_column=0)), sizes=[900, 500]), 1)
        macro = column("Reserves and macro inputs (stocks at the date; flows over the trailing 12 months)",
                       record_table(self.macro_model, stretch_column=10))
        return splitter(Qt.Orientation.Vertical, top, macro, sizes=[300, 250])

    # ---- showing -----------------------------------------------------------------------------------

    @property
    def _unit(self) -> float:
        return self._usd_per_sdr if self.units.currentData() == "usd" else 1.0

    def refresh(self) -> None:
        ws = self.workspace
        positions = ws.program_positions(self.date)
        row = self.arrangement_view.currentIndex().row()
        self._usd_per_sdr = 1.0
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
        self.fund_view.show_for(ws, self.date)
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
            "No SDR interest rate: add one in Member terms…, or import the IMF's weekly rates (File > Import)."
            if last is None else
            f"After {last.from_date}: held flat at {last.sdr_rate * 100:.3f}% (Member terms… to change)."
            if member.sdr_rate_after is None else
            f"After {last.from_date}: {member.sdr_rate_after * 100:.3f}%, your assumption (Member terms…).")

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
        self.terms.setText(f"<b>{a.name}</b>: {a.facility}, {fmt.count(a.months, 'month')} from {a.approval_date} to "
                           f"{imf.add_months(a.approval_date, a.months)}"
                           + ("" if ACCESS_SENTENCE.search(a.note or "") else  # the note says it, from the same terms
                              f"; access SDR {fmt.sdr_m(a.access_sdr)} m"
                              + (f" = {fmt.pct(a.access_sdr / a.quota_sdr, 0)} of quota" if a.quota_sdr else
                                 " (no quota yet: Member terms…)"))
                           + f". {policy_sentence(a, self.workspace.member)}"
                           + (f"<br><i>{html.escape(a.note)}</i>" if a.note else ""))
        self._show_phasing(a)
        self.purchase_model.set_records(a.purchases)
        self._enable_buttons()
        self.benchmark_model.set_records(a.benchmarks)
        try:
            position = self.workspace.fund_position(self.include_planned.isChecked())  # every arrangement together
            s = position.schedule(a.name)
        except InvalidInput as exc:  # a missing input (no SDR rate), a stored date out of bounds: said here
            self.terms.setText(self.terms.text() + f"<br><b>Cannot compute the schedule:</b> {exc}")
            return
        reserves, later = self.workspace.reserves_known_on(self.date)  # as of the toolbar's date, like a stress run
        note = reserves_as_of_note(self.date, later, max((t.date for t in a.test_dates), default=None))
        self.tests_note.setText(note or "")
        self.tests_note.setVisible(note is not None)
        self._fit_tests()
        self.test_model.set_records(imf.nir_at_test_dates(a, position, reserves))
        years = s.by_year()
        self.year_model.set_records(years)
        self.date_model.set_records(list(s.rows))
        self._plot_years(years)
        own = s.days >= day_number(a.approval_date)  # the member's days go back to its first arrangement
        if own.any():
            self.credit_curve.setData(day_seconds(s.days[own]), (s.credit_outstanding_sdr / s.quota_sdr * 100)[own])
        threshold = imf.POLICIES[fund.policy_name_on(self.date)].surcharge_threshold * 100  # the policy in force then
        quota = self.workspace.quota_on(self.date)
        self.threshold_line.setValue(threshold)
        self.credit_date.setValue(float(day_seconds(np.array([day_number(self.date)]))[0]))
        self.credit_note.setText(f"Peak {s.peak_share_of_quota() * 100:,.1f}% of quota"
                                 f"{' with the planned purchases' if s.include_planned else ' on disbursed credit'}; "
                                 f"on {self.date} level surcharges apply to the member's total GRA credit above "
                                 f"{threshold:g}% of quota (SDR {quota * threshold / 1e8:,.0f} m; Fund position shows it).")

    def _position(self, a):
        return next((p for p in self.arrangement_model.records if p.arrangement.name == a.name), None)

    def _show_phasing(self, a) -> None:
        """The purchases' total against access, flagged when they differ (after an edit of access, say)."""
        position = self._position(a)
        planned = sum(p.amount_sdr for p in a.purchases if p.status == "planned")
        gap = position.unphased_sdr if position else 0.0
        text = (f"Purchases add up to SDR {fmt.sdr_m(a.access_sdr - gap)} m (planned SDR {fmt.sdr_m(planned)} m) "
                f"of access SDR {fmt.sdr_m(a.access_sdr)} m")
        if gap:
            text += (f": SDR {fmt.sdr_m(gap)} m of access is in no purchase." if gap > 0 else
                     f": SDR {fmt.sdr_m(-gap)} m more than access.")
        self._phasing_text = text + ("" if gap else ".")
        # more than access cannot be drawn: red; access not yet in a purchase (a sample that lists only some
        # tranches, an access just raised) is said plainly, with Rescale at hand
        self.phasing.setText(f"<b style='color:#b00020'>{self._phasing_text}</b>" if gap < 0 else
                             f"<b>{self._phasing_text}</b>" if gap else self._phasing_text)

    def _enable_buttons(self) -> None:
        """Say why a button does nothing rather than let it do nothing silently."""
        a = self._selected()
        none = "No IMF arrangement in this workspace: import a program first (File > Import)."
        self.terms_button.setEnabled(a is not None)
        self.terms_button.setToolTip("Change the selected arrangement's terms; Edit > Undo reverses it." if a else none)
        selected = self._selected_purchase() is not None
        for text, b in self.purchase_buttons.items():
            needs_row = text != "Add…"
            b.setEnabled(a is not None and (selected or not needs_row))
            b.setToolTip(none if a is None else "Select a purchase first." if needs_row and not selected else "")
        position = self._position(a) if a is not None else None
        planned = a is not None and any(p.status == "planned" for p in a.purchases)
        self.rescale_button.setEnabled(bool(position and position.unphased_sdr and planned))

    def _plot_years(self, years: list[dict]) -> None:
        x = np.array([y["year"] for y in years], dtype=float)
        base = np.zeros(len(years))
        for key, _, _ in STACK:
            height = np.array([y[key] for y in years]) * self._unit / 1e6
            self.year_bars[key].setOpts(x=x, height=height, y0=base.copy(), width=0.7)
            base += height
        self.year_plot.setLabel("left", "US$ millions" if self.units.currentData() == "usd" else "SDR millions")
        self.year_plot.enableAutoRange()

    def _show_compliance(self) -> None:
        results = self.workspace.non_accumulation(self.date)
        rows = [{**r, "benchmark": res["benchmark"], "arrangement": res["arrangement"]} for res in results for r in res["rows"]]
        self.breach_model.set_records(rows)
        if not results:
            self.compliance_summary.setText("No non-accumulation benchmark in this workspace's arrangements.")
            return
        lines = [f"<b>{res['arrangement']}</b>, from {res['start_date']}: "
                 f"{fmt.count(res['breaches'], 'purchase or mining entry', 'purchases or mining entries')} "
                 f"into public wallets, {res['btc']:,.2f} BTC, up to {self.date}." for res in results]
        notes = [b.note for a in self.workspace.arrangements for b in a.benchmarks if b.type == "non_accumulation" and b.note]
        self.compliance_summary.setText("<br>".join(lines + [f"<i>{n}</i>" for n in notes]) +
                                        "<br>Seizures, donations and transfers between own wallets are not accumulation "
                                        "(the program's Technical Memorandum of Understanding). Reclassify a row that the ledger "
                                        "records wrongly.")
        self.compliance_summary.setTextFormat(Qt.TextFormat.RichText)

    def _show_adequacy(self) -> None:
        try:
            a = self.workspace.adequacy(self.date, haircut=self.haircut.value() / 100)
        except InputError as exc:
            self.adequacy_note.setText("; ".join(exc.problems))
            self.adequacy_model.set_records([])
            self.inputs_model.set_records([])
            return
        w = a["with_btc"]
        rows = [
            ("Gross reserves", fmt.usd_short(a["gross_reserves_usd"]), fmt.usd_short(w["gross_reserves_usd"]), ""),
            ("ARA EM metric", fmt.usd_short(a["ara_metric_usd"]), fmt.usd_short(w["ara_metric_usd"]), f"{a['regime'] or '—'} regime"),
            ("Reserves / ARA metric", fmt.pct(a["ara_ratio"]), fmt.pct(w["ara_ratio"]), "adequate at 100-150%"),
            ("Band", a["ara_band"] or "—", w["ara_band"] or "—", ""),
            ("Months of imports", "—" if a["months_of_imports"] is None else f"{a['months_of_imports']:.1f}",
             "—" if w["months_of_imports"] is None else f"{w['months_of_imports']:.1f}", "3 months"),
            ("Greenspan-Guidotti", "—" if a["greenspan_guidotti"] is None else f"{a['greenspan_guidotti']:.2f}",
             "—" if w["greenspan_guidotti"] is None else f"{w['greenspan_guidotti']:.2f}", "1.0"),
        ]
        self.adequacy_model.set_records(rows)
        self.inputs_model.set_records([(INPUT_LABELS.get(k, k), v["value"] if isinstance(v["value"], str)
                                        else fmt.usd_short(v["value"]), v["date"]) for k, v in a["inputs_used"].items()])
        missing = [INPUT_LABELS.get(k, k).lower() for k in a["missing_inputs"]]
        self.adequacy_note.setText(
            f"On {a['date']}. Bitcoin is not a reserve asset (BPM7): "
            + (f"the right-hand column adds {fmt.usd_short(w['btc_added_usd'])}, the bitcoin's "
               f"{fmt.usd_short(w['btc_value_usd'])} less a {self.haircut.value():g}% haircut, as an illustration only."
               if w["btc_value_usd"] else "the workspace holds no bitcoin on this date, so the right-hand column adds "
               "nothing.")
            + (f" Missing inputs: {', '.join(missing)} — enter them to compute every measure." if missing else ""))

    # ---- changes --------------------------------------------------------------------------------------

    def _push(self, command) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        self.changed.emit()

    def _no_arrangement(self, what: str) -> bool:
        """True, after saying why, when there is no arrangement to act on (a menu entry reaches here too)."""
        if self._selected() is not None:
            return False
        QMessageBox.information(self, what, "This workspace has no IMF arrangement yet. Import the program first: "
                                "File > Import > IMF program (JSON), or the button on this tab.")
        return True

    def edit_terms(self) -> None:
        if self._no_arrangement("Edit arrangement terms"):
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
                self, "Purchases differ from access",
                f"{self._phasing_text}\n\nRescale the planned purchases, in the same proportions, so that all "
                "purchases add up to the new access? Disbursed purchases are not changed; Edit > Undo reverses it.")
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
            QMessageBox.warning(self, "Cannot rescale", "\n".join(exc.problems))
            return
        before = {p.id: p.amount_sdr for p in a.purchases if p.id in after}
        self._push(SetPurchaseAmounts(self.workspace, self.changed.emit, a.name, before, after,
                                      f"Rescale {len(after)} planned purchases of {a.name} to access"))

    def add_purchase(self) -> None:
        if self._no_arrangement("Add IMF purchase"):
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
                QMessageBox.warning(self, "Change refused", "\n".join(exc.problems))
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
            QMessageBox.information(self, "Reclassify", "Select a row first.")
            return
        tid = self.breach_model.records[self.breach_view.model().mapToSource(index).row()]["id"]
        before = self.workspace.transaction(tid)
        dialog = TransactionDialog(self.workspace, self, existing=before)
        if dialog.exec() and dialog.accepted_transaction:
            try:
                self.workspace.update_transaction(tid, dialog.accepted_transaction)
            except InputError as exc:
                QMessageBox.warning(self, "Change refused", "\n".join(exc.problems))
                return
            self._push(EditTransaction(self.workspace, self.changed.emit, tid, before, dialog.accepted_transaction))
