"""The hash-chained audit log: every change to a workspace leaves an entry in the same transaction.

hash = SHA-256(prev_hash + canonical JSON of the entry's content); the first entry chains from
GENESIS_HASH. Changing, inserting or deleting an entry breaks every hash after it.
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
    payload = prev_hash + canonical_json({k: content.get(k) for k in CONTENT_FIELDS})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some services, containers)
        return "unknown"


def new_entry(prev_hash: str, action: str, table: str | None, row_key: Any, before: Any, after: Any) -> dict:
    content = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "os_user": os_user(),
        "action": action,
        "table_name": table,
        "row_key": canonical_json(row_key),
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
    }
    return {**content, "prev_hash": prev_hash, "hash": entry_hash(prev_hash, content)}
