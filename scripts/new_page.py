#!/usr/bin/env python3
"""`make new-page`: start a page in both languages in one step.

Creates docs/<source language>/<section>/<slug>.md from the template for its kind, with front matter
filled in, and the twin in the other language as a translation stub (it shows the original with a
notice until someone translates it), then adds the page to the menu in mkdocs.yml.

Asks for what is not given on the command line, e.g.:
  python scripts/new_page.py --section strategy --slug crisis-drills --kind training \\
      --title-bs "Vježbe kriznog komuniciranja" --title-en "Crisis communication drills"
"""

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "page_templates"
KINDS = ("training", "case-study", "tool-guide")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NAV_ENTRY = re.compile(r"^(?P<indent>\s+)- (?P<section>[a-z0-9-]+)/[a-z0-9/-]+\.md\s*$")
QUESTIONS = {
    "section": "Section (folder), one of: {sections}",
    "slug": "File name without .md (lower-case, hyphens, e.g. crisis-drills)",
    "kind": "Kind of page: training, case-study or tool-guide",
    "title_bs": "Title in Bosnian",
    "title_en": "Title in English",
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


def page_text(title: str, kind: str, body: str, stub: bool, today: datetime.date) -> str:
    try:
        review = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        review = today + datetime.timedelta(days=365)
    front = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",  # a JSON string is valid YAML, quotes and colons included
        'description: "[Jedna rečenica o stranici, najviše 160 znakova / One sentence, at most 160 characters]"',
        f"type: {kind}",
        f"last_reviewed: {today.isoformat()}",
        f"review_by: {review.isoformat()}",
    ]
    if stub:
        front.append("translation_stub: true")
    return "\n".join(front + ["---", "", f"# {title}", "", body])


def create(section, slug, kind, titles, source_language="bs", root=ROOT, today=None) -> list[Path]:
    today = today or datetime.date.today()
    config = root / "mkdocs.yml"
    config_text = config.read_text(encoding="utf-8")
    if section not in sections(config_text):
        raise Refusal(f"unknown section '{section}'; choose one of: {', '.join(sections(config_text))}")
    if not SLUG.match(slug or ""):
        raise Refusal(f"'{slug}' is not a valid file name: use lower-case letters, digits and hyphens, e.g. crisis-drills")
    if kind not in KINDS:
        raise Refusal(f"unknown kind '{kind}'; choose one of: {', '.join(KINDS)}")
    targets = {language: root / "docs" / language / section / f"{slug}.md" for language in ("bs", "en")}
    for path in targets.values():
        if path.exists():
            raise Refusal(f"{path.relative_to(root)} already exists; choose another name")
    body = (TEMPLATES / f"{kind}.{source_language}.md").read_text(encoding="utf-8")
    for language, path in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(titles[language], kind, body, language != source_language, today), encoding="utf-8")
    config.write_text(add_to_menu(config_text, section, slug), encoding="utf-8")
    return list(targets.values())


def ask(name: str, config_text: str) -> str:
    if not sys.stdin.isatty():
        raise Refusal(f"missing --{name.replace('_', '-')} (run `make new-page` in a terminal to be asked)")
    return input(QUESTIONS[name].format(sections=", ".join(sections(config_text))) + ": ").strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section")
    parser.add_argument("--slug")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--title-bs")
    parser.add_argument("--title-en")
    parser.add_argument("--source-language", choices=("bs", "en"), default="bs",
                        help="the language you write first; the other becomes a translation stub")
    arguments = parser.parse_args(argv)
    try:
        config_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        values = {name: getattr(arguments, name) or ask(name, config_text) for name in QUESTIONS}
        created = create(values["section"], values["slug"], values["kind"],
                         {"bs": values["title_bs"], "en": values["title_en"]}, arguments.source_language)
    except (Refusal, EOFError, KeyboardInterrupt) as problem:
        print(f"No page was created: {problem}")
        return 2
    for path in created:
        print(f"Created {path.relative_to(ROOT)}")
    print("Added to the menu in mkdocs.yml. Next: write the page, fill in its description, run `make check`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
