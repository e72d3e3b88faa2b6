"""Put each table in its sideways-scrolling box when the page is built, not when Material's script runs.

Material's script wraps every table in a box that scrolls sideways on a narrow screen. That script now
arrives on the reader's first use of the page (hooks/theme_script_on_first_use.py), so until then a
wide table would sit unwrapped, and the page would jump when the box appeared. This hook writes the
same box into the HTML (Material's own classes, so its styles apply unchanged) and narrows the
selector in Material's script so that it leaves these tables alone. The build fails if the script's
selector changes.
"""

import re

from _theme import theme_changed, theme_script

# Tables Material would wrap: those without a class attribute (its selector is table:not([class])).
TABLE = re.compile(r"<table(?![^>]*\sclass=)(?:\s[^>]*)?>.*?</table>", re.S)
BOX = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{}</div></div>'
MATERIAL_SELECTOR = '"table:not([class])"'
NARROWED_SELECTOR = '"table:not([class]):not(.md-typeset__table>table)"'


def wrap_tables(html: str) -> str:
    return TABLE.sub(lambda table: BOX.format(table.group(0)), html)


def on_page_content(html, page, config, files):
    return wrap_tables(html)


def narrow_selector(script: str, name: str) -> str:
    if NARROWED_SELECTOR in script:
        return script  # already done in this build
    if script.count(MATERIAL_SELECTOR) != 1:
        raise theme_changed(
            "table_scroll_boxes.py",
            f"{MATERIAL_SELECTOR} is in {name} {script.count(MATERIAL_SELECTOR)} times, expected once",
            "search Material's script for the selector of the tables it wraps in md-typeset__scrollwrap",
        )
    return script.replace(MATERIAL_SELECTOR, NARROWED_SELECTOR)


def on_post_build(config):
    bundle = theme_script(config, "table_scroll_boxes.py")
    bundle.write_text(narrow_selector(bundle.read_text(encoding="utf-8"), bundle.name), encoding="utf-8")
