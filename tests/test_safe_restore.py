"""Safe restore (issue 19, item 3): only a backup of the same workspace, readable by this version, intact by its own
audit log and sharing the current history is restored; the restore is an audit entry, and verify passes after it."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess

import pytest
from conftest import PROJECT_ROOT, cli_command

from desktop.core.store import Store
from desktop.core.store.backup import folder_of, list_backups
from desktop.core.store.verify import verify

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_command(), *map(str, args)], capture_output=True, text=True)


def _backed_up(path):
    """The workspace with one manual backup; returns that backup's path."""
    done = cli("backup", "--workspace", path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["file"]


def _import_price(path, tmp_path, day: str = "2026-01-15") -> None:
    prices = tmp_path / f"p-{day}.csv"
    prices.write_text(f"date,close\n{day},90000\n")
    done = cli("import", "prices", prices, "--workspace", path)
    assert done.returncode == 0, done.stderr


def _row(path, sql: str) -> tuple:
    """One row of a query on the file, as a reader outside the app sees it."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def _change(path, *statements: str) -> None:
    """Change the file behind the app's back, as someone with an SQLite tool would."""
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _prices(path) -> int:
    return _row(path, "SELECT count(*) FROM prices")[0]


def _restore_entries(path) -> list[dict]:
    conn = sqlite3.connect(path)
    try:
        return [json.loads(a) for (a,) in conn.execute("SELECT after_json FROM audit_log WHERE action = 'restore'")]
    finally:
        conn.close()


def _another_workspace(tmp_path):
    """The same sample created again: same content and name, another workspace id and history."""
    other = tmp_path / "elsewhere" / "el-salvador.db"
    other.parent.mkdir()
    assert cli("init", other, "--sample", "el-salvador").returncode == 0
    return other


def test_a_planted_future_dated_backup_of_another_workspace_is_never_restored(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    genuine = _backed_up(path)
    _import_price(path, tmp_path)
    other = _another_workspace(tmp_path)
    folder = folder_of(path)
    planted = folder / f"{path.stem}-20991231T235959000000Z-manual.db"
    shutil.copyfile(other, planted)

    assert planted not in [b.path for b in list_backups(path)]  # never listed, so never chosen or offered
    done = cli("restore", "--workspace", path)
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["restored_from"] != str(planted) and restored["overridden"] == []
    with Store(path) as mine, Store(other) as theirs:
        assert mine.workspace_id != theirs.workspace_id

    done = cli("restore", planted, "--workspace", path, "--force")  # force never covers a future-dated name
    assert done.returncode == 1 and "in the future" in done.stderr, done.stderr

    # the same foreign file under an honest date: refused, and --force says what it overrides
    foreign = folder / f"{path.stem}-20200101T000000000000Z-manual.db"
    shutil.copyfile(other, foreign)
    before = _prices(path)
    done = cli("restore", foreign, "--workspace", path)
    assert done.returncode == 1 and "another workspace" in done.stderr and "--force" in done.stderr, done.stderr
    assert _prices(path) == before
    done = cli("restore", foreign, "--workspace", path, "--force")
    assert done.returncode == 0, done.stderr
    overridden = json.loads(done.stdout)["overridden"]
    assert any("another workspace" in o for o in overridden), overridden
    assert any("history does not share" in o for o in overridden), overridden
    assert _restore_entries(path)[-1]["overridden"] == overridden

    # rotation sets the future-dated name aside, as evidence: never counted, listed or restored
    assert genuine and cli("backup", "--workspace", path, "--keep", "50").returncode == 0
    assert not planted.exists() and (folder / "future-dated" / planted.name).exists()


def test_a_tampered_backup_is_refused(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _change(taken, "UPDATE transactions SET quantity = quantity + 1000 WHERE id = (SELECT min(id) FROM transactions)")
    held = path.read_bytes()
    done = cli("restore", taken, "--workspace", path, "--force")
    assert done.returncode == 1, done.stderr
    assert "does not verify" in done.stderr and "table transactions" in done.stderr, done.stderr
    assert path.read_bytes() == held
    done = cli("restore", "--workspace", path)  # nor chosen by default: the day's first backup is
    assert done.returncode == 0 and json.loads(done.stdout)["restored_from"] != taken, done.stderr


def test_a_plain_sqlite_file_is_refused(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    plain = tmp_path / "notes.db"
    _change(plain, "CREATE TABLE notes (text TEXT)", "INSERT INTO notes VALUES ('hello')")
    held = path.read_bytes()
    done = cli("restore", plain, "--workspace", path, "--force")
    assert done.returncode == 1 and "not a Reserve Desk workspace" in done.stderr, done.stderr
    assert path.read_bytes() == held
    done = cli("restore", tmp_path / "p.csv", "--workspace", path)
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_a_backup_of_a_newer_schema_is_refused(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _change(taken, "PRAGMA user_version = 99")
    held = path.read_bytes()
    done = cli("restore", taken, "--workspace", path, "--force")
    assert done.returncode == 1 and "schema 99" in done.stderr and "newer version" in done.stderr, done.stderr
    assert path.read_bytes() == held
    with Store(path) as store:
        assert verify(store.path).intact


def test_a_restore_is_an_audit_entry_and_verify_passes_after_it(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _import_price(path, tmp_path, "2026-01-15")
    _import_price(path, tmp_path, "2026-02-15")
    pinned = tmp_path / "before.json"  # a checkpoint of the log the restore shortens, kept elsewhere
    done = cli("audit", "checkpoint", "--workspace", path, "--out", pinned)
    assert done.returncode == 0, done.stderr
    before = json.loads(done.stdout)

    done = cli("restore", taken, "--workspace", path)
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["dropped_entries"] == 2 and restored["backup_entries"] == before["entries"] - 2
    assert os.path.exists(restored["checkpoint"])
    entry = _restore_entries(path)[-1]
    assert entry["backup"] == os.path.basename(taken) and entry["backup_entries"] == before["entries"] - 2
    assert entry["previous_entries"] == before["entries"] and entry["previous_head"] == before["head_hash"]
    assert entry["dropped_entries"] == 2
    assert entry["previous_content_saved_as"] == os.path.basename(restored["previous_content_saved_as"])

    # the checkpoints of the replaced history are set aside, kept: verify checks those of this history
    superseded = sorted(p.name for p in (folder_of(path) / "superseded").iterdir())
    assert restored["checkpoints_set_aside"] == len(superseded) >= 1
    assert all(int(name.rsplit("-", 3)[1]) > before["entries"] - 2 for name in superseded), superseded
    done = cli("audit", "verify", "--workspace", path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert any("restored from" in note for note in json.loads(done.stdout)["notes"])
    done = cli("audit", "verify", "--workspace", path, "--checkpoint", pinned)  # named: the log no longer holds it
    assert done.returncode == 1 and "removed" in done.stderr, done.stdout + done.stderr

    # the restore can be undone: the content it set aside is the log it recorded dropping
    done = cli("restore", restored["previous_content_saved_as"], "--workspace", path)
    assert done.returncode == 0, done.stderr
    assert _prices(path) == _prices(restored["previous_content_saved_as"])
    assert _restore_entries(path)[-1]["shared_entries"] == before["entries"] - 2  # the branches part there
    done = cli("audit", "verify", "--workspace", path, "--checkpoint", pinned)
    assert done.returncode == 0, done.stdout + done.stderr
    done = cli("audit", "verify", "--workspace", path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_restore_of_an_old_schema_backup_keeps_the_workspace_id(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(PROJECT_ROOT / "tests" / "data" / "schema-7.db", path)
    with Store(path) as store:  # upgraded: a backup of the schema-7 file first, then a new id
        identity = store.workspace_id
        old = store.migration_backup
    assert identity and old is not None
    _import_price(path, tmp_path)
    done = cli("restore", old, "--workspace", path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["backup_schema"] == 7
    with Store(path) as store:
        assert store.workspace_id == identity
        assert store.schema_version >= 9
    conn = sqlite3.connect(path)
    put_back = conn.execute("SELECT after_json FROM audit_log WHERE table_name = 'metadata' AND row_key = "
                            "'\"workspace_id\"' ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert put_back and json.loads(put_back[0]) == {"value": identity}
    done = cli("audit", "verify", "--workspace", path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("schema", [1, 2, 4])
def test_the_backup_taken_before_upgrading_a_schema_1_to_4_workspace_restores(tmp_path, schema):
    path = tmp_path / f"s{schema}.db"
    shutil.copyfile(PROJECT_ROOT / "tests" / "data" / f"schema-{schema}.db", path)
    with Store(path) as store:
        identity = store.workspace_id
        old = store.migration_backup
    assert cli("wallets", "add", "--workspace", path, "After the upgrade").returncode == 0
    done = cli("restore", old, "--workspace", path)
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["backup_schema"] == schema and restored["dropped_entries"] >= 2
    assert any("recorded no table states" in note for note in restored["notes"]), restored["notes"]
    with Store(path) as store:
        assert store.workspace_id == identity
        assert "After the upgrade" not in [w.name for w in store.wallets()]
    done = cli("audit", "verify", "--workspace", path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_old_schema_backup_edited_before_its_upgrade_is_refused(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(PROJECT_ROOT / "tests" / "data" / "schema-7.db", path)
    with Store(path) as store:
        old = store.migration_backup
    conn = sqlite3.connect(old)
    conn.execute("UPDATE transactions SET quantity = quantity + 1000 WHERE id = (SELECT min(id) FROM transactions)")
    conn.commit()
    conn.close()
    done = cli("restore", old, "--workspace", path)
    assert done.returncode == 1 and "does not verify" in done.stderr and "transactions" in done.stderr, done.stderr


@posix_only
@pytest.mark.parametrize("how", ["symbolic link", "writable by others"])
def test_an_unsafe_backup_folder_is_neither_restored_from_nor_backed_up_into(sample_copy, tmp_path, how):
    path = sample_copy("el-salvador")
    _backed_up(path)
    folder = folder_of(path)
    if how == "symbolic link":
        real = tmp_path / "somewhere-else"
        folder.rename(real)
        folder.symlink_to(real, target_is_directory=True)
        reason = "symbolic link"
    else:
        folder.chmod(0o777)
        reason = "written by other accounts"
    held = path.read_bytes()
    done = cli("restore", "--workspace", path)
    assert done.returncode == 1 and reason in done.stderr, done.stderr
    named = next(folder.glob("*-manual.db"))
    done = cli("restore", named, "--workspace", path, "--force")
    assert done.returncode == 1 and reason in done.stderr, done.stderr
    assert path.read_bytes() == held
    done = cli("backup", "--workspace", path)
    assert done.returncode == 1 and reason in done.stderr, done.stderr


def _damage(path) -> None:
    """Cut the workspace short, as a failing disk would: SQLite can no longer read it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    os.truncate(path, 50_000)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _plant(path, other, stamp: str) -> str:
    planted = folder_of(path) / f"{path.stem}-{stamp}-manual.db"
    shutil.copyfile(other, planted)
    return str(planted)


def test_a_damaged_workspace_takes_another_workspaces_backup_only_with_force(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    _backed_up(path)
    assert cli("wallets", "add", "--workspace", path, "Later").returncode == 0
    assert cli("audit", "checkpoint", "--workspace", path).returncode == 0
    with Store(path) as store:
        identity = store.workspace_id
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    planted = _plant(path, _another_workspace(tmp_path), now)  # the newest backup, of another workspace
    _damage(path)

    # the id comes from the checkpoints beside the backups
    done = cli("restore", planted, "--workspace", path)
    assert done.returncode == 1 and "another workspace" in done.stderr and "by checkpoint" in done.stderr, done.stderr
    done = cli("restore", "--workspace", path)  # by default: the genuine backup, not the newer planted one
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["restored_from"] != planted and restored["overridden"] == [], restored
    with Store(path) as store:
        assert store.workspace_id == identity


def test_a_damaged_workspace_without_checkpoints_takes_its_id_from_the_newest_readable_backup(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    _backed_up(path)
    planted = _plant(path, _another_workspace(tmp_path), "20200101T000000000000Z")
    for cp in folder_of(path).glob("*-checkpoint.json"):
        cp.unlink()
    _damage(path)
    done = cli("restore", planted, "--workspace", path)
    assert done.returncode == 1 and "another workspace" in done.stderr and "by backup" in done.stderr, done.stderr


def test_the_default_restore_never_undoes_a_restore(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    _backed_up(path)
    _import_price(path, tmp_path)
    done = cli("restore", "--workspace", path)
    assert done.returncode == 0, done.stderr
    held = _prices(path)
    done = cli("restore", "--workspace", path)  # the newest backup is now the content that restore set aside
    assert done.returncode == 0, done.stderr
    assert "before-restore" not in json.loads(done.stdout)["restored_from"] and _prices(path) == held


def test_a_restore_is_undone_without_force_only_while_your_checkpoint_of_the_set_aside_content_is_kept(sample_copy,
                                                                                                        tmp_path):
    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _import_price(path, tmp_path)
    done = cli("restore", taken, "--workspace", path)
    assert done.returncode == 0, done.stderr
    saved = json.loads(done.stdout)["previous_content_saved_as"]
    vouching = [cp for cp in (folder_of(path) / "superseded").glob("*-checkpoint.json")
                if json.loads(cp.read_text())["entries"] == _entries(saved)]
    assert len(vouching) == 1  # the before-restore backup's own checkpoint, set aside by the restore
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.move(vouching[0], aside)
    done = cli("restore", saved, "--workspace", path)
    assert done.returncode == 1 and "no checkpoint signed with your key vouches" in done.stderr, done.stderr
    shutil.move(aside / vouching[0].name, vouching[0])
    done = cli("restore", saved, "--workspace", path)
    assert done.returncode == 0, done.stderr
    assert verify(path).intact


def _entries(db) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def test_the_default_restore_deletes_each_refused_copy_at_once(sample_copy, tmp_path):
    from desktop.core.store import restore

    path = sample_copy("el-salvador")
    _backed_up(path)
    other = _another_workspace(tmp_path)
    refused = [_plant(path, other, f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}Z") for _ in range(3)]
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = restore.default_backup(path, scratch)
    assert str(found.backup) not in refused
    assert sorted(p.name for p in scratch.iterdir()) == [found.copy.name]


def test_a_restore_of_a_missing_workspace_says_so(tmp_path):
    done = cli("restore", "--workspace", tmp_path / "gone.db")
    assert done.returncode == 1 and "gone.db does not exist" in done.stderr and "Errno" not in done.stderr, \
        done.stderr


# ---- the window ---------------------------------------------------------------------------------------------------

def _pick(dialog, backup_path) -> None:
    row = next(i for i, b in enumerate(dialog.model.records) if str(b.path) == str(backup_path))
    dialog.view.selectRow(dialog.view.model().mapFromSource(dialog.model.index(row, 0)).row())


def test_the_windows_confirmation_names_the_date_the_entries_and_what_it_drops(window, qtbot, sample_copy, tmp_path,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.backup_dialog import BackupDialog

    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _import_price(path, tmp_path, "2026-01-15")
    _import_price(path, tmp_path, "2026-02-15")
    window.open_workspace(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog = BackupDialog(window.workspace.path, window)
    qtbot.addWidget(dialog)
    _pick(dialog, taken)
    dialog._restore()
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=15_000)
    entries = len(_hashes(taken))
    when = list_backups(path)[-1].taken_at  # any backup of today: the text names the local date and minute
    assert f"{when.astimezone():%Y-%m-%d}" in asked[0], asked
    assert f"It holds {entries:,} audit entries; restoring it drops 2 entries of the current log" in asked[0], asked
    assert dialog.force is False
    assert window._restore(window.workspace.path, dialog.chosen, dialog.force)
    assert window.workspace is not None and _restore_entries(path)[-1]["dropped_entries"] == 2
    assert "2 audit entries dropped" in window.statusBar().currentMessage()
    aside = len(list((folder_of(path) / "superseded").iterdir()))
    assert aside and f"{aside} checkpoint" in window.statusBar().currentMessage()
    assert "of the replaced history set aside" in window.statusBar().currentMessage()


def test_the_window_restores_another_workspaces_backup_only_after_a_second_confirmation(window, qtbot, sample_copy,
                                                                                      tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.backup_dialog import BackupDialog

    path = sample_copy("el-salvador")
    _backed_up(path)
    foreign = folder_of(path) / f"{path.stem}-20200101T000000000000Z-manual.db"
    shutil.copyfile(_another_workspace(tmp_path), foreign)
    window.open_workspace(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)  # Cancel: nothing clicked
    dialog = BackupDialog(window.workspace.path, window)
    qtbot.addWidget(dialog)
    _pick(dialog, foreign)
    dialog._restore()
    qtbot.waitUntil(lambda: bool(warned), timeout=15_000)
    assert "It is of another workspace" in warned[0] and "Its history does not share" in warned[0], warned
    assert dialog.chosen is None and dialog.result() == 0  # declined: nothing restored

    # the second confirmation given: restored, and the entry records what it overrode
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(b for b in box.buttons()
                                                                       if b.text() == "Restore anyway"))
    dialog._restore()
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=15_000)
    assert dialog.force is True
    assert window._restore(window.workspace.path, dialog.chosen, dialog.force)
    assert any("another workspace" in o for o in _restore_entries(path)[-1]["overridden"])


def test_the_window_refuses_a_tampered_backup_and_keeps_the_workspace_open(window, qtbot, sample_copy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    conn = sqlite3.connect(taken)
    conn.execute("UPDATE transactions SET quantity = quantity + 1000 WHERE id = (SELECT min(id) FROM transactions)")
    conn.commit()
    conn.close()
    window.open_workspace(path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not window._restore(window.workspace.path, taken, True)
    assert "does not verify" in warned[0] and window.workspace is not None and window.workspace.path == path.resolve()


def _hashes(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [h for (h,) in conn.execute("SELECT hash FROM audit_log")]
    finally:
        conn.close()


# Second review of issue 19: what vouches for a backup without --force, and a restore that cannot be half done.

_ENTRY_COLUMNS = ["at", "os_user", "action", "table_name", "row_key", "before_json", "after_json", "prev_hash", "hash",
                  "state_json"]


def _insert_entry(conn, prev_hash: str, prev_at: str, action: str, detail: dict) -> None:
    """Append an entry with a correct hash, as anyone who reads audit.py can."""
    from desktop.core.store import audit

    state = {t: audit.table_state(conn, t) for t in audit.audited_tables(conn)}
    entry = audit.new_entry(prev_hash, action, None, None, None, detail, state, prev_at)
    conn.execute(f"INSERT INTO audit_log ({','.join(_ENTRY_COLUMNS)}) VALUES ({','.join('?' * len(_ENTRY_COLUMNS))})",
                 [entry[k] for k in _ENTRY_COLUMNS])


def _forge_backup(path, keep_entries: int = 10) -> str:
    """An insider without the key: a self-consistent copy of the workspace, its log cut to ``keep_entries``, 1,000
    more on the first transaction, one import entry re-recording every table; named as the newest manual backup."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    forged = folder_of(path) / f"{path.stem}-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}Z-manual.db"
    shutil.copyfile(path, forged)
    conn = sqlite3.connect(forged, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall()
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                                    ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE transactions SET quantity = quantity + 1000 WHERE id = (SELECT min(id) FROM transactions)")
        conn.execute("DELETE FROM audit_log WHERE id > ?", [keep_entries])
        last_hash, last_at = conn.execute("SELECT hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        _insert_entry(conn, last_hash, last_at, "import", {"file": "prices.csv"})
        for (sql,) in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert verify(forged, checkpoint_files=[]).intact  # self-consistent: only a checkpoint can tell
    return str(forged)


def _first_quantity(path) -> float:
    return _row(path, "SELECT quantity FROM transactions ORDER BY id LIMIT 1")[0]


def _head(path) -> tuple[int, str]:
    return _row(path, "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log")


def _genuine_history(path) -> float:
    """A backup, a later change and a checkpoint of it, all by the user; returns the first transaction's quantity."""
    _backed_up(path)
    assert cli("wallets", "add", "--workspace", path, "Genuine").returncode == 0
    assert cli("audit", "checkpoint", "--workspace", path).returncode == 0
    return _first_quantity(path)


def test_a_damaged_workspace_never_takes_a_rewritten_backup_without_force(sample_copy):
    from desktop.core.store import checkpoint

    path = sample_copy("el-salvador")
    quantity = _genuine_history(path)
    genuine_entries = _head(path)[0]
    forged = _forge_backup(path)
    _damage(path)

    done = cli("restore", forged, "--workspace", path)
    assert done.returncode == 1 and "no checkpoint signed with your key vouches" in done.stderr, done.stderr
    done = cli("restore", "--workspace", path)  # by default: the genuine backup its own checkpoint vouches for
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["restored_from"] != forged and restored["overridden"] == [], restored
    assert _first_quantity(path) == quantity and verify(path).intact
    entry = _restore_entries(path)[-1]  # the log the damaged file held, as your own checkpoint signed it
    assert entry["previous_entries"] == genuine_entries and entry["previous_signed_by"] == checkpoint.own_public_key()


def test_a_forged_restore_entry_does_not_make_a_forged_backup_its_undo(sample_copy):
    path = sample_copy("el-salvador")
    quantity = _genuine_history(path)
    forged = _forge_backup(path)
    entries, head = _head(forged)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        last_hash, last_at = conn.execute("SELECT hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        _insert_entry(conn, last_hash, last_at, "restore", {
            "backup": "x.db", "backup_entries": entries, "previous_entries": entries, "previous_head": head,
            "previous_content_saved_as": os.path.basename(forged)})
        conn.execute("COMMIT")
    finally:
        conn.close()

    done = cli("restore", forged, "--workspace", path)
    assert done.returncode == 1 and "no checkpoint signed with your key vouches" in done.stderr, done.stderr
    done = cli("restore", "--workspace", path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["restored_from"] != forged
    assert _first_quantity(path) == quantity and verify(path).intact


def test_a_checkpoint_signed_with_another_key_neither_vouches_nor_names_the_log_a_damaged_file_held(sample_copy):
    import nacl.signing

    from desktop.core.store import checkpoint

    path = sample_copy("el-salvador")
    _genuine_history(path)
    forged = _forge_backup(path)
    insider = nacl.signing.SigningKey.generate()  # anyone can make a key pair
    conn = sqlite3.connect(forged)
    try:
        checkpoint.save(checkpoint.make(conn, path, key=insider), path)  # vouches for the forged head
    finally:
        conn.close()
    genuine_entries = _head(path)[0]
    conn = sqlite3.connect(path)  # and a longer log of this id, signed with the insider's key
    try:
        conn.execute("BEGIN")
        _insert_entry(conn, *conn.execute("SELECT hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone(),
                      "import", {"file": "more.csv"})
        checkpoint.save(checkpoint.make(conn, path, key=insider), path)
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    _damage(path)

    done = cli("restore", forged, "--workspace", path)
    assert done.returncode == 1 and "no checkpoint signed with your key vouches" in done.stderr, done.stderr
    done = cli("restore", "--workspace", path)
    assert done.returncode == 0, done.stderr
    entry = _restore_entries(path)[-1]
    assert entry["previous_entries"] == genuine_entries
    assert entry["previous_signed_by"] == checkpoint.own_public_key() and entry["previous_known_from"]


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


@pytest.mark.parametrize("where", ["before-restore backup", "entry", "restore entry written", "content in place",
                                   "checkpoints set aside"])
def test_a_restore_interrupted_anywhere_leaves_the_old_content_or_the_restored_one_with_its_entry(
        sample_copy, tmp_path, monkeypatch, where):
    from desktop.core.store import backup, checkpoint, restore
    from desktop.core.store.store import Writer

    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _import_price(path, tmp_path)
    assert cli("audit", "checkpoint", "--workspace", path).returncode == 0
    before, restored = _head(path), _head(taken)[0] + 1

    def after(owner, name):
        original = getattr(owner, name)

        def run(*args, **kwargs):
            original(*args, **kwargs)
            raise KeyboardInterrupt
        monkeypatch.setattr(owner, name, run)

    if where == "before-restore backup":
        after(backup, "save_current")
    elif where == "entry":  # the restore's entry being written (it used to go in after the content)
        log_event = Writer.log_event
        monkeypatch.setattr(Writer, "log_event", lambda self, action, *a, **k: _interrupt() if action == "restore"
                            else log_event(self, action, *a, **k))
    elif where == "restore entry written":
        after(restore, "_write_entry")
    elif where == "content in place":
        after(backup, "put_in_place")
    else:
        after(checkpoint, "set_aside_superseded")
    with pytest.raises(KeyboardInterrupt):
        restore.restore(path, taken)
    monkeypatch.undo()

    checked = verify(path)
    assert checked.intact, checked.problems
    if where == "content in place":
        assert _head(path)[0] == restored and _restore_entries(path)[-1]["backup"] == os.path.basename(taken)
    else:  # the old content, with the checkpoint of its head (set aside, not lost, if it stopped right after that)
        assert _head(path) == before
        kept = folder_of(path) / "superseded" if where == "checkpoints set aside" else folder_of(path)
        assert before[0] in [json.loads(f.read_text())["entries"] for f in kept.glob("*-checkpoint.json")]


def test_ctrl_c_while_the_restored_content_goes_in_is_ignored(sample_copy, tmp_path, monkeypatch):
    import signal

    from desktop.core.store import backup, restore

    path = sample_copy("el-salvador")
    taken = _backed_up(path)
    _import_price(path, tmp_path)
    put_in_place = backup.put_in_place

    def interrupted(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)
        put_in_place(*args, **kwargs)
    monkeypatch.setattr(backup, "put_in_place", interrupted)
    done = restore.restore(path, taken)
    assert done.checkpoint is not None and _restore_entries(path)[-1]["backup"] == os.path.basename(taken)
    assert verify(path).intact
