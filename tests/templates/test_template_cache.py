"""`make downloads` makes a file only when what it is made from changed: its page (or the page's CSV)
in its language, the generator, the libraries. Otherwise the file comes from the cache."""

import json
import re

from test_template_errors import edit, generate, project


def made(result) -> tuple[int, int]:
    match = re.search(r"(\d+) files \((\d+) made, (\d+) from the cache\)", result.stdout)
    assert match, result.stdout + result.stderr
    return int(match[2]), int(match[3])


def test_a_second_run_makes_nothing_and_a_changed_page_remakes_only_its_language(tmp_path):
    page, config = project(tmp_path, "access-register")
    assert made(generate(tmp_path, config)) == (6, 0)
    first = (tmp_path / "out" / "files" / "access-register-bs-latn.xlsx").read_bytes()
    assert made(generate(tmp_path, config)) == (0, 6)
    assert (tmp_path / "out" / "files" / "access-register-bs-latn.xlsx").read_bytes() == first

    edit(page, "Registar pristupa je povjerljiv dokument.", "Registar pristupa je strogo povjerljiv dokument.")
    assert made(generate(tmp_path, config)) == (4, 2), "Latin and Cyrillic again, English from the cache"
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert sum(item["cached"] for item in manifest["files"]) == 2


def test_a_changed_csv_remakes_the_workbook(tmp_path):
    page, config = project(tmp_path, "content-calendar")
    assert made(generate(tmp_path, config)) == (6, 0)
    csv = page.with_suffix(".csv")
    csv.write_text(csv.read_text(encoding="utf-8").replace("Godina u slikama", "Godina u fotografijama"),
                   encoding="utf-8")
    assert made(generate(tmp_path, config)) == (4, 2)
