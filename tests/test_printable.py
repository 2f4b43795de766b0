"""The printable edition and the offline bundle, made as the Pages workflow makes them, then opened: the PDF with
pypdf, the zip unpacked and browsed from the file system in Chromium."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

from handbook import printable
from test_site import PUBLISHED_BESIDE

pytestmark = pytest.mark.browser
DOCS = REPO / "docs"


@pytest.fixture(scope="module")
def downloads(built_site) -> dict[str, Path]:
    # The command the Pages workflow runs, in its own process: pytest-playwright's event loop in this one would
    # refuse Playwright's sync API.
    subprocess.run([sys.executable, "-m", "handbook", "downloads", "--site", str(built_site)], cwd=REPO, check=True,
                   env={**os.environ, "SITE_URL": "http://127.0.0.1:8000/"}, timeout=600)
    return {"pdf": built_site / printable.DOWNLOADS / printable.PDF_NAME,
            "zip": built_site / printable.DOWNLOADS / printable.ZIP_NAME}


def test_the_published_names_are_the_linked_ones(downloads, built_site):
    assert {p.relative_to(built_site).as_posix() for p in downloads.values()} == PUBLISHED_BESIDE


def _title(page: str, nav_title: str) -> str:
    path = DOCS / page
    if not path.exists():  # generated pages: their nav title is their heading
        return nav_title
    return re.search(r"^# (.+)$", path.read_text(encoding="utf-8"), re.M).group(1).strip()


def test_pdf_holds_every_page_with_contents_page_numbers_and_links(downloads):
    from pypdf import PdfReader

    reader = PdfReader(downloads["pdf"])
    pages = printable.nav()
    assert len(pages) + 2 <= len(reader.pages) <= 3000, f"{len(reader.pages)} PDF pages for {len(pages)} handbook pages"
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", " ", text)
    missing = [title for title in (_title(p, t) for t, p in pages) if re.sub(r"[`*]", "", title) not in flat]
    assert not missing, f"page titles missing from the PDF text: {missing}"
    assert "Contents" in reader.pages[1].extract_text()
    last = len(reader.pages)
    assert f"{last} / {last}" in reader.pages[-1].extract_text(), "no page number in the footer"
    assert flat.count("Checked:") > 100, "the check lines under the blocks are missing"
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert len(outline) >= len(pages) - 1, f"the PDF outline has {len(outline)} entries for {len(pages)} pages"
    destinations = set(reader.named_destinations)
    links = [a.get_object() for page in reader.pages[:3] for a in (page.get("/Annots") or [])]
    internal = [str(link["/Dest"]) for link in links if "/Dest" in link]
    assert len(internal) >= len(pages) - 1, "the table of contents does not link to the chapters"
    assert all(name in destinations for name in internal), "a contents link points nowhere"


def test_pdf_code_blocks_stay_inside_the_page(downloads):
    """No text is drawn beyond the right margin: long lines of code wrap."""
    from pypdf import PdfReader

    reader = PdfReader(downloads["pdf"])
    width = float(reader.pages[0].mediabox.width)
    overflowing = []
    for number, page in enumerate(reader.pages[:120], 1):
        def visit(text, cm, tm, font, size, number=number):
            x = tm[4] * cm[0] + cm[4]
            if text.strip() and x > width:
                overflowing.append((number, text[:40]))
        page.extract_text(visitor_text=visit)
    assert not overflowing, f"text starts beyond the page edge: {overflowing[:5]}"


def test_offline_zip_works_from_the_file_system(downloads, tmp_path, browser):
    with zipfile.ZipFile(downloads["zip"]) as bundle:
        bundle.extractall(tmp_path)
    root = tmp_path / "kubernetes-handbook"
    assert (root / "index.html").exists() and (root / "networking" / "services.html").exists()
    outside = []

    def route(request_route):
        if request_route.request.url.startswith(("file:", "data:", "blob:", "about:")):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.route("**/*", route)
        page.goto((root / "index.html").as_uri())
        page.locator("label[for='__search']:visible, input.md-search__input:visible").first.click()
        page.locator("input.md-search__input").press_sequentially("ExternalName", delay=20)
        result = page.locator(".md-search-result__item a[href*='services.html']").first
        result.wait_for()
        result.click()
        page.wait_for_url(re.compile(r"services\.html"))
        title = page.title()
    finally:
        context.close()
    assert "Services" in title, title
    assert not outside, f"the offline bundle requested {outside[:5]}"
