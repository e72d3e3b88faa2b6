"""Stop Material's script from fetching `sitemap.xml` beside every alternate-language link.

Material reads each `<link rel="alternate" hreflang>` in the head and fetches `sitemap.xml` relative
to it, to map pages between languages. Here those links are page addresses (needed for search
engines), so it asked for /en/why/sitemap.xml and the like: a 404 and a console error on every page,
and a failed request from disk. The language switcher already links to the twin page, so the lookup
is not needed; the selector is narrowed to match nothing. The build fails if the theme changes.
"""

from _theme import theme_changed, theme_script

MATERIAL_SELECTOR = 'M("link[rel=alternate]")'
NARROWED_SELECTOR = 'M("link[rel=alternate][data-language-map]")'


def narrow_selector(script: str, name: str) -> str:
    if NARROWED_SELECTOR in script:
        return script  # already done in this build
    if MATERIAL_SELECTOR not in script:
        raise theme_changed(
            "no_alternate_sitemap_fetch.py",
            f"'{MATERIAL_SELECTOR}' is not in {name}",
            "check whether Material's script still fetches sitemap.xml for each language link, and how",
        )
    return script.replace(MATERIAL_SELECTOR, NARROWED_SELECTOR)


def on_post_build(config):
    bundle = theme_script(config, "no_alternate_sitemap_fetch.py")
    bundle.write_text(narrow_selector(bundle.read_text(encoding="utf-8"), bundle.name), encoding="utf-8")
