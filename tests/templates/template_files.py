"""What the template-download tests share: the files of one `make downloads` run (the session's
template_downloads fixture in tests/conftest.py), the generator's list of templates, and ways to read
each format with its own library. (Not a conftest.py: tests import `conftest` by name, and a second
one would hide the first.)"""

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from lxml import etree

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

CONFIG = yaml.safe_load((ROOT / "scripts" / "downloads" / "templates.yml").read_text(encoding="utf-8"))
VARIANTS = ("bs-latn", "bs-cyrl", "en")
DOCUMENT_SLUGS = [entry["slug"] for entry in CONFIG if "document" in entry]
WORKBOOK_SLUGS = [entry["slug"] for entry in CONFIG if "workbook" in entry]
ENTRIES = {entry["slug"]: entry for entry in CONFIG}
LATIN_LETTER = re.compile(r"[A-Za-zČĆĐŠŽčćđšž]")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}


@pytest.fixture(scope="session")
def manifest(template_downloads) -> dict:
    return json.loads((template_downloads / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def files(template_downloads) -> Path:
    return template_downloads / "files"


def odf_part(path: Path, part: str):
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def odf_text(element) -> str:
    return "".join(element.itertext())


def variants_of(slugs, formats):
    return [pytest.param(slug, variant, kind, id=f"{slug}-{variant}.{kind}")
            for slug in slugs for variant in VARIANTS for kind in formats]
