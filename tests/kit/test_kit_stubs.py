"""A deck or handout not yet translated is a translation stub, as a page is: front matter only. The kit
builds it from its original's current text, under the stub's own title."""

import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from trainer_kit import decks  # noqa: E402

ORIGINAL = "---\ntitle: Dobrodošli\ndescription: Uvod.\n---\n\n# Dobrodošli\n\nPrvi slajd.\n\n---\n\n## Drugi slajd\n"


def write(folder, relative, text):
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_stub_takes_its_originals_slides_and_keeps_its_title(tmp_path):
    write(tmp_path, "slides/bs/01-welcome.md", ORIGINAL)
    stub = write(tmp_path, "slides/en/01-welcome.md", "---\ntitle: Welcome\ntranslation_stub: true\n---\n")
    text = decks.source_text(stub)
    meta, body, _ = decks.split(text, stub)
    assert meta["title"] == "Welcome" and meta["description"] == "Uvod."
    assert "## Drugi slajd" in body and decks.slide_count(text) == 2


def test_a_translated_deck_is_read_as_it_is(tmp_path):
    original = write(tmp_path, "slides/bs/01-welcome.md", ORIGINAL)
    assert decks.source_text(original) == ORIGINAL


def test_a_stub_without_its_original_is_a_clear_error(tmp_path):
    stub = write(tmp_path, "handouts/en/02-potential.md", "---\ntranslation_stub: true\n---\n")
    with pytest.raises(decks.DeckError, match="is a translation stub, but its original .*handouts/bs/02-potential.md does not exist"):
        decks.source_text(stub)
