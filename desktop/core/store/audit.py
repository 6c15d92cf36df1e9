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
import functools
import hashlib
import json
import os
import sqlite3
from typing import Any

from ..i18n import translate
from .store_errors import StoreError

GENESIS_HASH = "0" * 64
WORKSPACE_ID_KEY = "workspace_id"  # metadata: the workspace's random id (schema 8)


def workspace_id(conn) -> str | None:
    """The workspace's random id (None before schema 8): what checkpoints and backups are matched by."""
    row = conn.execute("SELECT value FROM metadata WHERE key = ?", [WORKSPACE_ID_KEY]).fetchone()
    return row and row[0]
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


_ROW_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=str)  # one encoder: rows come by the 100,000


def row_digest(table: str, values) -> int:
    """The hash of one row as SQLite returns it (values in column order)."""
    text = _ROW_JSON.encode([table, *values])
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")


def table_state(conn, table: str) -> list:
    """[rows, digest as hex] of a table, computed from its data."""
    total, rows = 0, 0
    for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - table names come from sqlite_master
        total += row_digest(table, row)
        rows += 1
    return [rows, format(total % STATE_MODULUS, "064x")]


def audited_tables(conn) -> list[str]:
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' ORDER BY name")
    return [name for (name,) in names if name not in NOT_AUDITED]


def os_user() -> str:
    """The account running this process, from the operating system (the uid's entry; the Windows token's
    DOMAIN\\name), never from LOGNAME, USER or USERNAME, which anyone can set."""
    if os.name == "nt":
        import ctypes

        size = ctypes.c_ulong(512)
        buffer = ctypes.create_unicode_buffer(size.value)
        if ctypes.windll.secur32.GetUserNameExW(2, buffer, ctypes.byref(size)):  # 2: NameSamCompatible
            return buffer.value
        return "unknown"
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no account entry (some containers): the number is still the account
        return f"uid {uid}"


CLOCK_SLACK = dt.timedelta(seconds=2)  # a clock stepped back by less (a time-server correction) is not an error


class ClockBehind(StoreError):
    """The computer's clock reads earlier than the last audit entry: entry times must not go backwards."""


def entry_time(last_at: str | None, now: dt.datetime | None = None) -> str:
    """The time of a new entry: now, never before the last entry. A clock a little behind (under CLOCK_SLACK)
    takes the last entry's time; further behind, nothing is written until the clock is right."""
    now = now or dt.datetime.now(dt.UTC)
    if last_at:
        try:
            last = dt.datetime.fromisoformat(last_at)
            behind = now < last
        except (TypeError, ValueError):
            raise ClockBehind(translate("audit", "the workspace's last audit entry has a time that cannot be read "
                                                 "({time}): it was not written by Reserve Desk; 'reserve-desk audit "
                                                 "verify' names it").format(time=repr(str(last_at)[:40]))) from None
        if behind:
            if last - now > CLOCK_SLACK:
                raise ClockBehind(translate("audit", "the computer's clock reads {now} UTC, before the workspace's "
                                                     "last audit entry ({last} UTC): set the clock right; if it is "
                                                     "right, that entry was dated ahead (a wrong clock then, or an "
                                                     "edit): restore a backup from before it").format(
                    now=f"{now:%Y-%m-%d %H:%M:%S}", last=f"{last:%Y-%m-%d %H:%M:%S}"))
            return last_at
    return now.isoformat(timespec="microseconds")


def schema_objects(conn) -> dict[str, str]:
    """Every table, index, trigger and view of the file as "type name" -> SHA-256 of its SQL."""
    # SQLite's own tables and automatic indexes are left out by exact prefix (GLOB: '_' is no wildcard there);
    # every trigger and view counts, whatever its name
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                        "WHERE NOT (type IN ('table', 'index') AND name GLOB 'sqlite_*')")
    return {f"{kind} {name}": hashlib.sha256(sql.encode("utf-8")).hexdigest() for kind, name, sql in rows}


def schema_digest(objects: dict[str, str]) -> str:
    return hashlib.sha256(canonical_json(objects).encode("utf-8")).hexdigest()


def trigger_and_view_departures(conn, version: int) -> list[str]:
    """Each trigger or view that differs from those Reserve Desk's migrations 1..version create, in words. No file
    may hold another: a trigger changes data as it is written, a view as it is read."""
    now, ours = schema_objects(conn), expected_schema(version)
    found = []
    for name in sorted(set(now) | set(ours)):
        if not name.startswith(("trigger ", "view ")):
            continue
        if name not in ours:
            found.append(f"{name}: " + translate("audit", "not in Reserve Desk's schema {version}: added outside Reserve "
                                                          "Desk, it can change data as it is written or read").format(
                version=version))
        elif name not in now:
            found.append(f"{name}: " + translate("audit", "dropped outside Reserve Desk"))
        elif ours[name] != now[name]:
            found.append(f"{name}: " + translate("audit", "altered outside Reserve Desk (it differs from Reserve Desk's "
                                                          "schema {version})").format(version=version))
    return found


@functools.cache
def expected_schema(version: int) -> dict[str, str]:
    """The schema that Reserve Desk's own migrations 1..version create (what no file may add triggers or views to)."""
    from .schema import MIGRATIONS

    conn = sqlite3.connect(":memory:")
    try:
        for number, _summary, script in MIGRATIONS:
            if number <= version:
                conn.executescript(f"BEGIN;\n{script}\nCOMMIT;")
        return schema_objects(conn)
    finally:
        conn.close()


def new_entry(prev_hash: str, action: str, table: str | None, row_key: Any, before: Any, after: Any,
              state: dict | None = None, last_at: str | None = None) -> dict:
    content = {
        "at": entry_time(last_at),
        "os_user": os_user(),
        "action": action,
        "table_name": table,
        "row_key": canonical_json(row_key),
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
        "state_json": canonical_json(state),
    }
    return {**content, "prev_hash": prev_hash, "hash": entry_hash(prev_hash, content)}
