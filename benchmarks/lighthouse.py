"""Lighthouse on the built site (prints figures; not a test). `make lighthouse`, or:

    .venv/bin/python benchmarks/lighthouse.py [--runs 3] [--pages / workloads/pods/ ...] [--presets desktop mobile]
    (default: every page of the nav, medians of 3 runs)
                                              [--no-gzip] [--baseline REV]

1. Builds the site with `mkdocs build --strict` into a temporary folder, with SITE_URL set to the address it is
   then served on (127.0.0.1, a free port), so canonical links and the sitemap point at the served pages.
2. Serves it like GitHub Pages does: gzip for text when the browser asks for it (--no-gzip to serve raw bytes).
3. Runs node_modules/.bin/lighthouse (npm ci) with Debian's chromium on each page, desktop preset and Lighthouse's
   default mobile emulation, and prints performance, accessibility, best practices and SEO scores (aim: >= 95,
   100, 100, 100), the page's total transfer weight (audit total-byte-weight), the main metrics, and every
   audit of those categories that did not pass. With --runs N, each figure is the median of N runs (the
   performance score varies by a few points from run to run; the other categories do not).

With --baseline REV (a git revision, e.g. HEAD or main), the site of that revision is built from a worktree and
served beside the current one; each run measures the baseline page, then the current page, so both see the same
machine load, and the table adds the baseline's performance and total blocking time and the ratio of the two TBTs.

JSON reports are kept in test-results/lighthouse/.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"
MKDOCS = REPO / ".venv" / "bin" / "mkdocs"
CHROMIUM = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"   # Debian's
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
REPORTS = REPO / "test-results" / "lighthouse"
def nav_pages() -> list[str]:
    """Every page of the nav, as site paths: the benchmark measures them all by default."""
    import re

    nav = (REPO / "mkdocs.yml").read_text().split("\nnav:\n", 1)[1]
    pages = re.findall(r":\s*([\w/.-]+\.md)\s*$", nav, re.M)
    return ["" if p == "index.md" else p.removesuffix(".md") + "/" for p in pages]


PAGES = nav_pages()
CATEGORIES = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}
AIMS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}  # issue 14
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT",
           "cumulative-layout-shift": "CLS", "speed-index": "SI"}
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; gzip-compressed text when accepted, as GitHub Pages serves them."""

    gzip = True

    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")   # what GitHub Pages sends
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()   # redirects to the URL with a slash
            path = path / "index.html"
        accepted = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.gzip and accepted and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


def build(site: Path, site_url: str, tree: Path = REPO) -> None:
    mkdocs = [str(MKDOCS)] if MKDOCS.exists() else [sys.executable, "-m", "mkdocs"]
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([*mkdocs, "build", "--strict", "--site-dir", str(site)], cwd=tree, env=env,
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"mkdocs build --strict failed in {tree}:\n{result.stdout}\n{result.stderr}")


def worktree(revision: str, where: Path) -> Path:
    """A checkout of a revision that shares this repository's tool and result caches."""
    subprocess.run(["git", "worktree", "add", "--detach", str(where), revision], cwd=REPO, check=True,
                   capture_output=True)
    (where / ".cache").symlink_to(REPO / ".cache")
    return where


def serve(site: Path, compressed: bool) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = type("SiteHandler", (Handler,), {"gzip": compressed})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str, preset: str, report: Path) -> dict:
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", f"--chrome-flags={CHROME_FLAGS}",
               "--only-categories=" + ",".join(CATEGORIES), "--no-enable-error-reporting", "--quiet"]
    if preset == "desktop":
        command.append("--preset=desktop")
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode or not report.exists():
        sys.exit(f"lighthouse failed on {url} ({preset}):\n{result.stdout}\n{result.stderr}")
    return json.loads(report.read_text())


def failing_audits(result: dict) -> list[str]:
    """Scored audits that did not pass: every one of accessibility, best practices and SEO; of performance (whose
    scored audits are the metrics of the table) those under 0.9."""
    found = []
    for key in CATEGORIES:
        bar = 0.9 if key == "performance" else 1
        for ref in result["categories"][key]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < bar and audit["scoreDisplayMode"] != "informative":
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                found.append(f"{CATEGORIES[key]}: {ref['id']} score {audit['score']:.2f}{value}: {audit['title']}")
    return found


