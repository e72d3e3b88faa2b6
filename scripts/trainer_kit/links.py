"""Links from the kit's Markdown to the handbook's pages.

Slides and handouts link to a page the way pages link to each other, with a relative path to its
Markdown file: from slides/bs/02-potential-challenges.md, [Šta donose](../../docs/bs/why/potential.md).
The check `make check` verifies these links like any other. A built file cannot keep them:
- a PDF or PPTX travels on its own, so it gets the page's full address on the published site;
- an HTML deck or handout lives inside the site, where a page's address differs online (why/potential/)
  and in the offline copy (why/potential.html). So the build writes `handbook:bs/why/potential.md`,
  and hooks/trainer_kit.py turns that into a relative link with MkDocs' own address of the page."""

import re
from pathlib import Path
from posixpath import normpath

from .layout import DOCS, LANGUAGES

# A relative link to a Markdown file (not an address with a scheme such as https:).
MARKDOWN_LINK = re.compile(r"(?P<open>\]\()(?P<target>(?![A-Za-z][A-Za-z0-9+.-]*:)[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?(?P<close>\))")
SCHEME = "handbook:"
HTML_HANDBOOK_LINK = re.compile(r'href="handbook:(?P<language>[a-z]+)/(?P<page>[^"#]+\.md)(?P<anchor>#[^"]*)?"')


class LinkError(ValueError):
    """A link in the kit's Markdown that goes to no page of the handbook."""


def handbook_page(source: Path, target: str) -> tuple[str, str]:
    """(language, page inside docs/<language>/) of a relative link from `source`, or LinkError."""
    resolved = Path(normpath((source.parent / target).as_posix()))
    for language in LANGUAGES:
        folder = DOCS / language
        if resolved.is_relative_to(folder):
            if not resolved.is_file():
                raise LinkError(f"there is no page {resolved.relative_to(DOCS.parent).as_posix()}")
            return language, resolved.relative_to(folder).as_posix()
    raise LinkError(f"'{target}' is not a page of the handbook (docs/bs/... or docs/en/...)")


def page_address(language: str, page: str) -> str:
    """A page's address relative to the site's root: why/index.md -> why/, en/why/potential/."""
    prefix = "" if language == LANGUAGES[0] else f"{language}/"
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return prefix + stem.removesuffix("index")
    return prefix + stem + "/"


def rewrite(markdown: str, source: Path, site_url: str | None) -> str:
    """Handbook links as full addresses on `site_url` (for PDF and PPTX), or as `handbook:` links
    that the site build resolves (site_url None, for HTML). Raises LinkError naming the line."""

    def replace(match: re.Match) -> str:
        try:
            language, page = handbook_page(source, match["target"])
        except LinkError as error:
            line = markdown.count("\n", 0, match.start()) + 1
            raise LinkError(f"{source.relative_to(DOCS.parent).as_posix()}:{line}: {error}") from None
        anchor = match["anchor"] or ""
        address = site_url.rstrip("/") + "/" + page_address(language, page) if site_url else f"{SCHEME}{language}/{page}"
        return f"{match['open']}{address}{anchor}{match['close']}"

    return MARKDOWN_LINK.sub(replace, markdown)
