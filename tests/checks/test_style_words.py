import pytest

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)
from checks import style_words

LIST = """\
# a comment, as in the real file
bs:
  - avoid: linkuj*
    write: postavite vezu
  - avoid: kamo
    write: kuda, gdje
  - avoid: pravilo četiri oka
    write: provjera dviju osoba
en: []
"""


@pytest.fixture
def style_list(docs, monkeypatch):
    """The list beside the fixture tree (so messages name it as spelling/style.yml)."""
    path = docs.parent / "spelling" / "style.yml"
    path.parent.mkdir()
    path.write_text(LIST, encoding="utf-8")
    monkeypatch.setattr(style_words, "STYLE", path)
    return path


def test_a_listed_word_is_reported_with_file_line_and_what_to_write(docs, style_list):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Recite kamo vodi tekst o ciljevima")
    assert messages(docs, "style") == [
        "docs/bs/strategy/goals.md:11: 'kamo' is not the handbook's style (spelling/style.yml: kamo)\n"
        "    How to fix: write kuda, gdje"
    ]


@pytest.mark.parametrize("word", ["linkujte", "Linkuje", "linkuju", "LINKUJ"])
def test_a_star_stands_for_any_ending_in_any_letter_case(docs, style_list, word):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", f"Tekst o ciljevima, {word} ga")
    found = messages(docs, "style")
    assert len(found) == 1 and f"'{word}' is not the handbook's style (spelling/style.yml: linkuj*)" in found[0]


@pytest.mark.parametrize("text", [
    "kamomila i kamion",  # a word without '*' is not the start of another word
    "nelinkujte",  # nor is a stem the end of one
    "`linkujte` u kodu",
    "[adresa](https://primjer.ba/kamo/linkujte)",
    "*linkujte*{lang=en} je označeno kao drugi jezik",
])
def test_other_words_code_addresses_and_foreign_text_are_not_reported(docs, style_list, text):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", f"Tekst o ciljevima: {text}")
    assert messages(docs, "style") == []


def test_a_phrase_is_found_whatever_the_spaces_and_only_in_its_language(docs, style_list):
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Uvedite Pravilo  četiri oka za tekst o ciljevima")
    replace(docs, "en/strategy/goals.md", "Text about", "The Bosnian word kamo and text about")
    found = messages(docs, "style")
    assert [f.split("\n")[0] for f in found] == [
        "docs/bs/strategy/goals.md:11: 'Pravilo  četiri oka' is not the handbook's style (spelling/style.yml: pravilo četiri oka)"
    ]


def test_every_use_on_a_line_and_in_the_title_is_reported(docs, style_list):
    replace(docs, "bs/strategy/goals.md", "title: Ciljevi", "title: Kamo idemo")
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Linkujte je, kamo god da linkuju")
    lines = [f.split(":")[1] for f in messages(docs, "style")]
    assert lines == ["2", "11", "11", "11"]


@pytest.mark.parametrize("text, expected", [
    ("bs:\n  - avoid: [unclosed\n", "spelling/style.yml:3: the style list is not valid YAML"),
    ("- avoid: kamo\n  write: kuda\n", "spelling/style.yml:1: the style list must have a part per language ('bs:', 'en:')"),
    ("hr:\n  - avoid: kamo\n    write: kuda\n", "spelling/style.yml:1: unknown language 'hr' in the style list"),
    ("bs: kamo\n", "spelling/style.yml:1: 'bs:' must be followed by a list of entries"),
    ("bs:\n  - kamo\n", "spelling/style.yml:2: this entry is not an 'avoid / write' pair"),
    ("bs:\n  - avoid: kamo\n", "spelling/style.yml:2: this entry has no 'write'"),
    ("bs:\n  - avoid: kamo\n    wirte: kuda\n", "spelling/style.yml:2: unknown field 'wirte' in this entry"),
    ("bs:\n  - avoid:\n    write: kuda\n", "spelling/style.yml:2: the field 'avoid' must be a line of text"),
    ("bs:\n  - avoid: '*'\n    write: kuda\n", "spelling/style.yml:2: '*' is not a word or phrase"),
    ("bs:\n  - avoid: lin*kuj\n    write: vezu\n", "spelling/style.yml:2: 'lin*kuj' is not a word or phrase"),
])
def test_a_malformed_list_is_reported_with_its_line_and_how_to_fix_it(docs, style_list, text, expected):
    style_list.write_text(text, encoding="utf-8")
    found = messages(docs, "style")
    assert len(found) == 1, found
    assert found[0].startswith(expected), found[0]
    assert "How to fix:" in found[0] and "Traceback" not in found[0] and "stopped with an error" not in found[0]


def test_a_broken_entry_does_not_switch_off_the_good_ones(docs, style_list):
    style_list.write_text(LIST.replace("en: []", "  - avoid: kamo\n") + "en: []\n", encoding="utf-8")
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima", "Linkujte tekst o ciljevima")
    found = [f.split(":")[0] for f in messages(docs, "style")]
    assert found == ["spelling/style.yml", "docs/bs/strategy/goals.md"]


def test_a_missing_list_is_reported_not_ignored(docs, style_list):
    style_list.unlink()
    assert messages(docs, "style")[0].startswith("spelling/style.yml: the style list is missing")


def test_the_project_list_is_usable_and_holds_the_house_choices():
    rules, problems = style_words.load_rules(style_words.STYLE)
    assert problems == []
    avoided = {avoid for _, avoid, _ in rules["bs"]}
    # The choices recorded in the contributor guide's writing style (issue 13).
    assert {"linkuj*", "otprem*", "kamo", "lajk*", "kolutove", "pravilo četiri oka", "hakovan*", "organizira*",
            "Lekcija za*", "Kratak odgovor"} <= avoided
