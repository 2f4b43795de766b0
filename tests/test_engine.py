"""The check engine pointed at input written elsewhere: foreign notes and manifest folders, bad files, writers,
the cache, processes. Server-rung cases need the control plane (marker `cluster`)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from handbook import checks, cluster, lifecycle, runner, snippets as extraction
from handbook.__main__ import load

REPO = Path(__file__).resolve().parent.parent
OFFLINE = ("--skip-rung", "server", "--skip-rung", "run")


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "handbook", "check", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else textwrap.dedent(content).encode())
    return root


POD = """\
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
    """


def test_every_bad_file_is_named_and_the_run_goes_on(tmp_path):
    notes = corpus(tmp_path / "notes", {
        "a-template.yaml": "{{ name }}: value\nkind: Pod\n",
        "b-latin1.md": "# Notes\n\ncaf\xe9\n".encode("latin-1"),
        "c-binary.yaml": b"\x89PNG\r\n\x1a\n\0\0\0",
        "d-huge.yaml": "a: b\n" * 500_000,
        "e-good.yaml": POD,
        "f-week1.md": "# Week 1\n\n```yaml\n" + textwrap.dedent(POD) + "```\n",
    })
    result = cli(*OFFLINE, "notes", cwd=tmp_path)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "Traceback" not in out + result.stderr
    assert "notes/a-template.yaml:1: [parse] found a mapping or list used as a key: template syntax" in out, out
    assert "notes/b-latin1.md: [input] not UTF-8: byte 0xe9 on line 3" in out, out
    assert "notes/c-binary.yaml: [input] binary file" in out, out
    assert "notes/d-huge.yaml: [input] too large to check" in out, out
    assert "e-good.yaml" not in out and "f-week1.md" not in out, out
    assert "6 file(s)" in result.stderr, result.stderr


def test_paths_are_named_as_the_user_gave_them(tmp_path):
    corpus(tmp_path / "notes", {"week1.md": "# W\n\n" + "text\n" * 196 + "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n"
                                "  name: a\nspecs: {}\n```\n"})
    work = tmp_path / "work"
    work.mkdir()
    result = cli(*OFFLINE, "../notes/week1.md", cwd=work)
    assert "../notes/week1.md:199: [schema]" in result.stdout, result.stdout
    assert "docs/" not in result.stdout


@pytest.mark.parametrize("api_version, kind, removed, replacement", [
    ("extensions/v1beta1", "Deployment", "1.16", "apps/v1 Deployment"),
    ("networking.k8s.io/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1 Ingress"),
    ("storage.k8s.io/v1beta1", "StorageClass", "1.22", "storage.k8s.io/v1 StorageClass"),
    ("batch/v1beta1", "CronJob", "1.25", "batch/v1 CronJob"),
    ("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32", "flowcontrol.apiserver.k8s.io/v1 FlowSchema"),
])
def test_removed_apis_say_when_and_what_replaces_them(tmp_path, api_version, kind, removed, replacement):
    path = corpus(tmp_path, {"old.yaml": f"apiVersion: {api_version}\nkind: {kind}\nmetadata:\n  name: old\n"}) / "old.yaml"
    result = cli(*OFFLINE, str(path))
    assert result.returncode == 1
    assert f"{kind} {api_version} was removed in Kubernetes v{removed}" in result.stdout, result.stdout
    assert f"use {replacement} instead" in result.stdout, result.stdout


@pytest.mark.gomod
def test_lifecycle_data_matches_the_pinned_api_module():
    """handbook/api-lifecycle.json is what `python -m handbook lifecycle` makes from k8s.io/api at the pinned version."""
    folder = lifecycle.module_dir()
    assert folder.exists(), f"{folder} is missing: it is downloaded by `make cluster-build`"
    assert lifecycle.generate(folder) == json.loads(lifecycle.DATA.read_text())


CRD = """\
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata:
      name: gadgets.test.example.com
    spec:
      group: test.example.com
      scope: Namespaced
      names: {plural: gadgets, singular: gadget, kind: Gadget}
      versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  required: [size]
                  properties:
                    size: {type: integer, minimum: 1}
                    colour: {type: string, enum: [red, blue]}
    """


def gadget(spec: str) -> str:
    return f"apiVersion: test.example.com/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n{spec}"


def test_custom_resources_are_checked_against_the_crds_of_the_input(tmp_path):
    folder = corpus(tmp_path / "m", {"1-crd.yaml": CRD, "2-good.yaml": gadget("  size: 3\n  colour: red\n"),
                                     "3-typo.yaml": gadget("  size: 3\n  color: red\n"),
                                     "4-type.yaml": gadget("  size: three\n")})
    result = cli(*OFFLINE, str(folder))
    out = result.stdout
    assert "2-good.yaml" not in out, out
    assert "3-typo.yaml:1: [schema]" in out and "'color' not allowed" in out, out
    assert "4-type.yaml:1: [schema]" in out and "size" in out, out
    alone = cli(*OFFLINE, str(folder / "2-good.yaml"))
    assert "[schema] no schema for Gadget (test.example.com/v1)" in alone.stdout, alone.stdout
    assert alone.returncode == 0 and "1 unchecked" in alone.stderr, "without its CRD a custom resource is unchecked, not passed"
    assert cli(*OFFLINE, "--strict", str(folder / "2-good.yaml")).returncode == 1
    typo = corpus(tmp_path / "t", {"typo.yaml": "apiVersion: apps/v2\nkind: Deployment\nmetadata:\n  name: a\n"}) / "typo.yaml"
    assert "could not find schema" in cli(*OFFLINE, str(typo)).stdout, "a wrong version of a Kubernetes group is a failure"


def test_house_style_applies_to_the_handbook_only():
    """The handbook's pages follow its yamllint and ShellCheck style; foreign notes are judged on what breaks."""
    yaml_code = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a   \nspec:\n  containers: []\n"
    shell_code = "kubectl get pods -o jsonpath='{.items[*].metadata.name}' | wc -l\necho $HOME\n"
    for lang, code, message in (("yaml", yaml_code, "trailing spaces"), ("bash", shell_code, "SC2086")):
        own = extraction.Snippet(page="own.md", line=1, lang=lang, id="own", code=code)
        foreign = extraction.Snippet(page="notes.md", line=1, lang=lang, id="notes", code=code, origin="notes.md")
        outcomes = checks.run_ladder([own, foreign], ("lint",), use_cache=False)
        assert not outcomes[0][0].ok and message in outcomes[0][0].message, outcomes[0]
        assert outcomes[1][0].ok, f"style is not a problem in someone else's notes: {outcomes[1][0].message}"


