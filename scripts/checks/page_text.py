"""Every page says something: text below its title, text in every section, and no text left over from
the page template or marked as unfinished (TODO, lorem ipsum)."""

import re
from functools import cache
from pathlib import Path

from .markdown_links import HEADING
from .pages import Problem

TEMPLATES = Path(__file__).resolve().parents[1] / "page_templates"
UNFINISHED = re.compile(r"\b(TODO|TBD|FIXME)\b|\blorem ipsum\b", re.I)
NOT_TEXT = re.compile(r"^\s*(\{:?[^}]*\}|<!--.*-->|---|\*\[[^\]]+\]:.*)?\s*$")


@cache
def template_placeholders() -> frozenset[str]:
    """The lines of the page templates that a trainer must replace: those with [placeholder] text."""
    lines = set()
    for template in TEMPLATES.glob("*.md"):
        for line in template.read_text(encoding="utf-8").splitlines():
            if "[" in line and not line.lstrip().startswith("#") and line.strip() not in ("- [ ]", "- [x]"):
                lines.add(line.strip())
    return frozenset(lines)


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error or page.meta is None or page.is_stub:
            continue
        problems += check_page(page)
    return problems


def check_page(page):
    problems = []
    body = [(number, line) for number, line in page.body_lines()]
    headings = [(index, number, HEADING.match(line)) for index, (number, line) in enumerate(body) if HEADING.match(line)]
    text_lines = [number for number, line in body if not HEADING.match(line) and not NOT_TEXT.match(line)]
    title_line = next((number for _, number, match in headings if len(match["hashes"]) == 1), page.body_line)
    if not text_lines:
        problems.append(Problem(page.path, title_line, "the page has no text below its title",
                                "write what the page says (lead with the answer to its title's question), or delete the page and its menu line"))
        return problems
    for position, (index, number, match) in enumerate(headings):
        level = len(match["hashes"])
        following = headings[position + 1] if position + 1 < len(headings) else None
        end = following[0] if following else len(body)
        has_text = any(not NOT_TEXT.match(line) for _, line in body[index + 1 : end])
        deeper_follows = following is not None and len(following[2]["hashes"]) > level
        if level > 1 and not has_text and not deeper_follows:
            problems.append(Problem(page.path, number, f"the section '{match['text']}' has no text",
                                    "write the section's text below its heading, or delete the heading"))
    for number, line in body:
        found = UNFINISHED.search(line)
        if found:
            problems.append(Problem(page.path, number, f"the page still says '{found.group(0)}': it looks unfinished",
                                    "write the missing text, or move the note to the pull request's description"))
    leftovers = [number for number, line in body if line.strip() in template_placeholders()]
    if leftovers:
        shown = ", ".join(map(str, leftovers[:12])) + (", ..." if len(leftovers) > 12 else "")
        problems.append(Problem(page.path, leftovers[0], f"{len(leftovers)} line(s) are still the page template's [placeholders] (lines {shown})",
                                "replace each text in [square brackets] with your own text, and delete what the page does not need"))
    return problems
