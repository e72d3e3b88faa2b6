"""A template the generator cannot render stops `make downloads` with the file, the line and what to
change, never with a Python traceback. Each case breaks a copy of a real page in its own way."""

import shutil
import subprocess
import sys

import pytest
import yaml

from helpers import ROOT

ENTRIES = {
    "house-rules": {"slug": "house-rules", "page": "strategy/house-rules.md",
                    "document": {"sections": ["moderation-guide", "moderation-log"]}},
    "access-register": {"slug": "access-register", "page": "strategy/account-security.md",
                        "workbook": "access_register"},
    "content-calendar": {"slug": "content-calendar", "page": "content/content-calendar.md",
                         "workbook": "content_calendar", "drop_downs": [4, 5, 13]},
}


def project(tmp_path, slug, entry=None):
    """A copy of one template page in both languages (with its CSV) and a list naming only it."""
    entry = entry or ENTRIES[slug]
    for language in ("bs", "en"):
        source = ROOT / "docs" / language / entry["page"]
        target = tmp_path / "docs" / language / entry["page"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if source.with_suffix(".csv").is_file():
            shutil.copyfile(source.with_suffix(".csv"), target.with_suffix(".csv"))
    config = tmp_path / "templates.yml"
    config.write_text(yaml.safe_dump([entry], allow_unicode=True), encoding="utf-8")
    return tmp_path / "docs" / "bs" / entry["page"], config


def generate(tmp_path, config):
    command = [sys.executable, str(ROOT / "scripts" / "build_downloads.py"), "--config", str(config),
               "--docs", str(tmp_path / "docs"), "--out", str(tmp_path / "out"),
               "--cache", str(tmp_path / "cache"), "--jobs", "1", "--quiet"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the page no longer has {old!r}: update this test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path, needle) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
                if needle in line)


def assert_reported(result, where: str, problem: str):
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert f"{where}: " in result.stderr and problem in result.stderr, result.stderr
    assert "How to fix:" in result.stderr, result.stderr


def test_a_box_inside_a_template_section(tmp_path):
    page, config = project(tmp_path, "house-rules")
    edit(page, "Pravila za odluku:\n", 'Pravila za odluku:\n\n!!! tip "Savjet"\n\n    Pitajte odobravaoca.\n')
    result = generate(tmp_path, config)
    assert_reported(result, f"{page}:{line_of(page, '!!! tip')}", "a box (!!!) cannot go into the office file")


def test_a_table_row_with_a_cell_missing(tmp_path):
    page, config = project(tmp_path, "house-rules")
    edit(page, "| Uvrede, psovke, spam, reklame | Sakriti ili obrisati | moderator | da |",
         "| Uvrede, psovke, spam, reklame | Sakriti ili obrisati | moderator |")
    result = generate(tmp_path, config)
    assert_reported(result, f"{page}:{line_of(page, '| Uvrede, psovke')}", "this table row has 3 cells, the header has 4")


def test_a_section_that_does_not_exist(tmp_path):
    entry = {**ENTRIES["house-rules"], "document": {"sections": ["moderation-guide", "no-such-section"]}}
    page, config = project(tmp_path, "house-rules", entry)
    result = generate(tmp_path, config)
    assert_reported(result, str(page), "there is no heading with the id #no-such-section")


def test_a_page_without_the_download_box(tmp_path):
    page, config = project(tmp_path, "access-register")
    edit(page, "<!-- downloads -->\n", "")
    result = generate(tmp_path, config)
    assert_reported(result, str(page), "no <!-- downloads --> line")


def test_a_register_whose_table_is_gone(tmp_path):
    page, config = project(tmp_path, "access-register")
    text = page.read_text(encoding="utf-8")
    start = text.index("| Profil | Osobe s pristupom")
    end = text.index("\n\n", start)
    page.write_text(text[:start] + "Tabelu dodajte ovdje." + text[end:], encoding="utf-8")
    result = generate(tmp_path, config)
    assert_reported(result, f"{page}:{line_of(page, '## Registar pristupa')}", "should have the register")


def test_a_drop_down_column_whose_choices_are_gone(tmp_path):
    page, config = project(tmp_path, "content-calendar")
    edit(page, "| Status | [nacrt, u pripremi, planirano, odobreno, objavljeno] |", "| Status | [status] |")
    result = generate(tmp_path, config)
    assert_reported(result, f"{page}:{line_of(page, '| Status | [status]')}", "lists no choices")


def test_a_csv_row_with_a_value_missing(tmp_path):
    page, config = project(tmp_path, "content-calendar")
    data = page.with_suffix(".csv")
    lines = data.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3].rsplit(",", 1)[0]
    data.write_text("\n".join(lines), encoding="utf-8")
    result = generate(tmp_path, config)
    assert_reported(result, f"{data}:4", "this row has 12 values, the header has 13")


def test_a_list_of_templates_that_is_not_yaml(tmp_path):
    _, config = project(tmp_path, "access-register")
    config.write_text("- slug: access-register\n  page: [strategy/account-security.md\n", encoding="utf-8")
    result = generate(tmp_path, config)
    assert_reported(result, f"{config}:3", "not valid YAML")


@pytest.mark.parametrize("broken,problem", [
    ("```mermaid\ngraph TD; A-->B\n```\n", "a Mermaid diagram"),
    ("=== \"Facebook\"\n\n    Tekst.\n", "content tabs (===)"),
    ("![Snimak ekrana](slika.png)\n", "an image"),
    ("<div>Tekst</div>\n", "an HTML block"),
    ("| nije | tabela |\n", "a line starts with | but is not a table"),
])
def test_other_blocks_an_office_file_cannot_hold(tmp_path, broken, problem):
    page, config = project(tmp_path, "house-rules")
    edit(page, "Pravila za odluku:\n", f"Pravila za odluku:\n\n{broken}")
    result = generate(tmp_path, config)
    first_line = broken.split("\n")[0]
    assert_reported(result, f"{page}:{line_of(page, first_line)}", problem)
