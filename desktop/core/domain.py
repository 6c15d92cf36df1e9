"""Domain types shared by the store, the engine's callers, import/export and the front ends.

Conventions (also in resources/methodology.md):
- dates are ``datetime.date``; money is USD unless the name ends in ``_sdr``;
- quantities of bitcoin are positive; the transaction kind gives the direction;
- rates and fractions are plain numbers (0.031 = 3.1%).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WALLET_KINDS = ("cold", "hot", "multisig", "exchange", "custodial")

# Direction of each transaction kind for the wallet it names. A transfer moves the quantity from
# ``wallet`` to ``to_wallet`` and leaves the consolidated stock unchanged. A donation is bitcoin
# *received* by the public sector; bitcoin leaves the reserve only by sale or fee.
INFLOW_KINDS = ("purchase", "mining", "seizure", "donation")
OUTFLOW_KINDS = ("sale", "fee")
TRANSACTION_KINDS = ("purchase", "sale", "mining", "seizure", "transfer", "donation", "fee")
PRICED_KINDS = ("purchase", "sale")  # kinds that must carry a price per unit

FACILITIES = ("EFF", "SBA", "RFI", "RSF", "ECF", "custom")
# the Fund's lending windows: the General Resources Account, the Resilience and Sustainability Trust and the
# Poverty Reduction and Growth Trust; a custom facility is GRA credit with its own repayment rule
WINDOW = {"EFF": "GRA", "SBA": "GRA", "RFI": "GRA", "custom": "GRA", "RSF": "RST", "ECF": "PRGT"}
CHARGES_POLICIES = ("2024-11", "pre-2024-11")
RST_GROUPS = ("A", "B", "C")
PURCHASE_STATUSES = ("planned", "disbursed")
BENCHMARK_TYPES = ("general", "non_accumulation")
BENCHMARK_STATUSES = ("pending", "met", "not_met", "ongoing")
REGIMES = ("fixed", "floating")

GENESIS_DATE = dt.date(2009, 1, 3)  # no bitcoin transaction can predate the genesis block
MAX_BTC = 21_000_000.0  # the supply cap: any single quantity above it is absurd


@dataclass(frozen=True)
class Wallet:
    name: str
    kind: str
    custodian: str | None = None
    address: str | None = None
    cap_btc: float | None = None
    public_sector: bool = True
    archived: bool = False
    note: str | None = None
    source: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Transaction:
    date: dt.date
    kind: str
    wallet: str
    quantity: float
    to_wallet: str | None = None
    asset: str = "BTC"
    price_usd: float | None = None
    fee_usd: float | None = None
    counterparty: str | None = None
    reference: str | None = None
    note: str | None = None
    source: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class PricePoint:
    asset: str
    date: dt.date
    close_usd: float
    source: str
    note: str | None = None


@dataclass(frozen=True)
class MacroInput:
    """Reserve and macro inputs at a date: stocks at the date, flows as trailing 12-month sums."""

    date: dt.date
    gross_reserves_usd: float | None = None
    short_term_debt_usd: float | None = None
    other_liabilities_usd: float | None = None
    broad_money_usd: float | None = None
    exports_usd: float | None = None
    imports_usd: float | None = None
    remittances_usd: float | None = None
    regime: str | None = None
    source: str | None = None
    note: str | None = None
    gdp_usd: float | None = None  # nominal GDP over the 12 months to the date
    # the monetary authorities' short-term foreign-currency liabilities to nonresidents: what a program's NIR
    # subtracts from gross reserves besides the Fund's credit
    reserve_liabilities_usd: float | None = None


@dataclass(frozen=True)
class Purchase:
    date: dt.date
    amount_sdr: float
    status: str
    source: str | None = None
    note: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class RateStep:
    """The SDR interest rate in force from ``from_date`` until the next step."""

    from_date: dt.date
    sdr_rate: float
    source: str | None = None


@dataclass(frozen=True)
class TestDate:
    date: dt.date
    nir_floor_usd: float
    budget_support_baseline_usd: float | None = None
    adjustor_cap_usd: float | None = None
    source: str | None = None
    note: str | None = None
    budget_support_actual_usd: float | None = None  # realised up to the test date; None: not known yet

    @property
    def adjusted_floor_usd(self) -> float:
        """The floor moves down by a shortfall of budget support below its baseline (at most the cap) and up
        by an excess; without realised support or a baseline it stays where it is."""
        if self.budget_support_baseline_usd is None or self.budget_support_actual_usd is None:
            return self.nir_floor_usd
        gap = self.budget_support_actual_usd - self.budget_support_baseline_usd
        if gap >= 0:
            return self.nir_floor_usd + gap
        cap = self.adjustor_cap_usd if self.adjustor_cap_usd is not None else float("inf")
        return self.nir_floor_usd - min(-gap, cap)


@dataclass(frozen=True)
class Benchmark:
    description: str
    type: str = "general"
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    status: str = "pending"
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Repayment:
    """A custom repurchase rule: ``installments`` equal payments ``months_between`` apart, the first
    ``first_after_months`` after each purchase."""

    installments: int
    months_between: int
    first_after_months: int


@dataclass(frozen=True)
class Arrangement:
    name: str
    facility: str
    approval_date: dt.date
    months: int
    access_sdr: float
    quota_sdr: float | None  # the member's quota on the approval date (the workspace's, not stored per arrangement)
    usd_per_sdr: float
    charges_policy: str | None = None  # None: the policy in force on each day; a name pins it (margin and fees)
    repayment: Repayment | None = None
    purchases: tuple[Purchase, ...] = ()
    sdr_rates: tuple[RateStep, ...] = ()
    test_dates: tuple[TestDate, ...] = ()
    benchmarks: tuple[Benchmark, ...] = ()
    source: str | None = None
    note: str | None = None


    @property
    def window(self) -> str:
        return WINDOW[self.facility]


@dataclass(frozen=True)
class QuotaStep:
    """The member's IMF quota from ``effective_date`` until the next step."""

    effective_date: dt.date
    quota_sdr: float
    source: str | None = None
    note: str | None = None


