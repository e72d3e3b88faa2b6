from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)


def test_image_without_alt_text(docs):
    replace(docs, "bs/index.md", "![Grafikon broja pratilaca](chart.png)", "![](chart.png)")
    found = messages(docs, "images")
    assert found == [found[0]] and found[0].startswith("docs/bs/index.md:15: the image 'chart.png' has no alt text")


def test_missing_image(docs):
    replace(docs, "en/index.md", "(chart.png)", "(graph.png)")
    assert messages(docs, "images")[0].startswith("docs/en/index.md:15: the image 'graph.png' does not exist")


def test_hot_linked_image(docs):
    replace(docs, "en/index.md", "(chart.png)", "(https://example.org/chart.png)")
    found = messages(docs, "images")
    assert found[0].startswith("docs/en/index.md:15: the image 'https://example.org/chart.png' is loaded from another site")
    assert "docs/assets/images/" in found[0]


def test_html_image_without_alt(docs):
    replace(docs, "en/index.md", "![Chart of the number of followers](chart.png)", '<img src="chart.png">')
    assert messages(docs, "images")[0].startswith("docs/en/index.md:15: the image 'chart.png' has no alt text")
