"""Hand the printed handbook the pages of the language being built, in menu order, as rendered HTML.

`make pdf` (scripts/build_pdf.py) turns each language into one PDF. Only the build knows the menu of
that language (with its translated section titles) and each page's final HTML (after every extension
and hook), so when HANDBOOK_PAGES names a file, this hook writes them there as JSON. The script
builds one language at a time (BUILD_ONLY_LOCALE); in ordinary builds the variable is unset and the
hook does nothing.
"""

import json
import os
from pathlib import Path

_pages = {}
_nav = None


def on_pre_build(config):
    global _nav
    _pages.clear()
    _nav = None


def on_page_context(context, page, config, nav):
    global _nav
    if os.environ.get("HANDBOOK_PAGES"):
        _pages[page.file.src_uri] = {
            "url": page.url,
            "title": page.title,
            "index": page.is_index,
            "content": page.content,
        }
        _nav = nav
    return context


def _entries(items):
    entries = []
    for item in items:
        if item.is_page and item.file.src_uri in _pages:
            entries.append(_pages[item.file.src_uri])
        elif item.is_section:
            entries.append({"section": item.title, "children": _entries(item.children)})
    return entries


def on_post_build(config):
    target = os.environ.get("HANDBOOK_PAGES")
    if not target or _nav is None:
        return
    handbook = {
        "language": config.theme["language"],
        "site_name": config.site_name,
        "site_description": config.site_description,
        "site_url": config.site_url,
        "copyright": config.copyright,
        "site_dir": config.site_dir,
        "nav": _entries(_nav.items),
    }
    Path(target).write_text(json.dumps(handbook, ensure_ascii=False, indent=1), encoding="utf-8")
