"""Which files the kit has, what each is made from, and where it goes.

Sources: slides/<language>/<block>.md (one deck per block of the session plan), handouts/<language>/
<block>.md (one A4 page per block), and the questionnaire page docs/<language>/workshop/questionnaire.md.
Built files wait in build/kit/<language>/ until a site build takes them; on the site they are in each
language's workshop/kit/ folder, so the Bosnian deck 01-welcome is /workshop/kit/slides/01-welcome.html
and the English one /en/workshop/kit/slides/01-welcome.html. Pages link to them with ordinary relative
links (from docs/bs/workshop/trainer-kit.md: kit/slides/01-welcome.html)."""

import functools
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
BUILD = ROOT / "build" / "kit"
LANGUAGES = ("bs", "en")
SITE_FOLDER = "workshop/kit"  # inside each language's part of the site (and of docs/<language>/)

DECK_FORMATS = ("html", "pdf", "pptx")
HANDOUT_FORMATS = ("html", "pdf")
MAX_SLIDES = 25  # a block of at most 90 minutes needs no more

# The questionnaire page and the printable documents made from its sections (heading ids): the
# knowledge check is filled in twice (before and after the workshop), the feedback form once, and
# the answer key stays with the trainer.
QUESTIONNAIRE_PAGE = "workshop/questionnaire.md"
QUESTIONNAIRE_DOCUMENTS = {
    "knowledge-check": ("knowledge-check",),
    "feedback-form": ("feedback-form",),
    "answer-key": ("answer-key",),
}


@dataclass(frozen=True)
class Output:
    """One file of the kit in one language."""

    language: str
    kind: str  # "slides", "handouts" or "questionnaire"
    stem: str  # the block's file name without .md, or the questionnaire document's name
    format: str  # "html", "pdf" or "pptx"
    source: Path  # the Markdown it is made from

    @property
    def name(self) -> str:
        return f"{self.stem}.{self.format}"

    @property
    def site_path(self) -> str:
        """Path inside the language's part of the site: workshop/kit/slides/01-welcome.html."""
        return f"{SITE_FOLDER}/{self.kind}/{self.name}"

    @property
    def src_uri(self) -> str:
        """The address MkDocs knows it by, as if it were docs/<language>/<site_path>."""
        return f"{self.language}/{self.site_path}"

    @property
    def built(self) -> Path:
        return BUILD / self.language / self.kind / self.name

    @property
    def linked_as(self) -> Path:
        """Where a link from a page points: docs/<language>/workshop/kit/... (no file is there)."""
        return DOCS / self.language / self.site_path


def blocks(kind: str, language: str, root: Path = ROOT) -> list[Path]:
    """The Markdown files of slides/ or handouts/ in one language, in file-name order."""
    return sorted((root / kind / language).glob("*.md"))


def outputs(root: Path = ROOT) -> list[Output]:
    """Every file the kit has, from the sources present."""
    found = []
    for language in LANGUAGES:
        for source in blocks("slides", language, root):
            found += [Output(language, "slides", source.stem, fmt, source) for fmt in DECK_FORMATS]
        for source in blocks("handouts", language, root):
            found += [Output(language, "handouts", source.stem, fmt, source) for fmt in HANDOUT_FORMATS]
        page = root / "docs" / language / QUESTIONNAIRE_PAGE
        if page.is_file():
            found += [Output(language, "questionnaire", name, "pdf", page) for name in QUESTIONNAIRE_DOCUMENTS]
    return found


def is_output(path: Path) -> bool:
    """Whether a link's target (a path under docs/) is a file of the kit: the checks accept it
    although the file is only made by `make slides`."""
    return path.resolve() in _linked_targets()


@functools.cache
def _linked_targets() -> frozenset[Path]:
    return frozenset(output.linked_as for output in outputs())


# Words the kit prints itself, per language.
STRINGS = {
    "bs": {
        "handbook": "Društveni mediji u javnoj upravi",
        "footer": "Društveni mediji u javnoj upravi · Radionica",
        "licence": "Tekst je dostupan pod licencom CC BY 4.0.",
        "workshop": "Radionica",
        "handout": "Podsjetnik za učesnike",
        "questionnaire": "Upitnik",
    },
    "en": {
        "handbook": "Social Media in Public Administration",
        "footer": "Social Media in Public Administration · Workshop",
        "licence": "Text available under the CC BY 4.0 licence.",
        "workshop": "Workshop",
        "handout": "Participants' handout",
        "questionnaire": "Questionnaire",
    },
}