PROJECTED_PRINCIPAL = {"GRA Repurchase": "GRA", "PRGT Repayment": "PRGT", "RST Repayment": "RST"}
PROJECTED_CHARGES = {"GRA Charges": "GRA", "RST Interest": "RST", "PRGT Interest": "PRGT"}
PROJECTED_OTHER = ("Net SDR Charges", "SDR Assessments")  # the SDR Department's items: not credit from the Fund


@dataclass(frozen=True)
class ProjectedPayment:
    """One line of the IMF's "Projected Payments to the IMF" for a member, as imported."""

    date: dt.date
    description: str  # as the IMF writes it: "GRA Repurchase (EFF)", "GRA Charges", "RST Interest", ...
    amount_sdr: float

    @property
    def item(self) -> str:
        """principal, charges, or other (SDR Department items)."""
        head = self.description.split(" (")[0].strip()
        if head in PROJECTED_PRINCIPAL:
            return "principal"
        return "charges" if head in PROJECTED_CHARGES else "other"

    @property
    def window(self) -> str | None:
        head = self.description.split(" (")[0].strip()
        return PROJECTED_PRINCIPAL.get(head) or PROJECTED_CHARGES.get(head)

    @property
    def facility(self) -> str | None:
        """The facility in brackets ("EFF" in "GRA Repurchase (EFF)"), if any."""
        _, bracket, rest = self.description.partition("(")
        return rest.rstrip(")").strip() or None if bracket else None


@dataclass(frozen=True)
class Member:
    """The workspace's member country in the Fund: its quota, the one SDR interest-rate path every arrangement
    uses, its RST pricing group and the IMF's latest imported projection of its payments."""

    quotas: tuple[QuotaStep, ...] = ()
    sdr_rates: tuple[RateStep, ...] = ()
    sdr_rate_after: float | None = None  # the assumption past the last step; None: the last rate held flat
    rst_group: str | None = None
    projection: tuple[ProjectedPayment, ...] = ()
    projection_as_of: dt.date | None = None
    local_currency: str | None = None  # the currency its budget is in (PKR), for reporting; None: none set
    fx_depreciation_per_year: float = 0.0  # the local currency's assumed loss of US$ value a year after the valuation date

    def quota_on(self, day: dt.date) -> float | None:
        """The quota in force on ``day``; before the first step, the first (a quota is rarely entered from its
        origin, and credit older than it is measured against the earliest quota known)."""
        known = [q for q in self.quotas if q.effective_date <= day] or list(self.quotas[:1])
        return known[-1].quota_sdr if known else None


@dataclass(frozen=True)
class Policy:
    """An accumulation policy of the planner; ``params`` by kind (core.policies says which)."""

    name: str
    kind: str
    params: dict = field(default_factory=dict)
    enabled: bool = True
    note: str | None = None
    source: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    name: str
    kind: str
    horizon_days: int
    params: dict = field(default_factory=dict)
    builtin: bool = False
    note: str | None = None
