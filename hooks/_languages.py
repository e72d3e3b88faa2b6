"""Where each language of the site lives, for the hooks (not a hook itself: MkDocs puts this folder
on the import path while it loads a hook, so hooks can `from _languages import ...`).

Bosnian pages are at the site root and English ones under en/, as the i18n plugin's settings say;
a page's twin in another language has the same address below that language's folder."""


def page_language(page) -> str:
    """The language folder a page's source is in: docs/bs/why/index.md -> "bs"."""
    return page.file.src_uri.split("/", 1)[0]


def language_prefixes(config, built_only: bool = True) -> dict[str, str]:
    """{"bs": "", "en": "en/"}: each language's folder in the built site."""
    languages = config.plugins["i18n"].config.languages
    return {
        lang.locale: "" if lang.default else lang.link.strip("/") + "/"
        for lang in languages
        if lang.build or not built_only
    }


def twin_url(page, config, language: str) -> str:
    """Site-relative address of the same page in `language` (the page's own address for its own)."""
    prefixes = language_prefixes(config, built_only=False)
    return prefixes[language] + page.url.removeprefix(prefixes[page_language(page)])
