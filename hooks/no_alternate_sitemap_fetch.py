"""Stop Material's script from fetching `sitemap.xml` beside every alternate-language link.

Material reads each `<link rel="alternate" hreflang>` in the head and fetches `sitemap.xml` relative
to it, to map pages between languages. Here those links are page addresses (needed for search
engines), so it asked for /en/why/sitemap.xml and the like: a 404 and a console error on every page,
and a failed request from disk. The language switcher already links to the twin page, so the lookup
is not needed; the selector is narrowed to match nothing. The build fails if the theme changes.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

MATERIAL_SELECTOR = 'M("link[rel=alternate]")'
NARROWED_SELECTOR = 'M("link[rel=alternate][data-language-map]")'


def on_post_build(config):
    bundles = list(Path(config.site_dir).glob("assets/javascripts/bundle.*.min.js"))
    if not bundles:
        return  # a language built into a subfolder shares the root's assets
    for bundle in bundles:
        script = bundle.read_text(encoding="utf-8")
        if MATERIAL_SELECTOR not in script:
            raise PluginError(
                f"hooks/no_alternate_sitemap_fetch.py: '{MATERIAL_SELECTOR}' not found in {bundle.name}. "
                "Material's script changed: check whether it still fetches sitemap.xml per language link."
            )
        bundle.write_text(script.replace(MATERIAL_SELECTOR, NARROWED_SELECTOR), encoding="utf-8")
