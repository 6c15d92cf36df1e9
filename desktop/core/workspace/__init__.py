"""The workspace service and the figures it answers with (see service.py)."""

from .ledger import COST_METHOD_LABELS, Holdings, LedgerTable, wallet_problems
from .library import store_run
from .program import (
           ACCESS_SENTENCE,
           DEFAULT_BTC_HAIRCUT,
           ProgramPosition,
           arrangement_terms,
           reserves_as_of_note,
)
from .service import Workspace

# a workspace file's own extension: the desktop opens it in Reserve Desk on a double-click (.db and .sqlite open too)
WORKSPACE_SUFFIX = ".reservedesk"
WORKSPACE_SUFFIXES = (WORKSPACE_SUFFIX, ".db", ".sqlite")  # what File > Open lists, and a file name that is a workspace

__all__ = ["ACCESS_SENTENCE", "COST_METHOD_LABELS", "DEFAULT_BTC_HAIRCUT", "Holdings", "LedgerTable", "ProgramPosition",
           "WORKSPACE_SUFFIX", "WORKSPACE_SUFFIXES", "Workspace", "arrangement_terms", "reserves_as_of_note", "store_run", "wallet_problems"]
