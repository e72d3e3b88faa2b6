"""Every link is one a reader can follow: a web page (https://), an e-mail (mailto:), a phone number
(tel:), or a page or file of the site in the same language, with its heading if it names one."""

import re
from pathlib import Path
from posixpath import normpath
from urllib.parse import urlsplit

from trainer_kit.layout import is_output as is_kit_output

from .markdown_links import LINK, anchors, is_external
from .pages import LANGUAGES, Problem

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1"}
PHONE = re.compile(r"^\+?[\d ()./-]{3,}$")
KINDS_OF_LINK = ("link to a web page (https://...), an e-mail address (mailto:ime@institucija.gov.ba), "
                 "a phone number (tel:+38733...) or a page of the site (../section/page.md)")


def check(pages, docs):
    by_path = {page.path.resolve(): page for page in pages if not page.decode_error}
    anchor_cache = {}

    def anchors_of(page):
        if page.path not in anchor_cache:
            anchor_cache[page.path] = anchors(page)
        return anchor_cache[page.path]

    problems = []
    for page in by_path.values():
        for number, line in page.body_lines():
            for match in LINK.finditer(line):
                target = match["target"]
                if not match["text"].strip() and target:
                    problems.append(Problem(page.path, number, f"the link to '{target}' has no text",
                                            "write what the reader finds there between the square brackets: [Zakon o slobodi pristupa informacijama](...)"))
                if not target:
                    continue  # an empty address: the Markdown rule md042 reports it
                problem = (check_address(page, number, target) if is_external(target)
                           else check_link(page, number, target, docs, by_path, anchors_of))
                if problem:
                    problems.append(problem)
    return problems


def check_address(page, number, target):
    """An address with a scheme (https:, mailto:, ...) or starting with //."""
    if target.startswith("//"):
        return Problem(page.path, number, f"the link '{target}' has no https: in front",
                       f"write the full address, 'https:{target}' (without it the link breaks in the offline copy)")
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if (parts.hostname or "") in LOCAL_HOSTS:
            return Problem(page.path, number, f"the link '{target}' points at a computer of your own, not at the web",
                           "link to the page's public address, or, for a page of this site, to its .md file")
        if not parts.hostname:
            return Problem(page.path, number, f"the link '{target}' has no web address after '{scheme}://'", KINDS_OF_LINK)
        return None
    if scheme == "mailto":
        if "@" not in parts.path:
            return Problem(page.path, number, f"the e-mail link '{target}' has no e-mail address", "write it as mailto:ime@institucija.gov.ba")
        return None
    if scheme == "tel":
        if not PHONE.match(parts.path):
            return Problem(page.path, number, f"the phone link '{target}' is not a phone number", "write digits only, e.g. tel:+38733123456 or tel:122")
        return None
    return Problem(page.path, number, f"a reader cannot follow the link '{target}' (a '{scheme}:' address)", KINDS_OF_LINK)


def check_link(page, number, target, docs, by_path, anchors_of):
    address, _, anchor = target.partition("#")
    if not address:
        if anchor not in anchors_of(page):
            return Problem(page.path, number, f"the link '#{anchor}' points at a heading that is not on this page",
                           "check the heading's id, e.g. '## Naslov { #" + (anchor or "id") + " }', or fix the link")
        return None
    if address.startswith("www."):
        return Problem(page.path, number, f"the link '{target}' has no https:// in front", f"write 'https://{target}'")
    if address.startswith("/"):
        return Problem(page.path, number, f"the link '{target}' starts with '/', which breaks in the offline copy and under /en/",
                       "link relatively to the page's .md file, e.g. '../strategy/house-rules.md' (../ goes up one folder)")
    resolved = Path(normpath((page.path.parent / address).as_posix()))
    if (problem := check_place(page, number, target, resolved, docs)):
        return problem
    if address.endswith("/") or (resolved.is_dir() and not resolved.suffix):
        return Problem(page.path, number, f"the link '{target}' points at a folder",
                       f"link to the Markdown file instead, e.g. '{address.rstrip('/')}/index.md'")
    if not resolved.is_file() and not is_kit_output(resolved):  # a deck or handout: `make slides` makes it
        if resolved.suffix == ".html" and resolved.with_suffix(".md").is_file():
            return Problem(page.path, number, f"the link '{target}' names the built .html page",
                           f"link to the Markdown file instead: '{address[:-5]}.md'")
        return Problem(page.path, number, f"broken link '{target}': there is no file {display(resolved, docs)}",
                       "check the spelling and the relative path (../ goes up one folder), or create the page with `make new-page`")
    if anchor and resolved.suffix == ".md":
        linked = by_path.get(resolved.resolve())
        if linked and anchor not in anchors_of(linked):
            return Problem(page.path, number, f"the link '{target}' points at a heading '#{anchor}' that is not on {display(resolved, docs)}",
                           "open that page and check the heading's id ('## Naslov { #id }'), or remove '#...' from the link")
    return None


def check_place(page, number, target, resolved: Path, docs: Path):
    """A link stays inside the site and inside the page's own language (the language switch, not a
    link, takes the reader to the other language)."""
    docs_folder = Path(normpath(docs.absolute().as_posix()))
    resolved = Path(normpath(resolved.absolute().as_posix()))
    if not resolved.is_relative_to(docs_folder):
        return Problem(page.path, number, f"the link '{target}' points outside the site (at {display(resolved, docs)})",
                       "files outside docs/ are not published: link to the file's address on GitHub (https://...), or move it into docs/")
    first = resolved.relative_to(docs_folder).parts[0] if resolved != docs_folder else ""
    if first in LANGUAGES and first != page.language:
        return Problem(page.path, number, f"the link '{target}' leads into the other language's pages (docs/{first}/)",
                       f"link to the page in docs/{page.language}/ with the same path; readers change language with the switcher")
    return None


def display(path: Path, docs: Path) -> str:
    try:
        return path.resolve().relative_to(docs.resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()
