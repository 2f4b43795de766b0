"""Practice tasks that grade themselves: each task's criteria sit beside it in the page source, in a comment

    <!-- practice
    id: orders-strategy
    minutes: 6
    criteria:
      - get: deployment/orders
        field: .spec.strategy.rollingUpdate.maxUnavailable
        equals: "0"
    wrong:
      - do: kubectl create deployment orders --image=redis:7.4-alpine --replicas=3
        fails: maxUnavailable
    -->
    **Task 1.** ...

and are judged against the live cluster, in the task's own namespace, never against the commands typed (a
criterion may read a container's log or run a command in it: `run: kubectl logs POD` or `run: kubectl exec ...`).
What a task creates outside its namespace is declared, so that `start` names it and `reset` removes it:

    owns: [clusterrole/pod-reader, {node-taint: team=data:NoSchedule}, {node-label: team=data}]

The same code starts, grades and resets a task for a reader (`python -m handbook practice`) and proves every
task in the test suite (before: fails; the page's solution: passes; each wrong answer: fails, with its reason).
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import yaml

from . import cluster, node, runner, tools
from .runner import _scratch_files, _shell
from .snippets import CODE_ANNOTATION, DOCS, HEADING, SnippetError, console_steps, extract_page, from_docs

START = re.compile(r"^\s*<!--\s*practice\s*$")
END = re.compile(r"^\s*-->\s*$")
TASK = re.compile(r"^\*\*Task (\d+)\.\*\*")
SOLUTION = re.compile(r'^\?\?\?\+? \w+ "Solution')
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}[a-z0-9]$")
KEYS = {"id", "minutes", "criteria", "wrong", "owns", "after", "setup", "files", "ungraded"}
CRITERION_KEYS = {"get", "field", "run", "absent", "equals", "matches", "contains", "within", "say"}
COMPARISONS = ("equals", "matches", "contains")
CLUSTER_SCOPED = {"namespace", "node", "persistentvolume", "storageclass", "clusterrole", "clusterrolebinding",
                  "customresourcedefinition", "priorityclass", "ingressclass", "gatewayclass", "runtimeclass",
                  "validatingadmissionpolicy", "validatingadmissionpolicybinding", "certificatesigningrequest"}
SHORT_NAMES = {"ns": "namespace", "no": "node", "pv": "persistentvolume", "sc": "storageclass", "pc": "priorityclass",
               "crd": "customresourcedefinition", "crds": "customresourcedefinition", "csr": "certificatesigningrequest"}
# Node changes a task makes and `reset` undoes: `owns: [{node-taint: team=data:NoSchedule}, {node-label: team=data}]`.
NODE_MARKS = {"node-taint": re.compile(r"^[\w./-]+(=[\w.-]*)?:(NoSchedule|PreferNoSchedule|NoExecute)$"),
              "node-label": re.compile(r"^[\w./-]+(=[\w.-]*)?$")}
# Tools beside kubectl that a task's commands may call; each is looked up only for the tasks that use it.
TOOLS = ("helm", "etcdctl", "etcdutl")
TOOL_WORD = re.compile(r"(?<![\w./-])(" + "|".join(TOOLS) + r")(?![\w.-])")
CODE_BLOCK = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)
HOME = Path(os.environ.get("HANDBOOK_PRACTICE_HOME") or Path.home() / "handbook-practice")
CURRICULUM = DOCS / "curriculum.md"
SITE_URL = "https://kubernetes-handbook.example/"  # replaced by mkdocs.yml's site_url when it is readable


class PracticeError(Exception):
    """Bad input or a state the reader must resolve: the message says what to do."""


@dataclasses.dataclass
class Criterion:
    say: str
    get: str | None = None
    field: str | None = None
    run: str | None = None
    absent: str | None = None
    comparison: tuple[str, str] | None = None  # (equals|matches|contains, value)
    within: float = 0


@dataclasses.dataclass
class Task:
    id: str
    page: str
    line: int  # the comment's first line
    comment_end: int  # its last line (-->), so the hook can leave the whole comment out
    number: int
    text: str  # the task as the page shows it, without snippet comments and code-annotation markers
    solution: str  # the solution's Markdown, dedented, the same way
    solution_lines: tuple[int, int]  # first and last line of the solution admonition
    minutes: int = 5
    criteria: list[Criterion] = dataclasses.field(default_factory=list)
    wrong: list[dict] = dataclasses.field(default_factory=list)
    owns: list[str] = dataclasses.field(default_factory=list)  # cluster-scoped objects, KIND/NAME
    node_marks: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # ("node-taint"|"node-label", spec)
    after: str | None = None
    setup: str | None = None
    files: list[str] = dataclasses.field(default_factory=list)  # page blocks (by id) the reader starts with
    ungraded: str | None = None

    @property
    def namespace(self) -> str:
        return f"practice-{self.id}"[:63].rstrip("-")

    @property
    def location(self) -> str:
        return f"docs/{self.page}:{self.line}"

    def owned(self) -> list[str]:
        """What the task creates outside its namespace, as the reader is told and `reset` removes."""
        return self.owns + [f"{kind.replace('node-', 'node ')} {spec}" for kind, spec in self.node_marks]


# ---------------------------------------------------------------------------------------------------- reading


def _criterion(raw, where: str) -> Criterion:
    if not isinstance(raw, dict) or set(raw) - CRITERION_KEYS:
        raise SnippetError(f"{where}: a criterion is a mapping with keys {sorted(CRITERION_KEYS)}, got {raw!r}")
    targets = [k for k in ("get", "run", "absent") if k in raw]
    if len(targets) != 1:
        raise SnippetError(f"{where}: a criterion names exactly one of get, run, absent; got {targets or 'none'}")
    compared = [k for k in COMPARISONS if k in raw]
    if len(compared) > 1 or (compared and "absent" in raw) or ("field" in raw and "get" not in raw):
        raise SnippetError(f"{where}: at most one of {COMPARISONS}, and field only with get: {raw!r}")
    if "field" in raw and not compared:
        raise SnippetError(f"{where}: field {raw['field']!r} needs equals, matches or contains")
    value = raw[compared[0]] if compared else None
    if isinstance(value, bool):  # YAML reads an unquoted true as a boolean: compare with what kubectl prints
        value = str(value).lower()
    comparison = (compared[0], str(value)) if compared else None
    if comparison and comparison[0] == "matches":
        try:
            re.compile(comparison[1])
        except re.error as err:
            raise SnippetError(f"{where}: matches {comparison[1]!r} is not a regular expression: {err}") from err
    field = raw.get("field")
    if field and not field.startswith("{"):
        field = "{" + field + "}"
    say = raw.get("say") or _describe(raw, field, comparison)
    return Criterion(say=say, get=raw.get("get"), field=field, run=raw.get("run"), absent=raw.get("absent"),
                     comparison=comparison, within=float(raw.get("within", 0)))


def _describe(raw: dict, field: str | None, comparison: tuple[str, str] | None) -> str:
    if "absent" in raw:
        return f"{raw['absent']} does not exist"
    subject = f"{raw['get']} {field.strip('{}')}" if field else (raw.get("get") or f"`{raw['run']}`")
    if not comparison:
        return f"{subject} exists" if "get" in raw else f"{subject} succeeds"
    verb = {"equals": "is", "matches": "matches", "contains": "contains"}[comparison[0]]
    return f"{subject} {verb} {comparison[1]!r}"


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # LibYAML: a quarter of the time of every build's reading


def _parse(body: str, where: str) -> dict:
    try:
        data = yaml.load(body, Loader=FAST_LOADER)
    except yaml.YAMLError:
        data = None  # read again below with the Python parser, whose messages the tests and contributors know
    try:
        data = yaml.safe_load(body) if data is None else data
    except yaml.YAMLError as err:
        raise SnippetError(f"{where}: the practice comment is not YAML: {err}") from err
    if not isinstance(data, dict) or set(data) - KEYS or "id" not in data:
        raise SnippetError(f"{where}: the practice comment needs an id and only the keys {sorted(KEYS)}")
    if not ID.match(str(data["id"])):
        raise SnippetError(f"{where}: practice id {data['id']!r} must be lower-case letters, digits and dashes")
    if data.get("ungraded"):
        if data.get("criteria"):
            raise SnippetError(f"{where}: a task is either ungraded (with the reason) or has criteria, not both")
    elif not data.get("criteria"):
        raise SnippetError(f"{where}: task {data['id']} has no criteria (or say `ungraded: REASON`)")
    elif not data.get("wrong"):
        raise SnippetError(f"{where}: task {data['id']} needs at least one plausible wrong answer under `wrong`")
    for wrong in data.get("wrong") or []:
        if not isinstance(wrong, dict) or set(wrong) != {"do", "fails"}:
            raise SnippetError(f"{where}: a wrong answer is {{do: COMMANDS, fails: TEXT OF THE REASON}}, got {wrong!r}")
    for owned in data.get("owns") or []:
        if isinstance(owned, dict):
            kind, spec = next(iter(owned.items())) if len(owned) == 1 else (None, None)
            if kind not in NODE_MARKS or not isinstance(spec, str) or not NODE_MARKS[kind].match(spec):
                raise SnippetError(f"{where}: owns takes {{node-taint: KEY[=VALUE]:EFFECT}} or {{node-label: KEY[=VALUE]}}, "
                                   f"got {owned!r}")
        elif not isinstance(owned, str) or "/" not in owned or not _cluster_scoped(owned):
            raise SnippetError(f"{where}: owns lists cluster-scoped objects as KIND/NAME, got {owned!r}")
    return data


def _cluster_scoped(what: str) -> bool:
    """Whether `kind/name` (or a bare kind, as `get: nodes`) names a cluster-scoped kind."""
    kind = what.split("/")[0].split(".")[0].lower()
    kind = SHORT_NAMES.get(kind, kind)
    return kind in CLUSTER_SCOPED or (kind.endswith("es") and kind[:-2] in CLUSTER_SCOPED) or (
        kind.endswith("s") and kind[:-1] in CLUSTER_SCOPED)


def page_tasks(text: str, page: str) -> list[Task]:
    """The practice tasks of one page, in order. Raises SnippetError naming the line of a bad comment, or of a
    task without one."""
    lines = text.split("\n")
    tasks: list[Task] = []
    i = 0
    while i < len(lines):
        if TASK.match(lines[i]):
            raise SnippetError(f"docs/{page}:{i + 1}: this task has no <!-- practice ... --> comment right above it")
        if not START.match(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and not END.match(lines[i]):
            i += 1
        where = f"docs/{page}:{start + 1}"
        if i >= len(lines):
            raise SnippetError(f"{where}: the practice comment is never closed with -->")
        data = _parse("\n".join(lines[start + 1:i]), where)
        i += 1
        match = TASK.match(lines[i]) if i < len(lines) else None
        if not match:
            raise SnippetError(f"{where}: the practice comment must be directly followed by a **Task N.** paragraph")
        text_start = i
        while i < len(lines) and not SOLUTION.match(lines[i]):
            if HEADING.match(lines[i]) or START.match(lines[i]):
                raise SnippetError(f"{where}: task {data['id']} has no ??? success \"Solution\" block")
            i += 1
        solution_start = i
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
            i += 1
        body = textwrap.dedent("\n".join(lines[solution_start + 1:i])).strip("\n")
        criteria = [_criterion(c, f"{where} criterion {n}") for n, c in enumerate(data.get("criteria") or [], 1)]
        tasks.append(Task(id=data["id"], page=page, line=start + 1, comment_end=text_start, number=int(match.group(1)),
                          text=plain("\n".join(lines[text_start:solution_start]).strip()), solution=plain(body),
                          solution_lines=(solution_start + 1, i), minutes=int(data.get("minutes", 5)), criteria=criteria,
                          wrong=data.get("wrong") or [], owns=[o for o in data.get("owns") or [] if isinstance(o, str)],
                          node_marks=[next(iter(o.items())) for o in data.get("owns") or [] if isinstance(o, dict)],
                          after=data.get("after"),
                          setup=data.get("setup"), files=data.get("files") or [], ungraded=data.get("ungraded")))
    return tasks


def all_tasks(docs: Path = DOCS) -> dict[str, Task]:
    """Every task of the handbook by id; ids are unique across pages, and `after` names an earlier task."""
    return from_docs("tasks", docs, _tasks_of_pages,
                     lambda stored: isinstance(stored, dict) and all(isinstance(t, Task) for t in stored.values()))


def _tasks_of_pages(texts: list[tuple[str, str]]) -> dict[str, Task]:
    tasks: dict[str, Task] = {}
    for page, text in texts:
        for task in page_tasks(text, page):
            if task.id in tasks:
                raise SnippetError(f"{task.location}: practice id {task.id!r} is already used at {tasks[task.id].location}")
            if task.after and (task.after not in tasks or tasks[task.after].page != task.page):
                raise SnippetError(f"{task.location}: after: {task.after!r} is not a task above this one on the page")
            tasks[task.id] = task
    return tasks


def find(name: str) -> Task:
    tasks = all_tasks()
    if name not in tasks:
        close = [t for t in tasks if name in t] or difflib.get_close_matches(name, tasks, n=8, cutoff=0.5)
        hint = f"; did you mean: {', '.join(close[:8])}?" if close else ""
        raise PracticeError(f"no practice task {name!r}{hint} (`practice list` shows them all)")
    return tasks[name]


# ---------------------------------------------------------------------------------------------------- the cluster


class NamespaceMissing(PracticeError):
    """The task's namespace is not there: never started, reset, or deleted by hand."""


