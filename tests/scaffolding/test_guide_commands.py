"""Every `make` command the contributor guide, CONTRIBUTING.md and the README name works: the ones
that only read (check, status) are run for real, the others as a dry run (`make -n`), which fails for
a target or variable the Makefile does not know."""

import os
import re
import subprocess

import pytest

from helpers import ROOT

GUIDES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*/contributing/index.md"))]
# `make target VAR=value ...` in inline code or at the start of a line in a code block.
COMMAND = re.compile(r"(?:`|^)(make [a-z][a-z-]*(?: [A-Z_]+=(?:\"[^\"`]*\"|[^\s`]*))*)", re.M)
PLACEHOLDERS = {"PAGE": "why/index.md", "SECTION": "community", "SLUG": "guide-example", "KIND": "training",
                "TITLE_BS": "Primjer", "TITLE_EN": "Example", "VERSION": "v0.0.0"}
READ_ONLY = {"check", "status"}


def named_commands() -> list[str]:
    found = set()
    for guide in GUIDES:
        for command in COMMAND.findall(guide.read_text(encoding="utf-8")):
            found.add(command)
    return sorted(found)


def arguments(command: str) -> list[str]:
    """The command's words, with the guide's placeholders (`...`, `<section>/<page>.md`) filled in."""
    words = re.findall(r'[A-Z_]+="[^"]*"|\S+', command)[1:]
    filled = []
    for word in words:
        name, _, value = word.partition("=")
        value = value.strip('"')
        if value and ("..." in value or "…" in value or "<" in value):
            value = PLACEHOLDERS[name]
        filled.append(f"{name}={value}" if "=" in word else word)
    return filled


def test_the_guides_name_the_commands_a_trainer_needs():
    targets = {arguments(command)[0] for command in named_commands()}
    assert {"serve", "test", "check", "status", "translated", "new-page", "build"} <= targets, targets


@pytest.mark.parametrize("command", named_commands())
def test_each_named_command_works(command):
    words = arguments(command)
    installed = ["-o", ".venv/bin/.site-installed", "-o", ".venv/bin/.dev-installed"]  # the tools are already there
    dry = [] if words[0] in READ_ONLY else ["-n"]
    result = subprocess.run(["make", "--no-print-directory", *dry, *installed, *words], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "SECTION": "", "SLUG": ""}, timeout=300)
    assert result.returncode == 0, f"`{command}` failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "No rule to make target" not in result.stderr
