"""The release workflow publishes exactly what `make offline` and `make pdf` build, under stable names,
only for version tags, only after the tests, with write access only where the release is made.
(Schema and zizmor checks of every workflow are in tests/workflows.)"""

import re

import yaml

from helpers import ROOT, load_module

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
STABLE_NAMES = ["prirucnik-offline.zip", "prirucnik-bs.pdf", "prirucnik-en.pdf"]


def load_script(name):
    return load_module(f"scripts/{name}.py")


def workflow():
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def publish_step():
    steps = workflow()["jobs"]["release"]["steps"]
    return next(step for step in steps if "gh release" in step.get("run", ""))


def test_runs_for_version_tags_only_and_after_the_tests():
    document = workflow()
    triggers = document[True]  # YAML reads the key `on` as True
    assert set(triggers) == {"push"} and set(triggers["push"]) == {"tags"}
    assert document["jobs"]["release"]["needs"] == "tests"
    assert document["jobs"]["tests"]["uses"].endswith(".github/workflows/tests.yml")


def test_write_access_only_in_the_release_job():
    document = workflow()
    assert document["permissions"] == {}
    assert document["jobs"]["release"]["permissions"]["contents"] == "write"
    assert document["jobs"]["tests"]["permissions"] == {"contents": "read"}


def test_publishes_what_the_build_scripts_write_under_stable_names():
    run = publish_step()["run"]
    offline, pdf = load_script("build_offline"), load_script("build_pdf")
    version = "${TAG}"
    built = [offline.zip_name(version), pdf.pdf_name(version, "bs"), pdf.pdf_name(version, "en")]
    for source, stable in zip(built, STABLE_NAMES):
        assert re.search(rf'cp "dist/{re.escape(source)}" release/{re.escape(stable)}', run), f"{source} -> {stable}"
        assert f"release/{stable}#" in run, f"{stable} is not attached"


def test_uses_the_gh_cli_with_the_workflow_token():
    step = publish_step()
    assert "uses" not in step
    assert step["env"]["GH_TOKEN"] == "${{ github.token }}"
    assert "${{" not in step["run"], "values reach the script through env, not template expansion"
