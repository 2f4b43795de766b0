"""Command line: python -m handbook {check,snippets,cluster} ...  (see README.md)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from . import snippets as extraction
from .snippets import DOCS, RUNGS, Snippet


SUFFIXES = {".md", ".markdown", ".yaml", ".yml", ".json"}
MAX_BYTES = 2_000_000


def load(paths: list[str]) -> list[Snippet]:
    """Snippets of Markdown pages and of YAML/JSON files, inside docs/ or anywhere. A file that cannot be read
    becomes one error result naming it; every other file is still read."""
    found: list[Snippet] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files = [path]
        for file in files:
            found.extend(load_file(file))
    return found


def load_file(file: Path) -> list[Snippet]:
    source = file.as_posix()
    try:
        page = file.resolve().relative_to(DOCS).as_posix()
    except ValueError:
        page = re.sub(r"[^\w.-]+", "_", source.lstrip("./"))
    origin = None if source == f"docs/{page}" else source

    def unreadable(message: str) -> list[Snippet]:
        return [Snippet(page=page, line=0, lang="", id=extraction.slugify(file.stem), code="", error=message, origin=origin)]

    try:
        data = file.read_bytes()
    except OSError as err:
        return unreadable(f"cannot read: {err.strerror or err}")
    if len(data) > MAX_BYTES:
        return unreadable(f"too large to check ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
    if b"\0" in data[:8192]:
        return unreadable("binary file, not Markdown, YAML or JSON")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return unreadable(f"not UTF-8: byte 0x{data[err.start]:02x} on line {line} (save the file as UTF-8)")
    if file.suffix.lower() in {".md", ".markdown"}:
        return extraction.extract_page(text, page, source)
    lang = "json" if file.suffix.lower() == ".json" else "yaml"
    snippet = Snippet(page=page, line=1, lang=lang, id=extraction.slugify(file.stem), code=text,
                      documents=extraction.describe_code(text, lang), origin=origin, whole_file=True)
    if not snippet.applicable:
        snippet.unchecked = f"no check applies to this {lang} file"
    return [snippet]


def check(args: argparse.Namespace) -> int:
    from . import checks, cluster, report, runner

    snippets = load(args.paths)
    rungs = tuple(r for r in RUNGS if r not in set(args.skip_rung or []))
    if {"server", "run"} & set(rungs) and not cluster.is_up():
        if args.require_cluster:
            print("error: the control plane is not running (make cluster-up)", file=sys.stderr)
            return 1
        print("note: server and run rungs not checked: the control plane is not running (make cluster-up)", file=sys.stderr)
        rungs = tuple(r for r in rungs if r not in {"server", "run"})
    runner.UPDATE_OUTPUTS = args.update_outputs
    outcomes = checks.run_ladder(snippets, rungs, use_cache=not args.no_cache)
    results = [result for i, snippet in enumerate(snippets) for result in checks.judge(snippet, outcomes[i])]
    written = report.WRITERS[args.format](results, args.strict)
    if written:
        print(written)
    if args.summary:
        with open(args.summary, "a", encoding="utf-8") as handle:
            handle.write(report.markdown(results, args.strict))
    failing = report.problems(results, args.strict)
    counts = ", ".join(f"{n} {status}" for status, n in report.summary(results, args.strict)["by_status"].items())
    files = len({s.source for s in snippets})
    print(f"{files} file(s), {len(snippets)} block(s), rungs {', '.join(rungs)}: {len(failing)} problem(s) ({counts})",
          file=sys.stderr)
    return 1 if failing else 0


def refresh(args: argparse.Namespace) -> int:
    found = extraction.extract_all()
    bad = [s for s in found if s.error or s.unchecked]
    if bad:
        print("\n".join(f"{s.location}: {s.error or s.unchecked}" for s in bad), file=sys.stderr)
        return 1
    tree = extraction.render_tree(found)
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


def downloads(args: argparse.Namespace) -> int:
    import os
    import time

    from . import printable

    site = Path(args.site)
    if not (site / "index.html").exists():
        print(f"error: {site}/index.html is missing: build the site first (make site)", file=sys.stderr)
        return 1
    for make in (lambda: printable.write_pdf(site, os.environ.get("SITE_URL", "http://127.0.0.1:8000/")),
                 lambda: printable.write_offline_zip(site)):
        started = time.monotonic()
        path = make()
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s")
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
    check_parser.add_argument("--format", choices=["text", "json", "github"], default="text", help="how results are written")
    check_parser.add_argument("--strict", action="store_true", help="blocks no check applies to are problems too")
    check_parser.add_argument("--summary", metavar="FILE", help="also append a Markdown summary to FILE (a CI job summary)")
    check_parser.set_defaults(func=check)
    snippets_parser = sub.add_parser("snippets", help="regenerate snippets/ from docs/")
    snippets_parser.add_argument("--check", action="store_true", help="only report whether snippets/ is current")
    snippets_parser.set_defaults(func=refresh)
    lifecycle_parser = sub.add_parser("lifecycle", help="regenerate handbook/api-lifecycle.json from the k8s.io/api module")
    lifecycle_parser.set_defaults(func=lambda args: print(f"wrote {__import__('handbook.lifecycle').lifecycle.write()}") or 0)
    downloads_parser = sub.add_parser("downloads", help="the PDF and the offline zip, into SITE/downloads")
    downloads_parser.add_argument("--site", default="site", help="the built site (default: site)")
    downloads_parser.set_defaults(func=downloads)
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
