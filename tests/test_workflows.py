"""The GitHub Actions workflows pass actionlint, with ShellCheck judging their `run:` scripts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.tools import go_tool, shellcheck

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def test_workflows_exist():
    names = {path.name for path in WORKFLOWS}
    assert {"site.yml", "cluster.yml", "pages.yml"} <= names, f"workflows found: {sorted(names)}"


def test_actionlint():
    actionlint = go_tool("actionlint")
    # actionlint runs ShellCheck on every run: script when it finds it on PATH; make sure it does.
    path = os.pathsep.join([str(Path(shellcheck()).parent), str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    result = subprocess.run([str(actionlint), "-color=false", *[str(p.relative_to(REPO)) for p in WORKFLOWS]],
                            cwd=REPO, capture_output=True, text=True, env={**os.environ, "PATH": path}, timeout=120)
    assert result.returncode == 0, f"actionlint found problems:\n{result.stdout}\n{result.stderr}"


def test_actionlint_uses_shellcheck(tmp_path):
    """Guard against a silent pass: a script with an unquoted variable must be reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo $UNQUOTED\n")
    path = os.pathsep.join([str(Path(shellcheck()).parent), os.environ.get("PATH", "")])
    result = subprocess.run([str(go_tool("actionlint")), "-color=false", str(bad)], capture_output=True, text=True,
                            env={**os.environ, "PATH": path}, timeout=120)
    assert result.returncode != 0 and "SC2086" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege(workflow):
    """Every workflow declares its token permissions at the top, read-only by default."""
    import yaml

    config = yaml.safe_load(workflow.read_text())
    assert "permissions" in config, f"{workflow.name}: no top-level permissions:"
    assert config["permissions"] in ({}, {"contents": "read"}), f"{workflow.name}: top-level permissions {config['permissions']}"
    for name, job in config["jobs"].items():
        granted = job.get("permissions", {}) or {}
        writes = {scope for scope, level in granted.items() if level == "write"}
        assert writes <= {"pages", "id-token"}, f"{workflow.name}: job {name} writes {writes}"
