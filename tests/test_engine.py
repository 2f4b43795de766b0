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


def cli(*args: str, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "handbook", "check", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env})


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
    # Replaced by v1beta3, itself removed in v1.32: the advice is the replacement still served.
    ("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.29", "flowcontrol.apiserver.k8s.io/v1 FlowSchema"),
    # Types deleted from k8s.io/api once they were no longer served: known from older modules.
    ("policy/v1beta1", "PodSecurityPolicy", "1.25", "Pod Security Admission"),
    ("extensions/v1beta1", "PodSecurityPolicy", "1.16", "Pod Security Admission"),
    ("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "autoscaling/v2 HorizontalPodAutoscaler"),
])
def test_removed_apis_say_when_and_what_replaces_them(tmp_path, api_version, kind, removed, replacement):
    path = corpus(tmp_path, {"old.yaml": f"apiVersion: {api_version}\nkind: {kind}\nmetadata:\n  name: old\n"}) / "old.yaml"
    result = cli(*OFFLINE, str(path))
    assert result.returncode == 1
    assert f"{kind} {api_version} was removed in Kubernetes v{removed}" in result.stdout, result.stdout
    assert f"; use {replacement}" in result.stdout, result.stdout
    # Said once, naming every version of the matrix, not once per version.
    assert result.stdout.count("was removed in") == 1, result.stdout
    gone = [f"v{v}" for v in checks.tools.SCHEMA_VERSIONS if int(v.split(".")[1]) >= int(removed.split(".")[1])]
    assert f"{', '.join(gone)}: {kind}/old: {kind} {api_version} was removed" in result.stdout, result.stdout
    assert "could not find schema" not in result.stdout, "the removal explains the missing schema"


def test_deprecated_apis_still_served_are_a_warning_not_a_failure(tmp_path, monkeypatch):
    """resource.k8s.io/v1beta1 is deprecated since v1.35 and served until v1.38: a note on v1.35-v1.37."""
    from handbook import report

    code = "apiVersion: resource.k8s.io/v1beta1\nkind: DeviceClass\nmetadata:\n  name: gpu\nspec: {}\n"
    path = corpus(tmp_path, {"gpu.yaml": code}) / "gpu.yaml"
    # A matrix of three versions, with a cache of its own: the rungs' fingerprints are computed once per process,
    # so without this the three-version answer would be stored under the whole matrix's key for the CLI below.
    monkeypatch.setattr(checks.tools, "SCHEMA_VERSIONS", ("1.37.0", "1.36.0", "1.35.0"))
    monkeypatch.setenv("HANDBOOK_CHECK_CACHE", str(tmp_path / "three-versions"))
    checks._fingerprint.cache_clear()
    snippets = load([str(path)])
    outcomes = checks.run_ladder(snippets, ("parse", "schema"), use_cache=False)
    schema = outcomes[0][-1]
    assert schema.rung == "schema" and schema.status == "warn" and schema.ok, schema
    assert ("v1.37.0, v1.36.0, v1.35.0: DeviceClass resource.k8s.io/v1beta1 is deprecated since Kubernetes v1.35, "
            "removed in v1.38; use resource.k8s.io/v1 DeviceClass instead") == schema.message
    results = checks.judge(snippets[0], outcomes[0])
    assert not report.problems(results, strict=True) and not checks.verdict(snippets[0], outcomes[0])
    assert f"{path}:1: [schema] warning: v1.37.0, v1.36.0, v1.35.0: DeviceClass" in report.text(results)
    assert report.github(results).startswith(f"::warning file={path},line=1,title=[schema] warning::"), report.github(results)
    monkeypatch.undo()
    checks._fingerprint.cache_clear()
    # On the whole matrix, v1.30 does not serve it yet: a failure that says so.
    result = cli(*OFFLINE, str(path))
    assert result.returncode == 1 and "v1.30.0: DeviceClass/gpu: DeviceClass resource.k8s.io/v1beta1 is not served before " \
        "Kubernetes v1.32" in result.stdout, result.stdout


