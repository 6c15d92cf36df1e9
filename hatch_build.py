"""Wheel build hook: compile the translations with Qt's lrelease (build/i18n.py), so that every install has them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        subprocess.run([sys.executable, str(Path(self.root) / "build" / "i18n.py"), "release"], check=True)
