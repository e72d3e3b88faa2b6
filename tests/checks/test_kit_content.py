"""The trainer's slides and handouts are content like pages (`make check`): the page loader reads
them next to docs/, so a missing translation, a broken link or an unknown word in them is reported
with their own file and line."""

from pathlib import Path

from check_tree import docs, messages, write  # noqa: F401 (docs is a fixture)

SLIDES = "---\ntitle: {title}\ndescription: Slajdovi.\ntype: slides\nlast_reviewed: 2026-12-06\nreview_by: 2027-12-06\n---\n\n"


def kit_file(docs: Path, relative: str, text: str) -> Path:
    path = docs.parent / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_deck_without_its_translation(docs):
    kit_file(docs, "slides/bs/01-uvod.md", SLIDES.format(title="Uvod") + "# Uvod\n\n> Više: [Ciljevi](../../docs/bs/strategy/goals.md)\n")
    found = messages(docs, "translations")
    assert len(found) == 1 and found[0].startswith("slides/bs/01-uvod.md: this page has no English version (slides/en/01-uvod.md)\n"
                                                   "    How to fix: until someone translates it, create slides/en/01-uvod.md with just these three lines")


def test_links_from_slides_to_pages_are_checked_with_their_headings(docs):
    kit_file(docs, "slides/bs/01-uvod.md", SLIDES.format(title="Uvod") + "# Uvod\n\n---\n\n## Drugi\n\n"
             "> Više: [Ciljevi](../../docs/bs/strategy/goals.md#lista)\n")
    kit_file(docs, "slides/en/01-uvod.md", SLIDES.format(title="Intro") + "# Intro\n\n> More: [Goals](../../docs/en/strategy/golas.md)\n")
    found = messages(docs, "links")
    assert len(found) == 2
    assert found[0].startswith("slides/bs/01-uvod.md:15: the link '../../docs/bs/strategy/goals.md#lista' points at a heading")
    assert found[1].startswith("slides/en/01-uvod.md:11: broken link '../../docs/en/strategy/golas.md'")


def test_spelling_of_a_handout_in_its_language(docs):
    handout = SLIDES.replace("type: slides", "type: handout")
    kit_file(docs, "handouts/bs/01-uvod.md", handout.format(title="Uvod") + "# Uvod\n\n## Ključne poruke { #key-points }\n\n- Grješkaa u tekstu.\n")
    kit_file(docs, "handouts/en/01-uvod.md", handout.format(title="Intro") + "# Intro\n\n## Key points { #key-points }\n\n- A mistakke.\n")
    found = messages(docs, "spelling")
    assert any(m.startswith("handouts/bs/01-uvod.md:13: unknown word 'Grješkaa'") for m in found), found
    assert any(m.startswith("handouts/en/01-uvod.md:13: unknown word 'mistakke'") for m in found), found


def test_kit_file_names_are_checked_too(docs):
    kit_file(docs, "slides/bs/Uvod Dan.md", SLIDES.format(title="Uvod") + "# Uvod\n")
    found = messages(docs, "file-names")
    assert any(m.startswith("slides/bs/Uvod Dan.md: the name 'Uvod Dan.md' is not ASCII lower-case") for m in found), found
