"""Example posts (`/// post | Dobar primjer` blocks, drawn by hooks/example_posts.py): a block with a
wrong label, a missing or unknown option, options that are not valid YAML, or no closing `///`
would be printed as plain text on the page, so it is reported here with its line."""

import importlib.util
from functools import cache
from pathlib import Path

from .pages import Problem

HOOK = Path(__file__).resolve().parents[2] / "hooks" / "example_posts.py"
HELP = "see the contributor guide, section 'Example posts' (docs/en/contributing/index.md#example-posts)"


@cache
def hook():
    spec = importlib.util.spec_from_file_location("example_posts_hook", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(pages, docs):
    problems = []
    for page in pages:
        if page.decode_error:
            continue
        for line, message in hook().problems_in(page.lines, page.language):
            problems.append(Problem(page.path, line, message, HELP))
    return problems
