"""Practice graders: read beside every task, proven on the control plane (fails before, passes after the page's
solution, fails each wrong answer with its reason), and the reader's commands with their bad inputs."""

from __future__ import annotations

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
}


@pytest.mark.parametrize("case", BAD_PAGES)
def test_bad_grader_is_named_with_its_line(case):
    text, message = BAD_PAGES[case]
    with pytest.raises(SnippetError) as caught:
        practice.page_tasks(text, "t.md")
    assert message in str(caught.value)


def test_curriculum_domains_and_exam_draw():
    exams = practice.domains()
    assert set(exams) == {"ckad", "cka", "cks"}
    for exam, rows in exams.items():
        assert sum(weight for _, weight, _ in rows) == 100, exam
    drawn = practice.pick_exam("cka", 90, seed=7)
    assert drawn == practice.pick_exam("cka", 90, seed=7)  # the seed repeats a drill
    assert sum(t.minutes for t, _ in drawn) <= 90 + max(t.minutes for t in TASKS.values())
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


@pytest.mark.cluster
def test_exam_drill_starts_shows_time_and_scores_by_domain(reader):
    drill = _cli("exam", "--exam", "ckad", "--minutes", "25", "--seed", "3")
    assert drill.returncode == 0, drill.stderr
    names = re.findall(r"in namespace practice-(\S+) ", drill.stdout)
    assert names, drill.stdout
    try:
        status = _cli("exam", "--status")
        assert re.search(r"CKAD drill, \d+ min left", status.stdout)
        graded = _cli("exam", "--grade")
        assert graded.returncode == 1, graded.stdout  # nothing solved yet
        assert re.search(r"total +0/\d+ \(0%\)", graded.stdout)
        assert re.search(r"re-read: https?://\S+/#practice-", graded.stdout), graded.stdout
    finally:
        for name in names:
            _cli("reset", name)
