"""Check a workspace against its audit log and against signed checkpoints of it.

1. The chain: every entry follows the one before (its hash covers the previous hash), its content matches its
   hash, and its time is not before the previous entry's.
2. The schema: every table and index is the one the log last recorded (at creation, migration or restore), every
   trigger and view is one Reserve Desk's own migrations create, and the schema a contained checkpoint signed has
   not changed without a migration or restore since.
3. The data: every table's row count and multiset digest equal the state the log last recorded for it.
4. Checkpoints (files given, or else every one kept beside the backups) and heads read off printed covers: each
   checkpoint is signed by the key it names, of this workspace, not dated in the future, and its head (entry
   count and hash) is still in the log. Only this step needs anything from outside the file: steps 1-3 can be
   defeated by anyone who recomputes the chain; step 4 cannot, without the key, for history up to the checkpoint.
   A restore sets aside the checkpoints of the history it drops; a restore entry in the log explains nothing
   (anyone who can recompute the chain can write one).

Read-only: the file is opened with ``mode=ro`` and never migrated, so verifying cannot change what it checks.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import fmt
from ..i18n import translate
from . import audit, checkpoint
from .backup import folder_of, folder_problem
from .lock import read_only_uri
from .schema import LATEST_VERSION

_COLUMNS = ("id", "at", "os_user", "action", "table_name", "row_key", "before_json", "after_json", "prev_hash", "hash",
            "state_json")
SCHEMA_EVENTS = ("create", "migrate", "restore")  # the entries whose recorded schema verify takes
CLOCK_SLACK = dt.timedelta(minutes=5)  # a checkpoint or entry dated later than now by more was not made by this clock


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


@dataclass
class _Log:
    """What a walk of the chain found."""
    hashes: list[str] = field(default_factory=list)  # by position: hashes[n - 1] is entry n's
    states: dict[str, tuple[int, list]] = field(default_factory=dict)  # table -> (entry id, [rows, digest]), latest
    schema: tuple[int, dict] | None = None  # (entry id, objects) of the last create, migrate or restore
    schema_set_at: int = 0  # the position of that entry
    snapshots: dict[int, dict] = field(default_factory=dict)  # position -> every table's recorded state then
    restores: list[tuple[int, int, int]] = field(default_factory=list)  # (entry id, first dropped, last dropped)


def verify(path: str | Path, checkpoint_files: list[Path] | None = None,
           heads: tuple[tuple[int, str], ...] = ()) -> Verification:
    """``checkpoint_files``: check these; None: every checkpoint kept beside the workspace's backups. ``heads``:
    (entry count, hash) pairs read off printed PDF covers, each of which must still be in the log."""
    path = Path(path)
    result = Verification()
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)  # immutable on read-only media
    try:
        conn.execute("BEGIN")  # one snapshot: a change another program commits meanwhile is not half seen
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < LATEST_VERSION:
            result.problems.append(translate("verify", "schema {version} is older than {latest}: open the workspace "
                                                       "once in Reserve Desk to upgrade it, then verify").format(
                version=version, latest=LATEST_VERSION))
            return result
        explicit = checkpoint_files is not None
        if not explicit and (problem := folder_problem(folder_of(path.resolve()))):
            result.problems.append(translate("verify", "{problem}: the checkpoints kept there cannot be trusted").format(
                problem=problem))
        signed = _load(checkpoint_files if explicit else checkpoint.found_beside(path.resolve()))
        log = _walk(conn, result, {cp.entries for _, cp in signed if isinstance(cp, checkpoint.Checkpoint)}
                    | {n for n, _ in heads})
        if log is None:
            return result
        _check_schema(conn, version, log.schema, result)
        _check_data(conn, log.states, result)
        workspace_id = audit.workspace_id(conn)
        schema_now = audit.schema_digest(audit.schema_objects(conn))
        own_key = checkpoint.own_public_key()
        for file, cp in signed:
            if isinstance(cp, checkpoint.CheckpointError):
                result.problems.append(str(cp))
            else:
                _check_checkpoint(file, cp, workspace_id, schema_now, own_key, log, explicit, result)
        for entries, head_hash in heads:
            _check_head(entries, head_hash, log, result)
        return result
    finally:
        conn.close()


def check_log_and_data(conn) -> Verification:
    """The chain, and the data against the states it records, on an open connection of any schema (a backup before
    its upgrade: logs before schema 5 record no states, so only their chain is checked)."""
    result = Verification()
    log = _walk(conn, result, set())
    if log is not None and log.states:
        _check_data(conn, log.states, result)
    return result


def _load(files) -> list[tuple[Path, checkpoint.Checkpoint | checkpoint.CheckpointError]]:
    loaded = []
    for file in files:
        try:
            loaded.append((Path(file), checkpoint.load(Path(file))))
        except checkpoint.CheckpointError as exc:
            loaded.append((Path(file), exc))
    return loaded


def _walk(conn, result: Verification, snapshot_at: set[int]) -> _Log | None:
    """Walk the log; None when it is broken (the problem is recorded)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}
    select = ", ".join(c if c in columns else f"NULL AS {c}" for c in _COLUMNS)  # state_json came with schema 5
    log = _Log()
    previous_hash, previous_id, previous_at = audit.GENESIS_HASH, None, None
    latest = dt.datetime.now(dt.UTC) + CLOCK_SLACK
    for values in conn.execute(f"SELECT {select} FROM audit_log ORDER BY id"):  # noqa: S608 - known columns
        entry = dict(zip(_COLUMNS, values, strict=True))
        result.entries += 1
        #: {action} and {table} are the log's own codes (insert, update, restore ...; a table's name)
        label = translate("verify", "audit entry {id} ({action} {table}, {at})").format(
            id=entry["id"], action=entry["action"], table=entry["table_name"] or "", at=entry["at"])
        if entry["prev_hash"] != previous_hash:
            text = (translate("verify", "audit entry {id}: does not follow entry {previous}: an entry between them was "
                                        "deleted or inserted") if previous_id else
                    translate("verify", "audit entry {id}: does not follow the start of the log: an entry between them "
                                        "was deleted or inserted"))
            result.problems.append(text.format(id=entry["id"], previous=previous_id))
            return None
        if audit.entry_hash(entry["prev_hash"], entry) != entry["hash"]:
            result.problems.append(translate("verify", "{entry}: its content no longer matches its hash: it was "
                                                       "changed").format(entry=label))
            return None
        at = _time(entry["at"])
        if at is None:
            result.problems.append(translate("verify", "{entry}: its time cannot be read as a UTC time: it was not "
                                                       "written by Reserve Desk").format(entry=label))
            return None
        if previous_at is not None and at < previous_at:
            result.problems.append(translate("verify", "{entry}: its time is before entry {previous}'s ({time}): an "
                                                       "entry was back-dated or added out of order").format(
                entry=label, previous=previous_id, time=previous_at.isoformat()))
            return None
        if at > latest:  # it also stops every change (entry times never go backwards): say so here
            result.problems.append(translate("verify", "{entry}: dated later than this computer's clock (a clock set "
                                                       "ahead then, or a forged time); no change can be recorded after "
                                                       "it until the clock passes it: restore a backup from before "
                                                       "it").format(entry=label))
        try:
            if entry["state_json"]:
                for table, state in json.loads(entry["state_json"]).items():
                    log.states[table] = (entry["id"], state)
            detail = json.loads(entry["after_json"]) if entry["table_name"] is None and entry["after_json"] else None
        except (ValueError, AttributeError, RecursionError):
            result.problems.append(translate("verify", "{entry}: its recorded state or detail cannot be read").format(
                entry=label))
            return None
        if entry["action"] in SCHEMA_EVENTS and isinstance(detail, dict) and isinstance(detail.get("schema"), dict):
            log.schema, log.schema_set_at = (entry["id"], detail["schema"]), result.entries
        if entry["action"] == "restore" and isinstance(detail, dict):
            _note_restore(entry, label, detail, log, result)
        log.hashes.append(entry["hash"])
        if len(log.hashes) in snapshot_at:
            log.snapshots[len(log.hashes)] = {table: state for table, (_, state) in log.states.items()}
        previous_hash, previous_id, previous_at = entry["hash"], entry["id"], at
    result.head_hash = previous_hash
    return log


