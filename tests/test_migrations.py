"""Schema migrations: workspaces written by each earlier version upgrade with a backup and verify; a newer one is
refused; failure restores."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.store import LATEST_VERSION, MigrationError, SchemaTooNewError, Store, StoreError
from desktop.core.store import migrate as migrate_module
from desktop.core.store.schema import MIGRATIONS
from desktop.core.workspace import Workspace

DATA = Path(__file__).parent / "data"  # workspaces written by earlier versions: tests/data/README.md
WALLETS = [("Cold storage", "cold", 100.0), ("Daily purchases", "hot", None)]
TRANSACTIONS = [("2024-03-01", "purchase", "Daily purchases", None, 1.5, 62_000.0, 12.5, "LEG-1"),
                ("2024-03-15", "purchase", "Daily purchases", None, 0.75, 68_000.0, None, "LEG-2"),
                ("2024-04-02", "transfer", "Daily purchases", "Cold storage", 2.0, None, 3.0, "LEG-3")]
CLOSES = [("2024-03-01", 62_431.65), ("2024-03-15", 69_392.48), ("2024-04-02", 65_446.97)]


def _stored_workspace(version: int, folder: Path) -> Path:
    """A copy of the workspace the Reserve Desk of schema ``version`` wrote (the stored file stays as it is)."""
    source = DATA / f"schema-{version}.db"
    assert source.exists(), f"keep a workspace written at schema {version} as {source} (see tests/data/README.md)"
    path = folder / "old.db"
    shutil.copyfile(source, path)
    return path


def _content(path: Path) -> list[str]:
    """Every table's definition and rows, as SQL."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _assert_data_intact(path: Path) -> None:
    ws = Workspace.open(path)
    try:
        assert [(w.name, w.kind, w.cap_btc) for w in ws.wallets] == WALLETS
        assert not any(w.archived for w in ws.wallets)  # the column migration 2 added, at its default
        assert [(t.date.isoformat(), t.kind, t.wallet, t.to_wallet, t.quantity, t.price_usd, t.fee_usd, t.reference)
                for t in ws.store.transactions()] == TRANSACTIONS
        assert [(p.date.isoformat(), p.close_usd) for p in ws.prices("BTC")] == CLOSES
        h = ws.holdings(dt.date(2024, 4, 2))
        assert h.total_btc == 2.25 and {w.name: w.btc for w in h.wallets} == {"Cold storage": 2.0, "Daily purchases": 0.25}
    finally:
        ws.close()


