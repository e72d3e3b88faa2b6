"""The files on the site: each template page shows its own in a box, in the reader's language; the
Downloads page lists them all with one zip per language and script; every link leads to a file in
the built site and in the offline copy. Without the files a published build fails, and a writer's
preview says how to make them."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import write_fixture_project
from template_files import CONFIG, manifest  # noqa: F401 (fixtures)
from helpers import ROOT
from helpers import built_path, page_url, soup

PAGES = sorted({entry["page"] for entry in CONFIG})
DOWNLOADS_PAGE = "about/downloads.md"


def download_links(html_file: Path):
    return [a["href"] for a in soup(html_file).select("a[download]")]


def resolve(html_file: Path, href: str) -> Path:
    return (html_file.parent / href).resolve()


@pytest.mark.parametrize("language", ["bs", "en"])
def test_each_template_page_links_its_own_files_in_its_language(built_site, manifest, language):
    for page in PAGES:
        html_file = built_path(built_site, language, page)
        box = soup(html_file).select_one(".template-downloads")
        assert box is not None, f"{language}/{page}: no download box"
        assert box.has_attr("data-search-exclude"), "file names and sizes stay out of the search index"
        links = [a["href"] for a in box.select("a[download]")]
        expected = {item["name"] for item in manifest["files"] if item["page"] == page and item["language"] == language}
        assert {Path(href).name for href in links} == expected, f"{language}/{page}"
        for href in links:
            assert resolve(html_file, href).is_file(), f"{language}/{page}: {href} leads nowhere"
        names = [a["aria-label"] for a in box.select("a[download]")]
        assert len(set(names)) == len(names), "two links that sound the same to a screen reader"
        if language == "bs":
            assert "Latinica:" in box.get_text() and "Ćirilica:" in box.get_text()
            assert "kB" in box.get_text() and ("Word (.docx)" in box.get_text() or "Excel (.xlsx)" in box.get_text())


@pytest.mark.parametrize("language", ["bs", "en"])
def test_the_downloads_page_lists_every_template_and_the_zips(built_site, manifest, language):
    html_file = built_path(built_site, language, DOWNLOADS_PAGE)
    links = download_links(html_file)
    names = {Path(href).name for href in links}
    files = {item["name"] for item in manifest["files"] if item["language"] == language}
    zips = {item["name"] for item in manifest["zips"]}
    assert files | zips == names
    assert zips == {"templates-bs-latn.zip", "templates-bs-cyrl.zip", "templates-en.zip"}
    for href in links:
        assert resolve(html_file, href).is_file(), href
    for item in manifest["zips"]:
        with zipfile.ZipFile(resolve(html_file, next(h for h in links if h.endswith(item["name"])))) as archive:
            inside = {Path(name).name for name in archive.namelist()}
        assert inside == {f["name"] for f in manifest["files"]
                          if f["language"] == item["language"] and f["script"] == item["script"]}


def test_the_offline_copy_carries_the_files(unzipped, manifest):
    checked = 0
    for language in ("bs", "en"):
        for page in PAGES + [DOWNLOADS_PAGE]:
            html_file = unzipped / page_url(language, page, directory_urls=False)
            links = download_links(html_file)
            assert links, f"offline {language}/{page}: no download links"
            for href in links:
                assert resolve(html_file, href).is_file(), f"offline {language}/{page}: {href}"
                checked += 1
    assert checked >= 2 * len(manifest["files"])


def build(folder: Path, config: Path, **env):
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d",
                           str(folder / "site")], cwd=ROOT, env=environment, capture_output=True, text=True)


def fixture_with_a_template_page(folder: Path) -> Path:
    page = "---\ntitle: Pravila\ndescription: Opis.\n---\n\n# Pravila\n\n<!-- downloads -->\n\nTekst.\n"
    home = "---\ntitle: Početna\ndescription: Opis.\n---\n\n# Početna\n\nTekst.\n"
    pages = {"bs/index.md": home, "en/index.md": home, "bs/strategy/house-rules.md": page,
             "en/strategy/house-rules.md": page}
    return write_fixture_project(folder, pages, nav=("index.md", "strategy/house-rules.md"))


def test_a_published_build_without_the_files_fails_and_says_what_to_do(tmp_path):
    config = fixture_with_a_template_page(tmp_path)
    result = build(tmp_path, config, TEMPLATE_DOWNLOADS_DIR=str(tmp_path / "none"), TEMPLATE_DOWNLOADS="required")
    assert result.returncode != 0
    assert "strategy/house-rules.md" in result.stderr and "run `make downloads`" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_published_build_with_files_older_than_the_page_fails(tmp_path, template_downloads):
    config = fixture_with_a_template_page(tmp_path)  # not the page the files were made from
    result = build(tmp_path, config, TEMPLATE_DOWNLOADS_DIR=str(template_downloads), TEMPLATE_DOWNLOADS="required")
    assert result.returncode != 0 and "the page changed after its template files were made" in result.stderr


def test_a_preview_without_the_files_says_how_to_make_them(tmp_path):
    config = fixture_with_a_template_page(tmp_path)
    result = build(tmp_path, config, TEMPLATE_DOWNLOADS_DIR=str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    box = soup(tmp_path / "site" / "strategy" / "house-rules" / "index.html").select_one(".template-downloads")
    assert "make downloads" in box.get_text() and not box.select("a")
    english = soup(tmp_path / "site" / "en" / "strategy" / "house-rules" / "index.html").select_one(".template-downloads")
    assert "The files are made in a separate step" in english.get_text()
    assert not (tmp_path / "site" / "downloads").exists()


def test_the_printed_handbook_leaves_the_boxes_out(tmp_path, template_downloads):
    """`make pdf` builds with HANDBOOK_PAGES set: files cannot be downloaded from paper."""
    config = fixture_with_a_template_page(tmp_path)
    result = build(tmp_path, config, TEMPLATE_DOWNLOADS_DIR=str(template_downloads),
                   HANDBOOK_PAGES=str(tmp_path / "pages.json"), BUILD_ONLY_LOCALE="bs")
    assert result.returncode == 0, result.stderr
    page = soup(tmp_path / "site" / "strategy" / "house-rules" / "index.html")
    assert page.select_one(".template-downloads") is None and "<!-- downloads" not in str(page)
    assert not (tmp_path / "site" / "downloads").exists()
