"""The run rung: a page's runnable blocks, in page order, in a fresh namespace on the local control plane.

Console transcripts are compared with what the commands print, after masking what legitimately varies.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import secrets
import subprocess
import tempfile
from pathlib import Path

from . import cluster, tools
from .snippets import Snippet, console_steps, slugify

VARYING = [
    (re.compile(r"\b\d+(\.\d+){3}(/\d+)?\b"), "<ip>"),
    (re.compile(r"(?<=\s)(\d+d)?(\d+h)?(\d+m)?(\d+s)?(?=\s|$)"), lambda m: "<age>" if m.group(0) else ""),
    (re.compile(r"\b(run|page)-[a-z0-9-]+-[0-9a-f]{6}\b"), "<namespace>"),
    (re.compile(r"-[a-z0-9]{5}\b"), "-<suffix>"),  # generated pod names
    (re.compile(r"-[0-9a-f]{8,10}-(?=<suffix>)"), "-<hash>-"),  # ReplicaSet template hashes
    (re.compile(r"[ \t]+"), " "),  # column widths follow the widest value
]


def normalize(text: str) -> str:
    lines = []
    for line in text.strip("\n").splitlines():
        for pattern, replacement in VARYING:
            line = pattern.sub(replacement, line)
        lines.append(line.strip())
    return "\n".join(lines)


def _page_kubeconfig(folder: Path, namespace: str) -> Path:
    config = json.loads(cluster.KUBECONFIG.read_text())
    config["contexts"][0]["context"]["namespace"] = namespace
    path = folder / "kubeconfig"
    path.write_text(json.dumps(config))
    return path


def _scratch_files(folder: Path, page_snippets: list[Snippet]) -> None:
    """Manifests of the page, under their titles and ids, so blocks can `kubectl apply -f nginx-pod.yaml`."""
    for snippet in page_snippets:
        if snippet.lang in {"yaml", "yml", "json"}:
            (folder / f"{snippet.id}.{snippet.ext}").write_text(snippet.code)
            if snippet.title and re.fullmatch(r"[\w.-]+\.(ya?ml|json)", snippet.title):
                (folder / snippet.title).write_text(snippet.code)


def _shell(command: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-o", "pipefail", "-euc", command], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def run_page(page_snippets: list[Snippet], update: bool = False) -> tuple[list[str], dict[int, str]]:
    """Run one page's `run` blocks. Returns problems and, when update is set, new console texts by snippet line."""
    runnable = [s for s in page_snippets if s.run and "run" in s.checks]
    problems: list[str] = []
    rewritten: dict[int, str] = {}
    if not runnable:
        return problems, rewritten
    dead = cluster.dead_components()
    if dead:
        raise cluster.ClusterError(f"control plane component(s) down: {', '.join(dead)}\n" + "\n".join(cluster.log_tail(d) for d in dead))
    namespace = f"page-{slugify(runnable[0].page.removesuffix('.md'))[:40]}-{secrets.token_hex(3)}"
    cluster.kubectl("create", "namespace", namespace)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _scratch_files(folder, page_snippets)
            env = {**os.environ, "KUBECONFIG": str(_page_kubeconfig(folder, namespace)),
                   "PATH": f"{tools.CLUSTER_BIN}:{os.environ['PATH']}"}
            for snippet in runnable:
                problem, new_text = _run_snippet(snippet, env, folder, update)
                if problem:
                    problems.append(problem)
                if new_text is not None:
                    rewritten[snippet.line] = new_text
                dead = cluster.dead_components()
                if dead:
                    raise cluster.ClusterError(f"{', '.join(dead)} crashed while running {snippet.location}:\n"
                                               + "\n".join(cluster.log_tail(d) for d in dead))
    finally:
        cluster.kubectl("delete", "namespace", namespace, "--wait=false", check=False)
    return problems, rewritten


def _run_snippet(snippet: Snippet, env: dict, folder: Path, update: bool) -> tuple[str | None, str | None]:
    expect = snippet.expect_fail[1] if snippet.expect_fail and snippet.expect_fail[0] == "run" else None
    if snippet.lang != "console":
        result = _shell(snippet.code, env, folder)
        return _judge(snippet, snippet.line, result, expect), None
    lines, changed = [], False
    code_lines = snippet.code.splitlines()
    command_lines = [i for i, text in enumerate(code_lines) if text.startswith("$ ")]
    for (command, expected), at in zip(console_steps(snippet.code), command_lines):
        result = _shell(command, env, folder)
        problem = _judge(snippet, snippet.line + 1 + at, result, expect)
        if problem:
            return problem, None
        actual = (result.stdout + result.stderr).rstrip("\n")
        lines.append(f"$ {command}")
        if normalize(actual) != normalize(expected):
            if not update:
                diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "page", "cluster", lineterm=""))
                return (f"{snippet.source}:{snippet.line + 1 + at}: [run] output of `{command}` differs "
                        f"(rerun with --update-outputs to accept):\n{diff}"), None
            changed = True
            lines.extend(actual.splitlines())
        else:
            lines.extend(expected.splitlines())
    return None, ("\n".join(lines) + "\n" if changed else None)


def _judge(snippet: Snippet, line: int, result: subprocess.CompletedProcess, expect: str | None) -> str | None:
    output = (result.stdout + result.stderr).strip()
    if expect is None:
        if result.returncode:
            return f"{snippet.source}:{line}: [run] exited {result.returncode}: {output[-1500:]}"
        return None
    if not result.returncode:
        return f"{snippet.source}:{line}: [run] expected to fail with {expect!r}, but it succeeded"
    if expect.lower() not in output.lower():
        return f"{snippet.source}:{line}: [run] failed, but without {expect!r}: {output[-1500:]}"
    return None


def rewrite_console_blocks(page_path: Path, rewritten: dict[int, str]) -> None:
    """Put regenerated console output back into the page, keeping the block's indentation."""
    lines = page_path.read_text(encoding="utf-8").split("\n")
    for fence_line in sorted(rewritten, reverse=True):
        start = fence_line - 1
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
        fence = re.match(r"\s*(`{3,}|~{3,})", lines[start]).group(1)
        closing = re.compile(rf"\s*{re.escape(fence[0])}{{{len(fence)},}}\s*")
        end = start + 1
        while not closing.fullmatch(lines[end]):
            end += 1
        lines[start + 1:end] = [indent + text if text else "" for text in rewritten[fence_line].rstrip("\n").split("\n")]
    page_path.write_text("\n".join(lines), encoding="utf-8")
