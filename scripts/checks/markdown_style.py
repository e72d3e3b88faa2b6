"""Markdown that would render wrongly, found with pymarkdownlnt and the small rule set in
.pymarkdown.json (each rule is explained in CONTRIBUTING.md)."""

import re
import subprocess
import sys
from pathlib import Path

from .pages import Problem

CONFIG = Path(__file__).resolve().parents[2] / ".pymarkdown.json"
REPORT = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<rule>md\d+): (?P<message>.*)$", re.I)
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
    "md032": "leave an empty line before and after a list, or it is joined to the paragraph",
    "md037": "remove the spaces inside the * or _ markers: *word*, not * word *",
    "md038": "remove the spaces inside the backticks",
    "md039": "remove the spaces inside the square brackets of the link",
    "md042": "give the link an address, or remove the brackets",
}


def check(pages, docs):
    files = [str(page.path) for page in pages if not page.decode_error]
    if not files:
        return []
    command = [sys.executable, "-m", "pymarkdown", "--config", str(CONFIG), "--strict-config", "scan", *files]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    problems = []
    for row in result.stdout.splitlines():
        match = REPORT.match(row)
        if match:
            rule = match["rule"].lower()
            message = re.sub(r"\s*\[[^\]]*\]$", "", match["message"])
            problems.append(Problem(Path(match["path"]), int(match["line"]), f"Markdown: {message} ({rule})",
                                    FIXES.get(rule, "see the Markdown section of CONTRIBUTING.md")))
    if result.returncode not in (0, 1) or (result.returncode == 1 and not problems):
        problems.append(Problem(docs, None, "the Markdown linter could not run: " + (result.stderr or result.stdout).strip()[:300],
                                "run `make check` again: it installs the tools it needs into .venv"))
    return problems
