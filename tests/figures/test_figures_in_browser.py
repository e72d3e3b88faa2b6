"""Diagrams and example posts as a reader sees them, in headless Chromium: on a 360 px phone nothing
is cut (a wide diagram scrolls inside its own box, which the keyboard can reach), and the text of
every diagram and post keeps 4.5:1 contrast against what is behind it, in the light and the dark
scheme. (axe does not measure text inside SVG.)"""

import re

import pytest

from helpers import LANGUAGES, page_url
from test_figures_in_site import diagram_sources, post_headers

pytestmark = pytest.mark.browser

WIDTH = 360
MEASURE = """() => {
  const background = e => {
    for (let a = e; a; a = a.parentElement) {
      const shape = a.matches && a.matches('g.node, g.cluster') && a.querySelector('path, polygon, ellipse');
      if (shape) return getComputedStyle(shape).fill;
      const colour = getComputedStyle(a).backgroundColor;
      if (colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return getComputedStyle(document.body).backgroundColor;
  };
  const pairs = [];
  for (const text of document.querySelectorAll('.diagram svg text'))
    pairs.push({what: 'diagram: ' + text.textContent, fg: getComputedStyle(text).fill, bg: background(text)});
  for (const e of document.querySelectorAll('.social-post strong, .social-post__name, .social-post__handle, ' +
      '.social-post__meta, .social-post__text p, .social-post__hashtags, .social-post__image, .social-post__source, .social-post__why'))
    pairs.push({what: 'post: ' + e.className + ' ' + e.textContent.slice(0, 30), fg: getComputedStyle(e).color, bg: background(e)});
  return {
    page: document.documentElement.scrollWidth,
    pairs,
    boxes: [...document.querySelectorAll('.diagram__box')].map(b => ({
      right: b.getBoundingClientRect().right, wide: b.querySelector('svg').getBoundingClientRect().width > b.clientWidth + 1,
      scrolls: b.scrollWidth > b.clientWidth, focusable: b.tabIndex === 0})),
    posts: [...document.querySelectorAll('.social-post')].map(p => p.getBoundingClientRect().right),
  };
}"""


def rgba(text):
    values = [float(v) for v in re.findall(r"[\d.]+", text)]
    return values + [1.0] * (4 - len(values))


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground, background, page):
    page_rgb = rgba(page)[:3]
    bg = rgba(background)
    bg_rgb = [bg[3] * c + (1 - bg[3]) * p for c, p in zip(bg[:3], page_rgb)]
    fg = rgba(foreground)
    fg_rgb = [fg[3] * c + (1 - fg[3]) * b for c, b in zip(fg[:3], bg_rgb)]
    light, dark = sorted((luminance(fg_rgb), luminance(bg_rgb)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def figure_pages():
    pages = set()
    for language in LANGUAGES:
        pages |= {(language, page) for page in diagram_sources(language)} | {(language, page) for page in post_headers(language)}
    return sorted(pages)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_figures_are_whole_and_legible_on_a_phone(browser, site_url, scheme):
    context = browser.new_context(viewport={"width": WIDTH, "height": 740}, is_mobile=True, color_scheme=scheme)
    page = context.new_page()
    problems, seen = [], 0
    for language, source in figure_pages():
        page.goto(site_url + page_url(language, source))
        page.wait_for_load_state("networkidle")
        measured = page.evaluate(MEASURE)
        page_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        where = f"{language}/{source}"
        if measured["page"] > WIDTH:
            problems.append(f"{where}: the page is {measured['page']} px wide")
        for box in measured["boxes"]:
            if box["right"] > WIDTH + 1:
                problems.append(f"{where}: a diagram's box is cut at {box['right']} px")
            if box["wide"] and not (box["scrolls"] and box["focusable"]):
                problems.append(f"{where}: a diagram wider than the screen does not scroll in a focusable box")
        problems += [f"{where}: a post is cut at {right} px" for right in measured["posts"] if right > WIDTH + 1]
        for pair in measured["pairs"]:
            seen += 1
            ratio = contrast(pair["fg"], pair["bg"], page_background)
            if ratio < 4.5:
                problems.append(f"{where}: {pair['what']!r} has contrast {ratio:.2f} ({pair['fg']} on {pair['bg']})")
    context.close()
    assert seen > 200, "too few texts measured: the selectors no longer match the figures"
    assert problems == []
