"""On a phone 360 px wide, no page scrolls sideways; a table wider than the screen scrolls inside its
own box. Each kind of page is photographed at that width: the full-page screenshot must be exactly
360 px wide (set MOBILE_SCREENSHOTS=folder to keep the pictures for a look)."""

import os
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from page_types import PAGE_TYPES, type_url

pytestmark = pytest.mark.browser

WIDTH = 360
MEASURE = """() => ({
  page: document.documentElement.scrollWidth,
  // Content sticking out of the screen, unless a box that scrolls sideways holds it (tables, code,
  // the labels of content tabs).
  overflowing: [...document.querySelectorAll('article *')].filter(e => {
    if (e.getBoundingClientRect().right <= innerWidth + 1) return false;
    for (let a = e.parentElement; a && a.tagName !== 'ARTICLE'; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== 'visible') return false;
    return true;
  }).slice(0, 5).map(e => e.tagName + '.' + e.className),
  tables: [...document.querySelectorAll('article table')].map(t => {
    const box = t.closest('.md-typeset__scrollwrap');
    return {wrapped: !!box, boxRight: box ? box.getBoundingClientRect().right : null,
            scrolls: box ? box.scrollWidth > box.clientWidth : false, wide: t.scrollWidth > innerWidth};
  }),
})"""


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 740}, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", ["bs", "en"])
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_no_sideways_scrolling_at_360_px(phone, site_url, kind, language):
    phone.goto(site_url + type_url(kind, language))
    phone.wait_for_load_state("networkidle")
    measured = phone.evaluate(MEASURE)
    assert measured["page"] <= WIDTH, f"the page is {measured['page']} px wide"
    assert measured["overflowing"] == []
    for table in measured["tables"]:
        assert table["wrapped"] and table["boxRight"] <= WIDTH + 1
        if table["wide"]:
            assert table["scrolls"], "a wide table does not scroll inside its box"

    screenshot = Image.open(BytesIO(phone.screenshot(full_page=True, animations="disabled")))
    assert screenshot.width == WIDTH
    keep = os.environ.get("MOBILE_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        screenshot.save(Path(keep) / f"{kind.replace(' ', '-')}-{language}.png")


def test_a_page_with_a_wide_table_is_covered():
    """At least one measured kind has a table, so the table check is not empty."""
    from helpers import DOCS

    assert any("|" in (DOCS / "bs" / source).read_text(encoding="utf-8") for source in PAGE_TYPES.values() if source)
