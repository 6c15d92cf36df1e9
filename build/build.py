"""Build the standalone Reserve Desk with PyInstaller, then prove it works.

    python build/build.py              onedir app in dist/reserve-desk/
    python build/build.py --onefile    also one portable executable in dist/
    python build/build.py --no-check   skip the smoke tests

Steps: make the platform icons from resources/icons/reserve-desk.svg; run build/reserve-desk.spec;
then run the frozen self-test, init and holdings (comparing holdings with the source tree's answer)
and check that running the app wrote nothing inside dist/. Prints the size of the app folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
DIST = ROOT / "dist"
WORK = ROOT / "build" / "work"


def project() -> tuple[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data["name"], data["version"]


def make_icons() -> None:
    """PNG (Linux), ICO (Windows) and ICNS (macOS) from the one SVG, with Qt's own image writers."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - image plugins need an application
    folder = WORK / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "reserve-desk.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for suffix in ("png", "ico", "icns"):
        target = folder / f"reserve-desk.{suffix}"
        if not image.save(str(target), suffix.upper()):
            raise SystemExit(f"could not write {target}")


def trimmed_icu() -> Path | None:
    """On Linux, a trimmed copy of the ICU data library that PySide6 ships (see build/icu_data.py)."""
    if not sys.platform.startswith("linux"):
        return None  # Qt uses the system's ICU on Windows and none on macOS
    import PySide6
    from icu_data import build_trimmed_library

    (source,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    target = WORK / "icu" / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    n_before, n_after, size_before, size_after = build_trimmed_library(source, target)
    print(f"ICU data: {n_after} of {n_before} items kept, {size_before / 1e6:.1f} MB -> {size_after / 1e6:.1f} MB")
    return target


def libpython_note() -> None:
    """Say so when the interpreter's shared library carries debug symbols (pyenv builds do)."""
    import sysconfig

    lib = Path(sysconfig.get_config_var("LIBDIR") or "") / (sysconfig.get_config_var("INSTSONAME") or "")
    if lib.is_file() and lib.stat().st_size > 15e6:
        print(f"note: {lib} is {lib.stat().st_size / 1e6:.0f} MB with debug symbols; a distribution's Python "
              "(Debian: python3.11-venv and libpython3.11) gives a smaller bundle")


def run_pyinstaller(onefile: bool, icu: Path | None) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(ROOT / "build" / "reserve-desk.spec")]
    extra = ["--icu-data", str(icu)] if icu else []
    if onefile:
        subprocess.run([*command, "--", "--onefile", *extra], check=True)
    subprocess.run([*command, "--", *extra] if extra else command, check=True)


def app_dir(name: str) -> Path:
    return DIST / name


def executable(name: str) -> Path:
    """The executable that talks on the console: on Windows and macOS, the -cli twin of the windowed app."""
    folder = app_dir(name)
    if sys.platform == "win32":
        return folder / f"{name}-cli.exe"
    if sys.platform == "darwin":
        return folder / f"{name}-cli"
    return folder / name


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def check(name: str) -> None:
    exe = executable(name)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = tree_state(app_dir(name))
    with tempfile.TemporaryDirectory(prefix="reserve-desk-build-check-") as tmp:
        env["HOME"] = tmp  # app data and settings land in the temporary home, never in dist/
        env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = f"{tmp}/config", f"{tmp}/data"
        out = subprocess.run([str(exe), "self-test"], capture_output=True, text=True, env=env, timeout=300)
        if out.returncode != 0 or "self-test ok" not in out.stdout.splitlines():
            raise SystemExit(f"frozen self-test failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
        print(out.stdout.strip())
        workspace = Path(tmp) / "sv.db"
        subprocess.run([str(exe), "init", str(workspace), "--sample", "el-salvador"], check=True, env=env,
                       capture_output=True, timeout=120)
        frozen = json.loads(subprocess.run([str(exe), "holdings", "--workspace", str(workspace), "--date", "2025-11-18",
                                            "--json"], check=True, env=env, capture_output=True, text=True).stdout)
        source = json.loads(subprocess.run([sys.executable, "-m", "desktop", "holdings", "--workspace", str(workspace),
                                            "--date", "2025-11-18", "--json"], check=True, env=env, capture_output=True,
                                           text=True, cwd=ROOT).stdout)
        if frozen != source:
            raise SystemExit("frozen holdings differ from the source tree's")
        print(f"frozen holdings --json matches source: total_btc {frozen['total_btc']}")
        bad = subprocess.run([str(exe), "holdings", "--workspace", str(Path(tmp) / "missing.db")], env=env,
                             capture_output=True, text=True)
        if bad.returncode == 0 or len(bad.stderr.strip().splitlines()) != 1:
            raise SystemExit(f"frozen CLI error handling broke: {bad.stderr}")
    after = tree_state(app_dir(name))
    if before != after:
        changed = sorted(set(before.items()) ^ set(after.items()))
        raise SystemExit(f"running the app wrote inside {app_dir(name)}: {changed[:5]}")
    print(f"nothing written inside {app_dir(name)} while running")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="also build a portable one-file executable")
    parser.add_argument("--no-check", action="store_true", help="skip the smoke tests of the built app")
    args = parser.parse_args()
    name, version = project()
    from desktop import __version__

    if __version__ != version:
        raise SystemExit(f"installed metadata says {__version__}, pyproject.toml says {version}: reinstall first")
    make_icons()
    subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "release"], check=True)  # the .qm it bundles
    libpython_note()
    run_pyinstaller(args.onefile, trimmed_icu())
    print(f"built {name} {version}: {app_dir(name)} ({folder_size_mb(app_dir(name)):.1f} MB)")
    if args.onefile:
        for p in DIST.glob(f"{name}-{version}-portable*"):
            print(f"portable: {p} ({p.stat().st_size / 1e6:.1f} MB)")
    if not args.no_check:
        check(name)
    digest = hashlib.sha256(executable(name).read_bytes()).hexdigest()[:16]
    print(f"executable {executable(name).name} sha256 {digest}…")


if __name__ == "__main__":
    main()
