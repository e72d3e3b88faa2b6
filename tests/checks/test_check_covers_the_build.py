"""Everything the strict build refuses for a reason in the content, `make check` reports first, with the
file and the fix: a small project full of such mistakes is built with the real configuration, and
every warning of the build must match a problem `make check` found."""

import os
import re
import subprocess
import sys

import pytest

from check_tree import run_checks
from conftest import write_fixture_project

FRONT = "---\ntitle: {title}\ndescription: {title}.\ntype: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n# {title}\n\n"
MISTAKES = ("[Rules](rules.md), [nothing](missing-page.md), [anchor](rules.md#no-such-heading), [absolute](/rules/), "
            "[other language](../{other}/rules.md), [outside](../../README.md), ![Chart](no-such-image.png), "
            "[script](javascript:void)\n")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mistakes")
    pages = {}
    for language, other in (("bs", "en"), ("en", "bs")):
        pages[f"{language}/index.md"] = FRONT.format(title="Home") + "Text. " + MISTAKES.format(other=other)
        pages[f"{language}/rules.md"] = FRONT.format(title="Rules") + "Text of the rules.\n"
        pages[f"{language}/not-in-menu.md"] = FRONT.format(title="Extra") + "Extra text.\n"
    pages["bs/only-bosnian.md"] = FRONT.format(title="Only") + "Only in Bosnian.\n"
    config = write_fixture_project(folder, pages, nav=("index.md", "rules.md", "only-bosnian.md", "no-such-page.md"))
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(folder / "site")],
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    problems = [p.render(folder) for p in run_checks(folder / "docs")]
    return build, problems


def build_warnings(output: str) -> list[str]:
    """Each WARNING of the build with its continuation lines (the list of pages missing from the menu)."""
    return [block.strip() for block in re.split(r"^(?=[A-Z]+ +- )", output, flags=re.M) if block.startswith("WARNING")]


def test_the_build_refuses_the_project(project):
    build, _ = project
    assert build.returncode != 0
    assert len(build_warnings(build.stderr)) >= 14, build.stderr


def test_every_refusal_of_the_build_is_reported_by_make_check(project):
    build, problems = project
    report = "\n".join(problems)
    for warning in build_warnings(build.stderr):
        listed = re.findall(r"^\s+- (\S+)$", warning, flags=re.M)  # pages missing from the menu
        if listed:
            names = [name.split("/", 1)[1] for name in listed]
        else:
            quoted = re.findall(r"'([^']+)'", warning)
            names = [quoted[1] if warning.startswith("WARNING -  Doc file") else quoted[0]]
        assert any(name in report for name in names), f"make check says nothing about:\n{warning}\n\nIt reported:\n{report}"


def test_make_check_also_reports_what_the_build_lets_through(project):
    _, problems = project
    assert any("a reader cannot follow the link 'javascript:void'" in problem for problem in problems)