def _time(text) -> dt.datetime | None:
    """An entry's time as Reserve Desk writes it: ISO 8601 in UTC (``+00:00``)."""
    try:
        at = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return at if at.utcoffset() == dt.timedelta(0) else None


def _note_restore(entry: dict, label: str, detail: dict, log: _Log, result: Verification) -> None:
    kept = detail.get("shared_entries", detail.get("backup_entries"))
    last = detail.get("previous_entries")
    if not (isinstance(kept, int) and isinstance(last, int)):
        result.notes.append(translate("verify", "{entry}: a restore whose details cannot be read").format(entry=label))
        return
    dropped = (translate("verify", "dropping no entry") if last <= kept else
               translate("verify", "dropping entry {last} of the log before it") if last == kept + 1 else
               translate("verify", "dropping entries {first}-{last} of the log before it")).format(
        first=fmt.number(kept + 1), last=fmt.number(last))
    if detail.get("previous_unreadable"):  # the count before it is what the checkpoints and backups knew
        #: {reason} is what the restore recorded, in English, as the log keeps it
        dropped += translate("verify", " (the file it replaced could not be read: {reason})").format(
            reason=str(detail["previous_unreadable"])[:200])
    result.notes.append(translate("verify", "{entry}: restored from {backup}, {dropped}").format(
        entry=label, backup=detail.get("backup"), dropped=dropped))
    log.restores.append((entry["id"], kept + 1, last))


