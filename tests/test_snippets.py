"""Snippet pipeline: extraction in sync, every block accounted for, each snippet checked on the offline rungs."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from handbook import checks, snippets as extraction

REPO = Path(__file__).resolve().parent.parent
OFFLINE_RUNGS = ("parse", "lint", "schema")
ALL_SNIPPETS = extraction.extract_all()


def test_snippets_folder_matches_docs():
    expected = extraction.render_tree(ALL_SNIPPETS)
    committed = extraction.read_tree()
    stale = sorted(set(committed) - set(expected))
    missing = sorted(set(expected) - set(committed))
    changed = sorted(p for p in set(expected) & set(committed) if expected[p] != committed[p])
    assert not (stale or missing or changed), (
        "snippets/ differs from docs/: run `make snippets` (python -m handbook snippets) and commit it.\n"
        f"stale: {stale[:10]}\nmissing: {missing[:10]}\nchanged: {changed[:10]}")


def count_fences(text: str) -> list[int]:
    """Opening-fence lines, counted without the extractor: a fence opens, the next fence of its kind closes."""
    openings, open_fence = [], None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if open_fence is None:
            if stripped.startswith(("```", "~~~")):
                open_fence = stripped[:3]
                openings.append(number)
        elif stripped == open_fence or (set(stripped) == {open_fence[0]} and len(stripped) >= 3):
            open_fence = None
    return openings


def test_every_fenced_block_is_accounted_for(accounting):
    for page in extraction.pages():
        rel = page.relative_to(extraction.DOCS).as_posix()
        expected = count_fences(page.read_text(encoding="utf-8"))
        found = [s.line for s in ALL_SNIPPETS if s.page == rel]
        assert found == expected, f"docs/{rel}: fences at {expected}, extracted {found}"
    for snippet in ALL_SNIPPETS:
        assert snippet.checks or snippet.skipped, f"{snippet.location}: neither checked nor skipped with a reason"
        assert all(reason.strip() for reason in snippet.skipped.values()), f"{snippet.location}: skip without a reason"
    accounting["total"] = len(ALL_SNIPPETS)
    for rung in extraction.RUNGS:
        accounting[f"checked at {rung}"] = sum(rung in s.checks for s in ALL_SNIPPETS)
    accounting["skipped at one rung or more (with reason)"] = sum(bool(s.skipped) for s in ALL_SNIPPETS)
    accounting["not checked at all (reason shown on page)"] = sum(not s.checks for s in ALL_SNIPPETS)
    accounting["expected failures"] = sum(bool(s.expect_fail) for s in ALL_SNIPPETS)


def test_index_describes_manifests():
    """index.json's apiVersion, kind and name of each document agree with a plain parse of the published file."""
    import json

    import yaml

    index = {(e["page"], e["id"]): e for e in json.loads((REPO / "snippets" / "index.json").read_text())["snippets"]}
    described = 0
    for snippet in ALL_SNIPPETS:
        if snippet.lang not in {"yaml", "yml", "json"} or "parse" not in snippet.checks or (
                snippet.expect_fail and snippet.expect_fail[0] == "parse"):
            continue
        code = (REPO / "snippets" / snippet.file).read_text()
        docs = [json.loads(code)] if snippet.lang == "json" else [d for d in yaml.safe_load_all(code) if d is not None]
        expected = [{"apiVersion": d.get("apiVersion"), "kind": d.get("kind"), "name": (d.get("metadata") or {}).get("name")}
                    if isinstance(d, dict) else {"apiVersion": None, "kind": None, "name": None} for d in docs]
        assert index[(snippet.page, snippet.id)].get("documents", []) == expected, snippet.location
        described += bool(expected)
    assert described > 100, "too few manifests described: is the index being written?"


@pytest.fixture(scope="module")
def offline_outcomes():
    return checks.run_ladder(ALL_SNIPPETS, OFFLINE_RUNGS)


@pytest.mark.parametrize("index", range(len(ALL_SNIPPETS)), ids=[f"{s.page}:{s.line}:{s.id}" for s in ALL_SNIPPETS])
def test_snippet_offline_rungs(index, offline_outcomes):
    snippet = ALL_SNIPPETS[index]
    problems = checks.verdict(snippet, offline_outcomes[index])
    assert not problems, "\n".join(problems)


KUBECTL_SNIPPETS = [s for s in ALL_SNIPPETS if "kubectl" in s.checks]


@pytest.fixture(scope="module")
def kubectl_outcomes():
    return checks.run_ladder(KUBECTL_SNIPPETS, OFFLINE_RUNGS + ("kubectl",))


@pytest.mark.kubectl
@pytest.mark.parametrize("index", range(len(KUBECTL_SNIPPETS)), ids=[f"{s.page}:{s.line}:{s.id}" for s in KUBECTL_SNIPPETS])
def test_snippet_kubectl_rung(index, kubectl_outcomes):
    snippet = KUBECTL_SNIPPETS[index]
    problems = checks.verdict(snippet, kubectl_outcomes[index])
    assert not problems, "\n".join(problems)
    if not snippet.expect_fail or snippet.expect_fail[0] == "kubectl":
        assert any(o.rung == "kubectl" for o in kubectl_outcomes[index]), f"{snippet.location}: never reached the kubectl rung"


# ---------------------------------------------------------------- the command line on pages outside docs/

def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "handbook", "check", "--skip-rung", "server", "--skip-rung", "run", *args],
                          cwd=REPO, capture_output=True, text=True)


