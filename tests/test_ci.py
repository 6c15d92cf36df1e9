"""CI runs exactly the test command the README gives."""

import re

from conftest import PROJECT_ROOT


def test_ci_runs_the_readme_test_and_build_commands():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(b for b in blocks if "pytest" in b)
    build_command = next(b for b in blocks if "build/build.py" in b)
    assert test_command in ci and build_command in ci
    assert ci.index(test_command) < ci.index(build_command)  # build only after the tests pass
