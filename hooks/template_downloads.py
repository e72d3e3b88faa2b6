"""Show a template page's office files where the page has the line <!-- downloads -->, list them all
where the Downloads page has <!-- downloads: all -->, and copy the files into the built site.

The files are made beforehand by `make downloads` (scripts/build_downloads.py), which writes them and
a manifest.json to dist/templates/ (or to TEMPLATE_DOWNLOADS_DIR). This hook only reads that folder,
so `make serve` and `make build` stay as fast as without downloads; the printed handbook (`make pdf`)
leaves the boxes out. When the folder is missing, or a page changed after its files were made:
- with TEMPLATE_DOWNLOADS=required (the deploy, `make offline`, the release) the build fails and says
  to run `make downloads`: a published site never has a download link that leads nowhere;
- otherwise (a writer's preview) the box says that the files are made by `make downloads`, and lists
  the formats without links.
"""

import hashlib
import html
import json
import os
import shutil
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from _languages import page_language

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "scripts" / "downloads" / "templates.yml"
LABELS = ROOT / "scripts" / "downloads" / "labels.yml"
MARKER = "<!-- downloads -->"
ALL_MARKER = "<!-- downloads: all -->"
FOLDER = "downloads"  # in the built site
FORMATS = {"document": ("docx", "odt"), "workbook": ("xlsx", "ods")}

_state = {}


def on_config(config):
    folder = Path(os.environ.get("TEMPLATE_DOWNLOADS_DIR") or ROOT / "dist" / "templates")  # make downloads' --out
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else None
    _state.update(
        folder=folder,
        manifest=manifest,
        required=os.environ.get("TEMPLATE_DOWNLOADS", "").lower() == "required",
        entries=yaml.safe_load(CONFIG.read_text(encoding="utf-8")),
        labels=yaml.safe_load(LABELS.read_text(encoding="utf-8")),
        docs=Path(config.docs_dir),
    )
    return config


def _size(count: int, language: str) -> str:
    if count >= 1_000_000:
        number = f"{count / 1_000_000:.1f}"
        return (number.replace(".", ",") if language == "bs" else number) + " MB"
    return f"{max(1, round(count / 1000))} kB"


