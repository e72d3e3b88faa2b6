"""Draw the diagrams written in the pages as Graphviz DOT (```dot fences) into SVG when the site is built.

A diagram is text inside its Markdown page, so it is translated and reviewed like the rest of the
page. The reader's browser gets a finished SVG inside the HTML: no diagram library, no script, nothing
from a CDN (Material's own Mermaid support would load its library from unpkg.com).

Why Graphviz and not Mermaid: `dot` draws a diagram in a few hundredths of a second without a
browser, so `make serve` stays fast and the build needs no Node.js or Chromium; and its SVG carries
its colours in plain attributes, with no <style> element and no style="" attributes, so the site's
Content-Security-Policy (style-src 'self', hooks/content_security_policy.py) keeps working, the
site's stylesheet can recolour it for the dark scheme, and WeasyPrint draws it in the PDF. Mermaid's
SVG needs an inline <style> block and a headless Chromium for every drawing.

What an author writes (the graph's name is the diagram's title; `description` says in a sentence or
two what it shows; both in the page's language):

    ```dot
    digraph "Tok odobravanja objave" {
        description = "Autor piše nacrt, urednik ga provjerava, rukovodilac odobrava."
        nacrt [label="Autor piše nacrt"]
        nacrt -> provjera
    }
    ```

Each drawing is cached in .cache/diagrams/ under the hash of its source (and of this file), so a
diagram is drawn once per machine, not once per build or per language. A diagram Graphviz cannot
read stops the build with the file, the line in that file and Graphviz's own message; `make check`
reports the same (scripts/checks/diagrams.py).
"""

import hashlib
import html
import json
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "diagrams"
SVG_NS = "http://www.w3.org/2000/svg"
# Opening and closing lines of fenced code blocks (backticks or tildes, any indentation).
FENCE_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*?)[ \t]*$")
# Diagrams wider than this (px) may not fit a 360 px phone's column and scroll there.
MAY_SCROLL = 320
GRAPHVIZ_LINE = re.compile(r"\b(?:in )?line (\d+)")
# The house style, given to `dot` as defaults: an author writes only the steps and arrows. Light
# fill and dark lines also print well where the site's stylesheet does not apply (the PDF).
DEFAULTS = [
    "-Gfontname=DejaVu Sans", "-Gfontsize=14", "-Gbgcolor=transparent", "-Gpad=0.1",
    "-Granksep=0.3", "-Gnodesep=0.25", "-Glabeljust=l",
    "-Nfontname=DejaVu Sans", "-Nfontsize=14", "-Nshape=box", "-Nstyle=rounded,filled",
    "-Nfillcolor=#eef3f8", "-Ncolor=#1a4f7a", "-Nfontcolor=#1a1a1a", "-Nmargin=0.14,0.07",
    "-Efontname=DejaVu Sans", "-Efontsize=13", "-Ecolor=#3b4650", "-Efontcolor=#1a1a1a", "-Earrowsize=0.8",
]
FONTS = "DejaVu Sans, Verdana, sans-serif"
# Colours of the node classes an author may use, and of clusters, written into the SVG itself for
# where the site's stylesheet does not reach (the PDF); on the site, site.css sets both schemes.
PRINT_COLOURS = {
    "accent": ("#fbe9f1", "#a3195b"),
    "warning": ("#fff1de", "#a04a00"),
    "done": ("#e7f4e8", "#2e6b31"),
    "cluster": ("#f6f8fa", "#8795a3"),
}
# Part of the cache key: a new Graphviz default or a change to this file draws every diagram again.
VERSION = hashlib.sha256(Path(__file__).read_bytes() + "\0".join(DEFAULTS).encode()).hexdigest()[:12]