class Reader:
    """The cluster a reader practises on: KUBECONFIG if set, else the local check cluster."""

    def __init__(self, kubeconfig: str | None = None):
        explicit = kubeconfig or os.environ.get("KUBECONFIG")
        self.source = explicit or str(cluster.KUBECONFIG)
        self.kubectl = str(cluster.kubectl_binary()) if (tools.CLUSTER_BIN / "kubectl").exists() else (
            shutil.which("kubectl") or "kubectl")
        self._up_until = 0.0  # a cluster that answered is not asked again for a few seconds
        self._config: dict | None = None  # the reader's kubeconfig, minified once

    @property
    def local(self) -> bool:
        """The handbook's own cluster (through its kubeconfig or a copy, such as a task's), whose real node takes
        the task's pods."""
        if os.path.realpath(self.source) == os.path.realpath(cluster.KUBECONFIG):
            return True
        try:
            ours = yaml.safe_load(Path(cluster.KUBECONFIG).read_text())["clusters"][0]["cluster"]["server"]
            return self.config()["clusters"][0]["cluster"]["server"] == ours
        except (OSError, KeyError, IndexError, TypeError, ValueError, yaml.YAMLError, subprocess.CalledProcessError):
            return False

    def config(self) -> dict:
        """The reader's kubeconfig, minified to its current context, read once."""
        if self._config is None:
            view = self.run(["config", "view", "--raw", "--minify", "--flatten", "-o", "json"], check=True)
            self._config = json.loads(view.stdout)
        return self._config

    def run(self, args: list[str], namespace: str | None = None, check: bool = False,
            timeout: int = 60) -> subprocess.CompletedProcess:
        ns = ["-n", namespace] if namespace else []
        return subprocess.run([self.kubectl, *ns, *args], capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "KUBECONFIG": self.source}, check=check)

    def require_up(self) -> None:
        if time.monotonic() < self._up_until:
            return
        if not (os.path.isabs(self.kubectl) or shutil.which(self.kubectl)):
            raise PracticeError("kubectl is missing: install it (kubernetes.io/docs/tasks/tools/) and put it on PATH, "
                                "or build the handbook's own with `make cluster-build`")
        try:
            probe = self.run(["get", "--raw", "/readyz"], timeout=15)
        except (OSError, subprocess.TimeoutExpired) as err:
            probe = subprocess.CompletedProcess([], 1, "", str(err))
        if probe.returncode:
            raise PracticeError(f"cannot reach the cluster in {self.source}: {_one_line(probe.stderr)[:300]}. "
                                "Start the local one with `make cluster-up`, or point KUBECONFIG at your own cluster.")
        self._up_until = time.monotonic() + 5

    def config_for(self, namespace: str, folder: Path) -> Path:
        """A one-context kubeconfig whose default namespace is the task's, so the page's commands land there."""
        config = json.loads(json.dumps(self.config()))
        config["contexts"][0]["context"]["namespace"] = namespace
        path = folder / ".kubeconfig"
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
            json.dump(config, handle)
        return path

    def exists(self, what: str, namespace: str | None = None) -> bool:
        return self.run(["get", what, "-o", "name"], namespace).returncode == 0

    def nodes_with(self, kind: str, spec: str) -> list[str]:
        """The nodes that carry a taint (KEY[=VALUE]:EFFECT) or a label (KEY[=VALUE]) as a task declares it."""
        found = self.run(["get", "nodes", "-o", "json"])
        if found.returncode:
            return []
        key, value, effect = mark_parts(kind, spec)
        names = []
        for item in json.loads(found.stdout).get("items", []):
            if kind == "node-taint":
                hit = any(t.get("key") == key and t.get("effect") == effect and value in (None, t.get("value", ""))
                          for t in item["spec"].get("taints") or [])
            else:
                labels = item["metadata"].get("labels") or {}
                hit = key in labels and value in (None, labels[key])
            if hit:
                names.append(item["metadata"]["name"])
        return names


