"""In a real headless Chromium, the language switcher lands on the same page in the other
language, on the served site and on the offline build opened from disk, with no console errors."""

import pytest

from helpers import page_url

pytestmark = pytest.mark.browser

# The home pages are the tricky ones (the i18n plugin gives them absolute links).
PAGES = ["index.md", "why/index.md", "legal/personal-data.md"]


def switch_language(page, language):
    """Open the switcher the way a reader does and pick a language."""
    page.hover(".md-header__option .md-select")
    page.click(f'.md-select__link[hreflang="{language}"]')
    page.wait_for_load_state("load")


def assert_switches_both_ways(page, root, source, directory_urls, console_clean=True):
    bosnian, english = (root + page_url(lang, source, directory_urls) for lang in ("bs", "en"))
    page.goto(bosnian)
    assert page.locator("html").get_attribute("lang") == "bs"
    switch_language(page, "en")
    assert page.url == english
    assert page.locator("html").get_attribute("lang") == "en"
    switch_language(page, "bs")
    assert page.url == bosnian
    if console_clean:
        assert page.problems == []


@pytest.mark.parametrize("source", PAGES)
def test_switcher_goes_to_twin_and_back_when_served(page, site_url, source):
    assert_switches_both_ways(page, site_url, source, directory_urls=True)


@pytest.mark.parametrize("source", PAGES)
def test_switcher_works_from_disk(page, offline_site, source):
    assert_switches_both_ways(page, offline_site.as_uri() + "/", source, directory_urls=False)
