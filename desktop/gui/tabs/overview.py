"""Overview: the headline figures of the open workspace, each leading to the tab that explains it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core import builtin_words, fmt, fx
from ...core.custody.chain import btc
from ...core.errors import error_text
from ...core.headline import headline
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.stress import sale_text
from ...core.workspace import Workspace
from .. import money
from ..widgets import FigureCard, note_label, section_title
from ..worker import Task
from .base import Tab
from .custody import CustodyCounts, cap_text, custody_counts

REGIME_WORDS = {  # the workspace's regime code -> the word shown (the code stays as stored and in the CLI's JSON)
    #: exchange-rate regime (IMF ARA classification)
    "fixed": QT_TRANSLATE_NOOP("OverviewTab", "fixed"),
    #: exchange-rate regime (IMF ARA classification)
    "floating": QT_TRANSLATE_NOOP("OverviewTab", "floating"),
}


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
            (self.tr("Bitcoin reserve"), "Holdings", ["stock", "value", "pnl", "cost", "custody"]),
            (self.tr("IMF program"), "IMF Program", ["credit", "next_purchase", "benchmarks", "test_date"]),
            (self.tr("Reserves (IMF definition, without bitcoin)"), "IMF Program",
             ["reserves", "imports_cover", "btc_share", "regime"]),
            (self.tr("Stress and planning"), "Stress Scenarios", ["scenarios", "last_run", "accumulation", "policy"]),
        ]
        captions = {
            "stock": self.tr("BTC stock"),
            #: the market value of the bitcoin held
            "value": self.tr("Value"),
            "pnl": self.tr("Unrealised P&L"), "cost": self.tr("Cost basis (average cost)"),
            "credit": self.tr("IMF credit outstanding"), "next_purchase": self.tr("Next IMF purchase"),
            "benchmarks": self.tr("Structural benchmarks"), "test_date": self.tr("Next test date"),
            "reserves": self.tr("Gross reserves"), "imports_cover": self.tr("Months of imports"),
            "btc_share": self.tr("Bitcoin vs reserves"), "regime": self.tr("Exchange-rate regime"),
            "scenarios": self.tr("Scenario library"), "last_run": self.tr("Last stress run"),
            "accumulation": self.tr("Bitcoin added, last 90 days"), "policy": self.tr("Purchases to date"),
            "custody": self.tr("Ledger and chain, address checks"),
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

    def _wallets(self, n: int) -> str:
        """'1 wallet', '2 wallets' as fmt.count writes them (the English of a %n plural would read "wallet(s)")."""
        #: {n} is a count of wallets
        return (self.tr("{n} wallet") if n == 1 else self.tr("{n} wallets")).format(n=fmt.number(n))

    def refresh(self) -> None:
        ws, date, c = self.workspace, self.date, self.cards
        self.heading.setText(self.tr("{name} — figures on {date}").format(name=ws.name, date=date.isoformat()))
        self.description.setText(ws.metadata.get("description", ""))
        x = headline(ws, date)  # the same figures the PDF's executive summary states
        conv = self.converter()  # money in the toolbar's currency, each figure at its own date's rate

        h = x.holdings
        value, pnl, cost = (money.short(conv, usd, date) for usd in (h.value_usd, h.unrealized_pnl_usd, h.cost_usd))
        price, average = money.full(conv, h.price_usd, date), money.full(conv, h.average_cost_usd, date)
        if not h.price_usd:
            price_note = self.tr("no BTC price on or before this date")
        elif conv.identity:
            price_note = self.tr("at US${price} per BTC, {age}").format(price=fmt.number(h.price_usd, 0), age=h.price_age_note())
        else:
            price_note = self.tr("at {price} per BTC, {age}").format(price=price.text, age=h.price_age_note())
        # cost and P&L at the valuation date's rate, as the value: a rupee cost at each purchase's own rate would
        # mix the rupee's fall into the P&L
        at_valuation = "" if conv.identity else self.tr("Converted at the valuation date's rate, as the value is.")
        c["stock"].set(f"{fmt.btc(h.total_btc)} BTC", self.tr("in {wallets}").format(wallets=self._wallets(x.wallets_holding)),
                       self.tr("Sum of the ledger up to and including this date; transfers between own wallets excluded."))
        c["value"].set(value.text, value.note if value.missing else price_note,
                       money.tip(self.tr("Stock x the last BTC close on or before the date (prices stored in the workspace)."),
                                 value),
                       warn=h.total_btc > 0 and (h.price_usd is None or (h.price_age_days or 0) > 7) or value.missing)
        c["pnl"].set(pnl.text, pnl.note if pnl.missing else self.tr("value minus cost basis"),
                     money.tip(" ".join(filter(None, (self.tr("Unrealised P&L = value - average-cost basis."), at_valuation))),
                               pnl), warn=(h.unrealized_pnl_usd or 0) < 0)
        if cost.missing:
            cost_note = cost.note
        elif not h.average_cost_usd:
            cost_note = ""
        elif conv.identity:
            cost_note = self.tr("average US${cost} per BTC").format(cost=fmt.number(h.average_cost_usd, 0))
        else:
            cost_note = self.tr("average {cost} per BTC").format(cost=average.text)
        c["cost"].set(cost.text, cost_note,
                      money.tip(" ".join(filter(None, (self.tr("Average cost of one consolidated pool: purchases at "
                                                               "price plus fees; outflows remove cost pro rata."),
                                                       at_valuation))), cost))

        if x.positions:
            f = x.fund_credit
            if f is None:
                c["credit"].set("—", x.fund_credit_problem, warn=True)
            else:
                # the IMF's SDR figure stays; beside it, its US$ figure (in SDR mode too), else that in the currency
                credit = money.short(conv, x.credit_usd, date) if conv.code != fx.SDR else \
                    money.Shown(fmt.usd_short(x.credit_usd), "")
                c["credit"].set(self.tr("SDR {amount} m").format(amount=fmt.sdr_m(f.total_sdr)),
                                self.tr("{usd}; GRA {pct} of quota").format(
                                    usd=credit.text, pct=fmt.pct(f.gra_pct_of_quota / 100, 0))
                                if f.gra_pct_of_quota is not None else credit.text,
                                money.tip(self.tr("Every arrangement together: purchases disbursed on or before the date "
                                                  "less the repurchases due by then, and existing obligations from an "
                                                  "imported IMF projection. The IMF Program tab's Fund position shows "
                                                  "it by arrangement and over time."), credit))
            if x.next_purchase:
                n = x.next_purchase
                late = self.tr(" — planned date has passed: mark it disbursed or move it") if n.date <= date else ""
                c["next_purchase"].set(n.date.isoformat(), self.tr("SDR {amount} m under {arrangement}").format(
                                           amount=fmt.sdr_m(n.amount_sdr), arrangement=n.arrangement) + late,
                                       self.tr("The earliest purchase after the date or still planned (every "
                                               "arrangement's that day)."), warn=bool(late))
            else:
                #: no next IMF purchase
                c["next_purchase"].set(self.tr("none"), self.tr("all purchases disbursed"))
            non_acc = any(b.type == "non_accumulation" for b in x.benchmarks)
            c["benchmarks"].set(f"{len(x.benchmarks)}", self.tr("%n pending or ongoing", "", x.open_benchmarks)
                                + (self.tr("; includes bitcoin non-accumulation") if non_acc else ""))
            if x.next_test:
                t = x.next_test
                floor = money.short(conv, t.nir_floor_usd, t.date)  # a US$ floor at its test date's rate
                c["test_date"].set(t.date.isoformat(), self.tr("NIR floor {usd}").format(usd=floor.text),
                                   money.tip(t.note or t.source or "", floor))
            else:
                #: no next test date
                c["test_date"].set(self.tr("none"), self.tr("no test date on or after this date"))
        else:
            for key in ("credit", "next_purchase", "benchmarks", "test_date"):
                c[key].set("—", self.tr("no IMF arrangement: import one on the IMF Program tab"))

        reserves = x.reserves
        if reserves:
            gross = money.short(conv, reserves.gross_reserves_usd, reserves.date)  # at the rate of the data's date
            c["reserves"].set(gross.text, self.tr("as of {date}").format(date=reserves.date),
                              money.tip(f"{reserves.source or ''}\n{reserves.note or ''}".strip(), gross))
            months, imports = x.months_of_imports, x.imports
            imported = money.short(conv, imports.imports_usd, imports.date) if imports is not None else None
            c["imports_cover"].set("—" if months is None else fmt.number(months, 1),
                                   "" if imports is None else self.tr("imports {usd} a year ({date})").format(
                                       usd=imported.text, date=imports.date),
                                   money.tip(self.tr("Gross reserves / (trailing 12-month imports / 12). Benchmark: 3 "
                                                     "months (IMF, Assessing Reserve Adequacy, Feb 2011)."),
                                             *([imported] if imported else [])),
                                   warn=months is not None and months < 3)
            c["btc_share"].set(fmt.pct(x.btc_share_of_reserves),
                               self.tr("BTC value / gross reserves (bitcoin is not a reserve asset, BPM7)"))
            c["regime"].set(translate("OverviewTab", REGIME_WORDS[reserves.regime]) if reserves.regime else "—",
                            self.tr("sets the ARA metric's weights"))
        else:
            for key in ("reserves", "imports_cover", "btc_share", "regime"):
                c[key].set("—", self.tr("no reserve data on or before this date: import it on the IMF Program tab"))

        counts = x.scenario_counts
        c["scenarios"].set(f"{sum(counts.values())}", ", ".join((
            self.tr("%n historical", "", counts["historical"]), self.tr("%n shocks", "", counts["shock"]),
            self.tr("%n Monte Carlo", "", counts["monte_carlo"]))))
        if x.last_run:
            last, worst = x.last_run.summary, x.last_run.worst
            short = worst is not None and worst["headroom_usd"] < 0
            # the value at the horizon's end at that day's rate (assumed past the valuation date); the headroom at its
            # test date's
            end = dt.date.fromisoformat(str(last["start_date"])[:10]) + dt.timedelta(days=last["horizon_days"])
            terminal = money.short(conv, last["terminal"]["p05"], end)
            headroom = None if worst is None else money.short(conv, worst["headroom_usd"],
                                                              dt.date.fromisoformat(str(worst["date"])[:10]))
            c["last_run"].set(terminal.text,
                              self.tr("{scenario}, {created}: bitcoin reserve at the 5th percentile after {days} days")
                              .format(scenario=builtin_words.scenario_name(last.get("scenario_id"), last["scenario_name"]), created=x.last_run.created, days=last["horizon_days"])
                              + ("" if worst is None else self.tr("; worst test-date headroom {usd}").format(
                                  usd=headroom.text))
                              + (f" ({sale_text(worst)})" if short else ""),
                              money.tip("", terminal, *([headroom] if headroom else [])), warn=short)
        else:
            c["last_run"].set(self.tr("none yet"), self.tr("run a scenario in Stress Scenarios"))
        self._refresh_custody()
        c["accumulation"].set(f"{fmt.btc(x.accumulated_btc)} BTC",
                              self.tr("stock change since {date}").format(date=x.accumulation_since),
                              self.tr("Net of sales and fees; transfers between own wallets do not count."))
        spent = self._spent(conv, date, x.spent_usd)
        c["policy"].set(f"{fmt.btc(x.bought_btc)} BTC", self.tr("for {usd}").format(usd=spent.text)
                        + (f" ({spent.note})" if spent.missing else "") if x.bought_btc else self.tr("no purchases recorded"), money.tip("", spent) if x.bought_btc else "")

    def _spent(self, conv, date: dt.date, spent_usd: float) -> money.Shown:
        """What the purchases to date cost (price plus fee, the headline's ``spent_usd``), each at the rate of its
        own date."""
        if conv.identity:
            return money.Shown(fmt.usd_short(spent_usd), "")
        purchases = [t for t in self.workspace.transactions if t.kind == "purchase" and t.date <= date]
        costs = [(t.quantity * t.price_usd + (t.fee_usd or 0.0), t.date) for t in purchases]
        converted = [(conv.from_usd(usd, day), day) for usd, day in costs]
        lacking = [day for value, day in converted if value is None]
        if lacking:
            return money.Shown("—", fx.no_rate_text(conv.code, min(lacking)), True)
        dates = [day for _, day in costs]
        rates = fx.rates_used(conv, dates)
        note = self.tr("Each purchase at the rate of its own date: {n} rates, {first} to {last}.").format(
            n=fmt.number(len(rates)), first=fmt.date(min(dates)), last=fmt.date(max(dates))) if len(rates) > 1 else \
            (rates[0].describe() if rates else "")
        return money.Shown(fmt.money_short(sum(value for value, _ in converted), conv.code), note)

    def _refresh_custody(self) -> None:
        """The custody cards, read in a worker (flags and reconciliation over thousands of addresses take
        seconds); the newest date asked for wins."""
        self._custody_generation += 1
        if self._custody_task is not None:
            self._custody_task.cancel()  # a date typed day by day: only the last one is worked out to the end
        generation, source, date = self._custody_generation, self.workspace.store, self.date
        self.cards["custody"].set("…", self.tr("reading the address register and the chain statements"))

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
                self.cards["custody"].set("—", self.tr("cannot read the register: {error}").format(error=error_text(error)),
                                          warn=True)

        self._custody_task = Task(work)
        self._custody_task.deliver_to(self, finished=finished, failed=failed)
        self._custody_task.start()

    def _show_custody(self, x: CustodyCounts) -> None:
        """Whether ledger and chain agree at the date, then the counts of the address flags."""
        card, n = self.cards["custody"], x.counts
        if not n["addresses"]:
            card.set("—", self.tr("no address registered: Holdings > Custody registers the wallets' addresses"))
            return
        flags = self.tr("{addresses} addresses: {over_cap} over the {cap} BTC cap, {reused} reused, {exposed} key "
                        "exposed, {proven} proven").format(
            addresses=fmt.number(n['addresses']), over_cap=fmt.number(n['over_cap']), cap=cap_text(x.cap_btc),
            reused=fmt.number(n['reused']), exposed=fmt.number(n['exposed']), proven=fmt.number(n['proven']))
        tip = self.tr("Ledger and chain: each wallet's balance by the ledger against its confirmed balance on the chain "
                      "statements at the end of the day (Holdings > Custody > Reconciliation). Over the cap: more than "
                      "the cap in one address (the Bitcoin Office keeps at most 500 BTC in an address). Reused: paid by "
                      "more than one transaction. Key exposed: spent from, or Taproot (key path).")
        if x.not_compared:  # their chain balance is unknown, not zero: left out of the comparison
            flags = self.tr("{wallets} with no address registered, not compared; {flags}").format(
                wallets=self._wallets(x.not_compared), flags=flags)
        if not x.files:
            card.set(self.tr("no statements"), flags, tip, warn=True)
        elif x.differing:
            card.set(f"{fmt.btc(btc(x.difference_sat), 8)} BTC",
                     self.tr("ledger less chain, {wallets} differ; {flags}").format(
                         wallets=self._wallets(x.differing), flags=flags), tip, warn=True)
        else:
            #: ledger and chain agree
            card.set(self.tr("agree"), self.tr("in the {wallets} with addresses; {flags}").format(
                wallets=self._wallets(x.compared), flags=flags), tip, warn=n["over_cap"] > 0)
