"""What a browser downloads for a page of the built site, in gzip bytes, computed from the files.

The resources are those the page itself asks for while loading: its stylesheets, scripts, icons and
the pictures outside the article (the logo), and whatever those stylesheets point to (fonts,
backgrounds; the theme's icons are data: URLs inside the stylesheet and cost nothing more). Pictures
in the article are not part of the budget (the issue's budget is HTML, CSS, JS and fonts). The
browser test in test_page_weight.py checks that a real first visit asks for exactly these files.
"""

import gzip
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

CSS_URL = re.compile(r"""url\(\s*['"]?(?!data:)([^'")\s]+)""")
FETCHING_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


@lru_cache(maxsize=None)
def gzip_size(path: Path) -> int:
    """Bytes on the wire with gzip at level 6 (the usual server setting); deterministic."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def local(base: Path, reference: str, root: Path) -> Path | None:
    """The built file a reference from `base` points at; root-relative ones (the 404 page) from `root`."""
    parts = urlsplit(reference)
    if parts.scheme or reference.startswith("//") or not parts.path:
        return None
    if parts.path.startswith("/"):
        return (root / unquote(parts.path).lstrip("/")).resolve()
    return (base.parent / unquote(parts.path)).resolve()


def page_resources(html_file: Path, root: Path) -> set[Path]:
    """Every file the page at `html_file` loads on its own, the page excluded."""
    document = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    found = set()
    for link in document.find_all("link", href=True):
        if FETCHING_RELS & set(link.get("rel", [])):
            found.add(local(html_file, link["href"], root))
    for script in document.find_all("script", src=True):
        found.add(local(html_file, script["src"], root))
    for image in document.find_all("img", src=True):
        if not image.find_parent("article"):
            found.add(local(html_file, image["src"], root))
    found.discard(None)
    for stylesheet in [path for path in found if path.suffix == ".css"]:
        if stylesheet.is_file():
            for reference in CSS_URL.findall(stylesheet.read_text(encoding="utf-8")):
                found.add(local(stylesheet, reference, root))
    found.discard(None)
    return found


def first_visit(html_file: Path, root: Path) -> dict[Path, int]:
    """{file: gzip bytes} of a first visit to the page, the page's HTML included (`root`: the site)."""
    files = {html_file, *page_resources(html_file, root)}
    missing = [path for path in files if not path.is_file()]
    assert not missing, f"{html_file} refers to files that were not built: {missing}"
    return {path: gzip_size(path) for path in files}
