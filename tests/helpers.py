"""Small helpers the tests share: where pages are, in the sources and in a built site."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("bs", "en")
DEFAULT_LANGUAGE = "bs"


# A browser's init script for a reader who asks to save data (Chrome's "Save-Data", which the
# DevTools protocol cannot switch on): the page then fetches nothing it does not need at once.
SAVE_DATA_SCRIPT = (
    "Object.defineProperty(Navigator.prototype, 'connection', "
    "{configurable: true, get: () => ({saveData: true, effectiveType: '4g'})});"
)


def load_module(relative_path: str):
    """A hook or script of the project (e.g. "hooks/lazy_search.py"), imported by its path, with its
    folder on the import path while it loads (as MkDocs does for hooks: `from _theme import ...`)."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def source_pages(language: str) -> list[str]:
    """Markdown pages of one language, as paths relative to docs/<language>/."""
    folder = DOCS / language
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md"))


def built_path(site: Path, language: str, page: str) -> Path:
    """Where MkDocs writes `page` (relative .md path) for `language` (directory URLs)."""
    prefix = site if language == DEFAULT_LANGUAGE else site / language
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return prefix / stem.removesuffix("index") / "index.html"
    return prefix / stem / "index.html"


def built_pages(site: Path):
    """Every (language, page, html file) of the built site, taken from the sources."""
    for language in LANGUAGES:
        for page in source_pages(language):
            yield language, page, built_path(site, language, page)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_url(language: str, page: str, directory_urls: bool = True) -> str:
    """Site-relative URL of a source page: why/index.md -> why/ (or why/index.html offline)."""
    prefix = "" if language == DEFAULT_LANGUAGE else f"{language}/"
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        folder = stem.removesuffix("index")
        return prefix + folder + ("" if directory_urls else "index.html")
    return prefix + stem + ("/" if directory_urls else ".html")


def run_script(script: str, *arguments: str) -> str:
    """Run scripts/<script> as a maintainer would; fails the test with its output. Returns stdout."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, str(ROOT / "scripts" / script), *arguments]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"scripts/{script} failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return result.stdout
