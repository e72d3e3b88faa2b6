#!/usr/bin/env python3
"""`make status`: which translations are missing, outdated or orphaned.

A translated page records the version of its source it was made from: `source_hash` in its front
matter is the source file's git blob id (`git hash-object`). When the source changes, the ids differ
and the translation is reported as outdated; `--diff PAGE` shows what changed in the source since.
Outdated pages are reported, never fatal: `make check` fails only on missing and orphaned pages.

Usage:
  python scripts/translation_status.py                 # the table
  python scripts/translation_status.py --diff why/index.md
  python scripts/translation_status.py --stamp why/index.md   # after translating: record the source version
"""

import argparse
import difflib
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content_roots import extra_roots  # noqa: E402 (the path above: hooks load this file by its path)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SOURCE_LANGUAGE, TRANSLATION_LANGUAGE = "bs", "en"  # Bosnian is written first unless a page says otherwise
LANGUAGES = (SOURCE_LANGUAGE, TRANSLATION_LANGUAGE)
# libyaml's safe loader when PyYAML has it (same results, several times quicker: every page is read)
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)

STATES = {  # state: (English label, Bosnian label)
    "current": ("up to date", "ažuran"),
    "outdated": ("outdated: the source changed", "zastario: izvor je izmijenjen"),
    "stub": ("not translated yet (stub)", "još nije preveden (privremena stranica)"),
    "untracked": ("no source version recorded", "verzija izvora nije zabilježena"),
    "missing": ("missing", "nedostaje"),
    "orphaned": ("orphaned: the source is gone", "bez izvora: izvor je obrisan"),
}


def blob_id(path: Path) -> str:
    """The id `git hash-object` gives the file (no git needed)."""
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def front_matter(path: Path) -> dict:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    try:
        meta = yaml.load(match.group(1), Loader=FAST_LOADER) if match else {}
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def is_translation(meta: dict) -> bool:
    """A translation records its source version, or is a stub waiting to be translated."""
    return bool(meta.get("source_hash") or meta.get("translation_stub"))


@dataclass
class Entry:
    page: str  # path inside docs/<language>/
    source: Path | None
    translation: Path | None
    state: str
    recorded: str | None = None


def classify(page: str, docs: Path = DOCS) -> Entry:
    files = {language: docs / language / page for language in LANGUAGES}
    present = {language: path for language, path in files.items() if path.is_file()}
    # A page can be written in English first: the Bosnian page is then the stub or carries `source_hash`.
    translated_language = TRANSLATION_LANGUAGE
    if SOURCE_LANGUAGE in present and is_translation(front_matter(present[SOURCE_LANGUAGE])):
        translated_language = SOURCE_LANGUAGE
    source_language = next(language for language in LANGUAGES if language != translated_language)
    source, translation = present.get(source_language), present.get(translated_language)
    if source is None and translation is None:
        raise FileNotFoundError(page)
    if translation is None:
        return Entry(page, source, None, "missing")
    meta = front_matter(translation)
    if source is None:
        if is_translation(meta):
            return Entry(page, None, translation, "orphaned")
        return Entry(page, translation, None, "missing")  # a lone page with no record is a source
    if meta.get("translation_stub") or front_matter(source).get("translation_stub"):
        return Entry(page, source, translation, "stub")
    recorded = str(meta.get("source_hash") or "")
    if not recorded:
        return Entry(page, source, translation, "untracked")
    return Entry(page, source, translation, "current" if recorded == blob_id(source) else "outdated", recorded)


def all_entries(docs: Path = DOCS) -> list[Entry]:
    pages = sorted({p.relative_to(docs / lang).as_posix() for lang in LANGUAGES for p in (docs / lang).rglob("*.md")})
    entries = [classify(page, docs) for page in pages]
    for root in extra_roots(docs):  # the kit's slides and handouts, shown as slides/01-welcome.md
        names = sorted({p.relative_to(root / lang).as_posix() for lang in LANGUAGES for p in (root / lang).rglob("*.md")})
        entries += [replace(classify(name, root), page=f"{root.name}/{name}") for name in names]
    return entries


def located(page: str, docs: Path = DOCS) -> tuple[str, Path]:
    """A page as given on the command line, and the folder holding its language folders:
    why/index.md is in docs/, slides/01-welcome.md in the kit's slides/."""
    page = page.removeprefix("docs/").removeprefix("bs/").removeprefix("en/")
    for root in extra_roots(docs):
        if page.startswith(root.name + "/"):
            return page.removeprefix(root.name + "/").removeprefix("bs/").removeprefix("en/"), root
    return page, docs


