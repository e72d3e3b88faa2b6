"""Internal links point at pages and files that exist, and at headings that exist on them."""

from pathlib import Path
from posixpath import normpath

from trainer_kit.layout import is_output as is_kit_output

from .markdown_links import LINK, anchors, is_external
from .pages import Problem


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
                if not target or is_external(target):
                    continue
                problem = check_link(page, number, target, docs, by_path, anchors_of)
                if problem:
                    problems.append(problem)
    return problems


def check_link(page, number, target, docs, by_path, anchors_of):
    address, _, anchor = target.partition("#")
    if not address:
        if anchor not in anchors_of(page):
            return Problem(page.path, number, f"the link '#{anchor}' points at a heading that is not on this page",
                           "check the heading's id, e.g. '## Naslov { #" + (anchor or "id") + " }', or fix the link")
        return None
    resolved = Path(normpath((page.path.parent / address).as_posix()))
    if address.endswith("/") or (resolved.is_dir() and not resolved.suffix):
        return Problem(page.path, number, f"the link '{target}' points at a folder",
                       f"link to the Markdown file instead, e.g. '{address.rstrip('/')}/index.md'")
    if not resolved.is_file() and not is_kit_output(resolved):  # a deck or handout: `make slides` makes it
        return Problem(page.path, number, f"broken link '{target}': there is no file {display(resolved, docs)}",
                       "check the spelling and the relative path (../ goes up one folder), or create the page with `make new-page`")
    if anchor and resolved.suffix == ".md":
        linked = by_path.get(resolved.resolve())
        if linked and anchor not in anchors_of(linked):
            return Problem(page.path, number, f"the link '{target}' points at a heading '#{anchor}' that is not on {display(resolved, docs)}",
                           "open that page and check the heading's id ('## Naslov { #id }'), or remove '#...' from the link")
    return None


def display(path: Path, docs: Path) -> str:
    try:
        return path.resolve().relative_to(docs.resolve().parent).as_posix()
    except ValueError:
        return path.as_posix()
