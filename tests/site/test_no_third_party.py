"""No page loads anything from another host: no Google Fonts, no CDN, no hot-linked image.
Links to other sites in the text are fine; resources are not."""

import re

from bs4 import BeautifulSoup

# Elements and attributes through which a browser fetches something on its own.
RESOURCE_ATTRIBUTES = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "iframe": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "track": ["src"],
    "input": ["src"],
}
FETCHING_LINK_RELS = {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "manifest", "modulepreload", "apple-touch-icon"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])(?P<url>(?:https?:)?//[^'")\s]+)""")
EXTERNAL = re.compile(r"^(?:https?:)?//", re.I)


def external_resources(html: str) -> list[str]:
    found = []
    document = BeautifulSoup(html, "html.parser")
    for tag, attributes in RESOURCE_ATTRIBUTES.items():
        for element in document.find_all(tag):
            for attribute in attributes:
                value = element.get(attribute) or ""
                found += [f"<{tag} {attribute}={part}>" for part in value.split(",") if EXTERNAL.match(part.strip())]
    for link in document.find_all("link"):
        if FETCHING_LINK_RELS & set(link.get("rel", [])) and EXTERNAL.match(link.get("href", "")):
            found.append(f"<link rel={link['rel']} href={link['href']}>")
    for style in document.find_all(style=True):
        found += CSS_URL.findall(style["style"])
    for block in document.find_all("style"):
        found += CSS_URL.findall(block.get_text())
    return found


def test_detector_finds_what_it_must():
    bad = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css">'
        '<script src="//cdn.example.org/x.js"></script><img src="https://example.org/a.png" alt="a">'
        "<style>@import 'https://example.org/s.css';</style>"
    )
    assert len(external_resources(bad)) == 4
    assert external_resources('<a href="https://example.org">a link is fine</a>') == []


def test_no_page_loads_third_party_resources(built_site):
    problems = []
    for html in built_site.rglob("*.html"):
        problems += [f"{html.relative_to(built_site)}: {r}" for r in external_resources(html.read_text(encoding="utf-8"))]
    for css in built_site.rglob("*.css"):
        problems += [f"{css.relative_to(built_site)}: {u}" for u in CSS_URL.findall(css.read_text(encoding="utf-8"))]
    assert problems == []
