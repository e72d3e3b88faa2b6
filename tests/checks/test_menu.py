from check_tree import docs, messages, replace, write  # noqa: F401 (docs is a fixture)

PAGE = "---\ntitle: Publike\ndescription: Ko su publike.\ntype: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n# Publike\n\nTekst.\n"


def test_page_missing_from_the_menu_is_named_once_with_the_line_to_add(docs):
    write(docs, "bs/strategy/audiences.md", PAGE)
    write(docs, "en/strategy/audiences.md", PAGE)
    found = messages(docs, "menu")
    assert len(found) == 1, found
    assert found[0].startswith("docs/bs/strategy/audiences.md: this page is not in the menu")
    assert "add the line '- strategy/audiences.md' to nav: in mkdocs.yml" in found[0]


def test_menu_entry_without_a_page_names_the_line_of_mkdocs_yml(docs):
    replace(docs.parent, "mkdocs.yml", "      - strategy/goals.md\n", "      - strategy/goals.md\n      - strategy/golas.md\n")
    assert messages(docs, "menu") == [
        "mkdocs.yml:6: the menu names 'strategy/golas.md', but there is no such page (docs/bs/strategy/golas.md or docs/en/strategy/golas.md)\n"
        "    How to fix: correct the file name in mkdocs.yml, create the page with `make new-page`, or remove the line"]


def test_pages_listed_as_not_in_the_menu_are_left_alone(docs):
    write(docs, "bs/strategy/audiences.md", PAGE)
    write(docs, "en/strategy/audiences.md", PAGE)
    replace(docs.parent, "mkdocs.yml", "nav:", "not_in_nav: |\n  */strategy/audiences.md\nnav:")
    assert messages(docs, "menu") == []


def test_broken_mkdocs_yml_is_reported_with_its_line(docs):
    replace(docs.parent, "mkdocs.yml", "  - index.md\n", "  - index.md\n - bad: [\n")
    assert messages(docs, "menu")[0].startswith("mkdocs.yml:")
