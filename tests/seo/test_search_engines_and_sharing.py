"""What search engines and link previews read: a description per page from its front matter,
absolute language alternates with x-default, a sitemap of both languages, Open Graph tags."""

import os
import re
import xml.etree.ElementTree as ElementTree
from html import unescape

from PIL import Image

from helpers import DEFAULT_LANGUAGE, DOCS, LANGUAGES, built_pages, page_url, soup

SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")  # as mkdocs.yml reads it
FRONT_DESCRIPTION = re.compile(r"^description:\s*(.+)$", re.M)


def front_description(language, page):
    text = (DOCS / language / page).read_text(encoding="utf-8").split("---", 2)[1]
    value = FRONT_DESCRIPTION.search(text).group(1).strip()
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def test_every_page_describes_itself_from_its_front_matter(built_site):
    for language, page, html in built_pages(built_site):
        document = soup(html)
        description = document.find("meta", attrs={"name": "description"})["content"]
        assert description == front_description(language, page), f"{language}/{page}"
        assert 0 < len(description) <= 160, f"{language}/{page}: {len(description)} characters"
        assert document.find("meta", property="og:description")["content"] == description


def test_every_title_names_the_page_then_the_site_once(built_site):
    for language, page, html in built_pages(built_site):
        title = soup(html).title.get_text()
        parts = title.split(" - ")
        assert len(parts) == len(set(parts)), f"{language}/{page}: '{title}' repeats itself"
        if page == "index.md":
            assert len(parts) == 1, f"{language}/{page}: the home page's title is the site's name alone"


def test_alternates_are_absolute_with_x_default(built_site):
    for language, page, html in built_pages(built_site):
        links = {a["hreflang"]: a["href"] for a in soup(html).select('head link[rel="alternate"][hreflang]')}
        expected = {lang: SITE_URL + page_url(lang, page) for lang in LANGUAGES}
        expected["x-default"] = expected[DEFAULT_LANGUAGE]
        assert links == expected, f"{language}/{page}"
        assert soup(html).find("link", rel="canonical")["href"] == expected[language]


def test_not_found_pages_have_no_alternates(built_site):
    for html in (built_site / "404.html", built_site / "en" / "404.html"):
        assert soup(html).select('link[rel="alternate"][hreflang]') == []


def test_sitemap_lists_both_languages_with_alternates(built_site):
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ElementTree.parse(built_site / "sitemap.xml")
    urls = {u.findtext("s:loc", namespaces=namespaces): u for u in tree.getroot().findall("s:url", namespaces)}
    for language, page, _ in built_pages(built_site):
        address = SITE_URL + page_url(language, page)
        assert address in urls, f"{address} is not in the sitemap"
        alternates = {link.get("hreflang"): link.get("href") for link in urls[address].findall("x:link", namespaces)}
        assert alternates == {lang: SITE_URL + page_url(lang, page) for lang in LANGUAGES}


def test_open_graph_preview_on_every_page(built_site):
    image = built_site / "assets" / "images" / "social-card.png"
    with Image.open(image) as picture:
        assert picture.size == (1200, 630)
    for language, page, html in built_pages(built_site):
        document = soup(html)
        tags = {m["property"]: unescape(m["content"]) for m in document.select("meta[property^='og:']")}
        assert tags["og:title"] and document.title.get_text().startswith(tags["og:title"].split(" - ")[0])
        assert tags["og:url"] == SITE_URL + page_url(language, page)
        assert tags["og:image"] == SITE_URL + "assets/images/social-card.png"
        assert tags["og:locale"] == {"bs": "bs_BA", "en": "en_GB"}[language]
        assert tags["og:image:alt"]
