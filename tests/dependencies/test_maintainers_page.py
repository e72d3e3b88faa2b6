"""The maintainers' page on dependencies lists every dependency in both languages, with the licence its
package declares, and the build writes each locked version into it (hooks/locked_versions.py)."""

import json
import re
from importlib.metadata import metadata

import pytest
from mkdocs.exceptions import PluginError

from helpers import DOCS, ROOT, built_path, load_module, soup
from locks import LOCKS, normalise

PAGE = "contributing/dependencies.md"
MARKER = re.compile(r"<!-- locked (?P<kind>[\w:]+) (?P<name>[\w./@-]+) -->")
locked_versions = load_module("hooks/locked_versions.py")


def page_text(language: str) -> str:
    return (DOCS / language / PAGE).read_text(encoding="utf-8")


def rows(language: str) -> dict[tuple[str, str], list[str]]:
    """{(kind, name): cells} of every table row that carries a version marker."""
    found = {}
    for line in page_text(language).splitlines():
        marker = MARKER.search(line)
        if marker and line.startswith("|"):
            found[(marker["kind"], marker["name"])] = [cell.strip() for cell in line.strip("|").split("|")]
    return found


def direct_python() -> set[str]:
    names = set()
    for source in LOCKS:
        for line in (ROOT / source).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if "==" in line and not line.startswith("-"):
                names.add(normalise(line.split("==")[0]))
    return names


def direct_npm(folder) -> set[str]:
    return set(json.loads((folder / "package.json").read_text(encoding="utf-8"))["devDependencies"])


def declared_licence(package: str) -> str:
    """What the installed package says: License-Expression, else a short License, else its classifier."""
    meta = metadata(package)
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    if meta.get("License") and len(meta["License"]) <= 30:
        return meta["License"]
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    assert classifiers, f"{package} declares no licence: read its repository and write it on the page by hand"
    return classifiers[0]


@pytest.mark.parametrize("language", ["bs", "en"])
def test_every_dependency_has_a_row(language):
    listed = rows(language)
    expected = {("pip", name) for name in direct_python()}
    expected |= {("npm", name) for name in direct_npm(ROOT)}
    expected |= {("npm:benchmarks", name) for name in direct_npm(ROOT / "benchmarks")}
    expected |= {("action", name) for name in locked_versions.action_pins()}
    missing = sorted(expected - set(listed))
    assert not missing, f"docs/{language}/{PAGE} has no row for {missing}: add one (version marker, licence, use, fallback)"
    text = page_text(language)
    ci_packages = re.findall(r"packages\+=\(([\w.-]+)\)|for package in ([^;]+);", (ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    debian = {name for single, many in ci_packages for name in ([single] if single else many.split())}
    assert debian and all(f"`{name}`" in text for name in debian), f"docs/{language}/{PAGE}: a Debian package of .ci/run is missing"


@pytest.mark.parametrize("language", ["bs", "en"])
def test_licences_are_the_ones_the_packages_declare(language):
    """A Dependabot update that changes a licence fails here, so someone reads the new licence."""
    npm = {**json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]}
    benchmarks = json.loads((ROOT / "benchmarks" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for (kind, name), cells in rows(language).items():
        if kind == "pip":
            expected = declared_licence(name)
        elif kind in ("npm", "npm:benchmarks"):
            expected = (npm if kind == "npm" else benchmarks)[f"node_modules/{name}"]["license"]
        else:
            continue  # actions: read from their repositories, linked in the sources
        assert f"`{expected}`" in cells, (
            f"docs/{language}/{PAGE}: {name} declares the licence '{expected}', the page says {cells[2]!r}.\n"
            "    How to fix: read the new licence; if the project can accept it, write it in the row"
        )


def test_the_built_page_shows_the_locked_versions(built_site):
    pins = locked_versions.locked_versions()
    for language in ("bs", "en"):
        page = soup(built_path(built_site, language, PAGE))
        cells = {row.find("td").get_text(strip=True): row.find_all("td")[1].get_text(strip=True)
                 for row in page.select("table tr") if row.find("td")}
        assert cells["mkdocs"] == pins["pip"]["mkdocs"] == "1.6.1"
        assert cells["properdocs"] == pins["pip"]["properdocs"]
        assert cells["lighthouse"] == pins["npm:benchmarks"]["lighthouse"]
        assert cells["actions/checkout"] == pins["action"]["actions/checkout"]
        assert "<!-- locked" not in str(page) and "locked pip" not in page.get_text()


def test_an_unknown_marker_stops_the_build_with_the_line():
    text = "| a | <!-- locked pip mkdocs --> |\n| b | <!-- locked pip no-such-package --> |\n"
    with pytest.raises(PluginError, match=r"docs/en/x\.md:2: no locked version for 'pip no-such-package'"):
        locked_versions.fill(text, "docs/en/x.md")
    assert locked_versions.fill(text.splitlines()[0], "x") == "| a | `1.6.1` |"
