"""The offline copy works from disk with no network in Firefox too: the real zip (built and unzipped by
the fixtures in tests/conftest.py) is opened from file:// in headless Firefox by
firefox_offline.mjs (Puppeteer over WebDriver BiDi), with every request that leaves file:// blocked and
counted. Pages, menus, contents, the language switch and search in both languages must work, with
zero blocked requests and zero console errors."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT
from system_tools import firefox_path

SCRIPT = Path(__file__).with_name("firefox_offline.mjs")


@pytest.mark.browser
@pytest.mark.needs("firefox", "node")
def test_offline_copy_works_from_disk_in_firefox(unzipped):
    result = subprocess.run(
        ["node", str(SCRIPT), str(unzipped)],
        cwd=ROOT,
        env={**os.environ, "FIREFOX_PATH": firefox_path()},
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"{SCRIPT.name} stopped before its report (exit {result.returncode}):\n{result.stdout}{result.stderr}", pytrace=False)
    assert report["blocked"] == [], "requests that left the copy:\n" + "\n".join(report["blocked"])
    assert report["console"] == [], "console errors:\n" + "\n".join(report["console"])
    assert report["failures"] == [], "failures:\n" + "\n".join(report["failures"])
    assert result.returncode == 0, result.stderr
    assert len(report["pages"]) >= 10, report["pages"]