def mark_parts(kind: str, spec: str) -> tuple[str, str | None, str | None]:
    """(key, value or None, effect or None) of a declared node taint or label."""
    body, effect = spec.rsplit(":", 1) if kind == "node-taint" else (spec, None)
    key, equals, value = body.partition("=")
    return key, (value if equals else None), effect


def _one_line(text: str) -> str:
    """A message on one line: kubectl's and the shell's output often spans several."""
    return " | ".join(line.strip() for line in text.strip().splitlines() if line.strip())


def workdir(task: Task) -> Path:
    return HOME / task.id


def _code(markdown: str) -> str:
    return "\n".join(match.group(2) for match in CODE_BLOCK.finditer(markdown))


def _chain(task: Task) -> list[Task]:
    """The earlier tasks this one continues (`after`), oldest first, solved at start."""
    if not task.after:
        return []
    siblings = {t.id: t for t in page_tasks((DOCS / task.page).read_text(encoding="utf-8"), task.page)}
    chain, earlier = [], task.after
    while earlier:
        chain.insert(0, siblings[earlier])
        earlier = chain[0].after
    return chain


def tools_used(task: Task) -> list[str]:
    """The tools beside kubectl that the task's commands call: its setup, the earlier tasks' solutions it starts
    from, its own solution (the reader follows it), its criteria and its wrong answers."""
    texts = [task.setup or "", _code(task.solution), *(c.run or "" for c in task.criteria),
             *(str(w.get("do", "")) for w in task.wrong), *(_code(t.solution) for t in _chain(task))]
    found = {m.group(1) for text in texts for line in text.splitlines() if not line.lstrip().startswith("#")
             for m in TOOL_WORD.finditer(line)}
    return [name for name in TOOLS if name in found]


