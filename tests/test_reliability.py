"""Reliability: kills at random moments, damaged files, two instances, backups, owner-only files."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import pytest
from conftest import PROJECT_ROOT, cli_command

from desktop.core.store import DamagedWorkspace, Store, StoreError, WorkspaceLocked
from desktop.core.store.backup import list_backups
from desktop.core.store.verify import verify
from desktop.core.workspace import Workspace

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*cli_command(), *args], capture_output=True, text=True)


# ---- killed at any moment ---------------------------------------------------------------------------------

def _ledger_csv(path, rows: int, wallet: str) -> None:
    with open(path, "w") as fh:
        fh.write("date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n")
        for i in range(rows):
            fh.write(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},purchase,{wallet},,BTC,0.001,60000,,,kill-{i},\n")


def _imported(path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM transactions WHERE reference LIKE 'kill-%'").fetchone()[0]
    finally:
        conn.close()


def test_sigkill_during_a_200k_row_import_never_leaves_half(tmp_path):
    rows = 200_000
    base = tmp_path / "base.db"
    Workspace.create(base, "empty").close()
    ws = Workspace.open(base)
    from desktop.core.domain import Wallet

    ws.add_wallet(Wallet(name="Cold", kind="cold"))
    ws.close()
    csv = tmp_path / "ledger.csv"
    _ledger_csv(csv, rows, "Cold")
    work = tmp_path / "w.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            (tmp_path / f"w.db{suffix}").unlink(missing_ok=True)
        work.write_bytes(base.read_bytes())
        work.chmod(0o600)

    fresh()
    started = time.perf_counter()
    done = cli("import", "transactions", str(csv), "--workspace", str(work))
    full = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert _imported(work) == rows
    rng = random.Random(20261127)
    outcomes = []
    for _ in range(20):
        fresh()
        process = subprocess.Popen([*cli_command(), "import", "transactions", str(csv), "--workspace", str(work)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, full * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        count = _imported(work)  # opens, and PRAGMA integrity_check is ok
        assert count in (0, rows), f"half an import: {count} rows"
        outcomes.append(count)
        assert verify(work).intact, verify(work).problems
        Workspace.open(work).close()  # opens in the app as well (recovering the WAL)
    assert outcomes.count(0) >= 5, outcomes  # the kills did land while the import was running


# ---- damaged files ------------------------------------------------------------------------------------------

def _damage(path, kind: str) -> None:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "garbage":
        path.write_bytes(random.Random(1).randbytes(len(data)))
    elif kind == "not sqlite":
        path.write_text("date,close\n2025-01-01,1\n")
    elif kind == "integrity":  # a b-tree page in the middle overwritten; the header still says SQLite
        page = 4096
        middle = (len(data) // page // 2) * page
        path.write_bytes(data[:middle] + bytes([0xA5]) * page + data[middle + page:])


@pytest.mark.parametrize("kind", ["truncated", "garbage", "not sqlite", "integrity"])
def test_damaged_files_are_refused_clearly_and_the_backup_offered(sample_copy, kind):
    path = sample_copy("el-salvador")
    Store(path).close()  # the day's first open takes a backup
    assert list_backups(path)
    _damage(path, kind)
    with pytest.raises(DamagedWorkspace) as caught:
        Store(path)
    assert path.name in str(caught.value) and "The latest backup is" in str(caught.value)
    done = cli("holdings", "--workspace", str(path))
    assert done.returncode == 1 and "Traceback" not in done.stderr and "restore" in done.stderr, done.stderr
    done = cli("restore", "--workspace", str(path))
    assert done.returncode == 0, done.stderr
    assert Workspace.open(path).holdings().total_btc == pytest.approx(7474.37)
    assert any(b.label == "damaged" or b.label == "before-restore" for b in list_backups(path))


def test_a_file_that_never_was_a_workspace(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("hello")
    with pytest.raises(StoreError, match="not a Reserve Desk workspace"):
        Store(path)


def test_the_window_offers_the_latest_backup(qtbot, sample_copy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.main_window import MainWindow

    path = sample_copy("el-salvador")
    Store(path).close()
    _damage(path, "truncated")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert window.open_or_offer(path)
    assert "The latest backup is" in asked[0]
    assert window.workspace.holdings().total_btc == pytest.approx(7474.37)


# ---- one writer ---------------------------------------------------------------------------------------------

HOLDER = """
import sys, time
from desktop.core.store import Store
store = Store(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(sample_copy):
    """Another process with the El Salvador sample open for writing."""
    path = sample_copy("el-salvador")
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                               cwd=PROJECT_ROOT)
    assert process.stdout.readline().strip() == "holding"
    yield path, process
    process.kill()
    process.wait()


