"""Keep the Bosnian 404 page at the site root and give the English side its own, en/404.html.

Material renders 404.html once per language build, always at the site root, so the English build
(the i18n plugin builds it second) overwrote the Bosnian page. GitHub Pages serves the root 404.html
for every missing address, so that one stays Bosnian (overrides/404.html gives it an English part
too); the English rendering is written to en/404.html, for hosts that look for a 404 page per
folder and for readers who follow a link to it.
"""

from pathlib import Path

from mkdocs.plugins import event_priority

_root_page = {}


def default_language(config) -> str:
    return next(lang.locale for lang in config.plugins["i18n"].config.languages if lang.default)


def prefix(config, language) -> str:
    return next(lang.link.strip("/") for lang in config.plugins["i18n"].config.languages if lang.locale == language)


@event_priority(-200)  # after the other hooks have finished the page (policy, names of controls)
def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    language = config.theme["language"]
    if language == default_language(config):
        _root_page[config.site_dir] = output_content
        return output_content
    target = Path(config.site_dir) / prefix(config, language) / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output_content, encoding="utf-8")
    # The root keeps the default language's page (the one written by the first build).
    return _root_page.get(config.site_dir, output_content)
