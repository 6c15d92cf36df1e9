"""Check a workspace against its audit log and against signed checkpoints of it.

1. The chain: every entry follows the one before (its hash covers the previous hash), its content matches its
   hash, and its time is not before the previous entry's.
2. The schema: every table, index, trigger and view is the one the log last recorded (at creation, migration or
   restore), and no trigger or view exists that Reserve Desk's own migrations do not create.
3. The data: every table's row count and multiset digest equal the state the log last recorded for it.
4. Checkpoints (a file given, or else every one kept beside the backups): each is signed by the key it names,
   is of this workspace, and its head (entry count and hash) is still in the log. Only this step needs anything
   from outside the file: steps 1-3 can be defeated by anyone who recomputes the chain; step 4 cannot, without
   the key, for history up to the checkpoint.

Read-only: the file is opened with ``mode=ro`` and never migrated, so verifying cannot change what it checks.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import audit, checkpoint
from .lock import read_only_uri
from .schema import LATEST_VERSION

CHECKPOINTS_CHECKED = 1000  # the newest found beside the backups; older ones are implied by most later ones


@dataclass
class Verification:
    entries: int = 0
    head_hash: str = audit.GENESIS_HASH
    tables_checked: list[str] = field(default_factory=list)
    checkpoints: list[dict] = field(default_factory=list)  # each checked: file, time, entries, signer, status
    notes: list[str] = field(default_factory=list)  # what a reader should know but is not a fault (a restore)
    problems: list[str] = field(default_factory=list)  # the first is the first bad entry, table or checkpoint

    @property
    def intact(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {"intact": self.intact, "entries": self.entries, "head_hash": self.head_hash,
                "tables_checked": self.tables_checked, "checkpoints": self.checkpoints, "notes": self.notes,
                "problems": self.problems}


@dataclass(frozen=True)
class _Restore:
    entry_id: int
    at: str
    kept: int  # entries of the backup (the log now shares them)
    dropped_to: int  # the previous log's length
    previous_head: str | None


_COLUMNS = ("id", "at", "os_user", "action", "table_name", "row_key", "before_json", "after_json", "prev_hash", "hash",
            "state_json")


def verify(path: str | Path, checkpoint_files: list[Path] | None = None) -> Verification:
    """``checkpoint_files``: check these; None: every checkpoint kept beside the workspace's backups."""
    path = Path(path)
    result = Verification()
    conn = sqlite3.connect(read_only_uri(path), uri=True)  # immutable on read-only media
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < LATEST_VERSION:
            result.problems.append(f"schema {version} is older than {LATEST_VERSION}: open the workspace once in "
                                   "Reserve Desk to upgrade it, then verify")
            return result
        explicit = checkpoint_files is not None
        files = checkpoint_files if explicit else checkpoint.found_beside(path.resolve())[:CHECKPOINTS_CHECKED]
        signed = []  # (file, checkpoint or the reason it cannot be read)
        for file in files:
            try:
                signed.append((Path(file), checkpoint.load(Path(file))))
            except checkpoint.CheckpointError as exc:
                signed.append((Path(file), exc))
        chain = _check_chain(conn, result, {cp.entries for _, cp in signed if isinstance(cp, checkpoint.Checkpoint)})
        if chain is None:
            return result
        hashes, states, schema, restores, snapshots = chain
        _check_schema(conn, version, schema, result)
        _check_data(conn, states, result)
        workspace_id = (conn.execute("SELECT value FROM metadata WHERE key = ?", [audit.WORKSPACE_ID_KEY]).fetchone()
                        or [None])[0]
        for file, cp in signed:
            if isinstance(cp, checkpoint.CheckpointError):
                result.problems.append(str(cp))
            else:
                _check_checkpoint(file, cp, workspace_id, hashes, restores, snapshots, explicit, result)
        return result
    finally:
        conn.close()


def _check_chain(conn, result: Verification, snapshot_at: set[int]):
    """Walk the log; None when it is broken (the problem is recorded). Else the hashes by position, each table's
    last recorded state, the last recorded schema, the restores, and the recorded states as of each position in
    ``snapshot_at``."""
    snapshots: dict[int, dict[str, list]] = {}
    states: dict[str, tuple[int, list]] = {}  # table -> (entry id, [rows, digest]) of the latest record
    hashes: list[str] = []
    schema: tuple[int, dict] | None = None
    restores: list[_Restore] = []
    previous_hash, previous_id, previous_at = audit.GENESIS_HASH, None, None
    for values in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM audit_log ORDER BY id"):
        entry = dict(zip(_COLUMNS, values, strict=True))
        result.entries += 1
        label = f"audit entry {entry['id']} ({entry['action']} {entry['table_name'] or ''}, {entry['at']})"
        if entry["prev_hash"] != previous_hash:
            where = f"entry {previous_id}" if previous_id else "the start of the log"
            result.problems.append(f"audit entry {entry['id']}: does not follow {where}: an entry between them was "
                                   "deleted or inserted")
            return None
        if audit.entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            result.problems.append(f"{label}: its content no longer matches its hash: it was changed")
            return None
        if previous_at is not None and entry["at"] < previous_at:
            result.problems.append(f"{label}: its time is before entry {previous_id}'s ({previous_at}): an entry "
                                   "was back-dated or added out of order")
            return None
        if entry["state_json"]:
            for table, state in json.loads(entry["state_json"]).items():
                states[table] = (entry["id"], state)
        detail = json.loads(entry["after_json"]) if entry["table_name"] is None and entry["after_json"] else None
        if isinstance(detail, dict) and isinstance(detail.get("schema"), dict):
            schema = (entry["id"], detail["schema"])
        if entry["action"] == "restore" and isinstance(detail, dict):
            # kept: the entries both logs hold; fewer than the backup's when it was another branch (a restore undone)
            restore = _Restore(entry["id"], entry["at"], int(detail.get("shared_entries", detail.get("backup_entries", 0))),
                               int(detail.get("previous_entries", 0)), detail.get("previous_head"))
            restores.append(restore)
            result.notes.append(f"audit entry {entry['id']} ({entry['at']}): restored from {detail.get('backup')}, "
                                f"dropping entries {restore.kept + 1}-{restore.dropped_to} of the log before it")
        hashes.append(entry["hash"])
        if len(hashes) in snapshot_at:
            snapshots[len(hashes)] = {table: state for table, (_, state) in states.items()}
        previous_hash, previous_id, previous_at = entry["hash"], entry["id"], entry["at"]
    result.head_hash = previous_hash
    return hashes, states, schema, restores, snapshots


