"""The house style: words and phrases the handbook does not use (spelling/style.yml), each reported
with what to write instead. Code, addresses and text marked as another language are left alone."""

import re
from pathlib import Path

import yaml

from .pages import LANGUAGES, Problem
from .spelling import lines_to_check

STYLE = Path(__file__).resolve().parents[2] / "spelling" / "style.yml"
ENTRY_HELP = "each entry is two lines, e.g.\n        - avoid: linkuj*\n          write: postavite vezu"


def load_rules(path: Path = STYLE):
    """{language: [(pattern, avoided, instead)]}, or a Problem when the file cannot be used."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return Problem(path, mark.line + 1 if mark else None, f"the style list is not valid YAML ({getattr(error, 'problem', error)})", ENTRY_HELP)
    rules = {}
    for language in LANGUAGES:
        rules[language] = []
        for entry in data.get(language) or []:
            if not isinstance(entry, dict) or not str(entry.get("avoid") or "").strip() or not str(entry.get("write") or "").strip():
                return Problem(path, None, f"an entry of the style list for '{language}' has no 'avoid' or no 'write': {entry!r}", ENTRY_HELP)
            avoid = str(entry["avoid"]).strip()
            stem = avoid.removesuffix("*")
            ending = r"\w*" if avoid.endswith("*") else ""
            words = r"\s+".join(map(re.escape, stem.split()))
            rules[language].append((re.compile(rf"(?<!\w){words}{ending}(?!\w)", re.I), avoid, str(entry["write"]).strip()))
    return rules


def check(pages, docs):
    rules = load_rules()
    if isinstance(rules, Problem):
        return [rules]
    problems = []
    for page in pages:
        if page.decode_error or page.meta is None or not rules.get(page.language):
            continue
        for number, line in lines_to_check(page):
            for pattern, avoided, instead in rules[page.language]:
                for found in pattern.finditer(line):
                    problems.append(Problem(page.path, number, f"'{found.group(0)}' is not the handbook's style (spelling/style.yml: {avoided})",
                                            f"write {instead}"))
    return problems
