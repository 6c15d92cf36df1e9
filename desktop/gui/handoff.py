"""A second double-click on an open workspace shows the window that has it, instead of finding it locked.

The window holding a workspace listens on a local channel named from the file's identity, its device and inode as
its lock is, so every name of the file meets the one channel: a Unix socket in this account's owner-only folder of
locks (``lock.lock_folder``), a named pipe on Windows; never the network. It is the standard library's
``multiprocessing.connection`` (Qt's local sockets live in QtNetwork, which the frozen app leaves out). A new process
given that file asks it to show itself and ends. The request is one message, ``show <identity>``, the answer
``shown``; a window acts on nothing else, reads at most ``MAX_REQUEST`` bytes, and gives a client ``TIMEOUT_S``
for it (a client that sends half a message is dropped, not waited for). A new process waits no longer than that on
a window either, even a hung one whose queue of connections is full.

The first process given a file binds its channel before it opens the file (``show_elsewhere``), and its window takes
that channel over: two double-clicks at once give one window, never a locked error for the second.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import stat
import struct
import tempfile
import threading
from collections.abc import Callable
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
_BACKLOG = 8  # connections waiting while one is answered (multiprocessing's default of 1 made the third connect wait)


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
    name = f"{host}-{key}.show"
    full = lock.lock_folder() / name
    if len(os.fsencode(full)) > _MAX_SOCKET_PATH:  # a deep home folder, a long host name: a shorter name, same key
        name = hashlib.sha256(name.encode()).hexdigest()[:24] + ".show"
        full = lock.lock_folder() / name
    if len(os.fsencode(full)) > _MAX_SOCKET_PATH:
        full = _private_temporary_folder() / name
    return str(full)


def _private_temporary_folder() -> Path:
    """This account's own folder in the temporary folder. The temporary folder itself is everyone's: another account
    could bind a socket of the expected name there first and answer for our windows."""
    folder = Path(tempfile.gettempdir()) / f"reserve-desk-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise PermissionError(f"{folder} is not this account's own folder")
    return folder


def _wait_at_most(conn: Connection) -> None:
    """Reads and writes on ``conn`` give up after TIMEOUT_S: a message's rest that never comes ends in an OSError
    instead of waiting for ever (poll only says that its first byte came)."""
    if _FAMILY != "AF_UNIX":  # a named pipe's message arrives whole
        return
    timeout = struct.pack("ll", int(TIMEOUT_S), int(TIMEOUT_S % 1 * 1e6))
    with socket.socket(fileno=os.dup(conn.fileno())) as same:
        for option in (socket.SO_RCVTIMEO, socket.SO_SNDTIMEO):
            same.setsockopt(socket.SOL_SOCKET, option, timeout)


def _connect(address: str) -> Connection:
    """A connection to ``address``, or an OSError within TIMEOUT_S: ConnectionRefusedError or FileNotFoundError when
    nothing listens there, another OSError when a window listens but does not take it (hung)."""
    if _FAMILY != "AF_UNIX":
        return Client(address, family=_FAMILY)  # waits at most a second for a busy pipe
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(TIMEOUT_S)  # a full queue: BlockingIOError at once, or a timeout
        sock.connect(address)
        sock.setblocking(True)
        conn = Connection(sock.detach())
    _wait_at_most(conn)
    return conn


def _request(path: Path) -> bytes:
    return f"show {_identity(path)}".encode()


def _ask(address: str, request: bytes) -> bytes | None:
    """Send ``request`` to ``address``; its answer, or None when nothing listens or it does not answer in time."""
    try:
        with _connect(address) as conn:
            conn.send_bytes(request)
            if not conn.poll(TIMEOUT_S):
                return None
            return conn.recv_bytes(MAX_REQUEST)
    except (OSError, EOFError):  # nothing listens (a crashed window's socket file refuses at once)
        return None


def _listens(address: str) -> bool:
    """Whether a process listens on ``address``: a crashed window's socket file refuses at once; a hung window's does
    not, and it keeps its name."""
    try:
        _connect(address).close()
    except (ConnectionRefusedError, FileNotFoundError):
        return False
    except OSError:
        return True
    return True


class _Channel:
    """A bound channel and the thread that accepts on it, answering each request for its file. Requests are handed
    to ``deliver_to``'s callback; one that comes before a window took the channel over (its process is still opening
    the file) is kept for it."""

    def __init__(self, listener: _ChannelListener, request: bytes, path: str):
        self.listener, self.request, self.path = listener, request, path
        self.stop = threading.Event()
        self._guard = threading.Lock()
        self._deliver: Callable[[str], None] | None = None
        self._pending = False
        threading.Thread(target=self._serve, daemon=True, name="reserve-desk handoff").start()

    def deliver_to(self, callback: Callable[[str], None], path: str) -> None:
        with self._guard:
            self._deliver, self.path = callback, path
            pending, self._pending = self._pending, False
        if pending:
            callback(path)

    def _serve(self) -> None:
        """The accepting thread: one client at a time, each given TIMEOUT_S for its one short message."""
        while not self.stop.is_set():
            try:
                conn = self.listener.accept()
            except OSError:  # closed
                return
            with conn:
                if self.stop.is_set() or not _answer(conn, self.request):
                    continue
            with self._guard:
                deliver, path = self._deliver, self.path
                self._pending = deliver is None
            if deliver is not None and not self.stop.is_set():
                deliver(path)

    def close(self) -> None:
        self.stop.set()
        with contextlib.suppress(OSError, EOFError):
            _connect(self.listener.address).close()  # wakes the accepting thread, which sees the stop and ends
        self.listener.close()  # removes its socket file


def _answer(conn: Connection, request: bytes) -> bool:
    try:
        _wait_at_most(conn)
        if not conn.poll(TIMEOUT_S):
            return False
        if conn.recv_bytes(MAX_REQUEST) != request:  # a longer message is refused before it is read
            return False
        conn.send_bytes(SHOWN)
    except (OSError, EOFError):
        return False
    return True


@contextlib.contextmanager
def _one_claim_at_a_time(address: str):
    """Two processes that found no window must not both remove a crashed window's socket file and bind: the second
    would remove the first one's live socket."""
    if _FAMILY != "AF_UNIX":  # a pipe's first instance is exclusive by itself
        yield
        return
    import fcntl

    fd = os.open(f"{address}.lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _claim(address: str, request: bytes, path: str) -> _Channel | None:
    """Bind ``address`` and answer on it; None when a window listens there already."""
    if _FAMILY == "AF_UNIX":
        Path(address).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _one_claim_at_a_time(address):
        if _listens(address):
            return None
        if _FAMILY == "AF_UNIX":
            with contextlib.suppress(FileNotFoundError):
                os.unlink(address)  # a crashed window's socket file: binding refuses a name in use
        try:
            listener = _ChannelListener(address, family=_FAMILY, backlog=_BACKLOG)
        except PermissionError:  # Windows: another process has the pipe's first instance
            if _FAMILY == "AF_UNIX":
                raise
            return None
    return _Channel(listener, request, path)


_CLAIMED: dict[str, _Channel] = {}  # bound by show_elsewhere before this process opened the file, for its window


def show_elsewhere(path: Path) -> bool:
    """Ask the window that has ``path`` open to show itself; True once it answered that it did. False when no window
    listens for it, or none answers within TIMEOUT_S: the caller then opens the file itself, and its window takes
    over the channel bound here, so that a second process started at the same moment finds it."""
    try:
        address, request = channel(path), _request(path)
        if _ask(address, request) == SHOWN:
            return True
        claimed = _claim(address, request, str(path))
    except OSError:  # no such file (opening it says so), or no channel can be had
        return False
    if claimed is None:  # another process bound it in between: it is opening the file
        return _ask(address, request) == SHOWN
    earlier = _CLAIMED.pop(address, None)
    if earlier is not None:
        earlier.close()
    _CLAIMED[address] = claimed
    return False


class Listener(QObject):
    """Listens for the workspace its window has open, and shows the window when a new process asks.

    Requests are accepted on a daemon thread, which answers them and hands the showing to the GUI thread by a queued
    signal: it touches no widget and makes no Qt object."""

    asked = Signal(str)  # the path whose window was asked for

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self._channel: _Channel | None = None
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
            # this process bound it before opening the file; else another window may answer for it already
            bound = _CLAIMED.pop(address, None) or _claim(address, request, str(path))
        except OSError:
            return
        if bound is None:
            return
        self._channel, self.path = bound, path
        bound.deliver_to(self.asked.emit, str(path))
        if os.environ.get(PROBE_ENV):
            print(f"handoff listening {path}", flush=True)

    def _close(self) -> None:
        bound, self._channel, self.path = self._channel, None, None
        if bound is not None:
            bound.close()

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
