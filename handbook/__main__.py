"""Command line: python -m handbook {check,snippets,cluster} ...  (see README.md)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from . import snippets as extraction
from .snippets import DOCS, RUNGS, Snippet, SnippetError


def load(paths: list[str]) -> list[Snippet]:
    """Snippets of Markdown pages (inside docs/ or not) and of plain YAML/JSON manifest files."""
    found: list[Snippet] = []
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.suffix in {".md", ".yaml", ".yml", ".json"}) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8")
            try:
                page = file.resolve().relative_to(DOCS).as_posix()
            except ValueError:
                page = file.as_posix().lstrip("./").replace("/", "_")
            if file.suffix == ".md":
                items = extraction.extract_page(text, page)
            else:
                lang = file.suffix.lstrip(".")
                items = [Snippet(page=page, line=1, lang=lang, id=extraction.slugify(file.stem), code=text,
                                 documents=extraction.describe_code(text, lang))]
            for item in items:
                item.origin = str(file) if not str(file.resolve()).startswith(str(DOCS)) else None
            found.extend(items)
    return found


def check(args: argparse.Namespace) -> int:
    from . import checks, cluster, runner

    try:
        snippets = load(args.paths)
    except (SnippetError, OSError) as err:
        print(err, file=sys.stderr)
        return 1
    rungs = tuple(r for r in RUNGS if r not in set(args.skip_rung or []))
    server_ready = cluster.is_up()
    if not server_ready and ({"server", "run"} & set(rungs)):
        if args.require_cluster:
            print("error: the control plane is not running (make cluster-up)", file=sys.stderr)
            return 1
        print("note: server and run rungs not checked: the control plane is not running (make cluster-up)", file=sys.stderr)
        rungs = tuple(r for r in rungs if r not in {"server", "run"})
    outcomes = checks.run_ladder(snippets, rungs, use_cache=not args.no_cache)
    verdicts = [checks.verdict(snippet, outcomes[i]) for i, snippet in enumerate(snippets)]
    problems = [problem for found in verdicts for problem in found]
    if "run" in rungs:
        by_page: dict[str, list[Snippet]] = defaultdict(list)
        for snippet, found in zip(snippets, verdicts):
            if not found:
                by_page[snippet.source].append(snippet)
        for source, page_snippets in by_page.items():
            page_problems, rewritten = runner.run_page(page_snippets, update=args.update_outputs)
            problems.extend(page_problems)
            if rewritten:
                runner.rewrite_console_blocks(Path(source), rewritten)
                print(f"updated outputs in {source}")
    for problem in problems:
        print(problem)
    print(f"{len(snippets)} snippets, rungs {', '.join(rungs)}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def refresh(args: argparse.Namespace) -> int:
    try:
        tree = extraction.render_tree(extraction.extract_all())
    except SnippetError as err:
        print(err, file=sys.stderr)
        return 1
    if args.check:
        if extraction.read_tree() != tree:
            print("snippets/ is out of date: run `make snippets` (python -m handbook snippets) and commit it", file=sys.stderr)
            return 1
        return 0
    print("snippets/ updated" if extraction.write_tree(tree) else "snippets/ already up to date")
    return 0


def cluster_command(args: argparse.Namespace) -> int:
    from . import cluster, tools

    if args.action == "build":
        tools.build_control_plane()
        tools.go_tool("kwok")
    elif args.action == "up":
        tools.build_control_plane()
        cluster.up()
    elif args.action == "down":
        cluster.down()
    elif args.action == "simulate-nodes":
        cluster.simulate_nodes()
    else:
        dead = cluster.dead_components()
        print("up" if cluster.is_up() else f"down (not running: {', '.join(dead) or 'none'})")
        return 0 if cluster.is_up() else 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook")
    sub = parser.add_subparsers(dest="command", required=True)
    check_parser = sub.add_parser("check", help="check the snippets of Markdown pages or manifest files")
    check_parser.add_argument("paths", nargs="+")
    check_parser.add_argument("--skip-rung", action="append", choices=RUNGS, help="leave a rung out (repeatable)")
    check_parser.add_argument("--require-cluster", action="store_true", help="fail if the control plane is down")
    check_parser.add_argument("--update-outputs", action="store_true", help="rewrite console outputs from the cluster")
    check_parser.add_argument("--no-cache", action="store_true")
    check_parser.set_defaults(func=check)
    snippets_parser = sub.add_parser("snippets", help="regenerate snippets/ from docs/")
    snippets_parser.add_argument("--check", action="store_true", help="only report whether snippets/ is current")
    snippets_parser.set_defaults(func=refresh)
    cluster_parser = sub.add_parser("cluster", help="the local control plane")
    cluster_parser.add_argument("action", choices=["build", "up", "down", "status", "simulate-nodes"])
    cluster_parser.set_defaults(func=cluster_command)
    args = parser.parse_args(argv)
    from .cluster import ClusterError
    from .tools import ToolMissing

    try:
        return args.func(args)
    except (ToolMissing, ClusterError, subprocess.CalledProcessError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
