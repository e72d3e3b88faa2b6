"""Append the page language's abbreviation list, so acronyms and glossary terms get hover definitions.

pymdownx.snippets' auto_append is one list for the whole site; the definitions must be in the
reader's language, so this hook picks includes/abbreviations-<lang>.md by the page's language folder.
"""

from pathlib import Path

from _languages import page_language

INCLUDES = Path(__file__).resolve().parent.parent / "includes"


def on_page_markdown(markdown, page, config, files):
    language = page_language(page)
    definitions = INCLUDES / f"abbreviations-{language}.md"
    if not definitions.is_file():
        return markdown
    return markdown + "\n\n" + definitions.read_text(encoding="utf-8")
