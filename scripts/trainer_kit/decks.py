"""Slide decks: Markdown in slides/<language>/ to HTML, PDF and PPTX with Marp CLI (npm package
@marp-team/marp-cli, pinned in package.json). PDF and PPTX are drawn by a Chromium: the one in
CHROME_PATH, else Debian's /usr/bin/chromium; Marp never downloads a browser.

A deck's source is the slides' text only. The build adds what every deck shares: the theme
(slides.css), the language of its folder, page numbers and the footer."""

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml

from .layout import MAX_SLIDES, ROOT, STRINGS
from .links import rewrite

HERE = Path(__file__).resolve().parent
THEME = HERE / "slides.css"
CONFIG = HERE / "marp.config.mjs"
MARP = ROOT / "node_modules" / ".bin" / "marp"
FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.S)
FENCE = re.compile(r"^\s*(```|~~~)")
# What Marp reads from the source's front matter; the rest (type, dates, source_hash) is for the checks.
KEPT_DIRECTIVES = ("title", "description")


class DeckError(ValueError):
    """A deck that cannot be built, with the file and what to do."""


def split(text: str, source: Path) -> tuple[dict, str, int]:
    """(front matter, body, line number where the body starts)."""
    match = FRONT_MATTER.match(text)
    if not match:
        raise DeckError(f"{shown(source)}: the deck has no front matter (start it with '---', like a page)")
    try:
        meta = yaml.safe_load(match["yaml"]) or {}
    except yaml.YAMLError as error:
        raise DeckError(f"{shown(source)}: the front matter is not valid YAML; run `make check`, which shows the line ({error.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise DeckError(f"{shown(source)}: the front matter must be 'key: value' lines")
    return meta, text[match.end():], text.count("\n", 0, match.end()) + 1


def source_text(source: Path) -> str:
    """A deck's, handout's or page's Markdown. A translation stub (front matter with
    `translation_stub: true` and nothing else) takes its original's text, under its own title if it
    has one, as the site does with a stub page (hooks/translation_stub.py)."""
    text = source.read_text(encoding="utf-8")
    meta, _, _ = split(text, source)
    if not meta.get("translation_stub"):
        return text
    parts = list(source.parts)
    folder = max(index for index, part in enumerate(parts) if part in STRINGS)  # the language folder
    parts[folder] = next(language for language in STRINGS if language != parts[folder])
    original = Path(*parts)
    if not original.is_file():
        raise DeckError(f"{shown(source)} is a translation stub, but its original {shown(original)} does not exist")
    original_meta, body, _ = split(original.read_text(encoding="utf-8"), original)
    title = {key: meta[key] for key in KEPT_DIRECTIVES if meta.get(key)}
    return "---\n" + yaml.safe_dump({**original_meta, **title}, allow_unicode=True, sort_keys=False) + "---\n" + body


def slide_count(text: str) -> int:
    """Slides in a deck's Markdown: separated by lines '---' outside code blocks."""
    body = FRONT_MATTER.sub("", text, count=1)
    count, inside_fence = 1, False
    for line in body.splitlines():
        if FENCE.match(line):
            inside_fence = not inside_fence
        elif not inside_fence and line.strip() == "---":
            count += 1
    return count


def prepared(source: Path, language: str, site_url: str | None) -> str:
    """The Markdown Marp converts: shared directives added, handbook links rewritten (links.py)."""
    text = source_text(source)
    meta, body, _ = split(text, source)
    count = slide_count(text)
    if count > MAX_SLIDES:
        raise DeckError(f"{shown(source)}: {count} slides, more than {MAX_SLIDES}: shorten the block's deck or split the block")
    directives = {key: meta[key] for key in KEPT_DIRECTIVES if meta.get(key)}
    directives.update(marp=True, theme="prirucnik", lang=language, paginate=True, footer=STRINGS[language]["footer"],
                      author=STRINGS[language]["handbook"])
    # One line per directive: Marp reads the front matter line by line and drops a folded value.
    header = yaml.safe_dump(directives, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{header}---\n{rewrite(body, source, site_url)}"


def chromium() -> str:
    for candidate in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise DeckError("no Chromium for the PDF and PPTX decks: install Debian's `chromium` (apt-get install -y chromium) "
                    "or set CHROME_PATH to a Chrome or Chromium")


def convert(decks: list[tuple[Path, str, Path]], fmt: str, site_url: str) -> None:
    """Convert [(source, language, target file)] to `fmt` ("html", "pdf" or "pptx") in one Marp run."""
    if not decks:
        return
    if not MARP.is_file():
        raise DeckError("Marp CLI is not installed: run `npm ci` (`make slides` does it)")
    with tempfile.TemporaryDirectory(prefix="decks-") as work:
        inputs, outputs = Path(work, "in"), Path(work, "out")
        for source, language, _ in decks:
            markdown = prepared(source, language, None if fmt == "html" else site_url)
            path = inputs / language / source.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(markdown, encoding="utf-8")
        environment = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
        if fmt != "html":
            environment["CHROME_PATH"] = chromium()
        command = [str(MARP), "--no-stdin", "--config-file", str(CONFIG), "--theme-set", str(THEME),
                   # PPTX one deck at a time: two at once left Chromium's screenshots hanging here.
                   "--parallel", "1" if fmt == "pptx" else "2", "--input-dir", str(inputs), "--output", str(outputs),
                   # A screenshot per slide (PPTX) can take long on a busy machine; 30 s is Marp's default.
                   "--browser-timeout", "180"]
        if fmt == "pdf":
            command += ["--pdf", "--pdf-outlines"]  # bookmarks: each slide and heading
        elif fmt == "pptx":
            command.append("--pptx")
        result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
        problems = [line for line in (result.stdout + result.stderr).splitlines() if "[  ERROR ]" in line or "[  WARN ]" in line]
        if result.returncode != 0 or problems:
            raise DeckError(f"Marp CLI failed on the {fmt.upper()} decks:\n" + "\n".join(problems or [result.stdout + result.stderr]))
        for source, language, target in decks:
            built = outputs / language / f"{source.stem}.{fmt}"
            if not built.is_file():
                raise DeckError(f"Marp CLI wrote no {built.name} for {shown(source)}")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(built, target)



def shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
