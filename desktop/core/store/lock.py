"""One writer per workspace: an exclusive OS lock on ``<file>.lock`` while a process has it open for writing.

The OS drops the lock when the process ends, however it ends (a crash or SIGKILL included), so a stale lock
file never blocks anyone. Within one process the lock is shared: worker threads open their own connections
to the workspace the window holds.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
from pathlib import Path

from .store_errors import StoreError

_HELD: dict[Path, list] = {}  # path -> [fd, connections]
_GUARD = threading.Lock()


class WorkspaceLocked(StoreError):
    """Another process has the workspace open for writing."""


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder(lock_path: Path) -> str:
    try:
        info = json.loads(lock_path.read_text(encoding="utf-8"))
        return f"by {info['user']} (process {info['pid']} on {info['host']})"
    except (OSError, ValueError, KeyError):
        return "by another program"


def acquire(workspace: Path) -> bool:
    """Take the lock (or join this process's hold on it); True for the first holder in this process."""
    with _GUARD:
        held = _HELD.get(workspace)
        if held:
            held[1] += 1
            return False
        lock_path = workspace.with_name(f"{workspace.name}.lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise WorkspaceLocked(f"{workspace.name} is open for writing {_holder(lock_path)}; open it read-only, "
                                  "or close it there first")
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "user": _user(), "host": socket.gethostname()}).encode())
        _HELD[workspace] = [fd, 1]
        return True


def release(workspace: Path) -> None:
    with _GUARD:
        held = _HELD.get(workspace)
        if not held:
            return
        held[1] -= 1
        if held[1] == 0:
            os.close(held[0])  # closing the descriptor releases the OS lock
            del _HELD[workspace]


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some services and containers
        return "unknown"
