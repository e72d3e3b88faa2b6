"""Markdown that would render wrongly, found with rumdl (a fast Markdown linter) and the small rule set
in .rumdl.toml (each rule is explained in the contributor guide)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .pages import Problem

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".rumdl.toml"
FIXES = {
    "md001": "headings go down one level at a time: after '#' comes '##', then '###'",
    "md007": "indent a nested list item by 4 spaces under its parent",
    "md009": "delete the spaces at the end of the line",
    "md010": "replace the tab with spaces",
    "md011": "write links as [text](address), not (text)[address]",
    "md018": "put a space after the # signs: '## Naslov'",
    "md023": "start the heading at the beginning of the line",
    "md025": "a page has one '# ' heading (the title); make the others '##'",
    "md031": "leave an empty line before and after a ``` code block",
    "md032": ("leave an empty line before and after a list, or it is joined to the paragraph; "
              "a line inside a paragraph must not start with a number and a full stop ('2. mjesec'): reword it"),
    "md037": "remove the spaces inside the * or _ markers: *word*, not * word *",
    "md038": "remove the spaces inside the backticks",
    "md039": "remove the spaces inside the square brackets of the link",
    "md042": "give the link an address, or remove the brackets",
}


def rumdl() -> str:
    """The rumdl program installed next to this Python (the dev requirements), else on the PATH."""
    beside = Path(sys.executable).with_name("rumdl")
    return str(beside) if beside.is_file() else (shutil.which("rumdl") or "rumdl")


def check(pages, docs):
    files = [str(page.path) for page in pages if not page.decode_error]
    if not files:
        return []
    command = [rumdl(), "check", "--config", str(CONFIG), "--no-cache", "--output-format", "json-lines", "--quiet", *files]
    try:
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    except FileNotFoundError:
        return [Problem(docs, None, "the Markdown linter (rumdl) is not installed",
                        "run `make check`: it installs the tools it needs into .venv")]
    problems = []
    for row in result.stdout.splitlines():
        try:
            found = json.loads(row)
        except json.JSONDecodeError:
            continue
        rule = found["rule"].lower()
        problems.append(Problem(Path(found["file"]), found["line"], f"Markdown: {found['message']} ({rule})",
                                FIXES.get(rule, "see the Markdown rules in the contributor guide")))
    if result.returncode not in (0, 1) or (result.returncode == 1 and not problems):
        problems.append(Problem(docs, None, "the Markdown linter could not run: " + (result.stderr or result.stdout).strip()[:300],
                                "run `make check` again: it installs the tools it needs into .venv"))
    return problems
