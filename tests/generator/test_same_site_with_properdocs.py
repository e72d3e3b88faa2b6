"""ProperDocs, the fallback generator, builds the same site as MkDocs: every file, byte for byte,
except the generator tag in each page's <head>, for the site as published and for the offline copy.

The session's own builds (`built_site`, `offline_site`) are made with SITE_GENERATOR (MkDocs unless
the Makefile says otherwise); this module builds the site once more with the other generator, online
and offline, and compares. If the comparison fails, ProperDocs and MkDocs have drifted apart: see
"If MkDocs stops working" on docs/en/contributing/dependencies.md before relying on the switch."""

import difflib
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import site_generator
from conftest import build_site, with_downloads

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
WHAT_TO_DO = (
    "ProperDocs no longer builds the same site as MkDocs. Find the cause in the differences above "
    "(a plugin or hook that behaves differently under ProperDocs, or a new release of either), and see "
    "docs/en/contributing/dependencies.md#if-mkdocs-stops-working before switching SITE_GENERATOR."
)


def other_generator() -> str:
    return "properdocs" if site_generator.name() == "mkdocs" else "mkdocs"


@pytest.fixture(scope="session")
def other_site(tmp_path_factory, template_downloads) -> Path:
    return build_site(tmp_path_factory.mktemp(f"site-{other_generator()}"), extra_env=with_downloads(template_downloads),
                      generator=other_generator())


@pytest.fixture(scope="session")
def other_offline_site(tmp_path_factory, template_downloads) -> Path:
    return build_site(tmp_path_factory.mktemp(f"offline-{other_generator()}"),
                      extra_env={"OFFLINE": "true", **with_downloads(template_downloads)}, generator=other_generator())


def without_generator_tag(content: bytes, name: str) -> bytes:
    """An HTML page without its one generator tag (a page with two would hide a difference)."""
    stripped, count = GENERATOR_TAG.subn(b"", content)
    if count > 1:
        raise AssertionError(f"{name}: {count} generator tags")
    return stripped


def generated_files(site: Path) -> set[str]:
    """The site's files, without the trainer's kit: hooks/trainer_kit.py copies those from build/kit/
    (made by `make slides`, not by the generator), and a test session may build the kit between the
    two builds compared here."""
    return {name for p in site.rglob("*") if p.is_file()
            and "/workshop/kit/" not in "/" + (name := p.relative_to(site).as_posix())}


def compare_sites(first: Path, second: Path) -> tuple[int, list[str]]:
    """(number of files compared, one line per difference): files only in one site, and files whose
    bytes differ (in HTML, after removing the generator tag), with the first differing lines."""
    first_files, second_files = generated_files(first), generated_files(second)
    differences = [f"only in {first.name}: {name}" for name in sorted(first_files - second_files)]
    differences += [f"only in {second.name}: {name}" for name in sorted(second_files - first_files)]
    common = sorted(first_files & second_files)
    for name in common:
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        if name.endswith(".html"):
            a, b = without_generator_tag(a, name), without_generator_tag(b, name)
        if a != b:
            lines = difflib.unified_diff(a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines(),
                                         lineterm="", n=0)
            excerpt = [line[:200] for line in list(lines)[2:6]]
            differences.append(f"differs: {name}\n    " + "\n    ".join(excerpt))
    return len(common), differences


def generator_of(page: Path) -> str:
    tag = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("meta", attrs={"name": "generator"})
    assert tag is not None, f"{page}: no generator tag"
    return tag["content"]


def check_same_site(mkdocs_site: Path, properdocs_site: Path):
    # Each build really was made by the generator it is said to be (the tag names it).
    for home in ("index.html", "en/index.html"):
        assert generator_of(mkdocs_site / home).startswith("mkdocs-1."), generator_of(mkdocs_site / home)
        assert "ProperDocs" in generator_of(properdocs_site / home), generator_of(properdocs_site / home)
    compared, differences = compare_sites(mkdocs_site, properdocs_site)
    print(f"compared {compared} files, {len(differences)} differences")
    assert compared > 150, f"only {compared} files in common: one of the builds is incomplete"
    assert not differences, "\n".join(differences[:20]) + f"\n({len(differences)} differences)\n{WHAT_TO_DO}"


def by_generator(session_site: Path, other: Path) -> tuple[Path, Path]:
    return (session_site, other) if site_generator.name() == "mkdocs" else (other, session_site)


def test_properdocs_builds_the_same_site(built_site, other_site):
    check_same_site(*by_generator(built_site, other_site))


def test_properdocs_builds_the_same_offline_copy(offline_site, other_offline_site):
    check_same_site(*by_generator(offline_site, other_offline_site))


def test_the_comparison_sees_a_difference(tmp_path):
    """The comparison itself: the generator tag is ignored, a changed byte or a missing file is not."""
    first, second = tmp_path / "mkdocs", tmp_path / "properdocs"
    for site, generator in ((first, "mkdocs-1.6.1"), (second, "mkdocs-ProperDocs 1.6.7")):
        (site / "en").mkdir(parents=True)
        (site / "index.html").write_text(f'<head><meta name="generator" content="{generator}"></head><p>Dobro došli</p>')
        (site / "en" / "index.html").write_text(f'<head><meta name="generator" content="{generator}"></head><p>Welcome</p>')
        (site / "sitemap.xml").write_text("<urlset/>")
    assert compare_sites(first, second) == (3, [])
    (second / "en" / "index.html").write_text('<head><meta name="generator" content="x"></head><p>Welcome!</p>')
    (second / "sitemap.xml").unlink()
    compared, differences = compare_sites(first, second)
    assert compared == 2
    assert differences[0] == "only in mkdocs: sitemap.xml"
    assert differences[1].startswith("differs: en/index.html") and "Welcome!" in differences[1]
