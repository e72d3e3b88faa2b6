"""hooks/unused_theme_css.py removes only theme CSS that cannot apply: checked on made-up rules, and in
Chromium, where every element of each kind of page (search open included) has exactly the same
computed style with the pruned stylesheets as with Material's own."""

from pathlib import Path

import material
import pytest
import tinycss2

from helpers import load_module
from page_types import PAGE_TYPES, type_url
from weight import gzip_size

unused_theme_css = load_module("hooks/unused_theme_css.py")

MATERIAL_CSS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"


def prune(css: str, html: str, script: str = "", tmp_path: Path = None) -> str:
    site = tmp_path
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "app.js").write_text(script)
    (site / "index.html").write_text(html + '<script src="app.js"></script>')
    sheet = site / "assets" / "stylesheets" / "main.x.min.css"
    sheet.write_text(css)
    vocabulary = unused_theme_css.Vocabulary(site)
    return unused_theme_css.prune_stylesheets(site, [sheet], vocabulary)[sheet]


def test_rules_for_absent_names_go_and_the_rest_stays(tmp_path):
    css = (
        ".used{color:red}.absent{color:blue}.used .absent,.used p{margin:0}"
        "aside{top:0}p:not(.absent){left:0}[data-x=gone]{a:b}[data-x=here]{c:d}"
        "@media screen{.absent{x:y}.made-in-js{x:y}}@font-face{font-family:f}"
        ":root{--kept:1px;--orphan:2px;--chain:var(--kept)}.used{padding:var(--chain)}"
    )
    html = '<p class="used" data-x="here">text</p>'
    out = prune(css, html, script='e.className="made-in-js"', tmp_path=tmp_path)
    kept = {tinycss2.serialize(rule.prelude).strip() for rule in tinycss2.parse_stylesheet(out, skip_whitespace=True) if rule.type == "qualified-rule"}
    assert ".absent" not in kept and "aside" not in kept and "[data-x=gone]" not in kept
    assert {".used", ".used p", "p:not(.absent)", "[data-x=here]"} <= kept
    assert ".made-in-js" in out and "@font-face" in out
    assert "--orphan" not in out and "--kept:1px" in out and "--chain:var(--kept)" in out


def test_built_theme_css_is_smaller(built_site):
    for name in ("main", "palette"):
        built = next((built_site / "assets" / "stylesheets").glob(f"{name}.*.min.css"))
        original = MATERIAL_CSS / built.name
        assert original.is_file(), f"{built.name} is not Material's file name any more"
        assert gzip_size(built) < gzip_size(original)


COMPUTED = """() => {
  const names = [...getComputedStyle(document.documentElement)].filter(n => !n.startsWith('--'));
  const out = [];
  for (const element of document.querySelectorAll('*'))
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      out.push(names.map(n => style.getPropertyValue(n)).join('|'));
    }
  return out;
}"""


def computed_styles(page, site_url):
    seen = {}
    for kind in PAGE_TYPES:
        page.goto(site_url + type_url(kind, "bs"))
        page.wait_for_load_state("networkidle")
        seen[kind] = page.evaluate(COMPUTED)
    page.keyboard.press("/")
    page.keyboard.type("medij")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # results are drawn in batches: let them settle
    seen["search results"] = page.evaluate(COMPUTED)
    return seen


@pytest.mark.browser
@pytest.mark.parametrize("scheme,width", [("light", 360), ("dark", 1280)])
def test_pruned_css_styles_every_element_exactly_like_materials(browser, site_url, scheme, width):
    def original(route):
        route.fulfill(path=MATERIAL_CSS / Path(route.request.url).name, content_type="text/css")

    results = []
    for use_original in (False, True):
        context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme, reduced_motion="reduce")
        if use_original:
            context.route("**/assets/stylesheets/main.*.min.css", original)
            context.route("**/assets/stylesheets/palette.*.min.css", original)
        results.append(computed_styles(context.new_page(), site_url))
        context.close()
    pruned, untouched = results
    for kind in untouched:
        differing = sum(a != b for a, b in zip(pruned[kind], untouched[kind]))
        assert len(pruned[kind]) == len(untouched[kind]) and differing == 0, f"{kind}: {differing} styles differ"
