"""Issue 19, item 6: one file, one lock. Two names of one file (a hard link, a bind mount) cannot both write, a file
with hard links opens read-only, and a workspace on read-only media or in a read-only folder opens read-only with
the reason while every read command (and audit verify) works on it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, cli_command

from desktop.core.store import Store, StoreError, WorkspaceLocked, WorkspaceReadOnly, lock
from desktop.core.workspace import Workspace

posix_only = pytest.mark.skipif(os.name != "posix", reason="hard links, bind mounts and file modes as POSIX has them")

HOLDER = """
import sys, time
from desktop.core.store import Store
store = Store(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def cli(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *cli_command(), *args], capture_output=True, text=True)


def _ledger_csv(path: Path, reference: str) -> Path:
    path.write_text("date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n"
                    f"2025-03-0{len(reference) % 9 + 1},purchase,Treasury cold wallet,,BTC,1,90000,,,{reference},\n")
    return path


def _references(path: Path) -> set[str]:
    with Store(path, read_only=True) as store:
        return {r[0] for r in store.db.execute("SELECT reference FROM transactions WHERE reference IS NOT NULL")}


@pytest.fixture
def holder():
    """Another process holding a workspace open for writing: ``holder(path)``; killed at the end."""
    processes = []

    def hold(path: Path) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                                   cwd=PROJECT_ROOT)
        processes.append(process)
        assert process.stdout.readline().strip() == "holding"
        return process

    yield hold
    for process in processes:
        process.kill()
        process.wait()


# ---- two names of one file ---------------------------------------------------------------------------------------