@pytest.mark.gomod
def test_lifecycle_data_matches_the_api_modules():
    """handbook/api-lifecycle.json is what `python -m handbook lifecycle` makes from k8s.io/api at the pinned version
    and, for the types deleted since, the older releases (downloaded from the Go module proxy when missing)."""
    folder = lifecycle.module_dir()
    assert folder.exists(), f"{folder} is missing: it is downloaded by `make cluster-build`"
    older = [lifecycle.module_dir(module) for module in lifecycle.OLDER_MODULES]
    data = json.loads(lifecycle.DATA.read_text())
    assert lifecycle.generate(folder, older) == data
    assert "policy/v1beta1 PodSecurityPolicy" not in lifecycle.generate(folder, [])["apis"], "deleted from the pinned module"
    assert data["apis"]["policy/v1beta1 PodSecurityPolicy"]["removed"] == "1.25"


@pytest.mark.gomod
def test_every_group_no_api_server_serves_is_named():
    """Every API group of the Kubernetes modules that k8s.io/api does not hold is a configuration file format (or
    served by an extension API server): each is in checks.NOT_SERVED, so its files are never 'could not find schema'."""
    import re

    def group_names(pattern: str) -> set[str]:
        return {name for path in lifecycle.module_dir().parent.glob(pattern)
                if not any("test" in part or "example" in part or part == "fuzzer" for part in path.parts)
                for name in re.findall(r'GroupName\s*=\s*"([^"]+)"', path.read_text())}

    served = {"apiextensions.k8s.io", "apiregistration.k8s.io",  # kube-apiserver's own extension servers
              "metrics.k8s.io", "custom.metrics.k8s.io", "external.metrics.k8s.io"}  # aggregated API servers
    version = checks.tools.KUBERNETES_VERSION.split(".", 1)[1]  # k8s.io/kubernetes v1.37.2 and the v0.37.2 modules
    groups = group_names(f"*@v[01].{version}/**/register.go")
    api = group_names(f"{lifecycle.API_MODULE.split('/')[1]}/*/*/register.go")
    assert len(groups) > 40, sorted(groups)
    missing = sorted(g for g in groups - api - served if g not in checks.NOT_SERVED)
    assert not missing, f"groups no API server serves, missing from checks.NOT_SERVED: {missing}"


