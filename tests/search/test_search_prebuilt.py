"""The offline copy carries each language's search index built ahead (hooks/search_per_language.py,
scripts/prebuild_search_index.js): the browser loads it instead of building it on the page's thread.
It must answer exactly as the index a browser builds, for every query of the search evaluation
(tests/search/prebuilt-index.test.js, in node, with Material's own worker code from the built copy)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

NODE_TEST = Path(__file__).with_name("prebuilt-index.test.js")
QUERIES = ROOT / "scripts" / "search_queries.yml"
FOLDERS = {"bs": "", "en": "en/"}
pytestmark = pytest.mark.needs("node")


def test_the_offline_copy_has_an_index_built_ahead_for_each_language(offline_site):
    for language, folder in FOLDERS.items():
        script = offline_site / folder / "search" / "search_index.prebuilt.js"
        assert script.is_file(), f"{language}: no index built ahead"
        text = script.read_text(encoding="utf-8")
        match = re.fullmatch(r"var __searchPrebuilt = JSON\.parse\((\".*\")\);\n", text, re.S)
        assert match, f"{script.name}: not a single JSON.parse of the data"
        data = json.loads(json.loads(match.group(1)))
        index = json.loads((offline_site / folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert data["language"] == index["config"]["lang"][0]
        assert data["refs"] == [doc["location"] for doc in index["docs"]], "built from other pages"
        assert len(data["index"]["invertedIndex"]) > 1000 and data["spelling"]


def test_the_site_on_the_web_carries_no_index_built_ahead(built_site):
    """Online, building in the browser's worker is quicker than fetching an index built ahead
    (several times larger): see docs/en/contributing/performance.md."""
    assert not list(built_site.rglob("search_index.prebuilt.js"))


def test_the_index_built_ahead_answers_every_evaluation_query_the_same(offline_site):
    queries = [[q["language"], q["query"]] for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))]
    env = {"SEARCH_SITE": str(offline_site), "SEARCH_QUERIES": json.dumps(queries), "PATH": ""}
    result = subprocess.run([shutil.which("node"), "--test", str(NODE_TEST)], cwd=ROOT, capture_output=True, text=True, env=env)
    failures = "\n".join(line for line in result.stdout.splitlines() if "not ok" in line or "Error" in line)
    assert result.returncode == 0, f"node --test failed:\n{failures}\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
    assert re.search(r"^# pass 1$", result.stdout, re.M), result.stdout
