"""Package the onedir build as a Debian package, for an IT desk to install, inventory, upgrade and remove.

    python build/deb.py APP_FOLDER --version V [--out DIR]      (build.py --deb calls package())

Layout: the frozen app in /opt/reserve-desk, /usr/bin/reserve-desk a link to its executable, and under
/usr/share the desktop entry, the workspace file type (shared-mime-info), the AppStream metainfo and the icons
in the hicolor sizes (the app's, and the same for workspace files). ``Depends`` is derived by dpkg-shlibdeps
from the DT_NEEDED entries of every ELF file in the bundle that the bundle itself does not satisfy, so it names
exactly the system libraries the frozen Qt links to, with the versions their symbols need.

There are no maintainer scripts. The desktop's databases are refreshed by dpkg's file triggers (shared-mime-info,
desktop-file-utils and the icon cache declare them), and install, upgrade and removal never touch anything of the
user's: workspaces, settings, signing keys and backups live in the home folder, outside the package.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icons import hicolor_icons  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
PACKAGE = "reserve-desk"
INSTALL_DIR = Path("opt") / PACKAGE
MIME_TYPE = "application/x-reservedesk"
METAINFO = "org.reserve_desk.ReserveDesk.metainfo.xml"
MAINTAINER = "Reserve Desk <packages@reserve-desk.invalid>"
# Needs no ELF file shows, so dpkg-shlibdeps cannot see them: the bundle's own libfontconfig reads the system's
# /etc/fonts/fonts.conf (fontconfig-config), and Qt draws text, and the PDF summary embeds it, in the system's fonts
# (DejaVu is what the self-test and CI use).
DATA_DEPENDS = "fontconfig-config"
RECOMMENDS = "fonts-dejavu-core"
DESCRIPTION = """\
Sovereign bitcoin reserves under an IMF program, offline
 Reserve Desk helps a country that holds bitcoin as a sovereign asset while it
 borrows from the IMF see what it holds, what it owes the Fund and when, how
 much risk it carries and what a crash would do to it.
 .
 It never opens a network connection. Each workspace is one .reservedesk file,
 with a signed audit log, that opens by double-click. The command line
 (reserve-desk) gives the same figures as JSON."""


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def stage(app_folder: Path, root: Path, version: str) -> None:
    """The package's file tree under ``root``, as dpkg will unpack it."""
    if not (app_folder / PACKAGE).is_file():
        raise SystemExit(f"no frozen app at {app_folder}: run build/build.py first")
    shutil.copytree(app_folder, root / INSTALL_DIR, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = root / "usr" / "share"
    for source, target in ((LINUX / "reserve-desk.desktop", share / "applications" / "reserve-desk.desktop"),
                           (LINUX / "reserve-desk.xml", share / "mime" / "packages" / "reserve-desk.xml"),
                           (LINUX / METAINFO, share / "metainfo" / METAINFO)):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    hicolor_icons(share / "icons" / "hicolor", PACKAGE)
    # file managers that ignore the MIME type's <icon> look the type's own name up in the theme
    hicolor_icons(share / "icons" / "hicolor", MIME_TYPE.replace("/", "-"), "mimetypes")
    copyright_files(app_folder, share / "doc" / PACKAGE, version)
    for path in [root, *root.rglob("*")]:  # root owns everything (dpkg-deb --root-owner-group); nobody else writes
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        library = ".so" in path.name  # loaded, never run: not executable (Debian policy, as lintian checks)
        executable = path.is_dir() or (mode & stat.S_IXUSR and not library)
        path.chmod(0o755 if executable else 0o644)


def python_distributions(name: str = PACKAGE) -> list[tuple[str, str, str]]:
    """(name, version, licence) of this app and every distribution it requires, as their installed metadata says."""
    import importlib.metadata as metadata

    from packaging.requirements import Requirement

    found: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        dist = metadata.distribution(todo.pop())
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in found:
            continue
        found[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if not requirement.marker or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)

    def licence(dist) -> str:
        meta = dist.metadata
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        return meta.get("License-Expression") or (meta.get("License") or "").split("\n")[0] or ", ".join(classifiers)

    return [(dist.metadata["Name"], dist.version, licence(dist)) for _, dist in sorted(found.items())]


def system_packages(app_folder: Path) -> dict[str, str]:
    """The Debian packages the bundle's system libraries were copied from (PyInstaller takes them from the build
    machine), with their versions: their copyright files travel with the app."""
    cache = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True, text=True).stdout
    where = dict(re.findall(r"^\s*(\S+) \([^)]*\) => (\S+)$", cache, flags=re.M))
    packages = {}
    for library in sorted((app_folder / "_internal").glob("lib*.so*")):
        if library.name not in where:  # a wheel's own library (Qt, ICU, OpenBLAS): its distribution's licence
            continue
        path = Path(where[library.name])
        for candidate in (path, Path(os.path.realpath(path))):
            out = subprocess.run(["dpkg-query", "-S", str(candidate)], capture_output=True, text=True)
            if out.returncode == 0:
                name = out.stdout.split(":", 1)[0]
                packages[name] = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name], check=True,
                                                capture_output=True, text=True).stdout
                break
    return packages


