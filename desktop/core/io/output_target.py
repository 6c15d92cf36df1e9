"""Where an output (the PDF summary, a CSV export) may be written, and writing it so that it cannot lose data.

One rule for the command line and the window:

- ``refusal`` names why a target is one of the workspace's own files: the workspace, its SQLite sidecars
  (``-wal``, ``-shm``, ``-journal``), its lock file, or its backups. Paths are compared resolved (so ``..``
  and symbolic links do not hide it) and by file identity (device and inode), so a hard link to the workspace
  under another name is refused too.
- ``write_output`` writes to an owner-only temporary file in the target's folder, checks every write, fsyncs,
  lets the caller check the written file (the PDF's page count), then renames it over the target. On any failure
  the temporary file is deleted and the target is left as it was: a full disk never leaves an empty or truncated
  file in place of a good one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import UserError
from ..i18n import translate
from ..store.backup import folder_of

SIDECARS = ("-wal", "-shm", "-journal", ".lock")


class OutputRefused(UserError):
    """The output could not be written where asked; the message names the file and why, and nothing was replaced."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def refusal(target: str | os.PathLike, workspace: str | os.PathLike) -> str | None:
    """Why ``target`` must not be written because it is one of ``workspace``'s files, or None."""
    out, ws = Path(target).expanduser().resolve(), Path(workspace).expanduser().resolve()
    if out == ws:
        return translate("output_target", "the open workspace")
    if _same_file(out, ws):
        return translate("output_target", "the open workspace under another name (a link to the same file)")
    for suffix in SIDECARS:
        sidecar = Path(f"{ws}{suffix}")
        if out == sidecar or _same_file(out, sidecar):
            #: {name} is the sidecar's kind as SQLite names it (wal, shm, journal, lock)
            return translate("output_target", "the workspace's {name} file").format(name=suffix.lstrip("-."))
    backups = folder_of(ws)
    if out.is_relative_to(backups.resolve()):
        return translate("output_target", "in the workspace's backup folder")
    if backups.is_dir() and out.exists() and any(_same_file(out, b) for b in backups.iterdir()):
        return translate("output_target", "one of the workspace's backups")
    return None


def check_target(target: str | os.PathLike, workspace: str | os.PathLike | None) -> None:
    """Raise ``OutputRefused`` if ``target`` is one of the workspace's files (see ``refusal``)."""
    if workspace is not None and (reason := refusal(target, workspace)):
        raise OutputRefused(translate("output_target", "{file} is {reason}; an export is never written over it. Choose "
                                                       "another file name.").format(file=target, reason=reason))


def check_new(target: str | os.PathLike, force: bool, flag: str = "--force") -> None:
    """The rule for an existing file, the same for the PDF and every export: it is replaced only when asked
    (``flag`` on the command line; the window asks)."""
    if not force and os.path.lexists(target):
        raise OutputRefused(translate("output_target", "{file} already exists and was kept; choose a new file name, or "
                                                       "give {flag} to replace it").format(file=target, flag=flag))


def _write(fd: int, data: memoryview) -> int:  # one write(2): the seam a test uses to simulate a full disk
    return os.write(fd, data)


def _plain(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return translate("output_target", "the disk is full")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("output_target", "the folder is read-only or not yours to write")
    return exc.strerror or str(exc)


def write_output(target: str | os.PathLike, data: bytes, workspace: str | os.PathLike | None = None,
                 check: Callable[[Path], None] | None = None) -> int:
    """Write ``data`` to ``target`` owner-only (0o600), replacing it only once every byte is on disk and ``check``
    (given the temporary file's path) has passed; returns the bytes written."""
    out = Path(target).expanduser()
    check_target(out, workspace)
    try:
        fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")  # mode 0o600
    except OSError as exc:
        raise OutputRefused(translate("output_target", "{file} was not written: {reason} ({folder})").format(
            file=out, reason=_plain(exc), folder=out.parent)) from exc
    partial = Path(name)
    try:
        try:
            view = memoryview(data)
            while view:  # a short write is not an error: write the rest
                view = view[_write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if check:
            check(partial)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        outcome = (translate("output_target", "the file already there is unchanged") if out.exists() else
                   translate("output_target", "nothing was written"))
        raise OutputRefused(translate("output_target", "{file} was not written: {reason}; {outcome}").format(
            file=out, reason=_plain(exc), outcome=outcome)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(data)
