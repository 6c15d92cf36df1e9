"""Bring a workspace file to the current schema, safely.

Before any migration of an existing file, a copy is taken with SQLite's online backup API (which
also captures pages still in the WAL). Each migration runs in one transaction; if one fails, the
file is restored from that copy and the error names the migration.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..i18n import translate
from .backup import make_backup
from .schema import LATEST_VERSION, MIGRATIONS
from .store_errors import MigrationError, SchemaTooNewError, StoreError


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _restore(backup: Path, path: Path) -> None:
    src = sqlite3.connect(backup)
    dest = sqlite3.connect(path)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()


def migrate(conn: sqlite3.Connection, path: Path, migrations=None) -> Path | None:
    """Apply pending migrations to ``conn`` (opened on ``path``). Returns the backup taken, if any.

    Raises SchemaTooNewError for a file written by a newer Reserve Desk, MigrationError when a
    migration fails (the file is then back as it was).
    """
    migrations = MIGRATIONS if migrations is None else migrations
    latest = migrations[-1][0]
    current = schema_version(conn)
    if current > latest:
        raise SchemaTooNewError(
            translate("migrate", "{file} was written by a newer version of Reserve Desk (schema {schema}; this version "
                                 "reads up to schema {latest}). Open it with that newer version, or open a backup.").format(
                file=path.name, schema=current, latest=latest)
        )
    pending = [m for m in migrations if m[0] > current]
    if not pending:
        return None
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
    if current == 0 and has_tables:
        raise StoreError(translate("migrate", "{file} is an SQLite file but not a Reserve Desk workspace.").format(
            file=path.name))
    backup = make_backup(conn, path, f"before-schema-{pending[-1][0]}") if current > 0 else None
    # a migration that rebuilds a table drops the old one: with foreign keys on, that would delete its children
    # (SQLite's twelve-step table change); they are checked before each commit instead
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        _apply(conn, path, pending, backup)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
    return backup


def _apply(conn: sqlite3.Connection, path: Path, pending, backup: Path | None) -> None:
    for number, summary, script in pending:
        try:
            # executescript would commit an open transaction first, so the BEGIN is in the script and the
            # version bump rides in the same transaction as the change
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};")
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"{len(broken)} rows would refer to missing rows (first: {broken[0]})")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            if backup is not None:
                _restore(backup, path)
            raise MigrationError(
                (translate("migrate", "migration {number} ({summary}) failed: {error}; {file} was restored from "
                                      "{backup}") if backup else
                 translate("migrate", "migration {number} ({summary}) failed: {error}; nothing was written")).format(
                    number=number, summary=summary, error=exc, file=path.name, backup=backup and backup.name)
            ) from exc


__all__ = ["LATEST_VERSION", "migrate", "schema_version"]
