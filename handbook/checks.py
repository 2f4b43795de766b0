"""The check ladder. Each rung sees what the rungs below cannot; a snippet climbs until one fails.

parse -> lint -> schema (kubeconform, offline, version matrix) -> kubectl (real kubectl parses each command)
-> server (kubectl apply --dry-run=server on the local control plane) -> run (see runner.py).
Results of parse..server are cached by content, rung and tool (or server) versions: unchanged snippets are not re-checked.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from . import tools
from .snippets import REPO, RUNGS, Snippet, kubectl_command_lines, load_documents

CHECK_CACHE = tools.CACHE / "checks"
YAMLLINT_CONFIG = REPO / ".yamllint.yaml"
# apiVersions Kubernetes removed, and what replaces them (from the Kubernetes deprecated API migration guide).
REMOVED_APIS = {
    ("extensions/v1beta1", "Deployment"): ("1.16", "apps/v1"),
    ("apps/v1beta1", "Deployment"): ("1.16", "apps/v1"),
    ("apps/v1beta2", "Deployment"): ("1.16", "apps/v1"),
    ("extensions/v1beta1", "DaemonSet"): ("1.16", "apps/v1"),
    ("apps/v1beta2", "DaemonSet"): ("1.16", "apps/v1"),
    ("extensions/v1beta1", "ReplicaSet"): ("1.16", "apps/v1"),
    ("apps/v1beta2", "ReplicaSet"): ("1.16", "apps/v1"),
    ("apps/v1beta1", "StatefulSet"): ("1.16", "apps/v1"),
    ("apps/v1beta2", "StatefulSet"): ("1.16", "apps/v1"),
    ("extensions/v1beta1", "NetworkPolicy"): ("1.16", "networking.k8s.io/v1"),
    ("extensions/v1beta1", "Ingress"): ("1.22", "networking.k8s.io/v1"),
    ("networking.k8s.io/v1beta1", "Ingress"): ("1.22", "networking.k8s.io/v1"),
    ("networking.k8s.io/v1beta1", "IngressClass"): ("1.22", "networking.k8s.io/v1"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRole"): ("1.22", "rbac.authorization.k8s.io/v1"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"): ("1.22", "rbac.authorization.k8s.io/v1"),
    ("rbac.authorization.k8s.io/v1beta1", "Role"): ("1.22", "rbac.authorization.k8s.io/v1"),
    ("rbac.authorization.k8s.io/v1beta1", "RoleBinding"): ("1.22", "rbac.authorization.k8s.io/v1"),
    ("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"): ("1.22", "apiextensions.k8s.io/v1"),
    ("batch/v1beta1", "CronJob"): ("1.25", "batch/v1"),
    ("policy/v1beta1", "PodDisruptionBudget"): ("1.25", "policy/v1"),
    ("policy/v1beta1", "PodSecurityPolicy"): ("1.25", "Pod Security Admission (namespace labels)"),
    ("autoscaling/v2beta1", "HorizontalPodAutoscaler"): ("1.25", "autoscaling/v2"),
    ("autoscaling/v2beta2", "HorizontalPodAutoscaler"): ("1.26", "autoscaling/v2"),
    ("discovery.k8s.io/v1beta1", "EndpointSlice"): ("1.25", "discovery.k8s.io/v1"),
    ("events.k8s.io/v1beta1", "Event"): ("1.25", "events.k8s.io/v1"),
    ("storage.k8s.io/v1beta1", "CSIStorageCapacity"): ("1.27", "storage.k8s.io/v1"),
    ("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema"): ("1.29", "flowcontrol.apiserver.k8s.io/v1"),
    ("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema"): ("1.32", "flowcontrol.apiserver.k8s.io/v1"),
}
KUBECONFORM_NOISE = re.compile(r"problem validating schema\. Check JSON formatting: jsonschema validation failed with '[^']*' - ")


@dataclasses.dataclass
class Outcome:
    rung: str
    ok: bool
    message: str = ""
    offset: int | None = None  # 1-based line inside the snippet, when the validator says
    versions: list[str] = dataclasses.field(default_factory=list)


def failure_line(snippet: Snippet, outcome: Outcome) -> str:
    line = snippet.line + outcome.offset if outcome.offset else snippet.line
    return f"{snippet.source}:{line}: [{outcome.rung}] {outcome.message}"


# ---------------------------------------------------------------- cache

@cache
def tool_fingerprint(rung: str) -> str:
    if rung == "parse":
        return "pyyaml-unique-keys-1 " + tools.version_of(["bash", "--version"]).splitlines()[0]
    if rung == "lint":
        return (tools.version_of([str(Path(sys.executable).parent / "yamllint"), "--version"]) + YAMLLINT_CONFIG.read_text()
                + tools.version_of([tools.shellcheck(), "--version"]) + (REPO / ".shellcheckrc").read_text())
    if rung == "schema":
        return f"kubeconform {tools.KUBECONFORM_VERSION} {tools.SCHEMA_VERSIONS} {_wheel_version()} {sorted(REMOVED_APIS.items())}"
    if rung == "server":
        from . import cluster

        return "server " + cluster.kubectl("version", "-o", "json", check=False).stdout + str(cluster.KUBECONFIG)
    return f"kubectl v{tools.KUBERNETES_VERSION} two-pass-1 {USAGE_ERROR.pattern}"


def _wheel_version() -> str:
    import kubernetes_validate.version

    return kubernetes_validate.version.__version__


def _cache_path(snippet: Snippet, rung: str) -> Path:
    key = hashlib.sha256("\0".join([rung, snippet.lang, snippet.code, tool_fingerprint(rung)]).encode()).hexdigest()
    return CHECK_CACHE / rung / f"{key}.json"


def _cached(snippet: Snippet, rung: str) -> Outcome | None:
    try:
        return Outcome(**json.loads(_cache_path(snippet, rung).read_text()))
    except (OSError, ValueError):
        return None


def _store(snippet: Snippet, outcome: Outcome) -> None:
    path = _cache_path(snippet, outcome.rung)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dataclasses.asdict(outcome)))


# ---------------------------------------------------------------- rungs

def _parse(snippet: Snippet) -> Outcome:
    if snippet.lang in {"yaml", "yml", "json"}:
        try:
            load_documents(snippet.code, snippet.lang)
        except ValueError as err:
            match = re.match(r"line (\d+): (.*)", str(err), re.S)
            return Outcome("parse", False, match.group(2) if match else str(err), int(match.group(1)) if match else None)
        return Outcome("parse", True)
    result = subprocess.run(["bash", "-n"], input=snippet.script, capture_output=True, text=True)
    if result.returncode:
        match = re.search(r"line (\d+): (.*)", result.stderr)
        offset = _script_line(snippet, int(match.group(1))) if match else None
        return Outcome("parse", False, match.group(2) if match else result.stderr.strip(), offset)
    return Outcome("parse", True)


def _script_line(snippet: Snippet, line: int) -> int:
    """Map a line of the checked script back to the snippet (console blocks keep only `$ ` lines)."""
    if snippet.lang != "console":
        return line
    commands = [i for i, text in enumerate(snippet.code.splitlines(), 1) if text.startswith("$ ")]
    return commands[line - 1] if 0 < line <= len(commands) else 1


def _lint(snippet: Snippet) -> Outcome:
    if snippet.lang in {"yaml", "yml"}:
        result = subprocess.run([str(Path(sys.executable).parent / "yamllint"), "-f", "parsable", "-c", str(YAMLLINT_CONFIG), "-"],
                                input=snippet.code, capture_output=True, text=True)
        problems = [line for line in result.stdout.splitlines() if line.strip()]
        if result.returncode:
            match = re.match(r"[^:]*:(\d+):\d+: (.*)", problems[0]) if problems else None
            return Outcome("lint", False, "; ".join(p.split(": ", 1)[-1] for p in problems) or result.stderr.strip(),
                           int(match.group(1)) if match else None)
        return Outcome("lint", True)
    result = subprocess.run([tools.shellcheck(), "--shell=bash", "--format=gcc", "-"], input=snippet.script,
                            capture_output=True, text=True, cwd=REPO)
    if result.returncode:
        lines = result.stdout.strip().splitlines()
        match = re.match(r"-:(\d+):\d+: (.*)", lines[0]) if lines else None
        message = "; ".join(re.sub(r"^-:\d+:\d+: ", "", line) for line in lines) or result.stderr.strip()
        return Outcome("lint", False, message, _script_line(snippet, int(match.group(1))) if match else None)
    return Outcome("lint", True)


def _schema(snippets: list[Snippet]) -> dict[int, Outcome]:
    """kubeconform once per Kubernetes version over all files; a missing schema is an error, never a pass."""
    from .schemas import location_template

    failures: dict[int, list[str]] = {i: [] for i in range(len(snippets))}
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for i, snippet in enumerate(snippets):
            path = Path(tmp) / f"{i}.{snippet.ext}"
            path.write_text(snippet.code)
            files[str(path)] = i
        for version in tools.SCHEMA_VERSIONS:
            result = subprocess.run([str(tools.go_tool("kubeconform")), "-strict", "-output", "json", "-summary=false",
                                     "-kubernetes-version", version, "-schema-location", location_template(version), *files],
                                    capture_output=True, text=True)
            try:
                resources = json.loads(result.stdout)["resources"]
            except (ValueError, KeyError) as err:
                raise RuntimeError(f"kubeconform printed no JSON: {result.stdout[:500]} {result.stderr[:500]}") from err
            for resource in resources or []:
                i = files[resource["filename"]]
                message = KUBECONFORM_NOISE.sub("", resource.get("msg", ""))
                removed = REMOVED_APIS.get((resource.get("version"), resource.get("kind")))
                if removed:
                    message = (f"{resource['kind']} {resource['version']} was removed in Kubernetes v{removed[0]}; "
                               f"use {removed[1]} instead ({message})")
                name = f"{resource.get('kind')}/{resource.get('name')}"
                failures[i].append(f"v{version}: {name}: {message}")
    return {i: Outcome("schema", not problems, "; ".join(problems), versions=list(tools.SCHEMA_VERSIONS))
            for i, problems in failures.items()}


USAGE_ERROR = re.compile(
    r"^(error: )?(unknown (command|flag|shorthand flag).*|flag needs an argument.*|invalid argument.*|bad flag syntax.*"
    r"|Unexpected args.*|.*is not supported anymore.*|required flag.*not set.*|must specify .*|.*accepts? (at most|exactly) .*arg.*)$",
    re.M)
# Commands that would wait or listen even without a server; their usage is judged by the first pass only.
LONG_RUNNING = {"proxy", "port-forward", "attach", "edit"}
DEAD_SERVER_KUBECONFIG = """apiVersion: v1
kind: Config
clusters: [{name: nowhere, cluster: {server: "https://127.0.0.1:1"}}]
users: [{name: nobody, user: {token: none}}]
contexts: [{name: nowhere, context: {cluster: nowhere, user: nobody, namespace: default}}]
current-context: nowhere
"""


def _kubectl_one(argv: list[str]) -> str | None:
    """Ask the real kubectl about a command line; None when it has no usage error.

    First pass: `--help` before any `--`, so cobra parses every flag and subcommand and then runs nothing.
    Second pass: the command itself against a kubeconfig whose server refuses connections, in a scratch
    HOME, so argument checks that kubectl makes before calling the server (unexpected arguments, removed
    forms) are judged too; connection errors there are expected and ignored.
    """
    args = list(argv)
    at = args.index("--") if "--" in args else len(args)
    kubectl = str(tools.kubectl())
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "config"
        config.write_text(DEAD_SERVER_KUBECONFIG)
        env = {"PATH": os.environ["PATH"], "HOME": home, "KUBECONFIG": str(config), "KUBECTL_PLUGINS_PATH": os.devnull}
        passes = [args[:at] + ["--help"] + args[at:]]
        if not LONG_RUNNING & set(a for a in args[:at] if not a.startswith("-")):
            passes.append(args)
        for command in passes:
            try:
                result = subprocess.run([kubectl, *command], capture_output=True, text=True, timeout=15, env=env,
                                        stdin=subprocess.DEVNULL, cwd=home)
            except subprocess.TimeoutExpired:
                continue
            error = USAGE_ERROR.search(result.stderr)
            if result.returncode and (error or command is passes[0]):
                return (error.group(0) if error else result.stderr.strip().splitlines()[0]).removeprefix("error: ")
    return None


def _kubectl(snippet: Snippet) -> Outcome:
    problems, first = [], None
    for offset, argv in kubectl_command_lines(snippet.script):
        error = _kubectl_one(argv)
        if error:
            problems.append(f"kubectl {' '.join(argv)}: {error}")
            first = first or _script_line(snippet, offset + 1)
    return Outcome("kubectl", not problems, "; ".join(problems), first)


SERVER_NAMESPACE = "handbook-dry-run"


def prepare_server(snippets: list[Snippet]) -> None:
    """Namespaces that manifests name must exist for a server-side dry run to judge the rest."""
    from . import cluster

    wanted = {SERVER_NAMESPACE}
    for snippet in snippets:
        for doc in _documents(snippet):
            namespace = (doc.get("metadata") or {}).get("namespace") if isinstance(doc, dict) else None
            if namespace:
                wanted.add(namespace)
    for namespace in sorted(wanted):
        if cluster.kubectl("get", "namespace", namespace, check=False).returncode:
            cluster.kubectl("create", "namespace", namespace, check=False)


def _documents(snippet: Snippet) -> list:
    try:
        return load_documents(snippet.code, snippet.lang)
    except ValueError:
        return []


def _server(snippet: Snippet) -> Outcome:
    from . import cluster

    with tempfile.NamedTemporaryFile("w", suffix=f".{snippet.ext}") as handle:
        handle.write(snippet.code)
        handle.flush()
        result = cluster.kubectl("apply", "--dry-run=server", "-n", SERVER_NAMESPACE, "-f", handle.name, check=False)
    if result.returncode:
        message = result.stderr.strip().replace(handle.name, snippet.file)
        return Outcome("server", False, message, versions=[tools.KUBERNETES_VERSION])
    return Outcome("server", True, versions=[tools.KUBERNETES_VERSION])


SINGLE = {"parse": _parse, "lint": _lint, "kubectl": _kubectl, "server": _server}


# ---------------------------------------------------------------- the ladder

def _wants(snippet: Snippet, rung: str, outcomes: list[Outcome]) -> bool:
    if rung not in snippet.checks or any(not o.ok for o in outcomes):
        return False
    if snippet.expect_fail and RUNGS.index(rung) > RUNGS.index(snippet.expect_fail[0]):
        return False
    return True


def run_ladder(snippets: list[Snippet], rungs: tuple[str, ...] = RUNGS, use_cache: bool = True) -> dict[int, list[Outcome]]:
    """Outcomes per snippet (keyed by position in the list) for the requested rungs, in ladder order."""
    outcomes: dict[int, list[Outcome]] = {i: [] for i in range(len(snippets))}
    for rung in RUNGS:
        if rung not in rungs or rung == "run":
            continue
        todo = [i for i, s in enumerate(snippets) if _wants(s, rung, outcomes[i])]
        fresh = []
        for i in todo:
            hit = _cached(snippets[i], rung) if use_cache else None
            if hit:
                outcomes[i].append(hit)
            else:
                fresh.append(i)
        if not fresh:
            continue
        if rung == "schema":
            results = _schema([snippets[i] for i in fresh])
            computed = {i: results[n] for n, i in enumerate(fresh)}
        else:
            if rung == "server":
                prepare_server([snippets[i] for i in fresh])
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                computed = dict(zip(fresh, pool.map(lambda i: SINGLE[rung](snippets[i]), fresh)))
        for i in fresh:
            outcomes[i].append(computed[i])
            _store(snippets[i], computed[i])
    return outcomes


def verdict(snippet: Snippet, outcomes: list[Outcome]) -> list[str]:
    """Problems with a snippet's outcomes; empty means it behaved as its page says."""
    if not snippet.expect_fail:
        return [failure_line(snippet, o) for o in outcomes if not o.ok]
    rung, message = snippet.expect_fail
    problems = [failure_line(snippet, o) for o in outcomes if not o.ok and o.rung != rung]
    at_rung = [o for o in outcomes if o.rung == rung]
    if problems:
        return problems
    if not at_rung:
        return []  # the rung was not requested in this run
    if at_rung[0].ok:
        return [f"{snippet.source}:{snippet.line}: [{rung}] expected to fail with {message!r}, but it passed"]
    if message.lower() not in at_rung[0].message.lower():
        return [f"{snippet.source}:{snippet.line}: [{rung}] failed, but without {message!r}: {at_rung[0].message}"]
    return []
