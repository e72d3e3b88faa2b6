"""Material's script is fetched when the reader first uses a page, not while it loads
(hooks/theme_script_on_first_use.py): a page that is only read costs no theme script at all, and
everything the script does still works once the reader moves, touches or types."""

import re

import pytest
from mkdocs.exceptions import PluginError

from helpers import SAVE_DATA_SCRIPT, built_pages, load_module, page_url

defer_theme_script = load_module("hooks/theme_script_on_first_use.py").defer_theme_script

BUNDLE = re.compile(r"bundle\.[0-9a-f]+\.min\.js")
PAGE = (
    '<body><script src="../search-language.js"></script>\n'
    '<script src="../assets/javascripts/search-language.js"></script>\n'
    '<script src="../assets/javascripts/search-highlight.js"></script>\n'
    '<script src="../assets/javascripts/bundle.0123abcd.min.js"></script></body>'
)


def test_the_script_tag_becomes_the_loader():
    output = defer_theme_script(PAGE, "a page")
    assert '<script src="../assets/javascripts/bundle' not in output
    assert (
        '<script src="../assets/javascripts/theme-script-on-first-use.js" '
        'data-theme-script="../assets/javascripts/bundle.0123abcd.min.js" '
        'data-highlight-scripts="../assets/javascripts/search-language.js ../assets/javascripts/search-highlight.js" defer>'
    ) in output
    assert '<script src="../search-language.js">' in output, "only the site's own highlighting scripts move"


def test_a_changed_theme_template_fails_the_build_with_a_reason():
    with pytest.raises(PluginError, match="(?s)has 0 tags for Material's script.*Material's output changed.*base.html"):
        defer_theme_script("<body><script src='bundle.js'></script></body>", "the page why/index.md")


def test_no_built_page_loads_the_theme_script_directly(built_site):
    pages = [html for _, _, html in built_pages(built_site)] + [built_site / "404.html", built_site / "en" / "404.html"]
    for html in pages:
        text = html.read_text(encoding="utf-8")
        loaders = re.findall(r'<script src="[^"]*theme-script-on-first-use\.js" data-theme-script="([^"]+)"', text)
        assert len(loaders) == 1, f"{html}: {len(loaders)} loaders"
        assert not re.search(r'<script src="[^"]*' + BUNDLE.pattern, text), f"{html} loads Material's script"
        if html.name != "404.html":  # the 404 pages use addresses from the site's root
            assert (html.parent / loaders[0]).is_file(), f"{html}: {loaders[0]} was not built"


@pytest.mark.browser
@pytest.mark.parametrize("saving_data", [False, True], ids=["reader", "reader saving data"])
def test_reading_costs_no_theme_script_and_the_first_use_brings_it(page, site_url, saving_data):
    """The theme's script is not part of a page's load. Once the page has loaded it is fetched into
    the cache with low priority, for the search (unless the reader asks to save data), but it only
    runs at the reader's first use of the page."""
    if saving_data:
        page.context.add_init_script(SAVE_DATA_SCRIPT)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("load", lambda: requested.append("load"))
    page.set_viewport_size({"width": 1440, "height": 900})  # wide: the table of contents shows
    page.goto(site_url + page_url("bs", "strategy/choosing-platforms.md"))
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested[: requested.index("load")] if BUNDLE.search(url)]
    fetched_after_load = [url for url in requested if BUNDLE.search(url)]
    assert len(fetched_after_load) == (0 if saving_data else 1)
    assert page.evaluate("typeof window.component$") == "undefined"
    requested.clear()

    page.mouse.move(720, 450)  # the reader's first move, over the text
    page.wait_for_function("() => typeof window.component$ !== 'undefined'", timeout=10_000)
    assert len([url for url in requested if BUNDLE.search(url)]) == 1  # (from the cache, if fetched ahead)
    # Material is running: the table of contents follows the reading (toc.follow).
    page.mouse.wheel(0, 2500)
    page.wait_for_selector(".md-sidebar--secondary .md-nav__link--active", timeout=5_000)
    assert page.problems == []


@pytest.mark.browser
def test_a_first_key_brings_it_for_keyboard_readers(page, site_url):
    page.goto(site_url + page_url("en", "why/index.md"))
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Tab")
    page.wait_for_function("() => typeof window.component$ !== 'undefined'", timeout=10_000)
    page.keyboard.press("/")  # Material's shortcut to the search
    assert page.evaluate("document.activeElement.matches('.md-search__input')")
    assert page.problems == []


