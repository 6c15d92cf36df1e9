"""Signed checkpoints of a workspace's audit log, kept outside the file, as transparency logs sign tree heads.

A checkpoint states "this workspace's log had N entries ending in hash H, with this schema, at this time",
signed with the Ed25519 key of the account that made it (libsodium through PyNaCl). Anyone with the file can
recompute a hash chain; nobody without the key can make a checkpoint that a rewritten log agrees with, and a
checkpoint kept where the insider cannot reach it (printed on a PDF cover, copied to another machine) pins the
history up to it: ``verify`` then proves the log still contains that head.

The key pair is per account of the installation, made on first use in the app's config folder (owner-only),
never in a workspace. Checkpoints are made on request, with every backup and with every PDF summary, and
stored beside the backups.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nacl.exceptions
import nacl.signing

from ..i18n import translate
from . import audit
from .backup import folder_of, folder_problem
from .store_errors import StoreError

FORMAT = "reserve-desk checkpoint 1"
MAX_BYTES = 1_000_000  # a checkpoint is a few kilobytes; anything larger was not written by Reserve Desk
SUFFIX = "-checkpoint.json"
KEY_FILE = "audit-signing-key"  # the Ed25519 seed, hex; the public key is derived from it


class CheckpointError(StoreError):
    """A checkpoint that cannot be read, is not signed by its key, or cannot be made."""


@dataclass(frozen=True)
class Checkpoint:
    workspace_id: str
    workspace: str  # the file's name when signed (information: the id is what identifies it)
    entries: int
    head_hash: str
    schema_digest: str
    time: str  # UTC, ISO 8601
    os_user: str
    public_key: str  # hex
    tables: dict = field(default_factory=dict)  # table -> [rows, digest] the log recorded as of the head
    signature: str = ""  # hex, over the canonical JSON of every other field
    format: str = FORMAT
    path: Path | None = field(default=None, compare=False)

    def body(self) -> dict:
        fields = asdict(self)
        del fields["signature"], fields["path"]
        return fields

    def message(self) -> bytes:
        return audit.canonical_json(self.body()).encode("utf-8")

    @property
    def key_fingerprint(self) -> str:
        return self.public_key[:16]

    def to_json(self) -> dict:
        return {**self.body(), "signature": self.signature}


def config_folder() -> Path:
    """The account's config folder for Reserve Desk (where Qt's AppConfigLocation puts it), without Qt."""
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Reserve Desk" / "Reserve Desk"


def _check_private(path: Path) -> None:
    """A key readable or writable by another account is not this account's key."""
    if os.name == "nt":
        return  # the folder is under the account's own profile, which Windows keeps private
    info = path.stat()
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise CheckpointError(translate("checkpoint", "{path} is readable or writable by other accounts (mode {mode}): "
                                                      "it cannot be trusted to sign checkpoints; make a new key by moving "
                                                      "it away").format(path=path, mode=f"{info.st_mode & 0o777:o}"))


def signing_key(folder: Path | None = None) -> nacl.signing.SigningKey:
    """This account's key, made on first use (owner-only, in the config folder)."""
    folder = folder or config_folder()
    path = folder / KEY_FILE
    try:
        if not path.exists():
            _new_key(folder, path)
        if not path.is_file():
            raise IsADirectoryError
        _check_private(path)
        text = path.read_text(encoding="ascii").strip()
    except IsADirectoryError:
        raise CheckpointError(translate("checkpoint", "{path} is not a key file: move it away").format(path=path)) from None
    except (OSError, UnicodeError) as exc:
        raise CheckpointError(translate("checkpoint", "the signing key in {folder} cannot be made or read ({error})")
                              .format(folder=folder, error=getattr(exc, "strerror", None) or exc)) from None
    try:
        return nacl.signing.SigningKey(bytes.fromhex(text))
    except (ValueError, TypeError, nacl.exceptions.CryptoError) as exc:
        raise CheckpointError(translate("checkpoint", "{path} is not a Reserve Desk signing key ({error})").format(
            path=path, error=exc)) from None


