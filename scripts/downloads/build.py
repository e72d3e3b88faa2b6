"""Make every file templates.yml asks for, reusing what an earlier run made from the same source.

A file's cache key is the hash of everything it is made from: the page (and its CSV), the entry in
templates.yml, this generator's code and word lists, the versions of pandoc and the libraries, the
site's address (links in the files point there). Same key, same file: it is copied from the cache
(.cache/downloads/) instead of being made again, so a second run and the test session cost seconds.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import yaml

from . import documents, house_style
from .source import DOCS, ROOT, TemplateError, read_page
from .variants import VARIANTS, Variant, variant_labels
from .workbooks import BUILDERS, finish_text

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "templates.yml"
CACHE = ROOT / ".cache" / "downloads"
MARKER = "<!-- downloads -->"
DOCUMENT_FORMATS = ("docx", "odt")
WORKBOOK_FORMATS = ("xlsx", "ods")
LIBRARIES = ("pypandoc-binary", "python-docx", "openpyxl", "odfpy", "cyrtranslit", "lxml")
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


@dataclass
class Made:
    name: str
    slug: str
    page: str
    language: str
    script: str
    format: str
    title: str
    bytes: int = 0
    seconds: float = 0.0  # time to make it; 0 when it came from the cache
    cached: bool = False


@dataclass
class Result:
    files: list[Made] = field(default_factory=list)
    zips: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def load_config(path: Path = CONFIG, docs: Path = DOCS) -> list[dict]:
    """templates.yml, checked: each entry names a page that exists in both languages, has the
    download marker, and asks for a document (with sections) or a known workbook."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise TemplateError(path, line + 1 if line is not None else None, f"not valid YAML ({error.problem})",
                            "indent like the entries above and put a list in [brackets]") from None
    if not isinstance(entries, list):
        raise TemplateError(path, 1, "the file must be a list of entries (- slug: ...)", "see the comment at its top")
    slugs = set()
    for entry in entries:
        slug = entry.get("slug") if isinstance(entry, dict) else None
        if not slug or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(slug)):
            raise TemplateError(path, None, f"an entry has no valid slug: {entry!r}",
                                "give each entry slug: lower-case-words-with-hyphens")
        if slug in slugs:
            raise TemplateError(path, None, f"the slug {slug!r} is used twice", "give each file its own slug")
        slugs.add(slug)
        if ("document" in entry) == ("workbook" in entry):
            raise TemplateError(path, None, f"{slug}: give either document: or workbook:, not both or neither",
                                "see the comment at the top of the file")
        if "document" in entry and not entry["document"].get("sections"):
            raise TemplateError(path, None, f"{slug}: the document lists no sections",
                                "list the heading ids of the sections that make the document: sections: [id, id]")
        if "workbook" in entry and entry["workbook"] not in BUILDERS:
            raise TemplateError(path, None, f"{slug}: there is no workbook {entry['workbook']!r}",
                                f"use one of: {', '.join(sorted(BUILDERS))}")
        for language in ("bs", "en"):
            page = docs / language / str(entry.get("page", ""))
            if not page.is_file():
                raise TemplateError(path, None, f"{slug}: the page {page.relative_to(docs.parent)} does not exist",
                                    "name the page relative to docs/<language>/, the same in both languages")
            if MARKER not in page.read_text(encoding="utf-8"):
                raise TemplateError(page, None, f"the page has files to download ({slug}) but no {MARKER} line",
                                    f"put the line {MARKER} where the download box belongs")
    return entries


def _sha256(*chunks: bytes) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(hashlib.sha256(chunk).digest())
    return digest.hexdigest()


