"""The lock files keep the site buildable: no MkDocs 2 or Material 10, the fallback generator pinned,
the two locks agreeing on every package they share, and every direct dependency pinned exactly."""

from importlib.metadata import version as installed_version

import pytest

from locks import LOCKS, MAINTAINERS_PAGE, normalise, pins, unusable_pins


def test_the_locks_keep_mkdocs_1_and_material_9():
    problems = [problem for lock in LOCKS.values() for problem in unusable_pins(pins(lock), lock.name)]
    assert not problems, "\n".join(problems)


def test_the_installed_generator_is_the_locked_one():
    """A .venv where someone installed another MkDocs or Material by hand fails here, not in a build."""
    locked = pins(LOCKS["requirements.in"])
    for package in ("mkdocs", "mkdocs-material"):
        assert installed_version(package) == locked[package], (
            f"{package} {installed_version(package)} is installed, the lock says {locked[package]}.\n"
            "    How to fix: delete .venv and run `make test` again (it installs the locked versions)."
        )
    assert unusable_pins({p: installed_version(p) for p in ("mkdocs", "mkdocs-material")}, ".venv") == []


@pytest.mark.parametrize("package, version", [("mkdocs", "2.0.0"), ("mkdocs", "2.1.0.dev3"), ("mkdocs-material", "10.0.0")])
def test_a_new_major_is_refused_with_directions(package, version):
    problems = unusable_pins({package: version}, "requirements.txt")
    assert len(problems) == 1
    assert f"requirements.txt resolves {package} to {version}" in problems[0]
    assert MAINTAINERS_PAGE in problems[0] and "make lock" in problems[0]


def test_the_last_usable_majors_pass():
    assert unusable_pins({"mkdocs": "1.6.1", "mkdocs-material": "9.8.2"}, "requirements.txt") == []


def test_properdocs_the_fallback_is_pinned_in_the_dev_lock():
    locked = pins(LOCKS["requirements-dev.in"])
    assert "properdocs" in locked, "properdocs (the fallback generator) is missing from requirements-dev.txt: run `make lock`"
    assert locked["properdocs"].startswith("1."), "ProperDocs 1.x is the fork of MkDocs 1.6.1 this site was checked with"


def test_the_two_locks_agree():
    """requirements-dev.in is compiled against requirements.txt (-c): a package in both has one version."""
    site, dev = pins(LOCKS["requirements.in"]), pins(LOCKS["requirements-dev.in"])
    different = {name: (site[name], dev[name]) for name in site.keys() & dev.keys() if site[name] != dev[name]}
    assert not different, f"the locks disagree (site, dev): {different}\n    How to fix: run `make lock`"


def test_direct_dependencies_are_pinned_exactly_and_locked():
    for source, lock in LOCKS.items():
        locked = pins(lock)
        for number, line in enumerate((lock.parent / source).read_text(encoding="utf-8").splitlines(), 1):
            line = line.split("#", 1)[0].strip()
            if not line or line.startswith("-"):
                continue
            assert "==" in line, f"{source}:{number}: '{line}' must be pinned exactly (name==version)"
            name, version = line.split("==", 1)
            assert locked.get(normalise(name)) == version.strip(), f"{source}:{number}: {lock.name} does not pin {line}: run `make lock`"
