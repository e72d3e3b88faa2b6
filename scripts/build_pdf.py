"""Build the printed handbook: one PDF per language in dist/ (`make pdf`).

For each language, three steps, each announced on the terminal:
1. a strict MkDocs build of that language alone (BUILD_ONLY_LOCALE), in which
   hooks/handbook_pages.py writes the pages in menu order with their rendered HTML;
2. one HTML document of it: a cover, the contents, then every page, with links between pages turned
   into links inside the document, tabs and collapsible boxes opened for paper, and links to files
   (the CSV templates) turned into attachments of the PDF;
3. WeasyPrint renders it with scripts/handbook.css (A4, page numbers, running headers, contents with
   page numbers, fonts embedded). Nothing is fetched from the network: only file: and data: URLs load.

Usage: python scripts/build_pdf.py --version 2026-11-26 [--dist dist] [--language bs]
"""

import argparse
import html
import json
import logging
import os
import posixpath
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402
STYLESHEET = Path(__file__).resolve().parent / "handbook.css"
LANGUAGES = ("bs", "en")
NAME = "prirucnik"
# Debian packages with the fonts that handbook.css names: text, emoji and symbols, other scripts.
FONT_PACKAGES = ("fonts-dejavu-core", "fonts-symbola", "fonts-droid-fallback")

# Words printed by the handbook itself, per language.
STRINGS = {
    "bs": {
        "contents": "Pregled sadržaja",
        "logo": "Logotip priručnika",
        "edition": "Izdanje",
        "online": "Na internetu",
        "printed_from": "Priručnik za štampu, napravljen iz istog teksta kao sajt.",
    },
    "en": {
        "contents": "Contents",
        "logo": "The handbook's logo",
        "edition": "Edition",
        "online": "Online",
        "printed_from": "The printable handbook, made from the same text as the website.",
    },
}


def say(language: str, message: str) -> None:
    print(f"[pdf {language}] {message}", flush=True)


def pdf_name(version: str, language: str) -> str:
    return f"{NAME}-{version}-{language}.pdf"


# --- Step 1: the build ------------------------------------------------------------------------


def build_language(language: str, site_dir: Path) -> dict:
    """Strict build of one language; returns what hooks/handbook_pages.py wrote."""
    pages_file = site_dir.parent / f"pages-{language}.json"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BUILD_ONLY_LOCALE": language, "HANDBOOK_PAGES": str(pages_file)}
    env.pop("OFFLINE", None)
    command = site_generator.build_command(site_dir, "--strict", "-q")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{site_generator.name()} build for '{language}' failed:\n{result.stdout}{result.stderr}")
    return json.loads(pages_file.read_text(encoding="utf-8"))


# --- Step 2: one HTML document ------------------------------------------------------------------


def page_id(url: str) -> str:
    """why/potential/ -> why-potential; the home page -> home."""
    stem = url.removesuffix("index.html").strip("/").replace("/", "-")
    return stem or "home"


def normalise(path: str) -> str:
    """A site path as a page key: /why/potential/index.html and /why/potential/ -> why/potential/."""
    path = posixpath.normpath(path).lstrip("/")
    path = "" if path == "." else path
    if path.endswith("index.html"):
        path = path.removesuffix("index.html")
    elif path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    return path


def flatten(entries):
    for entry in entries:
        if "section" in entry:
            yield from flatten(entry["children"])
        else:
            yield entry


def chapters(nav: list) -> list[dict]:
    """Top-level menu entries as chapters: {"id", "title", "pages", "opener"}. A section whose first
    page is its index page opens with that page; a section without one gets a heading of its own."""
    result = []
    for number, entry in enumerate(nav, start=1):
        if "section" not in entry:
            result.append({"id": page_id(entry["url"]), "title": entry["title"], "pages": [entry], "opener": entry})
            continue
        pages = list(flatten(entry["children"]))
        opener = pages[0] if pages and pages[0]["index"] else None
        chapter_id = page_id(opener["url"]) if opener else f"chapter-{number}"
        result.append({"id": chapter_id, "title": entry["section"], "pages": pages, "opener": opener})
    return result


