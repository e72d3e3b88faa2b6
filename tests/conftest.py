"""Shared fixtures: one strict build of the site per test session, a local HTTP server for it,
and a headless Chromium found on this machine (CHROME_PATH, /usr/bin/chromium, or Playwright's own)."""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from helpers import missing_tool, node, run_script

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("bs", "en")
# Flags that keep Chromium from calling Google services on this closed network (and in CI).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def build_site(destination: Path, config: Path = ROOT / "mkdocs.yml", extra_env=None) -> Path:
    """Strict MkDocs build into `destination`; fails the test with MkDocs' own output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(destination)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return destination


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline build (OFFLINE=true: no directory URLs, the local search shim), to open from disk."""
    return build_site(tmp_path_factory.mktemp("offline"), extra_env={"OFFLINE": "true"})


OFFLINE_VERSION = "0.0.0-test"


@pytest.fixture(scope="session")
def trainer_kit() -> Path:
    """The trainer's kit (`make slides`), built once per session into build/kit/; files whose sources
    did not change since the last build are kept (scripts/build_kit.py caches by their hash). Marp
    draws the PDF and PPTX decks with Chromium: without it (or node), a skip here, a failure in CI."""
    node()
    if not find_chromium():
        missing_tool("No Chromium for the trainer's kit: install Debian's `chromium` or set CHROME_PATH.")
    if not (ROOT / "node_modules" / ".bin" / "marp").is_file():
        missing_tool("Marp CLI is not installed: run `npm ci` (`make test` does it).")
    output = run_script("build_kit.py")
    assert "build/kit/ is up to date" in output, output
    return ROOT / "build" / "kit"


@pytest.fixture(scope="session")
def offline_zip(trainer_kit, tmp_path_factory) -> Path:
    """The real offline copy (`make offline`), built once for the offline tests in every browser. It
    carries the trainer's kit, built first (and only once) by the fixture above."""
    dist = tmp_path_factory.mktemp("dist")
    output = run_script("build_offline.py", "--version", OFFLINE_VERSION, "--dist", str(dist))
    assert "[offline] 1/3" in output and "[offline] 3/3" in output, "the build must report its progress"
    return dist / f"prirucnik-{OFFLINE_VERSION}-offline.zip"


@pytest.fixture(scope="session")
def unzipped(offline_zip, tmp_path_factory) -> Path:
    """The offline copy unzipped: its one folder, as a reader gets it."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(target)
    return target / f"prirucnik-{OFFLINE_VERSION}"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_directory(directory: Path):
    """Start a loopback HTTP server for `directory`; returns (base_url, server)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(built_site):
    url, server = serve_directory(built_site)
    yield url
    server.shutdown()


def find_chromium():
    """CHROME_PATH, then Debian's /usr/bin/chromium, then a Playwright-managed browser (None if absent)."""
    candidates = [os.environ.get("CHROME_PATH"), "/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium. Missing browser: a failure in CI (CI=true), a skip elsewhere."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev requirements install it
        pytest.fail("Playwright is not installed: run `make test`, which installs requirements-dev.txt")
    executable = find_chromium()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as error:  # Playwright raises its own Error type for a missing browser
            message = (
                "No Chromium found: install Debian's `chromium` (apt-get install -y chromium) "
                f"or set CHROME_PATH. ({error.__class__.__name__})"
            )
            missing_tool(message)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and page errors in `page.problems`."""
    context = browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("pageerror", lambda error: page.problems.append(f"pageerror: {error}"))
    yield page
    context.close()


def write_fixture_project(folder: Path, pages: dict[str, str], nav=("index.md",)) -> Path:
    """A small project that inherits the real mkdocs.yml (theme, hooks, plugins) but has its own
    pages: {"bs/index.md": text, ...}. Returns the path of its mkdocs.yml."""
    for relative, text in pages.items():
        target = folder / "docs" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    hooks = "\n".join(f"  - {hook}" for hook in sorted((ROOT / "hooks").glob("[!_]*.py")))  # _*.py: shared code
    config = folder / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "docs_dir: docs\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
        f"hooks:\n{hooks}\n"
        "nav:\n" + "".join(f"  - {entry}\n" for entry in nav),
        encoding="utf-8",
    )
    return config