def table(entries: list[Entry], language: str = "en", links: bool = False, docs: Path = DOCS) -> str:
    """A Markdown table of every page that needs attention, then a count of the rest."""
    label = 0 if language == "en" else 1
    heading = ("Page", "State") if language == "en" else ("Stranica", "Stanje")
    rows = [f"| {heading[0]} | {heading[1]} |", "| --- | --- |"]
    for entry in entries:
        if entry.state != "current":
            name = f"[{entry.page}](../{entry.page})" if links and (docs / language / entry.page).is_file() else f"`{entry.page}`"
            rows.append(f"| {name} | {STATES[entry.state][label]} |")
    current = sum(entry.state == "current" for entry in entries)
    summary = (f"{current} of {len(entries)} pages are translated and up to date."
               if language == "en" else f"Ažurno prevedenih stranica: {current} od {len(entries)}.")
    return summary + ("\n\n" + "\n".join(rows) if len(rows) > 2 else "")


def source_diff(page: str, docs: Path = DOCS) -> str:
    entry = classify(*located(page, docs))
    if entry.state not in ("current", "outdated"):
        return f"{page}: {STATES[entry.state][0]}; there is no recorded source version to compare with."
    old = subprocess.run(["git", "cat-file", "-p", entry.recorded], cwd=ROOT, capture_output=True, text=True)
    if old.returncode != 0:
        return (f"{page}: the source version {entry.recorded[:10]} is not in the git history "
                "(it was never committed), so no diff can be shown.")
    new = entry.source.read_text(encoding="utf-8")
    name = shown(entry.source)
    diff = difflib.unified_diff(old.stdout.splitlines(True), new.splitlines(True), f"{name} (translated version)", f"{name} (now)")
    return "".join(diff) or f"{page}: the source has not changed since it was translated."


def write_measurements(page: str, start: str, end: str, texts: dict[str, str], docs: Path = DOCS) -> list[str]:
    """Put texts[language] between the `start` and `end` markers of `page` in each language (the tables
    a measuring script writes). The numbers are the same in both, so a translation that was up to date
    is recorded as up to date again. Returns what was done, a line each."""
    was_current = classify(page, docs).state == "current"
    done = []
    for language in LANGUAGES:
        path = docs / language / page
        text = path.read_text(encoding="utf-8")
        if start not in text or end not in text:
            sys.exit(f"{path} has no {start} ... {end} markers")
        head, rest = text.split(start, 1)
        path.write_text(f"{head}{start}\n{texts[language]}\n{end}{rest.split(end, 1)[1]}", encoding="utf-8")
        done.append(f"updated docs/{language}/{page}")
    if was_current:
        done.append(stamp(page, docs))
    return done


def stamp(page: str, docs: Path = DOCS) -> str:
    """Record the current source version in the translation's front matter (after translating)."""
    entry = classify(*located(page, docs))
    if entry.translation is None or entry.source is None:
        raise SystemExit(f"{page}: {STATES[entry.state][0]}; nothing to stamp.")
    text = entry.translation.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        raise SystemExit(f"{entry.translation}: no front matter; add it first (see CONTRIBUTING.md).")
    lines = [line for line in match.group(1).splitlines() if not line.startswith(("source_hash:", "translation_stub:"))]
    lines.append(f'source_hash: "{blob_id(entry.source)}"')  # quoted: an all-digit id would read as a number
    entry.translation.write_text("---\n" + "\n".join(lines) + "\n---\n" + text[match.end():], encoding="utf-8")
    return f"{shown(entry.translation)}: translated from the current {shown(entry.source)}"


def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diff", metavar="PAGE", help="show how the source changed since PAGE was translated")
    parser.add_argument("--stamp", metavar="PAGE", nargs="+", help="record that PAGE is translated from the current source")
    arguments = parser.parse_args(argv)
    try:
        if arguments.diff:
            print(source_diff(arguments.diff))
        elif arguments.stamp:
            for page in arguments.stamp:
                print(stamp(page))
        else:
            print(table(all_entries()))
    except FileNotFoundError as error:
        print(f"No page {error} in docs/bs/ or docs/en/ (give the path inside the language folder, e.g. why/index.md).")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
