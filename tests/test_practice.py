"""Practice graders: read beside every task, proven on the control plane (fails before, passes after the page's
solution, fails each wrong answer with its reason), and the reader's commands with their bad inputs."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
import yaml
from conftest import REPO

from handbook import cluster, practice
from handbook.snippets import DOCS, SnippetError, pages

TASKS = practice.all_tasks()
GRADED = [t for t in TASKS.values() if not t.ungraded]


SOLUTION_BLOCK = re.compile(r'^\s*(\?\?\?\+?|!!!)\s+\w+\s+"(Solution|Answer)')
NUMBERED = re.compile(r"^\d+[.)]\s+\S")


def practice_sections(text: str):
    """(line number, line) of each `## Practice` section, fenced code and HTML comments left out."""
    inside = fence = comment = False
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("## "):
            inside = line.strip() == "## Practice"
            continue
        marker = re.match(r"^\s*(`{3,}|~{3,})", line)
        if marker:
            fence = not fence
            continue
        if line.lstrip().startswith("<!--"):
            comment = "-->" not in line
            continue
        if comment:
            comment = "-->" not in line
            continue
        if inside and not fence:
            yield number, line


def test_every_task_under_practice_is_counted_whatever_its_format():
    """A task written in any other shape than `**Task N.**` with its grader (a numbered list, a heading, a bold
    question) still has its solution block, or is a numbered item outside every task's text: both are caught."""
    problems = []
    for path in pages():
        page, text = path.relative_to(DOCS).as_posix(), path.read_text(encoding="utf-8")
        tasks = practice.page_tasks(text, page)
        solutions = {t.solution_lines[0] for t in tasks}
        texts = [range(t.comment_end + 1, t.solution_lines[0]) for t in tasks]
        for number, line in practice_sections(text):
            where = f"docs/{page}:{number}"
            if SOLUTION_BLOCK.match(line) and number not in solutions:
                problems.append(f"{where}: a solution that belongs to no **Task N.** with a grader comment")
            elif re.match(r"^\*\*Task \d+\.\*\*", line) and not any(t.comment_end + 1 == number for t in tasks):
                problems.append(f"{where}: a task the parser did not read")
            elif NUMBERED.match(line) and not any(number in r for r in texts):
                problems.append(f"{where}: a numbered item outside every task's text: a task written as a list?")
    assert not problems, "\n".join(problems)


def test_the_numbered_list_pages_are_tasks_now():
    converted = {"architecture.md": 3, "containers.md": 3, "networking/cluster-networking.md": 4, "overview.md": 3,
                 "tools.md": 3}
    for page, count in converted.items():
        assert sum(t.page == page for t in TASKS.values()) == count, page


def test_every_task_on_every_page_has_a_grader():
    written = {(p.relative_to(DOCS).as_posix(), int(m.group(1))) for p in pages()
               for m in re.finditer(r"^\*\*Task (\d+)\.\*\*", p.read_text(encoding="utf-8"), re.M)}
    assert written == {(t.page, t.number) for t in TASKS.values()}
    assert len(GRADED) >= 0.85 * len(TASKS), f"only {len(GRADED)} of {len(TASKS)} tasks are graded"
    for task in TASKS.values():
        assert task.ungraded or (task.criteria and task.wrong), task.location
        assert task.solution and task.text.startswith(f"**Task {task.number}.**"), task.location


