"""Render an explicit translation stub honestly.

A stub is a page whose front matter says `translation_stub: true` and holds nothing else (perhaps a
title and description in its own language): it is not translated yet. At build time it gets the
original's current text, so it never goes stale; the reader gets a notice in their own language with
a link to the original, and the untranslated text is wrapped in an element carrying the original's
`lang`, so screen readers use the right pronunciation rules.
"""

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from _languages import page_language, twin_url

NOTICE = {
    "bs": (
        "Ova stranica još nije prevedena na bosanski. Ispod je tekst na engleskom; "
        '<a href="{href}" hreflang="en">original na engleskom</a>.'
    ),
    "en": (
        "This page has not been translated into English yet. The text below is in Bosnian; "
        '<a href="{href}" hreflang="bs">read the Bosnian original</a>.'
    ),
}
OTHER = {"bs": "en", "en": "bs"}
FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)


@event_priority(100)  # before the hooks that add to a page's Markdown (abbreviations, sources)
def on_page_markdown(markdown, page, config, files):
    if not page.meta.get("translation_stub"):
        return markdown
    language, relative = page.file.src_uri.split("/", 1)
    original = Path(config.docs_dir) / OTHER[language] / relative
    if not original.is_file():
        raise PluginError(f"docs/{page.file.src_uri} is a translation stub, but its original docs/{OTHER[language]}/{relative} "
                          "does not exist: write the page there, or delete the stub")
    return FRONT_MATTER.sub("", original.read_text(encoding="utf-8-sig"), count=1)


def on_page_content(html, page, config, files):
    if not page.meta.get("translation_stub"):
        return html
    language = page_language(page)
    original = OTHER[language]
    href = get_relative_url(twin_url(page, config, original), page.url) or "./"
    notice = NOTICE[language].format(href=href)
    return (
        f'<div class="admonition warning translation-stub" role="note"><p>{notice}</p></div>\n'
        f'<div lang="{original}">\n{html}\n</div>'
    )
