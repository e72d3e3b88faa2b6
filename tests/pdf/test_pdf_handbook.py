"""The printed handbook (`make pdf`): one real PDF per language, built as a maintainer builds it, then
read back: right language, enough pages, text extractable with č ć đ š ž intact, fonts embedded,
every top-level section in the contents with the right page number, working internal links, the
CSV templates attached."""

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor

import pytest
from mkdocs.config import load_config
from pypdf import PdfReader

from helpers import ROOT, run_script

VERSION = "0.0.0-test"
LANGUAGES = ("bs", "en")
PAGE_FLOOR = 100  # the whole handbook is about 200 pages per language; a lost chapter shows here
TITLES = {"bs": "Društveni mediji u javnoj upravi", "en": "Social Media in Public Administration"}
CONTENTS = {"bs": "Pregled sadržaja", "en": "Contents"}
pytestmark = pytest.mark.needs("pdf-fonts")  # WeasyPrint renders with Pango and the fonts in handbook.css


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    output = run_script("build_pdf.py", "--version", VERSION, "--dist", str(dist))
    return {"output": output, **{language: dist / f"prirucnik-{VERSION}-{language}.pdf" for language in LANGUAGES}}


@pytest.fixture(scope="module")
def readers(built):
    return {language: PdfReader(built[language]) for language in LANGUAGES}


def page_texts(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


@pytest.fixture(scope="module")
def texts(built):
    """Each page's extracted text, per language (one process per language: it takes a while)."""
    with ProcessPoolExecutor(max_workers=len(LANGUAGES), mp_context=multiprocessing.get_context("fork")) as pool:
        return dict(zip(LANGUAGES, pool.map(page_texts, [built[language] for language in LANGUAGES])))


def top_level_sections(language: str) -> list[str]:
    """The menu's top-level section titles in `language`, from mkdocs.yml (nav and nav_translations)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    translations = {lang.locale: lang.nav_translations or {} for lang in config.plugins["i18n"].config.languages}
    sections = [next(iter(item)) for item in config["nav"] if isinstance(item, dict) and isinstance(next(iter(item.values())), list)]
    return [translations[language].get(section, section) for section in sections]


def test_one_pdf_per_language_with_progress(built):
    for language in LANGUAGES:
        assert built[language].is_file()
        for step in ("1/3", "2/3", "3/3", "wrote"):
            assert f"[pdf {language}] {step}" in built["output"], f"no progress line '{step}' for {language}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_title_and_page_count(readers, texts, language):
    reader = readers[language]
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.metadata.title == TITLES[language]
    assert len(reader.pages) > PAGE_FLOOR
    cover = texts[language][0]
    assert TITLES[language].split()[0] in cover and f"{VERSION}" in cover
    other = "en" if language == "bs" else "bs"
    assert CONTENTS[language] in texts[language][1]
    assert CONTENTS[other] not in texts[language][1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_keeps_bosnian_letters(texts, language):
    text = "\n".join(texts[language])
    letters = "čćđšžČŠŽ" if language == "bs" else "čćšž"
    assert set(letters) <= set(text), f"missing: {set(letters) - set(text)}"
    assert TITLES[language] in text.replace("\n", " ")
    # Letters must come out as themselves, not as stand-ins from a broken font encoding.
    assert "dru@tven" not in text and "dr]av" not in text and "\ufffd" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded_and_have_every_glyph(readers, language):
    fonts = {}
    for page in readers[language].pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts, "no fonts found"
    for name, font in fonts.items():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font else font["/FontDescriptor"]
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object()), f"{name} is not embedded"
        # WeasyPrint switches a font to its own encoding only when a character had no glyph.
        assert font.get("/Encoding") == "/Identity-H", f"{name}: some characters have no glyph"


@pytest.mark.parametrize("language", LANGUAGES)
def test_contents_list_every_top_level_section_with_its_page(texts, language):
    pages = texts[language]
    contents = "\n".join(pages[1:6])
    for section in top_level_sections(language):
        found = re.search(re.escape(section) + r"[ .]*?(\d+)\s*$", contents, re.M)
        assert found, f"'{section}' is not in the contents"
        number = int(found[1])
        # The running header of the chapter's first page carries the section's name.
        assert section in pages[number - 1].replace("\n", " "), f"'{section}': page {number} is not its chapter"


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_links_and_bookmarks_work(readers, language):
    reader = readers[language]
    destinations = set(reader.named_destinations)
    internal, broken, attachments = 0, [], []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/FileAttachment":
                attachments.append(annotation["/FS"].get_object()["/F"])
            elif "/Dest" in annotation:
                internal += 1
                if str(annotation["/Dest"]) not in destinations:
                    broken.append(str(annotation["/Dest"]))
    assert internal > 200, "the contents and the cross-references are links"
    assert broken == []
    assert len(reader.outline) >= len(top_level_sections(language)), "one bookmark per chapter at least"
    assert {name for name in attachments if name.endswith(".csv")}, "the CSV templates travel as attachments"


# A diagram's own words (drawn as SVG text, not the caption) and an example post's label, per language.
FIGURES = {
    "bs": ("Tok odobravanja objave", "Je li objava", "Dobar primjer", "Ilustrativni primjer"),
    "en": ("Approval workflow for a post", "Is the post", "Good example", "Illustrative example"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_diagrams_and_example_posts_are_printed(texts, language):
    """The diagrams (hooks/diagrams.py) and example posts (hooks/example_posts.py) reach the PDF as text."""
    text = "\n".join(texts[language])
    for words in FIGURES[language]:
        assert words in text, f"{words!r} is not in the {language} PDF"
    assert text.count(FIGURES[language][3]) >= 12, "fewer example posts printed than the pages have"
