"""Issue 19: an audit trail an insider with the file cannot rewrite. Each attack below once left `audit verify`
reporting "intact"; a signed checkpoint kept outside the file, the app's own schema and entry times now catch it.

The insider is modelled exactly: the hash-chain algorithm of desktop/core/store/audit.py is public, so an attack
recomputes every hash after the change and puts the log's own triggers back as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.domain import Wallet
from desktop.core.store import audit, checkpoint
from desktop.core.store.backup import folder_of
from desktop.core.store.verify import verify
from desktop.core.workspace import Workspace
from tests.conftest import cli_command

COLUMNS = ("id", "at", "os_user", "action", "table_name", "row_key", "before_json", "after_json", "prev_hash", "hash",
           "state_json")


def _rewrite_log(path: Path, change) -> None:
    """As an insider would: read the log, let ``change(conn, entries)`` alter data and entries, recompute every hash
    from the algorithm in audit.py, and write the log back with its append-only triggers restored exactly."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    entries = [dict(zip(COLUMNS, row, strict=True)) for row in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id")]
    entries = change(conn, entries)
    previous = audit.GENESIS_HASH
    for e in entries:
        e["prev_hash"], e["hash"] = previous, audit.entry_hash(previous, e)
        previous = e["hash"]
    conn.execute("DELETE FROM audit_log")
    conn.executemany(f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                     [tuple(e[c] for c in COLUMNS) for e in entries])
    for (sql,) in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


def _restate(conn, entries: list[dict], table: str) -> list[dict]:
    """Make the last entry that records ``table``'s state record it as the data now stands."""
    last = max(i for i, e in enumerate(entries) if e["state_json"] and table in json.loads(e["state_json"]))
    states = json.loads(entries[last]["state_json"])
    states[table] = audit.table_state(conn, table)
    entries[last]["state_json"] = audit.canonical_json(states)
    return entries


@pytest.fixture
def es(sample_copy) -> Path:
    """The El Salvador sample with a checkpoint of its log kept beside its backups (as a backup or a PDF makes)."""
    path = sample_copy("el-salvador")
    ws = Workspace.open(path)  # the first open of the day takes a backup, which leaves a checkpoint
    ws.close()
    assert checkpoint.found_beside(path)
    return path


def test_a_transaction_edited_and_the_chain_recomputed_fails_the_checkpoint_naming_the_table(es):
    def skim(conn, entries):
        conn.execute("UPDATE transactions SET quantity = quantity + 1000 WHERE id = (SELECT min(id) FROM transactions)")
        return _restate(conn, entries, "transactions")

    before = Workspace.open(es, read_only=True).holdings().total_btc
    _rewrite_log(es, skim)
    assert Workspace.open(es, read_only=True).holdings().total_btc == pytest.approx(before + 1000)
    result = verify(es)
    assert not result.intact
    assert "history up to it was rewritten" in result.problems[0] and "table transactions: a row changed" in result.problems[0]
    assert [c["status"] for c in result.checkpoints] == ["not in the log"] * len(result.checkpoints)


def test_without_any_checkpoint_a_recomputed_chain_still_passes_which_is_why_checkpoints_are_kept_apart(es):
    copy = es.with_name("elsewhere.db")  # a copy with no backups folder: nothing outside the file to compare with
    shutil.copyfile(es, copy)
    _rewrite_log(copy, lambda conn, entries: (conn.execute("UPDATE wallets SET cap_btc = 1 WHERE id = 1"),
                                              _restate(conn, entries, "wallets"))[1])
    assert verify(copy).intact
    outside = checkpoint.found_beside(es)[0]  # the checkpoint the insider could not reach
    result = verify(copy, [outside])
    assert not result.intact and "table wallets: a row changed" in result.problems[0]