def _new_key(folder: Path, path: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = nacl.signing.SigningKey.generate()
    partial = folder / f".{KEY_FILE}.{os.getpid()}.partial"
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, key.encode().hex().encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(partial, path)  # whole or not at all, and never over a key another process made meanwhile
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links (FAT, some redirected profiles)
        if not path.exists():
            os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def own_public_key(folder: Path | None = None) -> str | None:
    """This account's public key (hex), if it has one; never makes one."""
    path = (folder or config_folder()) / KEY_FILE
    try:
        return nacl.signing.SigningKey(bytes.fromhex(path.read_text(encoding="ascii").strip())).verify_key.encode().hex()
    except (OSError, UnicodeError, ValueError, TypeError, nacl.exceptions.CryptoError):
        return None


def head(conn) -> tuple[int, str]:
    """The log's entry count and last hash."""
    row = conn.execute("SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log").fetchone()
    return row[0], row[1] or audit.GENESIS_HASH


def recorded_states(conn) -> dict[str, list]:
    """Each table's latest [rows, digest] in the log (what the data must match): a verify of a rewritten log names
    the tables whose recorded state no longer agrees with the checkpoint's."""
    states = {}
    for table in audit.audited_tables(conn):
        row = conn.execute("SELECT state_json FROM audit_log WHERE state_json IS NOT NULL AND (table_name = ? OR "
                           "table_name IS NULL) ORDER BY id DESC LIMIT 1", [table]).fetchone()
        state = json.loads(row[0]).get(table) if row else None
        if state is not None:
            states[table] = state
    return states


def make(conn, workspace: Path, key: nacl.signing.SigningKey | None = None) -> Checkpoint:
    """Sign the head of the open workspace's log as it is now (read in one snapshot: another program's commit in
    between would make the head and the states disagree)."""
    key = key or signing_key()
    if conn.in_transaction:
        return _make(conn, workspace, key)
    conn.execute("BEGIN")
    try:
        return _make(conn, workspace, key)
    finally:
        conn.execute("ROLLBACK")  # only read


def _make(conn, workspace: Path, key: nacl.signing.SigningKey) -> Checkpoint:
    workspace_id = audit.workspace_id(conn)
    if workspace_id is None:
        raise CheckpointError(translate("checkpoint", "{file} has no workspace id: open it for writing once to upgrade "
                                                      "it").format(file=workspace.name))
    entries, head_hash = head(conn)
    unsigned = Checkpoint(workspace_id=workspace_id, workspace=workspace.name, entries=entries, head_hash=head_hash,
                          schema_digest=audit.schema_digest(audit.schema_objects(conn)),
                          time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), os_user=audit.os_user(),
                          public_key=key.verify_key.encode().hex(), tables=recorded_states(conn))
    return Checkpoint(**{**unsigned.body(), "signature": key.sign(unsigned.message()).signature.hex()})


def encode(checkpoint: Checkpoint) -> bytes:
    return (json.dumps(checkpoint.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def default_path(workspace: Path, checkpoint: Checkpoint) -> Path:
    """Named by time (so names sort oldest first), entry count, and the signature's start: two checkpoints made in
    one second (the one before a restore and the restore's own) never share a name."""
    stamp = dt.datetime.fromisoformat(checkpoint.time).strftime("%Y%m%dT%H%M%SZ")
    return folder_of(workspace) / f"{workspace.stem}-{stamp}-{checkpoint.entries}-{checkpoint.signature[:8]}{SUFFIX}"


def save_beside_backups(conn, workspace: Path) -> Path:
    """Make a checkpoint and keep it in the workspace's backup folder."""
    return save(make(conn, workspace), workspace)


def keep_problem(workspace: Path) -> str | None:
    """Why a checkpoint could not be kept beside the workspace's backups now, or None."""
    folder = folder_of(workspace)
    if problem := folder_problem(folder):
        return problem
    if not os.access(folder if folder.exists() else folder.parent, os.W_OK):
        return translate("checkpoint", "{folder} cannot be written (read-only media or folder)").format(
            folder=folder if folder.exists() else folder.parent)
    return None


def save(checkpoint: Checkpoint, workspace: Path) -> Path:
    """Keep a checkpoint in the workspace's backup folder (owner-only, written whole or not at all); OSError when
    the folder is not one to trust (a symbolic link, another account's, writable by others) or cannot be written."""
    if problem := folder_problem(folder_of(workspace)):
        raise PermissionError(errno.EPERM, problem)
    target = default_path(workspace, checkpoint)
    target.parent.mkdir(mode=0o700, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, encode(checkpoint))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, target)
    return target


_HEX64 = re.compile(r"[0-9a-f]{64}")


def load(path: Path) -> Checkpoint:
    """Read a checkpoint, check every field's type and its signature against the key it names."""
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES:,} bytes")
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a Reserve Desk checkpoint")
        checkpoint = Checkpoint(**{k: raw[k] for k in Checkpoint.__dataclass_fields__ if k != "path"}, path=Path(path))
        _check_fields(checkpoint)
    except RecursionError:
        raise CheckpointError(translate("checkpoint", "checkpoint {file} cannot be read: nested too deeply").format(
            file=name)) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        #: {error} is the reader's own words (a field's name and what is wrong with it)
        raise CheckpointError(translate("checkpoint", "checkpoint {file} cannot be read: {error}").format(
            file=name, error=exc)) from None
    check_signature(checkpoint, name)
    return checkpoint


