"""Every generated document, opened with a library: Word files with python-docx, LibreOffice files
as OpenDocument XML. Each must carry the page's headings (the policy's numbered articles), its
tables, its [placeholders], the institution / number / date fill-in fields, č ć đ š ž (or their
Cyrillic letters) intact, A4 pages and fonts that have both alphabets."""

import re

import pytest
from docx import Document
from docx.shared import Cm

from template_files import DOCUMENT_SLUGS, ENTRIES, ODF, W, files, odf_part, odf_text, variants_of  # noqa: F401 (fixtures)
from downloads.cyrillic import to_cyrillic
from downloads.source import parse_tables, read_page, strip_markdown, unmark

# Fonts that Word (Windows, macOS) has with Latin Extended-A and Cyrillic; LibreOffice on Linux
# draws them with the metric-compatible Liberation fonts, which have both too.
FONTS_WITH_BOTH_ALPHABETS = {"Arial", "Courier New", "Times New Roman"}
LETTERS = {"č": "ч", "ć": "ћ", "đ": "ђ", "š": "ш", "ž": "ж"}
LANGUAGE = {"bs-latn": "bs", "bs-cyrl": "bs", "en": "en"}
LOCALE = {"bs-latn": "bs-Latn-BA", "bs-cyrl": "bs-Cyrl-BA", "en": "en-GB"}
INSTITUTION = {"bs-latn": "[NAZIV INSTITUCIJE]", "bs-cyrl": "[НАЗИВ ИНСТИТУЦИЈЕ]", "en": "[NAME OF INSTITUTION]"}
ARTICLE = {
    "bs-latn": re.compile(r"^Član (\d+)\. \((.+)\)$"),
    "bs-cyrl": re.compile(r"^Члан (\d+)\. \((.+)\)$"),
    "en": re.compile(r"^Article (\d+) \((.+)\)$"),
}


def expected(slug: str, variant: str):
    """From the page itself: the headings of the chosen sections, their tables, their letters."""
    entry = ENTRIES[slug]
    page = read_page(LANGUAGE[variant], entry["page"])
    act = entry["document"].get("act", False)
    headings, tables, text = [], 0, ""
    for section_id in entry["document"]["sections"]:
        lines = page.section_lines(section_id, with_heading=not act)
        tables += len(parse_tables(page.path, lines))
        for _, line in lines:
            text += line + "\n"
            match = re.match(r"^#{2,6}\s+(.*?)(?:\s*\{\s*#[\w-]+\s*\})?\s*$", line)
            if match:
                headings.append(unmark(strip_markdown(match[1])))
    if variant == "bs-cyrl":
        headings = [to_cyrillic(heading) for heading in headings]
    letters = {letter for letter in LETTERS if letter in text.lower()}
    if variant == "bs-cyrl":
        letters = {LETTERS[letter] for letter in letters}
    return headings, tables, letters


def docx_text(document) -> str:
    body = document.element.body
    return "\n".join("".join(node.text or "" for node in paragraph.iter(f"{{{W}}}t"))
                     for paragraph in body.iter(f"{{{W}}}p"))


def run_style(run) -> str | None:
    style = run.find(f"{{{W}}}rPr/{{{W}}}rStyle")
    return style.get(f"{{{W}}}val") if style is not None else None


@pytest.mark.parametrize("slug,variant,kind", variants_of(DOCUMENT_SLUGS, ["docx"]))
def test_word_document(files, slug, variant, kind):
    document = Document(str(files / f"{slug}-{variant}.docx"))
    headings, table_count, letters = expected(slug, variant)

    found = [p.text.strip() for p in document.paragraphs if p.style.style_id.startswith("Heading")]
    assert found == headings, "the page's headings must be the document's Heading styles, in order"
    assert len(document.tables) == table_count, "every table of the page must be a real table"
    assert [p for p in document.paragraphs if p.style.style_id == "DocumentTitle"], "the document has no title"

    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05) and abs(section.page_height - Cm(29.7)) < Cm(0.05), "A4"
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer, "the footer numbers the pages"

    controls = list(document.element.body.iter(f"{{{W}}}sdt"))
    names = [control.find(f"{{{W}}}sdtPr/{{{W}}}alias").get(f"{{{W}}}val") for control in controls]
    texts = ["".join(node.text or "" for node in control.iter(f"{{{W}}}t")) for control in controls]
    assert len(controls) >= 3 and all(names), f"fill-in fields (institution, number, date): {names}"
    assert INSTITUTION[variant] in texts, f"the institution's name is a fill-in field: {texts}"

    # The marked runs' text, neighbouring runs joined: a placeholder may take several runs.
    marked_text = "".join(
        "".join(node.text or "" for node in run.iter(f"{{{W}}}t")) if run_style(run) in ("Placeholder", "FillIn")
        else "|" for run in document.element.body.iter(f"{{{W}}}r"))
    text = docx_text(document)
    brackets = re.findall(r"\[[^\[\]]+\]", text)
    assert brackets, "a template has [placeholders]"
    missing = [bracket for bracket in brackets if bracket not in marked_text]
    assert not missing, f"placeholders without the visible marking: {missing[:5]}"

    present = {letter for letter in LETTERS.keys() | set(LETTERS.values()) if letter in text.lower()}
    assert letters <= present, f"letters lost: {letters - present}"
    assert "\ufffd" not in text and "?" * 2 not in text
    if variant == "bs-cyrl":
        cyrillic = len(re.findall(r"[\u0400-\u04FF]", text))
        latin = len(re.findall(r"[A-Za-zčćđšžČĆĐŠŽ]", text))
        assert cyrillic > 4 * latin, f"mostly Cyrillic: {cyrillic} Cyrillic, {latin} Latin letters"

    styles = document.styles.element
    fonts = {fonts.get(f"{{{W}}}ascii") for fonts in styles.iter(f"{{{W}}}rFonts")} - {None}
    assert fonts <= FONTS_WITH_BOTH_ALPHABETS, fonts
    theme_fonts = [f for f in styles.iter(f"{{{W}}}rFonts") if any(a.endswith("Theme") for a in f.attrib)]
    assert not theme_fonts, "theme fonts differ between computers; the styles name their fonts"
    language = styles.find(f"{{{W}}}docDefaults/{{{W}}}rPrDefault/{{{W}}}rPr/{{{W}}}lang").get(f"{{{W}}}val")
    assert language == LOCALE[variant] == document.core_properties.language

    for relation in document.part.rels.values():
        if relation.reltype.endswith("/hyperlink"):
            assert relation.target_ref.startswith(("https://", "http://")), relation.target_ref


