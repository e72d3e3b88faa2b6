"""One representative page of each kind the handbook has, shared by the browser tests and the
benchmarks (Lighthouse). Where a kind has several pages, the longest one is named: the heaviest
case. The 404 page is not a Markdown page: it is built from overrides/404.html."""

from helpers import DEFAULT_LANGUAGE, page_url

PAGE_TYPES = {
    "home": "index.md",
    "section overview": "strategy/index.md",
    "training page": "strategy/choosing-platforms.md",
    # A diagram wider than a phone (it scrolls in its box) and example posts (hooks/diagrams.py,
    # hooks/example_posts.py).
    "diagram and example posts": "community/community-management.md",
    "case study": "cases/germany-police.md",
    "tool guide": "tools/choosing-tools.md",
    "glossary": "reference/glossary.md",
    "404": None,
}


def type_url(kind: str, language: str, directory_urls: bool = True) -> str:
    """Site-relative address of the page of `kind` in `language` (404: the page itself)."""
    source = PAGE_TYPES[kind]
    if source is None:
        return "404.html" if language == DEFAULT_LANGUAGE else f"{language}/404.html"
    return page_url(language, source, directory_urls)
