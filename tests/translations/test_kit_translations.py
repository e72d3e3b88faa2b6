"""`make status` shows the translations of the trainer's slides and handouts (slides/, handouts/ next
to docs/), and `make translated PAGE=slides/...` stamps them like pages."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import translation_status as status  # noqa: E402

DECK = "---\ntitle: {title}\ndescription: x\ntype: slides\n{extra}---\n\n# {title}\n"


def write(path: Path, title: str, extra: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DECK.format(title=title, extra=extra), encoding="utf-8")
    return path


def project(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "bs" / "index.md", "Početna")
    write(docs / "en" / "index.md", "Home", f"source_hash: \"{status.blob_id(docs / 'bs' / 'index.md')}\"\n")
    return docs


def test_status_lists_slides_and_handouts_by_their_folder(tmp_path):
    docs = project(tmp_path)
    write(tmp_path / "slides" / "bs" / "01-uvod.md", "Uvod")
    write(tmp_path / "slides" / "en" / "01-uvod.md", "Intro")
    write(tmp_path / "handouts" / "bs" / "01-uvod.md", "Uvod")
    states = {entry.page: entry.state for entry in status.all_entries(docs)}
    assert states == {"index.md": "current", "slides/01-uvod.md": "untracked", "handouts/01-uvod.md": "missing"}
    table = status.table(status.all_entries(docs))
    assert "| `slides/01-uvod.md` | no source version recorded |" in table
    assert "| `handouts/01-uvod.md` | missing |" in table


def test_stamp_and_diff_take_a_kit_path(tmp_path):
    docs = project(tmp_path)
    source = write(tmp_path / "slides" / "bs" / "02-alati.md", "Alati")
    translation = write(tmp_path / "slides" / "en" / "02-alati.md", "Tools")
    for page in ("slides/02-alati.md", "slides/en/02-alati.md"):
        assert "translated from the current" in status.stamp(page, docs)
        assert f'source_hash: "{status.blob_id(source)}"' in translation.read_text(encoding="utf-8")
    entry = next(e for e in status.all_entries(docs) if e.page == "slides/02-alati.md")
    assert entry.state == "current"
    source.write_text(source.read_text(encoding="utf-8") + "\nNovi slajd.\n", encoding="utf-8")
    entry = next(e for e in status.all_entries(docs) if e.page == "slides/02-alati.md")
    assert entry.state == "outdated"