def test_writers(tmp_path):
    page = corpus(tmp_path, {"p.md": "# P\n\n```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspecs: {}\n```\n\n"
                             "```\nunlabelled\n```\n"}) / "p.md"
    data = json.loads(cli(*OFFLINE, "--format", "json", str(page)).stdout)
    statuses = {(r["line"], r["rung"], r["status"]) for r in data["results"]}
    assert (3, "parse", "passed") in statuses and (3, "schema", "failed") in statuses and (11, "unchecked", "unchecked") in statuses
    assert data["summary"]["problems"] == 1
    github = cli(*OFFLINE, "--format", "github", str(page)).stdout.splitlines()
    assert any(line.startswith(f"::error file={page},line=3,title=[schema] failed::") for line in github), github
    assert any(line.startswith(f"::warning file={page},line=11,") for line in github), github


def test_cache_key_holds_the_engine_and_bad_entries_are_misses(tmp_path, monkeypatch):
    monkeypatch.setenv("HANDBOOK_CHECK_CACHE", str(tmp_path / "cache"))
    snippet = extraction.Snippet(page="t.md", line=1, lang="yaml", id="t", code="a: 1\n")
    parse = checks.LADDER[0]
    path = checks._cache_path(parse, [snippet], "")
    monkeypatch.setattr(checks, "engine_fingerprint", lambda: "another version of the engine")
    checks._fingerprint.cache_clear()
    try:
        assert checks._cache_path(parse, [snippet], "") != path, "a change to the engine must change every key"
    finally:
        monkeypatch.undo()
        checks._fingerprint.cache_clear()
    path.parent.mkdir(parents=True)
    for broken in ("{not json", json.dumps([{"rung": "parse", "ok": True}]), json.dumps({"shape": "old"})):
        path.write_text(broken)
        assert checks.run_ladder([snippet], ("parse",))[0][0].ok


def test_a_timed_out_step_ends_its_whole_process_group(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "STEP_TIMEOUT", 1)
    marker = tmp_path / "pid"
    started = time.monotonic()
    result = runner._shell(f"sleep 60 & echo $! > {marker}; sleep 60", dict(os.environ), tmp_path)
    assert result.returncode == 124 and time.monotonic() - started < 10
    child = int(marker.read_text())
    time.sleep(0.2)
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]


