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

and are judged against the live cluster, in the task's own namespace, never against the commands typed.
The same code starts, grades and resets a task for a reader (`python -m handbook practice`) and proves every
task in the test suite (before: fails; the page's solution: passes; each wrong answer: fails, with its reason).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import shutil
import subprocess
import textwrap
import time
from pathlib import Path

import yaml

from . import cluster, node, runner, tools
from .runner import _scratch_files, _shell
from .snippets import DOCS, HEADING, SnippetError, console_steps, extract_page, pages

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
    text: str  # the task as the page shows it
    solution: str  # the solution's Markdown, dedented
    solution_lines: tuple[int, int]  # first and last line of the solution admonition
    minutes: int = 5
    criteria: list[Criterion] = dataclasses.field(default_factory=list)
    wrong: list[dict] = dataclasses.field(default_factory=list)
    owns: list[str] = dataclasses.field(default_factory=list)
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
        if "/" not in owned or owned.split("/")[0].split(".")[0] not in CLUSTER_SCOPED:
            raise SnippetError(f"{where}: owns lists cluster-scoped objects as KIND/NAME, got {owned!r}")
    return data


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
                          text="\n".join(lines[text_start:solution_start]).strip(), solution=body,
                          solution_lines=(solution_start + 1, i), minutes=int(data.get("minutes", 5)), criteria=criteria,
                          wrong=data.get("wrong") or [], owns=data.get("owns") or [], after=data.get("after"),
                          setup=data.get("setup"), files=data.get("files") or [], ungraded=data.get("ungraded")))
    return tasks


def all_tasks(docs: Path = DOCS) -> dict[str, Task]:
    """Every task of the handbook by id; ids are unique across pages, and `after` names an earlier task."""
    tasks: dict[str, Task] = {}
    for path in pages(docs):
        for task in page_tasks(path.read_text(encoding="utf-8"), path.relative_to(docs).as_posix()):
            if task.id in tasks:
                raise SnippetError(f"{task.location}: practice id {task.id!r} is already used at {tasks[task.id].location}")
            if task.after and (task.after not in tasks or tasks[task.after].page != task.page):
                raise SnippetError(f"{task.location}: after: {task.after!r} is not a task above this one on the page")
            tasks[task.id] = task
    return tasks


def find(name: str) -> Task:
    tasks = all_tasks()
    if name not in tasks:
        close = [t for t in tasks if name in t] or sorted(tasks)[:8]
        raise PracticeError(f"no practice task {name!r}; did you mean: {', '.join(close[:8])}? "
                            "(`python -m handbook practice list` shows them all)")
    return tasks[name]


# ---------------------------------------------------------------------------------------------------- the cluster


class Reader:
    """The cluster a reader practises on: KUBECONFIG if set, else the local check cluster."""

    def __init__(self, kubeconfig: str | None = None):
        explicit = kubeconfig or os.environ.get("KUBECONFIG")
        self.source = explicit or str(cluster.KUBECONFIG)
        self.kubectl = str(cluster.kubectl_binary()) if (tools.CLUSTER_BIN / "kubectl").exists() else (
            shutil.which("kubectl") or "kubectl")
        self._up_until = 0.0  # a cluster that answered is not asked again for a few seconds
        self._config: dict | None = None  # the reader's kubeconfig, minified once

    def run(self, args: list[str], namespace: str | None = None, check: bool = False,
            timeout: int = 60) -> subprocess.CompletedProcess:
        ns = ["-n", namespace] if namespace else []
        return subprocess.run([self.kubectl, *ns, *args], capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "KUBECONFIG": self.source}, check=check)

    def require_up(self) -> None:
        if time.monotonic() < self._up_until:
            return
        try:
            probe = self.run(["get", "--raw", "/readyz"], timeout=15)
        except (OSError, subprocess.TimeoutExpired) as err:
            probe = subprocess.CompletedProcess([], 1, "", str(err))
        if probe.returncode:
            raise PracticeError(f"cannot reach the cluster in {self.source}: {probe.stderr.strip()[:300]}\n"
                                "Start the local one with `make cluster-up`, or point KUBECONFIG at your own cluster.")
        self._up_until = time.monotonic() + 5

    def config_for(self, namespace: str, folder: Path) -> Path:
        """A one-context kubeconfig whose default namespace is the task's, so the page's commands land there."""
        if self._config is None:
            view = self.run(["config", "view", "--raw", "--minify", "--flatten", "-o", "json"], check=True)
            self._config = json.loads(view.stdout)
        config = json.loads(json.dumps(self._config))
        config["contexts"][0]["context"]["namespace"] = namespace
        path = folder / ".kubeconfig"
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
            json.dump(config, handle)
        return path

    def exists(self, what: str, namespace: str | None = None) -> bool:
        return self.run(["get", what, "-o", "name"], namespace).returncode == 0


def workdir(task: Task) -> Path:
    return HOME / task.id


def environment(reader: Reader, task: Task) -> dict[str, str]:
    folder = workdir(task)
    folder.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "KUBECONFIG": str(reader.config_for(task.namespace, folder)),
            "PATH": f"{Path(reader.kubectl).parent}:{tools.path_dir()}:{os.environ['PATH']}",
            **{f"HELM_{kind}_HOME": str(folder / f".helm-{kind.lower()}") for kind in ("CACHE", "CONFIG", "DATA")}}


