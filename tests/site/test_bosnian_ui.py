"""Material ships no Bosnian interface; overrides/partials/languages/bs.html must have every key of
the installed Material's en.html, in Bosnian (not copied from the Croatian file)."""

import re
from pathlib import Path

import material

from helpers import ROOT

KEY = re.compile(r'^\s*"([a-z.]+)":\s*"(.*)",?$', re.M)
MATERIAL_LANGUAGES = Path(material.__file__).parent / "templates" / "partials" / "languages"
# Keys whose value is rightly the same in both languages (codes and search settings).
SAME_IN_BOTH = {"direction", "rss.created", "search.config.lang", "search.config.pipeline", "search.config.separator"}


def strings(path: Path) -> dict[str, str]:
    return dict(KEY.findall(path.read_text(encoding="utf-8")))


def test_bosnian_file_has_exactly_the_keys_of_material_english():
    english = strings(MATERIAL_LANGUAGES / "en.html")
    bosnian = strings(ROOT / "overrides" / "partials" / "languages" / "bs.html")
    assert len(english) > 40, "could not read Material's en.html"
    assert sorted(set(english) - set(bosnian)) == [], "keys missing in bs.html"
    assert sorted(set(bosnian) - set(english)) == [], "keys in bs.html that Material does not have"


def test_bosnian_strings_are_translated_and_bosnian():
    english = strings(MATERIAL_LANGUAGES / "en.html")
    bosnian = strings(ROOT / "overrides" / "partials" / "languages" / "bs.html")
    croatian = strings(MATERIAL_LANGUAGES / "hr.html")
    assert bosnian["language"] == "bs"
    untranslated = [k for k in english if k not in SAME_IN_BOTH | {"language"} and bosnian[k] == english[k]]
    assert untranslated == [], "left in English"
    copied = [k for k in bosnian if k not in SAME_IN_BOTH and bosnian[k] == croatian.get(k) and len(bosnian[k]) > 12]
    assert len(copied) < 5, f"too many strings identical to Material's Croatian file: {copied}"
    everything = " ".join(bosnian.values()).lower()
    for croatian_word in ("natrag", "suradnici", "tjedan"):
        assert croatian_word not in everything