class Assembler:
    """Turns the pages of one language into the body of one printable document."""

    def __init__(self, handbook: dict):
        self.handbook = handbook
        self.site_dir = Path(handbook["site_dir"])
        self.page_ids = {normalise(page["url"]): page_id(page["url"]) for page in flatten(handbook["nav"])}

    def rewrite_page(self, page: dict) -> BeautifulSoup:
        own = page_id(page["url"])
        document = BeautifulSoup(page["content"], "html.parser")
        for permalink in document.select("a.headerlink"):
            permalink.decompose()
        for element in document.find_all(id=True):
            element["id"] = f"{own}--{element['id']}"
        for label in document.find_all("label", attrs={"for": True}):
            label["for"] = f"{own}--{label['for']}"
        for link in document.find_all("a", href=True):
            self.rewrite_link(link, page, own)
        for image in document.find_all("img", src=True):
            image["src"] = self.local_file(image["src"], page) or image["src"]
            image.attrs.pop("srcset", None)
            image.attrs.pop("loading", None)
        for details in document.find_all("details"):
            details["open"] = ""
        for tabs in document.select("div.tabbed-set"):
            self.unfold_tabs(tabs, document)
        return document

    def rewrite_link(self, link, page: dict, own: str) -> None:
        href = link["href"]
        parts = urlsplit(href)
        target = urljoin("/" + page["url"], parts.path)
        if "/workshop/kit/" in target and self.handbook.get("site_url") and not parts.scheme:
            # The trainer's kit (decks, handouts) is too large to travel inside the handbook: its
            # files are linked on the published site instead of attached.
            link["href"] = href = self.handbook["site_url"].rstrip("/") + target
            parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            if parts.scheme in ("http", "https"):
                link["class"] = [*link.get("class", []), "external"]
                if link.get_text(strip=True) not in (href, href.rstrip("/")):
                    url = BeautifulSoup("", "html.parser").new_tag("span", attrs={"class": "link-url"})
                    url.string = href
                    link.insert_after(url)
            return
        if href.startswith("#"):
            link["href"] = f"#{own}--{href[1:]}" if len(href) > 1 else f"#{own}"
            return
        target = urljoin("/" + page["url"], parts.path)
        key = normalise(target)
        if key in self.page_ids:
            anchor = self.page_ids[key]
            link["href"] = f"#{anchor}--{parts.fragment}" if parts.fragment else f"#{anchor}"
            return
        local = self.local_file(href, page)
        if local:
            # A file such as a CSV template travels inside the PDF as an attachment.
            link["href"] = local
            link["rel"] = "attachment"
            link["class"] = [*link.get("class", []), "attachment"]
            return
        if key and (self.site_dir / key.strip("/") / "index.html").is_file():
            # A page of the site left out of the handbook (the maintainers' pages): its web address.
            link["href"] = self.handbook["site_url"].rstrip("/") + "/" + key.strip("/") + "/"
            return self.rewrite_link(link, page, own)
        raise SystemExit(f"{page['url']}: link '{href}' goes to no page of the handbook and no file")

    def local_file(self, src: str, page: dict) -> str | None:
        """A link or image source as a path relative to the site folder, if that file exists there."""
        parts = urlsplit(src)
        if parts.scheme or src.startswith("//"):
            return None
        path = normalise(urljoin("/" + page["url"], parts.path)).rstrip("/")
        return path if path and (self.site_dir / path).is_file() else None

    @staticmethod
    def unfold_tabs(tabs, document) -> None:
        """Tabs become consecutive blocks, each under its tab's name: on paper every tab is shown."""
        labels = [label.get_text(" ", strip=True) for label in tabs.select(".tabbed-labels > label")]
        blocks = tabs.select(".tabbed-content > .tabbed-block")
        unfolded = document.new_tag("div", attrs={"class": "tabs-unfolded"})
        for label, block in zip(labels, blocks):
            title = document.new_tag("p", attrs={"class": "tab-title"})
            title.string = label
            block.insert(0, title)
            unfolded.append(block.extract())
        tabs.replace_with(unfolded)

    def document(self, version: str, strings: dict) -> str:
        handbook = self.handbook
        body = [self.cover(version, strings), self.contents(strings)]
        for chapter in chapters(handbook["nav"]):
            body.append(f'<section class="chapter" data-chapter="{html.escape(chapter["title"])}">')
            if chapter["opener"] is None:
                body.append(f'<h1 class="chapter-title" id="{chapter["id"]}">{html.escape(chapter["title"])}</h1>')
            for page in chapter["pages"]:
                role = "chapter-opener" if page is chapter["opener"] else "page"
                body.append(f'<article class="{role}" id="{page_id(page["url"])}" lang="{handbook["language"]}">')
                body.append(str(self.rewrite_page(page)))
                body.append("</article>")
            body.append("</section>")
        title = html.escape(handbook["site_name"])
        return (
            f'<!doctype html>\n<html lang="{handbook["language"]}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n"
            f'<meta name="description" content="{html.escape(handbook["site_description"] or "")}">\n'
            f'<meta name="generator" content="MkDocs, WeasyPrint">\n'
            f'<meta name="dcterms.created" content="{time.strftime("%Y-%m-%d")}">\n'
            f"</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
        )

    def cover(self, version: str, strings: dict) -> str:
        handbook = self.handbook
        logo = "assets/images/logo.svg"
        logo_html = f'<img class="cover-logo" src="{logo}" alt="{strings["logo"]}">' if (self.site_dir / logo).is_file() else ""
        site_url = handbook["site_url"] or ""
        online = ""
        if site_url and not urlsplit(site_url).hostname in ("127.0.0.1", "localhost"):
            online = f'<p class="cover-online">{strings["online"]}: <a href="{html.escape(site_url)}">{html.escape(site_url)}</a></p>'
        return (
            '<section class="cover">'
            f"{logo_html}"
            f'<h1 class="cover-title">{html.escape(handbook["site_name"])}</h1>'
            f'<p class="cover-subtitle">{html.escape(handbook["site_description"] or "")}</p>'
            f'<p class="cover-edition">{strings["edition"]}: {html.escape(version)}</p>'
            f'<div class="cover-foot"><p>{strings["printed_from"]}</p>{online}'
            f'<p>{html.escape(handbook["copyright"] or "")}</p></div>'
            "</section>"
        )

    def contents(self, strings: dict) -> str:
        lines = [f'<nav class="contents"><h1 class="contents-title">{strings["contents"]}</h1><ol class="contents-chapters">']
        for chapter in chapters(self.handbook["nav"]):
            lines.append(f'<li><a href="#{chapter["id"]}">{html.escape(chapter["title"])}</a>')
            pages = [p for p in chapter["pages"] if p is not chapter["opener"]]
            if pages:
                lines.append("<ol>")
                lines += [f'<li><a href="#{page_id(p["url"])}">{html.escape(p["title"])}</a></li>' for p in pages]
                lines.append("</ol>")
            lines.append("</li>")
        lines.append("</ol></nav>")
        return "\n".join(lines)


