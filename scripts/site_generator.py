"""Which program builds the site, for every script, test and benchmark that builds it.

The site is built by MkDocs 1.6.1 (`mkdocs`), the last release of MkDocs 1.x. ProperDocs
(`properdocs`), a community fork of MkDocs 1.6.1, builds it to the same files; the tests check that
on every run (tests/generator/). If MkDocs 1.6.1 ever stops working, the switch is the one variable
`SITE_GENERATOR` at the top of the Makefile, which exports it: everything that builds asks here.
See docs/en/contributing/dependencies.md ("If MkDocs stops working").
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The Python module each generator runs as (`python -m <module>`); both read mkdocs.yml.
GENERATORS = {"mkdocs": "mkdocs", "properdocs": "properdocs"}
DEFAULT = "mkdocs"


def name() -> str:
    """The generator chosen by SITE_GENERATOR (MkDocs when it is unset)."""
    chosen = os.environ.get("SITE_GENERATOR", "").strip() or DEFAULT
    if chosen not in GENERATORS:
        sys.exit(
            f"SITE_GENERATOR={chosen!r} is not a site generator this project knows.\n"
            f"    How to fix: set it to one of {', '.join(GENERATORS)} (the Makefile's SITE_GENERATOR line; "
            "see docs/en/contributing/dependencies.md)"
        )
    return chosen


def build_command(destination: Path, *options: str, config: Path = ROOT / "mkdocs.yml", generator: str | None = None) -> list[str]:
    """`<generator> build -f <config> -d <destination> <options>`, run with this Python.

    The configuration file is always named: ProperDocs looks for properdocs.yml first and only
    falls back to mkdocs.yml with a notice."""
    module = GENERATORS[generator or name()]
    return [sys.executable, "-m", module, "build", "-f", str(config), "-d", str(destination), *options]


def environment(**overrides: str) -> dict[str, str]:
    """The process environment for a build: Material's end-of-life notice silenced (it is on the
    maintainers' page), plus `overrides`."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **overrides}
