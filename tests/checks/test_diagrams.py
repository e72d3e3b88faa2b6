"""`make check` (scripts/checks/diagrams.py) on diagrams: Graphviz's own message with the line in the
page's file, a missing title, description or text version, and misspelt labels. Needs Graphviz."""

import pytest

from check_tree import docs, messages, replace  # noqa: F401 (docs is a fixture)

GOOD = '''```dot
digraph "Tok objave" {
    description = "Urednik piše nacrt, a odobravalac ga odobrava."
    nacrt [label="Nacrt"]
    odobrenje [label="Odobrenje" class="accent"]
    nacrt -> odobrenje
}
```

??? info "Dijagram kao tekst"

    1. Urednik piše nacrt.
    2. Odobravalac ga odobrava.
'''


pytestmark = pytest.mark.needs("graphviz")


def add_diagram(docs, text=GOOD):
    """Put `text` after the Bosnian goals page's first paragraph; returns the line of its ```dot."""
    replace(docs, "bs/strategy/goals.md", "Tekst o ciljevima institucije.\n", "Tekst o ciljevima institucije.\n\n" + text)
    lines = (docs / "bs/strategy/goals.md").read_text(encoding="utf-8").splitlines()
    return lines.index("```dot") + 1


def test_a_good_diagram_passes(docs):
    add_diagram(docs)
    assert messages(docs, "diagrams") == []


def test_a_syntax_error_names_the_file_the_line_and_graphvizs_message(docs):
    fence = add_diagram(docs, GOOD.replace("nacrt -> odobrenje", "nacrt -> ;"))
    found = messages(docs, "diagrams")
    assert len(found) == 1
    # the fifth line of the diagram's text is the broken one
    assert found[0].startswith(f"docs/bs/strategy/goals.md:{fence + 5}: the diagram cannot be drawn. Graphviz says: ")
    assert "syntax error in line 5" in found[0]


def test_a_diagram_without_title_or_description_is_refused(docs):
    add_diagram(docs, GOOD.replace('digraph "Tok objave" {', "digraph {"))
    assert "the diagram has no title" in messages(docs, "diagrams")[0]
    replace(docs, "bs/strategy/goals.md", "digraph {", 'digraph "Tok objave" {')
    replace(docs, "bs/strategy/goals.md", '    description = "Urednik piše nacrt, a odobravalac ga odobrava."\n', "")
    assert "the diagram has no description" in messages(docs, "diagrams")[0]


def test_the_steps_must_follow_as_text(docs):
    fence = add_diagram(docs, GOOD.split("??? info")[0])
    assert messages(docs, "diagrams")[0].startswith(f"docs/bs/strategy/goals.md:{fence}: the diagram has no text version after it")


def test_labels_are_spell_checked_in_the_pages_language(docs):
    add_diagram(docs, GOOD.replace('label="Odobrenje"', 'label="Odobrnje"'))
    found = messages(docs, "diagrams")
    assert len(found) == 1 and "unknown word 'Odobrnje' in the diagram" in found[0]


def test_a_diagram_shown_as_an_example_inside_a_code_block_is_left_alone(docs):
    add_diagram(docs, "````markdown\n" + GOOD.replace("Nacrt", "Nacrt ->") + "````\n")
    assert messages(docs, "diagrams") == []
