"""Safe restore: a backup replaces a workspace's content only when it is that workspace's, readable by this version,
intact by its own audit log, and a past state of the history the current log holds.

Every candidate is first copied (SQLite's backup API) into a private scratch folder and checked there; that copy,
not the file in the backup folder, is what goes into the workspace, so nothing can change between the check and
the restore. A backup from before the current schema is checked as it is (the hash chain, and the data against the
states its log recorded, from schema 5 on), then upgraded in the scratch folder as opening it would upgrade it, and
checked again in full (schema and triggers included): a row edited before the upgrade cannot hide in the state the
upgrade records.

Without --force, a backup is restored only when its log is a past state of the current one, or when a checkpoint
signed with this account's key signs exactly its head (every backup Reserve Desk takes gets one): a copy whose log
was rewritten, even self-consistently, by someone without the key is never restored by default.

The restore is built whole in the scratch copy (upgrade, the workspace's id, the restore's own audit entry) and put in
place in one SQLite transaction (one file rename for a file SQLite cannot read), with Ctrl-C ignored for that step:
a crash or Ctrl-C leaves the old content or the restored content with its entry, never the backup's without it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .. import fmt
from ..i18n import QT_TRANSLATE_NOOP, translate
from . import audit, backup, checkpoint, verify
from .migrate import migrate
from .schema import LATEST_VERSION
from .store import Writer
from .store_errors import StoreError

STATES_SINCE_SCHEMA = 5  # the first schema whose audit entries record each table's state


class RestoreRefused(StoreError):
    """The backup cannot replace the workspace's content: the message says why."""


@dataclass(frozen=True)
class Current:
    """What the workspace holds now, as far as it can be read."""

    entries: int | None = None  # None: the file cannot be read (damaged)
    hashes: tuple[str, ...] = ()
    workspace_id: str | None = None
    # for a file that cannot be read: the checkpoint or backup that gave its id, (English, as the user reads it)
    id_known_from: tuple[str, str] | None = None
    # the file name of the content the latest restore set aside (only named in a note: an entry proves nothing)
    undo: str | None = None
    unreadable: str | None = None  # why it cannot be read, as the user reads it
    unreadable_logged: str | None = None  # the same in English, as the restore's audit entry keeps it


@dataclass
class Candidate:
    """A backup as checked: what it holds and what restoring it would do."""

    backup: Path
    taken_at: dt.datetime | None = None  # UTC, from its name
    schema: int | None = None
    workspace_id: str | None = None  # its own (None before schema 8)
    entries: int = 0
    head_hash: str = audit.GENESIS_HASH
    shared_entries: int | None = None  # entries the current log shares with it (None: cannot be known)
    refusal: str | None = None  # why it can never be restored
    overrides: list[str] = field(default_factory=list)  # what restoring it anyway (--force) sets aside, to be read
    overrides_logged: list[str] = field(default_factory=list)  # the same in English, as the audit entry keeps them
    notes: list[str] = field(default_factory=list)
    copy: Path | None = None  # the checked (and upgraded) copy in the scratch folder
    current: Current = field(default_factory=Current)

    @property
    def dropped_entries(self) -> int | None:
        """Entries of the current log that the restore removes (None when the current log cannot be read)."""
        if self.current.entries is None or self.shared_entries is None:
            return None
        return self.current.entries - self.shared_entries

    @property
    def restorable(self) -> bool:
        return self.refusal is None and not self.overrides


@dataclass(frozen=True)
class Restored:
    candidate: Candidate
    previous_content_saved_as: Path
    checkpoint: Path | None
    checkpoint_problem: str | None
    entry: dict  # the restore's audit entry, as written
    checkpoints_set_aside: list[Path]  # of the history the restore replaced, or of another id: moved to superseded/


def _hashes(conn) -> tuple[str, ...]:
    return tuple(h for (h,) in conn.execute("SELECT hash FROM audit_log ORDER BY id"))


def _workspace_id(conn) -> str | None:
    with contextlib.suppress(sqlite3.DatabaseError):
        return audit.workspace_id(conn)
    return None


def read_current(workspace: Path) -> Current:
    """The current log's hashes, id and what its latest restore set aside; a file SQLite cannot read says why, and
    its id is taken from beside the backups."""
    if not workspace.is_file():
        unreadable = _said(QT_TRANSLATE_NOOP("restore", "{file} does not exist"), file=workspace.name)
    else:
        try:
            conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
            try:
                hashes = _hashes(conn)
                return Current(len(hashes), hashes, _workspace_id(conn), undo=_undo(conn))
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            unreadable = _said(QT_TRANSLATE_NOOP("restore", "{file} cannot be read ({error})"), file=workspace.name,
                               error=str(exc))
    workspace_id, known_from = _id_beside_backups(workspace)
    return Current(workspace_id=workspace_id, id_known_from=known_from, unreadable=unreadable[1],
                   unreadable_logged=unreadable[0])


