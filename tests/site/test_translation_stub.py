"""A page that exists only in one language is an explicit stub: a notice in the reader's language,
a link to the original, and the untranslated text marked with the original's language."""

from conftest import build_site, write_fixture_project
from helpers import soup

BOSNIAN = "---\ntitle: Početna\ndescription: Opis.\n---\n\n# Početna\n\nOvo je tekst na bosanskom jeziku.\n"
STUB = BOSNIAN.replace("description: Opis.\n", "description: Opis.\ntranslation_stub: true\n")


def test_english_stub_shows_notice_and_keeps_bosnian_marked(tmp_path):
    config = write_fixture_project(tmp_path, {"bs/index.md": BOSNIAN, "en/index.md": STUB})
    site = build_site(tmp_path / "site", config=config)

    english = soup(site / "en" / "index.html")
    notice = english.select_one(".translation-stub")
    assert notice is not None, "the stub has no notice"
    assert "not been translated into English" in notice.get_text()
    assert notice.a["hreflang"] == "bs" and notice.a["href"] == ".."
    wrapped = english.select_one('article div[lang="bs"]')
    assert wrapped is not None and "tekst na bosanskom" in wrapped.get_text()

    bosnian = soup(site / "index.html")
    assert bosnian.select_one(".translation-stub") is None, "the original must not carry the notice"
