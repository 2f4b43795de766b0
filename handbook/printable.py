"""The printable edition and the offline bundle, made from the built site and published beside it:

- downloads/kubernetes-handbook.pdf: every nav page in order, one PDF, printed by Chromium (the browser the
  tests already use), with a table of contents, page numbers, a PDF outline, the check line under each block,
  solutions and tabs opened, and internal links that jump inside the PDF;
- downloads/kubernetes-handbook-offline.zip: the site built with Material's offline plugin, which works from
  the file system, search included.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .snippets import REPO, slugify

DOWNLOADS = "downloads"
PDF_NAME = "kubernetes-handbook.pdf"
ZIP_NAME = "kubernetes-handbook-offline.zip"
CHROMIUM = "/usr/bin/chromium"
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
PRINT_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
body { background: #fff; }
.md-typeset { font-size: 10pt; }
.md-typeset pre, .md-typeset pre > code { white-space: pre-wrap !important; word-break: break-word;
  overflow: visible !important; max-height: none !important; }
.md-typeset .headerlink, .md-content__button, .md-source-file, .md-clipboard, .md-code__nav { display: none !important; }
.md-typeset .tabbed-set > input, .md-typeset .tabbed-labels { display: none !important; }
.md-typeset .tabbed-content > .tabbed-block { display: block !important; }
.md-typeset details { break-inside: auto; }
section.chapter { break-before: page; }
.cover { text-align: center; padding-top: 35vh; break-after: page; }
.cover h1 { font-size: 28pt; } .toc ol { font-size: 10.5pt; line-height: 1.7; }
.toc { break-after: page; }
"""


def nav(config: Path = REPO / "mkdocs.yml") -> list[tuple[str, str]]:
    """(title, page) of every nav entry, in order."""
    text = config.read_text().split("\nnav:\n", 1)[1]
    return [(title.strip(), page) for title, page in re.findall(r"^\s*- ([^:\n]+):\s*([\w/.-]+\.md)\s*$", text, re.M)]


def page_path(page: str) -> str:
    return "" if page == "index.md" else page.removesuffix(".md") + "/"


def _anchor(page: str) -> str:
    return "p-" + (slugify(page.removesuffix(".md")) if page != "index.md" else "home")


def _chapter(site: Path, title: str, page: str, known: dict[str, str], site_url: str) -> str:
    source = (site / page_path(page) / "index.html").read_text(encoding="utf-8")
    match = ARTICLE.search(source)
    body = match.group(1) if match else f"<h1>{html.escape(title)}</h1>"
    prefix = _anchor(page)
    base = "http://print.invalid/" + page_path(page)

    def link(m: re.Match) -> str:
        url = html.unescape(m.group(2))
        parts = urlsplit(urljoin(base, url))
        if parts.scheme in {"http", "https"} and parts.netloc != "print.invalid" or parts.scheme in {"mailto", "data"}:
            return m.group(0)
        target = parts.path.lstrip("/")
        target = target if target.endswith("/") or not target else target + ("" if "." in target.rsplit("/", 1)[-1] else "/")
        if target.endswith("index.html"):
            target = target.removesuffix("index.html")
        if target in known:
            anchor = f"{known[target]}--{parts.fragment}" if parts.fragment else known[target]
            return f'{m.group(1)}="#{anchor}"'
        return f'{m.group(1)}="{html.escape(urljoin(site_url, target))}"'  # raw snippet files: the published address

    body = re.sub(r'\b(href)="([^"]*)"', link, body)
    body = re.sub(r'\bid="([^"]*)"', lambda m: f'id="{prefix}--{m.group(1)}"', body)
    body = re.sub(r"<details\b(?![^>]*\bopen\b)", "<details open", body)
    return f'<section class="chapter" id="{prefix}">{body}</section>'


def print_html(site: Path, site_url: str) -> str:
    entries = [(title, page) for title, page in nav() if (site / page_path(page) / "index.html").exists()]
    known = {page_path(page): _anchor(page) for _, page in entries}
    styles = "".join(f'<link rel="stylesheet" href="{css.relative_to(site).as_posix()}">'
                     for css in sorted((site / "assets" / "stylesheets").glob("main.*.css")) + [site / "stylesheets" / "extra.css"]
                     if css.exists())
    toc = "".join(f'<li><a href="#{_anchor(page)}">{html.escape(title)}</a></li>' for title, page in entries)
    chapters = "".join(_chapter(site, title, page, known, site_url) for title, page in entries)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kubernetes Study Handbook</title>{styles}'
            f"<style>{PRINT_CSS}</style></head><body><div class=\"md-typeset\">"
            f'<div class="cover"><h1>Kubernetes Study Handbook</h1><p>CKAD, CKA and CKS, for Kubernetes v1.37.</p>'
            f"<p>Every example proven on a real control plane. Site: {html.escape(site_url)}</p></div>"
            f'<nav class="toc"><h1>Contents</h1><ol>{toc}</ol></nav>{chapters}</div></body></html>')


def write_pdf(site: Path, site_url: str) -> Path:
    from playwright.sync_api import sync_playwright

    target = site / DOWNLOADS / PDF_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    printable = site / "print-edition.html"  # inside the site, so the stylesheets' relative paths resolve
    printable.write_text(print_html(site, site_url), encoding="utf-8")
    footer = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">'
              'Kubernetes Study Handbook · <span class="pageNumber"></span> / <span class="totalPages"></span></div>')
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run"])
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())  # the print edition requests nothing from any host
            page.goto(printable.as_uri(), wait_until="load")
            page.emulate_media(media="print")
            page.pdf(path=str(target), format="A4", print_background=True, display_header_footer=True,
                     header_template="<div></div>", footer_template=footer, outline=True, tagged=True,
                     margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"})
            browser.close()
    finally:
        printable.unlink(missing_ok=True)
    return target


def write_offline_zip(site: Path) -> Path:
    """Build the site again with the offline plugin (search from a script, no directory URLs) and zip it."""
    target = site / DOWNLOADS / ZIP_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="handbook-offline-") as tmp:
        built = Path(tmp) / "kubernetes-handbook"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(REPO / "mkdocs-offline.yml"),
                        "-d", str(built)], cwd=REPO, check=True,
                       env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        shutil.rmtree(built / DOWNLOADS, ignore_errors=True)
        shim = REPO / "node_modules" / "iframe-worker" / "shim" / "index.js"
        if not shim.exists():
            raise FileNotFoundError(f"{shim} is missing: run `npm ci` (make setup-test)")
        shutil.copy(shim, built / "assets" / "javascripts" / "iframe-worker-shim.js")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(built.rglob("*")):
                if path.is_file():
                    bundle.write(path, posixpath.join("kubernetes-handbook", path.relative_to(built).as_posix()))
    return target