def _check_schema(conn, version: int, recorded: tuple[int, dict] | None, result: Verification) -> None:
    """Triggers and views against the app's own schema (no file may add one: they change data as it is written or
    read); tables and indexes against the schema the log last recorded (a workspace keeps the exact text its
    migrations wrote, which for the oldest files differs from today's)."""
    result.problems.extend(audit.trigger_and_view_departures(conn, version))
    now = audit.schema_objects(conn)
    if recorded is None:
        return
    entry_id, objects = recorded
    for name in sorted(set(now) | set(objects)):
        if name.startswith(("trigger ", "view ")):
            continue
        if name not in objects:
            result.problems.append(f"{name}: added outside Reserve Desk (not in the schema audit entry {entry_id} recorded)")
        elif name not in now:
            result.problems.append(f"{name}: dropped outside Reserve Desk (audit entry {entry_id} recorded it)")
        elif objects[name] != now[name]:
            result.problems.append(f"{name}: its definition was altered outside Reserve Desk after audit entry {entry_id}")


def _check_data(conn, states: dict, result: Verification) -> None:
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


def _check_checkpoint(file: Path, cp: checkpoint.Checkpoint, workspace_id: str | None, hashes: list[str],
                      restores: list[_Restore], snapshots: dict, explicit: bool, result: Verification) -> None:
    seen = {"file": str(file), "time": cp.time, "entries": cp.entries, "head_hash": cp.head_hash,
            "signed_by": cp.os_user, "key": cp.key_fingerprint}
    when = f"checkpoint {file.name} (signed {cp.time} by {cp.os_user}, key {cp.key_fingerprint})"
    if cp.workspace_id != workspace_id:
        if explicit:
            result.problems.append(f"{when}: it is of another workspace ({cp.workspace})")
            result.checkpoints.append({**seen, "status": "another workspace"})
        return  # a stranger's file in the folder proves nothing either way
    if cp.entries <= len(hashes) and (cp.entries == 0 or hashes[cp.entries - 1] == cp.head_hash):
        result.checkpoints.append({**seen, "status": "contained", "entries_since": len(hashes) - cp.entries})
        return
    restore = next((r for r in restores if r.kept < cp.entries <= r.dropped_to and cp.time <= r.at
                    and (cp.entries < r.dropped_to or r.previous_head in (None, cp.head_hash))), None)
    if restore is not None:
        result.checkpoints.append({**seen, "status": f"before the restore of audit entry {restore.entry_id}"})
        return
    if cp.entries > len(hashes):
        problem = (f"{when}: the log has {len(hashes):,} entries but the checkpoint signed {cp.entries:,}: "
                   f"entries {len(hashes) + 1:,}-{cp.entries:,} were removed (a rollback or truncation)")
    else:
        problem = (f"{when}: audit entry #{cp.entries:,} is not the one it signed (hash {hashes[cp.entries - 1][:16]}… "
                   f"now, {cp.head_hash[:16]}… signed): history up to it was rewritten")
        changed = _tables_changed(cp.tables, snapshots.get(cp.entries, {}))
        if changed:
            problem += "; " + "; ".join(changed)
    result.problems.append(problem)
    result.checkpoints.append({**seen, "status": "not in the log"})


def _tables_changed(signed: dict, now: dict) -> list[str]:
    """The tables whose state the log records differently from the checkpoint, as of the checkpoint's head."""
    changed = []
    for table in sorted(set(signed) | set(now)):
        before, after = signed.get(table), now.get(table)
        if before == after:
            continue
        if before is None or after is None:
            changed.append(f"table {table}: {'not in the checkpoint' if before is None else 'no longer in the log'}")
            continue
        how = ("rows inserted" if after[0] > before[0] else "rows deleted" if after[0] < before[0] else "a row changed")
        changed.append(f"table {table}: {how} ({after[0]:,} rows where the checkpoint signed {before[0]:,})")
    return changed


__all__ = ["Verification", "verify"]
