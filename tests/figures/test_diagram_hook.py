"""hooks/diagrams.py and hooks/example_posts.py on their own: finding ```dot blocks, drawing each
source once (the cache), the SVG a page gets, and a build that stops with the file, the line and the
renderer's message when a diagram or an example post is broken."""

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, write_fixture_project
from helpers import load_module

diagrams = load_module("hooks/diagrams.py")

SOURCE = '''digraph "Tok objave" {
    description = "Urednik piše nacrt, a odobravalac ga odobrava."
    nacrt [label="Nacrt"]
    odobrenje [label="Odobrenje dugog naziva koji ne stane u jedan red na telefonu" class="accent"]
    nacrt -> odobrenje
}
'''
FRONT = "---\ntitle: {title}\ndescription: Opis.\ntype: training\nlast_reviewed: 2026-11-26\nreview_by: 2027-11-26\n---\n\n"


pytestmark = pytest.mark.needs("graphviz")


def test_finds_diagrams_but_not_examples_of_them():
    lines = ["Tekst", "```dot", *SOURCE.splitlines(), "```", "", "````markdown", "```dot", "digraph {}", "```", "````",
             "!!! note", "", "    ```dot", *("    " + line for line in SOURCE.splitlines()), "    ```"]
    found = diagrams.find_diagrams(lines)
    assert [(fence.start, fence.indent) for fence in found] == [(1, ""), (len(SOURCE.splitlines()) + 11, "    ")]
    assert found[0].source == found[1].source == SOURCE


def test_each_source_is_drawn_once_then_read_from_the_cache(tmp_path, monkeypatch):
    first = diagrams.draw(SOURCE, tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 1

    def no_graphviz(*args, **kwargs):
        raise AssertionError("Graphviz ran again for a source it had drawn")

    monkeypatch.setattr(subprocess, "run", no_graphviz)
    assert diagrams.draw(SOURCE, tmp_path) == first
    with pytest.raises(AssertionError):
        diagrams.draw(SOURCE.replace("Nacrt", "Prijedlog"), tmp_path)  # a new source is drawn again


def test_the_svg_is_named_by_its_title_and_description_and_needs_no_inline_style(tmp_path):
    drawing = diagrams.draw(SOURCE, tmp_path)
    html = diagrams.figure_html(drawing, 3)
    figure = BeautifulSoup(html, "html.parser").figure
    svg = figure.svg
    assert svg["role"] == "img"
    assert svg.find(id=svg["aria-labelledby"]).name == "title"
    assert svg.find(id=svg["aria-labelledby"]).text == "Tok objave"
    assert svg.find(id=svg["aria-describedby"]).name == "desc"
    assert svg.find(id=svg["aria-describedby"]).text == "Urednik piše nacrt, a odobravalac ga odobrava."
    assert figure.figcaption.text == "Tok objave"
    # one <title> only (Graphviz's per-shape tooltips are gone), ids only where the hook put them
    assert len(svg.find_all("title")) == 1
    assert figure["id"] == "diagram-3"
    assert sorted(tag["id"] for tag in figure.find_all(id=True)) == ["diagram-3-caption", "diagram-3-desc", "diagram-3-title"]
    # nothing the Content-Security-Policy (style-src 'self') would block
    assert figure.find("style") is None and figure.find(style=True) is None
    assert [text.string for text in svg.find_all("text")][:1] == ["Nacrt"]
    # wider than a phone's column: its box takes the keyboard's focus, so it can be scrolled
    assert drawing.width > diagrams.MAY_SCROLL and figure.find(class_="diagram__box")["tabindex"] == "0"


def test_graphviz_errors_give_the_line_inside_the_diagram(tmp_path):
    with pytest.raises(diagrams.DiagramError) as error:
        diagrams.draw(SOURCE.replace("nacrt -> odobrenje", "nacrt -> ;"), tmp_path)
    assert error.value.line == 5 and "syntax error" in error.value.message


BROKEN = {
    "diagram": ("```dot\n" + SOURCE.replace("nacrt -> odobrenje", "nacrt -> ;") + "```\n", 5, "syntax error in line 5"),
    "post": ("/// post | Dobar primjer\n    name: Agencija\n    date: 1. 12. 2026.\n\nTekst.\n///\n", 0, 'the post has no "why:" option'),
}


@pytest.mark.parametrize("kind", BROKEN)
def test_a_broken_figure_stops_the_build_with_file_line_and_message(tmp_path, kind):
    text, offset, message = BROKEN[kind]
    body = "# Početna\n\nUvod.\n\n" + text
    pages = {"bs/index.md": FRONT.format(title="Početna") + body, "en/index.md": FRONT.format(title="Home") + "# Home\n\nText.\n"}
    config = write_fixture_project(tmp_path, pages)
    start = (FRONT.format(title="Početna") + body).splitlines().index(text.splitlines()[0]) + 1
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(tmp_path / "site")],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"docs/bs/index.md:{start + offset}:" in output and message in output, output[-2000:]
    assert "Traceback" not in output
