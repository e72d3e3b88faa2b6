"""The house style: words and phrases the handbook does not use (spelling/style.yml), each reported
with what to write instead. Code, addresses, the sources section and text marked as another language
are left alone (the same lines the spelling check reads)."""

import re
from pathlib import Path

import yaml

from .pages import LANGUAGES, Problem
from .spelling import lines_to_check

STYLE = Path(__file__).resolve().parents[2] / "spelling" / "style.yml"
FIELDS = ("avoid", "write")
ENTRY_HELP = ("under 'bs:' or 'en:', each entry is two lines: '  - avoid: linkuj*' and '    write: postavite vezu' "
              "(see the comment at the top of the file)")


def check(pages, docs):
    rules, problems = load_rules(STYLE)
    for page in pages:
        if page.decode_error or page.meta is None or not rules.get(page.language):
            continue
        for number, line in lines_to_check(page):
            for pattern, avoided, instead in rules[page.language]:
                for found in pattern.finditer(line):
                    problems.append(Problem(page.path, number,
                                            f"'{found.group(0)}' is not the handbook's style ({display(STYLE, docs)}: {avoided})",
                                            f"write {instead}"))
    return problems


def load_rules(path: Path):
    """({language: [(pattern, avoided, instead)]}, [Problem]): every usable entry, and a problem for
    each part of the file a trainer has to fix. A broken entry is reported and skipped."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, [Problem(path, None, "the style list is missing",
                            f"restore it from the repository's history (git checkout -- spelling/{path.name}) or ask a maintainer")]
    except UnicodeDecodeError:
        return {}, [Problem(path, None, "the style list is not UTF-8 text", "save it as UTF-8")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return {}, [Problem(path, mark.line + 1 if mark else None,
                            f"the style list is not valid YAML ({getattr(error, 'problem', None) or error})", ENTRY_HELP)]
    if root is None:
        return {}, []  # an empty list: nothing to avoid
    if not isinstance(root, yaml.MappingNode):
        return {}, [Problem(path, root.start_mark.line + 1, "the style list must have a part per language ('bs:', 'en:')", ENTRY_HELP)]
    rules, problems = {}, []
    for key_node, entries in root.value:
        language = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if language not in LANGUAGES:
            problems.append(Problem(path, key_node.start_mark.line + 1, f"unknown language '{language}' in the style list",
                                    f"use one of {', '.join(LANGUAGES)}"))
            continue
        if isinstance(entries, yaml.ScalarNode) and entries.value in ("", "[]"):
            continue  # 'en: []' or 'en:' with nothing under it
        if not isinstance(entries, yaml.SequenceNode):
            problems.append(Problem(path, entries.start_mark.line + 1, f"'{language}:' must be followed by a list of entries", ENTRY_HELP))
            continue
        rules[language] = []
        for node in entries.value:
            rule = entry_rule(node)
            if isinstance(rule, str):
                problems.append(Problem(path, node.start_mark.line + 1, rule, ENTRY_HELP))
            else:
                rules[language].append(rule)
    return rules, problems


def entry_rule(node):
    """(pattern, avoided, instead) for one entry, or what is wrong with it."""
    if not isinstance(node, yaml.MappingNode):
        return "this entry is not an 'avoid / write' pair"
    fields = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in FIELDS:
            return f"unknown field '{key}' in this entry (only 'avoid' and 'write')"
        if not isinstance(value_node, yaml.ScalarNode) or not value_node.value.strip():
            return f"the field '{key}' must be a line of text"
        fields[key] = " ".join(value_node.value.split())
    missing = [name for name in FIELDS if name not in fields]
    if missing:
        return f"this entry has no '{missing[0]}'"
    avoid = fields["avoid"]
    stem = avoid.removesuffix("*")
    if not stem.strip() or "*" in stem:
        return f"'{avoid}' is not a word or phrase ('*' may only end it, standing for any ending)"
    # A word, not part of one: "kamo" is reported, "kamomila" is not; "linkuj*" covers every ending.
    words = r"\s+".join(map(re.escape, stem.split()))
    ending = r"\w*" if avoid.endswith("*") else ""
    return re.compile(rf"(?<!\w){words}{ending}(?!\w)", re.I), avoid, fields["write"]


def display(path: Path, docs: Path) -> str:
    try:
        return path.resolve().relative_to(docs.resolve().parent).as_posix()
    except ValueError:
        return f"spelling/{path.name}"
