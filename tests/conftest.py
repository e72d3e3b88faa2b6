"""Shared fixtures: one strict build of the site per test session, a local HTTP server for it,
and a headless Chromium found on this machine (CHROME_PATH or /usr/bin/chromium); and the rule for
a program the tests need that is not installed (system_tools.py)."""

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

import system_tools
from helpers import run_script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402

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


def build_site(destination: Path, config: Path = ROOT / "mkdocs.yml", extra_env=None, generator=None) -> Path:
    """Strict build into `destination` with the Makefile's SITE_GENERATOR (MkDocs unless it says
    otherwise) or the `generator` named; fails the test with the generator's own output."""
    generator = generator or site_generator.name()
    # Template downloads only where a test asks for them (deterministic whatever dist/ holds).
    extra_env = {"TEMPLATE_DOWNLOADS_DIR": str(destination) + "-no-templates", **(extra_env or {})}
    result = subprocess.run(
        site_generator.build_command(destination, "--strict", config=config, generator=generator),
        cwd=ROOT,
        env=site_generator.environment(**(extra_env or {})),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"{generator} build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    return destination


@pytest.fixture(scope="session")
def template_downloads(tmp_path_factory) -> Path:
    """The template downloads (`make downloads`), made once per session; files whose sources did not
    change come from the generator's cache (.cache/downloads/)."""
    folder = tmp_path_factory.mktemp("templates")
    run_script("build_downloads.py", "--out", str(folder), "--quiet")
    return folder


def with_downloads(folder: Path) -> dict:
    """The environment of a build that must carry the template downloads, as the deploy does."""
    return {"TEMPLATE_DOWNLOADS_DIR": str(folder), "TEMPLATE_DOWNLOADS": "required"}


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, template_downloads) -> Path:
    return build_site(tmp_path_factory.mktemp("site"), extra_env=with_downloads(template_downloads))


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory, template_downloads) -> Path:
    """The offline build (OFFLINE=true: no directory URLs, the local search shim), to open from disk."""
    return build_site(tmp_path_factory.mktemp("offline"),
                      extra_env={"OFFLINE": "true", **with_downloads(template_downloads)})


OFFLINE_VERSION = "0.0.0-test"


@pytest.fixture(scope="session")
def trainer_kit() -> Path:
    """The trainer's kit (`make slides`), built once per session into build/kit/; files whose sources
    did not change since the last build are kept (scripts/build_kit.py caches by their hash). Marp
    (from npm) draws the PDF and PPTX decks with Chromium: system_tools.FIXTURES names both."""
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


find_chromium = system_tools.chromium_path  # benchmarks and scripts import it from here


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (a test using it is not run where Chromium is missing: see system_tools)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=system_tools.chromium_path(), args=CHROMIUM_ARGS)
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


# One rule for a missing program (browser, dictionaries, fonts, Node): the tests that need it are not
# run, and the tool is named once, in one line: a note outside CI, a failure with CI=true.
CI = os.environ.get("CI", "").lower() == "true"


def pytest_configure(config):
    config.addinivalue_line("markers", "needs(*tools): the test needs these programs (see tests/system_tools.py)")
    config.missing_tools = {}


def needed_tools(item) -> list[str]:
    tools = [tool for marker in item.iter_markers("needs") for tool in marker.args]
    tools += [tool for fixture, needed in system_tools.FIXTURES.items() if fixture in getattr(item, "fixturenames", ())
              for tool in needed]
    unknown = [tool for tool in tools if tool not in system_tools.CHECKS]
    if unknown:
        raise pytest.UsageError(f"{item.nodeid}: unknown tool {unknown[0]!r} in @pytest.mark.needs; "
                                f"known: {', '.join(system_tools.CHECKS)}")
    return tools


def pytest_collection_modifyitems(config, items):
    kept, dropped = [], []
    for item in items:
        absent = [tool for tool in needed_tools(item) if system_tools.missing(tool)]
        if absent:
            config.missing_tools[absent[0]] = config.missing_tools.get(absent[0], 0) + 1
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for tool, count in config.missing_tools.items():
        if CI:
            terminalreporter.write_line(f"FAILED (CI=true): {count} test(s) could not run: {system_tools.missing(tool)}", red=True)
        else:
            terminalreporter.write_line(f"SKIPPED {count} test(s): {system_tools.missing(tool)}", yellow=True)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    if CI and session.config.missing_tools and session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
