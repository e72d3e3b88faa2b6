"""Append the page language's abbreviation list, so acronyms and glossary terms get hover definitions.

pymdownx.snippets' auto_append is one list for the whole site; the definitions must be in the
reader's language, so this hook picks includes/abbreviations-<lang>.md by the page's language folder.

Only the definitions whose term occurs in the page's Markdown are appended, one block each: the
abbr extension reads a block of definitions one line per pass over the rest of the block, so the
whole list on every page took about half of the build's Markdown time. A term that is not in the
page marks nothing, so the HTML is the same as with the whole list. The check ignores letter case
(admonition titles such as "Note" are made from "note"), and the hook runs after the other hooks'
on_page_markdown, so text they put in (the sources list, the translation status table) counts. A
page that includes snippets, or a list with anything but one-line definitions, gets the whole list.
"""

import re
from pathlib import Path

from mkdocs.plugins import event_priority

from _languages import page_language

INCLUDES = Path(__file__).resolve().parent.parent / "includes"
# One definition on one line, read as the abbr extension reads it: `*[term]: title`.
DEFINITION = re.compile(r"\*\[(?P<term>[^\\]*?)\][ ]?:[ ]*(?P<title>\S.*)")
SNIPPET = "--8<--"


def used_definitions(definitions: str, markdown: str) -> str:
    """The lines of `definitions` whose term occurs in `markdown`, one block each (all of `definitions`
    where that cannot be told)."""
    lines = [line for line in definitions.split("\n") if line.strip()]
    matches = [DEFINITION.fullmatch(line) for line in lines]
    if SNIPPET in markdown or not all(match and match["term"].strip() for match in matches):
        return definitions
    text = markdown.casefold()
    return "\n\n".join(line for line, match in zip(lines, matches) if match["term"].strip().casefold() in text)


@event_priority(-100)  # after the hooks that put text into the page (sources_page, translation_status_table)
def on_page_markdown(markdown, page, config, files):
    language = page_language(page)
    definitions = INCLUDES / f"abbreviations-{language}.md"
    if not definitions.is_file():
        return markdown
    return markdown + "\n\n" + used_definitions(definitions.read_text(encoding="utf-8"), markdown)
