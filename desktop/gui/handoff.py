"""A second double-click on an open workspace shows the window that has it, instead of finding it locked.

The window holding a workspace listens on a local channel named from the file's identity, its device and inode as
its lock is, so every name of the file meets the one channel: a Unix socket in this account's owner-only folder of
locks (``lock.lock_folder``), a named pipe on Windows; never the network. It is the standard library's
``multiprocessing.connection`` (Qt's local sockets live in QtNetwork, which the frozen app leaves out). A new process
given that file asks it to show itself and ends. The request is one message, ``show <identity>``, the answer
``shown``; a window acts on nothing else, reads at most ``MAX_REQUEST`` bytes, and gives a client ``TIMEOUT_S``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import threading
from multiprocessing.connection import Client, Connection
from multiprocessing.connection import Listener as _ChannelListener
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from ..core.store import lock
from ..core.store.audit import os_user

PROBE_ENV = "RESERVE_DESK_HANDOFF_PROBE"  # set: say on stdout when listening and when asked to show, then quit
TIMEOUT_S = 1.0  # a window that does not answer within this is hung: the new process opens the file itself
MAX_REQUEST = 256
SHOWN = b"shown"
_MAX_SOCKET_PATH = 100  # a Unix socket's path must fit in sun_path: 104 bytes on macOS, 108 on Linux
_FAMILY = "AF_PIPE" if os.name == "nt" else "AF_UNIX"


def _identity(path: Path) -> str:
    device, inode = lock.identity(path)
    if not inode:  # a file system without file numbers (some network shares): its resolved name instead
        return hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:32]
    return f"{device:x}-{inode:x}"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "_", text) or "_"


def channel(path: Path) -> str:
    """The address of the window that has ``path`` open: this account's, on this machine (the host is in the name
    because a home folder shared by several machines must not mix up their disks' inodes)."""
    host, key = _safe(socket.gethostname()), _identity(path)
    if os.name == "nt":  # a named pipe: one namespace for the machine, so the account is in its name
        return rf"\\.\pipe\reserve-desk-{_safe(os_user())}-{key}"
    full = lock.lock_folder() / f"{host}-{key}.show"
    if len(os.fsencode(full)) > _MAX_SOCKET_PATH:  # a deep home folder: the account's runtime or temporary folder
        full = Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp") / f"reserve-desk-{os.getuid()}-{host}-{key}.show"
    return str(full)


def _request(path: Path) -> bytes:
    return f"show {_identity(path)}".encode()


def _ask(address: str, request: bytes) -> bytes | None:
    """Send ``request`` to ``address``; its answer, or None when nothing listens or it does not answer in time."""
    try:
        with Client(address, family=_FAMILY) as conn:
            conn.send_bytes(request)
            if not conn.poll(TIMEOUT_S):
                return None
            return conn.recv_bytes(MAX_REQUEST)
    except (OSError, EOFError):  # nothing listens (a crashed window's socket file refuses at once)
        return None


def _listens(address: str) -> bool:
    """Whether a window listens on ``address`` (a crashed one's socket file refuses at once)."""
    try:
        Client(address, family=_FAMILY).close()
    except OSError:
        return False
    return True


def show_elsewhere(path: Path) -> bool:
    """Ask the window that has ``path`` open to show itself; True once it answered that it did. False when no window
    listens for it, or none answers within TIMEOUT_S (the caller then opens the file itself)."""
    try:
        address, request = channel(path), _request(path)
    except OSError:  # no such file: opening it says so
        return False
    return _ask(address, request) == SHOWN


class Listener(QObject):
    """Listens for the workspace its window has open, and shows the window when a new process asks.

    Requests are accepted on a daemon thread, which answers them and hands the showing to the GUI thread by a queued
    signal: it touches no widget and makes no Qt object."""

    asked = Signal(str)  # the path whose window was asked for

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self._channel: _ChannelListener | None = None
        self._stop = threading.Event()
        self.asked.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def listening(self) -> bool:
        return self._channel is not None

    def follow(self, path: Path | None) -> None:
        """Listen for ``path``, the workspace the window has just opened; for nothing once it closes (None). A
        window that cannot listen still works: a second open of its file then finds it locked, as before."""
        self._close()
        if path is None:
            return
        try:
            address, request = channel(path), _request(path)
            if _FAMILY == "AF_UNIX":
                folder = Path(address).parent
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                if _listens(address):  # another window answers for it already (and writes it)
                    return
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(address)  # a crashed window's socket file: binding refuses a name in use
            listener = _ChannelListener(address, family=_FAMILY)
        except OSError:
            return
        self._channel, self.path, self._stop = listener, path, threading.Event()
        threading.Thread(target=self._serve, args=(listener, request, str(path), self._stop), daemon=True,
                         name="reserve-desk handoff").start()
        if os.environ.get(PROBE_ENV):
            print(f"handoff listening {path}", flush=True)

    def _serve(self, listener: _ChannelListener, request: bytes, path: str, stop: threading.Event) -> None:
        """The accepting thread: one client at a time, each given TIMEOUT_S for its one short message."""
        while not stop.is_set():
            try:
                conn = listener.accept()
            except OSError:  # closed
                return
            with conn:
                if not stop.is_set() and self._answer(conn, request):
                    self.asked.emit(path)

    @staticmethod
    def _answer(conn: Connection, request: bytes) -> bool:
        try:
            if not conn.poll(TIMEOUT_S):
                return False
            if conn.recv_bytes(MAX_REQUEST) != request:  # a longer message is refused before it is read
                return False
            conn.send_bytes(SHOWN)
        except (OSError, EOFError):
            return False
        return True

    def _close(self) -> None:
        listener, self._channel, self.path = self._channel, None, None
        if listener is None:
            return
        self._stop.set()
        with contextlib.suppress(OSError, EOFError), Client(listener.address, family=_FAMILY):
            pass  # wakes the accepting thread, which sees the stop and ends
        listener.close()  # removes its socket file

    def _show(self, path: str) -> None:
        if self.path is None or str(self.path) != path:  # asked just before the window opened another file
            return
        window = self.window
        window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()
        window.statusBar().showMessage(self.tr("{file} is already open in this window.").format(
            file=self.path.name), 10000)
        if os.environ.get(PROBE_ENV):
            print(f"handoff shown {self.path}", flush=True)
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, QApplication.quit)
