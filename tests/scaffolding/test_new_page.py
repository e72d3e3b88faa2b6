"""`make new-page` creates both languages (the other as a stub), fills the front matter and adds the
menu entry; the result passes the content checks and builds."""

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import new_page  # noqa: E402
from check_content import run_checks  # noqa: E402
from helpers import ROOT  # noqa: E402

TITLES = {"bs": "Vježbe kriznog komuniciranja", "en": "Crisis communication drills"}


@pytest.fixture
def project(tmp_path):
    """A copy of the project's configuration and pages, to add a page to."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    return tmp_path


def test_creates_both_languages_and_menu_entry(project):
    created = new_page.create("community", "crisis-drills", "training", TITLES, root=project, today=datetime.date(2026, 11, 26))
    bosnian, english = (project / "docs" / lang / "community" / "crisis-drills.md" for lang in ("bs", "en"))
    assert created == [bosnian, english]
    assert 'title: "Vježbe kriznog komuniciranja"' in bosnian.read_text()
    assert "review_by: 2027-11-26" in bosnian.read_text() and "translation_stub" not in bosnian.read_text()
    assert "translation_stub: true" in english.read_text() and "# Crisis communication drills" in english.read_text()
    menu = (project / "mkdocs.yml").read_text().splitlines()
    position = menu.index("      - community/crisis-drills.md")
    assert menu[position - 1].startswith("      - community/")


def test_new_page_passes_the_checks_except_its_unwritten_description(project):
    new_page.create("tools", "new-tool", "tool-guide", TITLES, root=project)
    rules = ["front-matter", "translations", "links", "images", "embedded-content", "file-names", "markdown-style"]
    problems = [p for p in run_checks(project / "docs", only=rules) if "new-tool" in str(p.path)]
    # the trainer must still write the description: the check says so, for both languages
    assert sorted(p.message for p in problems) == ["the description is still the template's placeholder"] * 2


@pytest.mark.parametrize("section, slug, kind, message", [
    ("nowhere", "x", "training", "unknown section 'nowhere'"),
    ("tools", "Novi Alat", "training", "not a valid file name"),
    ("tools", "x", "poem", "unknown kind 'poem'"),
    ("tools", "since-2016", "training", "already exists"),
])
def test_refuses_bad_input_clearly(project, section, slug, kind, message):
    with pytest.raises(new_page.Refusal, match=message):
        new_page.create(section, slug, kind, TITLES, root=project)


def test_command_line_without_terminal_names_the_missing_option():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "new_page.py"), "--section", "tools"],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert "No page was created: missing --slug" in result.stdout and "Traceback" not in result.stderr


def test_titles_with_quotes_and_colons_and_leap_day(project):
    titles = {"bs": 'Pravila: "kućni red"', "en": 'House rules: "netiquette"'}
    new_page.create("strategy", "quoted", "training", titles, root=project, today=datetime.date(2028, 2, 29))
    problems = run_checks(project / "docs", only=["front-matter"])
    placeholders = [p for p in problems if "quoted" in str(p.path)]
    assert all("placeholder" in p.message for p in placeholders) and len(placeholders) == 2
    assert "review_by: 2029-02-28" in (project / "docs/bs/strategy/quoted.md").read_text()
