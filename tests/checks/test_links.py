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