def _tool(name: str, task_id: str) -> Path | None:
    """Where a tool comes from: the handbook's pinned build, else the reader's own on PATH (None: PATH has it),
    else a pinned build made now (helm, with Go). PracticeError in one line when none of these works."""
    pinned = (tools.BIN / f"{name}-{tools.GO_TOOLS[name].rsplit('@', 1)[1]}" if name in tools.GO_TOOLS
              else tools.CLUSTER_BIN / name)  # where tools.go_tool and `make cluster-build` put them
    if pinned.exists():
        return pinned
    if shutil.which(name):
        return None
    if name in tools.GO_TOOLS:
        if not shutil.which("go"):
            raise PracticeError(f"{task_id} uses {name}, which is missing: install {name} and put it on PATH "
                                f"(helm.sh/docs/intro/install), or install Go so that the handbook builds its pinned {name}")
        try:
            return tools.go_tool(name)
        except (OSError, subprocess.CalledProcessError) as err:
            raise PracticeError(f"{task_id} uses {name}, which is missing, and building it with Go failed: "
                                f"{_one_line(str(err))[:200]}") from err
    raise PracticeError(f"{task_id} uses {name}, which is missing: put etcd's {name} on PATH, or build the handbook's "
                        f"own with `make cluster-build`")


def resolve_tools(task: Task) -> dict[str, Path | None]:
    """Each tool the task uses, found before anything is created (see _tool)."""
    return {name: _tool(name, task.id) for name in tools_used(task)}


def environment(reader: Reader, task: Task, found: dict[str, Path | None] | None = None) -> dict[str, str]:
    folder = workdir(task)
    folder.mkdir(parents=True, exist_ok=True)
    found = resolve_tools(task) if found is None else found
    path = [str(Path(reader.kubectl).parent)] if os.path.isabs(reader.kubectl) else []
    if any(found.values()):
        bin_dir = folder / ".bin"
        bin_dir.mkdir(exist_ok=True)
        for name, target in found.items():
            link = bin_dir / name
            if target and (not link.is_symlink() or link.resolve() != target.resolve()):
                link.unlink(missing_ok=True)
                link.symlink_to(target)
        path.append(str(bin_dir))
    return {**os.environ, "KUBECONFIG": str(reader.config_for(task.namespace, folder)),
            "PATH": ":".join([*path, os.environ.get("PATH", "")]),
            **{f"HELM_{kind}_HOME": str(folder / f".helm-{kind.lower()}") for kind in ("CACHE", "CONFIG", "DATA")}}


OURS = {".kubeconfig", ".bin", ".helm-cache", ".helm-config", ".helm-data"}  # what start writes for itself


@dataclasses.dataclass
class Snapshot:
    """A task folder before start: which files and folders a reader had there, and the small files' contents."""
    existed: bool
    paths: set[Path]
    dirs: set[Path]
    contents: dict[Path, bytes]


def _snapshot(folder: Path) -> Snapshot:
    paths, dirs, contents = set(), set(), {}
    for path in folder.rglob("*") if folder.is_dir() else []:
        relative = path.relative_to(folder)
        if path.is_dir() and not path.is_symlink():
            dirs.add(relative)
            continue
        paths.add(relative)
        if relative.parts[0] not in OURS and path.is_file() and not path.is_symlink() and path.stat().st_size < 5_000_000:
            contents[relative] = path.read_bytes()
    return Snapshot(folder.is_dir(), paths, dirs, contents)


def _keep_readers_files(folder: Path, before: Snapshot) -> list[str]:
    """After start wrote its files: a reader's file it replaced is put back beside it as NAME.bak (or .bak2 ...)."""
    kept = []
    for relative, content in before.contents.items():
        path = folder / relative
        if path.is_file() and path.read_bytes() == content:
            continue
        backup, n = path.with_name(path.name + ".bak"), 1
        while backup.exists():
            n += 1
            backup = path.with_name(f"{path.name}.bak{n}")
        backup.parent.mkdir(parents=True, exist_ok=True)
        backup.write_bytes(content)
        kept.append(f"{relative} (yours is now {backup.relative_to(folder)})")
    return kept


def _restore_folder(folder: Path, before: Snapshot) -> None:
    """Undo what a failed start wrote: the folder as it was, or gone when start made it."""
    if not before.existed:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for path in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)):  # the deepest first
        relative = path.relative_to(folder)
        if path.is_dir() and not path.is_symlink():
            if relative not in before.dirs:
                shutil.rmtree(path, ignore_errors=True)
        elif relative not in before.paths:
            path.unlink(missing_ok=True)
    for relative, content in before.contents.items():
        path = folder / relative
        if not path.is_file() or path.read_bytes() != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


def plain(markdown: str) -> str:
    """A page's Markdown as a terminal shows it: no snippet comments, no code-annotation markers."""
    lines = [line for line in markdown.splitlines() if not re.match(r"^\s*<!--.*-->\s*$", line)]
    return CODE_ANNOTATION.sub("", "\n".join(lines))


