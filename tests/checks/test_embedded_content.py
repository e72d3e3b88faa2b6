import pytest

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)


@pytest.mark.parametrize("html", ['<script src="x.js"></script>', '<iframe src="https://www.youtube.com/embed/x"></iframe>'])
def test_script_and_iframe_are_refused(docs, html):
    replace(docs, "en/strategy/goals.md", "Text about", html + "\nText about")
    found = messages(docs, "embedded-content")
    tag = html[1:html.index(" ")]
    assert found[0].startswith(f"docs/en/strategy/goals.md:11: <{tag}> is not allowed in a page")


def test_iframe_message_says_how_to_link_a_video(docs):
    replace(docs, "bs/strategy/goals.md", "Tekst o", '<iframe src="https://www.youtube.com/embed/x"></iframe>\nTekst o')
    assert "thumbnail" in messages(docs, "embedded-content")[0]


def test_html_in_code_is_fine(docs):
    replace(docs, "bs/strategy/goals.md", "Tekst o", "`<script>` Tekst o")
    assert messages(docs, "embedded-content") == []
