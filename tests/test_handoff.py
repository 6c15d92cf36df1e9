"""Issue 24, the app's side of a double-click: a workspace file given on the command line opens in the window; a
second open of a workspace a window has open shows that window (no locked error); File > New and Save a copy write
.reservedesk files."""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import cli_command
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.cli import build_parser, main, workspace_argument

COMMANDS = build_parser().commands


# ---- the command line ----------------------------------------------------------------------------------------------

def test_a_file_on_the_command_line_opens_in_the_window(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("mine.reservedesk", "old.db", "holdings", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "folder.reservedesk").mkdir()
    # as the desktop's "reserve-desk %f" gives it, or typed relative to the current folder
    assert workspace_argument(["mine.reservedesk"], COMMANDS) == ["--workspace", str(tmp_path / "mine.reservedesk")]
    assert workspace_argument([str(tmp_path / "old.db")], COMMANDS) == ["--workspace", str(tmp_path / "old.db")]
    # any existing file: the window says whether it is a workspace
    assert workspace_argument(["notes.txt"], COMMANDS) == ["--workspace", str(tmp_path / "notes.txt")]
    # a missing workspace reaches the window, which says it cannot open it
    assert workspace_argument(["gone.reservedesk"], COMMANDS) == ["--workspace", str(tmp_path / "gone.reservedesk")]
    # a command always wins, even over a file of its name; a typo stays argparse's to refuse
    assert workspace_argument(["holdings"], COMMANDS) == ["holdings"]
    for argv in (["holdngs"], ["folder.reservedesk"], ["--version"], ["mine.reservedesk", "--json"]):
        assert workspace_argument(argv, COMMANDS) == argv


def test_a_word_that_is_neither_command_nor_file_keeps_the_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["holdngs"]) == 2
    assert "invalid choice: 'holdngs'" in capsys.readouterr().err


def test_a_missing_file_given_to_the_window_is_said_and_exits_1(qapp, tmp_path, monkeypatch):
    from desktop.gui import app as app_module
    from desktop.gui.main_window import MainWindow

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(app_module.QApplication, "exec", lambda self: pytest.fail("the window must not run"))
    monkeypatch.setattr(MainWindow, "show", lambda self: pytest.fail("the window must not show"))
    assert app_module.run(str(tmp_path / "gone.reservedesk")) == 1
    assert len(said) == 1 and "gone.reservedesk does not exist" in said[0]


# ---- a second open shows the window that has the file -------------------------------------------------------------

def _lines_until(proc: subprocess.Popen, wanted: str, timeout_s: float) -> list[str]:
    """The first process's stdout lines up to the one starting with ``wanted`` (fails after timeout_s)."""
    lines, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(deadline - time.monotonic(), 0))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:  # it ended
            break
        lines.append(line.strip())
        if line.startswith(wanted):
            return lines
    pytest.fail(f"no {wanted!r} line within {timeout_s} s: {lines}, exit {proc.poll()}, "
                f"stderr {proc.stderr.read() if proc.poll() is not None else ''}")


def _stale_socket(path: str) -> None:
    """A socket file whose window crashed: bound, never listened on, never removed."""
    Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)
    dead.close()


@pytest.mark.skipif(os.name == "nt", reason="a stale Unix socket file; Windows' named pipes leave none")
def test_a_second_open_shows_the_window_that_has_the_file(qapp, sample_files, tmp_path):
    from desktop.gui import handoff

    first, other = tmp_path / "El Salvador.reservedesk", tmp_path / "other.reservedesk"
    shutil.copyfile(sample_files["el-salvador"], first)
    shutil.copyfile(sample_files["empty"], other)
    _stale_socket(handoff.channel(first))  # a crashed window's socket must not stop the next one listening
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    owner = subprocess.Popen([*cli_command(), first.name], cwd=tmp_path, text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env={**env, handoff.PROBE_ENV: "1"})
    try:
        assert _lines_until(owner, "handoff listening", 20)[-1] == f"handoff listening {first}"
        probe = {**env, "RESERVE_DESK_STARTUP_PROBE": "1"}  # a window that opens says so and quits
        # another file is no business of the first window: it opens in a window of its own
        apart = subprocess.run([*cli_command(), str(other)], capture_output=True, text=True, env=probe, timeout=30)
        assert apart.returncode == 0 and "window shown" in apart.stdout, apart.stderr
        started = time.monotonic()
        again = subprocess.run([*cli_command(), str(first)], capture_output=True, text=True, env=probe, timeout=30)
        assert again.returncode == 0, again.stderr
        assert "window shown" not in again.stdout and "brought to the front" in again.stdout
        assert time.monotonic() - started < 10
        assert _lines_until(owner, "handoff shown", 5)[-1] == f"handoff shown {first}"  # not for the other file
        assert owner.wait(timeout=10) == 0  # the probe quits once shown
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()


