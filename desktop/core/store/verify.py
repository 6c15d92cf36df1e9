"""Check a workspace against its audit log: the chain of hashes, then the data against the states it records.

Read-only: the file is opened with ``mode=ro`` and never migrated, so verifying cannot change what it checks.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import audit
from .schema import LATEST_VERSION


@dataclass
class Verification:
    entries: int = 0
    tables_checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the first is the first bad entry or table

    @property
    def intact(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {"intact": self.intact, "entries": self.entries, "tables_checked": self.tables_checked,
                "problems": self.problems}


def verify(path: str | Path) -> Verification:
    path = Path(path)
    result = Verification()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < LATEST_VERSION:
            result.problems.append(f"schema {version} is older than {LATEST_VERSION}: open the workspace once in "
                                   "Reserve Desk to upgrade it, then verify")
            return result
        states: dict[str, tuple[int, list]] = {}  # table -> (entry id, [rows, digest]) of the latest record
        previous_hash, previous_id = audit.GENESIS_HASH, None
        columns = ("id", "at", "os_user", "action", "table_name", "row_key", "before_json", "after_json", "prev_hash",
                   "hash", "state_json")
        for values in conn.execute(f"SELECT {', '.join(columns)} FROM audit_log ORDER BY id"):
            entry = dict(zip(columns, values, strict=True))
            result.entries += 1
            if entry["prev_hash"] != previous_hash:
                where = f"entry {previous_id}" if previous_id else "the start of the log"
                result.problems.append(f"audit entry {entry['id']}: does not follow {where}: an entry between them was "
                                       "deleted or inserted")
                return result
            if audit.entry_hash(entry["prev_hash"], entry) != entry["hash"]:
                result.problems.append(f"audit entry {entry['id']} ({entry['action']} {entry['table_name'] or ''}, "
                                       f"{entry['at']}): its content no longer matches its hash: it was changed")
                return result
            if entry["state_json"]:
                for table, state in json.loads(entry["state_json"]).items():
                    states[table] = (entry["id"], state)
            previous_hash, previous_id = entry["hash"], entry["id"]
        for table in audit.audited_tables(conn):
            recorded = states.get(table)
            if recorded is None:
                result.problems.append(f"table {table}: no state recorded in the audit log (created outside Reserve Desk)")
                continue
            entry_id, (rows, digest) = recorded
            now_rows, now_digest = audit.table_state(conn, table)
            result.tables_checked.append(table)
            if now_digest != digest:
                change = ("rows were inserted" if now_rows > rows else "rows were deleted" if now_rows < rows
                          else "a row was changed")
                result.problems.append(f"table {table}: {change} outside Reserve Desk after audit entry {entry_id} "
                                       f"({now_rows:,} rows now, {rows:,} recorded)")
        return result
    finally:
        conn.close()
