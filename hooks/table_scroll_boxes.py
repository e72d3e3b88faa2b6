"""Put each table in its sideways-scrolling box when the page is built, not when Material's script runs.

Material's script wraps every table in a box that scrolls sideways on a narrow screen. That script now
arrives on the reader's first use of the page (hooks/theme_script_on_first_use.py), so until then a
wide table would sit unwrapped, and the page would jump when the box appeared. This hook writes the
same box into the HTML (Material's own classes, so its styles apply unchanged) and narrows the
selector in Material's script so that it leaves these tables alone. The build fails if the script's
selector changes.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

# Tables Material would wrap: those without a class attribute (its selector is table:not([class])).
TABLE = re.compile(r"<table(?![^>]*\sclass=)(?:\s[^>]*)?>.*?</table>", re.S)
BOX = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{}</div></div>'
MATERIAL_SELECTOR = '"table:not([class])"'
NARROWED_SELECTOR = '"table:not([class]):not(.md-typeset__table>table)"'


def wrap_tables(html: str) -> str:
    return TABLE.sub(lambda table: BOX.format(table.group(0)), html)


def on_page_content(html, page, config, files):
    return wrap_tables(html)


def on_post_build(config):
    for bundle in Path(config.site_dir).glob("assets/javascripts/bundle.*.min.js"):
        script = bundle.read_text(encoding="utf-8")
        if NARROWED_SELECTOR in script:
            continue  # already done in this build (the other language shares the file)
        if script.count(MATERIAL_SELECTOR) != 1:
            raise PluginError(
                f"hooks/table_scroll_boxes.py: {MATERIAL_SELECTOR} is not in {bundle.name} exactly once. "
                "Material's script changed: check how it wraps tables now."
            )
        bundle.write_text(script.replace(MATERIAL_SELECTOR, NARROWED_SELECTOR), encoding="utf-8")
