"""Front matter: valid YAML with the fields every page needs. A translation stub needs only
`translation_stub: true` (a title and description in its own language are optional) and no text."""

import datetime

from .pages import Problem, line_of

REQUIRED = ("title", "description", "type", "last_reviewed", "review_by")
TYPES = ("home", "overview", "training", "template", "case-study", "tool-guide", "reference", "maintainers",
         "slides", "handout")  # the last two: the trainer's kit (slides/, handouts/)
MAX_DESCRIPTION = 160
EXAMPLE = (
    "---\ntitle: Naslov stranice\ndescription: Jedna rečenica o stranici.\ntype: training\n"
    "last_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---"
)


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error:
            continue
        if page.meta is None:
            problems.append(Problem(page.path, page.meta_error_line, page.meta_error, fix_for(page.meta_error)))
            continue
        problems += check_fields(page)
    return problems


def fix_for(error: str) -> str:
    if "YAML" in error:
        return ("look at that line: a value that contains ': ' (a colon and a space), or starts with a quote, "
                "[ { * & ! # | > % @ or `, must be put in double quotes, e.g. description: \"Pravila: šta se briše\"")
    return "start the page with front matter between two '---' lines, e.g.\n" + EXAMPLE


def check_fields(page):
    problems = []
    meta = page.meta
    if page.is_stub:
        problems += check_stub(page)
    for key in () if page.is_stub else REQUIRED:
        if meta.get(key) in (None, ""):
            problems.append(Problem(page.path, 1, f"the front matter has no '{key}'",
                                    f"add a line '{key}: ...' between the '---' lines (see CONTRIBUTING.md)"))
    description = meta.get("description")
    if isinstance(description, str) and len(description) > MAX_DESCRIPTION:
        problems.append(Problem(page.path, line_of(page, "description:", 1),
                                f"the description has {len(description)} characters, more than {MAX_DESCRIPTION}",
                                "shorten it to one sentence: search engines cut it off after 160 characters"))
    for key in ("title", "description"):
        value = meta.get(key)
        if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
            problems.append(Problem(page.path, line_of(page, f"{key}:", 1), f"the {key} is still the template's placeholder",
                                    f"replace the text in [brackets] with the page's real {key}"))
    kind = meta.get("type")
    if kind and kind not in TYPES:
        problems.append(Problem(page.path, line_of(page, "type:", 1), f"unknown page type '{kind}'",
                                "use one of: " + ", ".join(TYPES)))
    for key in ("last_reviewed", "review_by"):
        value = meta.get(key)
        if value not in (None, "") and not isinstance(value, datetime.date):
            problems.append(Problem(page.path, line_of(page, f"{key}:", 1), f"'{key}' is not a date: {value!r}",
                                    "write the date as YYYY-MM-DD, e.g. 2027-11-26"))
    if "translation_stub" in meta and not isinstance(meta["translation_stub"], bool):
        problems.append(Problem(page.path, line_of(page, "translation_stub:", 1), "'translation_stub' must be true or false",
                                "write 'translation_stub: true' on a page that is not translated yet, or remove the line"))
    return problems


def check_stub(page):
    """A stub is front matter only: the build shows the original's current text under a notice."""
    text_line = next((number for number, line in page.body_lines() if line.strip()), None)
    if text_line is None:
        return []
    return [Problem(page.path, text_line, "this page is a translation stub ('translation_stub: true') but has text below its front matter",
                    "if you have translated it, remove the line 'translation_stub: true' and run "
                    f"`make translated PAGE={page.relative}`; otherwise delete the text: a stub shows the original's text by itself")]
