"""The strict build produces both languages, page for page, with the right language marks."""

import re

from helpers import DOCS, LANGUAGES, ROOT, built_pages, source_pages, soup


def test_both_languages_are_built(built_site):
    assert soup(built_site / "index.html").html["lang"] == "bs"
    assert soup(built_site / "en" / "index.html").html["lang"] == "en"


def test_every_page_has_its_twin():
    bosnian, english = set(source_pages("bs")), set(source_pages("en"))
    assert bosnian, "no pages found in docs/bs"
    assert sorted(bosnian - english) == [], "pages missing in docs/en"
    assert sorted(english - bosnian) == [], "pages missing in docs/bs"


def test_every_page_is_built_with_its_language(built_site):
    for language, page, html in built_pages(built_site):
        assert html.is_file(), f"{language}/{page} was not built"
        assert soup(html).html["lang"] == language, f"{language}/{page} has the wrong lang"


def test_switcher_links_point_at_the_twin_page(built_site):
    for language, page, html in built_pages(built_site):
        links = soup(html).select("a.md-select__link[hreflang]")
        targets = {a["hreflang"]: (html.parent / a["href"]).resolve() / "index.html" for a in links}
        assert set(targets) == set(LANGUAGES), f"{language}/{page}: switcher offers {sorted(targets)}"
        for other, target in targets.items():
            twin = [h for lang, p, h in built_pages(built_site) if lang == other and p == page][0]
            assert target == twin.resolve(), f"{language}/{page}: '{other}' link goes to {target}"


def test_switcher_entries_carry_their_own_language(built_site):
    for link in soup(built_site / "en" / "index.html").select("a.md-select__link"):
        assert link["lang"] == link["hreflang"]


def test_menus_site_name_and_description_are_translated(built_site):
    bosnian, english = soup(built_site / "index.html"), soup(built_site / "en" / "index.html")
    assert "Zašto društveni mediji" in bosnian.select_one("nav.md-nav--primary").get_text()
    assert "Why social media" in english.select_one("nav.md-nav--primary").get_text()
    assert bosnian.select_one(".md-header__topic").get_text(strip=True) == "Društveni mediji u javnoj upravi"
    assert english.select_one(".md-header__topic").get_text(strip=True) == "Social Media in Public Administration"
    assert "Priručnik" in bosnian.select_one('meta[name="description"]')["content"]


def test_bosnian_text_on_english_pages_is_marked(built_site):
    """Spans written as *tekst*{lang=bs} keep their mark through the build."""
    marked = 0
    for language, page, html in built_pages(built_site):
        if language == "en":
            marked += len(soup(html).select('article [lang="bs"]'))
    assert marked > 0, "no Bosnian text marked lang=bs on any English page"


def test_site_address_comes_from_the_environment():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL,", config, re.M)
    assert re.search(r"^edit_uri: !ENV \[EDIT_URI,", config, re.M)