def _check_schema(conn, version: int, recorded: tuple[int, dict] | None, result: Verification) -> None:
    """Triggers and views against the app's own schema (no file may add one: they change data as it is written or
    read); tables and indexes against the schema the log last recorded at a creation, migration or restore (a
    workspace keeps the exact text its migrations wrote, which for the oldest files differs from today's)."""
    result.problems.extend(audit.trigger_and_view_departures(conn, version))
    now = audit.schema_objects(conn)
    if recorded is None:
        return
    entry_id, objects = recorded
    for name in sorted(set(now) | set(objects)):
        if name.startswith(("trigger ", "view ")):
            continue
        if name not in objects:
            result.problems.append(f"{name}: " + translate("verify", "added outside Reserve Desk (not in the schema audit "
                                                                     "entry {id} recorded)").format(id=entry_id))
        elif name not in now:
            result.problems.append(f"{name}: " + translate("verify", "dropped outside Reserve Desk (audit entry {id} "
                                                                     "recorded it)").format(id=entry_id))
        elif objects[name] != now[name]:
            result.problems.append(f"{name}: " + translate("verify", "its definition was altered outside Reserve Desk "
                                                                     "after audit entry {id}").format(id=entry_id))


def _check_data(conn, states: dict, result: Verification) -> None:
    for table in audit.audited_tables(conn):
        recorded = states.get(table)
        if recorded is None:
            result.problems.append(translate("verify", "table {table}: no state recorded in the audit log (created "
                                                       "outside Reserve Desk)").format(table=table))
            continue
        entry_id, state = recorded
        now_rows, now_digest = audit.table_state(conn, table)
        result.tables_checked.append(table)
        if not (isinstance(state, list) and len(state) == 2 and isinstance(state[0], int)):
            result.problems.append(translate("verify", "table {table}: audit entry {id} records a state that cannot be "
                                                       "read").format(table=table, id=entry_id))
        elif now_digest != state[1]:
            rows = state[0]
            text = (translate("verify", "table {table}: rows were inserted outside Reserve Desk after audit entry {id} "
                                        "({now} rows now, {recorded} recorded)") if now_rows > rows else
                    translate("verify", "table {table}: rows were deleted outside Reserve Desk after audit entry {id} "
                                        "({now} rows now, {recorded} recorded)") if now_rows < rows else
                    translate("verify", "table {table}: a row was changed outside Reserve Desk after audit entry {id} "
                                        "({now} rows now, {recorded} recorded)"))
            result.problems.append(text.format(table=table, id=entry_id, now=fmt.number(now_rows),
                                               recorded=fmt.number(rows)))