@pytest.mark.browser
def test_a_page_opened_from_a_search_result_brings_it_at_once(page, site_url):
    page.goto(site_url + page_url("bs", "strategy/choosing-platforms.md") + "?h=platforme")
    page.wait_for_selector("article mark", timeout=10_000)  # no move, no key: highlighted on arrival
    assert page.problems == []


@pytest.mark.browser
def test_a_link_to_a_search_brings_it_at_once(page, site_url):
    page.goto(site_url + page_url("en", "index.md") + "?q=crisis")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)  # the search opens with the query
    assert page.problems == []


@pytest.fixture
def slow_theme_script(browser):
    """A page whose request for Material's script is held, as on a slow connection, until
    `page.let_script_arrive()`."""
    def open_page(**options):
        context = browser.new_context(**options)
        page = context.new_page()
        held = []
        page.route(BUNDLE, lambda route: held.append(route))
        page.let_script_arrive = lambda: [route.continue_() for route in held]
        page.problems = []
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        contexts.append(context)
        return page

    contexts = []
    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.browser
def test_what_the_reader_does_before_the_script_arrives_counts(slow_theme_script, site_url):
    page = slow_theme_script(viewport={"width": 1280, "height": 800})
    page.goto(site_url + page_url("en", "index.md"))
    # A keyboard reader tabs into the header: the focus ring shows.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    # ... switches to the dark scheme, which shows at once and stays when the script starts.
    scheme = tab_to_scheme_switch(page)
    page.keyboard.press("ArrowRight")
    assert page.get_attribute("body", "data-md-color-scheme") != scheme
    # ... presses Material's search key and types: the words go into the search box.
    page.keyboard.press("/")
    page.keyboard.type("crisis")
    assert page.input_value(".md-search__input") == "crisis"
    assert page.evaluate("document.documentElement.classList.contains('no-js')"), "the script came too early"

    page.let_script_arrive()
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert page.get_attribute("body", "data-md-color-scheme") != scheme
    assert page.problems == []


def tab_to_scheme_switch(page):
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-option')"):
            assert page.evaluate("document.activeElement.nextElementSibling.getBoundingClientRect().width") > 0
            return page.get_attribute("body", "data-md-color-scheme")
    raise AssertionError("the colour scheme switch is not reached with Tab")


@pytest.mark.browser
def test_the_menu_and_search_buttons_on_a_phone_work_before_the_script_arrives(slow_theme_script, site_url):
    page = slow_theme_script(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page.goto(site_url + page_url("bs", "index.md"))
    page.focus("label.md-header__button[for=__drawer]")  # Enter on the menu button opens the menu
    page.keyboard.press("Enter")
    assert page.is_checked("#__drawer")
    page.keyboard.press("Enter")
    assert not page.is_checked("#__drawer")
    page.tap("label.md-header__button[for=__search]")
    page.keyboard.type("kriza")
    assert page.input_value(".md-search__input") == "kriza"
    assert page.evaluate("document.documentElement.classList.contains('no-js')"), "the script came too early"
    page.let_script_arrive()
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert page.problems == []


@pytest.mark.browser
def test_search_stays_visible_before_the_script(page, site_url):
    """Material hides the search until its script runs; site.css shows it, where Material would."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + page_url("bs", "index.md"))
    assert page.is_visible(".md-search__input") and not page.is_visible("label.md-header__button[for=__search]")
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.is_visible("label.md-header__button[for=__search]")


@pytest.mark.browser
def test_a_reader_already_searching_gets_the_answer_first_then_the_rest_of_the_page(slow_theme_script, site_url):
    """Material sets up the contents, menus and header on DOMContentLoaded; for a reader who is already
    searching, the loader lets the first results come before that (then it follows at once)."""
    page = slow_theme_script(viewport={"width": 1440, "height": 900})
    page.goto(site_url + page_url("en", "strategy/choosing-platforms.md"))
    page.evaluate(
        "document.addEventListener('DOMContentLoaded', () => { window.__restAt = performance.now(); });"
        "new MutationObserver((_, observer) => { if (document.querySelector('.md-search-result__item')) {"
        " window.__firstAt = performance.now(); observer.disconnect(); } }).observe(document.body, {childList: true, subtree: true});"
    )
    page.keyboard.press("/")
    page.keyboard.type("platform")
    page.let_script_arrive()
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.wait_for_function("() => window.__restAt !== undefined", timeout=5_000)
    assert page.evaluate("window.__firstAt <= window.__restAt"), "the rest of the page came before the first answer"
    page.keyboard.press("Escape")
    page.mouse.wheel(0, 2500)  # the table of contents follows the reading: Material set it up
    page.wait_for_selector(".md-sidebar--secondary .md-nav__link--active", timeout=5_000)
    assert page.problems == []
