"""Printable documents of the kit: the one-page handouts (handouts/<language>/*.md) as HTML, which a
browser prints on one A4 page, and as PDF; and the questionnaire's PDFs, each made of sections of
its page (docs/<language>/workshop/questionnaire.md, chosen by heading id in layout.py).

Markdown to HTML with Python-Markdown and the extensions the site uses for the same syntax; HTML to
PDF with WeasyPrint (as the printed handbook, scripts/build_pdf.py), loading nothing but the document."""

import html
import logging
import re
from pathlib import Path

import markdown

from .decks import source_text, split
from .layout import ROOT, STRINGS
from .links import rewrite

STYLESHEET = Path(__file__).resolve().parent / "handout.css"
EXTENSIONS = ["attr_list", "tables", "admonition", "pymdownx.tasklist"]
EXTENSION_CONFIGS = {"pymdownx.tasklist": {"custom_checkbox": True}}
HEADING = re.compile(r"^(?P<level>#{1,6})\s.*?\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
# A checklist on paper is ticked with a pen: each box is drawn, not a form control without a name.
CHECKBOX = re.compile(r'<label class="task-list-control"><input type="checkbox"[^>]*><span class="task-list-indicator"></span></label>')
DRAWN_BOX = '<span class="task-list-indicator" aria-hidden="true"></span>'

TEMPLATE = """<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {handbook}</title>
<meta name="description" content="{description}">
<style>
{css}
</style>
</head>
<body class="{kind}">
<header class="kit-header"><p><a href="{home}">{handbook}</a> · {label}</p></header>
<main>
{body}
</main>
<footer class="kit-footer"><p>{licence} <a href="{home}">{home_text}</a></p></footer>
</body>
</html>
"""


class DocumentError(ValueError):
    """A handout or questionnaire that cannot be built, with the file and what to do."""


def sections(body: str, ids: tuple[str, ...], source: Path) -> str:
    """The parts of a page's Markdown under the headings with these ids (each to the next heading of
    the same or a higher level), in the page's order."""
    lines, chosen, level, inside_fence = body.splitlines(), [], None, False
    found = set()
    for line in lines:
        if FENCE.match(line):
            inside_fence = not inside_fence
        heading = None if inside_fence else HEADING.match(line)
        if heading:
            if level is not None and len(heading["level"]) <= level:
                level = None
            if heading["id"] in ids:
                level = len(heading["level"])
                found.add(heading["id"])
        if level is not None:
            chosen.append(line)
    missing = [i for i in ids if i not in found]
    if missing:
        raise DocumentError(f"{source.relative_to(ROOT).as_posix()}: no heading with the id "
                            + ", ".join(f"'#{i}'" for i in missing) + " (the questionnaire's documents are made of these sections; "
                            "keep the ids, e.g. '## Provjera znanja {{ #knowledge-check }}')")
    return "\n".join(chosen) + "\n"


def page_html(source: Path, language: str, kind: str, site_url: str | None, ids: tuple[str, ...] | None = None) -> str:
    """A standalone HTML document of a handout, or of some sections of a page (ids). With `site_url`
    the handbook links are full addresses (for the PDF); without, `handbook:` links (for the site)."""
    meta, body, _ = split(source_text(source), source)
    title = str(meta.get("title", source.stem))
    label = STRINGS[language]["handout" if kind == "handouts" else "questionnaire"]
    if ids:
        heading = f"# {title}\n\n"
        body = heading + sections(body, ids, source)
    converted = markdown.markdown(rewrite(body, source, site_url), extensions=EXTENSIONS,
                                  extension_configs=EXTENSION_CONFIGS, output_format="html")
    converted = CHECKBOX.sub(DRAWN_BOX, converted)
    home = (site_url.rstrip("/") + "/" + ("" if language == "bs" else f"{language}/")) if site_url else f"handbook:{language}/index.md"
    return TEMPLATE.format(
        language=language,
        title=html.escape(title),
        handbook=html.escape(STRINGS[language]["handbook"]),
        description=html.escape(str(meta.get("description", "")), quote=True),
        css=STYLESHEET.read_text(encoding="utf-8"),
        kind=kind,
        label=html.escape(label),
        body=converted,
        licence=html.escape(STRINGS[language]["licence"]),
        home=html.escape(home, quote=True),
        home_text=html.escape(home if site_url else STRINGS[language]["handbook"]),
    )


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def write_pdf(document: str, target: Path) -> int:
    """Render a standalone HTML document to a tagged PDF; returns its number of pages. Only data: URLs
    load; a character no installed font can draw stops the build (it would print as a box)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    warnings = _Warnings()
    logging.getLogger("weasyprint").addHandler(warnings)
    try:
        rendered = HTML(string=document, base_url=str(ROOT), url_fetcher=URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)).render()
        target.parent.mkdir(parents=True, exist_ok=True)
        rendered.write_pdf(target, pdf_tags=True)
    finally:
        logging.getLogger("weasyprint").removeHandler(warnings)
    if any(".notdef glyph" in message for message in warnings.messages):
        target.unlink(missing_ok=True)
        raise DocumentError(f"{target.name}: some characters have no glyph in the installed fonts; install fonts-dejavu-core "
                            "(Debian; .ci/run does it)")
    return len(rendered.pages)
