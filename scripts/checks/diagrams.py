"""Diagrams (```dot blocks, drawn by hooks/diagrams.py): each one can be drawn by Graphviz, has a
title and a description, is followed by the same steps as text, fits a page, and its words are
spelled in the page's language. The drawing goes through the hook's cache, so each diagram is drawn
once per machine, here and in the build alike."""

import importlib.util
import re
from functools import cache
from pathlib import Path

from . import spelling
from .pages import Problem

HOOK = Path(__file__).resolve().parents[2] / "hooks" / "diagrams.py"
# Wider than this (px), a diagram no longer fits the text column of a desktop screen either.
MAX_WIDTH = 720
SVG_TEXT = re.compile(r"<text[^>]*>([^<]*)</text>")
TEXT_VERSION = {"bs": '??? info "Dijagram kao tekst"', "en": '??? info "The diagram as text"'}
HELP = "see the contributor guide, section 'Diagrams' (docs/en/contributing/index.md#diagrams)"


@cache
def hook():
    spec = importlib.util.spec_from_file_location("diagrams_hook", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text_version_follows(lines: list[str], fence) -> bool:
    for line in lines[fence.end + 1 :]:
        if line.strip():
            return line.startswith(fence.indent + "???")
    return False


def check(pages, docs):
    problems, to_spell = [], []
    diagrams = hook()
    for page in pages:
        if page.decode_error:
            continue
        for fence in diagrams.find_diagrams(page.lines):
            line = fence.start + 1
            try:
                drawing = diagrams.draw(fence.source)
            except diagrams.DiagramError as error:
                problems.append(Problem(page.path, line + (error.line or 0), f"the diagram cannot be drawn. {error.message}",
                                        "correct the diagram's text (Graphviz counts its lines from the line after ```dot); " + HELP))
                continue
            if not text_version_follows(page.lines, fence):
                problems.append(Problem(page.path, line, "the diagram has no text version after it",
                                        f"right after the closing ```, add a box with the same steps as text: "
                                        f"{TEXT_VERSION.get(page.language, TEXT_VERSION['en'])} (indent its lines by four spaces)"))
            if drawing.width > MAX_WIDTH:
                problems.append(Problem(page.path, line, f"the diagram is {drawing.width} px wide, wider than a page ({MAX_WIDTH} px)",
                                        "break long labels into lines with \\n, or put fewer steps side by side; " + HELP))
            words = " ".join([drawing.title, drawing.description, *SVG_TEXT.findall(drawing.body)])
            to_spell.append((page, line, spelling.prose(words.replace("&amp;", "&"), page.language)))
    for language in spelling.DICTIONARIES:
        located = [item for item in to_spell if item[0].language == language]
        if not located or not spelling.hunspell_available(language):
            continue  # the spelling check reports a missing dictionary
        for (page, line, _), words in zip(located, spelling.misspelled([text for _, _, text in located], language)):
            for word in dict.fromkeys(words):
                problems.append(Problem(page.path, line, f"unknown word '{word}' in the diagram",
                                        f"the diagram's title, description and labels are in the page's language: correct the word, "
                                        f"or add it to spelling/{language}.txt"))
    return problems