def _check_fields(cp: Checkpoint) -> None:
    for key in ("workspace_id", "workspace", "time", "os_user", "public_key", "signature", "schema_digest",
                "head_hash"):
        if not isinstance(getattr(cp, key), str):
            raise ValueError(f"{key}: not text")
    if type(cp.entries) is not int or cp.entries < 0:
        raise ValueError("entries: not a count")
    if not (_HEX64.fullmatch(cp.head_hash) and _HEX64.fullmatch(cp.schema_digest)):
        raise ValueError("head_hash, schema_digest: not SHA-256 digests")
    time = dt.datetime.fromisoformat(cp.time)  # ValueError names it
    if time.utcoffset() != dt.timedelta(0):
        raise ValueError("time: not UTC")
    if not isinstance(cp.tables, dict) or not all(
            isinstance(t, str) and isinstance(v, list) and len(v) == 2 and type(v[0]) is int and isinstance(v[1], str)
            for t, v in cp.tables.items()):
        raise ValueError("tables: not a table of [rows, digest] states")


def check_signature(checkpoint: Checkpoint, name: str = "") -> None:
    """Raise CheckpointError unless the checkpoint is signed by the key it names."""
    try:
        key = nacl.signing.VerifyKey(bytes.fromhex(checkpoint.public_key))
        key.verify(checkpoint.message(), bytes.fromhex(checkpoint.signature))
    except nacl.exceptions.BadSignatureError:
        raise CheckpointError(translate("checkpoint", "checkpoint {file}: its signature does not match its content (it "
                                                      "was edited after it was signed)").format(file=name)) from None
    except (ValueError, TypeError, nacl.exceptions.CryptoError) as exc:
        raise CheckpointError(translate("checkpoint", "checkpoint {file}: its key or signature cannot be read ({error})")
                              .format(file=name, error=exc)) from None


def found_beside(workspace: Path) -> list[Path]:
    """The checkpoint files in the workspace's backup folder, newest first (by the time in their names). Names are
    compared as text: a workspace named "Reserves [draft]" must not read as a pattern."""
    folder = folder_of(workspace)
    if not folder.is_dir():
        return []
    prefix = f"{workspace.stem}-"
    return sorted((p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(SUFFIX)
                   and p.is_file()), reverse=True)


def set_aside_superseded(conn, workspace: Path) -> list[Path]:
    """After a restore: move into ``superseded/`` in the backup folder every checkpoint kept beside the backups that
    the restored log does not contain (the history the restore dropped) or that is of another workspace id, so that
    verify checks only checkpoints of this history. Kept, not deleted: they are the record of what was replaced."""
    hashes = [h for (h,) in conn.execute("SELECT hash FROM audit_log ORDER BY id")]
    workspace_id = audit.workspace_id(conn)
    moved = []
    for path in found_beside(workspace):
        try:
            cp = load(path)
            keep = (cp.workspace_id == workspace_id and cp.entries <= len(hashes)
                    and (cp.entries == 0 or hashes[cp.entries - 1] == cp.head_hash))
        except CheckpointError:
            keep = False
        if not keep:
            target = path.parent / "superseded" / path.name
            target.parent.mkdir(mode=0o700, exist_ok=True)
            os.replace(path, target)
            moved.append(target)
    return moved
