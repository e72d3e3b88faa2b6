"""Every page carries a Content-Security-Policy that allows nothing from another origin, and the site
(search included) works under it: served over HTTP and as the offline copy opened from disk."""

import base64
import hashlib
import re

import pytest

from helpers import built_pages, page_url, soup
from page_types import PAGE_TYPES, type_url

OTHER_ORIGINS = re.compile(r"https?:|\*|//")
RECORD_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def every_html(site):
    return [html for _, _, html in built_pages(site)] + [site / "404.html", site / "en" / "404.html"]


def policy_of(document) -> dict[str, list[str]]:
    meta = document.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None, "no Content-Security-Policy"
    return {d.split()[0]: d.split()[1:] for d in meta["content"].split(";") if d.strip()}


def test_every_page_has_a_strict_policy_before_anything_it_loads(built_site):
    for html in every_html(built_site):
        document = soup(html)
        elements = [e for e in document.head.find_all(True) if e.name != "meta" or e.get("charset") is None]
        assert elements[0].get("http-equiv") == "Content-Security-Policy", f"{html}: policy is not first"
        policy = policy_of(document)
        assert policy["default-src"] == ["'none'"], html
        for directive, sources in policy.items():
            assert not [s for s in sources if OTHER_ORIGINS.search(s)], f"{html}: {directive} allows another origin"
            assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, f"{html}: {directive}"
        assert set(policy["img-src"]) == {"'self'", "data:"}


def test_every_inline_script_is_allowed_by_its_hash_and_nothing_else(built_site):
    for html in every_html(built_site):
        document = soup(html)
        allowed = set(policy_of(document)["script-src"]) - {"'self'"}
        inline = [s.string or "" for s in document.find_all("script") if not s.get("src") and s.get("type") in (None, "text/javascript")]
        hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in inline}
        assert hashes == allowed, f"{html}: hashes do not match the page's inline scripts"


def visit_and_search(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    page.keyboard.type("medij")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)


@pytest.fixture
def watched_page(browser):
    """A page that records the policy's violations (`window.__violations`) and its errors (`page.problems`)."""
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("language", ["bs", "en"])
def test_served_site_breaks_no_rule_and_loads_only_from_itself(watched_page, site_url, language):
    page = watched_page
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for kind in PAGE_TYPES:
        page.goto(site_url + type_url(kind, language))
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__violations") == [], kind
    visit_and_search(page, site_url + type_url("training page", language))
    assert page.evaluate("window.__violations") == []
    assert page.problems == []
    assert [url for url in requests if not url.startswith((site_url, "data:"))] == []
    # No cookies, on the page or in the browser.
    assert page.evaluate("document.cookie") == "" and page.context.cookies() == []


@pytest.mark.browser
def test_policy_is_enforced(watched_page, site_url):
    """A picture or a script from another site, added to a built page, is blocked."""
    page = watched_page
    page.goto(site_url)
    page.evaluate(
        "() => { const i = new Image(); i.src = 'https://example.org/pixel.png'; document.body.append(i);"
        " const s = document.createElement('script'); s.src = 'https://example.org/t.js'; document.body.append(s); }"
    )
    page.wait_for_timeout(300)
    blocked = page.evaluate("window.__violations")
    assert any(v.startswith("img-src https://example.org") for v in blocked), blocked
    assert any(v.startswith("script-src-elem https://example.org") or v.startswith("script-src https://example.org") for v in blocked), blocked


@pytest.mark.browser
@pytest.mark.parametrize("language", ["bs", "en"])
def test_offline_site_works_under_the_policy(watched_page, offline_site, language):
    """From disk, the search runs in the iframe-worker shim's frame, whose script is allowed by hash."""
    page = watched_page
    visit_and_search(page, offline_site.as_uri() + "/" + page_url(language, "strategy/index.md", directory_urls=False))
    assert page.evaluate("window.__violations") == []
    assert page.problems == []
