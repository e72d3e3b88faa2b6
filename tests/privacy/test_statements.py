"""The accessibility and privacy statements exist in both languages, are written (not placeholders),
are in the menu of every page, and tell the reader where to report a problem."""

import pytest

from helpers import built_path, soup

STATEMENTS = {
    "about/accessibility-statement.md": {"bs": "WCAG 2.1", "en": "WCAG 2.1"},
    "about/privacy.md": {"bs": "kolačiće", "en": "no cookies"},
}


@pytest.mark.parametrize("language", ["bs", "en"])
@pytest.mark.parametrize("page", list(STATEMENTS))
def test_statement_is_written_and_reachable(built_site, page, language):
    document = soup(built_path(built_site, language, page))
    text = " ".join(document.select_one("article").get_text(" ").split())
    assert "PLACEHOLDER" not in text and len(text) > 1500
    assert STATEMENTS[page][language] in text
    assert document.select_one('article a[href$="/issues"]') is not None, "no way to report a problem"
    # In the menu: the About section's overview lists it (the menu shows a section's pages there).
    overview = soup(built_path(built_site, language, "about/index.md"))
    name = page.removeprefix("about/").removesuffix(".md") + "/"
    assert any(a["href"].endswith(name) for a in overview.select("nav.md-nav--primary a[href]")), "not in the menu"
