"""What the tests know about the kit's sources, read from the Markdown itself (not from the build's
code, which they test): decks, their slides and notes, and the handbook links on each slide."""

import re
import sys
import unicodedata
from pathlib import Path

import yaml

from helpers import LANGUAGES, ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from trainer_kit import layout  # noqa: E402 (the path above)

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
HANDBOOK_LINK = re.compile(r"\]\((?:\.\./)+docs/(?P<language>bs|en)/(?P<page>[^)#\s]+\.md)(?:#[^)\s]*)?\)")
COMMENT = re.compile(r"<!--(.*?)-->", re.S)
# <!-- _class: title --> is a Marp directive, not a note for the trainer.
DIRECTIVE = re.compile(r"^_?(class|paginate|header|footer|theme|style|size|backgroundColor|backgroundImage|color|transition|lang)\s*:[^\n]*$")


def sources(kind: str, language: str) -> list[Path]:
    return sorted((ROOT / kind / language).glob("*.md"))


def meta(path: Path) -> dict:
    return yaml.safe_load(FRONT_MATTER.match(path.read_text(encoding="utf-8"))[1])


def slides(path: Path) -> list[str]:
    """The Markdown of each slide: the body split at lines '---'."""
    body = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"), count=1)
    return re.split(r"\n---\n", "\n" + body + "\n")


def notes(slide: str) -> list[str]:
    return [text.strip() for text in COMMENT.findall(slide) if text.strip() and not DIRECTIVE.match(text.strip())]


def visible_text(markdown: str) -> str:
    """What a slide or handout shows: without comments (notes), link addresses and front matter."""
    text = FRONT_MATTER.sub("", markdown, count=1)
    text = COMMENT.sub(" ", text)
    return re.sub(r"\]\([^)]*\)", "] ", text)


def diacritic_words(text: str) -> set[str]:
    """Words with č ć đ š ž (any case), in composed form."""
    return {w for w in re.findall(r"\w+", unicodedata.normalize("NFC", text)) if re.search("[čćđšžČĆĐŠŽ]", w)}


def outputs(kind: str | None = None, language: str | None = None):
    return [o for o in layout.outputs() if (kind is None or o.kind == kind) and (language is None or o.language == language)]


__all__ = ["LANGUAGES", "layout"]
