"""The workspace store: one SQLite file per workspace, read and written through sqlite-utils.

Every write happens inside ``Store.transaction()``, which is one SQLite transaction holding both the
change and its audit entries: either all of it lands or none of it does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from .. import domain as d
from ..custody.chain import ChainFile, ChainTx, Leg, legs_from_json, merged_legs
from ..i18n import translate
from . import audit, backup, checkpoint, lock
from .migrate import migrate
from .schema import LATEST_VERSION
from .store_errors import ConstraintError, StoreError

_SQLITE_MAGIC = b"SQLite format 3\x00"
_INTERRUPTED = threading.Event()  # Ctrl-C on the command line (interrupt_statements)
_STEPS_BETWEEN_CHECKS = 100_000  # SQLite virtual-machine steps: about a millisecond


def interrupt_statements() -> None:
    """Ctrl-C: stop the SQLite statement running now (a check or backup of a large file takes seconds in one call,
    during which Python runs no handler) and every later one."""
    _INTERRUPTED.set()


def was_interrupted() -> bool:
    return _INTERRUPTED.is_set()


def _progress() -> int:
    """SQLite calls this every few thousand steps of a statement: Python runs a pending Ctrl-C handler here, and a
    non-zero answer stops the statement (sqlite3.OperationalError: interrupted)."""
    return int(_INTERRUPTED.is_set())


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class Writer:
    """Writes rows inside one open transaction and records each change, with the state of the tables it
    changed, in the audit log."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        row = db.execute("SELECT hash, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        self._last_hash, self._last_at = row if row else (audit.GENESIS_HASH, None)
        self._states: dict[str, list] = {}  # table -> [rows, digest as int], as changed so far

    def _state(self, table: str) -> list:
        if table not in self._states:
            row = self.db.execute(
                "SELECT state_json FROM audit_log WHERE state_json IS NOT NULL AND (table_name = ? OR table_name IS NULL)"
                " ORDER BY id DESC LIMIT 1", [table]).fetchone()
            recorded = json.loads(row[0]).get(table) if row else None
            rows, digest = recorded if recorded else audit.table_state(self.db.conn, table)  # first time: as it is
            self._states[table] = [rows, int(digest, 16)]
        return self._states[table]

    def _count(self, table: str, values, sign: int) -> None:
        state = self._state(table)
        state[0] += sign
        state[1] = (state[1] + sign * audit.row_digest(table, values)) % audit.STATE_MODULUS

    @property
    def touched(self) -> frozenset[str]:
        """The tables this transaction changed so far (each change reads its table's state first)."""
        return frozenset(self._states)

    def _state_of(self, *tables: str) -> dict:
        return {t: [self._state(t)[0], format(self._state(t)[1], "064x")] for t in tables}

    def _log(self, action: str, table: str | None, key: Any, before: Any, after: Any, state: dict | None = None) -> None:
        if state is None and table is not None:
            state = self._state_of(table)
        entry = audit.new_entry(self._last_hash, action, table, key, before, after, state, self._last_at)
        self.db["audit_log"].insert(entry)
        self._last_hash, self._last_at = entry["hash"], entry["at"]

    def _row(self, table: str, key: Any) -> dict:
        try:
            return self.db[table].get(key)
        except sqlite_utils.db.NotFoundError:
            raise StoreError(f"{table}: no row with key {key!r}") from None

    def insert(self, table: str, row: dict[str, Any]) -> Any:
        """Insert one row; returns its primary key."""
        row = {k: _iso(v) for k, v in row.items()}
        tbl = self.db[table]
        self._state(table)  # the state before the change
        try:
            tbl.insert(row)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        pks = tbl.pks
        key = tuple(row[k] for k in pks) if all(k in row for k in pks) else tbl.last_pk
        if isinstance(key, tuple) and len(key) == 1:
            key = key[0]
        after = self._row(table, key)
        self._count(table, after.values(), +1)
        self._log("insert", table, key, None, after)
        return key

    def update(self, table: str, key: Any, changes: dict[str, Any]) -> None:
        before = self._row(table, key)
        self._state(table)
        try:
            self.db[table].update(key, {k: _iso(v) for k, v in changes.items()})
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        after = self._row(table, key)
        self._count(table, before.values(), -1)
        self._count(table, after.values(), +1)
        self._log("update", table, key, before, after)

    def delete(self, table: str, key: Any) -> None:
        """Delete one row; rows of other tables that refer to it are deleted or cleared first, each with its own
        entry (the schema's ON DELETE actions would otherwise change them without one)."""
        before = self._row(table, key)
        self._state(table)
        for child, column, action in self._referring(table):
            pk = self.db[child].pks[0]
            for (child_key,) in self.db.execute(f'SELECT "{pk}" FROM "{child}" WHERE "{column}" = ?', [key]).fetchall():
                if action == "CASCADE":
                    self.delete(child, child_key)
                else:
                    self.update(child, child_key, {column: None})
        try:
            self.db[table].delete(key)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        self._count(table, before.values(), -1)
        self._log("delete", table, key, before, None)

    def _referring(self, table: str) -> list[tuple[str, str, str]]:
        found = []
        for child in audit.audited_tables(self.db.conn):
            for fk in self.db.execute(f'PRAGMA foreign_key_list("{child}")').fetchall():
                if fk[2] == table and fk[6] in ("CASCADE", "SET NULL"):
                    found.append((child, fk[3], fk[6]))
        return found

    def _count_new_rows(self, table: str, after_rowid: int) -> None:
        """``_count`` of each row added after ``after_rowid``, summed first (an import adds 100,000 rows at once)."""
        state, rows, total = self._state(table), 0, 0
        for row in self.db.conn.execute(f'SELECT * FROM "{table}" WHERE rowid > ?', [after_rowid]):
            total += audit.row_digest(table, row)
            rows += 1
        state[0] += rows
        state[1] = (state[1] + total) % audit.STATE_MODULUS

    def _last_rowid(self, table: str) -> int:
        return self.db.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]

    def insert_batch(self, table: str, rows: Iterable[dict[str, Any]], *, label: str, digest: str | None = None) -> int:
        """Insert many rows with one audit entry for the batch (its label, row count and file digest)."""
        rows = [{k: _iso(v) for k, v in r.items()} for r in rows]
        self._state(table)
        last = self._last_rowid(table)
        try:
            self.db[table].insert_all(rows, batch_size=1000)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        self._count_new_rows(table, last)
        self.log_import(table, label, len(rows), digest)
        return len(rows)

    def insert_many(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Bulk insert without per-row audit entries; the caller logs the batch with ``log_import``."""
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self._state(table)
        last = self._last_rowid(table)
        try:
            self.db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        self._count_new_rows(table, last)

    def delete_batch(self, table: str, rowids: list[int], label: str) -> None:
        """Delete these rows (an import undone) with one audit entry for the batch; the caller deletes
        children before their parents."""
        self._state(table)
        for rowid in rowids:
            row = self.db.conn.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', [rowid]).fetchone()
            if row is None:
                raise StoreError(translate("store", "{table}: row {row} is no longer there").format(table=table, row=rowid))
            self._count(table, row, -1)
        try:
            self.db.conn.executemany(f'DELETE FROM "{table}" WHERE rowid = ?', [(r,) for r in rowids])
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(f"{table}: {exc}") from exc
        self._log("delete", table, None, {"description": f"undo of {label}", "rows": len(rowids)}, None)

    def log_import(self, table: str, label: str, rows: int, digest: str | None) -> None:
        self._log("import", table, None, None, {"label": label, "rows": rows, "sha256": digest})

    def set_metadata(self, key: str, value: str) -> None:
        old = self.db.execute("SELECT key, value FROM metadata WHERE key = ?", [key]).fetchone()
        self._state("metadata")
        self.db["metadata"].upsert({"key": key, "value": value}, pk="key")
        if old:
            self._count("metadata", old, -1)
        self._count("metadata", (key, value), +1)
        self._log("update" if old else "insert", "metadata", key, {"value": old[1]} if old else None, {"value": value})

    def log_event(self, action: str, detail: dict[str, Any], *, record_all_tables: bool = False) -> None:
        """An entry about the workspace as a whole; ``record_all_tables`` stores every table's state as it is
        now, and the schema (at creation, after a migration has reshaped rows, after a restore)."""
        state = None
        if record_all_tables:
            self._states = {}
            state = {t: audit.table_state(self.db.conn, t) for t in audit.audited_tables(self.db.conn)}
            detail = {**detail, "schema": audit.schema_objects(self.db.conn)}
        self._log(action, None, None, None, detail, state)


class Store:
    """An open workspace file."""

    def __init__(self, path: str | os.PathLike, *, create: bool = False, read_only: bool = False):
        self.path = Path(path).expanduser().resolve()
        self.read_only = read_only
        self._locked = False
        self._changed: set[str] = set()  # tables committed through this connection, until take_changes()
        self._listeners: list[Callable[[frozenset[str]], None]] = []
        if create:
            if self.path.exists():
                raise StoreError(translate("store", "{path} already exists; choose another file name").format(
                    path=self.path))
            if not self.path.parent.is_dir():
                raise StoreError(translate("store", "folder {folder} does not exist").format(folder=self.path.parent))
            # owner-only from the first byte; SQLite gives the -wal and -shm files the same mode
            os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        else:
            _check_is_workspace_file(self.path)
        first = False
        if read_only:  # why, for a banner and for refused changes; a caller that knows better (WorkspaceLocked) says so
            self.read_only_reason = lock.write_refusal(self.path) or translate("lock", lock.WRITER_ELSEWHERE)
        else:
            first = lock.acquire(self.path)  # WorkspaceReadOnly when it must not be written: hard links, read-only media
            self._locked = True
            self.read_only_reason = None
        try:
            conn = self._connect(create, first)
        except BaseException:
            self._release()
            raise
        self.db = sqlite_utils.Database(conn, execute_plugins=False)

    def _connect(self, create: bool, first: bool) -> sqlite3.Connection:
        if self.read_only:
            conn = sqlite3.connect(lock.read_only_uri(self.path), uri=True, isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.set_progress_handler(_progress, _STEPS_BETWEEN_CHECKS)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")  # a committed change survives power loss
            conn.execute("PRAGMA busy_timeout = 5000")
            # 64 MB of page cache (SQLite's default is 2 MB): an import of a chain statement's 400,000 inputs and
            # outputs writes into its indexes a quarter faster when their pages stay in memory
            conn.execute("PRAGMA cache_size = -65536")
            if first and not create:  # once per process: workers' extra connections skip the checks
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise DamagedWorkspace.of(self.path, translate("store", "it is damaged (SQLite's integrity check: "
                                                                            "{check})").format(check=check))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if self.read_only:
                if version != LATEST_VERSION:
                    raise StoreError(translate("store", "{file} is at schema {version}, this version reads {latest}: "
                                                        "open it for writing once to upgrade it").format(
                        file=self.path.name, version=version, latest=LATEST_VERSION))
                self.migration_backup = None
                return conn
            if version > 0 and (departures := audit.trigger_and_view_departures(conn, min(version, LATEST_VERSION))):
                # a trigger could skim every later change, and the log would record what it left
                raise lock.WorkspaceReadOnly(self.path, translate(
                    "store", "{name} was added, altered or dropped outside Reserve Desk and could alter what is "
                             "written; 'reserve-desk audit verify' names it, and a backup from before it can be "
                             "restored").format(name=departures[0].split(":")[0]))
            if not create and (problem := backup.folder_problem(backup.folder_of(self.path))):
                # every change is preceded by a backup there; one planted or opened to others is never written into
                raise lock.WorkspaceReadOnly(self.path, translate("store", "{problem}; until then it can only be read")
                                             .format(problem=problem))
            self.migration_backup = migrate(conn, self.path)
            if first and not create and not backup.taken_today(self.path):
                backup.make_backup(conn, self.path, "daily", _keep(conn))
            if version > 0 and conn.execute("PRAGMA user_version").fetchone()[0] != version:
                # a migration may reshape rows (a new column): record what every table holds now
                db = sqlite_utils.Database(conn, execute_plugins=False)
                with db.atomic():
                    Writer(db).log_event("migrate", {"from_schema": version, "to_schema": LATEST_VERSION},
                                         record_all_tables=True)
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _INTERRUPTED.is_set():  # stopped by Ctrl-C, not damaged
                raise KeyboardInterrupt from None
            #: {error} is SQLite's own English words
            raise DamagedWorkspace.of(self.path, translate("store", "it cannot be read as a workspace ({error})").format(
                error=exc)) from exc
        except Exception:
            conn.close()
            raise

    @classmethod
    def create(cls, path: str | os.PathLike) -> Store:
        store = cls(path, create=True)
        with store.transaction() as w:
            w.log_event("create", {"schema_version": store.schema_version}, record_all_tables=True)
        return store

    def audit_head(self) -> tuple[int, str]:
        """The audit log's entry count and last hash."""
        return checkpoint.head(self.db.conn)

    def sign_checkpoint(self) -> checkpoint.Checkpoint:
        """A checkpoint of the log's head as it is now, signed with this account's key (CheckpointError if none
        can be used); the caller keeps it (``checkpoint.save``)."""
        return checkpoint.make(self.db.conn, self.path)

    @property
    def workspace_id(self) -> str | None:
        """The random id migration 8 gave the workspace; checkpoints and backups carry it."""
        return audit.workspace_id(self.db.conn)

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.db.conn.close()
        self._release()

    def reopen(self) -> Store:
        """Another connection to the same file in this one's mode, for a worker thread (a connection is not shared
        between threads). A read-only window's workers read too: opening for writing would meet the other
        program's lock."""
        store = Store(self.path, read_only=self.read_only)
        if self.read_only:
            store.read_only_reason = self.read_only_reason
        return store

    def _release(self) -> None:
        if self._locked:
            lock.release(self.path)
            self._locked = False

    def backup(self, label: str) -> Path:
        """A backup of the workspace as it is now, rotated to the workspace's setting."""
        return backup.make_backup(self.db.conn, self.path, label, _keep(self.db.conn))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy to ``target`` through SQLite's backup API (safe while open)."""
        target = Path(target).expanduser().resolve()
        if target == self.path:
            raise StoreError(translate("store", "choose a different file from the open workspace"))
        if target.exists():
            raise StoreError(translate("store", "{path} already exists; choose a new file name").format(path=target))
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        dest = sqlite3.connect(target)
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()

    def check_writable(self) -> None:
        """Refuse a change to a read-only workspace (before the work that would lead to one)."""
        if self.read_only:
            raise StoreError(translate("store", "{file} is open read-only, nothing was changed: {reason}").format(
                file=self.path.name, reason=self.read_only_reason))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Writer]:
        """One logical change: everything written through the yielded Writer commits together or not at all."""
        self.check_writable()
        with self.db.atomic():
            writer = Writer(self.db)
            yield writer
        self._changed |= writer.touched  # committed: readers of these tables are out of date
        for listener in self._listeners:
            listener(writer.touched)

    def on_commit(self, listener: Callable[[frozenset[str]], None]) -> None:
        """Call ``listener`` with the tables each committed transaction changed (a cache forgets what read them)."""
        self._listeners.append(listener)

    def take_changes(self) -> frozenset[str]:
        """The tables changed through this connection since the last call (what a window must re-read)."""
        changed, self._changed = frozenset(self._changed), set()
        return changed

    # ---- reads -------------------------------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db["metadata"].rows}

    def wallets(self) -> list[d.Wallet]:
        return [
            d.Wallet(
                id=r["id"], name=r["name"], kind=r["kind"], custodian=r["custodian"], address=r["address"],
                cap_btc=r["cap_btc"], public_sector=bool(r["public_sector"]), archived=bool(r["archived"]),
                note=r["note"], source=r["source"],
            )
            for r in self.db.query("SELECT * FROM wallets ORDER BY id")
        ]

    def network(self) -> str:
        """"main", or "test" when the workspace says so (metadata ``network``): the addresses it takes."""
        row = self.db.execute("SELECT value FROM metadata WHERE key = 'network'").fetchone()
        return row[0] if row and row[0] in ("main", "test") else "main"

    def registered_addresses(self, wallet_id: int | None = None) -> list[tuple]:
        """(wallet name, address, path, descriptor) of every registered address, by wallet then as registered."""
        sql = ("SELECT w.name, a.address, a.path, d.descriptor FROM addresses a JOIN wallets w ON w.id = a.wallet_id "
               "LEFT JOIN descriptors d ON d.id = a.descriptor_id")
        params = []
        if wallet_id is not None:
            sql += " WHERE a.wallet_id = ?"
            params.append(wallet_id)
        return self.db.execute(sql + " ORDER BY w.name, a.id", params).fetchall()

    def address_holders(self, addresses: list[str]) -> dict[str, str]:
        """Which wallet already holds each of ``addresses`` that is registered."""
        found = {}
        for start in range(0, len(addresses), 500):
            chunk = addresses[start:start + 500]
            found.update(self.db.execute(
                f"SELECT a.address, w.name FROM addresses a JOIN wallets w ON w.id = a.wallet_id "  # noqa: S608
                f"WHERE a.address IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        return found

    def descriptor_holder(self, descriptor: str) -> str | None:
        row = self.db.execute("SELECT w.name FROM descriptors d JOIN wallets w ON w.id = d.wallet_id "
                              "WHERE d.descriptor = ?", [descriptor]).fetchone()
        return row and row[0]

    def chain_views(self) -> dict[str, list[tuple[bool, list[Leg]]]]:
        """Each transaction's views (complete or not, and legs), one per file that showed it, in import order."""
        names = {i: name for name, i in self.wallet_ids().items()}
        views: dict[str, list[tuple[bool, list[Leg]]]] = {}
        for view_id, txid, complete, legs in self.db.execute("SELECT id, txid, complete, legs FROM chain_views ORDER BY id"):
            try:
                views.setdefault(txid, []).append((bool(complete), legs_from_json(legs, names)))
            except ValueError as exc:
                raise StoreError(translate("store", "chain_views: row {row} was not written by Reserve Desk: {error}; "
                                                    "run 'reserve-desk audit verify'").format(row=view_id, error=exc)) from None
        return views

    def chain_transactions(self, views: dict[str, list[tuple[bool, list[Leg]]]] | None = None) -> list[ChainTx]:
        """Every transaction the chain statements show, its views merged (core/custody/chain.py): confirmed ones
        by block time, then the unconfirmed. ``views``: ``chain_views()`` when the caller has read them already."""
        views = self.chain_views() if views is None else views
        found = []
        for txid, confirmed, height, time, fee, coinbase in self.db.execute(
                "SELECT txid, confirmed, block_height, block_time, fee_sat, coinbase FROM chain_transactions "
                "ORDER BY confirmed DESC, block_time, txid"):
            complete, legs = merged_legs(views.get(txid, []))
            found.append(ChainTx(txid, bool(confirmed), height, time, fee, complete, legs, bool(coinbase)))
        return found

    def descriptors(self) -> list[tuple[int, str, str, int, int]]:
        """(id, wallet name, descriptor, count, gap limit) of every registered descriptor."""
        return self.db.execute("SELECT d.id, w.name, d.descriptor, d.count, d.gap_limit FROM descriptors d "
                               "JOIN wallets w ON w.id = d.wallet_id ORDER BY d.id").fetchall()

    def chain_addresses(self) -> set[str]:
        """Every address a chain statement shows."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT json_extract(j.value, '$[2]') FROM chain_views v, "
                                              "json_each(v.legs) j") if isinstance(r[0], str)}

    def chain_files(self) -> list[ChainFile]:
        return [ChainFile(*r) for r in self.db.execute(
            "SELECT name, sha256, format, imported_at, transactions FROM chain_files ORDER BY id")]

    def address_proofs(self) -> list[tuple[str, str, str, str]]:
        """(address, message, signature, checked_at) of every stored signed message, as imported."""
        return self.db.execute("SELECT address, message, signature, checked_at FROM address_proofs ORDER BY id").fetchall()

    def chain_file_ids(self) -> dict[str, int]:
        """The id of each imported chain statement by its SHA-256."""
        return dict(self.db.execute("SELECT sha256, id FROM chain_files").fetchall())

    def wallet_ids(self) -> dict[str, int]:
        return {r["name"]: r["id"] for r in self.db.query("SELECT id, name FROM wallets")}

    def transactions(self) -> list[d.Transaction]:
        """The ledger in booking order: by date, then by the order rows were entered."""
        sql = """
            SELECT t.*, w.name AS wallet_name, tw.name AS to_wallet_name
            FROM transactions t JOIN wallets w ON w.id = t.wallet_id
            LEFT JOIN wallets tw ON tw.id = t.to_wallet_id
            ORDER BY t.date, t.id
        """
        return [
            d.Transaction(
                id=r["id"], date=dt.date.fromisoformat(r["date"]), kind=r["kind"], wallet=r["wallet_name"],
                to_wallet=r["to_wallet_name"], asset=r["asset"], quantity=r["quantity"], price_usd=r["price_usd"],
                fee_usd=r["fee_usd"], counterparty=r["counterparty"], reference=r["reference"], note=r["note"],
                source=r["source"],
            )
            for r in self.db.query(sql)
        ]

    def ledger_chunks(self, size: int = 50_000) -> Iterator[list[tuple]]:
        """The ledger as numbers, in chunks, in storage order (the caller sorts): (id, day since 1970,
        kind code, wallet_id, to_wallet_id or NULL, quantity, price_usd or NULL, fee_usd or NULL).

        Numbers only and no ORDER BY: reading in storage order is sequential, and sorting 100,000 rows
        in NumPy is far cheaper than visiting them in index order; no row is held as Python strings.
        """
        kind_code = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(d.TRANSACTION_KINDS))
        cursor = self.db.conn.execute(
            f"SELECT id, CAST(julianday(date) - 2440587.5 AS INTEGER), CASE kind {kind_code} END, wallet_id, "
            "to_wallet_id, quantity, price_usd, fee_usd FROM transactions")
        while chunk := cursor.fetchmany(size):
            yield chunk

    def transaction_count(self) -> int:
        return self.db["transactions"].count

    def prices(self, asset: str = "BTC") -> list[d.PricePoint]:
        return [
            d.PricePoint(asset=r["asset"], date=dt.date.fromisoformat(r["date"]), close_usd=r["close_usd"],
                         source=r["source"], note=r["note"])
            for r in self.db.query("SELECT * FROM prices WHERE asset = ? ORDER BY date", [asset])
        ]

    def macro_inputs(self) -> list[d.MacroInput]:
        rows = self.db.query("SELECT * FROM macro_inputs ORDER BY date")
        return [d.MacroInput(**{**r, "date": dt.date.fromisoformat(r["date"])}) for r in rows]

    def member(self) -> d.Member:
        """The member country: quota history, the SDR-rate path, the RST group and the latest IMF projection."""
        quotas = tuple(d.QuotaStep(dt.date.fromisoformat(r["effective_date"]), r["quota_sdr"], r["source"], r["note"])
                       for r in self.db.query("SELECT * FROM quotas ORDER BY effective_date"))
        rates = tuple(d.RateStep(dt.date.fromisoformat(r["from_date"]), r["sdr_rate"], r["source"])
                      for r in self.db.query("SELECT * FROM sdr_rates ORDER BY from_date"))
        settings = self.db.execute("SELECT rst_group, sdr_rate_after, local_currency, fx_depreciation_per_year "
                                   "FROM member WHERE id = 1").fetchone() or (None, None, None, 0.0)
        latest = self.db.execute("SELECT max(as_of) FROM imf_payments").fetchone()[0]
        projection = tuple(
            d.ProjectedPayment(dt.date.fromisoformat(r["date"]), r["description"], r["amount_sdr"])
            for r in self.db.query("SELECT * FROM imf_payments WHERE as_of = ? ORDER BY date, id", [latest]))
        return d.Member(quotas, rates, settings[1], settings[0], projection,
                        dt.date.fromisoformat(latest) if latest else None, settings[2], settings[3])

    def quota_id(self, effective_date: dt.date) -> int | None:
        row = self.db.execute("SELECT id FROM quotas WHERE effective_date = ?", [effective_date.isoformat()]).fetchone()
        return row and row[0]

    def sdr_rate_id(self, from_date: dt.date) -> int | None:
        row = self.db.execute("SELECT id FROM sdr_rates WHERE from_date = ?", [from_date.isoformat()]).fetchone()
        return row and row[0]

    def arrangements(self) -> list[d.Arrangement]:
        result = []
        member = self.member()
        self._arrangement_ids: dict[str, int] = {}
        for a in self.db.query("SELECT * FROM arrangements ORDER BY approval_date, id"):
            aid = a["id"]
            purchases = tuple(
                d.Purchase(date=dt.date.fromisoformat(p["date"]), amount_sdr=p["amount_sdr"], status=p["status"],
                           source=p["source"], note=p["note"], id=p["id"])
                for p in self.db.query("SELECT * FROM purchases WHERE arrangement_id = ? ORDER BY date, id", [aid])
            )
            tests = tuple(
                d.TestDate(date=dt.date.fromisoformat(t["date"]), nir_floor_usd=t["nir_floor_usd"],
                           budget_support_baseline_usd=t["budget_support_baseline_usd"],
                           adjustor_cap_usd=t["adjustor_cap_usd"], source=t["source"], note=t["note"],
                           budget_support_actual_usd=t["budget_support_actual_usd"])
                for t in self.db.query("SELECT * FROM test_dates WHERE arrangement_id = ? ORDER BY date", [aid])
            )
            benchmarks = tuple(
                d.Benchmark(description=b["description"], type=b["type"], start_date=_date(b["start_date"]),
                            due_date=_date(b["due_date"]), status=b["status"], source=b["source"], note=b["note"])
                for b in self.db.query("SELECT * FROM benchmarks WHERE arrangement_id = ? ORDER BY id", [aid])
            )
            repayment = None
            if a["repayment_installments"] is not None:
                repayment = d.Repayment(a["repayment_installments"], a["repayment_months_between"],
                                        a["repayment_first_after_months"])
            self._arrangement_ids[a["name"]] = aid
            result.append(d.Arrangement(
                name=a["name"], facility=a["facility"], approval_date=dt.date.fromisoformat(a["approval_date"]),
                months=a["months"], access_sdr=a["access_sdr"], quota_sdr=member.quota_on(dt.date.fromisoformat(a["approval_date"])),
                usd_per_sdr=a["usd_per_sdr"], charges_policy=a["charges_policy"], repayment=repayment,
                purchases=purchases, test_dates=tests, benchmarks=benchmarks,
                source=a["source"], note=a["note"],
            ))
        return result

    def arrangement_id(self, name: str) -> int:
        row = self.db.execute("SELECT id FROM arrangements WHERE name = ?", [name]).fetchone()
        if row is None:
            raise StoreError(translate("store", "no arrangement named {name}").format(name=repr(name)))
        return row[0]

    def scenarios(self) -> list[d.Scenario]:
        return [
            d.Scenario(id=r["id"], name=r["name"], kind=r["kind"], horizon_days=r["horizon_days"],
                       params=json.loads(r["params_json"]), builtin=bool(r["builtin"]), note=r["note"])
            for r in self.db.query("SELECT * FROM scenarios ORDER BY builtin DESC, kind, id")
        ]

    def policies(self) -> list[d.Policy]:
        return [
            d.Policy(id=r["id"], name=r["name"], kind=r["kind"], params=json.loads(r["params_json"]),
                     enabled=bool(r["enabled"]), note=r["note"], source=r["source"])
            for r in self.db.query("SELECT * FROM policies ORDER BY id")
        ]

    def runs(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM runs ORDER BY created_at DESC, id DESC"))

    def run_json(self, run_id: int) -> tuple[str, str] | None:
        """A stored run's inputs and summary, as stored (JSON text); None when there is no such run."""
        return self.db.execute("SELECT inputs_json, summary_json FROM runs WHERE id = ?", [run_id]).fetchone()

    def run_rows(self, run_ids: list[int]) -> list[dict[str, Any]]:
        """Stored runs as rows, exactly (every column)."""
        cursor = self.db.execute(f"SELECT * FROM runs WHERE id IN ({', '.join('?' * len(run_ids))})", run_ids)  # noqa: S608
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def run_ids_of(self, scenario_id: str) -> list[int]:
        return [r for (r,) in self.db.execute("SELECT id FROM runs WHERE scenario_id = ?", [scenario_id]).fetchall()]

    def new_run_id(self) -> int:
        """A number no stored run has ever had. Reports and the audit log name runs by number, and Edit > Undo of
        a deletion puts runs back under theirs, so a deleted run's number is never given again (SQLite would reuse
        it: the table has no AUTOINCREMENT). The append-only audit log holds every run ever inserted."""
        return self.db.execute(
            "SELECT coalesce(max(n), 0) + 1 FROM (SELECT max(id) AS n FROM runs UNION ALL SELECT max(CAST(row_key AS "
            "INTEGER)) FROM audit_log WHERE table_name = 'runs' AND action = 'insert')").fetchone()[0]

    def wallet_use_count(self, wallet_id: int) -> int:
        """How many transactions name the wallet, as source or destination."""
        return self.db.execute("SELECT count(*) FROM transactions WHERE wallet_id = ? OR to_wallet_id = ?",
                               [wallet_id, wallet_id]).fetchone()[0]

    def ledger_columns(self) -> list[tuple]:
        """Every transaction as (id, date, kind, wallet_id, to_wallet_id, quantity, price_usd, fee_usd, counterparty,
        reference, note, source), in storage order."""
        return self.db.execute(
            "SELECT id, date, kind, wallet_id, to_wallet_id, quantity, price_usd, fee_usd, counterparty, reference, "
            "note, source FROM transactions").fetchall()

    def table_rows(self, table: str) -> Iterator[tuple]:
        """Every row of an audited table, in rowid order (what a digest of the inputs reads)."""
        if table not in audit.audited_tables(self.db.conn):
            raise StoreError(f"{table}: not a table of the workspace")
        return self.db.execute(f'SELECT * FROM "{table}" ORDER BY rowid')  # noqa: S608 - a known table name

    def audit_rows(self, *, since: str | None = None, before: str | None = None, table: str | None = None,
                   user: str | None = None, limit: int | None = None) -> list[tuple]:
        """Audit entries matching every filter given, newest first, as (id, at, os_user, action, table_name,
        row_key, before_json, after_json, hash); ``since`` and ``before`` compare the UTC ISO text of ``at``."""
        where, params = [], []
        for clause, value in (("at >= ?", since), ("at < ?", before), ("table_name = ?", table), ("os_user = ?", user)):
            if value is not None:
                where.append(clause)
                params.append(value)
        sql = "SELECT id, at, os_user, action, table_name, row_key, before_json, after_json, hash FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"  # ids follow the hash chain; clocks can go backwards
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self.db.execute(sql, params).fetchall()

    def audit_facets(self) -> tuple[list[str], list[str]]:
        """The tables and the OS users the audit log names, sorted."""
        tables = [r[0] for r in self.db.execute(
            "SELECT DISTINCT table_name FROM audit_log WHERE table_name IS NOT NULL ORDER BY table_name")]
        users = [r[0] for r in self.db.execute("SELECT DISTINCT os_user FROM audit_log ORDER BY os_user")]
        return tables, users

    def next_transaction_id(self) -> int:
        return (self.db.execute("SELECT max(id) FROM transactions").fetchone()[0] or 0) + 1

    @contextlib.contextmanager
    def incoming_transactions(self, columns: tuple[str, ...]) -> Iterator[IncomingTransactions]:
        """A scratch table of an import's parsed rows, so that one query finds those already stored: memory stays
        flat however large the ledger (a set of every stored row took 1.4 GB for 1.3 million). TEMP: it lives in
        this connection only, never in the workspace file."""
        self.db.execute(f"CREATE TEMP TABLE incoming_transactions (row_number INTEGER PRIMARY KEY, {', '.join(columns)})")
        try:
            yield IncomingTransactions(self.db.conn, columns)
        finally:
            self.db.execute("DROP TABLE IF EXISTS temp.incoming_transactions")

    def ledger_export_rows(self) -> Iterator[tuple]:
        """The ledger in booking order with wallet names, as the transactions CSV holds it."""
        return self.db.execute("""
            SELECT t.date, t.kind, w.name, tw.name, t.asset, t.quantity, t.price_usd, t.fee_usd, t.counterparty,
                   t.reference, t.note
            FROM transactions t JOIN wallets w ON w.id = t.wallet_id LEFT JOIN wallets tw ON tw.id = t.to_wallet_id
            ORDER BY t.date, t.id""")

    def closes_by_date(self, asset: str) -> dict[str, float]:
        """The stored closes of an asset by ISO date."""
        return dict(self.db.execute("SELECT date, close_usd FROM prices WHERE asset = ?", [asset]).fetchall())

    def fx_rates(self, currency: str) -> list[tuple[str, float]]:
        """The stored rates of a currency, (ISO date, units per US$), oldest first."""
        return self.db.execute("SELECT date, per_usd FROM fx_rates WHERE currency = ? ORDER BY date", [currency]).fetchall()

    def fx_currencies(self) -> list[str]:
        """The currencies with stored rates, alphabetically."""
        return [c for (c,) in self.db.execute("SELECT DISTINCT currency FROM fx_rates ORDER BY currency")]

    def fx_sources(self, currency: str) -> list[str]:
        """Where a currency's rates came from (the import's label per row), as stored."""
        return [s for (s,) in self.db.execute("SELECT DISTINCT source FROM fx_rates WHERE currency = ? AND source IS NOT "
                                              "NULL ORDER BY source", [currency])]

    def macro_dates(self) -> set[str]:
        return {r for (r,) in self.db.execute("SELECT date FROM macro_inputs")}

    def last_rowids(self, tables) -> dict[str, int]:
        """The largest rowid of each table (0 when empty): rows added later come after it."""
        return {t: self.db.execute(f'SELECT coalesce(max(rowid), 0) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608

    def rows_after(self, table: str, rowid: int) -> tuple[tuple[str, ...], list[tuple], list[int]]:
        """The rows of ``table`` after ``rowid``: their columns, values and rowids."""
        cursor = self.db.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid > ?', [rowid])  # noqa: S608
        rows = cursor.fetchall()
        return tuple(c[0] for c in cursor.description[1:]), [r[1:] for r in rows], [r[0] for r in rows]

    def audit_count(self) -> int:
        return self.db["audit_log"].count


class IncomingTransactions:
    """Rows of a transactions import, keyed by their row in the file (``Store.incoming_transactions``)."""

    def __init__(self, conn: sqlite3.Connection, columns: tuple[str, ...]):
        self.conn, self.columns = conn, columns

    def add(self, rows: list[tuple]) -> None:
        """(row number, *values in ``columns``) each."""
        self.conn.executemany(f"INSERT INTO temp.incoming_transactions VALUES ({', '.join('?' * (len(self.columns) + 1))})",
                              rows)

    def stored(self) -> set[int]:
        """The row numbers of rows already in the ledger: equal in every column (NULL matching NULL, as a tuple
        compares), or carrying a reference already in use."""
        same = " AND ".join(f"t.{c} IS i.{c}" for c in self.columns)
        return {n for (n,) in self.conn.execute(f"""
            SELECT i.row_number FROM temp.incoming_transactions i
            WHERE EXISTS (SELECT 1 FROM main.transactions t WHERE {same})
               OR EXISTS (SELECT 1 FROM main.transactions t WHERE t.reference = i.reference)""")}  # noqa: S608

    def rows(self) -> Iterator[tuple]:
        """(row number, *values) in the file's order."""
        return self.conn.execute("SELECT * FROM temp.incoming_transactions ORDER BY row_number")


class DamagedWorkspace(StoreError):
    """The file is not a readable workspace: truncated, overwritten, or failing SQLite's integrity check."""

    def __init__(self, message: str, latest_backup: Path | None = None):
        super().__init__(message)
        self.latest_backup = latest_backup

    @classmethod
    def of(cls, path: Path, reason: str) -> DamagedWorkspace:
        found = backup.list_backups(path)
        latest = found[0].path if found else None
        offer = (translate("store", " The latest backup is {backup} ({taken} UTC): restore it with 'reserve-desk "
                                    "restore --workspace {path}' or File > Restore from backup.").format(
            backup=latest.name, taken=f"{found[0].taken_at:%Y-%m-%d %H:%M}", path=path) if latest else
                 translate("store", " There is no backup of it."))
        return cls(f"{path.name}: {reason}.{offer}", latest)


def _keep(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM metadata WHERE key = ?", [backup.KEEP_KEY]).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() and int(row[0]) > 0 else backup.DEFAULT_KEEP


def _check_is_workspace_file(path: Path) -> None:
    """Refuse what is plainly not a workspace before SQLite is asked to open it."""
    if not path.exists():
        raise StoreError(translate("store", "{path} does not exist").format(path=path))
    if not path.is_file():
        raise StoreError(translate("store", "{path} is not a file").format(path=path))
    with path.open("rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        if backup.list_backups(path):  # it was a workspace once: it has been overwritten or truncated
            raise DamagedWorkspace.of(path, translate("store", "it is not an SQLite file any more (overwritten or "
                                                               "truncated)"))
        raise StoreError(translate("store", "{file} is not a Reserve Desk workspace (not an SQLite file)").format(
            file=path.name))
