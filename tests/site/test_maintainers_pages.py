"""The maintainers' pages (translation status, search quality, performance, ...) are built, but they are
neither in the readers' menu nor in the printed handbook; every page's footer links to them and to the
contributor guide, in the page's own language. The home page's menu entry is "Početna" / "Home", not
a second copy of the site's name."""

import sys

from helpers import ROOT, built_pages, soup, source_pages

sys.path.insert(0, str(ROOT / "scripts"))
from checks.menu import config_menu  # noqa: E402

CONTRIBUTING = [page for page in source_pages("bs") if page.startswith("contributing/")]
MAINTAINERS = [page for page in CONTRIBUTING if page not in config_menu(ROOT / "mkdocs.yml")]


def menu_links(html) -> list[str]:
    return [a.get("href", "") for a in html.select("nav.md-nav--primary a")]


def test_maintainers_pages_are_built_but_not_in_the_menu(built_site):
    assert len(MAINTAINERS) >= 3
    for language, page, path in built_pages(built_site):
        html = soup(path)
        for maintainers_page in MAINTAINERS:
            slug = maintainers_page.removesuffix(".md").split("/")[-1]
            assert not any(slug in href for href in menu_links(html)), f"{language}/{page}: {slug} is in the menu"


def test_every_footer_links_the_guide_and_the_maintainers_pages_in_its_language(built_site):
    for language, page, path in built_pages(built_site):
        links = soup(path).select(".md-copyright__links a")
        targets = [(path.parent / a["href"]).resolve() for a in links]
        assert len(links) == len(CONTRIBUTING), f"{language}/{page}"
        for target in targets:
            assert (target / "index.html").is_file(), f"{language}/{page}: footer link to {target} is broken"
            expected_root = built_site / "en" if language == "en" else built_site
            assert target.is_relative_to(expected_root.resolve() / "contributing"), f"{language}/{page}: {target}"


def test_home_menu_entry_is_not_the_site_name_again(built_site):
    for language, index, label in (("bs", built_site / "why" / "index.html", "Početna"), ("en", built_site / "en" / "why" / "index.html", "Home")):
        entries = [a.get_text(" ", strip=True) for a in soup(index).select("nav.md-nav--primary > ul > li > a")]
        assert entries and entries[0] == label, f"{language}: {entries[:3]}"
