"""Dependabot keeps every pinned dependency current: both Python locks, every npm package lock, the
workflows' actions; weekly; one kind of update per pull request. The file is valid against its
schema (check-jsonschema's copy of SchemaStore's) and zizmor finds nothing in it."""

import subprocess
import sys
from pathlib import Path

import yaml

from helpers import ROOT

CONFIG = ROOT / ".github" / "dependabot.yml"
BIN = Path(sys.executable).parent


def entries() -> dict[str, dict]:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert config["version"] == 2
    by_ecosystem = {}
    for entry in config["updates"]:
        assert entry["package-ecosystem"] not in by_ecosystem, f"two entries for {entry['package-ecosystem']}"
        by_ecosystem[entry["package-ecosystem"]] = entry
    return by_ecosystem


def folders(entry: dict) -> set[str]:
    return set(entry.get("directories", [])) | ({entry["directory"]} if "directory" in entry else set())


def repository_folder(path: Path) -> str:
    relative = path.parent.relative_to(ROOT).as_posix()
    return "/" if relative == "." else "/" + relative


def test_dependabot_config_matches_its_schema():
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", str(CONFIG)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_in_it():
    result = subprocess.run([str(BIN / "zizmor"), "--offline", "--no-progress", str(CONFIG)], capture_output=True, text=True)
    assert result.returncode == 0 and "No findings to report" in result.stdout + result.stderr, result.stdout + result.stderr


def test_every_lock_file_is_kept_current():
    updates = entries()
    assert set(updates) == {"pip", "npm", "github-actions"}
    # Python: each requirements*.in beside its lock, in a folder the pip entry watches.
    sources = sorted(ROOT.glob("requirements*.in"))
    assert [s.name for s in sources] == ["requirements-dev.in", "requirements.in"]
    for source in sources:
        lock = source.with_suffix(".txt")
        assert lock.is_file() and "pip-compile" in lock.read_text(encoding="utf-8")[:400], f"{lock.name}: not a pip-compile lock"
        assert repository_folder(source) in folders(updates["pip"]), f"{source.name} is not watched"
    # npm: every package.json of the project (not the installed packages) with its package-lock.json.
    manifests = [p for p in ROOT.rglob("package.json") if "node_modules" not in p.parts and ".venv" not in p.parts]
    assert {repository_folder(p) for p in manifests} == {"/", "/benchmarks"}
    for manifest in manifests:
        assert (manifest.parent / "package-lock.json").is_file(), f"{manifest}: no package-lock.json"
    assert folders(updates["npm"]) == {repository_folder(p) for p in manifests}, "a package.json Dependabot does not watch"
    # Actions: GitHub reads the workflows from /.github/workflows when the directory is /.
    assert folders(updates["github-actions"]) == {"/"}
    assert list((ROOT / ".github" / "workflows").glob("*.yml"))


def test_weekly_and_one_kind_of_update_per_pull_request():
    for ecosystem, entry in entries().items():
        assert entry["schedule"]["interval"] == "weekly", ecosystem
        groups = entry.get("groups", {})
        assert len(groups) == 1, f"{ecosystem}: one group per ecosystem, so one pull request carries one kind"
        (group,) = groups.values()
        assert group["patterns"] == ["*"], f"{ecosystem}: the group must take every package"
        assert set(group["update-types"]) == {"minor", "patch"}, f"{ecosystem}: majors come one by one"


def test_the_majors_the_site_cannot_take_are_not_proposed():
    ignored = {(rule["dependency-name"], tuple(rule.get("update-types", []))) for rule in entries()["pip"].get("ignore", [])}
    for package in ("mkdocs", "mkdocs-material"):
        assert (package, ("version-update:semver-major",)) in ignored, f"{package}: a major would break the site"
