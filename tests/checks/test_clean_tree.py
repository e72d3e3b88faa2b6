"""A clean tree passes every check, and the real site's pages pass them too."""

import subprocess
import sys

import pytest

from check_tree import docs, run_checks  # noqa: F401 (docs is a fixture)
from helpers import ROOT


@pytest.mark.needs("hunspell")
def test_clean_fixture_passes_every_check(docs):
    assert [p.render(docs.parent) for p in run_checks(docs)] == []


@pytest.mark.needs("hunspell")
def test_make_check_passes_on_the_real_content():
    result = subprocess.run([sys.executable, "scripts/check_content.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[:6000]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_problem_exits_1_without_traceback(docs):
    (docs / "bs" / "index.md").write_bytes(b"---\ntitle: [\n---\n")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_content.py"), "--docs", str(docs)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "docs/bs/index.md:2: the front matter is not valid YAML" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
