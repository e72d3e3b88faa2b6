"""No page runs code or loads anything from another site: no <script>, <iframe>, embedded players,
stylesheets or forms. Readers' privacy and the offline copy depend on it."""

import re

from .pages import Problem

FORBIDDEN = re.compile(r"<\s*(script|iframe|embed|object|video|audio|link|style|form|frame|base|meta)\b", re.I)
VIDEO_HELP = (
    "link to the video with a thumbnail image instead of embedding it: "
    "[![Short description of the video](video-thumbnail.png)](https://www.youtube.com/watch?v=...) "
    "(save the thumbnail beside the page)"
)
HELP = {
    "script": "remove it: pages may not run code; ask a maintainer if a feature needs JavaScript",
    "iframe": VIDEO_HELP,
    "embed": VIDEO_HELP,
    "object": VIDEO_HELP,
    "video": VIDEO_HELP,
    "audio": "link to the recording instead, and add a transcript on the page",
    "style": "remove it: styles belong in docs/assets/stylesheets/site.css (ask a maintainer)",
    "link": "remove it: styles belong in docs/assets/stylesheets/site.css (ask a maintainer)",
}


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error:
            continue
        for number, line in page.body_lines():
            for match in FORBIDDEN.finditer(line):
                tag = match[1].lower()
                problems.append(Problem(page.path, number, f"<{tag}> is not allowed in a page",
                                        HELP.get(tag, "remove the HTML element and use Markdown instead")))
    return problems
