"""The diagrams and example posts in the built site, the offline copy and the phone/dark views:
every diagram is an SVG titled and described in its page's language, no page loads a diagram
library, the example-post block gives both languages the same structure, and the quick start
"first five days" leads the menu and the home page."""

import re

import pytest
import yaml

from helpers import DOCS, LANGUAGES, ROOT, built_path, load_module, page_url, soup, source_pages

diagrams = load_module("hooks/diagrams.py")
posts = load_module("hooks/example_posts.py")

MIN_DIAGRAMS = 8
MIN_POSTS = 12
LABELS = {"bs": {"Dobar primjer", "Slabiji primjer", "Primjer"}, "en": {"Good example", "Weaker example", "Example"}}
ILLUSTRATIVE = {"bs": "Ilustrativni primjer", "en": "Illustrative example"}
# Anything that would draw diagrams in the reader's browser.
DIAGRAM_LIBRARY = re.compile(r"mermaid|viz(?:\.js|-standalone)|d3(?:\.min)?\.js|graphviz|unpkg\.com|jsdelivr", re.I)


def diagram_sources(language):
    """{page: [(title, description), ...]} from the Markdown, drawn through the hook's cache."""
    found = {}
    for page in source_pages(language):
        lines = (DOCS / language / page).read_text(encoding="utf-8").splitlines()
        drawings = [diagrams.draw(fence.source) for fence in diagrams.find_diagrams(lines)]
        if drawings:
            found[page] = [(drawing.title, drawing.description) for drawing in drawings]
    return found


def post_headers(language):
    found = {}
    for page in source_pages(language):
        lines = (DOCS / language / page).read_text(encoding="utf-8").splitlines()
        headers = [header.group(2) for _, header in posts.post_headers(lines)]
        if headers:
            found[page] = headers
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_diagram_is_an_svg_titled_and_described_in_its_pages_language(built_site, language):
    sources = diagram_sources(language)
    assert sum(len(found) for found in sources.values()) >= MIN_DIAGRAMS
    other = {title for found in diagram_sources(next(l for l in LANGUAGES if l != language)).values() for title, _ in found}
    for page, expected in sources.items():
        html = soup(built_path(built_site, language, page))
        assert html.html["lang"] == language
        figures = html.select("figure.diagram")
        drawn = []
        for figure in figures:
            svg = figure.svg
            assert svg["role"] == "img", page
            title, description = svg.find(id=svg["aria-labelledby"]), svg.find(id=svg["aria-describedby"])
            assert (title.name, description.name) == ("title", "desc"), page
            assert figure.figcaption.text == title.text
            assert svg.find_all("text"), f"{page}: the diagram has no text"
            drawn.append((title.text, description.text))
        assert drawn == expected, page
        # translated, not copied: no title is the same as one in the other language
        assert not {title for title, _ in drawn} & other, page


def test_required_diagrams_are_on_their_pages():
    pages = set(diagram_sources("bs")) & set(diagram_sources("en"))
    for page in ("strategy/roles-approval.md", "community/crisis.md", "strategy/choosing-platforms.md",
                 "content/content-calendar.md", "cases/dei-2014.md", "first-five-days.md", "strategy/account-security.md"):
        assert page in pages, page


def test_no_page_loads_a_diagram_library_or_needs_inline_styles(built_site):
    for html_file in built_site.rglob("*.html"):
        html = soup(html_file)
        sources = [tag.get("src", "") for tag in html.find_all("script")] + [tag.get("href", "") for tag in html.find_all("link")]
        assert not [source for source in sources if DIAGRAM_LIBRARY.search(source)], html_file
        assert not html.select(".mermaid, pre.mermaid, div.mermaid"), html_file
        for figure in html.select("figure.diagram, figure.social-post"):
            assert figure.find("style") is None and figure.find(style=True) is None, html_file
            assert figure.find("script") is None, html_file


def structure(figure):
    """What the block drew, without the words: the kind and the classes of every element, in order."""
    return [" ".join(figure["class"])] + [" ".join(tag["class"]) for tag in figure.find_all(class_=re.compile("^social-post"))]


def test_example_posts_have_the_same_structure_in_both_languages(built_site):
    headers = {language: post_headers(language) for language in LANGUAGES}
    for language in LANGUAGES:
        assert sum(len(found) for found in headers[language].values()) >= MIN_POSTS, language
    assert set(headers["bs"]) == set(headers["en"])
    for page in headers["bs"]:
        drawn = {}
        for language in LANGUAGES:
            figures = soup(built_path(built_site, language, page)).select("figure.social-post")
            assert len(figures) == len(headers[language][page]), f"{language}/{page}: a post was not drawn"
            for figure in figures:
                label = figure.select_one(".social-post__label strong").text
                assert label in LABELS[language]
                source = figure.select_one(".social-post__source")
                assert source.name == "a" or source.text == ILLUSTRATIVE[language]
                assert figure.select_one(".social-post__why strong").text in ("Zašto:", "Why:")
                image = figure.select_one(".social-post__image")
                if image:
                    assert image["role"] == "img" and image["aria-label"].split(":")[0] in ("Slika", "Image")
            drawn[language] = [structure(figure) for figure in figures]
        assert drawn["bs"] == drawn["en"], page


def test_first_five_days_leads_the_menu_and_the_home_page(built_site):
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
        nav = yaml.load(config, Loader=yaml.BaseLoader)["nav"]
    assert nav[:2] == [{"Home": "index.md"}, "first-five-days.md"]
    for language in LANGUAGES:
        home = soup(built_path(built_site, language, "index.md"))
        first_box = home.select_one("article .admonition")
        assert first_box is not None and first_box.find_next("h2")["id"] == "who-it-is-for"
        assert first_box.find("a")["href"].rstrip("/").endswith("first-five-days")
        quick_start = soup(built_path(built_site, language, "first-five-days.md"))
        links = {a["href"] for a in quick_start.select("article a[href]")}
        for page in ("strategy/account-security", "strategy/roles-approval", "strategy/house-rules",
                     "strategy/website-first", "content/content-calendar"):
            assert any(page in link for link in links), f"{language}: no link to {page}"


def test_the_offline_copy_shows_the_figures(unzipped):
    for language in LANGUAGES:
        page = soup(unzipped / page_url(language, "community/community-management.md", directory_urls=False))
        assert page.select("figure.diagram svg[role=img] title") and page.select("figure.social-post")
