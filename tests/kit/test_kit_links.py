"""The workshop pages and the Downloads page link every file of the kit in their language (decks in
three formats, handouts in two, the questionnaire's PDFs), and a link to a kit file is accepted by
`make check` only when its source exists."""

import re
from pathlib import Path
from posixpath import normpath

import pytest

from helpers import DOCS, LANGUAGES
from kit_sources import layout, outputs

LINK = re.compile(r"\]\((?P<target>[^)\s#]+)(?:#[^)\s]*)?\)")


def linked_from(pages: list[Path]) -> set[Path]:
    targets = set()
    for page in pages:
        for match in LINK.finditer(page.read_text(encoding="utf-8")):
            targets.add(Path(normpath((page.parent / match["target"]).as_posix())))
    return targets


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_downloads_page_links_every_file_of_the_kit(language):
    linked = linked_from([DOCS / language / "about" / "downloads.md"])
    missing = [o.site_path for o in outputs(language=language) if o.linked_as not in linked]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_pages_link_every_file_of_the_kit(language):
    linked = linked_from(sorted((DOCS / language / "workshop").glob("*.md")))
    missing = [o.site_path for o in outputs(language=language) if o.linked_as not in linked]
    assert missing == []


def test_the_kit_has_decks_handouts_and_questionnaire_in_both_languages():
    for language in LANGUAGES:
        kinds = {(o.kind, o.format) for o in outputs(language=language)}
        assert kinds == {("slides", "html"), ("slides", "pdf"), ("slides", "pptx"), ("handouts", "html"),
                         ("handouts", "pdf"), ("questionnaire", "pdf")}
    assert len(outputs(language="bs")) == len(outputs(language="en"))


def test_links_to_kit_files_count_only_when_their_source_exists():
    assert layout.is_output(DOCS / "bs" / "workshop" / "kit" / "slides" / "01-welcome.html")
    assert layout.is_output(DOCS / "en" / "workshop" / "kit" / "questionnaire" / "answer-key.pdf")
    assert not layout.is_output(DOCS / "bs" / "workshop" / "kit" / "slides" / "99-missing.html")
    assert not layout.is_output(DOCS / "bs" / "workshop" / "kit" / "slides" / "01-welcome.docx")
