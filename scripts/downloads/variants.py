"""The language and script of each file: Bosnian in Latin and in Cyrillic, English once."""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .cyrillic import to_cyrillic

LABELS_FILE = Path(__file__).with_name("labels.yml")
# Words of labels.yml that go into the files themselves (and so into Cyrillic in the Cyrillic files).
IN_THE_FILES = ("handbook", "source_note", "keywords", "institution", "institution_field", "number_label", "number", "number_field", "date_label",
                "date", "date_field", "note", "field_prompt", "choice_error", "page", "confidential", "answer_yes", "answer_no", "weekdays",
                "total", "change", "statement", "true_today", "evidence", "area", "score", "meaning", "todo",
                "example_sheet", "answer", "question")


def _cyrillic(text: str) -> str:
    """Transliterated, except the {names} that str.format fills in."""
    return "".join(part if part.startswith("{") else to_cyrillic(part) for part in re.split(r"(\{\w+\})", text))


@dataclass(frozen=True)
class Variant:
    language: str  # bs, en
    script: str  # latn, cyrl

    @property
    def suffix(self) -> str:
        return self.language if self.language == "en" else f"{self.language}-{self.script}"

    @property
    def locale(self) -> str:
        return {"bs-latn": "bs-Latn-BA", "bs-cyrl": "bs-Cyrl-BA", "en": "en-GB"}[self.suffix]


VARIANTS = (Variant("bs", "latn"), Variant("bs", "cyrl"), Variant("en", "latn"))


@lru_cache(maxsize=None)
def all_labels() -> dict:
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def variant_labels(language: str, script: str) -> dict:
    labels = dict(all_labels()[language])
    labels["locale"] = Variant(language, script).locale
    if script == "cyrl":
        for key in IN_THE_FILES:
            value = labels[key]
            labels[key] = [_cyrillic(item) for item in value] if isinstance(value, list) else _cyrillic(value)
    return labels
