"""The Cyrillic files: Bosnian text transliterated by cyrtranslit, with the cases it does not know
(NJ in capitals, injekcija), and only the listed exceptions left in Latin."""

import re
import zipfile

import openpyxl
import pytest
import yaml
from docx import Document

from template_files import CONFIG, CYRILLIC_LETTER, LATIN_LETTER, ODF, W, files, odf_part, odf_text  # noqa: F401 (fixtures)
from downloads.cyrillic import formula_to_cyrillic, to_cyrillic, to_cyrillic_marked
from helpers import ROOT

WORDS = yaml.safe_load((ROOT / "scripts" / "downloads" / "latin_words.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("latin,cyrillic", [
    ("Član 1. (Svrha)", "Члан 1. (Сврха)"),
    ("O KORIŠTENJU DRUŠTVENIH MEDIJA U [NAZIV INSTITUCIJE]", "О КОРИШТЕЊУ ДРУШТВЕНИХ МЕДИЈА У [НАЗИВ ИНСТИТУЦИЈЕ]"),
    ("NJEMAČKA, LJUBAV, DŽEP, Njemačka, Ljubav, Džep, đak, Đurđa", "ЊЕМАЧКА, ЉУБАВ, ЏЕП, Њемачка, Љубав, Џеп, ђак, Ђурђа"),
    ("injekcija, konjugacija, nadživjeti", "инјекција, конјугација, надживјети"),
    ("BiH, EU, IT služba, JMBG", "БиХ, ЕУ, ИТ служба, ЈМБГ"),
    ("na web stranici", "на веб страници"),
    ("Facebook stranica, (YouTube), Facebook-stranica; X i Bluesky.",
     "Facebook страница, (YouTube), Facebook-страница; X и Bluesky."),
    ("[drustvenimediji@institucija.gov.ba] i https://www.gov.uk/x", "[drustvenimediji@institucija.gov.ba] и https://www.gov.uk/x"),
    ("institucija.gov.ba/pravila, SM-2026-041.png, #DanOtvorenihVrata, @policija",
     "institucija.gov.ba/pravila, SM-2026-041.png, #DanOtvorenihVrata, @policija"),
    ("RACI tabela, Wi-Fi, CSV datoteka", "RACI табела, Wi-Fi, CSV датотека"),
])
def test_transliteration(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_every_listed_name_and_abbreviation_stays_latin():
    for word in WORDS["platforms"] + WORDS["abbreviations"]:
        assert to_cyrillic(f"({word}),") == f"({word}),", word


def test_every_split_digraph_is_two_letters():
    for entry in WORDS["split_digraphs"]:
        before, after = entry.split("|")
        converted = to_cyrillic(before + after)
        assert not re.search("[љњџ]", converted[len(before) - 1:len(before) + 1]), (entry, converted)


def test_marked_text_and_formulas():
    assert to_cyrillic_marked("oblik \ue000CamelCase\ue001 za hashtag") == "облик CamelCase за хасхтаг"
    assert formula_to_cyrillic('=COUNTIF(\'Kontrolna lista\'!C8:C12,"Da")') == '=COUNTIF(\'Контролна листа\'!C8:C12,"Да")'


# ---------------------------------------------------------------- in the files

ALLOWED_TOKEN = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|[@#][\w.-]+"
    r"|[\w-]+(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{1,4}(?:/\S*)?)$")
FOREIGN = re.compile(r"[qwxyQWXYäöüßÄÖÜéèêëáàâíìîóòôúùûñç]")


def marked_words() -> set[str]:
    """Words the pages mark as another language, code and the names of links marked so: they stay Latin."""
    words = set()
    for entry in CONFIG:
        text = (ROOT / "docs" / "bs" / entry["page"]).read_text(encoding="utf-8")
        for phrase in re.findall(r"\*{1,2}([^*\n]+?)\*{1,2}\{:?\s*lang=", text):
            words.update(re.findall(r"[^\W\d_]+", phrase))
        for phrase in re.findall(r"\[([^\]]+)\]\([^)]*\)\{[^}]*lang=", text) + re.findall(r"`([^`]+)`", text):
            words.update(re.findall(r"[^\W\d_]+", phrase))
    return words


def latin_leftovers(text: str, allowed_words: set[str]) -> list[str]:
    leftovers = []
    for token in text.split():
        core = token.strip("()[]{}„“”\"'‘’«»,;:!?…").rstrip(".")
        if not LATIN_LETTER.search(core) or ALLOWED_TOKEN.match(core) or FOREIGN.search(core):
            continue
        for word in re.findall(r"[A-Za-zČĆĐŠŽčćđšž]+", core):
            if word not in allowed_words:
                leftovers.append(token)
    return leftovers


def cyrillic_file_texts(folder):
    for path in sorted(folder.glob("*-bs-cyrl.*")):
        if path.suffix == ".docx":
            document = Document(str(path))
            runs = [node.text or "" for node in document.element.body.iter(f"{{{W}}}t")]
            yield path.name, " ".join(runs)
        elif path.suffix in (".odt", ".ods"):
            body = odf_part(path, "content.xml").find(f"{{{ODF['office']}}}body")
            blocks = [odf_text(node) for node in body.iter(f"{{{ODF['text']}}}p", f"{{{ODF['text']}}}h")]
            yield path.name, " ".join(blocks)
        elif path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path)
            values = [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
                      if isinstance(cell.value, str) and not cell.value.startswith("=")]
            yield path.name, " ".join(values + book.sheetnames)


def test_no_latin_left_in_cyrillic_files_but_the_exceptions(files):
    allowed = set(WORDS["platforms"]) | set(WORDS["abbreviations"]) | set(WORDS["raci_letters"]) | marked_words()
    checked = 0
    for name, text in cyrillic_file_texts(files):
        checked += 1
        leftovers = latin_leftovers(text, allowed)
        assert not leftovers, f"{name}: Latin words that are no exception: {sorted(set(leftovers))[:10]}"
        assert len(CYRILLIC_LETTER.findall(text)) > 200, f"{name}: hardly any Cyrillic"
    assert checked == 2 * len(CONFIG), "every Cyrillic file was read"


def test_the_check_finds_a_latin_word_that_slipped_through():
    allowed = set(WORDS["platforms"])
    assert latin_leftovers("Члан 1. Facebook страница и stranica", allowed) == ["stranica"]
    assert latin_leftovers("адреса https://x.ba и info@x.gov.ba", allowed) == []


def test_zip_of_cyrillic_templates_holds_only_cyrillic_files(template_downloads):
    with zipfile.ZipFile(template_downloads / "templates-bs-cyrl.zip") as archive:
        names = archive.namelist()
    assert names and all(name.startswith("templates-bs-cyrl/") and "-bs-cyrl." in name for name in names)
    assert len(names) == 2 * len(CONFIG)
