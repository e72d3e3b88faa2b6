"""Bosnian text from Latin into Cyrillic script, with cyrtranslit doing the letters and
latin_words.yml saying what stays in Latin."""

import re
from functools import lru_cache
from pathlib import Path

import cyrtranslit
import yaml

WORDS_FILE = Path(__file__).with_name("latin_words.yml")

# Whole tokens (between spaces) that stay in Latin whatever letters they have.
URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.I)
EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")
DOMAIN_OR_FILE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{1,4}(?:/\S*)?$")
HANDLE_OR_HASHTAG = re.compile(r"^[@#][\w.-]+$")
# Letters that Bosnian Latin does not have: a word with one of them is a foreign name.
FOREIGN_LETTER = re.compile(r"[qwxyQWXYäöüßÄÖÜéèêëáàâíìîóòôúùûñçåøæ]")
EDGE_PUNCTUATION = "()[]{}„“”\"'‘’«»,;:!?…"
LETTERS = re.compile(r"[^\W\d_]+")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@lru_cache(maxsize=1)
def word_lists() -> dict:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    splits = []
    for entry in data.get("split_digraphs", []):
        before, after = entry.split("|")
        splits.append((before + after, len(before)))
    return {
        "keep": set(data.get("platforms", [])) | set(data.get("abbreviations", [])),
        "raci": set(data.get("raci_letters", [])),
        "splits": splits,
        "spellings": data.get("cyrillic_spellings", {}),
    }


def core_of(token: str) -> str:
    return token.strip(EDGE_PUNCTUATION).rstrip(".")


def stays_latin(token: str) -> bool:
    """True for a whole token (no spaces) that the Cyrillic text keeps in Latin."""
    core = core_of(token)
    if not core or not LETTERS.search(core):
        return False
    if URL.match(core) or EMAIL.match(core) or HANDLE_OR_HASHTAG.match(core):
        return True
    if DOMAIN_OR_FILE.match(core) and not core.replace(".", "").isdigit():
        return True
    spellings = word_lists()["spellings"]
    if any(FOREIGN_LETTER.search(run) and run.lower() not in spellings for run in LETTERS.findall(core)):
        return True
    return core in word_lists()["keep"]


def _letters(word: str) -> str:
    """One run of letters into Cyrillic: upper-case digraphs (NJ in KORIŠTENJU) and the listed
    words whose lj/nj/dž are two letters get the cases cyrtranslit does not know."""
    for whole, cut in word_lists()["splits"]:
        position = word.lower().find(whole)
        if position >= 0:
            split_at = position + cut
            return _letters(word[:split_at]) + _letters(word[split_at:])
    word = re.sub(r"(?<=[LN])J", "j", word)
    word = word.replace("DŽ", "Dž")
    return cyrtranslit.to_cyrillic(word, "sr")


def word_to_cyrillic(token: str) -> str:
    """A token without spaces: kept if it stays Latin, else its letter runs are transliterated,
    each run that is a listed name or abbreviation (Facebook-stranica) kept."""
    if stays_latin(token):
        return token
    return LETTERS.sub(lambda match: _run(match[0]), token)


def _run(letters: str) -> str:
    lists = word_lists()
    if letters in lists["keep"]:
        return letters
    spelled = lists["spellings"].get(letters.lower())
    if spelled:
        return spelled.upper() if letters.isupper() and len(letters) > 1 else (
            spelled[0].upper() + spelled[1:] if letters[0].isupper() else spelled)
    return _letters(letters)


def to_cyrillic(text: str) -> str:
    """Running text: each space-separated token on its own."""
    return re.sub(r"\S+", lambda match: word_to_cyrillic(match[0]), text)


def is_raci_letter(text: str) -> bool:
    return text.strip() in word_lists()["raci"]


def to_cyrillic_marked(text: str, start: str = "\ue000", end: str = "\ue001") -> str:
    """Text from source.strip_markdown: the parts it marked as another language stay as they are."""
    parts = re.split(f"({start}[^{end}]*{end})", text)
    return "".join(part[1:-1] if part.startswith(start) else to_cyrillic(part) for part in parts)


def formula_to_cyrillic(formula: str) -> str:
    """A spreadsheet formula: only its "texts" and 'sheet names' change script, never IF or B5."""
    return re.sub(r'("(?:[^"]|"")*"|\'(?:[^\']|\'\')*\')', lambda match: to_cyrillic_marked(match[0]), formula)
