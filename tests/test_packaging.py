"""Packaging pieces that can be checked without building the app: the Linux installer, the desktop entry, the
workspace file type and the metainfo agreeing with each other and with the app, the Debian package's layout, its
derived Depends and its control file (with a stand-in for the frozen app), the folder archive and SHA256SUMS, and
the ICU trimmer. build/check-deb.sh installs, upgrades and removes the real package in CI."""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from desktop.core.workspace import WORKSPACE_SUFFIX

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
    assert "MimeType=application/x-reservedesk;" in desktop
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "reserve-desk.svg").exists()
    assert "*.reservedesk" in (data / "mime" / "packages" / "reserve-desk.xml").read_text()
    assert subprocess.run([str(home / ".local" / "bin" / "reserve-desk")], capture_output=True, text=True).stdout == "frozen\n"
    subprocess.run(["sh", str(project / "build" / "install-linux.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not app.exists() and not (data / "applications" / "reserve-desk.desktop").exists()
    assert not (data / "mime" / "packages" / "reserve-desk.xml").exists()


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


LINUX = PROJECT_ROOT / "resources" / "linux"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load(name: str):
    """A script of build/ as a module (build.py by another name: 'build' is also a PyPI package's name)."""
    sys.path.insert(0, str(PROJECT_ROOT / "build"))
    spec = importlib.util.spec_from_file_location(f"reserve_desk_{name}", PROJECT_ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "reserve-desk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_mime_type_and_metainfo_name_the_same_things():
    entry = _desktop_entry()
    mime = ET.parse(LINUX / "reserve-desk.xml").getroot().find(f"{MIME}mime-type")
    meta = ET.parse(LINUX / "org.reserve_desk.ReserveDesk.metainfo.xml").getroot()
    mime_type = mime.get("type")
    assert entry["MimeType"] == f"{mime_type};" and mime_type == "application/x-reservedesk"
    assert entry["Exec"] == "reserve-desk %f"  # one file, as the app reads its command line
    assert [g.get("pattern") for g in mime.findall(f"{MIME}glob")] == [f"*{WORKSPACE_SUFFIX}"]
    assert mime.find(f"{MIME}icon").get("name") == entry["Icon"] == "reserve-desk"  # the app's own icon
    assert meta.findtext("launchable") == "reserve-desk.desktop"
    assert meta.findtext("provides/mediatype") == mime_type and meta.findtext("provides/binary") == "reserve-desk"
    version = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert meta.find("releases/release").get("version") == version  # the newest release is this version


@pytest.mark.skipif(not shutil.which("desktop-file-validate") or not shutil.which("appstreamcli"),
                    reason="desktop-file-utils and appstream are installed by build/check-deb.sh in CI")
def test_desktop_entry_and_metainfo_validate():
    subprocess.run(["desktop-file-validate", str(LINUX / "reserve-desk.desktop")], check=True)
    subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / "org.reserve_desk.ReserveDesk.metainfo.xml")],
                   check=True, capture_output=True)


def _stand_in_app(folder):
    """A frozen app's shape: the executable (a real ELF linking libc) and a private library beside it."""
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    shutil.copyfile(shutil.which("true"), folder / "reserve-desk")
    (internal / "libqt.so.6").write_bytes(b"\x7fELF")
    (internal / "libqt.so.6").chmod(0o755)  # as PyInstaller leaves a library
    (folder / "reserve-desk").chmod(0o775)
    (internal / "notes.txt").write_text("data")
    (internal / "notes.txt").chmod(0o666)
    return folder


def test_staged_package_layout(qapp, tmp_path):  # qapp: the icons are drawn in the tests' QApplication
    deb = _load("deb")
    root = tmp_path / "root"
    deb.stage(_stand_in_app(tmp_path / "app"), root, "9.8.7")
    assert os.readlink(root / "usr/bin/reserve-desk") == "/opt/reserve-desk/reserve-desk"
    assert (root / "usr/share/applications/reserve-desk.desktop").read_text() == (LINUX / "reserve-desk.desktop").read_text()
    assert (root / "usr/share/mime/packages/reserve-desk.xml").exists()
    assert (root / "usr/share/metainfo/org.reserve_desk.ReserveDesk.metainfo.xml").exists()
    for size in (16, 32, 48, 256):
        for icon in ("apps/reserve-desk.png", "mimetypes/application-x-reservedesk.png"):
            png = root / f"usr/share/icons/hicolor/{size}x{size}" / icon
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # the PNG's own width
    assert (root / "usr/share/icons/hicolor/scalable/apps/reserve-desk.svg").exists()
    assert (root / "usr/share/doc/reserve-desk/copyright").read_text().startswith("Reserve Desk 9.8.7\n")
    # nobody but root (the owner in the package) may write anything installed
    assert (root / "opt/reserve-desk/reserve-desk").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/reserve-desk/_internal/notes.txt").stat().st_mode & 0o777 == 0o644
    assert (root / "opt/reserve-desk/_internal/libqt.so.6").stat().st_mode & 0o777 == 0o644  # loaded, not run


def test_copyright_names_every_bundled_part_with_its_licence(tmp_path):
    """lintian's no-copyright-file: the bundled distributions' licences from their own metadata, and the Debian
    packages the bundled system libraries came from, with their copyright files."""
    deb = _load("deb")
    app = _stand_in_app(tmp_path / "app")
    zlib = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = [line.split(" => ")[1] for line in zlib.splitlines() if line.strip().startswith("libz.so.1 ")]
    if not found or not shutil.which("dpkg-query"):
        pytest.skip("needs a Debian system's zlib")
    shutil.copyfile(found[0], app / "_internal" / "libz.so.1")
    doc = tmp_path / "doc"
    deb.copyright_files(app, doc, "9.8.7")
    text = (doc / "copyright").read_text()
    assert text.startswith("Reserve Desk 9.8.7\n")
    assert "PySide6-Essentials" in text and "LGPL-3.0-only" in text and "numpy" in text
    for requirement in tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]["dependencies"]:
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip()
        assert name.lower() in text.lower(), name  # every runtime dependency is listed
    assert "  zlib1g " in text and (doc / "bundled" / "zlib1g.copyright").read_text().strip()


