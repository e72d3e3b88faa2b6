"""Build the offline copy: both languages in one zip that works from disk with no network (`make offline`).

Steps, each announced on the terminal:
0. the trainer's kit (scripts/build_kit.py, as `make slides`; files already built and unchanged are
   kept), so the copy carries the slides and handouts rather than notes saying they are not built;
1. the template downloads (scripts/build_downloads.py, into <dist>/templates/, from its cache when
   nothing changed), then a strict MkDocs build with the offline plugin on (OFFLINE=true): links end
   in index.html, search reads its index from a script, hooks/offline_search_shim.py puts the
   search's Worker shim (npm package iframe-worker, installed by `npm ci`) into the copy instead of
   a CDN address, and hooks/template_downloads.py copies the templates in (required: the build fails
   without them);
2. a short README.txt in both languages at the top of the copy;
3. the zip, dist/prirucnik-<version>-offline.zip, with everything in one folder prirucnik-<version>/
   (without what only a web server uses: source maps, 404 page, sitemaps), checked against the
   size budget.

Usage: python scripts/build_offline.py --version 2026-11-26 [--dist dist]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))  # site_generator: which program builds the site
import site_generator  # noqa: E402
NAME = "prirucnik"
SIZE_BUDGET = 15_000_000  # bytes; tests/offline checks the real zip against it too
# Useless to a reader opening the copy from disk: source maps (for debugging Material's scripts), and
# the files only a web server uses (404 pages, with links from the site's root, and sitemaps).
LEFT_OUT_SUFFIXES = (".map",)
LEFT_OUT_NAMES = ("404.html",)
LEFT_OUT_AT_TOP = ("sitemap.xml", "sitemap.xml.gz")

README = """\
{bs_title}
{underline_bs}

Kopija priručnika za rad bez interneta, izdanje {version}.
Otvorite datoteku index.html u ovom folderu (dvostruki klik). Priručnik se otvara u pregledniku
(Firefox, Chrome, Edge, Safari); meni, pretraga i promjena jezika rade bez mreže.

{en_title}
{underline_en}

Offline copy of the handbook, edition {version}.
Open index.html in this folder (double-click it). The handbook opens in your browser (Firefox,
Chrome, Edge, Safari); the menu, search and the language switch work with no network.

Tekst / Text: CC BY 4.0. Search shim: assets/javascripts/iframe-worker/ (MIT, see NOTICE.txt there).
"""


def say(message: str) -> None:
    print(f"[offline] {message}", flush=True)


def zip_name(version: str) -> str:
    return f"{NAME}-{version}-offline.zip"


def run_step(script: str, *arguments: str, what: str) -> None:
    """One of the project's scripts, as a step of this build; its output only when it fails."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / script), *arguments], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{what} failed:\n{result.stdout}{result.stderr}")


def build_site(site_dir: Path, downloads: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OFFLINE": "true",
           "TEMPLATE_DOWNLOADS_DIR": str(downloads), "TEMPLATE_DOWNLOADS": "required"}
    env.pop("BUILD_ONLY_LOCALE", None)
    env.pop("HANDBOOK_PAGES", None)
    command = site_generator.build_command(site_dir, "--strict", "-q")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{site_generator.name()} build failed:\n{result.stdout}{result.stderr}")


def write_readme(site_dir: Path, version: str) -> None:
    titles = {"bs": "Društveni mediji u javnoj upravi", "en": "Social Media in Public Administration"}
    text = README.format(
        version=version,
        bs_title=titles["bs"],
        en_title=titles["en"],
        underline_bs="=" * len(titles["bs"]),
        underline_en="=" * len(titles["en"]),
    )
    # CRLF line ends, so that Notepad on an office computer shows the lines too.
    (site_dir / "README.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))


def pack(site_dir: Path, target: Path, folder: str) -> int:
    files = sorted(
        path
        for path in site_dir.rglob("*")
        if path.is_file()
        and not path.name.endswith(LEFT_OUT_SUFFIXES)
        and path.name not in LEFT_OUT_NAMES
        and not (path.parent == site_dir and path.name in LEFT_OUT_AT_TOP)
    )
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            archive.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
    return len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", required=True, help="edition, used in the file and folder names")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder for the zip (default: dist/)")
    arguments = parser.parse_args()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", arguments.version):
        parser.error("--version: letters, digits, '.', '_' and '-' only (it goes into file names)")
    folder = f"{NAME}-{arguments.version}"
    arguments.dist.mkdir(parents=True, exist_ok=True)
    target = arguments.dist.resolve() / zip_name(arguments.version)
    with tempfile.TemporaryDirectory(prefix="offline-") as work:
        site_dir = Path(work) / folder
        say("0/3 building the trainer's kit (scripts/build_kit.py: slides, handouts, questionnaire)")
        run_step("build_kit.py", what="the trainer's kit")
        say("1/3 making the template downloads, then building both languages for reading from disk")
        downloads = arguments.dist.resolve() / "templates"
        run_step("build_downloads.py", "--out", str(downloads), "--quiet", what="the template downloads")
        build_site(site_dir, downloads)
        say("2/3 adding README.txt")
        write_readme(site_dir, arguments.version)
        say(f"3/3 packing {target.name}")
        count = pack(site_dir, target, folder)
    size = target.stat().st_size
    say(f"wrote {target}: {count} files, {size / 1_000_000:.1f} MB (budget {SIZE_BUDGET / 1_000_000:.0f} MB)")
    if size > SIZE_BUDGET:
        sys.exit(f"{target.name} is over the size budget: {size} > {SIZE_BUDGET} bytes")


if __name__ == "__main__":
    main()
