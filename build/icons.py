"""The app's icons drawn from the one SVG with Qt's own renderer and image writers.

platform_icons(): the PNG, ICO and ICNS PyInstaller puts in the executables. hicolor_icons(): the PNG sizes of the
freedesktop icon theme, for the Debian package's application and workspace-file icons.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "reserve-desk.svg"
HICOLOR_SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256)  # the sizes desktops look up (menus, panels, file managers)


def _render(size_px: int):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - image plugins need an application
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def _save(image, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), target.suffix[1:].upper()):
        raise SystemExit(f"could not write {target}")


def platform_icons(folder: Path) -> None:
    image = _render(256)
    for suffix in ("png", "ico", "icns"):
        _save(image, folder / f"reserve-desk.{suffix}")


def hicolor_icons(theme: Path, name: str, context: str = "apps") -> list[Path]:
    """``theme``/NxN/``context``/``name``.png for each size, and scalable/``context``/``name``.svg."""
    written = []
    for size_px in HICOLOR_SIZES_PX:
        target = theme / f"{size_px}x{size_px}" / context / f"{name}.png"
        _save(_render(size_px), target)
        written.append(target)
    scalable = theme / "scalable" / context / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    return [*written, scalable]