def start(task: Task, reader: Reader) -> str:
    """The task's namespace and starting state. Refuses to overwrite a reader's earlier try; checks everything it
    can before creating anything, and undoes what it created when a later step fails."""
    if task.ungraded:
        raise PracticeError(f"{task.id} is not graded: {task.ungraded}")
    reader.require_up()
    found = resolve_tools(task)  # a missing tool stops the task here, before anything exists
    if reader.exists(f"namespace/{task.namespace}"):
        raise PracticeError(f"namespace {task.namespace} already exists, from an earlier try: "
                            f"`practice check {task.id}` grades it, `practice reset {task.id}` removes it")
    left = [o for o in task.owns if reader.exists(o)]
    left += [f"{kind.replace('node-', '')} {spec} on node {node_name}" for kind, spec in task.node_marks
             for node_name in reader.nodes_with(kind, spec)]
    if left:
        raise PracticeError(f"{', '.join(left)} already exist(s) (this task creates them): "
                            f"`practice reset {task.id}` deletes them, or delete them yourself")
    folder = workdir(task)
    before = _snapshot(folder)
    created = reader.run(["create", "namespace", task.namespace])
    if created.returncode:
        raise PracticeError(f"could not create namespace {task.namespace}: {_one_line(created.stderr)}")
    try:
        if reader.local and task.page not in runner.SIMULATED_NODE_PAGES and reader.exists(f"node/{node.NAME}"):
            # On the local cluster a task's pods run in real containers, as the page's own examples do.
            reader.run(["annotate", "namespace", task.namespace,
                        *[f"{k}={v}" for k, v in node.ON_THIS_NODE.items()]], check=True)
        env = environment(reader, task, found)
        for previous in _chain(task):  # the starting state: the earlier tasks, solved
            problems = run_solution(previous, env, folder)
            if problems:
                raise PracticeError(f"could not set up {task.id}: the solution of {previous.id} failed: {problems[0]}")
        written = lay_start_files(task, folder)
        if task.setup:
            result = _shell(task.setup, env, folder)
            if result.returncode:
                raise PracticeError(f"could not set up {task.id}: {_one_line(result.stdout + result.stderr)[-500:]}")
    except BaseException as err:
        reset(task, reader, keep_folder=True)  # and wait: a retry must not find the namespace still there
        _restore_folder(folder, before)
        if isinstance(err, subprocess.CalledProcessError):
            raise PracticeError(f"could not set up {task.id}: {_one_line(err.stderr or str(err))}") from err
        raise
    kept = _keep_readers_files(folder, before)
    written = [name for name in written if (folder / name).exists()]  # a setup may have moved some into place
    lines = [task.text, "", f"Namespace: {task.namespace}. Files: {folder}"]
    if written:
        lines.append(f"Starting files: {', '.join(written)}")
    if kept:
        lines.append(f"Kept your earlier files: {', '.join(kept)}")
    if task.owned():
        lines.append(f"Outside the namespace this task creates: {', '.join(task.owned())} "
                     f"(`practice reset {task.id}` removes them, and only them)")
    lines += ["Work in the namespace: add `-n " + task.namespace + "` to your kubectl commands, or use the task's own "
              f"kubeconfig, whose default namespace it is: export KUBECONFIG={folder / '.kubeconfig'}",
              f"Grade with: {cli()} check {task.id}"]
    return "\n".join(lines)


def cli() -> str:
    """The practice command as the reader runs it: with the handbook's .venv when this Python is that one."""
    venv_bin = DOCS.parent / ".venv" / "bin"
    if Path(sys.executable).parent != venv_bin:
        return "python -m handbook practice"
    where = ".venv/bin" if Path.cwd().resolve() == DOCS.parent.resolve() else str(venv_bin)
    return f"{where}/python -m handbook practice"


def lay_start_files(task: Task, folder: Path) -> list[str]:
    """The page blocks the reader starts with (`files:`), under the name the page shows them with (their title), and
    under their id when they have no title or when the task's setup moves or reads the id-named file. Returns the
    names written."""
    if not task.files:
        return []
    blocks = {s.id: s for s in extract_page((DOCS / task.page).read_text(encoding="utf-8"), task.page)}
    written = []
    for name in task.files:
        if name not in blocks:
            raise PracticeError(f"{task.location}: files names {name!r}, which is no block id on the page")
        block = blocks[name]
        by_id = f"{name}.{block.ext}"
        title = block.title if block.title and runner.FILE_TITLE.fullmatch(block.title) and ".." not in \
            block.title.split("/") else None
        for target_name in dict.fromkeys([title, by_id if not title or by_id in (task.setup or "") else None]):
            if target_name:
                target = folder / target_name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(block.code)
                written.append(target_name)
    return written


def _solution_snippets(task: Task):
    first, last = task.solution_lines
    text = (DOCS / task.page).read_text(encoding="utf-8")
    every = extract_page(text, task.page)
    return every, [s for s in every if first <= s.line <= last and s.run and not s.expect_fail]


def lay_page_files(task: Task, folder: Path, every: list | None = None) -> None:
    """The files the page has the reader write (manifests under their ids, titled files under their titles)."""
    _scratch_files(folder, [s for s in (every or _solution_snippets(task)[0]) if not s.error])


def run_solution(task: Task, env: dict, folder: Path) -> list[str]:
    """The page's solution, as a reader would type it: its files written, its commands run in order."""
    every, steps = _solution_snippets(task)
    lay_page_files(task, folder, every)
    problems = []
    for snippet in steps:
        commands = [c for c, _ in console_steps(snippet.code)] if snippet.lang == "console" else [snippet.code]
        for command in commands:
            result = _shell(command, env, folder)
            if result.returncode:
                problems.append(f"{snippet.location}: `{command.strip()[:120]}` exited {result.returncode}: "
                                f"{(result.stdout + result.stderr).strip()[-400:]}")
                return problems
    return problems


@dataclasses.dataclass
class Mark:
    criterion: Criterion
    ok: bool
    reason: str

    def line(self) -> str:
        return f"{'PASS' if self.ok else 'FAIL'}  {self.criterion.say}" + ("" if self.ok else f": {_one_line(self.reason)}")


def _judge_once(criterion: Criterion, env: dict, folder: Path, namespace: str, reader: Reader) -> tuple[bool, str]:
    """(met, why not): the reason names what was found, the criterion's own line says what was expected."""
    if criterion.absent:
        result = _shell(f"kubectl get {criterion.absent} -o name", env, folder)
        return result.returncode != 0, f"{criterion.absent} still exists"
    if criterion.get:
        args = ["get", criterion.get] + (["-o", f"jsonpath={criterion.field}"] if criterion.field else ["-o", "name"])
        result = subprocess.run([reader.kubectl, *args], capture_output=True, text=True, env=env, cwd=folder, timeout=60)
        if result.returncode:
            missing = "NotFound" in result.stderr or "not found" in result.stderr
            where = "" if _cluster_scoped(criterion.get) else f" in namespace {namespace}"
            return False, (f"{criterion.get} not found{where}" if missing else _one_line(result.stderr)[-300:])
        actual = result.stdout.strip()
    else:
        result = _shell(criterion.run, env, folder)
        actual = (result.stdout + result.stderr).strip()
        if result.returncode:
            return False, f"exited {result.returncode}: {_one_line(actual)[-300:]}"
    if not criterion.comparison:
        return True, ""
    how, expected = criterion.comparison
    ok = (actual == expected if how == "equals" else expected in actual if how == "contains"
          else re.search(expected, actual, re.M) is not None)
    return ok, "found " + (repr(actual if len(actual) < 200 else actual[:200] + "...") if actual else "nothing")


