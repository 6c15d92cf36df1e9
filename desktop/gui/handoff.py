"""A second double-click on an open workspace shows the window that has it, instead of finding it locked.

The window holding a workspace listens on a local socket (QLocalServer: a Unix socket, a named pipe on Windows, never
the network) named from the file's identity, its device and inode as its lock is, so every name of the file meets
the one socket. On Unix the socket lives in this account's owner-only folder of locks (``lock.lock_folder``). A new
process given that file asks it to show itself and ends. The request is one line, ``show <identity>``, the answer
``shown``; a window acts on nothing else, and reads at most ``MAX_LINE`` bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

from ..core.store import lock
from ..core.store.audit import os_user

PROBE_ENV = "RESERVE_DESK_HANDOFF_PROBE"  # set: say on stdout when listening and when asked to show, then quit
TIMEOUT_MS = 1000  # a window that does not answer within this is hung: the new process opens the file itself
MAX_LINE = 256
SHOWN = b"shown\n"
_MAX_SOCKET_PATH = 100  # a Unix socket's path must fit in sun_path: 104 bytes on macOS, 108 on Linux


def _identity(path: Path) -> str:
    device, inode = lock.identity(path)
    if not inode:  # a file system without file numbers (some network shares): its resolved name instead
        return hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:32]
    return f"{device:x}-{inode:x}"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "_", text) or "_"


def server_name(path: Path) -> str:
    """The socket of the window that has ``path`` open: this account's, on this machine (the host is in the name
    because a home folder shared by several machines must not mix up their disks' inodes)."""
    host, key = _safe(socket.gethostname()), _identity(path)
    if os.name == "nt":  # a named pipe: one namespace for the machine, so the account is in its name
        return f"reserve-desk-{_safe(os_user())}-{key}"
    full = lock.lock_folder() / f"{host}-{key}.show"
    if len(os.fsencode(full)) <= _MAX_SOCKET_PATH:
        return str(full)
    return f"reserve-desk-{os.getuid()}-{host}-{key}"  # Qt puts a plain name in the temporary folder


def _request(path: Path) -> bytes:
    return f"show {_identity(path)}\n".encode()


def show_elsewhere(path: Path) -> bool:
    """Ask the window that has ``path`` open to show itself; True once it answered that it did. False when no window
    listens for it, or none answers within TIMEOUT_MS (the caller then opens the file itself)."""
    try:
        name, request = server_name(path), _request(path)
    except OSError:  # no such file: opening it says so
        return False
    client = QLocalSocket()
    client.connectToServer(name)
    try:
        if not client.waitForConnected(TIMEOUT_MS):
            return False
        client.write(request)
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        answer = b""
        while not answer.endswith(b"\n") and len(answer) < len(SHOWN):
            left_ms = int((deadline - time.monotonic()) * 1000)
            if not client.bytesAvailable() and (left_ms <= 0 or not client.waitForReadyRead(left_ms)):
                break
            answer += bytes(client.read(len(SHOWN) - len(answer)))
        return answer == SHOWN
    finally:
        client.abort()


def _answers(name: str) -> bool:
    """Whether a window listens on ``name`` (a crashed one's socket file refuses at once)."""
    probe = QLocalSocket()
    probe.connectToServer(name)
    try:
        return probe.waitForConnected(TIMEOUT_MS)
    finally:
        probe.abort()


class Listener(QObject):
    """Listens for the workspace its window has open, and shows the window when a new process asks."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.server: QLocalServer | None = None
        self.path: Path | None = None
        self._request = b""

    def follow(self, path: Path | None) -> None:
        """Listen for ``path``, the workspace the window has just opened; for nothing once it closes (None). A
        window that cannot listen still works: a second open of its file then finds it locked, as before."""
        if self.server is not None:
            self.server.close()  # removes its socket file
            self.server.deleteLater()
            self.server = None
        self.path = None
        if path is None:
            return
        try:
            name, self._request = server_name(path), _request(path)
            folder = Path(name).parent
            if folder.is_absolute():  # ours, owner-only: a socket's name tells which file is open
                folder.parent.parent.mkdir(parents=True, exist_ok=True)
                for made in (folder.parent, folder):
                    made.mkdir(exist_ok=True, mode=0o700)
        except OSError:
            return
        if _answers(name):  # another window shows it already (it writes it; this one only reads it)
            return
        QLocalServer.removeServer(name)  # a crashed window's socket file: listen refuses a name in use
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            server.deleteLater()
            return
        server.newConnection.connect(self._accept)
        self.server, self.path = server, path
        if os.environ.get(PROBE_ENV):
            print(f"handoff listening {path}", flush=True)

    def _accept(self) -> None:
        while self.server is not None and (client := self.server.nextPendingConnection()) is not None:
            client.setReadBufferSize(MAX_LINE)
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(client.deleteLater)
            QTimer.singleShot(TIMEOUT_MS, client, client.abort)  # a client that never finishes its line

    def _read(self, client: QLocalSocket) -> None:
        if not client.canReadLine():
            if client.bytesAvailable() >= MAX_LINE:
                client.abort()
            return
        if bytes(client.readLine(MAX_LINE)) == self._request and self.path is not None:
            client.write(SHOWN)
            self._show()
        client.disconnectFromServer()

    def _show(self) -> None:
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
