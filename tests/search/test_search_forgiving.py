"""The search forgives a typing mistake and knows the reader's own words (includes/search-synonyms.yml),
in real Chromium on the served site and in the offline copy opened from disk (the real zip): one
typing mistake and one synonym per language, and the note that says which words were searched."""

import pytest

from helpers import load_module

pytestmark = pytest.mark.browser

search_quality = load_module("scripts/search_quality.py")

# language -> (query with a typing mistake, its page, the note) and (the reader's word, the page's)
TYPO = {
    "bs": ("dezinformacjie", "community/disinformation.md", "Prikazani su rezultati za „dezinformacije“."),
    "en": ("disinfromation", "community/disinformation.md", "Showing results for “disinformation”."),
}
SYNONYM = {
    "bs": ("kalendar objava", "content/content-calendar.md"),
    "en": ("fake news", "community/disinformation.md"),
}


@pytest.fixture(params=["served", "from the offline zip"])
def copy(request):
    if request.param == "served":
        return request.getfixturevalue("site_url"), search_quality.HOMES["online"]
    return request.getfixturevalue("unzipped").as_uri() + "/", search_quality.HOMES["offline"]


@pytest.mark.parametrize("language", ["bs", "en"])
def test_a_typing_mistake_is_forgiven_and_the_results_say_so(page, copy, language):
    root, homes = copy
    box = search_quality.SearchBox(page, root, homes[language])
    query, expected, note = TYPO[language]
    answer = box.ask(query)
    assert answer.pages[0] == (language, expected), answer.pages[:5]
    assert page.locator(".md-search-result__note").text_content() == note
    assert page.locator(".md-search-result__note").is_visible()
    assert page.locator(".md-search-result__item").first.locator("mark").count() > 0, "the found word is marked"
    box.ask("dezinformacije" if language == "bs" else "disinformation")
    assert page.locator(".md-search-result__note").is_hidden(), "no note for a query found as typed"
    assert page.problems == []


@pytest.mark.parametrize("language", ["bs", "en"])
def test_the_readers_own_words_find_the_pages_words(page, copy, language):
    root, homes = copy
    box = search_quality.SearchBox(page, root, homes[language])
    query, expected = SYNONYM[language]
    answer = box.ask(query)
    assert (language, expected) in answer.pages[:5], answer.pages[:5]
    position = [found for found in answer.pages].index((language, expected))
    article = page.locator(".md-search-result__item").nth(position).locator("a.md-search-result__link").first
    assert article.locator(".md-search-result__terms").count() == 0, "no word of the query is listed as missing"
    assert page.problems == []