def test_installed_size_counts_as_dpkg_does(tmp_path):
    deb = _load("deb")
    (tmp_path / "a").write_bytes(b"x" * 1025)  # two KiB
    (tmp_path / "b").write_bytes(b"")  # none
    (tmp_path / "d").mkdir()  # one
    (tmp_path / "d" / "c").write_bytes(b"x" * 1024)  # one
    (tmp_path / "link").symlink_to("a")  # one
    assert deb.installed_size_kib(tmp_path) == 5


@pytest.mark.skipif(not shutil.which("dpkg-shlibdeps"), reason="dpkg-dev is installed by the README's build command")
def test_package_derives_depends_and_has_no_maintainer_scripts(qapp, tmp_path):
    deb = _load("deb")
    out = tmp_path / "out"
    out.mkdir()
    built = deb.package(_stand_in_app(tmp_path / "app"), "9.8.7", out)
    assert built.name == f"reserve-desk_9.8.7_{deb.architecture()}.deb" and not list(out.glob(".*part"))
    info = subprocess.run(["dpkg-deb", "--field", str(built)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line and not line.startswith(" "))
    assert fields["Package"] == "reserve-desk" and fields["Version"] == "9.8.7"
    # true links libc only: dpkg-shlibdeps found it, not a list; then what the bundle's fontconfig reads
    assert fields["Depends"].startswith("libc6 (>= ") and fields["Depends"].endswith(", fontconfig-config")
    assert int(fields["Installed-Size"]) > 0
    control = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(built)], check=True, capture_output=True).stdout
    names = subprocess.run(["tar", "-t"], input=control, check=True, capture_output=True).stdout.decode().split()
    assert sorted(n.removeprefix("./") for n in names if n not in ("./", ".")) == ["control", "md5sums"]  # no scripts
    sums = subprocess.run(["dpkg-deb", "--info", str(built), "md5sums"], check=True, capture_output=True, text=True).stdout
    true_md5 = hashlib.md5(Path(shutil.which("true")).read_bytes(), usedforsecurity=False).hexdigest()
    assert f"{true_md5}  opt/reserve-desk/reserve-desk" in sums.splitlines()
    listing = subprocess.run(["dpkg-deb", "--contents", str(built)], check=True, capture_output=True, text=True).stdout
    assert "root/root" in listing and "./opt/reserve-desk/reserve-desk" in listing
    assert "./usr/bin/reserve-desk -> /opt/reserve-desk/reserve-desk" in listing


def test_archive_and_checksums_verify_with_sha256sum(tmp_path, monkeypatch):
    build = _load("build")
    monkeypatch.setattr(build, "DIST", tmp_path)
    _stand_in_app(tmp_path / "reserve-desk")
    archive = build.archive("reserve-desk", "9.8.7")
    portable = tmp_path / "reserve-desk-9.8.7-portable"
    portable.write_bytes(b"one file")
    sums = build.write_sums([archive, portable])
    lines = sums.read_text().splitlines()
    assert lines[1] == f"{hashlib.sha256(b'one file').hexdigest()}  reserve-desk-9.8.7-portable"
    with tarfile.open(archive) as tar:
        member = tar.getmember("reserve-desk-9.8.7/reserve-desk")
        assert member.mode & 0o111 and member.uname == "root"  # still executable after the transfer
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, check=True, capture_output=True)
        portable.write_bytes(b"one file, altered")
        bad = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True)
        assert bad.returncode != 0 and "reserve-desk-9.8.7-portable: FAILED" in bad.stdout