def test_stale_pid_file_never_signals_a_stranger(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "RUN", tmp_path)
    monkeypatch.setattr(cluster, "EXTERNAL", None)
    stranger = subprocess.Popen(["sleep", "30"], start_new_session=True)
    try:
        (tmp_path / "kube-apiserver.pid").write_text(f"{stranger.pid}\n/opt/kube-apiserver\n")
        (tmp_path / "etcd.pid").write_text("not a number")
        assert cluster._pid("kube-apiserver") is None and cluster._pid("etcd") is None
        cluster.down()
        assert stranger.poll() is None, "down() signalled a process that is not a component"
    finally:
        stranger.kill()
        stranger.wait()


def test_a_port_in_use_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "RUN", tmp_path)
    monkeypatch.setattr(cluster, "EXTERNAL", None)
    monkeypatch.setattr(cluster, "_prepare", lambda: None)
    monkeypatch.setattr(cluster, "_commands", lambda: {name: ["true"] for name in cluster.ORDER})
    with socket.socket() as taken:
        taken.bind((cluster.HOST, 0))
        taken.listen()
        monkeypatch.setitem(cluster.PORTS, "etcd", taken.getsockname()[1])
        with pytest.raises(cluster.ClusterError, match=rf"cannot start etcd: (.*, )?{cluster.HOST}:{taken.getsockname()[1]}\b.* already in use"):
            cluster.up(timeout=5)


# ---------------------------------------------------------------- server rung, like a kubeadm cluster

