"""`make new-page` writes the page in the language written first and a translation stub (front matter
only) in the other, fills the front matter and adds the menu entry, in a terminal (questions) and
without one (make variables). The new pair then fails `make check` only on what the trainer must
still write, each reported once."""

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import new_page  # noqa: E402
from check_content import run_checks  # noqa: E402
from helpers import ROOT  # noqa: E402

TITLES = {"bs": "Vježba kriznog komuniciranja", "en": "Crisis communication drill"}


@pytest.fixture
def project(tmp_path):
    """A copy of the project's pages, menu, scripts and Makefile, to add a page to."""
    for name in ("mkdocs.yml", "Makefile", ".rumdl.toml", "requirements.txt", "requirements-dev.txt"):
        shutil.copy2(ROOT / name, tmp_path / name)
    for folder in ("docs", "scripts", "spelling"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def own_problems(project, slug):
    return [p.render(project) for p in run_checks(project / "docs") if slug in str(p.path)]


def test_creates_the_page_a_stub_and_the_menu_entry(project):
    created = new_page.create("community", "crisis-drill", "training", TITLES, root=project, today=datetime.date(2026, 11, 26))
    bosnian, english = (project / "docs" / lang / "community" / "crisis-drill.md" for lang in ("bs", "en"))
    assert created == [bosnian, english]
    assert 'title: "Vježba kriznog komuniciranja"' in bosnian.read_text()
    assert "review_by: 2027-11-26" in bosnian.read_text() and "translation_stub" not in bosnian.read_text()
    assert english.read_text() == '---\ntitle: "Crisis communication drill"\ntranslation_stub: true\n---\n'
    menu = (project / "mkdocs.yml").read_text().splitlines()
    position = menu.index("      - community/crisis-drill.md")
    assert menu[position - 1].startswith("      - community/")


@pytest.mark.needs("hunspell")
@pytest.mark.parametrize("first, kind", [("bs", "training"), ("en", "case-study"), ("bs", "tool-guide")])
def test_the_new_pair_fails_the_check_only_on_what_the_trainer_must_write(project, first, kind):
    new_page.create("tools", "new-tool", kind, TITLES, first=first, root=project)
    found = own_problems(project, "new-tool")
    assert len(found) == 2, found
    description, placeholders = sorted(found, key=lambda m: "description" not in m)
    assert description.startswith(f"docs/{first}/tools/new-tool.md:3: the description is still the template's placeholder")
    assert f"docs/{first}/tools/new-tool.md:" in placeholders and "are still the page template's [placeholders]" in placeholders


@pytest.mark.needs("hunspell")
def test_once_written_the_new_pair_passes_every_check(project):
    new_page.create("tools", "new-tool", "training", TITLES, root=project)
    page = project / "docs" / "bs" / "tools" / "new-tool.md"
    written = ('---\ntitle: "Vježba kriznog komuniciranja"\ndescription: "Kako uvježbati prvi sat krize."\n'
               "type: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n"
               "# Vježba kriznog komuniciranja\n\nVježbu organizujte dvaput godišnje, s cijelim timom.\n")
    page.write_text(written, encoding="utf-8")
    assert own_problems(project, "new-tool") == []


@pytest.mark.parametrize("section, slug, kind, message", [
    ("nowhere", "x", "training", "unknown section 'nowhere'"),
    ("tools", "Novi Alat", "training", "not a valid file name"),
    ("tools", "x", "poem", "unknown kind 'poem'"),
    ("tools", "since-2016", "training", "already exists"),
])
def test_refuses_bad_input_clearly(project, section, slug, kind, message):
    with pytest.raises(new_page.Refusal, match=message):
        new_page.create(section, slug, kind, TITLES, root=project)


def make_new_page(project, *variables, stdin=subprocess.DEVNULL):
    """`make new-page` in the copy, with this project's installed tools."""
    venv = ROOT / ".venv"
    installed = ["-o", f"{venv}/bin/.site-installed", "-o", f"{venv}/bin/.dev-installed"]  # the tools are already there
    command = ["make", "--no-print-directory", "-C", str(project), *installed, "new-page", f"VENV={venv}", *variables]
    return subprocess.run(command, capture_output=True, text=True, stdin=stdin,
                          env={**os.environ, "SECTION": "", "SLUG": "", "TITLE_BS": "", "TITLE_EN": ""})


def test_make_without_a_terminal_takes_make_variables_and_first_en(project):
    result = make_new_page(project, "SECTION=community", "SLUG=crisis-drill", "KIND=training",
                           'TITLE_BS=Vježba: "krizni sat"', "TITLE_EN=Crisis drill: the first hour", "FIRST=en")
    assert result.returncode == 0, result.stdout + result.stderr
    english = (project / "docs/en/community/crisis-drill.md").read_text()
    bosnian = (project / "docs/bs/community/crisis-drill.md").read_text()
    assert 'title: "Crisis drill: the first hour"' in english and "## How to do it" in english
    assert bosnian == '---\ntitle: "Vježba: \\"krizni sat\\""\ntranslation_stub: true\n---\n'


def test_make_without_a_terminal_names_the_missing_make_variables(project):
    result = make_new_page(project, "SECTION=tools")
    assert result.returncode != 0 and "Traceback" not in result.stdout + result.stderr
    assert "No page was created: missing SLUG, KIND, TITLE_BS, TITLE_EN." in result.stdout
    assert "make new-page SECTION=community SLUG=crisis-drill KIND=training" in result.stdout and "FIRST=en" in result.stdout
    assert not (project / "docs/bs/tools").joinpath("x.md").exists()


def test_in_a_terminal_it_asks(project):
    """The questions are answered through a pseudo-terminal, as a trainer types them."""
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, str(project / "scripts" / "new_page.py")],
                               stdin=terminal, stdout=terminal, stderr=terminal, cwd=project)
    os.close(terminal)
    os.write(controller, "community\ncrisis-drill\ntraining\nVježba kriznog komuniciranja\nCrisis drill\nen\n".encode())
    output = b""
    while True:
        try:
            chunk = os.read(controller, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=30)
    text = output.decode(errors="replace")
    assert process.returncode == 0, text
    assert "Section (folder), one of:" in text and "Which language do you write first" in text
    assert "## How to do it" in (project / "docs/en/community/crisis-drill.md").read_text()
    assert "translation_stub: true" in (project / "docs/bs/community/crisis-drill.md").read_text()


def test_titles_with_quotes_and_colons_and_leap_day(project):
    titles = {"bs": 'Pravila: "kućni red"', "en": 'House rules: "netiquette"'}
    new_page.create("strategy", "quoted", "training", titles, root=project, today=datetime.date(2028, 2, 29))
    problems = [p for p in run_checks(project / "docs", only=["front-matter"]) if "quoted" in str(p.path)]
    assert [p.message for p in problems] == ["the description is still the template's placeholder"]
    assert "review_by: 2029-02-28" in (project / "docs/bs/strategy/quoted.md").read_text()
