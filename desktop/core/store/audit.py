"""The hash-chained audit log: every change to a workspace leaves an entry in the same transaction.

hash = SHA-256(prev_hash + canonical JSON of the entry's content); the first entry chains from
GENESIS_HASH. Changing, inserting or deleting an entry breaks every hash after it.

Each entry also records the **state** of the tables it changed: their row count and a multiset digest,
the sum modulo 2^256 of the SHA-256 of every row. A sum can be kept up to date row by row (add a new row's
hash, subtract an old one's) and does not depend on row order, so ``verify`` can recompute it from the
data and find a row changed, inserted or deleted without the log.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64
CONTENT_FIELDS = ("at", "os_user", "action", "table_name", "row_key", "before_json", "after_json")


def canonical_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, content: dict[str, Any]) -> str:
    fields = {k: content.get(k) for k in CONTENT_FIELDS}
    if content.get("state_json") is not None:  # entries from before schema 5 have none, and hash as they did
        fields["state_json"] = content["state_json"]
    payload = prev_hash + canonical_json(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


STATE_MODULUS = 1 << 256
NOT_AUDITED = {"audit_log"}


def row_digest(table: str, values) -> int:
    """The hash of one row as SQLite returns it (values in column order)."""
    text = json.dumps([table, *values], separators=(",", ":"), ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")


def table_state(conn, table: str) -> list:
    """[rows, digest as hex] of a table, computed from its data."""
    total, rows = 0, 0
    for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - table names come from sqlite_master
        total += row_digest(table, row)
        rows += 1
    return [rows, format(total % STATE_MODULUS, "064x")]


def audited_tables(conn) -> list[str]:
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [name for (name,) in names if name not in NOT_AUDITED]


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some services, containers)
        return "unknown"


def new_entry(prev_hash: str, action: str, table: str | None, row_key: Any, before: Any, after: Any,
              state: dict | None = None) -> dict:
    content = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "os_user": os_user(),
        "action": action,
        "table_name": table,
        "row_key": canonical_json(row_key),
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
        "state_json": canonical_json(state),
    }
    return {**content, "prev_hash": prev_hash, "hash": entry_hash(prev_hash, content)}
