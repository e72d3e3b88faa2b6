"""The GitHub workflows are valid against GitHub's schema and pass zizmor's audit with no finding."""

import subprocess
import sys
from pathlib import Path

from helpers import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def run(*command):
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_there_are_test_and_deploy_workflows():
    names = {w.name for w in WORKFLOWS}
    assert {"tests.yml", "deploy.yml"} <= names


def test_workflows_match_github_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_actions_are_pinned_to_full_commits():
    for workflow in WORKFLOWS:
        for line in workflow.read_text(encoding="utf-8").splitlines():
            if "uses:" in line and "@" in line:
                reference = line.split("@", 1)[1].split()[0]
                assert len(reference) == 40 and all(c in "0123456789abcdef" for c in reference), f"{workflow.name}: {line.strip()}"
