"""The Audit log dialog verifies the workspace and makes signed checkpoints, without the command line (issue 19)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.store import audit, checkpoint
from desktop.core.store.backup import folder_of
from desktop.core.store.verify import Verification
from desktop.core.workspace import Workspace
from desktop.gui.audit_dialog import AuditDialog

WAIT_MS = 20_000


def _tamper(path) -> None:
    """An insider's edit with sqlite3, outside Reserve Desk: the wallets table has no trigger to stop it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE wallets SET name = 'x' WHERE id = 1")
    conn.close()


@pytest.fixture
def open_dialog(qtbot, sample_copy):
    """``open_dialog(tampered=False, read_only=False)``: the El Salvador sample's Audit log dialog."""
    opened = []

    def make(tampered: bool = False, read_only: bool = False) -> AuditDialog:
        path = sample_copy("el-salvador")
        if tampered:
            _tamper(path)
        ws = Workspace.open(path, read_only=read_only)
        opened.append(ws)
        dialog = AuditDialog(ws)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    for ws in opened:
        ws.close()


def _click_and_wait(qtbot, dialog: AuditDialog, which) -> None:
    qtbot.mouseClick(which, Qt.MouseButton.LeftButton)
    assert not dialog.verify_button.isEnabled()  # busy until the worker's result arrives
    qtbot.waitUntil(dialog.verify_button.isEnabled, timeout=WAIT_MS)


def _no_file_dialog(*args, **kwargs):
    raise AssertionError("no copy may be offered")


def test_shows_the_signing_key(open_dialog):
    dialog = open_dialog()
    key = checkpoint.signing_key().verify_key.encode().hex()
    assert f"Checkpoints you sign carry key {key[:16]}…" in dialog.key_note.text()
    assert key in dialog.key_note.toolTip()
    assert "delete the checkpoints" in dialog.key_note.text()  # why a copy elsewhere matters


def test_verify_intact(qtbot, open_dialog):
    dialog = open_dialog()
    entries = dialog.workspace.store.audit_count()
    tables = len(audit.audited_tables(dialog.workspace.store.db.conn))
    assert not dialog.verdict.text().startswith("Intact")
    _click_and_wait(qtbot, dialog, dialog.verify_button)
    key = checkpoint.signing_key().verify_key.encode().hex()[:16]
    # opening the workspace took the day's backup, which is checkpointed
    assert dialog.verdict.text().startswith(f"Intact: {entries:,} entries, {tables} tables checked, 1 signed checkpoint "
                                            "still in the log (newest: ")
    assert dialog.verdict.text().endswith(f", key {key}…)")
    assert "#fdecee" not in dialog.verdict.styleSheet()
    assert dialog.details.isHidden()


def test_verify_names_a_table_changed_outside_the_app(qtbot, open_dialog):
    dialog = open_dialog(tampered=True)
    _click_and_wait(qtbot, dialog, dialog.verify_button)
    assert dialog.verdict.text().startswith("NOT INTACT: table wallets: a row was changed outside Reserve Desk")
    assert "#fdecee" in dialog.verdict.styleSheet() and "font-weight: 600" in dialog.verdict.styleSheet()
    assert "table wallets" in dialog.verdict.toolTip()


def test_verify_lists_every_problem(qtbot, open_dialog):
    dialog = open_dialog(tampered=True)
    conn = sqlite3.connect(dialog.workspace.path)
    with conn:
        conn.execute("DELETE FROM prices WHERE rowid = (SELECT min(rowid) FROM prices)")
    conn.close()
    _click_and_wait(qtbot, dialog, dialog.verify_button)
    assert dialog.verdict.text().startswith("NOT INTACT: table prices: rows were deleted")
    assert "(1 more problem listed below)" in dialog.verdict.text()
    assert not dialog.details.isHidden()
    assert [dialog.details.item(i).text()[:37] for i in range(dialog.details.count())] == [
        "Problem: table wallets: a row was cha"]


