"""Render an explicit translation stub honestly.

A stub is a page whose front matter says `translation_stub: true`: its text is still in the other
language. The reader gets a notice in their own language with a link to the original, and the
untranslated text is wrapped in an element carrying the original's `lang`, so screen readers use the
right pronunciation rules.
"""

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
