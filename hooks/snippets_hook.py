"""MkDocs hook: extract every snippet, check the fast rungs, decorate pages, publish raw files and the library.

The slower rungs (kubectl, server, run) are proven by the test suite, which gates the Pages deployment.
"""

from __future__ import annotations

import html
import logging
import os
import posixpath
import re
import sys
from collections import defaultdict
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handbook import cheatsheet, checks, practice, snippets as extraction  # noqa: E402
from handbook.tools import KUBERNETES_VERSION, SCHEMA_VERSIONS  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippets")
LIBRARY_PAGE = "reference/snippet-library.md"
CHEAT_SHEET_PAGE = "reference/kubectl-cheat-sheet.md"
BUILD_RUNGS = ("parse", "lint", "schema")
RUNG_LABELS = {
    "parse": "parses",
    "lint": "lint",
    "schema": "schema v" + ", v".join(v.rsplit(".", 1)[0] for v in sorted(SCHEMA_VERSIONS, key=lambda v: tuple(map(int, v.split("."))))),
    "kubectl": "kubectl flags",
    "server": f"created on API server v{KUBERNETES_VERSION.rsplit('.', 1)[0]}",
    "run": "runs on a cluster",
}
_by_page: dict[str, list[extraction.Snippet]] = {}
_tasks_by_page: dict[str, list[practice.Task]] = {}
# Published by on_post_build, not handed to MkDocs as 1,560 files; links to them are plain HTML, so MkDocs
# does not look them up among its files.
_raw_files: dict[str, str] = {}


def on_files(files, config):
    """Extract, refresh snippets/, check the fast rungs, and add raw files and the library page to the site."""
    found = extraction.extract_all(Path(config["docs_dir"]))
    bad = [f"{s.location}: {s.error or s.unchecked}" for s in found if s.error or s.unchecked]
    if bad:  # the handbook's own pages are strict: every block checked or skipped with a reason
        raise PluginError("bad snippet blocks:\n" + "\n".join(bad))
    mode = os.environ.get("HANDBOOK_VERIFY_SNIPPETS")
    if mode == "ignore":
        pass  # several writers share one working tree: leave snippets/ to `make snippets`
    elif mode == "1":
        # CI and tests verify instead of refreshing, so a forgotten `make snippets` cannot hide behind a build.
        if extraction.read_tree() != extraction.render_tree(found):
            raise PluginError("snippets/ is out of date with docs/: run `make snippets` and commit snippets/")
    elif extraction.write_tree(extraction.render_tree(found)):
        log.info("snippets/ refreshed from docs/")
    try:
        tasks = practice.all_tasks(Path(config["docs_dir"]))
    except extraction.SnippetError as err:
        raise PluginError(f"bad practice task: {err}") from err
    _tasks_by_page.clear()
    for task in tasks.values():
        _tasks_by_page.setdefault(task.page, []).append(task)
    outcomes = checks.run_ladder(found, BUILD_RUNGS)
    problems = [p for i, s in enumerate(found) for p in checks.verdict(s, outcomes[i])]
    if problems:
        raise PluginError("snippet checks failed:\n" + "\n".join(problems))
    _by_page.clear()
    _raw_files.clear()
    for snippet in found:
        _by_page.setdefault(snippet.page, []).append(snippet)
        _raw_files[f"snippets/{snippet.file}"] = snippet.code
    directory_urls = config["use_directory_urls"]
    library = library_page(found, File(LIBRARY_PAGE, "", "", directory_urls).url, directory_urls)
    files.append(File.generated(config, LIBRARY_PAGE, content=library))
    files.append(File.generated(config, CHEAT_SHEET_PAGE, content=cheatsheet.page(Path(config["docs_dir"]))))
    return files


def icon(name: str, extra: str = "") -> str:
    """An icon drawn by the stylesheet (extra.css, .hb-icon--NAME), not an inline SVG."""
    return f'<span class="hb-icon hb-icon--{name}{" " + extra if extra else ""}" aria-hidden="true"></span>'