def test_each_task_shows_its_commands_and_hides_its_grader(built_site):
    for task in TASKS.values():
        page = (built_site / task.page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        anchor = re.search(rf'<p class="practice-line" id="practice-{task.id}">(.*?)</p>', page, re.S)
        assert anchor, f"{task.location}: no practice line with the anchor practice-{task.id}"
        shown = anchor.group(1)
        assert (f"practice start {task.id}" in shown and f"practice check {task.id}" in shown) or (
            task.ungraded and "Not graded" in shown), shown
        assert "<!-- practice" not in page and "\nwrong:" not in page, f"{task.page}: a grader comment is published"


BAD_PAGES = {
    "task without a grader": ("Intro\n\n**Task 1.** Do it.\n", "t.md:3: this task has no <!-- practice"),
    "never closed": ("<!-- practice\nid: a-b\n\n**Task 1.** x\n", "t.md:1: the practice comment is never closed"),
    "not YAML": ("<!-- practice\nid: [a\n-->\n**Task 1.** x\n", "t.md:1: the practice comment is not YAML"),
    "no criteria": ("<!-- practice\nid: a-b\n-->\n**Task 1.** x\n", "task a-b has no criteria"),
    "no wrong answer": ("<!-- practice\nid: a-b\ncriteria:\n  - get: pod/x\n-->\n**Task 1.** x\n", "plausible wrong answer"),
    "two targets": ("<!-- practice\nid: a-b\ncriteria:\n  - get: pod/x\n    run: ls\nwrong:\n  - {do: ls, fails: x}\n-->\n"
                    "**Task 1.** x\n", "t.md:1 criterion 1: a criterion names exactly one of get, run, absent"),
    "field without comparison": ("<!-- practice\nid: a-b\ncriteria:\n  - get: pod/x\n    field: .spec\nwrong:\n"
                                 "  - {do: ls, fails: x}\n-->\n**Task 1.** x\n", "needs equals, matches or contains"),
    "bad regular expression": ("<!-- practice\nid: a-b\ncriteria:\n  - run: ls\n    matches: '(('\nwrong:\n"
                               "  - {do: ls, fails: x}\n-->\n**Task 1.** x\n", "is not a regular expression"),
    "namespaced object owned": ("<!-- practice\nid: a-b\nowns: [pod/x]\ncriteria:\n  - get: pod/x\nwrong:\n"
                                "  - {do: ls, fails: x}\n-->\n**Task 1.** x\n", "owns lists cluster-scoped objects"),
    "no solution": ("<!-- practice\nid: a-b\nungraded: needs a node\n-->\n**Task 1.** x\n\n## Next\n",
                    'task a-b has no ??? success "Solution" block'),
    "unknown key": ("<!-- practice\nid: a-b\nnamespace: x\nungraded: y\n-->\n**Task 1.** x\n", "only the keys"),
    "bad node taint": ("<!-- practice\nid: a-b\nowns: [{node-taint: team=data}]\ncriteria:\n  - get: pod/x\nwrong:\n"
                       "  - {do: ls, fails: x}\n-->\n**Task 1.** x\n", "owns takes {node-taint: KEY[=VALUE]:EFFECT}"),
}


@pytest.mark.parametrize("case", BAD_PAGES)
def test_bad_grader_is_named_with_its_line(case):
    text, message = BAD_PAGES[case]
    with pytest.raises(SnippetError) as caught:
        practice.page_tasks(text, "t.md")
    assert message in str(caught.value)


GRADED_TASK = """<!-- practice
id: t-tools
criteria:
  - run: {run}
wrong:
  - {{do: ls, fails: x}}
{extra}-->
**Task 1.** Do it.

??? success "Solution"
    Done.
"""


def _task(run="kubectl get pods", extra="") -> practice.Task:
    return practice.page_tasks(GRADED_TASK.format(run=run, extra=extra), "t.md")[0]


def test_tools_are_looked_up_only_for_the_tasks_that_use_them(monkeypatch, tmp_path):
    assert practice.tools_used(TASKS["orders-strategy"]) == []
    assert practice.tools_used(TASKS["helm-blog-install"]) == ["helm"]
    assert practice.tools_used(_task("etcdutl snapshot status x.db")) == ["etcdutl"]
    assert practice.tools_used(_task("echo helmet; ls /tmp/helm-charts")) == []  # words, not commands
    # A fresh clone: no pinned builds, nothing on PATH, no Go.
    monkeypatch.setattr(practice.tools, "BIN", tmp_path / "bin")
    monkeypatch.setattr(practice.tools, "CLUSTER_BIN", tmp_path / "cluster-bin")
    monkeypatch.setattr(practice.shutil, "which", lambda *args, **kwargs: None)
    assert practice.resolve_tools(TASKS["orders-strategy"]) == {}  # needs nothing beside kubectl
    for task, tool in ((TASKS["helm-blog-install"], "helm"), (_task("etcdctl endpoint health"), "etcdctl")):
        with pytest.raises(practice.PracticeError) as caught:
            practice.resolve_tools(task)
        message = str(caught.value)
        assert f"uses {tool}, which is missing" in message and "\n" not in message, message
    with pytest.raises(practice.PracticeError) as caught:
        practice.resolve_tools(TASKS["helm-blog-install"])
    assert "install Go" in str(caught.value)  # no Go: said in one line, no FileNotFoundError traceback


def test_task_text_is_shown_without_page_markup():
    for task in TASKS.values():
        for shown in (task.text, task.solution):
            assert "<!--" not in shown and not re.search(r"#\s*\(\d+\)!", shown), task.id
    assert '"apiVersion": "v1"' in TASKS["yaml-probe"].text
    printed = _cli("solution", "ctr-sleeper")
    assert printed.returncode == 0 and 'command: ["sleep"]' in printed.stdout and "<!--" not in printed.stdout
    assert "(1)!" not in printed.stdout


def test_node_taints_and_labels_a_task_owns(monkeypatch):
    task = _task(extra="owns:\n  - clusterrole/x\n  - node-taint: team=data:NoSchedule\n  - node-label: team=data\n")
    assert task.owns == ["clusterrole/x"]
    assert task.node_marks == [("node-taint", "team=data:NoSchedule"), ("node-label", "team=data")]
    assert task.owned() == ["clusterrole/x", "node taint team=data:NoSchedule", "node label team=data"]
    nodes = {"items": [
        {"metadata": {"name": "n1", "labels": {"team": "data"}},
         "spec": {"taints": [{"key": "team", "value": "data", "effect": "NoSchedule"}]}},
        {"metadata": {"name": "n2", "labels": {"team": "web"}},
         "spec": {"taints": [{"key": "team", "value": "data", "effect": "NoExecute"}]}},
        {"metadata": {"name": "n3"}, "spec": {}}]}
    calls = []

    def run(self, args, namespace=None, check=False, timeout=60):
        calls.append(args)
        out = json.dumps(nodes) if args[:2] == ["get", "nodes"] else ""
        return subprocess.CompletedProcess(args, 1 if args[:1] == ["get"] and args[1] != "nodes" else 0, out, "")

    monkeypatch.setattr(practice.Reader, "run", run)
    monkeypatch.setattr(practice.Reader, "require_up", lambda self: None)
    reader = practice.Reader("/nonexistent")
    assert reader.nodes_with("node-taint", "team=data:NoSchedule") == ["n1"]
    assert reader.nodes_with("node-taint", "team:NoExecute") == ["n2"]
    assert reader.nodes_with("node-label", "team=data") == ["n1"]
    assert reader.nodes_with("node-label", "team") == ["n1", "n2"]
    removed = practice.reset(task, reader, wait_for_namespace=False, keep_folder=True)
    assert ["taint", "node", "n1", "team:NoSchedule-"] in calls and ["label", "node", "n1", "team-"] in calls
    assert removed == ["taint team=data:NoSchedule of node/n1", "label team=data of node/n1"]
    assert not any(c[:1] in (["taint"], ["label"]) and c[2] != "n1" for c in calls), "a node it did not mark"


def test_exam_draw_keeps_to_the_time_and_names_what_it_leaves_out(monkeypatch):
    for exam, rows in practice.domains().items():
        names = {name for name, _, _ in rows}
        for minutes in (1, 4, 8, 15, 30, 60):
            draw = practice.draw_exam(exam, minutes, seed=5)
            assert sum(t.minutes for t, _ in draw.picked) <= minutes, (exam, minutes)
            assert {d for _, d in draw.picked} | set(draw.left_out) == names, (exam, minutes)
            assert not {d for _, d in draw.picked} & set(draw.left_out)
        assert not practice.draw_exam(exam, 1).picked  # no task takes a minute: nothing is forced in
    for exam in ("ckad", "cka", "cks"):  # a domain no graded task covers is named, never silently skipped
        empty = [d for d, tasks in practice.graded_by_domain(exam).items() if not tasks]
        assert all(practice.draw_exam(exam, 120).left_out.get(d) == "no graded task covers it yet" for d in empty)
    real = practice.graded_by_domain
    monkeypatch.setattr(practice, "graded_by_domain", lambda exam: {**real(exam), "System hardening": []})
    cks = practice.draw_exam("cks", 120, seed=1)
    assert cks.left_out.get("System hardening") == "no graded task covers it yet", cks.left_out
    assert "System hardening" not in {d for _, d in cks.picked}
    small = practice.draw_exam("ckad", 6, seed=2)
    assert small.left_out and all("no time left" in why for why in small.left_out.values())


def test_exam_status_says_when_time_is_up():
    state = {"exam": "ckad", "ends": 10_000.0, "tasks": [["orders-strategy", "Application deployment"]],
             "left_out": {"Services and networking": "no time left for it"}}
    running = practice.exam_status(state, now=10_000.0 - 125)
    assert "CKAD drill: 3 min left" in running and "not drawn: Services and networking" in running
    over = practice.exam_status(state, now=10_000.0 + 600)
    assert "time is up (it ended 10 min ago)" in over and "--grade" in over


def test_reread_links_point_at_the_section_the_task_drills(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://handbook.example/k8s/")
    assert practice.reread_url(TASKS["mc-sidecar"], "ckad", "Application design and build") == (
        "https://handbook.example/k8s/workloads/multi-container/#native-sidecar-containers (Native sidecar containers)")
    assert practice.reread_url(TASKS["catalog-undo"]).startswith(
        "https://handbook.example/k8s/workloads/deployments/#rollout-history-and-undo")
    anchors = {a for _, a, _ in practice.page_sections("yaml.md")}
    for task in TASKS.values():
        title, anchor = practice.reread_section(task)
        assert anchor and not anchor.startswith("practice"), task.id
        assert anchor in {a for _, a, _ in practice.page_sections(task.page)}, task.id
    monkeypatch.delenv("SITE_URL")
    assert practice.site_url() == "http://127.0.0.1:8000/" and "flow-style-and-json" in anchors


def test_curriculum_domains_and_exam_draw():
    exams = practice.domains()
    assert set(exams) == {"ckad", "cka", "cks"}
    for exam, rows in exams.items():
        assert sum(weight for _, weight, _ in rows) == 100, exam
    drawn = practice.pick_exam("cka", 90, seed=7)
    assert drawn == practice.pick_exam("cka", 90, seed=7)  # the seed repeats a drill
    assert sum(t.minutes for t, _ in drawn) <= 90
    assert len({domain for _, domain in drawn}) >= 4, drawn  # spread over the domains, by weight
    owned = [o for t, _ in drawn for o in t.owns]
    assert len(owned) == len(set(owned)), "two drawn tasks create the same cluster-scoped object"


# ---------------------------------------------------------------------------------------------------- cluster


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    if not cluster.is_up():
        pytest.fail("no control plane: run `make cluster-up` (or set HANDBOOK_KUBECONFIG)", pytrace=False)
    practice.HOME = tmp_path_factory.mktemp("practice-home")
    return practice.Reader(str(cluster.KUBECONFIG))


@pytest.fixture(scope="module")
def proofs(reader) -> dict[str, list[str]]:
    """Every graded task proven; a page's tasks one after another (they may share objects), pages side by side."""
    by_page = defaultdict(list)
    for task in GRADED:
        by_page[task.page].append(task)

    def prove_page(tasks):
        return {task.id: practice.prove(task, reader) for task in tasks}

    results: dict[str, list[str]] = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        for found in pool.map(prove_page, by_page.values()):
            results.update(found)
    return results


@pytest.mark.cluster
@pytest.mark.parametrize("task_id", [t.id for t in GRADED])
def test_grader_fails_before_passes_after_and_names_each_wrong_answer(task_id, proofs):
    assert not proofs[task_id], "\n".join(proofs[task_id])


def _cli(*args: str, kubeconfig=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HANDBOOK_PRACTICE_HOME": str(practice.HOME), "KUBECONFIG": str(kubeconfig or cluster.KUBECONFIG)}
    return subprocess.run([sys.executable, "-m", "handbook", "practice", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.cluster
def test_reader_commands_and_their_bad_inputs(reader, tmp_path):
    task = TASKS["orders-strategy"]
    bystander = "practice-bystander"
    reader.run(["create", "namespace", bystander])
    try:
        reader.run(["create", "configmap", "keep-me", "--from-literal=a=b"], namespace=bystander, check=True)
        _cli("reset", task.id)
        started = _cli("start", task.id)
        assert started.returncode == 0 and "**Task 1.**" in started.stdout, started.stderr
        again = _cli("start", task.id)
        assert again.returncode == 1 and "already exists, from an earlier try" in again.stderr
        before = _cli("check", task.id)
        assert before.returncode == 1 and "FAIL" in before.stdout and "not found in namespace" in before.stdout
        reader.run(["create", "deployment", "orders", "--image=redis:7.4-alpine", "--replicas=3"],
                   namespace=task.namespace, check=True)
        partial = _cli("check", task.id)
        assert partial.returncode == 1 and re.search(r"FAIL .*maxUnavailable.*found '25%'", partial.stdout), partial.stdout
        assert re.search(r"\d/6 criteria met", partial.stdout)
        solution = _cli("solution", task.id)
        assert "maxUnavailable: 0" in solution.stdout
        reset = _cli("reset", task.id)
        assert reset.returncode == 0 and f"namespace/{task.namespace}" in reset.stdout
        assert not reader.exists(f"namespace/{task.namespace}")
        assert reader.exists("configmap/keep-me", bystander), "reset touched another namespace"
        unknown = _cli("start", "no-such-task")
        assert unknown.returncode == 1 and "no practice task 'no-such-task'" in unknown.stderr
        down = tmp_path / "down.kubeconfig"
        config = yaml.safe_load(cluster.KUBECONFIG.read_text())
        for entry in config["clusters"]:
            entry["cluster"]["server"] = "https://127.0.0.1:1"  # nothing listens there
        down.write_text(yaml.safe_dump(config))
        unreachable = _cli("check", task.id, kubeconfig=down)
        assert unreachable.returncode == 1 and f"cannot reach the cluster in {down}" in unreachable.stderr
    finally:
        reader.run(["delete", "namespace", bystander, "--wait=false"])


def _gone(reader, namespace: str) -> bool:
    """Deleted, or on its way out (a namespace takes a moment to empty)."""
    found = reader.run(["get", "namespace", namespace, "-o", "jsonpath={.metadata.deletionTimestamp}"])
    return found.returncode != 0 or bool(found.stdout.strip())


@pytest.mark.cluster
def test_failed_start_leaves_nothing_behind_and_keeps_the_readers_files(reader, monkeypatch, tmp_path):
    failing = _task(extra="setup: |\n  kubectl create configmap made-by-setup --from-literal=a=b\n"
                          "  echo 'half done' > setup-was-here.txt\n  exit 3\n")
    failing = dataclasses.replace(failing, id="t-failing-start")
    folder = practice.workdir(failing)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "my-notes.md").write_text("mine\n")
    practice.reset(failing, reader, keep_folder=True)
    with pytest.raises(practice.PracticeError) as caught:
        practice.start(failing, reader)
    assert "could not set up t-failing-start" in str(caught.value) and "\n" not in str(caught.value)
    assert not reader.exists(f"namespace/{failing.namespace}"), "a failed start left its namespace"
    assert sorted(p.name for p in folder.iterdir()) == ["my-notes.md"], "a failed start left files, or ate the reader's"
    # A missing tool stops start before anything is created.
    monkeypatch.setattr(practice.tools, "BIN", tmp_path / "bin")
    monkeypatch.setattr(practice.shutil, "which", lambda *args, **kwargs: None)
    needs_helm = dataclasses.replace(_task("helm list"), id="t-needs-helm")
    with pytest.raises(practice.PracticeError, match="uses helm, which is missing"):
        practice.start(needs_helm, reader)
    assert not reader.exists(f"namespace/{needs_helm.namespace}")
    assert not practice.workdir(needs_helm).exists()


@pytest.mark.cluster
def test_start_keeps_the_readers_files_and_says_what_it_owns(reader):
    task = TASKS["yaml-probe"]
    practice.reset(task, reader)
    folder = practice.workdir(task)
    folder.mkdir(parents=True)
    (folder / "my-probe.yaml").write_text("kind: Pod\n")
    (folder / "probe.json").write_text("{}\n")  # the reader's own version of the starting file
    try:
        shown = practice.start(task, reader)
        assert (folder / "my-probe.yaml").read_text() == "kind: Pod\n"
        assert (folder / "probe.json.bak").read_text() == "{}\n" and '"kind": "Pod"' in (folder / "probe.json").read_text()
        assert "Starting files: probe.json" in shown and "probe.json (yours is now probe.json.bak)" in shown
        assert "<!--" not in shown and "set-context" not in shown and f"-n {task.namespace}" in shown
        marks = practice.grade(task, reader, patient=False)
        assert all("\n" not in m.line() for m in marks)
        assert any("there is no probe.yaml" in m.line() for m in marks if not m.ok), [m.line() for m in marks]
        assert not any(m.ok for m in marks if "block style" in m.criterion.say), "a missing file passed"
    finally:
        practice.reset(task, reader)
    owner = TASKS["rbac-storage-reader"]
    practice.reset(owner, reader)
    try:
        shown = practice.start(owner, reader)
        assert "Outside the namespace this task creates: clusterrole/study-storage-reader" in shown, shown
        missing = [m.line() for m in practice.grade(owner, reader, patient=False) if "clusterrole/" in m.line()]
        assert missing and not any("in namespace" in line for line in missing), missing
    finally:
        practice.reset(owner, reader)


def _smallest_drill(exam="ckad", seed=11) -> practice.Draw:
    """A drill of a few quick tasks on pages whose pods start at once, for the tests below."""
    for minutes in range(4, 20):
        draw = practice.draw_exam(exam, minutes, seed)
        if len(draw.picked) >= 2:
            return draw
    raise AssertionError("no drill of two tasks under 20 minutes")


@pytest.mark.cluster
def test_exam_drill_starts_shows_time_and_scores_by_domain(reader, monkeypatch):
    draw = _smallest_drill()
    names = [t.id for t, _ in draw.picked]
    for name in names:
        practice.reset(TASKS[name], reader)
    try:
        shown = practice.start_exam("ckad", draw.minutes, 11, reader)
        assert all(f"in namespace practice-{n} " in shown for n in names), shown
        assert all(f"Not drawn: {d}" in shown for d in draw.left_out)
        state = practice.load_exam()
        assert state["kubeconfig"] == os.path.abspath(reader.source) and [n for n, _ in state["tasks"]] == names
        assert re.search(r"CKAD drill: \d+ min left", practice.exam_status(state))
        # Grading reads the cluster the drill ran on, whatever KUBECONFIG says now; a task whose namespace
        # is gone fails with the reason, and the others are still graded.
        monkeypatch.setenv("KUBECONFIG", "/nonexistent/kubeconfig")
        practice.reset(TASKS[names[0]], reader)
        text, passed = practice.grade_exam(state)
        assert not passed and f"FAIL  {names[0]}" in text and "is gone (reset or deleted)" in text, text
        assert all(f"  {n}" in text for n in names[1:])
        assert re.search(r"total +0/\d+ \(0%\)", text)
        assert re.search(r"re-read: http\S+/#(?!practice-)[a-z0-9-]+ \(", text), text
        late = practice.grade_exam(state, now=state["ends"] + 120)[0]
        assert "time is up" in late
    finally:
        for name in names:
            practice.reset(TASKS[name], reader)


@pytest.mark.cluster
def test_exam_start_is_all_or_nothing(reader):
    draw = _smallest_drill(seed=12)
    names = [t.id for t, _ in draw.picked]
    for name in names:
        practice.reset(TASKS[name], reader)
    previous = {"exam": "cka", "ends": 1.0, "tasks": [], "kubeconfig": reader.source}
    practice.HOME.mkdir(parents=True, exist_ok=True)
    practice.exam_file().write_text(json.dumps(previous))
    blocker = TASKS[names[-1]]
    reader.run(["create", "namespace", blocker.namespace], check=True)  # an earlier try of the last task
    try:
        with pytest.raises(practice.PracticeError) as caught:
            practice.start_exam("ckad", draw.minutes, 12, reader)
        assert "the drill did not start" in str(caught.value) and "previous drill is kept" in str(caught.value)
        assert all(_gone(reader, TASKS[n].namespace) for n in names[:-1]), "a task of the failed drill is left"
        assert json.loads(practice.exam_file().read_text()) == previous
        assert reader.exists(f"namespace/{blocker.namespace}"), "the reader's earlier try was touched"
    finally:
        for name in names:
            practice.reset(TASKS[name], reader)