def test_a_window_acts_only_on_the_request_for_its_own_file(window, qtbot, sample_copy, tmp_path):
    from desktop.gui import handoff

    path = sample_copy("el-salvador")
    window.handoff = handoff.Listener(window)
    window.open_workspace(path)
    assert window.handoff.listening
    address = handoff.channel(path)
    for wrong in (b"show 0-0", b"shown", b"", b"x" * 1000):  # another file's, an answer, nothing, too long
        assert handoff._ask(address, wrong) is None
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == ""
    assert handoff._ask(address, f"show {handoff._identity(path)}".encode()) == handoff.SHOWN
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"{path.name} is already open in this window.",
                    timeout=3000)
    window.close()  # stops listening: a later open of the file opens it
    assert not window.handoff.listening and not handoff._listens(address)
    assert not Path(address).exists() or os.name == "nt"  # no socket file left behind


# ---- the file dialogs and the first sample ------------------------------------------------------------------------

def _save_dialog(monkeypatch, answer: Path) -> list[tuple[str, str]]:
    asked = []

    def get_save_file_name(parent, caption, start, filters):
        asked.append((start, filters))
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def test_new_and_save_a_copy_write_reservedesk_files(window, sample_copy, tmp_path, monkeypatch):
    window.open_workspace(sample_copy("el-salvador"))
    asked = _save_dialog(monkeypatch, tmp_path / "Pakistan 2025.03")  # a dot in the name is not an extension
    window.new_from_sample("pakistan")
    assert Path(asked[0][0]).name == "pakistan.reservedesk" and "(*.reservedesk)" in asked[0][1]
    assert window.workspace.path == tmp_path / "Pakistan 2025.03.reservedesk"

    asked = _save_dialog(monkeypatch, tmp_path / "copy")
    window.save_copy_dialog()
    assert Path(asked[0][0]).name == "Pakistan 2025.03-copy.reservedesk" and "(*.reservedesk)" in asked[0][1]
    assert (tmp_path / "copy.reservedesk").is_file() and not (tmp_path / "copy").exists()
    _save_dialog(monkeypatch, tmp_path / "copy.db")  # a workspace extension the user typed stays
    window.save_copy_dialog()
    assert (tmp_path / "copy.db").is_file() and not (tmp_path / "copy.db.reservedesk").exists()


def test_open_lists_reservedesk_and_earlier_workspaces(window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: asked.append(a[3]) or ("", ""))
    window.open_dialog()
    assert asked[0].startswith("Reserve Desk workspace (*.reservedesk *.db *.sqlite)")


def test_the_first_sample_is_a_reservedesk_file_but_an_earlier_one_is_kept(qapp, tmp_path, monkeypatch):
    from desktop.gui import app as app_module

    monkeypatch.setattr(app_module, "app_data_dir", lambda: tmp_path / "new")
    (tmp_path / "new").mkdir()
    assert app_module.first_workspace() == tmp_path / "new" / "el-salvador-sample.reservedesk"
    monkeypatch.setattr(app_module, "app_data_dir", lambda: tmp_path / "earlier")
    (tmp_path / "earlier").mkdir()
    shutil.copyfile(tmp_path / "new" / "el-salvador-sample.reservedesk",
                    tmp_path / "earlier" / "el-salvador-sample.db")
    assert app_module.first_workspace() == tmp_path / "earlier" / "el-salvador-sample.db"
    assert not (tmp_path / "earlier" / "el-salvador-sample.reservedesk").exists()  # no second sample


def test_the_title_names_the_file_a_desktop_opened(window, sample_copy, tmp_path):
    """Two windows on two files of one sample tell apart, and a desktop's tools find a window by its file's name."""
    window.open_workspace(sample_copy("el-salvador"))
    assert window.windowTitle() == "El Salvador (public data) — el-salvador.db — Reserve Desk"
    from desktop.core.workspace import Workspace

    Workspace.create(tmp_path / "plain.reservedesk").close()
    plain = Workspace.open(tmp_path / "plain.reservedesk")
    with plain.store.transaction() as w:
        w.set_metadata("name", "")
    plain.close()
    window.open_workspace(tmp_path / "plain.reservedesk")
    assert window.windowTitle() == "plain.reservedesk — Reserve Desk"  # the name is the file's: said once


BLOCK_LOCAL_SOCKETS = """
import socket, sys
real = socket.socket
def refuse(family=-1, *args, **kwargs):
    if family == socket.AF_UNIX:
        raise OSError("local sockets refused")
    return real(family, *args, **kwargs)
socket.socket = refuse
from desktop.cli import main
sys.exit(main(["self-test"]))
"""


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets; Windows uses named pipes")
def test_self_test_fails_when_a_second_open_cannot_reach_the_window(tmp_path):
    """A build or a machine where the window cannot listen: the self-test says so (the window itself still works)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", BLOCK_LOCAL_SOCKETS], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 1
    assert "self-test failed: the window does not listen for a second open of its workspace" in done.stderr
