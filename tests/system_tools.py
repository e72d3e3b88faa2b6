"""The programs outside Python that some tests need, and one rule for when one is missing.

Each tool has a check and one line that names what to install. When a tool is missing, the tests that
need it are not run (deselected), and `tests/test_system_tools.py` reports the tool once with that
line: a skip outside CI, a failure in CI (CI=true), where everything must run. A test needs a tool
when it is marked `@pytest.mark.needs("tool")` or uses a fixture listed in FIXTURES."""

import ctypes.util
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALL_ALL = "or run `sudo bash .ci/run` once, which installs everything `make test` needs"


def chromium_path() -> str | None:
    """CHROME_PATH, then Debian's /usr/bin/chromium, then `chromium` on the PATH."""
    for candidate in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def firefox_path() -> str | None:
    """FIREFOX_PATH, then Debian's firefox-esr, then `firefox` on the PATH."""
    for candidate in (os.environ.get("FIREFOX_PATH"), shutil.which("firefox-esr"), shutil.which("firefox")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _hunspell_missing() -> str | None:
    if not shutil.which("hunspell"):
        return "hunspell"
    folders = ("/usr/share/hunspell", "/usr/share/myspell")
    for name, package in (("bs_BA", "hunspell-bs"), ("en_GB", "hunspell-en-gb")):
        if not any(Path(folder, f"{name}.dic").is_file() for folder in folders):
            return package
    return None


def _node_missing() -> str | None:
    if not shutil.which("node") or not shutil.which("npm"):
        return "nodejs npm"
    if not (ROOT / "node_modules" / ".package-lock.json").is_file():
        return "the npm packages: run `npm ci` in the project folder"
    return None


PDF_FONTS = {"DejaVu Sans": "fonts-dejavu-core", "Symbola": "fonts-symbola", "Droid Sans Fallback": "fonts-droid-fallback"}


def _pdf_missing() -> str | None:
    if not ctypes.util.find_library("pango-1.0") or not shutil.which("fc-list"):
        return "libpango-1.0-0"
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return " ".join(package for family, package in PDF_FONTS.items() if family not in families) or None


# tool: (what is missing, or None; the line that says what to install)
CHECKS = {
    "chromium": (lambda: None if chromium_path() else "chromium",
                 "Chromium is not installed: apt-get install -y chromium (or set CHROME_PATH)"),
    "firefox": (lambda: None if firefox_path() else "firefox-esr",
                "Firefox is not installed: apt-get install -y firefox-esr (or set FIREFOX_PATH)"),
    "graphviz": (lambda: None if shutil.which("dot") else "graphviz",
                 "Graphviz, which draws the diagrams of every build, is not installed: apt-get install -y graphviz"),
    "hunspell": (_hunspell_missing,
                 "the spell checker is not installed: apt-get install -y hunspell hunspell-bs hunspell-en-gb"),
    "node": (_node_missing,
             "Node.js or the npm packages are missing: apt-get install -y nodejs npm, then `npm ci` (`make test` runs it)"),
    "pdf-fonts": (_pdf_missing,
                  "Pango or the handbook's fonts are missing: apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 "
                  + " ".join(PDF_FONTS.values())),
}
# Fixtures that need tools: a test using one needs them without saying so.
FIXTURES = {
    "built_site": ("graphviz",),  # the pages' diagrams are drawn at build time
    "offline_site": ("graphviz", "node"),  # the offline build also copies the search shim from node_modules
    "trainer_kit": ("node", "chromium"),  # Marp CLI from npm draws the decks with Chromium
    "offline_zip": ("graphviz", "node", "chromium"),  # it carries the trainer's kit
    "browser": ("chromium",),
}


@cache
def missing(tool: str) -> str | None:
    """None when `tool` is usable, else the one line that says what to install. SYSTEM_TOOLS_HIDE
    (e.g. "chromium,hunspell") makes tools look missing, to test this rule on a full machine."""
    check, line = CHECKS[tool]
    absent = "hidden by SYSTEM_TOOLS_HIDE" if tool in os.environ.get("SYSTEM_TOOLS_HIDE", "").split(",") else check()
    return f"{line} (missing: {absent}; {INSTALL_ALL})" if absent else None
