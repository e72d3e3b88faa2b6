"""What every check needs: the pages of both languages, read once, and a uniform problem report."""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from content_roots import extra_roots

LANGUAGES = ("bs", "en")
LANGUAGE_NAMES = {"bs": "Bosnian", "en": "English"}
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INLINE_CODE = re.compile(r"`[^`]*`")


@dataclass
class Problem:
    path: Path
    line: int | None
    message: str
    fix: str

    def render(self, root: Path) -> str:
        try:
            name = self.path.relative_to(root).as_posix()
        except ValueError:
            name = self.path.as_posix()
        where = f"{name}:{self.line}" if self.line else name
        return f"{where}: {self.message}\n    How to fix: {self.fix}"


@dataclass
class Page:
    """One Markdown file of one language. `meta` is None when the front matter is broken."""

    path: Path
    language: str
    relative: str  # path inside docs/<language>/, the same for both languages
    root: Path | None = None  # the folder holding the language folders: docs/, or slides/ or handouts/ of the kit
    text: str = ""
    meta: dict | None = None
    meta_error: str | None = None
    meta_error_line: int | None = None
    body_line: int = 1  # line number where the Markdown body starts
    decode_error: str | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def is_stub(self) -> bool:
        """A translation stub: front matter only; the build shows the other language's text."""
        return bool((self.meta or {}).get("translation_stub"))

    def body_lines(self):
        """(line number, text) of the Markdown body outside fenced code, inline code blanked."""
        fence = None  # the opening fence (```, ````, ~~~) until a closing one at least as long
        for number, line in enumerate(self.lines[self.body_line - 1 :], start=self.body_line):
            match = FENCE.match(line)
            if match:
                if fence is None:
                    fence = match.group(1)
                elif match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                    fence = None
                continue
            if fence is None:
                yield number, INLINE_CODE.sub(lambda m: " " * len(m.group()), line)


def read_page(path: Path, language: str, relative: str, root: Path | None = None) -> Page:
    page = Page(path=path, language=language, relative=relative, root=root)
    try:
        page.text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        page.decode_error = str(error)
        return page
    page.lines = page.text.splitlines()
    parse_front_matter(page)
    return page


def parse_front_matter(page: Page) -> None:
    if not page.lines or page.lines[0].strip() != "---":
        page.meta_error = "the page has no front matter (it must start with a line '---')"
        page.meta_error_line = 1
        return
    try:
        end = next(i for i, line in enumerate(page.lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        page.meta_error = "the front matter is never closed with a line '---'"
        page.meta_error_line = 1
        return
    page.body_line = end + 2
    try:
        meta = yaml.safe_load("\n".join(page.lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        page.meta_error = f"the front matter is not valid YAML ({getattr(error, 'problem', None) or error})"
        page.meta_error_line = mark.line + 2 if mark else 1
        return
    if not isinstance(meta, dict):
        page.meta_error = "the front matter must be a list of 'key: value' lines"
        page.meta_error_line = 2
        return
    page.meta = meta


def load_pages(docs: Path) -> list[Page]:
    """Every page of docs/, then the trainer's slides and handouts (content_roots.py)."""
    pages = []
    for root in (docs, *extra_roots(docs)):
        for language in LANGUAGES:
            folder = root / language
            for path in sorted(folder.rglob("*.md")):
                pages.append(read_page(path, language, path.relative_to(folder).as_posix(), root))
    return pages


def line_of(page: Page, needle: str, default: int | None = None) -> int | None:
    """The first line number containing `needle` (for problems found outside body_lines)."""
    for number, line in enumerate(page.lines, start=1):
        if needle in line:
            return number
    return default
