"""Overview: the headline figures of the open workspace, each leading to the tab that explains it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core import fmt
from ...core.custody.chain import btc
from ...core.errors import error_text
from ...core.headline import headline
from ...core.stress import sale_text
from ...core.workspace import Workspace
from ..widgets import FigureCard, note_label, section_title
from ..worker import Task
from .base import Tab
from .custody import CustodyCounts, cap_text, custody_counts


class OverviewTab(Tab):
    title = "Overview"
    wraps_text = True  # cards with wrapped lines: at 125% the page scrolls rather than overlap them

    def __init__(self, workspace, date, parent: QWidget | None = None):
        super().__init__(workspace, date, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.description = note_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.description)

        self.cards: dict[str, FigureCard] = {}
        groups = [
            ("Bitcoin reserve", "Holdings", ["stock", "value", "pnl", "cost", "custody"]),
            ("IMF program", "IMF Program", ["credit", "next_purchase", "benchmarks", "test_date"]),
            ("Reserves (IMF definition, without bitcoin)", "IMF Program", ["reserves", "imports_cover", "btc_share", "regime"]),
            ("Stress and planning", "Stress Scenarios", ["scenarios", "last_run", "accumulation", "policy"]),
        ]
        captions = {
            "stock": "BTC stock", "value": "Value", "pnl": "Unrealised P&L", "cost": "Cost basis (average cost)",
            "credit": "IMF credit outstanding", "next_purchase": "Next IMF purchase", "benchmarks": "Structural benchmarks",
            "test_date": "Next test date", "reserves": "Gross reserves", "imports_cover": "Months of imports",
            "btc_share": "Bitcoin vs reserves", "regime": "Exchange-rate regime", "scenarios": "Scenario library",
            "last_run": "Last stress run", "accumulation": "Bitcoin added, last 90 days", "policy": "Purchases to date",
            "custody": "Ledger and chain, address checks",
        }
        for title, target, keys in groups:
            layout.addWidget(section_title(title))
            grid = QGridLayout()
            grid.setHorizontalSpacing(10)
            for i, key in enumerate(keys):
                card = FigureCard(captions[key])
                card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keyboard reaches it; Enter opens its tab
                card.activated.connect(lambda t=("Planner" if key in ("accumulation", "policy") else target): self.navigate.emit(t))
                self.cards[key] = card
                grid.addWidget(card, 0, i)
                grid.setColumnStretch(i, 1)
            layout.addLayout(grid)
        layout.addStretch(1)
        self._custody_generation = 0
        self._custody_task: Task | None = None
        self.refresh()

    def first_controls(self) -> list[QWidget]:
        return list(self.cards.values())[:1]

    def refresh(self) -> None:
        ws, date, c = self.workspace, self.date, self.cards
        self.heading.setText(f"{ws.name} — figures on {date.isoformat()}")
        self.description.setText(ws.metadata.get("description", ""))
        x = headline(ws, date)  # the same figures the PDF's executive summary states

        h = x.holdings
        price_note = (f"at US${h.price_usd:,.0f} per BTC, {h.price_age_note()}"
                      if h.price_usd else "no BTC price on or before this date")
        c["stock"].set(f"{fmt.btc(h.total_btc)} BTC", f"in {fmt.count(x.wallets_holding, 'wallet')}",
                       "Sum of the ledger up to and including this date; transfers between own wallets excluded.")
        c["value"].set(fmt.usd_short(h.value_usd), price_note,
                       "Stock x the last BTC close on or before the date (prices stored in the workspace).",
                       warn=h.total_btc > 0 and (h.price_usd is None or (h.price_age_days or 0) > 7))
        c["pnl"].set(fmt.usd_short(h.unrealized_pnl_usd), "value minus cost basis",
                     "Unrealised P&L = value - average-cost basis.", warn=(h.unrealized_pnl_usd or 0) < 0)
        c["cost"].set(fmt.usd_short(h.cost_usd),
                      f"average US${h.average_cost_usd:,.0f} per BTC" if h.average_cost_usd else "",
                      "Average cost of one consolidated pool: purchases at price plus fees; outflows remove cost pro rata.")

        if x.positions:
            f = x.fund_credit
            if f is None:
                c["credit"].set("—", x.fund_credit_problem, warn=True)
            else:
                c["credit"].set(f"SDR {fmt.sdr_m(f.total_sdr)} m",
                                f"{fmt.usd_short(x.credit_usd)}; GRA {fmt.pct(f.gra_pct_of_quota / 100, 0)} of quota"
                                if f.gra_pct_of_quota is not None else fmt.usd_short(x.credit_usd),
                                "Every arrangement together: purchases disbursed on or before the date less the "
                                "repurchases due by then, and existing obligations from an imported IMF projection. "
                                "The IMF Program tab's Fund position shows it by arrangement and over time.")
            if x.next_purchase:
                n = x.next_purchase
                late = " — planned date has passed: mark it disbursed or move it" if n.date <= date else ""
                c["next_purchase"].set(n.date.isoformat(), f"SDR {fmt.sdr_m(n.amount_sdr)} m under {n.arrangement}{late}",
                                       "The earliest purchase after the date or still planned (every arrangement's that day).", warn=bool(late))
            else:
                c["next_purchase"].set("none", "all purchases disbursed")
            non_acc = any(b.type == "non_accumulation" for b in x.benchmarks)
            c["benchmarks"].set(f"{len(x.benchmarks)}", f"{x.open_benchmarks} pending or ongoing"
                                + ("; includes bitcoin non-accumulation" if non_acc else ""))
            if x.next_test:
                t = x.next_test
                c["test_date"].set(t.date.isoformat(), f"NIR floor {fmt.usd_short(t.nir_floor_usd)}",
                                   t.note or t.source or "")
            else:
                c["test_date"].set("none", "no test date on or after this date")
        else:
            for key in ("credit", "next_purchase", "benchmarks", "test_date"):
                c[key].set("—", "no IMF arrangement: import one on the IMF Program tab")

        reserves = x.reserves
        if reserves:
            c["reserves"].set(fmt.usd_short(reserves.gross_reserves_usd), f"as of {reserves.date}",
                              f"{reserves.source or ''}\n{reserves.note or ''}".strip())
            months, imports = x.months_of_imports, x.imports
            c["imports_cover"].set("—" if months is None else f"{months:.1f}",
                                   "" if imports is None else f"imports {fmt.usd_short(imports.imports_usd)} a year ({imports.date})",
                                   "Gross reserves / (trailing 12-month imports / 12). Benchmark: 3 months "
                                   "(IMF, Assessing Reserve Adequacy, Feb 2011).",
                                   warn=months is not None and months < 3)
            c["btc_share"].set(fmt.pct(x.btc_share_of_reserves),
                               "BTC value / gross reserves (bitcoin is not a reserve asset, BPM7)")
            c["regime"].set(reserves.regime or "—", "sets the ARA metric's weights")
        else:
            for key in ("reserves", "imports_cover", "btc_share", "regime"):
                c[key].set("—", "no reserve data on or before this date: import it on the IMF Program tab")

        counts = x.scenario_counts
        c["scenarios"].set(f"{sum(counts.values())}", ", ".join(
            f"{counts[k]} {label}" for k, label in (("historical", "historical"), ("shock", "shocks"),
                                                     ("monte_carlo", "Monte Carlo"))))
        if x.last_run:
            last, worst = x.last_run.summary, x.last_run.worst
            short = worst is not None and worst["headroom_usd"] < 0
            c["last_run"].set(fmt.usd_short(last["terminal"]["p05"]),
                              f"{last['scenario_name']}, {x.last_run.created}: bitcoin reserve at the 5th percentile "
                              f"after {last['horizon_days']} days"
                              + ("" if worst is None else f"; worst test-date headroom {fmt.usd_short(worst['headroom_usd'])}")
                              + (f" ({sale_text(worst)})" if short else ""),
                              warn=short)
        else:
            c["last_run"].set("none yet", "run a scenario in Stress Scenarios")
        self._refresh_custody()
        c["accumulation"].set(f"{fmt.btc(x.accumulated_btc)} BTC", f"stock change since {x.accumulation_since}",
                              "Net of sales and fees; transfers between own wallets do not count.")
        c["policy"].set(f"{fmt.btc(x.bought_btc)} BTC", f"for {fmt.usd_short(x.spent_usd)}" if x.bought_btc else
                        "no purchases recorded")

    def _refresh_custody(self) -> None:
        """The custody cards, read in a worker (flags and reconciliation over thousands of addresses take
        seconds); the newest date asked for wins."""
        self._custody_generation += 1
        if self._custody_task is not None:
            self._custody_task.cancel()  # a date typed day by day: only the last one is worked out to the end
        generation, source, date = self._custody_generation, self.workspace.store, self.date
        self.cards["custody"].set("…", "reading the address register and the chain statements")

        def work(progress, cancelled):
            store = source.reopen()  # the worker's own connection, in the window's mode
            try:
                return custody_counts(Workspace(store), date, cancelled)
            finally:
                store.close()

        def finished(counts: CustodyCounts) -> None:
            if generation == self._custody_generation:
                self._custody_task = None
                self._show_custody(counts)

        def failed(error: Exception) -> None:
            if generation == self._custody_generation:
                self._custody_task = None
                self.cards["custody"].set("—", f"cannot read the register: {error_text(error)}", warn=True)

        self._custody_task = Task(work)
        self._custody_task.deliver_to(self, finished=finished, failed=failed)
        self._custody_task.start()

    def _show_custody(self, x: CustodyCounts) -> None:
        """Whether ledger and chain agree at the date, then the counts of the address flags."""
        card, n = self.cards["custody"], x.counts
        if not n["addresses"]:
            card.set("—", "no address registered: Holdings > Custody registers the wallets' addresses")
            return
        flags = (f"{n['addresses']:,} addresses: {n['over_cap']:,} over the {cap_text(x.cap_btc)} BTC cap, "
                 f"{n['reused']:,} reused, {n['exposed']:,} key exposed, {n['proven']:,} proven")
        tip = ("Ledger and chain: each wallet's balance by the ledger against its confirmed balance on the chain "
               "statements at the end of the day (Holdings > Custody > Reconciliation). Over the cap: more than the "
               "cap in one address (the Bitcoin Office keeps at most 500 BTC in an address). Reused: paid by more "
               "than one transaction. Key exposed: spent from, or Taproot (key path).")
        if x.not_compared:  # their chain balance is unknown, not zero: left out of the comparison
            flags = f"{fmt.count(x.not_compared, 'wallet')} with no address registered, not compared; {flags}"
        if not x.files:
            card.set("no statements", flags, tip, warn=True)
        elif x.differing:
            card.set(f"{fmt.btc(btc(x.difference_sat), 8)} BTC",
                     f"ledger less chain, {fmt.count(x.differing, 'wallet')} differ; {flags}", tip, warn=True)
        else:
            card.set("agree", f"in the {fmt.count(x.compared, 'wallet')} with addresses; {flags}", tip,
                     warn=n["over_cap"] > 0)