BROKEN = {
    "duplicate key": ("yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n", "parse", 5, "duplicate key"),
    "tab indent": ("yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: a\n", "parse", 4, "tab"),
    "yaml syntax": ("yaml", "apiVersion: v1\nkind: [Pod\n", "parse", 3, "expected ',' or ']'"),
    "unknown field": ("yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspecs:\n  containers: []\n", "schema", None,
                      "additional properties 'specs' not allowed"),
    "wrong type": ("yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  ports:\n  - port: eighty\n", "schema", None,
                   "port"),
    "removed api": ("yaml", "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: a\n", "schema", None,
                    "use apps/v1"),
    "missing schema": ("yaml", "apiVersion: apps/v9\nkind: Widget\nmetadata:\n  name: a\n", "schema", None,
                       "could not find schema"),
    "json": ("json", '{"apiVersion": "v1", "kind": "Pod",\n "metadata": {"name": "a"},,}\n', "parse", 2,
             "expecting property name"),
    "bash syntax": ("bash", "if true; then\n  echo hi\n", "parse", 3, "unexpected end of file"),
    "shellcheck": ("bash", "echo hello\nrm -rf $DIR/*\n", "lint", 2, "SC2115"),
    "unknown flag": ("bash", "kubectl get pods\nkubectl run web --image=nginx:1.27 --requests=cpu=1\n", "kubectl", 2,
                     "unknown flag: --requests"),
    "unknown subcommand": ("bash", "kubectl depoly web\n", "kubectl", 1, "unknown command"),  # codespell:ignore depoly
    "missing -f": ("console", "$ kubectl apply busy.yaml\nerror\n", "kubectl", 1, "Unexpected args"),
}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.kubectl) if BROKEN[c][2] == "kubectl" else c for c in sorted(BROKEN)])
def test_cli_catches_broken_snippet_at_its_rung(case, tmp_path):
    lang, code, rung, offset, message = BROKEN[case]
    page = tmp_path / "broken.md"
    page.write_text(f"# Broken\n\nSome text.\n\n```{lang}\n{code}```\n")
    result = run_cli(str(page))
    assert result.returncode == 1, result.stdout + result.stderr
    fence = 5
    line = fence + offset if offset else fence
    assert f"{page}:{line}: [{rung}]" in result.stdout, result.stdout
    assert message.lower() in result.stdout.lower(), result.stdout


@pytest.mark.kubectl
def test_cli_passes_valid_page_and_manifest(tmp_path):
    page = tmp_path / "valid.md"
    page.write_text(textwrap.dedent("""\
        # Valid

        ```yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: nginx
                  image: nginx:1.27
        ```

        ```bash
        kubectl get pods -o wide --show-labels
        kubectl exec -it POD_NAME -c CONTAINER_NAME -- sh
        ```

        <!-- snippet: skip="all: sample output" -->
        ```text
        NAME   READY
        ```
        """))
    manifest = tmp_path / "service.yaml"
    manifest.write_text("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n"
                        "  ports:\n    - port: 80\n")
    result = run_cli(str(page), str(manifest))
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_checks_expected_failures(tmp_path):
    page = tmp_path / "mistake.md"
    body = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspecs:\n  containers: []\n"
    page.write_text(f'# M\n\n<!-- snippet: expect-fail="schema: additional properties \'specs\' not allowed" -->\n```yaml\n{body}```\n')
    assert run_cli(str(page)).returncode == 0
    page.write_text(f'# M\n\n<!-- snippet: expect-fail="schema: some other message" -->\n```yaml\n{body}```\n')
    result = run_cli(str(page))
    assert result.returncode == 1 and "failed, but without 'some other message'" in result.stdout, result.stdout


@pytest.mark.parametrize("annotation, message", [
    ('<!-- snippet: colour=red -->', "unknown snippet annotation key 'colour'"),
    ('<!-- snippet: skip="schema" -->', 'needs "RUNGS: text"'),
    ('<!-- snippet: skip="scheme: typo" -->', "unknown rung"),
    ('<!-- snippet: id=Bad_Id -->', "must be lower-case"),
])
def test_bad_annotations_name_file_and_line(annotation, message, tmp_path):
    page = tmp_path / "bad.md"
    page.write_text(f"# Bad\n\n{annotation}\n```yaml\na: 1\n```\n\n```yaml\nb: [\n```\n")
    result = run_cli(str(page))
    assert result.returncode == 1
    assert f"{page}:4: [input] " in result.stdout and message in result.stdout, result.stdout
    assert f"{page}:10: [parse]" in result.stdout, "the next block must still be checked:\n" + result.stdout


def test_unchecked_blocks_are_reported_and_fail_only_when_strict(tmp_path):
    page = tmp_path / "text.md"
    page.write_text("# T\n\n```text\nplain\n```\n\n```\nno language\n```\n\n```dockerfile\nFROM scratch\n```\n")
    result = run_cli(str(page))
    assert result.returncode == 0, result.stdout + result.stderr
    for line in (3, 7, 11):
        assert f"{page}:{line}: [unchecked]" in result.stdout, result.stdout
    strict = run_cli("--strict", str(page))
    assert strict.returncode == 1 and f"{page}:7: [unchecked]" in strict.stdout and "skip=" in strict.stdout, strict.stdout


def test_unclosed_fence_is_reported(tmp_path):
    page = tmp_path / "open.md"
    page.write_text("# O\n\n```yaml\na: 1\n")
    result = run_cli(str(page))
    assert result.returncode == 1 and f"{page}:3: [input]" in result.stdout and "never closed" in result.stdout, result.stdout
