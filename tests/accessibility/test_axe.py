"""axe-core (from the npm registry, pinned in package.json; `make test` runs `npm ci`) finds no
WCAG 2.1 A/AA violation, nor any of its best-practice findings, on any built page of either
language; the kinds of page are also checked in the dark scheme and on a 360 px wide phone screen."""

from pathlib import Path

import pytest

from helpers import ROOT, SAVE_DATA_SCRIPT, built_pages, page_url, soup
from page_types import PAGE_TYPES, type_url

pytestmark = [pytest.mark.browser, pytest.mark.needs("node")]  # axe-core comes from npm

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Colours are measured at rest: first the page's transitions (e.g. to the dark scheme) finish.
RUN = (
    "tags => Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))"
    ".then(() => axe.run(document, {runOnly: {type: 'tag', values: tags}})).then(r => r.violations.map(v =>"
    " `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`))"
)


@pytest.fixture(scope="module")
def axe_source():
    return AXE.read_text(encoding="utf-8")


def axe_context(browser, axe_source, **options):
    """A browser context whose pages carry axe from the start (injected through DevTools: the page's
    own policy does not apply to the test). Its reader saves data, so a page does not fetch and build
    the search index in the background while axe runs: the page itself is the same, and the test
    takes a third of the time."""
    context = browser.new_context(bypass_csp=True, **options)
    context.add_init_script(SAVE_DATA_SCRIPT)
    context.add_init_script(axe_source)
    return context


def violations(page, url):
    page.goto(url)  # waits for the load event: the page is whole, its theme script comes on first use
    return page.evaluate(RUN, RULES)


def every_address(site):
    addresses = [page_url(language, page) for language, page, _ in built_pages(site)]
    return addresses + ["404.html", "en/404.html"]


def test_axe_finds_nothing_on_any_page(browser, built_site, site_url, axe_source):
    context = axe_context(browser, axe_source)
    page = context.new_page()
    found = {}
    for address in every_address(built_site):
        result = violations(page, site_url + address)
        if result:
            found[address] = result
    context.close()
    assert found == {}


@pytest.mark.parametrize("scheme,width", [("dark", 1280), ("light", 360), ("dark", 360)])
def test_axe_finds_nothing_in_dark_scheme_and_on_a_phone(browser, site_url, axe_source, scheme, width):
    context = axe_context(browser, axe_source, color_scheme=scheme, viewport={"width": width, "height": 740})
    page = context.new_page()
    found = {}
    for kind in PAGE_TYPES:
        for language in ("bs", "en"):
            result = violations(page, site_url + type_url(kind, language))
            if result:
                found[f"{kind} ({language})"] = result
    context.close()
    assert found == {}


def test_axe_catches_a_problem(browser, site_url, axe_source):
    """The check is real: a picture without alt text and grey-on-grey text are reported."""
    context = axe_context(browser, axe_source)
    page = context.new_page()
    page.goto(site_url)
    page.evaluate(
        "() => { const a = document.querySelector('article'), i = new Image(), p = document.createElement('p');"
        " i.src = 'assets/images/logo.svg'; p.textContent = 'Grey text on a grey background';"
        " p.style.color = '#aaa'; p.style.background = '#bbb'; a.prepend(i, p); }"
    )
    ids = {v.split(":")[0] for v in page.evaluate(RUN, RULES)}
    context.close()
    assert {"image-alt", "color-contrast"} <= ids


def test_images_have_alt_and_pages_have_lang(built_site):
    for _, _, html in built_pages(built_site):
        document = soup(html)
        assert document.html.get("lang") in ("bs", "en")
        assert [img.get("src") for img in document.find_all("img") if img.get("alt") is None] == [], html
