"""Make the language alternates in each page's <head> absolute, and add `x-default`.

Search engines use `<link rel="alternate" hreflang>` to show a reader the page in their language, but
they ignore relative addresses, and the i18n plugin writes relative ones ("../en/why/") or, on the
home pages, root-relative ones ("/en/"), which also break under a project address such as
https://user.github.io/handbook/. Each alternate is rewritten to the twin page's full address,
and an `x-default` alternate names the Bosnian page, the handbook's original, for readers of any
other language. The 404 page has no twin: Material leaves it the alternates of the last page
built, which are removed. (Material's script no longer fetches anything for these links: see
hooks/no_alternate_sitemap_fetch.py.)
"""

import re
from urllib.parse import urljoin

from _languages import language_prefixes, twin_url
from _theme import theme_changed

# From the start of its line (`^`): a pattern that began with optional blanks was tried at every blank.
ALTERNATE = re.compile(r'^[ \t]*<link rel="alternate" href="(?P<href>[^"]*)" hreflang="(?P<lang>[\w-]+)">\n?', re.M)


def default_language(config) -> str:
    return next(lang.locale for lang in config.plugins["i18n"].config.languages if lang.default)


def on_post_page(output, page, config):
    site_url = config.site_url or ""
    links = list(ALTERNATE.finditer(output))
    if not links and len(language_prefixes(config)) > 1:
        raise theme_changed(
            "hreflang_alternates.py",
            f"{page.file.src_uri} has no <link rel=\"alternate\" hreflang> in its head",
            "compare how Material's base.html writes the language alternates with ALTERNATE in the hook",
        )
    if not links or not site_url:
        return output
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    default = default_language(config)
    rewritten = []
    for link in links:
        href = urljoin(site_url, twin_url(page, config, link["lang"]))
        rewritten.append(f'    <link rel="alternate" href="{href}" hreflang="{link["lang"]}">\n')
        if link["lang"] == default:
            rewritten.append(f'    <link rel="alternate" href="{href}" hreflang="x-default">\n')
    start, end = links[0].start(), links[-1].end()
    between = ALTERNATE.sub("", output[start:end])
    return output[:start] + "".join(rewritten) + between + output[end:]


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        return ALTERNATE.sub("", output_content)
    return output_content
