"""Cluster tier: every manifest through the real kube-apiserver, every page's runnable blocks on a real control plane.

Needs `make cluster-up` (the local control plane) or HANDBOOK_KUBECONFIG pointing at another cluster (kind on CI).
A cluster that is down fails these tests; it never skips them.
"""

from __future__ import annotations

import subprocess
import time
import warnings
from collections import defaultdict

import pytest

from handbook import checks, cluster, runner, snippets as extraction

pytestmark = pytest.mark.cluster
ALL_SNIPPETS = extraction.extract_all()
SERVER = [s for s in ALL_SNIPPETS if "server" in s.checks]
BY_PAGE: dict[str, list] = defaultdict(list)
for _snippet in ALL_SNIPPETS:
    BY_PAGE[_snippet.page].append(_snippet)
RUN_PAGES = sorted(p for p, items in BY_PAGE.items() if any("run" in s.checks for s in items))
BELOW_SERVER = ("parse", "lint", "schema", "kubectl")
TIMEOUTS = ("timed out after", "timed out waiting for the condition")  # ours (runner.STEP_TIMEOUT), kubectl wait's


@pytest.fixture(scope="module")
def control_plane():
    if not cluster.is_up():
        pytest.fail("no control plane: run `make cluster-up` (or set HANDBOOK_KUBECONFIG)", pytrace=False)
    return cluster


@pytest.fixture(scope="module")
def server_outcomes(control_plane):
    return checks.run_ladder(SERVER, ("parse", "lint", "schema", "server"), use_cache=False)  # really ask the server


@pytest.mark.parametrize("index", range(len(SERVER)), ids=[f"{s.page}:{s.line}:{s.id}" for s in SERVER])
def test_manifest_on_api_server(index, server_outcomes):
    snippet = SERVER[index]
    outcomes = server_outcomes[index]
    problems = checks.verdict(snippet, outcomes)
    assert not problems, "\n".join(problems)
    if not snippet.expect_fail or snippet.expect_fail[0] == "server":
        assert any(o.rung == "server" for o in outcomes), f"{snippet.location}: never reached the server"


def _run_problems(page: str) -> tuple[list[str], list[str]]:
    """(problems, blocks this cluster cannot run) of one page's run."""
    snippets = BY_PAGE[page]
    outcomes = checks.run_ladder(snippets, BELOW_SERVER + ("run",))
    results = [r for i, s in enumerate(snippets) for r in checks.judge(s, outcomes[i])]
    found = [checks.text_line(r) for r in results if r.status in checks.PROBLEMS]
    blocked = [checks.text_line(r) for r in results if r.status == "blocked"]
    ran = sum(o.rung == "run" for i in outcomes for o in outcomes[i])
    expected = sum("run" in s.checks and (not s.expect_fail or s.expect_fail[0] == "run") for s in snippets)
    if not found and ran != expected:
        found = [f"{page}: {ran} of {expected} runnable blocks ran"]
    return found, blocked


@pytest.fixture(scope="module")
def page_runs(request, control_plane):
    """Every selected page's run, pages side by side (runner.side_by_side): 10 minutes one after another, of
    which 3 are CPU."""
    selected = [item.callspec.params["page"] for item in request.session.items
                if getattr(item, "originalname", "") == "test_page_runs_on_cluster"]
    # Most runnable blocks first, so the longest pages do not start last.
    selected.sort(key=lambda p: -sum("run" in s.checks for s in BY_PAGE[p]))
    return runner.side_by_side(selected, _run_problems)


@pytest.mark.parametrize("page", RUN_PAGES)
def test_page_runs_on_cluster(page, page_runs):
    problems, blocked = page_runs[page].result()
    if problems and all(any(t in p for t in TIMEOUTS) for p in problems):
        # A step that timed out while pages ran side by side gets one more try, alone and in a fresh namespace;
        # the first failure stays visible. (kwok v0.7.0 also sometimes misses a terminating pod.)
        warnings.warn(f"{page}: retried after a timeout:\n" + "\n".join(problems))
        problems, blocked = _run_problems(page)
    if blocked and not problems:  # only what this cluster cannot run (etcd on kind): visible, not hidden
        warnings.warn(f"{page}: not run on this cluster:\n" + "\n".join(blocked))
    assert not problems, "\n".join(problems)


def test_server_catches_what_schemas_cannot(control_plane, tmp_path):
    """The rung's reason to exist: mistakes that only the apiserver's validation sees."""
    cases = {
        "name": ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: Web\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n",
                 "a lowercase RFC 1123"),
        "selector": ("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: rs\nspec:\n  selector:\n    matchLabels:\n"
                     "      app: a\n  template:\n    metadata:\n      labels:\n        app: b\n    spec:\n      containers:\n"
                     "      - name: c\n        image: nginx:1.27\n", "does not match template"),
        "quantity": ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: q\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n"
                     "    resources:\n      requests:\n        memory: 10MB\n", "quantities must match the regular expression"),
        "port": ("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 70000\n", "65535"),
    }
    for name, (code, message) in cases.items():
        snippet = extraction.Snippet(page="t.md", line=1, lang="yaml", id=name, code=code,
                                     documents=extraction.describe_code(code, "yaml"))
        outcome = checks.run_ladder([snippet], ("server",), use_cache=False)[0][0]
        assert not outcome.ok and message in outcome.message, f"{name}: {outcome.message}"


def test_crashed_component_is_reported_not_waited_on(tmp_path, monkeypatch):
    """A component whose process is gone (or a zombie) is named, with its log, within a second."""
    monkeypatch.setattr(cluster, "RUN", tmp_path)
    monkeypatch.setattr(cluster, "LOGS", tmp_path)
    monkeypatch.setattr(cluster, "EXTERNAL", None)
    alive = subprocess.Popen(["sleep", "30"])
    with open(tmp_path / "kube-apiserver.log", "w") as log:
        crashed = subprocess.Popen(["sh", "-c", "echo 'fatal: bind: address already in use' >&2; exit 1"], stderr=log)
    crashed.wait()
    try:
        for name in cluster.ORDER:
            (tmp_path / f"{name}.pid").write_text(f"{alive.pid}\nsleep\n")
        (tmp_path / "kube-apiserver.pid").write_text(f"{crashed.pid}\nsh\n")
        assert cluster.dead_components() == ["kube-apiserver"]
        started = time.monotonic()
        with pytest.raises(cluster.ClusterError, match="(?s)kube-apiserver exited.*address already in use"):
            cluster._wait("readiness", lambda: False, 60, cluster.ORDER)
        assert time.monotonic() - started < 5
    finally:
        alive.kill()
        alive.wait()