class DiagramError(Exception):
    """Graphviz could not draw a diagram, or its title or description is missing.

    `line` is the line inside the diagram's source (1 = the line after the opening fence), if known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class Fence:
    """A ```dot block in a page: where it is and what it says."""

    start: int  # index of the opening fence line (0-based) in the lines given to find_diagrams
    end: int  # index of the closing fence line
    indent: str
    source: str


@dataclass
class Drawing:
    """A drawn diagram: the SVG's inner markup (no ids yet), its size in px, title and description."""

    title: str
    description: str
    width: int
    height: int
    view_box: str
    body: str


def find_diagrams(lines: list[str]) -> list[Fence]:
    """Every ```dot fence in `lines`; fences shown inside other code blocks (```` examples) are skipped."""
    diagrams, open_fence = [], None
    for index, line in enumerate(lines):
        match = FENCE_LINE.match(line)
        if open_fence is None:
            if match:
                open_fence = (index, match["indent"], match["fence"], match["info"].split(" ")[0].lower())
            continue
        start, indent, fence, language = open_fence
        if match and not match["info"] and match["fence"][0] == fence[0] and len(match["fence"]) >= len(fence):
            if language == "dot":
                body = [text[len(indent):] if text.startswith(indent) else text.lstrip() for text in lines[start + 1 : index]]
                diagrams.append(Fence(start, index, indent, "\n".join(body) + "\n"))
            open_fence = None
    return diagrams


def cache_key(source: str) -> str:
    return hashlib.sha256(f"{VERSION}\n{source}".encode("utf-8")).hexdigest()


def draw(source: str, cache: Path = CACHE) -> Drawing:
    """The drawing of one diagram, from the cache when this exact source was drawn before."""
    cached = cache / f"{cache_key(source)}.json"
    if cached.is_file():
        return Drawing(**json.loads(cached.read_text(encoding="utf-8")))
    drawing = _run_graphviz(source)
    cache.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".tmp")
    partial.write_text(json.dumps(drawing.__dict__, ensure_ascii=False), encoding="utf-8")
    partial.replace(cached)  # whole files only, even when two builds draw at once
    return drawing


def _run_graphviz(source: str) -> Drawing:
    dot = shutil.which("dot")
    if dot is None:
        raise DiagramError(
            "Graphviz is not installed, so the diagram cannot be drawn. Install it "
            "(Debian or Ubuntu: sudo apt-get install graphviz; see the README's list of what the build needs)"
        )
    with tempfile.TemporaryDirectory() as folder:
        svg_file, json_file = Path(folder) / "diagram.svg", Path(folder) / "diagram.json"
        result = subprocess.run(
            [dot, *DEFAULTS, "-Tsvg", "-o", str(svg_file), "-Tjson0", "-o", str(json_file)],
            input=source, capture_output=True, text=True,
        )
        message = result.stderr.strip()
        if result.returncode != 0 or message:
            line = GRAPHVIZ_LINE.search(message)
            raise DiagramError(f"Graphviz says: {message or 'exit code ' + str(result.returncode)}",
                               int(line.group(1)) if line else None)
        graph = json.loads(json_file.read_text(encoding="utf-8"))
        svg = svg_file.read_text(encoding="utf-8")
    title = graph.get("name", "")
    description = " ".join(str(graph.get("description", "")).split())
    if not title or title.startswith("%"):
        raise DiagramError('the diagram has no title: name the graph in quotes, e.g. digraph "Tok odobravanja objave" {', 1)
    if not description:
        raise DiagramError('the diagram has no description: add a line description = "what the diagram shows, in a sentence or two"', 2)
    return _clean_svg(svg, title, description)


def _clean_svg(svg: str, title: str, description: str) -> Drawing:
    """Graphviz's SVG, kept to what a page needs: shapes, text and their classes. Ids (which would
    repeat with two diagrams on a page), the per-shape <title> tooltips and the background go."""
    ElementTree.register_namespace("", SVG_NS)
    root = ElementTree.fromstring(svg.encode("utf-8"))
    graph = root.find(f"{{{SVG_NS}}}g")
    for parent in graph.iter():
        for child in list(parent):
            if child.tag == f"{{{SVG_NS}}}title":
                parent.remove(child)
        parent.attrib.pop("id", None)
    background = graph.find(f"{{{SVG_NS}}}polygon")
    if background is not None and background.get("fill") == "transparent":
        graph.remove(background)
    for group in graph.iter(f"{{{SVG_NS}}}g"):
        classes = set(group.get("class", "").split())
        colours = next((PRINT_COLOURS[name] for name in ("accent", "warning", "done", "cluster") if name in classes), None)
        if colours and ("node" in classes or "cluster" in classes):
            for shape in group:
                if shape.tag in (f"{{{SVG_NS}}}path", f"{{{SVG_NS}}}polygon", f"{{{SVG_NS}}}ellipse"):
                    shape.set("fill", colours[0])
                    shape.set("stroke", colours[1])
    for text in graph.iter(f"{{{SVG_NS}}}text"):
        text.set("font-family", FONTS)  # Graphviz measured the text in DejaVu Sans; others are narrower
    body = ElementTree.tostring(graph, encoding="unicode").replace(f' xmlns="{SVG_NS}"', "")
    body = re.sub(r">\s+<", "><", body).strip()
    return Drawing(
        title=title,
        description=description,
        width=round(float(root.get("width").removesuffix("pt"))),
        height=round(float(root.get("height").removesuffix("pt"))),
        view_box=root.get("viewBox"),
        body=body,
    )


def figure_html(drawing: Drawing, number: int) -> str:
    """The <figure> for a page: the SVG named by its title and description, the title as caption.
    The SVG keeps its natural size: a diagram wider than the screen scrolls sideways in its box, so
    it is never squeezed until its text is unreadable; a box that may scroll on a phone takes the
    keyboard's focus, so the arrow keys can scroll it."""
    ident = f"diagram-{number}"
    title, description = html.escape(drawing.title), html.escape(drawing.description)
    focusable = f' tabindex="0" role="group" aria-labelledby="{ident}-caption"' if drawing.width > MAY_SCROLL else ""
    svg = (
        f'<svg xmlns="{SVG_NS}" role="img" aria-labelledby="{ident}-title" aria-describedby="{ident}-desc" '
        f'width="{drawing.width}" height="{drawing.height}" viewBox="{drawing.view_box}">'
        f'<title id="{ident}-title">{title}</title><desc id="{ident}-desc">{description}</desc>'
        f"{drawing.body}</svg>"
    )
    return (
        f'<figure class="diagram" id="{ident}">'
        f'<div class="diagram__box"{focusable}>{svg}</div>'
        f'<figcaption id="{ident}-caption">{title}</figcaption></figure>'
    )