@pytest.fixture
def held(holder):
    return holder[0]


def test_a_second_instance_gets_read_only_or_nothing(held, qtbot, monkeypatch):
    before = held.read_bytes()
    with pytest.raises(WorkspaceLocked, match=r"is open for writing by .* \(process \d+"):
        Store(held)
    ws = Workspace.open(held, read_only=True)
    try:
        assert ws.holdings().total_btc == pytest.approx(7474.37)
        with pytest.raises(StoreError, match="read-only"):
            ws.delete_policy(ws.policies[0].id)
    finally:
        ws.close()
    done = cli("wallets", "add", "Extra", "--workspace", str(held))
    assert done.returncode == 1 and "open for writing" in done.stderr
    done = cli("holdings", "--workspace", str(held), "--json")  # reading falls back to read-only
    assert done.returncode == 0 and json.loads(done.stdout)["total_btc"] == pytest.approx(7474.37)

    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    window = MainWindow(settings=None)
    qtbot.addWidget(window)
    assert window.open_or_offer(held)
    assert window.workspace.read_only and "(read-only)" in window.windowTitle()
    window.close()
    assert held.read_bytes() == before  # the reader changed nothing


def test_the_lock_is_released_when_the_holder_is_killed(holder):
    held, process = holder
    with pytest.raises(WorkspaceLocked):
        Store(held)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.time() + 10
    while True:
        try:
            Store(held).close()
            break
        except WorkspaceLocked:
            assert time.time() < deadline, "the lock outlived its holder"
            time.sleep(0.1)


# ---- backups ---------------------------------------------------------------------------------------------------

def test_backups_before_imports_daily_and_rotated(sample_copy, tmp_path):
    path = sample_copy("el-salvador")
    assert cli("backup", "--workspace", str(path), "--keep", "3").returncode == 0
    prices = tmp_path / "p.csv"
    for i in range(4):
        prices.write_text(f"date,close\n2026-0{i + 1}-15,{90_000 + i}\n")
        assert cli("import", "prices", str(prices), "--workspace", str(path)).returncode == 0
    found = list_backups(path)
    assert [b.label for b in found] == ["before-import"] * 3  # rotated to 3, newest first
    listed = json.loads(cli("backup", "--workspace", str(path), "--list").stdout)
    assert [b["file"] for b in listed] == [str(b.path) for b in found]
    # the newest was taken before the last import: it lacks that price
    conn = sqlite3.connect(found[0].path)
    assert conn.execute("SELECT count(*) FROM prices WHERE date = '2026-04-15'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM prices WHERE date = '2026-03-15'").fetchone()[0] == 1
    conn.close()
    assert cli("restore", str(found[0].path), "--workspace", str(path)).returncode == 0
    ws = Workspace.open(path)
    try:
        assert [p.date.isoformat() for p in ws.prices()][-1] == "2026-03-15"
    finally:
        ws.close()
    assert verify(path).intact


def test_restore_refuses_while_the_workspace_is_open(held):
    done = cli("restore", "--workspace", str(held))
    assert done.returncode == 1 and "open for writing" in done.stderr


# ---- privacy ------------------------------------------------------------------------------------------------------

@posix_only
def test_every_file_is_owner_only(sample_copy, tmp_path):
    path = tmp_path / "private.db"
    assert cli("init", str(path), "--sample", "el-salvador").returncode == 0
    prices = tmp_path / "p.csv"
    prices.write_text("date,close\n2026-01-15,90000\n")
    assert cli("import", "prices", str(prices), "--workspace", str(path)).returncode == 0
    ws = Workspace.open(path)  # holds -wal, -shm and the lock open
    try:
        files = [path, *tmp_path.glob("private.db-*"), tmp_path / "private.db.lock", *list_backups(path)]
        files = [f.path if hasattr(f, "path") else f for f in files]
        assert len(files) >= 5
        for f in files:
            assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f"{f.name} is readable by others"
        folder = path.parent / "private-backups"
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
    finally:
        ws.close()