@pytest.mark.parametrize("slug,variant,kind", variants_of(DOCUMENT_SLUGS, ["odt"]))
def test_libreoffice_document(files, slug, variant, kind):
    path = files / f"{slug}-{variant}.odt"
    content, styles, meta = odf_part(path, "content.xml"), odf_part(path, "styles.xml"), odf_part(path, "meta.xml")
    headings, table_count, letters = expected(slug, variant)
    text_ns, table_ns, style_ns, fo = ODF["text"], ODF["table"], ODF["style"], ODF["fo"]

    found = [odf_text(h).strip() for h in content.iter(f"{{{text_ns}}}h")]
    assert found == headings
    assert all(h.get(f"{{{text_ns}}}outline-level") for h in content.iter(f"{{{text_ns}}}h"))
    assert len(list(content.iter(f"{{{table_ns}}}table"))) == table_count
    header_rows = list(content.iter(f"{{{table_ns}}}table-header-rows"))
    assert len(header_rows) == table_count, "a table's header row repeats on every page"

    inputs = list(content.iter(f"{{{text_ns}}}text-input"))
    assert len(inputs) >= 3 and all(field.get(f"{{{text_ns}}}description") for field in inputs)
    assert INSTITUTION[variant] in [odf_text(field) for field in inputs]
    spans = [span for span in content.iter(f"{{{text_ns}}}span")
             if span.get(f"{{{text_ns}}}style-name") in ("Placeholder", "FillIn")]
    marked_text = " ".join(odf_text(span) for span in spans)
    text = odf_text(content.find(f"{{{ODF['office']}}}body"))
    missing = [bracket for bracket in re.findall(r"\[[^\[\]]+\]", text) if bracket not in marked_text]
    assert not missing, f"placeholders without the visible marking: {missing[:5]}"
    present = {letter for letter in LETTERS.keys() | set(LETTERS.values()) if letter in text.lower()}
    assert letters <= present

    master = styles.find(f".//{{{style_ns}}}master-page[@{{{style_ns}}}name='Standard']")
    layout_name = master.get(f"{{{style_ns}}}page-layout-name")
    layout = styles.find(f".//{{{style_ns}}}page-layout[@{{{style_ns}}}name='{layout_name}']/{{{style_ns}}}page-layout-properties")
    assert (layout.get(f"{{{fo}}}page-width"), layout.get(f"{{{fo}}}page-height")) == ("21cm", "29.7cm")
    default = [d for d in styles.iter(f"{{{style_ns}}}default-style") if d.get(f"{{{style_ns}}}family") == "paragraph"]
    font = default[0].find(f"{{{style_ns}}}text-properties").get(f"{{{style_ns}}}font-name")
    assert font in FONTS_WITH_BOTH_ALPHABETS
    footer = styles.find(f".//{{{style_ns}}}footer")
    assert footer.find(f".//{{{text_ns}}}page-number") is not None and footer.find(f".//{{{text_ns}}}page-count") is not None
    language = meta.find(".//{http://purl.org/dc/elements/1.1/}language").text
    assert language == LOCALE[variant]


@pytest.mark.parametrize("variant", ["bs-latn", "bs-cyrl", "en"])
def test_policy_is_numbered_like_an_act_of_bih(files, variant):
    """Articles 1 to 14 in order, each with its subject in brackets; the act's title, head fields
    and signature in their own styles."""
    for kind in ("docx", "odt"):
        path = files / f"policy-template-{variant}.{kind}"
        if kind == "docx":
            document = Document(str(path))
            headings = [p.text.strip() for p in document.paragraphs if p.style.style_id.startswith("Heading")]
            styles = {p.style.style_id for p in document.paragraphs}
            assert {"DocumentTitle", "Signature", "InstitutionName"} <= styles
        else:
            content = odf_part(path, "content.xml")
            headings = [odf_text(h).strip() for h in content.iter(f"{{{ODF['text']}}}h")]
        numbers = []
        for heading in headings:
            match = ARTICLE[variant].match(heading)
            assert match, f"{kind}: {heading!r} is not an article heading"
            numbers.append(int(match[1]))
        assert numbers == list(range(1, 15)), f"{kind}: articles {numbers}"


def test_a_diagram_goes_into_the_document_as_its_text_version(files):
    """The approval workflow is drawn on the site; the document has its steps as text, not the
    Graphviz source and not the box marker."""
    page = read_page("bs", ENTRIES["roles-approval"]["page"])
    assert any(line.startswith("```dot") for line in page.lines), "the page has no diagram: nothing to check"
    document = Document(str(files / "roles-approval-bs-latn.docx"))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "digraph" not in text and "Dijagram kao tekst" not in text
    box = page.lines.index(next(line for line in page.lines if "Dijagram kao tekst" in line))
    first_step = next(line for line in page.lines[box + 1:] if line.strip())
    assert unmark(strip_markdown(re.sub(r"^\s*\d+\.\s*", "", first_step))) in text