def source_line(page_lines: list[str], fence: Fence, markdown_fences: list[Fence], position: int) -> int:
    """Line number (1-based) of a fence's opening line in the page's file, front matter included."""
    in_file = find_diagrams(page_lines)
    if len(in_file) == len(markdown_fences):
        return in_file[position].start + 1
    return fence.start + 1


def placeholder(number: int) -> str:
    return f"XDIAGRAMX{number}X"


_drawings: dict[str, dict[str, Drawing]] = {}


def on_page_markdown(markdown, page, config, files):
    lines = markdown.split("\n")
    fences = find_diagrams(lines)
    if not fences:
        return markdown
    path = Path(page.file.abs_src_path)
    file_lines = path.read_text(encoding="utf-8").splitlines()
    name = Path(config.docs_dir).name + "/" + page.file.src_uri
    drawings = {}
    for position, fence in enumerate(fences):
        try:
            drawings[placeholder(position + 1)] = draw(fence.source)
        except DiagramError as error:
            line = source_line(file_lines, fence, fences, position)
            where = f"{name}:{line + error.line}" if error.line else f"{name}:{line}"
            raise PluginError(f"{where}: the diagram cannot be drawn. {error.message}") from None
    _drawings[page.file.src_uri] = drawings
    for position, fence in reversed(list(enumerate(fences))):
        lines[fence.start : fence.end + 1] = ["", fence.indent + placeholder(position + 1), ""]
    return "\n".join(lines)


def on_page_content(html_text, page, config, files):
    drawings = _drawings.pop(page.file.src_uri, None)
    if not drawings:
        return html_text
    for number, (token, drawing) in enumerate(drawings.items(), start=1):
        html_text, count = re.subn(rf"<p>{token}</p>", lambda _: figure_html(drawing, number), html_text)
        if count != 1:
            raise PluginError(f"hooks/diagrams.py: the place of diagram {number} was lost in {page.file.src_uri}")
    return html_text
