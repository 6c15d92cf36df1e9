"""The IMF's bitcoin non-accumulation commitment, checked against the ledger.

El Salvador's TMU (IMF staff report for the 2025 EFF request, March 2025): voluntary accumulation "includes purchase and mining ... excludes
accumulation resulting from forfeiture, seizure ... or other law-enforcement measures". Transfers between
public wallets are consolidation, not accumulation. So a breach is a purchase or mining into a
public-sector wallet on or after the commitment's start date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..domain import Benchmark, Transaction, Wallet

VOLUNTARY_KINDS = ("purchase", "mining")


def accumulation_breaches(transactions: Iterable[Transaction], wallets: Iterable[Wallet], start: dt.date,
                          until: dt.date | None = None) -> list[Transaction]:
    public = {w.name for w in wallets if w.public_sector}
    return [t for t in transactions
            if t.kind in VOLUNTARY_KINDS and t.wallet in public and t.date >= start and (until is None or t.date <= until)]


OPEN_STATUSES = ("pending", "ongoing")  # not yet met or missed


def benchmark_overdue(benchmark: Benchmark, date: dt.date) -> bool:
    """A benchmark still open (pending or ongoing) after its due date, seen on ``date``."""
    return benchmark.due_date is not None and benchmark.due_date < date and benchmark.status in OPEN_STATUSES
