"""A single page printed from the browser (Ctrl+P) keeps only its content: no header, menus, table of
contents, search or footer; links to other sites show their address; every tab's name and text are
printed; the text is dark on white also when the reader uses dark mode."""

import pytest

pytestmark = pytest.mark.browser

PAGE = "strategy/choosing-platforms/"  # tables, tabs, admonitions and links to other sites
HIDDEN_ON_PAPER = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search", ".md-top"]


def printed(page, url, scheme=None):
    page.goto(url)
    if scheme:
        page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    page.emulate_media(media="print")
    return page


def style(page, selector, property, pseudo=None):
    return page.locator(selector).first.evaluate(
        f"(element) => getComputedStyle(element, {repr(pseudo) if pseudo else 'null'}).getPropertyValue('{property}')"
    )


def test_only_the_content_is_printed(page, site_url):
    printed(page, site_url + PAGE)
    for selector in HIDDEN_ON_PAPER:
        assert page.locator(selector).count() > 0, f"{selector} is not on the page any more"
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    assert page.locator("article h1").is_visible()
    assert page.problems == []


def test_links_to_other_sites_print_their_address(page, site_url):
    printed(page, site_url + PAGE)
    external = "article p a[href^='http']"  # in the text (the edit button is an icon)
    assert page.locator(external).count() > 0
    href = page.locator(external).first.get_attribute("href")
    assert href in style(page, external, "content", "::after")
    internal = "article a[href^='../']"
    assert style(page, internal, "content", "::after") in ("none", "normal")


def test_every_tab_is_printed_with_its_name(page, site_url):
    printed(page, site_url + PAGE)
    labels = page.locator("article .tabbed-labels > label")
    blocks = page.locator("article .tabbed-block")
    assert labels.count() > 1 and blocks.count() == labels.count()
    for index in range(blocks.count()):
        assert blocks.nth(index).is_visible() and labels.nth(index).is_visible()


def test_dark_mode_prints_dark_text_on_white(page, site_url):
    printed(page, site_url + PAGE, scheme="slate")
    assert style(page, "article p", "color") == "rgba(0, 0, 0, 0.87)"
    assert style(page, "body", "background-color") in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
