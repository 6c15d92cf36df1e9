"""Issue 17, change 2: the workspace service split by concern, and SQL only in the store."""

from __future__ import annotations

import re
from pathlib import Path

import desktop
from desktop.core.workspace import Workspace
from desktop.core.workspace.service import Workspace as ServiceWorkspace

ROOT = Path(desktop.__file__).parent
SQL = re.compile(r"\.conn\b|\bdb\.(?:query|execute)\b|\bconn\.execute\b|\bdb\[")


def test_sql_is_written_only_in_the_store():
    """Raw SQL lives in core/store; everything else asks the store by name (a query is found, and tested, once)."""
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in ROOT.rglob("*.py") if "store" not in p.relative_to(ROOT).parts[:2]
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if SQL.search(line)]
    assert offenders == []


def test_each_concern_of_the_service_is_its_own_module():
    parts = {cls.__module__.rsplit(".", 1)[-1] for cls in ServiceWorkspace.__mro__ if cls.__name__.endswith("Part")}
    assert parts == {"ledger", "program", "library", "accumulation", "imports", "custody", "currency"}
    assert Workspace is ServiceWorkspace
    for name in ("price_arrays", "purchase_problems"):  # called by other modules: public
        assert callable(getattr(Workspace, name))
