"""The run rung: a page's runnable blocks, in page order, in a fresh namespace on the local control plane.

Console transcripts are compared with what the commands print, after masking what legitimately varies.
"""

from __future__ import annotations

import concurrent.futures
import difflib
import os
import re
import secrets
import shlex
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

from . import cluster, node, tools
from .snippets import Snippet, command_lines, console_steps, describe_code, kubectl_command_lines, slugify

T = TypeVar("T")
PLACEHOLDER = re.compile(r"[A-Z][A-Z0-9_]+")
GENERATES = re.compile(r"^--dry-run=client$")

# Kubernetes names generated objects with suffixes from this alphabet (no vowels, no 0, 1 or 3), so `web-7d9fz`
# is masked and `kube-proxy` is not.
SUFFIX = "[bcdfghjklmnpqrstvwxz2456789]"
VARYING = [
    (re.compile(r"\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"), "<time>"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<uid>"),
    (re.compile(r"(resourceVersion\W+)\d+"), r"\1<rv>"),
    (re.compile(r"\b\d+(\.\d+){3}(/\d+)?\b"), "<ip>"),
    # Ages in kubectl's tables (`5s`, `2m3s`, `45h`); never a value after `key: ` or `=` (`cpu: 250m` stays).
    (re.compile(r"(?<![:=] )(?<!=)(?<=\s)(\d+d)?(\d+h)?(\d+m)?(\d+s)?(?=\s|$)"), lambda m: "<age>" if m.group(0) else ""),
    (re.compile(r"\b(run|page)-[a-z0-9-]+-[0-9a-f]{6}\b"), "<namespace>"),
    (re.compile(rf"\b{node.NAME}\b"), "<node>"),  # the real node's name is the test cluster's own
    # The scheduler counts the cluster's nodes; a node reserved by a taint is one more, whatever the example shows.
    (re.compile(r"\b\d+ node\(s\) had untolerated taint\(s\)(?: \{[^}]*\})?, "), ""),
    (re.compile(r"\b\d+/\d+ nodes are available"), "<n>/<n> nodes are available"),
    (re.compile(r"\b\d+ (node\(s\)|Insufficient|Preemption)"), r"<n> \1"),
    (re.compile(rf"-{SUFFIX}{{5}}\b"), "-<suffix>"),  # generated pod and object names
    (re.compile(rf"-{SUFFIX}{{6,10}}-(?=<suffix>)"), "-<hash>-"),  # ReplicaSet template hashes
    (re.compile(r"[ \t]+"), " "),  # column widths follow the widest value
]


def normalize(text: str) -> str:
    lines = []
    for line in text.strip("\n").splitlines():
        for pattern, replacement in VARYING:
            line = pattern.sub(replacement, line)
        lines.append(line.strip())
    return "\n".join(lines)


FILE_TITLE = re.compile(r"(?!\.\.?/)[\w.-]+(/(?!\.\.?/)[\w.-]+)*")


def _scratch_files(folder: Path, page_snippets: list[Snippet]) -> None:
    """The page's files, so blocks can `kubectl apply -f nginx-pod.yaml`, `kubectl kustomize overlays/dev`,
    `helm template web ./web`: manifests under their ids, and every block whose title is a relative path under it."""
    for snippet in page_snippets:
        if snippet.lang in {"yaml", "yml", "json"}:
            (folder / f"{snippet.id}.{snippet.ext}").write_text(snippet.code)
        if snippet.title and FILE_TITLE.fullmatch(snippet.title) and ".." not in snippet.title.split("/"):
            target = folder / snippet.title
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(snippet.code)


# Pages whose examples place pods on particular nodes (labels, zones, taints, drains, DaemonSets, autoscaling)
# stay on the simulated nodes. Every other page runs on the real node: containers really start, so
# troubleshooting.md shows real pull failures, crashes, probes and DNS, and pod-security.md real non-root and
# seccomp-confined containers.
SIMULATED_NODE_PAGES = {"workloads/scheduling.md", "workloads/daemonsets-statefulsets.md", "operations/maintenance.md",
                        "workloads/autoscaling.md"}
STEP_TIMEOUT = 120
LANES = 3  # pages run side by side: a page spends most of its time waiting for the cluster, not computing


def side_by_side(pages: list[str], work: Callable[[str], T], lanes: int = LANES) -> dict[str, concurrent.futures.Future]:
    """work(page) for every page, `lanes` pages at a time, longest-first order kept. Every page has its own
    namespace, and its cluster-scoped objects are named after it; pages on the simulated nodes share those
    nodes' labels, taints and capacity, so they take turns in a lane of their own. Each page's future holds its
    result or its exception."""
    simulated = [page for page in pages if page in SIMULATED_NODE_PAGES]
    futures: dict[str, concurrent.futures.Future] = {page: concurrent.futures.Future() for page in simulated}

    def in_turn() -> None:
        for page in simulated:
            try:
                futures[page].set_result(work(page))
            except Exception as error:  # noqa: BLE001 - handed to whoever reads the page's result
                futures[page].set_exception(error)

    with concurrent.futures.ThreadPoolExecutor(max(lanes, 1)) as pool:  # leaving it waits for every page
        if simulated:
            pool.submit(in_turn)
        futures.update({page: pool.submit(work, page) for page in pages if page not in SIMULATED_NODE_PAGES})
    return futures
PAGE_NAMESPACE = "HANDBOOK_PAGE_NAMESPACE"  # in a step's environment: the namespace the page runs in
UPDATE_OUTPUTS = False  # set by `check --update-outputs`: console outputs are rewritten from the cluster
REWRITES: dict[str, dict[int, str]] = {}  # page -> fence line -> new console text, written once the page has run


def _shell(command: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    """One step, in its own process group: on a timeout the whole group ends, not only bash."""
    process = subprocess.Popen(["bash", "-o", "pipefail", "-euc", command], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=env, cwd=cwd, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, _ = process.communicate()
        return subprocess.CompletedProcess(command, 124, stdout or "", f"timed out after {STEP_TIMEOUT}s")
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # what the step left running in the background
        except ProcessLookupError:
            pass
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def run_page(todo: list[Snippet], sound: list[Snippet], broken: list[Snippet]) -> list[Outcome]:
    """A page's runnable blocks in order, then the objects its commands generate, in a fresh namespace.

    sound: the page's blocks that passed their checks (their files are laid out for the blocks to use);
    broken: those that did not. A block that uses a broken block's file, or fails after an earlier block
    failed, is reported as blocked by that cause, not as a failure of its own.
    """
    from .checks import Outcome

    outcomes: dict[int, Outcome] = {}
    runnable = [s for s in todo if s.run and "run" in s.checks]
    namespace = f"page-{slugify(todo[0].page.removesuffix('.md'))[:40]}-{secrets.token_hex(3)}"
    _raise_if_dead("before " + todo[0].source)
    cluster.kubectl("create", "namespace", namespace)
    if not cluster.EXTERNAL and todo[0].page not in SIMULATED_NODE_PAGES:
        cluster.kubectl("annotate", "namespace", namespace, *[f"{k}={v}" for k, v in node.ON_THIS_NODE.items()])
    broken_files = {name: s for s in broken for name in (s.title, f"{s.id}.{s.ext}") if name}
    first_failure: Snippet | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _scratch_files(folder, sound)
            env = {**os.environ, "KUBECONFIG": str(cluster.kubeconfig_for(namespace, folder)),
                   "PATH": f"{cluster.kubectl_binary().parent}:{tools.path_dir()}:{os.environ['PATH']}",
                   # Helm keeps its caches and settings beside the page's files, not in the reader's HOME.
                   **{f"HELM_{kind}_HOME": str(folder / f".helm-{kind.lower()}") for kind in ("CACHE", "CONFIG", "DATA")},
                   **cluster.etcd_client_env(), PAGE_NAMESPACE: namespace}
            for snippet in runnable:
                used = [broken_files[w] for w in re.findall(r"[\w./-]+", snippet.code) if w in broken_files]
                if used:
                    outcomes[id(snippet)] = Outcome("run", "blocked", f"it uses {used[0].title or used[0].id}, which "
                                                    f"failed its checks at {used[0].location}")
                    first_failure = first_failure or used[0]
                    continue
                if cluster.EXTERNAL and (command_lines(snippet.script, "etcdctl") or command_lines(snippet.script, "etcdutl")):
                    # The check cluster's etcd is ours to read; another cluster's (kind's) is inside its node.
                    outcomes[id(snippet)] = Outcome("run", "blocked", "it talks to etcd, which only the local check "
                                                    "cluster exposes (ETCDCTL_* are set there)")
                    continue
                outcome = _run_snippet(snippet, env, folder)
                if snippet.expect_fail:
                    pass  # a failure on purpose is judged against its message by checks.judge, and causes nothing
                elif not outcome.ok and first_failure:
                    outcome = Outcome("run", "blocked", f"failed after the earlier failure at {first_failure.location}; "
                                      f"fix that first ({outcome.message[:300]})", outcome.offset)
                elif not outcome.ok:
                    first_failure = snippet
                outcomes[id(snippet)] = outcome
                _raise_if_dead(f"while running {snippet.location}")
            for snippet in todo:
                if id(snippet) not in outcomes:
                    outcomes[id(snippet)] = _check_generated(snippet, env, folder)
                elif outcomes[id(snippet)].ok and generating_commands(snippet):
                    outcomes[id(snippet)] = _check_generated(snippet, env, folder)
    finally:
        cluster.kubectl("delete", "namespace", namespace, "--wait=false", check=False)
        rewritten = REWRITES.pop(todo[0].source, None)
        if rewritten:  # all at once, from the bottom up, so the line numbers of the page stay right
            rewrite_console_blocks(Path(todo[0].source), rewritten)
    return [outcomes[id(s)] for s in todo]


def _raise_if_dead(when: str) -> None:
    dead = cluster.dead_components()
    if dead:
        raise cluster.ClusterError(f"cluster component(s) down {when}: {', '.join(dead)}\n"
                                   + "\n".join(cluster.log_tail(d) for d in dead))


def _self_contained(argv: list[str]) -> bool:
    """`kubectl run` and `kubectl create` print objects without reading any; `expose` needs its target to exist."""
    verbs = [a for a in argv if not a.startswith("-")]
    return bool(verbs) and verbs[0] in {"run", "create"}


def generating_commands(snippet: Snippet) -> list[str]:
    """Command lines of a block that print objects, to be run and their output checked:
    `kubectl ... --dry-run=client -o yaml|json` naming no placeholder (in a run block, or `run`/`create`, which
    read nothing), `kubectl kustomize DIR` and `helm template NAME CHART` (which read the page's files)."""
    if snippet.expect_fail or snippet.lang not in {"bash", "sh", "shell", "console"} or {"parse", "run"} & set(snippet.skipped):
        return []
    found = []
    for _, argv in kubectl_command_lines(snippet.script):
        if any(PLACEHOLDER.fullmatch(a.rsplit("=", 1)[-1]) for a in argv):
            continue
        output = " ".join(argv)
        dry_run = (any(GENERATES.match(a) for a in argv) and re.search(r"(-o|--output)[ =](yaml|json)", output)
                   and "kubectl" not in snippet.skipped and (snippet.run or _self_contained(argv)))
        if dry_run or argv[:1] == ["kustomize"]:
            found.append("kubectl " + " ".join(shlex.quote(a) for a in argv))
    for _, argv in command_lines(snippet.script, "helm"):
        if argv[:1] == ["template"] and not any(PLACEHOLDER.fullmatch(a.rsplit("=", 1)[-1]) for a in argv):
            found.append("helm " + " ".join(shlex.quote(a) for a in argv))
    return found


def _check_generated(snippet: Snippet, env: dict, folder: Path):
    """Run each object-generating command against the server and put what it prints through the schema and
    server rungs: the objects a reader would get must be valid, not only the command line."""
    from .checks import failed, passed, run_ladder, verdict

    problems = []
    for command in generating_commands(snippet):
        result = _shell(command, env, folder)
        where = f"generated by `{command}`"
        if result.returncode:
            problems.append(f"{where}: exited {result.returncode}: {result.stderr.strip()[-800:]}")
            continue
        lang = "json" if re.search(r"(-o|--output)[ =]json", command) else "yaml"
        generated = Snippet(page=snippet.page, line=snippet.line, lang=lang, id=snippet.id, code=result.stdout,
                            origin=snippet.origin, documents=describe_code(result.stdout, lang))
        outcomes = run_ladder([generated], ("parse", "schema", "server"), use_cache=False)[0]
        problems.extend(f"{where}: {p.split(': ', 1)[1]}" for p in verdict(generated, outcomes))
    return failed("run", "; ".join(problems)) if problems else passed("run")


def _run_snippet(snippet: Snippet, env: dict, folder: Path):
    from .checks import Outcome, failed, passed

    if snippet.lang != "console":
        return _judge(_shell(snippet.code, env, folder), None)
    lines, changed = [], False
    code_lines = snippet.code.splitlines()
    command_lines = [i for i, text in enumerate(code_lines) if text.startswith("$ ")]
    for (command, expected), at in zip(console_steps(snippet.code), command_lines):
        result = _shell(command, env, folder)
        outcome = _judge(result, 1 + at)
        if not outcome.ok:
            return outcome
        # The page's namespace is the reader's current one: `default` unless they chose another.
        actual = (result.stdout + result.stderr).rstrip("\n").replace(env[PAGE_NAMESPACE], "default")
        lines.append(f"$ {command}")
        if normalize(actual) != normalize(expected):
            if not UPDATE_OUTPUTS:
                diff = "\n".join(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "page", "cluster", lineterm=""))
                return failed("run", f"output of `{command}` differs (rerun with --update-outputs to accept):\n{diff}", 1 + at)
            changed = True
            lines.extend(actual.splitlines())
        else:
            lines.extend(expected.splitlines())
    if changed:
        REWRITES.setdefault(snippet.source, {})[snippet.line] = "\n".join(lines) + "\n"
        return Outcome("run", "pass", f"updated the output shown in {snippet.source}")
    return passed("run")


def _judge(result: subprocess.CompletedProcess, offset: int | None):
    """A step's outcome; an expected failure is compared with its expected message by checks.judge."""
    from .checks import failed, passed

    output = (result.stdout + result.stderr).strip()
    return failed("run", f"exited {result.returncode}: {output[-1500:]}", offset) if result.returncode else passed("run")


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
