"""Page weight, in bytes computed from the built files (never timings).

The issue's budget: a first visit to any page transfers at most 60 KB gzip of HTML, CSS, JS and
fonts, and later pages mostly just their HTML. Material's own script (34 KB gzip) is not part of a
first visit: hooks/theme_script_on_first_use.py has it fetched when the reader first uses the page
(tests/performance/test_theme_script_on_first_use.py), so it is counted apart and may not grow
beyond Material's file plus the few bytes of hooks/lazy_search.py. The numbers are in
docs/*/contributing/performance.md (`benchmarks/page_weight.py` prints them).
"""

import re
from pathlib import Path

import pytest

import material
from helpers import SAVE_DATA_SCRIPT, built_pages
from weight import first_visit, gzip_size

BUDGET = 60 * 1024
HTML_BUDGET = 30 * 1024  # one page's own HTML, gzip: what a later page costs
# What a page fetches after its load event, with low priority, to have the search ready.
SEARCH_AHEAD = re.compile(r"/search/search_index\.json$|/assets/javascripts/(workers/|lunr/min/|bundle\.[0-9a-f]+\.min\.js$)")
MATERIAL_SCRIPT = next((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))


def every_page(site):
    pages = [(language, page, html) for language, page, html in built_pages(site)]
    return pages + [("bs", "404", site / "404.html"), ("en", "404", site / "en" / "404.html")]


def test_first_visit_of_every_page_fits_the_budget(built_site):
    over = []
    for language, page, html in every_page(built_site):
        files = first_visit(html, built_site)
        total = sum(files.values())
        if total > BUDGET:
            heaviest = sorted(files.items(), key=lambda item: -item[1])[:4]
            over.append(f"{language}/{page}: {total / 1024:.1f} KB; heaviest: "
                        + ", ".join(f"{path.name} {size / 1024:.1f} KB" for path, size in heaviest))
    assert over == [], f"over the {BUDGET // 1024} KB budget:\n" + "\n".join(over)


def test_theme_script_is_materials_own(built_site):
    """Nothing is added to the theme's script: only the lazy-search patch (well under 1 KB)."""
    built = next((built_site / "assets" / "javascripts").glob("bundle.*.min.js"))
    assert gzip_size(built) <= gzip_size(MATERIAL_SCRIPT) + 1024


def test_later_pages_need_only_their_html(built_site):
    """All pages of a language share the same files (cached after the first visit), and no page's
    own HTML is heavy."""
    shared = {}
    heavy = []
    for language, page, html in every_page(built_site):
        resources = frozenset(path.relative_to(built_site) for path in first_visit(html, built_site) if path != html)
        shared.setdefault(language, {}).setdefault(resources, []).append(page)
        if gzip_size(html) > HTML_BUDGET:
            heavy.append(f"{language}/{page}: {gzip_size(html) / 1024:.1f} KB of HTML")
    for language, sets in shared.items():
        assert len(sets) == 1, f"{language}: pages load different files: " + "; ".join(
            f"{sorted(map(str, resources))} on {pages[:3]}" for resources, pages in sets.items()
        )
    assert heavy == []


def test_budget_counts_fonts_and_stylesheet_urls(tmp_path):
    """The calculation itself: a font referenced from a stylesheet is part of the first visit."""
    (tmp_path / "a.css").write_text("@font-face{src:url(f.woff2)}body{background:url('data:image/png;base64,AA')}")
    (tmp_path / "f.woff2").write_bytes(b"x" * 5000)
    (tmp_path / "s.js").write_text("1")
    page = tmp_path / "index.html"
    page.write_text('<link rel="stylesheet" href="a.css"><script src="s.js"></script><article><img src="big.png"></article>')
    assert set(first_visit(page, tmp_path)) == {page, tmp_path / "a.css", tmp_path / "f.woff2", tmp_path / "s.js"}


@pytest.mark.browser
@pytest.mark.parametrize("saving_data", [False, True], ids=["reader", "reader saving data"])
def test_a_first_visit_loads_exactly_the_counted_files(page, site_url, built_site, saving_data):
    """In Chromium, a first visit requests what the budget counts and nothing more until the page
    has loaded. After that, the search gets ready in the background (theme-script-on-first-use.js):
    Material's script, the search worker, its language scripts and the language's index, and nothing
    else; for a reader who asks to save data, nothing at all."""
    if saving_data:
        page.context.add_init_script(SAVE_DATA_SCRIPT)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("load", lambda: requested.append("load"))
    for address in ("strategy/choosing-platforms/", "en/cases/germany-police/"):
        requested.clear()
        page.context.clear_cookies()
        page.goto(site_url + address)
        page.wait_for_load_state("networkidle")
        counted = {site_url + str(path.relative_to(built_site)) for path in first_visit(built_site / address / "index.html", built_site)}
        counted = {url.removesuffix("index.html") for url in counted}
        first = {url for url in requested[: requested.index("load")] if not url.startswith("data:")}
        later = {url for url in requested[requested.index("load") + 1 :] if not url.startswith("data:")}
        assert first <= counted, f"{address}: loaded but not counted: {sorted(first - counted)}"
        assert not any("search_index" in url or "/workers/" in url for url in first)
        extra = later - counted
        if saving_data:
            assert extra == set(), f"{address}: fetched for a reader saving data: {sorted(extra)}"
        else:
            assert extra and all(SEARCH_AHEAD.search(url) for url in extra), f"{address}: {sorted(extra)}"
    assert page.problems == []