def _said(template: str, **values) -> tuple[str, str]:
    """``template`` (marked in context "restore") filled in English and in the language of the messages: the restore's
    audit entry keeps the English, the user reads the other. A value may itself be such a pair."""
    def filled(text: str, which: int) -> str:
        return text.format(**{k: v[which] if isinstance(v, tuple) else v for k, v in values.items()})
    return filled(template, 0), filled(translate("restore", template), 1)


def _undo(conn) -> str | None:
    """The file the latest restore entry says it set aside. Anyone who can recompute the chain can write such an
    entry, so it only names the file in a note; restoring it needs the same checkpoint as any other backup."""
    row = conn.execute("SELECT after_json FROM audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1").fetchone()
    name = audit_detail(row[0]).get("previous_content_saved_as") if row else None
    return name if isinstance(name, str) else None


def own_checkpoints(workspace: Path) -> list[checkpoint.Checkpoint]:
    """The valid checkpoints signed with this account's key beside the backups, those a restore set aside included
    (the content a restore replaced keeps its checkpoint there), newest first. Another key proves nothing: anyone
    can make a key pair."""
    own_key = checkpoint.own_public_key()
    folder = backup.folder_of(workspace)
    files = checkpoint.found_beside(workspace)
    superseded = folder / "superseded"
    if superseded.is_dir() and not superseded.is_symlink():
        prefix = f"{workspace.stem}-"
        files += sorted((p for p in superseded.iterdir() if p.name.startswith(prefix)
                         and p.name.endswith(checkpoint.SUFFIX) and p.is_file()), reverse=True)
    found = []
    for file in files if own_key else ():
        with contextlib.suppress(checkpoint.CheckpointError):
            cp = checkpoint.load(file)
            if cp.public_key == own_key:
                found.append(cp)
    return found


def _vouching(workspace: Path, found: Candidate) -> checkpoint.Checkpoint | None:
    """A checkpoint signed with this account's key of exactly the backup's head (its id, entry count and hash)."""
    if found.workspace_id is None:
        return None
    return next((cp for cp in own_checkpoints(workspace) if cp.workspace_id == found.workspace_id
                 and cp.entries == found.entries and cp.head_hash == found.head_hash), None)


