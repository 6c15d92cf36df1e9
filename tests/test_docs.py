"""The project stands on its own: its docs are in docs/, no file points to notes kept outside the repository,
and the overview names the folders and files that exist."""

from __future__ import annotations

import glob
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"
# The team's notes outside the repository, by file name or by the specification's short name ("the SPEC",
# "SPEC's meaning"). Case matters: docs/architecture.md is the repository's own.
OUTSIDE_NOTES = re.compile(r"\b(?:SPEC|DOMAIN|ARCHITECTURE)\.md\b|shared/docs\b|\bthe SPEC\b|\bSPEC['’]s\b")
SKIPPED_DIRS = {".git", ".venv", ".venv-build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"}


def repository_files() -> list[Path]:
    """The text files git tracks, and new ones it would add; without git, the tree minus environments and caches.
    This file is left out (it spells what it looks for), and so are binary files: the stored workspaces of earlier
    schema versions under tests/data/ keep the text those versions wrote, unchanged by design."""
    if shutil.which("git") and (PROJECT_ROOT / ".git").exists():
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                cwd=PROJECT_ROOT, capture_output=True, check=True).stdout.decode().split("\0")
        files = [PROJECT_ROOT / name for name in listed if name and (PROJECT_ROOT / name).is_file()]
    else:
        files = [p for p in PROJECT_ROOT.rglob("*")
                 if p.is_file() and not SKIPPED_DIRS & set(p.relative_to(PROJECT_ROOT).parts[:-1])]
    return [p for p in files if p != Path(__file__).resolve() and b"\0" not in p.read_bytes()[:8192]]


def outside_references(files: list[Path]) -> list[tuple[str, int, str]]:
    """(file name, line number, what it names) for each line that points to the notes outside."""
    found = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="ignore")
        for number, line in enumerate(text.splitlines(), 1):
            if match := OUTSIDE_NOTES.search(line):
                name = path.relative_to(PROJECT_ROOT).as_posix() if path.is_relative_to(PROJECT_ROOT) else path.name
                found.append((name, number, match.group()))
    return found


def test_no_file_points_to_notes_outside_the_repository():
    files = repository_files()
    assert PROJECT_ROOT / "README.md" in files and PROJECT_ROOT / "desktop" / "cli.py" in files
    assert outside_references(files) == []


def test_the_check_finds_each_kind_of_reference(tmp_path):
    lines = ["see SPEC.md section 2", "DOMAIN.md §6", "# rules (ARCHITECTURE.md)", "the team's ../shared/docs",
             "(SPEC's meaning)", "as the SPEC says", "docs/architecture.md is ours", "SPECPATH and core.domain are code"]
    note = tmp_path / "note.py"
    note.write_text("\n".join(lines), encoding="utf-8")
    assert [(number, what) for _, number, what in outside_references([note])] == [
        (1, "SPEC.md"), (2, "DOMAIN.md"), (3, "ARCHITECTURE.md"), (4, "shared/docs"), (5, "SPEC's"), (6, "the SPEC")]


def package_folders() -> list[str]:
    """Every folder of the repository's top level, and every package of the application down to core's parts."""
    top = [p.name for p in PROJECT_ROOT.iterdir()
           if p.is_dir() and not p.name.startswith(".") and p.name not in SKIPPED_DIRS and any(p.iterdir())]
    app = [p.parent.relative_to(PROJECT_ROOT).as_posix() for p in (PROJECT_ROOT / "desktop").rglob("__init__.py")]
    return sorted(set(top) | set(app))


def test_the_overview_names_every_package_folder():
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    folders = package_folders()
    assert {"desktop", "desktop/core", "desktop/core/engine", "desktop/gui", "desktop/report", "tests"} <= set(folders)
    # named as a folder ("engine/") in the layout, or by its path ("desktop/gui/tabs/", "gui/tabs/")
    missing = [f for f in folders if f"{f.rsplit('/', 1)[-1]}/" not in text]
    assert missing == [], f"docs/architecture.md does not describe {missing}"
    for file in ("cli.py", "service.py", "worker.py", "window_shots.py", "build.py"):
        assert file in text


def mentioned_paths(text: str) -> list[str]:
    """Paths of this repository written in code type outside code blocks: `gui/worker.py`, `resources/samples/`."""
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return [t for t in re.findall(r"`([^`\s]+)`", text)
            if ("/" in t or re.search(r"\.(py|md|json|spec|sh|yml|toml)$", t))
            and not t.startswith(("../", "-", "<")) and t != "dist/" and "://" not in t]


def exists_in_repository(path: str) -> bool:
    roots = [PROJECT_ROOT, PROJECT_ROOT / "desktop", PROJECT_ROOT / "desktop" / "core"]
    return any(glob.glob(str(root / path.rstrip("/"))) for root in roots)


@pytest.mark.parametrize("doc", ["architecture.md", "formats.md", "samples.md"])
def test_docs_name_files_that_exist_and_link_to_each_other(doc):
    text = (DOCS / doc).read_text(encoding="utf-8")
    paths = mentioned_paths(text)
    assert paths, "the check would pass on any text"
    assert [p for p in paths if not exists_in_repository(p)] == []
    links = re.findall(r"\]\(([^)#:]+)\)", text)
    assert [link for link in links if not (DOCS / link).exists()] == []


def test_the_readme_links_the_docs():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\]\((docs/[^)#]+)\)", readme))
    assert {"docs/architecture.md", "docs/formats.md", "docs/samples.md"} <= links
    assert all((PROJECT_ROOT / link).is_file() for link in links)
