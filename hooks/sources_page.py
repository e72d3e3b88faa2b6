"""Build the sources pages from the sources sections of every page, so they always list every
source the site cites: one page per chapter of the menu (reference/sources-<chapter>.md, marker
`<!-- sources: <chapter> -->`), each source once, with the pages that cite it; and the Sources page
(marker `<!-- all-sources -->`), which leads to them with the number of sources in each. One page
per chapter keeps each page light on a phone (tests/performance/test_page_weight.py). A new chapter
whose sources page does not exist yet has its sources listed on the Sources page itself.

A page's sources are the list under its `## ... { #sources }` heading, one item per source:
`- [Title](https://...), publisher, date`."""

import re
from pathlib import Path

import yaml

from _languages import page_language

# libyaml's safe loader when PyYAML has it (same results, several times quicker: every page is read)
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MARKER = "<!-- all-sources -->"
CHAPTER_MARKER = re.compile(r"<!-- sources: (?P<chapter>[a-z0-9-]+) -->")
SOURCES_HEADING = re.compile(r"^## .*\{\s*#sources\s*\}\s*$")
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
CITED_ON = {"bs": "Citirano na", "en": "Cited on"}
# A reader who searches a topic wants the chapter's pages first, not the list of what they cite
# (whose titles repeat the chapter's words): the sources pages rank lower (Material's page boost).
SEARCH_BOOST = 0.3


def front_matter(text: str) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    try:
        return (yaml.load(match.group(1), Loader=FAST_LOADER) or {}) if match else {}
    except yaml.YAMLError:
        return {}


def source_items(text: str) -> list[str]:
    """The list items of the page's sources section, each joined onto one line."""
    items, inside = [], False
    for line in text.splitlines():
        if line.startswith("#"):
            inside = bool(SOURCES_HEADING.match(line))
        elif inside and line.startswith("- "):
            items.append(line[2:].strip())
        elif inside and line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    return items


def nav_order(nav) -> list[str]:
    """Page paths in menu order (nav entries are plain paths or {title: ...} mappings)."""
    order = []
    for entry in nav or []:
        if isinstance(entry, str):
            order.append(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                order += nav_order(value) if isinstance(value, list) else [value]
    return order


def chapter_title(page_path: Path) -> str:
    """The chapter's name, from its sources page's title: "Izvori: Pravni okvir" -> "Pravni okvir"."""
    title = str(front_matter(page_path.read_text(encoding="utf-8")).get("title", page_path.stem))
    return title.split(": ", 1)[-1]


def chapter_list(entries: list[dict], language: str) -> list[str]:
    return [f"- {entry['item'].rstrip('.')}. {CITED_ON[language]}: {', '.join(entry['cited'])}." for entry in entries]


_collected = {}


def collect(config, language: str, here: Path) -> dict[str, list[dict]]:
    """{chapter: [{"item": source, "cited": [links to the citing pages]}]}, in menu order; each
    address once, under the first chapter that cites it. Worked out once per folder and menu while
    no page changes (every sources page asks)."""
    folder = Path(config.docs_dir) / language
    order = tuple(nav_order(config.nav))
    paths = [folder / relative for relative in order]
    key = (folder, here, order, tuple(path.stat().st_mtime_ns if path.is_file() else 0 for path in paths))
    if key not in _collected:
        if len(_collected) > 64:
            _collected.clear()
        _collected[key] = collect_now(folder, order, here)
    return _collected[key]


def collect_now(folder: Path, order: tuple[str, ...], here: Path) -> dict[str, list[dict]]:
    groups, owner = {}, {}  # owner: address -> its entry, so each address is listed once
    for relative in order:
        path = folder / relative
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        title = front_matter(text).get("title", relative)
        link = f"[{title}]({Path('..') / relative if here != Path('.') else relative})".replace("\\", "/")
        chapter = relative.split("/")[0] if "/" in relative else "home"
        for item in source_items(text):
            urls = LINK.findall(item)
            if not urls:
                continue
            entry = next((owner[url] for url in urls if url in owner), None)
            if entry is None or any(url not in owner for url in urls):
                entry = {"item": item, "cited": []}
                groups.setdefault(chapter, []).append(entry)
                owner.update({url: entry for url in urls if url not in owner})
            if link not in entry["cited"]:
                entry["cited"].append(link)
    return groups


def on_page_markdown(markdown, page, config, files):
    chapter_marker = CHAPTER_MARKER.search(markdown)
    if MARKER not in markdown and not chapter_marker:
        return markdown
    page.meta["search"] = {**(page.meta.get("search") or {}), "boost": SEARCH_BOOST}
    language = page_language(page)
    folder = Path(config.docs_dir) / language
    here = Path(page.file.src_uri).relative_to(language).parent
    groups = collect(config, language, here)
    if chapter_marker:
        entries = groups.get(chapter_marker["chapter"], [])
        return markdown.replace(chapter_marker.group(0), "\n".join(chapter_list(entries, language)))
    lines, inline = [], []
    for chapter, entries in groups.items():
        chapter_page = here / f"sources-{chapter}.md"
        count = len(entries)
        count = (f"{count} izvor" if count % 10 == 1 and count % 100 != 11 else f"{count} izvora") if language == "bs" else f"{count} sources"
        if (folder / chapter_page).is_file():
            lines.append(f"- [{chapter_title(folder / chapter_page)}](sources-{chapter}.md): {count}")
        else:  # a new chapter without its sources page yet: its sources are listed here
            inline += ["", f"## {chapter} {{ #{chapter} }}", "", *chapter_list(entries, language)]
    total = sum(len(entries) for entries in groups.values())
    summary = f"Ukupno izvora: {total}." if language == "bs" else f"{total} sources in all."
    return markdown.replace(MARKER, summary + "\n\n" + "\n".join(lines + inline))
