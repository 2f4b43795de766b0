"""The built site: strict build, navigation, links and anchors, search index, no request to another host."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from conftest import REPO, page_url, search_index

DOCS = REPO / "docs"
GENERATED_PAGES = {"reference/snippet-library.md", "reference/kubectl-cheat-sheet.md"}
BASE = "http://site.invalid/"


def test_nav_and_docs_agree(nav_pages):
    on_disk = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if not p.name.startswith(".")}
    missing = [p for p in nav_pages if p not in on_disk | GENERATED_PAGES]
    orphans = sorted(on_disk - set(nav_pages))
    assert not missing, f"pages in the nav with no file: {missing}"
    assert not orphans, f"pages in docs/ missing from the nav in mkdocs.yml: {orphans}"
    assert len(nav_pages) == len(set(nav_pages)), "a page appears twice in the nav"


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag/attr, url)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for attr in ("href", "src"):
            if attrs.get(attr):
                kind = "resource" if tag in {"script", "img", "source", "iframe"} or (
                    tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "preload", "modulepreload", "manifest"}) else tag
                self.links.append((kind, attrs[attr]))


@pytest.fixture(scope="module")
def parsed(built_site) -> dict[str, PageParser]:
    pages = {}
    for html in built_site.rglob("*.html"):
        parser = PageParser()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html.relative_to(built_site).as_posix()] = parser
    return pages


def _target(site: Path, page: str, url: str) -> tuple[str | None, str]:
    absolute = urljoin(BASE + page, url)
    parsed = urlparse(absolute)
    path = unquote(parsed.path.removeprefix("/"))
    if not path or path.endswith("/"):
        path += "index.html"
    elif (site / path).is_dir():
        path += "/index.html"
    return path, parsed.fragment


# Written beside the site by `python -m handbook downloads` (make pdf, the Pages workflow); test_printable.py
# builds and opens both.
PUBLISHED_BESIDE = {"downloads/kubernetes-handbook.pdf", "downloads/kubernetes-handbook-offline.zip"}


def test_every_internal_link_and_anchor_resolves(built_site, parsed):
    broken = []
    for page, parser in parsed.items():
        for kind, url in parser.links:
            if urlparse(url).scheme in {"http", "https", "mailto"} or url.startswith("//"):
                continue
            if page == "index.html" and url in PUBLISHED_BESIDE:
                continue
            path, fragment = _target(built_site, page, url)
            if not (built_site / path).exists():
                broken.append(f"{page}: {url} -> {path} does not exist")
            elif fragment and path.endswith(".html") and fragment not in parsed[path].ids:
                broken.append(f"{page}: {url} -> #{fragment} not found in {path}")
    assert not broken, "\n".join(broken[:50])


def test_pages_load_nothing_from_other_hosts(built_site, parsed):
    external = [f"{page}: {url}" for page, parser in parsed.items() for kind, url in parser.links
                if kind in {"resource", "link"} and (urlparse(url).scheme in {"http", "https"} or url.startswith("//"))
                and not (kind == "link" and "canonical" in url)]
    # the canonical <link> and sitemap point at the site's own URL; no other host may serve scripts, styles, fonts, images
    own = urlparse(_site_url())
    external = [e for e in external if urlparse(e.split(": ", 1)[1]).netloc != own.netloc]
    assert not external, "\n".join(external[:30])
    for css in built_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        remote = re.findall(r"(?:url\(|@import\s+)[\"']?((?:https?:)?//[^\"')\s]+)", text)
        assert not remote, f"{css.relative_to(built_site)} loads {remote[:5]}"


def _site_url() -> str:
    text = (REPO / "mkdocs.yml").read_text()
    return re.search(r'site_url: !ENV \[SITE_URL, "([^"]+)"\]', text).group(1)


def test_no_web_font_is_configured(built_site):
    index = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in index and "fonts.gstatic.com" not in index


def test_search_index_covers_every_nav_page(built_site, nav_pages):
    locations = {entry["location"].split("#")[0] for entry in search_index(built_site)}
    missing = [p for p in nav_pages if page_url(p) not in locations]
    assert not missing, f"pages missing from search/search_index.json: {missing}"


@pytest.mark.parametrize("term, page", [
    ("ExternalName", "networking/services.md"),
    ("initContainers", "workloads/multi-container.md"),
    ("kubeadm", "install/kubeadm.md"),
    ("Guaranteed", "workloads/resources.md"),
    ("staticPodPath", "workloads/static-pods.md"),
    ("taint", "workloads/scheduling.md"),
    ("matchLables", "workloads/replicasets.md"),
    ("maxSurge", "workloads/deployments.md"),
    ("envFrom", "config/configmaps-secrets.md"),
    ("startupProbe", "workloads/observability.md"),
    ("concurrencyPolicy", "workloads/jobs.md"),
    ("PersistentVolumeClaim", "storage/persistent-volumes.md"),
    ("kustomization", "packaging/kustomize.md"),
    ("CustomResourceDefinition", "extend/custom-resources.md"),
    ("Role", "security/rbac.md"),
    ("RoleBinding", "security/rbac.md"),
    ("NetworkPolicy", "networking/network-policies.md"),
    ("HTTPRoute", "networking/ingress-gateway.md"),
    ("StatefulSet", "workloads/daemonsets-statefulsets.md"),
    ("HorizontalPodAutoscaler", "workloads/autoscaling.md"),
    ("etcdutl", "operations/maintenance.md"),
    ("CrashLoopBackOff", "workloads/observability.md"),  # its canonical section; troubleshooting links there
    ("ValidatingAdmissionPolicy", "security/api-server.md"),
])
def test_search_finds_the_right_page(built_site, term, page):
    """The page that talks most about a term is the one a reader wants; its section text must contain the term."""
    hits = Counter()
    for entry in search_index(built_site):
        text = f"{entry['title']} {entry['text']}"
        hits[entry["location"].split("#")[0]] += len(re.findall(re.escape(term), text, re.I))
    assert hits, "empty search index"
    best = hits.most_common(1)[0][0]
    assert best == page_url(page), f"{term!r}: most matches on {best!r}, expected {page_url(page)!r} ({hits.most_common(3)})"


def test_raw_snippet_files_are_published(built_site):
    from handbook.snippets import extract_all

    for snippet in extract_all():
        published = built_site / "snippets" / snippet.file
        assert published.exists(), f"{snippet.location}: {published} not published"
        assert published.read_text() == snippet.code


def test_pages_show_snippet_results_and_hide_annotations(built_site):
    pods = (built_site / "workloads" / "pods" / "index.html").read_text(encoding="utf-8")
    assert "snippet-status" in pods and "Checked:" in pods
    for html in built_site.rglob("*.html"):
        assert "snippet:" not in re.sub(r"<code.*?</code>", "", html.read_text(encoding="utf-8"), flags=re.S) or \
            html.parent.name == "checks", f"{html}: annotation text leaked"


def test_each_block_carries_its_own_check_line(built_site):
    """The hook writes check lines into the HTML by the blocks' order: the Nth line under a page's Nth block names
    the Nth snippet extracted from it, and follows that block (or its notes) directly."""
    from handbook.snippets import EXTENSIONS, extract_all

    by_page: dict[str, list] = {}
    for snippet in extract_all():
        by_page.setdefault(snippet.page, []).append(snippet)
    for page, snippets in by_page.items():
        html = (built_site / page_url(page) / "index.html").read_text(encoding="utf-8")
        lines = list(re.finditer(r'<p class="snippet-status"[^>]*>(.*?)</p>', html, re.S))
        assert len(lines) == len(snippets), f"{page}: {len(lines)} check lines for {len(snippets)} blocks"
        for line, snippet in zip(lines, snippets):
            before = html[:line.start()].rstrip()
            assert before.endswith(("</code></pre></div>", "</ol>")), f"{snippet.location}: check line not under its block"
            if snippet.lang in EXTENSIONS:
                assert f"{snippet.id}.{snippet.ext}</a>" in line[1], f"{snippet.location}: another block's check line"


def test_a_block_that_is_not_a_fence_stops_the_build():
    """A code block the extraction did not see (raw HTML) would shift every check line after it: the hook refuses."""
    import importlib.util
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError

    spec = importlib.util.spec_from_file_location("snippets_hook", REPO / "hooks" / "snippets_hook.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="extra.md", abs_src_path="/docs/extra.md"), url="extra/")
    raw_block = '<div class="highlight"><pre><span></span><code>echo hi\n</code></pre></div>'
    with pytest.raises(PluginError, match=r"extra\.md: 1 code blocks in its HTML but 0 extracted"):
        hook.on_page_content(f"<p>Text</p>{raw_block}", page, {}, None)


def test_code_notes_are_drawn_at_build_time(built_site):
    """Every `# (N)!` marker of the pages becomes a badge linking to its note under the block; none is left raw."""
    markers = sum(len(re.findall(r"#\s*\(\d+\)!", p.read_text(encoding="utf-8"))) for p in (REPO / "docs").rglob("*.md"))
    badges = 0
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"#\s*\(\d+\)!", text), f"{page}: a code-note marker was left raw"
        notes = set(re.findall(r'<li id="(note-\d+-\d+)"', text))
        for target in re.findall(r'<a class="hb-note" href="#(note-\d+-\d+)"', text):
            assert target in notes, f"{page}: badge #{target} has no note"
            badges += 1
    assert badges == markers > 200


def test_snippet_library_lists_every_manifest(built_site):
    from handbook.snippets import extract_all

    library = (built_site / "reference" / "snippet-library" / "index.html").read_text(encoding="utf-8")
    for snippet in extract_all():
        if snippet.is_manifest:
            assert f"{snippet.id}.{snippet.ext}" in library, f"{snippet.location} missing from the snippet library"


NOT_TOPIC_PAGES = {"index.md", "sessions.md", "curriculum.md", "practice.md", "reference/checks.md", *GENERATED_PAGES}
# Pages written for the whole curriculum (not only what the class notes covered): six tasks or more each.
CURRICULUM_PAGES = [
    "workloads/deployments.md", "config/configmaps-secrets.md", "workloads/observability.md", "workloads/jobs.md",
    "storage/volumes.md", "storage/persistent-volumes.md", "packaging/kustomize.md", "packaging/helm.md",
    "extend/custom-resources.md", "security/rbac.md", "networking/network-policies.md", "networking/ingress-gateway.md",
    "workloads/daemonsets-statefulsets.md", "workloads/autoscaling.md", "operations/maintenance.md",
    "operations/troubleshooting.md", "security/pod-security.md", "security/api-server.md",
]
# Sections for which no kubernetes.io page fits, with the reason.
NO_EXAM_DOCS = {
    ("overview.md", "The three certifications"): "about the exams, not one Kubernetes topic",
    ("overview.md", "Ways of thinking that Kubernetes assumes"): "study advice, not one Kubernetes topic",
    ("tools.md", "GitOps: continuous deployment from Git"): "GitOps tools are not part of Kubernetes",
}
EXAM_DOCS = re.compile(r"^\*\*Exam docs:\*\* (kubernetes\.io/docs/\S+|helm\.sh/docs\S*)", re.M)


def test_every_topic_page_ends_with_practice_tasks(nav_pages):
    for page in nav_pages:
        if page in NOT_TOPIC_PAGES:
            continue
        text = (DOCS / page).read_text(encoding="utf-8")
        sections = re.split(r"^## ", text, flags=re.M)
        assert sections[-1].startswith("Practice"), f"docs/{page}: the last section is not '## Practice'"
        solutions = re.findall(r'^\s*\?\?\?\+? \w+ "Solution', sections[-1], flags=re.M)
        assert len(solutions) >= 2, f"docs/{page}: {len(solutions)} collapsible solutions in Practice, need 2 or more"


@pytest.mark.parametrize("page", CURRICULUM_PAGES)
def test_curriculum_pages_have_six_practice_tasks(page):
    practice = re.split(r"^## ", (DOCS / page).read_text(encoding="utf-8"), flags=re.M)[-1]
    solutions = re.findall(r'^\s*\?\?\?\+? \w+ "Solution', practice, flags=re.M)
    assert len(solutions) >= 6, f"docs/{page}: {len(solutions)} practice solutions, need 6 or more"


def test_every_section_names_its_exam_docs_page(nav_pages):
    """Under each H2 of a topic page, the kubernetes.io path a candidate would open in the exam."""
    missing = []
    for page in nav_pages:
        if page in NOT_TOPIC_PAGES:
            continue
        for section in re.split(r"^## ", (DOCS / page).read_text(encoding="utf-8"), flags=re.M)[1:]:
            heading = section.splitlines()[0].strip()
            if heading == "Practice" or (page, heading) in NO_EXAM_DOCS:
                continue
            first_lines = "\n".join(line for line in section.splitlines()[1:8])
            if not EXAM_DOCS.search(first_lines):
                missing.append(f"docs/{page}: ## {heading}")
    assert not missing, "sections without an **Exam docs:** line:\n" + "\n".join(missing)


def test_curriculum_map_links_every_competency():
    """Every competency of each exam's curriculum links to the section that teaches it, or says it is not covered
    yet; the strict build proves every link and anchor exists."""
    text = (DOCS / "curriculum.md").read_text(encoding="utf-8")
    for exam in ("CKAD", "CKA", "CKS"):
        part = re.search(rf"^## {exam}\b.*?(?=^## |\Z)", text, re.M | re.S)
        assert part, f"curriculum.md has no '## {exam}' section"
        rows = [r for r in re.findall(r"^\|(.+)\|\s*$", part.group(0), re.M) if not set(r) <= set("-| :")]
        competencies = [r.split("|") for r in rows if r.split("|")[0].strip() != "Competency"]  # not the header rows
        assert len(competencies) >= 10, f"{exam}: only {len(competencies)} competencies listed"
        for cells in competencies:
            where = cells[-1].strip()
            assert re.search(r"\]\([^)]+\.md#[^)]+\)", where) or where == "not yet covered", \
                f"{exam}: '{cells[0].strip()}' neither links a section (page.md#anchor) nor says 'not yet covered'"


def test_cheat_sheet_lists_only_commands_their_pages_check(built_site):
    """Each cheat-sheet line is a kubectl command that a block of the linked page passes the kubectl rung with."""
    from html import unescape

    from handbook import cheatsheet
    from handbook.snippets import extract_all, kubectl_command_lines

    found = extract_all()
    texts = {s.page: (DOCS / s.page).read_text(encoding="utf-8") for s in found}
    listed = cheatsheet.entries(found, texts)
    assert len(listed) > 100, f"only {len(listed)} command forms in the cheat sheet"
    html = unescape((built_site / "reference" / "kubectl-cheat-sheet" / "index.html").read_text(encoding="utf-8"))
    for entry in listed:
        assert entry.command in html, f"{entry.command!r} is not on the published cheat sheet"
        def joined(script: str) -> str:
            return re.sub(r"\s+", " ", re.sub(r"\\\n", " ", script))

        checked = [s for s in found if s.page == entry.page and "kubectl" in s.checks and not s.expect_fail
                   and joined(entry.command) in joined(s.script) and kubectl_command_lines(s.script)]
        assert checked, f"{entry.command!r}: no block of docs/{entry.page} that passes the kubectl rung holds it"
        page_html = built_site / page_url(entry.page) / "index.html"
        assert f'id="{entry.anchor}"' in page_html.read_text(encoding="utf-8"), f"{entry.page}#{entry.anchor} missing"


def test_home_page_states_the_kubernetes_version():
    from handbook.tools import KUBERNETES_VERSION

    minor = ".".join(KUBERNETES_VERSION.split(".")[:2])
    assert f"Kubernetes v{minor}" in (DOCS / "index.md").read_text(encoding="utf-8")

