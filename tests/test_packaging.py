"""Packaging pieces that can be checked without building: the Linux installer and the ICU trimmer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import PROJECT_ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")


def test_install_and_uninstall_for_the_current_user(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "build", project / "build", ignore=shutil.ignore_patterns("work"))
    shutil.copytree(PROJECT_ROOT / "resources", project / "resources")
    fake = project / "dist" / "reserve-desk"
    fake.mkdir(parents=True)
    (fake / "reserve-desk").write_text("#!/bin/sh\necho frozen\n")
    (fake / "reserve-desk").chmod(0o755)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    subprocess.run(["sh", str(project / "build" / "install-linux.sh")], check=True, env=env, capture_output=True)
    data = home / ".local" / "share"
    desktop = (data / "applications" / "reserve-desk.desktop").read_text()
    app = data / "reserve-desk" / "app" / "reserve-desk"
    assert f'Exec="{app}" %f' in desktop and "Icon=reserve-desk" in desktop
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "reserve-desk.svg").exists()
    assert subprocess.run([str(home / ".local" / "bin" / "reserve-desk")], capture_output=True, text=True).stdout == "frozen\n"
    subprocess.run(["sh", str(project / "build" / "install-linux.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not app.exists() and not (data / "applications" / "reserve-desk.desktop").exists()


def test_icu_trimming_keeps_a_readable_package():
    sys.path.insert(0, str(PROJECT_ROOT / "build"))
    import icu_data

    assert icu_data.keep_item("icudt73l/uprops.icu")
    assert icu_data.keep_item("icudt73l/coll/es.res") and icu_data.keep_item("icudt73l/coll/root.res")
    assert icu_data.keep_item("icudt73l/zone/pool.res") and icu_data.keep_item("icudt73l/res_index.res")
    assert not icu_data.keep_item("icudt73l/coll/zh.res")
    assert not icu_data.keep_item("icudt73l/brkitr/cjdict.dict")
    assert not icu_data.keep_item("icudt73l/ibm-943_P15A-2003.cnv")
    items = [("icudt73l/b.icu", b"\x01" * 5), ("icudt73l/a.res", b"\x02" * 40)]
    package = icu_data.write_package(b"\x10\x00\xda\x27" + b"\x00" * 12, items)
    (first, a), (second, b) = icu_data.items(package)
    assert (first, second) == ("icudt73l/a.res", "icudt73l/b.icu")  # sorted by name, as ICU looks them up
    assert a == b"\x02" * 40 + b"\x00" * 8 and b.startswith(b"\x01" * 5)  # each item padded to 16 bytes
    assert len(package) % 16 == 0