def grade(task: Task, reader: Reader, patient: bool = True) -> list[Mark]:
    """Each criterion against the live cluster; `within` gives a criterion time to come true (patient only)."""
    if task.ungraded:
        raise PracticeError(f"{task.id} is not graded: {task.ungraded}")
    reader.require_up()
    if not reader.exists(f"namespace/{task.namespace}"):
        raise NamespaceMissing(f"namespace {task.namespace} does not exist: start with `practice start {task.id}`")
    folder = workdir(task)
    env = environment(reader, task)
    marks = []
    for criterion in task.criteria:
        deadline = time.monotonic() + (criterion.within if patient else 0)
        while True:
            ok, reason = _judge_once(criterion, env, folder, task.namespace, reader)
            if ok or time.monotonic() >= deadline:
                break
            time.sleep(1)
        marks.append(Mark(criterion, ok, reason))
    return marks


def reset(task: Task, reader: Reader, wait_for_namespace: bool = True, keep_folder: bool = False) -> list[str]:
    """Delete the task's namespace, the cluster-scoped objects it owns and the node taints and labels it declares;
    nothing else is touched.

    The namespace goes first: an owned PersistentVolume is held by its claim until the namespace's objects go."""
    reader.require_up()
    removed = []
    namespace = f"namespace/{task.namespace}"
    if reader.exists(namespace):
        reader.run(["delete", namespace, "--wait=false"])
        removed.append(namespace)
    for what in task.owns:
        if reader.exists(what):
            reader.run(["delete", what, "--wait=true", "--timeout=120s"], timeout=150)
            removed.append(what)
    for kind, spec in task.node_marks:
        for node_name in reader.nodes_with(kind, spec):
            key, _, effect = mark_parts(kind, spec)
            undo = f"{key}:{effect}-" if kind == "node-taint" else f"{key}-"
            reader.run(["taint" if kind == "node-taint" else "label", "node", node_name, undo])
            removed.append(f"{kind.replace('node-', '')} {spec} of node/{node_name}")
    if wait_for_namespace and namespace in removed:
        reader.run(["wait", "--for=delete", namespace, "--timeout=120s"], timeout=150)
    if not keep_folder:
        shutil.rmtree(workdir(task), ignore_errors=True)
    return removed


# ---------------------------------------------------------------------------------------------------- proof


def prove(task: Task, reader: Reader) -> list[str]:
    """What the test suite demands of every graded task; the problems found, empty when it holds.

    Fresh: the grader fails. The page's solution: it passes. Each wrong answer, on a fresh start: it fails,
    and a failing criterion's line contains the wrong answer's `fails` text. Each try has a namespace of its
    own, so no try waits for an earlier one's namespace to go."""
    problems: list[str] = []
    where = f"{task.location} ({task.id})"
    tries = [dataclasses.replace(task, id=f"{task.id}-{n}") for n in ("ok", *(f"w{i}" for i in range(len(task.wrong))))]
    try:
        solved = tries[0]
        for attempt in tries:  # what an interrupted earlier proof left behind
            if reader.exists(f"namespace/{attempt.namespace}"):
                reset(attempt, reader)
        reset(solved, reader, wait_for_namespace=False)
        start(solved, reader)
        if all(m.ok for m in grade(solved, reader, patient=False)):
            problems.append(f"{where}: the grader passes before anything is done")
        failed = run_solution(solved, environment(reader, solved), workdir(solved))
        if failed:
            return problems + [f"{where}: the page's solution failed: {failed[0]}"]
        problems += [f"{where}: after the page's solution: {m.line()}" for m in grade(solved, reader) if not m.ok]
        for wrong, attempt in zip(task.wrong, tries[1:]):
            reset(tries[0], reader, wait_for_namespace=False)  # the owned cluster-scoped objects go, and wait
            start(attempt, reader)
            lay_page_files(task, workdir(attempt))  # a wrong answer may use the files the page has the reader write
            result = _shell(wrong["do"], environment(reader, attempt), workdir(attempt))
            shown = wrong["do"].strip().splitlines()[-1][:80]
            if result.returncode:
                problems.append(f"{where}: wrong answer `{shown}` does not even run: "
                                f"{(result.stdout + result.stderr).strip()[-300:]}")
                continue
            # Most wrong answers fail at once; only those that do not are given the criteria's time to settle.
            lines = [m.line() for m in grade(attempt, reader, patient=False) if not m.ok]
            if not any(str(wrong["fails"]) in line for line in lines):
                lines = [m.line() for m in grade(attempt, reader) if not m.ok]
            if not lines:
                problems.append(f"{where}: wrong answer `{shown}` passes the grader")
            elif not any(str(wrong["fails"]) in line for line in lines):
                problems.append(f"{where}: wrong answer `{shown}` fails, but no reason says {wrong['fails']!r}: {lines}")
            tries[0] = attempt
    except PracticeError as err:
        problems.append(f"{where}: {err}")
    finally:
        for attempt in tries:
            reset(attempt, reader, wait_for_namespace=False)
    return problems


# ---------------------------------------------------------------------------------------------------- exams


def domains(curriculum: Path = CURRICULUM) -> dict[str, list[tuple[str, int, list[str]]]]:
    """exam -> [(domain, weight %, links page#anchor)] from the curriculum map."""
    exams: dict[str, list] = {}
    exam = None
    for line in curriculum.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].strip().lower()
            exam = name if name in {"ckad", "cka", "cks"} else None
            if exam:
                exams[exam] = []
        elif exam and (match := re.match(r"^### (.+?) \((\d+)%\)", line)):
            exams[exam].append((match.group(1), int(match.group(2)), []))
        elif exam and exams[exam] and line.startswith("| ") and "](" in line:
            exams[exam][-1][2].extend(re.findall(r"\]\(([^)#]+\.md)(#[^)]*)?\)", line))
    return {e: [(d, w, [page for page, _ in links]) for d, w, links in rows] for e, rows in exams.items()}


def domain_of(task: Task, exam_domains: list[tuple[str, int, list[str]]]) -> str | None:
    """The domain that links the task's page most often (None: the exam does not cover the page)."""
    counts = [(links.count(task.page), name) for name, _, links in exam_domains if task.page in links]
    return max(counts)[1] if counts else None