def _check_checkpoint(file: Path, cp: checkpoint.Checkpoint, workspace_id: str | None, schema_now: str,
                      own_key: str | None, log: _Log, explicit: bool, result: Verification) -> None:
    hashes = log.hashes
    seen = {"file": str(file), "time": cp.time, "entries": cp.entries, "head_hash": cp.head_hash,
            "signed_by": cp.os_user, "key": cp.key_fingerprint, "own_key": cp.public_key == own_key}
    when = translate("verify", "checkpoint {file} (signed {time} by {user}, key {key})").format(
        file=file.name, time=cp.time, user=_shown(cp.os_user), key=cp.key_fingerprint)
    if cp.workspace_id != workspace_id:
        where = translate("verify", "given") if explicit else translate("verify", "kept beside this workspace's backups")
        result.problems.append(translate("verify", "{checkpoint}: {where}, it was signed for workspace id {id} "
                                                   "({workspace}) but this file's id is {file_id}: another "
                                                   "workspace's, or the id was changed").format(
            checkpoint=when, where=where, id=_shown(cp.workspace_id), workspace=_shown(cp.workspace),
            file_id=_shown(str(workspace_id))))
        result.checkpoints.append({**seen, "status": "another workspace"})
        return
    if dt.datetime.fromisoformat(cp.time) > dt.datetime.now(dt.UTC) + CLOCK_SLACK:
        result.problems.append(translate("verify", "{checkpoint}: signed at a time later than this computer's clock: "
                                                   "not a record of the past").format(checkpoint=when))
        result.checkpoints.append({**seen, "status": "dated in the future"})
        return
    if cp.entries <= len(hashes) and (cp.entries == 0 or hashes[cp.entries - 1] == cp.head_hash):
        result.checkpoints.append({**seen, "status": "contained", "entries_since": len(hashes) - cp.entries})
        if log.schema_set_at <= cp.entries and cp.schema_digest != schema_now:
            result.problems.append(translate("verify", "{checkpoint}: the schema differs from the one it signed, and no "
                                                       "migration or restore since is recorded: it was changed outside "
                                                       "Reserve Desk").format(checkpoint=when))
        return
    if cp.entries > len(hashes):
        problem = translate("verify", "{checkpoint}: the log has {entries} entries but the checkpoint signed {signed}: "
                                      "entries {first}-{signed} were removed (a rollback or truncation)").format(
            checkpoint=when, entries=fmt.number(len(hashes)), signed=fmt.number(cp.entries),
            first=fmt.number(len(hashes) + 1))
    else:
        problem = translate("verify", "{checkpoint}: audit entry #{entry} is not the one it signed (hash {now}… now, "
                                      "{signed}… signed): history up to it was rewritten").format(
            checkpoint=when, entry=fmt.number(cp.entries), now=hashes[cp.entries - 1][:16], signed=cp.head_hash[:16])
        changed = _tables_changed(cp.tables, log.snapshots.get(cp.entries, {}))
        if changed:
            problem += "; " + "; ".join(changed)
    claimed = next((r for r in log.restores if r[1] <= cp.entries <= r[2]), None)
    if claimed:  # a genuine restore sets aside the checkpoints it drops; a claim in the log proves nothing
        problem += translate("verify", " (audit entry {id} says a restore dropped entries {first}-{last}: if it was "
                                       "genuine, this checkpoint is of the history it replaced)").format(
            id=claimed[0], first=fmt.number(claimed[1]), last=fmt.number(claimed[2]))
    result.problems.append(problem)
    result.checkpoints.append({**seen, "status": "not in the log"})


def _shown(text: str, limit: int = 80) -> str:
    """Text from a file, fit for a message: control characters escaped, at most ``limit`` characters."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit])
    return text + ("…" if len(text) >= limit else "")


def _check_head(entries: int, head_hash: str, log: _Log, result: Verification) -> None:
    """A head read off a printed cover: entry ``entries`` must still have this hash."""
    if not 0 < entries <= len(log.hashes):
        result.problems.append(translate("verify", "head {head}: the log has {entries} entries: entries after {entries} "
                                                   "were removed (a rollback or truncation)").format(
            head=fmt.number(entries), entries=fmt.number(len(log.hashes))))
    elif log.hashes[entries - 1] != head_hash.lower():
        result.problems.append(translate("verify", "head {head}: audit entry #{head} has hash {now}, not {signed}: "
                                                   "history up to it was rewritten").format(
            head=fmt.number(entries), now=log.hashes[entries - 1], signed=head_hash))


def _tables_changed(signed: dict, now: dict) -> list[str]:
    """The tables whose state the log records differently from the checkpoint, as of the checkpoint's head."""
    changed = []
    for table in sorted(set(signed) | set(now)):
        before, after = signed.get(table), now.get(table)
        if before == after:
            continue
        if before is None or after is None:
            changed.append((translate("verify", "table {table}: not in the checkpoint") if before is None else
                            translate("verify", "table {table}: no longer in the log")).format(table=table))
            continue
        text = (translate("verify", "table {table}: rows inserted ({now} rows where the checkpoint signed {signed})")
                if after[0] > before[0] else
                translate("verify", "table {table}: rows deleted ({now} rows where the checkpoint signed {signed})")
                if after[0] < before[0] else
                translate("verify", "table {table}: a row changed ({now} rows where the checkpoint signed {signed})"))
        changed.append(text.format(table=table, now=fmt.number(after[0]), signed=fmt.number(before[0])))
    return changed


__all__ = ["Verification", "check_log_and_data", "verify"]
