"""The kit's printable documents: each block's handout has its key points, checklist and reading
list and fits on one A4 page, as a PDF and when a browser prints its HTML; the questionnaire's three
PDFs (knowledge check, feedback form, answer key) come from the sections of its page, the
participants' ones without the answers. Text keeps č ć đ š ž."""

import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from helpers import DOCS, LANGUAGES, ROOT
from kit_sources import diacritic_words, layout, meta, outputs, sources, visible_text

SECTIONS = ("key-points", "checklist", "read-more")
A4_POINTS = (595, 842)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_handout_has_its_three_sections(language):
    for handout in sources("handouts", language):
        text = handout.read_text(encoding="utf-8")
        for section in SECTIONS:
            assert re.search(r"^## .*\{ #" + section + r" \}$", text, re.M), f"{handout.relative_to(ROOT)}: no '#{section}' section"
        assert meta(handout)["type"] == "handout"


@pytest.mark.parametrize("language", LANGUAGES)
def test_handout_pdfs_are_one_a4_page_with_intact_text(trainer_kit, language):
    for output in outputs("handouts", language):
        if output.format != "pdf":
            continue
        reader = PdfReader(output.built)
        assert len(reader.pages) == 1, f"{output.name}: {len(reader.pages)} pages"
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4_POINTS, f"{output.name}: not A4"
        text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
        lost = diacritic_words(visible_text(output.source.read_text(encoding="utf-8"))) - diacritic_words(text)
        assert not lost, f"{output.name}: missing {sorted(lost)[:10]}"
        assert reader.metadata.title.startswith(meta(output.source)["title"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_handout_html_is_a_standalone_page_in_its_language(trainer_kit, language):
    for output in outputs("handouts", language):
        if output.format != "html":
            continue
        document = BeautifulSoup(output.built.read_text(encoding="utf-8"), "html.parser")
        assert document.html["lang"] == language
        ids = [h["id"] for h in document.find_all("h2")]
        assert [i for i in ids if i in SECTIONS] == list(SECTIONS), f"{output.name}: sections {ids}"
        assert len(document.find_all("h1")) == 1
        assert document.select(".task-list-item"), f"{output.name}: the checklist has no boxes"
        assert not document.find_all(["script", "link", "img"]), f"{output.name}: loads something"
        assert document.select('a[href^="handbook:"]'), f"{output.name}: the reading list links no handbook page"


DOCUMENT_TEXT = {  # words each questionnaire document must show, and words it must not
    "bs": {
        "knowledge-check": (["Provjera znanja", "Koje četiri koristi", "10. Zašto"], ["Tačan odgovor"]),
        "feedback-form": (["Povratna informacija", "Tvrdnja"], ["Tačan odgovor", "Koje četiri koristi"]),
        "answer-key": (["Ključ odgovora", "Tačan odgovor"], ["Tvrdnja"]),
    },
    "en": {
        "knowledge-check": (["Knowledge check", "Which four benefits", "10. Why"], ["Correct answer"]),
        "feedback-form": (["Feedback form", "Statement"], ["Correct answer", "Which four benefits"]),
        "answer-key": (["answer key", "Correct answer"], ["Statement"]),
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_questionnaire_pdfs_hold_their_own_sections_only(trainer_kit, language):
    built = {o.stem: o for o in outputs("questionnaire", language)}
    assert set(built) == set(DOCUMENT_TEXT[language]) == set(layout.QUESTIONNAIRE_DOCUMENTS)
    for stem, (wanted, unwanted) in DOCUMENT_TEXT[language].items():
        reader = PdfReader(built[stem].built)
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert 1 <= len(reader.pages) <= 3, f"{stem}: {len(reader.pages)} pages"
        for phrase in wanted:
            assert phrase in text, f"{language} {stem}: '{phrase}' missing"
        for phrase in unwanted:
            assert phrase not in text, f"{language} {stem}: '{phrase}' should not be there"
    questions = re.findall(r"^### (\d+)\. ", (DOCS / language / layout.QUESTIONNAIRE_PAGE).read_text(encoding="utf-8"), re.M)
    assert questions == [str(n) for n in range(1, 11)], "ten numbered questions"


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_browser_prints_each_handout_on_one_a4_page(trainer_kit, browser, language):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: None if request.url.startswith(("file:", "data:")) else requests.append(request.url))
    try:
        for output in outputs("handouts", language):
            if output.format != "html":
                continue
            page.goto(output.built.as_uri())
            pdf = page.pdf(format="A4", print_background=True)
            pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
            assert pages == 1, f"{output.name}: the browser prints {pages} pages"
    finally:
        context.close()
    assert requests == []