@dataclasses.dataclass
class Draw:
    exam: str
    minutes: int
    picked: list[tuple[Task, str]]  # (task, domain)
    left_out: dict[str, str]  # domain -> why no task of it was drawn


def graded_by_domain(exam: str) -> dict[str, list[Task]]:
    rows = domains()[exam]
    by_domain: dict[str, list[Task]] = {name: [] for name, _, _ in rows}
    for task in all_tasks().values():
        name = domain_of(task, rows)
        if name and not task.ungraded:
            by_domain[name].append(task)
    return by_domain


def draw_exam(exam: str, minutes: int, seed: int | None = None) -> Draw:
    """Tasks whose estimates fit `minutes` (never more), shared among the exam's domains by their weights; the
    domains that got no task are named with the reason (no graded task, or no time left for one)."""
    rows = domains()[exam]
    by_domain = graded_by_domain(exam)
    generator = random.Random(seed)
    pools = {}
    for name, _, _ in rows:
        pools[name] = by_domain[name][:]
        generator.shuffle(pools[name])
    picked: list[tuple[Task, str]] = []
    owned: set[str] = set()
    spent_total = 0

    def fits(task: Task, room: float) -> bool:  # in the time left, and creating nothing another drawn task creates
        return task.minutes <= room and not set(task.owned()) & owned

    def take(task: Task, name: str) -> None:
        nonlocal spent_total
        picked.append((task, name))
        owned.update(task.owned())
        spent_total += task.minutes

    heaviest_first = sorted(rows, key=lambda r: -r[1])
    for name, weight, _ in heaviest_first:  # each domain up to its share of the time
        budget, spent = minutes * weight / 100, 0
        for task in pools[name]:
            if fits(task, min(budget - spent, minutes - spent_total)):
                take(task, name)
                spent += task.minutes
    drawn = {name for _, name in picked}
    for name, _, _ in heaviest_first:  # a domain whose share held no task gets one from the time left, if any fits
        if name not in drawn:
            task = next((t for t in sorted(pools[name], key=lambda t: t.minutes) if fits(t, minutes - spent_total)), None)
            if task:
                take(task, name)
                drawn.add(name)
    left_out = {}
    for name, _, _ in rows:
        if name in drawn:
            continue
        if not by_domain[name]:
            left_out[name] = "no graded task covers it yet"
        else:
            shortest = min(t.minutes for t in by_domain[name])
            left_out[name] = f"no time left for it (its shortest task takes {shortest} min)"
    order = {name: n for n, (name, _, _) in enumerate(heaviest_first)}
    picked.sort(key=lambda p: order[p[1]])
    return Draw(exam, minutes, picked, left_out)


def pick_exam(exam: str, minutes: int, seed: int | None = None) -> list[tuple[Task, str]]:
    """Tasks whose estimates fit `minutes`, shared among the exam's domains by their weights (see draw_exam)."""
    return draw_exam(exam, minutes, seed).picked


def exam_file() -> Path:
    return HOME / "exam.json"


def start_exam(exam: str, minutes: int, seed: int | None, reader: Reader, now: float | None = None) -> str:
    """Start a drill, all or nothing: if one task cannot start, the tasks started for it are reset and the previous
    drill's record is kept. The record names the kubeconfig, so grading reads the same cluster."""
    draw = draw_exam(exam, minutes, seed)
    if not draw.picked:
        shortest = min((t.minutes for tasks in graded_by_domain(exam).values() for t in tasks), default=0)
        raise PracticeError(f"no graded task fits {minutes} minutes (the shortest takes {shortest})")
    started: list[Task] = []
    try:
        for task, _ in draw.picked:
            start(task, reader)
            started.append(task)
    except BaseException as err:
        for task in started:
            reset(task, reader, wait_for_namespace=False)
        if isinstance(err, PracticeError):
            kept = " The previous drill is kept." if exam_file().exists() else ""
            raise PracticeError(f"the drill did not start: {err}. The {len(started)} task(s) started for it were "
                                f"removed again.{kept}") from err
        raise
    now = time.time() if now is None else now
    state = {"exam": exam, "minutes": minutes, "seed": seed, "started": now, "ends": now + minutes * 60,
             "kubeconfig": os.path.abspath(reader.source), "tasks": [[t.id, d] for t, d in draw.picked],
             "left_out": draw.left_out}
    HOME.mkdir(parents=True, exist_ok=True)
    scratch = exam_file().with_suffix(".json.new")
    scratch.write_text(json.dumps(state, indent=1))
    scratch.replace(exam_file())
    total = sum(t.minutes for t, _ in draw.picked)
    lines = [f"{exam.upper()} drill: {len(draw.picked)} tasks, about {total} min of work in {minutes} min, until "
             f"{time.strftime('%H:%M', time.localtime(state['ends']))}. Each task has its own namespace.", ""]
    for name, why in draw.left_out.items():
        lines.append(f"Not drawn: {name}: {why}")
    if draw.left_out:
        lines.append("")
    for number, (task, domain) in enumerate(draw.picked, 1):
        lines += [f"--- {number}. [{domain}] in namespace {task.namespace} (about {task.minutes} min)",
                  task.text, ""]
    lines.append("Time left: `practice exam --status`; grade at any time: `practice exam --grade`.")
    return "\n".join(lines)


def load_exam() -> dict:
    try:
        return json.loads(exam_file().read_text())
    except FileNotFoundError:
        raise PracticeError("no exam is running: start one with `practice exam --exam ckad --minutes 60`") from None
    except ValueError as err:
        raise PracticeError(f"{exam_file()} is not a drill record ({err}): start a new drill") from err


def time_left(state: dict, now: float | None = None) -> str:
    left = state["ends"] - (time.time() if now is None else now)
    if left <= 0:
        return f"time is up (it ended {-left / 60:.0f} min ago)"
    return f"{math.ceil(left / 60)} min left (until {time.strftime('%H:%M', time.localtime(state['ends']))})"


def exam_status(state: dict, now: float | None = None) -> str:
    lines = [f"{state['exam'].upper()} drill: {time_left(state, now)}"]
    lines += [f"  {name:34} {domain}" for name, domain in state["tasks"]]
    lines += [f"  not drawn: {name}: {why}" for name, why in state.get("left_out", {}).items()]
    if state["ends"] <= (time.time() if now is None else now):
        lines.append("Grade it with `practice exam --grade`.")
    return "\n".join(lines)


