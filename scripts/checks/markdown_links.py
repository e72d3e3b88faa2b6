"""Finding links, images and heading anchors in Markdown text (shared by the link and image checks)."""

import re

from markdown.extensions.toc import slugify

IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
LINK = re.compile(r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<target>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
HTML_IMG = re.compile(r"<img\b[^>]*>", re.I)
HTML_ATTRIBUTE = re.compile(r"""\b(?P<name>[a-z-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.I)
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*$")
EXPLICIT_ID = re.compile(r"(?:^|[\s{])#(?P<id>[A-Za-z][\w-]*)")
ATTR_LIST = re.compile(r"\{:?(?P<attrs>[^}]*)\}")
HTML_ID = re.compile(r"""\bid\s*=\s*["'](?P<id>[^"']+)["']""")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def html_attributes(tag: str) -> dict[str, str]:
    return {m["name"].lower(): m["dq"] if m["dq"] is not None else m["sq"] for m in HTML_ATTRIBUTE.finditer(tag)}


def anchors(page) -> set[str]:
    """Every id a link can point at on `page`: headings (explicit or generated), attr lists, HTML ids."""
    found, seen = set(), {}
    for _, line in page.body_lines():
        heading = HEADING.match(line)
        if heading:
            explicit = EXPLICIT_ID.search(heading["attrs"] or "")
            if explicit:
                found.add(explicit["id"])
            else:
                plain = re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", r"\1", heading["text"])
                slug = slugify(plain, "-")
                count = seen.get(slug, 0)
                seen[slug] = count + 1
                found.add(slug if count == 0 else f"{slug}_{count}")
        for attrs in ATTR_LIST.finditer(line):
            found.update(m["id"] for m in EXPLICIT_ID.finditer(attrs["attrs"]))
        found.update(m["id"] for m in HTML_ID.finditer(line))
    return found


def is_external(target: str) -> bool:
    return bool(EXTERNAL.match(target))