def page_sources(language: str, page: str, docs: Path = DOCS) -> dict:
    """The page's hash and that of the CSV beside it: what the site's download box compares."""
    path = docs / language / page
    data = path.with_suffix(".csv")
    return {"page_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "data_sha256": hashlib.sha256(data.read_bytes()).hexdigest() if data.is_file() else None}


def generator_fingerprint() -> str:
    code = [path.read_bytes() for path in sorted(HERE.glob("*.py")) + sorted(HERE.glob("*.yml"))
            if path.name != "templates.yml"]
    versions = [f"{name}=={metadata.version(name)}".encode() for name in LIBRARIES]
    return _sha256(*code, *versions)


def site_url() -> str:
    """The address the files link to: SITE_URL as in the deploy, else mkdocs.yml's default."""
    if os.environ.get("SITE_URL"):
        return os.environ["SITE_URL"]
    match = re.search(r'^site_url:\s*!ENV\s*\[\s*SITE_URL\s*,\s*"([^"]+)"', (ROOT / "mkdocs.yml").read_text(
        encoding="utf-8"), re.M)
    return match[1] if match else "http://127.0.0.1:8000/"


def _default_reference(kind: str) -> bytes:
    import pypandoc
    return subprocess.run([pypandoc.get_pandoc_path(), "--print-default-data-file", f"reference.{kind}"],
                          check=True, capture_output=True).stdout


class Builder:
    def __init__(self, out: Path, cache: Path = CACHE, docs: Path = DOCS, say=print):
        self.out, self.cache, self.docs, self.say = out, cache, docs, say
        self.fingerprint = generator_fingerprint()
        self.url = site_url()
        self.references = {}

    # -- reference documents, one per language, script and kind of document
    def reference(self, variant: Variant, kind: str, act: bool) -> Path:
        key = _sha256(self.fingerprint.encode(), variant.suffix.encode(), kind.encode(), str(act).encode())
        path = self.cache / "reference" / f"{key[:20]}.{kind}"
        if not path.is_file():
            names = house_style.style_names(variant_labels(variant.language, variant.script))
            builder = house_style.reference_docx if kind == "docx" else house_style.reference_odt
            data = builder(_default_reference(kind), variant.locale, names, act)
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, data)
        return path

    def key(self, entry: dict, variant: Variant) -> str:
        sources = page_sources(variant.language, entry["page"], self.docs)
        return _sha256(json.dumps(entry, sort_keys=True).encode(), json.dumps(sources).encode(),
                       self.fingerprint.encode(), variant.suffix.encode(), self.url.encode())

    def make(self, entry: dict, variant: Variant) -> list[Made]:
        formats = DOCUMENT_FORMATS if "document" in entry else WORKBOOK_FORMATS
        names = [f"{entry['slug']}-{variant.suffix}.{kind}" for kind in formats]
        folder = self.cache / "files" / self.key(entry, variant)
        record = folder / "made.json"
        if record.is_file() and all((folder / name).is_file() for name in names):
            made = [Made(**item) for item in json.loads(record.read_text(encoding="utf-8"))]
            for item in made:
                item.seconds, item.cached = 0.0, True
            return made
        page = read_page(variant.language, entry["page"], self.docs)
        labels = variant_labels(variant.language, variant.script)
        source = documents.page_url(self.url, variant.language, entry["page"])
        meta = {
            "locale": variant.locale,
            "subject": page.title if variant.script == "latn" else documents.to_cyrillic(page.title),
            "author": labels["handbook"],
            "comments": labels["source_note"].format(handbook=labels["handbook"], url=source),
            "keywords": labels["keywords"],
            "date": documents.fixed_date(_front_matter(page).get("last_reviewed")),
            "date_placeholder": labels["date"],
        }
        work = Path(tempfile.mkdtemp(prefix="downloads-", dir=self.cache))
        made = []
        try:
            if "document" in entry:
                started = time.perf_counter()
                tree, title = documents.document_tree(page, entry, labels, variant.script, self.url)
                meta["title"] = title
                shown = page.title if variant.script == "latn" else documents.to_cyrillic(page.title)
                act = bool(entry["document"].get("act"))
                style_names = house_style.style_names(labels)
                prepared = time.perf_counter() - started
                for kind, name in zip(formats, names):
                    started = time.perf_counter()
                    reference = str(self.reference(variant, kind, act))
                    if kind == "docx":
                        documents.write_docx(tree, reference, style_names, work / name, meta)
                    else:
                        documents.write_odt(tree, reference, work / name, meta)
                    seconds = time.perf_counter() - started + prepared / len(formats)
                    made.append(Made(name, entry["slug"], entry["page"], variant.language, variant.script, kind,
                                     shown, (work / name).stat().st_size, round(seconds, 3)))
            else:
                from .workbook import Workbook, write_ods, write_xlsx
                started = time.perf_counter()
                title, sheets = BUILDERS[entry["workbook"]](page, variant_labels(variant.language, "latn"), entry)
                sheets = finish_text(sheets, variant.script)
                if variant.script == "cyrl":
                    title = documents.to_cyrillic(title)
                meta["title"] = title
                book = Workbook(title, sheets, variant.locale, labels, meta)
                prepared = time.perf_counter() - started
                for kind, name in zip(formats, names):
                    started = time.perf_counter()
                    (write_xlsx if kind == "xlsx" else write_ods)(book, work / name)
                    seconds = time.perf_counter() - started + prepared / len(formats)
                    made.append(Made(name, entry["slug"], entry["page"], variant.language, variant.script, kind,
                                     title, (work / name).stat().st_size, round(seconds, 3)))
            (work / "made.json").write_text(json.dumps([item.__dict__ for item in made], ensure_ascii=False),
                                            encoding="utf-8")
            folder.parent.mkdir(parents=True, exist_ok=True)
            if folder.exists():
                shutil.rmtree(folder)
            os.replace(work, folder)
        finally:
            if work.exists():
                shutil.rmtree(work, ignore_errors=True)
        return made

    def run(self, entries: list[dict], jobs: int = 2, pack: bool = True) -> Result:
        started = time.perf_counter()
        self.cache.mkdir(parents=True, exist_ok=True)
        tasks = [(entry, variant) for entry in entries for variant in VARIANTS]
        # Reference documents first, so that parallel jobs do not make the same one twice.
        for variant in VARIANTS:
            for kind in DOCUMENT_FORMATS:
                for act in {bool(entry["document"].get("act")) for entry in entries if "document" in entry}:
                    self.reference(variant, kind, act)
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            batches = list(pool.map(lambda task: self.make(*task), tasks))
        result = Result()
        files_dir = self.out / "files"
        if files_dir.exists():
            shutil.rmtree(files_dir)
        files_dir.mkdir(parents=True)
        for (entry, variant), made in zip(tasks, batches):
            folder = self.cache / "files" / self.key(entry, variant)
            for item in made:
                shutil.copyfile(folder / item.name, files_dir / item.name)
                result.files.append(item)
                state = "from cache" if item.cached else f"{item.seconds:.2f} s"
                self.say(f"[downloads] {item.name:<42} {item.bytes / 1000:7.1f} kB  {state}")
        result.zips = self.pack(result.files) if pack else []
        result.seconds = round(time.perf_counter() - started, 2)
        self.write_manifest(entries, result)
        return result

    def pack(self, files: list[Made]) -> list[dict]:
        zips = []
        for variant in VARIANTS:
            name = f"templates-{variant.suffix}.zip"
            target = self.out / name
            members = sorted((item for item in files if item.language == variant.language
                              and item.script == variant.script), key=lambda item: item.name)
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
                for item in members:
                    info = zipfile.ZipInfo(f"templates-{variant.suffix}/{item.name}", date_time=ZIP_DATE)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    archive.writestr(info, (self.out / "files" / item.name).read_bytes())
            zips.append({"name": name, "language": variant.language, "script": variant.script,
                         "bytes": target.stat().st_size, "files": len(members)})
            self.say(f"[downloads] {name:<42} {target.stat().st_size / 1000:7.1f} kB  {len(members)} files")
        return zips

    def write_manifest(self, entries: list[dict], result: Result) -> None:
        pages = {language: {} for language in ("bs", "en")}
        for entry in entries:
            for language in pages:
                pages[language][entry["page"]] = page_sources(language, entry["page"], self.docs)
        manifest = {
            "about": "Written by scripts/build_downloads.py; read by hooks/template_downloads.py.",
            "site_url": self.url,
            "pages": pages,
            "files": [item.__dict__ for item in result.files],
            "zips": result.zips,
            "seconds": result.seconds,
        }
        (self.out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def _front_matter(page) -> dict:
    if page.body_start:
        try:
            return yaml.safe_load("\n".join(page.lines[1:page.body_start - 1])) or {}
        except yaml.YAMLError:
            return {}
    return {}


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
