"""A page not yet translated is an explicit stub, front matter only: the build shows the original's
current text under a notice in the reader's language, with a link to the original, and the text is
marked with the original's language."""

import pytest

from conftest import build_site, write_fixture_project
from helpers import soup

BOSNIAN = "---\ntitle: Početna\ndescription: Opis.\n---\n\n# Početna\n\nOvo je tekst na bosanskom jeziku.\n"
RULES = "---\ntitle: Pravila\ndescription: Pravila komentarisanja.\n---\n\n# Pravila\n\nNovi tekst pravila, izmijenjen danas.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stubs")
    pages = {
        "bs/index.md": BOSNIAN,
        "en/index.md": "---\ntranslation_stub: true\n---\n",
        "bs/rules.md": RULES,
        "en/rules.md": "---\ntitle: House rules\ndescription: Rules for comments.\ntranslation_stub: true\n---\n",
    }
    config = write_fixture_project(folder, pages, nav=("index.md", "rules.md"))
    return build_site(folder / "site", config=config)


def test_stub_shows_notice_and_the_originals_current_text_marked_bosnian(site):
    english = soup(site / "en" / "index.html")
    notice = english.select_one(".translation-stub")
    assert notice is not None, "the stub has no notice"
    assert "not been translated into English" in notice.get_text()
    assert notice.a["hreflang"] == "bs" and notice.a["href"] == ".."
    wrapped = english.select_one('article div[lang="bs"]')
    assert wrapped is not None and "tekst na bosanskom" in wrapped.get_text()
    assert english.title.get_text().startswith("Početna"), "without its own title, the stub takes the original's"

    bosnian = soup(site / "index.html")
    assert bosnian.select_one(".translation-stub") is None, "the original must not carry the notice"


def test_stub_keeps_its_own_title_and_description(site):
    english = soup(site / "en" / "rules" / "index.html")
    assert english.title.get_text().startswith("House rules")
    assert english.select_one('meta[name="description"]')["content"] == "Rules for comments."
    assert "izmijenjen danas" in english.select_one('article div[lang="bs"]').get_text()