@posix_only
def test_two_imports_through_two_names_of_one_file_lose_nothing(sample_copy, tmp_path):
    """The attack: the workspace under two names (a hard link), an import through each at once. Both reported
    success and one was silently lost; now neither name writes, each says why, and nothing changes."""
    first = sample_copy("el-salvador")
    second = tmp_path / "other-name.db"
    os.link(first, second)
    before = first.read_bytes()
    names = {"through-first": first, "through-second": second}
    runs = {ref: subprocess.Popen([*cli_command(), "import", "transactions", str(_ledger_csv(tmp_path / f"{ref}.csv", ref)),
                                   "--workspace", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for ref, path in names.items()}
    done = [(ref, run.wait(timeout=120), run.stderr.read()) for ref, run in runs.items()]
    stored = _references(first)
    for ref, code, stderr in done:
        assert code != 0 or ref in stored, f"the import {ref} reported success and is not in the workspace"
        assert code == 1 and "hard links" in stderr and "internal error" not in stderr, stderr
    assert first.read_bytes() == before


@posix_only
def test_a_file_with_hard_links_opens_read_only_with_the_reason(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    os.link(path, tmp_path / "alias.db")
    with pytest.raises(WorkspaceReadOnly, match=r"el-salvador.db can only be read: it has 2 names on disk \(hard links\)"):
        Store(path)
    ws = Workspace.open(path, read_only=True)
    try:
        assert ws.holdings().total_btc == pytest.approx(7474.37)
        assert "hard links" in ws.store.read_only_reason
        with pytest.raises(StoreError, match=r"is open read-only, nothing was changed: it has 2 names"):
            ws.delete_policy(ws.policies[0].id)
    finally:
        ws.close()
    done = cli("holdings", "--workspace", str(tmp_path / "alias.db"), "--json")  # reading falls back to read-only
    assert done.returncode == 0 and json.loads(done.stdout)["total_btc"] == pytest.approx(7474.37)
    done = cli("wallets", "add", "Extra", "--workspace", str(path))
    assert done.returncode == 1 and "hard links" in done.stderr and "internal error" not in done.stderr
    os.unlink(tmp_path / "alias.db")  # one name again: it writes
    Store(path).close()


@posix_only
def test_the_lock_follows_the_file_not_its_name(sample_copy, tmp_path, holder, monkeypatch):
    """A second name that does not show as a hard link (a bind mount, a mapped drive) meets the same lock: the
    hard-link rule is switched off here so that only the lock stands between the two names."""
    path = sample_copy("el-salvador")
    process = holder(path)  # opened for writing before the second name existed
    os.link(path, tmp_path / "alias.db")
    monkeypatch.setattr(lock, "write_refusal", lambda _path: None)
    with pytest.raises(WorkspaceLocked, match=rf"alias.db is open for writing by .* \(process {process.pid} on .*\) "
                                              rf"as {path}"):
        Store(tmp_path / "alias.db")
    process.kill()
    process.wait()
    with Store(path) as store, store.reopen(), \
            pytest.raises(WorkspaceLocked, match=rf"open for writing in this program as {path}"):  # workers join
        Store(tmp_path / "alias.db")
    Store(tmp_path / "alias.db").close()  # released: the other name may write now


def test_without_file_numbers_two_workspaces_are_not_one(sample_copy, monkeypatch):
    """Some network shares number every file 0: each file then has the lock beside it alone, not one for all."""
    monkeypatch.setattr(lock, "identity", lambda _path: (7, 0))
    first, second = sample_copy("el-salvador"), sample_copy("pakistan")
    with Store(first), Store(second):
        done = cli("wallets", "add", "Extra", "--workspace", str(first))  # the lock beside it still holds
        assert done.returncode == 1 and "open for writing" in done.stderr


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _bind(source: Path, target: Path, *, read_only: bool) -> bool:
    """Mount ``source`` again at ``target`` (root only): a second name of every file in it, or a read-only view."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    target.mkdir()
    if not _mount("--bind", str(source), str(target)):
        return False
    if read_only and not _mount("-o", "remount,ro,bind", str(target)):
        subprocess.run(["umount", str(target)], capture_output=True)
        return False
    return True


@pytest.fixture
def bind(tmp_path):
    """``bind(source, read_only)``: source's folder mounted again (root with mount rights), skipped otherwise."""
    mounted = []

    def make(source: Path, read_only: bool) -> Path:
        target = tmp_path / f"mount{len(mounted)}"
        if not _bind(source, target, read_only=read_only):
            pytest.skip("needs root with the right to mount (a bind mount)")
        mounted.append(target)
        return target

    yield make
    for target in mounted:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def test_a_bind_mounted_second_name_meets_the_lock(sample_copy, tmp_path, holder, bind):
    path = sample_copy("el-salvador")
    alias = bind(path.parent, read_only=False) / path.name
    assert os.stat(alias).st_nlink == 1 and alias.resolve() != path.resolve()
    process = holder(path)
    with pytest.raises(WorkspaceLocked, match=rf"process {process.pid} .* as {path}"):
        Store(alias)
    done = cli("wallets", "add", "Extra", "--workspace", str(alias))
    assert done.returncode == 1 and "open for writing" in done.stderr


# ---- read-only media and folders -----------------------------------------------------------------------------------

def _no_dac_override() -> tuple[str, ...]:
    """A prefix that runs a command without the power to ignore file modes (root has it: chmod stops no write)."""
    if os.name != "posix" or os.geteuid() != 0:
        return ()
    prefix = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--inh-caps=-all", "--")
    if shutil.which("setpriv") and subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
        return prefix
    pytest.skip("runs as root, where chmod stops no write, and setpriv cannot drop that power")


def _check_reads_work_and_writes_refused(path: Path, tmp_path: Path, reason: str, prefix: tuple[str, ...] = ()) -> None:
    before = path.read_bytes()
    done = cli("audit", "verify", "--workspace", str(path), prefix=prefix)
    assert done.returncode == 0 and json.loads(done.stdout)["intact"], done.stderr
    for command in (("holdings", "--json"), ("imf", "position"), ("adequacy",), ("report", "--out", str(tmp_path / "r.pdf")),
                    ("export", "transactions", str(tmp_path / "t.csv"))):
        done = cli(*command, "--workspace", str(path), prefix=prefix)
        assert done.returncode == 0, (command, done.stderr)
    for command in (("wallets", "add", "Extra"), ("import", "transactions", str(_ledger_csv(tmp_path / "l.csv", "x"))),
                    ("backup",)):
        done = cli(*command, "--workspace", str(path), prefix=prefix)
        assert done.returncode == 1 and reason in done.stderr and "internal error" not in done.stderr, (command, done.stderr)
    assert path.read_bytes() == before
    assert not [s for s in ("-wal", "-shm", ".lock") if path.with_name(path.name + s).exists()]  # nothing beside it


def _wal_workspace(sample_copy, folder: Path) -> Path:
    """A WAL workspace alone in ``folder``: no -wal, -shm or lock file beside it."""
    folder.mkdir()
    path = folder / "ws.db"
    shutil.move(sample_copy("el-salvador"), path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()  # the last connection: its -wal and -shm files are gone again
    assert [p.name for p in folder.iterdir()] == ["ws.db"]
    return path


def test_a_workspace_on_read_only_media(sample_copy, tmp_path, bind):
    path = bind(_wal_workspace(sample_copy, tmp_path / "src").parent, read_only=True) / "ws.db"
    with pytest.raises(WorkspaceReadOnly, match="ws.db can only be read: it is on read-only media"):
        Store(path)
    with Store(path, read_only=True) as store:
        assert store.transaction_count() == 1121 and "read-only media" in store.read_only_reason
    _check_reads_work_and_writes_refused(path, tmp_path, "it is on read-only media")


@posix_only
def test_a_workspace_in_a_read_only_folder(sample_copy, tmp_path):
    prefix = _no_dac_override()
    path = _wal_workspace(sample_copy, tmp_path / "ro")
    path.parent.chmod(0o555)
    try:
        _check_reads_work_and_writes_refused(path, tmp_path, "its folder cannot be written", prefix)
    finally:
        path.parent.chmod(0o755)


@posix_only
def test_a_read_only_file_leaves_nothing_that_stops_a_later_writer(sample_copy, tmp_path):
    """SQLite beside a read-only file made a read-only -shm, and the next writer then failed with an internal error."""
    prefix = _no_dac_override()
    path = _wal_workspace(sample_copy, tmp_path / "f")
    path.chmod(0o400)
    _check_reads_work_and_writes_refused(path, tmp_path, "the file is read-only", prefix)
    path.chmod(0o600)
    done = cli("wallets", "add", "Extra", "--workspace", str(path), prefix=prefix)
    assert done.returncode == 0, done.stderr


def test_changes_left_in_a_wal_file_on_read_only_media_are_read_or_the_reason_given(tmp_path, bind):
    """Opening as immutable would skip the -wal file: with content in it, the plain read-only open reads it (with
    its -shm), and without the -shm the message says what to do."""
    source = tmp_path / "src"
    source.mkdir()
    writer = sqlite3.connect(source / "a.db")
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    for suffix in ("", "-wal", "-shm"):  # copies taken while it is open: the table only in their -wal files
        shutil.copyfile(source / f"a.db{suffix}", source / f"with-shm.db{suffix}")
        if suffix != "-shm":
            shutil.copyfile(source / f"a.db{suffix}", source / f"without-shm.db{suffix}")
    writer.close()
    media = bind(source, read_only=True)
    conn = sqlite3.connect(lock.read_only_uri(media / "with-shm.db"), uri=True)
    assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]
    conn.close()
    with pytest.raises(StoreError, match="without-shm.db-wal beside it holds changes .* without-shm.db-shm, which is "
                                         "missing"):
        Store(media / "without-shm.db", read_only=True)


# ---- the window --------------------------------------------------------------------------------------------------

def _window(qtbot, monkeypatch, answer=None):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.main_window import MainWindow

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    return window, asked


@posix_only
def test_the_window_opens_a_hard_linked_file_read_only_with_a_banner(sample_copy, tmp_path, qtbot, monkeypatch):
    path = sample_copy("el-salvador")
    window, asked = _window(qtbot, monkeypatch)
    assert window.open_or_offer(path)
    window.show()
    assert not window.read_only_banner.isVisible()
    os.link(path, tmp_path / "alias.db")
    assert window.open_or_offer(tmp_path / "alias.db") and not asked  # nothing to decide: it can only be read
    assert window.workspace.read_only and "(read-only)" in window.windowTitle()
    assert window.read_only_banner.isVisible()
    text = window.read_only_banner.text()
    assert "alias.db is open read-only, changes cannot be saved: it has 2 names on disk (hard links)" in text
    window.close()


def test_the_window_says_why_on_read_only_media_and_when_held_elsewhere(sample_copy, tmp_path, qtbot, monkeypatch,
                                                                         holder, bind):
    from PySide6.QtWidgets import QMessageBox

    path = bind(_wal_workspace(sample_copy, tmp_path / "src").parent, read_only=True) / "ws.db"
    window, asked = _window(qtbot, monkeypatch, QMessageBox.StandardButton.Open)
    assert window.open_or_offer(path) and not asked
    window.show()
    assert window.workspace.read_only and window.read_only_banner.isVisible()
    assert "changes cannot be saved: it is on read-only media" in window.read_only_banner.text()
    assert window.read_only_banner.height() < 80  # a line or two at 1366x768, not a wall
    held = sample_copy("pakistan")
    process = holder(held)
    assert window.open_or_offer(held) and asked  # held elsewhere: asked first, then opened read-only
    assert f"it is open for writing by {lock._user()} (process {process.pid}" in window.read_only_banner.text()
    window.close()
