import pytest

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)


def test_broken_internal_link_names_file_line_and_fix(docs):
    replace(docs, "bs/index.md", "strategy/goals.md#checklist", "strategy/golas.md")
    found = messages(docs, "links")
    assert len(found) == 1
    assert found[0].startswith("docs/bs/index.md:11: broken link 'strategy/golas.md': there is no file docs/bs/strategy/golas.md")
    assert "How to fix:" in found[0]


def test_link_to_missing_heading_on_another_page(docs):
    replace(docs, "en/index.md", "goals.md#checklist", "goals.md#check-list")
    found = messages(docs, "links")
    assert found and found[0].startswith("docs/en/index.md:11: the link 'strategy/goals.md#check-list' points at a heading '#check-list'")


def test_link_to_missing_heading_on_the_same_page(docs):
    replace(docs, "bs/index.md", "(#slika)", "(#slike)")
    assert messages(docs, "links")[0].startswith("docs/bs/index.md:11: the link '#slike' points at a heading that is not on this page")


def test_generated_heading_ids_count(docs):
    replace(docs, "bs/index.md", "## Slika { #slika }", "## Slika i grafikon")
    replace(docs, "bs/index.md", "(#slika)", "(#slika-i-grafikon)")
    assert messages(docs, "links") == []


def test_external_links_are_left_to_the_weekly_check(docs):
    replace(docs, "bs/index.md", "(#slika)", "(https://example.org/nema)")
    assert messages(docs, "links") == []


@pytest.mark.parametrize("target, message", [
    ("javascript:history.back", "a reader cannot follow the link 'javascript:history.back' (a 'javascript:' address)"),
    ("data:text/html,hi", "a reader cannot follow the link 'data:text/html,hi'"),
    ("file:///C:/Users/ana/plan.docx", "a reader cannot follow the link 'file:///C:/Users/ana/plan.docx'"),
    ("http://localhost:8000/why/", "points at a computer of your own"),
    ("mailto:info", "the e-mail link 'mailto:info' has no e-mail address"),
    ("tel:poziv", "the phone link 'tel:poziv' is not a phone number"),
    ("//example.org/x", "has no https: in front"),
    ("www.ads.gov.ba", "has no https:// in front"),
    ("/strategy/goals/", "starts with '/'"),
    ("strategy/goals.html", "names the built .html page"),
    ("../en/strategy/goals.md", "leads into the other language's pages (docs/en/)"),
    ("../../README.md", "points outside the site"),
])
def test_links_a_reader_cannot_follow(docs, target, message):
    replace(docs, "bs/index.md", "(#slika)", f"({target})")
    found = messages(docs, "links")
    assert len(found) == 1 and found[0].startswith("docs/bs/index.md:11: ") and message in found[0], found


@pytest.mark.parametrize("target", ["mailto:info@ads.gov.ba", "tel:+387 33 123 456", "tel:122", "https://www.ads.gov.ba/", "../assets/x.png"])
def test_addresses_a_reader_can_follow(docs, target):
    (docs / "assets").mkdir(exist_ok=True)
    (docs / "assets" / "x.png").write_bytes(b"\x89PNG")
    replace(docs, "bs/index.md", "(#slika)", f"({target})")
    assert messages(docs, "links") == []


def test_a_link_without_text(docs):
    replace(docs, "en/index.md", "[picture](#picture)", "[](#picture)")
    assert messages(docs, "links")[0].startswith("docs/en/index.md:11: the link to '#picture' has no text")
