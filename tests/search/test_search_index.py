"""Each language gets its own search index, read with its own rules (hooks/search_per_language.py):
Bosnian at search/, English at en/search/, each page pointing its search at its language's index,
and the language extension installed where Material's search worker loads it."""

import gzip
import json
import re

import pytest

from helpers import LANGUAGES, ROOT, built_path, load_module, source_pages, soup

FOLDER = {"bs": "", "en": "en/"}
LUNR_LANGUAGE = {"bs": "bs", "en": "en-stem"}
EXTENSION = ROOT / "overrides" / "assets" / "javascripts" / "search-language.js"


def index(site, language):
    return json.loads((site / FOLDER[language] / "search" / "search_index.json").read_text(encoding="utf-8"))


def page_config(html_file):
    return json.loads(soup(html_file).select_one("script#__config").string)


def test_each_language_has_its_own_index_with_its_own_rules(built_site):
    for language in LANGUAGES:
        config = index(built_site, language)["config"]
        assert config["lang"] == [LUNR_LANGUAGE[language]]
        assert config["pipeline"] == ["trimmer", "stopWordFilter", "stemmer"]
        assert re.search(config["separator"], "a,b") and not re.search(config["separator"], "šđčćž")


def test_an_index_holds_its_own_language_only_and_every_page_of_it(built_site):
    for language in LANGUAGES:
        docs = index(built_site, language)["docs"]
        pages = {doc["location"].split("#")[0] for doc in docs}
        assert not any(location.startswith("en/") for location in pages), f"{language}: English pages leaked in"
        for page in source_pages(language):
            html = built_path(built_site, language, page).relative_to(built_site / FOLDER[language])
            url = html.parent.as_posix() + "/" if html.parent.as_posix() != "." else ""
            assert url in pages, f"{language}/{page} is not in its language's index"
    bosnian = {doc["title"] for doc in index(built_site, "bs")["docs"]}
    english = {doc["title"] for doc in index(built_site, "en")["docs"]}
    assert "Zašto društveni mediji" in bosnian and "Zašto društveni mediji" not in english
    assert "Why social media" in english and "Why social media" not in bosnian


def test_pages_search_the_index_of_their_language(built_site):
    for language in LANGUAGES:
        for page in ["index.md", "why/index.md", "legal/personal-data.md"]:
            html = built_path(built_site, language, page)
            base = (html.parent / page_config(html)["base"]).resolve()
            assert base == (built_site / FOLDER[language]).resolve(), f"{language}/{page} searches {base}"


def test_the_extension_is_where_the_worker_loads_it(built_site):
    source = EXTENSION.read_text(encoding="utf-8")
    for language in LANGUAGES:
        installed = built_site / "assets" / "javascripts" / "lunr" / "min" / f"lunr.{LUNR_LANGUAGE[language]}.min.js"
        assert installed.read_text(encoding="utf-8") == source


def test_bosnian_pages_read_the_highlight_with_the_same_rules_before_material(built_site):
    """hooks/theme_script_on_first_use.py loads them, in this order, before Material's script."""
    def loader(html):
        return soup(html).select_one("script[data-theme-script]")

    bosnian = loader(built_site / "why" / "index.html")
    names = [src.rsplit("/", 1)[-1] for src in bosnian["data-highlight-scripts"].split()]
    assert names == ["search-language.js", "search-highlight.js"]
    assert bosnian["data-theme-script"].rsplit("/", 1)[-1].startswith("bundle.")
    english = loader(built_site / "en" / "why" / "index.html")
    assert english["data-highlight-scripts"] == "", "English pages have no page-side search rules"


# What a reader on a phone downloads to search one language (gzip, as GitHub Pages serves it): about
# 170 KB in December 2026 for 62 pages. At 1.6 Mbit/s every 100 KB is half a second before the first
# result; if the handbook outgrows this, look at what each entry carries before raising it (see
# docs/en/contributing/performance.md, "Search speed").
INDEX_BUDGET = 250 * 1024


def test_each_language_index_fits_its_budget(built_site):
    for language in LANGUAGES:
        data = (built_site / FOLDER[language] / "search" / "search_index.json").read_bytes()
        size = len(gzip.compress(data, compresslevel=6, mtime=0))
        assert size <= INDEX_BUDGET, f"{language}: the search index is {size / 1024:.0f} KB gzip, over {INDEX_BUDGET // 1024} KB"


def test_pages_name_their_index_language_for_the_loader(built_site):
    """theme-script-on-first-use.js fetches the worker's language scripts ahead from this name."""
    for language in LANGUAGES:
        for page in ["index.md", "why/index.md"]:
            config = page_config(built_path(built_site, language, page))
            assert config["search_language"] == LUNR_LANGUAGE[language]
            assert (built_site / "assets" / "javascripts" / "lunr" / "min" / f"lunr.{config['search_language']}.min.js").is_file()


def test_the_early_search_worker_sits_beside_materials(built_site):
    """Material's worker code finds its language scripts from the folder of the frame's first script
    (from disk); the loader starts workers/search-start.js, so it must be in Material's folder."""
    workers = built_site / "assets" / "javascripts" / "workers"
    assert (workers / "search-start.js").is_file()
    assert list(workers.glob("search.*.min.js"))
    config = page_config(built_site / "why" / "index.html")
    assert config["search"].rsplit("/", 1)[0].endswith("assets/javascripts/workers")


def test_each_index_carries_its_languages_synonyms(built_site):
    for language in LANGUAGES:
        groups = index(built_site, language)["config"]["synonyms"]
        assert groups and all(len(group) >= 2 for group in groups)
    assert ["fake news", "disinformation"] in index(built_site, "en")["config"]["synonyms"]
    assert not any("fake news" in group for group in index(built_site, "bs")["config"]["synonyms"])


def test_a_broken_synonyms_file_stops_the_build_naming_the_line(tmp_path, monkeypatch):
    from mkdocs.exceptions import PluginError

    monkeypatch.syspath_prepend(str(ROOT / "hooks"))  # the hook's shared _languages.py
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    hook = load_module("hooks/search_per_language.py")
    from checks import search_synonyms

    broken = tmp_path / "search-synonyms.yml"
    broken.write_text("bs:\n  - [kalendar objava]\n", encoding="utf-8")
    monkeypatch.setattr(search_synonyms, "FILE", broken)
    with pytest.raises(PluginError, match=r"search-synonyms\.yml:2: a group needs at least two"):
        hook.synonyms()
