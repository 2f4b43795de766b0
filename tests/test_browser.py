"""The built site in a real browser: Debian's chromium driven by Playwright, against the strict build on 127.0.0.1.

Needs `make setup-test` (chromium, and `npm ci` for axe-core). Screenshots go to test-results/screenshots/.
Every browser context routes all requests: anything addressed to a host other than 127.0.0.1 is aborted,
recorded, and fails the test that caused it (the site must work offline and never call out).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from conftest import CHROMIUM, REPO, _missing, page_url

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-results" / "screenshots"
SITE_NAME = "Kubernetes Study Handbook"
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 812}
SCHEMES = {"light": "default", "dark": "slate"}   # prefers-color-scheme -> Material's data-md-color-scheme
COPY_BUTTON = "button.md-clipboard, button.md-code__button[data-md-type='copy']"   # older Material / 9.8 (md-code__nav)
PALETTE_TOGGLE = "form[data-md-component='palette'] label:visible"


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


# ---------------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def outside_requests() -> list[tuple[str, str]]:
    """(test, URL) of every request addressed to another host than 127.0.0.1, over the whole session."""
    return []


@pytest.fixture
def new_context(request, browser, site_url, outside_requests):
    """Factory of browser contexts on the built site (desktop, light by default) that never leave 127.0.0.1.

    All requests go through a route: local ones continue, others are aborted and recorded. The `request`
    event records too, in case something bypasses routing. At teardown the test fails if anything was recorded.
    """
    contexts, seen = [], []

    def record(url: str) -> None:
        if not _is_local(url) and url not in seen:
            seen.append(url)

    def route(route):
        if _is_local(route.request.url):
            route.continue_()
        else:
            record(route.request.url)
            route.abort("blockedbyclient")

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        options.setdefault("color_scheme", "light")
        context = browser.new_context(base_url=site_url, **options)
        context.set_default_timeout(15_000)
        context.route("**/*", route)
        context.on("request", lambda req: record(req.url))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    outside_requests.extend((request.node.nodeid, url) for url in seen)
    assert not seen, "requests left 127.0.0.1 (aborted):\n" + "\n".join(seen)


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def watch(page) -> list[str]:
    """Collect console errors, uncaught exceptions, failed requests and HTTP errors of a page."""
    problems: list[str] = []

    def console(message):
        if message.type == "error":
            where = message.location or {}
            problems.append(f"console error: {message.text} ({where.get('url', '?')}:{where.get('lineNumber', '?')})")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(f"uncaught exception: {error}"))
    page.on("requestfailed", lambda req: problems.append(f"request failed: {req.method} {req.url} ({req.failure})"))
    page.on("response", lambda res: problems.append(f"HTTP {res.status}: {res.request.method} {res.url}")
            if res.status >= 400 else None)
    return problems


def open_page(page, path: str) -> None:
    """Load a site page and let everything it starts (search index, icons) finish."""
    response = page.goto(path)
    assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
    page.wait_for_load_state("networkidle")


def render_everything(page) -> None:
    """Lay out the blocks the site lets the browser skip while off screen (content-visibility in extra.css), so a
    check sees every block as a reader who scrolls to it does, not a placeholder."""
    page.add_style_tag(content="* { content-visibility: visible !important; }")


def scheme(page) -> str:
    return page.locator("body").get_attribute("data-md-color-scheme")


def set_scheme(page, wanted: str) -> None:
    """Switch the palette with the header toggle until body has data-md-color-scheme=wanted."""
    from playwright.sync_api import expect

    if scheme(page) != wanted:
        page.locator(PALETTE_TOGGLE).click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", wanted)


# ---------------------------------------------------------------------------------------------------- tests


@pytest.mark.browser
def test_home_page_has_title_and_navigation(page, nav_pages, site_url):
    from playwright.sync_api import expect

    problems = watch(page)
    open_page(page, "")
    assert SITE_NAME in page.title()
    expect(page.locator(".md-header__title")).to_contain_text(SITE_NAME)
    expect(page.locator("article h1").first).to_be_visible()
    primary = page.locator("nav.md-nav--primary")
    expect(primary.first).to_be_visible()
    linked = {urlsplit(href).path for href in primary.first.locator("a.md-nav__link[href]").evaluate_all(
        "links => links.map(a => a.href)")}
    missing = [doc for doc in nav_pages if "/" + page_url(doc) not in linked]
    assert not missing, f"pages of mkdocs.yml's nav missing from the navigation: {missing}"
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_every_nav_page_loads_cleanly(new_context, nav_pages):
    context = new_context()
    found = []
    for doc in nav_pages:
        page = context.new_page()
        problems = watch(page)
        open_page(page, page_url(doc))
        if not page.locator("article h1").count():
            problems.append("no <h1> in the article")
        page.close()
        found += [f"{page_url(doc) or '/'}: {problem}" for problem in problems]
    assert not found, "\n".join(found)


SECTION_TEXT = """id => {
  const target = document.getElementById(id);
  if (!target) return null;
  let text = target.textContent;
  const level = /^H[1-6]$/.test(target.tagName) ? Number(target.tagName[1]) : 0;
  for (let node = level && target.nextElementSibling; node; node = node.nextElementSibling) {
    if (/^H[1-6]$/.test(node.tagName) && Number(node.tagName[1]) <= level) break;
    text += "\\n" + node.textContent;
  }
  return {heading: target.textContent.replace("\\u00b6", "").trim(), text};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("term, doc", [
    ("ExternalName", "networking/services.md"),
    ("initContainers", "workloads/multi-container.md"),   # pods.md never writes initContainers
    ("taint", "workloads/scheduling.md"),
    ("maxSurge", "workloads/deployments.md"),
    ("HTTPRoute", "networking/ingress-gateway.md"),
])
def test_search_leads_to_the_right_section(page, term, doc):
    from playwright.sync_api import expect

    problems = watch(page)
    open_page(page, "")
    page.locator("label[for='__search']:visible, input.md-search__input:visible").first.click()
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.press_sequentially(term, delay=20)
    page.wait_for_selector(".md-search-result__item")
    # Results refresh while typing: wait for those of the whole term (their links highlight it with ?h=).
    page.wait_for_function("""term => [...document.querySelectorAll('.md-search-result__item a[href]')]
        .some(a => new URL(a.href).searchParams.get('h') === term)""", arg=term.lower())
    first = page.locator(".md-search-result__item").first
    hrefs = first.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert urlsplit(hrefs[0]).path == "/" + page_url(doc), (
        f"{term!r}: first result is {hrefs[0]}, expected /{page_url(doc)}; all results: "
        + ", ".join(page.locator(".md-search-result__item a.md-search-result__link").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")))
    best_section = first.locator("a.md-search-result__link[href*='#']").first
    expect(best_section).to_be_visible()
    best_section.click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/" + page_url(doc) and bool(urlsplit(url).fragment))
    fragment = unquote(urlsplit(page.url).fragment)
    section = page.evaluate(SECTION_TEXT, fragment)
    assert section is not None, f"{term!r}: {page.url} has no element with id {fragment!r}"
    assert term.lower() in section["text"].lower(), (
        f"{term!r}: landed on section {section['heading']!r} ({page.url}), which does not mention it")
    expect(page.locator(f"[id='{fragment}']")).to_be_in_viewport()
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_copy_button_copies_the_manifest(new_context, site_url):
    context = new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    problems = watch(page)
    open_page(page, "workloads/pods/")

    def shown_code(block) -> str:   # what the reader sees, without the code-note badges
        return block.locator("code").first.evaluate(
            "code => { const copy = code.cloneNode(true); copy.querySelectorAll('.hb-note').forEach(a => a.remove());"
            " return copy.textContent; }")

    block = None
    for candidate in page.locator("div.highlight").all():
        try:
            document = yaml.safe_load(shown_code(candidate))
        except yaml.YAMLError:
            continue
        if isinstance(document, dict) and {"apiVersion", "kind"} <= document.keys():
            block = candidate
            break
    assert block is not None, "no YAML manifest on workloads/pods/"
    expected = shown_code(block)

    block.hover()
    block.locator(COPY_BUTTON).first.click()
    copied, deadline = "", time.monotonic() + 5
    while not copied and time.monotonic() < deadline:
        copied = page.evaluate("navigator.clipboard.readText()")
        page.wait_for_timeout(100)

    def lines(text: str) -> str:   # Material trims the end of the copy; the block keeps trailing spaces
        return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))

    assert lines(copied) == lines(expected), f"clipboard:\n{copied}\n---- code block:\n{expected}"
    assert not re.search(r"#\s*\(\d+\)", copied), f"code-annotation markers were copied:\n{copied}"
    assert {"apiVersion", "kind"} <= yaml.safe_load(copied).keys()
    raw = block.locator("xpath=following::a[contains(concat(' ', @class, ' '), ' snippet-raw ')][1]")
    if raw.count():
        published = page.request.get(raw.get_attribute("href", timeout=1000))
        assert published.ok
        assert lines(copied) == lines(published.text()), (
            f"clipboard differs from the published file {published.url}:\n{copied}\n----\n{published.text()}")
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_palette_toggle_switches_and_persists(page):
    problems = watch(page)
    page.add_init_script(FLAG_LOG)
    open_page(page, "workloads/pods/")
    assert scheme(page) == "default", "a light-mode browser starts in the light scheme"
    assert page.evaluate("window.hbFlagLog") == [], "start-up toggled data-md-color-switching (overrides/main.html)"
    assert page.evaluate("window.hbClassAtBody") == "js", "the page was first styled as no-js (overrides/main.html)"
    assert page.locator("meta[name=color-scheme]").count() == 1, "Material's color-scheme meta was added at start-up"
    light_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert page_scheme(page) == "light"
    set_scheme(page, "slate")
    page.wait_for_function("!document.body.hasAttribute('data-md-color-switching')")
    assert page.evaluate("window.hbFlagLog") == ["set", "removed"], "a switch no longer turns transitions off"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != light_background
    assert page_scheme(page) == "dark", "the color-scheme meta did not follow the switch to dark (overrides/main.html)"
    page.reload()
    page.wait_for_load_state("networkidle")
    assert scheme(page) == "slate", "dark scheme lost on reload"
    assert page_scheme(page) == "dark"
    open_page(page, "")
    assert scheme(page) == "slate", "dark scheme lost on another page"
    set_scheme(page, "default")
    assert page_scheme(page) == "light"
    page.reload()
    assert scheme(page) == "default", "light scheme lost on reload"
    assert not problems, "\n".join(problems)


# From before the page's own scripts run: every change of body's data-md-color-switching, and the root's classes
# when body appears (what the page is first styled with).
FLAG_LOG = """window.hbFlagLog = [];
new MutationObserver(records => records.forEach(r => window.hbFlagLog.push(
  r.target.hasAttribute(r.attributeName) ? "set" : "removed"))
).observe(document, {subtree: true, attributeFilter: ["data-md-color-switching"]});
const watchBody = new MutationObserver(() => {
  if (document.body) { window.hbClassAtBody = document.documentElement.className; watchBody.disconnect(); }
});
watchBody.observe(document, {childList: true, subtree: true});"""


@pytest.mark.browser
def test_instant_navigation_keeps_every_link_right(page, site_url):
    """Material's instant navigation needs absolute links once the address has moved on: overrides/main.html writes
    them at the first click instead of at start-up. A page turned in place, a link on the new page, and the back
    button all land where they should, without a full reload and without a second copy of the stylesheets."""
    from playwright.sync_api import expect

    problems = watch(page)

    def served_sitemap(route):
        """Material turns pages in place only for addresses in sitemap.xml, written for the SITE_URL the site was
        built with (mkdocs.yml's default); this server runs on another port, so the sitemap is given its address."""
        sitemap = route.fetch().text().replace("http://127.0.0.1:8000/", site_url)
        route.fulfill(body=sitemap, content_type="application/xml")

    page.route("**/sitemap.xml", served_sitemap)
    open_page(page, "workloads/pods/")
    nav_link = page.locator("nav.md-nav--primary a.md-nav__link[href$='namespaces/']").first
    assert nav_link.get_attribute("href") == "../namespaces/", "links were rewritten at start-up"
    page.evaluate("window.hbSamePage = true")
    stylesheets = page.locator("link[rel=stylesheet]").count()
    nav_link.click()
    expect(page).to_have_url(re.compile(r"/workloads/namespaces/$"))
    expect(page.locator("h1")).to_have_text(re.compile("Namespaces"))
    assert page.evaluate("window.hbSamePage === true"), "the page was reloaded instead of turned in place"
    relative = page.evaluate("""[...document.querySelectorAll('[href], [src]')].map(el => el.getAttribute('href')
        ?? el.getAttribute('src')).filter(url => !/^([a-z]+:)?\\/\\//i.test(url) && !url.startsWith('#'))""")
    assert relative == [], f"relative links left after a navigation: {relative[:5]}"
    assert page.locator("link[rel=stylesheet]").count() == stylesheets
    page.locator("article a[href$='/networking/services/']").first.click()
    expect(page).to_have_url(re.compile(r"/networking/services/$"))
    expect(page.locator("h1")).to_have_text(re.compile("Services"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"/workloads/namespaces/$"))
    expect(page.locator("h1")).to_have_text(re.compile("Namespaces"))
    assert page.evaluate("window.hbSamePage === true")
    assert not problems, "\n".join(problems)


def page_scheme(page) -> str:
    """The scheme the browser renders the page's own widgets in (scroll bars, form controls), which Material
    keeps in a color-scheme meta: the text colour of the root, which is the browser's default for that scheme."""
    color = page.evaluate("getComputedStyle(document.documentElement).color")
    return {"rgb(0, 0, 0)": "light", "rgb(255, 255, 255)": "dark"}.get(color, color)


OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 1 && !el.closest('.md-sidebar, .md-search, [hidden]'))
    .filter(el => getComputedStyle(el).position !== 'fixed')
    .slice(0, 5)
    .map(el => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} `
               + `right=${Math.round(el.getBoundingClientRect().right)}`);
}"""


@pytest.mark.browser
def test_mobile_pages_do_not_scroll_sideways(new_context, nav_pages):
    page = new_context(viewport=MOBILE, is_mobile=True, has_touch=True).new_page()
    wide = []
    for doc in nav_pages:
        open_page(page, page_url(doc))
        render_everything(page)
        scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if scroll > client:
            wide.append(f"{page_url(doc) or '/'}: scrollWidth {scroll} > {client}; widest: {page.evaluate(OVERFLOW)}")
    assert not wide, "\n".join(wide)


@pytest.mark.browser
def test_mobile_drawer_opens(new_context):
    from playwright.sync_api import expect

    page = new_context(viewport=MOBILE, is_mobile=True, has_touch=True).new_page()
    problems = watch(page)
    open_page(page, "workloads/pods/")
    drawer = page.locator(".md-sidebar--primary")
    expect(drawer).not_to_be_in_viewport()
    page.locator("label[for='__drawer']:visible").first.click()
    expect(page.locator("#__drawer")).to_be_checked()
    expect(drawer).to_be_in_viewport(ratio=0.9)
    expect(drawer.get_by_role("link", name="Services", exact=True)).to_be_visible()
    assert not problems, "\n".join(problems)


@pytest.mark.browser
@pytest.mark.parametrize("device", ["desktop", "mobile"])
@pytest.mark.parametrize("color", ["light", "dark"])
@pytest.mark.parametrize("doc", ["index.md", "workloads/pods.md"])
def test_screenshots(new_context, doc, color, device):
    options = {"viewport": DESKTOP} if device == "desktop" else {"viewport": MOBILE, "is_mobile": True, "has_touch": True}
    page = new_context(color_scheme=color, **options).new_page()
    problems = watch(page)
    open_page(page, page_url(doc))
    set_scheme(page, SCHEMES[color])
    page.evaluate("document.fonts.ready")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = (page_url(doc).strip("/").replace("/", "-") or "home") + f"-{color}-{device}.png"
    page.screenshot(path=SCREENSHOTS / name, full_page=True, animations="disabled")
    width, height, pixel = decode_png((SCREENSHOTS / name).read_bytes())
    viewport = options["viewport"]
    assert width == viewport["width"] and height >= viewport["height"], f"{name}: {width}x{height}"
    header = pixel(width // 2, 4)
    assert _close(header, INDIGO), f"{name}: the header is {header}, not the indigo primary colour"
    background = pixel(width - 3, 90)  # the page's right margin, under the header
    light = sum(background) / 3 > 200
    assert light == (color == "light"), f"{name}: background {background} does not match the {color} palette"
    assert len({pixel(x, y) for x in range(0, width, 7) for y in range(60, min(height, 700), 7)}) > 20, \
        f"{name}: almost uniform: nothing rendered?"
    assert not problems, "\n".join(problems)


INDIGO = (63, 81, 181)  # Material's indigo primary colour, the header in both palettes


def _close(rgb: tuple, expected: tuple, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(rgb, expected))


def decode_png(data: bytes, max_rows: int = 720):
    """Width, height and a pixel reader for the first rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunk = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and not interlace, f"unexpected PNG format {header}"
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(min(height, max_rows)):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    return width, height, lambda x, y: tuple(rows[y][x * channels:x * channels + 3])


@pytest.mark.browser
@pytest.mark.parametrize("color", ["light", "dark"])
def test_accessibility(new_context, nav_pages, color):
    """axe-core on every nav page, in both palettes: no serious or critical violation."""
    if not AXE.exists():
        _missing(f"{AXE.relative_to(REPO)} (npm ci)")
    page = new_context(color_scheme=color).new_page()
    serious, minor = [], []
    for doc in nav_pages:
        open_page(page, page_url(doc))
        set_scheme(page, SCHEMES[color])
        render_everything(page)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))""")
        for violation in violations:
            where = serious if violation["impact"] in ("serious", "critical") else minor
            where.append(f"{page_url(doc) or '/'} [{violation['impact']}] {violation['id']}: {violation['help']}\n"
                         + "\n".join(f"    {node['target']}: {node['summary'].splitlines()[-1].strip()}"
                                     for node in violation["nodes"][:10])
                         + (f"\n    ... and {len(violation['nodes']) - 10} more" if len(violation["nodes"]) > 10 else ""))
    if minor:
        print(f"axe, {color}: moderate/minor findings (not failing):\n" + "\n".join(minor))
    assert not serious, f"axe, {color}: serious/critical violations:\n" + "\n".join(serious)


@pytest.mark.browser
def test_no_request_left_127_0_0_1(outside_requests):
    """Session summary of the per-test routing check (each test already fails on its own outside requests)."""
    assert not outside_requests, "\n".join(f"{test}: {url}" for test, url in outside_requests)
