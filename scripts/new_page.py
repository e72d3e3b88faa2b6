#!/usr/bin/env python3
"""`make new-page`: start a page in both languages in one step.

Writes docs/<first language>/<section>/<slug>.md from the template for its kind, with the front matter
filled in, and the twin in the other language as a translation stub (front matter only: the site shows
the original's text there, with a notice, until someone translates it), then adds the page to the menu
in mkdocs.yml.

In a terminal, `make new-page` asks for what it needs. Without one (or to skip the questions), give
everything on the command line:
  make new-page SECTION=community SLUG=crisis-drill KIND=training \\
      TITLE_BS="Vježba kriznog komuniciranja" TITLE_EN="Crisis communication drill" FIRST=en
or call the script directly with --section, --slug, --kind, --title-bs, --title-en, --first.
"""

import argparse
import datetime
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "page_templates"
LANGUAGES = ("bs", "en")
KINDS = ("training", "case-study", "tool-guide")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NAV_ENTRY = re.compile(r"^(?P<indent>\s+)- (?P<section>[a-z0-9-]+)/[a-z0-9/-]+\.md\s*$")
# Each value: (make variable, question asked in a terminal)
VALUES = {
    "section": ("SECTION", "Section (folder), one of: {sections}"),
    "slug": ("SLUG", "File name without .md (lower-case, hyphens, e.g. crisis-drill)"),
    "kind": ("KIND", "Kind of page: training, case-study or tool-guide"),
    "title_bs": ("TITLE_BS", "Title in Bosnian"),
    "title_en": ("TITLE_EN", "Title in English"),
    "first": ("FIRST", "Which language do you write first, bs or en? [bs]"),
}
DESCRIPTION_PLACEHOLDER = {
    "bs": "[Jedna rečenica o stranici, najviše 160 znakova]",
    "en": "[One sentence about the page, at most 160 characters]",
}


class Refusal(Exception):
    """Something the trainer can fix; printed without a traceback."""


def sections(config_text: str) -> list[str]:
    return list(dict.fromkeys(m["section"] for m in map(NAV_ENTRY.match, config_text.splitlines()) if m))


def add_to_menu(config_text: str, section: str, slug: str) -> str:
    lines = config_text.splitlines(keepends=True)
    last = max((i for i, line in enumerate(lines) if (m := NAV_ENTRY.match(line)) and m["section"] == section), default=None)
    if last is None:
        raise Refusal(f"the section '{section}' is not in the menu of mkdocs.yml")
    indent = NAV_ENTRY.match(lines[last])["indent"]
    lines.insert(last + 1, f"{indent}- {section}/{slug}.md\n")
    return "".join(lines)


def yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is valid YAML, quotes and colons included


def source_text(title: str, kind: str, language: str, today: datetime.date) -> str:
    try:
        review = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        review = today + datetime.timedelta(days=365)
    body = (TEMPLATES / f"{kind}.{language}.md").read_text(encoding="utf-8")
    front = [
        "---",
        f"title: {yaml_string(title)}",
        f"description: {yaml_string(DESCRIPTION_PLACEHOLDER[language])}",
        f"type: {kind}",
        f"last_reviewed: {today.isoformat()}",
        f"review_by: {review.isoformat()}",
        "---",
    ]
    return "\n".join(front + ["", f"# {title}", "", body])


def stub_text(title: str) -> str:
    """A translation stub: its own title, and nothing to translate yet."""
    return f"---\ntitle: {yaml_string(title)}\ntranslation_stub: true\n---\n"


def create(section, slug, kind, titles, first="bs", root=ROOT, today=None) -> list[Path]:
    today = today or datetime.date.today()
    config = root / "mkdocs.yml"
    config_text = config.read_text(encoding="utf-8")
    if section not in sections(config_text):
        raise Refusal(f"unknown section '{section}'; choose one of: {', '.join(sections(config_text))}")
    if not SLUG.match(slug or ""):
        raise Refusal(f"'{slug}' is not a valid file name: use lower-case letters, digits and hyphens, e.g. crisis-drill")
    if kind not in KINDS:
        raise Refusal(f"unknown kind '{kind}'; choose one of: {', '.join(KINDS)}")
    if first not in LANGUAGES:
        raise Refusal(f"unknown first language '{first}'; choose bs or en")
    for language in LANGUAGES:
        if not (titles.get(language) or "").strip():
            raise Refusal(f"the title in {'Bosnian' if language == 'bs' else 'English'} is empty")
    targets = {language: root / "docs" / language / section / f"{slug}.md" for language in LANGUAGES}
    for path in targets.values():
        if path.exists():
            raise Refusal(f"{path.relative_to(root)} already exists; choose another name")
    for language, path in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = source_text(titles[language], kind, language, today) if language == first else stub_text(titles[language])
        path.write_text(text, encoding="utf-8")
    config.write_text(add_to_menu(config_text, section, slug), encoding="utf-8")
    return [targets[first], *(path for language, path in targets.items() if language != first)]


def ask(name: str, config_text: str) -> str:
    answer = input(VALUES[name][1].format(sections=", ".join(sections(config_text))) + ": ").strip()
    return answer or ("bs" if name == "first" else "")


def missing_values_message(missing: list[str]) -> str:
    example = ('SECTION=community SLUG=crisis-drill KIND=training TITLE_BS="Vježba kriznog komuniciranja" '
               'TITLE_EN="Crisis communication drill"')
    names = ", ".join(VALUES[name][0] for name in missing)
    return (f"missing {names}. Give them on the command line, e.g.\n"
            f"    make new-page {example}\n"
            "(add FIRST=en to write the English page first), or run `make new-page` in a terminal to be asked")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section")
    parser.add_argument("--slug")
    parser.add_argument("--kind")
    parser.add_argument("--title-bs")
    parser.add_argument("--title-en")
    parser.add_argument("--first", help="the language you write first (bs or en); the other becomes a translation stub")
    parser.add_argument("--from-make", action="store_true", help="also read SECTION, SLUG, ... given to `make new-page`")
    arguments = parser.parse_args(argv)
    try:
        config_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        values = {}
        for name, (variable, _) in VALUES.items():
            values[name] = getattr(arguments, name) or (os.environ.get(variable, "").strip() if arguments.from_make else "")
        missing = [name for name, value in values.items() if not value and name != "first"]
        if missing and not sys.stdin.isatty():
            raise Refusal(missing_values_message(missing))
        for name in VALUES:
            if not values[name]:
                values[name] = ask(name, config_text) if sys.stdin.isatty() else "bs"
        created = create(values["section"], values["slug"], values["kind"],
                         {"bs": values["title_bs"], "en": values["title_en"]}, values["first"])
    except (Refusal, EOFError, KeyboardInterrupt) as problem:
        print(f"No page was created: {problem}")
        return 2
    first, stub = (path.relative_to(ROOT) for path in created)
    print(f"Created {first} (write the page here)")
    print(f"Created {stub} (a translation stub: it shows your text with a notice until someone translates it)")
    print("Added to the menu in mkdocs.yml. Next: write the page and its description, then run `make check`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
