"""One writer per workspace file, whatever name it is opened by; and which files must not be written at all.

Writing takes two exclusive OS locks (flock, or msvcrt on Windows), held while the workspace is open. The OS drops
them when the process ends, however it ends (a crash or SIGKILL included), so a stale lock file never blocks anyone:

- the identity lock, a file named from the workspace's device and inode (on Windows the volume serial number and
  file index) in a per-user folder of this machine: every name of the file (a hard link, a bind mount, a mapped
  drive) meets the same lock. A lock named from the path let two names of one file be written at once, and one
  import was silently lost.
- the name lock, ``<file>.lock`` beside the file: another machine opening it from a shared folder has its own
  per-user folder, and only a lock beside the file reaches it.

Locking the workspace file itself would need one lock, not two, but SQLite holds POSIX locks on that file: a POSIX
lock of ours is dropped when any connection of the process closes the file, flock conflicts with SQLite's locks on
macOS, and a Windows byte lock blocks SQLite's own reads of that byte.

Within one process the hold is shared by name: worker threads open their own connections to the workspace the
window holds. The same file under another name is refused there too.

A file with more than one hard link, or one that cannot be written where it is (read-only media, a read-only folder
or file), is never opened for writing: ``write_refusal`` says why, and it opens read-only.
"""

from __future__ import annotations

import errno
import json
import os
import re
import socket
import stat
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate
from .audit import os_user
from .store_errors import StoreError

WRITER_ELSEWHERE = QT_TRANSLATE_NOOP("lock", "another Reserve Desk has it open for writing")  # translated when said
_WRITE_PROTECTED = 19  # Windows' ERROR_WRITE_PROTECT: read-only media


class WorkspaceReadOnly(StoreError):
    """The workspace can be read but not written here; ``reason`` says why, for a banner and for refused changes."""

    def __init__(self, path: Path, reason: str, message: str | None = None):
        super().__init__(message or translate("lock", "{file} can only be read: {reason}").format(file=path.name,
                                                                                                 reason=reason))
        self.reason = reason


class WorkspaceLocked(WorkspaceReadOnly):
    """Another process (or this one, under another name) has the workspace open for writing."""


@dataclass
class _Hold:
    path: Path  # the name this process holds it by
    fds: list[int]
    count: int = 1


_HELD: dict[tuple[int, int | str], _Hold] = {}  # the file's identity -> this process's hold on it
_GUARD = threading.Lock()


def identity(path: Path) -> tuple[int, int]:
    """(device, inode): the same for every name of one file."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


def write_refusal(path: Path) -> str | None:
    """Why ``path`` must not be opened for writing, in words for the user; None when it may be."""
    links = os.stat(path).st_nlink
    if links > 1:  # SQLite keeps its -wal journal by name: each name would journal apart, and a restore renames one
        return translate("lock", "it has {count} names on disk (hard links), and a change through one name could be "
                                 "lost through another; delete the other names to change it").format(count=links)
    if _read_only_media(path.parent):
        return _on_read_only_media()
    if not os.access(path.parent, os.W_OK):  # SQLite creates its -wal and -shm files beside the workspace
        return _folder_not_writable()
    if not os.access(path, os.W_OK):
        return translate("lock", "the file is read-only; make it writable to change it")
    return None


def _on_read_only_media() -> str:
    return translate("lock", "it is on read-only media; copy it to a writable disk to change it")


def _folder_not_writable() -> str:
    return translate("lock", "its folder cannot be written; copy it to a writable folder to change it")


def _read_only_media(folder: Path) -> bool:
    if not hasattr(os, "statvfs"):  # Windows: creating the lock file says so instead (acquire)
        return False
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` with SQLite without writing a byte anywhere.

    Reading a WAL workspace needs its -shm file, which SQLite creates beside it: on read-only media or in a
    read-only folder it cannot, and beside a read-only file it makes one as read-only as the file, which then
    stops every later writer. Where the file cannot be written it is opened ``immutable`` instead: no locks, no
    -shm. That is right only when no program can be changing the file, which holds unless its -wal file has
    content (a writer, or changes a crash left behind): then only the plain read-only open sees them, and it
    needs the -shm file.
    """
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK) and not _read_only_media(path.parent):
        return uri  # another program may be writing it: read through SQLite's locks
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    if not (wal.exists() and wal.stat().st_size > 0):
        return uri + "&immutable=1"
    if not shm.exists():
        raise StoreError(translate("lock", "{file} cannot be read where it is: {wal} beside it holds changes that "
                                           "SQLite reads only with {shm}, which is missing, and the folder cannot be "
                                           "written; copy the folder to a writable disk and open it there").format(
            file=path.name, wal=wal.name, shm=shm.name))
    return uri


def lock_folder() -> Path:
    """This account's folder for identity locks, on this machine."""
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "Reserve Desk"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "Reserve Desk"
    elif os.environ.get("XDG_RUNTIME_DIR"):  # owner-only, in memory, emptied at logout
        base = Path(os.environ["XDG_RUNTIME_DIR"]) / "reserve-desk"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reserve-desk"
    return base / "locks"


