"""IMF Program: the arrangements, their purchases, rate assumptions, test dates, benchmarks and reserves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.workspace import add_months
from .. import fmt
from ..table_model import Column, RecordTableModel
from ..widgets import column, note_label, record_table, section_title, splitter
from .base import Tab

POLICY_TEXT = {
    "2024-11": "Charges policy in force since 2024-11-01: SDR rate + 60 bp; level surcharge 200 bp above 300% of quota; "
               "time surcharge 75 bp after 51 months (EFF) / 36 months (SBA); service charge 50 bp; commitment fee "
               "15/30/60 bp (DOMAIN.md §3, H).",
    "pre-2024-11": "Charges policy before 2024-11-01: SDR rate + 100 bp; level surcharge above 187.5% of quota; time "
                   "surcharge 100 bp (DOMAIN.md §3, H).",
}


def _source_tip(item) -> str:
    return "\n".join(x for x in (getattr(item, "note", None), item.source and f"Source: {item.source}") if x)


class ProgramTab(Tab):
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
            Column("Quota (SDR m)", lambda p: p.arrangement.quota_sdr, fmt.sdr_m, numeric=True),
            Column("Access % quota", lambda p: p.arrangement.access_sdr / p.arrangement.quota_sdr, fmt.pct, numeric=True),
            Column("Disbursed (SDR m)", lambda p: p.disbursed_sdr, fmt.sdr_m, numeric=True,
                   header_tip="Purchases with status 'disbursed' on or before the chosen date."),
            Column("Disbursed % quota", lambda p: p.disbursed_pct_quota, fmt.pct, numeric=True),
            Column("Undrawn (SDR m)", lambda p: p.undrawn_sdr, fmt.sdr_m, numeric=True),
            Column("USD per SDR", lambda p: p.arrangement.usd_per_sdr, lambda v: f"{v:.4f}", numeric=True),
            Column("Charges policy", lambda p: p.arrangement.charges_policy, tooltip=lambda p: POLICY_TEXT[p.arrangement.charges_policy]),
            Column("Repayment", lambda p: self._repayment_text(p.arrangement)),
        ])
        self.arrangement_view = record_table(self.arrangement_model)
        self.arrangement_view.setMaximumHeight(110)
        self.arrangement_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        layout.addWidget(section_title("Arrangements"))
        layout.addWidget(self.arrangement_view)
        self.terms = note_label()
        layout.addWidget(self.terms)

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
            Column("NIR floor (US$ m)", lambda t: t.nir_floor_usd, lambda v: f"{v / 1e6:,.1f}", numeric=True),
            Column("Note", lambda t: t.note or t.source, tooltip=_source_tip),
        ])
        self.benchmark_model = RecordTableModel([
            Column("Benchmark", lambda b: b.description, tooltip=_source_tip),
            Column("Type", lambda b: b.type),
            Column("From", lambda b: fmt.date(b.start_date)),
            Column("Due", lambda b: fmt.date(b.due_date)),
            Column("Status", lambda b: b.status),
        ])
        self.macro_model = RecordTableModel([
            Column("Date", lambda m: m.date.isoformat()),
            Column("Gross reserves (US$ m)", lambda m: m.gross_reserves_usd, self._usd_m, numeric=True),
            Column("Imports, 12 m (US$ m)", lambda m: m.imports_usd, self._usd_m, numeric=True),
            Column("Exports, 12 m (US$ m)", lambda m: m.exports_usd, self._usd_m, numeric=True),
            Column("Remittances, 12 m (US$ m)", lambda m: m.remittances_usd, self._usd_m, numeric=True),
            Column("Short-term debt (US$ m)", lambda m: m.short_term_debt_usd, self._usd_m, numeric=True),
            Column("Broad money (US$ m)", lambda m: m.broad_money_usd, self._usd_m, numeric=True),
            Column("Regime", lambda m: m.regime),
            Column("Source and note", lambda m: m.source, tooltip=_source_tip),
        ])
        views = {name: record_table(model, stretch_column=stretch) for name, model, stretch in [
            ("purchases", self.purchase_model, 4), ("rates", self.rate_model, 2), ("tests", self.test_model, 2),
            ("benchmarks", self.benchmark_model, 0), ("macro", self.macro_model, 8)]}
        views["benchmarks"].setWordWrap(True)

        right = splitter(Qt.Orientation.Vertical, column("SDR interest rate assumptions", views["rates"]),
                         column("Test dates and NIR floors", views["tests"]), column("Structural benchmarks", views["benchmarks"]))
        middle = splitter(Qt.Orientation.Horizontal, column("Purchases (planned and disbursed)", views["purchases"]), right,
                          sizes=[700, 700])
        macro = column("Reserves and macro inputs (stocks at the date; flows over the trailing 12 months)", views["macro"])
        layout.addWidget(splitter(Qt.Orientation.Vertical, middle, macro, sizes=[560, 170]), 1)
        self.views = views
        self._usd_per_sdr = 1.0
        self.refresh()

    @staticmethod
    def _usd_m(v: float | None) -> str:
        return "" if v is None else f"{v / 1e6:,.1f}"

    @staticmethod
    def _repayment_text(a) -> str:
        if a.facility == "EFF":
            return "12 semiannual, from 4.5 years"
        if a.facility == "SBA":
            return "8 quarterly, from 3.25 years"
        r = a.repayment
        return f"{r.installments} every {r.months_between} months, from {r.first_after_months / 12:g} years"

    def refresh(self) -> None:
        ws = self.workspace
        positions = ws.program_positions(self.date)
        row = max(self.arrangement_view.currentIndex().row(), 0)
        self.arrangement_model.set_records(positions)
        self.macro_model.set_records(ws.macro_inputs)
        if positions:
            self.arrangement_view.selectRow(min(row, len(positions) - 1))
        else:
            self.terms.setText("This workspace has no IMF arrangement.")
        self._show_selected()

    def _show_selected(self) -> None:
        index = self.arrangement_view.currentIndex()
        if not index.isValid():
            for model in (self.purchase_model, self.rate_model, self.test_model, self.benchmark_model):
                model.set_records([])
            return
        source_row = self.arrangement_view.model().mapToSource(index).row()
        position = self.arrangement_model.records[source_row]
        a = position.arrangement
        self._usd_per_sdr = a.usd_per_sdr
        self.terms.setText(
            f"<b>{a.name}</b>: {a.facility}, {a.months} months from {a.approval_date} to "
            f"{add_months(a.approval_date, a.months)}. {POLICY_TEXT[a.charges_policy]}"
            + (f"<br><i>{a.note}</i>" if a.note else ""))
        self.purchase_model.set_records(a.purchases)
        self.rate_model.set_records(a.sdr_rates)
        self.test_model.set_records(a.test_dates)
        self.benchmark_model.set_records(a.benchmarks)
        for name in ("purchases", "rates", "tests", "benchmarks"):
            self.views[name].resizeColumnsToContents()