def median_display(results: list[dict], audit: str) -> str:
    """The display value ("1.2 s", "340 ms") of the run with the median numeric value of an audit."""
    ranked = sorted(results, key=lambda r: r["audits"][audit]["numericValue"])
    return ranked[len(ranked) // 2]["audits"][audit]["displayValue"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", nargs="+", default=PAGES, help="site paths (default: every nav page)")
    parser.add_argument("--presets", nargs="+", default=["desktop", "mobile"], choices=["desktop", "mobile"])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and preset; medians are shown")
    parser.add_argument("--no-gzip", action="store_true", help="serve files uncompressed")
    parser.add_argument("--baseline", metavar="REV", help="also measure the site of this git revision, run by run")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("node_modules/.bin/lighthouse is missing: run `npm ci` (make setup-test)")
    if not shutil.which(CHROMIUM):
        sys.exit(f"{CHROMIUM} is missing: apt-get install chromium (make setup-test)")

    REPORTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lighthouse-site-") as tmp:
        servers, bases = [], {}
        for side, tree in [("current", REPO)] + ([("baseline", Path(tmp) / "baseline-tree")] if args.baseline else []):
            server, bases[side] = serve(Path(tmp) / side, not args.no_gzip)
            if side == "baseline":
                worktree(args.baseline, tree)
            build(Path(tmp) / side, bases[side], tree)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        print(f"site built and served on {bases['current']} ({'raw' if args.no_gzip else 'gzip'})"
              + (f", {args.baseline} on {bases['baseline']}" if args.baseline else "") + "; Lighthouse "
              + subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
              + f", {subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()}\n")
        rows, notes = [], []
        try:
            for preset in args.presets:
                for path in args.pages:
                    name = (path.strip("/").replace("/", "-") or "home") + f"-{preset}"
                    results, baseline = [], []
                    for run in range(args.runs):
                        if args.baseline:
                            baseline.append(lighthouse(bases["baseline"] + path, preset,
                                                       REPORTS / f"{name}-baseline{f'-{run}' if run else ''}.json"))
                        results.append(lighthouse(bases["current"] + path, preset,
                                                  REPORTS / f"{name}{f'-{run}' if run else ''}.json"))
                    scores = {key: round(statistics.median(r["categories"][key]["score"] * 100 for r in results))
                              for key in CATEGORIES}
                    weight = statistics.median(r["audits"]["total-byte-weight"]["numericValue"] for r in results)
                    metrics = {short: median_display(results, key) for key, short in METRICS.items()}
                    perf = sorted(round(r["categories"]["performance"]["score"] * 100) for r in results)
                    versus = ""
                    if baseline:
                        tbt = [statistics.median(r["audits"]["total-blocking-time"]["numericValue"] for r in side)
                               for side in (results, baseline)]
                        base_perf = round(statistics.median(r["categories"]["performance"]["score"] * 100 for r in baseline))
                        versus = (f"  | baseline perf {base_perf}, TBT {tbt[1]:.0f} ms; TBT ratio "
                                  + (f"{tbt[0] / tbt[1]:.2f}" if tbt[1] else "n/a"))
                    rows.append((preset, "/" + path, scores, weight, metrics, perf, versus))
                    notes += [f"{preset} /{path}: {line}" for line in failing_audits(results[0])]
        finally:
            for server in servers:
                server.shutdown()
            if args.baseline:
                subprocess.run(["git", "worktree", "remove", "--force", str(Path(tmp) / "baseline-tree")], cwd=REPO,
                               capture_output=True)

    header = f"{'preset':8} {'page':24} " + " ".join(f"{short:>5}" for short in CATEGORIES.values()) + f" {'weight':>9}  metrics"
    print(header)
    print("-" * len(header))
    for preset, path, scores, weight, metrics, perf, versus in rows:
        marks = " ".join(f"{scores[key]:>4}{'*' if scores[key] < AIMS[key] else ' '}" for key in CATEGORIES)
        print(f"{preset:8} {path:24} {marks} {weight / 1024:>6.0f} KiB  "
              + ", ".join(f"{short} {value}" for short, value in metrics.items())
              + (f"  (perf runs: {', '.join(map(str, perf))})" if len(perf) > 1 else "") + versus)
    print("\n* under the aim (performance >= 95; accessibility, best practices and SEO 100). Weight: total-byte-weight (transfer size).")
    if notes:
        print(f"\nAudits that did not pass{' (first run)' if args.runs > 1 else ''}:")
        print("\n".join(f"  {note}" for note in notes))
    print(f"\nJSON reports: {REPORTS.relative_to(REPO)}/")


if __name__ == "__main__":
    main()