def test_checkpoint_kept_beside_the_backups_and_copied(qtbot, open_dialog, monkeypatch, tmp_path):
    dialog = open_dialog()
    path = dialog.workspace.path
    for daily in checkpoint.found_beside(path):  # the day's backup's, perhaps of the same second and head
        daily.unlink()
    copy = tmp_path / "usb stick" / "es checkpoint"
    copy.parent.mkdir()
    asked = []

    def choose(parent, title, default, filters):
        asked.append((title, default))
        return str(copy), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    _click_and_wait(qtbot, dialog, dialog.checkpoint_button)
    [saved] = checkpoint.found_beside(path)
    assert saved.parent == folder_of(path)
    signed = checkpoint.load(saved)  # the signature holds
    assert (signed.entries, signed.head_hash) == checkpoint.head(dialog.workspace.store.db.conn)
    assert asked == [("Save a copy of the checkpoint", str(Path.home() / saved.name))]
    written = copy.with_name("es checkpoint.json")
    assert written.read_bytes() == saved.read_bytes()
    assert checkpoint.load(written).signature == signed.signature
    assert written.stat().st_mode & 0o077 == 0  # owner-only, like the workspace
    assert f"a copy was saved as {written}" in dialog.trust_status.text()
    assert dialog.verdict.text().startswith("Intact: ")


def test_copy_refused_in_the_backups_folder_then_asked_again(qtbot, open_dialog, monkeypatch, tmp_path):
    dialog = open_dialog()
    answers = [str(folder_of(dialog.workspace.path) / "copy.json"), ""]
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (answers.pop(0), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    _click_and_wait(qtbot, dialog, dialog.checkpoint_button)
    assert not answers  # asked again after the refusal, then cancelled
    assert len(warnings) == 1 and "in the workspace's backup folder" in warnings[0]
    assert not (folder_of(dialog.workspace.path) / "copy.json").exists()
    assert dialog.trust_status.text().endswith("No copy was saved elsewhere (why one matters: below).")


def test_checkpoint_refused_for_a_tampered_workspace(qtbot, open_dialog, monkeypatch):
    dialog = open_dialog(tampered=True)
    before = checkpoint.found_beside(dialog.workspace.path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _no_file_dialog)
    _click_and_wait(qtbot, dialog, dialog.checkpoint_button)
    assert checkpoint.found_beside(dialog.workspace.path) == before
    assert dialog.verdict.text().startswith("NOT INTACT: table wallets: a row was changed")
    assert dialog.trust_status.text().startswith("No checkpoint was made: a checkpoint signs only a log that verifies")


def test_checkpoint_of_a_read_only_workspace(qtbot, open_dialog, monkeypatch, tmp_path):
    dialog = open_dialog(read_only=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    _click_and_wait(qtbot, dialog, dialog.checkpoint_button)  # the backups folder is writable: it is made
    assert len(checkpoint.found_beside(dialog.workspace.path)) == 1
    assert dialog.trust_status.text().startswith("Checkpoint signed")
    # no backup was taken on opening it read-only, so verify found no checkpoint before this one
    assert "but no signed checkpoint was found beside the backups" in dialog.verdict.text()


def test_checkpoint_explains_an_unwritable_backups_folder(qtbot, open_dialog, monkeypatch):
    dialog = open_dialog(read_only=True)
    folder = folder_of(dialog.workspace.path)

    def read_only_media(cp, workspace):
        raise OSError(30, "Read-only file system", str(folder))

    monkeypatch.setattr(checkpoint, "save", read_only_media)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _no_file_dialog)
    _click_and_wait(qtbot, dialog, dialog.checkpoint_button)
    text = dialog.trust_status.text()
    assert text.startswith("No checkpoint was made: the workspace is read-only (")
    assert f"its backups folder {folder} cannot be written (Read-only file system)" in text
    assert dialog.verdict.text().startswith("Intact: ")


def test_a_restore_is_a_note_and_other_keys_are_counted(open_dialog):
    """A restore's note is listed in black; checkpoints signed with another account's key are counted apart."""
    signed = {"file": "f", "time": "2026-11-30T15:11:42+00:00", "entries": 70, "head_hash": "ab", "signed_by": "alice",
              "key": "17fa0123456789ab", "own_key": True}
    result = Verification(entries=90, tables_checked=["wallets", "prices"], checkpoints=[
        {**signed, "status": "contained", "entries_since": 20},
        {**signed, "time": "2026-11-29T09:00:00+00:00", "own_key": False, "status": "contained", "entries_since": 25}],
        notes=["audit entry 71 (2026-11-30T15:00:00+00:00): restored from x.db, dropping entries 70-85 of the log before it"])
    dialog = open_dialog()
    dialog._show_result(result)
    assert dialog.verdict.text() == ("Intact: 90 entries, 2 tables checked, 2 signed checkpoints still in the log (newest: "
                                     "2026-11-30 15:11 UTC by alice, key 17fa0123456789ab…); 1 checkpoint signed with "
                                     "another account's key")
    assert dialog.details.count() == 1 and not dialog.details.isHidden()
    assert dialog.details.item(0).text().startswith("Note: audit entry 71 ")
    assert dialog.details.item(0).foreground().color().name() != "#b00020"
