"""Benchmark of the check ladder (prints figures; not a test).

1. Raw kubeconform on every manifest, one process per Kubernetes version, as a baseline.
2. Our schema rung on the same files, cold cache: the aim is at most 2x the baseline.
3. The whole ladder (parse, lint, schema, kubectl, and server when the control plane is up), cold then warm:
   the aim is a warm run at least 5x faster.
4. `mkdocs build` with the snippet hook against the same build without it, both warm, taking turns (medians
   of 5): the aim is at most 25% more time for the hook.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handbook import checks, cluster, tools  # noqa: E402
from handbook.schemas import location_template  # noqa: E402
from handbook.snippets import extract_all  # noqa: E402


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def build_seconds(configs: list[Path], folder: Path, runs: int = 5) -> list[float]:
    """Median seconds of `mkdocs build` for each config, warm: the builds take turns, run by run, so a change in
    the machine's load falls on all of them alike."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HANDBOOK_VERIFY_SNIPPETS": "ignore"}
    commands = [[sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(folder / f"site-{i}")]
                for i, config in enumerate(configs)]
    for command in commands:
        subprocess.run(command, check=True, env=env, capture_output=True)  # warms the check cache and the OS caches
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times):
            started = time.perf_counter()
            subprocess.run(command, check=True, env=env, capture_output=True)
            spent.append(time.perf_counter() - started)
    return [statistics.median(spent) for spent in times]


REPO = Path(__file__).resolve().parent.parent


def bare_config(folder: Path) -> Path:
    """mkdocs.yml without the hook, written in FOLDER rather than the working tree. MkDocs resolves relative
    paths against the file that inherits, so the ones mkdocs.yml holds are given absolute here."""
    path = folder / "no-hook.yml"
    path.write_text(json.dumps({"INHERIT": str(REPO / "mkdocs.yml"), "docs_dir": str(REPO / "docs"),
                                "theme": {"custom_dir": str(REPO / "overrides")}, "hooks": []}))  # JSON is YAML
    return path


def hook_overhead() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        without, with_hook = build_seconds([bare_config(Path(tmp)), REPO / "mkdocs.yml"], Path(tmp))
    print(f"mkdocs build without the hook (warm, median of 5, taking turns): {without:.2f} s")
    print(f"mkdocs build with the hook (warm, median of 5, taking turns):    {with_hook:.2f} s  ->  "
          f"+{(with_hook / without - 1) * 100:.0f}% (aim <= +25%)")


def main() -> None:
    snippets = extract_all()
    manifests = [s for s in snippets if "schema" in s.checks]
    kubeconform = str(tools.go_tool("kubeconform"))
    for version in tools.SCHEMA_VERSIONS:
        location_template(version)  # schemas are made once per wheel version; not part of either timing
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, snippet in enumerate(manifests):
            path = Path(tmp) / f"{i}.{snippet.ext}"
            path.write_text(snippet.code)
            files.append(str(path))

        def raw():
            for version in tools.SCHEMA_VERSIONS:
                subprocess.run([kubeconform, "-strict", "-output", "json", "-summary=false", "-kubernetes-version", version,
                                "-schema-location", location_template(version), *files], capture_output=True)

        raw_seconds = min(timed(raw) for _ in range(3))
        cache = Path(tmp) / "cache"
        os.environ["HANDBOOK_CHECK_CACHE"] = str(cache)

        def schema_rung():
            shutil.rmtree(cache, ignore_errors=True)
            checks.run_ladder(manifests, ("schema",))

        rung_seconds = min(timed(schema_rung) for _ in range(3))
        rungs = ("parse", "lint", "schema", "kubectl") + (("server",) if cluster.is_up() else ())
        shutil.rmtree(cache, ignore_errors=True)
        cold = timed(lambda: checks.run_ladder(snippets, rungs))
        warm = timed(lambda: checks.run_ladder(snippets, rungs))
    print(f"snippets: {len(snippets)} ({len(manifests)} manifests), schema versions: {', '.join(tools.SCHEMA_VERSIONS)}")
    print(f"raw kubeconform, all manifests x {len(tools.SCHEMA_VERSIONS)} versions: {raw_seconds:.3f} s")
    print(f"schema rung (cold cache), same files:           {rung_seconds:.3f} s  ->  {rung_seconds / raw_seconds:.2f}x raw (aim <= 2x)")
    print(f"full ladder ({', '.join(rungs)}), cold cache: {cold:.2f} s")
    print(f"full ladder, warm cache (nothing changed):     {warm:.2f} s  ->  {cold / warm:.1f}x faster (aim >= 5x)")


if __name__ == "__main__":
    main()
    hook_overhead()
