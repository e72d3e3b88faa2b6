from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)


def test_list_glued_to_paragraph(docs):
    replace(docs, "bs/strategy/goals.md", "## Kontrolna lista { #checklist }\n\n- [ ] Prvi korak", "## Kontrolna lista { #checklist }\n\nUvod:\n- [ ] Prvi korak")
    found = messages(docs, "markdown-style")
    assert any(m.startswith("docs/bs/strategy/goals.md:16: Markdown:") and "(md032)" in m for m in found), found


def test_second_h1(docs):
    replace(docs, "en/strategy/goals.md", "## Checklist", "# Checklist")
    found = messages(docs, "markdown-style")
    assert any("docs/en/strategy/goals.md:13: Markdown:" in m and "(md025)" in m for m in found), found


def test_missing_space_after_hash(docs):
    replace(docs, "en/strategy/goals.md", "## Checklist", "##Checklist")
    assert any("(md018)" in m for m in messages(docs, "markdown-style"))
