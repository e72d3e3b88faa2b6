"""Links to the pages for contributors and maintainers in every page's footer.

The maintainers' pages (translation status, search quality, performance, ...) are not in the readers'
menu nor in the printed handbook (`not_in_nav` in mkdocs.yml); the footer and the contributor guide
lead to them. Every page of docs/<language>/contributing/ is linked, the guide first, each with its
title and a relative address that works online and from disk."""

from mkdocs.utils import get_relative_url

from _languages import page_language

_contributing = {}  # src_uri -> (title, url), filled while the pages are rendered, before any template


def on_pre_build(config):
    _contributing.clear()


def on_page_content(html, page, config, files):
    if page.file.src_uri.split("/", 1)[-1].startswith("contributing/"):
        _contributing[page.file.src_uri] = (page.title, page.url)
    return html


def on_page_context(context, page, config, nav):
    folder = f"{page_language(page)}/contributing/"
    pages = sorted((src, title, url) for src, (title, url) in _contributing.items() if src.startswith(folder))
    pages.sort(key=lambda entry: not entry[0].endswith("/index.md"))  # the guide first
    context["footer_links"] = [(title, get_relative_url(url, page.url)) for _, title, url in pages]
    return context
