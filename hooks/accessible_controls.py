"""Name the theme's header controls and let a keyboard reach them.

Material opens the menu and the search (on small screens) with <label> elements, which the Tab key
skips and which have no text a screen reader can announce; its search panel is a role="dialog"
without a name (Lighthouse and axe report both). Each such label gets tabindex="0" (Material's own
script already presses a focused label on Enter) and a name in the page's language, as text that
only screen readers read (ARIA names are not allowed on a label); the search dialog gets a name;
the logo image inside the already named home link gets an empty alt, so it is not read as "logo".
The menu's section toggles (also icon-only labels, which name the submenu they open) get the
section's title the same way. The build fails if a page lacks the header controls, the search dialog
or the logo in the form Material wrote them when this hook was made (the theme changed).
"""

import re

from _theme import theme_changed

NAMES = {
    "bs": {"__drawer": "Otvori meni", "__search": "Otvori pretragu", "dialog": "Pretraga"},
    "en": {"__drawer": "Open the menu", "__search": "Open the search", "dialog": "Search"},
}
HEADER_LABEL = re.compile(r'<label class="md-header__button md-icon" for="(?P<target>__drawer|__search)">')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
# A menu section's toggle: an icon-only label after the link to the section's overview page. The
# title's part is atomic: most menu links have no toggle after them, and without it every way of
# splitting the blanks around each link's title between the three parts was tried before giving up.
SECTION_TOGGLE = re.compile(
    r'(<a href="[^"]*" class="md-nav__link[^"]*">\s*<span class="md-ellipsis">(?>\s*(?P<title>[^<]*?)\s*</span>)\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="0">)'
)
LOGO_IMAGE = re.compile(r'(<a [^>]*class="md-(?:header|nav)__button md-logo"[^>]*aria-label="[^"]+"[^>]*>\s*<img [^>]*)alt="logo"')


def page_language(output: str) -> str:
    match = re.search(r'<html lang="([\w-]+)"', output)
    return match.group(1) if match else "bs"


def check_theme_markup(output: str, where: str):
    """Each thing this hook names must be in the page as Material wrote it when the hook was made."""
    labels = sorted(m["target"] for m in HEADER_LABEL.finditer(output))
    missing = []
    if labels != ["__drawer", "__search"]:
        missing.append(f"the header's menu and search labels (found {labels})")
    if output.count(SEARCH_DIALOG) != 1:
        missing.append(f"the search dialog {SEARCH_DIALOG!r} ({output.count(SEARCH_DIALOG)} times)")
    if not LOGO_IMAGE.search(output):
        missing.append('the logo image (alt="logo") inside the named home link')
    if missing:
        raise theme_changed(
            "accessible_controls.py",
            f"{where} does not have " + "; ".join(missing),
            "compare Material's partials/header.html, search.html and logo.html with the patterns in the hook",
        )


def make_accessible(output: str, where: str = "the page") -> str:
    check_theme_markup(output, where)
    names = NAMES.get(page_language(output), NAMES["en"])
    output = HEADER_LABEL.sub(
        lambda m: f'<label class="md-header__button md-icon" for="{m["target"]}" tabindex="0">'
        f'<span class="visually-hidden">{names[m["target"]]}</span>',
        output,
    )
    output = SECTION_TOGGLE.sub(lambda m: f'{m.group(1)}<span class="visually-hidden">{m["title"]}</span>', output)
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{names["dialog"]}">')
    return LOGO_IMAGE.sub(r'\1alt=""', output)


def on_post_page(output, page, config):
    return make_accessible(output, page.file.src_uri)


def on_post_template(output_content, template_name, config):
    return make_accessible(output_content, template_name) if template_name.endswith(".html") else output_content
