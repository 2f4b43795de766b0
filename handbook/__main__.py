"""Command line: python -m handbook {check,snippets,cluster} ...  (see README.md)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from . import snippets as extraction
from .snippets import DOCS, RUNGS, Snippet, SnippetError


SUFFIXES = {".md", ".markdown", ".yaml", ".yml", ".json"}
MAX_BYTES = 2_000_000


def load(paths: list[str]) -> list[Snippet]:
    """Snippets of Markdown pages and of YAML/JSON files, inside docs/ or anywhere. A file that cannot be read
    becomes one error result naming it; every other file is still read. A folder without such files is named
    in a note on stderr."""
    found: list[Snippet] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                print(f"note: {name} holds no Markdown, YAML or JSON file (looked for {', '.join(sorted(SUFFIXES))})",
                      file=sys.stderr)
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

    if file.suffix.lower() not in SUFFIXES and file.is_file():  # named by the user: said, not guessed at
        return [Snippet(page=page, line=0, lang="", id=extraction.slugify(file.stem), code="", origin=origin,
                        unchecked="not Markdown, YAML or JSON: not checked")]
    try:
        data = file.read_bytes()
    except OSError as err:
        return unreadable(f"cannot read: {err.strerror or err}")
    if len(data) > MAX_BYTES:
        return unreadable(f"too large to check ({len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
    if data[:2] in {b"\xff\xfe", b"\xfe\xff"}:  # Windows editors save "Unicode" as UTF-16 with a byte order mark
        return unreadable("UTF-16 text; save the file as UTF-8")
    if b"\0" in data[:8192]:
        return unreadable("binary file, not Markdown, YAML or JSON")
    try:
        text = data.decode("utf-8-sig")  # a UTF-8 byte order mark is allowed, as kubectl allows it
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
    if not snippets:
        print("nothing to check: no Markdown, YAML or JSON file found", file=sys.stderr)
        return 1 if args.strict else 0
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

    from . import node

    if args.action == "build":
        node.build()  # the control plane first, then the real node's binaries and images
        tools.go_tool("kwok")
    elif args.action == "up":
        node.build()
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


def practice_command(args: argparse.Namespace) -> int:
    from . import practice

    try:
        return _practice(args, practice)
    except (practice.PracticeError, SnippetError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


def _practice(args: argparse.Namespace, practice) -> int:
    if args.action == "list":
        exams = practice.domains()
        print(f"{'TASK':34} {'MIN':>3}  {'EXAMS':12} PAGE")
        for task in practice.all_tasks().values():
            covered = ",".join(e for e, rows in exams.items() if practice.domain_of(task, rows)) or "-"
            graded = "" if not task.ungraded else "  (not graded)"
            print(f"{task.id:34} {task.minutes:>3}  {covered:12} {task.page} task {task.number}{graded}")
        return 0
    if args.action == "exam":
        return _exam(args, practice)
    if not args.task:
        print(f"error: practice {args.action} needs a TASK (see `python -m handbook practice list`)", file=sys.stderr)
        return 2
    reader = practice.Reader(args.kubeconfig)
    if args.action == "prove" and args.task.endswith(".md"):  # every task of one page, for the page's writer
        page = Path(args.task).resolve().relative_to(DOCS).as_posix()
        failures = 0
        for task in practice.page_tasks((DOCS / page).read_text(encoding="utf-8"), page):
            problems = [] if task.ungraded else practice.prove(task, reader)
            print(f"{task.id}: " + ("not graded: " + task.ungraded if task.ungraded else "proven" if not problems
                                    else "\n    ".join(["PROBLEMS", *problems])))
            failures += bool(problems)
        return 1 if failures else 0
    task = practice.find(args.task)
    if args.action == "solution":
        print(task.solution)
    elif args.action == "start":
        print(practice.start(task, reader))
    elif args.action == "reset":
        removed = practice.reset(task, reader)
        print("deleted " + ", ".join(removed) if removed else f"nothing to delete for {task.id}")
    elif args.action == "check":
        marks = practice.grade(task, reader)
        for mark in marks:
            print(mark.line())
        passed = sum(m.ok for m in marks)
        print(f"{task.id}: {passed}/{len(marks)} criteria met" + (" - done" if passed == len(marks) else ""))
        return 0 if passed == len(marks) else 1
    elif args.action == "prove":
        problems = practice.prove(task, reader)
        print("\n".join(problems) or f"{task.id}: fails before, passes after the solution, fails every wrong answer")
        return 1 if problems else 0
    return 0


def _exam(args: argparse.Namespace, practice) -> int:
    """The drill lives in practice.py: drawn within the time, started all or nothing, graded on its own cluster."""
    if args.grade or args.status:
        state = practice.load_exam()
        if args.status:
            print(practice.exam_status(state))
            return 0
        text, passed = practice.grade_exam(state, args.kubeconfig)
        print(text)
        return 0 if passed else 1
    if not args.exam:
        print("error: practice exam needs --exam ckad|cka|cks (and --minutes N), or --status / --grade", file=sys.stderr)
        return 2
    print(practice.start_exam(args.exam, args.minutes, args.seed, practice.Reader(args.kubeconfig)))
    return 0


CHECK_EPILOG = """\
exit status:
  0  no problem; blocks or files nothing could check are notes, and warnings (a deprecated API
     still served) never fail; a folder without Markdown, YAML or JSON files is a note too
  1  a problem: a failed check, an unreadable file, a bad annotation; with --strict also anything
     not checked (a file that is not Markdown, YAML or JSON, an unlabelled block, a custom resource
     without its CRD, a configuration file no API server serves) and a run that found nothing to check
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handbook")
    sub = parser.add_subparsers(dest="command", required=True)
    check_parser = sub.add_parser(
        "check", help="check the snippets of Markdown pages or manifest files",
        description="Check the fenced blocks of Markdown pages and YAML or JSON manifests, in files or folders.",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=CHECK_EPILOG)
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
    practice_parser = sub.add_parser("practice", help="practice tasks graded on your cluster (KUBECONFIG or the local one)")
    practice_parser.add_argument("action", choices=["list", "start", "check", "reset", "solution", "prove", "exam"])
    practice_parser.add_argument("task", nargs="?", help="a task id from `practice list`")
    practice_parser.add_argument("--kubeconfig", help="the cluster to use (default: KUBECONFIG, else the local one)")
    practice_parser.add_argument("--exam", choices=["ckad", "cka", "cks"], help="exam: the curriculum to draw tasks from")
    practice_parser.add_argument("--minutes", type=int, default=60, help="exam: the time you give yourself")
    practice_parser.add_argument("--seed", type=int, help="exam: the same seed draws the same tasks")
    practice_parser.add_argument("--status", action="store_true", help="exam: the time left and the tasks")
    practice_parser.add_argument("--grade", action="store_true", help="exam: grade every task and score by domain")
    practice_parser.set_defaults(func=practice_command)
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