def test_deleting_the_last_entries_with_the_changes_they_record_is_a_rollback(es):
    ws = Workspace.open(es)
    for n in range(3):
        ws.add_wallet(Wallet(name=f"New {n}", kind="cold"))
    ws.store.backup("manual")  # a checkpoint of the log with the three wallets
    ws.close()

    def roll_back(conn, entries):
        conn.execute("DELETE FROM wallets WHERE name LIKE 'New %'")
        return entries[:-3]

    _rewrite_log(es, roll_back)
    result = verify(es)
    assert not result.intact
    problem = next(p for p in result.problems if "were removed" in p)
    n = len(entries_of(es))
    assert f"the log has {n:,} entries but the checkpoint signed {n + 3:,}: entries {n + 1:,}-{n + 3:,} were removed" in problem


def entries_of(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id FROM audit_log").fetchall()
    finally:
        conn.close()


def test_a_back_dated_entry_appended_to_the_chain_is_named(es):
    def back_date(conn, entries):
        forged = {**entries[-1], "id": entries[-1]["id"] + 1, "at": "2024-01-01T00:00:00.000000+00:00",
                  "action": "update", "os_user": "the.minister", "state_json": None}
        return [*entries, forged]

    _rewrite_log(es, back_date)
    result = verify(es)
    assert not result.intact and "its time is before entry" in result.problems[0] and "back-dated" in result.problems[0]


def test_the_os_user_comes_from_the_account_not_from_logname(es):
    env = {**os.environ, "LOGNAME": "the.minister", "USER": "the.minister", "USERNAME": "the.minister"}
    subprocess.run([*cli_command(), "wallets", "add", "Vault", "--workspace", str(es), "--kind", "cold"], env=env,
                   check=True, capture_output=True)
    conn = sqlite3.connect(es)
    (user,) = conn.execute("SELECT os_user FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    import pwd

    assert user == pwd.getpwuid(os.getuid()).pw_name != "the.minister"


def test_entry_times_never_go_backwards():
    last = "2030-01-01T12:00:00.000000+00:00"
    a_little_behind = dt.datetime(2030, 1, 1, 11, 59, 59, tzinfo=dt.UTC)
    assert audit.entry_time(last, a_little_behind) == last  # a time-server correction: the last entry's time
    with pytest.raises(audit.ClockBehind, match="before the workspace's last audit entry"):
        audit.entry_time(last, dt.datetime(2029, 12, 31, tzinfo=dt.UTC))
    assert audit.entry_time(last, dt.datetime(2030, 1, 2, tzinfo=dt.UTC)).startswith("2030-01-02T00:00:00")


def test_a_skimming_trigger_is_named(es):
    conn = sqlite3.connect(es)
    conn.execute("CREATE TRIGGER skim AFTER INSERT ON transactions BEGIN "
                 "UPDATE transactions SET quantity = quantity * 0.9 WHERE id = new.id; END")
    conn.commit()
    conn.close()
    result = verify(es)
    assert not result.intact and result.problems[0].startswith("trigger skim: not in Reserve Desk's schema")


def test_a_dropped_append_only_guard_is_named(es):
    conn = sqlite3.connect(es)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.commit()
    conn.close()
    assert "trigger audit_log_no_delete: dropped outside Reserve Desk" in verify(es).problems


def test_a_view_or_an_altered_index_is_named(es):
    conn = sqlite3.connect(es)
    conn.execute("CREATE VIEW holdings_shown AS SELECT * FROM transactions WHERE quantity < 100")
    conn.execute("CREATE INDEX extra ON prices (close_usd)")
    conn.commit()
    conn.close()
    problems = verify(es).problems
    assert any(p.startswith("view holdings_shown: not in Reserve Desk's schema") for p in problems)
    assert any(p.startswith("index extra: added outside Reserve Desk") for p in problems)


def test_a_checkpoint_then_a_legitimate_change_passes_the_log_extends_it(es, tmp_path, capsys):
    out = tmp_path / "usb" / "cp.json"
    out.parent.mkdir()
    assert cli.main(["audit", "checkpoint", "--workspace", str(es), "--out", str(out)]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["checkpoint"]).parent == folder_of(es.resolve()) and out.exists()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    ws = Workspace.open(es)
    ws.add_wallet(Wallet(name="Later", kind="hot"))
    ws.close()
    assert cli.main(["audit", "verify", "--workspace", str(es), "--checkpoint", str(out)]) == 0
    checked = json.loads(capsys.readouterr().out)["checkpoints"]
    assert checked[0]["status"] == "contained" and checked[0]["entries_since"] >= 1


def test_an_edited_checkpoint_or_another_workspaces_is_refused(es, sample_copy, tmp_path, capsys):
    assert cli.main(["audit", "checkpoint", "--workspace", str(es)]) == 0
    signed = Path(json.loads(capsys.readouterr().out)["checkpoint"])
    edited = tmp_path / "edited.json"
    raw = json.loads(signed.read_text())
    edited.write_text(json.dumps({**raw, "entries": raw["entries"] - 1}))
    assert cli.main(["audit", "verify", "--workspace", str(es), "--checkpoint", str(edited)]) == 1
    assert "its signature does not match its content" in capsys.readouterr().err
    other = sample_copy("pakistan")
    assert cli.main(["audit", "verify", "--workspace", str(other), "--checkpoint", str(signed)]) == 1
    assert "it was signed for workspace id" in capsys.readouterr().err


def test_a_log_that_does_not_verify_is_never_signed(es, capsys):
    conn = sqlite3.connect(es)
    conn.execute("UPDATE wallets SET cap_btc = 1 WHERE id = 1")
    conn.commit()
    conn.close()
    assert cli.main(["audit", "checkpoint", "--workspace", str(es)]) == 1
    assert "not signed: table wallets: a row was changed" in capsys.readouterr().err


def test_the_key_is_per_account_owner_only_and_never_beside_the_workspace(es):
    key = checkpoint.signing_key()
    path = checkpoint.config_folder() / checkpoint.KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not any(p.read_bytes().find(key.encode().hex().encode()) >= 0 for p in es.parent.rglob("*") if p.is_file())
    signed = checkpoint.load(checkpoint.found_beside(es)[0])
    assert signed.public_key == key.verify_key.encode().hex()


def test_a_key_others_can_read_is_not_used(tmp_path):
    folder = tmp_path / "config"
    checkpoint.signing_key(folder)
    (folder / checkpoint.KEY_FILE).chmod(0o644)
    with pytest.raises(checkpoint.CheckpointError, match="readable or writable by other accounts"):
        checkpoint.signing_key(folder)


def test_the_pdf_cover_prints_the_head_and_the_checkpoint_is_kept(es, tmp_path):
    out = tmp_path / "summary.pdf"
    done = subprocess.run([*cli_command(), "report", "--workspace", str(es), "--out", str(out), "--sections", "summary"],
                          capture_output=True, text=True, check=True)  # in its own process: it starts a QGuiApplication
    kept = Path(json.loads(done.stdout)["checkpoint"])
    signed = checkpoint.load(kept)
    text = subprocess.run(["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else None
    if text is not None:
        flat = " ".join(text.split())
        assert f"{signed.entries:,} entries; entry {signed.entries:,} has hash {signed.head_hash}" in flat
        assert signed.public_key in flat.replace(" ", "")
    assert verify(es, [kept]).intact


def test_a_workspace_with_a_foreign_trigger_opens_only_for_reading_so_the_trigger_never_runs(es, tmp_path, capsys):
    conn = sqlite3.connect(es)
    conn.execute("CREATE TRIGGER skim AFTER INSERT ON transactions BEGIN "
                 "UPDATE transactions SET quantity = quantity * 0.9 WHERE id = new.id; END")
    conn.commit()
    conn.close()
    ledger = tmp_path / "buy.csv"
    ledger.write_text("date,kind,wallet,to_wallet,asset,quantity,price_usd,fee_usd,counterparty,reference,note\n"
                      "2025-11-10,purchase,Daily purchases (hot),,BTC,10,90000,,,SKIM-1,\n", encoding="utf-8")
    assert cli.main(["import", "transactions", str(ledger), "--workspace", str(es)]) == 1
    assert "trigger skim was added, altered or dropped outside Reserve Desk" in capsys.readouterr().err
    ws = Workspace.open(es, read_only=True)  # still readable: verify, the report, the window with a banner
    assert ws.store.db.execute("SELECT count(*) FROM transactions WHERE reference = 'SKIM-1'").fetchone()[0] == 0
    ws.close()
    assert cli.main(["holdings", "--workspace", str(es)]) == 0


def test_a_restore_reads_as_one_line_in_the_audit_log_and_verify_passes_after_it(es, capsys):
    from desktop.core.audit_view import audit_entries, describe
    from desktop.core.store.backup import list_backups

    daily = list_backups(es.resolve())[0].path
    ws = Workspace.open(es)
    ws.add_wallet(Wallet(name="Dropped by the restore", kind="hot"))
    ws.close()
    assert cli.main(["restore", str(daily), "--workspace", str(es)]) == 0
    capsys.readouterr()
    ws = Workspace.open(es, read_only=True)
    (latest,) = audit_entries(ws, limit=1)
    ws.close()
    assert describe(latest).startswith(f"Restored from {daily.name} (") and "1 of the previous log dropped" in describe(latest)
    result = verify(es)
    assert result.intact, result.problems
    set_aside = list((folder_of(es.resolve()) / "superseded").iterdir())  # the dropped history's checkpoints, kept
    assert set_aside and "a restore dropped entries" in verify(es, set_aside).problems[0]  # asked for, they fail


def test_a_planted_backup_folder_makes_the_workspace_read_only_with_the_reason_not_unopenable(sample_copy, tmp_path):
    es = sample_copy("el-salvador")
    elsewhere = tmp_path / "insider"
    elsewhere.mkdir()
    folder_of(es.resolve()).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(Exception, match="is a symbolic link, not a real folder") as refused:
        Workspace.open(es)
    assert getattr(refused.value, "reason", None)  # WorkspaceReadOnly: the window opens it read-only with a banner
    done = subprocess.run([*cli_command(), "holdings", "--workspace", str(es)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr  # read commands fall back to reading
    assert not any(elsewhere.iterdir())


# ---- the review of issue 19: attacks on the checks themselves ----------------------------------------------------

@pytest.mark.parametrize("name", ["sqliteskim", "SQLITE_skim"])
def test_a_trigger_named_like_sqlites_own_is_still_named(es, name):
    conn = sqlite3.connect(es)
    if name.startswith("SQLITE_"):  # a reserved name: only through the schema table itself
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', ?, "
                     "'transactions', 0, ?)", [name, f"CREATE TRIGGER {name} AFTER INSERT ON transactions BEGIN "
                                                      "UPDATE transactions SET quantity = quantity * 0.9 WHERE id = new.id; END"])
    else:
        conn.execute(f"CREATE TRIGGER {name} AFTER INSERT ON transactions BEGIN "
                     "UPDATE transactions SET quantity = quantity * 0.9 WHERE id = new.id; END")
    conn.commit()
    conn.close()
    assert any(p.startswith(f"trigger {name}:") for p in verify(es).problems)
    with pytest.raises(Exception, match=f"trigger {name} was added, altered or dropped"):
        Workspace.open(es)


def test_checkpoints_are_found_beside_a_workspace_whose_name_is_a_pattern(sample_copy, tmp_path):
    path = tmp_path / "Reserves [draft].db"
    shutil.copyfile(sample_copy("empty"), path)
    Workspace.open(path).close()  # the day's backup, with its checkpoint
    assert checkpoint.found_beside(path) and verify(path).checkpoints


def test_a_changed_workspace_id_does_not_silence_the_checkpoints_beside_it(es):
    def new_id(conn, entries):
        conn.execute("UPDATE metadata SET value = 'deadbeef' WHERE key = 'workspace_id'")
        return _restate(conn, entries, "metadata")

    _rewrite_log(es, new_id)
    problems = verify(es).problems
    assert any("it was signed for workspace id" in p and "this file's id is deadbeef" in p for p in problems)


def test_checkpoints_dated_in_the_future_fail_and_none_is_dropped_to_a_cap(es, tmp_path):
    genuine = checkpoint.load(checkpoint.found_beside(es)[0])
    future = checkpoint.Checkpoint(**{**genuine.body(), "time": "2099-01-01T00:00:00+00:00"})
    key = checkpoint.signing_key()
    signed = checkpoint.Checkpoint(**{**future.body(), "signature": key.sign(future.message()).signature.hex()})
    for n in range(3):
        (folder_of(es.resolve()) / f"{es.stem}-20990101T000000Z-{n}-junk-checkpoint.json").write_bytes(checkpoint.encode(signed))
    result = verify(es)
    assert sum("signed at a time later than this computer's clock" in p for p in result.problems) == 3
    assert any(c["status"] == "contained" for c in result.checkpoints)  # the genuine one is still checked


def test_verify_reads_one_snapshot_while_another_program_writes(es):
    import threading

    stop = threading.Event()

    def write():
        ws = Workspace.open(es)
        n = 0
        while not stop.is_set():
            with ws.store.transaction() as w:
                w.set_metadata("busy", str(n))
            n += 1
        ws.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        results = [verify(es) for _ in range(5)]
    finally:
        stop.set()
        writer.join()
    assert all(r.intact for r in results), [r.problems for r in results if not r.intact]


@pytest.mark.parametrize("at", ["2026-11-30T20:00:00+05:00", "zzz"])
def test_an_entry_time_that_is_not_utc_is_named(es, at):
    def append(conn, entries):
        return [*entries, {**entries[-1], "id": entries[-1]["id"] + 1, "at": at, "state_json": None}]

    _rewrite_log(es, append)
    assert "its time cannot be read as a UTC time" in verify(es).problems[0]
    if at == "zzz":  # the next change is refused with the reason, not an internal error
        ws = Workspace.open(es)
        with pytest.raises(audit.ClockBehind, match="cannot be read"):
            ws.add_wallet(Wallet(name="After", kind="hot"))
        ws.close()


@pytest.mark.parametrize("change", [{"head_hash": 5}, {"tables": {"transactions": 5}}, {"entries": True},
                                    {"time": 5}, {"head_hash": "ab"}])
def test_a_malformed_checkpoint_is_refused_with_a_message(es, tmp_path, capsys, change):
    raw = json.loads(checkpoint.found_beside(es)[0].read_text())
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**raw, **change}))
    assert cli.main(["audit", "verify", "--workspace", str(es), "--checkpoint", str(bad)]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_a_deeply_nested_file_beside_the_backups_is_refused_not_a_crash(es, capsys):
    (folder_of(es.resolve()) / f"{es.stem}-20200101T000000Z-1-a-checkpoint.json").write_text("[" * 100_000 + "]" * 100_000)
    assert cli.main(["audit", "verify", "--workspace", str(es)]) == 1
    assert "nested too deeply" in capsys.readouterr().err


def test_a_key_folder_that_cannot_be_written_gives_a_summary_marked_not_signed(es, tmp_path, monkeypatch):
    blocked = tmp_path / "config-is-a-file"
    blocked.write_text("")
    monkeypatch.setattr(checkpoint, "config_folder", lambda: blocked / "Reserve Desk")
    from desktop.core.summary import build_report

    ws = Workspace.open(es, read_only=True)
    report = build_report(ws, sections=["summary"])
    ws.close()
    assert report.checkpoint is None and dict(report.cover)["Checkpoint"].startswith("not signed: the signing key in")


def test_a_schema_change_since_a_contained_checkpoint_is_named(es):
    def index(conn, entries):
        conn.execute("CREATE INDEX extra ON prices (close_usd)")
        forged = {**entries[-1], "id": entries[-1]["id"] + 1, "action": "import", "table_name": None,
                  "after_json": audit.canonical_json({"schema": audit.schema_objects(conn)}), "state_json": None}
        return [*entries, forged]  # a forged entry re-recording the schema: only creation, migration, restore count

    _rewrite_log(es, index)
    assert any(p.startswith("index extra: added outside Reserve Desk") for p in verify(es).problems)


def test_a_head_read_off_a_printed_cover_is_checked(es, capsys):
    conn = sqlite3.connect(es)
    n, head_hash = checkpoint.head(conn)
    conn.close()
    assert cli.main(["audit", "verify", "--workspace", str(es), "--head", f"{n}:{head_hash}"]) == 0
    capsys.readouterr()
    assert cli.main(["audit", "verify", "--workspace", str(es), "--head", f"{n}:{'0' * 64}"]) == 1
    assert f"head {n:,}: audit entry #{n:,} has hash" in capsys.readouterr().err
    assert cli.main(["audit", "verify", "--workspace", str(es), "--head", f"{n + 5}:{head_hash}"]) == 1
    assert "were removed" in capsys.readouterr().err


def test_a_planted_lock_link_never_overwrites_its_target_and_a_lock_folder_only_makes_it_read_only(sample_copy, tmp_path):
    es = sample_copy("empty")
    victim = tmp_path / "victim.txt"
    victim.write_text("secret")
    es.with_name(f"{es.name}.lock").symlink_to(victim)
    done = subprocess.run([*cli_command(), "wallets", "list", "--workspace", str(es)], capture_output=True, text=True)
    assert done.returncode == 0 and victim.read_text() == "secret"
    done = subprocess.run([*cli_command(), "wallets", "add", "W", "--workspace", str(es)], capture_output=True, text=True)
    assert done.returncode == 1 and "is not a plain file" in done.stderr and "internal error" not in done.stderr
    es.with_name(f"{es.name}.lock").unlink()
    es.with_name(f"{es.name}.lock").mkdir()
    done = subprocess.run([*cli_command(), "wallets", "list", "--workspace", str(es)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_no_checkpoint_is_kept_in_a_backup_folder_that_is_a_link(sample_copy, tmp_path, capsys):
    es = sample_copy("empty")
    elsewhere = tmp_path / "insider"
    elsewhere.mkdir()
    folder_of(es.resolve()).symlink_to(elsewhere, target_is_directory=True)
    assert cli.main(["audit", "checkpoint", "--workspace", str(es)]) == 1
    assert "is a symbolic link" in capsys.readouterr().err and not any(elsewhere.iterdir())
    assert cli.main(["audit", "verify", "--workspace", str(es)]) == 1
    assert "the checkpoints kept there cannot be trusted" in capsys.readouterr().err


def test_an_entry_dated_in_the_future_fails_verify_and_says_why_changes_are_refused(es):
    def ahead(conn, entries):
        return [*entries, {**entries[-1], "id": entries[-1]["id"] + 1, "at": "2199-01-01T00:00:00.000000+00:00",
                           "action": "import", "state_json": None}]

    _rewrite_log(es, ahead)
    assert "dated later than this computer's clock" in verify(es).problems[0]


def test_a_lock_that_is_a_hard_link_to_another_file_is_not_written(sample_copy, tmp_path):
    es = sample_copy("empty")
    mine = tmp_path / "mine.txt"
    mine.write_text("keep me")
    os.link(mine, es.with_name(f"{es.name}.lock"))
    done = subprocess.run([*cli_command(), "wallets", "add", "W", "--workspace", str(es)], capture_output=True, text=True)
    assert done.returncode == 1 and "is not a plain file of its own" in done.stderr and mine.read_text() == "keep me"


@pytest.mark.parametrize("head", ["0:" + "a" * 64, "72:abc"])
def test_a_head_that_is_not_one_is_refused_with_the_form(es, capsys, head):
    assert cli.main(["audit", "verify", "--workspace", str(es), "--head", head]) == 2
    assert "an entry count from 1 and its hash" in capsys.readouterr().err


def test_a_head_pasted_with_spaces_and_a_line_break_is_read(es, capsys):
    conn = sqlite3.connect(es)
    n, head_hash = checkpoint.head(conn)
    conn.close()
    assert cli.main(["audit", "verify", "--workspace", str(es), "--head", f"{n:,}: {head_hash[:30]}\n{head_hash[30:]} "]) == 0


def test_the_cover_says_when_the_checkpoint_cannot_be_kept(es, monkeypatch):
    from desktop.core.summary import build_report

    monkeypatch.setattr(checkpoint, "keep_problem", lambda workspace: "the folder cannot be written (read-only media)")
    ws = Workspace.open(es, read_only=True)
    cover = dict(build_report(ws, sections=["summary"]).cover)
    ws.close()
    assert cover["Checkpoint"].endswith("; not kept as a file: the folder cannot be written (read-only media)")
