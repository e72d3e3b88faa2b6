"""A reader with only a keyboard: the skip link, the header, the colour scheme, the language switcher,
the search and (on a phone) the menu all work with Tab, Enter, arrows and Escape, and wherever the
focus is, a focus ring shows it."""

import pytest

from helpers import page_url

pytestmark = pytest.mark.browser

TRAINING = "strategy/choosing-platforms.md"
# What the focused element is, and whether a ring is drawn around it (for the hidden colour-scheme
# radio button, around its icon).
FOCUSED = """() => {
  const e = document.activeElement;
  const ringed = e.matches('.md-option') ? e.nextElementSibling : e;
  const box = ringed.getBoundingClientRect();
  return {
    tag: e.tagName.toLowerCase(), classes: e.className, text: (e.innerText || e.getAttribute('aria-label') || '').trim(),
    hreflang: e.getAttribute('hreflang'), ring: getComputedStyle(ringed).outlineStyle !== 'none',
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
  };
}"""


def tab_to(page, predicate, limit=40):
    """Press Tab until the focused element matches; every element passed must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["ring"], f"no visible focus ring on {focused}"
        if predicate(focused):
            assert focused["visible"], f"focused but not on screen: {focused}"
            return focused
    raise AssertionError("not reached with Tab")


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    yield context.new_page()
    context.close()


def test_skip_link_comes_first_and_jumps_to_the_text(desktop, site_url):
    desktop.goto(site_url + page_url("bs", TRAINING))
    desktop.keyboard.press("Tab")
    focused = desktop.evaluate(FOCUSED)
    assert "md-skip" in focused["classes"] and focused["visible"] and focused["ring"]
    desktop.keyboard.press("Enter")
    heading = desktop.locator("article h1").get_attribute("id")
    assert desktop.url.endswith("#" + heading)


def test_header_order_and_language_switch(desktop, site_url):
    desktop.goto(site_url + page_url("bs", TRAINING))
    desktop.wait_for_load_state("networkidle")
    tab_to(desktop, lambda f: "md-logo" in f["classes"])
    tab_to(desktop, lambda f: "md-option" in f["classes"])
    tab_to(desktop, lambda f: f["tag"] == "button" and f["text"] == "Odaberite jezik")
    tab_to(desktop, lambda f: f["hreflang"] == "en")
    with desktop.expect_navigation():
        desktop.keyboard.press("Enter")
    assert desktop.url == site_url + page_url("en", TRAINING)
    assert desktop.locator("html").get_attribute("lang") == "en"


def test_colour_scheme_switches_with_arrow_keys(desktop, site_url):
    desktop.goto(site_url)
    desktop.wait_for_load_state("networkidle")
    before = desktop.get_attribute("body", "data-md-color-scheme")
    tab_to(desktop, lambda f: "md-option" in f["classes"])
    desktop.keyboard.press("ArrowRight")
    desktop.wait_for_timeout(300)
    assert desktop.get_attribute("body", "data-md-color-scheme") != before


def test_search_with_the_keyboard(desktop, site_url):
    desktop.goto(site_url + page_url("en", "index.md"))
    desktop.wait_for_load_state("networkidle")
    tab_to(desktop, lambda f: "md-search__input" in f["classes"])
    desktop.keyboard.type("crisis")
    desktop.wait_for_selector(".md-search-result__item", timeout=10_000)
    desktop.keyboard.press("ArrowDown")
    focused = desktop.evaluate(FOCUSED)
    assert focused["tag"] == "a" and focused["ring"] and focused["visible"]
    desktop.keyboard.press("Escape")
    assert not desktop.is_checked("#__search")
    desktop.keyboard.press("/")
    assert desktop.evaluate("document.activeElement.classList.contains('md-search__input')")
    desktop.keyboard.press("ArrowDown")
    with desktop.expect_navigation():
        desktop.keyboard.press("Enter")
    assert "/en/" in desktop.url and desktop.url != site_url + "en/"


def test_menu_and_search_on_a_phone(phone, site_url):
    phone.goto(site_url + page_url("bs", TRAINING))
    phone.wait_for_load_state("networkidle")
    tab_to(phone, lambda f: f["text"] == "Otvori meni")
    phone.keyboard.press("Enter")
    assert phone.is_checked("#__drawer")
    focused = tab_to(phone, lambda f: "md-nav__link" in f["classes"])
    assert phone.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"), focused
    phone.goto(site_url + page_url("bs", TRAINING))
    phone.wait_for_load_state("networkidle")
    tab_to(phone, lambda f: f["text"] == "Otvori pretragu")
    phone.keyboard.press("Enter")
    assert phone.is_checked("#__search")
    phone.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    phone.keyboard.type("mediji")
    phone.wait_for_selector(".md-search-result__item", timeout=10_000)
