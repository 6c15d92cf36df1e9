"""Translations: extract the texts to translate with Qt's lupdate, compile them with Qt's lrelease.

    python build/i18n.py update [AREA...]   refresh resources/i18n/<language>/<area>.ts from the sources (keeps
                                            translations); only the areas named, if any
    python build/i18n.py release    compile every .ts to the .qm the app loads (the wheel's build hook, build.py
                                    and the test command run it; .qm files are build output, never committed)

An area is a part of the code with a file of its own, so that two translators never edit one file: each module of
the window (gui/, gui/tabs/, gui/dialogs/), the PDF's layout (report/), each module of core and each package in it
(core_summary, core_engine, ...).
Qt's Python lupdate marks plural forms only for ``self.tr``; a text with ``%n`` passed to ``translate`` is marked
here, so that each language gives its own forms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TARGET_LANGUAGES = ("es",)


def area_of(path: Path) -> str:
    """gui_<module>, tab_<module> and dialog_<module> for the window's modules; core_<module> or core_<package> for
    core's; report as a whole; cli for the command line (whose words stay English)."""
    relative = path.relative_to(ROOT / "desktop")
    if relative.parts[0] == "gui":
        prefix = {"tabs": "tab_", "dialogs": "dialog_"}.get(relative.parts[1], "gui_") if len(relative.parts) == 3 else "gui_"
        return prefix + relative.stem
    if relative.parts[0] == "core":
        return "core_" + (relative.parts[1] if len(relative.parts) > 2 else relative.stem)
    return "report" if relative.parts[0] == "report" else relative.stem


def areas() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name != "__init__.py":
            found.setdefault(area_of(path), []).append(path)
    return found


def _tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"i18n: Qt's {name} is not in {folder} (PySide6-Essentials ships it)")


def mark_plurals(ts: Path) -> None:
    """A message whose source holds %n gets numerus forms (lupdate's Python parser misses translate(..., n))."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = text
            changed = True
    if changed:
        _write(ts, tree)


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms written in ``ts`` (lupdate keeps one form of a plural it misses)."""
    if not ts.is_file():
        return {}
    return {(context.findtext("name"), message.findtext("source")): [f.text or "" for f in message.iter("numerusform")]
            for context in ET.parse(ts).iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"}


def restore_plurals(ts: Path, forms: dict[tuple[str, str], list[str]]) -> None:
    """Put back the plural forms a translator wrote, which lupdate cut to one (and marked unfinished)."""
    tree = ET.parse(ts)
    changed = False
    for context in tree.iter("context"):
        for message in context.iter("message"):
            written = forms.get((context.findtext("name"), message.findtext("source")))
            translation = message.find("translation")
            if not written or translation is None or [f.text or "" for f in translation.iter("numerusform")] == written:
                continue
            for form in list(translation):
                translation.remove(form)
            for text in written:
                ET.SubElement(translation, "numerusform").text = text
            if all(written) and translation.get("type") == "unfinished":
                del translation.attrib["type"]
            changed = True
    if changed:
        _write(ts, tree)


def _write(ts: Path, tree: ET.ElementTree) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(only: list[str] | None = None) -> None:
    lupdate = _tool("lupdate")
    for language in TARGET_LANGUAGES:
        (I18N / language).mkdir(parents=True, exist_ok=True)
        for area, files in areas().items():
            if only and area not in only:
                continue
            ts = I18N / language / f"{area}.ts"
            written = plural_forms(ts)
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                            "-target-language", language, *map(str, files), "-ts", str(ts)], check=True)
            if ET.parse(ts).find(".//message") is None:
                ts.unlink()  # an area with nothing to translate yet needs no file
            else:
                mark_plurals(ts)
                restore_plurals(ts, written)


def release() -> list[Path]:
    lrelease = _tool("lrelease")
    written = []
    for ts in sorted(I18N.glob("*/*.ts")):
        qm = ts.with_suffix(".qm")
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        # a new file in its place, never the old one rewritten: Qt maps a loaded .qm into memory, and a running app
        # or command reading a file rewritten under it dies of SIGBUS
        os.replace(fresh, qm)
        written.append(qm)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release"))
    parser.add_argument("areas", nargs="*", help="update: only these areas (for example tab_risk gui_risk_charts)")
    args = parser.parse_args()
    if args.command == "update":
        update(args.areas)
    else:
        print(f"i18n: {len(release())} translation files compiled", file=sys.stderr)


if __name__ == "__main__":
    main()