def test_configuration_files_are_not_api_objects(tmp_path):
    """Files a component or client reads: unchecked at schema and server with the reason, never 'could not find
    schema'; a wrong version of a served group is still a failure."""
    folder = corpus(tmp_path / "cfg", {
        "kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [pod.yaml]\n",
        "kubelet.yaml": "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\n",
        "kubeconfig.yaml": "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n",
        "audit.yaml": "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n",
        "kubeadm.yaml": "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\n"
                        "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: nftables\n",
        "psa.yaml": "apiVersion: pod-security.admission.config.k8s.io/v1\nkind: PodSecurityConfiguration\n"
                    "defaults: {enforce: baseline}\n",
    })
    result = cli(*OFFLINE, str(folder))
    out = result.stdout
    assert result.returncode == 0 and "6 unchecked" in result.stderr, out + result.stderr
    assert "could not find schema" not in out, out
    assert f"{folder}/kubelet.yaml:1: [schema] a KubeletConfiguration file is read by the kubelet, not served by the API server" in out, out
    for text in ("a Kustomization file is read by kustomize", "a Config file is read by kubectl", "a Policy file is read by "
                 "kube-apiserver", "a ClusterConfiguration file is read by kubeadm", "a KubeProxyConfiguration file is read by "
                 "kube-proxy", "a PodSecurityConfiguration file is read by kube-apiserver's PodSecurity admission plugin"):
        assert text in out, (text, out)
    assert cli(*OFFLINE, "--strict", str(folder)).returncode == 1, "under --strict what is not checked is a problem"
    own = extraction.Snippet(page="own.md", line=1, lang="yaml", id="own", code=(folder / "kubelet.yaml").read_text(),
                             documents=[{"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}])
    problems = checks.verdict(own, checks.run_ladder([own], ("parse", "schema"), use_cache=False)[0])
    assert problems and 'skip="schema,server: REASON"' in problems[0], problems


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
    """The handbook's pages follow its yamllint and ShellCheck style; foreign notes are judged on what breaks
    (CRLF line ends, which kubectl accepts, included)."""
    yaml_code = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a   \nspec:\n  containers: []\n"
    shell_code = "kubectl get pods -o jsonpath='{.items[*].metadata.name}' | wc -l\necho $HOME\n"
    crlf_code = "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\nspec:\r\n  containers: []\r\n"
    for lang, code, message in (("yaml", yaml_code, "trailing spaces"), ("bash", shell_code, "SC2086"),
                                ("yaml", crlf_code, "wrong new line character")):
        own = extraction.Snippet(page="own.md", line=1, lang=lang, id="own", code=code)
        foreign = extraction.Snippet(page="notes.md", line=1, lang=lang, id="notes", code=code, origin="notes.md")
        outcomes = checks.run_ladder([own, foreign], ("lint",), use_cache=False)
        assert not outcomes[0][0].ok and message in outcomes[0][0].message, outcomes[0]
        assert outcomes[1][0].ok, f"style is not a problem in someone else's notes: {outcomes[1][0].message}"


def test_foreign_encodings_and_templates(tmp_path):
    """Files as other editors and tools save them: CRLF and UTF-8 byte order marks pass; UTF-16 and Helm templates
    are named for what they are."""
    pod = textwrap.dedent(POD)
    pod_json = json.dumps({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},
                           "spec": {"containers": [{"name": "c", "image": "nginx:1.27"}]}})
    folder = corpus(tmp_path / "f", {
        "crlf.yaml": pod.replace("\n", "\r\n").encode(),
        "crlf.md": ("# Notes\n\n```yaml\n" + pod + "```\n").replace("\n", "\r\n").encode(),
        "bom.yaml": b"\xef\xbb\xbf" + pod.encode(),
        "bom.json": b"\xef\xbb\xbf" + pod_json.encode(),
        "utf16.yaml": pod.encode("utf-16"),
        "helm.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"app.fullname\" . }}\n"
                     "spec:\n  {{- if not .Values.autoscaling.enabled }}\n  replicas: {{ .Values.replicaCount }}\n  {{- end }}\n",
        "helm-quoted.yaml": pod.replace("nginx:1.27", '"{{ .Values.image }}"'),
    })
    result = cli(*OFFLINE, str(folder))
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    for fine in ("crlf.yaml", "crlf.md", "bom.yaml", "bom.json"):
        assert fine not in out, out
    assert f"{folder}/utf16.yaml: [input] UTF-16 text; save the file as UTF-8" in out, out
    assert f"{folder}/helm.yaml:" in out and "[parse]" in out and "render it first with `helm template CHART`" in out, out
    assert f"{folder}/helm-quoted.yaml:8: [parse] a Helm template: render it first with `helm template CHART`" in out, out
    assert "7 file(s), 7 block(s)" in result.stderr and "3 problem(s)" in result.stderr, result.stderr


def test_files_and_folders_nothing_checks(tmp_path):
    """A file named that is not Markdown, YAML or JSON is said so, not parsed as YAML; a folder without such
    files is named in a note. Neither fails unless --strict."""
    notes = corpus(tmp_path, {"readme.txt": "key: value: broken\n", "only-text/a.txt": "a\n", "only-text/b.log": "b\n"})
    named = cli(*OFFLINE, "readme.txt", cwd=notes)
    assert named.stdout.strip() == "readme.txt: [input] not Markdown, YAML or JSON: not checked", named.stdout
    assert named.returncode == 0 and cli(*OFFLINE, "--strict", "readme.txt", cwd=notes).returncode == 1
    folder = cli(*OFFLINE, "only-text", cwd=notes)
    assert folder.returncode == 0, folder.stdout + folder.stderr
    assert "note: only-text holds no Markdown, YAML or JSON file (looked for .json, .markdown, .md, .yaml, .yml)" in folder.stderr
    assert cli(*OFFLINE, "--strict", "only-text", cwd=notes).returncode == 1, "--strict: nothing checkable is a problem"
    assert "exit status:" in subprocess.run([sys.executable, "-m", "handbook", "check", "--help"], cwd=REPO,
                                            capture_output=True, text=True).stdout


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
    for broken in ("{not json", json.dumps([{"rung": "parse", "ok": True}]), json.dumps({"shape": "old"}),
                   json.dumps([{"rung": "lint", "status": "pass"}])):
        path.write_text(broken)
        assert checks.run_ladder([snippet], ("parse",))[0][0].ok


def test_a_whole_run_memo_of_another_shape_is_a_miss(tmp_path, monkeypatch):
    """The memo of a whole run is used only if it names its format and state and holds one list of known outcomes
    per snippet: anything else is recomputed, never a crash and never a pass."""
    monkeypatch.setenv("HANDBOOK_CHECK_CACHE", str(tmp_path / "cache"))
    broken = extraction.Snippet(page="t.md", line=1, lang="yaml", id="t", code="a: [1\n", origin="t.md")
    first = checks.run_ladder([broken], ("parse",))[0]
    assert [o.status for o in first] == ["fail"]
    memo = next((tmp_path / "cache" / "ladder").glob("*.json"))
    stored = json.loads(memo.read_text())
    stored["outcomes"][0][0]["message"] = "from the memo"
    memo.write_text(json.dumps(stored))
    assert checks.run_ladder([broken], ("parse",))[0][0].message == "from the memo", "a valid memo is read"
    for other in ([[]], [[{"rung": "parse", "status": "ok"}]], [[{"rung": "parse", "status": "pass"}]],
                  {**stored, "format": "older"}, {**stored, "state": "another run"}, {**stored, "outcomes": []},
                  {**stored, "outcomes": [[{"rung": "parse", "status": "fine"}]]},
                  {**stored, "outcomes": [[{"rung": "lint", "status": "pass"}]]}, {**stored, "outcomes": [[]] * 2}):
        memo.write_text(json.dumps(other))
        outcome = checks.run_ladder([broken], ("parse",))[0]
        assert [o.status for o in outcome] == ["fail"] and outcome[0].message != "from the memo", other


def test_an_extraction_memo_of_another_shape_is_a_miss(tmp_path, monkeypatch):
    import pickle

    monkeypatch.setenv("HANDBOOK_CHECK_CACHE", str(tmp_path / "cache"))
    docs = corpus(tmp_path / "docs", {"p.md": "# P\n\n```yaml\na: 1\n```\n"})
    first = extraction.extract_all(docs)
    memo = next((tmp_path / "cache" / "extracted").glob("*.pickle"))
    for other in ([1, 2], "text", {"snippets": first}, (extraction.MEMO_FORMAT, "another key", first),
                  (extraction.MEMO_FORMAT, pickle.loads(memo.read_bytes())[1], ["not a snippet"])):
        memo.write_bytes(pickle.dumps(other))
        assert extraction.extract_all(docs) == first, other


def test_an_unwritable_cache_is_a_warning_not_a_traceback(tmp_path):
    path = corpus(tmp_path, {"pod.yaml": POD, "a-file": "not a folder\n"}) / "pod.yaml"
    for cache in (tmp_path / "a-file", tmp_path / "a-file" / "below"):
        result = cli(*OFFLINE, str(path), HANDBOOK_CHECK_CACHE=str(cache))
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
        assert warnings == [f"warning: cannot write the check cache {cache} (Not a directory): checking without a cache"], \
            result.stderr


def test_each_test_session_removes_its_cache(tmp_path):
    """tests/conftest.py gives each session a cache folder of its own and removes it at the end."""
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_engine.py::test_output_comparison_masks_what_varies"], cwd=REPO,
                            capture_output=True, text=True, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0 and " passed" in result.stdout, result.stdout + result.stderr
    assert not list(tmp_path.glob("handbook-test-cache-*")), "the session's cache folder was left behind"


def test_benchmark_config_is_written_outside_the_repository(tmp_path):
    """benchmarks/bench_checks.py builds the site without the hook from a configuration in a temporary folder."""
    from mkdocs.config import load_config

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_checks
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    path = bench_checks.bare_config(tmp_path)
    assert path.parent == tmp_path
    config = load_config(str(path))
    assert Path(config["docs_dir"]) == REPO / "docs" and not config["hooks"], config["hooks"]
    assert str(REPO / "overrides") in config["theme"].dirs and config["site_name"] == "Kubernetes Study Handbook"


@pytest.mark.kubectl
def test_a_kubectl_check_that_times_out_is_a_failure(monkeypatch):
    """A kubectl that does not answer --help in time, or whose real run does not end in time, is a failure: the
    usage error it would have printed is unknown. The second pass has no server to wait for (a dead proxy
    keeps -f URL on the machine): it ends after kubectl's retries."""
    snippet = extraction.Snippet(page="k.md", line=1, lang="bash", id="k", code="kubectl get pods\n")
    monkeypatch.setattr(checks, "KUBECTL_TIMEOUT", 0.001)
    outcome = checks.run_ladder([snippet], ("kubectl",), use_cache=False)[0][0]
    assert outcome.status == "fail" and "did not answer `--help` within 0.001s" in outcome.message, outcome
    url = extraction.Snippet(page="k.md", line=1, lang="bash", id="k", code="kubectl apply -f https://example.invalid/a.yaml\n")
    monkeypatch.setattr(checks, "KUBECTL_TIMEOUT", 1.5)  # --help answers in well under a second; the URL takes 2 s of retries
    outcome = checks.run_ladder([url], ("kubectl",), use_cache=False)[0][0]
    assert outcome.status == "fail" and "did not finish within 1.5s" in outcome.message, outcome
    monkeypatch.undo()
    assert checks.run_ladder([url], ("kubectl",), use_cache=False)[0][0].ok, "given its time, the same line passes"


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
def test_server_rung_creates_the_crds_of_every_file_first(tmp_path):
    """A custom resource whose CRD is in another file of the same run is created after that CRD; every file
    still has its own scope. A file whose resource has no CRD anywhere gets one line naming it."""
    found = server_results(tmp_path, {"a-crd.yaml": CRD, "b-cr.yaml": gadget("  size: 2\n")})
    assert found == {"a-crd.yaml": [], "b-cr.yaml": []}, found
    alone = corpus(tmp_path / "alone", {"cr.yaml": gadget("  size: 2\n")}) / "cr.yaml"
    outcome = checks.run_ladder(load([str(alone)]), ("parse", "server"), use_cache=False)[0][-1]
    assert outcome.rung == "server" and outcome.status == "fail", outcome
    assert "\n" not in outcome.message and "ensure CRDs are installed first" in outcome.message, outcome.message
    assert f'from "{alone}"' in outcome.message and "cr.yaml/" not in outcome.message, outcome.message


@pytest.mark.cluster
def test_server_messages_name_the_users_file(tmp_path):
    found = server_results(tmp_path, {"nosa.yaml": POD.replace("spec:\n", "spec:\n      serviceAccountName: ghost\n")})
    problem = "\n".join(found["nosa.yaml"])
    assert f'error when creating "{tmp_path}/nosa.yaml"' in problem and "nosa.yaml/nosa.yaml" not in problem, problem


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
