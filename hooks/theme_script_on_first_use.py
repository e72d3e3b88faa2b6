"""Fetch Material's script when the reader first uses the page, not while the page loads.

Material's script is 34 KB gzip, more than most pages' own HTML, and a reader needs none of it to
read: the text, the menus (checkboxes and CSS), the table of contents links and the language list
work without it. So each page loads it at the first sign that the reader is using the page (a touch,
a click, a key, focus, the mouse or the wheel moving) and at once on a page opened from a search
result (`?h=`, whose terms are highlighted) or by a link to a search (`?q=`). On a slow phone the text arrives first, a reader who
only reads never downloads it, and later pages take it from the browser's cache. Until it runs, the
small loader keeps what a reader may reach for first working as Material will: the colour scheme,
the search box and Material's keys (see its comments); tables already have their scroll box
(hooks/table_scroll_boxes.py) and focus rings show (site.css).

The loader also gets the search ready before Material's script could (see its comments and
hooks/lazy_search.py): online, once the page has loaded, it starts the search worker, which fetches
the index with low priority and builds it on its own thread, and fetches Material's script into the
browser's cache, also with low priority; not for a reader who asks to save data (Save-Data) or is on
a 2G connection, whose search starts when it is opened. From disk the search starts when it is opened.

The hook replaces Material's <script src="...bundle.*.min.js"> in every page (and the 404 pages)
with the small overrides/assets/javascripts/theme-script-on-first-use.js, deferred, which finds the
file's address in an attribute. The Bosnian pages' highlighting scripts (overrides/main.html) move
into it too: they are only needed on a page opened from a search result. The build fails if
Material's script tag changes.
"""

import html
import re

from _theme import theme_changed

THEME_SCRIPT = re.compile(r'<script src="(?P<folder>[^"]*assets/javascripts/)(?P<name>bundle\.[0-9a-f]+\.min\.js)"></script>')
HIGHLIGHT_SCRIPT = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/search-(?:language|highlight)\.js)"></script>\n?')
LOADER = "theme-script-on-first-use.js"


def defer_theme_script(output: str, where: str) -> str:
    theme = list(THEME_SCRIPT.finditer(output))
    if len(theme) != 1:
        raise theme_changed(
            "theme_script_on_first_use.py",
            f"{where} has {len(theme)} tags for Material's script, expected 1",
            "check how Material's base.html loads assets/javascripts/bundle.*.min.js now",
        )
    folder, name = theme[0]["folder"], theme[0]["name"]
    highlight = " ".join(HIGHLIGHT_SCRIPT.findall(output))
    output = HIGHLIGHT_SCRIPT.sub("", output)
    loader = (
        f'<script src="{folder}{LOADER}" data-theme-script="{html.escape(folder + name)}" '
        f'data-highlight-scripts="{html.escape(highlight)}" defer></script>'
    )
    return THEME_SCRIPT.sub(lambda _: loader, output)


def on_post_page(output, page, config):
    return defer_theme_script(output, f"the page {page.file.src_uri}")


def on_post_template(output_content, template_name, config):
    return defer_theme_script(output_content, template_name) if template_name == "404.html" else output_content
