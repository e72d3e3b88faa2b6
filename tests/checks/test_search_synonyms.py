"""includes/search-synonyms.yml, as `make check` reads it: each mistake a trainer can make is named
with its line and what to do; the real file passes, and the build reads the same groups from it."""

import pytest

from check_tree import docs, messages  # noqa: F401 (docs is a fixture)
from helpers import ROOT, load_module

GOOD = """\
# comment
bs:
  - [kalendar objava, plan objave]
  - [Twitter, X]
en:
  - [fake news, disinformation]
"""


def synonyms_file(docs, text):
    path = docs.parent / "includes" / "search-synonyms.yml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_and_no_file_pass(docs):
    assert messages(docs, "search-synonyms") == []
    synonyms_file(docs, GOOD)
    assert messages(docs, "search-synonyms") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("bs:\n  - [kalendar objava, plan objave\n", "includes/search-synonyms.yml:3: not valid YAML"),
    ("- [a, b]\n", "includes/search-synonyms.yml:1: the file must list the groups under each language"),
    ("de:\n  - [Auto, Wagen]\n", "includes/search-synonyms.yml:1: unknown language 'de'"),
    ("bs: [kalendar objava, plan objave]\n", "includes/search-synonyms.yml:1: a group must be a list"),
    ("bs: kalendar\n", "includes/search-synonyms.yml:1: 'bs:' must be followed by a list of groups"),
    ("bs:\n  - [kalendar objava]\n", "includes/search-synonyms.yml:2: a group needs at least two"),
    ("bs:\n  - [Mreže, mreze]\n", "includes/search-synonyms.yml:2: the group names the same word twice"),
    ("en:\n  - [hacked, taken over]\n  - [compromised, Hacked]\n",
     "includes/search-synonyms.yml:3: 'Hacked' is also in the group on line 2"),
    ("en:\n  - [fake news!, disinformation]\n", "includes/search-synonyms.yml:2: 'fake news!' has characters"),
    ("en:\n  - [one two three four five, five]\n", "includes/search-synonyms.yml:2: 'one two three four five' is too long"),
])
def test_each_mistake_is_named_with_its_line(docs, text, expected):
    synonyms_file(docs, text)
    found = messages(docs, "search-synonyms")
    assert len(found) == 1 and found[0].startswith(expected), found
    assert "How to fix:" in found[0]


def test_the_real_file_passes_and_has_groups_for_both_languages():
    module = load_module("scripts/check_content.py")
    from checks import search_synonyms

    synonyms, problems = search_synonyms.read(ROOT / search_synonyms.FILE)
    assert problems == []
    assert len(synonyms["bs"]) >= 5 and len(synonyms["en"]) >= 5
    assert module.RULES["search-synonyms"] is search_synonyms