def _id_beside_backups(workspace: Path) -> tuple[str | None, str | None]:
    """The id of a workspace that cannot be read: as the newest validly signed checkpoint beside its backups states it
    (one signed by this account's key before any other), else as the newest backup that can be read holds it."""
    own_key = checkpoint.own_public_key()
    signed = []
    for file in checkpoint.found_beside(workspace):
        with contextlib.suppress(checkpoint.CheckpointError):
            signed.append(checkpoint.load(file))
    if signed:
        best = max(signed, key=lambda cp: (cp.public_key == own_key, cp.time))
        return best.workspace_id, _said(QT_TRANSLATE_NOOP("restore", "checkpoint {file}"), file=best.path.name)
    for b in backup.list_backups(workspace):
        with contextlib.suppress(sqlite3.DatabaseError):
            conn = sqlite3.connect(f"{b.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                found = _workspace_id(conn)
            finally:
                conn.close()
            if found:
                return found, _said(QT_TRANSLATE_NOOP("restore", "backup {file}"), file=b.path.name)
    return None, None


def audit_detail(after_json: str | None) -> dict:
    try:
        detail = json.loads(after_json) if after_json else {}
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def assess(workspace: Path, file: Path, scratch: Path, current: Current | None = None) -> Candidate:
    """Check ``file`` as a backup of ``workspace``, copying it into ``scratch`` (a private folder)."""
    workspace, file = Path(workspace).resolve(), Path(file).absolute()
    found = Candidate(file, current=current or read_current(workspace))
    named = backup.parse_name(file.name)
    if named is not None:
        found.taken_at = named[1]
    try:
        _check_file(workspace, file, found)
        if found.refusal is None:
            _copy_and_verify(file, scratch, found)
        if found.refusal is None:
            _compare(workspace, found)
    except sqlite3.DatabaseError as exc:
        found.refusal = translate("restore", "it cannot be read as SQLite ({error})").format(error=exc)
    except OSError as exc:
        found.refusal = translate("restore", "it cannot be read ({error})").format(error=exc.strerror or exc)
    return found


def _check_file(workspace: Path, file: Path, found: Candidate) -> None:
    if not file.is_file():
        found.refusal = (translate("restore", "it does not exist") if not file.exists() else
                         translate("restore", "it is not a file"))
    elif file.resolve() == workspace or (workspace.exists() and file.samefile(workspace)):
        found.refusal = translate("restore", "it is the workspace itself")
    elif found.taken_at is not None and backup.is_future(found.taken_at):
        found.refusal = translate("restore", "its name is dated {taken} UTC, in the future: a backup cannot be taken "
                                             "later than now, so this one was named or planted by hand").format(
            taken=f"{found.taken_at:%Y-%m-%d %H:%M}")
    elif file.parent == backup.folder_of(workspace):
        found.refusal = backup.folder_problem(file.parent)


def _copy_and_verify(file: Path, scratch: Path, found: Candidate) -> None:
    copy = scratch / f"{file.stem}.db"
    copy.unlink(missing_ok=True)
    src = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check = src.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            found.refusal = translate("restore", "it is damaged (SQLite's integrity check: {check})").format(check=check)
            return
        dest = sqlite3.connect(copy)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        found.schema = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if found.schema > LATEST_VERSION:
            found.refusal = translate("restore", "it was written by a newer version of Reserve Desk (schema {schema}; "
                                                 "this version reads up to schema {latest})").format(
                schema=found.schema, latest=LATEST_VERSION)
            return
        if found.schema == 0 or not {"audit_log", "metadata"} <= tables:
            found.refusal = translate("restore", "it is an SQLite file but not a Reserve Desk workspace (no schema "
                                                 "version or audit log)")
            return
        found.entries, found.head_hash = checkpoint.head(conn)
        found.workspace_id = _workspace_id(conn)
        if found.schema < LATEST_VERSION:
            # an upgrade records every table's state as it finds it, so a row edited before it would pass the
            # full check after: the chain and the data against the states its log recorded, as it stands
            checked = verify.check_log_and_data(conn)
            if not checked.intact:
                found.refusal = _not_verified(checked.problems[0])
                return
            if found.schema < STATES_SINCE_SCHEMA:
                found.notes.append(translate("restore", "its data cannot be checked against its audit log: schema "
                                                        "{schema} recorded no table states (Reserve Desk records them "
                                                        "from schema {since} on)").format(
                    schema=found.schema, since=STATES_SINCE_SCHEMA))
            _upgrade(conn, copy, found.schema)
    finally:
        conn.close()
    checked = verify.verify(copy, checkpoint_files=[])  # its own chain, schema and data; checkpoints are the current log's
    if not checked.intact:
        found.refusal = _not_verified(checked.problems[0])
        return
    found.copy = copy


def _not_verified(problem: str) -> str:
    return translate("restore", "its audit log does not verify: {problem}").format(problem=problem)


def _override(found: Candidate, said: tuple[str, str]) -> None:
    found.overrides_logged.append(said[0])
    found.overrides.append(said[1])


def _upgrade(conn, copy: Path, schema: int) -> None:
    """As opening the file would: the migrations, then an entry recording every table as they left it."""
    migrate(conn, copy)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    with db.atomic():
        Writer(db).log_event("migrate", {"from_schema": schema, "to_schema": LATEST_VERSION}, record_all_tables=True)


def _compare(workspace: Path, found: Candidate) -> None:
    """Same workspace, and a history the current log shares (unless the current file cannot be read)."""
    current = found.current
    if found.workspace_id and current.workspace_id and found.workspace_id != current.workspace_id:
        known = (_said(QT_TRANSLATE_NOOP("restore", " by {source}"), source=current.id_known_from)
                 if current.id_known_from else ("", ""))
        _override(found, _said(QT_TRANSLATE_NOOP("restore", "it is of another workspace (id {id}…, where this workspace "
                                                            "is {current}…{known})"),
                               id=found.workspace_id[:12], current=current.workspace_id[:12], known=known))
    if current.entries is not None:
        shared = 0
        for mine, theirs in zip(current.hashes, _backup_hashes(found), strict=False):
            if mine != theirs:
                break
            shared += 1
        found.shared_entries = shared
        if shared == found.entries:  # a past state of the current log
            return
    vouch = _vouching(workspace, found)
    if vouch is not None:
        found.notes.append(translate("restore", "checkpoint {file}, signed with your key, vouches for its log").format(
            file=vouch.path.name))
        if current.undo == found.backup.name and found.backup.parent == backup.folder_of(workspace):
            found.notes.append(translate("restore", "it holds the content an earlier restore of this workspace set aside "
                                                    "(that restore is undone)"))
        return
    unvouched = _said(QT_TRANSLATE_NOOP("restore", "no checkpoint signed with your key vouches for this backup's log"))
    if current.entries is None:
        _override(found, _said(QT_TRANSLATE_NOOP("restore", "{unreadable}, so whether the backup shares its history "
                                                            "cannot be checked, and {unvouched}"),
                               unreadable=(current.unreadable_logged, current.unreadable), unvouched=unvouched))
    else:
        # the English keeps its counts grouped as before (1,204), the other language as its locale writes them
        _override(found, _said(QT_TRANSLATE_NOOP("restore", "its history does not share this workspace's: its audit log "
                                                            "and the current one part after entry {shared} (it has "
                                                            "{entries} entries, the workspace {current}), and "
                                                            "{unvouched}"),
                               shared=(f"{found.shared_entries:,}", fmt.number(found.shared_entries)),
                               entries=(f"{found.entries:,}", fmt.number(found.entries)),
                               current=(f"{current.entries:,}", fmt.number(current.entries)), unvouched=unvouched))


def _backup_hashes(found: Candidate) -> tuple[str, ...]:
    conn = sqlite3.connect(f"{found.copy.as_uri()}?mode=ro", uri=True)
    try:
        return _hashes(conn)[:found.entries]  # the upgrade's own entry is not the backup's
    finally:
        conn.close()


def refusal_text(found: Candidate) -> str | None:
    """Why ``found`` is not restored as it stands; None when it is."""
    if found.refusal:
        return translate("restore", "{file} cannot be restored: {reason}").format(file=found.backup.name,
                                                                                   reason=found.refusal)
    if found.overrides:
        return translate("restore", "{file} is not restored: {reasons}. --force restores it anyway").format(
            file=found.backup.name, reasons="; ".join(found.overrides))
    return None


def _discard_copy(scratch: Path, file: Path) -> None:
    """Delete a refused candidate's scratch copy at once: twenty refused large backups must not fill the disk."""
    copy = scratch / f"{file.stem}.db"
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)