def grade_exam(state: dict, kubeconfig: str | None = None, now: float | None = None) -> tuple[str, bool]:
    """Every drilled task graded on the cluster the drill ran on (unless `kubeconfig` says otherwise); a task
    whose namespace is gone counts as failed, with the reason. (text, all passed)."""
    reader = Reader(kubeconfig or state.get("kubeconfig"))
    tasks = all_tasks()
    per_domain: dict[str, list[int]] = {}
    reread: dict[str, list[str]] = {}
    lines = []
    for name, domain in state["tasks"]:
        task = tasks.get(name)
        score = per_domain.setdefault(domain, [0, 0])
        score[1] += 1
        if task is None:
            lines.append(f"FAIL  {name}\n        the handbook has no task {name} any more")
            continue
        try:
            marks, why = grade(task, reader, patient=False), None
        except NamespaceMissing:
            marks, why = [], (f"namespace {task.namespace} is gone (reset or deleted), so nothing is left to grade: "
                              "counted as failed")
        done = bool(marks) and all(m.ok for m in marks)
        score[0] += done
        lines.append(f"{'PASS' if done else 'FAIL'}  {name}")
        lines += [f"        {m.line()}" for m in marks if not m.ok] + ([f"        {why}"] if why else [])
        if not done:
            link = reread_url(task, state["exam"], domain)
            if link not in reread.setdefault(domain, []):
                reread[domain].append(link)
    lines += ["", f"{state['exam'].upper()} score by domain ({time_left(state, now)}):"]
    total = [0, 0]
    for domain, (done, count) in per_domain.items():
        total[0] += done
        total[1] += count
        lines.append(f"  {domain:60} {done}/{count}")
        lines += [f"      re-read: {link}" for link in reread.get(domain, [])]
    lines += [f"  not drawn: {name}: {why}" for name, why in state.get("left_out", {}).items()]
    lines.append(f"  {'total':60} {total[0]}/{total[1]} ({100 * total[0] // max(total[1], 1)}%)")
    return "\n".join(lines), total[0] == total[1]


def site_url() -> str:
    """mkdocs.yml's site_url: SITE_URL when set (as the Pages workflow sets it), else its default, the local
    `make serve` address."""
    config = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'^site_url:\s*!ENV \[SITE_URL,\s*"([^"]+)"\]', config, re.M)
    return (os.environ.get("SITE_URL") or (match.group(1) if match else SITE_URL)).rstrip("/") + "/"


def task_url(task: Task) -> str:
    return f"{site_url()}{task.page.removesuffix('.md')}/#practice-{task.id}"


def curriculum_anchors(curriculum: Path = CURRICULUM) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(exam, domain) -> [(page, anchor)] of the sections the curriculum map links for the domain."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    exam = domain = None
    for line in curriculum.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            name = line[3:].strip().lower()
            exam, domain = (name if name in {"ckad", "cka", "cks"} else None), None
        elif exam and (match := re.match(r"^### (.+?) \((\d+)%\)", line)):
            domain = match.group(1)
        elif exam and domain and line.startswith("| "):
            found.setdefault((exam, domain), []).extend(
                (page, anchor) for page, anchor in re.findall(r"\]\(([^)#]+\.md)#([^)]+)\)", line))
    return found


def _heading_text(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[`*_]", "", text).strip()


def page_sections(page: str) -> list[tuple[str, str, str]]:
    """(title, anchor, text) of a page's H2 and H3 sections before its Practice section."""
    from markdown.extensions.toc import slugify

    sections: list[list] = []
    fence = None
    for line in (DOCS / page).read_text(encoding="utf-8").splitlines():
        marker = re.match(r"^\s*(`{3,}|~{3,})", line)
        if marker and (fence is None or marker.group(1).startswith(fence)):
            fence = None if fence else marker.group(1)
        heading = None if fence else re.match(r"^(#{2,3})\s+(.*?)\s*#*\s*$", line)
        if heading:
            title = _heading_text(heading.group(2))
            if heading.group(1) == "##" and title.lower() == "practice":
                break
            sections.append([title, slugify(title, "-"), ""])
        elif sections:
            sections[-1][2] += line + "\n"
    return [tuple(s) for s in sections]


WORD = re.compile(r"[A-Za-z][A-Za-z0-9.-]{3,}")


def reread_section(task: Task, exam: str | None = None, domain: str | None = None) -> tuple[str, str]:
    """(title, anchor) of the section a failed task sends the reader back to: the section of the task's page that
    shares the most distinctive words with the task and its solution (the topic it drills, not the task itself).
    Of the sections the curriculum map links for the task's domain, the best is taken when it comes close to the
    page's best; a domain whose links miss the topic does not send the reader to an unrelated section."""
    sections = page_sections(task.page)
    if not sections:
        return "", ""

    def words(text: str) -> set[str]:
        return {w.lower().strip(".-") for w in WORD.findall(text)}

    asked, solved = words(task.text), words(task.solution)
    in_sections = [words(title + "\n" + body) for title, _, body in sections]
    # A word of the task's question counts twice, of its solution once; a word rarer on the page counts more,
    # and one in the section's heading (which names the topic) six times more than one in its text.
    weights = {w: (2 * (w in asked) + (w in solved)) * math.log((1 + len(sections)) / (1 + sum(w in f for f in in_sections)))
               for w in asked | solved}
    scored = []
    for n, (title, anchor, body) in enumerate(sections):
        found, named = words(body), words(title)
        scored.append((sum(weight * ((w in found) + 6 * (w in named)) for w, weight in weights.items()), -n, title, anchor))
    linked = {anchor for (e, d), links in curriculum_anchors().items() if exam in (None, e) and domain in (None, d)
              for page, anchor in links if page == task.page}
    best = max(scored)
    in_domain = max((s for s in scored if s[3] in linked), default=None)
    _, _, title, anchor = in_domain if in_domain and in_domain[0] >= 0.6 * best[0] else best
    return title, anchor


def reread_url(task: Task, exam: str | None = None, domain: str | None = None) -> str:
    """The site's address of the section to re-read after failing the task (site_url: mkdocs.yml or SITE_URL)."""
    title, anchor = reread_section(task, exam, domain)
    base = f"{site_url()}{task.page.removesuffix('.md')}/"
    return f"{base}#{anchor} ({title})" if anchor else base
