"""In a real headless Chromium, Material's own search box on a small two-language site, served over HTTP
and opened from disk (offline build): results in the reader's language only, with a count that matches
what is shown; č ć đ š ž optional both ways; inflected forms and Cyrillic found; matched words marked in
the results and on the page; suggestions; English stemming. No console errors."""

import re
import shutil

import pytest

from conftest import ROOT, build_site, serve_directory, write_fixture_project
from helpers import load_module

pytestmark = [pytest.mark.browser, pytest.mark.needs("node")]  # the "from disk" builds copy the search shim from npm

search_quality = load_module("scripts/search_quality.py")

PAGES = {
    "bs/index.md": (
        "# Društveni mediji u javnoj upravi\n\nPriručnik pomaže institucijama da vode profile na Facebooku.\n"
    ),
    "bs/podaci.md": (
        "# Lični podaci na društvenim mrežama\n\nKorisnici društvenih medija imaju pravo na zaštitu podataka. "
        "Institucija objavljuje samo ono što smije.\n"
    ),
    # The body is typed without diacritics on purpose ("Cesto"): a query with them must still find it.
    "bs/saradnja.md": (
        "# Međunarodna saradnja\n\nCesto postavljana pitanja o saradnji s Facebookom i drugim kompanijama.\n"
    ),
    "en/index.md": (
        "# Social media in public administration\n\nThe handbook helps institutions run their pages on Facebook.\n"
    ),
    "en/podaci.md": (
        "# Personal data on social networks\n\nUsers of social media have a right to data protection. "
        "Our privacy policy explains what an institution publishes.\n"
    ),
    "en/saradnja.md": "# International cooperation\n\nFrequently asked questions about cooperation with Facebook.\n",
}
NAV = ("index.md", "podaci.md", "saradnja.md")


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-project")
    config = write_fixture_project(folder, PAGES, nav=NAV)
    shutil.copytree(ROOT / "docs" / "assets", folder / "docs" / "assets")  # stylesheet, logo, favicon
    return folder, config


@pytest.fixture(scope="module")
def served(fixture_project):
    folder, config = fixture_project
    url, server = serve_directory(build_site(folder / "site", config))
    yield url, {"bs": "", "en": "en/"}
    server.shutdown()


@pytest.fixture(scope="module")
def from_disk(fixture_project):
    folder, config = fixture_project
    site = build_site(folder / "offline", config, extra_env={"OFFLINE": "true"})
    return site.as_uri() + "/", {"bs": "index.html", "en": "en/index.html"}


@pytest.fixture(params=["served", "from disk"])
def site(request, fixture_project):
    return request.getfixturevalue("served" if request.param == "served" else "from_disk"), fixture_project[0] / "docs"


@pytest.fixture
def search(page, site):
    """search(language, query) -> Answer, typed into Material's search box on that language's home page."""
    (root, homes), docs = site
    current = {"language": None, "box": None}

    def ask(language, query):
        if current["language"] != language:  # open that language's home page
            current.update(language=language, box=search_quality.SearchBox(page, root, homes[language], docs=docs))
        return current["box"].ask(query)

    yield ask
    assert page.problems == []


def found(answer):
    return [f"{language}:{path}" for language, path in answer.pages]


def test_results_are_in_the_readers_language_and_counted_as_shown(search):
    for language, other in (("bs", "en"), ("en", "bs")):
        answer = search(language, "facebook")
        assert sorted(found(answer)) == [f"{language}:index.md", f"{language}:saradnja.md"]
        assert re.search(r"\d+", answer.count_text).group() == str(answer.shown) == "2"
    assert found(search("bs", "privacy policy")) == [], "English words find no Bosnian page"
    assert found(search("en", "lični podaci")) == [], "Bosnian words find no English page"


def test_letters_with_and_without_diacritics_find_each_other(search):
    assert found(search("bs", "drustvenim mrezama"))[0] == "bs:podaci.md"  # title, š and ž left out
    assert found(search("bs", "zastitu")) == ["bs:podaci.md"]  # body
    assert found(search("bs", "medjunarodna")) == ["bs:saradnja.md"]  # đ typed as dj
    assert found(search("bs", "medunarodna")) == ["bs:saradnja.md"]  # đ typed as d
    assert found(search("bs", "često")) == ["bs:saradnja.md"]  # the text has "Cesto"


def test_inflected_forms_find_each_other(search):
    assert set(found(search("bs", "institucija"))) == {"bs:index.md", "bs:podaci.md"}  # institucijama
    assert found(search("bs", "korisnik")) == ["bs:podaci.md"]  # Korisnici
    assert found(search("bs", "objaviti")) == ["bs:podaci.md"]  # objavljuje
    assert found(search("bs", "podatak")) == ["bs:podaci.md"]  # podaci, podataka
    assert found(search("en", "policies")) == ["en:podaci.md"]  # English stemming: policy
    assert found(search("en", "publishing")) == ["en:podaci.md"]  # publishes


def test_cyrillic_finds_latin_text(search):
    assert set(found(search("bs", "друштвени"))) == {"bs:index.md", "bs:podaci.md"}
    assert found(search("bs", "међународна")) == ["bs:saradnja.md"]


def test_matched_words_are_marked_in_results_and_on_the_page(search, page):
    answer = search("bs", "друштвеним мрежама")
    assert found(answer)[0] == "bs:podaci.md"
    marked = page.locator(".md-search-result__item").first.locator("mark").all_inner_texts()
    assert {"društvenim", "mrežama"} <= set(marked)
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("load")
    page.wait_for_selector("article mark[data-md-highlight]")
    on_page = {text.lower() for text in page.locator("article mark[data-md-highlight]").all_inner_texts()}
    assert {"društvenim", "mrežama", "društvenih"} <= {word for text in on_page for word in text.split()}


def test_suggestions_complete_the_word_being_typed(search, page):
    suggestion = page.locator(".md-search__suggest")
    search("bs", "drus")
    page.wait_for_function("() => document.querySelector('.md-search__suggest').textContent.length > 4")
    assert re.fullmatch(r"drustven\w*", suggestion.text_content())
    search("bs", "дру")
    page.wait_for_function("() => document.querySelector('.md-search__suggest').textContent !== 'дру'")
    assert re.fullmatch(r"друштвен\w*", suggestion.text_content())
