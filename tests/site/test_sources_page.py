"""The sources pages list every source the site cites, in each language: one page per chapter, and
the Sources page leading to them with the number of sources in each."""

import json
import os
import re
import sys
from pathlib import Path

from helpers import DOCS, LANGUAGES, ROOT, soup

sys.path.insert(0, str(ROOT / "scripts"))
from checks.menu import config_menu  # noqa: E402

CITED = re.compile(r"\]\((https?://[^)\s]+)\)")
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]*`", re.S | re.M)  # examples in code are not citations
PROJECT = "github.com/drustveni-mediji-bih/"  # links to the project's own repository are not sources
COUNT = re.compile(r"(\d+) (?:izvora?|sources)$")


def test_every_cited_address_is_on_a_sources_page(built_site):
    """Every address cited by a page of the menu (the readers' pages; the maintainers' pages cite
    their own software sources)."""
    menu = config_menu(ROOT / "mkdocs.yml")
    for language in LANGUAGES:
        cited = {url for page in menu for url in CITED.findall(CODE.sub("", (DOCS / language / page).read_text(encoding="utf-8")))}
        cited = {url for url in cited if PROJECT not in url}
        reference = built_site / ("" if language == "bs" else "en") / "reference"
        index = soup(reference / "sources" / "index.html")
        chapters = index.select("article ul > li")
        listed, counted = set(), 0
        for chapter in chapters:
            target = reference / chapter.a["href"].removeprefix("../") / "index.html"
            items = soup(target).select("article ul > li")
            listed |= {a["href"] for item in items for a in item.select("a[href^='http']")}
            assert COUNT.search(chapter.get_text(" ", strip=True))[1] == str(len(items)), f"{language}: {chapter.a['href']}"
            counted += len(items)
        assert len(cited) > 100, f"{language}: only {len(cited)} cited addresses found"
        assert sorted(cited - listed) == [], f"{language}: cited but not on the sources pages"
        assert str(counted) in index.select_one("article").get_text(), "the total shown is not the total listed"


def test_the_sources_pages_rank_below_the_pages_that_cite_them(built_site):
    """Their titles repeat the chapters' words ('Izvori: Zajednica, krize i dezinformacije'), so
    without a lower boost a search for a topic would open with its list of sources."""
    for language in LANGUAGES:
        index = json.loads((built_site / ("" if language == "bs" else "en") / "search" / "search_index.json").read_text(encoding="utf-8"))
        boosts = {doc["location"]: doc.get("boost", 1) for doc in index["docs"] if "#" not in doc["location"]}
        sources = {location: boost for location, boost in boosts.items() if location.startswith("reference/sources")}
        assert len(sources) >= 10, f"{language}: {sorted(boosts)[:5]}"
        assert all(boost < 1 for boost in sources.values()), f"{language}: {sources}"
        assert boosts["community/disinformation/"] == 1


def test_the_sources_are_collected_once_and_again_when_a_page_changes(tmp_path):
    """Every sources page of a language asks for the same collection (hooks/sources_page.py): it is
    worked out once, and again as soon as a page changes (`make serve`)."""
    from types import SimpleNamespace

    from helpers import load_module

    hook = load_module("hooks/sources_page.py")
    page = tmp_path / "bs" / "why" / "index.md"
    page.parent.mkdir(parents=True)
    cited = "---\ntitle: Zašto\n---\n\n# Zašto\n\nTekst.\n\n## Izvori { #sources }\n\n{items}\n"
    page.write_text(cited.replace("{items}", "- [Prvi](https://example.org/1), izdavač, 2024"), encoding="utf-8")
    config = SimpleNamespace(docs_dir=str(tmp_path), nav=["why/index.md"])
    first = hook.collect(config, "bs", Path("reference"))
    assert hook.collect(config, "bs", Path("reference")) is first, "worked out again with nothing changed"
    page.write_text(cited.replace("{items}", "- [Drugi](https://example.org/2), izdavač, 2025"), encoding="utf-8")
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 1_000_000))
    items = [entry["item"] for entry in hook.collect(config, "bs", Path("reference"))["why"]]
    assert items == ["[Drugi](https://example.org/2), izdavač, 2025"]
