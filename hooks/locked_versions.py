"""Write each dependency's version into the maintainers' page from the lock files, so the page always
names the versions the site is built and tested with (Dependabot changes the locks every week).

The page marks the place with an HTML comment, `<!-- locked KIND NAME -->`:
- `pip NAME`: requirements.txt, else requirements-dev.txt;
- `npm NAME`: package-lock.json; `npm:benchmarks NAME`: benchmarks/package-lock.json;
- `action OWNER/REPO`: the version in the comment beside the pinned commit in .github/workflows/.
A marker for something that no lock has stops the build, with the page and line.
"""

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"<!-- locked (?P<kind>[\w:]+) (?P<name>[\w./@-]+) -->")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)
ACTION = re.compile(r"uses:\s*([\w.-]+/[\w.-]+)@[0-9a-f]{40}\s*#\s*(v?[\w.-]+)")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def python_pins() -> dict[str, str]:
    pins = {}
    for lock in ("requirements-dev.txt", "requirements.txt"):  # the site lock wins where both pin
        text = (ROOT / lock).read_text(encoding="utf-8")
        pins.update({normalise(name): version for name, version in PIN.findall(text)})
    return pins


def npm_pins(folder: Path) -> dict[str, str]:
    packages = json.loads((folder / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    return {key.removeprefix("node_modules/"): value["version"] for key, value in packages.items() if key}


def action_pins() -> dict[str, str]:
    pins = {}
    for workflow in sorted((ROOT / ".github" / "workflows").glob("*.yml")):
        pins.update(dict(ACTION.findall(workflow.read_text(encoding="utf-8"))))
    return pins


def locked_versions() -> dict[str, dict[str, str]]:
    return {
        "pip": python_pins(),
        "npm": npm_pins(ROOT),
        "npm:benchmarks": npm_pins(ROOT / "benchmarks"),
        "action": action_pins(),
    }


def fill(markdown: str, where: str) -> str:
    versions = locked_versions()

    def version(match):
        kind, name = match["kind"], match["name"]
        found = versions.get(kind, {}).get(normalise(name) if kind == "pip" else name)
        if found is None:
            line = markdown.count("\n", 0, match.start()) + 1
            raise PluginError(
                f"{where}:{line}: no locked version for '{kind} {name}'.\n    How to fix: use one of the kinds "
                f"{', '.join(versions)} with a name that its lock file pins, or remove the row if the dependency is gone."
            )
        return f"`{found}`"

    return MARKER.sub(version, markdown)


def on_page_markdown(markdown, page, config, files):
    if "<!-- locked " not in markdown:
        return markdown
    return fill(markdown, f"docs/{page.file.src_uri}")