def server_results(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    """Problems per file after the whole ladder up to the server rung, as the CLI would judge them."""
    corpus(tmp_path, files)
    snippets = load([str(tmp_path / name) for name in files])
    outcomes = checks.run_ladder(snippets, ("parse", "schema", "server"), use_cache=False)
    found: dict[str, list[str]] = {}
    for i, snippet in enumerate(snippets):
        assert any(o.rung == "server" for o in outcomes[i]) or checks.verdict(snippet, outcomes[i]), snippet.location
        found.setdefault(Path(snippet.source).name, []).extend(checks.verdict(snippet, outcomes[i]))
    return found


@pytest.mark.cluster
def test_server_rung_behaves_like_a_kubeadm_cluster(tmp_path):
    found = server_results(tmp_path, {
        "own-namespace.yaml": POD.replace("  name: web\n", "  name: web\n      namespace: team-x\n"),
        "privileged.yaml": POD + "      securityContext:\n            privileged: true\n",
        "dependent.yaml": """\
            apiVersion: v1
            kind: Namespace
            metadata:
              name: shop
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: robot
              namespace: shop
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: runner
              namespace: shop
            spec:
              serviceAccountName: robot
              containers:
                - name: c
                  image: busybox:1.36
            """,
        "crd-then-cr.yaml": CRD + "---\n" + textwrap.indent(gadget("  size: 2\n"), "    "),
    })
    assert found == {"own-namespace.yaml": [], "privileged.yaml": [], "dependent.yaml": [], "crd-then-cr.yaml": []}, found


@pytest.mark.cluster
def test_server_rung_catches_allocation_errors_with_a_real_create(tmp_path):
    service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  type: NodePort\n  selector:\n    app: a\n" \
              "  ports:\n    - port: 80\n      nodePort: {port}\n"
    found = server_results(tmp_path, {"page.md": "# P\n\n```yaml\n" + service.format(name="low", port=80) + "```\n\n"
                                      "```yaml\n" + service.format(name="first", port=30123) + "```\n\n"
                                      "```yaml\n" + service.format(name="second", port=30123) + "```\n"})
    problems = "\n".join(found["page.md"])
    assert "page.md:3: [server]" in problems and "provided port is not in the valid range" in problems, problems
    assert "page.md:31: [server]" in problems and "provided port is already allocated" in problems, problems
    assert "page.md:17:" not in problems, problems


@pytest.mark.cluster
def test_server_rung_never_changes_objects_that_existed_before(tmp_path):
    before = cluster.kubectl("get", "clusterrole", "view", "-o", "jsonpath={.metadata.resourceVersion}").stdout
    found = server_results(tmp_path, {"view.yaml": "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
                                      "metadata:\n  name: view\nrules: []\n"})
    assert found == {"view.yaml": []}
    assert cluster.kubectl("get", "clusterrole", "view", "-o", "jsonpath={.metadata.resourceVersion}").stdout == before
    listing = cluster.kubectl("get", "namespaces", "-o", "jsonpath={range .items[*]}{.metadata.name} {.status.phase}{'\\n'}{end}").stdout
    assert not [line for line in listing.splitlines() if "view-yaml" in line and line.endswith("Active")], listing


@pytest.mark.cluster
def test_a_broken_manifest_blocks_the_blocks_that_use_it_once(tmp_path):
    page = corpus(tmp_path, {"p.md": "# P\n\n<!-- snippet: id=pod title=\"pod.yaml\" -->\n```yaml\napiVersion: v1\nkind: Pod\n"
                             "metadata:\n  name: a\nspecs: {}\n```\n\n<!-- snippet: run -->\n```bash\nkubectl apply -f pod.yaml\n```\n\n"
                             "<!-- snippet: run -->\n```bash\nkubectl get pod a\n```\n\n<!-- snippet: run -->\n```bash\n"
                             "kubectl get namespace default\n```\n"})
    result = cli(str(page / "p.md"))
    lines = result.stdout.splitlines()
    assert [line.split(": [")[1][:6] for line in lines if ": [" in line] == ["schema", "run] n", "run] n"], result.stdout
    assert "p.md:13: [run] not run: it uses pod.yaml, which failed its checks" in result.stdout
    assert "p.md:18: [run] not run: failed after the earlier failure at" in result.stdout and "p.md:4;" in result.stdout
    assert "1 problem(s)" in result.stderr, result.stderr


@pytest.mark.cluster
def test_credentials_are_owner_only():
    if cluster.EXTERNAL:
        pytest.skip("the local control plane's files only")  # an external cluster's files are not ours
    for path in [cluster.KUBECONFIG, *cluster.PKI.glob("*.key"), *cluster.RUN.glob("*.kubeconfig")]:
        assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by others"


# (shown on the page, printed by the cluster): equal once what legitimately varies is masked, or not.
SAME_OUTPUT = [
    ("web-7d9fz   1/1   Running   0   5s", "web-x2bqk   1/1   Running   0   2m3s"),
    ("web-6b7f9c8d4d-7d9fz", "web-5f6c9b7d8c-q2wzk"),
    ("pod/web-5   10.244.0.7", "pod/web-5   10.244.1.12"),
    ("uid: 0c6e1a5e-6f3b-4d5c-9a57-3f9cfa2a4b10", "uid: 9f1d2c3b-aaaa-4bbb-8ccc-1234567890ab"),
    ("creationTimestamp: 2026-11-29T06:00:01Z", "creationTimestamp: 2026-11-30T17:45:59Z"),
    ('resourceVersion: "4711"', 'resourceVersion: "98"'),
    ("NAME   AGE\nweb    45h", "NAME   AGE\nweb    3d"),
    ("node/n   Ready   <none>   10m   v1.37.2", "node/n   Ready   <none>   179m   v1.37.2"),
    ("job-x-7d9fz   Completed", "job-x-bcdfg   Completed"),
    ("page-services-a1b2c3", "page-services-0f9e8d"),
    ("a    b", "a b"),
    ("web   1/1   Running   <node>", "web   1/1   Running   handbook-node"),
    ("0/2 nodes are available: 2 Insufficient cpu.", "0/3 nodes are available: 1 node(s) had untolerated taint(s), "
                                                      "3 Insufficient cpu."),
]
DIFFERENT_OUTPUT = [
    ("cpu: 250m", "cpu: 500m"),
    ("memory: 64Mi", "memory: 128Mi"),
    ("kube-proxy", "kube-xxxxx"),
    ("ssd-pod   node01", "ssd-pod   node02"),
    ("web-proxy   1/1   Running", "web-7d9fz   1/1   Running"),
    ("replicas=3", "replicas=5"),
    ("READY   1/1", "READY   0/1"),
    ("Running", "Pending"),
    ("web-0", "web-1"),
    ("port: 80", "port: 8080"),
    ("nginx:1.27", "nginx:1.28"),
    ("--cpu=250m", "--cpu=500m"),
    ("0/2 nodes are available: 2 Insufficient cpu.", "0/2 nodes are available: 2 Insufficient memory."),
]


@pytest.mark.parametrize("shown, printed", SAME_OUTPUT)
def test_output_comparison_masks_what_varies(shown, printed):
    assert runner.normalize(shown) == runner.normalize(printed)


@pytest.mark.parametrize("shown, printed", DIFFERENT_OUTPUT)
def test_output_comparison_keeps_what_matters(shown, printed):
    assert runner.normalize(shown) != runner.normalize(printed)
    assert runner.normalize(printed) != runner.normalize(shown)