def default_backup(workspace: Path, scratch: Path, current: Current | None = None) -> Candidate:
    """The newest genuine backup: named no later than now, of this workspace, verifying, sharing its history."""
    workspace = Path(workspace).resolve()
    folder = backup.folder_of(workspace)
    problem = backup.folder_problem(folder)
    if problem:
        raise RestoreRefused(translate("restore", "no backup is restored from {folder}: {problem}").format(
            folder=folder, problem=problem))
    current = current or read_current(workspace)
    passed, undoes = [], 0
    for b in backup.list_backups(workspace):
        if b.label == backup.BEFORE_RESTORE:  # restoring it undoes a restore: only when the user names it
            undoes += 1
            continue
        found = assess(workspace, b.path, scratch, current)
        if found.restorable:
            return found
        _discard_copy(scratch, b.path)
        passed.append(f"{b.path.name}: {found.refusal or '; '.join(found.overrides)}")
    if not passed:
        text = (translate("restore", "no backups of {file} in {folder} other than the content set aside by a restore "
                                     "({count}): name one to undo that restore") if undoes else
                translate("restore", "no backups of {file} in {folder}"))
        raise RestoreRefused(text.format(file=workspace.name, folder=folder, count=undoes))
    raise RestoreRefused(translate("restore", "none of the backups of {file} can be restored by default (name one to "
                                              "see why, or --force): {reasons}").format(
        file=workspace.name, reasons=" | ".join(passed[:5])))


def check_exists(workspace: Path) -> None:
    """A restore replaces an existing workspace's content (the caller checks before taking its lock)."""
    if not Path(workspace).exists():
        raise RestoreRefused(translate("restore", "{path} does not exist: a restore replaces the content of an "
                                                  "existing workspace (to recover a deleted one, copy one of its "
                                                  "backups from {folder} to that name and open it)").format(
            path=workspace, folder=backup.folder_of(Path(workspace))))


