"""Backups of a workspace: taken with SQLite's online backup API (consistent while the file is open, WAL
pages included), kept in ``<name>-backups/`` beside it, owner-only, rotated to a number the workspace sets.

Taken automatically before a migration, before an import and on the first open of a day; by hand with
``reserve-desk backup`` or by the user before a restore. Each leaves a signed checkpoint of its audit log beside it. A backup is written under a temporary name and
renamed when complete, so a crash never leaves a half backup that looks whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

DEFAULT_KEEP = 20
KEEP_KEY = "backups_keep"  # workspace metadata: how many backups to keep
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<label>[a-z0-9-]+)\.db$")


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
    folder = folder_of(workspace)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{workspace.stem}-{stamp}-{label}.db"
    partial = folder / f".{target.name}.partial"
    os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))  # owner-only from the first byte
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
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


def list_backups(workspace: Path) -> list[Backup]:
    """The workspace's backups, newest first."""
    found = []
    folder = folder_of(workspace)
    for path in folder.iterdir() if folder.is_dir() else ():
        m = _NAME.match(path.name)
        if m and m["stem"] == workspace.stem:
            taken = dt.datetime.strptime(m["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
            found.append(Backup(path, taken, m["label"], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(workspace: Path, keep: int, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups (never ``spare``, the one just taken); returns those deleted."""
    removed = []
    for b in list_backups(workspace)[max(keep, 1):]:
        if b.path != spare:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def taken_today(workspace: Path) -> bool:
    today = dt.datetime.now(dt.UTC).date()
    return any(b.taken_at.date() == today for b in list_backups(workspace))


def restore(workspace: Path, backup: Path, keep: int | None = None) -> Path:
    """Replace the workspace's content with the backup's; the current content is backed up first (so a
    restore can itself be undone). The workspace must not be open. Returns the backup of the current content."""
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if src.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError(f"{backup.name} is damaged")
        saved = _set_aside(workspace, keep)
        os.close(os.open(workspace, os.O_CREAT | os.O_WRONLY, 0o600))
        dest = sqlite3.connect(workspace)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
    return saved


def _set_aside(workspace: Path, keep: int | None) -> Path:
    """Back up the current content; a file SQLite cannot read is moved into the backup folder as it is."""
    try:
        conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            return make_backup(conn, workspace, "before-restore", keep)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        folder = folder_of(workspace)
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{workspace.stem}-{dt.datetime.now(dt.UTC).strftime('%Y%m%dT%H%M%S%fZ')}-damaged.db"
        os.replace(workspace, target)
        for suffix in ("-wal", "-shm"):
            Path(f"{workspace}{suffix}").unlink(missing_ok=True)
        return target