def _identity_lock_path(key: tuple[int, int]) -> Path:
    # the host in the name: a home folder shared by several machines must not mix up their disks' inodes
    host = re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname()) or "host"
    return lock_folder() / f"{host}-{key[0]:x}-{key[1]:x}.lock"


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


def _holder(lock_path: Path, workspace: Path) -> str:
    try:
        info = json.loads(lock_path.read_text(encoding="utf-8"))
        held = translate("lock", "by {user} (process {pid} on {host})").format(user=info["user"], pid=info["pid"],
                                                                              host=info["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return translate("lock", "by another program")
    other = info.get("path")
    return translate("lock", "{holder} as {path}").format(holder=held, path=other) if other and other != str(workspace) \
        else held


def _lock(lock_path: Path, workspace: Path) -> int:
    """Take one lock file's lock and write who holds it; WorkspaceLocked naming the holder when it is taken. A lock
    path that is a symbolic link or not a plain file is refused: writing who holds it would overwrite its target."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EISDIR, errno.EMLINK):
            raise
        raise WorkspaceReadOnly(workspace, translate("lock", "{file} is not a plain file (a link or a folder): remove it "
                                                             "to change the workspace").format(file=lock_path.name)) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:  # a hard link would have its other name overwritten
        os.close(fd)
        raise WorkspaceReadOnly(workspace, _not_plain(lock_path))
    if not _try_lock(fd):
        os.close(fd)
        holder = _holder(lock_path, workspace)
        #: {holder} reads "by maria (process 4242 on DESK-7)"
        raise WorkspaceLocked(workspace, translate("lock", "it is open for writing {holder}").format(holder=holder),
                              translate("lock", "{file} is open for writing {holder}; open it read-only, or close it "
                                                "there first").format(file=workspace.name, holder=holder))
    os.ftruncate(fd, 0)
    info = {"pid": os.getpid(), "user": _user(), "host": socket.gethostname(), "path": str(workspace)}
    os.write(fd, json.dumps(info).encode())
    return fd


def _not_plain(lock_path: Path) -> str:
    return translate("lock", "{file} is not a plain file of its own (a link or a folder): remove it to change the "
                             "workspace").format(file=lock_path.name)


def _lock_beside(workspace: Path) -> int:
    try:
        return _lock(workspace.with_name(f"{workspace.name}.lock"), workspace)
    except PermissionError as exc:  # a folder write_refusal could not see (Windows' access lists)
        media = getattr(exc, "winerror", None) == _WRITE_PROTECTED
        raise WorkspaceReadOnly(workspace, _on_read_only_media() if media else _folder_not_writable()) from None
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise WorkspaceReadOnly(workspace, _on_read_only_media()) from None
        raise


def _lock_identity(workspace: Path, key: tuple[int, int]) -> int:
    path = _identity_lock_path(key)
    try:
        path.parent.parent.mkdir(parents=True, exist_ok=True)
        for folder in (path.parent.parent, path.parent):  # ours, owner-only: lock names tell which files are open
            folder.mkdir(exist_ok=True, mode=0o700)
        return _lock(path, workspace)
    except WorkspaceLocked:
        raise
    except OSError as exc:
        raise WorkspaceReadOnly(workspace, translate("lock", "the folder of Reserve Desk's locks, {folder}, cannot be "
                                                             "written ({error}); without its lock a second name of the "
                                                             "file could write at the same time").format(
            folder=path.parent, error=exc.strerror)) from None


def acquire(workspace: Path) -> bool:
    """Take the lock (or join this process's hold on it under the same name); True for the first holder in this
    process. WorkspaceReadOnly (with the reason) when the file must not be written, WorkspaceLocked when another
    holder has it."""
    with _GUARD:
        for hold in _HELD.values():
            if hold.path == workspace:
                hold.count += 1
                return False
        refusal = write_refusal(workspace)
        if refusal:
            raise WorkspaceReadOnly(workspace, refusal)
        key = identity(workspace)
        if not key[1]:  # a file system without file numbers (some network shares): the name lock alone
            key = (key[0], str(workspace))
        if key in _HELD:
            other = _HELD[key].path
            raise WorkspaceLocked(workspace, translate("lock", "it is open for writing in this program as {path}")
                                  .format(path=other),
                                  translate("lock", "{file} is open for writing in this program as {path}; close it "
                                                    "there first").format(file=workspace.name, path=other))
        fds = [_lock_identity(workspace, key)] if isinstance(key[1], int) else []
        try:
            fds.append(_lock_beside(workspace))
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        _HELD[key] = _Hold(workspace, fds)
        return True


def release(workspace: Path) -> None:
    with _GUARD:
        for key, hold in _HELD.items():
            if hold.path == workspace:
                hold.count -= 1
                if hold.count == 0:
                    for fd in hold.fds:
                        os.close(fd)  # closing the descriptor releases the OS lock
                    del _HELD[key]
                return


def _user() -> str:
    return os_user()  # the account, never LOGNAME