def start(task: Task, reader: Reader) -> str:
    """The task's namespace and starting state; refuses to overwrite a reader's earlier try."""
    if task.ungraded:
        raise PracticeError(f"{task.id} is not graded: {task.ungraded}")
    reader.require_up()
    if reader.exists(f"namespace/{task.namespace}"):
        raise PracticeError(f"namespace {task.namespace} already exists, from an earlier try: "
                            f"`practice check {task.id}` grades it, `practice reset {task.id}` removes it")
    left = [o for o in task.owns if reader.exists(o)]
    if left:
        raise PracticeError(f"{', '.join(left)} already exist(s) (this task creates them): "
                            f"`practice reset {task.id}` deletes them, or delete them yourself")
    reader.run(["create", "namespace", task.namespace], check=True)
    if reader.source == str(cluster.KUBECONFIG) and task.page not in runner.SIMULATED_NODE_PAGES \
            and reader.exists(f"node/{node.NAME}"):
        # On the local cluster a task's pods run in real containers, as the page's own examples do.
        reader.run(["annotate", "namespace", task.namespace, *[f"{k}={v}" for k, v in node.ON_THIS_NODE.items()]],
                   check=True)
    folder = workdir(task)
    if folder.exists():
        shutil.rmtree(folder)
    env = environment(reader, task)
    chain, earlier = [], task.after
    siblings = {t.id: t for t in page_tasks((DOCS / task.page).read_text(encoding="utf-8"), task.page)}
    while earlier:
        chain.insert(0, siblings[earlier])
        earlier = chain[0].after
    for previous in chain:  # the starting state: the earlier tasks, solved
        problems = run_solution(previous, env, folder)
        if problems:
            raise PracticeError(f"could not set up {task.id}: the solution of {previous.id} failed: {problems[0]}")
    if task.files:
        blocks = {s.id: s for s in extract_page((DOCS / task.page).read_text(encoding="utf-8"), task.page)}
        for name in task.files:
            if name not in blocks:
                raise PracticeError(f"{task.location}: files names {name!r}, which is no block id on the page")
            (folder / f"{name}.{blocks[name].ext}").write_text(blocks[name].code)
    if task.setup:
        result = _shell(task.setup, env, folder)
        if result.returncode:
            raise PracticeError(f"could not set up {task.id}: {(result.stdout + result.stderr).strip()[-500:]}")
    return (f"{task.text}\n\nWork in namespace {task.namespace} (files in {folder}):\n"
            f"  kubectl config set-context --current --namespace={task.namespace}\n"
            f"Grade with: python -m handbook practice check {task.id}")


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
        return f"{'PASS' if self.ok else 'FAIL'}  {self.criterion.say}" + ("" if self.ok else f": {self.reason}")


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
            return False, (f"{criterion.get} not found in namespace {namespace}" if missing
                           else result.stderr.strip()[-300:])
        actual = result.stdout.strip()
    else:
        result = _shell(criterion.run, env, folder)
        actual = (result.stdout + result.stderr).strip()
        if result.returncode:
            return False, f"exited {result.returncode}: {actual[-300:]}"
    if not criterion.comparison:
        return True, ""
    how, expected = criterion.comparison
    ok = (actual == expected if how == "equals" else expected in actual if how == "contains"
          else re.search(expected, actual, re.M) is not None)
    return ok, "found " + (repr(actual if len(actual) < 200 else actual[:200] + "...") if actual else "nothing")


def grade(task: Task, reader: Reader, patient: bool = True) -> list[Mark]:
    """Each criterion against the live cluster; `within` gives a criterion time to come true (patient only)."""
    reader.require_up()
    if not reader.exists(f"namespace/{task.namespace}"):
        raise PracticeError(f"namespace {task.namespace} does not exist: start with `practice start {task.id}`")
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


def reset(task: Task, reader: Reader, wait_for_namespace: bool = True) -> list[str]:
    """Delete the task's namespace and the cluster-scoped objects it owns; nothing else is touched.

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
    if wait_for_namespace and namespace in removed:
        reader.run(["wait", "--for=delete", namespace, "--timeout=120s"], timeout=150)
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


def pick_exam(exam: str, minutes: int, seed: int | None = None) -> list[tuple[Task, str]]:
    """Tasks whose estimates fill `minutes`, shared among the exam's domains by their weights."""
    rows = domains()[exam]
    generator = random.Random(seed)
    by_domain: dict[str, list[Task]] = {name: [] for name, _, _ in rows}
    for task in all_tasks().values():
        name = domain_of(task, rows)
        if name and not task.ungraded:
            by_domain[name].append(task)
    picked: list[tuple[Task, str]] = []
    owned: set[str] = set()
    for name, weight, _ in sorted(rows, key=lambda r: -r[1]):
        budget, pool = minutes * weight / 100, by_domain[name][:]
        generator.shuffle(pool)
        spent = 0
        for task in pool:
            if set(task.owns) & owned or spent + task.minutes > max(budget, task.minutes if not spent else 0):
                continue
            picked.append((task, name))
            owned |= set(task.owns)
            spent += task.minutes
    return picked


def site_url() -> str:
    """mkdocs.yml's site_url: SITE_URL when set (as the Pages workflow sets it), else its default, the local
    `make serve` address."""
    config = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r'^site_url:\s*!ENV \[SITE_URL,\s*"([^"]+)"\]', config, re.M)
    return (os.environ.get("SITE_URL") or (match.group(1) if match else SITE_URL)).rstrip("/") + "/"


def task_url(task: Task) -> str:
    return f"{site_url()}{task.page.removesuffix('.md')}/#practice-{task.id}"
