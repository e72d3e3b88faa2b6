"""The search's language rules, unit by unit, in node's own test runner: folding of č ć đ š ž, Cyrillic,
the Bosnian stemmer (a table of word forms in both scripts and their stems), stop words, and the lunr
extension queried the way Material's worker queries it (tests/search/search-language.test.js)."""

import json
import re
import subprocess
from pathlib import Path

import material
import pytest

from helpers import ROOT

NODE_TESTS = Path(__file__).with_name("search-language.test.js")
LUNR = ROOT / "node_modules" / "lunr"
MATERIAL_WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
pytestmark = pytest.mark.needs("node")


def test_language_rules_pass_their_unit_tests():
    result = subprocess.run(["node", "--test", str(NODE_TESTS)], cwd=ROOT, capture_output=True, text=True)
    failures = "\n".join(line for line in result.stdout.splitlines() if line.startswith(("not ok", "#")))
    assert result.returncode == 0, f"node --test failed:\n{failures}\n{result.stdout[-4000:]}{result.stderr}"
    assert re.search(r"^# pass [1-9]", result.stdout, re.M), result.stdout


def test_unit_tests_use_the_lunr_material_ships():
    """The node tests load lunr from npm; it must be the version inside Material's search worker."""
    npm_version = json.loads((LUNR / "package.json").read_text(encoding="utf-8"))["version"]
    worker_maps = list(MATERIAL_WORKERS.glob("search.*.min.js.map"))
    assert worker_maps, "Material's search worker was not found"
    bundled = json.loads(worker_maps[0].read_text(encoding="utf-8"))["sourcesContent"][0]
    match = re.search(r"lunr - http://lunrjs\.com .* - (\d+\.\d+\.\d+)", bundled)
    assert match, "Material's worker no longer starts with lunr's banner"
    assert match.group(1) == npm_version, "update lunr in package.json to the version Material bundles"
