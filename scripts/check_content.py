#!/usr/bin/env python3
"""`make check`: fast checks of every page, with messages that name the file, the line and the fix.

Usage: python scripts/check_content.py [--docs DIR] [--only RULE ...]
Exits 1 if anything is wrong, 0 if the pages are clean. Never prints a Python traceback: an
unexpected failure inside a check is reported as such, with the check's name."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import (  # noqa: E402  (the path above makes the package importable when run as a script)
    diagrams,
    do_not_cite,
    embedded_content,
    encoding,
    example_posts,
    file_names,
    front_matter,
    images,
    links,
    markdown_style,
    menu,
    page_text,
    search_synonyms,
    session_plan,
    spelling,
    style_words,
    translations,
)
from checks.pages import Problem, load_pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RULES = {
    "encoding": encoding,
    "file-names": file_names,
    "front-matter": front_matter,
    "translations": translations,
    "menu": menu,
    "links": links,
    "images": images,
    "embedded-content": embedded_content,
    "page-text": page_text,
    "do-not-cite": do_not_cite,
    "markdown-style": markdown_style,
    "style": style_words,
    "session-plan": session_plan,
    "spelling": spelling,
    "diagrams": diagrams,
    "example-posts": example_posts,
    "search-synonyms": search_synonyms,
}


def run_checks(docs: Path, only=None) -> list[Problem]:
    pages = load_pages(docs)
    problems = []
    for name, rule in RULES.items():
        if only and name not in only:
            continue
        try:
            problems += rule.check(pages, docs)
        except Exception as error:  # report, never a traceback: a trainer cannot act on one
            problems.append(Problem(docs, None, f"the '{name}' check stopped with an error: {error.__class__.__name__}: {error}",
                                    "tell a maintainer (open an issue with this message)"))
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="the docs folder to check")
    parser.add_argument("--only", nargs="+", choices=sorted(RULES), help="run only these checks")
    arguments = parser.parse_args(argv)
    problems = sorted(run_checks(arguments.docs, arguments.only), key=lambda p: (str(p.path), p.line or 0))
    root = arguments.docs.resolve().parent
    for problem in problems:
        print(problem.render(root))
    checked = len(arguments.only or RULES)
    if problems:
        print(f"\n{len(problems)} problem(s) found by {checked} check(s). Fix them and run `make check` again.")
        return 1
    print(f"All {checked} checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
