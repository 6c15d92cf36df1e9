"""The application service: opens a workspace and answers the questions the window and the command line ask.

The GUI and the CLI both call these methods, so a figure on screen and the same figure from the command line come
from the same function. The service is one object; each concern lives in its own module as a part mixed into it
(ledger, program, scenarios and runs, policies, imports), sharing its store and its cache of answers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..engine import valuation as val
from ..store import Store
from ..table_cache import TableCache, reads
from .accumulation import PoliciesPart
from .currency import CurrencyPart
from .custody import CustodyPart
from .imports import ImportsPart
from .ledger import LedgerPart
from .library import LibraryPart
from .program import ProgramPart


class Workspace(TableCache, LedgerPart, ProgramPart, LibraryPart, PoliciesPart, ImportsPart, CustodyPart,
                CurrencyPart):
    """An open workspace and the answers computed from it, each kept until a table it reads changes."""

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        store.on_commit(self.invalidate)  # each change forgets exactly the answers that read what it changed

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Workspace:
        return cls(Store(path, read_only=read_only))

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @classmethod
    def create(cls, path: str | Path, sample: str = "empty") -> Workspace:
        from ..samples import create_sample

        return cls(create_sample(path, sample))

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    @reads("metadata")
    def metadata(self) -> dict[str, str]:
        return self.store.metadata()

    @property
    def name(self) -> str:
        return self.metadata.get("name") or self.path.stem

    @property
    def country(self) -> str:
        return self.metadata.get("country", "")

    def default_date(self) -> dt.date:
        """The date figures are shown for when the user has not chosen one: the workspace's valuation date,
        else the last price date, else today."""
        if "valuation_date" in self.metadata:
            return dt.date.fromisoformat(self.metadata["valuation_date"])
        prices = self.price_arrays("BTC")
        if len(prices[0]):
            return val.from_day_number(prices[0][-1])
        return dt.date.today()

