"""The run rung: a page's runnable blocks, in page order, in a fresh namespace on the local control plane.

Console transcripts are compared with what the commands print, after masking what legitimately varies.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import secrets
import shlex
import subprocess
import tempfile
from pathlib import Path

import yaml

from . import cluster
from .snippets import Snippet, console_steps, describe_code, kubectl_command_lines, slugify

PLACEHOLDER = re.compile(r"[A-Z][A-Z0-9_]+")
GENERATES = re.compile(r"^--dry-run=client$")

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
    config = yaml.safe_load(cluster.KUBECONFIG.read_text())
    current = next(c for c in config["contexts"] if c["name"] == config["current-context"])
    current["context"]["namespace"] = namespace
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


STEP_TIMEOUT = 120


def _shell(command: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["bash", "-o", "pipefail", "-euc", command], capture_output=True, text=True, env=env, cwd=cwd,
                              timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired as err:
        output = (err.stdout or b"").decode(errors="replace") if isinstance(err.stdout, bytes) else (err.stdout or "")
        return subprocess.CompletedProcess(err.cmd, 124, output, f"timed out after {STEP_TIMEOUT}s")


def run_page(page_snippets: list[Snippet], update: bool = False) -> tuple[list[str], dict[int, str]]:
    """Run one page's `run` blocks in order, then check the objects its kubectl commands generate.

    Returns problems and, when update is set, regenerated console texts by snippet line.
    """
    runnable = [s for s in page_snippets if s.run and "run" in s.checks]
    generators = []
    for snippet in page_snippets:
        commands = generating_commands(snippet) if "kubectl" in snippet.checks and not snippet.expect_fail else []
        if commands and (snippet in runnable or all(_self_contained(argv) for argv in commands)):
            generators.append(snippet)
    problems: list[str] = []
    rewritten: dict[int, str] = {}
    if not runnable and not generators:
        return problems, rewritten
    _raise_if_dead("before " + page_snippets[0].source)
    namespace = f"page-{slugify(page_snippets[0].page.removesuffix('.md'))[:40]}-{secrets.token_hex(3)}"
    cluster.kubectl("create", "namespace", namespace)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _scratch_files(folder, page_snippets)
            env = {**os.environ, "KUBECONFIG": str(_page_kubeconfig(folder, namespace)),
                   "PATH": f"{cluster.kubectl_binary().parent}:{os.environ['PATH']}"}
            for snippet in runnable:
                problem, new_text = _run_snippet(snippet, env, folder, update)
                if problem:
                    problems.append(problem)
                if new_text is not None:
                    rewritten[snippet.line] = new_text
                _raise_if_dead(f"while running {snippet.location}")
            for snippet in generators:
                problems.extend(_check_generated(snippet, env, folder))
    finally:
        cluster.kubectl("delete", "namespace", namespace, "--wait=false", check=False)
    return problems, rewritten


def _raise_if_dead(when: str) -> None:
    dead = cluster.dead_components()
    if dead:
        raise cluster.ClusterError(f"control plane component(s) down {when}: {', '.join(dead)}\n"
                                   + "\n".join(cluster.log_tail(d) for d in dead))


def _self_contained(argv: list[str]) -> bool:
    """`kubectl run` and `kubectl create` print objects without reading any; `expose` needs its target to exist."""
    verbs = [a for a in argv if not a.startswith("-")]
    return bool(verbs) and verbs[0] in {"run", "create"}


def generating_commands(snippet: Snippet) -> list[list[str]]:
    """kubectl command lines that print an object (--dry-run=client -o yaml|json) and name no placeholder."""
    found = []
    for _, argv in kubectl_command_lines(snippet.script):
        output = " ".join(argv)
        if not any(GENERATES.match(a) for a in argv) or not re.search(r"(-o|--output)[ =](yaml|json)", output):
            continue
        if any(PLACEHOLDER.fullmatch(a.rsplit("=", 1)[-1]) for a in argv):
            continue
        found.append(argv)
    return found


def _check_generated(snippet: Snippet, env: dict, folder: Path) -> list[str]:
    """Run each object-generating command against the server and put what it prints through schema and server checks."""
    from .checks import run_ladder, verdict

    if snippet.expect_fail:
        return []
    problems = []
    for argv in generating_commands(snippet):
        command = "kubectl " + " ".join(shlex.quote(a) for a in argv)
        result = _shell(command, env, folder)
        where = f"{snippet.location}: [run] generated by `{command}`"
        if result.returncode:
            problems.append(f"{where}: exited {result.returncode}: {result.stderr.strip()[-800:]}")
            continue
        lang = "json" if "json" in command.split("-o", 1)[-1][:8] else "yaml"
        generated = Snippet(page=snippet.page, line=snippet.line, lang=lang, id=snippet.id, code=result.stdout,
                            origin=snippet.origin, documents=describe_code(result.stdout, lang))
        outcomes = run_ladder([generated], ("parse", "schema", "server"), use_cache=False)[0]
        problems.extend(f"{where}: {p}" for p in verdict(generated, outcomes))
    return problems


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
