"""Whose error it is, one rule for the window and the command line, and the log of the ones that are ours.

The rule (``is_user_error``):

- A ``UserError`` is the user's: a value or file they gave that is refused, a workspace another program holds,
  a change refused because the workspace is read-only. Its message is written for them and shown as it is;
  nothing is logged. ``InvalidInput`` is the kind for a refused value; it is also a ``ValueError``, so a parser
  that catches ``ValueError`` still sees it.
- The operating system's refusal of a file (not found, no permission, a folder where a file was expected,
  read-only media, a full disk) is the user's too: its message names the file, which the user can act on.
- ``Cancelled`` is no error: the user stopped the work and nothing was written; callers say so.
- Anything else is internal, a bug, a plain ``ValueError`` included: code that refuses the user's input raises an
  ``InvalidInput``. An internal error is shown as one, naming the log file, and written to the log with its
  traceback.

The log (``start_log``) is a rotating file in the app-data folder. It records the type of an internal error and
its traceback (file, line, function and code of each frame), never the error's message nor any value: a message
may quote the workspace or the user's file. The user sees the message on screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from .i18n import translate

LOG_FILE_NAME = "reserve-desk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3  # reserve-desk.log.1 to .3: a few megabytes at most, whatever happens
_LOG = logging.getLogger("reserve_desk.internal")
_LOG.propagate = False  # only to the log file: the root logger's stderr would print the traceback again


class UserError(Exception):
    """The user's mistake or a refusal, with a message meant for them."""


class InvalidInput(UserError, ValueError):
    """A value the user gave (a field, a parameter, a file's contents) is outside what it may be."""


class Cancelled(Exception):  # noqa: N818 - not an error: the user's choice
    """The user cancelled; nothing was written."""


def is_user_error(exc: BaseException) -> bool:
    """True when ``exc`` is the user's to put right (see the module's rule), False for an internal error. The system
    refusing a file (missing, no permission, read-only media, a full disk) names the file: the user can act on it."""
    return isinstance(exc, UserError) or (isinstance(exc, OSError) and exc.filename is not None)


def start_log(folder: Path) -> Path:
    """Write internal errors to ``folder``/reserve-desk.log from now on (once per process); returns the file."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE_NAME
    for handler in list(_LOG.handlers):
        _LOG.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    _LOG.addHandler(handler)
    _LOG.setLevel(logging.ERROR)
    return path


def log_path() -> Path | None:
    """The log file internal errors go to, or None before ``start_log``."""
    for handler in _LOG.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def log_internal(exc: BaseException, where: str) -> Path | None:
    """Record an internal error: ``where`` it happened (a fixed phrase, never a value), its type and traceback.
    Returns the log file (None when no log was started)."""
    _LOG.error("internal error in %s\n%s", where, _trace_without_values(exc))
    return log_path()


def _trace_without_values(exc: BaseException) -> str:
    """The traceback of ``exc`` and of what it was raised from, each exception by its type only."""
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        kind = type(exc)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)\n"
                     + "".join(traceback.format_tb(exc.__traceback__)))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "raised while handling:\n".join(parts)


def internal_error_text(exc: BaseException) -> str:
    """What the user reads about an internal error: what it says, and what to send (the log file by name)."""
    logged = log_path()
    text = (translate("errors", "internal error ({kind}: {message}). Please report this with the log file {log}, and "
                                "the steps that led to it.") if logged else
            translate("errors", "internal error ({kind}: {message}). Please report this, and the steps that led to it."))
    return text.format(kind=type(exc).__name__, message=str(exc) or translate("errors", "no message"), log=logged)


def error_text(exc: BaseException) -> str:
    """The one line a window or the command line shows for ``exc``: its own message when it is the user's."""
    if is_user_error(exc) or isinstance(exc, Cancelled):
        return str(exc) or type(exc).__name__
    return internal_error_text(exc)


def explain(exc: BaseException, where: str) -> str:
    """``error_text(exc)`` for code that catches ``exc`` where it happened: an internal error is logged first."""
    if not is_user_error(exc) and not isinstance(exc, Cancelled):
        log_internal(exc, where)
    return error_text(exc)
