"""A tiny, clean docs tree in both languages that each test breaks in one way (the `docs` fixture),
and helpers to break it and read the messages a trainer would see."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from check_content import run_checks  # noqa: E402

FRONT = "---\ntitle: {title}\ndescription: {description}\ntype: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n"
CLEAN = {
    "bs/index.md": FRONT.format(title="Početna", description="Kratak opis stranice.")
    + "# Početna\n\nPogledajte [ciljeve](strategy/goals.md#checklist) i [sliku](#slika).\n\n## Slika { #slika }\n\n"
    "![Grafikon broja pratilaca](chart.png)\n",
    "en/index.md": FRONT.format(title="Home", description="A short description of the page.")
    + "# Home\n\nSee the [objectives](strategy/goals.md#checklist) and the [picture](#picture).\n\n## Picture { #picture }\n\n"
    "![Chart of the number of followers](chart.png)\n",
    "bs/strategy/goals.md": FRONT.format(title="Ciljevi", description="Kako postaviti ciljeve.")
    + "# Ciljevi\n\nTekst o ciljevima institucije.\n\n## Kontrolna lista { #checklist }\n\n- [ ] Prvi korak\n",
    "en/strategy/goals.md": FRONT.format(title="Objectives", description="How to set objectives.")
    + "# Objectives\n\nText about the institution's objectives.\n\n## Checklist { #checklist }\n\n- [ ] First step\n",
}

MENU = "site_name: !ENV [NAME, Test]\nnav:\n  - index.md\n  - Strategy:\n      - strategy/goals.md\n"


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    for relative, text in CLEAN.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for language in ("bs", "en"):
        (folder / language / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "mkdocs.yml").write_text(MENU, encoding="utf-8")
    return folder


def write(docs: Path, relative: str, text: str) -> Path:
    path = docs / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def replace(docs: Path, relative: str, old: str, new: str) -> None:
    path = docs / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {relative}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def messages(docs: Path, rule: str) -> list[str]:
    """The rendered problems of one rule, as a trainer reads them."""
    return [p.render(docs.parent) for p in run_checks(docs, only=[rule])]