def _sources(language: str, page: str) -> dict:
    path = _state["docs"] / language / page
    data = path.with_suffix(".csv")
    return {"page_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "data_sha256": hashlib.sha256(data.read_bytes()).hexdigest() if data.is_file() else None}


def _problem(page_path: str, message: str):
    raise PluginError(f"{page_path}: {message}\n    How to fix: run `make downloads` (it makes the template files), "
                      "then build again")


def _files_for(language: str, page: str):
    """This page's files in the manifest, per entry of templates.yml, or None if not (validly) made."""
    manifest = _state["manifest"]
    if manifest is None:
        return None, "not built"
    if manifest["pages"].get(language, {}).get(page) != _sources(language, page):
        return None, "stale"
    groups = []
    for entry in _state["entries"]:
        if entry["page"] != page:
            continue
        files = [item for item in manifest["files"] if item["slug"] == entry["slug"] and item["language"] == language]
        missing = [item["name"] for item in files if not (_state["folder"] / "files" / item["name"]).is_file()]
        if not files or missing:
            return None, "not built"
        groups.append((entry, files))
    return groups, None


def _link(item, page, labels, language, title):
    """A download link: its visible text is the format and size; its accessible name adds the
    template and the script, so that no two links on a page sound the same."""
    href = get_relative_url(f"{FOLDER}/{item['name']}", page.url)
    visible = f"{labels['formats'][item['format']]}, {_size(item['bytes'], language)}"
    described = f"{visible}, {title}" + (f", {labels['scripts'][item['script']]}" if language == "bs" else "")
    return (f'<a href="{html.escape(href)}" download aria-label="{html.escape(described)}"'
            f' type="{_mime(item["format"])}">{html.escape(visible)}</a>')


def _mime(kind: str) -> str:
    return {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
    }[kind]


def _box(page, language: str, source: str) -> str:
    labels = _state["labels"][language]
    entries = [entry for entry in _state["entries"] if entry["page"] == source]
    if not entries:
        raise PluginError(f"{page.file.src_uri}: the page has the line {MARKER} but no entry in "
                          f"scripts/downloads/templates.yml\n    How to fix: add the page there, or remove the line")
    groups, reason = _files_for(language, source)
    title = labels["box_title_many"] if len(entries) > 1 else labels["box_title"]
    # Left out of the search index: "Word (.docx), 17 kB" is not what a reader searches for.
    parts = [f'<div class="admonition info template-downloads" data-search-exclude>'
             f'<p class="admonition-title">{title}</p>']
    if groups is None:
        if _state["required"]:
            _problem(page.file.src_uri, "the template files are missing" if reason == "not built"
                     else "the page changed after its template files were made")
        parts.append(f"<p>{html.escape(labels['not_built' if reason == 'not built' else 'stale'])}</p>")
        kinds = [FORMATS["document" if "document" in entry else "workbook"] for entry in entries]
        names = sorted({labels["formats"][kind] for pair in kinds for kind in pair})
        parts.append(f"<p>{html.escape(' · '.join(names))}</p></div>")
        return "".join(parts)
    for _entry, files in groups:
        title = next(item["title"] for item in files if item["script"] == "latn")
        if len(groups) > 1:
            parts.append(f"<p><strong>{html.escape(title)}</strong></p>")
        parts.append("<ul>")
        for script in ("latn", "cyrl"):
            links = [_link(item, page, labels, language, title) for item in files if item["script"] == script]
            if not links:
                continue
            name = labels["scripts"][script]
            label = f"{name[:1].upper()}{name[1:]}: " if language == "bs" else ""
            parts.append(f"<li>{html.escape(label)}{' · '.join(links)}</li>")
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def _all(page, language: str, site_files) -> str:
    """The Downloads page: every template of this language, and one zip per language and script."""
    labels = _state["labels"][language]
    manifest = _state["manifest"]
    if manifest is None:
        if _state["required"]:
            _problem(page.file.src_uri, "the template files are missing")
        return f'<p class="template-downloads-missing">{html.escape(labels["not_built"])}</p>'
    rows = []
    for entry in _state["entries"]:
        made = [item for item in manifest["files"] if item["slug"] == entry["slug"] and item["language"] == language]
        if not made:
            if _state["required"]:
                _problem(page.file.src_uri, f"the files of {entry['slug']} are missing")
            continue
        # The template page's address as MkDocs gives it (also in one-language and offline builds).
        source = f"{language}/{entry['page']}"
        template_page = next(file for file in site_files if file.src_uri == source)
        target = get_relative_url(template_page.url, page.url)
        title = next(item["title"] for item in made if item["script"] == "latn")
        cells = []
        for script in ("latn", "cyrl") if language == "bs" else ("latn",):
            cells.append(" · ".join(_link(item, page, labels, language, title)
                                    for item in made if item["script"] == script))
        rows.append(f'<tr><td><a href="{html.escape(target)}">{html.escape(title)}</a></td>'
                    + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    heads = [labels["table_template"]] + ([s[:1].upper() + s[1:] for s in (labels["scripts"]["latn"],
                                                                           labels["scripts"]["cyrl"])]
                                          if language == "bs" else [labels["table_files"]])
    table = ("<table><thead><tr>" + "".join(f"<th>{html.escape(head)}</th>" for head in heads)
             + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    zips = []
    for item in manifest["zips"]:
        href = html.escape(get_relative_url(f"{FOLDER}/{item['name']}", page.url))
        size = _size(item["bytes"], language)
        if item["language"] == language:
            text = labels["zip"].format(script=labels["scripts"][item["script"]], size=size)
            zips.append(f'<li><a href="{href}" download>{html.escape(text)}</a></li>')
        else:
            other = _state["labels"][item["language"]]
            text = labels["other_language_zip"].format(script=other["scripts"][item["script"]], size=size)
            zips.append(f'<li><a href="{href}" download lang="{item["language"]}">{html.escape(text)}</a></li>')
    return (f'<div class="template-downloads-all" data-search-exclude>{table}'
            f"<p><strong>{html.escape(labels['all_title'])}</strong></p><ul>{''.join(zips)}</ul></div>")


def on_page_content(html_text, page, config, files):
    if MARKER not in html_text and ALL_MARKER not in html_text:
        return html_text
    if os.environ.get("HANDBOOK_PAGES"):
        # The printed handbook (hooks/handbook_pages.py): files cannot be downloaded from paper.
        return html_text.replace(ALL_MARKER, "").replace(MARKER, "")
    language = page_language(page)
    source = page.file.src_uri.split("/", 1)[1]
    if ALL_MARKER in html_text:
        html_text = html_text.replace(ALL_MARKER, _all(page, language, files))
    if MARKER in html_text:
        html_text = html_text.replace(MARKER, _box(page, language, source), 1)
    return html_text


@event_priority(-150)  # after the i18n plugin has built every language (its on_post_build is at -100)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    manifest = _state.get("manifest")
    if manifest is None or os.environ.get("HANDBOOK_PAGES"):
        return
    target = Path(config.site_dir) / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for item in manifest["files"]:
        shutil.copyfile(_state["folder"] / "files" / item["name"], target / item["name"])
    for item in manifest["zips"]:
        shutil.copyfile(_state["folder"] / item["name"], target / item["name"])
