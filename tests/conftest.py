"""Shared fixtures: one strict build of the site per session, served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# The tests keep a check cache of their own, one per session: results a developer's earlier runs cached never
# stand in for a check. It is removed when the session ends (pytest_unconfigure).
TEST_CACHE = tempfile.mkdtemp(prefix="handbook-test-cache-")
os.environ["HANDBOOK_CHECK_CACHE"] = TEST_CACHE


def pytest_unconfigure(config):
    shutil.rmtree(TEST_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """`mkdocs build --strict` into a temporary folder; the build output is kept for the other tests."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=REPO, capture_output=True, text=True, env={**os.environ, "HANDBOOK_VERIFY_SNIPPETS": "1"})
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site on a free port of 127.0.0.1, for the browser tests."""
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def nav_pages() -> list[str]:
    """Every Markdown page named in mkdocs.yml's nav, in order."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((REPO / "mkdocs.yml").read_text(), Loader=Loader)
    found = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            else:
                found.append(value)

    walk(config["nav"])
    return found


def page_url(page: str) -> str:
    """docs path -> site path (use_directory_urls)."""
    return "" if page == "index.md" else page.removesuffix(".md").removesuffix("/index") + "/"


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text())["docs"]


_accounting: dict[str, int] = {}


@pytest.fixture(scope="session")
def accounting() -> dict[str, int]:
    return _accounting


def pytest_terminal_summary(terminalreporter):
    if _accounting:
        terminalreporter.section("snippet accounting")
        for key, value in _accounting.items():
            terminalreporter.write_line(f"{key}: {value}")


CHROMIUM = Path(os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium")   # Debian's
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--allow-file-access-from-files"]  # the offline bundle's search reads its index from file:


def _missing(what: str) -> None:
    """Skip locally, fail in CI (where `make setup-test` has run)."""
    (pytest.fail if os.environ.get("CI") else pytest.skip)(f"{what} is missing: run `make setup-test`")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
