"""Build the "Sources" page from the sources sections of every page, so it always lists every
source the site cites: grouped by section, each once, with the pages that cite it.

The page holds the marker `<!-- all-sources -->`; a page's sources are the list under its
`## ... { #sources }` heading, one item per source: `- [Title](https://...), publisher, date`."""

import re
from pathlib import Path

import yaml

from _languages import page_language

MARKER = "<!-- all-sources -->"
SOURCES_HEADING = re.compile(r"^## .*\{\s*#sources\s*\}\s*$")
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
CITED_ON = {"bs": "Citirano na", "en": "Cited on"}


def front_matter(text: str) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    try:
        return (yaml.safe_load(match.group(1)) or {}) if match else {}
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


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    language = page_language(page)
    folder = Path(config.docs_dir) / language
    here = Path(page.file.src_uri).relative_to(language).parent
    groups, owner = {}, {}  # owner: address -> its entry, so each address is listed once
    for relative in nav_order(config.nav):
        path = folder / relative
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        title = front_matter(text).get("title", relative)
        link = f"[{title}]({Path('..') / relative if here != Path('.') else relative})".replace("\\", "/")
        section = relative.split("/")[0] if "/" in relative else "."
        for item in source_items(text):
            urls = LINK.findall(item)
            if not urls:
                continue
            entry = next((owner[url] for url in urls if url in owner), None)
            if entry is None or any(url not in owner for url in urls):
                entry = {"item": item, "cited": []}
                groups.setdefault(section, []).append(entry)
                owner.update({url: entry for url in urls if url not in owner})
            if link not in entry["cited"]:
                entry["cited"].append(link)
    sections = []
    for section, entries in groups.items():
        index = folder / section / "index.md" if section != "." else folder / "index.md"
        heading = front_matter(index.read_text(encoding="utf-8")).get("title", section) if index.is_file() else section
        anchor = "home" if section == "." else section
        lines = [f"## {heading} {{ #{anchor} }}", ""]
        for entry in entries:
            lines.append(f"- {entry['item'].rstrip('.')}. {CITED_ON[language]}: {', '.join(entry['cited'])}.")
        sections.append("\n".join(lines))
    total = sum(len(entries) for entries in groups.values())
    summary = f"Ukupno izvora: {total}." if language == "bs" else f"{total} sources in all."
    return markdown.replace(MARKER, summary + "\n\n" + "\n\n".join(sections))
