"""File and folder names under docs/ are ASCII, lower-case and hyphenated, so addresses are the same
in both languages and work everywhere (no spaces, no č/ć/š/ž/đ, no capitals or underscores)."""

import re

from content_roots import extra_roots

from .pages import Problem

# A name is words of a-z and 0-9 joined by hyphens, then optional extensions (.md, .min.js, ...).
VALID_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$")
ASCII = str.maketrans("čćđšžČĆĐŠŽ", "ccdszccdsz")


def suggestion(name: str) -> str:
    stem, dot, extension = name.partition(".")
    cleaned = re.sub(r"[^a-z0-9]+", "-", stem.replace("đ", "dj").replace("Đ", "Dj").translate(ASCII).lower()).strip("-")
    return cleaned + dot + extension.lower()


def check(pages, docs):
    problems = []
    for path in sorted(path for root in (docs, *extra_roots(docs)) for path in root.rglob("*")):
        if not VALID_NAME.match(path.name):
            problems.append(Problem(path, None, f"the name '{path.name}' is not ASCII lower-case with hyphens",
                                    f"rename it, e.g. to '{suggestion(path.name)}' (and rename its twin in the other language)"))
    return problems
