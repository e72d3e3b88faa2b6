import pytest

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)

pytestmark = pytest.mark.needs("hunspell")


def test_misspelled_bosnian_word(docs):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Tekst o cilejvima")
    found = messages(docs, "spelling")
    assert found == [found[0]]
    assert found[0].startswith("docs/bs/strategy/goals.md:11: unknown word 'cilejvima'")
    assert "spelling/bs.txt" in found[0]


def test_misspelled_english_word(docs):
    replace(docs, "en/strategy/goals.md", "institution's objectives.", "institution's objectivs.")
    assert messages(docs, "spelling")[0].startswith("docs/en/strategy/goals.md:11: unknown word 'objectivs'")


def test_marked_foreign_words_code_and_links_are_skipped(docs):
    replace(docs, "en/strategy/goals.md", "Text about", "The *društveni mediji*{lang=bs} `kod` [link](https://x.org/abcxyz) text about")
    assert messages(docs, "spelling") == []


def test_unknown_word_comes_with_hunspells_suggestions(docs):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Tekst o cilejvima")
    assert "unknown word 'cilejvima' (did you mean: ciljevima" in messages(docs, "spelling")[0]
