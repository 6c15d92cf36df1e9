"""Find files shipped in resources/, from a source tree, an installed wheel or a PyInstaller bundle.

This is the one place that knows where resources live; everything else asks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds icons, samples, methodology and style files."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller: data files are unpacked under the bundle root
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source tree or editable install
    for folder in candidates:
        if (folder / "methodology.md").is_file():
            return folder
    raise FileNotFoundError("Reserve Desk resources not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of one resource file, for example resource_path("samples", "el-salvador.json")."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


def methodology_path(language: str) -> Path:
    """The methodology in ``language`` (methodology.<code>.md), else the English one."""
    translated = resources_dir() / f"methodology.{language}.md"
    return translated if translated.is_file() else resources_dir() / "methodology.md"