def broken_internal_links(document_html: str) -> list[str]:
    """Links inside the document (#id) whose target does not exist, sorted."""
    document = BeautifulSoup(document_html, "html.parser")
    ids = {element["id"] for element in document.find_all(id=True)}
    targets = {link["href"][1:] for link in document.find_all("a", href=True) if link["href"].startswith("#")}
    return sorted("#" + target for target in targets - ids)


# --- Step 3: the PDF ----------------------------------------------------------------------------


class WarningCollector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def render(document_html: Path, target: Path) -> int:
    """Render with WeasyPrint, loading only local files; returns the number of pages. WeasyPrint's
    warnings are shown; a character that no font can draw stops the build (it would print as a box)."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    warnings = WarningCollector()
    logging.getLogger("weasyprint").addHandler(warnings)
    try:
        fetcher = URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)
        rendered = HTML(filename=str(document_html), url_fetcher=fetcher).render(
            stylesheets=[CSS(filename=str(STYLESHEET), url_fetcher=fetcher)],
        )
        rendered.write_pdf(target, pdf_tags=True)
    finally:
        logging.getLogger("weasyprint").removeHandler(warnings)
    for message in dict.fromkeys(warnings.messages):
        print(f"  WeasyPrint: {message}", flush=True)
    if any(".notdef glyph" in message for message in warnings.messages):
        target.unlink()
        sys.exit(
            "Some characters have no glyph in the handbook's fonts (see above). Install the fonts that "
            f"{STYLESHEET.name} names (Debian: {' '.join(FONT_PACKAGES)}; .ci/run does it), or add one."
        )
    return len(rendered.pages)


def build(language: str, version: str, dist: Path, work: Path) -> Path:
    started = time.monotonic()
    site_dir = work / f"site-{language}"
    say(language, f"1/3 building the '{language}' pages (mkdocs, BUILD_ONLY_LOCALE={language})")
    handbook = build_language(language, site_dir)
    say(language, f"2/3 assembling {sum(1 for _ in flatten(handbook['nav']))} pages into one document")
    document = site_dir / "handbook.html"
    assembled = Assembler(handbook).document(version, STRINGS[language])
    broken = broken_internal_links(assembled)
    if broken:
        sys.exit(f"links inside the '{language}' handbook that go nowhere: {', '.join(broken)}")
    document.write_text(assembled, encoding="utf-8")
    target = dist / pdf_name(version, language)
    say(language, "3/3 rendering with WeasyPrint (the longest step)")
    pages = render(document, target)
    size = target.stat().st_size / 1_000_000
    say(language, f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {pages} pages, {size:.1f} MB, {time.monotonic() - started:.0f} s")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", required=True, help="edition printed on the cover and used in the file names")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder for the PDFs (default: dist/)")
    parser.add_argument("--language", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    arguments = parser.parse_args()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", arguments.version):
        parser.error("--version: letters, digits, '.', '_' and '-' only (it goes into file names)")
    arguments.dist.mkdir(parents=True, exist_ok=True)
    languages = arguments.language or LANGUAGES
    # One process per language: each build and rendering uses one processor core.
    with tempfile.TemporaryDirectory(prefix="handbook-") as work, \
            ProcessPoolExecutor(max_workers=min(len(languages), os.cpu_count() or 1)) as pool:
        jobs = [pool.submit(build, language, arguments.version, arguments.dist.resolve(), Path(work)) for language in languages]
        for job in jobs:
            job.result()  # a language's failure stops the build with its message


if __name__ == "__main__":
    main()
