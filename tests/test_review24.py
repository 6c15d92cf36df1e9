"""Review of issue 24's hand-off: a hung or hostile local client, a hung window, two double-clicks at once and a
socket name too long for its folder must never hang a process nor end in a locked error."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import cli_command

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Unix sockets; Windows uses named pipes")


def _listening_window(window, sample_copy):
    from desktop.gui import handoff

    path = sample_copy("el-salvador")
    window.handoff = handoff.Listener(window)
    window.open_workspace(path)
    assert window.handoff.listening
    return path, handoff.channel(path)


@pytest.mark.timeout(30)  # the old window: the third connect waited for ever
def test_a_client_that_sends_half_a_message_does_not_stop_the_next(window, qtbot, sample_copy):
    from desktop.gui import handoff

    path, address = _listening_window(window, sample_copy)
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.connect(address)
    hung.sendall(b"\x00\x00")  # half of the 4-byte length, then nothing more: a hung or hostile client
    try:
        time.sleep(0.2)  # the window has taken it
        started = time.monotonic()
        answers = [handoff._ask(address, handoff._request(path)) for _ in range(3)]
        assert handoff.SHOWN in answers, answers
        assert time.monotonic() - started < 3 * handoff.TIMEOUT_S + 2
    finally:
        hung.close()
    window.close()


def test_a_window_that_never_answers_never_hangs_a_second_open(qapp, sample_copy):
    """A hung window (stopped, or deadlocked): its socket's queue fills, and a connect would wait for ever."""
    from desktop.gui import handoff

    path = sample_copy("el-salvador")
    address = handoff.channel(path)
    Path(address).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(address)
    hung.listen(1)  # and never accepts
    results: list[bool] = []
    asking = threading.Thread(target=lambda: results.extend(handoff.show_elsewhere(path) for _ in range(5)),
                              daemon=True)
    try:
        asking.start()
        asking.join(5 * handoff.TIMEOUT_S + 10)
        assert not asking.is_alive(), "show_elsewhere hung on a window that does not answer"
        assert results == [False] * 5
        assert os.path.exists(address)  # the hung window's socket is not taken from it: it is alive
    finally:
        hung.close()
        os.unlink(address)


@pytest.mark.timeout(90)
def test_two_double_clicks_at_once_give_one_window_and_no_locked_error(sample_files, tmp_path):
    from desktop.gui import handoff

    path = tmp_path / "budget.reservedesk"
    shutil.copyfile(sample_files["el-salvador"], path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", handoff.PROBE_ENV: "1"}
    both = [subprocess.Popen([*cli_command(), str(path)], text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env) for _ in range(2)]
    try:
        outputs = [p.communicate(timeout=60)[0] for p in both]
    except subprocess.TimeoutExpired:
        pytest.fail("a process waits: the second open met the file locked (a 'Workspace in use' question)")
    finally:
        for p in both:
            if p.poll() is None:
                p.kill()
                p.wait()
    assert [p.returncode for p in both] == [0, 0]
    assert sum("brought to the front" in out for out in outputs) == 1, outputs
    assert sum(f"handoff shown {path}" in out for out in outputs) == 1, outputs


def test_a_socket_name_too_long_for_its_folder_stays_in_a_private_folder(tmp_path, monkeypatch, request):
    from desktop.core.store import lock
    from desktop.gui import handoff

    path = tmp_path / "w.reservedesk"
    path.write_bytes(b"")
    monkeypatch.setattr(lock, "lock_folder", lambda: tmp_path / ("deep" * 30) / "locks")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    shared = Path(tempfile.mkdtemp(prefix="rd-", dir="/tmp"))  # short, as /tmp is: pytest's own folder is too deep
    request.addfinalizer(lambda: shutil.rmtree(shared, ignore_errors=True))
    monkeypatch.setattr(tempfile, "tempdir", str(shared))  # gettempdir() keeps its first answer
    os.chmod(shared, 0o1777)  # /tmp: anyone may put a socket of that name there first
    folder = Path(handoff.channel(path)).parent
    info = folder.lstat()
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077 == 0, \
        (folder, oct(info.st_mode))
    assert len(os.fsencode(handoff.channel(path))) <= 100
    os.chmod(folder, 0o777)  # someone else's, or opened to others: never used
    with pytest.raises(OSError):
        handoff.channel(path)
    assert handoff.show_elsewhere(path) is False
