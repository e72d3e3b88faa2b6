"""The steps that publish the site and the release make the template downloads and carry them:
the deploy makes them before its strict build and requires them, the release attaches the zips
that `make offline` makes. (`make serve` and `make build` do not make them.)"""

import re

import yaml

import template_files  # noqa: F401 (puts scripts/ on the import path)
from downloads.variants import VARIANTS
from helpers import ROOT


def steps(workflow: str, job: str):
    document = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8"))
    return document["jobs"][job]["steps"]


def test_the_deploy_makes_the_downloads_and_requires_them_in_its_build():
    runs = [step.get("run", "") for step in steps("deploy.yml", "build")]
    assert "make downloads" in runs and "make build" in runs
    assert runs.index("make downloads") < runs.index("make build")
    build = next(step for step in steps("deploy.yml", "build") if step.get("run") == "make build")
    assert build["env"]["TEMPLATE_DOWNLOADS"] == "required"
    downloads = next(step for step in steps("deploy.yml", "build") if step.get("run") == "make downloads")
    assert downloads["env"]["SITE_URL"] == build["env"]["SITE_URL"], "the files link to the published site"


def test_the_release_attaches_one_zip_per_language_and_script():
    publish = next(step for step in steps("release.yml", "release") if "gh release" in step.get("run", ""))
    for variant in VARIANTS:
        name = f"templates-{variant.suffix}.zip"
        assert f"dist/templates/{name}" in publish["run"] and f'"release/{name}#' in publish["run"], name


def test_serve_and_build_do_not_make_them_but_offline_does():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = dict(re.findall(r"^([\w-]+):[^\n]*\n((?:\t[^\n]*\n)+)", makefile, re.M))
    assert "build_downloads" in targets["downloads"]
    assert "build_downloads" not in targets["serve"] + targets["build"]
    assert 'run_step("build_downloads.py"' in (ROOT / "scripts" / "build_offline.py").read_text(encoding="utf-8")