def on_post_build(config):
    """The raw files, hard-linked from snippets/ where it holds the same text: creating 1,560 new files with
    content took a second on a VM's disk, linking them a twentieth of that."""
    site = Path(config["site_dir"])
    for path, code in _raw_files.items():
        target, committed = site / path, extraction.SNIPPETS / path.removeprefix("snippets/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            if committed.read_text(encoding="utf-8") == code:
                os.link(committed, target)
                continue
        except OSError:  # not there, or another file system than the site's
            pass
        target.write_text(code, encoding="utf-8")


def raw_link(snippet: extraction.Snippet, page_url: str) -> str:
    """The raw file's address from the page's own folder in the site (MkDocs does not rewrite HTML links)."""
    return site_link(f"snippets/{snippet.file}", page_url)


def site_link(target_url: str, page_url: str) -> str:
    """TARGET_URL (a site path) as a link written on the page at PAGE_URL, with directory URLs or without."""
    folder = page_url[:-1] if page_url.endswith("/") else posixpath.dirname(page_url)
    link = posixpath.relpath(target_url, folder or ".")
    return link + "/" if target_url.endswith("/") and not link.endswith("/") else link


_CODE_SPAN = re.compile(r"`([^`]+)`")


def _inline(text: str) -> str:
    """An author's reason or an expected message as HTML: escaped, with its `code` spans kept."""
    return _CODE_SPAN.sub(r"<code>\1</code>", html.escape(text, quote=False))


def _status_line(snippet: extraction.Snippet, page_url: str) -> str:
    """The check line under a block, as HTML: written after Markdown, because 1,609 more paragraphs through
    Markdown's inline and tree processors were half of the hook's cost to a build."""
    parts = []
    if snippet.expect_fail:
        rung, message = snippet.expect_fail
        parts.append(f"{icon('fail', 'snippet-fail')} <strong>Fails on purpose</strong> at {RUNG_LABELS[rung]}, "
                     f"with “{_inline(message)}”")
        passed = [r for r in snippet.checks if extraction.RUNGS.index(r) < extraction.RUNGS.index(rung)]
        if passed:
            parts.append("passes " + " · ".join(RUNG_LABELS[r] for r in passed))
    elif snippet.checks:
        parts.append(icon("ok", "snippet-ok") + " <strong>Checked:</strong> " + " · ".join(RUNG_LABELS[r] for r in snippet.checks))
    reasons = defaultdict(list)
    for rung, reason in snippet.skipped.items():  # every reason an author wrote, even for a rung that cannot apply
        reasons[reason].append(rung)
    for reason, rungs in reasons.items():
        label = "not checked" if not snippet.checks else "not checked by " + ", ".join(RUNG_LABELS[r] for r in rungs)
        parts.append(f"{icon('skip', 'snippet-skip')} {label}: {_inline(reason)}")
    if snippet.lang in extraction.EXTENSIONS:
        parts.append(f'<a class="snippet-raw" href="{html.escape(raw_link(snippet, page_url))}">{icon("raw")} '
                     f'{snippet.id}.{snippet.ext}</a>')
    return '<p class="snippet-status" data-search-exclude="1">' + " — ".join(parts) + "</p>"


def on_page_markdown(markdown, page, config, files):
    """Strip annotations and the practice criteria, put titles on fences and a practice line before solutions."""
    page_snippets = _by_page.get(page.file.src_uri, [])
    lines = markdown.split("\n")
    # MkDocs hands over the page without its front matter: snippet lines count from the file's first line.
    source = page.file.abs_src_path  # None for the generated pages, which have no front matter
    raw = Path(source).read_text(encoding="utf-8").replace("\r\n", "\n") if source else markdown
    shift = raw[: max(raw.find(markdown[:200]), 0)].count("\n") if markdown.strip() else 0
    if shift:
        lines = [""] * shift + lines
    for snippet in page_snippets:
        if snippet.end_line > len(lines) or not lines[snippet.end_line - 1].strip().startswith(("```", "~~~")):
            raise PluginError(f"{snippet.source} changed while the site was being built: build again")
    titles = {s.line: s.title for s in page_snippets if s.title}
    page_tasks = _tasks_by_page.get(page.file.src_uri, [])
    hidden = {n for task in page_tasks for n in range(task.line, task.comment_end + 1)}
    before_solution = {task.solution_lines[0]: _practice_line(task, page.file.src_uri) for task in page_tasks}
    out = []
    for number, line in enumerate(lines, 1):
        if number <= shift or number in hidden:
            continue
        if extraction.ANNOTATION.match(line):
            continue
        if number in before_solution:
            out.extend([before_solution[number], ""])
        if number in titles:
            line = f'{line} title="{html.escape(titles[number])}"'
        out.append(line)
    return "\n".join(out)


# A code block followed by its list of notes: the markers `# (N)!` become numbered links to the notes, drawn here
# once at build time instead of by Material's annotation script on every page load (~500 ms of a phone's main
# thread on the Services page), and the notes stay visible in print and without JavaScript.
_BLOCK_THEN_LIST = re.compile(r"</code></pre></div>\s*<ol>")
_CODE_MARKER = re.compile(r'<span class="c1">#\s*\((\d+)\)!?</span>')
_WHITESPACE_TOKEN = re.compile(r'<span class="w">([^<]*)</span>')
# Where a block's check line goes: after the block, and after its notes when it has some.
_BLOCK_END = re.compile(r'</code></pre></div>(?:\s*<ol class="hb-notes">.*?</ol>)?', re.S)
_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_CODE_BLOCK = re.compile(r'<div class="highlight">((<span class="filename">)?[^<]*(?:</span>)?<pre><span></span><code[^>]*>)'
                         r'(?=(.*?)</code></pre>)', re.S)


def on_page_content(html_text, page, config, files):
    out, done, count = [], 0, 0
    for end in _BLOCK_THEN_LIST.finditer(html_text):
        start = html_text.rfind("<pre>", done, end.start())
        if start < 0 or not _CODE_MARKER.search(html_text, start, end.start()):
            continue
        count += 1
        notes_end = html_text.index("</ol>", end.end())
        block = _CODE_MARKER.sub(lambda m: f'<a class="hb-note" href="#note-{count}-{m[1]}" aria-label="Note {m[1]}">{m[1]}</a>',
                                 html_text[start:end.start()])
        items = iter(range(1, 1000))
        notes = re.sub(r"<li>", lambda _: f'<li id="note-{count}-{next(items)}">', html_text[end.end():notes_end])
        out += [html_text[done:start], block, end.group(0)[:-len("<ol>")], '<ol class="hb-notes">', notes]
        done = notes_end
    out.append(html_text[done:])
    html_text = _with_statuses("".join(out), page)
    # Material makes a code block that scrolls sideways focusable when it sets the block up, which content.lazy
    # defers until the block is on screen: every block is focusable from the start, so keyboard readers reach
    # them all, and Material drops the tab stop of a block that turns out not to scroll.
    html_text = html_text.replace("<pre><span></span><code>", '<pre><span></span><code tabindex="0">')
    # Whitespace tokens are not coloured: their spans were a quarter of a long page's DOM, which a phone styles
    # and lays out before it can respond.
    html_text = _WHITESPACE_TOKEN.sub(r"\1", html_text)
    # Each block's line count and each table's row count size their placeholders while the browser skips them off
    # screen (extra.css).
    html_text = _CODE_BLOCK.sub(lambda m: f'<div class="highlight" style="--hb-lines:{max(1, m[3].count(chr(10)))}'
                                          f'{";--hb-title:1" if m[2] else ""}">{m[1]}', html_text)
    return _TABLE.sub(lambda m: f'<div class="hb-table" style="--hb-rows:{m[1].count("<tr")}"><table>{m[1]}</table></div>',
                      html_text)


def _with_statuses(html_text: str, page) -> str:
    """Each block's check line under it: a page's blocks come out of Markdown in the order they were extracted."""
    page_snippets = _by_page.get(page.file.src_uri, [])
    ends = list(_BLOCK_END.finditer(html_text))
    if page.file.abs_src_path and len(ends) != len(page_snippets):
        raise PluginError(f"{page.file.src_uri}: {len(ends)} code blocks in its HTML but {len(page_snippets)} extracted; "
                          "a block that is not a fence (raw HTML?) cannot carry a check line")
    if not page_snippets:
        return html_text
    out, done = [], 0
    for end, snippet in zip(ends, page_snippets):
        out += [html_text[done:end.end()], _status_line(snippet, page.url)]
        done = end.end()
    return "".join(out) + html_text[done:]


def _practice_line(task: practice.Task, page: str) -> str:
    how = posixpath.relpath("practice.md", posixpath.dirname(page))
    if task.ungraded:
        return (f"{icon('ungraded')} Not graded: {html.escape(task.ungraded)} "
                f"(about {task.minutes} min)\n{{ .practice-line #practice-{task.id} }}")
    return (f"{icon('graded')} [Graded on your cluster]({how}) (about {task.minutes} min): "
            f"`.venv/bin/python -m handbook practice start {task.id}`, then "
            f"`.venv/bin/python -m handbook practice check {task.id}`\n{{ .practice-line #practice-{task.id} }}")


def library_page(found: list[extraction.Snippet], url: str, use_directory_urls: bool) -> str:
    """The library's tables are written as HTML: Markdown took a tenth of a second to parse 1,000 table rows on
    every build."""
    by_kind: dict[str, list[tuple]] = defaultdict(list)
    for snippet in found:
        if not snippet.is_manifest:
            continue
        for doc in snippet.documents:
            by_kind[doc["kind"]].append((doc.get("name") or "(generated)", doc["apiVersion"], snippet))
    lines = ["# Snippet library", "",
             "Every Kubernetes manifest in this handbook, by kind. Each links to the page that explains it and to its",
             "raw file, which you can apply directly: `kubectl apply -f SITE_URL/snippets/PAGE/ID.yaml`.",
             "Manifests marked *common mistake* fail their checks on purpose.", ""]
    for kind in sorted(by_kind):
        lines += [f"## {kind}", "", "<table>", "<thead><tr><th>Name</th><th>apiVersion</th><th>Explained on</th>"
                  "<th>Raw file</th></tr></thead>", "<tbody>"]
        for name, api_version, snippet in sorted(by_kind[kind], key=lambda row: (row[0], row[2].page, row[2].line)):
            page_link = site_link(File(snippet.page, "", "", use_directory_urls).url, url)
            mistake = " <em>(common mistake)</em>" if snippet.expect_fail else ""
            lines.append(f"<tr><td><code>{html.escape(name)}</code>{mistake}</td><td><code>{html.escape(api_version)}</code></td>"
                         f'<td><a href="{html.escape(page_link)}">{snippet.page.removesuffix(".md")}</a></td>'
                         f'<td><a href="{html.escape(raw_link(snippet, url))}">{snippet.id}.{snippet.ext}</a></td></tr>')
        lines += ["</tbody>", "</table>", ""]
    return "\n".join(lines)