def _audit_verify(path: Path, capsys) -> dict:
    """``reserve-desk audit verify``, in process."""
    capsys.readouterr()
    code = cli.main(["audit", "verify", "--workspace", str(path)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["intact"], out
    return out


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_a_workspace_of_each_earlier_schema_upgrades_after_a_backup_and_verifies(tmp_path, capsys, version):
    path = _stored_workspace(version, tmp_path)
    as_written = _content(path)
    store = Store(path)
    try:
        assert store.schema_version == LATEST_VERSION
        backup = store.migration_backup
    finally:
        store.close()
    assert backup is not None and backup.name.endswith(f"-before-schema-{LATEST_VERSION}.db")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    assert _content(backup) == as_written  # taken before the first migration touched the file
    out = _audit_verify(path, capsys)
    assert {"wallets", "transactions", "prices"} <= set(out["tables_checked"])
    _assert_data_intact(path)
    _audit_verify(path, capsys)  # opening it again wrote only audited changes


def test_a_workspace_of_the_current_schema_written_by_an_earlier_version_opens_as_it_is(tmp_path, capsys):
    path = _stored_workspace(LATEST_VERSION, tmp_path)
    store = Store(path)
    assert store.schema_version == LATEST_VERSION and store.migration_backup is None
    store.close()
    _audit_verify(path, capsys)
    _assert_data_intact(path)


def test_current_version_takes_no_backup(tmp_path):
    Store.create(tmp_path / "w.db").close()
    store = Store(tmp_path / "w.db")
    assert store.migration_backup is None
    store.close()
    from desktop.core.store.backup import list_backups

    assert [b.label for b in list_backups(tmp_path / "w.db")] == ["daily"]  # the day's first open; no migration


def test_newer_version_is_refused_clearly(tmp_path):
    path = tmp_path / "future.db"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match=rf"newer version of Reserve Desk .*schema {LATEST_VERSION + 1}.*up to schema {LATEST_VERSION}"):
        Store(path)


def test_migration_7_moves_the_quota_and_sdr_rates_to_the_member_and_keeps_every_purchase(tmp_path, capsys):
    # the Pakistan sample as schema 6 wrote it: two arrangements, each with its own quota and SDR-rate steps (one
    # date in both); rebuilding the arrangements table must not cascade to purchases (foreign keys are off for it)
    path = tmp_path / "program.db"
    shutil.copyfile(DATA / "schema-6-program.db", path)
    conn = sqlite3.connect(path)
    purchases = conn.execute("SELECT id, arrangement_id, date, amount_sdr, status FROM purchases ORDER BY id").fetchall()
    conn.close()
    ws = Workspace.open(path)
    try:
        assert ws.store.schema_version == LATEST_VERSION
        member = ws.member
        assert [(q.effective_date, q.quota_sdr) for q in member.quotas] == [(dt.date(2024, 9, 25), 2_031e6)]
        assert [(r.from_date, r.sdr_rate) for r in member.sdr_rates] == [(dt.date(2024, 7, 29), 0.03942),
                                                                         (dt.date(2025, 3, 25), 0.031)]
        assert [(a.name, a.quota_sdr, a.charges_policy) for a in ws.arrangements] == [
            ("Pakistan EFF 2024", 2_031e6, None), ("Pakistan RSF 2025", 2_031e6, None)]  # the dates decide now
        rows = ws.store.db.execute("SELECT id, arrangement_id, date, amount_sdr, status FROM purchases ORDER BY id").fetchall()
        assert rows == purchases and len(rows) == 8
        assert ws.store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the migration
        assert ws.fund_position().on(dt.date(2025, 12, 31))["gra_credit_sdr"] == pytest.approx(3 * 760e6 + 154e6)
    finally:
        ws.close()
    _audit_verify(path, capsys)


def test_migration_7_keeps_the_first_figure_where_arrangements_disagreed_and_says_so(tmp_path):
    # written into a schema-6 file directly (outside the audit: this checks the migration's SQL only): a second
    # arrangement approved the same day with another quota, its own rate on a date the EFF has, a pinned policy
    path = tmp_path / "conflicts.db"
    shutil.copyfile(DATA / "schema-6-program.db", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO arrangements (id, name, facility, approval_date, months, access_sdr, quota_sdr, usd_per_sdr,"
                 " charges_policy) VALUES (9, 'X SBA', 'SBA', '2024-09-25', 12, 1e8, 1.5e9, 1.3, 'pre-2024-11')")
    conn.execute("INSERT INTO rate_assumptions (arrangement_id, from_date, sdr_rate) VALUES (9, '2024-07-29', 0.05)")
    conn.commit()
    conn.close()
    ws = Workspace.open(path)
    try:
        (quota,) = ws.member.quotas
        assert quota.quota_sdr == 2_031e6  # the first arrangement's (the EFF, entered first)
        assert "X SBA: SDR 1500.00 m" in quota.note and "Pakistan EFF 2024: SDR 2031.00 m" in quota.note
        step = next(r for r in ws.member.sdr_rates if r.from_date == dt.date(2024, 7, 29))
        assert step.sdr_rate == 0.03942 and "X SBA: 5.000%" in step.source and "Pakistan EFF 2024: 3.942%" in step.source
        sba = next(a for a in ws.arrangements if a.name == "X SBA")
        assert sba.charges_policy is None and "set to the policy before 2024-11-01" in sba.note
        eff = next(a for a in ws.arrangements if a.name == "Pakistan EFF 2024")  # approved before the reform
        assert "set to the policy in force since 2024-11-01" in eff.note
        rsf = next(a for a in ws.arrangements if a.name == "Pakistan RSF 2025")  # all its days under the one it had
        assert "Charges policy" not in (rsf.note or "")
    finally:
        ws.close()


def test_failed_migration_restores_the_file(tmp_path, monkeypatch):
    path = _stored_workspace(LATEST_VERSION, tmp_path)
    before = _content(path)
    # the first new migration commits; the second fails half-way: only the backup can undo the first
    broken = [*MIGRATIONS, (LATEST_VERSION + 1, "a migration that succeeds", "CREATE TABLE extra (x INTEGER);"),
              (LATEST_VERSION + 2, "a migration that fails half-way",
               "CREATE TABLE extra2 (x INTEGER); INSERT INTO no_such_table VALUES (1);")]
    monkeypatch.setattr(migrate_module, "MIGRATIONS", broken)
    with pytest.raises(MigrationError, match=f"migration {LATEST_VERSION + 2}.*restored"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()
    assert _content(path) == before  # every table and row as it was, neither new table there


def test_other_sqlite_files_are_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Reserve Desk workspace"):
        Store(path)


@pytest.mark.parametrize("content", [b"", b"hello, world", b"SQLite format 3\x00" + b"\x00" * 40])
def test_damaged_or_foreign_files_give_a_clear_error(tmp_path, content):
    path = tmp_path / "damaged.db"
    path.write_bytes(content)
    with pytest.raises(StoreError):
        Store(path)


@pytest.mark.parametrize("version", range(1, 6))
def test_an_old_workspace_s_built_in_scenarios_name_public_sources_after_the_upgrade(tmp_path, version):
    """Earlier versions wrote built-in scenario notes citing a file of the team's own notes ("Source: <NOTES>.md §7"),
    which the window showed; migration 6 rewrites them to today's wording, which names the public source."""
    from desktop.core.samples import builtin_scenarios

    path = _stored_workspace(version, tmp_path)
    before = sqlite3.connect(path).execute("SELECT note FROM scenarios WHERE builtin = 1").fetchall()
    store = Store(path)
    try:
        notes = dict(store.db.execute("SELECT id, note FROM scenarios WHERE builtin = 1").fetchall())
    finally:
        store.close()
    assert notes == {s.id: s.note for s in builtin_scenarios() if s.id in notes}
    cites_a_file = re.compile(r"Source: [A-Z]+\.md")
    assert not any(cites_a_file.search(n or "") for n in notes.values())
    if version > 1:  # the fixtures of versions 2-5 hold the old notes: the test sees them change
        assert any(cites_a_file.search(n or "") for (n,) in before)
