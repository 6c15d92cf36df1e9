"""Build the standalone Reserve Desk with PyInstaller, then prove it works.

    python build/build.py              onedir app in dist/reserve-desk/, and its archive for transfer
    python build/build.py --onefile    also one portable executable in dist/
    python build/build.py --deb        also a Debian package in dist/ (Linux, with dpkg-dev; see build/deb.py)
    python build/build.py --no-check   skip the smoke tests

Steps: make the platform icons from resources/icons/reserve-desk.svg; run build/reserve-desk.spec (once,
for the folder and the portable file); then run the frozen self-test, init and holdings (comparing holdings
with the source tree's answer) and check that running the app wrote nothing inside dist/; the portable
file's self-test too. Last, the folder archive, the package, and dist/SHA256SUMS listing what this run made,
for checking after a transfer (sha256sum -c SHA256SUMS; on Windows certutil -hashfile FILE SHA256).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))
DIST = ROOT / "dist"
WORK = ROOT / "build" / "work"


def project() -> tuple[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data["name"], data["version"]


def make_icons() -> None:
    """PNG (Linux), ICO (Windows) and ICNS (macOS) for the executables, from the one SVG."""
    from icons import platform_icons

    platform_icons(WORK / "icons")


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
    extra = [*(["--onefile"] if onefile else []), *(["--icu-data", str(icu)] if icu else [])]
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


def self_test(exe: Path, tmp: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp,  # app data and settings: in the temporary home
           "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data"}
    out = subprocess.run([str(exe), "self-test"], capture_output=True, text=True, env=env, timeout=300)
    if out.returncode != 0 or "self-test ok" not in out.stdout.splitlines():
        raise SystemExit(f"frozen self-test of {exe.name} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    print(out.stdout.strip())


def check(name: str) -> None:
    exe = executable(name)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = tree_state(app_dir(name))
    with tempfile.TemporaryDirectory(prefix="reserve-desk-build-check-") as tmp:
        env["HOME"] = tmp  # app data and settings land in the temporary home, never in dist/
        env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = f"{tmp}/config", f"{tmp}/data"
        self_test(exe, tmp)
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


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{platform.machine().lower()}"


def portable(name: str, version: str) -> Path | None:
    found = sorted(DIST.glob(f"{name}-{version}-portable*"))
    return found[0] if found else None


def archive(name: str, version: str) -> Path:
    """The app folder as one file to carry across: .tar.gz on Linux (keeps the executable bit), .zip elsewhere.
    Written beside and renamed, so a failed run leaves no partial archive."""
    folder = app_dir(name)
    if sys.platform.startswith("linux"):
        target = DIST / f"{name}-{version}-{platform_tag()}.tar.gz"
        partial = target.with_name(f".{target.name}.part")
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=f"{name}-{version}", filter=lambda info: _owned_by_root(info))
    else:
        target = DIST / f"{name}-{version}-{platform_tag()}.zip"
        partial = target.with_name(f".{target.name}.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as book:
            for path in sorted(folder.rglob("*")):
                book.write(path, Path(f"{name}-{version}") / path.relative_to(folder))
    os.replace(partial, target)
    print(f"archive: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def write_sums(files: list[Path]) -> Path:
    """dist/SHA256SUMS in the format sha256sum -c reads: the digest, two spaces, the file name."""
    target = DIST / "SHA256SUMS"
    partial = target.with_name(".SHA256SUMS.part")
    partial.write_text("".join(f"{sha256(f)}  {f.name}\n" for f in files), encoding="ascii")
    os.replace(partial, target)
    print(f"checksums: {target}\n{target.read_text().rstrip()}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="also build a portable one-file executable")
    parser.add_argument("--deb", action="store_true", help="also build a Debian package (Linux, needs dpkg-dev)")
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
    single = portable(name, version) if args.onefile else None
    if args.onefile and single is None:
        raise SystemExit("PyInstaller wrote no portable executable")
    if single:
        print(f"portable: {single} ({single.stat().st_size / 1e6:.1f} MB)")
    if not args.no_check:
        check(name)
        if single and sys.platform.startswith("linux"):  # elsewhere it is the windowed app: no console to read
            with tempfile.TemporaryDirectory(prefix="reserve-desk-build-check-") as tmp:
                self_test(single, tmp)
    made = [archive(name, version), *([single] if single else [])]
    if args.deb:
        import deb

        made.append(deb.package(app_dir(name), version, DIST))
    write_sums(made)


if __name__ == "__main__":
    main()
