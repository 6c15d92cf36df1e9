"""Rules that keep the house clean (docs/architecture.md, "Rules that keep core and GUI apart"), checked by running code."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import PROJECT_ROOT

BLOCK_QT = """
import importlib, pkgutil, sys
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2"):
            raise ImportError(f"{name} must not be imported by desktop.core")
sys.meta_path.insert(0, Blocker())
import desktop.core
names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_core_imports_without_qt():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10  # every module of desktop.core was imported


def test_the_blocker_would_catch_qt():
    probe = BLOCK_QT.replace("import desktop.core\n", "import desktop.core\nimport desktop.gui.app\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert result.returncode != 0 and "must not be imported" in result.stderr


NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
local_socket = socket.socket
def local_only(family=-1, *args, **kwargs):  # a Unix socket is the window's own hand-off, not the network
    if family != getattr(socket, "AF_UNIX", None) and kwargs.get("fileno") is None:  # (a descriptor: one already open)
        refuse()
    return local_socket(family, *args, **kwargs)
socket.socket = local_only
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.socketpair = refuse
from desktop.cli import main
path = sys.argv[1]
prices = path + ".prices.csv"
with open(prices, "w") as fh:
    fh.write("date,close\\n2026-01-15,90000\\n2026-01-16,91000\\n")
assert main(["self-test"]) == 0
assert main(["init", path, "--sample", "el-salvador"]) == 0
assert main(["import", "prices", prices, "--workspace", path]) == 0
assert main(["holdings", "--workspace", path, "--json"]) == 0
assert main(["simulate", "--workspace", path, "--scenario", "mc-gbm", "--paths", "2000", "--save", "--json"]) == 0
assert main(["report", "--workspace", path, "--out", path + ".pdf"]) == 0
assert main(["audit", "verify", "--workspace", path]) == 0
print("offline ok")
"""


def test_nothing_needs_the_network(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "w.db")], capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    assert "offline ok" in result.stdout
