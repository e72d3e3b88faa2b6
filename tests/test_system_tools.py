"""A program the tests need but that is missing is reported once, in one line that names the package:
a note outside CI, a failure with CI=true; the tests that need it do not run, and none errors."""

import os
import re
import subprocess
import sys

import pytest

import system_tools
from helpers import ROOT


def run_spelling_tests(ci: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CI": ci, "SYSTEM_TOOLS_HIDE": "hunspell"}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/checks/test_spelling.py"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("ci, exit_code, word", [("false", 5, "SKIPPED"), ("true", 1, "FAILED (CI=true):")])
def test_a_missing_tool_is_named_once(ci, exit_code, word):
    result = run_spelling_tests(ci)
    lines = [line for line in result.stdout.splitlines() if "hunspell" in line]
    assert result.returncode == exit_code, result.stdout
    assert len(lines) == 1, result.stdout
    assert re.match(rf"{re.escape(word)} \d+ test\(s\)", lines[0]), lines[0]
    assert "apt-get install -y hunspell hunspell-bs hunspell-en-gb" in lines[0]
    assert "error" not in result.stdout.lower().replace("errors", ""), result.stdout


def test_every_tool_has_an_install_line():
    for tool in system_tools.CHECKS:
        os.environ["SYSTEM_TOOLS_HIDE"] = tool
        system_tools.missing.cache_clear()
        try:
            line = system_tools.missing(tool)
            assert line and "sudo bash .ci/run" in line, tool
        finally:
            del os.environ["SYSTEM_TOOLS_HIDE"]
            system_tools.missing.cache_clear()