def restore(workspace: Path, file: Path | None = None, *, force: bool = False, keep: int | None = None) -> Restored:
    """Replace the workspace's content with a checked backup (``file``, or the default); the caller holds the
    workspace's lock. ``force`` overrides another workspace's id or an unvouched history, never a refusal."""
    workspace = Path(workspace).resolve()
    with tempfile.TemporaryDirectory(prefix="reserve-desk-restore-") as scratch:
        found = (assess(workspace, Path(file), Path(scratch)) if file is not None
                 else default_backup(workspace, Path(scratch)))
        if found.refusal or (found.overrides and not force):
            raise RestoreRefused(refusal_text(found))
        saved = backup.save_current(workspace, keep)
        detail = _entry(workspace, found, saved)
        _write_entry(found, detail)  # in the scratch copy: content and entry arrive together
        with _ctrl_c_ignored():
            # verify checks every checkpoint beside the backups against the workspace's log: those the restored log
            # does not hold go first (the old content with fewer checkpoints still verifies, never the other way)
            set_aside = _set_aside_checkpoints(workspace, found.copy)
            try:
                backup.put_in_place(workspace, found.copy, readable=found.current.entries is not None)
            except BaseException:
                if _head_of(workspace) != _head_of(found.copy):  # the old content stayed: so do its checkpoints
                    for moved in set_aside:
                        os.replace(moved, backup.folder_of(workspace) / moved.name)
                raise
            return _signed(workspace, found, saved, detail, set_aside)


@contextlib.contextmanager
def _ctrl_c_ignored():
    """Ctrl-C is ignored while the restored content goes in and its checkpoint is signed (seconds at most): stopping
    there would leave a restore without its checkpoint. Only the main thread can set a signal handler."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _last_signed(workspace: Path, workspace_id: str | None) -> checkpoint.Checkpoint | None:
    """The longest log a checkpoint signed with this account's key beside the backups holds for this workspace id."""
    mine = [cp for cp in own_checkpoints(workspace) if workspace_id and cp.workspace_id == workspace_id]
    return max(mine, key=lambda cp: cp.entries, default=None)


def _entry(workspace: Path, found: Candidate, saved: Path) -> dict:
    """The restore's audit entry: what was restored, and which entries of the log before it it drops."""
    current = found.current
    previous_entries, previous_head = current.entries, current.hashes[-1] if current.hashes else None
    signed = None
    if previous_entries is None:  # damaged: the log it held is known only as far as a checkpoint signed it
        signed = _last_signed(workspace, current.workspace_id or found.workspace_id)
        previous_entries, previous_head = (signed.entries, signed.head_hash) if signed else (found.entries, None)
    shared = found.shared_entries if found.shared_entries is not None else found.entries
    detail = {"backup": found.backup.name, "backup_entries": found.entries, "backup_head": found.head_hash,
              "previous_entries": previous_entries, "previous_head": previous_head,
              "dropped_entries": max(previous_entries - shared, 0), "previous_content_saved_as": saved.name,
              # the entries both logs hold: backup_entries, unless the backup is another branch (a restore undone)
              "shared_entries": shared}
    if current.entries is None:
        detail["previous_unreadable"] = current.unreadable_logged
        detail["previous_known_from"] = signed.path.name if signed else None
        detail["previous_signed_by"] = signed.public_key if signed else None  # only this account's key is used
    if found.overrides:
        detail["overridden"] = found.overrides_logged
    return detail


def _write_entry(found: Candidate, detail: dict) -> None:
    """The workspace's id (a backup from before ids gets a new one when upgraded) and the restore's entry, written
    into the checked copy, which then holds exactly what the workspace will."""
    conn = sqlite3.connect(found.copy, isolation_level=None)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        with db.atomic():
            w = Writer(db)
            if found.workspace_id is None and found.current.workspace_id:
                w.set_metadata(audit.WORKSPACE_ID_KEY, found.current.workspace_id)
            w.log_event("restore", detail, record_all_tables=True)
    finally:
        conn.close()


def _head_of(file: Path) -> tuple[int, str] | None:
    with contextlib.suppress(sqlite3.DatabaseError):
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return checkpoint.head(conn)
        finally:
            conn.close()
    return None


def _set_aside_checkpoints(workspace: Path, restored: Path) -> list[Path]:
    """Move into ``superseded/`` the checkpoints of the history the restored log (the finished copy) replaces."""
    conn = sqlite3.connect(f"{restored.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return checkpoint.set_aside_superseded(conn, workspace)
    finally:
        conn.close()


def _signed(workspace: Path, found: Candidate, saved: Path, detail: dict, set_aside: list[Path]) -> Restored:
    """Once the restored content is in place: a checkpoint of its log."""
    conn = sqlite3.connect(workspace, isolation_level=None)
    try:
        try:
            made, problem = checkpoint.save_beside_backups(conn, workspace), None
        except (checkpoint.CheckpointError, OSError) as exc:  # the restore stands; `audit checkpoint` names the fault
            made, problem = None, str(exc)
    finally:
        conn.close()
    return Restored(found, saved, made, problem, detail, set_aside)


__all__ = ["Candidate", "RestoreRefused", "Restored", "assess", "default_backup", "read_current", "restore"]
