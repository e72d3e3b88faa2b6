"""Make every language-switcher link a relative link to the same page in the other language.

The i18n plugin already does this for most pages, but on the home pages it writes absolute links
("/", "/en/"), which break in the offline copy opened from disk. Each entry also gets its own `lang`
(`lang="bs"` on "Bosanski"), so a screen reader on an English page reads it with Bosnian rules.
"""

import re

from mkdocs.utils import get_relative_url

from _languages import language_prefixes, twin_url
from _theme import theme_changed

SWITCHER_LINK = re.compile(r'<a href="[^"]*" hreflang="(?P<lang>[A-Za-z-]+)" class="md-select__link"')


def on_post_page(output, page, config):
    def relative_link(match):
        language = match["lang"]
        target = twin_url(page, config, language)
        href = get_relative_url(target, page.url)
        if (target == "" or target.endswith("/")) and not href.endswith("/"):
            href += "/"
        return f'<a href="{href}" hreflang="{language}" class="md-select__link" lang="{language}"'

    output, count = SWITCHER_LINK.subn(relative_link, output)
    if count == 0 and len(language_prefixes(config)) > 1:
        raise theme_changed(
            "language_switcher.py",
            f"{page.file.src_uri} has no language-switcher link (<a ... hreflang class=\"md-select__link\">)",
            "compare Material's partials/alternate.html with SWITCHER_LINK in the hook",
        )
    return output
