"""The search index and the search worker are downloaded when a reader opens the search, not with
every page (hooks/lazy_search.py); the search and the highlighting of found words still work."""

import pytest

from helpers import page_url

pytestmark = pytest.mark.browser


def search_requests(urls):
    return [url for url in urls if "search_index" in url or "/workers/search" in url]


def test_search_loads_when_opened_and_finds(page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + page_url("bs", "why/index.md"))
    page.wait_for_load_state("networkidle")
    page.mouse.wheel(0, 600)  # reading and scrolling do not start the search
    page.wait_for_timeout(300)
    assert search_requests(requested) == []
    page.keyboard.press("/")
    page.keyboard.type("društveni")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert len(search_requests(requested)) >= 2
    assert page.problems == []


def test_a_page_opened_from_a_result_highlights_the_words(page, site_url):
    page.goto(site_url + page_url("en", "why/index.md") + "?h=social")
    page.wait_for_selector("article mark", timeout=10_000)
    assert "social" in page.locator("article mark").first.inner_text().lower()
    assert page.problems == []
