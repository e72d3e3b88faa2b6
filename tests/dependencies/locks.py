"""Read the pins of the lock files (requirements.txt, requirements-dev.txt) and of their sources."""

import re
from pathlib import Path

from helpers import ROOT

LOCKS = {"requirements.in": ROOT / "requirements.txt", "requirements-dev.in": ROOT / "requirements-dev.txt"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)
MAINTAINERS_PAGE = "docs/en/contributing/dependencies.md"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path: Path) -> dict[str, str]:
    """{package: version} of every `name==version` line of a requirements file."""
    return {normalise(name): version for name, version in PIN.findall(path.read_text(encoding="utf-8"))}


def major(version: str) -> int:
    return int(re.match(r"\d+", version).group(0))


# Majors the site cannot build with, and why.
UNUSABLE_MAJORS = {
    "mkdocs": (2, "MkDocs 2 has no plugin or hook API: the i18n plugin, the search, the hooks and "
                  "Material itself stop working"),
    "mkdocs-material": (10, "Material for MkDocs ends with 9.x; a 10.x would be a different project"),
}


def unusable_pins(locked: dict[str, str], lock_name: str) -> list[str]:
    """One message per package that `locked` resolves to a major this site cannot build with."""
    problems = []
    for package, (first_bad, why) in UNUSABLE_MAJORS.items():
        version = locked.get(package)
        if version is not None and major(version) >= first_bad:
            problems.append(
                f"{lock_name} resolves {package} to {version}: {why}.\n"
                f"    How to fix: pin {package} below {first_bad} in requirements.in and run `make lock`; "
                f"then read 'If MkDocs stops working' in {MAINTAINERS_PAGE} (on the site: For contributors "
                "→ Dependencies) for the way forward."
            )
    return problems
