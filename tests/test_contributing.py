"""The contributor path of CONTRIBUTING.md, tried in a throwaway copy of the repository.

(a) `pre-commit run --all-files` passes on the tree as it is (committed work plus uncommitted changes).
(b) A new page with a broken manifest, put in the nav, is caught by `python -m handbook check` (naming
    the page, the line and the rung) and by `mkdocs build --strict`; once fixed, both pass.

The copy is a `git clone` of the repository with the working tree's changes and untracked files copied
in and staged, so it sees exactly what a contributor would commit. It reuses the repository's .venv and
its pinned tools (.cache/bin, schemas, the built kubectl) and starts from a copy of the check cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / ".cache"

BROKEN_PAGE = """\
# Broken example

A page added by the contributor test: a pod whose `spec` is misspelt.

<!-- snippet: id=broken-pod title="broken-pod.yaml" -->
```yaml
apiVersion: v1
kind: Pod
metadata:
  name: broken-pod
specs:
  containers:
    - name: web
      image: nginx:1.27
```
"""
# The schema rung reports a manifest at its opening fence: that is the line a contributor is sent to.
FENCE_LINE = BROKEN_PAGE.splitlines().index("```yaml") + 1


def _git(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, timeout=60)


def _files(*args: str) -> list[str]:
    return [name for name in _git("ls-files", "-z", *args).stdout.split("\0") if name]


def working_copy(dest: Path) -> Path:
    """git clone of the repository plus its uncommitted work, all staged; tools shared with the repository."""
    _git("clone", "--quiet", "--no-checkout", str(REPO), str(dest))
    # The commit the repository has checked out, even when HEAD is detached (pull request checkouts on CI).
    _git("checkout", "--quiet", "--detach", _git("rev-parse", "HEAD").stdout.strip(), cwd=dest)
    deleted = set(_files("--deleted"))
    for name in _files("--cached", "--others", "--exclude-standard"):
        source, target = REPO / name, dest / name
        if name in deleted or not os.path.lexists(source):
            if os.path.lexists(target):
                target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if os.path.lexists(target):
            target.unlink()
        shutil.copy2(source, target, follow_symlinks=False)
    # The venv and the pinned tools are reused, never rebuilt; the check cache is copied, not shared.
    (dest / ".venv").symlink_to(REPO / ".venv")
    with open(dest / ".git" / "info" / "exclude", "a", encoding="utf-8") as exclude:
        exclude.write("/.venv\n")
    (dest / ".cache" / "cluster").mkdir(parents=True)
    for shared in ("bin", "schemas"):
        if (CACHE / shared).exists():
            (dest / ".cache" / shared).symlink_to(CACHE / shared)
    for built in sorted((CACHE / "cluster").glob("v*")):
        (dest / ".cache" / "cluster" / built.name).symlink_to(built)
    if (CACHE / "checks").exists():
        shutil.copytree(CACHE / "checks", dest / ".cache" / "checks")
    _git("add", "--all", cwd=dest)
    return dest


@pytest.fixture
def env(tmp_path) -> dict:
    # A contributor's own build refreshes snippets/, so CI's verify-only mode does not apply in the copy.
    dropped = {"HANDBOOK_KUBECONFIG", "KUBECONFIG", "HANDBOOK_VERIFY_SNIPPETS"}
    environment = {key: value for key, value in os.environ.items() if key not in dropped}
    environment.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1")
    return environment


def _run(command: list[str], cwd: Path, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _output(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


@pytest.mark.kubectl
def test_pre_commit_passes_on_the_tree(tmp_path, env):
    copy = working_copy(tmp_path / "repo")
    result = _run([str(copy / ".venv" / "bin" / "pre-commit"), "run", "--all-files", "--show-diff-on-failure",
                   "--color=never"], copy, env)
    assert result.returncode == 0, "pre-commit run --all-files failed:\n" + _output(result)


@pytest.mark.slow
def test_broken_page_is_caught_then_passes(tmp_path, env):
    copy = working_copy(tmp_path / "repo")
    page = copy / "docs" / "broken-example.md"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nnav:\n" in text
    config.write_text(text.replace("\nnav:\n", "\nnav:\n  - Broken example: broken-example.md\n", 1), encoding="utf-8")

    check = [sys.executable, "-m", "handbook", "check", "docs/broken-example.md", "--skip-rung", "server", "--skip-rung", "run"]
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")]
    where = f"docs/broken-example.md:{FENCE_LINE}: [schema]"

    broken = _run(check, copy, env)
    assert broken.returncode != 0, "the check passed a manifest with `specs:`\n" + _output(broken)
    assert where in broken.stdout and "'specs'" in broken.stdout, f"expected {where!r} naming 'specs'\n" + _output(broken)

    broken_build = _run(build, copy, env)
    assert broken_build.returncode != 0, "mkdocs build --strict passed with the broken page\n" + _output(broken_build)
    assert where in broken_build.stdout + broken_build.stderr, _output(broken_build)

    page.write_text(BROKEN_PAGE.replace("\nspecs:\n", "\nspec:\n"), encoding="utf-8")
    fixed = _run(check, copy, env)
    assert fixed.returncode == 0, "the check still fails after the fix\n" + _output(fixed)
    fixed_build = _run(build, copy, env)
    assert fixed_build.returncode == 0, "mkdocs build --strict fails after the fix\n" + _output(fixed_build)
    assert (tmp_path / "site" / "broken-example" / "index.html").exists()
    assert (tmp_path / "site" / "snippets" / "broken-example" / "broken-pod.yaml").exists()