def copyright_files(app_folder: Path, doc: Path, version: str) -> None:
    """/usr/share/doc/reserve-desk/copyright: the app's terms, and each bundled part with its licence as its own
    metadata or Debian package states it; the packages' copyright files beside it, in bundled/."""
    parts = python_distributions()
    systems = system_packages(app_folder)
    lines = [f"Reserve Desk {version}", "", "The app: proprietary; see the terms under which your institution received it.",
             "", "The standalone app bundles the Python interpreter and the modules it imports from these Python",
             "distributions (its requirements as installed where it was built), each under the licence its own",
             "metadata states (Qt comes within PySide6-Essentials):", ""]
    lines += [f"  {name} {dist_version}: {licence or 'see its distribution'}" for name, dist_version, licence in parts
              if name.lower() != PACKAGE]
    lines += ["", "and these libraries of Debian packages, whose copyright files are in bundled/:", ""]
    lines += [f"  {name} {package_version}" for name, package_version in systems.items()]
    lines += ["", "On Debian systems the complete texts of the GNU Lesser General Public License version 3, the GNU",
              "General Public License versions 2 and 3 and the Apache License 2.0 are in /usr/share/common-licenses/",
              "(LGPL-3, GPL-2, GPL-3, Apache-2.0)."]
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc / "bundled").mkdir()
    for name in systems:
        source = Path("/usr/share/doc") / name / "copyright"
        if source.is_file():
            shutil.copyfile(source, doc / "bundled" / f"{name}.copyright")


def depends(root: Path, workdir: Path) -> str:
    """dpkg-shlibdeps over every ELF file of the bundle; the bundle's own library folders are private to it."""
    (workdir / "debian").mkdir(exist_ok=True)
    (workdir / "debian" / "control").write_text(f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n")
    elves = [p for p in (root / INSTALL_DIR).rglob("*") if is_elf(p)]
    # as installed (/opt/...): dpkg-shlibdeps looks a needed library up inside debian/PACKAGE first, and one found
    # there is the package's own, not a dependency
    private = sorted({"/" + str(p.parent.relative_to(root)) for p in elves if ".so" in p.name})
    out = subprocess.run(["dpkg-shlibdeps", "-O", *[f"-l{d}" for d in private], *[f"-e{p}" for p in elves]],
                         cwd=workdir, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed:\n{out.stderr[-3000:]}")
    for line in out.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.split("=", 1)[1]
    raise SystemExit(f"dpkg-shlibdeps gave no Depends:\n{out.stdout}\n{out.stderr}")


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol counts it: each file and link rounded up to a KiB, each folder one KiB."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums as dh_md5sums writes it: `dpkg --verify` and debsums check the installed files against it."""
    lines = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, lambda: hashlib.md5(usedforsecurity=False))
        lines.append(f"{digest.hexdigest()}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def control(version: str, arch: str, size_kib: int, requires: str) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
            f"Installed-Size: {size_kib}\nDepends: {requires}, {DATA_DEPENDS}\nRecommends: {RECOMMENDS}\n"
            f"Section: misc\nPriority: optional\nDescription: {DESCRIPTION}\n")


def package(app_folder: Path, version: str, out: Path) -> Path:
    """Build ``out``/reserve-desk_VERSION_ARCH.deb from the onedir ``app_folder``; returns its path."""
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        raise SystemExit("--deb needs Linux with dpkg-deb and dpkg-shlibdeps (Debian: apt-get install dpkg-dev)")
    arch = architecture()
    target = out / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="reserve-desk-deb-") as tmp:
        work = Path(tmp)
        root = work / "debian" / PACKAGE
        stage(app_folder, root, version)
        requires = depends(root, work)
        size_kib = installed_size_kib(root)
        sums = md5sums(root)
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, arch, size_kib, requires))
        (root / "DEBIAN" / "md5sums").write_text(sums)
        partial = out / f".{target.name}.part"  # renamed when whole: a failed build leaves no package behind
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(partial)],
                       check=True, stdout=subprocess.DEVNULL)
        os.replace(partial, target)
    print(f"package: {target} ({target.stat().st_size / 1e6:.1f} MB, installed {size_kib / 1024:.1f} MiB)")
    print(f"Depends: {requires}, {DATA_DEPENDS}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_folder", type=Path, help="the onedir build, e.g. dist/reserve-desk")
    parser.add_argument("--version", required=True, help="the package version, e.g. 0.2.0")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the .deb (default: dist/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    package(args.app_folder.resolve(), args.version, args.out.resolve())


if __name__ == "__main__":
    main()
