"""The search costs nothing while a page loads (hooks/lazy_search.py, theme-script-on-first-use.js).
Once the page has loaded, its search worker fetches and builds the index in the background, with low
priority, so that a reader who opens the search gets answers at once; a reader who asks to save data
gets none of that until the search is opened. Either way the search and the highlighting work."""

import re

import pytest

from helpers import SAVE_DATA_SCRIPT, page_url

pytestmark = pytest.mark.browser

SEARCH_FILES = re.compile(r"search_index|/workers/|/lunr/min/")
THEME_SCRIPT = re.compile(r"bundle\.[0-9a-f]+\.min\.js")


def search_requests(urls):
    return [url for url in urls if SEARCH_FILES.search(url)]


def record(page):
    """Requests in order, with "load" where the page's load event came."""
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("load", lambda: requested.append("load"))
    return requested


def test_the_search_gets_ready_after_the_page_has_loaded(page, site_url):
    requested = record(page)
    page.goto(site_url + page_url("bs", "why/index.md"))
    page.wait_for_load_state("networkidle")
    before_load = requested[: requested.index("load")]
    assert search_requests(before_load) == [], "the page's own load stays free of the search"
    assert not [url for url in before_load if THEME_SCRIPT.search(url)]
    fetched = " ".join(requested)
    for name in ("search-start.js", "search_index.json", "lunr.bs.min.js", "bundle."):
        assert name in fetched, f"{name} was not fetched in the background"
    assert page.evaluate("typeof window.component$") == "undefined", "Material's script is fetched, not run"

    requested.clear()
    page.keyboard.press("/")
    page.keyboard.type("društveni")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert not [url for url in requested if "search_index" in url], "the index is not fetched twice"
    assert page.problems == []


def test_a_reader_saving_data_fetches_the_search_only_when_opening_it(page, site_url):
    page.context.add_init_script(SAVE_DATA_SCRIPT)
    requested = record(page)
    page.goto(site_url + page_url("en", "why/index.md"))
    page.wait_for_load_state("networkidle")
    page.mouse.wheel(0, 600)  # reading and scrolling bring Material's script, not the search
    page.wait_for_timeout(500)
    assert search_requests(requested) == [], "nothing ahead for a reader who saves data"
    page.keyboard.press("/")
    page.keyboard.type("social")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert [url for url in requested if "search_index" in url]
    assert page.problems == []


def test_a_page_opened_from_a_result_highlights_the_words(page, site_url):
    page.goto(site_url + page_url("en", "why/index.md") + "?h=social")
    page.wait_for_selector("article mark", timeout=10_000)
    assert "social" in page.locator("article mark").first.inner_text().lower()
    assert page.problems == []
