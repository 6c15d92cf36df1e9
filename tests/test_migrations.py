"""Schema migrations: an older workspace is upgraded with a backup; a newer one is refused; failure restores."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.store import LATEST_VERSION, MigrationError, SchemaTooNewError, Store, StoreError
from desktop.core.store import migrate as migrate_module
from desktop.core.store.schema import MIGRATIONS


def _workspace_at(path, version: int) -> None:
    """A workspace file as an older Reserve Desk wrote it: migrations up to ``version`` only."""
    conn = sqlite3.connect(path)
    migrate_module.migrate(conn, path, MIGRATIONS[:version])
    conn.execute("INSERT INTO wallets (name, kind) VALUES ('Legacy cold', 'cold')")
    conn.commit()
    conn.close()


def test_previous_version_migrates_and_leaves_a_backup(tmp_path):
    assert LATEST_VERSION >= 2, "keep at least two migrations so this path stays tested"
    path = tmp_path / "old.db"
    _workspace_at(path, LATEST_VERSION - 1)
    store = Store(path)
    try:
        assert store.schema_version == LATEST_VERSION
        assert store.migration_backup is not None and store.migration_backup.exists()
        assert [w.name for w in store.wallets()] == ["Legacy cold"]  # data kept through the upgrade
        assert store.wallets()[0].archived is False  # column added by migration 2
    finally:
        store.close()
    backup = sqlite3.connect(store.migration_backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION - 1
    assert backup.execute("SELECT name FROM wallets").fetchall() == [("Legacy cold",)]
    backup.close()


def test_current_version_takes_no_backup(tmp_path):
    Store.create(tmp_path / "w.db").close()
    store = Store(tmp_path / "w.db")
    assert store.migration_backup is None
    store.close()
    from desktop.core.store.backup import list_backups

    assert [b.label for b in list_backups(tmp_path / "w.db")] == ["daily"]  # the day's first open; no migration


def test_newer_version_is_refused_clearly(tmp_path):
    path = tmp_path / "future.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match=rf"newer version of Reserve Desk .*schema {LATEST_VERSION + 1}.*up to schema {LATEST_VERSION}"):
        Store(path)


def test_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _workspace_at(path, LATEST_VERSION)
    before = path.read_bytes()
    broken = [*MIGRATIONS, (LATEST_VERSION + 1, "a migration that fails half-way",
                            "CREATE TABLE extra (x INTEGER); INSERT INTO no_such_table VALUES (1);")]
    monkeypatch.setattr(migrate_module, "MIGRATIONS", broken)
    with pytest.raises(MigrationError, match=f"migration {LATEST_VERSION + 1}.*restored"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert "extra" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert conn.execute("SELECT name FROM wallets").fetchall() == [("Legacy cold",)]
    conn.close()
    assert len(before) > 0


def test_other_sqlite_files_are_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Reserve Desk workspace"):
        Store(path)


@pytest.mark.parametrize("content", [b"", b"hello, world", b"SQLite format 3\x00" + b"\x00" * 40])
def test_damaged_or_foreign_files_give_a_clear_error(tmp_path, content):
    path = tmp_path / "damaged.db"
    path.write_bytes(content)
    with pytest.raises(StoreError):
        Store(path)
