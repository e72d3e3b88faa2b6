"""The slide decks of the trainer's kit (`make slides`): every block of the session plan has a deck
in both languages; each deck builds into an HTML presentation, a PDF and a PowerPoint file with as
many slides as its Markdown has (at most 25), in its language, with č ć đ š ž intact and the
trainer's notes carried over; every slide links to the handbook page that explains its facts."""

import io
import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from PIL import Image
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pypdf import PdfReader

from helpers import DOCS, LANGUAGES, ROOT
from kit_sources import diacritic_words, layout, meta, notes, outputs, slides, sources, visible_text

MAX_SLIDES = 25
SITE_PLAN = "workshop/session-plan.md"
MATERIALS = re.compile(r"\]\(kit/(?P<kind>slides|handouts)/(?P<stem>[\w-]+)\.html\)")


def plan_blocks(language: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """(block, {(kind, stem)}) of each timetable row with a method: read from the page's Markdown."""
    text = (DOCS / language / SITE_PLAN).read_text(encoding="utf-8")
    section = text.split("{ #timing }", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| ---")][1:]
    blocks = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) > 3 and cells[3]:  # a block with a method: not a break, not the end
            blocks.append((cells[2], {(m["kind"], m["stem"]) for m in MATERIALS.finditer(row)}))
    return blocks


def test_every_block_of_the_day_has_slides_and_a_handout_in_both_languages():
    stems = {}
    for language in LANGUAGES:
        blocks = plan_blocks(language)
        assert len(blocks) >= 9, f"{language}: the timetable has {len(blocks)} working blocks"
        for block, materials in blocks:
            kinds = {kind for kind, _ in materials}
            assert kinds == {"slides", "handouts"}, f"{language}: '{block}' links {materials}"
            for kind, stem in materials:
                assert (ROOT / kind / language / f"{stem}.md").is_file(), f"{language}: {kind}/{stem}.md is missing"
        stems[language] = [sorted(materials) for _, materials in blocks]
    assert stems["bs"] == stems["en"], "both languages link the same files, block by block"
    for kind in ("slides", "handouts"):
        assert [p.name for p in sources(kind, "bs")] == [p.name for p in sources(kind, "en")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_slide_links_to_the_handbook_page_that_explains_it(language):
    for deck in sources("slides", language):
        for number, slide in enumerate(slides(deck), start=1):
            links = [(m["language"], m["page"]) for m in re.finditer(r"\]\((?:\.\./)+docs/(?P<language>bs|en)/(?P<page>[^)#\s]+\.md)", slide)]
            assert links, f"{deck.relative_to(ROOT)}: slide {number} links to no handbook page"
            for link_language, page in links:
                assert link_language == language, f"{deck.relative_to(ROOT)}: slide {number} links to the other language's {page}"
                assert (DOCS / link_language / page).is_file(), f"{deck.relative_to(ROOT)}: slide {number} links to a missing {page}"


def test_decks_are_short_enough():
    for language in LANGUAGES:
        for deck in sources("slides", language):
            assert 3 <= len(slides(deck)) <= MAX_SLIDES, f"{deck.relative_to(ROOT)}: {len(slides(deck))} slides"


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_decks_have_every_slide_with_its_notes_in_the_right_language(trainer_kit, language):
    decks = outputs("slides", language)
    assert {o.stem for o in decks} == {p.stem for p in sources("slides", language)}
    for output in (o for o in decks if o.format == "html"):
        document = BeautifulSoup(output.built.read_text(encoding="utf-8"), "html.parser")
        expected = slides(output.source)
        shown = document.select("svg > foreignobject > section")  # html.parser lower-cases tag names
        assert len(shown) == len(expected), f"{output.name}: {len(shown)} slides, the Markdown has {len(expected)}"
        assert document.html["lang"] == language
        assert document.title.string == meta(output.source)["title"]
        written = [note.get_text(" ", strip=True) for note in document.select(".bespoke-marp-note")]
        wanted = [" ".join(n.split()) for slide in expected for n in notes(slide)]
        assert [" ".join(w.split()) for w in written] == wanted, f"{output.name}: the trainer's notes"
        # Handbook links wait for the site build to become page addresses (hooks/trainer_kit.py).
        assert document.select('a[href^="handbook:"]'), f"{output.name}: no handbook links"
        assert not re.search(r"https?://(?!unpkg\.com/@marp-team)", " ".join(str(t) for t in document.find_all(["script", "link", "img", "style"]))), \
            f"{output.name}: loads something from the network"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_decks_have_a_page_per_slide_with_diacritics_and_links_to_the_site(trainer_kit, language):
    for output in outputs("slides", language):
        if output.format != "pdf":
            continue
        reader = PdfReader(output.built)
        assert len(reader.pages) == len(slides(output.source)), output.name
        text = unicodedata.normalize("NFC", " ".join(page.extract_text() for page in reader.pages))
        shown = diacritic_words(visible_text(output.source.read_text(encoding="utf-8")))
        lost = shown - diacritic_words(text)
        assert not lost, f"{output.name}: words with č ć đ š ž missing from the PDF's text: {sorted(lost)[:10]}"
        assert reader.metadata.title == meta(output.source)["title"], f"{output.name}: the PDF's title"
        uris = [annotation.get_object()["/A"]["/URI"] for page in reader.pages for annotation in page.get("/Annots", [])
                if annotation.get_object().get("/A", {}).get("/URI")]
        assert uris and all(uri.startswith("http") for uri in uris), f"{output.name}: links {uris[:3]}"


def test_bosnian_pdfs_keep_every_letter_of_the_bosnian_alphabet(trainer_kit):
    decks = [o for o in outputs("slides", "bs") if o.format == "pdf"]
    written = unicodedata.normalize("NFC", "".join(visible_text(o.source.read_text(encoding="utf-8")) for o in decks))
    text = unicodedata.normalize("NFC", "".join(page.extract_text() for o in decks for page in PdfReader(o.built).pages))
    letters = {letter for letter in "čćđšžČĆĐŠŽ" if letter in written}
    assert letters >= set("čćđšžČŠ"), "the Bosnian decks use these letters"
    assert {letter for letter in letters if letter not in text} == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pptx_decks_open_with_a_slide_per_slide_and_the_notes(trainer_kit, language):
    for output in outputs("slides", language):
        if output.format != "pptx":
            continue
        presentation = Presentation(output.built)
        expected = slides(output.source)
        assert len(presentation.slides) == len(expected), output.name
        for number, (slide, markdown) in enumerate(zip(presentation.slides, expected), start=1):
            # Marp draws each slide as a picture that fills the slide's background.
            assert slide.background.fill.type == MSO_FILL.PICTURE, f"{output.name}: slide {number} has no picture"
            picture = Image.open(io.BytesIO(slide.part.related_part(slide.background._cSld.bg.xpath(".//a:blip/@r:embed")[0]).blob))
            assert picture.width >= 1280 and abs(picture.width / picture.height - 16 / 9) < 0.01, f"{output.name}: slide {number}"
            wanted = " ".join(" ".join(notes(markdown)).split())
            written = " ".join(slide.notes_slide.notes_text_frame.text.split()) if slide.has_notes_slide else ""
            assert written == wanted, f"{output.name}: notes of slide {number}"


def test_the_build_reports_a_deck_that_is_too_long_with_its_file(tmp_path, monkeypatch):
    from trainer_kit import decks

    long_deck = tmp_path / "slides" / "bs" / "99-long.md"
    long_deck.parent.mkdir(parents=True)
    long_deck.write_text("---\ntitle: Dug\n---\n\n" + "\n\n---\n\n".join(f"## {n}" for n in range(26)) + "\n", encoding="utf-8")
    with pytest.raises(decks.DeckError, match=r"99-long\.md: 26 slides, more than 25"):
        decks.prepared(long_deck, "bs", None)


def test_a_link_to_a_missing_page_stops_the_build_with_file_and_line(tmp_path):
    from trainer_kit import links

    deck = layout.ROOT / "slides" / "bs" / "01-welcome.md"
    markdown = "## Naslov\n\n> Više: [Nema](../../docs/bs/why/nema.md)\n"
    with pytest.raises(links.LinkError, match=r"slides/bs/01-welcome\.md:3: there is no page docs/bs/why/nema\.md"):
        links.rewrite(markdown, deck, None)


def test_a_broken_front_matter_is_reported_with_its_file_not_a_traceback(tmp_path, monkeypatch, capsys):
    import build_kit

    broken = layout.ROOT / "slides" / "bs" / "99-broken-test.md"
    broken.write_text("---\ntitle: Naslov: s dvotačkom\n---\n\n# Naslov\n", encoding="utf-8")
    try:
        monkeypatch.setattr(build_kit, "outputs", lambda: [o for o in layout.outputs() if o.stem == "99-broken-test"])
        monkeypatch.setattr(build_kit, "MANIFEST", tmp_path / "manifest.json")
        assert build_kit.main(["--site-url", "https://example.org/"]) == 1
        assert "The kit was not built: slides/bs/99-broken-test.md: the front matter is not valid YAML" in capsys.readouterr().err
    finally:
        broken.unlink()
