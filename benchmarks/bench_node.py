"""The local cluster's figures (prints them; not a test). `make bench-node`, or:

    .venv/bin/python benchmarks/bench_node.py [--lanes 3] [--cold-build]

1. Start-up from a warm cache: `cluster down`, then `cluster up` of the control plane and the real node
   (aim: <= 30 s).
2. The run tier: every page with runnable blocks, run as the test suite runs them, first one page at a time
   (the baseline), then side by side in --lanes lanes (runner.side_by_side); both figures and their ratio
   (aim: <= 8 min on 2 cores). Pages that fail are named; their time still counts.
3. With --cold-build: the real node's binaries built again into a temporary folder with an empty Go build cache
   (the module cache stays: downloads are not counted), as a fresh machine builds them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from handbook import checks, cluster, node, runner, snippets  # noqa: E402

BELOW_RUN = ("parse", "lint", "schema", "kubectl", "run")


def timed(action) -> float:
    started = time.monotonic()
    action()
    return time.monotonic() - started


def run_tier(lanes: int) -> tuple[float, list[str]]:
    by_page: dict[str, list] = defaultdict(list)
    for snippet in snippets.extract_all():
        by_page[snippet.page].append(snippet)
    pages = sorted((p for p, found in by_page.items() if any("run" in s.checks for s in found)),
                   key=lambda p: -sum("run" in s.checks for s in by_page[p]))

    def run(page: str) -> bool:
        found = by_page[page]
        outcomes = checks.run_ladder(found, BELOW_RUN)
        return not any(r.status in checks.PROBLEMS for i, s in enumerate(found) for r in checks.judge(s, outcomes[i]))

    started = time.monotonic()
    futures = runner.side_by_side(pages, run, lanes=lanes)
    seconds = time.monotonic() - started
    return seconds, [page for page, future in futures.items() if future.exception() or not future.result()]


def cold_build() -> float:
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "GOCACHE": f"{scratch}/gocache"}
        code = ("import pathlib, sys; from handbook import node, images; node.NODE_BIN = pathlib.Path(sys.argv[1]); "
                "images.build_all = lambda: None; node.build()")
        return timed(lambda: subprocess.run([sys.executable, "-c", code, f"{scratch}/bin"], cwd=REPO, env=env, check=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lanes", type=int, default=runner.LANES)
    parser.add_argument("--cold-build", action="store_true")
    args = parser.parse_args()

    cluster.down()
    up = timed(cluster.up)
    print(f"control plane + real node up from a warm cache: {up:.1f} s (aim <= 30 s)")
    baseline, failed_one = run_tier(1)
    side, failed_many = run_tier(args.lanes)
    print(f"run tier, one page at a time (baseline): {baseline:.0f} s"
          + (f"  (failed: {', '.join(failed_one)})" if failed_one else ""))
    print(f"run tier, {args.lanes} lanes side by side:      {side:.0f} s  ->  {baseline / side:.2f}x faster "
          f"(aim <= 480 s)" + (f"  (failed: {', '.join(failed_many)})" if failed_many else ""))
    if args.cold_build:
        print(f"real node binaries, cold Go build cache: {cold_build():.0f} s")


if __name__ == "__main__":
    main()
