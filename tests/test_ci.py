"""CI runs exactly the test command the README gives."""

import re

from conftest import PROJECT_ROOT


def test_ci_runs_the_readme_test_command():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
