from check_tree import docs, messages, replace, write  # noqa: F401 (docs is a fixture)


def test_invalid_yaml_names_the_line(docs):
    replace(docs, "bs/index.md", "title: Početna", "title: Početna: [nezatvoreno")
    found = messages(docs, "front-matter")
    assert found[0].startswith("docs/bs/index.md:2: the front matter is not valid YAML")


def test_missing_required_field(docs):
    replace(docs, "en/index.md", "type: training\n", "")
    assert messages(docs, "front-matter")[0].startswith("docs/en/index.md:1: the front matter has no 'type'")


def test_description_over_160_characters(docs):
    replace(docs, "en/index.md", "A short description of the page.", "x" * 161)
    found = messages(docs, "front-matter")
    assert found[0].startswith("docs/en/index.md:3: the description has 161 characters, more than 160")


def test_no_front_matter_at_all(docs):
    write(docs, "bs/strategy/goals.md", "# Ciljevi\n")
    assert messages(docs, "front-matter")[0].startswith("docs/bs/strategy/goals.md:1: the page has no front matter")


def test_bad_date(docs):
    replace(docs, "bs/index.md", "review_by: 2027-11-26", "review_by: sljedeće godine")
    assert messages(docs, "front-matter")[0].startswith("docs/bs/index.md:6: 'review_by' is not a date")
