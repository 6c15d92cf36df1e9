"""Backups of a workspace: taken with SQLite's online backup API (consistent while the file is open, WAL
pages included), kept in ``<name>-backups/`` beside it, owner-only, rotated to a number the workspace sets.

Taken automatically before a migration, before an import and on the first open of a day; by hand with
``reserve-desk backup`` or by the user before a restore. Each leaves a signed checkpoint of its audit log beside it. A backup is written under a temporary name and
renamed when complete, so a crash never leaves a half backup that looks whole.

The folder must be a real folder (not a symbolic link) of the account running Reserve Desk that no one else can
write: otherwise another account could plant or swap a backup, and no backup is taken into it or restored from it.
A backup whose name is dated later than now (beyond a clock's small correction) was not taken by Reserve Desk: it is
never listed, chosen or restored, and rotation moves it into ``future-dated/`` in the folder, kept for inspection.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from ..i18n import translate
from .store_errors import StoreError

DEFAULT_KEEP = 20
_PAGES_PER_STEP = 4096  # 16 MB of 4 KiB pages: tens of milliseconds
KEEP_KEY = "backups_keep"  # workspace metadata: how many backups to keep
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<label>[a-z0-9-]+)\.db$")
FUTURE_SLACK = dt.timedelta(minutes=5)  # a clock corrected backwards by a time server moves seconds, not minutes
SET_ASIDE = "future-dated"  # where rotation moves backups named later than now
BEFORE_RESTORE = "before-restore"  # the label of the content a restore replaced: restoring it undoes that restore


class UnsafeBackupFolder(StoreError):
    """The backup folder is a symbolic link, another account's, or writable by others."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC
    label: str
    size_bytes: int


def folder_of(workspace: Path) -> Path:
    return workspace.parent / f"{workspace.stem}-backups"


def make_backup(conn: sqlite3.Connection, workspace: Path, label: str, keep: int | None = None) -> Path:
    """Copy the open database ``conn`` (of ``workspace``) into its backup folder; then keep the newest ``keep``."""
    folder = _safe_folder(workspace)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{workspace.stem}-{stamp}-{label}.db"
    partial = folder / f".{target.name}.partial"
    os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))  # owner-only from the first byte
    dest = sqlite3.connect(partial)
    try:
        # in steps, with a Python call between them, so Ctrl-C stops a large backup at once
        conn.backup(dest, pages=_PAGES_PER_STEP, progress=lambda *_: None, sleep=0)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)  # never a half backup left behind, whatever stopped it
        raise
    dest.close()
    os.replace(partial, target)
    _checkpoint(conn, workspace)
    if keep is not None:
        rotate(workspace, keep, spare=target)
    return target


def _checkpoint(conn: sqlite3.Connection, workspace: Path) -> None:
    """Every backup leaves a signed checkpoint of the log it holds beside it. A workspace from before schema 8 (a
    backup before its migration) has no id to sign; a key that cannot be used must not stop a backup: ``audit
    checkpoint`` names the fault."""
    from . import checkpoint

    with contextlib.suppress(checkpoint.CheckpointError, OSError):
        checkpoint.save_beside_backups(conn, workspace)


def folder_problem(folder: Path) -> str | None:
    """Why no backup may be taken into or restored from ``folder`` (None: it is safe, or does not exist yet)."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        return translate("backup", "the backup folder {folder} is a symbolic link, not a real folder: replace it with "
                                   "a folder").format(folder=folder)
    if not stat.S_ISDIR(info.st_mode):
        return translate("backup", "{folder} is not a folder").format(folder=folder)
    if os.name == "posix":
        if info.st_uid != os.getuid():
            return translate("backup", "the backup folder {folder} belongs to another account (uid {uid})").format(
                folder=folder, uid=info.st_uid)
        if info.st_mode & 0o022:
            return translate("backup", "the backup folder {folder} can be written by other accounts (mode {mode}): make "
                                       "it owner-only (chmod 700)").format(folder=folder,
                                                                          mode=stat.filemode(info.st_mode))
    return None


def _safe_folder(workspace: Path) -> Path:
    folder = folder_of(workspace)
    problem = folder_problem(folder)
    if problem:
        raise UnsafeBackupFolder(translate("backup", "no backup was taken: {problem}").format(problem=problem))
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def parse_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(workspace stem, time taken in UTC, label) of a backup's file name; None for any other name."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        taken = dt.datetime.strptime(m["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:  # digits that are no date (month 13)
        return None
    return m["stem"], taken, m["label"]


def is_future(taken_at: dt.datetime, now: dt.datetime | None = None) -> bool:
    return taken_at > (now or dt.datetime.now(dt.UTC)) + FUTURE_SLACK


def _named(workspace: Path) -> list[Backup]:
    found = []
    folder = folder_of(workspace)
    for path in folder.iterdir() if folder.is_dir() else ():
        named = parse_name(path.name)
        if named and named[0] == workspace.stem and path.is_file():
            found.append(Backup(path, named[1], named[2], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def list_backups(workspace: Path) -> list[Backup]:
    """The workspace's backups, newest first; none named later than now (those were not taken by Reserve Desk)."""
    return [b for b in _named(workspace) if not is_future(b.taken_at)]


def future_dated(workspace: Path) -> list[Backup]:
    """Files in the backup folder named as this workspace's backups but dated later than now."""
    return [b for b in _named(workspace) if is_future(b.taken_at)]


def rotate(workspace: Path, keep: int, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups (never ``spare``, the one just taken), and move those named later
    than now into ``future-dated/`` (kept as evidence, never counted, listed or restored); returns those removed."""
    folder = _safe_folder(workspace)
    removed = []
    for b in future_dated(workspace):
        aside = folder / SET_ASIDE
        aside.mkdir(mode=0o700, exist_ok=True)
        os.replace(b.path, aside / b.path.name)
        removed.append(b.path)
    for b in list_backups(workspace)[max(keep, 1):]:
        if b.path != spare:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def taken_today(workspace: Path) -> bool:
    today = dt.datetime.now(dt.UTC).date()
    return any(b.taken_at.date() == today for b in list_backups(workspace))


def save_current(workspace: Path, keep: int | None = None) -> Path:
    """Before a restore: back up the current content (with its signed checkpoint), so the restore can be undone; a
    file SQLite cannot read is copied into the backup folder as it is. The caller holds the workspace's lock."""
    try:
        conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            return make_backup(conn, workspace, BEFORE_RESTORE, keep)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        folder = _safe_folder(workspace)
        target = folder / f"{workspace.stem}-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S%fZ')}-damaged.db"
        _copy_whole(workspace, target)
        return target


def put_in_place(workspace: Path, source: Path, readable: bool) -> None:
    """Replace the workspace's content with ``source`` (a finished, checked copy) in one step: SQLite's backup API
    in a single transaction of the workspace (a crash rolls it back), the workspace keeping its file (its lock
    follows the file). A file SQLite cannot read (``readable`` False) is replaced whole by a rename."""
    if not readable:
        staged = workspace.with_name(f".{workspace.name}.restoring")
        _copy_whole(source, staged)
        for suffix in ("-wal", "-shm", "-journal"):  # the damaged file's: they must not be applied to the new one
            Path(f"{workspace}{suffix}").unlink(missing_ok=True)
        os.replace(staged, workspace)
        return
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(workspace)
        try:
            src.backup(dest)  # every page in one step: one write transaction of the workspace
        finally:
            dest.close()
    finally:
        src.close()


def _copy_whole(source: Path, target: Path) -> None:
    """Copy a file owner-only, written and synced under a temporary name, then renamed: never half a file."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(source, "rb") as src, open(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
