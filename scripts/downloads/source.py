"""Read a template page the way its writers see it: lines with their numbers, sections by heading id,
pipe tables as rows of cells. Everything the generator cannot turn into an office file is reported
as a TemplateError naming the file, the line and what to change."""

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CONFIG_NAME = "scripts/downloads/templates.yml"

HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{\s*#([\w-]+)\s*\})?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")

# Blocks the site renders but an office file cannot carry, with the change that makes them fit.
UNSUPPORTED = [
    (re.compile(r"^\s*(!!!|\?\?\?\+?)\s"), "a box ({marker})",
     "move the box out of the sections listed for this template in " + CONFIG_NAME
     + ", or write its text as an ordinary paragraph"),
    (re.compile(r"^\s*===\s"), "content tabs (===)",
     "write each tab as a section with its own ### heading"),
    (re.compile(r"^\s*(```|~~~)\s*mermaid"), "a Mermaid diagram",
     "leave the diagram out of the template sections (see " + CONFIG_NAME + ")"),
    (re.compile(r"--8<--"), "an included file (--8<--)",
     "paste the text into the page, or move the include out of the template sections"),
    (re.compile(r"!\["), "an image",
     "leave the image out of the template sections, or describe it in words"),
    (re.compile(r"^\s*<(?!!--)[A-Za-z/]"), "an HTML block",
     "write it in Markdown (paragraphs, lists, | tables |)"),
    (re.compile(r"^\s*\{:?[^}]*\}\s*$"), "an attribute line ({...} alone on a line)",
     "mark the words instead, as *words*{lang=xx}, or remove the line"),
    (re.compile(r"(?<![\w:/]):[a-z0-9_+-]+(?:-[a-z0-9_+-]+)+:(?![\w/])"), "an icon shortcode (:name:)",
     "write the word instead of the icon"),
]


class TemplateError(Exception):
    """A problem in a template page, told as `path:line: problem` plus the fix."""

    def __init__(self, path, line, problem: str, fix: str):
        self.path, self.line, self.problem, self.fix = path, line, problem, fix
        super().__init__(self.message())

    def message(self) -> str:
        where = relative(self.path) + (f":{self.line}" if self.line else "")
        return f"{where}: {self.problem}\n    How to fix: {self.fix}"


def relative(path) -> str:
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass
class Section:
    id: str
    title: str
    level: int
    start: int  # index into Page.lines of the heading line
    end: int  # index one past the section's last line


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    line: int  # 1-based line number of the header row
    row_lines: list[int] = field(default_factory=list)


@dataclass
class Page:
    path: Path
    language: str
    relative_path: str  # e.g. strategy/policy-template.md
    lines: list[str]
    body_start: int  # index of the first line after the front matter
    title: str
    sections: dict[str, Section]

    def number(self, index: int) -> int:
        """1-based line number in the file of Page.lines[index]."""
        return index + 1

    def section(self, section_id: str) -> Section:
        if section_id not in self.sections:
            known = ", ".join(f"#{key}" for key in self.sections) or "none"
            raise TemplateError(self.path, None, f"there is no heading with the id #{section_id}",
                                f"give a heading {{ #{section_id} }} or change the list in {CONFIG_NAME} "
                                f"(headings with ids on this page: {known})")
        return self.sections[section_id]

    def section_lines(self, section_id: str, with_heading: bool = True) -> list[tuple[int, str]]:
        section = self.section(section_id)
        first = section.start if with_heading else section.start + 1
        return figures_as_text([(self.number(i), self.lines[i]) for i in range(first, section.end)])

    def tables(self, section_id: str) -> list[Table]:
        return parse_tables(self.path, self.section_lines(section_id))

    def paragraphs(self, section_id: str) -> list[tuple[int, str]]:
        """Plain paragraphs of a section (not headings, tables or lists), joined into one line each."""
        result, current, start = [], [], None
        for number, line in self.section_lines(section_id, with_heading=False):
            stripped = line.strip()
            plain = stripped and not stripped.startswith(("|", "#", "- ", "* ", ">")) \
                and not re.match(r"\d+\.\s", stripped)
            if plain:
                if not current:
                    start = number
                current.append(stripped)
            elif current:
                result.append((start, " ".join(current)))
                current = []
        if current:
            result.append((start, " ".join(current)))
        return result

    def list_items(self, section_id: str) -> list[tuple[int, str]]:
        """Items of the bulleted and task lists of a section, continuation lines joined."""
        items = []
        for number, line in self.section_lines(section_id, with_heading=False):
            match = re.match(r"^[-*]\s+(?:\[[ xX]\]\s+)?(.*)$", line)
            if match:
                items.append((number, match[1].strip()))
            elif items and line.startswith("  ") and line.strip():
                items[-1] = (items[-1][0], items[-1][1] + " " + line.strip())
            elif not line.strip() or line.startswith("#"):
                continue
        return items


def read_page(language: str, relative_path: str, docs: Path = DOCS) -> Page:
    path = docs / language / relative_path
    if not path.is_file():
        raise TemplateError(path, None, "the page does not exist",
                            f"check the page named in {CONFIG_NAME}, or add the page in both languages")
    lines = path.read_text(encoding="utf-8").split("\n")
    body_start = 0
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                body_start = index + 1
                break
    title, headings, in_fence = None, [], False
    for index in range(body_start, len(lines)):
        line = lines[index]
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING.match(line)
        if match:
            level, text, heading_id = len(match[1]), match[2].strip(), match[3]
            if level == 1 and title is None:
                title = text
            headings.append((index, level, text, heading_id))
    if title is None:
        raise TemplateError(path, body_start + 1, "the page has no # title", "start the page with '# Title'")
    sections = {}
    for position, (index, level, text, heading_id) in enumerate(headings):
        if not heading_id:
            continue
        end = len(lines)
        for later_index, later_level, _, _ in headings[position + 1:]:
            if later_level <= level:
                end = later_index
                break
        sections[heading_id] = Section(heading_id, text, level, index, end)
    return Page(path, language, relative_path, lines, body_start, title, sections)


DIAGRAM_FENCE = re.compile(r"^(?P<indent>\s*)```dot\s*$")
DIAGRAM_AS_TEXT = re.compile(r"^(?P<indent>\s*)\?\?\?\+? info \"(Dijagram kao tekst|The diagram as text)\"\s*$")
POST_BLOCK = re.compile(r"^\s*/// post\b")


def figures_as_text(numbered_lines):
    """A page's figures as an office file takes them: a diagram (```dot, drawn on the site) leaves only
    its "diagram as text" box, whose steps become ordinary text; an example post (/// post) is left out."""
    result, index = [], 0
    while index < len(numbered_lines):
        number, line = numbered_lines[index]
        fence, box = DIAGRAM_FENCE.match(line), DIAGRAM_AS_TEXT.match(line)
        if fence:
            index += 1
            while index < len(numbered_lines) and numbered_lines[index][1].rstrip() != fence["indent"] + "```":
                index += 1
        elif POST_BLOCK.match(line):
            index += 1
            while index < len(numbered_lines) and numbered_lines[index][1].strip() != "///":
                index += 1
        elif box:
            inner = box["indent"] + "    "
            index += 1
            while index < len(numbered_lines) and (not numbered_lines[index][1].strip()
                                                    or numbered_lines[index][1].startswith(inner)):
                inner_number, inner_line = numbered_lines[index]
                result.append((inner_number, box["indent"] + inner_line[len(inner):]))
                index += 1
            continue
        else:
            result.append((number, line))
        index += 1
    return result


def split_cells(line: str) -> list[str]:
    """Cells of a pipe-table row; a | inside `code` or escaped as \\| does not split."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells, current, in_code = [], [], False
    for position, char in enumerate(text):
        if char == "`":
            in_code = not in_code
        if char == "|" and not in_code and (position == 0 or text[position - 1] != "\\"):
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    cells.append("".join(current).strip())
    return cells


def parse_tables(path, numbered_lines) -> list[Table]:
    """Pipe tables among `numbered_lines` [(line number, text)], checked row by row."""
    tables, index = [], 0
    while index < len(numbered_lines):
        number, line = numbered_lines[index]
        if not line.lstrip().startswith("|"):
            index += 1
            continue
        block = []
        while index < len(numbered_lines) and numbered_lines[index][1].lstrip().startswith("|"):
            block.append(numbered_lines[index])
            index += 1
        if len(block) < 2 or not TABLE_SEPARATOR.match(block[1][1]):
            raise TemplateError(path, block[0][0], "a line starts with | but is not a table",
                                "a table needs a header row and below it a separator row such as | --- | --- |")
        header = split_cells(block[0][1])
        separator = split_cells(block[1][1])
        if len(separator) != len(header):
            raise TemplateError(path, block[1][0],
                                f"the separator row has {len(separator)} cells, the header has {len(header)}",
                                "give the separator row one --- for each column of the header")
        rows, row_lines = [], []
        for row_number, row_line in block[2:]:
            cells = split_cells(row_line)
            if len(cells) != len(header):
                raise TemplateError(path, row_number,
                                    f"this table row has {len(cells)} cells, the header has {len(header)}",
                                    "add or remove | so that every row has as many cells as the header "
                                    "(write a | inside a cell as \\|)")
            rows.append(cells)
            row_lines.append(row_number)
        tables.append(Table(header, rows, block[0][0], row_lines))
    return tables


def check_renderable(page: Page, numbered_lines) -> None:
    """Refuse what pandoc would silently turn into something else."""
    in_fence = False
    for number, line in numbered_lines:
        opens_fence = bool(FENCE.match(line)) and not in_fence
        if FENCE.match(line) and not opens_fence:
            in_fence = False
            continue
        if in_fence:
            continue
        for pattern, what, fix in UNSUPPORTED:
            match = pattern.search(line)
            if match:
                described = what.format(marker=match.group(0).strip())
                raise TemplateError(page.path, number, f"{described} cannot go into the office file", fix)
        in_fence = opens_fence
    if in_fence:
        raise TemplateError(page.path, numbered_lines[-1][0], "a code block is not closed",
                            "close it with ``` on a line of its own")
    parse_tables(page.path, numbered_lines)


def read_csv(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise TemplateError(path, None, "the CSV file does not exist",
                            "put the CSV beside the page, with the name the page's workbook expects")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise TemplateError(path, 1, "the CSV file is empty", "give it a header row and at least one row")
    width = len(rows[0])
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            raise TemplateError(path, number, f"this row has {len(row)} values, the header has {width}",
                                "put values with a comma in double quotes, and give each row every column")
    return rows


# Around text marked as another language (*netiquette*{lang=en}) strip_markdown leaves these two
# private-use characters, so that the Cyrillic files keep it in Latin; unmark() removes them.
FOREIGN_START, FOREIGN_END = "\ue000", "\ue001"


def strip_markdown(text: str) -> str:
    """Cell or paragraph text without Markdown marks: links keep their words, *x*{lang=..} its x
    (marked as foreign, see FOREIGN_START)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)\{[^}]*lang=[^}]*\}", FOREIGN_START + r"\1" + FOREIGN_END, text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?", r"\1", text)
    text = re.sub(r"(\*{1,2}|_)([^*_]+?)\1\{[^}]*lang=[^}]*\}", FOREIGN_START + r"\2" + FOREIGN_END, text)
    text = re.sub(r"(\*{1,2}|_)([^*_]+?)\1\{[^}]*\}", r"\2", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", FOREIGN_START + r"\1" + FOREIGN_END, text)
    return text.replace("\\|", "|").strip()


def unmark(text: str) -> str:
    return text.replace(FOREIGN_START, "").replace(FOREIGN_END, "")
